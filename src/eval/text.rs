//! Text comparison rules of the evaluation: name folding, content words, theme stems and the
//! country alias table. Kept inside `eval` on purpose: the yardstick must not move when the
//! analysis modules change their own normalisation.

use std::collections::{BTreeSet, HashSet};

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Apostrophe-like characters removed by [`fold_name`]: `'`, `’`, `‘`, `` ` ``, and the
/// look-alikes `´` (acute accent) and `ʼ` (modifier letter apostrophe).
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' | '\u{2bc}'
    )
}

/// Folds a name for comparison (DESIGN.md §4).
///
/// Unicode NFKD with combining marks dropped, lower-cased (`ß` becomes `ss`, as in full case
/// folding), apostrophes (`'` `’` `‘` `` ` ``) and periods removed, every other character that is
/// not a letter or digit turned into a space, whitespace collapsed and trimmed, and a leading
/// `the ` dropped.
///
/// ```
/// use recap::eval::fold_name;
/// assert_eq!(fold_name("U.S."), "us");
/// assert_eq!(fold_name("the European Commission’s"), "european commissions");
/// assert_eq!(fold_name("Medellín"), "medellin");
/// ```
pub fn fold_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    // Apostrophe look-alikes such as `´` decompose to a space and a mark under NFKD, so they are
    // removed before and after normalisation.
    for c in s.chars().filter(|&c| !is_apostrophe(c)).nfkd() {
        if is_apostrophe(c) || c == '.' || is_combining_mark(c) {
            continue;
        }
        for l in c.to_lowercase() {
            if is_combining_mark(l) {
                continue;
            }
            if l.is_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                push_folded(&mut out, l);
            } else {
                gap = true;
            }
        }
    }
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => out,
    }
}

fn push_folded(out: &mut String, c: char) {
    if c == 'ß' {
        out.push_str("ss");
    } else {
        out.push(c);
    }
}

