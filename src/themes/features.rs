//! The figures of one candidate that ranking weighs: its frequency and spread, where it
//! stands (title, list items, after a topic cue), its shape, how its words carry the document
//! (after YAKE), how widely the text discusses its words in any wording (the sentences that
//! hold any of them, and the fewest that hold one of them: an analyst's theme often occurs
//! once as a phrase while its words run through the text), and how it sits among the other
//! candidates (inside a longer one, holding a shorter one). Each is cheap: a few arithmetic
//! operations on counts gathered by [`candidates`](super::candidates), plus one pass over the
//! candidates for the sub-phrase/super-phrase figures.
//!
//! Everything here is per document: no figure depends on other documents.

use super::candidates::{Candidate, Found};
use super::prior::{self, Place};
use crate::segment::Lang;

/// Abstract-noun endings: a single word with one can be a theme ("observability",
/// "desalinización", "Digitalisierung"). Checked on the folded surface form, not the stem.
pub(crate) fn abstract_noun(lang: Lang, w: &str) -> bool {
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
    if w.is_ascii() {
        // An ASCII word folds to its lower case, of the same length: compare its ending
        // ignoring ASCII case instead of folding a copy (this runs for every candidate).
        let b = w.as_bytes();
        return b.len() >= 6
            && endings.iter().any(|e| {
                b.len() >= e.len() && b[b.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
            });
    }
    let w = crate::segment::fold(w);
    w.chars().count() >= 6 && endings.iter().any(|e| w.ends_with(e))
}

/// Whole numbers below this have their logarithms and square roots looked up ([`ln_whole`]).
const WHOLE_TABLE: usize = 1024;

/// `ln`, `ln_1p` and `powf(0.5)` of 0, 1, 2, … [`WHOLE_TABLE`] − 1, computed once by the same
/// functions: most of the features' arguments are counts, and a call into libm per count and
/// candidate was a large share of computing them.
static WHOLE: std::sync::LazyLock<Box<[[f64; 3]]>> = std::sync::LazyLock::new(|| {
    (0..WHOLE_TABLE)
        .map(|n| {
            let x = n as f64;
            [x.ln(), x.ln_1p(), x.powf(0.5)]
        })
        .collect()
});

/// `(n as f64).ln()`, looked up for small `n` (the same value either way).
fn ln_whole(n: u32) -> f64 {
    match WHOLE.get(n as usize) {
        Some(v) => v[0],
        None => f64::from(n).ln(),
    }
}

/// `(n as f64).ln_1p()`, looked up for small `n`.
fn ln_1p_whole(n: u32) -> f64 {
    match WHOLE.get(n as usize) {
        Some(v) => v[1],
        None => f64::from(n).ln_1p(),
    }
}

/// `(n as f64).powf(0.5)`, looked up for small `n`.
fn sqrt_whole(n: u32) -> f64 {
    match WHOLE.get(n as usize) {
        Some(v) => v[2],
        None => f64::from(n).powf(0.5),
    }
}

/// Characters from which a single word of a compounding language counts as a compound.
const COMPOUND: usize = 9;

/// Names of the features, in the order of [`Features::values`].
pub(crate) const NAMES: [&str; COUNT] = [
    "base",
    "log_count",
    "log_sentences",
    "one_word",
    "three_words",
    "four_words",
    "compound",
    "abstract",
    "not_head_final",
    "position",
    "in_list",
    "in_heading",
    "in_title",
    "topic_cue",
    "evaluative",
    "weight",
    "run_initial",
    "soft_share",
    "log_supers",
    "sub_ratio",
    "count_share",
    "log_min_tf",
    "log_max_tf",
    "log_word_sentences",
    "log_min_word_sentences",
    "prior",
    "first_ending",
    "last_ending",
];

/// Number of features.
pub(crate) const COUNT: usize = 28;

/// The features of one candidate; see [`NAMES`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Features {
    /// Values in the order of [`NAMES`].
    pub values: [f64; COUNT],
    /// Whether it merges into a longer candidate (see [`absorbed`]).
    pub absorbed: bool,
}

