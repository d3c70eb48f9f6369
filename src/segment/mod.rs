//! Segmentation: sentences, tokens with byte spans, language, stemming and stop words.
//!
//! Sentences never cross blocks: a heading or a list item is its own unit, and paragraphs are
//! split by a rule-based splitter that knows titles, initials, abbreviations and decimals.

mod lang;
mod normalize;
mod sentences;

pub use lang::{detect as detect_language, Lang};
pub use normalize::{fold, fold_into};
pub use sentences::split as split_sentences;

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
        for span in sentences::split(text) {
            let first = tokens.len();
            tokenize(&text[span.clone()], block.start + span.start, &mut tokens);
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

/// Appends the tokens of `text` (which starts at byte `offset` of the document) to `out`.
pub fn tokenize(text: &str, offset: usize, out: &mut Vec<Token>) {
    for (i, piece) in text.split_word_bound_indices() {
        let Some(first) = piece.chars().next() else {
            continue;
        };
        if first.is_whitespace() {
            continue;
        }
        let kind = if piece.chars().any(char::is_alphabetic) {
            TokenKind::Word
        } else if first.is_numeric() {
            TokenKind::Number
        } else {
            TokenKind::Punct
        };
        out.push(Token {
            start: offset + i,
            end: offset + i + piece.len(),
            kind,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{Block, BlockKind, TextFormat};

    fn doc(text: &str, blocks: Vec<Block>) -> Document {
        Document {
            id: "t".into(),
            path: "t".into(),
            format: TextFormat::Text,
            text: text.into(),
            blocks,
            warnings: vec![],
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
