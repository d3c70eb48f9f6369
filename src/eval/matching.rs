//! Matching one prediction document against its gold file: which items match, which are false
//! positives and which are missed, for every metric. Counts and explanations are both read from
//! the [`DocMatch`] built here, so they cannot disagree.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use super::gold::Gold;
use super::text::{canonical_country, fold_name, name_tokens, Lang};
use crate::output::wire::DocumentOut;

/// Takeaways and quotes with more content words than this never match.
pub(crate) const MAX_CONTENT_WORDS: usize = 50;
/// Predicted themes considered per document (recall@10).
pub const THEMES_AT: usize = 10;

/// The outcome of one metric on one document, with display strings for explanations.
#[derive(Debug, Default, Clone)]
pub(crate) struct Outcome {
    /// Matched items: (gold, prediction).
    pub matched: Vec<(String, String)>,
    /// Predictions that match no gold item.
    pub false_pos: Vec<String>,
    /// Gold items that no prediction matches.
    pub false_neg: Vec<String>,
}

/// A matched gold quote and the speaker checks on it.
#[derive(Debug, Clone)]
pub(crate) struct SpeakerCheck {
    pub text: String,
    pub gold: String,
    pub predicted: Option<String>,
    pub strict: bool,
    pub lenient: bool,
}

/// Everything matched on one document.
#[derive(Debug, Default, Clone)]
pub(crate) struct DocMatch {
    pub city: Outcome,
    pub country: Outcome,
    pub person: Outcome,
    pub person_lenient: Outcome,
    pub organisation: Outcome,
    pub role: Outcome,
    pub person_role: Outcome,
    pub person_affiliation: Outcome,
    pub person_role_triple: Outcome,
    pub city_country: Outcome,
    pub takeaway: Outcome,
    pub quote: Outcome,
    pub theme: Outcome,
    pub speakers: Vec<SpeakerCheck>,
    pub takeaway_kinds: BTreeMap<String, u64>,
}

