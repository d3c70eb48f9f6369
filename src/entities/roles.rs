//! Role grammar: (modifier)* head, with "head of X" style complements, matched on folded
//! tokens against the project's cue lists, in any case ("policy assistant", "Smart City Project
//! Director", "deputy mayor").

use crate::lexicon::{Cue, Lexicons};
use crate::segment::{fold, Token, TokenKind};

/// A role phrase: token range and byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleSpan {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
}

/// Acronyms that are job titles.
const ACRONYM_TITLES: &[&str] = &[
    "ceo", "cto", "cfo", "coo", "cio", "cmo", "cso", "mep", "vp", "evp", "svp", "md", "pdg",
];

/// Function words after which a head still ends the role ("assistant at", "mayor of").
fn lang_stop(w: &str) -> bool {
    crate::segment::Lang::ALL.iter().any(|l| l.is_stop_word(w))
}

/// How many words a head or modifier phrase may have ("chief executive officer").
const MAX_PHRASE: usize = 3;

/// Finds role phrases among `toks[range]`.
pub fn find(
    text: &str,
    toks: &[Token],
    range: std::ops::Range<usize>,
    lex: &Lexicons,
) -> Vec<RoleSpan> {
    let word = |i: usize| -> Option<String> {
        let t = toks.get(i)?;
        (t.kind == TokenKind::Word && i < range.end && i >= range.start)
            .then(|| fold(&text[t.start..t.end]))
    };
    // Phrase of tokens a..=b as folded words, with glued hyphens kept ("secretary-general").
    let phrase = |a: usize, b: usize| -> Option<String> {
        let mut s = String::new();
        for i in a..=b {
            let t = toks.get(i)?;
            if i >= range.end || i < range.start {
                return None;
            }
            let w = &text[t.start..t.end];
            if t.kind == TokenKind::Punct && w != "-" {
                return None;
            }
            if i > a && toks[i - 1].end != t.start {
                s.push(' ');
            }
            s.push_str(&fold(w));
        }
        Some(s)
    };
    let mut out: Vec<RoleSpan> = Vec::new();
    let mut i = range.start;
    while i < range.end {
        // Longest head ending at or after i, starting at i.
        let mut head_end = None;
        for len in (1..=MAX_PHRASE + 2).rev() {
            let b = i + len - 1;
            if b >= range.end {
                continue;
            }
            if let Some(p) = phrase(i, b) {
                if lex.is_cue(Cue::RoleHead, &p) && !lex.is_cue(Cue::GenericGroup, &p) {
                    head_end = Some(b);
                    break;
                }
            }
        }
        let Some(mut b) = head_end else {
            i += 1;
            continue;
        };
        // Acronyms are heads only when they are titles ("CEO"), not names ("DG GROW").
        let head_text = &text[toks[i].start..toks[b].end];
        if crate::entities::spans::is_acronym(head_text)
            && !ACRONYM_TITLES.contains(&fold(head_text).as_str())
        {
            i = b + 1;
            continue;
        }
        // A head followed by a noun is a modifier: "mentor cities", "expert group".
        if let Some(t) = toks.get(b + 1).filter(|_| b + 1 < range.end) {
            let next = &text[t.start..t.end];
            let f = fold(next);
            let noun_like = t.kind == TokenKind::Word
                && !crate::entities::spans::is_capitalised(next)
                && !lang_stop(&f)
                && !lex.is_cue(Cue::SpeechVerb, &f)
                && !lex.is_cue(Cue::PresentationVerb, &f)
                && !f.ends_with("ed")
                && !f.ends_with("ly");
            if noun_like {
                i = b + 1;
                continue;
            }
        }
        // Further heads or complements: "director general", "head of unit".
        let head_word = word(b).unwrap_or_default();
        if matches!(
            head_word.as_str(),
            "head" | "chief" | "director" | "directora" | "directeur" | "directrice"
        ) && word(b + 1).as_deref() == Some("of")
        {
            if let Some(w) = word(b + 2) {
                let t = &toks[b + 2];
                let lower = !crate::entities::spans::is_capitalised(&text[t.start..t.end]);
                if lower || lex.is_cue(Cue::RoleModifier, &w) {
                    b += 2;
                }
            }
        }
        // Modifiers to the left.
        let mut a = i;
        loop {
            let mut extended = false;
            for len in (1..=MAX_PHRASE).rev() {
                if a < range.start + len {
                    continue;
                }
                let s = a - len;
                if let Some(p) = phrase(s, a - 1) {
                    if lex.is_cue(Cue::RoleModifier, &p) || lex.is_cue(Cue::RoleHead, &p) {
                        a = s;
                        extended = true;
                        break;
                    }
                }
            }
            if !extended {
                break;
            }
        }
        // Drop a leading modifier that overlaps a previous role.
        if let Some(prev) = out.last() {
            if prev.last > a {
                a = prev.last;
            }
        }
        out.push(RoleSpan {
            first: a,
            last: b + 1,
            start: toks[a].start,
            end: toks[b].end,
        });
        i = b + 1;
    }
    out
}
