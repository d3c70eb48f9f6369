//! Languages recap knows: detection (whatlang, restricted to the languages recap has stemmers
//! and stop words for), stemmers and stop-word lists.

use rust_stemmers::Algorithm;
use rustc_hash::{FxHashMap, FxHashSet};
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
/// recaps of corpora/ 1,500 bytes give the same languages as 4,000. Most samples are settled
/// first by a vote of function words ([`vote`]), a hash lookup per word where whatlang
/// scores every trigram against every language; whatlang decides the rest.
pub fn detect(text: &str) -> Lang {
    let sample = sample(text);
    vote(sample).unwrap_or_else(|| detect_whatlang(sample))
}

/// The language of the most function words of one list, if one list has the most; for
/// samples too short for whatlang ("Investors met Maria Lopez, director of Foo Ltd." is not
/// Spanish for its names).
fn weak_vote(sample: &str) -> Option<Lang> {
    let counts = voter_counts(sample).counts;
    let top = *counts.iter().max()?;
    let mut best = counts.iter().enumerate().filter(|&(_, &n)| n == top);
    match (best.next(), best.next()) {
        (Some((i, _)), None) if top > 0 => VOTERS[i].0,
        _ => None,
    }
}

/// The first 1,500 bytes of `text`, cut at a character boundary.
fn sample(text: &str) -> &str {
    let mut end = text.len().min(1500);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// whatlang's answer for a sample; English when unsure.
fn detect_whatlang(sample: &str) -> Lang {
    let info = DETECTOR.detect(sample);
    let lang = info
        .as_ref()
        .and_then(|i| Lang::ALL.into_iter().find(|l| l.whatlang() == i.lang()));
    // whatlang's confidence in a short sample's language, below which the sample's function
    // words decide, or else English: names alone ("Maria Lopez") make a weak Spanish guess.
    const UNSURE: f64 = 0.3;
    match lang {
        Some(l) if info.is_some_and(|i| i.is_reliable() || i.confidence() >= UNSURE) => l,
        _ => weak_vote(sample).unwrap_or(Lang::En),
    }
}

/// Function words that occur often in one of the seven languages with a list here and are
/// not words of the others (nor of the Nordic languages and Finnish, which have a list of
/// their own that only ever vetoes: those are left to whatlang). Lower case.
const VOTERS: [(Option<Lang>, &[&str]); 8] = [
    (
        Some(Lang::En),
        &[
            "the", "and", "to", "are", "with", "that", "were", "this", "from", "which", "their",
            "will", "has", "been", "would", "they", "these", "about",
        ],
    ),
    (
        Some(Lang::Fr),
        &[
            "les", "des", "une", "du", "dans", "pour", "sur", "avec", "qui", "aux", "ont", "sont",
            "leur", "cette", "ces", "pas", "nous", "été", "être", "où",
        ],
    ),
    (
        Some(Lang::De),
        &[
            "der", "und", "ist", "nicht", "mit", "dem", "eine", "sich", "auf", "für", "wird",
            "sind", "zu", "von", "auch", "bei", "werden", "des", "einen", "einer", "wurde",
        ],
    ),
    (
        Some(Lang::Es),
        &[
            "el", "los", "las", "y", "muy", "pero", "sus", "fue", "está", "hay", "también",
            "según", "después", "cómo", "están",
        ],
    ),
    (
        Some(Lang::Pt),
        &[
            "os", "em", "uma", "não", "ao", "pelo", "pela", "são", "também", "foi", "às", "aos",
            "nas", "foram", "está",
        ],
    ),
    (
        Some(Lang::It),
        &[
            "gli", "della", "delle", "degli", "dei", "che", "è", "sono", "nel", "nella", "alla",
            "anche", "questo", "questa", "hanno", "dalla", "sulla",
        ],
    ),
    (
        Some(Lang::Nl),
        &[
            "het", "een", "van", "niet", "voor", "zijn", "deze", "wordt", "ook", "naar", "bij",
            "worden", "uit", "maar", "werd", "hebben",
        ],
    ),
    (
        None,
        &[
            "og", "och", "är", "att", "ikke", "inte", "også", "också", "ikkje", "hvor", "eller",
            "että", "ovat", "myös", "mutta", "oli", "på", "för", "med", "til", "det", "som", "har",
        ],
    ),
];

/// Each voter word and the index of its list in [`VOTERS`] (a word in two lists, such as
/// "está", counts for neither).
static VOTER_INDEX: LazyLock<FxHashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut index: FxHashMap<&'static str, u8> = FxHashMap::default();
    let mut shared = Vec::new();
    for (i, (_, words)) in VOTERS.iter().enumerate() {
        for &w in words.iter() {
            if index.insert(w, i as u8).is_some_and(|j| j != i as u8) {
                shared.push(w);
            }
        }
    }
    for w in shared {
        index.remove(w);
    }
    index
});

/// How many function words the winning list needs, and how many times more than any other
/// list (the Nordic one included) it must have, for the vote to decide without whatlang: a
/// sample that mixes languages (a Spanish paragraph after an English one) goes to whatlang.
const VOTE_MIN: u32 = 12;
const VOTE_MARGIN: u32 = 12;

