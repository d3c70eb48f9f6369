//! Takeaways: bullet items under takeaway headings, stated conclusions, quotes with their
//! speaker, and ranked summary sentences when a recap states none.

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

use crate::entities::{Entity, EntityKind};
use crate::input::{BlockKind, Document};
use crate::lexicon::{Cue, Lexicons};
use crate::segment::{fold, Segmented};

/// Fewest words a quotation needs to count as a quote rather than a scare quote or a title.
const MIN_QUOTE_WORDS: usize = 5;
/// How far (bytes) from a quote its speaker may be named.
const SPEAKER_WINDOW: usize = 120;

/// Finds the takeaways of a document: list items under a takeaway heading or lead-in,
/// sentences framed as conclusions, and quotes with their speakers.
pub fn extract(
    doc: &Document,
    seg: &Segmented,
    entities: &[Entity],
    lex: &Lexicons,
) -> Vec<Takeaway> {
    let mut out = Vec::new();
    bullets(doc, seg, lex, &mut out);
    statements(doc, seg, lex, &mut out);
    quotes(doc, seg, entities, lex, &mut out);
    out.sort_by(|a, b| {
        a.sentence
            .cmp(&b.sentence)
            .then(a.kind.cmp(&b.kind))
            .then_with(|| a.text.cmp(&b.text))
    });
    out.dedup_by(|a, b| a.text == b.text && a.kind == b.kind);
    out
}

/// Whether a heading or lead-in introduces takeaways: it contains a takeaway cue phrase.
fn introduces_takeaways(text: &str, lex: &Lexicons) -> bool {
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    for n in (1..=4).rev() {
        for w in words.windows(n) {
            if lex.is_cue(Cue::TakeawayHeading, &w.join(" ")) {
                return true;
            }
        }
    }
    false
}

fn bullets(doc: &Document, seg: &Segmented, lex: &Lexicons, out: &mut Vec<Takeaway>) {
    let mut under_takeaways = false;
    let mut heading_level = 0u8;
    for (bi, block) in doc.blocks.iter().enumerate() {
        let text = doc.block_text(block);
        match block.kind {
            BlockKind::Heading { level } => {
                if under_takeaways && level > heading_level {
                    continue; // a sub-heading inside the takeaways section
                }
                under_takeaways = introduces_takeaways(text, lex);
                heading_level = level;
            }
            BlockKind::Paragraph | BlockKind::Quote => {
                // A lead-in ("The main takeaways were:") opens a list; other prose closes it
                // unless it sits under a takeaway heading.
                let lead_in = text.trim_end().ends_with(':');
                if lead_in {
                    under_takeaways = introduces_takeaways(text, lex);
                    heading_level = u8::MAX;
                } else if heading_level == u8::MAX {
                    under_takeaways = false;
                }
            }
            BlockKind::ListItem { .. } => {
                if !under_takeaways {
                    continue;
                }
                let sentence = seg
                    .sentences
                    .iter()
                    .position(|s| s.block == bi)
                    .unwrap_or(0);
                out.push(Takeaway {
                    text: label_or_first_sentence(text),
                    kind: TakeawayKind::Bullet,
                    speaker: None,
                    sentence,
                    score: 1.0,
                });
            }
        }
    }
}