/// Matches `doc` (or no prediction at all) against `gold`.
pub(crate) fn match_document(doc: Option<&DocumentOut>, gold: &Gold) -> DocMatch {
    let empty = DocumentOut::default();
    let doc = doc.unwrap_or(&empty);
    let lang = Lang::new(doc.language.as_deref());

    let entity = |kind: &str| {
        let predicted = doc
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| (fold_name(&e.name), e.name.clone()));
        let gold = gold
            .entities
            .of_type(kind)
            .iter()
            .map(|n| (fold_name(n), n.clone()));
        match_sets(gold, predicted)
    };

    let people = || doc.entities.iter().filter(|e| e.kind == "person");
    let present = |s: &Option<String>| -> Option<String> {
        s.as_deref()
            .filter(|v| !fold_name(v).is_empty())
            .map(str::to_string)
    };
    let person_role = match_sets(
        gold.person_roles
            .iter()
            .filter(|g| !fold_name(&g.role).is_empty())
            .map(|g| pair(&g.person, &g.role)),
        people().filter_map(|e| Some(pair(&e.name, &present(&e.role)?))),
    );
    let person_affiliation = match_sets(
        gold.person_roles
            .iter()
            .filter(|g| !fold_name(&g.affiliation).is_empty())
            .map(|g| pair(&g.person, &g.affiliation)),
        people().filter_map(|e| Some(pair(&e.name, &present(&e.affiliation)?))),
    );
    let person_role_triple = match_sets(
        gold.person_roles
            .iter()
            .filter(|g| !fold_name(&g.role).is_empty() && !fold_name(&g.affiliation).is_empty())
            .map(|g| triple(&g.person, &g.role, &g.affiliation)),
        people().filter_map(|e| {
            Some(triple(
                &e.name,
                &present(&e.role)?,
                &present(&e.affiliation)?,
            ))
        }),
    );
    let city_country = match_sets(
        gold.city_countries
            .iter()
            .map(|g| city_pair(&g.city, &g.country)),
        doc.entities
            .iter()
            .filter(|e| e.kind == "city")
            .filter_map(|e| Some(city_pair(&e.name, &present(&e.country)?))),
    );

    let person = entity("person");
    let person_lenient = lenient_people(&person);

    let mut takeaway_kinds = BTreeMap::new();
    for t in &doc.takeaways {
        *takeaway_kinds.entry(t.kind.clone()).or_insert(0) += 1;
    }
    let statements: Vec<&str> = doc
        .takeaways
        .iter()
        .filter(|t| matches!(t.kind.as_str(), "bullet" | "statement" | "summary"))
        .map(|t| t.text.as_str())
        .collect();
    let gold_takeaways: Vec<&str> = gold.takeaways.iter().map(String::as_str).collect();
    let takeaway = match_content(&lang, &gold_takeaways, &statements);

    let quotes: Vec<_> = doc.takeaways.iter().filter(|t| t.kind == "quote").collect();
    let quote_texts: Vec<&str> = quotes.iter().map(|t| t.text.as_str()).collect();
    let gold_quotes: Vec<&str> = gold.quotes.iter().map(|q| q.text.as_str()).collect();
    let (quote, pairs) = match_content_pairs(&lang, &gold_quotes, &quote_texts);
    let speakers = pairs
        .iter()
        .map(|&(g, p)| {
            let gold_speaker = &gold.quotes[g].speaker;
            let predicted = quotes[p].speaker.clone();
            let said = fold_name(predicted.as_deref().unwrap_or(""));
            let expected = fold_name(gold_speaker);
            let lenient = if expected.is_empty() {
                said.is_empty()
            } else {
                name_tokens(gold_speaker).is_subset(&name_tokens(&said))
            };
            SpeakerCheck {
                text: gold.quotes[g].text.clone(),
                gold: gold_speaker.clone(),
                predicted,
                strict: said == expected,
                lenient,
            }
        })
        .collect();

    let predicted_themes: Vec<&str> = doc
        .themes
        .iter()
        .take(THEMES_AT)
        .map(|t| t.label.as_str())
        .collect();
    let gold_themes: Vec<&str> = gold.themes.iter().map(String::as_str).collect();
    let theme = match_themes(&lang, &gold_themes, &predicted_themes);

    DocMatch {
        city: entity("city"),
        country: entity("country"),
        person,
        person_lenient,
        organisation: entity("organisation"),
        role: entity("role"),
        person_role,
        person_affiliation,
        person_role_triple,
        city_country,
        takeaway,
        quote,
        theme,
        speakers,
        takeaway_kinds,
    }
}

/// Separator inside composite keys; cannot occur in a folded name.
const SEP: char = '\u{1f}';

fn pair(a: &str, b: &str) -> (String, String) {
    (
        format!("{}{SEP}{}", fold_name(a), fold_name(b)),
        format!("{a} / {b}"),
    )
}

fn triple(a: &str, b: &str, c: &str) -> (String, String) {
    (
        format!("{}{SEP}{}{SEP}{}", fold_name(a), fold_name(b), fold_name(c)),
        format!("{a} / {b} / {c}"),
    )
}

/// A city-country pair keyed by the folded city and the canonical country, so that country
/// aliases ("US", "United States") compare equal.
fn city_pair(city: &str, country: &str) -> (String, String) {
    (
        format!("{}{SEP}{}", fold_name(city), canonical_country(country)),
        format!("{city} ({country})"),
    )
}

/// Set matching over unique keys: `(key, display)` items, the first display of a key kept;
/// keys made only of separators (an empty folded name in any position) are dropped.
fn match_sets(
    gold: impl IntoIterator<Item = (String, String)>,
    predicted: impl IntoIterator<Item = (String, String)>,
) -> Outcome {
    fn unique(items: impl IntoIterator<Item = (String, String)>) -> BTreeMap<String, String> {
        let mut map = BTreeMap::new();
        for (key, display) in items {
            if key.split(SEP).any(str::is_empty) {
                continue;
            }
            map.entry(key).or_insert(display);
        }
        map
    }
    let gold = unique(gold);
    let predicted = unique(predicted);
    let mut outcome = Outcome::default();
    for (key, display) in &gold {
        match predicted.get(key) {
            Some(p) => outcome.matched.push((display.clone(), p.clone())),
            None => outcome.false_neg.push(display.clone()),
        }
    }
    for (key, display) in &predicted {
        if !gold.contains_key(key) {
            outcome.false_pos.push(display.clone());
        }
    }
    outcome
}

