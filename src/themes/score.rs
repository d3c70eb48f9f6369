//! Scoring and selection of one document's candidates: a learned linear score over the
//! candidate's [`features`], sub-phrase merging and near-duplicate removal.
//!
//! The score is the logistic function of a weighted sum of the features: the probability,
//! as fitted on the gold themes of corpora/dev, that an analyst lists the phrase (or one it
//! matches) among the document's themes. The weights are data, in [`weights`](super::weights),
//! written by `tools/themes/fit.py`; the strongest are the hand-made statistical score of
//! earlier versions (frequency, YAKE-style word weight, length, position, list items, topic
//! cues), a penalty for single words, for a phrase whose shorter sub-phrase is much more
//! frequent, and for phrases of the title, and bonuses for topic cues, list items and counts.

use super::candidates::{Candidate, Found};
use super::features::{self, Features};
use super::weights::{trees, INTERCEPT, WEIGHTS};
use super::Theme;
use crate::segment::Lang;

/// The ranking score of a candidate from its features, 0 to 1: the logistic function of
/// [`INTERCEPT`] plus the features weighted by [`WEIGHTS`].
pub(crate) fn score(f: &Features) -> f64 {
    1.0 / (1.0 + (-logit(f)).exp())
}

/// How much a theme's logit drops for the share of its stems that a theme already listed
/// holds ("housing costs" after "housing": a half). Analysts list distinct topics: two themes
/// on the same word most often answer for one key theme. Chosen by cross-validation on
/// corpora/dev (`tools/themes/fit.py --diversity`): 0.3 to 0.6 did equally well, above 0.2.
pub(crate) const DIVERSITY: f64 = 0.5;

/// The logit of the ranking score: the weighted sum of the features, then the leaves of
/// the ranking trees that the features reach ([`trees`]).
///
/// The trees (fitted by `tools/themes/fit.py --trees`, LightGBM's lambdarank objective
/// started from the linear logit, and written as code in [`weights`](super::weights))
/// correct the linear score where the features interact: they are fitted to the order of
/// each document's candidates, not to each candidate alone. Each has a few leaves: a few
/// comparisons with constants per tree.
pub(crate) fn logit(f: &Features) -> f64 {
    let linear = f
        .values
        .iter()
        .zip(WEIGHTS)
        .fold(INTERCEPT, |z, (x, (_, w))| z + w * x);
    trees(&f.values, linear)
}

/// The share of `stems` that the most similar of the `kept` stem lists holds, 0 to 1.
pub(crate) fn redundancy<T: PartialEq>(kept: &[&[T]], stems: &[T]) -> f64 {
    let most = kept
        .iter()
        .map(|k| stems.iter().filter(|s| k.contains(s)).count())
        .max()
        .unwrap_or(0);
    most as f64 / stems.len().max(1) as f64
}

