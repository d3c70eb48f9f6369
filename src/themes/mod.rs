//! Themes: candidate phrases, grouped by stem key, counted and scored per document; and the
//! user's codebook of deductive themes ([`codebook`]).
//!
//! The pipeline for one document:
//! 1. [`candidates`]: runs of content words bounded by stop words, punctuation, entity
//!    mentions, numbers and mid-sentence names; inside a run, phrases of 1 to 4 content words
//!    (joined by "of" / "de" / "di" and the like) that have the shape of a noun phrase in the
//!    document's language. Each phrase is keyed by its sorted stems, so that plural and
//!    possessive forms, hyphenation and word order ("participation of citizens" / "citizen
//!    participation") fall together.
//!    Each distinct word is folded, tested and stemmed once per document; phrases are keyed
//!    by stem numbers, and strings are built only for the themes that are kept.
//! 2. [`features`]: per candidate, a few cheap figures: its frequency and spread, the
//!    frequency and company of its words in the document (after YAKE), the sentences its
//!    words occur in (inside any phrase), its position and length, whether it occurs in a
//!    list item, the title, or after a topic cue ("a workshop on ...", "they discussed ..."),
//!    and how it nests among the other candidates.
//! 3. [`score`]: a linear score over the features with weights learned from gold themes
//!    (`tools/themes/`, data in `weights.rs`); sub-phrases that nearly always occur inside
//!    a longer theme merge into it (a long compound word of German or Dutch stays a theme of
//!    its own); the final list leaves out near-duplicates of better themes and is chosen
//!    greedily, each theme's score lowered by the share of its words a listed theme holds.

mod candidates;
pub mod codebook;
mod features;
mod prior;
mod score;
mod weights;
mod words;

pub use codebook::{Codebook, CodebookCount, CodebookTheme};

use crate::entities::Entity;
use crate::input::Document;
use crate::lexicon::Lexicons;
use crate::segment::{Lang, Segmented};

/// A theme of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Stem key shared by the variants.
    pub key: String,
    /// The most frequent surface form in the document.
    pub label: String,
    /// Occurrences.
    pub count: u32,
    /// Relevance in the document, 0 to 1.
    pub score: f64,
    /// Surface forms and their counts, so that corpus labels can be chosen exactly.
    pub forms: Vec<(String, u32)>,
}

/// Limits for theme extraction.
#[derive(Debug, Clone)]
pub struct ThemeOptions {
    /// Maximum themes per document.
    pub per_document: usize,
    /// Extra stop words (folded), from `--stopwords`; they add to the built-in lists.
    pub extra_stop_words: std::collections::HashSet<String>,
}

impl Default for ThemeOptions {
    fn default() -> Self {
        Self {
            per_document: 25,
            extra_stop_words: Default::default(),
        }
    }
}

/// Builds the tables themes read on first use (the stem and ending priors), so that a second
/// thread can do it while the lexicons load.
pub fn warm_up() {
    let _ = prior::of(crate::segment::Lang::En, "");
    let _ = prior::ending(crate::segment::Lang::En, prior::Place::Last, "");
}

/// Extracts a document's themes, best first: phrases of 1 to 4 content words, keyed by their
/// sorted stems so that "citizen participation" and "participation of citizens" are one theme.
pub fn extract(
    doc: &Document,
    seg: &Segmented,
    entities: &[Entity],
    lex: &Lexicons,
    opts: &ThemeOptions,
) -> Vec<Theme> {
    let found = candidates::collect(doc, seg, entities, lex, opts);
    score::rank(
        found,
        seg.lang,
        seg.sentences.len().max(1),
        opts.per_document,
    )
}

/// One candidate theme of a document with the features its ranking weighs. For the tools
/// that fit the ranker's weights (`tools/themes/`); not a stable API.
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct CandidateRow {
    /// Stem key.
    pub key: String,
    /// The label the theme would get.
    pub label: String,
    /// The endings of the label's first and last words, as the endings prior keys them.
    pub endings: [String; 2],
    /// Merges into a longer candidate, so never ranked.
    pub absorbed: bool,
    /// The ranking score.
    pub score: f64,
    /// Feature names and values.
    pub features: Vec<(&'static str, f64)>,
}

/// Every candidate theme of a document (language detected, built-in lexicons, default
/// options) with its features; for `tools/themes/`. Not a stable API.
#[doc(hidden)]
pub fn candidate_rows(doc: &Document) -> (Lang, Vec<CandidateRow>) {
    let lex = crate::lexicon::builtin();
    let seg = crate::segment::segment(doc, None);
    let entities = crate::entities::recognise(doc, &seg, lex);
    let found = candidates::collect(doc, &seg, &entities, lex, &ThemeOptions::default());
    let features = features::compute(&found, seg.lang, seg.sentences.len().max(1));
    let rows = found
        .candidates
        .iter()
        .zip(&features)
        .map(|(c, f)| CandidateRow {
            key: found.key(c),
            label: score::label(&found, c),
            endings: {
                let form = score::label_form(&found, c);
                let end = |f: Option<&u32>| {
                    f.map_or(String::new(), |&f| {
                        prior::ending_key(&found.forms[f as usize])
                    })
                };
                [end(form.first()), end(form.last())]
            },
            absorbed: f.absorbed,
            score: score::score(f),
            features: features::NAMES.iter().copied().zip(f.values).collect(),
        })
        .collect();
    (seg.lang, rows)
}

#[cfg(test)]
mod tests;