/// Lenient person matching from the exact outcome: a remaining predicted name whose tokens
/// include all of a remaining gold name's tokens matches it, one-to-one. Candidates are taken
/// tightest first (fewest extra tokens), then by gold name, then by predicted name (both in
/// folded order, as `match_sets` lists them).
fn lenient_people(exact: &Outcome) -> Outcome {
    let gold: Vec<_> = exact.false_neg.iter().map(|n| name_tokens(n)).collect();
    let predicted: Vec<_> = exact.false_pos.iter().map(|n| name_tokens(n)).collect();
    let mut candidates = Vec::new();
    for (g, gt) in gold.iter().enumerate() {
        for (p, pt) in predicted.iter().enumerate() {
            if gt.is_subset(pt) {
                candidates.push((pt.len() - gt.len(), g, p));
            }
        }
    }
    candidates.sort_unstable();
    let mut outcome = Outcome {
        matched: exact.matched.clone(),
        ..Outcome::default()
    };
    let (mut gold_used, mut pred_used) = (vec![false; gold.len()], vec![false; predicted.len()]);
    for (_, g, p) in candidates {
        if !gold_used[g] && !pred_used[p] {
            gold_used[g] = true;
            pred_used[p] = true;
            outcome
                .matched
                .push((exact.false_neg[g].clone(), exact.false_pos[p].clone()));
        }
    }
    outcome.false_neg = unused(&exact.false_neg, &gold_used);
    outcome.false_pos = unused(&exact.false_pos, &pred_used);
    outcome
}

fn unused(items: &[String], used: &[bool]) -> Vec<String> {
    items
        .iter()
        .zip(used)
        .filter(|(_, &u)| !u)
        .map(|(s, _)| s.clone())
        .collect()
}

/// A fraction `num / den` compared exactly (no floating point at the boundaries).
#[derive(Clone, Copy)]
struct Ratio {
    num: usize,
    den: usize,
}

