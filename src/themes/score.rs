//! Scoring and selection of one document's candidates: a statistical score, sub-phrase
//! merging and near-duplicate removal.
//!
//! The score multiplies
//! - the phrase's frequency (sub-linear: recaps are short, and a key theme is often named once
//!   or twice),
//! - how much its words carry the document, after YAKE (Campos et al. 2020): a word is
//!   weighty when it is frequent in the document but seen beside few different words (a word
//!   seen beside many different words, such as "city" or "new", is generic), and spread over
//!   several sentences,
//! - a length prior (analysts write themes of two or three words),
//! - its first position, and a bonus when it occurs in a list item (headings get none: in
//!   recaps they are mostly section and event names),
//! - a bonus when it follows a topic cue ("on", "about", "discussed") somewhere.

use super::candidates::{Candidate, Found};
use super::Theme;
use crate::segment::Lang;

/// Abstract-noun endings: a single word with one can be a theme ("observability",
/// "desalinización", "Digitalisierung"). Checked on the folded surface form, not the stem.
fn abstract_noun(lang: Lang, w: &str) -> bool {
    let endings: &[&str] = match lang {
        Lang::En => &[
            "tion", "sion", "ity", "ism", "ance", "ence", "ment", "ness", "ship", "acy", "ics",
        ],
        Lang::Fr => &["tion", "sion", "ite", "isme", "ance", "ence", "ment", "ure"],
        Lang::Es => &[
            "cion", "sion", "dad", "ismo", "ancia", "encia", "miento", "cia",
        ],
        Lang::Pt => &[
            "cao", "sao", "dade", "ismo", "ancia", "encia", "mento", "cia",
        ],
        Lang::It => &["zione", "sione", "ita", "ismo", "anza", "enza", "mento"],
        Lang::De => &["ung", "heit", "keit", "schaft", "tion", "ismus", "tat"],
        Lang::Nl => &["ing", "heid", "schap", "tie", "isme", "teit"],
        _ => &[],
    };
    let w = crate::segment::fold(w);
    w.chars().count() >= 6 && endings.iter().any(|e| w.ends_with(e))
}

/// Length prior of a single word with an abstract-noun ending.
const ABSTRACT: f64 = 0.5;

/// Weight of a phrase that follows a topic cue somewhere ("a session on heat pumps", "they
/// discussed grid connections"): what a recap says was talked about is what an analyst
/// lists as its themes.
const TOPIC: f64 = 1.5;

/// Weight of a phrase that an evaluative word modifies ("clear mandate", "capacidades
/// propias"): analysts name kinds of things, not judgements of them.
const EVALUATIVE: f64 = 0.3;

/// Characters from which a single word of a compounding language counts as a compound.
const COMPOUND: usize = 9;