/// A long bullet is cut to its first sentence ("Label: explanation" keeps the whole first
/// sentence, as analysts quote it).
fn label_or_first_sentence(text: &str) -> String {
    let first = crate::segment::split_sentences(text)
        .first()
        .map(|r| &text[r.clone()])
        .unwrap_or(text);
    first.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn statements(doc: &Document, seg: &Segmented, lex: &Lexicons, out: &mut Vec<Takeaway>) {
    for (si, s) in seg.sentences.iter().enumerate() {
        if !matches!(doc.blocks[s.block].kind, BlockKind::Paragraph) {
            continue;
        }
        let text = &doc.text[s.start..s.end];
        if text.starts_with(['“', '"', '«', '„']) {
            continue;
        }
        let folded = fold(text);
        let words: Vec<&str> = folded
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .take(8)
            .collect();
        let cued = (0..words.len()).any(|i| {
            (1..=4).any(|n| {
                i + n <= words.len()
                    && i <= 3
                    && lex.is_cue(Cue::StatementCue, &words[i..i + n].join(" "))
            })
        });
        if cued {
            out.push(Takeaway {
                text: text.split_whitespace().collect::<Vec<_>>().join(" "),
                kind: TakeawayKind::Statement,
                speaker: None,
                sentence: si,
                score: 0.8,
            });
        }
    }
}

/// Quotation marks recap recognises, as (open, close) pairs.
const QUOTE_PAIRS: &[(char, char)] = &[
    ('“', '”'),
    ('"', '"'),
    ('«', '»'),
    ('„', '“'),
    ('„', '”'),
    ('‘', '’'),
    ('»', '«'),
    ('‹', '›'),
];

fn quotes(
    doc: &Document,
    seg: &Segmented,
    entities: &[Entity],
    lex: &Lexicons,
    out: &mut Vec<Takeaway>,
) {
    let people: Vec<(usize, usize, &str)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(move |m| (m.start, m.end, e.name.as_str()))
        })
        .collect();
    for block in &doc.blocks {
        if matches!(block.kind, BlockKind::Heading { .. }) {
            continue;
        }
        let text = doc.block_text(block);
        let mut spans: Vec<(usize, usize)> = Vec::new(); // byte spans of the inside, block-relative
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            let Some(&(_, close)) = QUOTE_PAIRS.iter().find(|(o, _)| *o == c) else {
                i += 1;
                continue;
            };
            // An apostrophe inside a word is not an opening quote.
            if c == '‘' && i > 0 && chars[i - 1].1.is_alphanumeric() {
                i += 1;
                continue;
            }
            let inner_start = pos + c.len_utf8();
            let mut j = i + 1;
            while j < chars.len() {
                let (_, d) = chars[j];
                let is_close = d == close
                    && !(close == '’' && j + 1 < chars.len() && chars[j + 1].1.is_alphanumeric());
                if is_close {
                    break;
                }
                j += 1;
            }
            if j >= chars.len() {
                i += 1;
                continue;
            }
            spans.push((inner_start, chars[j].0));
            i = j + 1;
        }
        for (s, e) in spans {
            let inner = text[s..e].trim().trim_end_matches([',', ';']).trim();
            if inner.split_whitespace().count() < MIN_QUOTE_WORDS {
                continue;
            }
            let abs_s = block.start + s;
            let abs_e = block.start + e;
            let speaker = find_speaker(doc, abs_s, abs_e, block.start, block.end, &people, lex);
            out.push(Takeaway {
                text: inner.split_whitespace().collect::<Vec<_>>().join(" "),
                kind: TakeawayKind::Quote,
                speaker: speaker.map(str::to_string),
                sentence: seg.sentence_at(abs_s),
                score: 1.0,
            });
        }
    }
}

/// The person named closest after the quote (", John Higgins concluded") or, failing that,
/// before it ("As Dr Roe put it: “…”"), within the block.
fn find_speaker<'a>(
    doc: &Document,
    qs: usize,
    qe: usize,
    bs: usize,
    be: usize,
    people: &[(usize, usize, &'a str)],
    lex: &Lexicons,
) -> Option<&'a str> {
    let _ = lex;
    let after = people
        .iter()
        .filter(|(s, _, _)| *s > qe && *s <= qe + SPEAKER_WINDOW && *s < be)
        .filter(|(s, _, _)| !doc.text[qe..*s].contains(['“', '«', '„']))
        .min_by_key(|(s, _, _)| *s);
    let before = people
        .iter()
        .filter(|(_, e, _)| *e < qs && *e + SPEAKER_WINDOW >= qs && *e >= bs)
        .max_by_key(|(_, e, _)| *e);
    // Prefer the one whose gap holds no sentence end.
    let gap_ok = |a: usize, b: usize| {
        let gap = &doc.text[a..b];
        !gap.contains(". ") || gap.trim().len() < 3
    };
    match (after, before) {
        (Some(a), _) if gap_ok(qe, a.0) => Some(a.2),
        (_, Some(b)) if gap_ok(b.1, qs) => Some(b.2),
        (Some(a), _) => Some(a.2),
        (None, Some(b)) => Some(b.2),
        _ => None,
    }
}
