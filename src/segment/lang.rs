//! Languages recap knows: detection (whatlang, restricted to the languages recap has stemmers
//! and stop words for), stemmers and stop-word lists.

use rust_stemmers::Algorithm;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// A language recap analyses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Portuguese.
    Pt,
    /// Italian.
    It,
    /// Dutch.
    Nl,
    /// Danish.
    Da,
    /// Swedish.
    Sv,
    /// Norwegian (Bokmål).
    No,
    /// Finnish.
    Fi,
}

impl Lang {
    /// Every language, in a fixed order.
    pub const ALL: [Lang; 11] = [
        Lang::En,
        Lang::Fr,
        Lang::De,
        Lang::Es,
        Lang::Pt,
        Lang::It,
        Lang::Nl,
        Lang::Da,
        Lang::Sv,
        Lang::No,
        Lang::Fi,
    ];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::De => "de",
            Self::Es => "es",
            Self::Pt => "pt",
            Self::It => "it",
            Self::Nl => "nl",
            Self::Da => "da",
            Self::Sv => "sv",
            Self::No => "no",
            Self::Fi => "fi",
        }
    }

    /// Parses an ISO 639-1 code (or `nb`).
    pub fn from_code(code: &str) -> Option<Self> {
        // Compared ignoring ASCII case rather than lower-cased into a new string: the lexicon
        // parses a code for each of its thousands of cue rows.
        let code = code.trim();
        let code = if code.eq_ignore_ascii_case("nb") {
            "no"
        } else {
            code
        };
        Self::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    fn whatlang(self) -> whatlang::Lang {
        use whatlang::Lang as W;
        match self {
            Self::En => W::Eng,
            Self::Fr => W::Fra,
            Self::De => W::Deu,
            Self::Es => W::Spa,
            Self::Pt => W::Por,
            Self::It => W::Ita,
            Self::Nl => W::Nld,
            Self::Da => W::Dan,
            Self::Sv => W::Swe,
            Self::No => W::Nob,
            Self::Fi => W::Fin,
        }
    }

    /// The Snowball algorithm for this language.
    pub fn algorithm(self) -> Algorithm {
        match self {
            Self::En => Algorithm::English,
            Self::Fr => Algorithm::French,
            Self::De => Algorithm::German,
            Self::Es => Algorithm::Spanish,
            Self::Pt => Algorithm::Portuguese,
            Self::It => Algorithm::Italian,
            Self::Nl => Algorithm::Dutch,
            Self::Da => Algorithm::Danish,
            Self::Sv => Algorithm::Swedish,
            Self::No => Algorithm::Norwegian,
            Self::Fi => Algorithm::Finnish,
        }
    }

    /// Whether a lower-cased or folded word is a stop word in this language.
    pub fn is_stop_word(self, lower: &str) -> bool {
        STOP_WORDS[self as usize].contains(lower)
    }
}

/// Stop-word sets per language (NLTK lists via the `stop-words` crate), built on first use,
/// each word also in its folded form: the entity rules look up folded tokens, and "à", "été"
/// or "más" would otherwise never match ("À Paris, …" opened a name).
/// FxHash: looked up for every word by the theme and takeaway stages.
static STOP_WORDS: LazyLock<Vec<FxHashSet<Box<str>>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            stop_words::lookup(l.code())
                .map(|words| {
                    words
                        .iter()
                        .flat_map(|w| [Box::from(*w), super::fold(w).into_boxed_str()])
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect()
});

static DETECTOR: LazyLock<whatlang::Detector> = LazyLock::new(|| {
    whatlang::Detector::with_allowlist(Lang::ALL.iter().map(|l| l.whatlang()).collect())
});

/// Detects the language of a text from its first 1,500 bytes; English when unsure.
///
/// whatlang's cost grows with the sample (it was 8% of the analysis at 4,000 bytes); on all 46
/// recaps of corpora/ 1,500 bytes give the same languages as 4,000.
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(1500);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    DETECTOR
        .detect_lang(&text[..end])
        .and_then(|w| Lang::ALL.into_iter().find(|l| l.whatlang() == w))
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_corpus_languages() {
        let cases = [
            ("The participants discussed how cities can share solutions and learn from each other about the green transition.", Lang::En),
            ("Les participants ont discuté de la manière dont les villes peuvent partager leurs solutions et apprendre les unes des autres.", Lang::Fr),
            ("Die Teilnehmenden diskutierten, wie Städte ihre Lösungen teilen und voneinander lernen können.", Lang::De),
            ("Los participantes debatieron cómo las ciudades pueden compartir soluciones y aprender unas de otras.", Lang::Es),
            ("Os participantes discutiram como as cidades podem partilhar soluções e aprender umas com as outras.", Lang::Pt),
            ("I partecipanti hanno discusso di come le città possono condividere soluzioni e imparare le une dalle altre.", Lang::It),
            ("De deelnemers bespraken hoe steden oplossingen kunnen delen en van elkaar kunnen leren over de groene transitie.", Lang::Nl),
        ];
        for (text, lang) in cases {
            assert_eq!(detect(text), lang, "{text}");
        }
    }

    #[test]
    fn codes_round_trip_and_stop_words_load() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert!(Lang::En.is_stop_word("the"));
        assert!(Lang::Fr.is_stop_word("les"));
        assert!(!Lang::En.is_stop_word("city"));
        assert_eq!(Lang::from_code("xx"), None);
    }
}