/// Ranks candidates; returns at most `limit` themes, best first, scores scaled to 0..1.
pub(crate) fn rank(found: Found, lang: Lang, sentences: usize, limit: usize) -> Vec<Theme> {
    let candidates = &found.candidates;
    let compounding = matches!(
        lang,
        Lang::De | Lang::Nl | Lang::Da | Lang::Sv | Lang::No | Lang::Fi
    );
    // In a compounding language a long single word is a term of its own
    // ("Fachkräftemangel", "klimaatadaptatie"), not a fragment of the phrases around it.
    let compound = |c: &Candidate| compounding && c.words == 1 && found.key_chars(c) >= COMPOUND;
    let absorbed = absorbed(candidates, compound);
    let head_final = matches!(lang, Lang::En | Lang::De | Lang::Nl);
    // Whether a single-word form has an abstract-noun ending, worked out once per form.
    let mut abstract_form: Vec<Option<bool>> = vec![None; found.forms.len()];
    let mut is_abstract = |ids: &[u32]| match ids {
        &[id] => *abstract_form[id as usize]
            .get_or_insert_with(|| abstract_noun(lang, &found.forms[id as usize])),
        _ => abstract_noun(lang, &found.form(ids)),
    };
    let mut scored: Vec<(f64, &Candidate)> = Vec::with_capacity(candidates.len());
    for (c, _) in candidates.iter().zip(&absorbed).filter(|(_, &a)| !a) {
        let weight: f64 = c
            .stems
            .iter()
            .map(|&s| {
                let tf = f64::from(found.stem_tf[s as usize].max(1));
                let spread = f64::from(found.stem_neighbours[s as usize].max(1));
                // Frequent words that keep the same company weigh most.
                (1.0 + tf).ln() * (1.0 + tf / spread).sqrt()
            })
            .sum::<f64>()
            / c.stems.len() as f64;
        let length = match c.words {
            1 if compound(c) => 0.9,
            1 if c.forms.iter().any(|(f, _)| is_abstract(f)) => ABSTRACT,
            1 => 0.15,
            2 => 1.0,
            3 => 0.8,
            _ => 0.35,
        };
        let shape = if c.words > 1 && head_final && c.run_final == 0 {
            0.6
        } else {
            1.0
        };
        let position = 1.0 / (1.0 + c.first_sentence as f64 / sentences as f64);
        // Headings of recaps are mostly section and event names: no bonus for them.
        let place = if c.in_list { 1.4 } else { 1.0 };
        let topic = if c.after_topic_cue > 0 { TOPIC } else { 1.0 };
        let evaluative = if c.evaluative { EVALUATIVE } else { 1.0 };
        let frequency = f64::from(c.count).powf(0.5);
        let score = frequency
            * (1.0 + 0.1 * weight)
            * length
            * shape
            * (1.0 - 0.3 + 0.3 * position)
            * place
            * topic
            * evaluative;
        scored.push((score, c));
    }
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.count.cmp(&a.1.count))
            .then_with(|| found.cmp_keys(a.1, b.1))
    });
    let mut themes: Vec<Theme> = Vec::new();
    let mut kept: Vec<&[u32]> = Vec::new();
    for (score, c) in scored {
        if themes.len() >= limit {
            break;
        }
        if kept.iter().any(|k| near_duplicate(k, &c.stems)) {
            continue;
        }
        kept.push(&c.stems);
        let mut forms: Vec<(String, u32)> =
            c.forms.iter().map(|(f, n)| (found.form(f), *n)).collect();
        forms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        themes.push(Theme {
            key: found.key(c),
            label: forms[0].0.clone(),
            count: c.count,
            score,
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

/// Which candidates merge into a longer theme because they nearly always occur inside it: a
/// phrase of two or more words absorbs its sub-phrases when they occur at most a quarter more
/// often than it does (and it occurs at least twice); a single word is absorbed more readily,
/// when a phrase holding it accounts for half of its occurrences, unless it is a `compound`.
pub(crate) fn absorbed(
    candidates: &[Candidate],
    compound: impl Fn(&Candidate) -> bool,
) -> Vec<bool> {
    // Only a phrase that holds every stem of `sub` can absorb it, so `sub` is checked against
    // the phrases that hold its rarest stem, not against every candidate: the pairwise scan
    // was quadratic in the candidates, about a seventh of the whole analysis on recaps of
    // 500 words. The phrases holding each stem, as one flat list sliced by stem (`start`).
    let stems = candidates
        .iter()
        .flat_map(|c| c.stems.iter())
        .max()
        .map_or(0, |&s| s as usize + 1);
    let mut start = vec![0u32; stems + 1];
    for c in candidates.iter().filter(|c| c.stems.len() > 1) {
        for &s in c.stems.iter() {
            start[s as usize + 1] += 1;
        }
    }
    for i in 1..start.len() {
        start[i] += start[i - 1];
    }
    let mut holding = vec![0u32; start[stems] as usize];
    let mut next = start.clone();
    for (i, c) in candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.stems.len() > 1)
    {
        for &s in c.stems.iter() {
            holding[next[s as usize] as usize] = i as u32;
            next[s as usize] += 1;
        }
    }
    let holding_stem =
        |s: u32| &holding[start[s as usize] as usize..start[s as usize + 1] as usize];
    candidates
        .iter()
        .map(|sub| {
            let single = sub.stems.len() == 1 && !compound(sub);
            let absorbs = |sup: &Candidate| {
                sup.stems.len() > sub.stems.len()
                    && sub.stems.iter().all(|s| sup.stems.contains(s))
                    && ((sup.count >= 2 && sub.count <= sup.count + sup.count / 4)
                        || (single && sup.count * 2 >= sub.count))
            };
            match sub.stems.iter().min_by_key(|&&s| holding_stem(s).len()) {
                Some(&rarest) => holding_stem(rarest)
                    .iter()
                    .any(|&i| absorbs(&candidates[i as usize])),
                None => candidates.iter().any(absorbs),
            }
        })
        .collect()
}

/// Whether two themes would answer for the same key theme: one's stems hold the other's, or
/// they share at least half of their stems together (Jaccard ≥ 0.5).
pub(crate) fn near_duplicate<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let shared = a.iter().filter(|s| b.contains(s)).count();
    if shared == 0 {
        return false;
    }
    let union = a.len() + b.len() - shared;
    shared == a.len() || shared == b.len() || shared * 2 >= union
}
