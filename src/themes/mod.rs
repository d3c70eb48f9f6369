//! Themes: candidate phrases, grouped by stem key, counted and scored per document.

/// A theme of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Stem key shared by the variants.
    pub key: String,
    /// The most frequent surface form in the document.
    pub label: String,
    /// Occurrences.
    pub count: u32,
    /// Relevance in the document, 0 to 1.
    pub score: f64,
    /// Surface forms and their counts, so that corpus labels can be chosen exactly.
    pub forms: Vec<(String, u32)>,
}

use crate::entities::Entity;
use crate::input::{BlockKind, Document};
use crate::lexicon::{Cue, Lexicons};
use crate::segment::{fold, Lang, Segmented, TokenKind};
use rust_stemmers::Stemmer;
use std::collections::HashMap;

/// Words that join content words inside a theme ("access to finance").
const CONNECTORS: &[&str] = &[
    "of", "to", "for", "de", "des", "du", "der", "von", "di", "da", "do", "del", "van",
];

/// Words too generic to be a theme on their own in event recaps.
const GENERIC: &[&str] = &[
    "towards",
    "toward",
    "via",
    "among",
    "amongst",
    "upon",
    "whether",
    "however",
    "although",
    "others",
    "another",
    "every",
    "much",
    "still",
    "even",
    "already",
    "yet",
    "around",
    "day",
    "days",
    "session",
    "sessions",
    "participant",
    "participants",
    "speaker",
    "speakers",
    "event",
    "events",
    "city",
    "cities",
    "example",
    "part",
    "time",
    "way",
    "year",
    "years",
    "today",
    "yesterday",
    "first",
    "second",
    "third",
    "final",
    "new",
    "many",
    "several",
    "also",
    "well",
    "would",
    "could",
    "one",
    "two",
    "three",
    "key",
    "main",
    "said",
    "says",
    "added",
    "people",
    "lot",
    "number",
    "thing",
    "things",
    "attendee",
    "attendees",
    "presentation",
    "presentations",
    "discussion",
    "discussions",
    "talk",
    "talks",
    "morning",
    "afternoon",
    "like",
    "use",
    "need",
    "needs",
    "make",
    "made",
    "take",
    "took",
    "get",
    "help",
    "work",
    "including",
    "across",
    "within",
    "together",
    "important",
    "importance",
    "relevance",
];

/// English adjective endings: such a word alone is not a theme ("thematic", "digital").
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ic", "al", "ive", "ous", "ful", "able", "ible", "ary", "ent", "ant",
];

/// Limits for theme extraction.
#[derive(Debug, Clone)]
pub struct ThemeOptions {
    /// Maximum themes per document.
    pub per_document: usize,
    /// Extra stop words (folded), from `--stopwords`.
    pub extra_stop_words: std::collections::HashSet<String>,
}

impl Default for ThemeOptions {
    fn default() -> Self {
        Self {
            per_document: 25,
            extra_stop_words: Default::default(),
        }
    }
}

struct Candidate {
    count: u32,
    words: usize,
    first_sentence: usize,
    in_heading: bool,
    forms: HashMap<String, u32>,
}

/// A word of a candidate run: folded form, surface form, whether it only joins ("of").
struct RunWord {
    folded: String,
    surface: String,
    connector: bool,
}

/// Extracts a document's themes: phrases of 1 to 4 content words, keyed by their sorted stems
/// so that "citizen participation" and "participation of citizens" are one theme.
pub fn extract(
    doc: &Document,
    seg: &Segmented,
    entities: &[Entity],
    lex: &Lexicons,
    opts: &ThemeOptions,
) -> Vec<Theme> {
    let stemmer = Stemmer::create(seg.lang.algorithm());
    // Entity mentions (but not roles) stay out of themes.
    let mut masked: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.kind != crate::entities::EntityKind::Role)
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    masked.sort_unstable();
    let is_masked = |start: usize| {
        let i = masked.partition_point(|m| m.0 <= start);
        i > 0 && masked[i - 1].1 > start
    };
    let stop = |w: &str| {
        seg.lang.is_stop_word(w)
            || opts.extra_stop_words.contains(w)
            || (seg.lang == Lang::En && GENERIC.contains(&w))
            || lex.is_cue(Cue::SpeechVerb, w)
            || lex.is_cue(Cue::PresentationVerb, w)
            || lex.is_cue(Cue::Month, w)
            || lex.is_cue(Cue::GenericGroup, w)
            || lex.is_cue(Cue::Honorific, w)
    };
    let toks = &seg.tokens;
    let mut candidates: HashMap<String, Candidate> = HashMap::new();
    for (si, sentence) in seg.sentences.iter().enumerate() {
        let heading = matches!(doc.blocks[sentence.block].kind, BlockKind::Heading { .. });
        let mut run: Vec<RunWord> = Vec::new();
        let range = sentence.tokens.clone();
        let mut i = range.start;
        while i < range.end {
            let t = toks[i];
            if t.kind != TokenKind::Word || is_masked(t.start) {
                add_ngrams(&run, si, heading, seg.lang, &stemmer, &mut candidates);
                run.clear();
                i += 1;
                continue;
            }
            // Hyphenated words stay whole: "short-term", "IT-Infrastruktur".
            let mut end = t.end;
            let mut j = i + 1;
            while j + 1 < range.end
                && &doc.text[toks[j].start..toks[j].end] == "-"
                && toks[j].start == end
                && toks[j + 1].start == toks[j].end
                && toks[j + 1].kind != TokenKind::Punct
            {
                end = toks[j + 1].end;
                j += 2;
            }
            let (surface, _) = crate::entities::strip_possessive(&doc.text[t.start..end]);
            let surface = surface.trim_end_matches(['\'', '’']);
            let folded = fold(surface);
            i = j;
            if folded.chars().count() < 2 || folded.chars().any(|c| c.is_ascii_digit()) {
                add_ngrams(&run, si, heading, seg.lang, &stemmer, &mut candidates);
                run.clear();
                continue;
            }
            if CONNECTORS.contains(&folded.as_str()) && !run.is_empty() {
                run.push(RunWord {
                    folded,
                    surface: surface.to_string(),
                    connector: true,
                });
                continue;
            }
            if stop(&folded) {
                add_ngrams(&run, si, heading, seg.lang, &stemmer, &mut candidates);
                run.clear();
                continue;
            }
            run.push(RunWord {
                folded,
                surface: surface.to_string(),
                connector: false,
            });
        }
        add_ngrams(&run, si, heading, seg.lang, &stemmer, &mut candidates);
    }
    score(
        candidates,
        seg.sentences.len().max(1),
        seg.lang,
        opts.per_document,
    )
}

