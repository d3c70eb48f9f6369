//! Candidate theme phrases of one document: runs of content words, the noun-phrase-shaped
//! phrases inside them, keyed by sorted stems, with the figures that scoring needs.

use super::words;
use super::ThemeOptions;
use crate::entities::Entity;
use crate::input::{BlockKind, Document};
use crate::lexicon::{Cue, Lexicons};
use crate::segment::{fold, Lang, Segmented, TokenKind};
use rust_stemmers::Stemmer;
use std::collections::{BTreeMap, HashMap};

/// A candidate theme and its figures in one document.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// Sorted, de-duplicated stems of the content words.
    pub stems: Vec<String>,
    /// Occurrences.
    pub count: u32,
    /// Content words (1 to 4).
    pub words: usize,
    /// Index of the first sentence it occurs in.
    pub first_sentence: usize,
    /// Distinct sentences it occurs in.
    pub sentences: u32,
    /// Occurs in a heading.
    pub in_heading: bool,
    /// Occurs in a list item.
    pub in_list: bool,
    /// Occurrences that end where their run of content words ends (the head noun's place
    /// in English, German and Dutch).
    pub run_final: u32,
    /// Occurrences that start where their run starts.
    pub run_initial: u32,
    /// Surface forms and their counts (ordered map: iteration order is fixed).
    pub forms: BTreeMap<String, u32>,
    last_sentence: usize,
}

/// Candidates of one document with the word statistics scoring needs.
#[derive(Debug, Default)]
pub(crate) struct Found {
    /// Candidates by key (sorted stems joined by spaces).
    pub candidates: BTreeMap<String, Candidate>,
    /// Occurrences of each content-word stem in the document.
    pub stem_tf: HashMap<String, u32>,
    /// Distinct neighbouring words (left and right) of each content-word stem, after YAKE's
    /// relatedness-to-context: a word seen beside many different words is generic.
    pub stem_neighbours: HashMap<String, u32>,
}

/// A word of a candidate run.
#[derive(Debug, Clone)]
struct RunWord {
    /// Folded form.
    folded: String,
    /// Surface form as written (possessive stripped).
    surface: String,
    /// Stems of the word's parts (a hyphenated word has one per part).
    stems: Vec<String>,
    /// Only joins content words ("of", "de la").
    connector: bool,
    /// Starts with a capital letter in running text (German nouns).
    capital: bool,
    /// Too broad to be a theme alone ("experience", "citizens").
    soft: bool,
}