/// Works out the features of every candidate of a document, in the order of
/// `found.candidates`.
pub(crate) fn compute(found: &Found, lang: Lang, sentences: usize) -> Vec<Features> {
    let candidates = &found.candidates;
    let compounding = matches!(
        lang,
        Lang::De | Lang::Nl | Lang::Da | Lang::Sv | Lang::No | Lang::Fi
    );
    // In a compounding language a long single word is a term of its own
    // ("Fachkräftemangel", "klimaatadaptatie"), not a fragment of the phrases around it.
    let compound = |c: &Candidate| compounding && c.words == 1 && found.key_chars(c) >= COMPOUND;
    let containers = containers(candidates);
    let absorbed = absorbed(candidates, &containers, compound);
    let nesting = nesting(candidates, &containers);
    let head_final = matches!(lang, Lang::En | Lang::De | Lang::Nl);
    let max_count = candidates.iter().map(|c| c.count).max().unwrap_or(1).max(1);
    // Whether a single-word form has an abstract-noun ending, worked out once per form.
    let mut abstract_form: Vec<Option<bool>> = vec![None; found.forms.len()];
    let mut is_abstract = |ids: &[u32]| match ids {
        &[id] => *abstract_form[id as usize]
            .get_or_insert_with(|| abstract_noun(lang, &found.forms[id as usize])),
        _ => abstract_noun(lang, &found.form(ids)),
    };
    let sentences = sentences.max(1) as f64;
    // Per sentence, the last candidate (numbered from 1) that counted it: each candidate's
    // word spread is counted without sorting or a set.
    let last_sentence = found
        .stem_sentences
        .iter()
        .max()
        .map_or(0, |&s| s as usize + 1);
    let mut counted = vec![0u32; last_sentence];
    // Each stem's prior, looked up once per document; each word form's ending priors too.
    let mut stem_prior: Vec<Option<f64>> = vec![None; found.stems.len()];
    let mut ending_prior: Vec<[Option<f64>; 2]> = vec![[None; 2]; found.forms.len()];
    let mut ending = |place: Place, form: Option<&u32>| {
        form.map_or(0.0, |&f| {
            *ending_prior[f as usize][place as usize]
                .get_or_insert_with(|| prior::ending(lang, place, &found.forms[f as usize]))
        })
    };
    candidates
        .iter()
        .zip(absorbed)
        .zip(nesting)
        .enumerate()
        .map(|(i, ((c, absorbed), nest))| {
            let tf_n = |s: &u32| found.stem_tf[*s as usize].max(1);
            let tf = |s: &u32| f64::from(tf_n(s));
            let weight: f64 = c
                .stems
                .iter()
                .map(|s| {
                    let spread = f64::from(found.stem_neighbours[*s as usize].max(1));
                    // Frequent words that keep the same company weigh most.
                    ln_whole(tf_n(s) + 1) * (1.0 + tf(s) / spread).sqrt()
                })
                .sum::<f64>()
                / c.stems.len() as f64;
            let is_compound = compound(c);
            let is_abstract = c.words == 1 && c.forms.iter().any(|(f, _)| is_abstract(f));
            let not_head_final = c.words > 1 && head_final && c.run_final == 0;
            let position = c.first_sentence as f64 / sentences;
            let count = f64::from(c.count);
            let base = base_score(BaseInput {
                count: c.count,
                weight,
                words: c.words,
                compound: is_compound,
                abstract_: is_abstract,
                not_head_final,
                position,
                in_list: c.in_list,
                topic_cue: c.after_topic_cue > 0,
                evaluative: c.evaluative,
            });
            let flag = |b: bool| f64::from(u8::from(b));
            // Logarithms of the smallest and largest term frequency (of infinity when the
            // candidate has no stem, as the minimum of nothing was).
            let ln_min_tf = match c.stems.iter().map(tf_n).min() {
                Some(n) => ln_whole(n),
                None => f64::INFINITY.ln(),
            };
            let ln_max_tf = ln_whole(c.stems.iter().map(tf_n).fold(1, u32::max));
            // The sentences that hold any of its words, and the fewest that hold one of them.
            let word_sentences = match *c.stems {
                [s] => found.sentences_of(s).len() as u32,
                _ => {
                    let mark = i as u32 + 1;
                    let mut n = 0;
                    for &s in c.stems.iter() {
                        for &si in found.sentences_of(s) {
                            let seen = &mut counted[si as usize];
                            n += u32::from(*seen != mark);
                            *seen = mark;
                        }
                    }
                    n
                }
            };
            let min_word_sentences = c
                .stems
                .iter()
                .map(|&s| found.sentences_of(s).len() as u32)
                .min()
                .unwrap_or(1)
                .max(1);
            let prior = c
                .stems
                .iter()
                .map(|&s| {
                    *stem_prior[s as usize]
                        .get_or_insert_with(|| prior::of(lang, &found.stems[s as usize]))
                })
                .sum::<f64>()
                / c.stems.len().max(1) as f64;
            let label = super::score::label_form(found, c);
            let first_ending = ending(Place::First, label.first());
            let last_ending = ending(Place::Last, label.last());
            let values = [
                base.ln(),
                ln_whole(c.count),
                ln_whole(c.sentences.max(1)),
                flag(c.words == 1),
                flag(c.words == 3),
                flag(c.words >= 4),
                flag(is_compound),
                flag(is_abstract),
                flag(not_head_final),
                position,
                flag(c.in_list),
                flag(c.in_heading),
                flag(c.in_title),
                flag(c.after_topic_cue > 0),
                flag(c.evaluative),
                weight,
                f64::from(c.run_initial) / count,
                f64::from(c.soft) / c.words as f64,
                ln_1p_whole(nest.supers),
                if nest.sub_count > 0 {
                    count / f64::from(nest.sub_count)
                } else {
                    1.0
                },
                count / f64::from(max_count),
                ln_min_tf,
                ln_max_tf,
                ln_1p_whole(word_sentences),
                ln_whole(min_word_sentences),
                prior,
                first_ending,
                last_ending,
            ];
            Features { values, absorbed }
        })
        .collect()
}