/// Whether a word cannot end an English theme (past participles and adverbs: "designed",
/// "particularly").
fn bad_last_word(lang: Lang, w: &str) -> bool {
    lang == Lang::En && (w.ends_with("ed") || w.ends_with("ly")) && w.len() > 4
}

fn add_ngrams(
    run: &[RunWord],
    sentence: usize,
    heading: bool,
    lang: Lang,
    stemmer: &Stemmer,
    out: &mut HashMap<String, Candidate>,
) {
    for start in 0..run.len() {
        if run[start].connector || (lang == Lang::En && run[start].folded.ends_with("ly")) {
            continue;
        }
        let mut content = 0;
        for end in start..run.len().min(start + 6) {
            if run[end].connector {
                continue;
            }
            content += 1;
            if content > 4 {
                break;
            }
            if bad_last_word(lang, &run[end].folded) {
                continue;
            }
            let slice = &run[start..=end];
            let mut stems: Vec<String> = slice
                .iter()
                .filter(|w| !w.connector)
                .map(|w| stemmer.stem(&w.folded).into_owned())
                .collect();
            stems.sort();
            stems.dedup();
            let key = stems.join(" ");
            let surface = slice
                .iter()
                .map(|w| surface_word(&w.surface))
                .collect::<Vec<_>>()
                .join(" ");
            let c = out.entry(key).or_insert_with(|| Candidate {
                count: 0,
                words: content,
                first_sentence: sentence,
                in_heading: false,
                forms: HashMap::new(),
            });
            c.count += 1;
            c.in_heading |= heading;
            *c.forms.entry(surface).or_default() += 1;
        }
    }
}

/// Lower-cases a word unless it is an acronym.
fn surface_word(w: &str) -> String {
    if crate::entities::is_acronym(w) {
        w.to_string()
    } else {
        w.to_lowercase()
    }
}

fn score(
    candidates: HashMap<String, Candidate>,
    sentences: usize,
    lang: Lang,
    limit: usize,
) -> Vec<Theme> {
    // Sub-phrases that nearly always occur inside a longer theme merge into it.
    let keys: Vec<(&String, &Candidate)> = candidates.iter().collect();
    let mut absorbed: std::collections::HashSet<&String> = Default::default();
    for (k, c) in &keys {
        if c.words == 1 || c.count < 2 {
            continue;
        }
        let parts: Vec<&str> = k.split(' ').collect();
        for (k2, c2) in &keys {
            if c2.words < c.words
                && c2.count <= c.count + c.count / 4
                && k2.split(' ').all(|p| parts.contains(&p))
            {
                absorbed.insert(k2);
            }
        }
    }
    // Languages that write compounds as one word (Stadtplanung) keep more single words.
    let compounding = matches!(
        lang,
        Lang::De | Lang::Nl | Lang::Da | Lang::Sv | Lang::No | Lang::Fi
    );
    let mut themes: Vec<Theme> = candidates
        .iter()
        .filter(|(k, c)| {
            !absorbed.contains(k)
                && match c.words {
                    1 => {
                        let long = k.chars().count() >= 9;
                        let label = c
                            .forms
                            .iter()
                            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                            .map_or("", |(f, _)| f.as_str());
                        if lang == Lang::En && ADJECTIVE_ENDINGS.iter().any(|e| label.ends_with(e))
                        {
                            return false;
                        }
                        c.count >= 3
                            || (compounding && long && c.count >= 2)
                            || (c.in_heading && long)
                    }
                    _ => true,
                }
        })
        .map(|(k, c)| {
            let position = 1.0 / (1.0 + 2.0 * (c.first_sentence as f64 / sentences as f64));
            let length = match c.words {
                1 => 0.45,
                2 => 1.0,
                3 => 0.9,
                _ => 0.6,
            };
            let heading = if c.in_heading { 1.3 } else { 1.0 };
            let raw = (c.count as f64).powf(0.8) * length * heading * (0.6 + 0.4 * position);
            let mut forms: Vec<(String, u32)> =
                c.forms.iter().map(|(f, n)| (f.clone(), *n)).collect();
            forms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            Theme {
                key: k.clone(),
                label: forms[0].0.clone(),
                count: c.count,
                score: raw,
                forms,
            }
        })
        .collect();
    themes.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.count.cmp(&a.count))
            .then_with(|| a.key.cmp(&b.key))
    });
    themes.truncate(limit);
    let max = themes
        .first()
        .map_or(1.0, |t| t.score)
        .max(f64::MIN_POSITIVE);
    for t in &mut themes {
        t.score = crate::corpus::round6(t.score / max);
    }
    themes
}