/// Collects a document's candidates.
pub(crate) fn collect(
    doc: &Document,
    seg: &Segmented,
    entities: &[Entity],
    lex: &Lexicons,
    opts: &ThemeOptions,
) -> Found {
    let lang = seg.lang;
    let stemmer = Stemmer::create(lang.algorithm());
    // Entity mentions, roles included, stay out of themes.
    let mut masked: Vec<(usize, usize)> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    masked.sort_unstable();
    let is_masked = |start: usize| {
        let i = masked.partition_point(|m| m.0 <= start);
        i > 0 && masked[i - 1].1 > start
    };
    let verbs = marked_verbs(doc, seg);
    let stop = |w: &str| {
        lang.is_stop_word(w)
            || (lang == Lang::En && (words::en_verb(w) || verbs.contains(w)))
            || opts.extra_stop_words.contains(w)
            || words::is_generic(lang, w)
            || lex.is_cue(Cue::SpeechVerb, w)
            || lex.is_cue(Cue::PresentationVerb, w)
            || lex.is_cue(Cue::Month, w)
            || lex.is_cue(Cue::Honorific, w)
            || lex.is_cue(Cue::EventKeyword, w)
            || lex.is_cue(Cue::RoleHead, w)
    };
    let toks = &seg.tokens;
    let mut found = Found::default();
    let mut neighbours: HashMap<String, std::collections::HashSet<String>> = HashMap::new();
    for (si, sentence) in seg.sentences.iter().enumerate() {
        let kind = doc.blocks[sentence.block].kind;
        let heading = matches!(kind, BlockKind::Heading { .. });
        let list = matches!(kind, BlockKind::ListItem { .. });
        let title_case = heading && is_title_case(&doc.text[sentence.start..sentence.end]);
        let mut run: Vec<RunWord> = Vec::new();
        let mut runs: Vec<Vec<RunWord>> = Vec::new();
        let range = sentence.tokens.clone();
        let mut first_word = true;
        let mut i = range.start;
        while i < range.end {
            let t = toks[i];
            // A plural possessive's apostrophe ("citizens' participation") joins, not breaks.
            let text = &doc.text[t.start..t.end];
            if (text == "'" || text == "’")
                && i > range.start
                && toks[i - 1].end == t.start
                && doc.text[..t.start].ends_with(['s', 'S'])
                && !run.is_empty()
            {
                i += 1;
                continue;
            }
            if t.kind != TokenKind::Word || is_masked(t.start) {
                if t.kind != TokenKind::Punct || !first_word {
                    first_word = false;
                }
                flush(&mut run, &mut runs);
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
            i = j;
            let sentence_initial = std::mem::replace(&mut first_word, false);
            let raw = &doc.text[t.start..end];
            let (raw, _) = crate::entities::strip_possessive(raw);
            let mut surface = raw.trim_end_matches(['\'', '’']);
            // Elided articles: "l'économie", "d'école", "dell'acqua".
            if let Some(pos) = surface.find(['\'', '’']) {
                let head = fold(&surface[..pos]);
                if words::is_elision(lang, &head) {
                    if words::is_connector(lang, &head) && !run.is_empty() {
                        push_connector(&mut run, &surface[..pos], head);
                    } else if !(words::is_connector_article(lang, &head)
                        && run.last().is_some_and(|w| w.connector))
                    {
                        flush(&mut run, &mut runs);
                    }
                    let apostrophe = surface[pos..].chars().next().map_or(1, char::len_utf8);
                    surface = &surface[pos + apostrophe..];
                }
            }
            let folded = fold(surface);
            if folded.chars().count() < 2 || folded.chars().any(|c| c.is_ascii_digit()) {
                flush(&mut run, &mut runs);
                continue;
            }
            if !run.is_empty() && words::is_connector(lang, &folded) {
                push_connector(&mut run, surface, folded);
                continue;
            }
            if run.last().is_some_and(|w| w.connector) && words::is_connector_article(lang, &folded)
            {
                push_connector(&mut run, surface, folded);
                continue;
            }
            let capital = surface.chars().next().is_some_and(char::is_uppercase);
            // A capitalised word inside a sentence is part of a name (an event, a programme)
            // in every language but German, where nouns are capitalised.
            let name_like = lang != Lang::De
                && capital
                && !sentence_initial
                && !title_case
                && !crate::entities::is_acronym(surface);
            // The stop-word lists keep their diacritics ("não", "até", "für"); `folded` has none.
            if name_like || stop(&folded) || lang.is_stop_word(&surface.to_lowercase()) {
                flush(&mut run, &mut runs);
                continue;
            }
            let soft = words::is_soft(lang, &folded) || lex.is_cue(Cue::GenericGroup, &folded);
            let stems = folded
                .split('-')
                .filter(|p| !p.is_empty())
                .map(|p| stemmer.stem(p).into_owned())
                .collect();
            run.push(RunWord {
                folded,
                surface: surface.to_string(),
                stems,
                connector: false,
                capital: capital && !sentence_initial,
                soft,
            });
        }
        flush(&mut run, &mut runs);
        for run in &runs {
            let content: Vec<&RunWord> = run.iter().filter(|w| !w.connector).collect();
            for (k, w) in content.iter().enumerate() {
                let key = w.stems.join("-");
                *found.stem_tf.entry(key.clone()).or_default() += 1;
                let set = neighbours.entry(key).or_default();
                if k > 0 {
                    set.insert(content[k - 1].stems.join("-"));
                }
                if k + 1 < content.len() {
                    set.insert(content[k + 1].stems.join("-"));
                }
            }
            add_phrases(run, si, heading, list, lang, &mut found.candidates);
        }
    }
    found.stem_neighbours = neighbours
        .into_iter()
        .map(|(k, v)| (k, v.len() as u32))
        .collect();
    found
}

/// English words that follow a modal or a pronoun somewhere in the document ("we buy",
/// "cities must prepare"): verbs there, so not part of a theme anywhere.
fn marked_verbs(doc: &Document, seg: &Segmented) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    if seg.lang != Lang::En {
        return out;
    }
    for s in &seg.sentences {
        let toks = &seg.tokens[s.tokens.clone()];
        for pair in toks.windows(2) {
            if pair[0].kind == TokenKind::Word && pair[1].kind == TokenKind::Word {
                let a = fold(&doc.text[pair[0].start..pair[0].end]);
                if words::en_verb_marker(&a) {
                    out.insert(fold(&doc.text[pair[1].start..pair[1].end]));
                }
            }
        }
    }
    out
}

