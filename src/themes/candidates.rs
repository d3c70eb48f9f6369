//! Candidate theme phrases of one document: runs of content words, the noun-phrase-shaped
//! phrases inside them, keyed by sorted stems, with the figures that scoring needs.
//!
//! The hot path allocates per distinct word and per distinct phrase, never per token or per
//! n-gram: each distinct surface word is folded, tested and stemmed once ([`Words`]); stems
//! and surface forms are interned as numbers, phrases are keyed by their stem numbers in a
//! reused buffer, and strings are built only for the themes that scoring keeps.

use super::words;
use super::ThemeOptions;
use crate::entities::{Entity, EntityKind};
use crate::input::{BlockKind, Document};
use crate::lexicon::{Cue, Lexicons};
use crate::segment::memo::WordMemo;
use crate::segment::{fold, Lang, Segmented, TokenKind};
use std::cell::{Cell, OnceCell};
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;
use std::rc::Rc;

/// A candidate theme and its figures in one document.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// De-duplicated stems of the content words (ids into [`Found::stems`]), in the order of
    /// their strings, so that the key is these strings joined by spaces.
    pub stems: Box<[u32]>,
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
    /// Occurs in the document's first heading (its title, mostly).
    pub in_title: bool,
    /// Content words too broad to be a theme alone ("experience", "citizens").
    pub soft: u8,
    /// Occurrences shortly after a word that announces a topic ("a workshop on ...").
    pub after_topic_cue: u32,
    /// Occurrences that end where their run of content words ends (the head noun's place
    /// in English, German and Dutch).
    pub run_final: u32,
    /// Occurrences that start where their run starts.
    pub run_initial: u32,
    /// An evaluative word modifies the head somewhere ("clear mandate", "capacidades
    /// propias"): see [`evaluative_modifier`].
    pub evaluative: bool,
    /// Surface forms (ids into [`Found::forms`], one per word) and their counts, in order of
    /// first occurrence.
    pub forms: Vec<(Box<[u32]>, u32)>,
    last_sentence: usize,
}

/// Candidates of one document with the word statistics scoring needs.
#[derive(Debug, Default)]
pub(crate) struct Found {
    /// Candidates in order of first occurrence.
    pub candidates: Vec<Candidate>,
    /// Interned stems: a candidate's stems and each content word's stem key (the stems of its
    /// hyphen-separated parts joined by "-") index this list.
    pub stems: Vec<Rc<str>>,
    /// Occurrences of each content word's stem key in the document, by stem id (0: none).
    pub stem_tf: Vec<u32>,
    /// Distinct neighbouring words (left and right) of each content word's stem key, by stem
    /// id, after YAKE's relatedness-to-context: a word seen beside many different words is
    /// generic.
    pub stem_neighbours: Vec<u32>,
    /// Interned surface words as they appear in labels (see [`surface_word`]).
    pub forms: Vec<Rc<str>>,
    /// The sentences each stem occurs in, in document order, as a content word or a part of
    /// one (the stems candidates are keyed by): those of stem `s` are
    /// `stem_sentences[stem_sentence_start[s]..stem_sentence_start[s + 1]]`.
    pub stem_sentence_start: Vec<u32>,
    pub stem_sentences: Vec<u32>,
}

impl Found {
    /// The sentences stem `s` occurs in, in document order (see [`Found::stem_sentences`]).
    pub(crate) fn sentences_of(&self, s: u32) -> &[u32] {
        let s = s as usize;
        &self.stem_sentences
            [self.stem_sentence_start[s] as usize..self.stem_sentence_start[s + 1] as usize]
    }
}

impl Found {
    /// The key of a candidate: its stems joined by spaces.
    pub(crate) fn key(&self, c: &Candidate) -> String {
        let len = c
            .stems
            .iter()
            .map(|&s| self.stems[s as usize].len() + 1)
            .sum();
        let mut key = String::with_capacity(len);
        for (i, &s) in c.stems.iter().enumerate() {
            if i > 0 {
                key.push(' ');
            }
            key.push_str(&self.stems[s as usize]);
        }
        key
    }

    /// Compares two candidates' keys as strings, without building them: stems contain no
    /// space, which sorts before every character they do contain, so comparing the stem lists
    /// word by word orders the joined keys.
    pub(crate) fn cmp_keys(&self, a: &Candidate, b: &Candidate) -> std::cmp::Ordering {
        a.stems
            .iter()
            .zip(b.stems.iter())
            .map(|(&x, &y)| self.stems[x as usize].cmp(&self.stems[y as usize]))
            .find(|o| o.is_ne())
            .unwrap_or_else(|| a.stems.len().cmp(&b.stems.len()))
    }

    /// Characters in a candidate's key.
    pub(crate) fn key_chars(&self, c: &Candidate) -> usize {
        c.stems
            .iter()
            .map(|&s| self.stems[s as usize].chars().count())
            .sum::<usize>()
            + c.stems.len().saturating_sub(1)
    }