impl Ratio {
    fn cmp(self, other: Ratio) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

/// One-to-one greedy matching: `score(g, p)` gives the overlap of an eligible pair; pairs are
/// taken best overlap first, ties by gold index then prediction index. Returns the matched
/// index pairs in gold order.
fn greedy(
    gold_len: usize,
    pred_len: usize,
    score: impl Fn(usize, usize) -> Option<Ratio>,
) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for g in 0..gold_len {
        for p in 0..pred_len {
            if let Some(r) = score(g, p) {
                candidates.push((r, g, p));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut gold_used, mut pred_used) = (vec![false; gold_len], vec![false; pred_len]);
    let mut pairs = Vec::new();
    for (_, g, p) in candidates {
        if !gold_used[g] && !pred_used[p] {
            gold_used[g] = true;
            pred_used[p] = true;
            pairs.push((g, p));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// The overlap of two content-word sets when they match under the takeaway rule: both
/// non-empty, neither above [`MAX_CONTENT_WORDS`], and the shared words at least 60% of the
/// smaller set.
fn content_overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> Option<Ratio> {
    let (la, lb) = (a.len(), b.len());
    if la == 0 || lb == 0 || la > MAX_CONTENT_WORDS || lb > MAX_CONTENT_WORDS {
        return None;
    }
    let shared = a.intersection(b).count();
    let smaller = la.min(lb);
    // shared / smaller >= 3/5, in integers.
    (shared * 5 >= smaller * 3).then_some(Ratio {
        num: shared,
        den: smaller,
    })
}

/// Which predicted themes match which gold themes under the evaluation's rule, in a document
/// of language `code`, before the one-to-one assignment: `(gold index, predicted index, shared
/// stems, stems in the union)`. For the tools that fit the theme ranker (`tools/themes/`);
/// not a stable API.
#[doc(hidden)]
pub fn theme_overlaps(
    code: Option<&str>,
    gold: &[&str],
    predicted: &[&str],
) -> Vec<(usize, usize, usize, usize)> {
    let lang = Lang::new(code);
    let gs: Vec<_> = gold.iter().map(|s| lang.stems(s)).collect();
    let ps: Vec<_> = predicted.iter().map(|s| lang.stems(s)).collect();
    let mut out = Vec::new();
    for (g, a) in gs.iter().enumerate() {
        for (p, b) in ps.iter().enumerate() {
            if let Some(r) = theme_overlap(a, b) {
                out.push((g, p, r.num, r.den));
            }
        }
    }
    out
}

/// How many of `gold` the first [`THEMES_AT`] of `listed` match, one to one, best overlap
/// first: the count theme recall@10 is made of. For `tools/themes/` (a second analyst's lists
/// scored as recap's are); not a stable API.
#[doc(hidden)]
pub fn themes_recovered(code: Option<&str>, gold: &[&str], listed: &[&str]) -> usize {
    let listed = &listed[..listed.len().min(THEMES_AT)];
    match_themes(&Lang::new(code), gold, listed).matched.len()
}

/// The folded tokens of `s` in order, each with its stem, or `None` for a stop word or a
/// one-character token: the words [`theme_overlaps`] compares. For `tools/themes/`, which
/// looks for gold themes in a document's text; not a stable API.
#[doc(hidden)]
pub fn theme_tokens(code: Option<&str>, s: &str) -> Vec<(String, Option<String>)> {
    Lang::new(code).tokens(s)
}

/// The Jaccard overlap of two stem sets when it is at least 1/2 (both sets non-empty).
fn theme_overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> Option<Ratio> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let shared = a.intersection(b).count();
    let union = a.len() + b.len() - shared;
    (shared * 2 >= union).then_some(Ratio {
        num: shared,
        den: union,
    })
}

fn outcome_from_pairs(gold: &[&str], predicted: &[&str], pairs: &[(usize, usize)]) -> Outcome {
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; predicted.len()];
    let mut outcome = Outcome::default();
    for &(g, p) in pairs {
        gold_used[g] = true;
        pred_used[p] = true;
        outcome
            .matched
            .push((gold[g].to_string(), predicted[p].to_string()));
    }
    let owned = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    outcome.false_neg = unused(&owned(gold), &gold_used);
    outcome.false_pos = unused(&owned(predicted), &pred_used);
    outcome
}

fn match_content_pairs(
    lang: &Lang,
    gold: &[&str],
    predicted: &[&str],
) -> (Outcome, Vec<(usize, usize)>) {
    let gw: Vec<_> = gold.iter().map(|s| lang.content_words(s)).collect();
    let pw: Vec<_> = predicted.iter().map(|s| lang.content_words(s)).collect();
    let pairs = greedy(gw.len(), pw.len(), |g, p| content_overlap(&gw[g], &pw[p]));
    (outcome_from_pairs(gold, predicted, &pairs), pairs)
}

fn match_content(lang: &Lang, gold: &[&str], predicted: &[&str]) -> Outcome {
    match_content_pairs(lang, gold, predicted).0
}

fn match_themes(lang: &Lang, gold: &[&str], predicted: &[&str]) -> Outcome {
    let gs: Vec<_> = gold.iter().map(|s| lang.stems(s)).collect();
    let ps: Vec<_> = predicted.iter().map(|s| lang.stems(s)).collect();
    let pairs = greedy(gs.len(), ps.len(), |g, p| theme_overlap(&gs[g], &ps[p]));
    outcome_from_pairs(gold, predicted, &pairs)
}