/// A sample's function words per list of [`VOTERS`], with the bytes of its words and how many
/// of their characters are not ASCII.
struct Tally {
    counts: [u32; VOTERS.len()],
    word_bytes: usize,
    accented: usize,
}

fn voter_counts(sample: &str) -> Tally {
    let mut tally = Tally {
        counts: [0; VOTERS.len()],
        word_bytes: 0,
        accented: 0,
    };
    let mut lower = String::new();
    for word in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        tally.word_bytes += word.len();
        if !word.is_ascii() {
            tally.accented += word.chars().filter(|c| !c.is_ascii()).count();
        }
        if word.len() > 8 {
            continue;
        }
        let key = if word.bytes().all(|b| b.is_ascii_lowercase()) {
            word
        } else {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            &lower
        };
        if let Some(&i) = VOTER_INDEX.get(key) {
            tally.counts[i as usize] += 1;
        }
    }
    tally
}

/// The language of a sample when its function words leave no doubt: at least [`VOTE_MIN`]
/// of one language's and [`VOTE_MARGIN`] times as many as of any other list. `None` sends
/// the sample to whatlang. On every 1,500-byte window of corpora/ (and of generated corpora)
/// that the vote decides, it agrees with whatlang (tested below).
fn vote(sample: &str) -> Option<Lang> {
    let Tally {
        counts,
        word_bytes,
        accented,
    } = voter_counts(sample);
    let (best, &top) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i)))?;
    let runner_up = counts
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, &n)| n)
        .max()
        .unwrap_or(0);
    if top < VOTE_MIN || top < VOTE_MARGIN * runner_up {
        return None;
    }
    // English has no letters outside ASCII but in names (a few per sample); more of them
    // mean a paragraph in another language, whose function words the lists may not see
    // (Portuguese "de", "da", "que" are words of other languages too).
    if VOTERS[best].0 == Some(Lang::En) && accented * 200 > word_bytes {
        return None;
    }
    VOTERS[best].0
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
    fn a_short_sample_goes_by_its_function_words_not_its_names() {
        assert_eq!(
            detect("Investors met Maria Lopez, director of Foo Ltd."),
            Lang::En
        );
        assert_eq!(
            detect("La alcaldesa María López inauguró el foro."),
            Lang::Es
        );
        assert_eq!(
            detect("Hydroloog Marieke Bosman sprak over het water."),
            Lang::Nl
        );
        assert_eq!(
            detect("Namens de hogeschool sprak lector Waterbeheer Pieter Hoekstra over droogte."),
            Lang::Nl
        );
    }

    /// Every 1,500-byte window of `text` that starts a line.
    fn windows(text: &str) -> impl Iterator<Item = &str> {
        std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .filter(|&i| i < text.len())
            .map(|i| sample(&text[i..]))
    }

    /// Every text under `dir`, recursively.
    fn texts(dir: &std::path::Path, out: &mut Vec<String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                texts(&path, out);
            } else if path.extension().is_some_and(|e| e != "json") {
                out.extend(std::fs::read_to_string(&path).ok());
            }
        }
    }

    /// The vote only ever answers as whatlang would: on every window of every recap of
    /// corpora/ (and of the folder named by `RECAP_LANG_CHECK_DIR`, for generated corpora).
    #[test]
    fn vote_agrees_with_whatlang() {
        let mut all = Vec::new();
        texts(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/corpora")),
            &mut all,
        );
        let recaps = all.len();
        if let Ok(dir) = std::env::var("RECAP_LANG_CHECK_DIR") {
            texts(std::path::Path::new(&dir), &mut all);
        }
        let (mut decided, mut total, mut first_decided) = (0, 0, 0);
        let mut disagree = Vec::new();
        for (n, text) in all.iter().enumerate() {
            for (i, w) in windows(text).enumerate() {
                total += 1;
                if let Some(l) = vote(w) {
                    decided += 1;
                    first_decided += usize::from(i == 0 && n < recaps);
                    let wl = detect_whatlang(w);
                    if l != wl {
                        disagree.push(format!("vote {l:?}, whatlang {wl:?}: {w:?}"));
                    }
                }
            }
        }
        eprintln!(
            "the vote decided {decided} of {total} windows, {first_decided} of the {recaps} \
             recaps of corpora/"
        );
        assert!(
            disagree.is_empty(),
            "{} disagree, such as:\n{}",
            disagree.len(),
            disagree[..disagree.len().min(3)].join("\n")
        );
        // The shortcut must also be taken for most recaps, or it saves little.
        assert!(
            first_decided * 3 > recaps * 2,
            "{first_decided} of {recaps} recaps decided"
        );
    }

    #[test]
    fn vote_leaves_nordic_and_mixed_text_to_whatlang() {
        let da = "Deltagerne diskuterede, hvordan byer kan dele løsninger og lære af hinanden om den grønne omstilling, og det er ikke nemt.";
        assert_eq!(vote(&da.repeat(4)), None);
        let mixed = "the and to are with that were this from which their will les des une du dans pour sur avec qui aux ont sont";
        assert_eq!(vote(mixed), None);
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
