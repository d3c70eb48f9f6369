//! Unit tests of the evaluation, on hand-built reports and gold files with answers worked out by
//! hand in the comments.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::*;
use crate::error::ErrorKind;
use crate::output::wire::{CorpusOut, EntityOut, TakeawayOut, ThemeOut};

fn doc(id: &str) -> DocumentOut {
    DocumentOut {
        id: id.to_string(),
        path: id.to_string(),
        status: "ok".to_string(),
        error: None,
        warnings: Vec::new(),
        title: None,
        date: None,
        language: Some("en".to_string()),
        words: 0,
        sentences: 0,
        entities: Vec::new(),
        themes: Vec::new(),
        takeaways: Vec::new(),
        codebook: Vec::new(),
    }
}

fn entity(kind: &str, name: &str) -> EntityOut {
    EntityOut {
        kind: kind.to_string(),
        name: name.to_string(),
        count: 1,
        country: None,
        gazetteer_country: None,
        role: None,
        affiliation: None,
        mentions: Vec::new(),
    }
}

fn city(name: &str, country: Option<&str>) -> EntityOut {
    EntityOut {
        country: country.map(str::to_string),
        ..entity("city", name)
    }
}

fn person(name: &str, role: Option<&str>, affiliation: Option<&str>) -> EntityOut {
    EntityOut {
        role: role.map(str::to_string),
        affiliation: affiliation.map(str::to_string),
        ..entity("person", name)
    }
}

fn takeaway(kind: &str, text: &str, speaker: Option<&str>) -> TakeawayOut {
    TakeawayOut {
        text: text.to_string(),
        kind: kind.to_string(),
        speaker: speaker.map(str::to_string),
        sentence: 0,
        score: 1.0,
    }
}

fn theme(label: &str) -> ThemeOut {
    ThemeOut {
        label: label.to_string(),
        key: label.to_string(),
        count: 1,
        score: 1.0,
    }
}

fn report(documents: Vec<DocumentOut>) -> Report {
    Report {
        schema_version: 1,
        recap_version: "0.1.0".to_string(),
        documents,
        corpus: CorpusOut {
            documents: 0,
            words: 0,
            skipped: 0,
            errors: 0,
            themes: Vec::new(),
            entities: Vec::new(),
            codebook: Vec::new(),
        },
    }
}

