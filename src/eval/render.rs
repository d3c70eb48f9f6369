//! Human-readable views of an evaluation: the terminal table and the per-document explanation
//! of false positives and false negatives.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::matching::{match_document, Outcome};
use super::{document_stem, pair_documents, EvalResult, Gold};
use crate::output::wire::Report;

/// An aligned text table for a terminal: one row per metric (metric, tp, fp, fn, precision,
/// recall, f1), then theme recall@10, quote speaker accuracy and the document counts.
pub fn render_table(result: &EvalResult) -> String {
    let rows = result.metrics.rows();
    let width = rows.iter().map(|(name, _)| name.len()).max().unwrap_or(6);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<width$}  {:>6}  {:>6}  {:>6}  {:>9}  {:>6}  {:>6}",
        "metric", "tp", "fp", "fn", "precision", "recall", "f1"
    );
    for (name, s) in rows {
        let _ = writeln!(
            out,
            "{:<width$}  {:>6}  {:>6}  {:>6}  {:>9.4}  {:>6.4}  {:>6.4}",
            name, s.tp, s.fp, s.fn_, s.precision, s.recall, s.f1
        );
    }
    let theme = &result.metrics.theme;
    let _ = writeln!(
        out,
        "\ntheme recall@10: {:.4} ({} of {} gold themes; precision@10 {:.4})",
        result.theme_recall_at_10,
        theme.tp,
        theme.tp + theme.fn_,
        result.theme_precision_at_10
    );
    let q = &result.quote_speakers;
    let _ = writeln!(
        out,
        "quote speaker accuracy: {:.4} (lenient {:.4}; {} of {} matched quotes, lenient {})",
        result.quote_speaker_accuracy,
        result.quote_speaker_accuracy_lenient,
        q.correct,
        q.matched,
        q.correct_lenient
    );
    if !result.takeaway_kinds.is_empty() {
        let kinds: Vec<String> = result
            .takeaway_kinds
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        let _ = writeln!(out, "predicted takeaways: {}", kinds.join(", "));
    }
    let _ = writeln!(
        out,
        "documents: {} of {} gold documents evaluated, {} missing, {} without gold",
        result.documents,
        result.gold_documents,
        result.missing_documents.len(),
        result.unmatched_documents.len() + result.duplicate_documents.len()
    );
    if !result.failed_documents.is_empty() {
        let _ = writeln!(
            out,
            "failed to analyse: {} ({})",
            result.failed_documents.len(),
            result.failed_documents.join(", ")
        );
    }
    out
}

/// What went wrong on one document, for a developer: per metric the counts, false positives and
/// false negatives; lenient person matches; speaker errors on matched quotes.
///
/// `doc_id` is a gold id or a prediction document id (`dev/day3.md` explains gold `day3`).
pub fn explain(report: &Report, gold: &BTreeMap<String, Gold>, doc_id: &str) -> String {
    let key = if gold.contains_key(doc_id) {
        doc_id
    } else {
        document_stem(doc_id)
    };
    let Some(g) = gold.get(key) else {
        return format!("no gold file with id {key:?}\n");
    };
    let pairing = pair_documents(report, gold);
    let doc = pairing.by_gold.get(key).copied();
    let m = match_document(doc, g);

    let mut out = String::new();
    let _ = match doc {
        Some(d) => writeln!(out, "gold {key} against prediction {}", d.id),
        None => writeln!(
            out,
            "gold {key}: no prediction document, every gold item is missed"
        ),
    };
    let sections: [(&str, &Outcome); 13] = [
        ("city", &m.city),
        ("country", &m.country),
        ("person", &m.person),
        ("person_lenient", &m.person_lenient),
        ("organisation", &m.organisation),
        ("role", &m.role),
        ("person_role", &m.person_role),
        ("person_affiliation", &m.person_affiliation),
        ("person_role_triple", &m.person_role_triple),
        ("city_country", &m.city_country),
        ("takeaway", &m.takeaway),
        ("quote", &m.quote),
        ("theme", &m.theme),
    ];
    for (name, o) in sections {
        let _ = writeln!(
            out,
            "\n{name}: tp {} fp {} fn {}",
            o.matched.len(),
            o.false_pos.len(),
            o.false_neg.len()
        );
        match name {
            // Only the matches that exact comparison would miss are news here.
            "person_lenient" => {
                for (g, p) in &o.matched {
                    if g != p {
                        let _ = writeln!(out, "  lenient match: {g:?} ~ {p:?}");
                    }
                }
                continue;
            }
            // Fuzzy matches are worth seeing: the rule may be too loose or too strict.
            "takeaway" | "quote" | "theme" => {
                for (g, p) in &o.matched {
                    let _ = writeln!(out, "  match: {g:?} ~ {p:?}");
                }
            }
            _ => {}
        }
        for p in &o.false_pos {
            let _ = writeln!(out, "  false positive: {p:?}");
        }
        for g in &o.false_neg {
            let _ = writeln!(out, "  false negative: {g:?}");
        }
    }
    let wrong: Vec<_> = m.speakers.iter().filter(|s| !s.strict).collect();
    let _ = writeln!(
        out,
        "\nquote speakers: {} of {} matched quotes right ({} leniently)",
        m.speakers.len() - wrong.len(),
        m.speakers.len(),
        m.speakers.iter().filter(|s| s.lenient).count()
    );
    for s in wrong {
        let _ = writeln!(
            out,
            "  wrong speaker{}: {:?} said by {:?}, predicted {:?}",
            if s.lenient { " (lenient ok)" } else { "" },
            s.text,
            s.gold,
            s.predicted.as_deref().unwrap_or("")
        );
    }
    if !m.takeaway_kinds.is_empty() {
        let kinds: Vec<String> = m
            .takeaway_kinds
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        let _ = writeln!(out, "\npredicted takeaways: {}", kinds.join(", "));
    }
    out
}
