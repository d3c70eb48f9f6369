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

/// The document's title, shortened to 120 characters: its first level-1 heading that is not
/// just a date, else the title its markup declares (a page's `<title>`, a front matter's
/// `title:`), else its first heading, else its first line.
pub fn title(doc: &Document) -> Option<String> {
    let heading = |top: bool| {
        doc.blocks.iter().find(|b| {
            matches!(b.kind, BlockKind::Heading { level } if !top || level == 1)
                && !is_dateline(doc.block_text(b))
        })
    };
    let top = heading(true);
    if let (None, Some(t)) = (top, &doc.declared_title) {
        return Some(shorten(t, 120));
    }
    let text = match top.or_else(|| heading(false)) {
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
    match parse_date(&doc.text[..end]) {
        Some((s, e)) => to_iso(&doc.text[s..e]),
        // A page that gives its date only in its markup ("2026-04-12T09:00:00+02:00").
        None => doc.published.as_deref().and_then(|p| {
            // An ISO timestamp's date: "2026-05-03T10:00:00+02:00".
            let p = match p.get(..10) {
                Some(day) if p.as_bytes().get(10) == Some(&b'T') => day,
                _ => p,
            };
            let (s, e) = parse_date(p)?;
            to_iso(&p[s..e])
        }),
    }
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
    let (from, to) = search_window(text)?;
    let hay = &text[..to];
    let mut best: Option<(usize, usize)> = None;
    let mut consider = |span: (usize, usize), ok: bool| {
        if ok && best.is_none_or(|b| span.0 < b.0) {
            best = Some(span);
        }
    };
    if let Some(m) = ISO.find_at(hay, from) {
        consider((m.start(), m.end()), to_iso(m.as_str()).is_some());
    }
    for re in [&*DAY_MONTH_YEAR, &*MONTH_DAY_YEAR, &*NUMERIC] {
        // As `find_iter` over the whole text: every match lies in the window, and no pattern
        // matches the empty string.
        let mut at = from;
        while let Some(m) = re.find_at(hay, at) {
            if to_iso(m.as_str()).is_some() {
                consider((m.start(), m.end()), true);
                break;
            }
            at = m.end();
        }
    }
    best
}

/// The bytes `from..to` of `text` that hold every match of the four date patterns, so that
/// the regexes search only there (the Unicode `\b` keeps them off the fast DFA on non-ASCII
/// text, and their cost grows with the length searched).
///
/// Every match holds a year that starts with the ASCII digits "19" or "20", after at most 47
/// bytes of digits, letters and punctuation plus four runs of white space, so it starts no
/// earlier than `64 + 4 × longest run of non-alphanumeric bytes` before the first "19" or
/// "20". It ends at the end of a year, or of the `-dd-dd` after an ISO year, with no white
/// space from that year on, so no later than the first white space after the last "19" or
/// "20". Searching `text[..to]` from `from` (the regex sees the text before `from`, and the
/// white space or end after `to` is a word boundary as the end of text is) finds the same
/// matches as searching all of `text`.
fn search_window(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let year = |w: &[u8]| matches!(w, b"19" | b"20");
    let first = bytes.windows(2).position(year)?;
    let last = bytes.windows(2).rposition(year)?;
    let (mut longest, mut run) = (0, 0);
    for b in bytes {
        if b.is_ascii_alphanumeric() {
            run = 0;
        } else {
            run += 1;
            longest = longest.max(run);
        }
    }
    let mut from = first.saturating_sub(64 + 4 * longest);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let to = text[last + 2..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| last + 2 + i);
    Some((from, to))
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
    fn a_date_given_only_in_the_markup_is_the_documents_date() {
        use crate::input::{Document, TextFormat};
        let of =
            |format, raw: &str| date(&Document::from_text("d".into(), "d".into(), format, raw));
        let md = "---\ntitle: \"Recap\"\ndate: 2026-04-12\nauthor: Jane Smith\n---\n\n\
                  # Forum\n\nThe forum met in Lisbon on Saturday.\n";
        assert_eq!(of(TextFormat::Markdown, md).as_deref(), Some("2026-04-12"));
        let html = "<html><head><meta property=\"article:published_time\" \
                    content=\"2026-05-03T10:00:00+02:00\"></head><body><p>The day met in \
                    Aarhus on Saturday.</p></body></html>";
        assert_eq!(of(TextFormat::Html, html).as_deref(), Some("2026-05-03"));
        let html = "<p>Posted <time datetime=\"2026-05-04\">yesterday</time>.</p>";
        assert_eq!(of(TextFormat::Html, html).as_deref(), Some("2026-05-04"));
        // The text's own dateline comes first; a "date:" line in the text is no front matter.
        let md = "---\ndate: 2026-04-12\n---\n\nLisbon, 10 April 2026. The forum met.\n";
        assert_eq!(of(TextFormat::Markdown, md).as_deref(), Some("2026-04-10"));
        assert_eq!(
            of(TextFormat::Text, "date: 2026-04-12\n").as_deref(),
            Some("2026-04-12")
        );
        assert_eq!(of(TextFormat::Markdown, "# Day\n\ndate: soon\n"), None);
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

    /// `parse_date` as it was before the search window: every pattern over the whole text.
    fn parse_date_whole(text: &str) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        let mut consider = |span: (usize, usize)| {
            if best.is_none_or(|b| span.0 < b.0) {
                best = Some(span);
            }
        };
        if let Some(m) = ISO.find(text).filter(|m| to_iso(m.as_str()).is_some()) {
            consider((m.start(), m.end()));
        }
        for re in [&*DAY_MONTH_YEAR, &*MONTH_DAY_YEAR, &*NUMERIC] {
            if let Some(m) = re.find_iter(text).find(|m| to_iso(m.as_str()).is_some()) {
                consider((m.start(), m.end()));
            }
        }
        best
    }

    #[test]
    fn search_window_finds_what_the_whole_text_gives() {
        let texts = [
            "Intro 2019 text. Then, on 12           \t\n  March     2020, we met.",
            "In 1920s Europe… then 3 mars 2021 in Lyon, and 2022-01-05; 5/6/2023 too.",
            "Überblick — 12. März 2024 · 20 participants · 12 participants 2020 · May 5, 2021",
            "é12 mars 2020 and x1919 then 31 February 2020 then 1 March 2020x and 2 March 2020",
            "Campinas,\u{3000}\u{3000}28 de setembro de\u{2003}\u{2003}\u{2003}2023 — 20",
            "no year here at all",
            "2020",
            "le 3 décembre 2021 … 2019-02-29 2020-02-29",
        ];
        for t in texts {
            assert_eq!(parse_date(t), parse_date_whole(t), "{t}");
        }
        for doc in ["corpora/dev", "corpora/test"] {
            let Ok(dir) = std::fs::read_dir(doc) else {
                continue;
            };
            for entry in dir.flatten() {
                let Ok(text) = std::fs::read_to_string(entry.path()) else {
                    continue;
                };
                let lines = text.lines().map(str::to_string);
                let mut cut = text.len().min(DATELINE_WINDOW);
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                for t in lines.chain([text[..cut].to_string(), text.clone()]) {
                    assert_eq!(parse_date(&t), parse_date_whole(&t), "{t}");
                }
            }
        }
    }

    #[test]
    fn rejects_impossible_and_non_dates() {
        assert_eq!(iso("31 February 2020"), None);
        assert_eq!(iso("by 2030 the city"), None);
        assert_eq!(iso("2020-13-01"), None);
        assert_eq!(iso("12 participants 2020"), None);
    }

    #[test]
    fn a_title_the_markup_declares_yields_only_to_a_top_heading() {
        use crate::input::{Document, TextFormat};
        let of =
            |format, raw: &str| title(&Document::from_text("d".into(), "d".into(), format, raw));
        let md = "---\ntitle: \"Heat plans: what cities learned\"\ndate: 2026-07-02\n---\n\n\
                  Cities met online.\n\n## Key takeaways\n\n- Cool rooms at night.\n";
        assert_eq!(
            of(TextFormat::Markdown, md).as_deref(),
            Some("Heat plans: what cities learned")
        );
        let html = "<html><head><title>Forum recap &amp; notes | CityNet</title></head><body>\
                    <h2>Abertura</h2><p>The forum met.</p></body></html>";
        assert_eq!(
            of(TextFormat::Html, html).as_deref(),
            Some("Forum recap & notes")
        );
        // The text's own top heading comes first.
        let html = "<html><head><title>CityNet</title></head><body><h1>Day one</h1>\
                    <p>The forum met.</p></body></html>";
        assert_eq!(of(TextFormat::Html, html).as_deref(), Some("Day one"));
        assert_eq!(
            of(TextFormat::Text, "title: not markup\n\nThe forum met.\n").as_deref(),
            Some("title: not markup")
        );
    }

    #[test]
    fn shortens_long_titles_at_a_word() {
        let long = "word ".repeat(40);
        let t = shorten(long.trim(), 20);
        assert!(t.ends_with('…') && t.chars().count() <= 20, "{t}");
    }
}
