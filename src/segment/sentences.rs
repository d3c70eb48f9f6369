//! Rule-based sentence splitting inside one block.
//!
//! Written by hand because recap text needs rules that general splitters (UAX #29 sentence
//! bounds, as in unicode-segmentation) get wrong: titles and initials before names ("Dr. Roe",
//! "J. Smith"), dotted acronyms ("U.S.", "e.g."), and abbreviated months before dates
//! ("Sept. 28"). UAX #29 splits after "Dr." when a capital follows.

use std::ops::Range;

/// Words that end with a period without ending a sentence (lower case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "dr", "dra", "drs", "mr", "mrs", "ms", "mx", "prof", "profs", "st", "sr", "sra", "srta", "jr",
    "sen", "rep", "gov", "gen", "col", "lt", "capt", "rev", "hon", "mt", "inc", "ltd", "co",
    "corp", "vs", "cf", "approx", "ca", "vol", "fig", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun", "dept", "univ", "assoc", "mme", "mlle", "mgr", "me", "sig", "dott", "ing",
    "dhr", "mevr", "hr", "fr", "bzw", "nr", "ggf", "jh", "av", "avv", "ir", "est", "min", "max",
    "ext", "tel",
    // Titles before a name: "Lic. Valeria Cruz", "Arq.", "Eng. Joseph Wamala", "Excmo. Sr.";
    // police and military ranks: "Sgt. Neil Okafor", "Insp. Jo Reid".
    "lic", "lcdo", "lcda", "arq", "eng", "excmo", "excma", "ilmo", "ilma", "profa", "sgt", "cpl",
    "insp", "supt", "det", "cdr",
];

/// Splits block text into trimmed, non-empty sentence spans.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // The marks are found with memchr rather than char by char (this reads every byte of
    // every document): '.', '!' and '?' are bytes of their own, '…' and '。' start with the
    // bytes 0xE2 and 0xE3, which start no other character that ends a sentence (and no byte
    // inside a character is one of these).
    let ascii_mark = |from: usize| {
        memchr::memchr3(b'.', b'!', b'?', &bytes[from..]).map_or(bytes.len(), |k| from + k)
    };
    let wide_lead =
        |from: usize| memchr::memchr2(0xE2, 0xE3, &bytes[from..]).map_or(bytes.len(), |k| from + k);
    let mut next_wide = wide_lead(0);
    let mut i = 0;
    while i < bytes.len() {
        if next_wide < i {
            next_wide = wide_lead(i);
        }
        i = ascii_mark(i).min(next_wide);
        let c = match bytes.get(i) {
            None => break,
            Some(b'.') => '.',
            Some(b'!') => '!',
            Some(b'?') => '?',
            Some(_) => match text[i..].chars().next() {
                Some(c @ ('…' | '。')) => c,
                _ => {
                    i += 1;
                    continue;
                }
            },
        };
        // Take the whole run of terminal marks and closing quotes or brackets.
        let mut end = i + c.len_utf8();
        while let Some(d) = text[end..].chars().next() {
            if matches!(
                d,
                '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | '»' | ')' | ']'
            ) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        let mark = i;
        i = end;
        let rest = &text[end..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() && !rest.is_empty() {
            continue; // no white space after: "2.5", "U.S.A", "www.x.org"
        }
        let Some(next) = trimmed.chars().next() else {
            break; // end of text
        };
        let starts_sentence = next.is_uppercase()
            || next.is_numeric()
            || pictograph(next)
            || matches!(
                next,
                '“' | '"' | '‘' | '\'' | '«' | '„' | '(' | '¿' | '¡' | '['
            );
        if !starts_sentence {
            continue;
        }
        if c == '.' && end == mark + 1 && !ends_sentence_at_period(&text[..mark], next) {
            continue;
        }
        push_trimmed(&mut out, text, start, end);
        start = end;
    }
    push_trimmed(&mut out, text, start, text.len());
    out
}

