//! Evaluation against gold annotations (DESIGN.md §4): precision, recall and F1 per entity type,
//! relation pairs, takeaways, quote speakers and theme recall@10.
//!
//! This module is the yardstick every later change is judged by, so its rules are exact and
//! owned here (not borrowed from the analysis modules):
//!
//! - A prediction document matches the gold file whose id is the last path component of
//!   `DocumentOut.id` without its extension (`dev/icc-day2.md` matches `icc-day2`). When several
//!   prediction documents share a stem, the first by id is scored and the others are listed in
//!   [`EvalResult::duplicate_documents`]. Documents without gold are ignored and listed in
//!   [`EvalResult::unmatched_documents`]; gold files without a prediction count every gold item
//!   as missed and are listed in [`EvalResult::missing_documents`].
//! - Scores are micro-averaged: true positives, false positives and false negatives are summed
//!   over documents, then precision `tp / (tp + fp)` (0 without predictions), recall
//!   `tp / (tp + fn)` (0 without gold items) and F1 (0 when precision + recall is 0).
//! - Entities and relation pairs are compared as unique [`fold_name`]d names per document; city
//!   countries also through the small alias table [`COUNTRY_ALIASES`].
//! - Takeaways and quotes match one-to-one when their shared content words are at least 60% of
//!   the smaller set of content words; an item with no content words or more than 50 (unique)
//!   content words never matches.
//! - Themes match one-to-one when the Jaccard overlap of their stem sets is at least 0.5, using
//!   the first 10 predicted themes.
//!
//! ```
//! use std::collections::BTreeMap;
//! use recap::eval::{evaluate, Gold};
//! use recap::output::wire::{CorpusOut, Report};
//!
//! let report = Report {
//!     schema_version: 1,
//!     recap_version: "0.1.0".into(),
//!     documents: vec![],
//!     corpus: CorpusOut {
//!         documents: 0, words: 0, skipped: 0, errors: 0, themes: vec![], entities: vec![], codebook: vec![],
//!     },
//! };
//! let gold = Gold { id: "day3".into(), themes: vec!["open data".into()], ..Gold::default() };
//! let result = evaluate(&report, &BTreeMap::from([("day3".to_string(), gold)]));
//! assert_eq!(result.missing_documents, ["day3"]);
//! assert_eq!(result.metrics.theme.fn_, 1);
//! ```

mod floors;
mod gold;
mod matching;
mod render;
#[cfg(test)]
mod tests;
mod text;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::output::wire::{DocumentOut, Report};
use matching::{match_document, DocMatch, Outcome};

pub use floors::{check_floors, parse_floors, FLOOR_METRICS};
pub use gold::{load_gold_dir, Gold, GoldCityCountry, GoldEntities, GoldPersonRole, GoldQuote};
#[doc(hidden)]
pub use matching::{theme_overlaps, theme_tokens, themes_recovered, THEMES_AT};
pub use render::{explain, render_table};
pub use text::{fold_name, COUNTRY_ALIASES};

/// Counts and rates of one metric.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// True positives: matched items.
    pub tp: u64,
    /// False positives: predictions matching no gold item.
    pub fp: u64,
    /// False negatives: gold items no prediction matches.
    #[serde(rename = "fn")]
    pub fn_: u64,
    /// `tp / (tp + fp)`, 0 when there is no prediction; rounded to 4 decimals.
    pub precision: f64,
    /// `tp / (tp + fn)`, 0 when there is no gold item; rounded to 4 decimals.
    pub recall: f64,
    /// Harmonic mean of precision and recall, 0 when both are 0; rounded to 4 decimals.
    pub f1: f64,
}

impl Score {
    /// The score of raw counts.
    pub fn from_counts(tp: u64, fp: u64, fn_: u64) -> Self {
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, tp + fn_);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Self {
            tp,
            fp,
            fn_,
            precision: round4(precision),
            recall: round4(recall),
            f1: round4(f1),
        }
    }

    fn of(outcome: &Outcome) -> Self {
        Self::from_counts(
            outcome.matched.len() as u64,
            outcome.false_pos.len() as u64,
            outcome.false_neg.len() as u64,
        )
    }

    fn add(&self, other: &Score) -> Self {
        Self::from_counts(self.tp + other.tp, self.fp + other.fp, self.fn_ + other.fn_)
    }
}

