//! The theme prior of word stems ("keyphraseness", after KEA): how often a candidate holding
//! the stem matched an analyst's theme in the gold files of corpora/dev, as log-odds above the
//! base rate. Words such as "funding" or "procurement" name themes in most recaps that use
//! them; "room", "people" or "spring" almost never do, however often they occur.
//!
//! Learned data like the ranker's weights: written by `tools/themes/fit.py --write-prior`
//! from corpora/dev only, and embedded. Stems are those the theme candidates are keyed by.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::segment::Lang;

static TSV: &str = include_str!("../../data/themes/prior.tsv");

/// Per language (in the order of [`Lang::ALL`]), stem → log-odds. Built on first use: about
/// 9,000 rows, so the parse stays cheap beside start-up (no per-row string allocation, the
/// language read from its two bytes).
static TABLE: LazyLock<Vec<FxHashMap<&'static str, f64>>> = LazyLock::new(|| {
    let mut table: Vec<FxHashMap<&'static str, f64>> = vec![FxHashMap::default(); Lang::ALL.len()];
    for (k, stem, value) in rows() {
        table[k].insert(stem, value);
    }
    table
});

/// The rows of the table: language index, stem, value. Read by hand rather than with `lines`,
/// `split` and `f64::from_str`: those made this 9,000-row table cost as much start-up as
/// the rest of a small recap's analysis.
fn rows() -> impl Iterator<Item = (usize, &'static str, f64)> {
    TSV.split('\n').filter_map(|line| {
        let b = line.as_bytes();
        if b.len() < 6 || b[2] != b'\t' || b[0] == b'#' {
            return None;
        }
        let k = Lang::ALL
            .iter()
            .position(|l| l.code().as_bytes() == &b[..2])?;
        let rest = &line[3..];
        let tab = rest.find('\t')?;
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
    }
}