/// Whether `c` is an emoji ([`crate::input::emoji`]), an arrow or another pictograph (cards,
/// flags' letters, enclosed letters): posts open sentences with them ("… this week. ➡️ Our
/// CEO announced …").
fn pictograph(c: char) -> bool {
    crate::input::emoji(c)
        || matches!(u32::from(c), 0x2190..=0x21FF | 0x2B00..=0x2BFF | 0x1F000..=0x1F2FF | 0x1FB00..)
}

/// Whether token text `s` is pictographs only, with the variation selectors and joiners
/// that compose emoji ("➡️", "👩‍⚕️").
pub(crate) fn pictographs(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| pictograph(c) || c == '\u{FE0F}' || c == '\u{200D}')
}

/// Decides whether a single period after `before` ends a sentence, given the next non-space
/// character.
fn ends_sentence_at_period(before: &str, next: char) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || matches!(c, '(' | '“' | '"' | '[' | '‘'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    let lower = word.to_lowercase();
    // Dotted abbreviations and acronyms: "e.g", "i.e", "U.S", "z.B".
    if word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 4 {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // An initial before a name: "J. Smith".
    if letters == 1
        && word.chars().all(|c| c.is_alphabetic())
        && word.chars().all(char::is_uppercase)
    {
        return false;
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        // "Dr. Roe" and "Sept. 28" go on; "in the first st. Then" is rare enough to ignore.
        return false;
    }
    // "No. 5", "p. 12": a short lower-case abbreviation before a number.
    if next.is_numeric() && (lower == "no" || lower == "nos" || lower == "p" || lower == "pp") {
        return false;
    }
    true
}

fn push_trimmed(out: &mut Vec<Range<usize>>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(start + lead..end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::split;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            sentences("The day opened. Cities shared results! Was it useful? Yes."),
            [
                "The day opened.",
                "Cities shared results!",
                "Was it useful?",
                "Yes."
            ]
        );
    }

    #[test]
    fn an_emoji_or_arrow_may_open_a_sentence() {
        assert_eq!(
            sentences("What a week. ➡️ Our CEO spoke. 🎉 We won! → Next steps follow."),
            [
                "What a week.",
                "➡️ Our CEO spoke.",
                "🎉 We won!",
                "→ Next steps follow."
            ]
        );
        // A dash after a stop is no pictograph.
        assert_eq!(
            sentences("It was 5 p.m. – late."),
            ["It was 5 p.m. – late."]
        );
    }

    #[test]
    fn degree_titles_before_a_name_end_no_sentence() {
        assert_eq!(
            sentences("La presidenta del ERTN, Lic. Valeria Cruz, explicó. El principal Eng. Joseph Wamala habló."),
            [
                "La presidenta del ERTN, Lic. Valeria Cruz, explicó.",
                "El principal Eng. Joseph Wamala habló."
            ]
        );
    }

    #[test]
    fn is_not_fooled_by_titles_initials_acronyms_and_decimals() {
        let text =
            "Dr. Jane Roe and Prof. J. K. Smith met in St. Gallen, e.g. at the U.S. embassy. \
                    Growth reached 2.5 per cent on Sept. 28, 2020. Mr. Li agreed.";
        assert_eq!(
            sentences(text),
            [
                "Dr. Jane Roe and Prof. J. K. Smith met in St. Gallen, e.g. at the U.S. embassy.",
                "Growth reached 2.5 per cent on Sept. 28, 2020.",
                "Mr. Li agreed."
            ]
        );
    }

    #[test]
    fn keeps_closing_quotes_with_their_sentence() {
        let text = "“This works.” Then she left. He asked “why?” And nobody knew.";
        assert_eq!(
            sentences(text),
            [
                "“This works.”",
                "Then she left.",
                "He asked “why?”",
                "And nobody knew."
            ]
        );
    }

    #[test]
    fn lower_case_after_period_does_not_split() {
        assert_eq!(
            sentences("It was 5 p.m. local time."),
            ["It was 5 p.m. local time."]
        );
        assert_eq!(sentences("Wait... then go"), ["Wait... then go"]);
    }

    #[test]
    fn handles_empty_and_unterminated_text() {
        assert!(split("").is_empty());
        assert!(split("   ").is_empty());
        assert_eq!(sentences("no final stop"), ["no final stop"]);
    }
}
