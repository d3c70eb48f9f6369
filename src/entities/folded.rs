//! Every token of a document folded once, into one buffer: the recognisers look words up in
//! the cue lists many times per token, and folding (or cloning) a word per lookup was most of
//! their cost.

use super::spans::{strip_elision, strip_possessive};
use crate::segment::{fold_into, Token};

/// The folded form of each token (elided articles dropped: "l’Agence" → "agence"), stored in
/// one string (the text lower-cased, then the folds of tokens that are not ASCII) so that
/// building it allocates once per document, not once per token.
#[derive(Debug, Default)]
pub struct FoldedTokens {
    buf: String,
    /// What is known of each token, in one entry so that each accessor (called several times
    /// per token) is one look-up with one bounds check.
    entries: Vec<Entry>,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    /// Where the folded token starts and ends in `buf`.
    start: usize,
    end: usize,
    /// Where the token starts in the text once an elided article is dropped, and where it
    /// ends.
    surface_start: usize,
    surface_end: usize,
    /// Whether the token ends in a possessive ’s.
    possessive: bool,
}

impl FoldedTokens {
    /// Folds every token of `text`.
    pub fn new(text: &str, toks: &[Token]) -> Self {
        // The whole text lower-cased at once: an ASCII token folds to its bytes lower-cased,
        // so its folded form is the same range of this copy. Only tokens with other
        // characters are folded one by one, onto the end.
        let mut buf = text.to_ascii_lowercase();
        let mut entries = Vec::with_capacity(toks.len());
        for t in toks {
            let w = strip_elision(&text[t.start..t.end]);
            let surface_start = t.end - w.len();
            let (start, end) = if w.is_ascii() {
                (surface_start, t.end)
            } else {
                let start = buf.len();
                fold_into(w, &mut buf);
                (start, buf.len())
            };
            entries.push(Entry {
                start,
                end,
                surface_start,
                surface_end: t.end,
                possessive: strip_possessive(w).1,
            });
        }
        Self { buf, entries }
    }

    /// The folded token `i`.
    #[inline]
    pub fn get(&self, i: usize) -> &str {
        let e = &self.entries[i];
        &self.buf[e.start..e.end]
    }

    /// Token `i` of `text` (the text these tokens were folded from) without an elided article
    /// ("l’Agence" → "Agence").
    #[inline]
    pub fn surface<'t>(&self, text: &'t str, i: usize) -> &'t str {
        let e = &self.entries[i];
        &text[e.surface_start..e.surface_end]
    }

    /// Where token `i` starts in the text without an elided article ("l’Agence" → "Agence").
    #[inline]
    pub fn surface_start(&self, i: usize) -> usize {
        self.entries[i].surface_start
    }

    /// Whether token `i` ends in a possessive ’s ("SDI's").
    #[inline]
    pub fn possessive(&self, i: usize) -> bool {
        self.entries[i].possessive
    }

    /// The folded token `i` without a possessive ending ("aarhus's" → "aarhus"), as
    /// `fold(strip_possessive(token))` gives it.
    #[inline]
    pub fn stem(&self, i: usize) -> &str {
        let e = &self.entries[i];
        // Folding is per character, so the folded stem is the folded word less its "'s".
        let end = if e.possessive { e.end - 2 } else { e.end };
        &self.buf[e.start..end]
    }
}

/// A reusable buffer for multi-word phrases of folded tokens, so that testing an n-gram against
/// a cue list does not allocate.
#[derive(Debug, Default)]
pub struct Phrase {
    buf: String,
}

impl Phrase {
    /// The words `words` joined by single spaces.
    pub fn join<'a>(&mut self, words: impl IntoIterator<Item = &'a str>) -> &str {
        self.clear();
        for (n, w) in words.into_iter().enumerate() {
            if n > 0 {
                self.buf.push(' ');
            }
            self.buf.push_str(w);
        }
        &self.buf
    }

    /// The buffer, emptied, to build a phrase in.
    pub fn clear(&mut self) -> &mut String {
        self.buf.clear();
        // Room for most phrases at the first use: growing from nothing took several steps
        // for each buffer (one per cue test of a span).
        self.buf.reserve(Self::ROOM);
        &mut self.buf
    }

    const ROOM: usize = 64;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{fold, tokenize};

    #[test]
    fn each_token_folds_as_alone() {
        let text = "L’Agence de Medellín, l'Office du PARC's, the Commission’s DG GROW and Aarhus’S Straße.";
        let mut toks = Vec::new();
        tokenize(text, 0, &mut toks);
        let folded = FoldedTokens::new(text, &toks);
        for (i, t) in toks.iter().enumerate() {
            let w = strip_elision(&text[t.start..t.end]);
            assert_eq!(folded.get(i), fold(w));
            assert_eq!(folded.stem(i), fold(strip_possessive(w).0));
            assert_eq!(folded.surface(text, i), w);
        }
        let mut p = Phrase::default();
        assert_eq!(p.join(["deputy", "mayor"]), "deputy mayor");
    }
}
