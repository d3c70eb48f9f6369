//! Title and date of a document: the first heading (or line) and the dateline, as ISO 8601.

use crate::input::{BlockKind, Document};
use regex::Regex;
use std::sync::LazyLock;

/// Month names and abbreviations in the corpus languages, folded to lower case without marks.
const MONTHS: [&[&str]; 12] = [
    &[
        "january", "jan", "janvier", "januar", "janner", "enero", "janeiro", "gennaio", "januari",
    ],
    &[
        "february",
        "feb",
        "fevrier",
        "februar",
        "febrero",
        "fevereiro",
        "febbraio",
        "februari",
    ],
    &[
        "march", "mar", "mars", "marz", "maerz", "marzo", "marco", "maart",
    ],
    &["april", "apr", "avril", "abril", "aprile"],
    &["may", "mai", "mayo", "maio", "maggio", "mei"],
    &["june", "jun", "juin", "juni", "junio", "junho", "giugno"],
    &["july", "jul", "juillet", "juli", "julio", "julho", "luglio"],
    &["august", "aug", "aout", "agosto", "augustus"],
    &[
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "setiembre",
        "setembro",
        "settembre",
    ],
    &[
        "october", "oct", "octobre", "oktober", "octubre", "outubro", "ottobre",
    ],
    &["november", "nov", "novembre", "noviembre", "novembro"],
    &[
        "december",
        "dec",
        "decembre",
        "dezember",
        "diciembre",
        "dezembro",
        "dicembre",
    ],
];

/// How far into the text a dateline is looked for.
const DATELINE_WINDOW: usize = 600;

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b").expect("valid regex"));
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?([A-Za-zÀ-ÖØ-öø-ÿ]{3,10})\.?,?\s+(?:de\s+)?((?:19|20)\d\d)\b")
        .expect("valid regex")
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b([A-Za-zÀ-ÖØ-öø-ÿ]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b",
    )
    .expect("valid regex")
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b").expect("valid regex")
});

/// Whether a block is only a date ("28 September 2020"), judged on its first line.
fn is_dateline(text: &str) -> bool {
    let line = text.lines().next().unwrap_or("");
    if line.len() > 60 {
        return false;
    }
    parse_date(line).is_some_and(|(s, e)| e - s + 8 >= line.len())
}

/// The document's title: its first heading that is not just a date, else its first line,
/// shortened to 120 characters.
pub fn title(doc: &Document) -> Option<String> {
    let heading = doc
        .blocks
        .iter()
        .find(|b| matches!(b.kind, BlockKind::Heading { .. }) && !is_dateline(doc.block_text(b)));
    let text = match heading {
        Some(b) => doc.block_text(b),
        None => doc
            .blocks
            .iter()
            .map(|b| doc.block_text(b))
            .find(|t| !is_dateline(t))?,
    };
    let line = text.lines().next()?.trim();
    if line.is_empty() {
        return None;
    }
    Some(shorten(line, 120))
}

/// The dateline: the first date near the top of the document, as `YYYY-MM-DD`.
pub fn date(doc: &Document) -> Option<String> {
    let mut end = doc.text.len().min(DATELINE_WINDOW);
    while !doc.text.is_char_boundary(end) {
        end -= 1;
    }
    let (s, e) = parse_date(&doc.text[..end])?;
    to_iso(&doc.text[s..e])
}

/// Whether `text` has four ASCII digits starting with 19 or 20: every date the patterns below
/// accept has such a year (`to_iso` parses it as a number), so text without one needs no regex
/// (most title candidates: running the four regexes over every candidate line was a large
/// share of the analysis).
fn has_year(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| {
        matches!((w[0], w[1]), (b'1', b'9') | (b'2', b'0'))
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
    })
}

/// Finds the first date in `text`; returns its byte span.
pub fn parse_date(text: &str) -> Option<(usize, usize)> {
    if !has_year(text) {
        return None;
    }
    let mut best: Option<(usize, usize)> = None;
    let mut consider = |span: (usize, usize), ok: bool| {
        if ok && best.is_none_or(|b| span.0 < b.0) {
            best = Some(span);
        }
    };
    if let Some(m) = ISO.find(text) {
        consider((m.start(), m.end()), to_iso(m.as_str()).is_some());
    }
    for re in [&*DAY_MONTH_YEAR, &*MONTH_DAY_YEAR, &*NUMERIC] {
        for m in re.find_iter(text) {
            if to_iso(m.as_str()).is_some() {
                consider((m.start(), m.end()), true);
                break;
            }
        }
    }
    best
}

/// Converts one date expression to ISO 8601, checking that the day exists.
fn to_iso(s: &str) -> Option<String> {
    let (y, m, d) = if let Some(c) = ISO.captures(s) {
        (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
    } else if let Some(c) = DAY_MONTH_YEAR.captures(s) {
        (c[3].parse().ok()?, month(&c[2])?, c[1].parse().ok()?)
    } else if let Some(c) = MONTH_DAY_YEAR.captures(s) {
        (c[3].parse().ok()?, month(&c[1])?, c[2].parse().ok()?)
    } else if let Some(c) = NUMERIC.captures(s) {
        // Day first, as in the European recaps this tool mostly reads.
        (c[3].parse().ok()?, c[2].parse().ok()?, c[1].parse().ok()?)
    } else {
        return None;
    };
    valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn month(name: &str) -> Option<u32> {
    let folded = crate::segment::fold(name);
    MONTHS
        .iter()
        .position(|names| names.contains(&folded.as_str()))
        .map(|i| i as u32 + 1)
}

fn valid(y: u32, m: u32, d: u32) -> bool {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max - 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> Option<String> {
        parse_date(text).and_then(|(s, e)| to_iso(&text[s..e]))
    }

    #[test]
    fn reads_the_usual_dateline_forms() {
        assert_eq!(iso("28 September 2020").as_deref(), Some("2020-09-28"));
        assert_eq!(iso("2020-09-28").as_deref(), Some("2020-09-28"));
        assert_eq!(iso("Sept. 28, 2020").as_deref(), Some("2020-09-28"));
        assert_eq!(iso("September 28th, 2020").as_deref(), Some("2020-09-28"));
        assert_eq!(iso("Tuesday, 14 March 2023").as_deref(), Some("2023-03-14"));
        assert_eq!(
            iso("Campinas, 28 de setembro de 2023").as_deref(),
            Some("2023-09-28")
        );
        assert_eq!(iso("le 3 décembre 2021").as_deref(), Some("2021-12-03"));
        assert_eq!(iso("am 5. März 2024").as_deref(), Some("2024-03-05"));
        assert_eq!(iso("28/09/2020").as_deref(), Some("2020-09-28"));
    }

    #[test]
    fn year_prefilter_keeps_every_year() {
        assert!(has_year("on 28/09/2020"));
        assert!(has_year("1999"));
        assert!(!has_year("in 2l20 and 19x5"));
        assert!(!has_year("the ٢٠٢٠ summit"));
        assert_eq!(iso("5 May 1999").as_deref(), Some("1999-05-05"));
    }

    #[test]
    fn rejects_impossible_and_non_dates() {
        assert_eq!(iso("31 February 2020"), None);
        assert_eq!(iso("by 2030 the city"), None);
        assert_eq!(iso("2020-13-01"), None);
        assert_eq!(iso("12 participants 2020"), None);
    }

    #[test]
    fn shortens_long_titles_at_a_word() {
        let long = "word ".repeat(40);
        let t = shorten(long.trim(), 20);
        assert!(t.ends_with('…') && t.chars().count() <= 20, "{t}");
    }
}
