//! The theme prior of word stems ("keyphraseness", after KEA): how often a candidate holding
//! the stem matched an analyst's theme in the gold files of corpora/dev, as log-odds above the
//! base rate. Words such as "funding" or "procurement" name themes in most recaps that use
//! them; "room", "people" or "spring" almost never do, however often they occur.
//!
//! The same for the endings of a label's first and last words ([`ending`]): unlike stems they
//! carry over to words the gold files never showed, so that a phrase ending in a verb
//! ("virus management starts", "olivais tradicionais ocupam") or in an adverb counts against
//! it in any recap, and an abstract noun's ending ("-tion", "-heid") for it.
//!
//! Learned data like the ranker's weights: written by `tools/themes/fit.py --write-prior` and
//! `--write-endings` from corpora/dev only, and embedded. Stems are those the theme candidates
//! are keyed by.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::segment::Lang;

static TSV: &str = include_str!("../../data/themes/prior.tsv");
static ENDINGS_TSV: &str = include_str!("../../data/themes/endings.tsv");

/// Characters of a word's end that [`ending`] keeps: 4 did better in cross-validation on
/// corpora/dev than 2, 3 or 5 (`tools/themes/README.md`).
pub(crate) const ENDING_CHARS: usize = 4;

/// Where in a label a word stands, for [`ending`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    First,
    Last,
}

/// Per language (in the order of [`Lang::ALL`]), stem → log-odds. Built on first use: about
/// 9,000 rows, so the parse stays cheap beside start-up (no per-row string allocation, the
/// language read from its two bytes).
static TABLE: LazyLock<Vec<FxHashMap<&'static str, f64>>> = LazyLock::new(|| {
    let mut table: Vec<FxHashMap<&'static str, f64>> = vec![FxHashMap::default(); Lang::ALL.len()];
    for (k, stem, value) in rows(TSV) {
        table[k].insert(stem, value);
    }
    table
});

/// Per language (in the order of [`Lang::ALL`]), the endings of first words and of last words
/// → log-odds. Built on first use, as [`TABLE`].
static ENDINGS: LazyLock<Vec<[FxHashMap<&'static str, f64>; 2]>> = LazyLock::new(|| {
    let mut table: Vec<[FxHashMap<&'static str, f64>; 2]> =
        vec![Default::default(); Lang::ALL.len()];
    for (k, key, value) in rows(ENDINGS_TSV) {
        let (place, end) = match key.split_once('\t') {
            Some(("first", end)) => (0, end),
            Some(("last", end)) => (1, end),
            _ => continue,
        };
        table[k][place].insert(end, value);
    }
    table
});

/// The rows of the table: language index, key, value. Read by hand rather than with `lines`,
/// `split` and `f64::from_str`: those made this 9,000-row table cost as much start-up as
/// the rest of a small recap's analysis. The key is everything between the language and the
/// last tab.
fn rows(tsv: &'static str) -> impl Iterator<Item = (usize, &'static str, f64)> {
    tsv.split('\n').filter_map(|line| {
        let b = line.as_bytes();
        if b.len() < 6 || b[2] != b'\t' || b[0] == b'#' {
            return None;
        }
        let k = Lang::ALL
            .iter()
            .position(|l| l.code().as_bytes() == &b[..2])?;
        let rest = &line[3..];
        let tab = rest.rfind('\t')?;
        Some((k, &rest[..tab], decimal(&rest[tab + 1..])?))
    })
}

/// A decimal number as `fit.py` writes it ("-1.25", "0.3", "2").
fn decimal(s: &str) -> Option<f64> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let (mut whole, mut scale, mut point) = (0i64, 1i64, false);
    for c in digits.bytes() {
        match c {
            b'0'..=b'9' => {
                whole = whole * 10 + i64::from(c - b'0');
                if point {
                    scale *= 10;
                }
            }
            b'.' if !point => point = true,
            _ => return None,
        }
    }
    let v = whole as f64 / scale as f64;
    Some(if negative { -v } else { v })
}

fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// The prior of a stem in a language; 0 for a stem the gold files never showed.
pub(crate) fn of(lang: Lang, stem: &str) -> f64 {
    TABLE[index(lang)].get(stem).copied().unwrap_or(0.0)
}

/// The ending of a word as the endings table keys it: its last [`ENDING_CHARS`] characters,
/// lower-cased (labels keep acronyms and German nouns capitalised).
pub(crate) fn ending_key(word: &str) -> String {
    let start = word
        .char_indices()
        .rev()
        .nth(ENDING_CHARS - 1)
        .map_or(0, |(i, _)| i);
    word[start..].to_lowercase()
}

/// The prior of a word ending at a place in a label; 0 for an ending the gold files never
/// showed there.
pub(crate) fn ending(lang: Lang, place: Place, word: &str) -> f64 {
    let table = &ENDINGS[index(lang)][place as usize];
    table.get(ending_key(word).as_str()).copied().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_read_as_rust_reads_them() {
        for s in ["-1.25", "0.3", "2", "-0.027", "1.414"] {
            assert_eq!(decimal(s), s.parse::<f64>().ok(), "{s}");
        }
        assert_eq!(decimal("1.2.3"), None);
        assert_eq!(decimal("x"), None);
    }

    #[test]
    fn every_row_parses() {
        let rows = TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .count();
        let loaded: usize = TABLE.iter().map(|m| m.len()).sum();
        assert_eq!(rows, loaded);
        let rows = ENDINGS_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .count();
        let loaded: usize = ENDINGS.iter().flatten().map(|m| m.len()).sum();
        assert_eq!(rows, loaded);
    }

    #[test]
    fn endings_are_the_last_characters_lower_cased() {
        assert_eq!(ending_key("management"), "ment");
        assert_eq!(ending_key("Digitalisierung"), "rung");
        assert_eq!(ending_key("DRS"), "drs");
        assert_eq!(ending_key("ação"), "ação");
        assert_eq!(ending_key("prevenção"), "nção");
    }
}