    /// A surface form as written in labels: its words joined by spaces.
    pub(crate) fn form(&self, ids: &[u32]) -> String {
        let len = ids.iter().map(|&f| self.forms[f as usize].len() + 1).sum();
        let mut out = String::with_capacity(len);
        for (i, &f) in ids.iter().enumerate() {
            // An elided word ("d'", "dell'") joins the next without a space.
            if i > 0 && !out.ends_with(['\'', '’']) {
                out.push(' ');
            }
            out.push_str(&self.forms[f as usize]);
        }
        out
    }
}

/// FxHash: the tables here live for one document and are keyed by its short words and small
/// numbers, where SipHash's resistance to chosen keys costs more than it brings (a crafted
/// document can only slow down its own analysis). Nothing is read from them in hash order.
type FastBuild = rustc_hash::FxBuildHasher;
type FastMap<K, V> = HashMap<K, V, FastBuild>;

/// Strings interned as dense ids.
#[derive(Debug, Default)]
struct Interner {
    /// Ids hashed by their strings, so that each string is stored once (in `strings`).
    ids: hashbrown::HashTable<u32>,
    /// Shared with the memoised words ([`WordStrings`]): interning copies no string.
    strings: Vec<Rc<str>>,
}

impl Interner {
    /// An interner with room for `n` strings.
    fn with_capacity(n: usize) -> Self {
        Self {
            ids: hashbrown::HashTable::with_capacity(n),
            strings: Vec::with_capacity(n),
        }
    }

    fn intern(&mut self, s: &Rc<str>) -> u32 {
        let hash = FastBuild::default().hash_one(&**s);
        if let Some(&id) = self.ids.find(hash, |&id| *self.strings[id as usize] == **s) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(Rc::clone(s));
        let strings = &self.strings;
        self.ids.insert_unique(hash, id, |&id| {
            FastBuild::default().hash_one(&*strings[id as usize])
        });
        id
    }
}

/// What is known of one distinct surface word, worked out once per document.
#[derive(Debug)]
struct Word {
    /// What the word is whatever the document (memoised across documents, shared with the
    /// memo rather than copied: a copy cost an allocation per distinct word per document).
    known: Rc<Known>,
    /// A stop word (built-in, user, generic vocabulary, verbs, cue words).
    stop: bool,
    /// Stem ids of the word's parts (a hyphenated word has one per part); filled by
    /// [`Words::prepare`] once the word joins a run.
    stems: Box<[u32]>,
    /// Stem id of the parts' stems joined by "-" ([`UNSET`] until prepared).
    key: u32,
    /// Id of the word as written in labels ([`UNSET`] until prepared).
    form: u32,
    /// What the word's shape says of its part of speech (set when prepared).
    shape: Shape,
}

/// The suffix tests of [`noun_phrase_shape`] for one word, worked out once.
#[derive(Debug, Default, Clone, Copy)]
struct Shape {
    /// English: can open a theme (not an adverb).
    first_ok: bool,
    /// English: an -ing verb at the front of a phrase.
    gerund: bool,
    /// English: can be the head noun.
    head_ok: bool,
    /// English: a plural that cannot modify the next word.
    plural_before_head: bool,
    /// English: a noun for people ("investors").
    person_plural: bool,
    /// Romance languages: an adjective ending.
    romance_adjective: bool,
    /// Romance languages: a common verb form.
    romance_verb: bool,
    /// German: an inflected adjective.
    de_adjective: bool,
    /// Dutch: an adjective by its ending, which cannot be a head.
    nl_adjective: bool,
    /// Judges or sizes rather than classifies ("clear", "propias").
    evaluative: bool,
    /// Romance languages: an infinitive or gerund.
    infinitive: bool,
    /// A noun of quantity ("percent", "tonnes").
    partitive: bool,
}

impl Shape {
    fn of(lang: Lang, w: &str) -> Self {
        let en = lang == Lang::En;
        Self {
            first_ok: en && words::en_first_ok(w),
            gerund: en && words::en_gerund(w),
            head_ok: en && words::en_head_ok(w),
            plural_before_head: en && words::en_plural_before_head(w),
            person_plural: en && words::en_person_plural(w),
            romance_adjective: words::romance_adjective(lang, w),
            romance_verb: words::romance_verb(lang, w),
            de_adjective: lang == Lang::De && words::de_adjective(w),
            nl_adjective: lang == Lang::Nl && words::nl_adjective(w),
            evaluative: words::is_evaluative(lang, w),
            infinitive: words::romance_infinitive(lang, w),
            partitive: words::is_partitive(lang, w),
        }
    }
}

/// How many words before a phrase a topic cue may stand ("on the cost of ...").
const TOPIC_CUE_WINDOW: usize = 3;

/// A stem or form id not yet worked out.
const UNSET: u32 = u32::MAX;