/// Ranks candidates; returns at most `limit` themes, best first, scores scaled to 0..1.
///
/// Greedy: each step lists the candidate with the best logit less [`DIVERSITY`] times its
/// [`redundancy`] with the themes listed so far, skipping near-duplicates of them. Candidates
/// are scanned in order of their own logit, so the scan stops at the first one that cannot
/// beat the best found (a penalty only lowers a logit): a few dozen comparisons per step.
pub(crate) fn rank(found: Found, lang: Lang, sentences: usize, limit: usize) -> Vec<Theme> {
    let candidates = &found.candidates;
    let features = features::compute(&found, lang, sentences);
    let mut pool: Vec<(f64, &Candidate)> = candidates
        .iter()
        .zip(&features)
        .filter(|(_, f)| !f.absorbed)
        .map(|(c, f)| (logit(f), c))
        .collect();
    // A total order without ties (keys differ between candidates): an unstable sort gives
    // the same order as a stable one, without its buffer.
    pool.sort_unstable_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.count.cmp(&a.1.count))
            .then_with(|| found.cmp_keys(a.1, b.1))
    });
    let mut themes: Vec<Theme> = Vec::new();
    let mut kept: Vec<&[u32]> = Vec::new();
    // Candidates listed or found to be near-duplicates of a listed theme: out for good, as
    // the listed themes only grow. `first` is the first candidate still in.
    let mut out = vec![false; pool.len()];
    // Per candidate: how many of the listed themes it has been compared with, and its
    // redundancy with those. Listed themes never change, so each step compares a candidate
    // only with the themes listed since it was last looked at (the same answers: the
    // redundancy with all is the greatest of the redundancies with each part).
    let mut seen: Vec<(usize, f64)> = vec![(0, 0.0); pool.len()];
    let mut first = 0;
    while themes.len() < limit {
        let mut best: Option<(usize, f64)> = None;
        for (i, &(z, c)) in pool.iter().enumerate().skip(first) {
            if best.is_some_and(|(_, b)| z <= b) {
                break;
            }
            if out[i] {
                continue;
            }
            let (compared, most) = &mut seen[i];
            let fresh = &kept[*compared..];
            *compared = kept.len();
            if fresh.iter().any(|k| near_duplicate(k, &c.stems)) {
                out[i] = true;
                continue;
            }
            if !fresh.is_empty() {
                *most = most.max(redundancy(fresh, &c.stems));
            }
            let adjusted = z - DIVERSITY * *most;
            if best.is_none_or(|(_, b)| adjusted > b) {
                best = Some((i, adjusted));
            }
        }
        let Some((i, z)) = best else {
            break;
        };
        out[i] = true;
        while first < out.len() && out[first] {
            first += 1;
        }
        let c = pool[i].1;
        kept.push(&c.stems);
        let forms = forms(&found, c);
        themes.push(Theme {
            key: found.key(c),
            label: forms[0].0.clone(),
            count: c.count,
            score: 1.0 / (1.0 + (-z).exp()),
            forms,
        });
    }
    let max = themes
        .first()
        .map_or(1.0, |t| t.score)
        .max(f64::MIN_POSITIVE);
    for t in &mut themes {
        t.score = crate::corpus::round6(t.score / max);
    }
    themes
}

/// A candidate's surface forms and their counts, most frequent first (ties alphabetically).
pub(super) fn forms(found: &Found, c: &Candidate) -> Vec<(String, u32)> {
    let mut forms: Vec<(String, u32)> = c.forms.iter().map(|(f, n)| (found.form(f), *n)).collect();
    forms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    forms
}

/// The label a candidate gets as a theme: its most frequent surface form.
pub(crate) fn label(found: &Found, c: &Candidate) -> String {
    found.form(label_form(found, c))
}

/// The word forms of a candidate's label (see [`label`]), found without building its
/// strings unless two forms tie on their count: the ranking reads the label's first and last
/// words for every candidate, and most have a single form.
pub(crate) fn label_form<'a>(found: &Found, c: &'a Candidate) -> &'a [u32] {
    let most = c.forms.iter().map(|f| f.1).max().unwrap_or(0);
    let mut tied = c.forms.iter().filter(|f| f.1 == most);
    let Some(first) = tied.next() else {
        return &[];
    };
    let (mut best, mut best_text): (&[u32], Option<String>) = (&first.0, None);
    for f in tied {
        let text = found.form(&f.0);
        if text < *best_text.get_or_insert_with(|| found.form(best)) {
            (best, best_text) = (&f.0, Some(text));
        }
    }
    best
}

/// Whether two themes would answer for the same key theme: they share at least half of their
/// stems together (Jaccard ≥ 0.5), the rule by which a listed theme matches an analyst's.
/// A single word inside a phrase of three or more words is not a duplicate of it ("housing"
/// and "limited-profit housing sector" are two themes): skipping such phrases after a
/// broad word cost more key themes than it saved places in the list.
pub(crate) fn near_duplicate<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let shared = a.iter().filter(|s| b.contains(s)).count();
    shared > 0 && shared * 2 >= a.len() + b.len() - shared
}