fn push_connector(run: &mut Vec<RunWord>, surface: &str, folded: String) {
    run.push(RunWord {
        folded,
        surface: surface.to_string(),
        stems: Vec::new(),
        connector: true,
        capital: false,
        soft: true,
    });
}

/// Ends a run: trailing connectors are dropped, and a non-empty run is kept.
fn flush(run: &mut Vec<RunWord>, runs: &mut Vec<Vec<RunWord>>) {
    while run.last().is_some_and(|w| w.connector) {
        run.pop();
    }
    if !run.is_empty() {
        runs.push(std::mem::take(run));
    }
    run.clear();
}

/// Whether a heading is written in title case ("Key Takeaways From The Summit"): then capitals
/// say nothing about names.
fn is_title_case(text: &str) -> bool {
    let long: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect();
    long.len() >= 2
        && long
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            * 4
            >= long.len() * 3
}

/// Whether a phrase (content words, connectors inside) has the shape of a noun phrase in
/// `lang`, judged by suffixes and capitals in place of a part-of-speech tagger.
fn noun_phrase_shape(lang: Lang, phrase: &[RunWord]) -> bool {
    let content: Vec<&RunWord> = phrase.iter().filter(|w| !w.connector).collect();
    let (Some(first), Some(last)) = (content.first(), content.last()) else {
        return false;
    };
    if content.iter().all(|w| w.soft) {
        return false;
    }
    if matches!(lang, Lang::Fr | Lang::Es | Lang::Pt | Lang::It)
        && phrase.len() > 1
        && phrase[1].connector
        && words::romance_adjective(lang, &first.folded)
    {
        return false;
    }
    if content.iter().any(|w| words::romance_verb(lang, &w.folded)) {
        return false;
    }
    match lang {
        Lang::En => {
            words::en_first_ok(&first.folded)
                && !(content.len() >= 2 && words::en_gerund(&first.folded))
                && words::en_head_ok(&last.folded)
                && !(content.len() == 1 && words::en_person_plural(&last.folded))
        }
        Lang::De => {
            // Nouns are capitalised: the head must be; words before it are adjectives.
            let head_ok =
                last.capital || last.surface.chars().next().is_some_and(char::is_uppercase);
            head_ok
                && content[..content.len() - 1]
                    .iter()
                    .all(|w| w.capital || words::de_adjective(&w.folded))
        }
        _ => true,
    }
}

fn add_phrases(
    run: &[RunWord],
    sentence: usize,
    heading: bool,
    list: bool,
    lang: Lang,
    out: &mut BTreeMap<String, Candidate>,
) {
    for start in 0..run.len() {
        if run[start].connector {
            continue;
        }
        let mut content = 0;
        let mut connector_groups = 0;
        for end in start..run.len() {
            if run[end].connector {
                if !run[end - 1].connector {
                    connector_groups += 1;
                }
                if connector_groups > 1 {
                    break;
                }
                continue;
            }
            content += 1;
            if content > 4 {
                break;
            }
            let slice = &run[start..=end];
            if !noun_phrase_shape(lang, slice) {
                continue;
            }
            let mut stems: Vec<String> =
                slice.iter().flat_map(|w| w.stems.iter().cloned()).collect();
            stems.sort();
            stems.dedup();
            let key = stems.join(" ");
            let surface = slice
                .iter()
                .map(|w| surface_word(lang, &w.surface))
                .collect::<Vec<_>>()
                .join(" ");
            let c = out.entry(key).or_insert_with(|| Candidate {
                stems,
                count: 0,
                words: content,
                first_sentence: sentence,
                sentences: 0,
                in_heading: false,
                in_list: false,
                run_final: 0,
                run_initial: 0,
                forms: BTreeMap::new(),
                last_sentence: usize::MAX,
            });
            c.count += 1;
            c.run_final += u32::from(end + 1 == run.len());
            c.run_initial += u32::from(start == 0);
            c.words = c.words.min(content);
            if c.last_sentence != sentence {
                c.sentences += 1;
                c.last_sentence = sentence;
            }
            c.in_heading |= heading;
            c.in_list |= list;
            *c.forms.entry(surface).or_default() += 1;
        }
    }
}

/// Lower-cases a word unless it is an acronym or a German noun.
fn surface_word(lang: Lang, w: &str) -> String {
    if crate::entities::is_acronym(w) {
        return w.to_string();
    }
    if lang == Lang::De && w.chars().next().is_some_and(char::is_uppercase) {
        let mut chars = w.chars();
        let first: String = chars.next().into_iter().collect();
        return first + &chars.as_str().to_lowercase();
    }
    w.to_lowercase()
}