/// The distinct words of a document, looked up by their surface form.
struct Words<'t> {
    index: FastMap<&'t str, u32>,
    list: Vec<Word>,
    stems: Interner,
    forms: Interner,
    lang: Lang,
    lex: &'t Lexicons,
    stop: &'t dyn Fn(&str) -> bool,
}

impl<'t> Words<'t> {
    /// The id of a surface word, working out its properties the first time it is seen.
    fn lookup(&mut self, surface: &'t str) -> u32 {
        if let Some(&id) = self.index.get(surface) {
            return id;
        }
        let lang = self.lang;
        let known = known_word(lang, self.lex, surface);
        let word = Word {
            stop: known.stop || (self.stop)(&known.folded),
            known,
            stems: Box::default(),
            key: UNSET,
            form: UNSET,
            shape: Shape::default(),
        };
        let id = self.list.len() as u32;
        self.list.push(word);
        self.index.insert(surface, id);
        id
    }

    /// Stems a word that joins a run and interns its label form, once: stop words and names,
    /// most of a text's distinct words, never need either.
    fn prepare(&mut self, id: u32, surface: &str) {
        let Self {
            list,
            stems,
            forms,
            lang,
            ..
        } = self;
        let word = &mut list[id as usize];
        if word.form != UNSET {
            return;
        }
        let strings = word.known.strings(*lang, surface);
        word.form = forms.intern(&strings.form);
        word.shape = word.known.shape(*lang);
        word.stems = strings.stems.iter().map(|s| stems.intern(s)).collect();
        word.key = match &strings.joined {
            None => word.stems[0],
            Some(joined) => stems.intern(joined),
        };
    }
}

/// What [`Words::lookup`] works out of a surface word from the word, its language and the
/// built-in lexicons alone: the same in every document.
#[derive(Debug, Clone)]
struct Known {
    /// Folded form.
    folded: Box<str>,
    /// Too short or holding a digit: ends a run.
    unfit: bool,
    /// Joins content words inside a theme ("of", "de").
    connector: bool,
    /// An article that may follow a connector ("la" in "de la").
    connector_article: bool,
    /// A built-in stop word (see [`builtin_stop`]).
    stop: bool,
    /// Too broad to be a theme alone ("experience", "citizens").
    soft: bool,
    /// Starts with a capital letter.
    capital: bool,
    /// An acronym ("ICC", "EU").
    acronym: bool,
    /// Announces the topic of what follows ("on", "about", "discussed").
    topic_cue: bool,
    /// Joins the items of a list ("and", "or").
    conjunction: bool,
    /// [`Shape::of`] the folded form, worked out the first time the word joins a run (most
    /// words never do) and kept with the memoised word.
    shape: Cell<Option<Shape>>,
    /// English: can be the subject of a verb after it: 1 a noun ("commission"), 2 a plural
    /// ("discussions").
    subject: u8,
    /// English: a verb after a plural subject ("need", "ranging"): see
    /// [`words::en_verb_after_plural`].
    verb_after_plural: bool,
    /// English: a past tense or participle ("covered", "took"): the verb after a subject.
    past: bool,
    /// English: "to" after it opens an infinitive ([`words::en_infinitive_governor`]).
    governs_infinitive: bool,
    /// English: "to".
    to: bool,
    /// English: a form of "to be".
    be: bool,
    /// English: ends in "-ing" (a progressive verb after a form of "to be").
    ing: bool,
    /// The strings [`Words::prepare`] interns, kept with the memoised word: stemming and
    /// lower-casing each word again in every document was most of preparing it.
    strings: OnceCell<WordStrings>,
}

/// A word's label form and stems, the same in every document.
#[derive(Debug, Clone)]
struct WordStrings {
    /// The word as written in labels (see [`surface_word`]).
    form: Rc<str>,
    /// The stems of its parts (a hyphenated word has one per part).
    stems: Box<[Rc<str>]>,
    /// The stems joined by "-", unless there is exactly one.
    joined: Option<Rc<str>>,
}

