//! Segmentation: sentences, tokens with byte spans, language, stemming and stop words.
//!
//! Sentences never cross blocks: a heading or a list item is its own unit, and paragraphs are
//! split by a rule-based splitter that knows titles, initials, abbreviations and decimals.

mod lang;
pub(crate) mod memo;
mod normalize;
mod sentences;
mod stem;

pub use lang::{detect as detect_language, Lang};
pub use normalize::{display, fold, fold_into};
pub(crate) use sentences::pictographs;
pub use sentences::split as split_sentences;
pub use stem::with_stem;

use crate::input::Document;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, apostrophes or hyphens inside).
    Word,
    /// Digits, possibly with separators.
    Number,
    /// Punctuation or a symbol.
    Punct,
}

/// A token: kind and byte span of the document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset past the last character.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

/// A sentence: its span, the block it is in, and its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset past the last character.
    pub end: usize,
    /// Index into [`Document::blocks`].
    pub block: usize,
    /// Indices into [`Segmented::tokens`].
    pub tokens: Range<usize>,
}

/// A segmented document.
#[derive(Debug, Clone)]
pub struct Segmented {
    /// The document's language.
    pub lang: Lang,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Tokens in order, white space left out.
    pub tokens: Vec<Token>,
}

impl Segmented {
    /// Word and number tokens.
    pub fn word_count(&self) -> usize {
        self.tokens
            .iter()
            .filter(|t| t.kind != TokenKind::Punct)
            .count()
    }

    /// The index of the sentence holding byte offset `pos` (the last one that starts before it).
    pub fn sentence_at(&self, pos: usize) -> usize {
        self.sentences
            .partition_point(|s| s.start <= pos)
            .saturating_sub(1)
    }
}

/// Segments a document; `lang` forces the language, otherwise it is detected.
pub fn segment(doc: &Document, lang: Option<Lang>) -> Segmented {
    let lang = lang.unwrap_or_else(|| detect_language(&doc.text));
    let mut sentences = Vec::new();
    let mut tokens = Vec::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        let text = &doc.text[block.start..block.end];
        let links = link_spans(text);
        for span in sentences::split(text) {
            let first = tokens.len();
            tokenize(&text[span.clone()], block.start + span.start, &mut tokens);
            // The words of a web address, an e-mail address or a handle name nothing and
            // are no theme ("https", "www.example.eu", "info@…", "@CityNetEU").
            for t in &mut tokens[first..] {
                let (a, b) = (t.start - block.start, t.end - block.start);
                if links.iter().any(|l| l.start <= a && b <= l.end) {
                    t.kind = TokenKind::Punct;
                }
            }
            sentences.push(Sentence {
                start: block.start + span.start,
                end: block.start + span.end,
                block: bi,
                tokens: first..tokens.len(),
            });
        }
    }
    Segmented {
        lang,
        sentences,
        tokens,
    }
}

