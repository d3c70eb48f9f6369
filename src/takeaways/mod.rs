//! Takeaways: bullet items under takeaway headings or lead-ins, stated conclusions, quotes with
//! their speaker, and ranked summary sentences when a recap states none.
//!
//! Each rule lives in its own module: [`bullets`] (lists under takeaway headings and lead-ins,
//! long items cut to their label and first sentence), [`statements`] (sentences framed as a
//! conclusion of the event), [`quotes`] (speech in quotation marks and who said it, over the
//! word lists of `speech`) and [`summary`] (a TextRank-like centrality ranking used only when
//! the recap states no takeaways).

mod bullets;
mod quotes;
mod speech;
mod statements;
mod summary;

use crate::entities::Entity;
use crate::input::Document;
use crate::lexicon::{Cue, Lexicons};
use crate::segment::{fold, Segmented};
use crate::themes::Theme;
use rustc_hash::FxHashSet;

/// The kind of a takeaway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TakeawayKind {
    /// An item of a takeaway list.
    Bullet,
    /// A sentence framed as a conclusion.
    Statement,
    /// Speech in quotation marks.
    Quote,
    /// A sentence chosen by ranking when the recap states no takeaways.
    Summary,
}

impl TakeawayKind {
    /// The name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bullet => "bullet",
            Self::Statement => "statement",
            Self::Quote => "quote",
            Self::Summary => "summary",
        }
    }
}

/// A takeaway of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Takeaway {
    /// The text.
    pub text: String,
    /// How it was found.
    pub kind: TakeawayKind,
    /// For quotes: the speaker's canonical name.
    pub speaker: Option<String>,
    /// Index of the sentence it starts in.
    pub sentence: usize,
    /// 0 to 1.
    pub score: f64,
}

/// Settings for takeaway extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TakeawayOptions {
    /// Most `summary` sentences for a recap that states no takeaways (0 turns summaries off).
    pub summary_sentences: usize,
}

impl Default for TakeawayOptions {
    fn default() -> Self {
        Self {
            summary_sentences: 3,
        }
    }
}

/// Score of a bullet item.
const BULLET_SCORE: f64 = 1.0;
/// Score of a stated conclusion.
const STATEMENT_SCORE: f64 = 0.8;
/// Score of a quote.
const QUOTE_SCORE: f64 = 1.0;
/// Highest score of a summary sentence: always below any stated takeaway.
const SUMMARY_MAX_SCORE: f64 = 0.5;

/// Finds the takeaways of a document: list items under a takeaway heading or lead-in,
/// sentences framed as conclusions, quotes with their speakers and, when the recap states no
/// takeaways, up to `opts.summary_sentences` central sentences. Results are in document order.
pub fn extract(
    doc: &Document,
    seg: &Segmented,
    entities: &[Entity],
    themes: &[Theme],
    lex: &Lexicons,
    opts: &TakeawayOptions,
) -> Vec<Takeaway> {
    let mut out = Vec::new();
    bullets::extract(doc, seg, entities, lex, &mut out);
    // Quotes first: a statement's sentence may hold scare quotes, but not a quote.
    let mut quotes = Vec::new();
    quotes::extract(doc, seg, entities, lex, &mut quotes);
    let quoted: Vec<usize> = quotes.iter().map(|q| q.sentence).collect();
    statements::extract(doc, seg, entities, lex, &quoted, &mut out);
    if out.is_empty() && opts.summary_sentences > 0 {
        summary::extract(doc, seg, themes, opts.summary_sentences, &mut out);
    }
    out.append(&mut quotes);
    out.sort_by(|a, b| {
        a.sentence
            .cmp(&b.sentence)
            .then(a.kind.cmp(&b.kind))
            .then_with(|| a.text.cmp(&b.text))
    });
    // The same text twice (a bullet repeated in a closing summary) is one takeaway.
    let mut seen = std::collections::BTreeSet::new();
    out.retain(|t| seen.insert((t.kind, t.text.clone())));
    out
}

/// Folded words of a text: letters and digits, with inner apostrophes and hyphens kept.
fn folded_words(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut out = Vec::new();
    split_folded(&folded, |w| out.push(w.to_string()));
    out
}