fn gold(id: &str) -> Gold {
    Gold {
        id: id.to_string(),
        ..Gold::default()
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Evaluates one prediction document `d` against one gold file `g`.
fn eval_one(d: DocumentOut, g: Gold) -> EvalResult {
    let golds = BTreeMap::from([(g.id.clone(), g)]);
    evaluate(&report(vec![d]), &golds)
}

fn counts(s: &Score) -> (u64, u64, u64) {
    (s.tp, s.fp, s.fn_)
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/eval")
        .join(name)
}

#[test]
fn cities_two_of_three_and_one_false_positive() {
    let mut g = gold("day3");
    g.entities.city = strings(&["Aarhus", "Lisbon", "Medellín"]);
    let mut d = doc("day3.txt");
    // "AARHUS" folds like "Aarhus": unique names count once.
    d.entities = vec![
        city("Aarhus", None),
        city("AARHUS", None),
        city("Medellin", None),
        city("Paris", None),
    ];
    let r = eval_one(d, g);
    let s = r.metrics.city;
    assert_eq!(counts(&s), (2, 1, 1));
    assert_eq!((s.precision, s.recall, s.f1), (0.6667, 0.6667, 0.6667));
}

#[test]
fn entity_types_are_kept_apart_and_names_folded() {
    let mut g = gold("d");
    g.entities.country = strings(&["U.S."]);
    g.entities.organisation = strings(&["the European Commission"]);
    g.entities.role = strings(&["policy assistant", "moderator"]);
    let mut d = doc("d.md");
    d.entities = vec![
        entity("country", "US"),
        entity("organisation", "European Commission"),
        entity("role", "Policy Assistant"),
        // A role name given as an organisation is a false positive of organisation only.
        entity("organisation", "moderator"),
    ];
    let r = eval_one(d, g);
    assert_eq!(counts(&r.metrics.country), (1, 0, 0));
    assert_eq!(r.metrics.country.f1, 1.0);
    assert_eq!(counts(&r.metrics.organisation), (1, 1, 0));
    assert_eq!(counts(&r.metrics.role), (1, 0, 1));
    assert_eq!(r.metrics.role.precision, 1.0);
    assert_eq!(r.metrics.role.recall, 0.5);
    assert_eq!(r.metrics.role.f1, 0.6667);
    assert_eq!(counts(&r.metrics.city), (0, 0, 0));
    // No prediction and no gold: 0, not NaN.
    assert_eq!(
        (
            r.metrics.city.precision,
            r.metrics.city.recall,
            r.metrics.city.f1
        ),
        (0.0, 0.0, 0.0)
    );
}

#[test]
fn lenient_person_matching() {
    let mut g = gold("d");
    g.entities.person = strings(&["Emilia Sáiz Garrancedo", "John Smith", "Ann Lee"]);
    let mut d = doc("d");
    d.entities = vec![
        person("Dr Emilia Saiz Garrancedo", None, None),
        person("Sáiz", None, None),
        person("John Smith", None, None),
        person("Lee", None, None),
    ];
    let r = eval_one(d, g);
    // Exact: John Smith only.
    assert_eq!(counts(&r.metrics.person), (1, 3, 2));
    // Lenient: "Dr Emilia Saiz Garrancedo" holds every token of the gold name; "Sáiz" and "Lee"
    // hold only part of one, so they stay false positives.
    assert_eq!(counts(&r.metrics.person_lenient), (2, 2, 1));
    assert_eq!(r.metrics.person_lenient.precision, 0.5);
    assert_eq!(r.metrics.person_lenient.recall, 0.6667);
}

#[test]
fn lenient_person_matching_is_one_to_one_exact_first_tightest_next() {
    let mut g = gold("d");
    g.entities.person = strings(&["Jane Doe", "Jane Doe Smith"]);
    let mut d = doc("d");
    d.entities = vec![
        person("Prof Jane Doe Smith Jr", None, None),
        person("Jane Doe Smith", None, None),
        person("Dr Jane Doe", None, None),
    ];
    let golds = BTreeMap::from([(g.id.clone(), g)]);
    let report = report(vec![d]);
    let r = evaluate(&report, &golds);
    // "Jane Doe Smith" matches exactly first; "Jane Doe" then takes "Dr Jane Doe" (one extra
    // token) over "Prof Jane Doe Smith Jr" (three), which stays a false positive.
    assert_eq!(counts(&r.metrics.person), (1, 2, 1));
    assert_eq!(counts(&r.metrics.person_lenient), (2, 1, 0));
    let text = explain(&report, &golds, "d");
    assert!(
        text.contains("lenient match: \"Jane Doe\" ~ \"Dr Jane Doe\""),
        "{text}"
    );
}

#[test]
fn person_roles_affiliations_and_triples() {
    let mut g = gold("d");
    g.person_roles = vec![
        GoldPersonRole {
            person: "Natalia Gkiaouri".into(),
            role: "policy assistant".into(),
            affiliation: "DG GROW".into(),
        },
        GoldPersonRole {
            person: "John Smith".into(),
            role: "".into(),
            affiliation: "City of Porto".into(),
        },
        GoldPersonRole {
            person: "Ann Lee".into(),
            role: "moderator".into(),
            affiliation: "".into(),
        },
    ];
    let mut d = doc("d");
    d.entities = vec![
        person(
            "Natalia Gkiaouri",
            Some("Policy Assistant"),
            Some("DG GROW"),
        ),
        person("John Smith", Some("mayor"), Some("Porto")),
        person("Ann Lee", Some("moderator"), None),
        // An empty role is no prediction.
        person("Bob Ray", Some(""), Some(" ")),
    ];
    let r = eval_one(d, g);
    // Roles: gold {Natalia/policy assistant, Ann/moderator} (John has none);
    // predicted {Natalia/policy assistant, John/mayor, Ann/moderator}.
    assert_eq!(counts(&r.metrics.person_role), (2, 1, 0));
    // Affiliations: gold {Natalia/DG GROW, John/City of Porto}; predicted {Natalia/DG GROW,
    // John/Porto}.
    assert_eq!(counts(&r.metrics.person_affiliation), (1, 1, 1));
    // Triples: gold {Natalia}; predicted {Natalia, John/mayor/Porto}.
    assert_eq!(counts(&r.metrics.person_role_triple), (1, 1, 0));
    assert_eq!(r.metrics.person_role_triple.precision, 0.5);
    assert_eq!(r.metrics.person_role_triple.recall, 1.0);
}

#[test]
fn city_countries_with_country_aliases() {
    let mut g = gold("d");
    g.city_countries = [
        ("Boston", "US"),
        ("Lisbon", "Portugal"),
        ("Manchester", "UK"),
        ("Eindhoven", "Holland"),
        ("Kalisz", "Poland"),
    ]
    .iter()
    .map(|(c, k)| GoldCityCountry {
        city: c.to_string(),
        country: k.to_string(),
    })
    .collect();
    let mut d = doc("d");
    d.entities = vec![
        city("Boston", Some("United States")),
        city("Lisbon", Some("Portugal")),
        city("Manchester", Some("United Kingdom")),
        city("Eindhoven", Some("The Netherlands")),
        city("Kalisz", None),
        city("Paris", Some("France")),
        // Same city, wrong country: a false positive.
        city("Porto", Some("Spain")),
    ];
    let r = eval_one(d, g);
    assert_eq!(counts(&r.metrics.city_country), (4, 2, 1));
}

/// `n` distinct content words `prefix00x`, `prefix01x`, ...
fn words(prefix: &str, range: std::ops::Range<usize>) -> String {
    range
        .map(|i| format!("{prefix}{i:02}x"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn takeaway_counts(gold_texts: &[String], predicted: &[String]) -> (u64, u64, u64) {
    let mut g = gold("d");
    g.takeaways = gold_texts.to_vec();
    let mut d = doc("d");
    d.takeaways = predicted
        .iter()
        .map(|t| takeaway("bullet", t, None))
        .collect();
    counts(&eval_one(d, g).metrics.takeaway)
}

#[test]
fn takeaway_sixty_percent_boundary() {
    // 3 shared of 5 (the smaller set): exactly 60%, a match.
    let g = format!("{} {}", words("a", 0..3), words("g", 0..2));
    let p = format!("{} {}", words("a", 0..3), words("p", 0..4));
    assert_eq!(takeaway_counts(&[g], &[p]), (1, 0, 0));
    // 13 shared of 22: 59.1%, no match.
    let g = format!("{} {}", words("a", 0..13), words("g", 0..9));
    let p = format!("{} {}", words("a", 0..13), words("p", 0..9));
    assert_eq!(takeaway_counts(&[g], &[p]), (0, 1, 1));
    // The smaller set counts: a short prediction inside a long gold item matches.
    let g = words("a", 0..20);
    let p = words("a", 0..5);
    assert_eq!(takeaway_counts(&[g], &[p]), (1, 0, 0));
    // Stop words and one-letter tokens are not content words: "the", "of", "a", "x" drop out,
    // leaving {importance, citizen, participation} against {citizen, participation}.
    assert_eq!(
        takeaway_counts(
            &strings(&["The importance of citizen participation"]),
            &strings(&["a citizen participation, x"])
        ),
        (1, 0, 0)
    );
}

#[test]
fn takeaway_fifty_word_cap_and_empty_items() {
    let fifty = words("a", 0..50);
    assert_eq!(
        takeaway_counts(std::slice::from_ref(&fifty), std::slice::from_ref(&fifty)),
        (1, 0, 0)
    );
    let fifty_one = words("a", 0..51);
    assert_eq!(
        takeaway_counts(
            std::slice::from_ref(&fifty_one),
            std::slice::from_ref(&fifty_one)
        ),
        (0, 1, 1)
    );
    // A cap on either side blocks the match.
    assert_eq!(
        takeaway_counts(&[words("a", 0..51)], &[words("a", 0..10)]),
        (0, 1, 1)
    );
    // Nothing but stop words: no content words, never a match (still counted).
    assert_eq!(
        takeaway_counts(
            &strings(&["It is what it is"]),
            &strings(&["it is what it is"])
        ),
        (0, 1, 1)
    );
}

#[test]
fn takeaways_match_one_to_one_best_overlap_first() {
    // g0 {green, economy, transition} overlaps p0 {green, economy, growth, jobs} 2/3 and p1 3/3;
    // g1 {economy, growth, jobs} overlaps p0 3/3 and p1 1/3 (no match). Best first gives two
    // matches, where taking g0's first candidate would give one.
    let g = strings(&["Green economy transition", "Economy growth jobs"]);
    let p = strings(&["green economy growth jobs", "the green economy transition"]);
    assert_eq!(takeaway_counts(&g, &p), (2, 0, 0));
    // One prediction cannot match two gold items.
    let g = strings(&["open data portals", "open data portals for cities"]);
    let p = strings(&["open data portals"]);
    assert_eq!(takeaway_counts(&g, &p), (1, 0, 1));
}

#[test]
fn takeaway_kinds_and_quotes_kept_apart() {
    let mut g = gold("d");
    g.takeaways = strings(&["Cities cannot do it alone"]);
    let mut d = doc("d");
    d.takeaways = vec![
        takeaway("quote", "Cities cannot do it alone", Some("Jane Doe")),
        takeaway("statement", "Cities cannot act alone", None),
        takeaway("summary", "Funding for small towns", None),
        takeaway("bullet", "Open data everywhere", None),
    ];
    let r = eval_one(d, g);
    // The quote is not a takeaway prediction; {cities, cannot, alone} vs {cities, cannot, act,
    // alone}: 3 of 3.
    assert_eq!(counts(&r.metrics.takeaway), (1, 2, 0));
    assert_eq!(counts(&r.metrics.quote), (0, 1, 0));
    let kinds: Vec<_> = r
        .takeaway_kinds
        .iter()
        .map(|(k, n)| (k.as_str(), *n))
        .collect();
    assert_eq!(
        kinds,
        [
            ("bullet", 1),
            ("quote", 1),
            ("statement", 1),
            ("summary", 1)
        ]
    );
}

#[test]
fn quotes_and_speaker_accuracy() {
    let mut g = gold("d");
    g.quotes = [
        ("Jane Doe", "Cities cannot do it alone"),
        ("", "We need open data everywhere"),
        ("Ann Lee", "Funding matters most for small towns"),
        ("Bob Ray", "Never missed by anyone here"),
    ]
    .iter()
    .map(|(s, t)| GoldQuote {
        speaker: s.to_string(),
        text: t.to_string(),
    })
    .collect();
    let mut d = doc("d");
    d.takeaways = vec![
        takeaway("quote", "“Cities cannot do it alone,”", Some("Dr Jane Doe")),
        takeaway("quote", "We need open data everywhere", None),
        takeaway(
            "quote",
            "Funding matters most for small towns",
            Some("Bob Ray"),
        ),
        takeaway(
            "quote",
            "Something else entirely different",
            Some("Ann Lee"),
        ),
        takeaway("bullet", "Never missed by anyone here", Some("Bob Ray")),
    ];
    let r = eval_one(d, g);
    // 3 of 4 gold quotes found; 1 of 4 predicted quotes matches nothing; the bullet is no quote.
    assert_eq!(counts(&r.metrics.quote), (3, 1, 1));
    assert_eq!(r.metrics.quote.precision, 0.75);
    assert_eq!(r.metrics.quote.recall, 0.75);
    // Speakers: Jane Doe ~ Dr Jane Doe is right only leniently; "" ~ null is right; Ann Lee ~
    // Bob Ray is wrong.
    assert_eq!(
        r.quote_speakers,
        SpeakerCounts {
            matched: 3,
            correct: 1,
            correct_lenient: 2
        }
    );
    assert_eq!(r.quote_speaker_accuracy, 0.3333);
    assert_eq!(r.quote_speaker_accuracy_lenient, 0.6667);
}

#[test]
fn unnamed_gold_speaker_needs_an_empty_prediction() {
    let mut g = gold("d");
    g.quotes = vec![GoldQuote {
        speaker: "".into(),
        text: "We need open data everywhere".into(),
    }];
    let mut d = doc("d");
    d.takeaways = vec![takeaway(
        "quote",
        "We need open data everywhere",
        Some("Jane Doe"),
    )];
    let r = eval_one(d, g);
    assert_eq!(r.quote_speakers.matched, 1);
    assert_eq!(r.quote_speakers.correct, 0);
    assert_eq!(r.quote_speakers.correct_lenient, 0);
}

#[test]
fn themes_jaccard_boundary_with_stemming() {
    let mut g = gold("d");
    g.themes = strings(&[
        "citizens' participation",
        "green economy",
        "open data",
        "digital transformation of cities",
    ]);
    let mut d = doc("d");
    d.themes = [
        "citizen participation",
        "economy",
        "data portals",
        "transformation",
    ]
    .iter()
    .map(|l| theme(l))
    .collect();
    let r = eval_one(d, g);
    // {citizen, particip} = {citizen, particip}: 1. {green, economi} vs {economi}: 1/2, a match.
    // {open, data} vs {data, portal}: 1/3. {digit, transform, citi} vs {transform}: 1/3.
    assert_eq!(counts(&r.metrics.theme), (2, 2, 2));
    assert_eq!(r.theme_recall_at_10, 0.5);
    assert_eq!(r.theme_precision_at_10, 0.5);
}

#[test]
fn themes_use_the_first_ten_predictions_one_to_one() {
    let mut g = gold("d");
    g.themes = strings(&["open data", "smart mobility"]);
    let mut d = doc("d");
    // Ten unrelated themes, then two that would match.
    d.themes = (0..10)
        .map(|i| theme(&format!("topic{i:02}x")))
        .chain([theme("open data"), theme("smart mobility")])
        .collect();
    let r = eval_one(d, g.clone());
    assert_eq!(counts(&r.metrics.theme), (0, 10, 2));
    // "open data" twice: only one can match.
    let mut d = doc("d");
    d.themes = vec![theme("open data"), theme("data open")];
    let r = eval_one(d, g);
    assert_eq!(counts(&r.metrics.theme), (1, 1, 1));
    assert_eq!(r.theme_precision_at_10, 0.5);
}

#[test]
fn document_stems() {
    assert_eq!(document_stem("dev/icc-day2.md"), "icc-day2");
    assert_eq!(document_stem("day3.txt"), "day3");
    assert_eq!(document_stem("a\\b\\c.html"), "c");
    assert_eq!(document_stem("notes"), "notes");
    assert_eq!(document_stem("archive.tar.gz"), "archive.tar");
    assert_eq!(document_stem(".hidden"), ".hidden");
}

#[test]
fn documents_without_gold_ignored_gold_without_document_missed() {
    let mut a = gold("a");
    a.entities.city = strings(&["Porto"]);
    let mut b = gold("b");
    b.entities.city = strings(&["Aarhus", "Lisbon"]);
    b.takeaways = strings(&["Cities cannot do it alone"]);
    b.themes = strings(&["open data"]);
    let golds = BTreeMap::from([("a".to_string(), a), ("b".to_string(), b)]);
    let mut da = doc("dev/a.md");
    da.entities = vec![city("Porto", None)];
    let mut other = doc("other.txt");
    other.entities = vec![city("Paris", None)];
    let mut dup = doc("test/a.md");
    dup.entities = vec![city("Paris", None)];
    let r = evaluate(&report(vec![other, dup, da]), &golds);
    assert_eq!(r.documents, 1);
    assert_eq!(r.gold_documents, 2);
    assert_eq!(r.missing_documents, ["b"]);
    assert_eq!(r.unmatched_documents, ["other.txt"]);
    // "dev/a.md" sorts before "test/a.md", so it is the one scored.
    assert_eq!(r.duplicate_documents, ["test/a.md"]);
    assert_eq!(r.per_document["a"].prediction.as_deref(), Some("dev/a.md"));
    assert_eq!(r.per_document["b"].prediction, None);
    // Porto found; Aarhus and Lisbon missed; Paris (unmatched documents) not counted.
    assert_eq!(counts(&r.metrics.city), (1, 0, 2));
    assert_eq!(r.metrics.city.recall, 0.3333);
    assert_eq!(counts(&r.metrics.takeaway), (0, 0, 1));
    assert_eq!(counts(&r.metrics.theme), (0, 0, 1));
    assert_eq!(counts(&r.per_document["b"].metrics.city), (0, 0, 2));
    assert_eq!(counts(&r.per_document["a"].metrics.city), (1, 0, 0));
    let text = explain(&report(vec![]), &golds, "b");
    assert!(text.contains("no prediction document"), "{text}");
    assert!(text.contains("false negative: \"Aarhus\""), "{text}");
}

#[test]
fn micro_average_sums_counts_over_documents() {
    let mut a = gold("a");
    a.entities.city = strings(&["Porto"]);
    let mut b = gold("b");
    b.entities.city = strings(&["Aarhus", "Lisbon", "Kalisz"]);
    let golds = BTreeMap::from([("a".to_string(), a), ("b".to_string(), b)]);
    let mut da = doc("a.txt");
    da.entities = vec![city("Porto", None)];
    let mut db = doc("b.txt");
    db.entities = vec![
        city("Aarhus", None),
        city("Paris", None),
        city("Rome", None),
    ];
    let r = evaluate(&report(vec![da, db]), &golds);
    // Micro: tp 2, fp 2, fn 2 -> 0.5 each (a macro average of recall would be (1 + 1/3) / 2).
    assert_eq!(counts(&r.metrics.city), (2, 2, 2));
    assert_eq!(
        (
            r.metrics.city.precision,
            r.metrics.city.recall,
            r.metrics.city.f1
        ),
        (0.5, 0.5, 0.5)
    );
}

fn busy_case() -> (Report, BTreeMap<String, Gold>) {
    let golds = load_gold_dir(&fixture("gold")).unwrap();
    let mut d3 = doc("corpora/day3.md");
    d3.entities = vec![
        city("Aarhus", Some("Denmark")),
        city("Paris", Some("France")),
        entity("country", "Denmark"),
        person(
            "Natalia Gkiaouri",
            Some("policy assistant"),
            Some("DG GROW"),
        ),
        person("Gkiaouri", None, None),
        entity("organisation", "DG GROW"),
    ];
    d3.takeaways = vec![
        takeaway("statement", "Cities cannot do it alone", None),
        takeaway("quote", "Open data is a public good", Some("Natalia")),
    ];
    d3.themes = vec![theme("citizens participation"), theme("funding")];
    let mut d2 = doc("corpora/icc-day2.md");
    d2.entities = vec![city("Porto", Some("Portugal"))];
    (report(vec![d3, d2, doc("x.txt")]), golds)
}

#[test]
fn evaluation_is_deterministic_and_round_trips() {
    let (report, golds) = busy_case();
    let first = serde_json::to_string_pretty(&evaluate(&report, &golds)).unwrap();
    let mut shuffled = report.clone();
    shuffled.documents.reverse();
    let second = serde_json::to_string_pretty(&evaluate(&shuffled, &golds)).unwrap();
    assert_eq!(first, second);
    let back: EvalResult = serde_json::from_str(&first).unwrap();
    assert_eq!(back, evaluate(&report, &golds));
    // Field names and order of the contract.
    assert_eq!(
        serde_json::to_string(&Score::from_counts(2, 1, 1)).unwrap(),
        r#"{"tp":2,"fp":1,"fn":1,"precision":0.6667,"recall":0.6667,"f1":0.6667}"#
    );
    let value: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(value["per_document"]["day3"]["metrics"]["theme"]["fn"], 1);
}

#[test]
fn busy_case_figures() {
    let (report, golds) = busy_case();
    let r = evaluate(&report, &golds);
    assert_eq!(r.documents, 2);
    assert_eq!(r.unmatched_documents, ["x.txt"]);
    // Cities: day3 {Aarhus, Medellín} vs {Aarhus, Paris}; icc-day2 {Porto} vs {Porto}.
    assert_eq!(counts(&r.metrics.city), (2, 1, 1));
    assert_eq!(counts(&r.metrics.person), (1, 1, 0));
    assert_eq!(counts(&r.metrics.person_role_triple), (1, 0, 0));
    // Porto (Portugal) is a predicted pair the gold does not link.
    assert_eq!(counts(&r.metrics.city_country), (1, 2, 0));
    assert_eq!(counts(&r.metrics.takeaway), (1, 0, 0));
    assert_eq!(counts(&r.metrics.quote), (1, 0, 0));
    assert_eq!(r.quote_speakers.correct, 0);
    // Themes: day3 {citizen participation, open data} vs {citizens participation, funding};
    // icc-day2 {green economy} vs nothing.
    assert_eq!(counts(&r.metrics.theme), (1, 1, 2));
    assert_eq!(r.theme_recall_at_10, 0.3333);
}

#[test]
fn render_table_is_aligned() {
    let (report, golds) = busy_case();
    let table = render_table(&evaluate(&report, &golds));
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("metric"));
    assert!(lines.len() >= 14);
    let width = lines[0].len();
    for line in &lines[..14] {
        assert_eq!(line.len(), width, "{line:?}");
    }
    assert!(table.contains("city_country"));
    assert!(table.contains("theme recall@10: 0.3333"));
    assert!(table.contains("quote speaker accuracy: 0.0000"));
}

#[test]
fn explain_lists_errors_per_type() {
    let (report, golds) = busy_case();
    // By prediction id or by gold id.
    let text = explain(&report, &golds, "corpora/day3.md");
    assert_eq!(text, explain(&report, &golds, "day3"));
    assert!(text.starts_with("gold day3 against prediction corpora/day3.md"));
    assert!(text.contains("city: tp 1 fp 1 fn 1"), "{text}");
    assert!(text.contains("false positive: \"Paris\""), "{text}");
    assert!(text.contains("false negative: \"Medellín\""), "{text}");
    assert!(!text.contains("false positive: \"Aarhus (Denmark)\""));
    assert!(
        text.contains("wrong speaker: \"Open data is a public good\" said by \"Natalia Gkiaouri\", predicted \"Natalia\""),
        "{text}"
    );
    assert!(explain(&report, &golds, "nope").starts_with("no gold file"));
}

#[test]
fn floors_parse() {
    let floors = parse_floors("city=0.9, person=0.85,theme_recall=0.7,").unwrap();
    assert_eq!(
        floors,
        [
            ("city".to_string(), 0.9),
            ("person".to_string(), 0.85),
            ("theme_recall".to_string(), 0.7)
        ]
    );
    assert!(parse_floors("").unwrap().is_empty());
    for name in FLOOR_METRICS {
        assert_eq!(parse_floors(&format!("{name}=0.5")).unwrap().len(), 1);
    }
    let err = parse_floors("cities=0.9").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(err.message().contains("\"cities\""), "{err}");
    assert!(err.message().contains("city, country, person"), "{err}");
    assert!(err.message().contains("theme_recall"), "{err}");
    for bad in [
        "city=high",
        "city=1.5",
        "city=-0.1",
        "city=NaN",
        "city",
        "city=",
    ] {
        let err = parse_floors(bad).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{bad}");
    }
}

#[test]
fn floors_check() {
    let mut r = EvalResult::default();
    r.metrics.city = Score::from_counts(2, 1, 1);
    r.metrics.takeaway = Score::from_counts(1, 0, 1);
    r.theme_recall_at_10 = 0.75;
    let floors = parse_floors(
        "city=0.9,takeaway_precision=1,takeaway_recall=0.6,theme_recall=0.75,quote_speaker=0.1",
    )
    .unwrap();
    assert_eq!(
        check_floors(&r, &floors),
        [
            "city F1 0.667 < floor 0.900",
            "takeaway_recall recall 0.500 < floor 0.600",
            "quote_speaker accuracy 0.000 < floor 0.100",
        ]
    );
    assert!(check_floors(&r, &parse_floors("city=0.6667").unwrap()).is_empty());
    assert_eq!(
        check_floors(&r, &[("bogus".to_string(), 0.5)]),
        ["unknown metric \"bogus\" (floor 0.500)"]
    );
}

#[test]
fn load_gold_dir_recursive_sorted() {
    let golds = load_gold_dir(&fixture("gold")).unwrap();
    // day3.txt and the hidden .hidden.json are not read.
    assert_eq!(golds.keys().collect::<Vec<_>>(), ["day3", "icc-day2"]);
    let day3 = &golds["day3"];
    assert_eq!(day3.entities.city, ["Aarhus", "Medellín"]);
    assert_eq!(day3.person_roles[0].affiliation, "DG GROW");
    assert_eq!(day3.quotes[0].speaker, "Natalia Gkiaouri");
    // Missing lists default to empty.
    let day2 = &golds["icc-day2"];
    assert_eq!(day2.entities.city, ["Porto"]);
    assert!(day2.entities.person.is_empty() && day2.takeaways.is_empty());
    assert_eq!(day2.themes, ["green economy"]);
}

#[test]
fn load_gold_dir_errors_name_the_file() {
    let err = load_gold_dir(&fixture("bad")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Parse);
    assert!(err.path().unwrap().ends_with("broken.json"), "{err}");
    let err = load_gold_dir(&fixture("dup")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Parse);
    assert!(err.message().contains("duplicate gold id \"x\""), "{err}");
    // Sorted order: dup/more/x.json is read before dup/x.json.
    assert!(err.path().unwrap().ends_with("dup/x.json"), "{err}");
    let err = load_gold_dir(&fixture("unknown_field")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Parse);
    assert!(err.message().contains("person_role"), "{err}");
    let err = load_gold_dir(&fixture("no-such-dir")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
}

#[test]
fn documents_that_failed_to_analyse_are_named() {
    let mut d = doc("a.md");
    d.status = "error".to_string();
    d.error = Some("internal error while analysing".to_string());
    let r = eval_one(d, gold("a"));
    assert_eq!(r.failed_documents, ["a"]);
    assert!(render_table(&r).contains("failed to analyse: 1 (a)"));
    let r = eval_one(doc("a.md"), gold("a"));
    assert!(r.failed_documents.is_empty());
    assert!(!render_table(&r).contains("failed to analyse"));
}