impl Known {
    fn of(lang: Lang, lex: &Lexicons, surface: &str) -> Self {
        let folded = fold(surface);
        Self {
            unfit: folded.chars().count() < 2 || folded.chars().any(|c| c.is_ascii_digit()),
            connector: words::is_connector(lang, &folded),
            connector_article: words::is_connector_article(lang, &folded),
            // The stop-word lists keep their diacritics ("não", "até", "für"); `folded` has
            // none. (An ASCII word's lower case is its folded form, tested already.)
            stop: builtin_stop(lang, lex, &folded)
                || (!surface.is_ascii() && lang.is_stop_word(&surface.to_lowercase()))
                || (matches!(lang, Lang::Fr | Lang::Es | Lang::Pt | Lang::It)
                    && words::romance_finite(lang, &surface.to_lowercase()))
                // A region written as a name ("Niedersachsen": German nouns are capitalised
                // too) is a place, an entity, whatever the language.
                || (surface.starts_with(char::is_uppercase) && lex.is_region(&folded))
                || (words::is_common_verb(lang, &folded)
                    && (lang != Lang::De || !surface.starts_with(char::is_uppercase))),
            soft: words::is_soft(lang, &folded) || lex.is_cue(Cue::GenericGroup, &folded),
            capital: surface.chars().next().is_some_and(char::is_uppercase),
            acronym: crate::entities::is_acronym(surface),
            topic_cue: words::is_topic_cue(lang, &folded),
            conjunction: words::is_conjunction(lang, &folded),
            subject: if lang != Lang::En {
                0
            } else if words::en_plural_subject(&folded) {
                2
            } else {
                u8::from(words::en_subject_noun(&folded))
            },
            verb_after_plural: lang == Lang::En && words::en_verb_after_plural(&folded),
            past: lang == Lang::En && words::en_past_form(&folded),
            governs_infinitive: lang == Lang::En && words::en_infinitive_governor(&folded),
            to: lang == Lang::En && &*folded == "to",
            be: lang == Lang::En && words::en_be_form(&folded),
            ing: lang == Lang::En && folded.len() > 5 && folded.ends_with("ing"),
            folded: folded.into_boxed_str(),
            shape: Cell::new(None),
            strings: OnceCell::new(),
        }
    }

    /// [`WordStrings`] of the word (`surface`, in `lang`, as it was looked up), worked out
    /// the first time it joins a run.
    fn strings(&self, lang: Lang, surface: &str) -> &WordStrings {
        self.strings.get_or_init(|| {
            let stems: Box<[Rc<str>]> = self
                .folded
                .split('-')
                .filter(|p| !p.is_empty())
                .map(|p| crate::segment::with_stem(lang, p, |s| Rc::from(s)))
                .collect();
            let joined = (stems.len() != 1).then(|| Rc::from(stems.join("-")));
            WordStrings {
                form: Rc::from(surface_word(lang, surface)),
                stems,
                joined,
            }
        })
    }

    /// [`Shape::of`] the folded form in `lang` (the language the word was looked up in).
    fn shape(&self, lang: Lang) -> Shape {
        if let Some(shape) = self.shape.get() {
            return shape;
        }
        let shape = Shape::of(lang, &self.folded);
        self.shape.set(Some(shape));
        shape
    }
}

/// Stop words from the built-in lists: stop-word lists, generic vocabulary, common English
/// verbs and cue words.
fn builtin_stop(lang: Lang, lex: &Lexicons, w: &str) -> bool {
    lang.is_stop_word(w)
        || words::is_function_word(lang, w)
        || (lang == Lang::En && (words::en_verb(w) || words::en_verb_by_ending(w)))
        || words::is_generic(lang, w)
        || ((lex.is_cue(Cue::SpeechVerb, w) || lex.is_cue(Cue::PresentationVerb, w))
            && !(lang == Lang::En && words::en_participle_adjective(w)))
        || lex.is_cue(Cue::Month, w)
        || lex.is_cue(Cue::Honorific, w)
        || lex.is_cue(Cue::EventKeyword, w)
        || lex.is_cue(Cue::RoleHead, w)
}

/// Words remembered per thread in each generation (see [`WordMemo`]), all languages
/// together: memory stays bounded (a few MB) whatever the corpus.
const KNOWN_LIMIT: usize = 32_768;

thread_local! {
    /// Kept across documents: most words of a corpus recur in many of its documents, and
    /// working them out was a large share of theme extraction.
    static KNOWN: std::cell::RefCell<WordMemo<Rc<Known>>> =
        std::cell::RefCell::new(WordMemo::new(KNOWN_LIMIT));
}

/// [`Known::of`], remembered for the built-in lexicons (the only ones an analyzer uses).
fn known_word(lang: Lang, lex: &Lexicons, surface: &str) -> Rc<Known> {
    if !std::ptr::eq(lex, crate::lexicon::builtin()) {
        return Rc::new(Known::of(lang, lex, surface));
    }
    KNOWN.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some(k) = memo.get(lang, surface) {
            return k;
        }
        let k = Rc::new(Known::of(lang, lex, surface));
        memo.insert(lang, surface, Rc::clone(&k));
        k
    })
}