/// `num / den`, or 0 when `den` is 0 (unrounded).
fn ratio(num: u64, den: u64) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// Rounds to 4 decimals, so that the JSON output is short and stable.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Every scored metric, in a fixed order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Cities: unique folded names.
    pub city: Score,
    /// Countries: unique folded names.
    pub country: Score,
    /// People: unique folded names.
    pub person: Score,
    /// People, where a predicted name whose tokens include all of a gold name's tokens also
    /// matches (one-to-one, exact matches first).
    pub person_lenient: Score,
    /// Organisations: unique folded names.
    pub organisation: Score,
    /// Roles: unique folded names of `role` entities.
    pub role: Score,
    /// (person, role) pairs; gold entries without a role are left out.
    pub person_role: Score,
    /// (person, affiliation) pairs; gold entries without an affiliation are left out.
    pub person_affiliation: Score,
    /// (person, role, affiliation) triples; only gold entries with both.
    pub person_role_triple: Score,
    /// (city, country) pairs, countries compared through [`COUNTRY_ALIASES`].
    pub city_country: Score,
    /// Takeaways of kind bullet, statement and summary against gold takeaways.
    pub takeaway: Score,
    /// Takeaways of kind quote against gold quotes.
    pub quote: Score,
    /// Themes: precision@10 and recall@10 (the first 10 predicted themes).
    pub theme: Score,
}

impl Metrics {
    /// The metrics with their names, in field order.
    pub fn rows(&self) -> [(&'static str, &Score); 13] {
        [
            ("city", &self.city),
            ("country", &self.country),
            ("person", &self.person),
            ("person_lenient", &self.person_lenient),
            ("organisation", &self.organisation),
            ("role", &self.role),
            ("person_role", &self.person_role),
            ("person_affiliation", &self.person_affiliation),
            ("person_role_triple", &self.person_role_triple),
            ("city_country", &self.city_country),
            ("takeaway", &self.takeaway),
            ("quote", &self.quote),
            ("theme", &self.theme),
        ]
    }

    fn rows_mut(&mut self) -> [&mut Score; 13] {
        [
            &mut self.city,
            &mut self.country,
            &mut self.person,
            &mut self.person_lenient,
            &mut self.organisation,
            &mut self.role,
            &mut self.person_role,
            &mut self.person_affiliation,
            &mut self.person_role_triple,
            &mut self.city_country,
            &mut self.takeaway,
            &mut self.quote,
            &mut self.theme,
        ]
    }

    fn of(m: &DocMatch) -> Self {
        Self {
            city: Score::of(&m.city),
            country: Score::of(&m.country),
            person: Score::of(&m.person),
            person_lenient: Score::of(&m.person_lenient),
            organisation: Score::of(&m.organisation),
            role: Score::of(&m.role),
            person_role: Score::of(&m.person_role),
            person_affiliation: Score::of(&m.person_affiliation),
            person_role_triple: Score::of(&m.person_role_triple),
            city_country: Score::of(&m.city_country),
            takeaway: Score::of(&m.takeaway),
            quote: Score::of(&m.quote),
            theme: Score::of(&m.theme),
        }
    }

    fn add_assign(&mut self, other: &Metrics) {
        for (mine, (_, theirs)) in self.rows_mut().into_iter().zip(other.rows()) {
            *mine = mine.add(theirs);
        }
    }
}

/// Speaker checks on matched quotes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerCounts {
    /// Gold quotes matched by a predicted quote.
    pub matched: u64,
    /// Of those, the ones whose predicted speaker folds equal to the gold speaker (an unnamed
    /// gold speaker `""` needs a null or empty predicted speaker).
    pub correct: u64,
    /// Of those, the ones whose predicted speaker's tokens include all of the gold speaker's.
    pub correct_lenient: u64,
}

/// The scores of one gold document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentEval {
    /// Id of the prediction document scored against this gold file; `None` when missing.
    pub prediction: Option<String>,
    /// Counts and rates of this document alone.
    pub metrics: Metrics,
    /// Speaker checks on this document's matched quotes.
    pub quote_speakers: SpeakerCounts,
    /// Predicted takeaways per kind (all kinds, quotes included).
    pub takeaway_kinds: BTreeMap<String, u64>,
}