/// The tokens of a folded name: `fold_name(s)` split on spaces.
pub(crate) fn name_tokens(s: &str) -> BTreeSet<String> {
    fold_name(s)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Lower-cased, folded (NFKD, marks dropped) tokens, split on every character that is not a
/// letter or digit (apostrophes included: `l'économie` gives `l`, `economie`).
pub(crate) fn fold_tokens(s: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    for c in s.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        for l in c.to_lowercase() {
            if is_combining_mark(l) {
                continue;
            }
            if l.is_alphanumeric() {
                push_folded(&mut current, l);
            } else if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

/// The language rules of one document: its stop words (folded like the text) and its stemmer.
pub(crate) struct Lang {
    stops: HashSet<String>,
    stemmer: Stemmer,
}

impl Lang {
    /// Rules for an ISO 639-1 code as found in `DocumentOut.language` (`en`, `fr-CA`, ...);
    /// unknown or missing codes fall back to English.
    pub(crate) fn new(code: Option<&str>) -> Self {
        let code = code
            .unwrap_or("en")
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let list = stop_words::lookup(&code)
            .or_else(|| stop_words::lookup("en"))
            .unwrap_or(&[]);
        let stops = list.iter().flat_map(|w| fold_tokens(w)).collect();
        let algorithm = match code.as_str() {
            "fr" => Algorithm::French,
            "de" => Algorithm::German,
            "es" => Algorithm::Spanish,
            "pt" => Algorithm::Portuguese,
            "it" => Algorithm::Italian,
            "nl" => Algorithm::Dutch,
            "da" => Algorithm::Danish,
            "sv" => Algorithm::Swedish,
            "no" => Algorithm::Norwegian,
            "fi" => Algorithm::Finnish,
            _ => Algorithm::English,
        };
        Self {
            stops,
            stemmer: Stemmer::create(algorithm),
        }
    }

    /// Content words of `s`: folded tokens minus stop words and one-character tokens, as a set.
    pub(crate) fn content_words(&self, s: &str) -> BTreeSet<String> {
        fold_tokens(s)
            .into_iter()
            .filter(|t| t.chars().nth(1).is_some() && !self.stops.contains(t))
            .collect()
    }

    /// The folded tokens of `s` in order, each with its stem when it is a content word.
    pub(crate) fn tokens(&self, s: &str) -> Vec<(String, Option<String>)> {
        fold_tokens(s)
            .into_iter()
            .map(|t| {
                let content = t.chars().nth(1).is_some() && !self.stops.contains(&t);
                let stem = content.then(|| self.stemmer.stem(&t).into_owned());
                (t, stem)
            })
            .collect()
    }

    /// Stems of the content words of `s`, as a set.
    pub(crate) fn stems(&self, s: &str) -> BTreeSet<String> {
        self.content_words(s)
            .iter()
            .map(|w| self.stemmer.stem(w).into_owned())
            .collect()
    }
}

/// Country names that differ between a text and the gazetteer, as groups of folded names (see
/// [`fold_name`]); the first name of a group is its canonical form. Kept small on purpose: only
/// names that recaps and GeoNames actually write differently for the same state.
pub const COUNTRY_ALIASES: &[&[&str]] = &[
    &[
        "united states",
        "us",
        "usa",
        "united states of america",
        "etats unis",
    ],
    &["united kingdom", "uk", "great britain", "britain"],
    &["netherlands", "holland"],
    &["czechia", "czech republic"],
    &["turkey", "turkiye"],
];

/// The canonical folded form of a country name: its alias group's first name, or the folded
/// name itself. ("the Netherlands" folds to "netherlands" already, through the `the ` rule.)
pub(crate) fn canonical_country(name: &str) -> String {
    let folded = fold_name(name);
    COUNTRY_ALIASES
        .iter()
        .find(|group| group.contains(&folded.as_str()))
        .map_or(folded, |group| group[0].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_name_cases() {
        assert_eq!(fold_name("U.S."), "us");
        assert_eq!(
            fold_name("the European Commission’s"),
            "european commissions"
        );
        assert_eq!(fold_name("The Hague"), "hague");
        assert_eq!(fold_name("Medellín"), "medellin");
        assert_eq!(
            fold_name("Emilia Sáiz Garrancedo"),
            "emilia saiz garrancedo"
        );
        assert_eq!(fold_name("  São   Paulo\t"), "sao paulo");
        assert_eq!(fold_name("Etats-Unis"), "etats unis");
        assert_eq!(fold_name("États-Unis"), "etats unis");
        assert_eq!(fold_name("O’Brien"), "obrien");
        assert_eq!(fold_name("D'Alema"), "dalema");
        assert_eq!(fold_name("Rock ‘n’ Roll"), "rock n roll");
        assert_eq!(fold_name("Straße"), "strasse");
        assert_eq!(fold_name("DG GROW (EC)"), "dg grow ec");
        assert_eq!(
            fold_name("Ｕ．Ｓ．"),
            "us",
            "fullwidth forms fold through NFKD"
        );
        assert_eq!(
            fold_name("Theatre"),
            "theatre",
            "only a leading `the ` word is dropped"
        );
        assert_eq!(fold_name("the"), "the");
        assert_eq!(fold_name("..."), "");
        assert_eq!(fold_name("Dr. Jane Smith-Jones"), "dr jane smith jones");
    }

    #[test]
    fn tokens_split_on_apostrophes() {
        assert_eq!(
            fold_tokens("L'économie, c'est"),
            ["l", "economie", "c", "est"]
        );
        assert_eq!(
            fold_tokens("citizens' participation"),
            ["citizens", "participation"]
        );
    }

    #[test]
    fn content_words_drop_stop_words_and_single_letters() {
        let en = Lang::new(Some("en"));
        let words: Vec<_> = en
            .content_words("The key takeaway: a city can't do it alone!")
            .into_iter()
            .collect();
        assert_eq!(words, ["alone", "city", "key", "takeaway"]);
        let fr = Lang::new(Some("fr-FR"));
        let words: Vec<_> = fr
            .content_words("L'économie est à la ville")
            .into_iter()
            .collect();
        assert_eq!(words, ["economie", "ville"]);
        // Unknown language: English stop words.
        let xx = Lang::new(Some("xx"));
        assert!(xx.content_words("the").is_empty());
    }

    #[test]
    fn country_aliases() {
        assert_eq!(canonical_country("U.S."), "united states");
        assert_eq!(canonical_country("USA"), "united states");
        assert_eq!(canonical_country("Etats-Unis"), "united states");
        assert_eq!(
            canonical_country("United States of America"),
            "united states"
        );
        assert_eq!(canonical_country("UK"), "united kingdom");
        assert_eq!(canonical_country("Great Britain"), "united kingdom");
        assert_eq!(canonical_country("The Netherlands"), "netherlands");
        assert_eq!(canonical_country("Holland"), "netherlands");
        assert_eq!(canonical_country("Czech Republic"), "czechia");
        assert_eq!(canonical_country("Portugal"), "portugal");
        // Every alias is already folded, and no alias is in two groups.
        let mut seen = HashSet::new();
        for group in COUNTRY_ALIASES {
            for alias in *group {
                assert_eq!(fold_name(alias), *alias);
                assert!(seen.insert(*alias), "{alias} is in two groups");
            }
        }
    }
}