/// A word of a candidate run.
#[derive(Debug, Clone, Copy)]
struct RunWord {
    /// Index into [`Words::list`].
    word: u32,
    /// Only joins content words ("of", "de la").
    connector: bool,
    /// Starts with a capital letter in running text (German nouns).
    capital: bool,
    /// Followed by a plural possessive's apostrophe ("citizens' participation").
    possessive: bool,
    /// A topic cue ("on", "about", "discussed") stands among the few words before it.
    after_topic_cue: bool,
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
    // A one-word place or body named elsewhere in the text is that entity wherever it is
    // written with its capital, even where the recogniser let it pass ("Nice has planted
    // 10,000 trees", "Athens appointed a heat officer").
    let one_word_names: HashSet<String, FastBuild> = entities
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EntityKind::City | EntityKind::Country | EntityKind::Organisation
            ) && !e.name.contains(char::is_whitespace)
        })
        .map(|e| crate::segment::fold(&e.name))
        .collect();
    let fold_buf = std::cell::RefCell::new(String::new());
    let named = |text: &str| {
        if one_word_names.is_empty() || !text.starts_with(char::is_uppercase) {
            return false;
        }
        let mut buf = fold_buf.borrow_mut();
        buf.clear();
        crate::segment::fold_into(text, &mut buf);
        one_word_names.contains(buf.as_str())
    };
    let verbs = marked_verbs(doc, seg);
    // The stop words of this document and configuration; the built-in ones are in
    // `builtin_stop`.
    let stop =
        |w: &str| (lang == Lang::En && verbs.contains(w)) || opts.extra_stop_words.contains(w);
    let mut vocab = Words {
        // Sized for the distinct words of a recap, so that it seldom grows (and rehashes):
        // about 270 in a generated recap of some 500 words.
        index: FastMap::with_capacity_and_hasher(seg.tokens.len() / 2, FastBuild::default()),
        list: Vec::new(),
        // Each content word has one form and a stem or two: sized like `index`.
        stems: Interner::with_capacity(seg.tokens.len() / 2),
        forms: Interner::with_capacity(seg.tokens.len() / 2),
        lang,
        lex,
        stop: &stop,
    };
    let toks = &seg.tokens;
    // A recap has about one candidate per two tokens (235 for some 500 words, generated):
    // made with that room, the list and its index seldom grow. The list's room is capped
    // (a candidate is large, and a long document repeats its phrases).
    let mut candidates = Candidates {
        index: hashbrown::HashTable::with_capacity(seg.tokens.len() / 2),
        list: Vec::with_capacity((seg.tokens.len() / 2).min(4096)),
        ..Candidates::default()
    };
    let mut stem_tf: Vec<u32> = Vec::new();
    // Sized like `index`: a content word has one or two neighbours.
    let mut neighbours: HashSet<(u32, u32), FastBuild> =
        HashSet::with_capacity_and_hasher(seg.tokens.len() / 2, FastBuild::default());
    // Runs of the current sentence: words, and where each run ends in `words`.
    let mut run: Vec<RunWord> = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    let mut content: Vec<u32> = Vec::new();
    // Each stem with each sentence it occurs in (once per sentence, in document order), and
    // the last sentence each stem was seen in.
    let mut stem_in: Vec<(u32, u32)> = Vec::new();
    let mut last_seen: Vec<u32> = Vec::new();
    // Under a heading such as "Participants" or "The jury", list items name people, not
    // topics: they get no list weight.
    let mut roster = false;
    let title_block = doc
        .blocks
        .iter()
        .position(|b| matches!(b.kind, BlockKind::Heading { .. }));
    for (si, sentence) in seg.sentences.iter().enumerate() {
        let kind = doc.blocks[sentence.block].kind;
        let heading = matches!(kind, BlockKind::Heading { .. });
        if heading {
            roster = words::is_roster_heading(lang, &doc.text[sentence.start..sentence.end]);
        }
        let list = matches!(kind, BlockKind::ListItem { .. }) && !roster;
        let place = Place {
            heading,
            title: heading && title_block == Some(sentence.block),
            list,
        };
        let title_case = heading && is_title_case(&doc.text[sentence.start..sentence.end]);
        run.clear();
        ends.clear();
        let range = sentence.tokens.clone();
        let mut first_word = true;
        // Words looked at so far in the sentence, and where the last topic cue stood.
        let mut words_seen = 0usize;
        let mut last_cue: Option<usize> = None;
        // The word before could be the subject of a verb (English): a noun or a name.
        let mut after_subject = 0u8;
        // English: the word before was a word that governs an infinitive ("how", "plans"),
        // the word before opens an infinitive ("how to"), the word before is a form of "be".
        let mut after_governor = false;
        let mut after_infinitive_to = false;
        let mut after_be = false;
        let mut i = range.start;
        while i < range.end {
            let t = toks[i];
            // A plural possessive's apostrophe ("citizens' participation") joins, not breaks.
            let text = &doc.text[t.start..t.end];
            if (text == "'" || text == "’")
                && i > range.start
                && toks[i - 1].end == t.start
                && doc.text[..t.start].ends_with(['s', 'S'])
                && in_run(&run, &ends)
            {
                if let Some(w) = run.last_mut() {
                    w.possessive = true;
                }
                i += 1;
                continue;
            }
            if t.kind != TokenKind::Word || is_masked(t.start) || named(text) {
                // A name is a subject: "Porto launched ...".
                after_subject = u8::from(lang == Lang::En && t.kind == TokenKind::Word);
                (after_governor, after_infinitive_to, after_be) = (false, false, false);
                if text == "," {
                    last_cue = carry_cue(last_cue, words_seen);
                }
                if t.kind != TokenKind::Punct || !first_word {
                    first_word = false;
                }
                flush(&mut run, &mut ends);
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
                let head = vocab.lookup(&surface[..pos]);
                let folded = &vocab.list[head as usize].known.folded;
                if words::is_elision(lang, folded) {
                    let article = words::is_connector_article(lang, folded);
                    let apostrophe = surface[pos..].chars().next().map_or(1, char::len_utf8);
                    if (vocab.list[head as usize].known.connector && in_run(&run, &ends))
                        || (article && last_is_connector(&run, &ends))
                    {
                        // The label keeps the elision: "plan d'action", "qualité de l'eau".
                        // One apostrophe for every spelling ("d’"), so that a word's form
                        // never depends on which spelling a thread met first.
                        vocab.prepare(head, &format!("{}'", &surface[..pos]));
                        push_connector(&mut run, head);
                    } else {
                        flush(&mut run, &mut ends);
                    }
                    surface = &surface[pos + apostrophe..];
                }
            }
            let word = vocab.lookup(surface);
            words_seen += 1;
            if vocab.list[word as usize].known.topic_cue {
                last_cue = Some(words_seen);
            } else if vocab.list[word as usize].known.conjunction {
                last_cue = carry_cue(last_cue, words_seen);
            }
            let w = &vocab.list[word as usize];
            let verb = match std::mem::replace(&mut after_subject, w.known.subject) {
                0 => false,
                1 => w.known.past,
                _ => w.known.past || w.known.verb_after_plural,
            };
            // "how to handle online reviews", "are building route planning": a verb here.
            let verb = verb || after_infinitive_to || (after_be && w.known.ing);
            after_infinitive_to = after_governor && w.known.to;
            after_governor = w.known.governs_infinitive;
            after_be = w.known.be;
            if w.known.unfit {
                flush(&mut run, &mut ends);
                continue;
            }
            if (in_run(&run, &ends) && w.known.connector)
                || (last_is_connector(&run, &ends) && w.known.connector_article)
            {
                vocab.prepare(word, surface);
                push_connector(&mut run, word);
                continue;
            }
            // A capitalised word inside a sentence is part of a name (an event, a programme)
            // in every language but German, where nouns are capitalised.
            let name_like = lang != Lang::De
                && w.known.capital
                && !sentence_initial
                && !title_case
                && !w.known.acronym;
            // A past tense after its subject is the verb, not a modifier: "discussions covered
            // advice", "cities obtained knowledge" (while "the integrated plan" keeps it).
            if name_like || w.stop || verb {
                flush(&mut run, &mut ends);
                continue;
            }
            let capital = w.known.capital && !sentence_initial;
            vocab.prepare(word, surface);
            run.push(RunWord {
                word,
                connector: false,
                capital,
                possessive: false,
                after_topic_cue: last_cue.is_some_and(|c| words_seen - c <= TOPIC_CUE_WINDOW),
            });
        }
        flush(&mut run, &mut ends);
        let mut start = 0;
        for &end in &ends {
            let words_of_run = &run[start..end];
            start = end;
            content.clear();
            content.extend(
                words_of_run
                    .iter()
                    .filter(|w| !w.connector)
                    .map(|w| vocab.list[w.word as usize].key),
            );
            for (k, &key) in content.iter().enumerate() {
                if stem_tf.len() <= key as usize {
                    stem_tf.resize(key as usize + 1, 0);
                }
                stem_tf[key as usize] += 1;
                if k > 0 {
                    neighbours.insert((key, content[k - 1]));
                }
                if k + 1 < content.len() {
                    neighbours.insert((key, content[k + 1]));
                }
            }
            for w in words_of_run.iter().filter(|w| !w.connector) {
                for &p in vocab.list[w.word as usize].stems.iter() {
                    if last_seen.len() <= p as usize {
                        last_seen.resize(p as usize + 1, u32::MAX);
                    }
                    if last_seen[p as usize] != si as u32 {
                        last_seen[p as usize] = si as u32;
                        stem_in.push((p, si as u32));
                    }
                }
            }
            candidates.add_phrases(words_of_run, &vocab, si, place, lang);
        }
    }
    let mut stem_neighbours = vec![0; vocab.stems.strings.len()];
    for (key, _) in neighbours {
        stem_neighbours[key as usize] += 1;
    }
    stem_tf.resize(vocab.stems.strings.len(), 0);
    // By stem, by a counting sort: each stem's sentences keep their (document) order.
    let mut stem_sentence_start = vec![0u32; vocab.stems.strings.len() + 1];
    for &(p, _) in &stem_in {
        stem_sentence_start[p as usize + 1] += 1;
    }
    for i in 1..stem_sentence_start.len() {
        stem_sentence_start[i] += stem_sentence_start[i - 1];
    }
    let mut next = stem_sentence_start.clone();
    let mut stem_sentences = vec![0u32; stem_in.len()];
    for &(p, si) in &stem_in {
        stem_sentences[next[p as usize] as usize] = si;
        next[p as usize] += 1;
    }
    let stems = vocab.stems.strings;
    let mut list = candidates.list;
    for c in &mut list {
        c.stems
            .sort_by(|&a, &b| stems[a as usize].cmp(&stems[b as usize]));
    }
    Found {
        candidates: list,
        stems,
        stem_tf,
        stem_neighbours,
        forms: vocab.forms.strings,
        stem_sentence_start,
        stem_sentences,
    }
}

