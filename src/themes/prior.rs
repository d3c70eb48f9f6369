//! The theme prior of word stems ("keyphraseness", after KEA): how often a candidate holding
//! the stem matched an analyst's theme in the gold files of corpora/dev, as log-odds above the
//! base rate. Words such as "funding" or "procurement" name themes in most recaps that use
//! them; "room", "people" or "spring" almost never do, however often they occur.
//!
//! Learned data like the ranker's weights: written by `tools/themes/fit.py --write-prior`
//! from corpora/dev only, and embedded. Stems are those the theme candidates are keyed by.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::segment::Lang;

static TSV: &str = include_str!("../../data/themes/prior.tsv");

/// Per language (in the order of [`Lang::ALL`]), stem → log-odds.
static TABLE: LazyLock<Vec<HashMap<&'static str, f64>>> = LazyLock::new(|| {
    let mut table = vec![HashMap::new(); Lang::ALL.len()];
    for line in TSV.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let mut cols = line.split('\t');
        let (Some(lang), Some(stem), Some(value)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let (Some(lang), Ok(value)) = (Lang::from_code(lang), value.parse::<f64>()) else {
            continue;
        };
        table[index(lang)].insert(stem, value);
    }
    table
});

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
    fn every_row_parses() {
        let rows = TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .count();
        let loaded: usize = TABLE.iter().map(HashMap::len).sum();
        assert_eq!(rows, loaded);
    }
}