/// Byte ranges of the web addresses, e-mail addresses and handles in `text`: the run of
/// non-space characters around "://", "www." or "@", without trailing punctuation. A mention
/// by name ("@Jonas Berg") is no handle: its words stay words.
fn link_spans(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    // Most blocks have none of these: memchr rules them out without a byte loop here.
    if memchr::memchr2(b'@', b'/', b).is_none() && memchr::memmem::find(b, b"www.").is_none() {
        return Vec::new();
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    let space = |c: u8| c.is_ascii_whitespace() || matches!(c, b'(' | b')' | b'<' | b'>' | b'"');
    let mut i = 0;
    while i < b.len() {
        let at = b[i] == b'@' && i + 1 < b.len() && b[i + 1].is_ascii_alphanumeric();
        let link = b[i..].starts_with(b"://") || b[i..].starts_with(b"www.") || at;
        if !link || out.last().is_some_and(|l| i < l.end) {
            i += 1;
            continue;
        }
        let mut a = i;
        while a > 0 && !space(b[a - 1]) {
            a -= 1;
        }
        let mut z = i;
        while z < b.len() && !space(b[z]) {
            z += 1;
        }
        while z > i + 1 && matches!(b[z - 1], b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'') {
            z -= 1;
        }
        // "@Jonas Berg from Copenhagenize": a post's mention of a person by name (a capitalised
        // word, then another) is the name, not a handle.
        let mention = at
            && a == i
            && b[i + 1].is_ascii_uppercase()
            && b[i + 1..z].iter().all(u8::is_ascii_alphabetic)
            && b.get(z) == Some(&b' ')
            && b.get(z + 1).is_some_and(u8::is_ascii_uppercase);
        if mention {
            i = z;
            continue;
        }
        out.push(a..z);
        i = z.max(i + 1);
    }
    out
}

/// Appends the tokens of `text` (which starts at byte `offset` of the document) to `out`:
/// the UAX #29 word-bound pieces that are not white space.
pub fn tokenize(text: &str, offset: usize, out: &mut Vec<Token>) {
    if text.is_ascii() {
        tokenize_ascii(text, offset, out);
        return;
    }
    // ASCII white space always bounds a piece on both sides, and what a piece is depends only
    // on its own characters and its neighbours: so the text goes run by run of non-white
    // space, ASCII runs through the byte loop, others through UAX #29 with the white space
    // character before them (a combining mark after white space joins it: WB4).
    let b = text.as_bytes();
    let is_space = |c: u8| c.is_ascii_whitespace() || c == 0x0b;
    let mut i = 0;
    while i < b.len() {
        if is_space(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !is_space(b[i]) {
            i += 1;
        }
        let run = &text[start..i];
        if run.is_ascii() {
            tokenize_ascii(run, offset + start, out);
        } else {
            let from = start.saturating_sub(1);
            tokenize_unicode(&text[from..i], offset + from, out);
        }
    }
}

/// [`tokenize`] by `unicode-segmentation`'s UAX #29 word bounds alone.
fn tokenize_unicode(text: &str, offset: usize, out: &mut Vec<Token>) {
    for (i, piece) in text.split_word_bound_indices() {
        if piece.chars().next().is_none_or(char::is_whitespace) {
            continue;
        }
        out.push(Token {
            start: offset + i,
            end: offset + i + piece.len(),
            kind: kind_of(piece),
        });
    }
}

/// The kind of a token, from its text.
fn kind_of(piece: &str) -> TokenKind {
    if piece.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if piece.chars().next().is_some_and(char::is_numeric) {
        TokenKind::Number
    } else {
        TokenKind::Punct
    }
}

/// [`tokenize`] for ASCII text: the same pieces as `unicode-segmentation`'s UAX #29 word
/// bounds (checked by a test against it), found with a byte loop, since most sentences of
/// most recaps are ASCII and the general segmenter costs several times more per byte. The
/// ASCII rules: white space is skipped; letters, digits and `_` run together (WB5, WB8-10,
/// WB13a-b); `:` `.` `'` join two letters (WB6-7) and `,` `;` `.` `'` two digits (WB11-12);
/// every other character is a piece of its own (WB999).
fn tokenize_ascii(text: &str, offset: usize, out: &mut Vec<Token>) {
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let joins = |prev: u8, mid: u8, next: u8| {
        (prev.is_ascii_alphabetic() && next.is_ascii_alphabetic() && b":.'".contains(&mid))
            || (prev.is_ascii_digit() && next.is_ascii_digit() && b",;.'".contains(&mid))
    };
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() || c == 0x0b {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        // A piece of one character that is no word character is punctuation; a word piece
        // is a word if it holds a letter (ASCII letters and digits are the only alphabetic
        // and numeric ASCII characters), as `kind_of` decides without decoding characters.
        let mut kind = TokenKind::Punct;
        if word(c) {
            while i < b.len() {
                if word(b[i]) {
                    i += 1;
                } else if i + 1 < b.len() && joins(b[i - 1], b[i], b[i + 1]) {
                    i += 2;
                } else {
                    break;
                }
            }
            kind = if b[start..i].iter().any(u8::is_ascii_alphabetic) {
                TokenKind::Word
            } else if c.is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Punct
            };
        }
        out.push(Token {
            start: offset + start,
            end: offset + i,
            kind,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{Block, BlockKind, TextFormat};

    /// The general path of [`tokenize`], for comparison.
    fn tokenize_unicode(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        for (i, piece) in text.split_word_bound_indices() {
            if piece.chars().next().is_some_and(|c| !c.is_whitespace()) {
                out.push(Token {
                    start: i,
                    end: i + piece.len(),
                    kind: kind_of(piece),
                });
            }
        }
        out
    }

    /// `n` short strings over `alphabet`, up to `max_len - 1` characters each, from a fixed
    /// linear congruential generator seeded with `seed`.
    fn generated(alphabet: &[char], seed: u64, n: usize, max_len: u64) -> Vec<String> {
        let step = |x: u64| {
            x.wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407)
        };
        let mut x = seed;
        (0..n)
            .map(|_| {
                let mut s = String::new();
                for _ in 0..(x % max_len) {
                    x = step(x);
                    s.push(alphabet[(x >> 33) as usize % alphabet.len()]);
                }
                x = step(x);
                s
            })
            .collect()
    }

    /// Mixed ASCII and non-ASCII text, run by run, gives the pieces of UAX #29 over the whole.
    #[test]
    fn run_by_run_tokenizing_matches_uax29() {
        let mut cases: Vec<String> = [
            "l’Agence à Paris, São Paulo’s 1,5 km. naïve \u{301}x \t\u{301}y \n\u{301}z",
            "a\u{200d}\u{1f600} \u{200d}\u{1f600} 🇫🇷🇩🇪 日本語 x.é é.x 1.٣ \u{a0}é\u{a0}",
            "\u{5d0}\"\u{5d1} it’s a’b a'é é'a \u{ad}soft\u{ad} x\u{feff} _é é_ Straße.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        cases.extend(generated(
            &"aZ09_.,:;'\" -\t\n\r\x0b\x0céÉ’\u{301}\u{a0}\u{200d}\u{1f600}\u{5d0}\u{ad}日٣ß\u{2028}".chars().collect::<Vec<_>>(),
            7,
            30_000,
            10,
        ));
        for text in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpora/dev"))
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        {
            cases.extend(text.lines().map(str::to_string));
            cases.push(text);
        }
        for text in &cases {
            let mut runs = Vec::new();
            tokenize(text, 0, &mut runs);
            assert_eq!(runs, tokenize_unicode(text), "{text:?}");
        }
    }

    #[test]
    fn links_emails_and_handles_are_no_words() {
        let text = "See https://www.x.eu/news/Day-2, mail info@icc.eu or follow @CityNet. Q&A @ 3pm, and/or café.";
        let spans: Vec<&str> = link_spans(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            spans,
            ["https://www.x.eu/news/Day-2", "info@icc.eu", "@CityNet"]
        );
        let d = doc(
            text,
            vec![Block {
                kind: BlockKind::Paragraph,
                start: 0,
                end: text.len(),
            }],
        );
        let s = segment(&d, Some(Lang::En));
        let words: Vec<&str> = s
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(
            words,
            ["See", "mail", "or", "follow", "Q", "A", "3pm", "and", "or", "café"]
        );
        // A mention by name is the name; a handle stays a handle.
        let text = "Thanks @Jonas Berg and @UrbanLab, @jberg or @Oslo Kommune2.";
        let spans: Vec<&str> = link_spans(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(spans, ["@UrbanLab", "@jberg"]);
    }

    #[test]
    fn ascii_fast_path_matches_uax29() {
        let mut cases: Vec<String> = [
            "U.S. e.g. a.b.c 1,000.50 10:30 Note:This can't 'quoted' rock'n'roll",
            "a_1 __ _a 1_000 a.1 1.a x..y 3;4 a;b a,b 1, 2 -5 \"q\" \t\r\n\x0b\x0c end.",
            "http://x.org/a?b=c&d#e (see p. 4) 50% $3.5m #tag @user 2020-09-28 '90s 'tis",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every short string over characters that matter to the rules, from a fixed generator.
        let alphabet: Vec<char> = b"aZ09_.,:;'\" -!\t\n\r\x0b\x0c\x1f"
            .iter()
            .map(|&b| b as char)
            .collect();
        cases.extend(generated(&alphabet, 6, 20_000, 9));
        for text in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpora/dev"))
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        {
            cases.extend(text.lines().filter(|l| l.is_ascii()).map(str::to_string));
        }
        for text in &cases {
            let mut fast = Vec::new();
            tokenize_ascii(text, 0, &mut fast);
            assert_eq!(fast, tokenize_unicode(text), "{text:?}");
        }
    }

    fn doc(text: &str, blocks: Vec<Block>) -> Document {
        Document {
            id: "t".into(),
            path: "t".into(),
            format: TextFormat::Text,
            text: text.into(),
            blocks,
            warnings: vec![],
            published: None,
            declared_title: None,
        }
    }

    #[test]
    fn sentences_stay_inside_blocks_and_tokens_have_spans() {
        let text = "Key takeaways\n\nDr. Jane Roe spoke. Cities grew 2.5% in the U.S. last year.";
        let d = doc(
            text,
            vec![
                Block {
                    kind: BlockKind::Heading { level: 1 },
                    start: 0,
                    end: 13,
                },
                Block {
                    kind: BlockKind::Paragraph,
                    start: 15,
                    end: text.len(),
                },
            ],
        );
        let s = segment(&d, Some(Lang::En));
        let texts: Vec<&str> = s.sentences.iter().map(|x| &text[x.start..x.end]).collect();
        assert_eq!(
            texts,
            [
                "Key takeaways",
                "Dr. Jane Roe spoke.",
                "Cities grew 2.5% in the U.S. last year."
            ]
        );
        assert_eq!(s.sentences[2].block, 1);
        for t in &s.tokens {
            assert!(!text[t.start..t.end].trim().is_empty());
        }
        let words: Vec<&str> = s.tokens[s.sentences[2].tokens.clone()]
            .iter()
            .filter(|t| t.kind != TokenKind::Punct)
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(
            words,
            ["Cities", "grew", "2.5", "in", "the", "U.S", "last", "year"]
        );
        assert_eq!(s.sentence_at(text.find("grew").unwrap()), 2);
    }
}