/// A comma or "and" inside the reach of a topic cue carries it to the next item of the list:
/// "focused on edge computing, platform engineering and software supply chains".
fn carry_cue(last_cue: Option<usize>, words_seen: usize) -> Option<usize> {
    match last_cue {
        Some(c) if words_seen - c <= TOPIC_CUE_WINDOW => Some(words_seen),
        other => other,
    }
}

/// Whether the current (unfinished) run holds a word.
fn in_run(run: &[RunWord], ends: &[usize]) -> bool {
    run.len() > ends.last().copied().unwrap_or(0)
}

/// Whether the current run ends with a connector.
fn last_is_connector(run: &[RunWord], ends: &[usize]) -> bool {
    in_run(run, ends) && run.last().is_some_and(|w| w.connector)
}

/// English words that follow a modal or a pronoun somewhere in the document ("we buy",
/// "cities must prepare"): verbs there, so not part of a theme anywhere.
fn marked_verbs(doc: &Document, seg: &Segmented) -> HashSet<String, FastBuild> {
    let mut out = HashSet::default();
    if seg.lang != Lang::En {
        return out;
    }
    for s in &seg.sentences {
        let toks = &seg.tokens[s.tokens.clone()];
        for pair in toks.windows(2) {
            if pair[0].kind == TokenKind::Word && pair[1].kind == TokenKind::Word {
                let a = &doc.text[pair[0].start..pair[0].end];
                // Folding ASCII is lower-casing: no need to build the folded word to test it.
                let marker = if a.is_ascii() {
                    words::en_verb_marker_ignoring_case(a)
                } else {
                    words::en_verb_marker(&fold(a))
                };
                if marker {
                    out.insert(fold(&doc.text[pair[1].start..pair[1].end]));
                }
            }
        }
    }
    out
}