/// Calls `each` with the words of already folded text, as [`folded_words`] splits them,
/// borrowing from `folded` instead of allocating a `String` per word.
fn split_folded<'a>(folded: &'a str, mut each: impl FnMut(&'a str)) {
    if folded.is_ascii() {
        // The same split over bytes (an ASCII character is alphanumeric when its byte is):
        // this runs on every sentence of every document.
        let keep = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'\'';
        let bytes = folded.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !keep(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && keep(bytes[i]) {
                i += 1;
            }
            let w = folded[start..i].trim_matches(|c| c == '-' || c == '\'');
            if !w.is_empty() {
                each(w);
            }
        }
        return;
    }
    folded
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .map(|w| w.trim_matches(|c| c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .for_each(each);
}

/// Longest cue phrase, in words, that the takeaway rules look up.
const MAX_CUE_WORDS: usize = 6;

/// Whether the word window starting at `i` begins a cue of `kind`; returns its length in words.
fn cue_at<S: AsRef<str>>(words: &[S], i: usize, kind: Cue, lex: &Lexicons) -> Option<usize> {
    cue_window(words, i, kind, lex, |w| lex.is_cue(kind, w))
}

/// [`cue_at`] in the words of one language only: "note" is a French verb of saying but an
/// English noun ("a line I wrote on a sticky note:").
fn cue_at_in<S: AsRef<str>>(
    words: &[S],
    i: usize,
    kind: Cue,
    lex: &Lexicons,
    lang: crate::segment::Lang,
) -> Option<usize> {
    cue_window(words, i, kind, lex, |w| lex.is_cue_in(kind, w, lang))
}

/// The longest word window at `i` that `is_cue` accepts, in words.
fn cue_window<S: AsRef<str>>(
    words: &[S],
    i: usize,
    kind: Cue,
    lex: &Lexicons,
    is_cue: impl Fn(&str) -> bool,
) -> Option<usize> {
    // Every window starts with words[i] (which holds no space), so does any cue it is.
    if words
        .get(i)
        .map(AsRef::as_ref)
        .is_some_and(|w| !w.contains(' ') && !lex.may_start_cue(kind, w))
    {
        return None;
    }
    let (buf, ends) = windows_at(words, i);
    (1..=ends.len())
        .rev()
        .find(|&n| is_cue(&buf[..ends[n - 1]]))
}

/// The longest word window at `i` (up to [`MAX_CUE_WORDS`]) joined by spaces, and where each
/// shorter window ends in it: one string per position instead of one per window.
fn windows_at<S: AsRef<str>>(words: &[S], i: usize) -> (String, Vec<usize>) {
    let mut buf = String::new();
    let mut ends = Vec::with_capacity(MAX_CUE_WORDS);
    for w in &words[i..(i + MAX_CUE_WORDS).min(words.len())] {
        if !ends.is_empty() {
            buf.push(' ');
        }
        buf.push_str(w.as_ref());
        ends.push(buf.len());
    }
    (buf, ends)
}

/// Whether any word window of `words` is a cue of `kind`.
fn has_cue(words: &[String], kind: Cue, lex: &Lexicons) -> bool {
    (0..words.len()).any(|i| cue_at(words, i, kind, lex).is_some())
}

/// Folded phrases of space-separated words, and the first word of each: a word window that
/// opens with another word is none of them, so it is neither joined nor looked up.
struct PhraseSet {
    phrases: FxHashSet<&'static str>,
    firsts: FxHashSet<&'static str>,
}

impl PhraseSet {
    fn new(phrases: &[&'static str]) -> Self {
        Self {
            phrases: phrases.iter().copied().collect(),
            firsts: phrases
                .iter()
                .map(|p| p.split(' ').next().unwrap_or(p))
                .collect(),
        }
    }
}

/// Whether any word window of `words` (words hold no space) is one of `phrases`.
fn has_phrase(words: &[String], phrases: &PhraseSet) -> bool {
    (0..words.len()).any(|i| {
        phrases.firsts.contains(words[i].as_str()) && {
            let (buf, ends) = windows_at(words, i);
            ends.iter().any(|&e| phrases.phrases.contains(&buf[..e]))
        }
    })
}

// White space collapsed to single spaces: the input stage's helper, which titles use too.
use crate::input::squash;

#[cfg(test)]
mod test_util {
    //! Builds documents for the rule tests.

    use crate::entities::{Entity, EntityKind, Mention};
    use crate::input::{Document, TextFormat};
    use crate::segment::{segment, Lang, Segmented};

    /// A Markdown document and its segmentation.
    pub fn doc(md: &str, lang: Lang) -> (Document, Segmented) {
        let d = Document::from_text("t".into(), "t.md".into(), TextFormat::Markdown, md);
        let s = segment(&d, Some(lang));
        (d, s)
    }

    /// A plain-text document and its segmentation.
    pub fn text_doc(text: &str, lang: Lang) -> (Document, Segmented) {
        let d = Document::from_text("t".into(), "t.txt".into(), TextFormat::Text, text);
        let s = segment(&d, Some(lang));
        (d, s)
    }

    /// Person entities for full names, each mentioned wherever its name occurs.
    pub fn people(d: &Document, seg: &Segmented, names: &[&str]) -> Vec<Entity> {
        names.iter().map(|n| person(d, seg, n, &[n])).collect()
    }

    /// A person entity with a mention at every occurrence of each surface form.
    pub fn person(d: &Document, seg: &Segmented, name: &str, forms: &[&str]) -> Entity {
        let mut e = Entity::new(EntityKind::Person, name);
        for form in forms {
            for (start, _) in d.text.match_indices(form) {
                let end = start + form.len();
                if e.mentions.iter().any(|m| m.start < end && start < m.end) {
                    continue;
                }
                e.mentions.push(Mention {
                    start,
                    end,
                    sentence: seg.sentence_at(start),
                });
            }
        }
        e.mentions.sort();
        e
    }
}

#[cfg(test)]
mod folded_words_tests {
    use super::folded_words;
    use crate::segment::fold;

    /// The byte path for ASCII text splits as the character path does.
    #[test]
    fn ascii_split_matches_the_char_split() {
        let mut cases: Vec<String> = vec![
            "--a-b-- 'x' it's a'-'b 3.5% U.S. co-founder -'- ''".into(),
            String::new(),
        ];
        for text in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpora/dev"))
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        {
            cases.extend(text.lines().map(str::to_string));
        }
        for text in &cases {
            let by_chars: Vec<String> = fold(text)
                .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                .map(|w| w.trim_matches(|c| c == '-' || c == '\''))
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            assert_eq!(folded_words(text), by_chars, "{text:?}");
        }
    }
}