/// The result of [`evaluate`]: deterministic, with fields in a stable order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EvalResult {
    /// Gold documents that have a prediction document.
    pub documents: u64,
    /// Gold documents in total.
    pub gold_documents: u64,
    /// Gold ids without a prediction document (every gold item counted as missed).
    pub missing_documents: Vec<String>,
    /// Prediction document ids without a gold file (ignored).
    pub unmatched_documents: Vec<String>,
    /// Prediction document ids whose stem was taken by an earlier document id (ignored).
    pub duplicate_documents: Vec<String>,
    /// Gold ids whose document could not be analysed (status "error"): scored as empty, and
    /// named so that a crash never passes for a low score.
    pub failed_documents: Vec<String>,
    /// Micro-averaged scores over all gold documents.
    pub metrics: Metrics,
    /// Matched gold themes / gold themes, with the first 10 predictions per document.
    pub theme_recall_at_10: f64,
    /// Matched predictions / predictions considered (at most 10 per document).
    pub theme_precision_at_10: f64,
    /// Share of matched gold quotes with the right speaker (strict folding).
    pub quote_speaker_accuracy: f64,
    /// Share of matched gold quotes with the right speaker (lenient person matching).
    pub quote_speaker_accuracy_lenient: f64,
    /// The counts behind the two speaker accuracies.
    pub quote_speakers: SpeakerCounts,
    /// Predicted takeaways per kind, over the scored documents.
    pub takeaway_kinds: BTreeMap<String, u64>,
    /// Scores per gold id.
    pub per_document: BTreeMap<String, DocumentEval>,
}

/// The gold id a prediction document id matches: its last path component (`/` or `\`) without
/// the extension (`dev/icc-day2.md` gives `icc-day2`; `.hidden` stays `.hidden`).
pub fn document_stem(id: &str) -> &str {
    let name = id.rsplit(['/', '\\']).next().unwrap_or(id);
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    }
}

/// Pairs gold ids with prediction documents; see the module documentation for the rules.
struct Pairing<'a> {
    by_gold: BTreeMap<&'a str, &'a DocumentOut>,
    unmatched: Vec<String>,
    duplicates: Vec<String>,
}

fn pair_documents<'a>(report: &'a Report, gold: &BTreeMap<String, Gold>) -> Pairing<'a> {
    let mut docs: Vec<&DocumentOut> = report.documents.iter().collect();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    let mut pairing = Pairing {
        by_gold: BTreeMap::new(),
        unmatched: Vec::new(),
        duplicates: Vec::new(),
    };
    for doc in docs {
        let stem = document_stem(&doc.id);
        if !gold.contains_key(stem) {
            pairing.unmatched.push(doc.id.clone());
        } else if pairing.by_gold.contains_key(stem) {
            pairing.duplicates.push(doc.id.clone());
        } else {
            pairing.by_gold.insert(stem, doc);
        }
    }
    pairing
}

/// Scores `report` against `gold` (keyed by gold id, as [`load_gold_dir`] returns it).
pub fn evaluate(report: &Report, gold: &BTreeMap<String, Gold>) -> EvalResult {
    let pairing = pair_documents(report, gold);
    let mut result = EvalResult {
        gold_documents: gold.len() as u64,
        unmatched_documents: pairing.unmatched,
        duplicate_documents: pairing.duplicates,
        ..EvalResult::default()
    };
    for (id, g) in gold {
        let doc = pairing.by_gold.get(id.as_str()).copied();
        match doc {
            Some(d) => {
                result.documents += 1;
                if d.status == "error" {
                    result.failed_documents.push(id.clone());
                }
            }
            None => result.missing_documents.push(id.clone()),
        }
        let m = match_document(doc, g);
        let speakers = SpeakerCounts {
            matched: m.speakers.len() as u64,
            correct: m.speakers.iter().filter(|s| s.strict).count() as u64,
            correct_lenient: m.speakers.iter().filter(|s| s.lenient).count() as u64,
        };
        let eval = DocumentEval {
            prediction: doc.map(|d| d.id.clone()),
            metrics: Metrics::of(&m),
            quote_speakers: speakers,
            takeaway_kinds: m.takeaway_kinds,
        };
        result.metrics.add_assign(&eval.metrics);
        result.quote_speakers.matched += speakers.matched;
        result.quote_speakers.correct += speakers.correct;
        result.quote_speakers.correct_lenient += speakers.correct_lenient;
        for (kind, n) in &eval.takeaway_kinds {
            *result.takeaway_kinds.entry(kind.clone()).or_insert(0) += n;
        }
        result.per_document.insert(id.clone(), eval);
    }
    result.theme_recall_at_10 = result.metrics.theme.recall;
    result.theme_precision_at_10 = result.metrics.theme.precision;
    let q = result.quote_speakers;
    result.quote_speaker_accuracy = round4(ratio(q.correct, q.matched));
    result.quote_speaker_accuracy_lenient = round4(ratio(q.correct_lenient, q.matched));
    result
}