fn push_connector(run: &mut Vec<RunWord>, word: u32) {
    run.push(RunWord {
        word,
        connector: true,
        capital: false,
        possessive: false,
        after_topic_cue: false,
    });
}

/// Ends the current run: trailing connectors are dropped, and a non-empty run is kept.
fn flush(run: &mut Vec<RunWord>, ends: &mut Vec<usize>) {
    let start = ends.last().copied().unwrap_or(0);
    while run.len() > start && run.last().is_some_and(|w| w.connector) {
        run.pop();
    }
    if run.len() > start {
        ends.push(run.len());
    }
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
fn noun_phrase_shape(lang: Lang, phrase: &[RunWord], vocab: &Words<'_>) -> bool {
    let word = |w: &RunWord| &vocab.list[w.word as usize];
    let content = || phrase.iter().filter(|w| !w.connector);
    let n = content().count();
    let (Some(first), Some(last)) = (content().next(), content().next_back()) else {
        return false;
    };
    if content().all(|w| word(w).known.soft) {
        return false;
    }
    let (first_w, last_w) = (word(first), word(last));
    if matches!(lang, Lang::Fr | Lang::Es | Lang::Pt | Lang::It)
        && phrase.len() > 1
        && phrase[1].connector
        && first_w.shape.romance_adjective
    {
        return false;
    }
    if content().any(|w| word(w).shape.romance_verb) {
        return false;
    }
    let romance = matches!(lang, Lang::Fr | Lang::Es | Lang::Pt | Lang::It);
    // A verb phrase: "aportar cubiertas", "proposer des contrats", "conviene presupuestar".
    if romance && n >= 2 && content().any(|w| word(w).shape.infinitive) {
        return false;
    }
    // A partitive: "percent of residents", "tonnes de déchets".
    if phrase.len() > 2 && phrase[1].connector && first_w.shape.partitive {
        return false;
    }
    // A shouted heading ("COMPTE RENDU DU DÉBAT", "PRESS RELEASE"): a section label, while
    // acronyms are short.
    // A shouted name or heading ("TOWN HALL", "JONGERENPANEL") too: acronyms are short, and
    // a long all-capitals word is a label, not a topic, in any language.
    if content().all(|w| word(w).known.acronym)
        && content()
            .map(|w| word(w).known.folded.chars().count())
            .sum::<usize>()
            > 6
    {
        return false;
    }
    match lang {
        Lang::En => {
            first_w.shape.first_ok
                && !(n >= 2 && first_w.shape.gerund)
                && last_w.shape.head_ok
                && !phrase.windows(2).any(|pair| {
                    !pair[0].connector
                        && !pair[0].possessive
                        && !pair[1].connector
                        && word(&pair[0]).shape.plural_before_head
                })
                && !(n == 1 && last_w.shape.person_plural)
        }
        Lang::De => {
            // Nouns are capitalised: the head must be; words before it are adjectives.
            let head_ok = last.capital || last_w.known.capital;
            head_ok
                && content()
                    .take(n - 1)
                    .all(|w| w.capital || word(w).shape.de_adjective)
        }
        // The head comes last: "grensoverschrijdende evacuaties", not "grensoverschrijdende".
        Lang::Nl => !last_w.shape.nl_adjective,
        _ => true,
    }
}

/// Whether an evaluative word modifies the phrase's head: the first word in English, any
/// word before the head in German and Dutch, any word after it in the Romance languages.
fn evaluative_modifier(lang: Lang, phrase: &[RunWord], vocab: &Words<'_>) -> bool {
    let mut content = phrase.iter().filter(|w| !w.connector);
    let evaluative = |w: &RunWord| vocab.list[w.word as usize].shape.evaluative;
    match lang {
        Lang::En => phrase.len() > 1 && content.next().is_some_and(evaluative),
        Lang::De | Lang::Nl => {
            let n = content.clone().count();
            content.take(n.saturating_sub(1)).any(evaluative)
        }
        Lang::Fr | Lang::Es | Lang::Pt | Lang::It => content.skip(1).any(evaluative),
        _ => false,
    }
}

/// Where a sentence stands in the document.
#[derive(Debug, Clone, Copy)]
struct Place {
    heading: bool,
    /// The first heading.
    title: bool,
    list: bool,
}

/// The candidates found so far, looked up by their stem ids.
#[derive(Default)]
struct Candidates {
    /// Indices in `list`, hashed by the candidates' sorted stem ids (the key is the
    /// candidate's own `stems`, not a copy of them).
    index: hashbrown::HashTable<u32>,
    list: Vec<Candidate>,
    /// Reused buffers: the stems and the form of the phrase at hand.
    stems: Vec<u32>,
    form: Vec<u32>,
}

impl Candidates {
    fn add_phrases(
        &mut self,
        run: &[RunWord],
        vocab: &Words<'_>,
        sentence: usize,
        place: Place,
        lang: Lang,
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
                if !noun_phrase_shape(lang, slice, vocab) {
                    continue;
                }
                self.stems.clear();
                self.form.clear();
                for w in slice {
                    let word = &vocab.list[w.word as usize];
                    if !w.connector {
                        self.stems.extend_from_slice(&word.stems);
                    }
                    self.form.push(word.form);
                }
                self.stems.sort_unstable();
                self.stems.dedup();
                let hash = FastBuild::default().hash_one(self.stems.as_slice());
                let list = &self.list;
                let found = self
                    .index
                    .find(hash, |&i| *list[i as usize].stems == *self.stems);
                let i = match found {
                    Some(&i) => i as usize,
                    None => {
                        let i = self.list.len();
                        self.list.push(Candidate {
                            stems: self.stems.as_slice().into(),
                            count: 0,
                            words: content,
                            first_sentence: sentence,
                            sentences: 0,
                            in_heading: false,
                            in_list: false,
                            in_title: false,
                            soft: slice
                                .iter()
                                .filter(|w| !w.connector && vocab.list[w.word as usize].known.soft)
                                .count() as u8,
                            after_topic_cue: 0,
                            run_final: 0,
                            run_initial: 0,
                            evaluative: false,
                            // Its first form, counted below. Most candidates keep one
                            // form: a vector made for it is one allocation, where pushing
                            // onto an empty one went through a growth step per candidate.
                            forms: vec![(self.form.as_slice().into(), 0)],
                            last_sentence: usize::MAX,
                        });
                        let list = &self.list;
                        self.index.insert_unique(hash, i as u32, |&j| {
                            FastBuild::default().hash_one(&*list[j as usize].stems)
                        });
                        i
                    }
                };
                let c = &mut self.list[i];
                c.count += 1;
                c.run_final += u32::from(end + 1 == run.len());
                c.run_initial += u32::from(start == 0);
                c.words = c.words.min(content);
                if c.last_sentence != sentence {
                    c.sentences += 1;
                    c.last_sentence = sentence;
                }
                c.in_heading |= place.heading;
                c.in_title |= place.title;
                c.in_list |= place.list;
                c.evaluative |= evaluative_modifier(lang, slice, vocab);
                c.after_topic_cue += u32::from(run[start].after_topic_cue);
                match c.forms.iter_mut().find(|f| *f.0 == *self.form) {
                    Some(f) => f.1 += 1,
                    None => c.forms.push((self.form.as_slice().into(), 1)),
                }
            }
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