/// What the hand-made score of [`base_score`] looks at.
struct BaseInput {
    count: u32,
    weight: f64,
    words: usize,
    compound: bool,
    abstract_: bool,
    not_head_final: bool,
    position: f64,
    in_list: bool,
    topic_cue: bool,
    evaluative: bool,
}

/// The hand-made score that ranked candidates before the learned weights: frequency
/// (sub-linear), YAKE-style word weight, a length prior, first position, list items, topic
/// cues and evaluative modifiers, multiplied. The learned ranker takes its logarithm as one
/// feature among others.
fn base_score(b: BaseInput) -> f64 {
    let length = match b.words {
        1 if b.compound => 0.9,
        1 if b.abstract_ => 0.5,
        1 => 0.15,
        2 => 1.0,
        3 => 0.8,
        _ => 0.35,
    };
    let shape = if b.not_head_final { 0.6 } else { 1.0 };
    let position = 1.0 / (1.0 + b.position);
    let place = if b.in_list { 1.4 } else { 1.0 };
    let topic = if b.topic_cue { 1.5 } else { 1.0 };
    let evaluative = if b.evaluative { 0.3 } else { 1.0 };
    sqrt_whole(b.count)
        * (1.0 + 0.1 * b.weight)
        * length
        * shape
        * (1.0 - 0.3 + 0.3 * position)
        * place
        * topic
        * evaluative
}

/// Which candidates merge into a longer theme because they nearly always occur inside it: a
/// phrase of two or more words absorbs its sub-phrases when they occur at most a quarter more
/// often than it does (and it occurs at least twice); a single word is absorbed more readily,
/// when a phrase holding it accounts for half of its occurrences, unless it is a `compound`.
pub(crate) fn absorbed(
    candidates: &[Candidate],
    containers: &[Vec<u32>],
    compound: impl Fn(&Candidate) -> bool,
) -> Vec<bool> {
    candidates
        .iter()
        .zip(containers)
        .map(|(sub, sups)| {
            let single = sub.stems.len() == 1 && !compound(sub);
            sups.iter().any(|&i| {
                let sup = &candidates[i as usize];
                (sup.count >= 2 && sub.count <= sup.count + sup.count / 4)
                    || (single && sup.count * 2 >= sub.count)
            })
        })
        .collect()
}

/// For each candidate, the longer candidates that hold all its stems. Only a phrase holding
/// every stem of another can contain it, so each candidate is checked against the phrases
/// holding its rarest stem, not against all of them: the pairwise scan was quadratic in the
/// candidates, a seventh of the whole analysis on recaps of 500 words.
fn containers(candidates: &[Candidate]) -> Vec<Vec<u32>> {
    let stems = candidates
        .iter()
        .flat_map(|c| c.stems.iter())
        .max()
        .map_or(0, |&s| s as usize + 1);
    // The multi-word candidates holding each stem: one flat list sliced by stem (`start`).
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
    let all: Vec<u32> = (0..candidates.len() as u32).collect();
    candidates
        .iter()
        .map(|sub| {
            let pool = match sub.stems.iter().min_by_key(|&&s| holding_stem(s).len()) {
                Some(&rarest) => holding_stem(rarest),
                None => &all,
            };
            pool.iter()
                .copied()
                .filter(|&i| {
                    let sup = &candidates[i as usize];
                    sup.stems.len() > sub.stems.len()
                        && sub.stems.iter().all(|s| sup.stems.contains(s))
                })
                .collect()
        })
        .collect()
}

/// How a candidate sits among the others: how many longer candidates hold all its stems,
/// and the highest count among the shorter candidates whose stems it holds (0 when none).
#[derive(Debug, Clone, Copy, Default)]
struct Nesting {
    supers: u32,
    sub_count: u32,
}

fn nesting(candidates: &[Candidate], containers: &[Vec<u32>]) -> Vec<Nesting> {
    let mut out = vec![Nesting::default(); candidates.len()];
    for (j, (sub, sups)) in candidates.iter().zip(containers).enumerate() {
        out[j].supers = sups.len() as u32;
        for &i in sups {
            out[i as usize].sub_count = out[i as usize].sub_count.max(sub.count);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The looked-up values are the computed ones, bit for bit, inside the table and past it.
    #[test]
    fn whole_number_tables_equal_the_functions() {
        for n in (0..WHOLE_TABLE as u32 + 8).chain([u32::MAX]) {
            let x = f64::from(n);
            assert_eq!(ln_whole(n).to_bits(), x.ln().to_bits(), "{n}");
            assert_eq!(ln_1p_whole(n).to_bits(), x.ln_1p().to_bits(), "{n}");
            assert_eq!(sqrt_whole(n).to_bits(), x.powf(0.5).to_bits(), "{n}");
        }
    }
}
