//! Folding for matching: case, diacritics and a few letters that NFKD does not decompose.

use std::borrow::Cow;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Folds text for lexicon matching: NFKD with combining marks dropped, lower case, and
/// ß→ss, ø→o, ł→l, æ→ae, œ→oe, đ→d, ı→i; typographic apostrophes become `'`.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        // Fast path: most recap text is ASCII, where folding is lower-casing.
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folding of `s` (see [`fold`]) to `out`, so that callers folding many words can
/// reuse one buffer instead of allocating per word.
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        // One copy and an in-place pass, rather than a push (capacity check, UTF-8
        // encoding) per character: fold_into runs on every token of every document.
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        if c.is_ascii() && c != '`' {
            out.push(c.to_ascii_lowercase());
        } else {
            // Decomposing character by character gives the characters of NFKD over the whole
            // string, but for the canonical reordering of combining marks, which are dropped.
            decompose_compatible(c, |d| push_folded(d, out));
        }
    }
}

fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() && c != '`' {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_combining_mark(c) {
        return;
    }
    match c {
        // Invisible: a soft hyphen or a zero-width character inside a word ("Pee\u{AD}ters").
        '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
        'ß' | 'ẞ' => out.push_str("ss"),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'đ' | 'Đ' => out.push('d'),
        'ı' => out.push('i'),
        '’' | '‘' | 'ʼ' | '`' | '´' => out.push('\''),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Whether a character is invisible in running text: a soft hyphen or a zero-width one.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Text as a name is shown: each run of white space (no-break and thin spaces, line breaks)
/// one space, soft hyphens and zero-width characters dropped; borrowed when already so.
/// Names copied from web pages carry such characters, and "Natalia\u{A0}Gkiaouri" must be
/// the same entity as "Natalia Gkiaouri".
pub fn display(s: &str) -> Cow<'_, str> {
    let clean = s
        .bytes()
        .all(|b| b.is_ascii() && (b == b' ' || !b.is_ascii_whitespace()))
        && !s.contains("  ");
    if clean {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|&c| !invisible(c)));
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{display, fold, Cow};

    #[test]
    fn display_collapses_white_space_and_drops_invisible_characters() {
        assert_eq!(display("Natalia\u{A0}Gkiaouri"), "Natalia Gkiaouri");
        assert_eq!(display("Jan Pee\u{AD}ters"), "Jan Peeters");
        assert_eq!(display("Port of\u{200B}  Antwerp"), "Port of Antwerp");
        assert!(matches!(display("DG GROW"), Cow::Borrowed(_)));
        assert_eq!(fold("Pee\u{AD}ters"), "peeters");
    }

    #[test]
    fn folds_case_marks_and_special_letters() {
        assert_eq!(fold("Medellín"), "medellin");
        assert_eq!(fold("München"), "munchen");
        assert_eq!(fold("Kraków"), "krakow");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Commission’s"), "commission's");
        assert_eq!(fold("São Paulo"), "sao paulo");
        assert_eq!(fold("AARHUS"), "aarhus");
    }

    /// The definition: NFKD over the whole string, then the same per-character rules (and
    /// lower-casing alone for ASCII strings).
    fn reference(s: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        if s.is_ascii() {
            return s.to_ascii_lowercase();
        }
        // Whole-string NFKD, then the shared per-character rules.
        let mut out = String::new();
        for c in s.nfkd() {
            super::push_folded(c, &mut out);
        }
        out
    }

    #[test]
    fn fast_paths_agree_with_the_definition_on_the_lexicons() {
        for tsv in [
            include_str!("../../data/lexicons/cities.tsv"),
            include_str!("../../data/lexicons/countries.tsv"),
            include_str!("../../data/lexicons/given_names.tsv"),
            include_str!("../../data/lexicons/cues.tsv"),
        ] {
            for field in tsv.split(['\t', '\n', '|']) {
                assert_eq!(fold(field), reference(field), "{field:?}");
            }
        }
        for s in [
            "İstanbul",
            "ﬁnal Ǆ",
            "한국어",
            "Å\u{301}ngström",
            "x\u{0327}\u{0301}",
        ] {
            assert_eq!(fold(s), reference(s), "{s:?}");
        }
    }
}
