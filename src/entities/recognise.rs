//! The recogniser: classifies name spans with the gazetteers and context cues, finds roles,
//! links people to roles and affiliations and cities to countries, and merges mentions into
//! one entity per canonical name.
//!
//! The order of the passes matters: spans are first cut where one name runs into another
//! ("Mayor of Kelowna Gurpreet Sandhu", "Marieke de Wit of Delft University"), people are
//! found before places so that a surname such as "Fonseca" is not read as a town, and spans
//! left unclassified are decided last from their position (after "at", inside parentheses
//! after a name).

use super::folded::{FoldedTokens, Phrase};
use super::roles::{self, RoleSpan};
use super::spans::{self, is_acronym, is_capitalised, strip_possessive, NameSpan};
use super::{Entity, EntityKind, Mention};
use crate::input::{BlockKind, Document};
use crate::lexicon::{self, CityForm, Cue, Lexicons};
use crate::segment::{fold, fold_into, Segmented, Token, TokenKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

/// Population above which an ambiguous city name needs only one weak cue.
const BIG_CITY: u64 = 100_000;
/// A city no one is named after.
const METROPOLIS: u64 = 1_000_000;

/// Acronyms that are job titles, also before names ("CEO Lena Hartmann").
const TITLE_ACRONYMS: &[&str] = &["ceo", "cto", "cfo", "coo", "cio", "cmo", "mep", "vp", "md"];

/// Academic titles: written as a title before a name they are courtesy, not a job ("Professor
/// Hiroshi Nakagawa", "Prof. Dr. Lukas Brandstetter"); as a noun ("la professoressa Elena
/// Rinaldi") or an apposition they are a role.
const ACADEMIC_TITLES: &[&str] = &[
    "professor",
    "prof",
    "doctor",
    "dr",
    "professeur",
    "professeure",
    "profesor",
    "profesora",
    "professora",
    "professore",
    "professoressa",
    "docteur",
    "doktor",
    "dott",
    "dottore",
    "dottoressa",
    "doutor",
    "doutora",
];

/// Acronyms of things rather than bodies: they are never organisations on their own.
const GENERIC_ACRONYMS: &[&str] = &[
    "AI", "IT", "ICT", "GDP", "KPI", "KPIS", "NGO", "NGOS", "SME", "SMES", "R&D", "PHD", "EV",
    "EVS", "IOT", "API", "APIS", "LED", "PPP", "ESG", "SDG", "SDGS", "GHG", "ROI", "HR", "PR",
    "Q&A", "FAQ", "USD", "EUR", "GBP", "CEO", "CTO", "CFO", "COO", "MEP", "MEPS", "PDF", "URL",
    "GIS", "BIM", "LNG", "PV", "HIV", "AIDS", "COVID", "TB", "ICU", "MRI", "CT", "DNA", "STEM",
    "NB", "PS", "TV", "OK", "VR", "AR", "XR", "UX", "UI", "SAAS", "HVAC", "SMS", "GP", "GPS", "IA",
    "GPS", "EV", "CSV", "JSON", "HTML", "GPU", "CPU", "LLM", "LLMS", "NLP", "ML", "OSS", "FTE",
    "CO", "NOX", "PM", "AM", "PNRR", "EU27", "CFA", "FCFA", "AGM", "EGM", "HPV", "CPAP", "CBD",
    "PET", "CAT", "ECG", "SMIC", "KI", "PTA", "NSW", "QLD",
    // Time zones after a clock time ("15:47 CET"), and SME in the other languages.
    "CET", "CEST", "GMT", "UTC", "BST", "EST", "EDT", "PST", "PDT", "PME", "PMES", "PYME", "PYMES",
    // Units of power and energy ("a 2 MW battery"), qualifications and a phone's card.
    "MW", "GW", "MWH", "GWH", "TWH", "MWP", "GCSE", "GCSES", "NVQ", "NVQS", "BTEC", "SIM",
];

/// Letters written after a name: honours, degrees and professional bodies ("Dame Eleanor
/// Whitcombe OBE", "Ngozi Eze-Lindgren ACA", "Dr Hye-jin Park, PhD"). They are no part of the
/// name, no body and no role.
const POST_NOMINALS: &[&str] = &[
    "OBE", "MBE", "CBE", "KBE", "DBE", "CMG", "KCMG", "GCMG", "CVO", "LVO", "OAM", "AO", "ONZM",
    "MNZM", "CNZM", "PhD", "DPhil", "MD", "DSc", "EdD", "MSc", "MBA", "MPH", "LLM", "LLB", "BSc",
    "QC", "KC", "SC", "ACA", "FCA", "ACCA", "FCCA", "CPA", "CFA", "FRS", "FREng", "FRCP", "FRCS",
    "FRSA", "FAcSS", "CEng", "PEng", "RN", "RGN", "Esq", "MP", "MEP", "MSP", "MLA", "MPP",
    "PharmD", "DNP", "MSN", "BSN", "FNP", "DDS", "DMD", "LCSW", "MSW", "MPA",
];

/// A word list as a set, built at first use: the lists below are asked about most words of
/// most spans, and scanning one compared the word with every entry.
macro_rules! word_set {
    ($set:ident, $list:ident) => {
        static $set: LazyLock<FxHashSet<&'static str>> =
            LazyLock::new(|| $list.iter().copied().collect());
    };
}

word_set!(AFFILIATION_LINK_SET, AFFILIATION_LINKS);
word_set!(ARTICLE_SET, ARTICLES);
word_set!(NAME_PARTICLE_SET, NAME_PARTICLES);
word_set!(REGION_SET, REGION_WORDS);
word_set!(ADMIN_SET, ADMIN_WORDS);
word_set!(BUILDING_SET, BUILDING_WORDS);
word_set!(DOCUMENT_SET, DOCUMENT_WORDS);
word_set!(VENUE_SET, VENUE_WORDS);
word_set!(LANGUAGE_SET, LANGUAGES);
word_set!(TOWN_SET, TOWN_WORDS);
word_set!(MORE_REGION_SET, MORE_REGION_WORDS);
word_set!(POST_NOMINAL_SET, POST_NOMINALS);

/// Words that link a name to where the person works ("of", "from", "von", "del").
const AFFILIATION_LINKS: &[&str] = &[
    "at", "of", "from", "with", "for", "de", "du", "des", "von", "vom", "bei", "aus", "da", "do",
    "dos", "di", "del", "della", "van", "uit", "bij", "à", "en", "chez", "in", "im", "em", "no",
    "na", "dell", "dalla", "dal", "au", "aux", "beim", "zum", "zur", "am", "nel", "nella", "nos",
    "aan", "nas", "presso",
    // "sustainable mobility lead @ Ayuntamiento de Sevilla", as posts write "at".
    "@",
];

/// Articles skipped between a link and a name ("of the University").
const ARTICLES: &[&str] = &[
    "the", "la", "le", "les", "l", "der", "die", "das", "den", "dem", "des", "el", "los", "las",
    "il", "lo", "gli", "o", "a", "os", "as", "het", "de", "an", "un", "une", "uno", "una", "ein",
    "eine", "een", "um", "uma",
];

/// A classified mention before merging.
#[derive(Debug, Clone)]
struct Found {
    kind: EntityKind,
    name: String,
    start: usize,
    end: usize,
    sentence: usize,
    /// The span this mention came from, for relation finding.
    span: Option<usize>,
    country: Option<String>,
    gazetteer_country: Option<String>,
    role: Option<String>,
    affiliation: Option<String>,
}

impl Found {
    /// A mention that is exactly the name span `k`.
    fn of_span(kind: EntityKind, name: String, s: &NameSpan, k: usize) -> Self {
        // "l’ONG Cadre de Vie Propre": the kind of body is no part of its name.
        let name = match name.split_once(' ') {
            Some((kind_word, rest))
                if kind == EntityKind::Organisation
                    && matches!(kind_word, "ONG" | "NGO" | "ONGD" | "ONLUS")
                    && rest.starts_with(char::is_uppercase) =>
            {
                rest.to_string()
            }
            _ => name,
        };
        Found {
            kind,
            name,
            start: s.start,
            end: s.end,
            sentence: s.sentence,
            span: Some(k),
            country: None,
            gazetteer_country: None,
            role: None,
            affiliation: None,
        }
    }
}

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    seg: &'a Segmented,
    lex: &'a Lexicons,
    /// Every token folded once (elided articles dropped), so that lookups do not fold again.
    folded_toks: FoldedTokens,
    /// Answers of the span tests that several passes ask again for the same tokens (see
    /// [`Test`]): each is a pure function of the document, so it is worked out once.
    memo: RefCell<FxHashMap<Test, bool>>,
    /// [`country_of`] each span's bytes, asked by several passes.
    countries: RefCell<FxHashMap<(usize, usize), Option<String>>>,
    /// [`PersonWord`] bits of each token, 0 until worked out.
    person_words: Vec<std::cell::Cell<u8>>,
    /// How often each folded word follows a German article, counted on first use (see
    /// [`after_article_elsewhere`]): asked of many German words, a scan of the text each time
    /// cost 0.4% of the analysis.
    after_article: std::cell::OnceCell<FxHashMap<String, u32>>,
}

/// What [`person_shape_of`] asks of a word on its own, as bits worked out once per token
/// ([`Ctx::person_word`]): a token is tested in most of the spans that hold it, and for a
/// word that is none of these every look-up ran each time.
struct PersonWord;

impl PersonWord {
    const KNOWN: u8 = 1;
    const ACRONYM: u8 = 1 << 1;
    /// Its stem is a role head.
    const ROLE_HEAD: u8 = 1 << 2;
    /// See [`cue_cased`].
    const CUE_CASED: u8 = 1 << 3;
    const ORG_KEYWORD: u8 = 1 << 4;
    const EVENT_KEYWORD_OR_ORG_SUFFIX: u8 = 1 << 5;
    /// Its stem is a month of the document's language and no given name.
    const MONTH: u8 = 1 << 6;
}

/// A span test and what it looks at: the token range, and the byte range where the test
/// reads the span's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Test {
    PersonShape(usize, usize, bool),
    NotAnEntity(usize, usize, usize, usize),
    HasCue(Cue, usize, usize, usize, usize),
    EndsWithCue(Cue, usize, usize),
}

impl Ctx<'_> {
    /// The answer of `test`, worked out by `f` the first time it is asked.
    fn memo(&self, test: Test, f: impl FnOnce() -> bool) -> bool {
        if let Some(&answer) = self.memo.borrow().get(&test) {
            return answer;
        }
        let answer = f();
        self.memo.borrow_mut().insert(test, answer);
        answer
    }

    #[inline]
    fn tx(&self, i: usize) -> &str {
        self.folded_toks.surface(self.text, i)
    }
    fn folded(&self, i: usize) -> &str {
        self.folded_toks.get(i)
    }
    /// Whether token `i` is the first of its sentence.
    fn opens_sentence(&self, i: usize) -> bool {
        let sentences = &self.seg.sentences;
        let k = sentences.partition_point(|s| s.tokens.end <= i);
        sentences.get(k).is_some_and(|s| s.tokens.start == i)
    }
    /// Token `i` folded, without a possessive ending.
    fn stem(&self, i: usize) -> &str {
        self.folded_toks.stem(i)
    }
    /// The role phrase that starts exactly at token `a` within `a..b`, if any.
    fn front_role(&self, a: usize, b: usize) -> Option<RoleSpan> {
        // Only the first role can start at `a`.
        roles::find_until(
            self.text,
            self.toks,
            &self.folded_toks,
            a..b,
            self.seg.lang,
            self.lex,
            |_| true,
        )
        .into_iter()
        .next()
        .filter(|r| r.first == a)
    }
    /// The first token at or after `i` (before `end`) that is not a lower-case link word or
    /// article: where the name after "of the", "de la" starts.
    fn skip_links(&self, mut i: usize, end: usize) -> usize {
        while i < end
            && (AFFILIATION_LINK_SET.contains(self.folded(i))
                || ARTICLE_SET.contains(self.folded(i)))
            && !is_capitalised(self.tx(i))
        {
            i += 1;
        }
        i
    }
    fn span_text(&self, s: &NameSpan) -> &str {
        &self.text[s.start..s.end]
    }
    fn range(&self, s: &NameSpan) -> std::ops::Range<usize> {
        self.seg.sentences[s.sentence].tokens.clone()
    }
    /// How many word tokens the span has (`word_tokens(s).len()` without the `Vec`).
    fn word_count(&self, s: &NameSpan) -> usize {
        (s.first..s.last)
            .filter(|&i| self.toks[i].kind == TokenKind::Word)
            .count()
    }
    fn word_tokens(&self, s: &NameSpan) -> Vec<usize> {
        (s.first..s.last)
            .filter(|&i| self.toks[i].kind == TokenKind::Word)
            .collect()
    }
    /// The token before the span, if in the same sentence.
    fn before(&self, s: &NameSpan, n: usize) -> Option<usize> {
        let i = s.first.checked_sub(n)?;
        (i >= self.range(s).start).then_some(i)
    }
    /// The token `n` after the span, if in the same sentence.
    fn after(&self, s: &NameSpan, n: usize) -> Option<usize> {
        let i = s.last + n;
        (i < self.range(s).end).then_some(i)
    }
    fn next_tok(&self, s: &NameSpan, n: usize) -> Option<&str> {
        self.after(s, n).map(|i| self.tx(i))
    }
    fn prev_word(&self, s: &NameSpan, n: usize) -> Option<&str> {
        self.before(s, n)
            .filter(|&i| self.toks[i].kind == TokenKind::Word)
            .map(|i| self.folded(i))
    }
    /// The [`PersonWord`] bits of token `i`.
    fn person_word(&self, i: usize) -> u8 {
        let known = self.person_words[i].get();
        if known != 0 {
            return known;
        }
        let (t, f) = (self.tx(i), self.stem(i));
        let lex = self.lex;
        let bit = |b: bool, bit: u8| if b { bit } else { 0 };
        let bits = PersonWord::KNOWN
            | bit(is_acronym(t), PersonWord::ACRONYM)
            | bit(lex.is_cue(Cue::RoleHead, f), PersonWord::ROLE_HEAD)
            | bit(cue_cased(self, i), PersonWord::CUE_CASED)
            | bit(
                lex.is_cue(Cue::OrgKeyword, f) || hyphen_body_word(self, i),
                PersonWord::ORG_KEYWORD,
            )
            | bit(
                lex.is_cue(Cue::EventKeyword, f) || lex.is_cue(Cue::OrgSuffix, f),
                PersonWord::EVENT_KEYWORD_OR_ORG_SUFFIX,
            )
            | bit(
                lex.is_cue_in(Cue::Month, f, self.seg.lang) && !lex.is_given_name(f),
                PersonWord::MONTH,
            );
        self.person_words[i].set(bits);
        bits
    }
    fn given_name(&self, i: usize) -> bool {
        let t = self.tx(i);
        is_capitalised(t) && !is_acronym(t) && self.lex.is_given_name(self.folded(i))
    }
    /// The role over tokens `a..b`.
    fn role_span(&self, a: usize, b: usize) -> RoleSpan {
        RoleSpan {
            first: a,
            last: b,
            start: self.toks[a].start,
            end: self.toks[b - 1].end,
        }
    }
    /// Where a name starting at `first` starts with the courtesy and academic titles before
    /// it: a role stands before those ("Oberbürgermeisterin Dr. Katrin Albers", "President
    /// Dr. Adele Fontaine").
    fn before_titles(&self, s: &NameSpan) -> usize {
        let floor = self.range(s).start;
        let mut i = s.first;
        while i > floor {
            let p = i - 1;
            let dot = self.tx(p) == "." && p > floor && self.is_title(p - 1);
            if dot {
                i = p - 1;
            } else if self.toks[p].kind == TokenKind::Word
                && (is_capitalised(self.tx(p)) || self.tx(p + 1) == ".")
                && self.is_title(p)
                && (!self.lex.is_cue(Cue::RoleHead, self.folded(p)) || self.academic(p, p + 1))
            {
                i = p;
            } else {
                break;
            }
        }
        i
    }
    /// Whether tokens `a..b` are one academic title.
    fn academic(&self, a: usize, b: usize) -> bool {
        b == a + 1
            && is_capitalised(self.tx(a))
            && ACADEMIC_TITLES.contains(&self.folded(a).trim_end_matches('.'))
    }
    /// Whether token `i` is a role's word as written (compounds and feminines included).
    fn role_word(&self, i: usize) -> bool {
        roles::is_role_word(self.tx(i), self.folded(i), self.seg.lang, self.lex)
    }

    fn is_title(&self, i: usize) -> bool {
        let w = self.folded(i);
        // "Prof.ª", "Dr.º": folding turns the ordinal indicator into a letter.
        let w = match self.tx(i).chars().last() {
            Some('ª' | 'º') if w.ends_with(".a") || w.ends_with(".o") => {
                let base = &w[..w.len() - 2];
                return self.lex.is_cue(Cue::Honorific, base)
                    || self.lex.is_cue(Cue::Honorific, &w[..w.len() - 1]);
            }
            _ => w,
        };
        let w = w.trim_end_matches('.');
        // "Dª" folds to "da", the particle that opens "Da Nang" and "Da Silva".
        if NAME_PARTICLE_SET.contains(w) && !self.tx(i).contains('ª') {
            return false;
        }
        self.lex.is_cue(Cue::Honorific, w)
            || TITLE_ACRONYMS.contains(&w)
            // The tokeniser splits "M." and "Sra." from their period, and the cue lists
            // write them with it. A letter is a title in its own language only: French "M."
            // is Monsieur, Dutch and English "M. de Vries" an initial.
            || (self.toks.get(i + 1).is_some_and(|_| self.tx(i + 1) == ".") && {
                let dotted = format!("{w}.");
                if w.len() == 1 {
                    self.lex.is_cue_in(Cue::Honorific, &dotted, self.seg.lang)
                } else {
                    self.lex.is_cue(Cue::Honorific, &dotted)
                }
            })
    }
}

/// A span and what is known about it before classification.
#[derive(Debug, Clone, Copy)]
struct Span {
    s: NameSpan,
    /// A title stripped from the front that is also a role ("Mayor", "CEO").
    title_role: Option<(usize, usize)>,
    /// Another span this one names the affiliation of ("Ágnes Szabó of the University").
    affiliation_of: Option<usize>,
}

/// Removes the spans at `gone`, merged into the span at `into` (before them), and keeps
/// every `affiliation_of` pointing at the same span: spans point at others by index.
fn remove_spans(out: &mut Vec<Span>, into: usize, gone: Range<usize>) {
    let n = gone.len();
    for sp in out.iter_mut() {
        if let Some(a) = &mut sp.affiliation_of {
            if gone.contains(a) {
                *a = into;
            } else if *a >= gone.end {
                *a -= n;
            }
        }
    }
    out.drain(gone);
}

/// Whether a folded name is a town the lists know, of any size: the gazetteer's cities or
/// the smaller towns.
fn is_town(lex: &Lexicons, f: &str) -> bool {
    !lex.cities_for(f).is_empty() || lexicon::town(f).is_some()
}

/// Extends the span at `k` over the one after it, which goes.
fn absorb_next(out: &mut Vec<Span>, k: usize) {
    let b = out[k + 1].s;
    out[k].s.last = b.last;
    out[k].s.end = b.end;
    out[k].s.possessive = b.possessive;
    remove_spans(out, k, k + 1..k + 2);
}

/// Inserts `span` at `at`, keeping every `affiliation_of` pointing at the same span.
fn insert_span(out: &mut Vec<Span>, at: usize, span: Span) {
    for sp in out.iter_mut() {
        if let Some(a) = &mut sp.affiliation_of {
            if *a >= at {
                *a += 1;
            }
        }
    }
    out.insert(at, span);
}

/// Pushes `base` cut in two, tokens `left` and `right`, as two spans of their own; a title
/// stripped from the front goes with the right part only when given.
fn push_cut(
    out: &mut Vec<Span>,
    ctx: &Ctx,
    base: &NameSpan,
    left: (usize, usize),
    right: (usize, usize),
    right_title: Option<(usize, usize)>,
) {
    out.push(Span {
        s: make_span(ctx, base, left.0, left.1),
        title_role: None,
        affiliation_of: None,
    });
    out.push(Span {
        s: make_span(ctx, base, right.0, right.1),
        title_role: right_title,
        affiliation_of: None,
    });
}

fn make_span(ctx: &Ctx, base: &NameSpan, first: usize, last: usize) -> NameSpan {
    let mut s = *base;
    s.first = first;
    s.last = last;
    s.start = ctx.toks[first].end - ctx.tx(first).len();
    if last != base.last {
        let end_text = ctx.tx(last - 1);
        s.end = ctx.toks[last - 1].end - (end_text.len() - strip_possessive(end_text).0.len());
    }
    s.possessive = last == base.last && base.possessive;
    s.sentence_initial = base.sentence_initial && first == base.first;
    s
}

/// "UNHCR, the UN Refugee Agency": a body named again by a description after a comma and an
/// article is the body before, not another one.
fn descriptive_appositions(
    ctx: &Ctx,
    spans: &[Span],
    kind_of: &mut [Option<EntityKind>],
    found: &mut Vec<Found>,
) {
    let org = |k: usize| kind_of[k] == Some(EntityKind::Organisation);
    let described: Vec<usize> = (1..spans.len())
        .filter(|&k| {
            let (prev, s) = (&spans[k - 1].s, &spans[k].s);
            org(k)
                && org(k - 1)
                && s.sentence == prev.sentence
                && s.first == prev.last + 2
                && ctx.tx(prev.last) == ","
                && ctx.tx(prev.last + 1) == "the"
                // Not a list: "X, the Y and the Z".
                && !matches!(ctx.toks.get(s.last).map(|_| ctx.folded(s.last)), Some("and" | "or"))
        })
        .collect();
    for k in described {
        kind_of[k] = None;
        found.retain(|f| f.span != Some(k));
    }
}

/// Whether token `i` is a capitalised word with an elided link before it ("dell'Università",
/// "d'Avignon").
fn elided_link(ctx: &Ctx, i: usize) -> bool {
    let raw = &ctx.text[ctx.toks[i].start..ctx.toks[i].end];
    let tx = ctx.tx(i);
    raw.len() != tx.len() && is_capitalised(tx) && elided_link_word(&raw[..raw.len() - tx.len()])
}

/// Whether token `i` is a lower-case word with a link elided onto it ("dell'atelier"), the
/// counterpart of [`elided_link`]'s capitalised names.
fn link_elided_onto_word(ctx: &Ctx, i: usize) -> bool {
    let raw = ctx.tx(i);
    let n = roles::elision_len(raw);
    n > 0 && elided_link_word(&raw[..n]) && !is_capitalised(&raw[n..])
}

/// Whether token `i` links a role to where it is held: a link word, or one elided onto the
/// body's name ("all'Accademia", "dell'Università").
fn links_onward(ctx: &Ctx, i: usize) -> bool {
    // The token as written: `tx` leaves the elided link out.
    let raw = &ctx.text[ctx.toks[i].start..ctx.toks[i].end];
    let elided = raw
        .char_indices()
        .take(6)
        .find(|&(_, c)| c == '\'' || c == '’')
        .map(|(p, _)| &raw[..p])
        .filter(|h| !h.is_empty() && h.chars().all(char::is_lowercase));
    AFFILIATION_LINK_SET.contains(ctx.folded(i))
        || raw == "à"
        || elided.is_some_and(|h| {
            let f = fold(h);
            f == "all" || AFFILIATION_LINK_SET.contains(f.as_str())
        })
}

/// Whether an elided prefix with its apostrophe ("dell'", "d’") is a link word.
fn elided_link_word(prefix: &str) -> bool {
    let link = fold(prefix.trim_end_matches(['\'', '’']));
    link == "d" || AFFILIATION_LINK_SET.contains(link.as_str())
}

/// Whether a folded English word has an agent noun's ending and names someone ("farrier",
/// "valedictorian", "rider"), not a function word, place, nationality or thing.
fn english_agent_title(ctx: &Ctx, w: &str) -> bool {
    w.len() >= 5
        && ["er", "or", "ist", "ian", "ant", "ent", "eer"]
            .iter()
            .any(|e| w.ends_with(e))
        && !ctx.seg.lang.is_stop_word(w)
        && !NOT_AGENTS.contains(&w)
        && ctx.lex.cities_for(w).is_empty()
        && ctx.lex.country_for_demonym(w).is_none()
}

/// Whether a folded Dutch word has the ending of a trade or function ("hydroloog",
/// "schippersvrouw", "havenmeester", "docent"); Dutch writes such nouns in lower case, so one
/// opening the sentence before a full name is a title.
fn dutch_agent_title(ctx: &Ctx, w: &str) -> bool {
    w.len() >= 5
        && [
            "oog", "er", "aar", "ist", "ant", "ent", "eur", "man", "vrouw", "meester", "ier",
            "ster", "or", "aris",
        ]
        .iter()
        .any(|e| w.ends_with(e))
        && !ctx.seg.lang.is_stop_word(w)
        && !matches!(
            w,
            "volgens" | "namens" | "tijdens" | "daarnaast" | "verder" | "later"
        )
        && ctx.lex.cities_for(w).is_empty()
        && ctx.lex.country_for_demonym(w).is_none()
}

/// English words with an agent noun's ending that name no one ("Order", "Winter").
const NOT_AGENTS: &[&str] = &[
    "order", "under", "other", "never", "after", "over", "power", "water", "paper", "number",
    "winter", "summer", "center", "centre", "letter", "matter", "corner", "border", "error",
    "floor", "color", "colour", "honor", "honour", "major", "minor", "labor", "labour", "favor",
    "sector", "factor", "mirror", "poster", "flyer", "cluster", "chapter", "quarter", "semester",
    "together", "however", "whether", "either", "neither", "rather", "further", "later", "sooner",
    "better", "river", "silver", "tower", "timber", "copper", "present", "parent", "moment",
    "talent", "event", "content", "percent",
];

/// English prepositions and linking words that open a sentence and are not in the stop list.
/// Verbs that open an action item: "3. Ask South Hams District Council about a grant",
/// "Invite Leeds City Council to the next meeting".
const ACTION_VERBS: &[&str] = &[
    "ask",
    "contact",
    "invite",
    "thank",
    "email",
    "call",
    "write",
    "approach",
    "lobby",
    "consult",
    "brief",
    "inform",
    "join",
    "visit",
    "update",
    "send",
    "book",
    "check",
    "confirm",
    "explore",
    "engage",
    "involve",
    "encourage",
    "urge",
    "support",
    "partner",
];

/// A Romance participle or adjective of coming from: it opens a sentence before "de" and a
/// place ("Venu de Gruyères", "Arrivée de Lausanne") and names no occupation in an apposition
/// ("Aiko Tanabe, originaria di Mashiko").
fn origin_participle(lang: crate::segment::Lang, w: &str) -> bool {
    use crate::segment::Lang;
    let words: &[&str] = match lang {
        Lang::Fr => &[
            "venu",
            "venue",
            "venus",
            "venues",
            "arrive",
            "arrivee",
            "arrives",
            "arrivees",
            "originaire",
            "originaires",
            "natif",
            "native",
            "revenu",
            "revenue",
        ],
        Lang::Es | Lang::Pt => &[
            "llegado",
            "llegada",
            "llegados",
            "llegadas",
            "venido",
            "venida",
            "procedente",
            "originario",
            "originaria",
            "oriundo",
            "oriunda",
            "vindo",
            "vinda",
            "chegado",
            "chegada",
            "natural",
        ],
        Lang::It => &[
            "arrivato",
            "arrivata",
            "arrivati",
            "arrivate",
            "venuto",
            "venuta",
            "originario",
            "originaria",
            "originari",
            "originarie",
            "oriundo",
            "oriunda",
            "proveniente",
        ],
        _ => &[],
    };
    words.contains(&w)
}

/// An English action verb opening the sentence before a body's name of two words or more.
fn action_verb_before_body(ctx: &Ctx, first: usize, last: usize, w: &str) -> bool {
    ctx.seg.lang == crate::segment::Lang::En
        && ACTION_VERBS.contains(&w)
        && last - first >= 3
        && ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(last - 1))
}

const OPENING_PREPOSITIONS: &[&str] = &[
    "without",
    "despite",
    "beyond",
    "along",
    "among",
    "amongst",
    "behind",
    "besides",
    "inside",
    "towards",
    "toward",
    "unlike",
    "upon",
    "via",
    "amid",
    "amidst",
    "thanks",
    "following",
    "regarding",
    "concerning",
    "alongside",
    "throughout",
    "per",
    // The same in the other languages (folded): "Statt Asphalt gibt es …".
    "statt",
    "anstatt",
    "trotz",
    "wegen",
    "ausser",
    "wahrend",
    "ondanks",
    "dankzij",
    "zonder",
    "tijdens",
    // On behalf of, from the side of: "Namens Recron sprak …", "Vanuit de provincie …",
    // "Seitens der Stadt …".
    "namens",
    "vanuit",
    "seitens",
    "malgre",
    "parmi",
    "pese",
    "tras",
    "nonostante",
    "senza",
    "apesar",
];

/// Whether a folded word says "according to" in the text's language ("Segundo Ana Rocha, …",
/// "Según Javier Oteo, …", "Selon Élodie Marchand, …"); "Segundo" is also a Spanish given
/// name, so only in Portuguese.
fn according_to(lang: crate::segment::Lang, w: &str) -> bool {
    use crate::segment::Lang;
    match lang {
        Lang::Pt => matches!(w, "segundo" | "conforme"),
        Lang::Es => w == "segun",
        Lang::Fr => w == "selon",
        Lang::It => w == "secondo",
        Lang::De => w == "laut",
        Lang::Nl => w == "volgens",
        _ => false,
    }
}

/// English adverbs of time and sequence that open a sentence before a name without a comma
/// ("Later Anna Peeters presented …") and are not in the stop list.
const OPENING_ADVERBS: &[&str] = &[
    "later",
    "afterwards",
    "afterward",
    "meanwhile",
    "next",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "also",
    "nevertheless",
    "nonetheless",
    "instead",
    "likewise",
    "overall",
    "subsequently",
];

/// Whether a folded word opening a sentence is an adverb, never a name's first word: in
/// English one of [`OPENING_ADVERBS`] or an "-ly" adverb ("Finally", "Separately") that is no
/// given name ("Emily", "Kelly"); a few adverbs of time and sequence in the other languages.
fn opening_adverb(ctx: &Ctx, i: usize, w: &str) -> bool {
    use crate::segment::Lang;
    match ctx.seg.lang {
        Lang::En => {
            OPENING_ADVERBS.contains(&w)
                || (w.len() >= 6 && w.ends_with("ly") && !ctx.given_name(i))
        }
        // "Después Álvaro Pernía presentó …": the same adverbs in the other languages.
        Lang::Es => matches!(
            w,
            "despues" | "luego" | "ayer" | "hoy" | "finalmente" | "posteriormente" | "ademas"
        ),
        Lang::Fr => matches!(
            w,
            "ensuite" | "puis" | "hier" | "aujourd'hui" | "enfin" | "finalement" | "ainsi"
        ),
        Lang::It => matches!(
            w,
            "poi" | "dopo" | "ieri" | "oggi" | "infine" | "successivamente" | "quindi"
        ),
        Lang::Pt => matches!(
            w,
            "depois" | "ontem" | "hoje" | "finalmente" | "seguidamente" | "posteriormente"
        ),
        Lang::Nl => matches!(
            w,
            "daarna" | "vervolgens" | "gisteren" | "vandaag" | "daarnaast"
        ),
        Lang::De => matches!(
            w,
            "danach" | "anschliessend" | "gestern" | "heute" | "zudem" | "ausserdem" | "dann"
        ),
        _ => false,
    }
}

/// Acronyms of kinds of school, which are named after people: "CEIP Miguel Hernández", "IES
/// Rosalía de Castro", "IC Gianni Rodari", "EB Sophia de Mello Breyner" (folded).
const SCHOOL_KINDS: &[&str] = &[
    "ceip", "ies", "cp", "cra", "cei", "eei", "eso", "ic", "iis", "itis", "itc", "isis", "ipsia",
    "itt", "eb", "ebi", "es", "ee", "eeb", "cmei", "emef", "ps", "jhs", "shs",
];

/// Kinds of body often named after a person.
fn named_for_people(w: &str) -> bool {
    [
        "univers", "fundac", "fondaz", "fondat", "foundat", "stiftung", "pontific", "colegio",
        "college", "escuela", "scuola", "liceo", "lycee", "hospital", "ospedale", "hopital",
        "institut", "istitut",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// Whether a role ends at a link (and articles) right before token `first`: "il direttore
/// del", "the head of the".
fn role_link_before(ctx: &Ctx, first: usize, roles: &[(RoleSpan, usize)]) -> bool {
    let mut l = first;
    while l > 0 && ARTICLE_SET.contains(ctx.folded(l - 1)) && !is_capitalised(ctx.tx(l - 1)) {
        l -= 1;
    }
    l > 0
        && complement_link(ctx, l - 1)
        && roles.iter().any(|(r, _)| r.last == l - 1 || r.last == l)
}

/// Words that make a saint's name of the given name after them, in place and body names.
const SAINTS: &[&str] = &[
    "san", "santa", "santo", "sao", "saint", "sainte", "st", "ste", "sankt", "sint", "santi",
];

/// Whether token `i` links a role to its complement: a link word, French "à" ("adjointe à la
/// culture"), or a link elided onto the complement ("presidente dell'associazione").
fn complement_link(ctx: &Ctx, i: usize) -> bool {
    let raw = &ctx.text[ctx.toks[i].start..ctx.toks[i].end];
    AFFILIATION_LINK_SET.contains(ctx.folded(i))
        || raw == "à"
        // "Der Oberbürgermeister der Stadt Kempten": a German genitive.
        || ctx.seg.lang == crate::segment::Lang::De && matches!(raw, "der" | "des")
        || match roles::elision_len(raw) {
            0 => false,
            n => elided_link_word(&raw[..n]),
        }
}

/// Whether tokens `a..b` look like a person's name: two to four capitalised words, none an
/// acronym or a known place, the first a given name (or `loose`: any capitalised word).
fn person_shape(ctx: &Ctx, a: usize, b: usize, loose: bool) -> bool {
    // Asked several times per span (cutting, pass 1, lists, links).
    ctx.memo(Test::PersonShape(a, b, loose), || {
        person_shape_of(ctx, a, b, loose)
    })
}

/// "Fatoumata Camara" in English: the last word after a given name may be a body word of
/// another language (Portuguese "câmara") as a surname.
fn foreign_surname(ctx: &Ctx, words: &[usize], i: usize, loose: bool) -> bool {
    words.len() >= 2
        && words.last() == Some(&i)
        && (loose || ctx.given_name(words[0]))
        && (!ctx
            .lex
            .is_cue_in(Cue::OrgKeyword, ctx.stem(i), ctx.seg.lang)
            || body_word_surname(ctx, words, i))
}

/// Whether `words`, a given name and then token `i`, name a person even though `i` is a
/// body's word ("Cortes", "Press", "Cámara"):
/// - after a lower-case title: "El astrofísico Javier Cortés", "the analyst Peter Press";
/// - in a Romance language, with no "de" after it: "Laura Cámara", "Juan Mesa", since a body's
///   name there puts its word first ("Cámara de Comercio", "Mesa de Diálogo").
fn body_word_surname(ctx: &Ctx, words: &[usize], i: usize) -> bool {
    let &[a, b] = words else {
        return false;
    };
    if b != i || !ctx.given_name(a) || ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(a)) {
        return false;
    }
    let titled = a > 0
        && ctx.toks[a - 1].kind == TokenKind::Word
        && !is_capitalised(ctx.tx(a - 1))
        && (ctx.role_word(a - 1)
            // "El astrofísico Javier Cortés": an occupation's ending after an article.
            || a >= 2
                && article_of(ctx.seg.lang, ctx.folded(a - 2))
                && ctx.folded(a - 1).len() >= 6
                && occupation_endings(ctx.seg.lang)
                    .iter()
                    .chain(["ico", "ica"].iter().filter(|_| ctx.seg.lang.postposes_adjectives()))
                    .any(|e| ctx.folded(a - 1).ends_with(e)));
    let romance_bare = || {
        ctx.seg.lang.postposes_adjectives()
            // "Les Studios": an article named like a given name.
            && !ctx.seg.lang.is_stop_word(ctx.folded(a))
            && ctx.toks.get(i + 1).is_none_or(|t| {
                t.kind != TokenKind::Word
                    || !matches!(
                        ctx.folded(i + 1),
                        "de" | "del" | "da" | "do" | "dos" | "das" | "di" | "della" | "du" | "des"
                    )
            })
    };
    titled || romance_bare()
}

/// "Hyun-woo", "Min-jun": the first of `words` opens a hyphenated syllable pair, a given name
/// (a last name may follow).
fn syllable_pair(ctx: &Ctx, words: &[usize]) -> bool {
    words.len() >= 2
        && words[1] == words[0] + 2
        && ctx.tx(words[0] + 1) == "-"
        && ctx.toks[words[0]].end == ctx.toks[words[0] + 1].start
        && (2..=4).contains(&ctx.tx(words[1]).chars().count())
        && ctx.tx(words[1]).chars().all(char::is_lowercase)
}

fn person_shape_of(ctx: &Ctx, a: usize, b: usize, loose: bool) -> bool {
    // At most five words: collected on the stack (this runs for most spans, several times).
    let mut buf = [0usize; 5];
    let mut n = 0;
    for i in (a..b).filter(|&i| ctx.toks[i].kind == TokenKind::Word) {
        if n == buf.len() {
            return false;
        }
        buf[n] = i;
        n += 1;
    }
    let words = &buf[..n];
    // "Tan Pillai & Co", "Hoog & Droog": an ampersand joins firms' names, not a person's;
    // "Kobe Institute" (for Community Care) is a body's.
    if (a..b).any(|i| ctx.tx(i) == "&")
        || words.iter().skip(1).any(|&i| {
            let f = ctx.folded(i);
            // In English (names abroad keep it) or the text's language: "Camara" is a
            // surname in English, "Câmara" a body in Portuguese.
            f.len() > 5
                && (ctx
                    .lex
                    .is_cue_in(Cue::OrgKeyword, f, crate::segment::Lang::En)
                    || ctx.lex.is_cue_in(Cue::OrgKeyword, f, ctx.seg.lang))
                && !ctx.lex.is_given_name(f)
                && !body_word_surname(ctx, words, i)
        })
    {
        return false;
    }
    if !(2..=5).contains(&words.len()) || !is_capitalised(ctx.tx(words[0])) {
        return false;
    }
    // "la Ville d'Ajaccio", "Città di Castello": a town's own word opens the town, or its
    // administration; never a person's name.
    if MUNICIPAL_OPENERS.contains(&ctx.folded(words[0])) {
        return false;
    }
    // "Miranda do Douro", "Figueira da Foz": a town's whole name with a particle inside.
    if words.len() >= 3
        && (a..b).any(|i| ctx.toks[i].kind == TokenKind::Word && !is_capitalised(ctx.tx(i)))
    {
        let name = fold(&ctx.text[ctx.toks[a].start..ctx.toks[b - 1].end]);
        if is_town(ctx.lex, &name) {
            return false;
        }
    }
    // "Santa Sofia", "San Polo", "São Bento": a saint's title names a church, a parish or a
    // place; a person's name never opens with it.
    if matches!(
        ctx.folded(words[0]),
        "santa" | "santo" | "san" | "sao" | "sankt" | "sainte"
    ) && ctx.seg.lang != crate::segment::Lang::En
    {
        return false;
    }
    // "Stoke St Gregory", "St Ives": English "St" is Saint, never a given name.
    if ctx.tx(words[0]) == "St" {
        return false;
    }
    // "l'alta Val Parma", "Val di Taro": in Italian and French a valley, not Val the person.
    if ctx.folded(words[0]) == "val"
        && matches!(
            ctx.seg.lang,
            crate::segment::Lang::It | crate::segment::Lang::Fr
        )
    {
        return false;
    }
    // "France Rénov' à Vendôme", "MaPrimeRénov'": a word cut with an apostrophe ends a
    // brand's name, not a person's (an English possessive after -s is written so too:
    // "James' speech").
    if let Some(&w) = words.last() {
        let after = &ctx.text[ctx.toks[w].end..];
        let mut rest = after.chars();
        let f = ctx.folded(w);
        if matches!(rest.next(), Some('\'' | '’'))
            && !rest.next().is_some_and(char::is_alphanumeric)
            && !f.ends_with(['s', 'z', 'x'])
        {
            return false;
        }
    }
    // "Lincoln Cathedral": a church building's word ends no name ("Hall", "Lane" and
    // "Street" are surnames too).
    if words.len() >= 2 && CHURCH_BUILDINGS.contains(&ctx.stem(words[words.len() - 1])) {
        return false;
    }
    // "nel Canal Grande", "sul Ponte Vecchio": Italian "in the", "on the" say where.
    if ctx.seg.lang == crate::segment::Lang::It
        && a > 0
        && matches!(
            ctx.folded(a - 1),
            "nel" | "nello" | "nei" | "negli" | "sul" | "sullo"
        )
    {
        return false;
    }
    // "Kennisinstituut Begrazing", "Bäckerinnung Schwarzwald": a Dutch or German compound
    // ending in a kind of body names a body.
    if ctx.seg.lang == crate::segment::Lang::Nl
        && words
            .iter()
            .any(|&i| roles::dutch_body_compound(ctx.folded(i)))
    {
        return false;
    }
    if ctx.seg.lang == crate::segment::Lang::De
        && words
            .iter()
            .any(|&i| roles::german_body_compound(ctx.folded(i)) || hyphened_body_tail(ctx, i, a))
    {
        return false;
    }
    // "Vaison-la-Romaine", "Bourg-la-Reine": a particle between hyphens names a town, however
    // its last part reads.
    if words.iter().any(|&i| {
        i > a
            && i + 1 < b
            && ctx.tx(i - 1) == "-"
            && ctx.tx(i + 1) == "-"
            && super::spans::HYPHEN_PARTICLES.contains(&ctx.tx(i))
    }) {
        return false;
    }
    // "M. Jacques MULLER", "Anne TERROT DONTENWILL": French minutes and programmes write the
    // surname in capitals after a given name written as usual.
    let capital_surname = |i: usize| {
        i != words[0]
            && ctx.given_name(words[0])
            && !is_acronym(ctx.tx(words[0]))
            && ctx.tx(i).chars().count() >= 3
            && ctx
                .tx(i)
                .chars()
                .all(|c| c.is_uppercase() || c == '-' || c == '\'')
            && words
                .iter()
                .filter(|&&j| j > i)
                .all(|&j| is_acronym(ctx.tx(j)))
    };
    // "J.J. Murphy", "A.J. Kowalski": initials before the surname are no acronym.
    let initials = |i: usize| {
        let t = ctx.tx(i).trim_end_matches('.');
        i == words[0] && words.len() >= 2 && t.contains('.') && spans::dotted_initials(t)
    };
    if words.iter().any(|&i| {
        let w = ctx.person_word(i);
        let has = |bit: u8| w & bit != 0;
        (has(PersonWord::ACRONYM) && !capital_surname(i) && !initials(i))
            || (has(PersonWord::ROLE_HEAD)
                && (i != *words.last().unwrap_or(&i) || !ctx.given_name(words[0]))
                // "Pemba Sherpa": the G20's title is a common Nepali surname, capitalised
                // after a name.
                && !(i == *words.last().unwrap_or(&i)
                    && words.len() >= 2
                    && ctx.folded(i) == "sherpa"
                    && is_capitalised(ctx.tx(i)))
                // "Dean O'Halloran": a given name that is also a title, before a surname.
                && !(i == words[0]
                    && words.len() == 2
                    && ctx.given_name(i)
                    && !ctx.is_title(words[1])))
            || (has(PersonWord::CUE_CASED)
                && ((has(PersonWord::ORG_KEYWORD)
                    && !foreign_surname(ctx, words, i, loose)
                    // "Park Soo-ah": a family name before a syllable-pair given name.
                    && !(i == words[0] && syllable_pair(ctx, &words[1..])))
                    || has(PersonWord::EVENT_KEYWORD_OR_ORG_SUFFIX)))
            // A month of another language is a name: "Mei Lin Cheng" in English.
            // Not a short form inside the name: "Nguyễn Minh Thư" is no Thursday.
            || (has(PersonWord::MONTH) && (i == words[0] || ctx.stem(i).len() > 3))
    }) {
        return false;
    }
    // "Transición Ecológica", "Reto Demográfico" of a ministry's name: a word with the ending
    // of an abstract noun is no part of a person's name.
    if words.iter().any(|&i| {
        let f = ctx.folded(i);
        f.len() >= 7
            && [
                "cion", "tion", "sion", "zione", "dad", "ismo", "ologia", "cao",
            ]
            .iter()
            .any(|e| f.ends_with(e))
    }) {
        return false;
    }
    let given = ctx.given_name(words[0])
        || initials_given(ctx, words)
        || (words.len() >= 3 && syllable_pair(ctx, words))
        // "Park Soo-ah": the family name first.
        || (words.len() == 3 && syllable_pair(ctx, &words[1..]));
    // "Bangkok Post", "Jakarta Globe": without a known given name, a name opening with a
    // big city is a body's (smaller towns share names with people: "Demba", "Chanda").
    if !given
        && ctx
            .lex
            .cities_for(ctx.folded(words[0]))
            .first()
            .is_some_and(|c| {
                !c.ambiguous && ctx.lex.cities[c.city as usize].population >= METROPOLIS
            })
    {
        return false;
    }
    // "Ville de Dakar", "Città di Bra": a town-hall word and a particle ("Ville" is also a
    // Finnish given name); "Val di Fiemme", "Lago di Garda": a land feature and a particle.
    if (TOWN_SET.contains(ctx.folded(words[0]))
        || matches!(
            ctx.folded(words[0]),
            "val"
                | "valle"
                | "vallee"
                | "vale"
                | "lago"
                | "lac"
                | "isola"
                | "ile"
                | "monte"
                | "ponte"
        ))
        && NAME_PARTICLE_SET.contains(ctx.folded(words[1]))
    {
        return false;
    }
    // "(der Großen) Kreisstadt Torgau", "Gemeinde Hofstetten": a German town word opens the
    // town's name, with no particle.
    if matches!(
        ctx.folded(words[0]),
        "stadt" | "kreisstadt" | "gemeinde" | "landeshauptstadt" | "hansestadt" | "marktgemeinde"
    ) {
        return false;
    }
    // "Simon Community", "Saint Egidio Community": no surname is a community's word.
    if matches!(
        ctx.folded(*words.last().unwrap_or(&a)),
        "community" | "communities"
    ) {
        return false;
    }
    // "Warwick Junction", "Victoria Station": a name ending in a word for a place of transit
    // or a street is a place, whatever its first word.
    if matches!(
        ctx.folded(*words.last().unwrap_or(&a)),
        "junction"
            | "station"
            | "square"
            | "avenue"
            | "airport"
            | "plaza"
            | "stadium"
            | "quay"
            | "wharf"
            | "pier"
            | "terminal"
            | "crossing"
            | "roundabout"
    ) {
        return false;
    }
    // "Apiculture New Zealand": a body named with a country of two words.
    if words.len() >= 3 {
        let (a, b) = (words[words.len() - 2], words[words.len() - 1]);
        if with_pair(ctx.folded(a), ctx.folded(b), |p| {
            ctx.lex.country_for(p).is_some()
        }) {
            return false;
        }
    }
    // "Megan Ireland", "Tom England": a known given name, then a surname named like a
    // country. The United Kingdom's nations are no sovereign states, so the country list
    // lacks them: "Historic England", "Sport Scotland".
    let country_surname = |i: usize| given && words.len() == 2 && i == words[1];
    let nation = |f: &str| matches!(f, "england" | "scotland" | "wales" | "cymru");
    if words.iter().any(|&i| {
        let f = ctx.folded(i);
        (ctx.lex.country_for(f).is_some() || nation(f))
            && !ctx.lex.is_given_name(f)
            && !country_surname(i)
            || REGION_SET.contains(f)
            || ADMIN_SET.contains(f)
            || (BUILDING_SET.contains(f) && !given)
    }) {
        return false;
    }
    // "Deputy Director General for Urban Planning": subject fields name no one.
    if words.iter().all(|&i| field_word(ctx.folded(i))) {
        return false;
    }
    // Later words are capitalised or name particles ("van der", "da"), never "of".
    if words[1..].iter().any(|&i| {
        let t = ctx.tx(i);
        let after_hyphen =
            i >= 1 && ctx.tx(i - 1) == "-" && ctx.toks[i - 1].end == ctx.toks[i].start;
        !is_capitalised(t) && !after_hyphen && !NAME_PARTICLE_SET.contains(ctx.folded(i))
    }) {
        return false;
    }
    let last = ctx.stem(*words.last().unwrap_or(&a));
    if NAME_PARTICLE_SET.contains(last) {
        return false; // "Ahmet Yılmaz van" ends before its surname or affiliation
    }
    // Without a known given name, a name ending in a town or a town-hall word is a place,
    // unless, with a person's context, a word no list knows opens it ("Guillem Serra,
    // director of …": the given-name list misses many names, the gazetteer few towns).
    if !(loose_ok_last(ctx, last, words.len()) || given || loose && unknown_given(ctx, words)) {
        return false;
    }
    // "France Mobilités": a portfolio, in the plural too, ends a body's name, not a person's,
    // unless a given name that is no country opens it ("Rosa Parks", "Roger Waters").
    let portfolio =
        |w: &str| roles::is_portfolio(w) || w.strip_suffix('s').is_some_and(roles::is_portfolio);
    let plain_given = given && ctx.lex.country_for(ctx.folded(words[0])).is_none();
    if ctx.lex.country_for(last).is_some() && !country_surname(*words.last().unwrap_or(&a))
        || portfolio(last) && !plain_given
        || last.chars().count() < 2
        || DOCUMENT_SET.contains(last)
        // "General Internal Medicine": a title before a field names a unit, not a person.
        || (!given && field_word(ctx.folded(*words.last().unwrap_or(&a))))
    {
        return false;
    }
    // "Selby Natural Dyes", "Mendip Farmhouse Dairy": without a known given name, common
    // words alone name a firm or a thing, not a person; nor does a name ending in a legal
    // form ("Carnegie Coffee Co.").
    if !given
        && (words.iter().all(|&i| lexicon::english_word(ctx.folded(i)))
            || legal_form_at(ctx, *words.last().unwrap_or(&a)))
    {
        return false;
    }
    loose || given
}

/// "K. Visser", "M. van der Linden", "J.K. Mwangi": minutes and attendee lists write people
/// with initials before the surname. Not an outline's letter before a common word ("A.
/// Introduction"), nor "U.S. Treasury"; French "M. Dupont" never gets here, as
/// [`Ctx::is_title`] takes "M." for Monsieur in French.
fn initials_given(ctx: &Ctx, words: &[usize]) -> bool {
    let (i, last) = (words[0], words[words.len() - 1]);
    if !spans::dotted_initials(ctx.tx(i))
        || ctx
            .toks
            .get(i + 1)
            .is_none_or(|p| p.start != ctx.toks[i].end || &ctx.text[p.start..p.end] != ".")
    {
        return false;
    }
    let dotted = format!("{}.", ctx.folded(i));
    let particle = words.len() >= 3 && NAME_PARTICLE_SET.contains(ctx.folded(words[1]));
    // "from class A to class B. Her advice …": a sentence's end and a function word.
    let function_word = |&j: &usize| {
        ctx.seg.lang.is_stop_word(ctx.folded(j)) && !NAME_PARTICLE_SET.contains(ctx.folded(j))
    };
    !words[1..].iter().any(function_word)
        && ctx.lex.country_for(&dotted).is_none()
        && (particle || !lexicon::english_word(ctx.folded(last)))
}

/// Whether a two-word name opens with a word that may be a given name the list lacks: no
/// English word, place, country or title.
fn unknown_given(ctx: &Ctx, words: &[usize]) -> bool {
    let f = ctx.folded(words[0]);
    words.len() == 2
        && f.chars().count() >= 3
        && !lexicon::english_word(f)
        && ctx.lex.cities_for(f).is_empty()
        && ctx.lex.country_for(f).is_none()
        && lexicon::town(f).is_none()
        && !REGION_SET.contains(f)
        && !ADMIN_SET.contains(f)
}

/// Whether word `i`, after a hyphen inside a name that starts at `from`, is a German body's
/// word however short the part before it ("Emil-Kraus-Werkstätten").
fn hyphened_body_tail(ctx: &Ctx, i: usize, from: usize) -> bool {
    i > from && ctx.tx(i - 1) == "-" && roles::german_body_tail(ctx.folded(i), 0)
}

/// Whether word `i` is a legal form ("Ltd", "GmbH"), with the full stop after it that some
/// are written with ("Co.", "Inc."), looked up without an allocation.
fn legal_form_at(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.stem(i);
    if ctx.lex.is_cue(Cue::OrgSuffix, w) {
        return true;
    }
    let mut buf = [0u8; 16];
    w.len() < buf.len()
        && ctx
            .toks
            .get(i + 1)
            .is_some_and(|t| t.start == ctx.toks[i].end)
        && ctx.tx(i + 1) == "."
        && {
            buf[..w.len()].copy_from_slice(w.as_bytes());
            buf[w.len()] = b'.';
            std::str::from_utf8(&buf[..=w.len()]).is_ok_and(|d| ctx.lex.is_cue(Cue::OrgSuffix, d))
        }
}

/// `f` of the words `a` and `b` joined by a space, built on the stack: the person test runs
/// for most spans, and most pairs are short.
fn with_pair<R>(a: &str, b: &str, f: impl FnOnce(&str) -> R) -> R {
    let n = a.len() + 1 + b.len();
    let mut buf = [0u8; 64];
    if n > buf.len() {
        return f(&format!("{a} {b}"));
    }
    buf[..a.len()].copy_from_slice(a.as_bytes());
    buf[a.len()] = b' ';
    buf[a.len() + 1..n].copy_from_slice(b.as_bytes());
    // Two whole strings and a space: always UTF-8.
    f(std::str::from_utf8(&buf[..n]).unwrap_or_default())
}

/// Words of administrative areas and public bodies: never part of a personal name.
const ADMIN_WORDS: &[&str] = &[
    // Hotels, teams and landforms too ("Clayton Hotel", "Mountain Rescue Team", "Mont Blanc").
    "hotel",
    "team",
    "mount",
    "mont",
    "monte",
    "mountain",
    "lake",
    "valley",
    "glacier",
    "bay",
    "beach",
    "island",
    "peninsula",
    "city",
    "town",
    "county",
    "province",
    "region",
    "district",
    "state",
    "department",
    "public",
    "national",
    "international",
    "municipal",
    "federal",
    "republic",
    "kingdom",
    "metropolitan",
    "borough",
    "council",
    "government",
    "ministry",
    "agency",
    "health",
    "services",
    "street",
    "avenue",
    "road",
    "square",
    "center",
    "centre",
    "bridge",
    "station",
    "airport",
    // "Fraser River", "Cape Breton", "Cerro Alegre", "Royal Infirmary".
    "river",
    "cape",
    "cerro",
    "infirmary",
];

/// Words of buildings: "Royal Opera House". Some are also surnames ("Peter Hall", "Anna
/// House"), so they end a name only when it has no known given name.
const BUILDING_WORDS: &[&str] = &[
    "hall",
    "park",
    "house",
    "opera",
    "theatre",
    "theater",
    "palace",
    "castle",
    "church",
    "cathedral",
    "gallery",
    "gardens",
    "harbour",
    "market",
];

/// Particles inside personal names.
const NAME_PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "i",
    "von", "zu", "la", "le", "ter", "ten", "bin", "binti", "ibn", "al", "el", "y", "e", "af", "av",
    "dela",
];

/// Whether a capitalised word can end a name that has no known given name first.
fn loose_ok_last(ctx: &Ctx, last: &str, n_words: usize) -> bool {
    let town = ctx
        .lex
        .cities_for(last)
        .first()
        .is_some_and(|c| !c.ambiguous && ctx.lex.cities[c.city as usize].population >= 200_000);
    let town_word = matches!(
        last,
        "stadt" | "city" | "gemeente" | "ville" | "comune" | "municipality"
    );
    !(town_word || town && n_words <= 3)
}

/// Cuts spans where a title, a place or an affiliation runs into a name.
/// Words that link the parts of a body's name in sentence case ("Musée des civilisations
/// noires", "Museo della scienza e della tecnica").
const NAME_LINKS: &[&str] = &[
    "de", "des", "du", "la", "le", "les", "l", "d", "del", "della", "dei", "degli", "delle",
    "dello", "di", "do", "da", "dos", "das", "e", "et", "y", "i",
];

/// Prepositions of time and sequence, which no sentence-case name holds ("alla Regione entro
/// la fine dell'anno"). Folded.
const TIME_LINKS: &[&str] = &[
    "entro", "durante", "dopo", "prima", "fino", "oltre", "avant", "apres", "pendant", "depuis",
    "jusqu'a", "antes", "despues", "hasta", "desde", "tras", "ate", "apos",
];

/// Words after which a body's name may end: punctuation aside, places and purposes ("à",
/// "en", "para", "in").
const NAME_ENDS: &[&str] = &[
    "a", "à", "au", "aux", "en", "para", "per", "in", "em", "no", "na", "nel", "nella", "pour",
    "con", "com", "avec", "y", "e", "et",
];

/// French, Spanish, Italian and Portuguese write the names of bodies in sentence case: "Musée
/// des civilisations noires", "Institut culturel innu Uashtessiu", "Biblioteche civiche
/// torinesi". A span that opens with an organisation word goes on over the lower-case words
/// after it when the name then ends cleanly, at punctuation or a preposition, never in the
/// middle of a clause ("Le Musée national accueille les visiteurs").
fn sentence_case_bodies(ctx: &Ctx, raw: Vec<NameSpan>) -> Vec<NameSpan> {
    use crate::segment::Lang;
    let lang = ctx.seg.lang;
    if !matches!(lang, Lang::Fr | Lang::Es | Lang::It | Lang::Pt) {
        return raw;
    }
    let mut out: Vec<NameSpan> = Vec::with_capacity(raw.len());
    let mut iter = raw.into_iter().peekable();
    while let Some(mut sp) = iter.next() {
        // "Fondazione Cariplo e rientra nel …": a name already in title case does not go on
        // over a conjunction into lower-case words.
        let title_case_then_and = sp.last - sp.first == 2
            && sp.last < ctx.toks.len()
            && matches!(ctx.folded(sp.last), "e" | "et" | "y" | "i");
        // "Directrice de l'Institut national de la recherche, …": a title opening the
        // sentence is in the span, before the body's kind.
        let title_then_kind = || {
            sp.last - sp.first >= 3
                && ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(sp.last - 1))
                && ctx.lex.is_cue(Cue::RoleHead, ctx.folded(sp.first))
                && (sp.first + 1..sp.last - 1).all(|i| {
                    let f = ctx.folded(i);
                    !is_capitalised(ctx.tx(i))
                        && (NAME_LINKS.contains(&f) || ARTICLE_SET.contains(f))
                })
        };
        // "La Communauté de communes …", "Le Musée national …": the article that opens the
        // sentence is capitalised into the span.
        let head = if sp.sentence_initial
            && sp.last - sp.first >= 2
            && ARTICLE_SET.contains(ctx.folded(sp.first))
        {
            sp.first + 1
        } else {
            sp.first
        };
        let opens_body = !sp.possessive
            && !title_case_then_and
            && (sp.last - head <= 2 && ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(head))
                || title_then_kind());
        if opens_body {
            let end_of_sentence = ctx.seg.sentences[sp.sentence].tokens.end;
            let boundary = |i: usize| {
                i >= end_of_sentence
                    || ctx.toks[i].kind == TokenKind::Punct
                    || (NAME_ENDS.contains(&ctx.folded(i)) && !is_capitalised(ctx.tx(i)))
            };
            // "della Regione Abruzzo arrivano a bando": a name in title case after the body's
            // word goes on only over a link ("Istituto Nazionale di statistica").
            let named = sp.last - head == 2 && is_capitalised(ctx.tx(head + 1));
            let mut i = sp.last;
            let mut best = None;
            let mut content = 0;
            while i < end_of_sentence && i < sp.last + 8 {
                let t = &ctx.toks[i];
                // "Brigade nationale des sapeurs-pompiers": a hyphen inside a word.
                if ctx.tx(i) == "-"
                    && t.start == ctx.toks[i - 1].end
                    && ctx.toks[i - 1].kind == TokenKind::Word
                    && i + 1 < end_of_sentence
                    && ctx.toks[i + 1].kind == TokenKind::Word
                    && ctx.toks[i + 1].start == t.end
                {
                    i += 1;
                    continue;
                }
                if t.kind != TokenKind::Word
                    || ctx.text[ctx.toks[i - 1].end..t.start].contains('\n')
                {
                    break;
                }
                let surface = ctx.tx(i);
                let f = ctx.folded(i);
                let link = NAME_LINKS.contains(&f.trim_end_matches(['\'', '’']))
                    || roles::elision_len(surface) == surface.len();
                // "de la Région et de l'Assurance maladie": a conjunction right after the
                // body's word lists another body;
                // "la Comunidad de Regantes de Águilas y la Universidad …": nor does one
                // before an article.
                let listed = matches!(f, "e" | "et" | "y" | "i")
                    && (i == sp.last
                        || i + 1 < end_of_sentence
                            && roles::DEFINITE_ARTICLES.contains(&ctx.folded(i + 1)));
                if named && i == sp.last && !link || listed || TIME_LINKS.contains(&f) {
                    break;
                }
                if !link {
                    // Finite verbs: "Comune coprirà", "Ayuntamiento contratará", "Câmara
                    // aprovou" (nouns in -tà, "città", stay).
                    let finite = !is_capitalised(surface) && romance_finite_verb(lang, surface);
                    let plain = is_capitalised(surface)
                        || !(lang.is_stop_word(f)
                            || ctx.lex.is_cue(Cue::SpeechVerb, f)
                            || ctx.lex.is_cue(Cue::PresentationVerb, f)
                            || ctx.lex.is_cue(Cue::RoleHead, f)
                            // French past participles: "organisé", "lancée"
                            || lang == Lang::Fr
                                && ["é", "ée", "és", "ées"].iter().any(|e| surface.ends_with(e))
                            || finite
                            || f.chars().any(|c| c.is_ascii_digit()));
                    if !plain {
                        // "la Communauté de communes Loches Sud Touraine rejoindra …": the
                        // name ends where the clause's verb starts.
                        if finite && content > 0 && is_capitalised(ctx.tx(i - 1)) {
                            best = Some(i);
                        }
                        break;
                    }
                    if !is_capitalised(surface) {
                        content += 1;
                    }
                    if content > 0 && boundary(i + 1) {
                        best = Some(i + 1);
                    }
                }
                i += 1;
            }
            if let Some(end) = best {
                sp.last = end;
                sp.end = ctx.toks[end - 1].end;
                while iter.peek().is_some_and(|n| n.first < end) {
                    let n = iter.next().expect("peeked");
                    if n.last > sp.last {
                        sp.last = n.last;
                        sp.end = n.end;
                        sp.possessive = n.possessive;
                    }
                }
            }
        }
        out.push(sp);
    }
    out
}

/// A lower-case Romance word whose ending marks a finite verb: a future ("coprirà",
/// "contratará", "será", "rejoindra") or a preterite ("contrató", "aprovou").
fn romance_finite_verb(lang: crate::segment::Lang, w: &str) -> bool {
    use crate::segment::Lang;
    let ends = |es: &[&str]| es.iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e));
    // The third person plural of the past too: "Participaron Marta Suárez, …".
    match lang {
        Lang::It => ends(&["rà", "rò", "arono", "erono", "irono"]),
        Lang::Es => ends(&["rá", "ó", "aron", "ieron"]),
        Lang::Pt => ends(&["rá", "ou", "aram", "eram", "iram"]),
        // The French future: "rejoindra", "accueillera", "fournira", "seront".
        Lang::Fr => ends(&["era", "ira", "dra", "ront"]),
        _ => false,
    }
}

fn refine(ctx: &Ctx, raw: Vec<NameSpan>, roles: &[(RoleSpan, usize)]) -> Vec<Span> {
    let raw = sentence_case_bodies(ctx, raw);
    // "Coastal Women’s Forum": a possessive followed by one organisation word is one name.
    let mut merged: Vec<NameSpan> = Vec::with_capacity(raw.len());
    for sp in raw {
        if let Some(prev) = merged.last_mut() {
            let w = ctx.folded(sp.first);
            if prev.possessive
                && prev.last == sp.first
                && sp.last - sp.first == 1
                && (ctx.lex.is_cue(Cue::OrgKeyword, w) || ctx.lex.is_cue(Cue::EventKeyword, w))
            {
                prev.last = sp.last;
                prev.end = sp.end;
                prev.possessive = sp.possessive;
                continue;
            }
        }
        merged.push(sp);
    }
    let raw = merged;
    let mut out: Vec<Span> = Vec::new();
    'spans: for base in raw {
        let mut first = base.first;
        let mut last = base.last;
        // The name starts after its titles ("the Hon. Catherine Nguyen MP").
        let mut named = first;
        while named + 2 < last
            && (ctx.is_title(named) || ctx.tx(named) == "." || ctx.folded(named) == "the")
        {
            named += 1;
        }
        while last - named > 2
            && POST_NOMINAL_SET.contains(ctx.tx(last - 1).trim_end_matches('.'))
            && person_shape(ctx, named, last - 1, true)
        {
            last -= 1;
        }
        let mut title_role = None;
        // A role phrase that runs into the name: "Minister for Trade and Investment Fiona
        // Strachan" gives the span "Investment Fiona Strachan".
        if let Some((r, _)) = roles
            .iter()
            .find(|(r, _)| r.first < first && r.last > first && r.last < last)
        {
            title_role = Some((r.first, r.last));
            first = r.last;
        }
        // "Stadtteilbüro-Leiter Florian Haider", "IT-Leiterin Anna Maier": a title hyphened
        // to its field before the name. A body's acronym before the hyphen is left to the
        // title rules, which take it as the affiliation ("LBB-Vorsitzender Reinhard Söllner").
        let body_acronym = || is_acronym(ctx.tx(first)) && !is_generic_acronym(ctx.tx(first));
        if title_role.is_none()
            && last >= first + 5
            && roles::glued_hyphen(ctx.text, ctx.toks, first + 1)
            && !body_acronym()
            && is_capitalised(ctx.tx(first + 2))
            && ctx.role_word(first + 2)
            && person_shape(ctx, first + 3, last, true)
        {
            title_role = Some((first, first + 3));
            first += 3;
        }
        // Leading titles, articles, particles and sentence-initial function words.
        let mut modifier_title = None;
        loop {
            if last - first < 2 {
                break;
            }
            let w = ctx.folded(first);
            let w = w.trim_end_matches('.');
            // A title followed by "of" starts a role phrase ("Secretary of Economic
            // Development"), not a name.
            let title_then_link =
                first + 1 < last && AFFILIATION_LINK_SET.contains(ctx.folded(first + 1));
            // "Dean Smith", "Major Jones": a title that is also a given name, before one more
            // word, is the given name.
            let given_then_surname = last - first == 2
                && ctx.given_name(first)
                && ctx.toks[first + 1].kind == TokenKind::Word
                && is_capitalised(ctx.tx(first + 1))
                && !ctx.is_title(first + 1);
            // "Lord Mayor of Adelaide Jane Lomax": a title that modifies a title followed by
            // its place stays with it.
            let modifies_title_of = !title_then_link
                && first + 2 < last
                && ctx.lex.is_cue(Cue::RoleModifier, w)
                && ctx.is_title(first + 1)
                && AFFILIATION_LINK_SET.contains(ctx.folded(first + 2));
            // "the Justice Language Access Network": a title before a body's name is the
            // name's first word.
            let opens_body = last >= first + 3
                && ctx.lex.is_cue(Cue::OrgKeyword, ctx.stem(last - 1))
                && (first + 1..last).all(|i| {
                    ctx.toks[i].kind == TokenKind::Word
                        && is_capitalised(ctx.tx(i))
                        && !ctx.is_title(i)
                })
                && !ctx.given_name(first + 1)
                && !is_acronym(ctx.tx(first));
            if ctx.is_title(first)
                && !title_then_link
                && !given_then_surname
                && !modifies_title_of
                && !opens_body
            {
                let end = if first + 1 < last && ctx.tx(first + 1) == "." {
                    first + 2
                } else {
                    first + 1
                };

                // "Lord Mayor Jane Lomax": a title that modifies the title after it.
                let from = match modifier_title {
                    Some(m) if m + 1 == first => m,
                    _ => first,
                };
                if ctx.lex.is_cue(Cue::RoleHead, w) || TITLE_ACRONYMS.contains(&w) {
                    // "Wethouder Klimaat Arno Bonte": the title goes on over its portfolio.
                    if let Some(r) = ctx.front_role(first, last).filter(|r| r.last > end) {
                        if person_shape(ctx, r.last, last, true) {
                            title_role = Some((from, r.last));
                            first = r.last;
                            continue;
                        }
                        // "Secretary General of Eurocities André Sobczak": the longer title
                        // is cut from the name below, with its place.
                        break;
                    }
                    title_role = Some((from, first + 1));
                } else if end == first + 1 && ctx.lex.is_cue(Cue::RoleModifier, w) {
                    modifier_title = Some(first);
                }
                first = end;
                continue;
            }
            // A capitalised role before a name: "Councilwoman Denise Fairley", "Chief Data
            // Officer Tomasz Wierzbicki".
            if is_capitalised(ctx.tx(first)) {
                // "die Wiener Klimakoordinatorin Eva Hofbauer": a German town's adjective,
                // which says where, not what: it opens no title.
                let town_adj =
                    ctx.seg.lang == crate::segment::Lang::De && town_adjective(ctx, first);
                // Only roles starting at `first` or the word after it count: the scan stops
                // at the first role starting later.
                let front = roles::find_until(
                    ctx.text,
                    ctx.toks,
                    &ctx.folded_toks,
                    first..last,
                    ctx.seg.lang,
                    ctx.lex,
                    |r| r.first > first + 1,
                )
                .into_iter()
                .find(|r| {
                    // "European Commissioner for Energy Ioana Petrescu"
                    let adjective = r.first == first + 1 && {
                        let f = ctx.folded(first);
                        f == "european" || ctx.lex.country_for_demonym(f).is_some() || town_adj
                    };
                    (r.first == first || adjective) && r.last < last
                });
                // A lower-case link to a body; a name particle before one capitalised word
                // is a surname's ("Werkleiter Hans-Jürgen von der Heyde").
                let body_link = |i: usize| {
                    let w = ctx.folded(i);
                    AFFILIATION_LINK_SET.contains(w)
                        && !is_capitalised(ctx.tx(i))
                        && (!NAME_PARTICLE_SET.contains(w)
                            || (i + 1..last)
                                .filter(|&t| {
                                    ctx.toks[t].kind == TokenKind::Word && is_capitalised(ctx.tx(t))
                                })
                                .count()
                                >= 2)
                };
                let link = (first + 2..last).find(|&i| body_link(i)).unwrap_or(last);
                // "Deputy Fire Chief Anna Lam": capitalised words up to a later role head are
                // the title's ("Fire" is no role word of its own).
                let front = front.map(|mut r| {
                    let mut j = r.last;
                    while j + 2 < link
                        && j < r.last + 3
                        && ctx.toks[j].kind == TokenKind::Word
                        && is_capitalised(ctx.tx(j))
                        && !ctx.given_name(j)
                    {
                        j += 1;
                        if ctx.lex.is_cue(Cue::RoleHead, ctx.folded(j - 1))
                            && j + 2 <= link
                            && person_shape(ctx, j, link, true)
                        {
                            r.last = j;
                            r.end = ctx.toks[j - 1].end;
                        }
                    }
                    r
                });
                if let Some(r) = front {
                    // The name ends at a link to its body: "Sergeant Karen Oduya of the RCMP".
                    let name_end = (r.last + 2..last)
                        .find(|&i| body_link(i))
                        .filter(|&i| person_shape(ctx, r.last, i, true))
                        .unwrap_or(last);
                    let rest_words = (r.last..name_end)
                        .filter(|&i| ctx.toks[i].kind == TokenKind::Word)
                        .count();
                    if (2..=4).contains(&rest_words) && person_shape(ctx, r.last, name_end, true) {
                        let from = if r.first == first + 1 && town_adj {
                            r.first
                        } else {
                            match modifier_title {
                                Some(m) if m + 1 == first => m,
                                _ => first,
                            }
                        };
                        title_role = Some((from, r.last));
                        first = r.last;
                        continue;
                    }
                }
            }
            // "By the PCTA communications team": a capitalised function word and an article
            // open no name.
            // A quotation mark or colon before also opens a sentence: "„In Hof bilden wir …",
            // "…“ Die AWS suche …".
            let after_mark = first > 0
                && matches!(
                    ctx.tx(first - 1),
                    "„" | "“" | "”" | "\"" | "«" | "»" | "(" | ":"
                );
            let initial_stop = (base.sentence_initial
                || after_mark
                || (first + 1 < last && ARTICLE_SET.contains(ctx.folded(first + 1))))
                && first == base.first
                && (ctx.seg.lang.is_stop_word(w)
                    // "Depuis Bobo-Dioulasso (Burkina Faso), …": a preposition the stop list lacks.
                    || ctx.lex.is_cue_in(Cue::Locative, w, ctx.seg.lang)
                    // "Without the EIB we …", "Thanks to the EIB": so do these.
                    || OPENING_PREPOSITIONS.contains(&w)
                    || opening_adverb(ctx, first, w)
                    || according_to(ctx.seg.lang, w)
                    || action_verb_before_body(ctx, first, last, w))
                // "São João da Madeira, 9 de março": a town whose name opens with a function
                // word ("são" is "are") is the town.
                && !(last - first >= 2 && {
                    let whole = fold(&ctx.text[ctx.toks[first].start..ctx.toks[last - 1].end]);
                    ctx.lex.unambiguous_city(&whole)
                });
            // "Côté Belgique, …", "Outre Lyon, …": a common word opening the sentence before
            // a place, when the text writes it in lower case too.
            // "Venu de Gruyères, en Suisse, …", "Originaria di Matera, …": a participle of
            // coming from, and its link, before a place.
            let origin = first + 2 < last
                && matches!(ctx.folded(first + 1), "de" | "di" | "da" | "d")
                && origin_participle(ctx.seg.lang, w);
            let opener_before_place = || {
                let from = if origin { first + 2 } else { first + 1 };
                first == base.first
                    && (base.sentence_initial || after_mark)
                    && last - first <= 4
                    && {
                        let rest = fold(&ctx.text[ctx.toks[from].start..ctx.toks[last - 1].end]);
                        let whole = fold(&ctx.text[ctx.toks[first].start..ctx.toks[last - 1].end]);
                        let place = |f: &str| {
                            ctx.lex.country_for(f).is_some() || ctx.lex.unambiguous_city(f)
                        };
                        (origin || place(&rest))
                            && !place(&whole)
                            && !ctx.given_name(first)
                            && (origin || roles::written_in_lower_case(ctx.text, ctx.tx(first)))
                    }
            };
            if origin && opener_before_place() {
                first += 2;
                continue;
            }
            // "on Wednesday for the Eugene Area Chamber of Commerce": a day or month before a
            // lower-case link opens no name.
            // A given name so named keeps its surname's particle: "Jan de Vries", "May van
            // Dijk".
            let date_word = ctx.lex.is_cue(Cue::Month, w)
                && first + 1 < last
                && !is_capitalised(ctx.tx(first + 1))
                && ctx.toks[first + 1].kind == TokenKind::Word
                && !(ctx.given_name(first) && NAME_PARTICLE_SET.contains(ctx.folded(first + 1)));
            // "Last Thursday and Friday McMaster University hosted …": a weekday glued to a
            // name of two words or more opens none ("Sunday Times" keeps its one, "Montag
            // Stiftung Urbane Räume" its body's word).
            let weekday = first + 2 < last
                && WEEKDAYS.contains(&w)
                && !ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(first + 1));
            if w == "the"
                || initial_stop
                || date_word
                || weekday
                || ARTICLE_SET.contains(w) && !is_capitalised(ctx.tx(first))
                || AFFILIATION_LINK_SET.contains(w) && !is_capitalised(ctx.tx(first))
                || opener_before_place()
            {
                first += 1;
                continue;
            }
            if german_common_noun_before_name(ctx, first, last) {
                first += 1;
                continue;
            }
            // A one-word title before a full name: a German compound ending in a role head
            // ("Käsermeister Andreas Fink", "Kreisobmann Martin Schwarz"), or an English or
            // Dutch agent noun opening the sentence, capitalised for that alone ("Farrier Joe
            // Birkett", "Hydroloog Marieke Bosman").
            let title_word = || match ctx.seg.lang {
                crate::segment::Lang::De => {
                    roles::is_role_word(ctx.tx(first), w, ctx.seg.lang, ctx.lex)
                        || german_agent_noun(ctx, first)
                }
                crate::segment::Lang::En => {
                    first == base.first && base.sentence_initial && english_agent_title(ctx, w)
                }
                crate::segment::Lang::Nl => {
                    first == base.first && base.sentence_initial && dutch_agent_title(ctx, w)
                }
                _ => false,
            };
            // "Aannemer Ruud Bakker": two plain capitalised words after an agent noun opening
            // the sentence are a name even when the lexicon lacks the given name.
            // Asked only once a title word stands first: this loop runs for every span.
            // The name may go on to where the person is from: "Elder Marjorie Tallbear of
            // the Confluence Seed Keepers".
            let name_end = || {
                let end = (first + 1..last)
                    .find(|&i| !(is_capitalised(ctx.tx(i)) || ctx.tx(i) == "-"))
                    .unwrap_or(last);
                let link = ctx.folded(end);
                // A surname's particle goes on to the span's end: "Schippersvrouw Petra de
                // Groot". German cuts such titles later ("Werkleiter Hans-Jürgen von der
                // Heyde"), where "von" may also be a preposition.
                if NAME_PARTICLE_SET.contains(link) {
                    return (ctx.seg.lang != crate::segment::Lang::De).then_some(last);
                }
                (end == last || AFFILIATION_LINK_SET.contains(link)).then_some(end)
            };
            let plain_two = |end: usize| {
                first + 3 == end
                    && !matches!(ctx.seg.lang, crate::segment::Lang::De)
                    && person_shape(ctx, first + 1, end, true)
            };
            if first + 2 < last
                && ctx.toks[first].kind == TokenKind::Word
                && !ctx.given_name(first)
                && title_word()
                && name_end().is_some_and(|end| {
                    end > first + 2
                        && (ctx.given_name(first + 1) && person_shape(ctx, first + 1, end, false)
                            || plain_two(end))
                })
            {
                title_role = Some((first, first + 1));
                first += 1;
                continue;
            }
            // "Habló Juan Pérez", "Falou João Silva": a verb opening the sentence before a full
            // name.
            let opening_verb = first == base.first
                && base.sentence_initial
                && !ctx.given_name(first)
                && romance_finite_verb(ctx.seg.lang, &ctx.tx(first).to_lowercase());
            // "le Canadien Marc-André Tremblay": a nationality before a full name.
            if (opening_verb || ctx.lex.country_for_demonym(w).is_some())
                && person_shape(ctx, first + 1, last, false)
            {
                first += 1;
                continue;
            }
            break;
        }
        // "CPA Chairman Mahbubur Rahman Chowdhury": a body's acronym, its title, the name; or
        // the town's: "Springfield City Councilor Tomás Aguilar".
        // Not a body's keyword named like a town: "Universidad Técnica Federico Santa María".
        // "Atlanta Mayor Andre Dickens": a large town named like a rare given name, before
        // a title.
        // German names the town in the genitive: "Verdens Bürgermeisterin Petra Ahlers".
        // The title may be a compound that no list holds whole ("Singens Baubürgermeisterin").
        let genitive_town = german_genitive_town(ctx, first).is_some()
            && first + 1 < last
            && (ctx.is_title(first + 1) || ctx.role_word(first + 1));
        let owner = (is_acronym(ctx.tx(first)) && !is_generic_acronym(ctx.tx(first)))
            || genitive_town
            || ctx
                .lex
                .cities_for(ctx.folded(first))
                .first()
                .is_some_and(|c| {
                    !c.ambiguous
                        || first + 1 < last
                            && ctx.is_title(first + 1)
                            && ctx.lex.cities[c.city as usize].population >= 100_000
                })
                && !ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(first));
        // "BDO-Präsident Martin Schubert": an acronym hyphened to the title is part of it (and
        // then the name must have a known given name).
        let hyphened = is_acronym(ctx.tx(first))
            && first + 2 < last
            && ctx.tx(first + 1) == "-"
            && ctx.toks[first].end == ctx.toks[first + 1].start
            && ctx.toks[first + 1].end == ctx.toks[first + 2].start;
        let (title_at, title_from) = if hyphened {
            (first + 2, first)
        } else {
            (first + 1, first + 1)
        };
        if last - first >= 4 && owner {
            if let Some(r) = ctx
                .front_role(title_at, last)
                .filter(|r| r.last + 2 <= last && person_shape(ctx, r.last, last, !hyphened))
            {
                let pi = out.len() + 1;
                out.push(Span {
                    s: make_span(ctx, &base, first, first + 1),
                    title_role: None,
                    affiliation_of: Some(pi),
                });
                out.push(Span {
                    s: make_span(ctx, &base, r.last, last),
                    title_role: Some((title_from, r.last)),
                    affiliation_of: None,
                });
                continue;
            }
        }
        // "Mark Dobson, DWP Partnership Manager": a body's acronym before a title-case title
        // that runs to the span's end is the title's body; the title is left to the role pass.
        if !hyphened && is_acronym(ctx.tx(first)) && owner && last - first >= 2 {
            let title_case = |r: &RoleSpan| {
                (r.first..r.last)
                    .all(|i| ctx.toks[i].kind != TokenKind::Word || is_capitalised(ctx.tx(i)))
            };
            if ctx
                .front_role(first + 1, last)
                .is_some_and(|r| r.last == last && title_case(&r))
            {
                out.push(Span {
                    s: make_span(ctx, &base, first, first + 1),
                    title_role: None,
                    affiliation_of: None,
                });
                continue;
            }
        }
        // A role title in title case at the front: "Mayor of Kelowna …", "Secretary of …".
        let words: Vec<usize> = (first..last)
            .filter(|&i| ctx.toks[i].kind == TokenKind::Word)
            .collect();
        let whole_person = person_shape(ctx, first, last, false);
        // "Dr Nur Aisyah Kamaruddin": after an honorific that is no role, the words are one
        // name even when the first is also a town's.
        let mut honorific = first.checked_sub(1).filter(|&p| p >= base.first);
        if honorific.is_some_and(|p| ctx.tx(p) == ".") {
            honorific = honorific
                .and_then(|p| p.checked_sub(1))
                .filter(|&p| p >= base.first);
        }
        let named = honorific.is_some_and(|p| {
            ctx.is_title(p)
                && !ctx
                    .lex
                    .is_cue(Cue::RoleHead, ctx.folded(p).trim_end_matches('.'))
        }) && words.len() <= 4
            && person_shape(ctx, first, last, true);
        // Name after a place or organisation: "Kelowna Gurpreet Sandhu", "Lahti Antti Koskinen".
        let mut cut = None;
        for &k in words.iter().skip(1).filter(|_| !named) {
            // "Global Alliance for Urban Resilience": a name after a link word is part of
            // the organisation's name, not a person.
            // "Cooperativa San Isidro de Martos": a saint's name is no person.
            if AFFILIATION_LINK_SET.contains(ctx.folded(k - 1))
                || ctx.toks[k - 1].end == ctx.toks[k].start
                || SAINTS.contains(&ctx.folded(k - 1))
            {
                continue;
            }
            // "Accademia di Belle Arti di Carrara": a particle before a town says where the
            // body is; the words before it are no given name and surname ("Arti").
            if (k + 1..last.saturating_sub(1)).any(|i| {
                matches!(
                    ctx.folded(i),
                    "di" | "de" | "da" | "del" | "della" | "do" | "dos" | "du" | "des"
                ) && !ctx.lex.cities_for(ctx.folded(i + 1)).is_empty()
            }) {
                continue;
            }
            let strict = person_shape(ctx, k, last, false);
            // "the Kisumu Youth Strings": after an article a town opens a body's name; no
            // one is named "the Kelowna Gurpreet Sandhu".
            let articled = ctx
                .before(&base, 1)
                .is_some_and(|i| ARTICLE_SET.contains(ctx.folded(i)) && !is_capitalised(ctx.tx(i)));
            let loose =
                person_shape(ctx, k, last, true) && (last - k) <= 3 && !whole_person && !articled;
            if !strict && !loose {
                continue;
            }
            let prefix_end = k;
            let mut pe = prefix_end;
            while pe > first && AFFILIATION_LINK_SET.contains(ctx.folded(pe - 1)) {
                pe -= 1;
            }
            // Without a link elided onto it: "d'Annecy".
            let from = if elided_link(ctx, first) {
                ctx.toks[first].end - ctx.tx(first).len()
            } else {
                ctx.toks[first].start
            };
            let prefix = fold(&ctx.text[from..ctx.toks[pe - 1].end]);
            let last_word = ctx.folded(pe - 1);
            let front = ctx.front_role(first, pe);
            // "Fundación Tejido Urbano": a town named like an organisation word opens the
            // organisation's name, not a place before a person.
            let org_word = pe - first == 1 && ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(first));
            // "il sindaco di Feltre Paolo Perenzin", "le maire d'Aubenas Bernard Fayolle": a
            // town too small for the gazetteer, after a role and its link.
            let small_town = || {
                strict
                    && lexicon::town(&prefix).is_some()
                    && (role_link_before(ctx, base.first, roles)
                        || (first == base.first
                            && elided_link(ctx, first)
                            && roles.iter().any(|(r, _)| r.last == first)))
            };
            let town = (!ctx.lex.cities_for(&prefix).is_empty() || small_town()) && !org_word;
            let prefix_known = town
                || ctx.lex.country_for(&prefix).is_some()
                || (pe - first >= 2
                    && ctx
                        .lex
                        .unambiguous_city(last_word))
                || (pe - first >= 2
                    && (ctx.lex.is_cue(Cue::OrgKeyword, last_word)
                        || ctx.lex.is_cue(Cue::OrgSuffix, last_word)))
                || front.is_some()
                // "il dirigente dell'ANCI Roberto Fabbri": a body's acronym, then a full name.
                // Not a school's kind, named after someone: "CEIP Miguel Hernández".
                || (strict
                    && pe - first == 1
                    && is_acronym(ctx.tx(first))
                    && !is_generic_acronym(ctx.tx(first))
                    && !SCHOOL_KINDS.contains(&ctx.folded(first)))
                // "il direttore del Museo Egizio Christian Greco": after a role and its link,
                // a body named by a keyword, then a full name.
                // Universities, schools and foundations are named after people ("Universidad
                // Técnica Federico Santa María").
                || (strict && pe - first >= 2 && role_link_before(ctx, base.first, roles) && {
                    (first..pe).any(|i| ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i)))
                        && !(first..pe).any(|i| named_for_people(ctx.folded(i)))
                });
            let prefix_place = town || ctx.lex.country_for(&prefix).is_some();
            // "Hassan El Idrissi", "Orlando Reyes-Whitfield": a given name that is also a town
            // (so flagged ambiguous) opens the name; "Lahti Antti Koskinen" is cut.
            let given_town = pe - first == 1
                && ctx.given_name(first)
                && ctx
                    .lex
                    .cities_for(&prefix)
                    .first()
                    .is_some_and(|c| c.ambiguous);
            // "Chanda Mwansa-Phiri": one hyphenated word is a surname, not a whole name, so
            // the town-like word before it is the given name.
            let one_word = (k + 1..last).all(|j| ctx.toks[j].start == ctx.toks[j - 1].end);
            if prefix_known
                && !given_town
                && !(one_word && pe - first == 1)
                && (strict || prefix_place || front.is_some())
            {
                // "Ho Chi Minh City", "Santa Cruz de Tenerife": a whole span that is a town is
                // not a town before a person (looked up only here, where a cut is on offer).
                let whole = &ctx.text[ctx.toks[first].start..ctx.toks[last - 1].end];
                if ctx.lex.cities_for(&fold(whole)).is_empty() {
                    cut = Some((pe, k));
                }
                break;
            }
        }
        if let Some((pe, k)) = cut {
            let prefix = make_span(ctx, &base, first, pe);
            let person = make_span(ctx, &base, k, last);
            let role_at_front = ctx.front_role(first, pe).map(|r| r.last);
            let prefix_is_role = role_at_front == Some(pe);
            if prefix_is_role {
                // The role pass finds the title; the person keeps it through adjacency.
                out.push(Span {
                    s: person,
                    title_role: Some((first, pe)),
                    affiliation_of: None,
                });
            } else if let Some(rl) = role_at_front {
                // "Secretary of Economic Development of Medellín Juan Camilo Restrepo",
                // "Deputy Mayor of Kalisz Katarzyna Zielińska".
                let r = ctx.skip_links(rl, pe);
                let pi = out.len() + usize::from(r < pe);
                if r < pe {
                    out.push(Span {
                        s: make_span(ctx, &base, r, pe),
                        title_role: None,
                        affiliation_of: Some(pi),
                    });
                }
                out.push(Span {
                    s: person,
                    title_role: Some((first, rl)),
                    affiliation_of: None,
                });
            } else {
                let pi = out.len() + 1;
                out.push(Span {
                    s: prefix,
                    title_role: None,
                    affiliation_of: Some(pi),
                });
                out.push(Span {
                    s: person,
                    title_role,
                    affiliation_of: None,
                });
            }
            continue;
        }
        // A title-case role, a link and a place: "Deputy Mayor of Kalisz" → the role pass
        // finds the role; the place stays a span of its own.
        if let Some(r) = ctx.front_role(first, last).filter(|r| r.last < last) {
            let k = ctx.skip_links(r.last, last);
            if k > r.last && k < last {
                out.push(Span {
                    s: make_span(ctx, &base, k, last),
                    title_role: None,
                    affiliation_of: None,
                });
                continue;
            }
        }
        // "Thomas Weber, Verkehrsreferent Deutscher Städtetag": German capitalises the title
        // in an apposition as it does the body after it; the body is a span of its own.
        if ctx.seg.lang == crate::segment::Lang::De
            && first == base.first
            && first > 0
            && ctx.tx(first - 1) == ","
        {
            if let Some(r) = ctx
                .front_role(first, last)
                .filter(|r| r.last == first + 1 && r.last < last)
            {
                if !person_shape(ctx, r.last, last, false) {
                    out.push(Span {
                        s: make_span(ctx, &base, r.last, last),
                        title_role: None,
                        affiliation_of: None,
                    });
                    continue;
                }
            }
        }
        // A name followed by a link and an affiliation: "Ágnes Szabó of the University of X".
        let mut split = None;
        // "prof. dr. Arjen Wiersma van de UT": a title before tells a name with an unknown
        // given name.
        let titled = title_role.is_some()
            || (base.first..first).any(|i| ctx.is_title(i))
            || honorific_before(ctx, &base);
        for p in (first + 2..last).rev() {
            let w = ctx.folded(p);
            // "Maria Teresa Caputo dell'Università di Foggia": the link is elided onto the
            // body's first word.
            if elided_link(ctx, p)
                && (person_shape(ctx, first, p, false)
                    || (titled && person_shape(ctx, first, p, true)))
            {
                split = Some((p, p));
                break;
            }
            if !AFFILIATION_LINK_SET.contains(w) || is_capitalised(ctx.tx(p)) {
                continue;
            }
            // "Joaquim Ribeiro dos Santos" is one name: a name particle followed by a single
            // word is a surname unless that word names an organisation.
            let name_particle = NAME_PARTICLE_SET.contains(w);
            let right_words = (p + 1..last)
                .filter(|&i| ctx.toks[i].kind == TokenKind::Word && is_capitalised(ctx.tx(i)))
                .count();
            let right_org = (p + 1..last).any(|i| ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i)));
            // In Dutch and German "van Rotterdam", "von Penzberg" say where someone is from.
            let from_town = matches!(
                ctx.seg.lang,
                crate::segment::Lang::Nl | crate::segment::Lang::De
            ) && matches!(w, "van" | "von")
                && right_words == 1
                && ctx
                    .lex
                    .cities_for(ctx.folded(last - 1))
                    .first()
                    .is_some_and(|c| !c.ambiguous);
            // "Arjen Wiersma van de UT": no surname is an acronym.
            let right_acronym = is_acronym(ctx.tx(last - 1));
            if name_particle
                && right_words == 1
                && !right_org
                && !right_acronym
                && last - first <= 5
                && !from_town
            {
                continue;
            }
            // "Mereani Tuilagi of the Fiji Red Cross Society": two plain words before a link
            // to a named body are a name even when the given name is unknown.
            let plain_pair = p == first + 2
                && right_org
                && !first
                    .checked_sub(1)
                    .is_some_and(|b| AFFILIATION_LINK_SET.contains(ctx.folded(b)))
                && (first..p).all(|i| {
                    let f = ctx.folded(i);
                    !field_word(f)
                        && !ctx.lex.is_cue(Cue::OrgKeyword, f)
                        && !ctx.lex.is_cue(Cue::RoleHead, f)
                        && !ctx.lex.is_cue(Cue::Month, f)
                })
                && person_shape(ctx, first, p, true);
            if person_shape(ctx, first, p, false)
                || ((titled || plain_pair) && person_shape(ctx, first, p, true))
            {
                let mut r = p + 1;
                while r < last && ARTICLE_SET.contains(ctx.folded(r)) && !is_capitalised(ctx.tx(r))
                {
                    r += 1;
                }
                if r < last {
                    split = Some((p, r));
                    break;
                }
            }
        }
        // German nouns are capitalised, so "Ausnahme von Berlin" is a noun, a preposition and
        // a name: unless a given name opens the span, "von" separates two spans.
        if split.is_none() && ctx.seg.lang == crate::segment::Lang::De && !ctx.given_name(first) {
            if let Some(p) = (first + 1..last.saturating_sub(1))
                .find(|&p| matches!(ctx.folded(p), "von" | "zu" | "aus" | "bei"))
            {
                // "Grüße von Bürgermeister Hans Maier": a title may open the name after it.
                let t = p + 1;
                let titled_name = t + 2 < last
                    && (ctx.is_title(t) || ctx.role_word(t))
                    && ctx.given_name(t + 1)
                    && person_shape(ctx, t + 1, last, false);
                let (name, title) = if titled_name {
                    (t + 1, Some((t, t + 1)))
                } else {
                    (t, title_role)
                };
                push_cut(&mut out, ctx, &base, (first, p), (name, last), title);
                continue;
            }
        }
        // "Delegation von Nino Beridze": a name after a link word, with no name before it.
        if split.is_none() {
            for p in first + 1..last.saturating_sub(1) {
                let w = ctx.folded(p);
                if !(AFFILIATION_LINK_SET.contains(w) || NAME_PARTICLE_SET.contains(w))
                    || is_capitalised(ctx.tx(p))
                {
                    continue;
                }
                // Not after a Romance body's kind alone: "Accademia di Belle Arti di Ravenna".
                let romance_kind = p == first + 1
                    && ctx.seg.lang.postposes_adjectives()
                    && ctx
                        .lex
                        .is_cue_in(Cue::OrgKeyword, ctx.folded(first), ctx.seg.lang);
                if person_shape(ctx, p + 1, last, false)
                    && !person_shape(ctx, first, p, true)
                    && !(first..p).any(|i| ctx.given_name(i))
                    && !romance_kind
                {
                    push_cut(&mut out, ctx, &base, (first, p), (p + 1, last), title_role);
                    continue 'spans;
                }
            }
        }
        // Two bodies joined by a link: "Joint Research Centre of the European Commission",
        // "Dipartimento di Informatica dell'Università di Torino", "X van België".
        if split.is_none() {
            let org_word = |i: usize| ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i));
            for p in (first + 1..last.saturating_sub(1)).rev() {
                let w = ctx.folded(p);
                let elided_link = ctx.toks[p].kind == TokenKind::Word
                    && is_capitalised(ctx.tx(p))
                    && ctx.text[ctx.toks[p].start..ctx.toks[p].end].len() != ctx.tx(p).len();
                let plain_link = AFFILIATION_LINK_SET.contains(w) && !is_capitalised(ctx.tx(p));
                if !plain_link && !elided_link {
                    continue;
                }
                let mut r = if elided_link { p } else { p + 1 };
                while r < last && ARTICLE_SET.contains(ctx.folded(r)) && !is_capitalised(ctx.tx(r))
                {
                    r += 1;
                }
                if r >= last {
                    continue;
                }
                let right_text = fold(&ctx.text[ctx.toks[r].start..ctx.toks[last - 1].end]);
                // "Technical University of Denmark", "Pontificia Universidad Católica de
                // Chile", "Biblioteca nazionale di Tunisia": a body of a country is one name in
                // every language; only a non-body before the country is cut from it.
                let right_country = ctx.lex.country_for(&right_text).is_some()
                    && !(first..p).any(|i| ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i)));
                let left_org = (first..p).any(org_word);
                let right_org = (r..last).any(org_word);
                let left_words = (first..p)
                    .filter(|&i| ctx.toks[i].kind == TokenKind::Word)
                    .count();
                // "Wixage Anai de Temuco (Chile)": a town the text places in its country ends
                // the body's name, unless the body is only a kind of body ("Universidad de X").
                // Universities carry their town in the name ("Université Cheikh Anta Diop de
                // Dakar (Sénégal)").
                let university = (first..p).any(|i| {
                    let f = ctx.folded(i);
                    f.starts_with("univers")
                        || f.starts_with("politec")
                        || f.starts_with("hochschul")
                });
                // Not a portfolio after a role ("directora de Sistemas de Información de
                // Lisboa (Portugal)") nor a name with a particle ("Claire de Montesson (France
                // Culture)").
                let after_role = roles
                    .iter()
                    .any(|(rs, _)| rs.first < base.first && rs.last + 1 >= base.first);
                let placed_town = if left_org {
                    left_words > 2 && !university
                } else {
                    !after_role
                } && last - r <= 3
                    && !(first..p).any(|i| ctx.given_name(i))
                    // "the City of Durban, South Africa" names the town.
                    && !(left_words == 1
                        && MUNICIPAL_OPENERS.contains(&ctx.folded(first)))
                    && town_placed_in_country(ctx, &right_text, last);
                // One body word before the link names no body of its own: "Department of
                // Correctional Services".
                // A body's word alone after the link is the field of the body before it:
                // "Temple University School of Pharmacy".
                let lone_word = last == r + 1;
                if (left_org && right_org && left_words >= 2 && !lone_word)
                    || (right_country && left_words >= 2)
                    || placed_town
                {
                    push_cut(&mut out, ctx, &base, (first, p), (r, last), None);
                    continue 'spans;
                }
            }
        }
        if let Some((p, r)) = split {
            let person = make_span(ctx, &base, first, p);
            let aff = make_span(ctx, &base, r, last);
            let pi = out.len();
            out.push(Span {
                s: person,
                title_role,
                affiliation_of: None,
            });
            out.push(Span {
                s: aff,
                title_role: None,
                affiliation_of: Some(pi),
            });
            continue;
        }
        out.push(Span {
            s: make_span(ctx, &base, first, last),
            title_role,
            affiliation_of: None,
        });
    }

    // "Jordan University of Science and Technology", "Oficina Nacional de Electricidad y Agua
    // Potable": an organisation name continues over a conjunction.
    let mut joined: Vec<Span> = Vec::with_capacity(out.len());
    // The last join took a field after a comma, so "and" closes that list with any plain name.
    let mut in_field_list = false;
    for sp in out {
        let list_open = std::mem::take(&mut in_field_list);
        if let Some(prev) = joined.last_mut() {
            let conjunction = |i: usize| {
                matches!(
                    ctx.folded(i),
                    "and" | "&" | "y" | "e" | "et" | "und" | "en" | "i"
                )
            };
            // "Nordic Fund for Health, Equity and Development": a list of fields inside the
            // name, which "and" closes right after the item.
            let listed_field = ctx.tx(prev.s.last) == ","
                && sp.s.first == prev.s.last + 1
                && field_word(ctx.folded(sp.s.first))
                && sp.s.last + 1 < ctx.toks.len()
                && conjunction(sp.s.last)
                && is_capitalised(ctx.tx(sp.s.last + 1));
            let gap_ok = sp.s.sentence == prev.s.sentence
                && sp.s.first > prev.s.last
                && sp.s.first <= prev.s.last + 2
                && (listed_field
                    || conjunction(prev.s.last)
                        && (sp.s.first == prev.s.last + 1
                            || ARTICLE_SET.contains(ctx.folded(prev.s.last + 1))));
            if !gap_ok {
                joined.push(sp);
                continue;
            }
            // An organisation word, or a field after a link ("Big Buyers for Climate").
            let prev_org = (prev.s.first..prev.s.last).any(|i| {
                ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i))
                    || (i > prev.s.first
                        && AFFILIATION_LINK_SET.contains(ctx.folded(i - 1))
                        && field_word(ctx.folded(i)))
            }) && prev.s.last - prev.s.first >= 2
                && prev.affiliation_of.is_none();
            let right_text = fold(ctx.span_text(&sp.s));
            let right_plain = ctx.lex.cities_for(&right_text).is_empty()
                && ctx.lex.country_for(&right_text).is_none()
                && !person_shape(ctx, sp.s.first, sp.s.last, false)
                && sp.title_role.is_none();
            // A Roman numeral numbers the body's regional office ("… Resources Region VI"): it is
            // no acronym, and the word it numbers names no other body.
            let numbered = |i: usize| i + 1 < sp.s.last && roman_numeral(ctx.tx(i + 1));
            let right_body = (sp.s.first..sp.s.last).any(|i| {
                let t = ctx.tx(i);
                (ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i)) && !numbered(i))
                    || (is_acronym(t) && !roman_numeral(t))
                    || camel_case(t)
            }) || ctx.folded(prev.s.last + 1) == "the";
            // Only fields continue a name ("… of Science and Technology", "… for Climate and
            // Environment"); a proper name after "and" is another body ("Waterschap
            // Scheldestromen en Rijkswaterstaat").
            // French and Spanish "en" is "in", inside a name ("Réseau Villes en Transition").
            let preposition = ctx.folded(prev.s.last) == "en"
                && matches!(
                    ctx.seg.lang,
                    crate::segment::Lang::Fr | crate::segment::Lang::Es
                );
            // The first word after "and" is a field or a region; the rest may name more
            // ("Cities and Regions for Sustainable Resource Management").
            let right_fields = {
                let w = ctx.folded(sp.s.first);
                field_word(w)
                    || REGION_SET.contains(w)
                    || qualified_field(ctx, &sp.s)
                    // "Bundesministerium für Wirtschaft und Klimaschutz": a German field
                    // compound.
                    || (ctx.seg.lang == crate::segment::Lang::De
                        && sp.s.last == sp.s.first + 1
                        && roles::field_noun(w, ctx.lex))
            };
            let right_plain = right_plain && (right_fields || preposition || list_open);
            // "Addis Ababa Water and Sewerage Authority": fields joined by "and" before the
            // body word that both belong to.
            let fields_then_body = !prev_org
                && sp.s.first == prev.s.last + 1
                && prev.s.last - prev.s.first >= 2
                && (prev.s.last - 2..prev.s.last).any(|i| field_word(ctx.folded(i)))
                && right_fields
                && ends_with_cue(ctx, &sp.s, Cue::OrgKeyword)
                && !prev.s.possessive
                && prev.title_role.is_none();
            // "Nurses and Midwives Council of Malawi", "Architects and Engineers Board": two
            // trades in the plural before the body word.
            let plural = |i: usize| {
                let w = ctx.folded(i);
                w.len() > 4
                    && w.ends_with('s')
                    && !is_acronym(ctx.tx(i))
                    && ctx.lex.cities_for(w).is_empty()
                    && ctx.lex.country_for(w).is_none()
            };
            let trades_then_body = prev.s.last - prev.s.first == 1
                && sp.s.first == prev.s.last + 1
                && matches!(ctx.folded(prev.s.last), "and" | "&")
                && plural(prev.s.first)
                && plural(sp.s.first)
                && (sp.s.first + 1..sp.s.last)
                    .any(|i| ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i)))
                && !prev.s.possessive
                && prev.title_role.is_none()
                && prev.affiliation_of.is_none();
            // "Junta de Castilla y León", "Bosnia and Herzegovina": the words around the
            // conjunction name one place.
            let one_place = sp.s.first == prev.s.last + 1
                && !prev.s.possessive
                && sp.s.last == sp.s.first + 1
                && {
                    let phrase =
                        fold(&ctx.text[ctx.toks[prev.s.last - 1].start..ctx.toks[sp.s.first].end]);
                    ctx.lex.is_region(&phrase)
                        || ctx.lex.country_for(&phrase).is_some()
                        || !ctx.lex.cities_for(&phrase).is_empty()
                };
            // "Dumfries and Galloway Council": a place named with "and", then the body word of
            // its council.
            // "North East and North Cumbria Integrated Care Board": a region of two words, and
            // a body's name of up to five.
            let place_then_body = sp.s.first == prev.s.last + 1
                && (1..=2).contains(&(prev.s.last - prev.s.first))
                && matches!(ctx.folded(prev.s.last), "and" | "&")
                && !prev.s.possessive
                && prev.title_role.is_none()
                && (sp.s.first + 2..=sp.s.first + 5).contains(&sp.s.last)
                && ends_with_cue(ctx, &sp.s, Cue::OrgKeyword)
                && {
                    let place = |f: &str| {
                        ctx.lex.is_region(f) || ctx.lex.cities_for(f).iter().any(|c| !c.ambiguous)
                    };
                    let phrase =
                        fold(&ctx.text[ctx.toks[prev.s.first].start..ctx.toks[sp.s.first].end]);
                    // A council's or board's word vouches for a second place no gazetteer
                    // holds ("Galloway").
                    let council =
                        matches!(ctx.folded(sp.s.last - 1), "council" | "authority" | "board");
                    let left = || {
                        fold(&ctx.text[ctx.toks[prev.s.first].start..ctx.toks[prev.s.last - 1].end])
                    };
                    // Two towns each name their own: "Leeds and Bradford City Council".
                    prev.s.last - prev.s.first == 1 && place(&phrase)
                        || council
                            && place(&left())
                            && ctx.lex.cities_for(ctx.folded(sp.s.first)).is_empty()
                };
            // "NHS Greater Glasgow and Clyde", "NHS Kent and Medway": a health board is
            // named by the places it covers.
            let health_board = sp.s.first == prev.s.last + 1
                && ctx.tx(prev.s.first) == "NHS"
                && prev.s.last - prev.s.first >= 2
                && matches!(ctx.folded(prev.s.last), "and" | "&")
                && !prev.s.possessive
                && sp.s.last - sp.s.first <= 3
                && (sp.s.first..sp.s.last).all(|i| {
                    is_capitalised(ctx.tx(i))
                        && !is_acronym(ctx.tx(i))
                        && !ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i))
                })
                && sp.title_role.is_none();
            if fields_then_body
                || trades_then_body
                || one_place
                || place_then_body
                || health_board
                || prev_org && right_plain && (!right_body || list_open) && !prev.s.possessive
            {
                prev.s.last = sp.s.last;
                prev.s.end = sp.s.end;
                prev.s.possessive = sp.s.possessive;
                in_field_list = listed_field;
                continue;
            }
        }
        joined.push(sp);
    }
    let mut out = joined;
    // "NGO Demokratie Lab": a generic acronym in front is not part of the name.
    for sp in &mut out {
        let first = ctx.tx(sp.s.first);
        if sp.s.last - sp.s.first >= 2 && is_generic_acronym(first) && !is_code_name(first) {
            sp.s.first += 1;
            sp.s.start = ctx.toks[sp.s.first].start;
        }
    }
    // A lower-case legal suffix after the name: "Deutsch-Georgische Gesellschaft Saar e.V.".
    for sp in &mut out {
        let s = &mut sp.s;
        let range = ctx.range(s);
        if s.possessive || s.last >= range.end {
            continue;
        }
        let w = ctx.folded(s.last);
        let next_dot = ctx
            .toks
            .get(s.last + 1)
            .is_some_and(|t| &ctx.text[t.start..t.end] == "." && t.start == ctx.toks[s.last].end);
        // "eG", "eV": a capital inside marks the abbreviation as well as a period does.
        // Belgian associations write theirs in lower case, undotted: "Buurtplekken vzw".
        let dotted = ctx.tx(s.last).contains('.')
            || next_dot
            || ctx.tx(s.last).chars().skip(1).any(char::is_uppercase)
            || matches!(w, "vzw" | "asbl");
        if !is_capitalised(ctx.tx(s.last))
            && dotted
            && (ctx.lex.is_cue(Cue::OrgSuffix, w)
                || ctx.lex.is_cue(Cue::OrgSuffix, &format!("{w}.")))
        {
            s.last += 1;
            s.end = ctx.toks[s.last - 1].end;
        }
    }
    // A period that ends an abbreviation belongs to the name: "S.A.", "Inc.", "U.S.".
    for sp in &mut out {
        let s = &mut sp.s;
        let last = ctx.tx(s.last - 1);
        if let Some(dot) = ctx.toks.get(s.last) {
            let glued =
                dot.start == ctx.toks[s.last - 1].end && &ctx.text[dot.start..dot.end] == ".";
            // Tested only before a glued period: it folds the word into a new string.
            let abbrev =
                || last.contains('.') || ctx.lex.is_cue(Cue::OrgSuffix, &(fold(last) + "."));
            if glued && !s.possessive && abbrev() {
                s.end = dot.end;
            }
        }
    }
    join_listed_fields(ctx, &mut out);
    join_truncated_compounds(ctx, &mut out);
    town_after_named_body(ctx, &mut out);
    german_descriptors_off(ctx, &mut out);
    group_words_off(ctx, &mut out);
    events_of_bodies_off(ctx, &mut out);
    join_possessive_bodies(ctx, &mut out);
    join_conjoined_name(ctx, &mut out, roles);
    name_tails(ctx, &mut out);
    lower_case_heads(ctx, &mut out);
    out
}

/// Heads of bodies that French, Spanish, Italian and Portuguese write in lower case before
/// the capitalised rest of the name: "université d'Avignon", "ministère de la Culture".
const LOWER_CASE_HEADS: &[&str] = &[
    // The universities and lycées first: they need no link ("l'université Paris-Saclay",
    // "le lycée Jean-Baptiste Vuillaume").
    "universite",
    "universita",
    "universidad",
    "universidade",
    "lycee",
    "ministere",
    "ministerio",
    "ministero",
    "provincie",
];

/// How many of `LOWER_CASE_HEADS`, from the first, need no link before the name.
const LINKLESS_HEADS: usize = 5;

/// Whether a folded word is the lower-case head of a body's name ("ministère", "université").
pub(super) fn lower_case_head(w: &str) -> bool {
    LOWER_CASE_HEADS.contains(&w)
}

/// "l'université d'Avignon", "le ministère de la Culture": the lower-case head and its link
/// join the name after them (without the elided article before the head).
fn lower_case_heads(ctx: &Ctx, out: &mut [Span]) {
    for sp in out.iter_mut() {
        let s = &mut sp.s;
        let floor = ctx.seg.sentences[s.sentence].tokens.start;
        // The link glued to the name ("d'Avignon") or standing before it ("de la Culture").
        let glued = &ctx.text[ctx.toks[s.first].start..ctx.folded_toks.surface_start(s.first)];
        let mut i = s.first;
        if glued.is_empty() {
            if i > floor
                && matches!(
                    ctx.folded(i - 1),
                    "la" | "le"
                        | "les"
                        | "el"
                        | "los"
                        | "las"
                        | "il"
                        | "lo"
                        | "o"
                        | "a"
                        | "os"
                        | "as"
                )
            {
                i -= 1;
            }
            let link = i > floor
                && matches!(
                    ctx.folded(i - 1),
                    "de" | "di" | "du" | "des" | "del" | "della" | "da" | "do" | "dos" | "das"
                );
            if !link {
                // "l'université Toulouse-Jean-Jaurès": a university's head needs no link.
                let university = s.first > floor && {
                    let f = ctx.folded(s.first - 1);
                    LOWER_CASE_HEADS[..LINKLESS_HEADS].contains(&&f[roles::elision_len(f)..])
                };
                // "Gedeputeerde Lisa Dekker van de provincie Zuid-Holland": the province a
                // person works for is a body.
                let province = ctx.seg.lang == crate::segment::Lang::Nl
                    && s.first >= floor + 4
                    && ctx.folded(s.first - 1) == "provincie"
                    && ctx.folded(s.first - 2) == "de"
                    && ctx.folded(s.first - 3) == "van"
                    && is_capitalised(ctx.tx(s.first - 4));
                if !university && !province {
                    continue;
                }
                i = s.first;
            } else {
                i -= 1;
            }
        } else if matches!(fold(glued).as_str(), "l'" | "l’")
            && i > floor
            && matches!(ctx.folded(i - 1), "de" | "di" | "da")
        {
            // "le ministère de l'Enseignement supérieur": the link stands before the article.
            i -= 1;
        } else if !matches!(fold(glued).as_str(), "d'" | "d’" | "dell'" | "dell’") {
            continue;
        }
        let Some(head) = i.checked_sub(1).filter(|&h| h >= floor) else {
            continue;
        };
        let surface = ctx.tx(head);
        let f = ctx.folded(head);
        let f = &f[roles::elision_len(f)..];
        if ctx.toks[head].kind != TokenKind::Word
            || is_capitalised(surface)
            || !LOWER_CASE_HEADS.contains(&f)
        {
            continue;
        }
        s.first = head;
        s.start = ctx.toks[head].start + roles::elision_len(surface);
        s.sentence_initial = false;
        // "de l'Enseignement supérieur": a field's adjective after it, in lower case.
        let end = ctx.seg.sentences[s.sentence].tokens.end;
        while s.last < end
            && ctx.seg.lang.postposes_adjectives()
            && ctx.toks[s.last].kind == TokenKind::Word
            && !is_capitalised(ctx.tx(s.last))
            && roles::adjective_like(ctx.folded(s.last))
            && ctx.toks[s.last - 1].end < ctx.toks[s.last].start
        {
            s.end = ctx.toks[s.last].end;
            s.last += 1;
        }
    }
}

/// Whether token `i` opens (`open`) or closes a quotation.
fn quote_mark(ctx: &Ctx, i: usize, open: bool) -> bool {
    let marks: &[&str] = if open {
        &["“", "\"", "«", "„"]
    } else {
        &["”", "\"", "»", "“"]
    };
    ctx.toks
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Punct && marks.contains(&ctx.tx(i)))
}

/// Names of bodies that go on past where capitalised words stop: a quoted name after the kind
/// of body ("Istituto Alberghiero “Velso Mucci”", "Instituto Helénico de Investigação Agrícola
/// “DEMETER”"), and the country or region a body of another one is in ("High Commission of
/// Canada in India", "Embassy of the Socialist Republic of Vietnam in Ireland"). A town after
/// "in" is left out: it more often says where a body is than names it.
fn name_tails(ctx: &Ctx, out: &mut Vec<Span>) {
    let body = |s: &NameSpan| {
        !s.possessive
            && (s.first..s.last).any(|i| {
                ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i))
                    || ctx.seg.lang == crate::segment::Lang::De
                        && roles::german_body_compound(ctx.folded(i))
            })
    };
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (out[k].s, out[k + 1].s);
        let same = a.sentence == b.sentence && body(&a);
        let quoted = same
            && b.first == a.last + 1
            && quote_mark(ctx, a.last, true)
            && ctx.toks[a.last].end == ctx.toks[b.first].start
            && b.last - b.first <= 4
            && quote_mark(ctx, b.last, false)
            && !b.possessive;
        let place = same
            && b.first == a.last + 1
            && ctx.folded(a.last) == "in"
            && ctx.word_count(&b) <= 2
            && !b.possessive
            && (a.first..a.last).any(|i| OBJECT_LINKS.contains(&ctx.folded(i)))
            // "University of Tartu in Estonia": a body of a town says where it is.
            && !(a.last >= 1 && is_town(ctx.lex, ctx.folded(a.last - 1)))
            && {
                let f = fold(ctx.span_text(&b));
                ctx.lex.country_for(&f).is_some() || ctx.lex.is_region(&f)
            };
        // "Verband kommunaler Unternehmen", "Verein deutscher Ingenieure": German names a
        // body's members with a genitive plural adjective.
        let genitive = same
            && ctx.seg.lang == crate::segment::Lang::De
            && a.last == a.first + 1
            && b.first == a.last + 1
            && b.last == b.first + 1
            && !is_capitalised(ctx.tx(a.last))
            && ctx.folded(a.last).len() > 4
            && ctx.folded(a.last).ends_with("er")
            && !ctx.seg.lang.is_stop_word(ctx.folded(a.last));
        // "Parc national des Pyrénées", "Città metropolitana di Napoli": a Romance body's word
        // alone, one or two lower-case adjectives, a link, then a name.
        let romance = same
            && ctx.seg.lang.postposes_adjectives()
            && a.last == a.first + 1
            && ctx.folded(a.first).len() >= 4
            && !is_acronym(ctx.tx(a.first))
            && ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(a.first))
            && (1..=2).any(|n| {
                b.first == a.last + n + 1
                    && (a.last..a.last + n).all(|i| {
                        ctx.toks[i].kind == TokenKind::Word
                            && !is_capitalised(ctx.tx(i))
                            && roles::adjective_like(ctx.folded(i))
                    })
                    && matches!(
                        ctx.folded(a.last + n),
                        "de" | "des" | "du" | "di" | "del" | "della" | "da" | "do" | "dos" | "das"
                    )
            })
            && ctx.word_count(&b) <= 3;
        // "Verband der Chemischen Industrie", "Vereinigung der Bayerischen Wirtschaft": a
        // German body's word alone before its genitive complement ("Berg- und Skiführer"
        // joined by a hyphen too).
        let complement = same
            && ctx.seg.lang == crate::segment::Lang::De
            && a.last == a.first + 1
            && b.first == a.last + 1
            && matches!(ctx.tx(a.last), "der" | "des")
            && ctx.folded(a.first).len() >= 4
            // "Bundesbildungszentrum des Deutschen Dachdeckerhandwerks": a compound too.
            && (ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(a.first))
                // Not when the complement is a body of its own: "Bildungszentrum der
                // Handwerkskammer für Oberfranken" is a unit of the chamber.
                || roles::german_body_compound(ctx.folded(a.first))
                    && !(b.first..b.last).any(|i| {
                        let f = ctx.folded(i);
                        roles::body_word(f, ctx.lex)
                            || roles::german_body_compound(f) && !f.contains("handwerk")
                    }))
            && ctx.word_count(&b) <= 4
            && !b.possessive
            // An adjective opens the complement, or it names a place ("des Saarlandes"); not
            // "Programm des Tages".
            && {
                let first = ctx.folded(b.first);
                let place = |f: &str| {
                    ctx.lex.is_region(f)
                        || ctx.lex.country_for(f).is_some()
                        || !ctx.lex.cities_for(f).is_empty()
                };
                let whole = fold(ctx.span_text(&b));
                (first.len() > 5 && (first.ends_with("en") || first.ends_with("er")))
                    || ["es", "s"]
                        .iter()
                        .any(|e| whole.strip_suffix(e).is_some_and(place))
            };
        let mut tail = b;
        if complement
            && b.last + 2 < ctx.toks.len()
            && ctx.tx(b.last) == "-"
            && matches!(ctx.tx(b.last + 1), "und" | "oder")
            && is_capitalised(ctx.tx(b.last + 2))
        {
            tail.last = b.last + 3;
            tail.end = ctx.toks[b.last + 2].end;
        }
        if quoted || place || genitive || romance || complement {
            let b = tail;
            let (last, end) = if quoted {
                (b.last + 1, ctx.toks[b.last].end)
            } else {
                (b.last, b.end)
            };
            out[k].s.last = last;
            out[k].s.end = end;
            remove_spans(out, k, k + 1..k + 2);
            continue;
        }
        k += 1;
    }
}

/// "concejala de Transición Ecológica del Ayuntamiento de Logroño", "directora municipal de
/// Sistemas de Información de Lisboa": after a role and its link, a name that is a field, a
/// link and then a body or a town is the role's portfolio and the affiliation. The portfolio
/// joins the role; the span keeps the body or town.
fn portfolio_before_body(ctx: &Ctx, spans: &mut [Span], roles: &mut [(RoleSpan, usize)]) {
    for sp in spans.iter_mut() {
        let s = sp.s;
        let Some(link) = s.first.checked_sub(1) else {
            continue;
        };
        let Some(ri) = roles.iter().position(|(r, _)| r.last == link) else {
            continue;
        };
        // "Head of Planning at Transport for London": after "at" comes where the role is
        // held, whole.
        if !AFFILIATION_LINK_SET.contains(ctx.folded(link))
            || is_capitalised(ctx.tx(link))
            || EMPLOYER_LINKS.contains(&ctx.folded(link))
        {
            continue;
        }
        // "el alcalde de Jerez de la Frontera": a town's whole name holds no portfolio.
        let whole = fold(ctx.span_text(&s));
        if is_town(ctx.lex, &whole) {
            continue;
        }
        let org_word = |i: usize| ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i));
        for p in (s.first + 1..s.last.saturating_sub(1)).rev() {
            if !AFFILIATION_LINK_SET.contains(ctx.folded(p)) || is_capitalised(ctx.tx(p)) {
                continue;
            }
            let mut r = p + 1;
            while r < s.last && ARTICLE_SET.contains(ctx.folded(r)) && !is_capitalised(ctx.tx(r)) {
                r += 1;
            }
            if r >= s.last || (s.first..p).any(org_word) || p - s.first > 4 {
                continue;
            }
            let right = fold(&ctx.text[ctx.toks[r].start..s.end]);
            let town = ctx.lex.unambiguous_city(&right);
            let body = org_word(r) || MUNICIPAL_WORDS.contains(&ctx.folded(r));
            if !(town || body) {
                continue;
            }
            let role = &mut roles[ri].0;
            role.last = p;
            role.end = ctx.toks[p - 1].end;
            sp.s.first = r;
            sp.s.start = ctx.toks[r].start;
            sp.s.sentence_initial = false;
            break;
        }
    }
}

/// "St Hilda's Hospice", "St. Brendan's Health Centre", "Queen's University Belfast", "Women's
/// Engineering Society": a possessive that is no place, body or person's full name, right
/// before a body's name, opens that name. "Kenya's Ministry of Health" and "the Commission's
/// Joint Research Centre" stay two names.
fn join_possessive_bodies(ctx: &Ctx, out: &mut Vec<Span>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (out[k].s, out[k + 1].s);
        let same = a.sentence == b.sentence && out[k].title_role.is_none();
        // "St." before the saint's name: the period is the abbreviation's.
        let saint_abbreviation = same
            && a.last == a.first + 1
            && !a.possessive
            && matches!(ctx.tx(a.first), "St" | "Ste")
            && b.first == a.last + 1
            && ctx.tx(a.last) == "."
            && ctx.toks[a.last].start == ctx.toks[a.first].end;
        if saint_abbreviation {
            absorb_next(out, k);
            continue;
        }
        let joins = same
            && a.possessive
            && b.first == a.last
            && a.last - a.first <= 4
            && (b.first..b.last).any(|i| ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i)))
            && (a.first..a.last).all(|i| {
                let f = ctx.stem(i);
                // "CINEA's", "CoR's": a body's short name, not part of the next name.
                strip_possessive(ctx.tx(i)).0.chars().filter(|c| c.is_uppercase()).count() < 2
                    && !ctx.lex.is_cue(Cue::OrgKeyword, f)
                    // "Kisumu County's Executive Committee": a place's own word.
                    && !matches!(
                        f,
                        "county" | "province" | "state" | "region" | "district" | "city" | "town"
                    )
            })
            && {
                let own = fold(ctx.span_text(&a));
                !is_town(ctx.lex, &own)
                    && ctx.lex.country_for(&own).is_none()
                    && !ctx.lex.is_region(&own)
            }
            && (SAINTS.contains(&ctx.folded(a.first))
                || !person_shape(ctx, a.first, a.last, false));
        if joins {
            absorb_next(out, k);
            continue;
        }
        k += 1;
    }
}

/// "Representatives of the Association of British Insurers", "Graduates of the Faculty of
/// Technology": a group's word opening the sentence, capitalised for that alone, and its link
/// are no part of the name after them.
fn group_words_off(ctx: &Ctx, out: &mut [Span]) {
    for sp in out.iter_mut() {
        let s = sp.s;
        if !s.sentence_initial || sp.title_role.is_some() || s.last < s.first + 3 {
            continue;
        }
        if !matches!(ctx.folded(s.first + 1), "of" | "from") {
            continue;
        }
        let w = ctx.folded(s.first);
        // Or a plural of people ("Graduates", "Members") that the text writes in lower case
        // elsewhere: a common noun ("Ports of Fiji Authority" names things).
        let common = || {
            ["ors", "ers", "ists", "ians", "ants", "ents", "ates"]
                .iter()
                .any(|e| w.ends_with(e))
                && (0..ctx.toks.len())
                    .any(|i| i != s.first && ctx.folded(i) == w && !is_capitalised(ctx.tx(i)))
        };
        if !(ctx.lex.is_cue(Cue::GenericGroup, w) || plural_role(ctx, s.first) || common()) {
            continue;
        }
        let mut first = s.first + 2;
        while first + 1 < s.last && ARTICLE_SET.contains(ctx.folded(first)) {
            first += 1;
        }
        if is_capitalised(ctx.tx(first)) {
            sp.s = make_span(ctx, &s, first, s.last);
            sp.s.sentence_initial = false;
        }
    }
}

/// "Ferry Safety Conference of the International Association of Ferry Operators", "Stakeholder
/// Day of the Chittagong Port Authority": an event named after the body that holds it; the
/// body is the name after "of". Dutch and German write the event in one word:
/// "Scheerdersdag van Scheerdersgilde Nederland", "Jahrestagung des Deutschen Imkerbundes".
fn events_of_bodies_off(ctx: &Ctx, out: &mut [Span]) {
    let compounding = matches!(
        ctx.seg.lang,
        crate::segment::Lang::De | crate::segment::Lang::Nl
    );
    let event = |i: usize| {
        let f = ctx.folded(i);
        let keyword = ctx.lex.is_cue(Cue::EventKeyword, f);
        match ctx.folded(i + 1) {
            "of" => keyword,
            "van" | "des" | "der" => {
                compounding
                    && (keyword
                        || EVENT_COMPOUND_TAILS
                            .iter()
                            .any(|t| f.len() >= t.len() + 3 && f.ends_with(t)))
            }
            _ => false,
        }
    };
    for sp in out.iter_mut() {
        let s = sp.s;
        if s.last < s.first + 4 || sp.title_role.is_some() {
            continue;
        }
        let Some(e) = (s.first..s.last - 2).find(|&i| event(i)) else {
            continue;
        };
        let mut first = e + 2;
        while first + 1 < s.last && ARTICLE_SET.contains(ctx.folded(first)) {
            first += 1;
        }
        let body = (first..s.last).any(|i| {
            ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i))
                || roles::german_body_compound(ctx.folded(i))
        });
        // "Spring Meeting of Library Directors": a meeting of people, not of a body.
        if body && is_capitalised(ctx.tx(first)) && !plural_role(ctx, s.last - 1) {
            sp.s = make_span(ctx, &s, first, s.last);
            sp.s.sentence_initial = false;
        }
    }
}

/// Ends of Dutch and German one-word event names ("Scheerdersdag", "Jahrestagung"). German
/// "-tag" is left out: "Landtag", "Städtetag" are bodies.
const EVENT_COMPOUND_TAILS: &[&str] = &[
    "dag",
    "dagen",
    "tagung",
    "kongress",
    "congres",
    "treffen",
    "konferenz",
    "conferentie",
    "symposium",
    "festival",
];

/// Kinds of venues and stations, which have names of their own ("Teatro Colón").
const NAMED_VENUES: &[&str] = &[
    "teatro", "theatre", "theater", "radio", "cinema", "cine", "hotel",
];

/// Whether the word before token `i` is the kind of a body in lower case ("la cooperativa
/// Pane e Rose").
fn kind_of_body_before(ctx: &Ctx, i: usize) -> bool {
    i > 0
        && ctx.toks[i - 1].kind == TokenKind::Word
        && !is_capitalised(ctx.tx(i - 1))
        && ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i - 1))
}

/// "la cooperativa Il Sentiero di Sondrio", "la cooperativa Pane e Rose di Matera": after the
/// kind of body in lower case, its name stops before "of" and a town, which says where the
/// body is. Names that open with their kind ("Università di Bologna", "Comune di Feltre") are
/// not cut: there the town is part of the name. A firm named by its partners is cut too.
fn town_after_named_body(ctx: &Ctx, out: &mut Vec<Span>) {
    let body_before = |i: usize| kind_of_body_before(ctx, i);
    let mut k = 0;
    while k < out.len() {
        let s = out[k].s;
        // The name itself, or the second of two words joined by "and" after the body's kind.
        let named = body_before(s.first)
            || (k > 0 && {
                let a = out[k - 1].s;
                a.last + 1 == s.first
                    && a.sentence == s.sentence
                    && matches!(ctx.folded(a.last), "e" | "y" | "et" | "and" | "en" | "und")
                    && body_before(a.first)
            });
        // A link with an article ("Les Jardins du Richelieu", "Cafés del Ruiz") names a
        // river, a mountain or a region more often than a town; Portuguese towns take one.
        let pt = ctx.seg.lang == crate::segment::Lang::Pt;
        let link = (s.first + 1..s.last.saturating_sub(1)).find(|&i| {
            let w = ctx.folded(i);
            (matches!(w, "di" | "de" | "of") || pt && matches!(w, "do" | "da"))
                && !is_capitalised(ctx.tx(i))
        });
        // "Teatro Colón di Buenos Aires", "Radio Wayra Suyu de Sicuani": a venue or a station
        // has a name of its own between its kind and its town ("Teatro di Roma" has none).
        let venue = NAMED_VENUES.contains(&ctx.folded(s.first))
            && s.first + 2 < s.last
            && !AFFILIATION_LINK_SET.contains(ctx.folded(s.first + 1));
        // "Moss & Whitcombe of Flint", "Hastings & Sons Funeral Service of Rye": a firm named
        // by its partners says where it is after "of".
        let firm = |p: usize| (s.first + 1..p).any(|i| ctx.tx(i) == "&");
        let cut = out[k].title_role.is_none() && !s.possessive;
        if let Some(p) = link.filter(|&p| cut && (named || venue || firm(p))) {
            let place = fold(&ctx.text[ctx.toks[p + 1].start..s.end]);
            let town = is_town(ctx.lex, &place);
            let from = if venue { s.first + 1 } else { s.first };
            let kind = (from..p).any(|i| ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(i)));
            if town && (!kind || firm(p)) {
                let base = s;
                out[k].s = make_span(ctx, &base, s.first, p);
                let mut place_span = make_span(ctx, &base, p + 1, s.last);
                place_span.sentence_initial = false;
                insert_span(
                    out,
                    k + 1,
                    Span {
                        s: place_span,
                        title_role: None,
                        affiliation_of: None,
                    },
                );
                k += 1;
            }
        }
        k += 1;
    }
}

/// "Ministry of Housing, Communities and Local Government": a body named by its fields
/// goes on over a list of further fields (commas, then "and"), which name no one.
/// "giornalista di Terra e Vita", "editor of Bread and Roses", "la cooperativa Pane e Rose":
/// after a role and its link, or a body's kind, two single words joined by "and" are one name, when neither is a place (a role's complement
/// names one body; "Lyon and Paris" are two places), even words named like people ("Vita").
fn join_conjoined_name(ctx: &Ctx, out: &mut Vec<Span>, roles: &[(RoleSpan, usize)]) {
    let single = |s: &NameSpan| {
        s.last == s.first + 1 && !s.possessive && !is_acronym(ctx.tx(s.first)) && {
            let f = ctx.folded(s.first);
            !is_town(ctx.lex, f)
                && ctx.lex.country_for(f).is_none()
                && !ctx.lex.is_region(f)
                // Fields and languages are listed, not named: "Director of Fares and
                // Ticketing", "translator of Arabic and Italian".
                && !field_word(f)
                && !roles::field_noun(f, ctx.lex)
                && ctx.lex.country_for_demonym(f).is_none()
        }
    };
    // "the Fisheries and Maritime Museum", "the Science and Industry Museum": after "the", a
    // word joined by "and" to a body's name is the first of its fields.
    // Opening a sentence too: "Health and Safety Executive inspector Claire Dunmore".
    // After a preposition too, when the word is a common English one: "led by Health and
    // Safety Authority inspector Mark Dolan".
    let field_of_body = |a: &NameSpan, b: &NameSpan| {
        (a.sentence_initial
            || a.first > 0 && ctx.folded(a.first - 1) == "the"
            || a.first > 0
                && matches!(
                    ctx.folded(a.first - 1),
                    "by" | "from" | "at" | "with" | "for" | "of" | "to"
                )
                && crate::lexicon::english_word(ctx.folded(a.first)))
            && a.last == a.first + 1
            && !a.possessive
            && !is_acronym(ctx.tx(a.first))
            && {
                let f = ctx.folded(a.first);
                // A small town named like a word stays a word ("Alpine").
                ctx.lex.cities_for(f).is_empty()
                    && ctx.lex.country_for(f).is_none()
                    && !ctx.lex.is_region(f)
                    && ctx.lex.country_for_demonym(f).is_none()
                    && !ctx.lex.is_given_name(f)
                    && !ctx.lex.is_cue(Cue::OrgKeyword, f)
            }
            && ctx.lex.is_cue(Cue::OrgKeyword, ctx.stem(b.last - 1))
    };
    // "Perth and Kinross Council", "Newfoundland and Labrador Teachers' Association": a body
    // named after two places joined by "and" (a council area, a province).
    let place = |i: usize| {
        let f = ctx.stem(i);
        is_town(ctx.lex, f) || ctx.lex.is_region(f)
    };
    // "Bath and North East Somerset Council": a compass word before the second place.
    let compass = |i: usize| {
        matches!(
            ctx.folded(i),
            "north" | "south" | "east" | "west" | "central"
        )
    };
    let place_after_compass = |b: &NameSpan| {
        let first = (b.first..b.last - 1)
            .find(|&i| !compass(i))
            .unwrap_or(b.first);
        first < b.last - 1 && place(first)
    };
    // "South Tyneside and Sunderland NHS Foundation Trust": the first place may open with a
    // compass word too, and then need not be known ("Tyneside").
    let first_place = |a: &NameSpan| {
        a.last == a.first + 1 && place(a.first)
            || a.last == a.first + 2 && compass(a.first) && is_capitalised(ctx.tx(a.first + 1))
    };
    let places_of_body = |a: &NameSpan, b: &NameSpan| {
        first_place(a)
            && !a.possessive
            && b.last >= b.first + 2
            && place_after_compass(b)
            && ctx.lex.is_cue(Cue::OrgKeyword, ctx.stem(b.last - 1))
            // "Leeds and Bradford City Council": the second names its own town's body.
            && !(b.first..b.last).any(|i| matches!(ctx.folded(i), "city" | "town" | "borough"))
    };
    // "Junta de Castilla y León": a region's name with "and" in it, the second part in the
    // span after.
    let region_across = |a: &NameSpan, b: &NameSpan| {
        let mut key = format!("{} {}", ctx.folded(a.last - 1), ctx.folded(a.last));
        (b.first..b.last).any(|j| {
            key.push(' ');
            key.push_str(ctx.folded(j));
            ctx.lex.is_region(&key)
        })
    };
    // "Fondazione Carta e Filigrana", "Fundación Alimentación y Territorio": in the Romance
    // languages, a body's kind, one word, "and" and one word are one name, at the span's start
    // or after a link ("Paolo Rossi della Fondazione Carta e …"), when the kind and its word
    // are written only there. Not in Dutch or German, where such names are compounds and the
    // word after "and" is a second body ("het Waterschap Scheldestromen en Rijkswaterstaat").
    let kind_word_and_word = |a: &NameSpan, b: &NameSpan| {
        let kind = a.last.saturating_sub(2);
        ctx.seg.lang.postposes_adjectives()
            && kind >= a.first
            && !a.possessive
            && (kind == a.first || AFFILIATION_LINK_SET.contains(ctx.folded(kind - 1)))
            && ctx.lex.is_cue_in(Cue::OrgKeyword, ctx.folded(kind), ctx.seg.lang)
            && b.last == b.first + 1
            && !b.possessive
            // Fields too ("Federatie Landbouw en Zorg"); a small town's name is a word's
            // ("Carta", "Terra").
            && [kind + 1, b.first].iter().all(|&i| {
                let f = ctx.folded(i);
                !is_acronym(ctx.tx(i))
                    && !ctx.given_name(i)
                    && ctx.lex.cities_for(f).is_empty()
                    && ctx.lex.country_for(f).is_none()
                    && !ctx.lex.is_region(f)
                    && ctx.lex.country_for_demonym(f).is_none()
            })
            && {
                let named = &ctx.text[ctx.toks[kind].start..ctx.toks[kind + 1].end];
                ctx.text.matches(named).nth(1).is_none()
            }
    };
    // "Instituto de Cerámica y Vidrio del CSIC", "Escola de Artes e Ofícios de Braga": in the
    // Romance languages, a body's kind, a link and a field, "and" and a second field that a
    // link carries on are one name. A parent body's acronym after the link stays its own
    // name, as does a parent body ("… e Arte da Universidade de Aveiro"); `Some(true)` asks
    // for that cut.
    let kind_of_two_fields = |a: &NameSpan, b: &NameSpan| {
        // A small town named like a field stays a field ("Artes").
        let word = |i: usize| {
            let f = ctx.folded(i);
            is_capitalised(ctx.tx(i))
                && !is_acronym(ctx.tx(i))
                && !ctx.given_name(i)
                && ctx.lex.cities_for(f).is_empty()
                && ctx.lex.country_for(f).is_none()
                && !ctx.lex.is_region(f)
        };
        let link = |i: usize| {
            matches!(
                ctx.folded(i),
                "de" | "del" | "di" | "da" | "do" | "dos" | "das" | "des" | "du" | "della" | "dei"
            )
        };
        let fits = ctx.seg.lang.postposes_adjectives()
            && a.last == a.first + 3
            && !a.possessive
            && ctx
                .lex
                .is_cue_in(Cue::OrgKeyword, ctx.folded(a.first), ctx.seg.lang)
            && link(a.first + 1)
            && word(a.first + 2)
            && b.last >= b.first + 3
            && word(b.first)
            && link(b.first + 1);
        fits.then(|| {
            b.last == b.first + 3 && is_acronym(ctx.tx(b.first + 2))
                || ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(b.first + 2))
        })
    };
    // "Armagh Observatory and Planetarium", "Birmingham Museum and Art Gallery": one house of
    // two kinds. "Cork City and County Archives": a city and county's body.
    let two_kinds = |a: &NameSpan, b: &NameSpan| {
        let venue = |i: usize| HOUSE_KINDS.contains(&ctx.stem(i));
        let common = |i: usize| {
            let f = ctx.folded(i);
            !is_acronym(ctx.tx(i))
                && !ctx.given_name(i)
                && !is_town(ctx.lex, f)
                && ctx.lex.country_for(f).is_none()
                && ctx.lex.country_for_demonym(f).is_none()
        };
        !a.possessive
            && a.last >= a.first + 2
            && b.last <= b.first + 3
            && (b.first..b.last).all(common)
            && (venue(a.last - 1) && venue(b.last - 1)
                || ctx.folded(a.last - 1) == "city"
                    && ctx.folded(b.first) == "county"
                    && b.last > b.first + 1
                    && ctx.lex.is_cue(Cue::OrgKeyword, ctx.stem(b.last - 1)))
    };
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (out[k].s, out[k + 1].s);
        // Two spans of one sentence with a conjunction alone between them.
        let conjunction =
            (b.first == a.last + 1 && a.sentence == b.sentence && out[k].title_role.is_none())
                .then(|| ctx.folded(a.last));
        let and = conjunction.is_some_and(|c| matches!(c, "and" | "e" | "y" | "et" | "und" | "en"));
        let english_and = conjunction.is_some_and(|c| matches!(c, "and" | "&"));
        let joined = and && (region_across(&a, &b) || kind_word_and_word(&a, &b))
            || english_and
                && (field_of_body(&a, &b) || places_of_body(&a, &b) || two_kinds(&a, &b))
            || and
                && single(&a)
                && single(&b)
                && (role_link_before(ctx, a.first, roles) || kind_of_body_before(ctx, a.first));
        if joined {
            absorb_next(out, k);
        } else if let Some(cut) = and.then(|| kind_of_two_fields(&a, &b)).flatten() {
            if cut {
                let parent = make_span(ctx, &b, b.first + 2, b.last);
                out[k + 1].s = make_span(ctx, &b, b.first, b.first + 1);
                absorb_next(out, k);
                insert_span(
                    out,
                    k + 1,
                    Span {
                        s: parent,
                        title_role: None,
                        affiliation_of: None,
                    },
                );
            } else {
                absorb_next(out, k);
            }
        }
        k += 1;
    }
}

/// "Industrie- und Handelskammer", "Hout- en Meubileringscollege": in German and Dutch a
/// compound's shared tail is left off the first of two joined words, which keeps a hyphen;
/// the name takes the hyphened word, and the name before it when one ends there
/// ("Sächsischer Städte- und Gemeindetag").
fn join_truncated_compounds(ctx: &Ctx, out: &mut Vec<Span>) {
    if !matches!(
        ctx.seg.lang,
        crate::segment::Lang::De | crate::segment::Lang::Nl
    ) {
        return;
    }
    let mut k = 0;
    while k < out.len() {
        let s = out[k].s;
        let floor = ctx.range(&s).start;
        // The hyphen, its own token or the last character of the word's.
        let word = (s.first >= floor + 2
            && matches!(ctx.folded(s.first - 1), "und" | "oder" | "en" | "of"))
        .then(|| s.first - 2)
        .and_then(|p| {
            if ctx.tx(p) == "-" {
                (p > floor && ctx.toks[p].start == ctx.toks[p - 1].end).then(|| p - 1)
            } else {
                ctx.tx(p).ends_with('-').then_some(p)
            }
        })
        .filter(|&w| {
            ctx.toks[w].kind == TokenKind::Word
                && is_capitalised(ctx.tx(w))
                && ctx.toks[s.first - 1].start > ctx.toks[s.first - 2].end
        });
        if let Some(w) = word {
            if k > 0 && out[k - 1].s.last > w && out[k - 1].s.first <= w {
                absorb_next(out, k - 1);
                continue;
            }
            out[k].s = make_span(ctx, &s, w, s.last);
        }
        k += 1;
    }
}

/// Kinds of house a body may name two of ("Museum and Art Gallery"), folded.
const HOUSE_KINDS: &[&str] = &[
    "museum",
    "observatory",
    "planetarium",
    "gallery",
    "galleries",
    "library",
    "archive",
    "archives",
    "garden",
    "gardens",
    "zoo",
    "aquarium",
    "theatre",
    "theater",
    "arboretum",
];

fn join_listed_fields(ctx: &Ctx, out: &mut Vec<Span>) {
    let fields = |sp: &Span| {
        let words = ctx.word_tokens(&sp.s);
        words.len() <= 3 && !sp.s.possessive && words.iter().all(|&i| field_word(ctx.folded(i)))
            || fields_of_a_place(ctx, &words)
    };
    // "… of Hematology and Blood Transfusion": a last item of up to two words whose last is a
    // field by its ending, with no body's word, place or acronym in it.
    let ending_field = |sp: &Span| {
        let words = ctx.word_tokens(&sp.s);
        words.len() <= 2
            && !sp.s.possessive
            && words.last().is_some_and(|&i| {
                let f = ctx.folded(i);
                field_word(f) || roles::field_noun(f, ctx.lex)
            })
            && words.iter().all(|&i| {
                let f = ctx.folded(i);
                !is_acronym(ctx.tx(i))
                    && !ctx.lex.is_cue(Cue::OrgKeyword, f)
                    && ctx.lex.cities_for(f).is_empty()
                    && ctx.lex.country_for(f).is_none()
            })
    };
    // "Department for Energy Security and Net Zero": a last item of up to two capitalised
    // words that name no body, place, acronym or person.
    let plain_last_item = |sp: &Span| {
        let words = ctx.word_tokens(&sp.s);
        // "y el Reto Demográfico": a Romance adjective after a given name makes a noun of it.
        let noun_and_adjective = words.len() == 2
            && ctx.seg.lang.postposes_adjectives()
            && roles::adjective_like(ctx.folded(words[1]));
        words.len() <= 2
            && !sp.s.possessive
            && (!ctx.given_name(sp.s.first) || noun_and_adjective)
            && words.iter().all(|&i| {
                let f = ctx.folded(i);
                !is_acronym(ctx.tx(i))
                    && !ctx.lex.is_cue(Cue::OrgKeyword, f)
                    && !ctx.lex.is_cue(Cue::OrgSuffix, f)
                    && !is_town(ctx.lex, f)
                    && ctx.lex.country_for(f).is_none()
                    && !ctx.lex.is_region(f)
            })
    };
    // Dutch "en" is "and" ("Ministerie van Infrastructuur en Waterstaat"); elsewhere it is
    // "in" ("Ecologistas en Acción").
    let dutch = ctx.seg.lang == crate::segment::Lang::Nl;
    let conjunction = |w: &str| matches!(w, "and" | "und" | "et" | "y" | "e") || dutch && w == "en";
    let mut k = 0;
    while k < out.len() {
        let a = out[k].s;
        // "Department of …", "National Institute of …": a body's word, at most one word
        // after the start, and its link.
        // "Ministerio para la Transición Ecológica y el Reto Demográfico": or its purpose.
        let body = (a.first..(a.first + 2).min(a.last)).any(|j| {
            a.last >= j + 3
                && ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(j))
                && (AFFILIATION_LINK_SET.contains(ctx.folded(j + 1))
                    || matches!(ctx.folded(j + 1), "para" | "pour" | "per" | "voor" | "fur"))
        });
        let mut end = k;
        let mut commas = 0;
        while body && end + 1 < out.len() {
            let (cur, next) = (&out[end].s, &out[end + 1]);
            let sep = ctx.folded(cur.last);
            // "de la Culture et des Communications", "del Campo, la Pesca y la Alimentación":
            // Romance lists repeat the article before each field.
            let article_gap = next.s.first == cur.last + 2
                && ARTICLES.contains(&ctx.folded(cur.last + 1))
                && !is_capitalised(ctx.tx(cur.last + 1));
            let joined =
                (next.s.first == cur.last + 1 || article_gap) && next.s.sentence == a.sentence;
            let last_item = conjunction(sep)
                && (ending_field(next)
                    // Romance lists repeat the article before the last field ("y el Reto
                    // Demográfico"); English "and the …" opens the next name.
                    || (next.s.first == cur.last + 1
                        || (article_gap && ctx.seg.lang.postposes_adjectives()))
                        && plain_last_item(next));
            // "Department of Agriculture, Conservation and Forestry": a plain word after a
            // comma, when the list goes on to end with "and" (else nothing is joined).
            let plain_item = sep == ","
                && next.s.first == cur.last + 1
                && next.s.last == next.s.first + 1
                && plain_last_item(next);
            if !joined || !(fields(next) || last_item || plain_item) || cur.possessive {
                break;
            }
            if sep == "," {
                commas += 1;
                end += 1;
            } else if conjunction(sep) && (commas > 0 || next_is_one_field(ctx, next) || last_item)
            {
                end += 1;
                break;
            } else {
                break;
            }
        }
        let closed = end > k && !matches!(ctx.folded(out[end - 1].s.last), ",");
        if closed {
            let last = out[end].s;
            out[k].s.last = last.last;
            out[k].s.end = last.end;
            out[k].s.possessive = last.possessive;
            remove_spans(out, k, k + 1..end + 1);
        }
        k += 1;
    }
}

/// The last field of a list with the place the body serves: "… y la Alimentación de
/// Andalucía". One or two field words, a link, then a region, country or town.
fn fields_of_a_place(ctx: &Ctx, words: &[usize]) -> bool {
    let n = words.len();
    (3..=4).contains(&n)
        && AFFILIATION_LINKS.contains(&ctx.folded(words[n - 2]))
        && words[..n - 2].iter().all(|&i| field_word(ctx.folded(i)))
        && {
            let place = ctx.folded(words[n - 1]);
            ctx.lex.is_region(place)
                || ctx.lex.country_for(place).is_some()
                || ctx.lex.unambiguous_city(place)
        }
}

/// "Fisheries and Aquatic Resources", "Fisheries and Ocean Sciences": a field after "and" often
/// comes with one qualifying word before it, so the second word is the field.
fn qualified_field(ctx: &Ctx, s: &NameSpan) -> bool {
    s.last > s.first + 1
        && ctx.toks[s.first + 1].kind == TokenKind::Word
        && field_word(ctx.folded(s.first + 1))
}

/// "Region VI", "Title III": upper-case Roman numerals number things and are no acronyms.
fn roman_numeral(t: &str) -> bool {
    t.bytes()
        .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
}

/// "Department of Agriculture and Fisheries": one field after "and" goes on the body's list
/// of fields even without a comma before.
fn next_is_one_field(ctx: &Ctx, next: &Span) -> bool {
    let words = ctx.word_tokens(&next.s);
    words.len() == 1 && FIELD_SET.contains(ctx.folded(words[0]))
}

/// German capitalises every noun: in "des städtischen Unternehmens Tbilservice Group" the
/// adjective before "Unternehmens" shows a common noun, and the name starts after it.
fn german_common_noun_before_name(ctx: &Ctx, first: usize, last: usize) -> bool {
    if ctx.seg.lang != crate::segment::Lang::De || first == 0 || last - first < 2 {
        return false;
    }
    let body_at = |i: usize| {
        let w = ctx.folded(i);
        roles::body_word(w, ctx.lex) || roles::german_body_compound(w) || COMPANY_NOUNS.contains(&w)
    };
    // "des Essener Maschinenbauers Kessler & Voigt GmbH": a town's adjective and a body noun
    // describe the firm named after them; both are cut, one at a time.
    if town_adjective(ctx, first) && body_at(first + 1) && is_capitalised(ctx.tx(first + 2)) {
        return true;
    }
    let adjective = {
        let p = first - 1;
        let t = ctx.tx(p);
        ctx.toks[p].kind == TokenKind::Word
            && (town_adjective(ctx, p)
                || (!is_capitalised(t)
                    && !ctx.seg.lang.is_stop_word(ctx.folded(p))
                    && ["e", "en", "er", "es", "em"].iter().any(|e| t.ends_with(e))))
    };
    adjective && body_at(first) && is_capitalised(ctx.tx(first + 1))
}

/// "kam Köhler Tomasz Wróbel": a German agent noun the text also writes after an article
/// ("die Köhler") or as a feminine plural ("Köhlerinnen"), so a common noun, not a surname,
/// is a trade before a name.
fn german_agent_noun(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.folded(i);
    w.chars().count() >= 5
        && ["er", "erin", "eur", "ist", "istin", "ant", "ent"]
            .iter()
            .any(|e| w.ends_with(e))
        && !ctx.seg.lang.is_stop_word(w)
        && (ctx.text.contains(&format!("{}innen", ctx.tx(i))) || after_article_elsewhere(ctx, i))
}

/// The other tokens of the text that hold token `i`'s word (folded), never the first token:
/// each has one before it to look at. A scan of the text, asked only of a few rare words.
fn same_word_elsewhere<'c>(ctx: &'c Ctx, i: usize) -> impl Iterator<Item = usize> + 'c {
    let w = ctx.folded(i);
    (1..ctx.toks.len()).filter(move |&j| j != i && ctx.folded(j) == w)
}

/// Whether the text writes token `i`'s word elsewhere after a German article ("die Köhler").
fn after_article_elsewhere(ctx: &Ctx, i: usize) -> bool {
    // The articles are short: the length test spares most words the list.
    let article = |j: usize| {
        let w = ctx.folded(j);
        w.len() <= 5 && GERMAN_ARTICLES.contains(&w)
    };
    let counts = ctx.after_article.get_or_init(|| {
        let mut counts = FxHashMap::default();
        for j in (1..ctx.toks.len()).filter(|&j| article(j - 1)) {
            *counts.entry(ctx.folded(j).to_string()).or_insert(0) += 1;
        }
        counts
    });
    // Not the token itself: its own article does not count.
    let own = u32::from(i > 0 && article(i - 1));
    counts.get(ctx.folded(i)).is_some_and(|&n| n > own)
}

/// German articles, and the prepositions fused with one ("Am Ende des Tages"), folded.
const GERMAN_ARTICLES: &[&str] = &[
    "der", "die", "das", "den", "des", "dem", "ein", "eine", "einer", "einen", "einem", "eines",
    "am", "im", "vom", "zum", "zur", "beim",
];

/// "Board chairman Richard Thurlow", "Parish councillor Margaret Leigh": an English noun that
/// opens the sentence or a list item before a title is capitalised for that alone, when the
/// text also writes it in lower case (not "Siemens chairman …"), when it is a modifier or has
/// an adjective's ending ("Veterinary dermatologist"), or when it is a common English word
/// that the text never capitalises inside a sentence ("Watch manager", "Guild chair"); a
/// second title is not ("Host mayor").
fn opening_title_noun(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.tx(i);
    let f = ctx.folded(i);
    ctx.seg.lang == crate::segment::Lang::En
        && is_capitalised(t)
        && !is_acronym(t)
        && i == ctx.seg.sentences[ctx.seg.sentence_at(ctx.toks[i].start)]
            .tokens
            .clone()
            .find(|&k| ctx.toks[k].kind == TokenKind::Word)
            .unwrap_or(usize::MAX)
        // A small town named by a common word ("Fleet supervisor", "Union steward") is that
        // word unless the text names the town inside a sentence too.
        && {
            let towns = ctx.lex.cities_for(f);
            towns.is_empty()
                || towns.iter().all(|c| {
                    c.ambiguous && ctx.lex.cities[c.city as usize].population < 100_000
                }) && lexicon::english_word(f)
                    && !named_inside_sentence(ctx, i)
        }
        && ctx.lex.country_for(f).is_none()
        && !ctx.lex.is_given_name(f)
        && (roles::written_in_lower_case(ctx.text, t)
            || (ctx.lex.is_cue(Cue::RoleModifier, f)
                || ["ary", "al", "ical", "ive", "ous"]
                    .iter()
                    .any(|e| f.ends_with(e)))
                && !ctx.lex.is_cue(Cue::OrgKeyword, f)
            || !ctx.folded_toks.possessive(i)
                && (!ctx.lex.is_cue(Cue::RoleHead, f) || ctx.lex.is_cue(Cue::RoleModifier, f))
                && lexicon::english_word(f)
                && !named_inside_sentence(ctx, i))
}

/// Whether the text writes token `i`'s word capitalised elsewhere, inside a sentence or before
/// another capitalised word: a name ("Siemens"), not a word capitalised for opening the
/// sentence ("Watch manager …").
fn named_inside_sentence(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.tx(i);
    same_word_elsewhere(ctx, i).any(|j| {
        ctx.tx(j) == t
            // Or opening a name of more words: "- Agrisense Ltd (Ireland)".
            && (!ctx.opens_sentence(j)
                || ctx.toks.get(j + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word && is_capitalised(&ctx.text[n.start..n.end])
                }))
    })
}

/// A German adjective made from a town's name: "Essener", "Bochumer".
fn town_adjective(ctx: &Ctx, i: usize) -> bool {
    is_capitalised(ctx.tx(i))
        && ctx
            .folded(i)
            .strip_suffix("er")
            .is_some_and(|b| ctx.lex.unambiguous_city(b))
}

/// Subject fields, which names of bodies and programmes list: "Science and Technology",
/// "Electricidad y Agua Potable", "Health and Climate Change".
pub(super) fn field_word(w: &str) -> bool {
    roles::is_portfolio(w) || FIELD_SET.contains(w)
}

/// `FIELD_WORDS` as a set (looked up for most words of most spans).
static FIELD_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| FIELD_WORDS.iter().copied().collect());

const FIELD_WORDS: &[&str] = &[
    // Disciplines, which name departments and archives ("Department of Physics and
    // Astronomy", "National Film and Sound Archive").
    "physics",
    "astronomy",
    "chemistry",
    "biology",
    "mathematics",
    "geography",
    "geology",
    "philosophy",
    "linguistics",
    "economics",
    "sociology",
    "psychology",
    "anthropology",
    "architecture",
    "pharmacy",
    "music",
    "drama",
    "film",
    "video",
    "television",
    "photography",
    "sound",
    "journalism",
    "literature",
    "theology",
    "computing",
    "informatics",
    "ecology",
    "avalanche",
    "fisheries",
    "sewerage",
    "sewage",
    "sanitation",
    "drainage",
    "forestry",
    "fishing",
    // Emergency services ("Cumbria Fire and Rescue Service").
    "fire",
    "rescue",
    // Food and farming, and communication, in the other corpus languages
    // ("la Pesca y la Alimentación", "la Culture et des Communications").
    "pesca",
    "pesche",
    "peche",
    "alimentacion",
    "alimentation",
    "alimentazione",
    "alimentacao",
    "agricultura",
    "agriculture",
    "agricoltura",
    "communication",
    "communications",
    "comunicacion",
    "comunicazione",
    "comunicacao",
    // the members of associations of local government
    "cities",
    "regions",
    "municipalities",
    "towns",
    "provinces",
    "territories",
    "ciudades",
    "municipios",
    "provincias",
    "regiones",
    "villes",
    "communes",
    "collectivites",
    "citta",
    "comuni",
    "regioni",
    "province",
    "cidades",
    "municipios",
    "regioes",
    "stadte",
    "gemeinden",
    "regionen",
    "steden",
    "gemeenten",
    "management",
    // "Advisor for Project Implementation and Promotional Activities"
    "activities",
    "operations",
    "affairs",
    "programmes",
    "programs",
    "resources",
    "protection",
    "safety",
    "relations",
    "cooperation",
    "governance",
    "administration",
    // "Head of Parks and Open Spaces", "Portfolio Holder for Economic Growth"
    "spaces",
    "growth",
    "leisure",
    "regeneration",
    "property",
    "highways",
    "museums",
    "enterprise",
    "skills",
    "training",
    "services",
    "science",
    "sciences",
    "arts",
    "humanities",
    "commerce",
    "change",
    "environment",
    "communities",
    "society",
    "welfare",
    "food",
    "sanitation",
    "hygiene",
    "equity",
    "action",
    "inclusion",
    "justice",
    "nutrition",
    "medicine",
    "law",
    "ciencia",
    "ciencias",
    "tecnologia",
    "desarrollo",
    "desenvolvimento",
    "sviluppo",
    "developpement",
    "ambiente",
    "environnement",
    "energia",
    "energie",
    "salud",
    "saude",
    "sante",
    "sanita",
    "educacion",
    "educacao",
    "cultura",
    "comercio",
    "industria",
    "industrie",
    "innovacion",
    "innovacao",
    "innovazione",
    "agua",
    "eau",
    "acqua",
    "electricidad",
    "electricite",
    "potable",
    "alcantarillado",
    "saneamiento",
    "saneamento",
    "transporte",
    "transportes",
    "vivienda",
    "habitacao",
    "logement",
    "turismo",
    "tourisme",
    "empleo",
    "emploi",
    "trabajo",
    "trabalho",
    "lavoro",
    "investigacion",
    "recherche",
    "ricerca",
    "pesquisa",
    "technologie",
    "technik",
    "wissenschaft",
    "forschung",
    "entwicklung",
    "umwelt",
    "wetenschap",
    "techniek",
    "onderzoek",
    "ontwikkeling",
    "milieu",
    "klimaat",
    "klima",
    "clima",
    "climat",
    "tecnologie",
    "scienze",
];

/// Whether any word or run of up to three words of the span is in a cue list.
fn has_cue(ctx: &Ctx, s: &NameSpan, cue: Cue) -> bool {
    let test = Test::HasCue(cue, s.first, s.last, s.start, s.end);
    ctx.memo(test, || has_cue_of(ctx, s, cue))
}

/// Whether token `i` is written as the cue lists write it: "Ong" is a surname, "ONG" a body.
fn cue_cased(ctx: &Ctx, i: usize) -> bool {
    !ctx.lex.caps_only_cue(ctx.stem(i)) || is_acronym(ctx.tx(i))
}

/// The items, on the stack when there are at most eight (the words of most spans), in
/// `heap` past that: the span tests run for most spans, and a vector each was an
/// allocation per test.
fn collect_few<'a, T: Copy + Default>(
    items: impl Iterator<Item = T>,
    stack: &'a mut [T; 8],
    heap: &'a mut Vec<T>,
) -> &'a [T] {
    let mut n = 0;
    for item in items {
        if n < stack.len() {
            stack[n] = item;
        } else {
            if n == stack.len() {
                heap.extend_from_slice(&stack[..]);
            }
            heap.push(item);
        }
        n += 1;
    }
    if n <= stack.len() {
        &stack[..n]
    } else {
        heap
    }
}

fn has_cue_of(ctx: &Ctx, s: &NameSpan, cue: Cue) -> bool {
    let (mut stack, mut heap) = Default::default();
    let words = collect_few(
        (s.first..s.last)
            .filter(|&i| ctx.toks[i].kind == TokenKind::Word || is_acronym(ctx.tx(i)))
            .filter(|&i| cue_cased(ctx, i))
            .map(|i| {
                // "l'université d'Avignon": a lower-case head keeps its elided article.
                let w = ctx.stem(i);
                if i == s.first {
                    &w[roles::elision_len(w)..]
                } else {
                    w
                }
            }),
        &mut stack,
        &mut heap,
    );
    let mut buf = Phrase::default();
    if cue == Cue::OrgSuffix {
        let last = buf.clear();
        fold_into(ctx.span_text(s).rsplit(' ').next().unwrap_or(""), last);
        if ctx.lex.is_cue(cue, last) {
            return true;
        }
    }
    // "Red Cliffs", "Mesa Verde": a body's word of one language that is a plain word of
    // English marks no body in another language's text ("Red de Ciudades" still does).
    let false_friend = |w: &str| {
        cue == Cue::OrgKeyword
            && matches!(
                w,
                "red" | "rat" | "mesa" | "polo" | "junta" | "hof" | "caja" | "ente"
            )
            && !ctx.lex.is_cue_in(cue, w, ctx.seg.lang)
    };
    words
        .iter()
        .any(|w| ctx.lex.is_cue(cue, w) && !false_friend(w))
        || (s.first + 2..s.last).any(|i| hyphen_cue(ctx, i, cue))
        || (2..=3).any(|n| {
            words
                .windows(n)
                .any(|w| ctx.lex.is_cue(cue, buf.join(w.iter().copied())))
        })
}

/// Last words of documents, laws and policies ("Paris Agreement", "Sendai Framework", "AI
/// Act"), which the annotation rules do not count as organisations.
const DOCUMENT_WORDS: &[&str] = &[
    "agreement",
    "framework",
    "guidelines",
    "guideline",
    "rule",
    "rules",
    "act",
    "directive",
    "regulation",
    "declaration",
    "charter",
    "convention",
    "treaty",
    "protocol",
    "report",
    "law",
    "plan",
    "strategy",
    "roadmap",
    "manifesto",
    "principles",
    "standard",
    "standards",
    "gesetz",
    "ley",
    "loi",
    "lei",
    "legge",
    "wet",
    "accord",
    "acuerdo",
    "acordo",
    "accordo",
    "verordnung",
    "richtlinie",
    "agenda",
    "deal",
    "recommendation",
    "recommendations",
    "statement",
    "communique",
    "release",
    // "Good Practice Compendium", "Practical Guide for Library Makerspaces"
    "guide",
    "handbook",
    "compendium",
];

/// A name whose last word is a document's ("Inflation Reduction Act (IRA)", "Sustainable
/// Energy and Climate Action Plan (SECAP)"): an acronym defining it names no body. A pension
/// or health plan is a fund, which is one.
fn names_a_document(name: &str) -> bool {
    let mut words = name.split_whitespace().rev().map(fold);
    words
        .next()
        .is_some_and(|last| DOCUMENT_SET.contains(last.as_str()))
        && !words
            .next()
            .is_some_and(|w| matches!(w.as_str(), "pension" | "health"))
}

/// A job title an acronym abbreviates ("Chief Administrative Officer (CAO)"): a role, not a
/// body, unless a body's word is in it.
fn names_a_title(lex: &Lexicons, name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(fold).collect();
    words.last().is_some_and(|w| lex.is_cue(Cue::RoleHead, w))
        && !words
            .iter()
            .any(|w| lex.is_cue(Cue::OrgKeyword, w) || lex.is_cue(Cue::OrgSuffix, w))
}

/// Whether a name an acronym defines is a document's or a job title's, so that neither the name
/// nor its acronym is a body.
fn names_no_body(lex: &Lexicons, name: &str) -> bool {
    names_a_document(name) || names_a_title(lex, name)
}

/// Continents and compass words: "Europe", "Western Canada", "Latin America".
const REGION_WORDS: &[&str] = &[
    "europe",
    "africa",
    "asia",
    "america",
    "americas",
    "oceania",
    "antarctica",
    "eurasia",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "greater",
    "upper",
    "lower",
    "latin",
    "middle",
    "sub-saharan",
    "nordic",
    "baltic",
    "balkans",
    "mediterranean",
    "scandinavia",
    "caribbean",
    "caribe",
    "caraibes",
    "karibik",
    "pacific",
    "atlantic",
    "europa",
    "afrique",
    "amerique",
    "asie",
    "afrika",
    "amerika",
    "asien",
    "europe's",
];

/// Adjectives of continents and world regions, folded ("Central European", "West African");
/// those that [`REGION_WORDS`] holds ("Nordic", "Baltic") are not repeated.
const CONTINENT_ADJECTIVES: &[&str] = &[
    "european",
    "african",
    "asian",
    "american",
    "balkan",
    "scandinavian",
    "arab",
    "arabian",
];

/// Church buildings, named places that are no entities ("at Lincoln Cathedral"); a church is
/// often its congregation, a body.
const CHURCH_BUILDINGS: &[&str] = &["cathedral", "abbey", "basilica"];

/// Last words of streets and buildings, which are places but not entities of any kind.
const VENUE_WORDS: &[&str] = &[
    "street",
    "avenue",
    "road",
    "boulevard",
    "lane",
    "plaza",
    "square",
    "hall",
    "arena",
    "stadium",
    "auditorium",
    "building",
    "tower",
    "strasse",
    "straße",
    "platz",
    "rue",
    "calle",
    "plein",
    "straat",
    "via",
    "piazza",
    "praça",
    "rua",
];

/// "Convention Center", "Student Center": a centre that is a building.
const VENUE_KINDS: &[&str] = &[
    "convention",
    "conference",
    "student",
    "exhibition",
    "congress",
    "community",
    "visitor",
    "visitors",
    "shopping",
    "events",
    "event",
    "civic",
    "cultural",
];

/// Continents: "Horizon Europe", "Interreg Europe", "Creative Europe" are programmes.
const CONTINENTS: &[&str] = &[
    "europe", "europa", "africa", "afrika", "afrique", "asia", "asien", "asie", "america",
    "amerika", "amerique", "oceania",
];

/// "Dr Hye-jin Park, PhD": letters after a name, with or without a comma.
fn post_nominal_after_name(ctx: &Ctx, s: &NameSpan) -> bool {
    let mut p = s.first;
    if s.last - s.first != 1 || !POST_NOMINAL_SET.contains(ctx.tx(p).trim_end_matches('.')) {
        return false;
    }
    if p > 0 && ctx.tx(p - 1) == "," {
        p -= 1;
    }
    p > 0 && ctx.toks[p - 1].kind == TokenKind::Word && is_capitalised(ctx.tx(p - 1))
}

/// "MN", "CA": two capital letters, the shape of a US state's postal code.
fn state_code_shape(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether a folded name names a US town in the state of that postal code (GeoNames keys US
/// states by it).
fn us_town_in_state(ctx: &Ctx, town: &str, code: &str) -> bool {
    ctx.lex.cities_for(town).iter().any(|f| {
        let c = &ctx.lex.cities[f.city as usize];
        c.cc == "US" && c.admin1 == code
    })
}

/// "Edina (MN)", "Kansas City (MO)", "Palmdale, CA": a US state's postal code in brackets or
/// after a comma, after one of its towns, is the state, not a body.
fn state_after_city(ctx: &Ctx, s: &NameSpan) -> bool {
    let code = ctx.span_text(s);
    // "Renton, WA": after a comma too, when the code ends its phrase.
    let closed = match ctx.tx(s.first.saturating_sub(1)) {
        "(" => ctx.next_tok(s, 0) == Some(")"),
        "," => ctx
            .after(s, 0)
            .is_none_or(|i| ctx.toks[i].kind != TokenKind::Word || !is_capitalised(ctx.tx(i))),
        _ => false,
    };
    if s.last != s.first + 1 || s.first < 2 || !state_code_shape(code) || !closed {
        return false;
    }
    let end = s.first - 1;
    (1..=3).any(|n| {
        end >= n
            && (end - n..end).all(|k| is_capitalised(ctx.tx(k)))
            && us_town_in_state(
                ctx,
                &fold(&ctx.text[ctx.toks[end - n].start..ctx.toks[end - 1].end]),
                code,
            )
    })
}

/// "l'espace Georges-Sadoul", "la salle Jean-Vilar": a hall, street or school named for a
/// person, whose name French hyphenates, is no person.
fn venue_named_for(ctx: &Ctx, s: &NameSpan) -> bool {
    const VENUES: &[&str] = &[
        "espace",
        "salle",
        "rue",
        "avenue",
        "boulevard",
        "place",
        "centre",
        "stade",
        "gymnase",
        "lycee",
        "college",
        "ecole",
        "halle",
        "parc",
        "quai",
        "allee",
        "cours",
        "maison",
        "amphitheatre",
        "auditorium",
        "mediatheque",
        "bibliotheque",
        "theatre",
        "cinema",
    ];
    s.last == s.first + 3
        && ctx.tx(s.first + 1) == "-"
        && ctx.toks[s.first + 1].start == ctx.toks[s.first].end
        && ctx.before(s, 1).is_some_and(|i| {
            let f = ctx.folded(i);
            let bare = f.rsplit(['\'', '’']).next().unwrap_or(f);
            !is_capitalised(ctx.tx(i).rsplit(['\'', '’']).next().unwrap_or(""))
                && VENUES.contains(&bare)
        })
}

/// "Edina (MN)": one of the town's US state's postal code in brackets right after it.
fn state_code_after(ctx: &Ctx, s: &NameSpan) -> bool {
    let (open, code, close) = (s.last, s.last + 1, s.last + 2);
    close < ctx.toks.len()
        && ctx.tx(open) == "("
        && ctx.tx(close) == ")"
        && state_code_shape(ctx.tx(code))
        && us_town_in_state(ctx, &fold(ctx.span_text(s)), ctx.tx(code))
}

/// Spans that name a document, policy or region rather than an entity.
fn not_an_entity(ctx: &Ctx, s: &NameSpan) -> bool {
    // Asked again by every pass over the unclassified spans.
    let test = Test::NotAnEntity(s.first, s.last, s.start, s.end);
    ctx.memo(test, || not_an_entity_of(ctx, s))
}

/// "dass ihre Behörde Importschiefer nicht ablehnt": after a German possessive, a body's word
/// and the noun after it are common nouns (German capitalises both), not a name.
fn owned_german_noun(ctx: &Ctx, s: &NameSpan) -> bool {
    ctx.seg.lang == crate::segment::Lang::De
        && s.first > 0
        && s.last == s.first + 2
        && matches!(
            ctx.folded(s.first - 1),
            "ihre"
                | "ihr"
                | "ihrer"
                | "ihrem"
                | "ihren"
                | "seine"
                | "sein"
                | "seiner"
                | "seinem"
                | "seinen"
                | "unsere"
                | "unser"
                | "unserer"
                | "unserem"
                | "unseren"
                | "deren"
                | "dessen"
        )
        && ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(s.first))
        && !is_acronym(ctx.tx(s.first + 1))
        && !ctx.lex.is_cue(Cue::OrgSuffix, ctx.folded(s.first + 1))
}

/// "UV-Strahlung", "EU-Förderung", "IHK-Delegationsreise": a German compound of an acronym and
/// a common noun names a thing of that body or field; only a body's word after the hyphen
/// ("EU-Kommission", "Dachdecker-Innung") makes a body of it.
fn german_acronym_compound(ctx: &Ctx, s: &NameSpan) -> bool {
    if ctx.seg.lang != crate::segment::Lang::De {
        return false;
    }
    let t = ctx.span_text(s);
    if t.contains(char::is_whitespace) {
        return false;
    }
    let Some((head, tail)) = t.rsplit_once('-') else {
        return false;
    };
    let prefix = head.split('-').next().unwrap_or(head);
    let tail_f = fold(tail);
    is_acronym(prefix)
        && tail.chars().count() > 3
        && tail.chars().next().is_some_and(char::is_uppercase)
        && tail.chars().skip(1).all(char::is_lowercase)
        && !roles::body_word(&tail_f, ctx.lex)
        && !roles::german_body_compound(&tail_f)
        && !ctx.lex.is_cue(Cue::OrgSuffix, &tail_f)
        && !ctx.lex.is_cue(Cue::RoleHead, &tail_f)
}

fn not_an_entity_of(ctx: &Ctx, s: &NameSpan) -> bool {
    // "Rev. Susan Carew": the period cuts the title off the name it opens.
    let title_alone = s.last == s.first + 1
        && ctx.is_title(s.first)
        && ctx.next_tok(s, 0) == Some(".")
        && ctx.after(s, 1).is_some_and(|i| is_capitalised(ctx.tx(i)));
    // "Aligning with NLC President Matt Zone’s commitment, …": an English -ing word opening
    // the sentence before a lower-case word is a verb, unless a town is so named ("Reading").
    let gerund_opener = ctx.seg.lang == crate::segment::Lang::En
        && (s.sentence_initial || s.first > 0 && matches!(ctx.tx(s.first - 1), "–" | "—" | ":"))
        && s.last == s.first + 1
        && ctx.tx(s.first).len() >= 6
        && ctx.tx(s.first).ends_with("ing")
        && ctx
            .after(s, 0)
            .is_some_and(|i| ctx.toks[i].kind == TokenKind::Word && !is_capitalised(ctx.tx(i)))
        && ctx.lex.cities_for(ctx.folded(s.first)).is_empty()
        && !lexicon::small_place(ctx.folded(s.first));
    // "Apprentice of the Year": the year of an award; "Readers' Programme, Autumn 2026": a
    // season before its year.
    let time_word = s.last == s.first + 1
        && (ctx.folded(s.first) == "year"
            || matches!(
                ctx.folded(s.first),
                "spring" | "summer" | "autumn" | "winter" | "fall"
            ) && ctx
                .after(s, 0)
                .is_some_and(|i| ctx.toks[i].kind == TokenKind::Number));
    if title_alone
        || gerund_opener
        || time_word
        || state_after_city(ctx, s)
        || venue_named_for(ctx, s)
        || owned_german_noun(ctx, s)
        || german_acronym_compound(ctx, s)
    {
        return true;
    }
    let (mut stack, mut heap) = Default::default();
    let words = collect_few(
        (s.first..s.last)
            .filter(|&i| ctx.toks[i].kind == TokenKind::Word)
            .map(|i| ctx.stem(i)),
        &mut stack,
        &mut heap,
    );
    let Some(&last) = words.last() else {
        return true;
    };
    let venue = VENUE_SET.contains(last)
        || CHURCH_BUILDINGS.contains(&last)
        || (matches!(last, "center" | "centre")
            && words.len() >= 2
            && VENUE_KINDS.contains(&words[words.len() - 2]));
    venue
        || (words.len() == 1 && lone_function_word(ctx, s))
        || post_nominal_after_name(ctx, s)
        || shouted_phrase(ctx, s)
        || (words.len() == 1 && ctx.lex.is_cue(Cue::Month, last) && !ctx.lex.is_given_name(last))
        // "Ende August", "Mitte Oktober": a time of the month.
        || (words.len() >= 2
            && ctx.lex.is_cue(Cue::Month, last)
            && matches!(
                words[words.len() - 2],
                "anfang" | "mitte" | "ende" | "begin" | "eind" | "medio" | "fin" | "debut"
            ))
        || bare_title(ctx, s)
        || region_phrase(ctx, words)
        // GeoNames names some regions with their body's word ("Regione Emilia-Romagna"),
        // which as written is the regional government, a body.
        || (ctx.lex.is_region(&fold(ctx.span_text(s)))
            && !(words.len() >= 2 && ctx.lex.is_cue(Cue::OrgKeyword, words[0])))
        || (words.len() >= 2
            && matches!(
                last,
                "region" | "regio" | "regione" | "région" | "area" | "county" | "province"
            )
            // "Verkehrsverbund Ost-Region": a body of the region.
            && !roles::german_body_compound(words[0])
            // "DG REGIO": a body's short name in capitals.
            && !(s.first..s.last)
                .rev()
                .find(|&i| ctx.toks[i].kind == TokenKind::Word)
                .is_some_and(|i| is_acronym(ctx.tx(i))))
        || DOCUMENT_SET.contains(last)
        || words
            .iter()
            .all(|w| REGION_SET.contains(*w) || ctx.lex.country_for(w).is_some())
        // A compass word and a country ("Northern Spain"), or a people's or continent's
        // adjective, which describe where: "a Central European member city", "Northern
        // Irish towns".
        || (words.len() == 2
            && REGION_SET.contains(words[0])
            && (ctx.lex.country_for(words[1]).is_some()
                || CONTINENT_ADJECTIVES.contains(&words[1])
                || ctx.lex.country_for_demonym(words[1]).is_some()))
        // "translator from Arabic and Italian", "een Europees netwerk": a people's adjective
        // or language alone names no body.
        || (words.len() == 1
            && !is_acronym(ctx.span_text(s))
            && (ctx.lex.country_for_demonym(&fold(ctx.span_text(s))).is_some()
                || LANGUAGE_SET.contains(last)))
}

/// A lone article, pronoun or preposition capitalised at the start of a sentence ("O
/// coreógrafo Djibril Monteiro …", "El Ayuntamiento contratará", "Um …") names nothing,
/// whatever slot it stands in (here, before a role and a name, it looked like "TfGM Director
/// Olena Savchenko"). Acronyms are kept: "US" folds to a stop word.
fn lone_function_word(ctx: &Ctx, s: &NameSpan) -> bool {
    let surface = ctx.span_text(s);
    let f = ctx.folded(s.first);
    // "Secondo l'architetto Marco Testa": "according to" is none of the stop lists'.
    !is_acronym(surface) && (ctx.seg.lang.is_stop_word(f) || according_to(ctx.seg.lang, f))
}

/// Language names that no demonym list holds, folded.
const LANGUAGES: &[&str] = &[
    "arabic",
    "swahili",
    "mandarin",
    "cantonese",
    "hindi",
    "urdu",
    "bengali",
    "tamil",
    "yoruba",
    "igbo",
    "hausa",
    "amharic",
    "farsi",
    "persian",
    "hebrew",
    "latin",
    "esperanto",
    "catalan",
    "basque",
    "galician",
    "flemish",
    "shona",
    "ndebele",
    "zulu",
    "xhosa",
    "quechua",
    "aymara",
    "guarani",
    "creole",
    "wolof",
    "tagalog",
];

/// "FOR IMMEDIATE RELEASE", "COUNCIL IN BRIEF": words in capitals with a function word among
/// them are a heading or a label set in capitals, not an acronym-led name.
fn shouted_phrase(ctx: &Ctx, s: &NameSpan) -> bool {
    // The span's words, iterated twice rather than collected.
    let words = || (s.first..s.last).filter(|&i| ctx.toks[i].kind == TokenKind::Word);
    // "BEYOND THE HYPE": one word in capitals next to a function word in capitals is a
    // piece of a title set in capitals.
    let shouted_stop = |i: usize| {
        ctx.toks[i].kind == TokenKind::Word
            && ctx.tx(i).chars().count() >= 2
            && ctx.tx(i).chars().all(char::is_uppercase)
            && (ctx.seg.lang.is_stop_word(ctx.folded(i))
                || crate::segment::Lang::En.is_stop_word(ctx.folded(i)))
    };
    if s.last == s.first + 1
        && is_acronym(ctx.tx(s.first))
        && (s.first.checked_sub(1).is_some_and(shouted_stop)
            || (s.last < ctx.toks.len() && shouted_stop(s.last)))
    {
        return true;
    }
    // "PRESENT", "ACTIONS": a common English word in capitals on a line of its own is a
    // section's heading (minutes set them so), not a body's acronym.
    if s.last == s.first + 1
        && is_acronym(ctx.tx(s.first))
        && ctx.tx(s.first).len() >= 4
        && crate::lexicon::english_word(ctx.folded(s.first))
    {
        let start = ctx.toks[s.first].start;
        let end = ctx.text[start..]
            .find('\n')
            .map_or(ctx.text.len(), |n| start + n);
        let line = &ctx.text[line_start(ctx.text, start)..end];
        if line.trim().trim_end_matches(':') == ctx.tx(s.first) {
            return true;
        }
    }
    words().nth(1).is_some()
        && words().all(|i| is_acronym(ctx.tx(i)))
        && (words().any(|i| {
            let f = ctx.folded(i);
            ctx.seg.lang.is_stop_word(f) || crate::segment::Lang::En.is_stop_word(f)
        }) || words().all(|i| GENRE_LABELS.contains(&ctx.folded(i))))
}

/// Words of the labels a text sets in capitals to say what kind of text it is ("MEDIA
/// RELEASE", "MONTHLY DIGEST", "PRESS STATEMENT").
const GENRE_LABELS: &[&str] = &[
    "media",
    "press",
    "release",
    "statement",
    "digest",
    "monthly",
    "weekly",
    "daily",
    "newsletter",
    "bulletin",
    "update",
    "briefing",
    "notice",
    "advisory",
    "summary",
    "recap",
    "report",
    "news",
    "embargoed",
    "immediate",
];

/// "Dr", "Obstetrics Dr": a span that ends in a courtesy title is what is left of a name
/// after its person was cut off.
fn bare_title(ctx: &Ctx, s: &NameSpan) -> bool {
    let Some(last) = (s.first..s.last)
        .rev()
        .find(|&i| ctx.toks[i].kind == TokenKind::Word)
    else {
        return false;
    };
    let w = ctx.folded(last).trim_end_matches('.');
    w.chars().count() <= 4 && ctx.lex.is_cue(Cue::Honorific, w)
}

/// Compass words and region nouns in other languages ("Nord Europa", "América Latina").
const MORE_REGION_WORDS: &[&str] = &[
    "latina",
    "latine",
    "latino",
    "nord",
    "sud",
    "noord",
    "zuid",
    "ost",
    "oost",
    "ovest",
    "oeste",
    "norte",
    "occidentale",
    "orientale",
    "mittel",
];

/// "Greater Manchester", "Klang Valley", "Nord Europa": a place with a compass word or a
/// valley is a region, not a body.
fn region_phrase(ctx: &Ctx, words: &[&str]) -> bool {
    // A compass word, not a continent: "Horizonte Europa" is a programme.
    let compass = |w: &str| {
        (REGION_SET.contains(w) || MORE_REGION_SET.contains(w)) && !CONTINENTS.contains(&w)
    };
    let place = |w: &str| {
        ctx.lex.country_for(w).is_some()
            || CONTINENTS.contains(&w)
            || !ctx.lex.cities_for(w).is_empty()
    };
    match words {
        [a, b] => {
            (compass(a) && place(b))
                || (compass(b) && place(a))
                || matches!(*b, "valley" | "vallée" | "valle" | "vale")
        }
        // "Francophone West Africa", "rural East Africa": a qualifier before a region.
        [a, b, c] => {
            (matches!(
                *a,
                "francophone" | "anglophone" | "lusophone" | "hispanophone" | "rural" | "coastal"
            ) || compass(a))
                && region_phrase(ctx, &[b, c])
        }
        _ => false,
    }
}

/// Whether the span's last one to three words are in a cue list ("ICC City Lab").
fn ends_with_cue(ctx: &Ctx, s: &NameSpan, cue: Cue) -> bool {
    ctx.memo(Test::EndsWithCue(cue, s.first, s.last), || {
        ends_with_cue_of(ctx, s, cue)
    })
}

/// Whether token `i` ends a hyphenated word that the cue list holds whole: "Co-op" is
/// three tokens ("Co", "-", "op").
fn hyphen_cue(ctx: &Ctx, i: usize, cue: Cue) -> bool {
    i >= 2
        && roles::glued_hyphen(ctx.text, ctx.toks, i - 1)
        && spans::hyphenated_cue(ctx.lex, cue, ctx.stem(i - 2), ctx.stem(i))
}

/// Whether token `i` is either part of a hyphenated body word ("Co-op").
fn hyphen_body_word(ctx: &Ctx, i: usize) -> bool {
    hyphen_cue(ctx, i, Cue::OrgKeyword)
        || (i + 2 < ctx.toks.len() && hyphen_cue(ctx, i + 2, Cue::OrgKeyword))
}

fn ends_with_cue_of(ctx: &Ctx, s: &NameSpan, cue: Cue) -> bool {
    if s.last >= s.first + 3 && hyphen_cue(ctx, s.last - 1, cue) {
        return true;
    }
    // Only the last three words are tested: they are kept on the stack, in order.
    let mut last = [""; 3];
    let mut n = 0;
    for i in (s.first..s.last)
        .rev()
        .filter(|&i| ctx.toks[i].kind == TokenKind::Word && cue_cased(ctx, i))
        .take(last.len())
    {
        n += 1;
        last[last.len() - n] = ctx.stem(i);
    }
    let words = &last[last.len() - n..];
    let mut buf = Phrase::default();
    (1..=words.len()).any(|n| {
        ctx.lex
            .is_cue(cue, buf.join(words[words.len() - n..].iter().copied()))
    })
}

/// "PurpleAir", "NetZeroCities", "PortCities": an upper-case letter after lower-case ones.
fn camel_case(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars.len() >= 5
        && chars[0].is_uppercase()
        && chars
            .windows(2)
            .any(|w| w[0].is_lowercase() && w[1].is_uppercase())
}

/// "TfL", "DfT", "KfW": one lower-case letter between capitals (a connector's initial). Not
/// a degree ("PhD").
fn mixed_case_acronym(s: &str) -> bool {
    let caps = s.bytes().filter(u8::is_ascii_uppercase).count();
    (3..=5).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_alphabetic())
        && s.len() - caps == 1
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.ends_with(|c: char| c.is_ascii_uppercase())
        && !matches!(s, "PhD" | "EdD" | "ScD" | "DrPH" | "DPhil")
}

fn is_generic_acronym(s: &str) -> bool {
    let singular = s.strip_suffix('s').unwrap_or(s);
    // "Bergzonen III", "Phase IV": a Roman numeral.
    let roman = s.len() <= 4 && s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    roman
        || s.bytes().any(|b| b.is_ascii_digit())
        || generic_acronym_listed(s)
        || generic_acronym_listed(singular)
}

/// A name written as a code of capitals and digits, not listed as generic ("C40", "A2A",
/// "H2O"): alone it is more often a measure or a pollutant ("CO2", "PM10"), but before a
/// capitalised word it opens the name ("C40 Cities", "A2A Energia").
fn is_code_name(s: &str) -> bool {
    let b = s.as_bytes();
    (2..=6).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter().any(u8::is_ascii_digit)
        && b.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && !generic_acronym_listed(s)
        // A road's number: "M6 Toll", "A1 corridor", "E45", "I-95" (the hyphen splits it).
        && !(matches!(b[0], b'A' | b'B' | b'D' | b'E' | b'I' | b'M' | b'N' | b'R' | b'S')
            && b[1..].iter().all(u8::is_ascii_digit))
}

/// Whether the code name `s` ([`is_code_name`]) stands where a person's employer does:
/// after a role's "at" ("programme manager at C40") or alone in parentheses after a person's
/// name ("Jan Novak (A2A)").
fn code_name_employer(
    ctx: &Ctx,
    s: &NameSpan,
    spans: &[Span],
    roles: &[(RoleSpan, usize)],
) -> bool {
    if s.first < 2 {
        return false;
    }
    let link = s.first - 1;
    if EMPLOYER_LINKS.contains(&ctx.folded(link)) {
        return roles.iter().any(|(r, _)| r.last == link);
    }
    // Not a radio amateur's call sign: "Dana Whitaker (KF7QRV)".
    ctx.tx(s.first).len() <= 3 && in_parenthesis_after_person(ctx, s, spans)
}

/// Whether a name shaped like a person's ends right before token `t`.
fn person_ends_at(ctx: &Ctx, spans: &[Span], t: usize) -> bool {
    spans
        .iter()
        .any(|o| o.s.last == t && person_shape(ctx, o.s.first, o.s.last, false))
}

/// "Laura Chen (Urban Futures) moderated": whether `s` is the whole of a parenthesis right
/// after a person's name, where the person works (though it opens with a given name).
fn in_parenthesis_after_person(ctx: &Ctx, s: &NameSpan, spans: &[Span]) -> bool {
    alone_in_parentheses(ctx, s) && person_ends_at(ctx, spans, s.first - 1)
}

/// Whether `s` fills a parenthesis, with a word before it ("… (Ommen)").
fn alone_in_parentheses(ctx: &Ctx, s: &NameSpan) -> bool {
    s.first >= 2 && ctx.tx(s.first - 1) == "(" && ctx.after(s, 0).is_some_and(|i| ctx.tx(i) == ")")
}

/// `GENERIC_ACRONYMS` lower-cased (ASCII only, as `eq_ignore_ascii_case` compares), as a set.
static GENERIC_ACRONYM_SET: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    GENERIC_ACRONYMS
        .iter()
        .map(|a| a.to_ascii_lowercase())
        .collect()
});

/// Whether `s` is one of `GENERIC_ACRONYMS`, ignoring ASCII case.
fn generic_acronym_listed(s: &str) -> bool {
    // Every entry is shorter than this buffer (checked in the tests).
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..s.len()) else {
        return false;
    };
    lower.copy_from_slice(s.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|l| GENERIC_ACRONYM_SET.contains(l))
}

/// Whether the folded town name is followed, from token `at`, by "(Country)" or ", Country"
/// naming that town's country.
fn town_placed_in_country(ctx: &Ctx, town: &str, at: usize) -> bool {
    let forms = town_forms(ctx.lex, town);
    !forms.is_empty()
        && country_after(ctx, at).is_some_and(|c| {
            forms
                .iter()
                .any(|f| ctx.lex.cities[f.city as usize].cc == c.cc)
        })
}

/// The country named right after token `at`, a parenthesis or comma: "(Slovenia)", ", Chile".
fn country_after<'a>(ctx: &Ctx<'a>, at: usize) -> Option<&'a lexicon::Country> {
    if !matches!(ctx.toks.get(at).map(|_| ctx.tx(at)), Some("(" | ",")) {
        return None;
    }
    let mut name = String::new();
    for i in at + 1..(at + 4).min(ctx.toks.len()) {
        if ctx.toks[i].kind != TokenKind::Word {
            break;
        }
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(ctx.folded(i));
        if let Some(c) = ctx.lex.country_for(&name) {
            return Some(c);
        }
    }
    None
}

/// "Turin (IT)", "Võru (EE)", "Thessaloniki (EL)": EU texts write a town's country as its
/// two-letter code in brackets; alone, most codes are words or bodies ("IT", "ES").
fn iso_code_after_town(ctx: &Ctx, s: &NameSpan, spans: &[Span], k: usize) -> bool {
    let code = ctx.span_text(s);
    if s.last != s.first + 1
        || code.len() != 2
        || !code.bytes().all(|b| b.is_ascii_uppercase())
        || k == 0
        || s.first < 2
        || ctx.tx(s.first - 1) != "("
        || ctx.next_tok(s, 0) != Some(")")
        || spans[k - 1].s.last + 1 != s.first
    {
        return false;
    }
    // The EU's own codes for Greece and the United Kingdom.
    let cc = match code {
        "EL" => "GR",
        "UK" => "GB",
        c => c,
    };
    let town = fold(ctx.span_text(&spans[k - 1].s));
    ctx.lex
        .cities_for(&town)
        .iter()
        .any(|f| ctx.lex.cities[f.city as usize].cc == cc)
        || lexicon::town(&town).is_some_and(|t| t.cc == cc)
}

/// The country a span names, as written ("the Netherlands" → "Netherlands").
fn country_of(ctx: &Ctx, s: &NameSpan) -> Option<String> {
    let key = (s.start, s.end);
    if let Some(country) = ctx.countries.borrow().get(&key) {
        return country.clone();
    }
    // "Réunion du bureau", "Réunion de coordination": French for a meeting, not the island,
    // before a lower-case complement.
    let meeting =
        s.last == s.first + 1 && ctx.folded(s.first) == "reunion" && lower_case_complement(ctx, s);
    let country = (!meeting)
        .then(|| country_named(ctx, ctx.span_text(s)))
        .flatten();
    ctx.countries.borrow_mut().insert(key, country.clone());
    country
}

/// Whether a Romance link and a lower-case word follow the span: the complement of a common
/// noun ("Salle des fêtes", "Réunion du bureau"), which no place's name takes.
fn lower_case_complement(ctx: &Ctx, s: &NameSpan) -> bool {
    ctx.after(s, 0).is_some_and(|t| {
        matches!(
            ctx.tx(t),
            "des" | "de" | "du" | "d'" | "d’" | "di" | "del" | "delle" | "dei"
        )
    }) && ctx.after(s, 1).is_some_and(|u| !is_capitalised(ctx.tx(u)))
}

fn country_named(ctx: &Ctx, name: &str) -> Option<String> {
    let name = name.strip_prefix("the ").unwrap_or(name);
    let folded = fold(name);
    // "Republic of Chile", "Kingdom of Morocco": a state's formal name.
    let formal = [
        "republic of ",
        "kingdom of ",
        "state of ",
        "sultanate of ",
        "republica de ",
        "republica del ",
        "republique de ",
        "republique du ",
        "repubblica di ",
        "repubblica del ",
        "reino de ",
        "royaume de ",
        "royaume du ",
        "regno di ",
    ]
    .iter()
    .find_map(|p| folded.strip_prefix(p));
    if formal.is_some_and(|rest| ctx.lex.country_for(rest).is_some()) {
        return Some(name.to_string());
    }
    // "Mação", a Portuguese town, folds to "Macao"; "Bangladés" is a spelling the list
    // lacks, and no town.
    let town = || !ctx.lex.cities_for(&folded).is_empty() || lexicon::small_place(&folded);
    if !ctx.lex.country_for(&folded)?.spelled(name) && town() {
        return None;
    }
    // Short all-caps codes that are also words need their exact form ("US", not "Us").
    if folded.len() <= 3 && !is_acronym(name.trim_end_matches('.').replace('.', "").as_str()) {
        return None;
    }
    Some(name.to_string())
}

/// Recognises entities in one document.
pub fn recognise(doc: &Document, seg: &Segmented, lex: &Lexicons) -> Vec<Entity> {
    let folded_toks = FoldedTokens::new(&doc.text, &seg.tokens);
    let ctx = Ctx {
        text: &doc.text,
        toks: &seg.tokens,
        seg,
        lex,
        folded_toks,
        // Fewer span tests than tokens are answered (about 430 per generated recap): sized
        // by the tokens, the memo seldom grows and rehashes.
        memo: RefCell::new(FxHashMap::with_capacity_and_hasher(
            seg.tokens.len(),
            Default::default(),
        )),
        person_words: vec![std::cell::Cell::new(0); seg.tokens.len()],
        countries: RefCell::default(),
        after_article: std::cell::OnceCell::new(),
    };
    let mut all_roles: Vec<(RoleSpan, usize)> = Vec::new();
    for (si, sentence) in seg.sentences.iter().enumerate() {
        for r in roles::find(
            ctx.text,
            ctx.toks,
            &ctx.folded_toks,
            sentence.tokens.clone(),
            seg.lang,
            lex,
        ) {
            all_roles.push((r, si));
        }
    }
    let mut spans = refine(
        &ctx,
        spans::find(&doc.text, seg, &ctx.folded_toks, seg.lang, lex),
        &all_roles,
    );
    portfolio_before_body(&ctx, &mut spans, &mut all_roles);
    group_before_body(&ctx, &mut spans);
    // A line of a speakers' list reads as a heading in plain text ("Mr. Rahul Mehta, CEO,
    // GreenGrid Solutions, Pune"); its names are people all the same.
    // So does a post's signature ("Lucía Ferrer | Consultora de movilidad en …").
    let speaker_line = |s: &NameSpan| {
        honorific_before(&ctx, s)
            || matches!(ctx.next_tok(s, 0), Some("," | "|" | "–" | "—"))
                && all_roles.iter().any(|(r, _)| r.first == s.last + 1)
    };
    // So does a minutes' attendance line ("Apologies: Peter Gough, Sue Lang, Harriet Oduya"):
    // a name in a list after a label's colon.
    let listed_after_label = |s: &NameSpan| {
        let link = |t: &str| matches!(t, ":" | "," | ";" | "&") || NAME_ANDS.contains(&t);
        let range = ctx.range(s);
        ctx.before(s, 1).is_some_and(|i| link(ctx.folded(i)))
            && ctx.next_tok(s, 0).is_none_or(|t| link(t) || t == "(")
            && (range.start..s.first)
                .position(|i| ctx.tx(i) == ":")
                .is_some_and(|c| (range.start + c..range.end).any(|i| ctx.tx(i) == ","))
    };
    let heading = |s: &NameSpan| {
        matches!(
            doc.blocks[seg.sentences[s.sentence].block].kind,
            BlockKind::Heading { .. }
        ) && !speaker_line(s)
            && !listed_after_label(s)
    };
    // Role phrases of every sentence, found once.

    // Countries named anywhere in the document help pick and confirm cities.
    let doc_countries: HashSet<String> = spans
        .iter()
        .filter_map(|sp| country_of(&ctx, &sp.s))
        .filter_map(|n| lex.country_for(&fold(&n)).map(|c| c.cc.clone()))
        .collect();

    let (acronyms, defined_at) = acronym_definitions(&ctx);
    // Pieces of a defined full name that lower-case words cut apart ("Instituto" | "para la" |
    // "Diversificación y Ahorro de la Energía (IDAE)"): the first piece stands for the whole
    // name, the others for nothing, so that neither becomes an entity of its own.
    let mut defined_used = vec![false; defined_at.len()];

    // Pass 1: people with strong evidence, so that their surnames are known.
    let towns = towns_shaped_like_people(&ctx, &spans);
    // Each span's text folded once: both passes look it up.
    let span_folds: Vec<String> = spans.iter().map(|sp| fold(ctx.span_text(&sp.s))).collect();
    let mut is_person = vec![false; spans.len()];
    // "The Savanna Forge programme is run by …": a name the text gives a programme is no
    // person's in any of its mentions, though it opens with a given name.
    let programmes: HashSet<&str> = spans
        .iter()
        .zip(&span_folds)
        .filter(|(sp, _)| named_programme(&ctx, &sp.s))
        .map(|(_, f)| f.as_str())
        .collect();
    for (k, sp) in spans.iter().enumerate() {
        let s = &sp.s;
        if heading(s) || country_of(&ctx, s).is_some() || venue_named_for(&ctx, s) {
            continue;
        }
        let whole = span_folds[k].as_str();
        if towns.contains(whole) && sp.title_role.is_none() && !honorific_before(&ctx, s) {
            continue;
        }
        if acronyms.contains_key(ctx.span_text(s))
            || defined_at
                .iter()
                .any(|(r, _)| r.start <= s.start && s.end <= r.end)
            || !lex.cities_for(whole).is_empty()
                && sp.title_role.is_none()
                // "Belo Horizonte", "Port-au-Prince": a town of several words is the town.
                && (ctx.word_count(s) < 2 || lex.cities_for(whole).iter().any(|c| !c.ambiguous))
            // "Nova Scotia": a region named like a person.
            || lex.is_region(whole) && sp.title_role.is_none() && !honorific_before(&ctx, s)
            // "Presidente della Regione Emilia-Romagna": the region a region's word names.
            || lex.is_region(whole)
                && ctx.prev_word(s, 1).is_some_and(|w| {
                    matches!(
                        w,
                        "regione" | "region" | "regiao" | "provincia" | "province" | "county"
                    )
                })
            // "Nova Gorica (Slovenia)": a small town the text places in its country.
            || lexicon::town(whole).is_some_and(|t| {
                country_after(&ctx, s.last).is_some_and(|c| c.cc == t.cc)
                    && sp.title_role.is_none()
                    && !honorific_before(&ctx, s)
            })
        {
            continue;
        }
        if ends_with_cue(&ctx, s, Cue::EventKeyword) {
            continue;
        }
        // "the social enterprise Nova Nit": a body, whatever its name looks like.
        // Not across a comma: "la présidente du réseau, Sophie Gaudin" is a person.
        if (described_body(&ctx, s).is_some() && ctx.tx(s.first - 1) != ",")
            || body_apposition(&ctx, s)
        {
            continue;
        }
        // "présidente de France Urbaine", "director of Grace Foundation": a role's complement
        // is a body or a place, however much it looks like a person's name.
        let role_complement = s.first >= 2
            && matches!(
                ctx.folded(s.first - 1),
                "of" | "de" | "di" | "da" | "do" | "del" | "della" | "du" | "des" | "von" | "van"
            )
            && all_roles.iter().any(|(r, _)| r.last == s.first - 1);
        // "Director of Urban Resilience at …": a field inside a role names no one, though
        // "Urban" is a given name.
        let inside_role = s.first >= 1
            && ctx.toks[s.first - 1].kind == TokenKind::Word
            && !is_capitalised(ctx.tx(s.first - 1))
            && all_roles
                .iter()
                .any(|(r, _)| r.first < s.first && s.last <= r.last);
        if role_complement || inside_role {
            continue;
        }
        let strong = person_shape(&ctx, s.first, s.last, false);
        // "Jane Smith, Managing Director, Irwell Valley Transport", "Dev Patel (owner,
        // Moddershall Ales)": the role after a person and a comma or parenthesis is that
        // person's, and the name after it is where they work.
        let role_of_the_person_before = all_roles.iter().any(|(r, si)| {
            *si == s.sentence
                && r.last + 1 == s.first
                && ctx.tx(r.last) == ","
                && r.first >= 2
                // "Amy Whitfield – Work Coach, Jobcentre Plus" too.
                && roles::opens_apposition(ctx.tx(r.first - 1))
                && spans.iter().any(|o| {
                    o.s.last + 1 == r.first && person_shape(&ctx, o.s.first, o.s.last, true)
                })
        });
        // "operations manager at Coastline Organics, the contractor …": the name after a
        // role's "at" is where the role is held, whatever follows it.
        // "quesera en Benia de Onís": a locative after a role says where the role is held.
        // "work coaches from Jobcentre Plus ran …": a group in a role comes from a body.
        let group_from = s.first >= 2
            && ctx.folded(s.first - 1) == "from"
            && all_roles
                .iter()
                .any(|(r, _)| r.last == s.first - 1 && plural_role(&ctx, r.last - 1));
        let held_at = s.first >= 2
            && (EMPLOYER_LINKS.contains(&ctx.folded(s.first - 1))
                || locative(&ctx, s.first - 1)
                || group_from)
            && all_roles.iter().any(|(r, _)| r.last == s.first - 1);
        // "Aoife Brennan of Uisce Éireann presented …": the name after a person's "of" is
        // where the person works, whatever verb follows it.
        // "Elder Marjorie Tallbear of the Confluence Seed Keepers spoke": the article may
        // stand between.
        let link = if s.first >= 3 && ctx.folded(s.first - 1) == "the" {
            s.first - 2
        } else {
            s.first.saturating_sub(1)
        };
        let of_person = s.first >= 2
            && matches!(ctx.folded(link), "of" | "from" | "at" | "with")
            && person_ends_at(&ctx, &spans, link);
        let in_parenthesis_of_person = in_parenthesis_after_person(&ctx, s, &spans);
        let loose = person_shape(&ctx, s.first, s.last, true)
            && !held_at
            && !of_person
            && !company_described(&ctx, s)
            && (sp.title_role.is_some()
                || honorific_before(&ctx, s)
                || role_adjacent(&ctx, s, &all_roles)
                    && !role_of_the_person_before
                    && !body_after_apposed_role(&ctx, s, &spans, &all_roles)
                || speech_after(&ctx, s)
                || who_after(&ctx, s)
                || as_role_after(&ctx, s, &all_roles)
                || role_of_name_before(&ctx, s, &spans, &all_roles)
                || agent_before(&ctx, s)
                || body_in_parentheses_after(&ctx, s)
                || role_in_parentheses_after(&ctx, s, &all_roles)
                || holds_role_before(&ctx, &spans, k, &all_roles)
                || spans.iter().any(|o| o.affiliation_of == Some(k)));
        // Right after a role's "at" or a person's "of" or "from", even a name that opens with
        // a given name is an employer ("at Kennet Narrowboats in Reading", "Sophie Lacroix of
        // Canal du Midi Locations"); "with" may join two people.
        let employer_slot =
            held_at || of_person && ctx.folded(s.first - 1) != "with" || in_parenthesis_of_person;
        let programme = programmes.contains(span_folds[k].as_str());
        // "Director of the Antarctic Survey": English puts no article before a person's name.
        let after_the =
            ctx.seg.lang == crate::segment::Lang::En && s.first > 0 && ctx.tx(s.first - 1) == "the";
        is_person[k] = (strong && !employer_slot && !programme || loose) && !after_the;
    }
    let mut people: Vec<String> = spans
        .iter()
        .zip(&is_person)
        .filter(|(_, p)| **p)
        .map(|(sp, _)| ctx.span_text(&sp.s).to_string())
        .collect();
    people.sort();
    people.dedup();
    let people: Vec<(String, String)> = people.into_iter().map(|p| (fold(&p), p)).collect();

    // Pass 2: everything else.
    let mut found: Vec<Found> = Vec::new();
    let mut kind_of: Vec<Option<EntityKind>> = vec![None; spans.len()];
    for (k, sp) in spans.iter().enumerate() {
        let s = &sp.s;
        let name = ctx.span_text(s).to_string();
        if name.is_empty() {
            continue;
        }
        let words = ctx.word_tokens(s);
        let folded = span_folds[k].as_str();
        let kind_name: Option<(EntityKind, String)> = if let Some(full) = surname_of(&name, &people)
            .filter(|_| {
                !listed_town(&ctx, &spans, &span_folds, k)
                    && !town_after_preposition(&ctx, s, folded)
            }) {
            Some((EntityKind::Person, full))
        } else if is_person[k] {
            Some((EntityKind::Person, name.clone()))
        } else if let Some(full) = acronyms.get(&name) {
            // "zonas de bajas emisiones (ZBE)", "low-emission zones (LEZ)": an acronym of a
            // phrase written all in lower case, without a body's word, names a thing ("direction
            // régionale des affaires culturelles (DRAC)" is a body).
            let concept = !full.split_whitespace().any(|w| {
                w.starts_with(char::is_uppercase) || lex.is_cue(Cue::OrgKeyword, &fold(w))
            });
            if concept || names_no_body(lex, full) {
                continue;
            }
            Some((EntityKind::Organisation, full.clone()))
        } else if acronyms.values().any(|f| f == &name) {
            if names_no_body(lex, &name) {
                continue;
            }
            Some((EntityKind::Organisation, name.clone()))
        } else if let Some(d) = defined_at
            .iter()
            .position(|(r, _)| r.start <= s.start && s.end <= r.end)
        {
            if names_no_body(lex, &defined_at[d].1) {
                continue;
            }
            if std::mem::replace(&mut defined_used[d], true) {
                // Claimed, so the affiliation-slot pass below leaves it alone too.
                kind_of[k] = Some(EntityKind::Organisation);
                continue;
            }
            Some((EntityKind::Organisation, defined_at[d].1.clone()))
        } else if let Some(c) = country_of(&ctx, s) {
            Some((EntityKind::Country, c))
        } else if iso_code_after_town(&ctx, s, &spans, k) {
            Some((EntityKind::Country, name.clone()))
        } else {
            classify(
                &ctx,
                sp,
                k,
                &spans,
                &all_roles,
                &doc_countries,
                heading(s),
                &words,
                folded,
            )
        };
        if let Some((kind, name)) = kind_name {
            kind_of[k] = Some(kind);
            // "Canning line rota from November (NC).": minutes close an action with its
            // owner's initials, which name no body.
            let owner_initials = kind == EntityKind::Organisation
                && is_acronym(&name)
                && name.len() <= 3
                && people.iter().any(|(_, p)| initials_are(p, &name));
            if !owner_initials {
                found.push(Found::of_span(kind, name, s, k));
            }
        }
    }
    // Unclassified spans in an affiliation slot are organisations: "Sara Lindgren (Energy
    // Cities)", "Rafael Ortega of Som Llum", "…, director of Sauti ya Mtaa".
    for (k, sp) in spans.iter().enumerate() {
        if kind_of[k].is_some() || heading(&sp.s) {
            continue;
        }
        // "(CAO) of Renton", "(IRA)": the acronym of a title or a law is neither.
        if acronyms
            .get(ctx.span_text(&sp.s))
            .is_some_and(|f| names_no_body(lex, f))
        {
            continue;
        }
        // "HeatLoop’s CEO Tanel Kask", "Agrisense co-founder Siobhán Kelly": a name right
        // before a role that is right before a person.
        let role_then_person = |r: &RoleSpan| {
            spans
                .iter()
                .enumerate()
                .any(|(j, o)| o.s.first == r.last && kind_of[j] == Some(EntityKind::Person))
        };
        // "Transport for Greater Manchester's new head of policy"
        let mut role_at = sp.s.last;
        while sp.s.possessive
            && role_at < ctx.toks.len()
            && matches!(
                ctx.folded(role_at),
                "new" | "former" | "current" | "interim"
            )
        {
            role_at += 1;
        }
        // "Northern Isles Ferries' fleet safety manager": after a possessive, up to two
        // lower-case nouns may stand before the head the role list knows.
        let role_after_nouns = |r: &RoleSpan| {
            sp.s.possessive
                && r.first > role_at
                && r.first <= role_at + 2
                && (role_at..r.first).all(|i| {
                    ctx.toks[i].kind == TokenKind::Word
                        && !is_capitalised(ctx.tx(i))
                        && !ctx.seg.lang.is_stop_word(ctx.folded(i))
                })
        };
        // "Jane Doe, the Eurocities policy advisor, …": a name between a person's apposition
        // comma (and its article) and a role.
        let apposed = || {
            let mut b = sp.s.first;
            if b > 0
                && !is_capitalised(ctx.tx(b - 1))
                && (ARTICLE_SET.contains(ctx.folded(b - 1))
                    || matches!(ctx.folded(b - 1), "a" | "an"))
            {
                b -= 1;
            }
            b >= 2
                && ctx.tx(b - 1) == ","
                && spans.iter().enumerate().any(|(j, o)| {
                    o.s.last == b - 1 && kind_of[j] == Some(EntityKind::Person)
                })
                // "Sione Taufa, a Deaf director": a common word describes the holder.
                && !(ctx.word_count(&sp.s) == 1
                    && (crate::lexicon::english_word(&fold(ctx.span_text(&sp.s)))
                        || roles::written_in_lower_case(ctx.text, ctx.span_text(&sp.s))))
        };
        let before_role = (sp.s.possessive
            || all_roles
                .iter()
                .any(|(r, _)| r.first == sp.s.last && (role_then_person(r) || apposed())))
            && (all_roles
                .iter()
                .any(|(r, _)| r.first == role_at || role_after_nouns(r))
                || spans
                    .iter()
                    .any(|o| o.s.first == sp.s.last && o.title_role.is_some()));
        let event = ends_with_cue(&ctx, &sp.s, Cue::EventKeyword);
        let after_role_link = sp.s.first >= 2 && {
            let i = link_back(&ctx, sp.s.first, 0, &all_roles);
            i >= 2
                && AFFILIATION_LINK_SET.contains(ctx.folded(i - 1))
                && all_roles.iter().any(|(r, _)| r.last == i - 1)
        };
        if event && !after_role_link {
            continue;
        }
        if not_an_entity(&ctx, &sp.s) {
            continue;
        }
        let text_f = fold(ctx.span_text(&sp.s));
        // "The deputy mayor Ana Pinto": a capitalised article or function word alone is no
        // body before a role.
        if ctx.word_count(&sp.s) == 1
            && (ARTICLES.contains(&text_f.as_str()) || ctx.seg.lang.is_stop_word(&text_f))
        {
            continue;
        }
        // "Licensing lawyer Claire Hepworth", "Housing officer …": an English "-ing" noun
        // before a role is its field, not a body.
        if before_role
            && ctx.seg.lang == crate::segment::Lang::En
            && ctx.word_count(&sp.s) == 1
            && !sp.s.possessive
            && text_f.len() >= 6
            && text_f.ends_with("ing")
            && lex.cities_for(&text_f).is_empty()
        {
            continue;
        }
        // One word opening the sentence before a role: "Bouwkundig adviseur Esra Yıldız" (a
        // Dutch or German adjective describes the role), "Young hawker Jason Ooi" (a common
        // word that names a small town only opens the sentence) and "Watch manager Priya
        // Nandakumar" (a word the role takes in) name no body.
        let opening_word =
            before_role && sp.s.sentence_initial && ctx.word_count(&sp.s) == 1 && !sp.s.possessive;
        let adjective = || {
            matches!(
                ctx.seg.lang,
                crate::segment::Lang::Nl | crate::segment::Lang::De
            ) && ["ig", "isch", "lijk", "lich", "baar", "ief", "eel"]
                .iter()
                .any(|e| text_f.len() > e.len() + 3 && text_f.ends_with(e))
                && !is_acronym(ctx.span_text(&sp.s))
        };
        let word_town = || {
            let forms = lex.cities_for(&text_f);
            !forms.is_empty()
                && forms
                    .iter()
                    .all(|c| c.ambiguous && lex.cities[c.city as usize].population < 100_000)
        };
        if opening_word && (adjective() || word_town() || opening_title_noun(&ctx, sp.s.first)) {
            continue;
        }
        // "…, GPs, social care managers": a generic acronym is no body in any slot, nor a
        // title-case role ("Priya Patel (Head of Innovation, City of Leeds)").
        let role_span = all_roles
            .iter()
            .any(|(r, _)| r.first <= sp.s.first && sp.s.last <= r.last);
        // "with Dr Baines from June": a month; "Council Member Linh Tran-Murphy (Ward 2)": a
        // numbered ward or district is where the office is held, no body.
        let numbered_area = ctx.word_count(&sp.s) == 1
            && matches!(
                text_f.as_str(),
                "ward" | "district" | "precinct" | "division"
            )
            && ctx
                .after(&sp.s, 0)
                .is_some_and(|t| ctx.toks[t].kind == TokenKind::Number);
        if lex.country_for_demonym(&text_f).is_some()
            || is_generic_acronym(ctx.span_text(&sp.s))
            || role_span
            || numbered_area
            || ctx.word_count(&sp.s) == 1 && lex.is_cue(Cue::Month, &text_f)
            || dutch_town_adjective(&ctx, &sp.s, &text_f)
            || first_name_in_apposition(&ctx, &sp.s, &text_f)
        {
            continue;
        }
        // "directora municipal de Sistemas de Información de Lisboa": a field and then the
        // town, not a body.
        let words = ctx.word_tokens(&sp.s);
        let field_of_place = words.len() >= 4 && {
            let l = words[words.len() - 1];
            let f = ctx.folded(l);
            let place = lex.country_for(f).is_some() || lex.unambiguous_city(f);
            place
                && AFFILIATION_LINK_SET.contains(ctx.folded(l - 1))
                && (sp.s.first..l - 1).any(|i| !is_capitalised(ctx.tx(i)))
        };
        if field_of_place || german_people_noun(&ctx, &sp.s) {
            continue;
        }
        if before_role
            || in_affiliation_slot(&ctx, sp, k, &spans, &kind_of, &all_roles)
            || body_after_apposed_role(&ctx, &sp.s, &spans, &all_roles)
            || named_programme(&ctx, &sp.s)
            || described_body(&ctx, &sp.s).is_some()
            || body_apposition(&ctx, &sp.s)
            || company_context(&ctx, &sp.s, &blocks_of(doc, seg, &sp.s))
        {
            // A known town in that slot is the town ("Mayor of Lahti", "Kraków’s CEO"), but
            // not a town named like a word after "at" or "chez": "principal engineer at
            // Orange" works for a company.
            let word_town = lex.cities_for(&text_f).iter().all(|c| c.ambiguous);
            // "volunteers in Oregon": a region, no body and no town.
            if region_of_the_text(&ctx, &text_f, &doc_countries) {
                continue;
            }
            // "(Forno della Valle, Busca)": a small town after a body and a comma is where
            // the body is.
            let town_after_body = lexicon::small_place(&text_f)
                && sp.s.first >= 2
                && ctx.tx(sp.s.first - 1) == ","
                && k > 0
                && spans[k - 1].s.last == sp.s.first - 1
                && !next_is_name(&ctx, &sp.s);
            // "quesera en Benia de Onís": after a role and "in", a name with no body's word
            // is the town where the role is held.
            let locative_town = ctx.before(&sp.s, 1).is_some_and(|i| locative(&ctx, i))
                && all_roles.iter().any(|(r, _)| r.last + 1 == sp.s.first)
                && !has_cue(&ctx, &sp.s, Cue::OrgKeyword)
                && !has_cue(&ctx, &sp.s, Cue::OrgSuffix)
                && !is_acronym(ctx.span_text(&sp.s));
            // "wethouder Gerrit Slot (Ommen)": a town alone in the parentheses after a person
            // is where the person serves.
            // Not a party's letters ("Lucía Serrano (PA)").
            let town_in_parentheses = is_town(lex, &text_f)
                && !is_acronym(ctx.span_text(&sp.s))
                && alone_in_parentheses(&ctx, &sp.s)
                && k > 0
                && kind_of[k - 1] == Some(EntityKind::Person)
                && spans[k - 1].s.last + 1 == sp.s.first;
            let kind = if group_place(&ctx, &sp.s, &text_f)
                || town_after_body
                || locative_town
                || town_in_parentheses
            {
                EntityKind::City
            } else if lex.cities_for(&text_f).is_empty()
                || (employer_slot(&ctx, &sp.s) && word_town)
                // "Maribel Peinado (PA)": a party's or body's letters, not a town named "Pa".
                || is_acronym(ctx.span_text(&sp.s)) && text_f.len() <= 3
            {
                EntityKind::Organisation
            } else {
                EntityKind::City
            };
            kind_of[k] = Some(kind);
            found.push(Found::of_span(
                kind,
                ctx.span_text(&sp.s).to_string(),
                &sp.s,
                k,
            ));
        }
    }
    one_sense_for_word_towns(&mut found, &mut kind_of, lex);
    listed_with_bodies(&ctx, &spans, &all_roles, &mut kind_of, &mut found, heading);
    listed_with_towns(&ctx, &spans, &mut kind_of, &mut found, heading);
    descriptive_appositions(&ctx, &spans, &mut kind_of, &mut found);
    let unlisted = occupation_appositions(&ctx, &spans, &kind_of, &all_roles);
    all_roles.extend(unlisted);

    let mut attached = link_people(&ctx, &spans, &kind_of, &all_roles, &mut found);
    attached.extend(unnamed_speakers(
        &ctx, &spans, &kind_of, &all_roles, &attached,
    ));
    let standalone = standalone_roles(&ctx, &spans, &kind_of, &all_roles, &attached);
    attached.extend(standalone);
    for r in attached {
        let r = without_affiliation_tail(&ctx, without_temporal(&ctx, r));
        found.push(Found {
            kind: EntityKind::Role,
            name: ctx.text[r.start..r.end].to_string(),
            start: r.start,
            end: r.end,
            sentence: seg.sentence_at(r.start),
            span: None,
            country: None,
            gazetteer_country: None,
            role: None,
            affiliation: None,
        });
    }
    link_cities(&ctx, &spans, &mut found);
    town_of_municipal_roles(&ctx, &mut found);
    body_of_officers(&mut found);
    bodies_named_as_people(&mut found);
    venues_named_as_bodies(&ctx, &mut found);
    towns_named_as_bodies(&mut found);
    merge(found, lex, seg.lang)
}

/// "… stations in Bendigo and Lismore. Lismore presenter Ben Carruthers": a body's slot that
/// holds only the name of a town the text names as a town elsewhere holds the town
/// (ANNOTATION.md: the city is then the person's affiliation). Towns only the gazetteer
/// knows are left as they are: in dev recaps the body reading is right as often.
fn towns_named_as_bodies(found: &mut [Found]) {
    let towns: HashSet<String> = found
        .iter()
        .filter(|f| f.kind == EntityKind::City)
        .map(|f| f.name.clone())
        .collect();
    for f in found
        .iter_mut()
        .filter(|f| f.kind == EntityKind::Organisation)
    {
        if towns.contains(&f.name) {
            f.kind = EntityKind::City;
        }
    }
}

/// "the concert at the Teatro Castro Alves", "met in the Pier Arts Centre": a theatre, a
/// gallery or a hall that the text only names as where something happens is a place, not a
/// body (ANNOTATION.md: events and venues are no organisations unless they act). One that
/// employs someone named in the text, or that the text names anywhere else, stays a body.
fn venues_named_as_bodies(ctx: &Ctx, found: &mut Vec<Found>) {
    // Not museums and libraries: in dev recaps they are bodies more often than not.
    let venue = |name: &str| {
        let f = fold(name);
        let words: Vec<&str> = f.split(' ').collect();
        let (first, last) = (words[0], words[words.len() - 1]);
        words.len() >= 2
            && (matches!(
                first,
                "teatro"
                    | "theatre"
                    | "theater"
                    | "cineteatro"
                    | "auditorio"
                    // German and Dutch halls: "in der Stadthalle Kehl", "Schouwburg Amphion".
                    | "stadthalle"
                    | "sporthalle"
                    | "festhalle"
                    | "kongresshalle"
                    | "mehrzweckhalle"
                    | "halle"
                    | "rathaus"
                    | "sportzentrum"
                    | "schouwburg"
            ) || matches!(
                last,
                "theatre" | "theater" | "gallery" | "rooms" | "chamber"
            ) || f.starts_with("centro civico")
                || f.starts_with("centro cultural")
                || f.ends_with("arts centre")
                || f.ends_with("arts center")
                // "at the Trafalgar Centre": one name and "Centre", a building.
                || (words.len() == 2 && matches!(last, "centre" | "center")))
    };
    // "già assistente alla regia al Teatro Colón": after a role, where the role is held.
    let role_ends: HashSet<usize> = found
        .iter()
        .filter(|f| f.kind == EntityKind::Role)
        .map(|f| f.end)
        .collect();
    let at = |start: usize| {
        let mut i = ctx.toks.partition_point(|t| t.start < start);
        if i > 0 && ARTICLE_SET.contains(ctx.folded(i - 1)) {
            i -= 1;
        }
        // "Ort: Rathaus Lüneburg", "Venue: Pier Arts Centre": a label for where.
        let labelled = i > 1
            && ctx.tx(i - 1) == ":"
            && matches!(
                ctx.folded(i - 2),
                "venue"
                    | "location"
                    | "ort"
                    | "veranstaltungsort"
                    | "locatie"
                    | "lieu"
                    | "luogo"
                    | "sede"
                    | "lugar"
                    | "local"
            );
        labelled
            || i > 1
                && !role_ends.contains(&ctx.toks[i - 2].end)
                && matches!(
                    ctx.folded(i - 1),
                    "at" | "in"
                        | "inside"
                        | "en"
                        | "au"
                        | "a"
                        | "dans"
                        | "nel"
                        | "nella"
                        | "al"
                        | "alla"
                        | "presso"
                        | "im"
                        | "no"
                        | "na"
                        | "em"
                        | "op"
                        | "bij"
                        | "te"
                )
    };
    let employers: HashSet<&str> = found
        .iter()
        .filter_map(|f| f.affiliation.as_deref())
        .collect();
    let drop: HashSet<String> = found
        .iter()
        .filter(|f| f.kind == EntityKind::Organisation && venue(&f.name))
        .filter(|f| !employers.contains(f.name.as_str()))
        .map(|f| f.name.clone())
        .filter(|n| {
            found
                .iter()
                .filter(|f| f.kind == EntityKind::Organisation && f.name == *n)
                .all(|f| at(f.start))
        })
        .collect();
    found.retain(|f| !(f.kind == EntityKind::Organisation && drop.contains(&f.name)));
}

/// Whether the last word of a role, folded, passes `test`.
fn last_word_is(role: &str, test: impl Fn(&str) -> bool) -> bool {
    fold(role).rsplit(' ').next().is_some_and(test)
}

/// The people some mention of whom has an affiliation: their other mentions keep none.
fn people_placed(found: &[Found]) -> HashSet<String> {
    found
        .iter()
        .filter(|f| f.kind == EntityKind::Person && f.affiliation.is_some())
        .map(|f| f.name.clone())
        .collect()
}

/// Officers of a body, folded, whose body the text leaves unsaid when it is the one the recap
/// is about ("Treasurer Olivier Gagnon reported …" at the union's assembly).
const OFFICERS: &[&str] = &[
    "treasurer",
    "secretary",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "ceo",
    "executive",
    "tresorier",
    "tresoriere",
    "schatzmeister",
    "schatzmeisterin",
    "kassier",
    "kassierin",
    "tesorero",
    "tesorera",
    "tesoriere",
    "tesoureiro",
    "tesoureira",
    "penningmeester",
];

/// "Treasurer Olivier Gagnon reported …": an officer with no body named takes the body the
/// text names first, when it names it at least twice (the body whose assembly it reports;
/// measured on dev against the body named most, which gave fewer right and more wrong).
fn body_of_officers(found: &mut [Found]) {
    let bodies = || found.iter().filter(|f| f.kind == EntityKind::Organisation);
    let Some(first) = bodies().min_by_key(|f| f.start) else {
        return;
    };
    if bodies().filter(|f| f.name == first.name).count() < 2 {
        return;
    }
    let host = first.name.clone();
    let officer = |role: &str| last_word_is(role, |head| OFFICERS.contains(&head));
    let placed = people_placed(found);
    for f in found.iter_mut() {
        if f.kind == EntityKind::Person
            && f.affiliation.is_none()
            && !placed.contains(&f.name)
            && f.role.as_deref().is_some_and(officer)
        {
            f.affiliation = Some(host.clone());
        }
    }
}

/// "hosted by Second Page Literacy … Farah Adams, founder of Second Page Literacy": a name
/// that is someone's employer elsewhere in the text is that body in every mention.
fn bodies_named_as_people(found: &mut [Found]) {
    let employers: HashSet<String> = found
        .iter()
        .filter(|f| f.kind == EntityKind::Person)
        .filter_map(|f| f.affiliation.clone())
        .filter(|a| {
            found
                .iter()
                .any(|o| o.kind == EntityKind::Organisation && o.name == *a)
        })
        .collect();
    for f in found.iter_mut() {
        if f.kind == EntityKind::Person && employers.contains(&f.name) {
            f.kind = EntityKind::Organisation;
            f.role = None;
            f.affiliation = None;
        }
    }
}

/// Heads of a town's government, folded: the place after "of" is their town.
const MAYORS: &[&str] = &[
    "mayor",
    "alcalde",
    "alcaldesa",
    "maire",
    "mairesse",
    "sindaco",
    "sindaca",
    "prefeito",
    "prefeita",
    "burgemeester",
    "burgermeister",
    "burgermeisterin",
    "oberburgermeister",
    "oberburgermeisterin",
];

/// Heads of municipal roles besides the mayors: a mayor or councillor the text gives no body
/// for holds office in a town of the text.
const COUNCILLORS: &[&str] = &[
    "intendente",
    "wethouder",
    "schepen",
    "councillor",
    "councilor",
    "concejal",
    "concejala",
    "assessore",
    "assessora",
    "vereador",
    "vereadora",
];

/// Whether a folded word heads a municipal role (a mayor's or a councillor's).
fn municipal_head(w: &str) -> bool {
    MAYORS.contains(&w) || COUNCILLORS.contains(&w)
}

/// Whether span `s` follows a mayor's title and a link: "Mayor of Hope", "Mayor Carla Dumont
/// of Hope", "le maire d'Aubenas".
fn mayor_of(ctx: &Ctx, s: &NameSpan, spans: &[Span], roles: &[(RoleSpan, usize)]) -> bool {
    let end = if elided_link(ctx, s.first) {
        s.first
    } else {
        match s.first.checked_sub(1) {
            Some(l)
                if matches!(
                    ctx.folded(l),
                    "of" | "de" | "di" | "da" | "do" | "van" | "von"
                ) =>
            {
                l
            }
            _ => return false,
        }
    };
    let mayor = |i: usize| MAYORS.contains(&ctx.folded(i));
    roles
        .iter()
        .any(|(r, _)| r.last == end && mayor(r.last - 1))
        || spans
            .iter()
            .any(|o| o.s.last == end && o.title_role.is_some_and(|(_, b)| b > 0 && mayor(b - 1)))
}

/// "La alcaldesa, Pilar Ortega Lasheras, inauguró el foro": a mayor with no affiliation is the
/// mayor of the town named last before in the paragraph, else of the town the text names
/// most (the host town of the event).
fn town_of_municipal_roles(ctx: &Ctx, found: &mut [Found]) {
    let municipal = |role: &str| {
        let f = fold(role);
        f.rsplit(' ').next().is_some_and(municipal_head) || f.split(' ').any(|w| w == "mayor")
    };
    let block = |sentence: usize| ctx.seg.sentences.get(sentence).map(|s| s.block);
    let towns: Vec<(usize, Option<usize>, String)> = found
        .iter()
        .filter(|f| f.kind == EntityKind::City)
        .map(|f| (f.start, block(f.sentence), f.name.clone()))
        .collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, _, t) in &towns {
        *counts.entry(t.as_str()).or_default() += 1;
    }
    // The most named town, when no other is named as often.
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    let host = match ranked.as_slice() {
        [(t, n), rest @ ..] if rest.first().is_none_or(|&(_, m)| m < *n) => Some(t.to_string()),
        _ => None,
    };
    let placed = people_placed(found);
    for f in found.iter_mut() {
        if f.kind != EntityKind::Person
            || f.affiliation.is_some()
            || placed.contains(&f.name)
            || !f.role.as_deref().is_some_and(municipal)
        {
            continue;
        }
        let here = block(f.sentence);
        let near = towns
            .iter()
            .filter(|(start, b, _)| *start < f.start && *b == here)
            .max_by_key(|(start, _, _)| *start)
            .map(|(_, _, t)| t.clone());
        f.affiliation = near.or_else(|| host.clone());
    }
}

/// "organised by the Active Cities Forum with Sustrans and Cycling UK": a name listed with an
/// organisation (across a comma, "and", "with", "&") is one too, when nothing else claimed it.
fn listed_with_bodies(
    ctx: &Ctx,
    spans: &[Span],
    roles: &[(RoleSpan, usize)],
    kind_of: &mut [Option<EntityKind>],
    found: &mut Vec<Found>,
    heading: impl Fn(&NameSpan) -> bool,
) {
    let joins = |a: &NameSpan, b: &NameSpan| listed_together(ctx, a, b, true);
    loop {
        let mut changed = false;
        for k in 0..spans.len() {
            let s = &spans[k].s;
            if kind_of[k].is_some()
                || heading(s)
                || s.sentence_initial
                || not_an_entity(ctx, s)
                || is_generic_acronym(ctx.span_text(s))
                || ends_with_cue(ctx, s, Cue::EventKeyword)
                // "Jane Smith, Managing Director, Irwell Valley Transport": a title-case role.
                || roles
                    .iter()
                    .any(|(r, _)| r.first <= s.first && s.last <= r.last)
                || !ctx.lex.cities_for(&fold(ctx.span_text(s))).is_empty()
                || ctx
                    .word_tokens(s)
                    .iter()
                    .all(|&i| field_word(ctx.folded(i)) || ctx.is_title(i))
            {
                continue;
            }
            let org = |j: usize| kind_of[j] == Some(EntityKind::Organisation);
            // "(Forno della Valle, Busca)": a small town after a body is where it is.
            let town_of_body = k > 0
                && org(k - 1)
                && joins(&spans[k - 1].s, s)
                && lexicon::small_place(&fold(ctx.span_text(s)));
            // "Wednesday 15 January, Little Yard Brewery": a date before a body, no list.
            let month = ctx.word_count(s) == 1 && ctx.lex.is_cue(Cue::Month, ctx.folded(s.first));
            if town_of_body || month || german_people_noun(ctx, s) {
                continue;
            }
            // "the head of the education section of Pokhara Metropolitan City, Dipendra
            // Shrestha.": the body closes a role phrase; the name after it holds the role.
            if holds_role_before(ctx, spans, k, roles) {
                continue;
            }
            // "Yuki Sato, SDI's trade specialist": an owner after the comma opens an
            // apposition, not the next item of a list.
            let listed = (k > 0 && org(k - 1) && joins(&spans[k - 1].s, s))
                || (k + 1 < spans.len()
                    && org(k + 1)
                    && !spans[k + 1].s.possessive
                    && joins(s, &spans[k + 1].s));
            if listed {
                kind_of[k] = Some(EntityKind::Organisation);
                found.push(Found::of_span(
                    EntityKind::Organisation,
                    ctx.span_text(s).to_string(),
                    s,
                    k,
                ));
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// "the head of the education section of Pokhara Metropolitan City, Dipendra Shrestha.": span
/// `k` is a name after a comma and a body that closes a role phrase, so it holds that role.
fn holds_role_before(ctx: &Ctx, spans: &[Span], k: usize, roles: &[(RoleSpan, usize)]) -> bool {
    let s = &spans[k].s;
    if k == 0 || !listed_together(ctx, &spans[k - 1].s, s, false) || ctx.tx(s.first - 1) != "," {
        return false;
    }
    // The name ends its clause: "…, Dipendra Shrestha." or "…, Dipendra Shrestha, said".
    if !ctx
        .after(s, 0)
        .is_none_or(|t| matches!(ctx.tx(t), "." | "," | ";" | ")"))
    {
        return false;
    }
    let mut i = spans[k - 1].s.first;
    while i > 0 && ARTICLE_SET.contains(ctx.folded(i - 1)) && !is_capitalised(ctx.tx(i - 1)) {
        i -= 1;
    }
    person_shape(ctx, s.first, s.last, true)
        && i >= 2
        && role_across_complement(ctx, i - 1, ctx.range(s).start, roles).is_some()
}

/// The role that ends at link `x` ("director of"), or at a link before a lower-case
/// complement that runs to `x`: "Le maire de la commune de Bandafassi", "the head of the
/// water department of Kisumu".
fn role_across_complement(
    ctx: &Ctx,
    x: usize,
    floor: usize,
    roles: &[(RoleSpan, usize)],
) -> Option<RoleSpan> {
    (0..=MAX_COMPLEMENT_WORDS + 1).find_map(|back| {
        let p = x.checked_sub(back).filter(|&p| p > floor)?;
        let complement = (p + 1..=x).all(|t| {
            ctx.toks[t].kind == TokenKind::Word && !is_capitalised(ctx.tx(t))
                || matches!(ctx.tx(t), "'" | "’")
        });
        if !complement || !AFFILIATION_LINK_SET.contains(ctx.folded(p)) {
            return None;
        }
        roles.iter().find(|(r, _)| r.last == p).map(|(r, _)| *r)
    })
}

/// A lower-case nationality between a role and the name, where adjectives follow their noun:
/// "la compositrice polacca Agnieszka Wróblewska", "il soprano ucraino Olena Marchenko".
fn demonym_after_role(ctx: &Ctx, s: &NameSpan, floor: usize) -> Option<usize> {
    let d = ctx.before_titles(s).checked_sub(1).filter(|&d| d > floor)?;
    // Or how long it is held: "il presidente uscente Stefano Oberhofer".
    const TERM_ADJECTIVES: &[&str] = &[
        "uscente",
        "entrante",
        "sortant",
        "sortante",
        "saliente",
        "cessante",
        "interino",
        "interina",
        "interim",
        "honoraire",
        "onorario",
        "honorario",
    ];
    (ctx.seg.lang.postposes_adjectives()
        && ctx.toks[d].kind == TokenKind::Word
        && !is_capitalised(ctx.tx(d))
        && (ctx.lex.country_for_demonym(ctx.folded(d)).is_some()
            || TERM_ADJECTIVES.contains(&ctx.folded(d))))
    .then_some(d)
}

/// Where a name starting at `at` starts with the nationality and article before it: "…, le
/// Canadien Marc-André Tremblay", "…, the Kenyan Grace Akinyi".
fn nationality_before(ctx: &Ctx, at: usize, floor: usize) -> usize {
    let Some(d) = at.checked_sub(1).filter(|&d| d >= floor) else {
        return at;
    };
    if ctx.toks[d].kind != TokenKind::Word
        || !is_capitalised(ctx.tx(d))
        || ctx.lex.country_for_demonym(ctx.folded(d)).is_none()
    {
        return at;
    }
    let mut i = d;
    while i > floor && ARTICLE_SET.contains(ctx.folded(i - 1)) && !is_capitalised(ctx.tx(i - 1)) {
        i -= 1;
    }
    i
}

/// Most words of a lower-case complement between a role and the body or town after it ("de
/// la commune de").
const MAX_COMPLEMENT_WORDS: usize = 4;

/// Whether `b` follows `a` in the same list: one comma or conjunction apart, or, with `with`,
/// "with" ("organised by X with Y").
fn listed_together(ctx: &Ctx, a: &NameSpan, b: &NameSpan, with: bool) -> bool {
    a.sentence == b.sentence
        && b.first == a.last + 1
        && !a.possessive
        && match ctx.folded(a.last) {
            "," | "and" | "&" | "et" | "y" | "e" | "und" | "en" | "og" | "och" | "ja" => true,
            "with" | "avec" | "con" | "com" | "mit" | "met" => with,
            _ => false,
        }
}

/// "De gemeenten zijn: Best, Boxtel, Goes, Hulst, Oss en Tholen": in a list of at least
/// three known towns that are a third of the list or more, and nothing else, the other short
/// names are towns too. The
/// gazetteer stops at 15,000 inhabitants, and recaps of regional events list small towns.
fn listed_with_towns(
    ctx: &Ctx,
    spans: &[Span],
    kind_of: &mut [Option<EntityKind>],
    found: &mut Vec<Found>,
    heading: impl Fn(&NameSpan) -> bool,
) {
    let mut k = 0;
    while k < spans.len() {
        let mut end = k + 1;
        while end < spans.len() && listed_together(ctx, &spans[end - 1].s, &spans[end].s, false) {
            end += 1;
        }
        let list = k..end;
        k = end;
        let towns = list
            .clone()
            .filter(|&j| kind_of[j] == Some(EntityKind::City))
            .count();
        let open = list.clone().filter(|&j| kind_of[j].is_none()).count();
        // "from Deruta, Caltagirone and Vietri sul Mare", "in Gulpen en Vaals": fewer known
        // towns suffice where a place's preposition or a word for towns opens the list.
        let placed = || {
            let first = &spans[list.start].s;
            ctx.prev_word(first, 1).is_some_and(|w| {
                ctx.lex.is_cue(Cue::Locative, w) || TOWN_SET.contains(w) || w == "between"
            })
        };
        let enough = towns >= 3 || (towns >= 1 && list.len() >= 2 && placed());
        if !enough || open == 0 || towns + open < list.len() || 3 * towns < list.len() {
            continue;
        }
        for j in list {
            let s = &spans[j].s;
            let name = ctx.span_text(s);
            let words = ctx.word_tokens(s);
            let folded = fold(name);
            // Fewer known towns vouch only for one-word names ("… and Laarbeek Foods").
            let most = if towns >= 3 { 2 } else { 1 };
            let town_like = (words.len() <= most || lexicon::town(&folded).is_some())
                && !is_acronym(name)
                && !ctx.lex.is_region(&folded)
                && !region_after_its_town(ctx, s, spans, j, &folded)
                && !heading(s)
                && !not_an_entity(ctx, s)
                && !has_cue(ctx, s, Cue::OrgKeyword)
                && !has_cue(ctx, s, Cue::OrgSuffix)
                && !words
                    .first()
                    .is_some_and(|&i| ctx.lex.is_given_name(ctx.folded(i)));
            if kind_of[j].is_none() && town_like {
                kind_of[j] = Some(EntityKind::City);
                found.push(Found::of_span(EntityKind::City, name.to_string(), s, j));
            }
        }
    }
}

/// A name the text uses for a body ("principal engineer at Orange") names that body wherever
/// it stands in the document ("Orange's platform"), when the town of that name is also a word.
fn one_sense_for_word_towns(
    found: &mut [Found],
    kind_of: &mut [Option<EntityKind>],
    lex: &Lexicons,
) {
    let orgs: HashSet<String> = found
        .iter()
        .filter(|f| f.kind == EntityKind::Organisation)
        .map(|f| f.name.clone())
        .collect();
    for f in found.iter_mut() {
        // Villages are no words (tools/lexicons/build.py leaves those out).
        let word_town = || {
            let key = fold(&f.name);
            lex.cities_for(&key).iter().all(|c| c.ambiguous) && lexicon::village(&key).is_none()
        };
        if f.kind == EntityKind::City && orgs.contains(&f.name) && word_town() {
            f.kind = EntityKind::Organisation;
            if let Some(k) = f.span {
                kind_of[k] = Some(EntityKind::Organisation);
            }
        }
    }
}

/// Roles of people the text does not name, who speak or present: "The head chef explained",
/// "Une enseignante de Carpentras a demandé", "un jeune musicien venu de Bollène a lancé". The
/// role has an article before it and a speech or presentation verb a few words after it, with
/// no punctuation or name of a person between.
fn unnamed_speakers(
    ctx: &Ctx,
    spans: &[Span],
    kinds: &[Option<EntityKind>],
    roles: &[(RoleSpan, usize)],
    attached: &[RoleSpan],
) -> Vec<RoleSpan> {
    let mut out = Vec::new();
    let mut buf = Phrase::default();
    for (r, si) in roles {
        let range = ctx.seg.sentences[*si].tokens.clone();
        if attached
            .iter()
            .any(|a| a.first < r.last && r.first < a.last)
            || r.first == range.start
            || !article_of(ctx.seg.lang, ctx.folded(r.first - 1))
        {
            continue;
        }
        let mut speaks = false;
        'words: for k in r.last..range.end.min(r.last + 6) {
            // A relative clause speaks of something else: "un asistente virtual que responde".
            let relative = matches!(
                ctx.folded(k),
                "que" | "qui" | "who" | "which" | "that" | "che" | "die" | "dat" | "welche"
            );
            if ctx.toks[k].kind == TokenKind::Punct || relative {
                break;
            }
            let person = spans
                .iter()
                .enumerate()
                .any(|(j, o)| o.s.first == k && kinds[j] == Some(EntityKind::Person));
            if person {
                break;
            }
            for n in 1..=3.min(range.end - k) {
                let p = buf.join((k..k + n).map(|x| ctx.folded(x)));
                if ctx.lex.is_cue(Cue::SpeechVerb, p) || ctx.lex.is_cue(Cue::PresentationVerb, p) {
                    speaks = true;
                    break 'words;
                }
            }
        }
        if speaks {
            out.push(*r);
        }
    }
    out
}

/// Roles that no named person holds but that the text still gives someone (ANNOTATION.md:
/// "said of a group acting in that function", or of a person named by first name only): "a
/// bartender from Derby", "the hospital's own technician", "our producer, Tomás", "Professor
/// Kavitha Raghunathan" when the person already has another role, "Several councillors
/// worried". A role is kept when something marks it as said of someone: a determiner or an
/// owner before a singular role, a name right after it, or a small count before a plural.
/// Attendee lists ("350 councillors, planners and researchers") and words of names ("Baltic
/// Founders Day") are not roles.
fn standalone_roles(
    ctx: &Ctx,
    spans: &[Span],
    kinds: &[Option<EntityKind>],
    roles: &[(RoleSpan, usize)],
    attached: &[RoleSpan],
) -> Vec<RoleSpan> {
    let mut out: Vec<RoleSpan> = Vec::new();
    for (r, si) in roles {
        let range = ctx.seg.sentences[*si].tokens.clone();
        let overlaps = |a: &RoleSpan| a.first < r.last && r.first < a.last;
        if attached.iter().any(overlaps) || out.iter().any(overlaps) {
            continue;
        }
        // Inside a name that is not a person's: "Bone Student Center", "Covenant of Mayors".
        let in_name = spans.iter().enumerate().any(|(k, o)| {
            o.s.first < r.last
                && r.first < o.s.last
                && kinds[k] != Some(EntityKind::Person)
                && (o.s.first < r.first || o.s.last > r.last)
        });
        if in_name {
            continue;
        }
        let last = ctx.folded(r.last - 1);
        if WEAK_HEADS.contains(&last) || roles::compound_only_head(last) {
            continue;
        }
        let plural = (r.first..r.last).any(|i| plural_role(ctx, i));
        // "a school cook named Lena": a noun before a singular head is part of the title.
        // Romance languages put such words after the head ("musicien" in "un jeune musicien").
        let r = &if plural || ctx.seg.lang.postposes_adjectives() {
            *r
        } else {
            extend_left(ctx, *r, range.start)
        };
        if in_quotation(ctx, range.start, r.first) {
            continue;
        }
        let prev = (r.first > range.start).then(|| r.first - 1);
        let next_person = spans.iter().enumerate().any(|(k, o)| {
            kinds[k] == Some(EntityKind::Person)
                && (o.s.first == r.last || ctx.before_titles(&o.s) == r.last)
                && !ctx.academic(r.first, r.last)
        });
        let keep = if plural {
            // "de burgemeesters en wethouders van zeventien gemeenten": a group defined by
            // where it holds office.
            let heads_end = plural_heads(ctx, *r).last().map_or(r.last, |h| h.last);
            let defined = heads_end < range.end
                && AFFILIATION_LINK_SET.contains(ctx.folded(heads_end))
                && prev.is_some_and(|p| article_of(ctx.seg.lang, ctx.folded(p)));
            defined
                || prev.is_some_and(|p| {
                    small_count(ctx.folded(p)) && !(p > range.start && ctx.tx(p - 1) == "-")
                })
        } else {
            // "the mayor" alone points back to someone named before ("afirmou o autarca");
            // "the Mayor of Greater Manchester" is said of the holder of that post.
            // "Der Oberbürgermeister der Stadt Mayen": a German genitive links too.
            let linked = r.last < range.end && complement_link(ctx, r.last);
            // "Der Landesinnungsmeister, der kurzfristig absagen musste": a relative clause
            // says which holder is meant, as a link does.
            let relative = r.last + 1 < range.end && ctx.tx(r.last) == "," && {
                let w = ctx.folded(r.last + 1);
                PERSON_RELATIVES.contains(&w) || matches!(w, "der" | "cui")
            };
            next_person
                || prev.is_some_and(|p| {
                    let w = ctx.folded(p);
                    let definite = !INDEFINITE.contains(&w);
                    (article_of(ctx.seg.lang, w) && (linked || relative || !definite))
                        || OWNERS.contains(&w)
                        || (ctx.folded_toks.possessive(p) && !is_capitalised(ctx.tx(p)))
                        || (matches!(w, "own" | "new" | "former") && p > range.start)
                })
        };
        if keep && plural {
            out.extend(plural_heads(ctx, *r));
        } else if keep {
            // "a parish councillor on the board early", "un delegado de protección de datos en
            // cada proyecto": said of no one in particular, a role's tail after a preposition
            // of place or purpose says what the text wants of it, not what the role is ("its
            // rapporteur on energy poverty" is someone's).
            let mut r = *r;
            let indefinite = prev.is_some_and(|p| INDEFINITE.contains(&ctx.folded(p)));
            if let Some(j) = (r.first + 1..r.last).filter(|_| indefinite).find(|&j| {
                matches!(
                    ctx.folded(j),
                    "on" | "for" | "in" | "en" | "para" | "pour" | "per" | "with" | "con" | "avec"
                )
            }) {
                r.last = j;
                r.end = ctx.toks[j - 1].end;
            }
            out.push(r);
        }
    }
    out
}

/// A group's role is its plural head with the words before it, without what follows ("two
/// coordinators of running projects" → "coordinators"); heads joined by "and" are roles of
/// their own ("de burgemeesters en wethouders").
fn plural_heads(ctx: &Ctx, r: RoleSpan) -> Vec<RoleSpan> {
    let span = |a: usize, b: usize| ctx.role_span(a, b);
    let Some(h) = (r.first..r.last).find(|&i| plural_role(ctx, i)) else {
        return vec![r];
    };
    let mut out = vec![span(r.first, h + 1)];
    let mut j = h + 1;
    while j + 1 < r.last
        && matches!(ctx.folded(j), "and" | "en" | "und" | "et" | "e" | "y")
        && plural_role(ctx, j + 1)
    {
        out.push(span(j + 1, j + 2));
        j += 2;
    }
    out
}

/// A role without the lower-case words before its head that say when or where it was held,
/// not what it is ("former engineer", "ancien coordinateur", "local business owner").
fn without_temporal(ctx: &Ctx, mut r: RoleSpan) -> RoleSpan {
    // "Local estate agent Simon Graves": capitalised only for opening the sentence.
    let lower_case = |i: usize| {
        !is_capitalised(ctx.tx(i)) || (ctx.opens_sentence(i) && !is_capitalised(ctx.tx(i + 1)))
    };
    while r.last - r.first > 1
        && (TEMPORAL.contains(&ctx.folded(r.first)) || german_place_adjective(ctx, r.first))
        && lower_case(r.first)
    {
        r.first += 1;
        r.start = ctx.toks[r.first].start;
    }
    r
}

/// "die bayerische Digitalministerin", "der hessischen Gesundheitsstaatssekretär": a German
/// adjective made from a region's or a country's name says where the role is held, not what
/// it is ("technische Leiterin" keeps its adjective: no place is named "Techn…").
fn german_place_adjective(ctx: &Ctx, i: usize) -> bool {
    if ctx.seg.lang != crate::segment::Lang::De {
        return false;
    }
    let w = ctx.folded(i);
    let Some(stem) = ["ischen", "ischer", "isches", "ischem", "ische"]
        .iter()
        .find_map(|e| w.strip_suffix(e))
        .filter(|s| s.len() >= 4)
    else {
        return false;
    };
    ["", "en", "n", "ien"].iter().any(|e| {
        let name = format!("{stem}{e}");
        ctx.lex.is_region(&name) || ctx.lex.country_for(&name).is_some()
    })
}

/// A role without a last complement that names where, not what: the town hall ("assessora
/// alla Cultura della Città di Torino"), a body described before its name ("Geschäftsführer
/// des Essener Maschinenbauers Kessler & Voigt", "Leiter des Fuhrparks der Abfallwirtschaft
/// Stuttgart"), or a body word that ends the phrase with nothing after it ("general manager
/// of the regional bus agency, described …"). A body word followed by where it is stays a
/// function: "head of the education section of Pokhara", "deputy head of the water resources
/// agency, Semarang".
fn without_affiliation_tail(ctx: &Ctx, r: RoleSpan) -> RoleSpan {
    let end = ctx.seg.sentences[ctx.seg.sentence_at(r.start)].tokens.end;
    if let Some(cut) = romance_body_tail(ctx, r) {
        return cut;
    }
    let Some(link) = (r.first + 1..r.last)
        .rev()
        .find(|&i| TAIL_LINKS.contains(&ctx.folded(i)) && !is_capitalised(ctx.tx(i)))
    else {
        return r;
    };
    let first = past_articles(ctx, link + 1, r.last);
    if first >= r.last {
        return r;
    }
    let w = ctx.folded(first);
    let town = MUNICIPAL_WORDS.contains(&w)
        || matches!(
            w,
            "citta" | "comune" | "ciudad" | "cidade" | "stadt" | "gemeinde"
        )
        || ctx.lex.country_for(w).is_some()
        || ctx.lex.unambiguous_city(w);
    // "Essener", "Bochumer": the adjective of a town describes a body there.
    let town_adjective = is_capitalised(ctx.tx(first))
        && w.strip_suffix("er")
            .is_some_and(|b| ctx.lex.unambiguous_city(b));
    let next_word = (r.last < end && ctx.toks[r.last].kind == TokenKind::Word).then_some(r.last);
    let name_follows = next_word.is_some_and(|n| {
        is_capitalised(ctx.tx(n))
            && !TAIL_LINKS.contains(&ctx.folded(n))
            && ctx.seg.lang == crate::segment::Lang::De
    });
    // A hyphenated word cut in two ("of the vertical" | "-farming start-up GreenStack").
    let cut_word = r.last < end && ctx.tx(r.last) == "-";
    let last = ctx.folded(r.last - 1);
    let placed_after = r.last + 1 < end
        && (AFFILIATION_LINK_SET.contains(ctx.folded(r.last))
            || (ctx.tx(r.last) == "," && is_capitalised(ctx.tx(r.last + 1))));
    // With an article only: "chargé de programme" names a function, "of the regional bus
    // agency" a body.
    let body_end = first > link + 1
        && roles::body_word(last, ctx.lex)
        && !is_capitalised(ctx.tx(r.last - 1))
        && !placed_after;
    let described = described_company_before_name(ctx, first, r.last, end);
    // "the head teacher of one of these schools": a count picks one of many, not a field.
    let count = matches!(
        w,
        "one" | "each" | "every" | "some" | "all" | "both" | "these" | "those"
    ) || w.chars().all(|c| c.is_ascii_digit());
    if !(town || town_adjective || name_follows || cut_word || body_end || count || described) {
        return r;
    }
    // The words before the link must still hold the head.
    let mut last_tok = link;
    while last_tok > r.first + 1 && ARTICLE_SET.contains(ctx.folded(last_tok - 1)) {
        last_tok -= 1;
    }
    RoleSpan {
        first: r.first,
        last: last_tok,
        start: r.start,
        end: ctx.toks[last_tok - 1].end,
    }
}

/// Whether the complement `first..last` of a role describes the company named right after it:
/// "fondatore della startup barese Terravista", "medeoprichter van sensorbedrijf Hapticore".
/// The words before the name say what kind of body it is, so they belong with the affiliation,
/// not the role, in every language (German already cuts before any name). A given name after
/// the tail is a person ("coordinatrice del progetto Anna Bianchi"), not a company.
fn described_company_before_name(ctx: &Ctx, first: usize, last: usize, end: usize) -> bool {
    let name = last < end
        && ctx.toks[last].kind == TokenKind::Word
        && is_capitalised(ctx.tx(last))
        && !is_acronym(ctx.tx(last))
        && !ctx.given_name(last)
        && !TAIL_LINKS.contains(&ctx.folded(last));
    name && (first..last).any(|i| {
        let w = ctx.folded(i);
        !is_capitalised(ctx.tx(i))
            && (COMPANY_NOUNS.contains(&w)
                || roles::body_word(w, ctx.lex)
                || roles::german_body_compound(w))
    })
}

/// Links inside a role before its complement, German genitive articles included.
const TAIL_LINKS: &[&str] = &[
    "of", "for", "de", "du", "des", "der", "del", "della", "dello", "dei", "degli", "delle", "di",
    "da", "do", "dos", "das", "van", "von", "vom", "al", "alla", "dell",
];

/// The first token at or after `i` (before `end`) that is not a lower-case article: where the
/// noun after a role's link starts ("of the regional agency", "de la commune").
fn past_articles(ctx: &Ctx, mut i: usize, end: usize) -> usize {
    while i < end && ARTICLE_SET.contains(ctx.folded(i)) && !is_capitalised(ctx.tx(i)) {
        i += 1;
    }
    i
}

/// "présidente du groupement de femmes", "presidente do consórcio": Romance languages put
/// the body's noun first, after the first link, which holds the article; the role ends there.
fn romance_body_tail(ctx: &Ctx, r: RoleSpan) -> Option<RoleSpan> {
    if !ctx.seg.lang.postposes_adjectives() {
        return None;
    }
    let link = (r.first + 1..r.last)
        .find(|&i| TAIL_LINKS.contains(&ctx.folded(i)) && !is_capitalised(ctx.tx(i)))?;
    let first = past_articles(ctx, link + 1, r.last);
    if first >= r.last {
        return None;
    }
    let with_article = first > link + 1 || CONTRACTED_LINKS.contains(&ctx.folded(link));
    let w = ctx.folded(first);
    if !with_article || !roles::body_word(w, ctx.lex) || UNIT_WORDS.contains(&w) {
        return None;
    }
    Some(RoleSpan {
        first: r.first,
        last: link,
        start: r.start,
        end: ctx.toks[link - 1].end,
    })
}

/// Units inside a body, which stay in the role: "cheffe du service de l'énergie".
const UNIT_WORDS: &[&str] = &[
    "service",
    "services",
    "servizio",
    "servicio",
    "servico",
    "direction",
    "direccion",
    "direzione",
    "direcao",
    "division",
    "divisione",
    "section",
    "seccion",
    "sezione",
    "secao",
    "secteur",
    "settore",
    "sector",
    "setor",
    "unite",
    "unidad",
    "unita",
    "unidade",
    "ufficio",
    "pole",
    "cellule",
    "equipe",
    "equipo",
    "squadra",
    "solutions",
    "soluciones",
    "soluzioni",
    "solucoes",
    "departamento",
    "dipartimento",
    "area",
    "programme",
    "programa",
    "programma",
    "projet",
    "proyecto",
    "progetto",
    "projeto",
];

/// Links that hold a definite article: "du", "do", "della", "del", "vom".
const CONTRACTED_LINKS: &[&str] = &[
    "du", "des", "au", "aux", "del", "della", "dello", "dei", "degli", "delle", "dell", "do", "da",
    "dos", "das", "al", "alla", "dal", "dalla", "nel", "nella", "vom", "beim",
];

/// Words of time and scope before a title.
const TEMPORAL: &[&str] = &[
    "former",
    "youngest",
    "oldest",
    "newest",
    "then",
    "current",
    "local",
    "ancien",
    "ancienne",
    "ex",
    "ehemalige",
    "ehemaliger",
    "ehemaligen",
    "antiguo",
    "antigua",
    "antigo",
    "antiga",
    "voormalig",
    "voormalige",
    "oud",
    "allora",
    "gia",
];

/// Heads that name a relation rather than a job when no person holds them ("the host", "a
/// local partner", "a representative of").
const WEAK_HEADS: &[&str] = &[
    "partner",
    "host",
    "representative",
    "member",
    "leader",
    "lead",
    "leads",
    "owner",
];

/// Indefinite articles and counts of one.
const INDEFINITE: &[&str] = &[
    "a", "an", "one", "un", "une", "una", "uno", "um", "uma", "ein", "eine", "een",
];

/// Possessive determiners before a role said of someone unnamed ("our producer").
const OWNERS: &[&str] = &[
    "our", "their", "his", "her", "its", "my", "notre", "leur", "son", "sa", "nuestro", "nuestra",
    "su", "nosso", "nossa", "seu", "sua", "nostro", "nostra", "suo", "sua", "unser", "unsere",
    "ihr", "ihre", "sein", "seine", "onze", "ons", "zijn", "haar", "hun",
];

/// Whether token `i`, the last of a role, is a plural role noun ("investors", "wethouders",
/// "portavoces").
fn plural_role(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.folded(i);
    let head = |p: &str| ctx.lex.is_cue(Cue::RoleHead, p);
    ["s", "es", "en", "i"]
        .iter()
        .any(|e| w.strip_suffix(e).is_some_and(|b| b.len() > 2 && head(b)))
        || w.strip_suffix('i')
            .is_some_and(|b| head(&format!("{b}e")) || head(&format!("{b}o")))
}

/// The town that German token `i` names in the genitive ("Verdens" → "Verden", "Münchens"),
/// when the text is German and the word without its "-s" is a known town.
fn german_genitive_town<'c>(ctx: &'c Ctx, i: usize) -> Option<&'c str> {
    let town = ctx.tx(i).strip_suffix('s')?;
    // Small towns too ("Schottens Bürgermeisterin"): both callers ask for a title after it.
    (ctx.seg.lang == crate::segment::Lang::De
        && ctx
            .folded(i)
            .strip_suffix('s')
            .is_some_and(|t| !ctx.lex.cities_for(t).is_empty() || lexicon::small_place(t)))
    .then_some(town)
}

/// "Saunameister, Ärztinnen und Touristiker": German capitalises every noun, so one word
/// that names people by their work ("-innen", a role's plural, a role) is no body's name.
fn german_people_noun(ctx: &Ctx, s: &NameSpan) -> bool {
    if ctx.seg.lang != crate::segment::Lang::De || ctx.word_count(s) != 1 {
        return false;
    }
    let i = s.first;
    let w = ctx.folded(i);
    !is_acronym(ctx.tx(i))
        && !ctx.lex.is_cue(Cue::OrgKeyword, w)
        && (w.ends_with("innen")
            || w.ends_with("iker")
            || plural_role(ctx, i)
            // "Tierärzte", "Fachärzte": a plural in "-e" (its umlaut folded away).
            || w.strip_suffix('e').zip(ctx.tx(i).strip_suffix('e')).is_some_and(|(b, t)| {
                b.len() > 3 && roles::is_role_word(t, b, ctx.seg.lang, ctx.lex)
            })
            || roles::is_role_word(ctx.tx(i), w, ctx.seg.lang, ctx.lex))
}

/// Words that count a small group: "Several councillors", "Two coordinators", "i 12 cuochi".
pub(crate) fn small_count(w: &str) -> bool {
    matches!(
        w,
        "several"
            | "two"
            | "three"
            | "four"
            | "five"
            | "both"
            | "some"
            | "plusieurs"
            | "deux"
            | "trois"
            | "quelques"
            | "mehrere"
            | "zwei"
            | "drei"
            | "einige"
            | "varios"
            | "varias"
            | "dos"
            | "tres"
            | "algunos"
            | "algunas"
            | "dois"
            | "duas"
            | "alguns"
            | "algumas"
            | "diversi"
            | "diverse"
            | "due"
            | "tre"
            | "alcuni"
            | "alcune"
            | "verschillende"
            | "twee"
            | "drie"
            | "enkele"
            | "meerdere"
    ) || w.parse::<u32>().is_ok_and(|n| (2..=20).contains(&n))
}

/// Whether token `at` stands inside quotation marks opened after token `from`: roles in
/// quoted speech are figures of speech ("a beginner, not a teacher").
fn in_quotation(ctx: &Ctx, from: usize, at: usize) -> bool {
    let before = &ctx.text[ctx.toks[from].start..ctx.toks[at].start];
    let opened = before.matches(['“', '«', '„']).count();
    let closed = before.matches(['”', '»']).count();
    opened > closed || before.matches('"').count() % 2 == 1
}

/// Whether `w` is an article of the document's language (English "as" is not the Portuguese
/// article).
fn article_of(lang: crate::segment::Lang, w: &str) -> bool {
    use crate::segment::Lang;
    let articles: &[&str] = match lang {
        Lang::En => &["the", "a", "an"],
        Lang::Fr => &["le", "la", "l", "les", "un", "une"],
        Lang::Es => &["el", "la", "los", "las", "un", "una"],
        Lang::Pt => &["o", "a", "os", "as", "um", "uma"],
        Lang::It => &["il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una"],
        Lang::De => &["der", "die", "das", "ein", "eine"],
        Lang::Nl => &["de", "het", "een"],
        _ => ARTICLES,
    };
    articles.contains(&w)
}

/// "Appleby-in-Westmorland", "Riom-ès-Montagnes": one word whose capitalised parts a
/// lower-case particle joins between hyphens has the shape of a town's name, even one too
/// small for the gazetteer; bodies and people are not named so.
fn hyphened_town(name: &str) -> bool {
    // Most names have no hyphen: settled before any splitting.
    if !name.contains('-') || name.contains(char::is_whitespace) {
        return false;
    }
    let mut parts = name.split('-');
    let first = parts.next().unwrap_or_default();
    let mut last = "";
    let mut particle = false;
    for p in parts {
        // A part is a middle one once another follows it.
        particle |= spans::HYPHEN_PARTICLES.contains(&last);
        last = p;
    }
    particle && is_capitalised(first) && is_capitalised(last)
}

/// "our producer, Tomás, and everyone at …": a given name alone between commas is someone
/// named by first name only (not listed), not a body.
fn first_name_in_apposition(ctx: &Ctx, s: &NameSpan, folded: &str) -> bool {
    s.last == s.first + 1
        && ctx.lex.is_given_name(folded)
        && !is_acronym(ctx.tx(s.first))
        && ctx.before(s, 1).is_some_and(|i| ctx.tx(i) == ",")
        && ctx
            .after(s, 0)
            .is_none_or(|i| matches!(ctx.tx(i), "," | "." | ";"))
}

/// Verbs of working in a relative clause after a person ("who works for …").
const WORK_VERBS: &[&str] = &[
    "works",
    "worked",
    "teaches",
    "taught",
    "travaille",
    "travaillait",
    "trabaja",
    "trabajaba",
    "trabalha",
    "trabalhava",
    "lavora",
    "lavorava",
    "insegna",
    "werkt",
    "werkte",
    "arbeitet",
    "arbeitete",
];

/// Weekdays in the seven languages, folded: a date, never the first word of a name.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
    "segunda-feira",
    "terca-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "lunedi",
    "martedi",
    "mercoledi",
    "giovedi",
    "venerdi",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// Links after a verb of working to where the work is done.
const WORK_LINKS: &[&str] = &[
    "for", "at", "with", "pour", "chez", "a", "à", "para", "en", "na", "no", "em", "per", "presso",
    "bij", "voor", "bei",
];

/// English verbs of a relative clause that say where someone works or lives ("who runs a
/// bakery in Ayr").
const RESIDENCE_VERBS: &[&str] = &[
    "runs", "ran", "farms", "farmed", "lives", "lived", "owns", "owned", "manages", "managed",
];

/// English verbs of a relative clause whose object is the body someone works for ("who runs
/// Brush & Bone Lettering").
const BODY_VERBS: &[&str] = &[
    "runs",
    "ran",
    "owns",
    "owned",
    "founded",
    "co-founded",
    "cofounded",
    "manages",
    "managed",
    "leads",
    "led",
    "heads",
    "headed",
    "directs",
    "chairs",
];

/// Relative pronouns that open a clause about the person before.
const PERSON_RELATIVES: &[&str] = &["who", "qui", "que", "che", "die", "quien"];

/// "het Münsterse bedrijf Feldwerk Robotics", "de Rotterdamse wethouder": a Dutch town's
/// adjective before a lower-case noun names nothing.
fn dutch_town_adjective(ctx: &Ctx, s: &NameSpan, folded: &str) -> bool {
    ctx.seg.lang == crate::segment::Lang::Nl
        && s.last == s.first + 1
        && ctx
            .after(s, 0)
            .is_some_and(|i| ctx.toks[i].kind == TokenKind::Word && !is_capitalised(ctx.tx(i)))
        && folded
            .strip_suffix("se")
            .is_some_and(|b| is_town(ctx.lex, b))
}

/// Classifies a span that is neither a known person nor a country.
#[allow(clippy::too_many_arguments)]
fn classify(
    ctx: &Ctx,
    sp: &Span,
    k: usize,
    spans: &[Span],
    roles: &[(RoleSpan, usize)],
    doc_countries: &HashSet<String>,
    in_heading: bool,
    words: &[usize],
    folded: &str,
) -> Option<(EntityKind, String)> {
    let s = &sp.s;
    let lex = ctx.lex;
    if dutch_town_adjective(ctx, s, folded) {
        return None;
    }
    // "in Quebec City", "to Panama City": a town or a country, then "City", after a locative
    // is the town ("Manchester City" with no locative may be a club).
    if let Some(stem) = folded.strip_suffix(" city") {
        let known = !lex.cities_for(stem).is_empty() || lex.country_for(stem).is_some();
        let locative = ctx
            .before(s, 1)
            .is_some_and(|i| lex.is_cue(Cue::Locative, ctx.folded(i)));
        if known && locative {
            return Some((EntityKind::City, ctx.span_text(s).to_string()));
        }
    }
    // "Verdens Bürgermeisterin …": the town in the German genitive, owning a title.
    if let ([w], Some(_)) = (words, sp.affiliation_of) {
        if let Some(town) = german_genitive_town(ctx, *w) {
            return Some((EntityKind::City, town.to_string()));
        }
    }
    let name = ctx.span_text(s).to_string();
    let n_words = words.len();
    // Title-case role phrases ("Business Developer") are found by the role pass.
    if roles
        .iter()
        .any(|(r, _)| r.first <= s.first && s.last <= r.last)
    {
        return None;
    }
    // Documents, policies and regions are not entities.
    if not_an_entity(ctx, s) {
        return None;
    }
    // Events are not entities; an event word opening the name counts too ("Encontro Nacional
    // da Rede …", "Conference of …").
    let opens_with_event = ctx
        .word_tokens(s)
        .first()
        .is_some_and(|&i| ctx.lex.is_cue(Cue::EventKeyword, ctx.folded(i)));
    if opens_with_event && ctx.word_count(s) >= 3 {
        return None;
    }
    // Events are not entities.
    if ends_with_cue(ctx, s, Cue::EventKeyword)
        || (has_cue(ctx, s, Cue::EventKeyword) && !has_cue(ctx, s, Cue::OrgKeyword))
    {
        return None;
    }
    // "la Ville d'Ajaccio": the town's word, then a link elided onto the town's name.
    if words.len() == 2
        && MUNICIPAL_OPENERS.contains(&ctx.folded(words[0]))
        && elided_link(ctx, words[1])
    {
        let town = ctx.tx(words[1]);
        let f = fold(town);
        if !lex.cities_for(&f).is_empty() || lexicon::small_place(&f) {
            return Some((EntityKind::City, town.to_string()));
        }
    }
    // "City of Porto" names the city.
    for prefix in [
        "city of ",
        "municipality of ",
        "town of ",
        "ville de ",
        "ciudad de ",
        "cidade de ",
        "citta di ",
        "stadt ",
        "comune di ",
        "gemeente ",
        "stad ",
        "alcaldia de ",
        "prefeitura de ",
        // "Município de Viseu", "Commune de Pepinster": the municipality, as "Municipality of".
        "municipio de ",
        "commune de ",
        "landeshauptstadt ",
        "partnerstadt ",
        "hansestadt ",
        "kreisstadt ",
        "grosse kreisstadt ",
        "grossen kreisstadt ",
        "gemeinde ",
        "marktgemeinde ",
    ] {
        if let Some(rest) = folded.strip_prefix(prefix) {
            // The town word vouches for a town too small for the gazetteer ("der Stadt
            // Gudensberg", "der Großen Kreisstadt Torgau").
            if !lex.cities_for(rest).is_empty() || lexicon::small_place(rest) {
                let skip = prefix.split(' ').filter(|w| !w.is_empty()).count();
                let first = words.get(skip).copied()?;
                return Some((
                    EntityKind::City,
                    ctx.text[ctx.toks[first].start..s.end].to_string(),
                ));
            }
        }
    }
    // "Pokhara Metropolitan City": the town.
    for suffix in [
        " metropolitan city",
        " sub-metropolitan city",
        " municipality",
        // Danish and Norwegian: "Aarhus Kommune".
        " kommune",
    ] {
        if let Some(town) = folded.strip_suffix(suffix) {
            if !lex.cities_for(town).is_empty() && lex.cities_for(folded).is_empty() {
                let last = words
                    .get(town.split(' ').count().checked_sub(1)?)
                    .copied()?;
                return Some((
                    EntityKind::City,
                    ctx.text[s.start..ctx.toks[last].end].to_string(),
                ));
            }
        }
    }
    // "Oberlandesgerichts Graz", "Österreichischen Richtervereinigung": a German compound
    // ending in a body's word, with a place or an adjective.
    let german_body = ctx.seg.lang == crate::segment::Lang::De
        && n_words >= 2
        && words
            .iter()
            .position(|&i| roles::german_body_compound(ctx.folded(i)))
            .is_some_and(|p| {
                let adjective = |i: &usize| roles::german_inflected(ctx.folded(*i));
                (p == 0 && n_words == 2)
                    || (p == n_words - 1 && words[..p].iter().all(adjective))
                    // "Bundesbildungszentrum des Deutschen Dachdeckerhandwerks"
                    || (p == 0 && matches!(ctx.folded(words[1]), "des" | "der"))
            })
        // "Emil-Kraus-Werkstätten": a hyphened name ending in a body's word.
        || words.last().is_some_and(|&i| hyphened_body_tail(ctx, i, s.first))
        // "Nationaal Vlechtmuseum", "Kennisinstituut Begrazing": a Dutch compound ending in a
        // body's word, first or last of two or three words.
        || ctx.seg.lang == crate::segment::Lang::Nl
            && (2..=3).contains(&n_words)
            && words
                .iter()
                .position(|&i| roles::dutch_body_compound(ctx.folded(i)))
                .is_some_and(|p| p == n_words - 1 || p == 0 && n_words == 2);
    // "the Thematic Network Coordinator", "Smart City Project Director": a title-cased job
    // title ends in its head, a body's name does not ("Office of the High Commissioner").
    let title_cased_role = n_words >= 2
        && !has_cue(ctx, s, Cue::OrgSuffix)
        && (s.first..s.last)
            .all(|i| ctx.toks[i].kind != TokenKind::Word || is_capitalised(ctx.tx(i)))
        && words.last().is_some_and(|&i| {
            // The stem, without a possessive: "the Chief Executive's report".
            let f = ctx.stem(i);
            // "Chief Executive" is a title, "Health and Safety Executive" a body.
            let title_words = || {
                words.iter().all(|&w| {
                    let f = ctx.stem(w);
                    lex.is_cue(Cue::RoleModifier, f) || lex.is_cue(Cue::RoleHead, f)
                })
            };
            lex.is_cue(Cue::RoleHead, f) && (!lex.is_cue(Cue::OrgKeyword, f) || title_words())
        });
    if title_cased_role && !german_body {
        return None;
    }
    // "C40 Cities", "A2A Energia": a code of capitals and digits opens no person's or place's
    // name.
    if n_words >= 2 && !in_heading && is_code_name(ctx.tx(words[0])) {
        return Some((EntityKind::Organisation, name));
    }
    // "La Chaux-de-Fonds": a town's whole name, unambiguous, that holds a body's word.
    if n_words >= 2
        && has_cue(ctx, s, Cue::OrgKeyword)
        && !lex.is_region(folded)
        && lex.cities_for(folded).iter().any(|c| !c.ambiguous)
    {
        return Some((EntityKind::City, name));
    }
    if german_body || has_cue(ctx, s, Cue::OrgKeyword) || has_cue(ctx, s, Cue::OrgSuffix) {
        if in_heading && n_words > 3 {
            return None;
        }
        // "Hochschule", "Comune", "Fundación" alone are common nouns, not names; so are
        // "NGO" and "SME" alone ("works for an NGO in Beirut", "plusieurs ONG"), which before
        // a name ("l'ONG Solidarité Sahel Santé") still tell that the name is a body.
        let ngo = matches!(folded, "ngo" | "ngos" | "ong" | "ongs");
        if n_words == 1 && (!is_acronym(&name) || ngo || is_generic_acronym(&name)) {
            return None;
        }
        return Some((EntityKind::Organisation, name));
    }
    // "Vandermolen & Zonen", "Tan Pillai & Co", "Hearth & Grain": names joined by "&" name a
    // firm, unless they list fields ("Research & Development").
    // Spaced: "Q&A" and "R&D" are no firms.
    let firm = (s.first + 1..s.last.saturating_sub(1)).any(|i| {
        ctx.tx(i) == "&"
            && ctx.toks[i - 1].end < ctx.toks[i].start
            && is_capitalised(ctx.tx(i - 1))
            && is_capitalised(ctx.tx(i + 1))
    }) && !words.iter().all(|&i| {
        let f = ctx.folded(i);
        field_word(f) || roles::field_noun(f, lex) || f == "&"
    });
    if firm && !in_heading {
        return Some((EntityKind::Organisation, name));
    }
    // "Butte County", "Cuneo Province": the area, not the town.
    let area_after = ctx.after(s, 0).is_some_and(|i| {
        matches!(
            ctx.folded(i),
            "county"
                | "province"
                | "provinces"
                | "region"
                | "regions"
                | "district"
                | "districts"
                | "oblast"
                | "prefecture"
                | "borough"
                | "shire"
                | "canton"
                | "metropolitan"
        )
    });
    let area_before = ctx.prev_word(s, 1).is_some_and(|w| {
        matches!(
            w,
            "provincia"
                | "province"
                | "distrito"
                | "district"
                | "county"
                | "region"
                | "regione"
                | "comarca"
                | "landkreis"
                | "kreis"
                | "departement"
                | "département"
        )
    }) || (ctx.prev_word(s, 2).is_some_and(|w| {
        matches!(
            w,
            "provincia" | "province" | "distrito" | "district" | "regione" | "kreis"
        )
    }) && ctx
        .prev_word(s, 1)
        .is_some_and(|w| matches!(w, "di" | "de" | "of" | "du")));
    if area_after || area_before {
        return None;
    }
    // German nouns are capitalised, towns take no article: "in einer Halle", "mehr Mut".
    let german_noun = ctx.seg.lang == crate::segment::Lang::De
        && n_words == 1
        && ctx.prev_word(s, 1).is_some_and(|w| {
            GERMAN_ARTICLES.contains(&w)
                || matches!(w, "kein" | "keine" | "keiner" | "mehr" | "viel" | "wenig")
        });
    // "nach Ende der Förderung": a German noun before its genitive complement.
    let genitive_after = ctx.seg.lang == crate::segment::Lang::De
        && n_words == 1
        && ctx.prev_word(s, 1).is_some()
        && ctx
            .after(s, 0)
            .is_some_and(|i| matches!(ctx.tx(i), "der" | "des"));
    // "jede neue Halle", "bis Ende 2027": after an adjective or a preposition of time, a word
    // the text writes after an article elsewhere ("die Halle", "Am Ende") is that noun ("aus
    // Essen" is the town, "beim Essen" the meal).
    let german_noun = german_noun
        || ctx.seg.lang == crate::segment::Lang::De
            && n_words == 1
            && ctx.prev_word(s, 1).is_some_and(|w| {
                matches!(w, "bis" | "seit" | "ab" | "vor")
                    || roles::german_inflected(w) && !ctx.seg.lang.is_stop_word(w)
            })
            && s.first > 0
            && !is_capitalised(ctx.tx(s.first - 1))
            && after_article_elsewhere(ctx, s.first);
    // An acronym is no common noun: "die GIZ", "bei der KfW".
    let acronym = is_acronym(&name) || mixed_case_acronym(&name);
    if (german_noun || genitive_after) && !acronym {
        return None;
    }
    // Cities. A town written in capitals is an acronym, but where a dateline opens the text
    // ("EUGENE, Ore. —"): "ILO" (Ilo, Peru) is the International Labour Organization.
    let dateline_like =
        s.sentence_initial && matches!(ctx.next_tok(s, 0), Some("," | "–" | "—" | "-" | "(" | ":"));
    let capitals = n_words == 1 && is_acronym(&name) && name.len() >= 3 && !dateline_like;
    // "Depuis Montréal, au Québec": French names a region with "au", a town with "à".
    let french_region = ctx.seg.lang == crate::segment::Lang::Fr
        && matches!(ctx.prev_word(s, 1), Some("au" | "aux"))
        && (lex.is_region(folded) || lex.regions_named(folded).next().is_some());
    if french_region
        || region_after_its_town(ctx, s, spans, k, folded)
        || region_of_the_text(ctx, folded, doc_countries)
    {
        return None;
    }
    // "„Wer im ersten Semester …": a function word of the text's language names no town;
    // "im Forum in Halle 3", "Sala 2": a word before a room's number is a room.
    // Only a word for a room: "In Kisumu 12 nurses were trained" names the town.
    let numbered = matches!(
        folded,
        "halle"
            | "hall"
            | "sala"
            | "salle"
            | "saal"
            | "zaal"
            | "aula"
            | "room"
            | "pavilion"
            | "padiglione"
            | "pavillon"
            | "gate"
            | "stand"
    ) && ctx.after(s, 0).is_some_and(|t| {
        ctx.toks[t].kind == TokenKind::Number && ctx.tx(t).len() <= 2
            // "Salle des fêtes", "Sala de juntas": or a lower-case complement.
            || lower_case_complement(ctx, s)
    });
    let interrogative = matches!(
        folded,
        "wer" | "wen" | "wem" | "wessen" | "waar" | "wanneer"
    );
    if n_words == 1 && (ctx.seg.lang.is_stop_word(folded) || interrogative || numbered) {
        return None;
    }
    // "the Andes", "los Andes": a definite article before one word names a range, island
    // group or region named like a small town, not the town ("the Hague" is written so).
    // Dutch "de" is the article of every gender ("in de Andes").
    let articled = n_words == 1
        && ctx.prev_word(s, 1).is_some_and(|w| {
            (matches!(w, "the" | "los" | "las" | "les" | "gli" | "os")
                || (w == "de" && ctx.seg.lang == crate::segment::Lang::Nl))
                && lex.cities_for(&format!("{w} {folded}")).is_empty()
        })
        && ctx.before(s, 1).is_some_and(|i| !is_capitalised(ctx.tx(i)))
        // Not a town named to qualify a noun: "the Fleetwood end", "the Mumbai–Ahmedabad line",
        // "the Hamilton-based trial".
        && ctx.after(s, 0).is_none_or(|i| match ctx.toks[i].kind {
            TokenKind::Word => ctx.seg.lang.is_stop_word(ctx.folded(i)),
            _ => !matches!(ctx.tx(i), "-" | "–" | "—" | "/"),
        });
    // "il cantiere Santa Maria", "el barco San Telmo": in a Romance language a name apposed to
    // a common noun after an article names that thing (a yard, a boat, a farm), not a town; a
    // town word so placed ("la città Roma") still names the town.
    let apposed_to_noun = ctx.seg.lang.postposes_adjectives()
        && ctx.before(s, 1).is_some_and(|i| {
            let f = ctx.folded(i);
            ctx.toks[i].kind == TokenKind::Word
                && !is_capitalised(ctx.tx(i))
                && f.chars().count() > 3
                && !TOWN_SET.contains(f)
                && !ctx.seg.lang.is_stop_word(f)
                && !lex.is_cue(Cue::Locative, f)
                && !lex.is_cue(Cue::RoleHead, f)
                && ctx
                    .prev_word(s, 2)
                    .is_some_and(|w| article_of(ctx.seg.lang, w))
        });
    if let Some(ci) =
        best_city(ctx, folded, doc_countries).filter(|_| !capitals && !articled && !apposed_to_noun)
    {
        let form = town_forms(lex, folded)
            .iter()
            .find(|f| f.city == ci)
            .copied();
        let city = &lex.cities[ci as usize];
        let ambiguous = form.is_some_and(|f| f.ambiguous);
        let month = n_words == 1 && lex.is_cue(Cue::Month, folded);
        let cue = city_cue(ctx, s, spans, k, doc_countries, &city.cc);
        // "Chicago's South Side": a possessive ends the name; the name after is another.
        let person_like = n_words == 1 && !s.possessive && next_is_name(ctx, s);
        if ambiguous && employer_slot(ctx, s) && roles.iter().any(|(r, _)| r.last + 1 == s.first) {
            return None; // left to the affiliation slot: "principal engineer at Orange"
        }
        // A heading or list label that is just the town, or "Town (Country)", names it:
        // "Genève (Suisse)", "**Nice** : …".
        let sentence = &ctx.seg.sentences[s.sentence];
        let label = {
            let rest = &ctx.text[s.end..sentence.end];
            let rest = rest.trim_start_matches(['*', '_', ' ']);
            s.start == sentence.start
                && (rest.is_empty()
                    || rest.starts_with(':')
                    || rest.starts_with('(')
                    || rest.starts_with('–'))
        };
        // "… reúne 14 parceiros em Évora": a town after a locative in a sentence-case heading.
        let locative = ctx
            .prev_word(s, 1)
            .is_some_and(|w| lex.is_cue(Cue::Locative, w) && !is_capitalised(ctx.tx(s.first - 1)));
        let heading_ok = !in_heading
            || (label && (cue >= 2 || !ambiguous))
            || (locative && !ambiguous)
            // "Nice, France, 9 November": a dateline with its country names an ambiguous town.
            || (dateline(ctx, s) && (!ambiguous || cue >= 3));
        let label_ok = label && !month && (cue >= 2 || (!ambiguous || city.population >= BIG_CITY));
        let accept = !person_like
            && heading_ok
            && (label_ok
                || match (ambiguous || month, cue) {
                    (false, c) => {
                        !s.sentence_initial
                            || n_words > 1
                            || c > 0
                            || (city.population >= 1_000_000 && !lex.is_given_name(folded))
                    }
                    (true, c) if month => c >= 3,
                    (true, c) => {
                        c >= 2 || (c >= 1 && city.population >= BIG_CITY && !s.sentence_initial)
                    }
                });
        if accept {
            return Some((EntityKind::City, name));
        }
        return None;
    }
    if in_heading {
        return None;
    }
    // "the French town of Mouans-Sartoux", "la ville de Bollène", "no concelho de Reguengos de
    // Monsaraz": a town word names what follows, even a town too small for the gazetteer.
    // "Mayor Carla Dumont of Hope", "le maire de Saint-Agrève": the place a mayor is mayor
    // of is a town, even one too small for the gazetteer.
    if n_words <= 3
        && !is_acronym(&name)
        && !words.iter().any(|&i| {
            lex.is_cue(Cue::OrgKeyword, ctx.folded(i)) || lex.is_cue(Cue::OrgSuffix, ctx.folded(i))
        })
        && mayor_of(ctx, s, spans, roles)
    {
        return Some((EntityKind::City, name));
    }
    if n_words <= 4 && town_word_before(ctx, s) {
        return Some((EntityKind::City, name));
    }
    if hyphened_town(&name) {
        return Some((EntityKind::City, name));
    }
    // A town below the gazetteer's size counts where the text places it ("in Mallow", "Zermatt
    // (Switzerland)", "Bury, Rawtenstall and Bacup"); at the start of a sentence, where a
    // surname stands ("Aguilar described"), or named like a person, only with two cues ("in
    // Hope" in a text that names the United States), and named like a month with three.
    // "il sindaco di Feltre Paolo Perenzin": the name after is the holder of the town's role.
    let town_of_role = || {
        role_link_before(ctx, s.first, roles)
            || (elided_link(ctx, s.first) && roles.iter().any(|(r, _)| r.last == s.first))
    };
    // Up to six words: "Vila Real de Santo António".
    if n_words <= 6
        && (!is_acronym(&name) || caps_dateline(ctx, s))
        && (!next_is_name(ctx, s) || town_of_role())
    {
        // A village (under 5,000 people) needs one cue more in German, which capitalises
        // every noun ("in Schulen und Sportvereinen").
        let german = ctx.seg.lang == crate::segment::Lang::De;
        let place = lexicon::town(folded).map(|t| (t, 0)).or_else(|| {
            // "the Guildhall", "de la cabane de Moiry", "las Casas": after an article, a
            // building's or a street's name.
            let article = ctx
                .prev_word(s, 1)
                .is_some_and(|w| article_of(ctx.seg.lang, w));
            lexicon::village(folded)
                .filter(|_| !article)
                .map(|t| (t, u32::from(german)))
        });
        if let Some((town, extra)) = place {
            // A dateline ("Pontresina, 9. Oktober 2024 –") places even a German village.
            let extra = if dateline(ctx, s) { 0 } else { extra };
            let weak = s.sentence_initial || ctx.given_name(s.first);
            let need = extra
                + if lex.is_cue(Cue::Month, folded) {
                    3
                } else if weak {
                    2
                } else {
                    1
                };
            let cues = city_cue(ctx, s, spans, k, doc_countries, town.cc)
                + u32::from(elided_link(ctx, s.first) && town_of_role());
            // "grants through the Talent for Tomorrow …": a town named like an English word
            // needs the text to place it ("in Wick"); its country named somewhere is not enough.
            let placed = !town.word || cues > u32::from(doc_countries.contains(town.cc));
            if cues >= need && placed {
                return Some((EntityKind::City, name));
            }
        }
    }
    // "Karasjok (Norway)", "Hallstatt, Austria,", "Kaub, in Duitsland": a name the gazetteer
    // does not know, placed in a country by the text, is a town; not a person's name nor a
    // body's ("Voltaro GmbH (Germany)", "Kanazawa University, Japan").
    if n_words <= 3
        && !is_acronym(&name)
        // "maestro d'ascia di Betina, in Croazia": after "from", a word named like a given
        // name and placed in a country is the town.
        && (!ctx.given_name(s.first)
            || n_words == 1
                && ctx.prev_word(s, 1).is_some_and(|w| {
                    matches!(w, "from" | "di" | "da" | "de" | "du" | "do" | "aus" | "van")
                }))
        && !next_is_name(ctx, s)
        && placed_in_country(ctx, s, spans, k)
        && !(s.first..s.last).any(|i| {
            let f = ctx.folded(i);
            lex.is_cue(Cue::OrgKeyword, f)
                || lex.is_cue(Cue::OrgSuffix, f)
                || lex.is_cue(Cue::EventKeyword, f)
                || lex.is_cue(Cue::RoleHead, f)
                || lex.country_for(f).is_some()
                || natural_feature(f)
                // "Agrosol di Almería (Spagna)": a body named after its town; "Venu de
                // Zermatt (Suisse)": a verb opening the sentence before the town.
                || (i > s.first && is_town(lex, f))
        })
    {
        return Some((EntityKind::City, name));
    }
    // "JOD 1.2 million", "USD 50,000": a code before an amount is its currency or unit.
    let before_amount = ctx
        .after(s, 0)
        .is_some_and(|t| ctx.toks[t].kind == TokenKind::Number);
    // Acronyms alone are organisations.
    if n_words == 1
        && (is_acronym(&name) || mixed_case_acronym(&name))
        && name.chars().count() <= 8
        && !is_generic_acronym(&name)
        && !(before_amount && name.len() == 3)
    {
        return Some((EntityKind::Organisation, name));
    }
    if n_words == 1 && is_code_name(&name) && code_name_employer(ctx, s, spans, roles) {
        return Some((EntityKind::Organisation, name));
    }
    // "Erasmus+", "Canal+": a plus sign glued to a word names a programme or a firm ("LGBTQ+",
    // in capitals, names a group).
    if n_words == 1 && name.ends_with('+') && name.chars().any(char::is_lowercase) {
        return Some((EntityKind::Organisation, name));
    }
    // "hosted by MainFM", "organizzato da Legambiente": one word that organises, hosts or
    // funds is a body, when it names no person or place.
    if n_words == 1
        && made_by(ctx, s)
        && !ctx.given_name(s.first)
        && !has_cue(ctx, s, Cue::EventKeyword)
        && lex.country_for(folded).is_none()
        && !lex.is_region(folded)
        && !is_town(lex, folded)
    {
        return Some((EntityKind::Organisation, name));
    }
    // "à Montreuil-Bellay": after a locative, one hyphened word that starts with a town's
    // name is a town, not a body named after a place.
    let glued = (s.first + 1..s.last).all(|i| ctx.toks[i].start == ctx.toks[i - 1].end);
    if n_words >= 2
        && glued
        && words.iter().all(|&i| is_capitalised(ctx.tx(i)))
        && ctx
            .prev_word(s, 1)
            .is_some_and(|w| lex.is_cue_in(Cue::Locative, w, ctx.seg.lang))
        && {
            let f = ctx.folded(s.first);
            is_town(lex, f)
        }
        && !lex.is_region(folded)
    {
        return Some((EntityKind::City, name));
    }
    // Names with an acronym inside ("DG GROW"), or a place with other words ("Infrastructure
    // Canada", "UK Research and Innovation") are organisations.
    if n_words >= 2 {
        let has_acronym = words
            .iter()
            .any(|&i| is_acronym(ctx.tx(i)) && !is_generic_acronym(ctx.tx(i)));
        let has_place = words.iter().any(|&i| {
            let f = ctx.folded(i);
            lex.country_for(f).is_some() || CONTINENTS.contains(&f) || lex.unambiguous_city(f)
        });
        // A place inside a longer phrase joined by particles ("Sistemas de Información de
        // Lisboa") is a complement, not a name.
        // English names a body for its place: "Transport for London", "Code for Sacramento".
        let has_particle = (s.first..s.last)
            .any(|i| ctx.toks[i].kind == TokenKind::Word && !is_capitalised(ctx.tx(i)))
            && !(ctx.seg.lang == crate::segment::Lang::En
                && words.len() == 3
                && ctx.tx(words[1]) == "for");
        // "Kaito Yamashita", "Adjoua Koffi-Yao": a town's name after an unknown word may be
        // a surname; the other word must be a common one ("Infrastructure Canada").
        let surname_town = !has_acronym
            && words.iter().all(|&i| {
                let f = ctx.folded(i);
                lex.country_for(f).is_none()
                    && !CONTINENTS.contains(&f)
                    && (lex.unambiguous_city(f)
                        || !lexicon::english_word(f)
                            && !lex.is_cue(Cue::OrgKeyword, f)
                            && !field_word(f)
                            // "Rijksuniversiteit Groningen", "StädteRegion Aachen": a
                            // compound ending in a body's word, or a capital inside.
                            && !f.char_indices().any(|(p, _)| {
                                p > 0 && f.len() - p >= 5 && lex.is_cue(Cue::OrgKeyword, &f[p..])
                            })
                            && !ctx.tx(i).chars().skip(1).any(char::is_uppercase))
            });
        if (has_acronym || (has_place && !has_particle && !surname_town)) && !s.sentence_initial {
            return Some((EntityKind::Organisation, name));
        }
    }
    None
}

/// The full name of a known person whose trailing words this name is ("Rasmussen",
/// "Van der Linde", "Silva Pereira").
fn surname_of(name: &str, people: &[(String, String)]) -> Option<String> {
    let name_f = fold(strip_possessive(name).0);
    if name_f.is_empty() {
        return None;
    }
    // "R. Chauhan" after "Ravi Chauhan": an initial and the surname name the person again,
    // when that person's name opens with the initial (and not with initials of its own).
    let (tail, initial) = match name_f
        .split_once(". ")
        .filter(|(i, _)| i.len() <= 5 && i.chars().all(|c| c.is_alphabetic() || c == '.'))
    {
        Some((initials, rest)) => (rest, initials.chars().next()),
        None => (name_f.as_str(), None),
    };
    people
        .iter()
        .filter(|(pf, _)| {
            pf.len() > tail.len()
                && pf.ends_with(tail)
                && pf.as_bytes()[pf.len() - tail.len() - 1] == b' '
                && initial.is_none_or(|c| {
                    pf.starts_with(c) && !pf.split(' ').next().is_some_and(|g| g.contains('.'))
                })
        })
        .max_by_key(|(_, p)| p.len())
        .map(|(_, p)| p.clone())
}

/// Words for people named by their group ("Representatives of …", "colleagues at …"): the
/// lexicon's generic groups and a few more that are no attendees.
fn group_word(ctx: &Ctx, f: &str) -> bool {
    ctx.lex.is_cue(Cue::GenericGroup, f)
        || matches!(
            f,
            "staff" | "employees" | "workers" | "volunteers" | "officials"
        )
}

/// "Staff of the Wellcome Trust joined": a group's word capitalised to open the sentence, then
/// "of" or "at", is no part of the body's name after it.
fn group_before_body(ctx: &Ctx, spans: &mut [Span]) {
    for sp in spans.iter_mut() {
        let s = &mut sp.s;
        if !s.sentence_initial
            || s.last < s.first + 3
            || !group_word(ctx, ctx.folded(s.first))
            || !matches!(ctx.folded(s.first + 1), "of" | "at")
        {
            continue;
        }
        let mut first = s.first + 2;
        if ctx.folded(first) == "the" && first + 1 < s.last {
            first += 1;
        }
        s.first = first;
        s.start = ctx.toks[first].start;
        s.sentence_initial = false;
    }
}

/// "from Glasgow, Stirling, Perth and the Lothians": a town's name in a list of places is the
/// town, though a person in the text bears it as a surname ("Graham Stirling").
fn listed_town(ctx: &Ctx, spans: &[Span], folds: &[String], k: usize) -> bool {
    let s = &spans[k].s;
    let place = |j: usize| is_town(ctx.lex, &folds[j]) || country_of(ctx, &spans[j].s).is_some();
    let joins = |i: usize| {
        matches!(
            ctx.folded(i),
            "," | "and" | "et" | "y" | "e" | "und" | "en" | "or"
        )
    };
    if ctx.word_count(s) != 1 || !is_town(ctx.lex, &folds[k]) {
        return false;
    }
    let before = ctx
        .before(s, 1)
        .filter(|&i| joins(i))
        .is_some_and(|i| spans.iter().position(|o| o.s.last == i).is_some_and(place));
    // "des bars d'Amboise et de Chinon": the next town may keep its preposition.
    let after = ctx.after(s, 0).filter(|&i| joins(i)).is_some_and(|i| {
        let first = if i + 2 < ctx.toks.len()
            && matches!(
                ctx.folded(i + 1),
                "de" | "d'" | "di" | "da" | "in" | "a" | "en" | "at"
            ) {
            i + 2
        } else {
            i + 1
        };
        spans
            .iter()
            .position(|o| o.s.first == first)
            .is_some_and(place)
    });
    before || after
}

/// Whether `letters` are the first letters of the words of `name` ("NC" of "Naomi Clarke").
fn initials_are(name: &str, letters: &str) -> bool {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .eq(letters.chars())
}

/// "friends in Camden, New Jersey", "come a Milano", "desde Burgos": after a preposition of
/// place, a town's name is the town, though a person in the text bears it as a surname.
fn town_after_preposition(ctx: &Ctx, s: &NameSpan, folded: &str) -> bool {
    let english = ctx.seg.lang == crate::segment::Lang::En;
    // "one at Braddock's workshop": the owner's, not the town.
    ctx.word_count(s) == 1
        && !s.possessive
        && ctx.prev_word(s, 1).is_some_and(|w| match w {
            "in" | "at" | "near" => true,
            // English "a" is an article ("a Camden resident").
            "a" | "en" | "em" | "im" | "nach" | "naar" | "desde" | "dans" | "te" => !english,
            _ => false,
        })
        && (is_town(ctx.lex, folded) || lexicon::village(folded).is_some())
}

fn honorific_before(ctx: &Ctx, s: &NameSpan) -> bool {
    let Some(i) = ctx.before(s, 1) else {
        return false;
    };
    let i = if ctx.tx(i) == "." {
        ctx.before(s, 2).unwrap_or(i)
    } else {
        i
    };
    ctx.toks[i].kind == TokenKind::Word && ctx.is_title(i)
}

/// "Rajesh Kulkarni (Ahmedabad Municipal Corporation)": a name followed by its organisation in
/// parentheses.
fn body_in_parentheses_after(ctx: &Ctx, s: &NameSpan) -> bool {
    let Some(open) = ctx.after(s, 0).filter(|&i| ctx.tx(i) == "(") else {
        return false;
    };
    // Only in programme and speaker lists: the name opens an item or follows a dash or colon.
    let listed = ctx
        .before(s, 1)
        .is_none_or(|i| matches!(ctx.tx(i), "–" | "—" | "-" | ":" | "•"));
    if ctx.word_count(s) > 3 {
        return false;
    }
    let range = ctx.range(s);
    let close = (open + 1..range.end.min(open + 12)).find(|&k| ctx.tx(k) == ")");
    // In running text, a body's word in the parentheses, after a word of the sentence
    // ("Then Kaito Yamashita (Toyama Glass Studio) did a demo").
    close.is_some_and(|c| {
        (open + 1..c).any(|k| {
            let t = ctx.tx(k);
            ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(k))
                || listed && is_acronym(t) && !is_generic_acronym(t)
        }) && (listed
            || ctx.before(s, 1).is_some_and(|i| {
                ctx.toks[i].kind == TokenKind::Word && !is_capitalised(ctx.tx(i))
                    || s.first > 0 && ctx.opens_sentence(s.first - 1)
            }))
    })
}

/// "Kasia Nowak (head brewer, Little Yard Brewery)": a role that fills the opening of the
/// parentheses after a name, up to a comma or their close, says the name is a person's.
fn role_in_parentheses_after(ctx: &Ctx, s: &NameSpan, roles: &[(RoleSpan, usize)]) -> bool {
    let Some(open) = ctx.after(s, 0).filter(|&i| ctx.tx(i) == "(") else {
        return false;
    };
    ctx.word_count(s) <= 3
        && roles.iter().any(|(r, _)| {
            r.first == open + 1 && r.last < ctx.toks.len() && matches!(ctx.tx(r.last), "," | ")")
        })
}

/// Words after a role that lead to where it is held ("engineer at", "ingénieure chez").
const EMPLOYER_LINKS: &[&str] = &["at", "@", "chez", "bij", "bei", "beim", "presso"];

/// After "at" or "chez": where someone works, a body more often than a town when the name is
/// also a word ("principal engineer at Orange").
fn employer_slot(ctx: &Ctx, s: &NameSpan) -> bool {
    ctx.before(s, 1)
        .is_some_and(|i| EMPLOYER_LINKS.contains(&ctx.folded(i)))
}

/// Whether token `i` is the text's preposition "in" ("en", "à", "em"): Dutch "en" is "and",
/// German "in" before a name is rare after a role, so those two languages have none.
fn locative(ctx: &Ctx, i: usize) -> bool {
    use crate::segment::Lang;
    match ctx.seg.lang {
        Lang::Es => ctx.folded(i) == "en",
        // Folding drops the accent: "à" is the preposition, "a" the verb ("Marie a …").
        Lang::Fr => ctx.folded(i) == "en" || matches!(ctx.tx(i), "à" | "À"),
        Lang::Pt => ctx.folded(i) == "em",
        Lang::It | Lang::En => ctx.folded(i) == "in",
        _ => false,
    }
}

/// "According to Peter Hall, the director of the agency will step down": the role after the
/// comma is the subject of a verb that follows before any punctuation, not an apposition.
fn opens_clause(ctx: &Ctx, from: usize, end: usize) -> bool {
    (from..end.min(from + 8))
        .take_while(|&k| {
            ctx.toks[k].kind != TokenKind::Punct
                && !matches!(
                    ctx.folded(k),
                    "who" | "which" | "that" | "qui" | "que" | "che" | "die"
                )
        })
        .any(|k| {
            let w = ctx.folded(k);
            matches!(
                w,
                "will"
                    | "would"
                    | "has"
                    | "have"
                    | "had"
                    | "is"
                    | "was"
                    | "can"
                    | "could"
                    | "must"
                    | "should"
                    | "wird"
                    | "hat"
                    | "ist"
                    | "zal"
                    | "heeft"
                    | "va"
                    | "sera"
                    | "ha"
                    | "sara"
                    | "tiene"
                    | "tem"
            ) || ctx.lex.is_cue(Cue::SpeechVerb, w)
                || ctx.lex.is_cue(Cue::PresentationVerb, w)
        })
}

/// "“…,” John Higgins, the Lab's moderator concluded.": a speech verb right after the role
/// that ends the sentence, in a sentence quoting someone, attributes the quote to the name; it
/// opens no clause of its own.
fn quote_attribution(ctx: &Ctx, start: usize, name: usize, verb: usize, end: usize) -> bool {
    verb < end
        && ctx.lex.is_cue(Cue::SpeechVerb, ctx.folded(verb))
        && (verb + 1 == end || matches!(ctx.tx(verb + 1), "." | "!" | ";"))
        && (start..name).any(|k| quote_mark(ctx, k, false))
}

/// The token after the name, past a short parenthesis followed by a comma ("Chidi Okafor
/// ('98), …"), or right after it.
fn after_parenthesis(ctx: &Ctx, s: &NameSpan) -> usize {
    let end = ctx.range(s).end;
    let i = s.last;
    if i < end && ctx.tx(i) == "(" {
        if let Some(close) = (i + 1..end.min(i + 8)).find(|&k| ctx.tx(k) == ")") {
            if close + 1 < end && ctx.tx(close + 1) == "," {
                return close + 1;
            }
        }
    }
    i
}

/// "the URBACT programme", "the Erasmus+ programme", "le programme Action cœur de ville", "el
/// proyecto Barrios Vivos": a name with a word for a programme, project, network or initiative
/// names one (the annotation rules count named programmes as organisations). English puts
/// the word after the name, the Romance languages before it.
fn named_programme(ctx: &Ctx, s: &NameSpan) -> bool {
    const KINDS: &[&str] = &[
        "programme",
        "program",
        "project",
        "initiative",
        "accelerator",
        "incubator",
        "network",
        "partnership",
        "alliance",
        "coalition",
        "consortium",
        "projet",
        "reseau",
        "programa",
        "proyecto",
        "red",
        "iniciativa",
        "projeto",
        "rede",
        "programma",
        "progetto",
        "rete",
        "iniziativa",
        "programm",
        "projekt",
        "netzwerk",
        "programa",
        "netwerk",
        "initiatief",
    ];
    let after = ctx
        .after(s, 0)
        .filter(|&i| ctx.toks[i].kind == TokenKind::Word && !is_capitalised(ctx.tx(i)));
    let before = ctx.before(s, 1).filter(|&i| {
        ctx.toks[i].kind == TokenKind::Word
            && !is_capitalised(ctx.tx(i))
            && ctx.seg.lang.postposes_adjectives()
    });
    let kind = |i: Option<usize>| i.is_some_and(|i| KINDS.contains(&ctx.folded(i)));
    (kind(after) || kind(before)) && !s.sentence_initial
}

/// "MvuaData, a Kigali-based start-up that sells …", "Ojà, a logistics company": a name that
/// an apposition with an indefinite article calls a kind of body is that body. The kind must
/// end the apposition ("Ana Lima, a cooperative member" is a person).
fn body_apposition(ctx: &Ctx, s: &NameSpan) -> bool {
    let end = ctx.range(s).end;
    // "Sile-Piave Ambiente, the public company that collects waste": "the" too, as the kind
    // must still end the phrase or open a clause ("Jane Roe, the company secretary" is no body).
    if ctx.next_tok(s, 0) != Some(",") || !matches!(ctx.next_tok(s, 1), Some("a" | "an" | "the")) {
        return false;
    }
    let mut i = s.last + 2;
    let limit = (i + 8).min(end);
    while i < limit {
        let t = ctx.tx(i);
        let f = ctx.folded(i);
        // "start-up", "co-operative": the kind may be hyphenated.
        let hyphened =
            i + 2 < end && ctx.tx(i + 1) == "-" && hyphenated_descriptor(f, ctx.folded(i + 2));
        let kind_end = if hyphened { i + 3 } else { i + 1 };
        if hyphened || (BODY_DESCRIPTORS.contains(&f) && !is_capitalised(t)) {
            return kind_end >= end
                || ctx.toks[kind_end].kind == TokenKind::Punct
                || matches!(
                    ctx.folded(kind_end),
                    "that"
                        | "which"
                        | "based"
                        | "from"
                        | "in"
                        | "with"
                        | "founded"
                        | "run"
                        | "set"
                        | "owned"
                );
        }
        // Lower-case words, hyphens and a town before "-based" describe the kind.
        let describes = (ctx.toks[i].kind == TokenKind::Word && !is_capitalised(t))
            || t == "-"
            || (is_capitalised(t) && i + 1 < end && ctx.tx(i + 1) == "-");
        if !describes {
            return false;
        }
        i += 1;
    }
    false
}

/// Whether two folded words joined by a hyphen are a kind of body ("start-up").
fn hyphenated_descriptor(a: &str, b: &str) -> bool {
    BODY_DESCRIPTORS
        .iter()
        .any(|d| d.split_once('-') == Some((a, b)))
}

/// Common nouns that introduce a body's name: "the social enterprise Nova Nit", "la
/// coopérative de compostage Wend Panga", "the Glasgow engineering consultancy Kerr & MacLeod".
pub(crate) const BODY_DESCRIPTORS: &[&str] = &[
    "company",
    "firm",
    "consultancy",
    "cooperative",
    "co-operative",
    "enterprise",
    "startup",
    "start-up",
    "association",
    "ngo",
    "charity",
    "foundation",
    "nonprofit",
    "non-profit",
    "collective",
    "utility",
    "entreprise",
    "societe",
    "ong",
    "collectif",
    "compagnie",
    "fondation",
    "empresa",
    "cooperativa",
    "asociacion",
    "fundacion",
    "colectivo",
    "consultora",
    "compania",
    "azienda",
    "societa",
    "associazione",
    "fondazione",
    "impresa",
    "consorzio",
    "associacao",
    "fundacao",
    "bedrijf",
    "cooperatie",
    "vereniging",
    "stichting",
    "organisatie",
    "adviesbureau",
    "group",
    "network",
    "agency",
    "groupement",
    "reseau",
    "agence",
    "red",
    "agencia",
    "rete",
    "agenzia",
    "rede",
    "netwerk",
    // Businesses by their trade (folded): "restaurant Hoog & Droog", "the bakery Hearth &
    // Grain", "la librairie Le Failler".
    "restaurant",
    "bakery",
    "cafe",
    "bookshop",
    "bookstore",
    "brewery",
    "winery",
    "distillery",
    "publisher",
    "boulangerie",
    "librairie",
    "brasserie",
    "restaurante",
    "panaderia",
    "libreria",
    "editorial",
    "ristorante",
    "panificio",
    "cantina",
    "padaria",
    "livraria",
    "adega",
    "editora",
    "bakkerij",
    "boekhandel",
    "brouwerij",
    "uitgeverij",
    // Workshops and craft shops: "la pasticceria Dolce Maiella", "dell'atelier Hanamori".
    "atelier",
    "studio",
    "workshop",
    "pasticceria",
    "pasteleria",
    "pastelaria",
    "patisserie",
    "gelateria",
    "bottega",
    "fabrica",
    "queseria",
    "fromagerie",
    "caseificio",
    "ludotheque",
    "mediatheque",
];

/// A German noun that says what kind of business or club the name after it is ("des
/// Herstellers Ecovolt", "Werkstatt Flentrop", "des Familienunternehmens Rheinland
/// Pumpentechnik GmbH", "Verein Grüne Klassenzimmer"). Not the words that open a body's own
/// name ("Stiftung Warentest", "Gesellschaft für …").
fn german_descriptor(f: &str) -> bool {
    const TAILS: &[&str] = &[
        "unternehmen",
        "hersteller",
        "handler",
        "konzern",
        "dienstleister",
        "anbieter",
        "zulieferer",
        "betrieb",
        "startup",
    ];
    const WHOLE: &[&str] = &["verein", "werkstatt", "firma"];
    let is = |w: &str| WHOLE.contains(&w) || TAILS.iter().any(|t| w.ends_with(t));
    // The genitive: "Herstellers", "Vereins", "Unternehmens".
    is(f) || f.strip_suffix('s').is_some_and(is)
}

/// "des Herstellers Ecovolt", "Werkstatt Flentrop": German joins the capitalised descriptor
/// to the name after it; the name starts after it (see [`german_descriptor`]).
fn german_descriptors_off(ctx: &Ctx, out: &mut [Span]) {
    if ctx.seg.lang != crate::segment::Lang::De {
        return;
    }
    for sp in out.iter_mut() {
        let s = sp.s;
        if s.last >= s.first + 2
            && sp.title_role.is_none()
            && ctx.toks[s.first + 1].kind == TokenKind::Word
            && is_capitalised(ctx.tx(s.first + 1))
            && german_descriptor(ctx.folded(s.first))
        {
            sp.s = make_span(ctx, &s, s.first + 1, s.last);
            sp.s.sentence_initial = false;
        }
    }
}

/// How many tokens before `s` a body descriptor stands (1: right before), across up to two
/// lower-case words ("coopérative de compostage").
fn described_body(ctx: &Ctx, s: &NameSpan) -> Option<usize> {
    if s.sentence_initial {
        return None;
    }
    if ctx.seg.lang == crate::segment::Lang::De {
        // German writes the descriptor with a capital: "des Herstellers Ecovolt".
        let i = ctx.before(s, 1)?;
        return german_descriptor(ctx.folded(i)).then_some(1);
    }
    // "dell'agenzia Pietre Vive": the descriptor without its elided article.
    let descriptor = |i: usize| {
        let f = ctx.folded(i);
        let f = f.rsplit(['\'', '’']).next().unwrap_or(f);
        // "start-up": the tokeniser splits the hyphen off.
        let hyphenated = i >= 2
            && ctx.tx(i - 1) == "-"
            && !is_capitalised(ctx.tx(i - 2))
            && hyphenated_descriptor(ctx.folded(i - 2), f);
        // "woningcorporatie Stadsgoed": a Dutch compound ending in a kind of body.
        let dutch = ctx.seg.lang == crate::segment::Lang::Nl && roles::dutch_body_compound(f);
        // "a consultora Beatriz Nóbrega": Spanish and Portuguese "consultora" is also a woman
        // consultant, whom a given name tells.
        let consultant = f == "consultora" && ctx.given_name(s.first) && s.last >= s.first + 2;
        !consultant
            && ctx.toks[i].kind == TokenKind::Word
            && !is_capitalised(ctx.tx(i).rsplit(['\'', '’']).next().unwrap_or(""))
            && (BODY_DESCRIPTORS.contains(&f) || hyphenated || dutch)
    };
    (1..=3)
        .find_map(|n| {
            let i = ctx.before(s, n)?;
            let ok = (i + 1..s.first)
                .all(|k| ctx.toks[k].kind == TokenKind::Word && !is_capitalised(ctx.tx(k)))
                // "la coopérative de compostage X", not "his company performs in Shona".
                && (n == 1 || NAME_LINKS.contains(&ctx.folded(i + 1)));
            (ok && descriptor(i)).then_some(n)
        })
        // "now runs a logistics start-up, Ojà Express.": the name in apposition.
        .or_else(|| {
            let c = ctx.before(s, 1)?;
            let i = ctx.before(s, 2)?;
            let closed = ctx
                .after(s, 0)
                .is_none_or(|t| matches!(ctx.tx(t), "." | "," | ";"));
            (ctx.tx(c) == "," && descriptor(i) && closed).then_some(2)
        })
}

/// The kind of block a span stands in.
fn blocks_of(doc: &Document, seg: &Segmented, s: &NameSpan) -> BlockKind {
    doc.blocks[seg.sentences[s.sentence].block].kind
}

/// Nouns for companies before a name, written without an article in German and as plurals
/// ("des Herstellers Ecovolt", "das Start-up Binwise", "startups GridMint, …").
const COMPANY_NOUNS: &[&str] = &[
    "startup",
    "startups",
    "start-up",
    "start-ups",
    "scale-up",
    "spin-off",
    "spinoff",
    "hersteller",
    "herstellers",
    "anbieter",
    "anbieters",
    "unternehmens",
    "firma",
    "maschinenbauer",
    "maschinenbauers",
    "dienstleister",
    "dienstleisters",
    "softwarehaus",
    "softwarehauses",
];

/// A one-word company name, which nothing in its shape tells apart from a surname or a
/// town, in a company context: after a place and "-based" ("Aberdeen-based Hydrogenix"), a
/// start-up noun ("the vertical-farming start-up GreenStack", "des Herstellers Ecovolt"), or
/// a name in camel case opening a list item before a dash ("- GridMint – Adaeze Okonkwo").
fn company_context(ctx: &Ctx, s: &NameSpan, block: &BlockKind) -> bool {
    if company_described(ctx, s) {
        return true;
    }
    if person_shape(ctx, s.first, s.last, false) || ctx.word_count(s) > 3 {
        return false;
    }
    let dash_before = |p: usize| p >= 1 && ctx.tx(p - 1) == "-";
    let noun = ctx.before(s, 1).is_some_and(|p| {
        let f = ctx.folded(p);
        (f == "based" && dash_before(p))
            || COMPANY_NOUNS.contains(&f)
            || (matches!(f, "up" | "ups" | "off")
                && dash_before(p)
                && p >= 2
                && matches!(ctx.folded(p - 2), "start" | "scale" | "spin"))
    });
    let word = ctx.tx(s.first);
    let noun = noun || described_company_noun(ctx, s) || employed_by(ctx, s);
    let listed_brand = matches!(block, BlockKind::ListItem { .. })
        && s.sentence_initial
        && s.last == s.first + 1
        && strict_camel_case(word)
        && ctx
            .next_tok(s, 0)
            .is_some_and(|t| matches!(t, "–" | "—" | "-" | ":"));
    noun || listed_brand
}

/// A name with no known given name that the words around call a company: "the Bristol-based
/// ride operator Avon Skyrides" (a place and "-based", then a description), "the ferry operator
/// Northlink Ferries" (a plural of a trade's or service's word ends it). A title before the
/// name does not make a person of it then.
fn company_described(ctx: &Ctx, s: &NameSpan) -> bool {
    const PLURALS: &[&str] = &[
        "ferries",
        "rides",
        "ropeways",
        "airways",
        "airlines",
        "railways",
        "tours",
        "travels",
        "services",
        "systems",
        "solutions",
        "technologies",
        "foods",
        "farms",
        "motors",
        "studios",
        "labs",
        "networks",
        "wines",
        "nurseries",
        "bakeries",
        "cycles",
        "coaches",
        "cruises",
        "productions",
        "pictures",
        "records",
        "logistics",
        "analytics",
        "robotics",
        "energies",
        "homes",
        "holidays",
        "adventures",
        "boats",
        "narrowboats",
    ];
    if ctx.seg.lang != crate::segment::Lang::En || ctx.given_name(s.first) {
        return false;
    }
    let last = ctx.folded(s.last - 1);
    let plural = s.last > s.first + 1 && PLURALS.iter().any(|p| last.ends_with(p));
    let based = (2..=4).any(|k| {
        ctx.before(s, k).is_some_and(|p| {
            p >= 1
                && ctx.folded(p) == "based"
                && ctx.tx(p - 1) == "-"
                && (p + 1..s.first)
                    .all(|i| ctx.toks[i].kind == TokenKind::Word && !is_capitalised(ctx.tx(i)))
        })
    });
    plural || based
}

/// A verb of working for someone right before the name: "works for Skyscanner", "travaille
/// pour Bpifrance", "arbeitet für Bosch", "trabaja para Telefónica", "werkt voor Arcadis".
fn employed_by(ctx: &Ctx, s: &NameSpan) -> bool {
    let (Some(p), Some(v)) = (ctx.before(s, 1), ctx.before(s, 2)) else {
        return false;
    };
    let verb = ctx.folded(v);
    let working = matches!(
        verb,
        "works" | "work" | "working" | "worked" | "employed" | "travaille" | "travaillait"
    ) || verb.starts_with("arbeite")
        || verb.starts_with("trabaj")
        || verb.starts_with("trabalh")
        || verb.starts_with("lavor")
        || matches!(verb, "werkt" | "werkte" | "werken");
    working
        && matches!(
            ctx.folded(p),
            "for"
                | "by"
                | "pour"
                | "chez"
                | "für"
                | "bei"
                | "para"
                | "per"
                | "presso"
                | "voor"
                | "bij"
        )
}

/// A company noun one lower-case adjective back ("la startup barese Terravista") or a Dutch
/// compound ending in "bedrijf" ("sensorbedrijf Hapticore"): the noun still says what kind of
/// body the name is, though not right before it.
fn described_company_noun(ctx: &Ctx, s: &NameSpan) -> bool {
    let lower_word = |p: usize| ctx.toks[p].kind == TokenKind::Word && !is_capitalised(ctx.tx(p));
    let compound = ctx.before(s, 1).is_some_and(|p| {
        let f = ctx.folded(p);
        lower_word(p) && f.len() > "bedrijf".len() + 3 && f.ends_with("bedrijf")
    });
    let adjective_between = ctx.before(s, 2).is_some_and(|p| {
        let a = ctx.folded(p + 1);
        lower_word(p)
            && lower_word(p + 1)
            && COMPANY_NOUNS.contains(&ctx.folded(p))
            && !ctx.seg.lang.is_stop_word(a)
            && !ctx.lex.is_cue(Cue::RoleHead, a)
    });
    compound || adjective_between
}

/// "GridMint", "PurpleAir": camel case with at least three lower-case letters before the
/// inner capital, which leaves out surnames such as "McKinsey", "MacLeod", "LeBlanc".
fn strict_camel_case(w: &str) -> bool {
    let chars: Vec<char> = w.chars().collect();
    chars.len() >= 5
        && chars[0].is_uppercase()
        && !w.starts_with("Mc")
        && !w.starts_with("Mac")
        && chars.windows(4).any(|x| {
            x[0].is_lowercase() && x[1].is_lowercase() && x[2].is_lowercase() && x[3].is_uppercase()
        })
        && chars.iter().all(|c| c.is_alphanumeric())
}

/// "moderated by X", "présenté par X", "moderiert von X".
fn agent_before(ctx: &Ctx, s: &NameSpan) -> bool {
    let (Some(by), Some(verb)) = (ctx.before(s, 1), ctx.before(s, 2)) else {
        return false;
    };
    is_agent_preposition(ctx.folded(by))
        && (ctx.lex.is_cue(Cue::PresentationVerb, ctx.folded(verb))
            || ctx.lex.is_cue(Cue::SpeechVerb, ctx.folded(verb)))
}

/// Whether a role is one word of courtesy or rank written before a name ("Professor",
/// "Captain", "Dr"), not an office held ("Mayor", "Minister").
fn courtesy_title(ctx: &Ctx, t: RoleSpan) -> bool {
    t.last - t.first == 1
        // "il maestro Takeshi Morimoto, direttore principale …": a conductor's courtesy.
        && (ctx
            .lex
            .is_cue(Cue::Honorific, ctx.folded(t.first).trim_end_matches('.'))
            || matches!(ctx.folded(t.first), "maestro" | "mestre"))
        && !matches!(
            ctx.folded(t.first),
            "mayor"
                | "minister"
                | "president"
                | "councillor"
                | "commissioner"
                | "senator"
                | "ambassador"
                | "governor"
        )
}

/// "Councillor Rachel Ashford, cabinet member for transport": a council seat is every
/// councillor's; the apposition names the job they hold on it.
fn council_seat(ctx: &Ctx, t: RoleSpan) -> bool {
    t.last - t.first == 1
        && matches!(
            ctx.folded(t.first).trim_end_matches('.'),
            "councillor" | "councilor" | "cllr"
        )
}

/// Words for years of age after a number ("27 anni", "54 ans"), folded.
const AGE_WORDS: &[&str] = &[
    "anni", "ans", "anos", "jaar", "jahre", "years", "year", "yrs",
];

/// Prepositions that introduce the agent of a passive ("presented by", "présenté par",
/// "tradotta dall'"). Folded, elided forms without their apostrophe.
const AGENT_PREPOSITIONS: &[&str] = &[
    "by", "par", "von", "vom", "door", "da", "dal", "dall", "dalla", "dai", "dagli", "dalle",
    "por", "pelo", "pela",
];

/// Whether a folded word introduces the agent of a passive.
pub fn is_agent_preposition(folded: &str) -> bool {
    AGENT_PREPOSITIONS.contains(&folded)
}

/// "Lerato Mokoena, who runs a street fridge": English "who" follows a person, not a body
/// or a place.
fn who_after(ctx: &Ctx, s: &NameSpan) -> bool {
    if ctx.seg.lang != crate::segment::Lang::En {
        return false;
    }
    let who = |n: usize| {
        ctx.after(s, n)
            .is_some_and(|i| matches!(ctx.folded(i), "who" | "whose"))
    };
    who(0) || ctx.next_tok(s, 0) == Some(",") && who(1)
}

fn speech_after(ctx: &Ctx, s: &NameSpan) -> bool {
    let Some(i) = ctx.after(s, 0) else {
        return false;
    };
    let range = ctx.seg.sentences[s.sentence].tokens.clone();
    let end = range.end;
    let speech = |i: usize| {
        let w = ctx.folded(i);
        ctx.lex.is_cue(Cue::SpeechVerb, w)
            || ctx.lex.is_cue(Cue::PresentationVerb, w)
            // "a affirmé", "ha spiegato": an auxiliary, then the participle.
            || (w.len() <= 3
                && i + 1 < end
                && ctx.toks[i + 1].kind == TokenKind::Word
                && ctx
                    .lex
                    .is_cue(Cue::SpeechVerb, &format!("{w} {}", ctx.folded(i + 1))))
    };
    if speech(i) {
        return true;
    }
    let opens = s.first == range.start || ctx.toks[s.first - 1].kind == TokenKind::Punct;
    // "Pere Mas (Sostre Cívic, Barcelona) insistió …": across a parenthesis.
    if opens && ctx.tx(i) == "(" {
        if let Some(c) = (i + 2..end.min(i + 12)).find(|&c| ctx.tx(c) == ")") {
            return c + 1 < end && speech(c + 1);
        }
    }
    // "Sanjay Kumar, from the volunteer centre in Stroud, suggested …": across an apposition
    // between commas, the name opening its clause.
    opens
        && ctx.tx(i) == ","
        && (i + 2..end.min(i + 14))
            .find(|&c| ctx.tx(c) == ",")
            .is_some_and(|c| c + 1 < end && speech(c + 1))
}

/// A dash between words, or a hyphen set with spaces that stands for one ("Aisha Begum -
/// Project Officer, …").
fn dash_at(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.tx(k), "–" | "—")
        || ctx.tx(k) == "-"
            && k > 0
            && k + 1 < ctx.toks.len()
            && ctx.toks[k - 1].end < ctx.toks[k].start
            && ctx.toks[k].end < ctx.toks[k + 1].start
}

/// A title before a name that is a seat or a courtesy, not a job: an apposition or the
/// parentheses after the name name the job instead.
fn seat_or_courtesy(ctx: &Ctx, t: RoleSpan) -> bool {
    courtesy_title(ctx, t) || council_seat(ctx, t)
}

/// "as" and a role right after the name: "re-elected Tiyamike Banda as President", "with
/// Loveness Kaunda as its new treasurer".
fn as_role_after(ctx: &Ctx, s: &NameSpan, roles: &[(RoleSpan, usize)]) -> bool {
    ctx.after(s, 0).is_some_and(|j| {
        matches!(ctx.folded(j), "as" | "comme" | "como" | "come" | "als")
            && copula_role(ctx, roles, j, ctx.range(s).end).is_some()
    })
}

/// A role, its link and a name, then the name between commas: "O prefeito de Chapecó,
/// Rogério Tonial, destacou", "The mayor of Karonga, Mphatso Nyirenda, said".
fn role_of_name_before(
    ctx: &Ctx,
    s: &NameSpan,
    spans: &[Span],
    roles: &[(RoleSpan, usize)],
) -> bool {
    if s.first < 4
        || ctx.tx(s.first - 1) != ","
        || s.last >= ctx.toks.len()
        || ctx.tx(s.last) != ","
    {
        return false;
    }
    let is_link = |i: usize| {
        matches!(
            ctx.folded(i),
            "of" | "for" | "de" | "do" | "da" | "di" | "del" | "du" | "von" | "van"
        )
    };
    spans.iter().any(|o| {
        if o.s.last + 1 != s.first || o.s.first < 2 {
            return false;
        }
        // "El presidente de la FGBG, Xosé Manuel Vilar,": an article may follow the link.
        let link = if is_link(o.s.first - 1) {
            o.s.first - 1
        } else if o.s.first >= 3 && ARTICLE_SET.contains(ctx.folded(o.s.first - 1)) {
            o.s.first - 2
        } else {
            return false;
        };
        is_link(link) && roles.iter().any(|(r, _)| r.last == link)
    })
}

/// "Fiorella Bernabei, presidente Aido Fvg": a role in apposition to a full name, then a
/// name with no link between, which is where the role is held (Italian drops the "of").
fn body_after_apposed_role(
    ctx: &Ctx,
    s: &NameSpan,
    spans: &[Span],
    roles: &[(RoleSpan, usize)],
) -> bool {
    // German capitalises the nouns of a role's field ("Professor für IT-Sicherheit").
    ctx.seg.lang != crate::segment::Lang::De
        && is_capitalised(ctx.tx(s.first))
        // The name is whole: "Jedriličarski klub Labud" goes on in lower case.
        && ctx.after(s, 0).is_none_or(|i| {
            ctx.toks[i].kind != TokenKind::Word || is_capitalised(ctx.tx(i)) || {
                let f = ctx.folded(i);
                AFFILIATION_LINK_SET.contains(f) || ctx.seg.lang.is_stop_word(f)
            }
        })
        && roles.iter().any(|(r, si)| {
            *si == s.sentence
                && r.last == s.first
                && r.first >= 2
                && ctx.tx(r.first - 1) == ","
                && spans.iter().any(|o| {
                    o.s.last + 1 == r.first && person_shape(ctx, o.s.first, o.s.last, false)
                })
        })
}

/// A role right before the name, or after ", [the]".
fn role_adjacent(ctx: &Ctx, s: &NameSpan, roles: &[(RoleSpan, usize)]) -> bool {
    let first = ctx.before_titles(s);
    // "Chidi Okafor ('98), chief operating officer of …": past a short parenthesis.
    let after = after_parenthesis(ctx, s);
    // Only in the name's sentence: a list item's role is not the next item's.
    roles
        .iter()
        .filter(|(_, si)| *si == s.sentence)
        .any(|(r, _)| {
            r.last == s.first
                || (r.last == first && first < s.first)
                || (r.last + 1 == s.first && matches!(ctx.tx(r.last), "," | ":"))
                || (after < ctx.range(s).end && matches!(ctx.tx(after), "," | "–" | "—") && {
                    // ", [a|the] [lower-case modifiers] ROLE"
                    let mut j = after + 1;
                    while j < r.first && j < ctx.toks.len() && ARTICLE_SET.contains(ctx.folded(j)) {
                        j += 1;
                    }
                    // ", SDI's trade specialist": a body's possessive name before the role.
                    let mut m = j;
                    while m < r.first && is_capitalised(ctx.tx(m)) {
                        if ctx.folded_toks.possessive(m) {
                            j = m + 1;
                            break;
                        }
                        m += 1;
                    }
                    r.first >= j
                        && r.first <= j + 3
                        && (j..r.first).all(|k| {
                            // "nurse-midwife technician", "a bridge and lock keeper"
                            (k > j
                                && (roles::glued_hyphen(ctx.text, ctx.toks, k)
                                    || ctx.folded(k) == "and"))
                                || ctx.toks[k].kind == TokenKind::Word
                                    && !is_capitalised(ctx.tx(k))
                                    && !ctx.seg.lang.is_stop_word(ctx.folded(k))
                        })
                })
        })
}

/// Acronym definitions: "Intelligent Cities Challenge (ICC)", "Banco Interamericano de
/// A full name that an acronym defines, with the bytes it covers.
type DefinedName = (Range<usize>, String);

/// Desarrollo (BID)", "UK Research and Innovation (UKRI)". Maps the acronym to its full form,
/// and lists where each full form is written.
fn acronym_definitions(ctx: &Ctx) -> (HashMap<String, String>, Vec<DefinedName>) {
    let mut out = HashMap::new();
    let mut at = Vec::new();
    let toks = ctx.toks;
    for i in 1..toks.len().saturating_sub(2) {
        // "(ACR+)": a plus sign may end the acronym.
        let closes = |k: usize| {
            ctx.tx(k) == ")" || (ctx.tx(k) == "+" && k + 1 < toks.len() && ctx.tx(k + 1) == ")")
        };
        if ctx.tx(i) != "(" {
            continue;
        }
        // "(RRA LUR)", "(UTOA-EMEA)": acronym words joined by a space or a hyphen.
        let Some(close) = (i + 2..(i + 5).min(toks.len())).find(|&k| closes(k)) else {
            continue;
        };
        // "(CCDR Centro)": the name's last word may follow the acronym; it spells nothing.
        let tail_word = close > i + 2
            && is_capitalised(ctx.tx(close - 1))
            && !is_acronym(ctx.tx(close - 1))
            && ctx.tx(close - 1) == ctx.tx(i - 1);
        // "(UDSP 15)": a département's number after the acronym spells nothing either.
        let tail_number = close > i + 2 && toks[close - 1].kind == TokenKind::Number;
        let acr_end = if tail_word || tail_number {
            close - 1
        } else {
            close
        };
        if close > i + 2
            && !(i + 1..acr_end).all(|k| {
                let w = ctx.tx(k);
                is_acronym(w) || (w == "-" && toks[k - 1].end == toks[k].start)
            })
        {
            continue;
        }
        let acr_last = if tail_number { close - 2 } else { close - 1 };
        let acr = &ctx.text[toks[i + 1].start..toks[acr_last].end];
        let acr_letters = &ctx.text[toks[i + 1].start..toks[acr_end - 1].end];
        // The name as the text writes it, with its plus sign: "ACR+".
        let key = if ctx.tx(close) == "+" {
            format!("{acr}+")
        } else {
            acr.to_string()
        };
        let caps = acr.chars().filter(|c| c.is_uppercase()).count();
        let mixed = mixed_case_acronym(acr);
        if !(is_acronym(acr) || acr.len() >= 3 && caps >= 3 || mixed) {
            continue;
        }
        let letters: Vec<char> = acr_letters
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        // The letters as written, where each is one lower-case letter ("TfL").
        let cased: Vec<char> = acr_letters.chars().filter(|c| c.is_alphabetic()).collect();
        let cased = if cased.len() == letters.len() {
            cased
        } else {
            Vec::new()
        };
        // Walk back over words, collecting initials (an acronym word gives all its letters).
        let mut initials: Vec<char> = Vec::new();
        let mut j = i;
        let mut start = None;
        while j > 0 && initials.len() < letters.len() {
            j -= 1;
            let t = &toks[j];
            let w = ctx.tx(j);
            if t.kind == TokenKind::Punct {
                // A comma inside the name: "Society for Education, Action and Research in
                // Community Health (SEARCH)"; only an exact match of the initials counts.
                // "School Librarians' Association …": a plural possessive's apostrophe.
                if matches!(w, "-" | "&" | "," | "'" | "’") {
                    continue;
                }
                break;
            }
            let f = ctx.folded(j);
            let connector = !is_capitalised(w)
                && (f.len() <= 3 || ARTICLE_SET.contains(f) || AFFILIATION_LINK_SET.contains(f));
            if connector {
                // "Transport for London (TfL)": a lower-case letter of the acronym is the
                // connector's initial.
                let next = letters.len() - initials.len() - 1;
                if cased.get(next).is_some_and(|c| c.is_lowercase()) && f.starts_with(letters[next])
                {
                    initials.insert(0, letters[next]);
                    start = Some(j);
                }
                continue;
            }
            let mut part: Vec<char> = if is_acronym(w) || camel_case(w) {
                w.chars()
                    .filter(|c| c.is_uppercase())
                    .flat_map(char::to_lowercase)
                    .collect()
            } else {
                f.chars().take(1).collect()
            };
            part.append(&mut initials);
            initials = part;
            start = Some(j);
        }
        let st = match start {
            // "the European Committee of the Regions (CoR)": a mixed-case acronym may leave
            // out the name's first words.
            Some(mut st) if initials == letters && mixed => {
                while st > 0
                    && is_capitalised(ctx.tx(st - 1))
                    && !ARTICLE_SET.contains(ctx.folded(st - 1))
                {
                    st -= 1;
                }
                Some(st)
            }
            Some(st) if initials == letters => Some(st),
            _ => body_before(ctx, i, &letters)
                .or_else(|| listed_long_form(ctx, i, &letters))
                // "Instituto de Agricultura Sostenible (IAS-CSIC)": after the hyphen, the
                // parent body's acronym.
                .or_else(|| {
                    let head: Vec<char> = acr
                        .split('-')
                        .next()
                        .unwrap_or_default()
                        .chars()
                        .flat_map(char::to_lowercase)
                        .collect();
                    (acr.contains('-') && head.len() >= 2)
                        .then(|| listed_long_form(ctx, i, &head))
                        .flatten()
                }),
        };
        // "Ľubomír Hudák, Slovak Hydrometeorological Institute (SHMÚ)": a long form found
        // past a comma starts after it when a person's given name opens it.
        let st = st.map(|st| match (st..i).rev().find(|&c| ctx.tx(c) == ",") {
            Some(c)
                if c + 1 < i
                    && ctx.given_name(st)
                    && (2..=3).contains(&(c - st))
                    && (st..c).all(|k| {
                        is_capitalised(ctx.tx(k)) && !ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(k))
                    }) =>
            {
                c + 1
            }
            _ => st,
        });
        // "Minutes taken by Lisa Carr (LC)": minutes give a person's initials after the name.
        let st = st.filter(|&st| {
            !(ctx.given_name(st) && (2..=3).contains(&(i - st)) && person_shape(ctx, st, i, false))
        });
        if let Some(st) = st {
            let range = toks[st].end - ctx.tx(st).len()..toks[i - 1].end;
            let full = ctx.text[range.clone()].to_string();
            at.push((range, full.clone()));
            out.insert(key.clone(), full);
        }
    }
    // The other order: "CAF (Banco de Desarrollo de América Latina)".
    for i in 0..toks.len().saturating_sub(3) {
        // The parenthesis first: it rules out most tokens for a byte comparison.
        if ctx.tx(i + 1) != "(" {
            continue;
        }
        let acr = ctx.tx(i);
        if !is_acronym(acr) || out.contains_key(acr) {
            continue;
        }
        let Some(close) = (i + 2..toks.len().min(i + 16)).find(|&k| ctx.tx(k) == ")") else {
            continue;
        };
        let inner: Vec<usize> = (i + 2..close)
            .filter(|&k| toks[k].kind == TokenKind::Word)
            .collect();
        let caps: String = inner
            .iter()
            .map(|&k| ctx.tx(k))
            .filter(|w| is_capitalised(w))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect();
        let letters: String = acr
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        if inner.len() >= 2 && caps.starts_with(&letters) && caps.len() <= letters.len() + 1 {
            let range = toks[i + 2].start..toks[close - 1].end;
            let full = ctx.text[range.clone()].to_string();
            at.push((range, full.clone()));
            out.insert(acr.to_string(), full);
        }
    }
    (out, at)
}

/// The start of a body's name that a parenthesised acronym at `open + 1` abbreviates, when
/// its initials do not spell it exactly: names are translated ("Banco de Desarrollo de América
/// Latina y el Caribe (CAF)", "Oficina Nacional de Electricidad y Agua Potable (ONEE)") or
/// renamed ("Agence de la transition écologique (ADEME)"), and French, Spanish and Italian
/// write lower-case words inside them. The name runs back, within the sentence and across no
/// punctuation, to the first capitalised organisation word; at least half the acronym's
/// letters must be initials of its words.
fn body_before(ctx: &Ctx, open: usize, letters: &[char]) -> Option<usize> {
    let floor = ctx.seg.sentences[ctx.seg.sentence_at(ctx.toks[open].start)]
        .tokens
        .start;
    let mut start = None;
    let mut j = open;
    while j > floor && open - j < 12 {
        j -= 1;
        let t = ctx.tx(j);
        // "… de la UNESCO en Quito y de la Agencia …": a conjunction before a link opens
        // another body's phrase; the name starts after it.
        // So does one before an article: "by the Harbour Trust of Leith and the Technical
        // University of Denmark (DTU)".
        if NAME_ANDS.contains(&ctx.folded(j))
            && (OBJECT_LINKS.contains(&ctx.folded(j + 1))
                || ARTICLE_SET.contains(ctx.folded(j + 1)) && !is_capitalised(ctx.tx(j + 1)))
        {
            break;
        }
        // "der Deutsche Städtetag gemeinsam mit dem Kompetenzzentrum …": in German and Dutch
        // a lower-case word other than a link is outside the name (English names hold a few:
        // "Theatre on Tour Ireland").
        let f = ctx.folded(j);
        if matches!(
            ctx.seg.lang,
            crate::segment::Lang::De | crate::segment::Lang::Nl
        ) && ctx.toks[j].kind == TokenKind::Word
            && !is_capitalised(t)
            && !OBJECT_LINKS.contains(&f)
            && !NAME_ANDS.contains(&f)
            && !ARTICLE_SET.contains(f)
            && !AFFILIATION_LINK_SET.contains(f)
        {
            break;
        }
        if ctx.toks[j].kind == TokenKind::Punct {
            if t == "-" || t == "&" || listed_caps(ctx, j, floor) {
                continue;
            }
            break;
        }
        if is_capitalised(t) && ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(j)) {
            start = Some(j);
        }
    }
    let mut st = start?;
    // "Technical University of Denmark (DTU)": capitalised words before the keyword too,
    // and a list of them ("European Climate, Infrastructure and Environment Executive
    // Agency (CINEA)"), but not an owner's possessive ("the OECD's Centre for …").
    let name_word = |k: usize| {
        ctx.toks[k].kind == TokenKind::Word
            && is_capitalised(ctx.tx(k))
            && !ctx.seg.lang.is_stop_word(ctx.folded(k))
            && !ctx.folded_toks.possessive(k)
    };
    loop {
        if st > floor && name_word(st - 1) {
            st -= 1;
        } else if st > floor + 1
            && (listed_caps(ctx, st - 1, floor)
                || matches!(ctx.folded(st - 1), "and" | "und" | "et" | "y" | "e"))
            && name_word(st - 2)
        {
            st -= 2;
        } else {
            break;
        }
    }
    let initials: Vec<char> = (st..open)
        .filter(|&k| {
            ctx.toks[k].kind == TokenKind::Word && !ctx.seg.lang.is_stop_word(ctx.folded(k))
        })
        .filter_map(|k| ctx.folded(k).chars().next())
        .collect();
    let found = letters.iter().filter(|c| initials.contains(c)).count();
    (letters.len() >= 2 && found * 2 >= letters.len() && !person_shape(ctx, st, open, false))
        .then_some(st)
}

/// Links that make what follows the object of a name ("Institute for …", "Alliance des …"):
/// only after one may a name go on over a list of fields.
const OBJECT_LINKS: &[&str] = &[
    "of", "for", "fur", "de", "des", "du", "del", "della", "delle", "dei", "degli", "di", "do",
    "da", "dos", "das", "van", "voor", "von", "vom",
];

/// Conjunctions between the fields listed in a name.
const NAME_ANDS: &[&str] = &["and", "und", "et", "y", "e", "en", "i"];

/// The start of a long name that a parenthesised acronym at `open + 1` abbreviates when the
/// name lists fields or places, so that neither exact initials nor `body_before` reach its
/// start: "Flanders Research Institute for Agriculture, Fisheries and Food (ILVO)",
/// "Industrie- und Handelskammer für Essen, Mülheim an der Ruhr und Oberhausen (IHK)",
/// "Alliance internationale des villes sportives, de l'activité physique et de la santé
/// (AIVSAS)". The name runs back over capitalised words, links, and commas or conjunctions;
/// a list is part of the name only after an object link ("for", "des"), otherwise it lists
/// other bodies. In sentence case (French, Spanish, Italian, Portuguese) lower-case words
/// belong too, and the start is the nearest capitalised word from which the acronym's
/// letters are initials in order.
fn listed_long_form(ctx: &Ctx, open: usize, letters: &[char]) -> Option<usize> {
    use crate::segment::Lang;
    let lang = ctx.seg.lang;
    let sentence_case = matches!(lang, Lang::Fr | Lang::Es | Lang::It | Lang::Pt);
    let floor = ctx.seg.sentences[ctx.seg.sentence_at(ctx.toks[open].start)]
        .tokens
        .start;
    let first_letter = *letters.first()?;
    // Walking back: capitalised words, the title-case run's start, crossings (commas and
    // conjunctions) and object links, and whether lower-case content words were passed.
    let mut caps: Vec<usize> = Vec::new();
    let mut run_start = None;
    let mut title_case = true;
    let mut crossings = Vec::new();
    let mut links: Vec<usize> = Vec::new();
    let mut j = open;
    while j > floor && open - j < 24 {
        j -= 1;
        let w = ctx.tx(j);
        let f = ctx.folded(j);
        let glued_prev = j > 0 && ctx.toks[j - 1].end == ctx.toks[j].start;
        if ctx.toks[j].kind == TokenKind::Punct {
            match w {
                "-" | "&" => continue,
                // "Operators' Association"
                "'" | "’" if glued_prev => continue,
                "," if j > floor && ctx.toks[j - 1].kind == TokenKind::Word => {
                    crossings.push(j);
                    continue;
                }
                _ => break,
            }
        }
        // An owner ("the OECD's Centre for …") or a role ("Leiter des Fuhrparks der …") is
        // no part of the name.
        if ctx.folded_toks.possessive(j) || ctx.lex.is_cue(Cue::RoleHead, f) {
            break;
        }
        if is_capitalised(w) && !lang.is_stop_word(f) {
            caps.push(j);
            if title_case {
                run_start = Some(j);
            }
            continue;
        }
        // "Industrie- und Handelskammer": the hyphen elides a shared ending, no list.
        let compound =
            j > floor + 1 && ctx.tx(j - 1) == "-" && ctx.toks[j - 2].end == ctx.toks[j - 1].start;
        if NAME_ANDS.contains(&f) {
            if !compound {
                crossings.push(j);
            }
            continue;
        }
        if OBJECT_LINKS.contains(&f) {
            // "Nurul Izzah Rahman of the Kuala Lumpur City Hall": a person before the link.
            let mut p = j;
            while p > floor
                && is_capitalised(ctx.tx(p - 1))
                && ctx.toks[p - 1].kind == TokenKind::Word
            {
                p -= 1;
            }
            let person = p < j
                && !(p..j).any(|k| ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(k)))
                && (person_shape(ctx, p, j, false) || (p..j).any(|k| ctx.given_name(k)));
            if person {
                break;
            }
            links.push(j);
            continue;
        }
        if ARTICLE_SET.contains(f) || NAME_LINKS.contains(&f) || f == "an" {
            continue;
        }
        if sentence_case && !lang.is_stop_word(f) && !f.chars().any(|c| c.is_ascii_digit()) {
            title_case = false;
            continue;
        }
        break;
    }
    // "l'activité": the initial of the word after a lower-case elided article.
    let initial = |k: usize| {
        let f = ctx.folded(k);
        f[roles::elision_len(f)..].chars().next()
    };
    // The content words' initials from `st` to the parenthesis; an acronym word gives all
    // its capitals.
    let initials = |st: usize| -> Vec<char> {
        (st..open)
            .filter(|&k| ctx.toks[k].kind == TokenKind::Word)
            .filter(|&k| {
                let f = ctx.folded(k);
                is_capitalised(ctx.tx(k))
                    || !(lang.is_stop_word(f)
                        || NAME_ANDS.contains(&f)
                        || NAME_LINKS.contains(&f)
                        || ARTICLE_SET.contains(f))
            })
            .flat_map(|k| {
                let w = ctx.tx(k);
                if is_acronym(w) {
                    w.chars()
                        .filter(|c| c.is_uppercase())
                        .flat_map(char::to_lowercase)
                        .collect()
                } else {
                    initial(k).into_iter().collect::<Vec<_>>()
                }
            })
            .collect()
    };
    // In order, from the first word, skipping no more words than the acronym has letters.
    // German compounds give letters of their parts too ("Abfallwirtschaft Stuttgart (AWS)").
    let compounds = lang == Lang::De;
    let spelled_from = |st: usize| {
        let ini = initials(st);
        if ini.first() != Some(&first_letter) {
            return false;
        }
        let mut l = 0;
        let (mut skipped, mut pending) = (0, 0);
        for k in (st..open).filter(|&k| {
            ctx.toks[k].kind == TokenKind::Word && is_capitalised(ctx.tx(k)) || {
                let f = ctx.folded(k);
                !(lang.is_stop_word(f)
                    || NAME_ANDS.contains(&f)
                    || NAME_LINKS.contains(&f)
                    || ARTICLE_SET.contains(f)
                    || ctx.toks[k].kind != TokenKind::Word)
            }
        }) {
            let w = ctx.tx(k);
            let parts: Vec<char> = if is_acronym(w) {
                w.chars()
                    .filter(|c| c.is_uppercase())
                    .flat_map(char::to_lowercase)
                    .collect()
            } else {
                initial(k).into_iter().collect()
            };
            let before = l;
            for c in parts {
                if l < letters.len() && c == letters[l] {
                    l += 1;
                }
            }
            if compounds && l > before {
                for c in ctx.folded(k).chars().skip(1) {
                    if l < letters.len() && c == letters[l] {
                        l += 1;
                    }
                }
            }
            if l > before {
                skipped = pending;
            } else {
                pending += 1;
            }
        }
        // Words after the last letter's are complements ("… für Essen, Mülheim … (IHK)").
        l == letters.len() && skipped <= letters.len()
    };
    if let Some(&st) = caps.iter().find(|&&k| spelled_from(k)) {
        return Some(st);
    }
    // A title-case run: a list after no object link lists other bodies, so the name starts
    // after it.
    let st = run_start?;
    if crossings
        .iter()
        .any(|&c| c > st && !links.iter().any(|&l| st < l && l < c))
    {
        return None;
    }
    let words: Vec<usize> = (st..open)
        .filter(|&k| ctx.toks[k].kind == TokenKind::Word && is_capitalised(ctx.tx(k)))
        .collect();
    let ini = initials(st);
    let found = letters.iter().filter(|c| ini.contains(c)).count();
    let org_word = (st..open).any(|k| ctx.lex.is_cue(Cue::OrgKeyword, ctx.folded(k)));
    // An acronym of two words that shares no letter with the name names a unit of the body:
    // "European Commission (DG GROW)" (a translated name may share none: "General
    // Directorate of Water Management (OVF)").
    let unit = ctx.text[ctx.toks[open + 1].start..ctx.toks[open + 2].end].contains(' ')
        && is_acronym(ctx.tx(open + 2))
        && found == 0;
    let fits =
        initial(st) == Some(first_letter) || (org_word && !unit) || found * 2 >= letters.len();
    (words.len() >= 2 && fits && !person_shape(ctx, st, open, false)).then_some(st)
}

/// A comma between two capitalised words inside a listed name: "Climate, Infrastructure".
fn listed_caps(ctx: &Ctx, j: usize, floor: usize) -> bool {
    ctx.tx(j) == ","
        && j > floor
        && j + 1 < ctx.toks.len()
        && ctx.toks[j - 1].kind == TokenKind::Word
        && is_capitalised(ctx.tx(j - 1))
        && is_capitalised(ctx.tx(j + 1))
}

/// The gazetteer forms of a town name, also without an Arabic article the gazetteer leaves
/// out ("El Geneina" is GeoNames' "Geneina").
/// Participles of organising, hosting and funding, in the corpus languages.
const MADE_BY: &[&str] = &[
    "organised",
    "organized",
    "co-organised",
    "co-organized",
    "hosted",
    "co-hosted",
    "funded",
    "co-funded",
    "sponsored",
    "financed",
    "convened",
    "backed",
    "organise",
    "organisee",
    "organises",
    "organisees",
    "finance",
    "financee",
    "soutenu",
    "soutenue",
    "organizado",
    "organizada",
    "financiado",
    "financiada",
    "patrocinado",
    "patrocinada",
    "promovido",
    "promovida",
    "organizzato",
    "organizzata",
    "promosso",
    "promossa",
    "finanziato",
    "finanziata",
    "veranstaltet",
    "organisiert",
    "gefordert",
    "finanziert",
    "georganiseerd",
    "gefinancierd",
    "gesponsord",
];

/// Whether a span stands after a participle of organising, hosting or funding and its "by".
fn made_by(ctx: &Ctx, s: &NameSpan) -> bool {
    ctx.prev_word(s, 1)
        .is_some_and(|w| matches!(w, "by" | "par" | "por" | "da" | "von" | "door"))
        && ctx.prev_word(s, 2).is_some_and(|w| MADE_BY.contains(&w))
}

/// "Sherbrooke, Quebec", "Kingston, Ontario", "Portland, Oregon": after a town and a comma, the
/// name of a region that town lies in names the region, though a city has the name too.
fn region_after_its_town(ctx: &Ctx, s: &NameSpan, spans: &[Span], k: usize, folded: &str) -> bool {
    // Cheap tests first.
    if k == 0 || s.first < 2 || ctx.tx(s.first - 1) != "," || spans[k - 1].s.last + 1 != s.first {
        return false;
    }
    let towns = town_forms(ctx.lex, &fold(ctx.span_text(&spans[k - 1].s)));
    if towns.is_empty() {
        return false;
    }
    let regions = ctx.lex.regions_named(folded);
    towns
        .iter()
        .map(|f| &ctx.lex.cities[f.city as usize])
        .any(|c| {
            regions
                .clone()
                .any(|(cc, code)| c.cc == cc && c.admin1 == code)
        })
}

/// "volunteers in Oregon" in a text about the United States: a name of a region of a country
/// the text names is the region, unless a city of that name in that country is a big one
/// ("Quebec", "New York", "Salzburg" stay towns).
fn region_of_the_text(ctx: &Ctx, folded: &str, doc_countries: &HashSet<String>) -> bool {
    let towns = town_forms(ctx.lex, folded);
    if towns.is_empty() || doc_countries.is_empty() {
        return false;
    }
    let regions = ctx.lex.regions_named(folded);
    // A town that seats the region of its name is the town ("Kericho", "Tartu").
    regions.clone().any(|(cc, _)| doc_countries.contains(cc))
        && towns.iter().all(|f| {
            let c = &ctx.lex.cities[f.city as usize];
            let seat = regions
                .clone()
                .any(|(cc, code)| c.cc == cc && c.admin1 == code);
            !seat && (!doc_countries.contains(&c.cc) || c.population < BIG_CITY)
        })
}

fn town_forms<'a>(lex: &'a Lexicons, folded: &str) -> &'a [CityForm] {
    let forms = lex.cities_for(folded);
    if !forms.is_empty() {
        return forms;
    }
    ["el ", "al ", "el-", "al-"]
        .iter()
        .find_map(|a| folded.strip_prefix(a))
        .filter(|rest| rest.chars().count() >= 4)
        .map_or(&[], |rest| lex.cities_for(rest))
}

/// Names of several words that are towns and, by their first word, look like people ("Satu
/// Mare", "El Geneina"): a place cue at any of their mentions makes them towns throughout
/// ("The Mayor of Satu Mare …", "… flows through Satu Mare").
fn towns_shaped_like_people(ctx: &Ctx, spans: &[Span]) -> HashSet<String> {
    let mut towns = HashSet::new();
    for (k, sp) in spans.iter().enumerate() {
        let s = &sp.s;
        if ctx.word_count(s) < 2
            || !ctx.given_name(s.first) && !TOWN_ARTICLES.contains(&ctx.folded(s.first))
        {
            continue;
        }
        let whole = fold(ctx.span_text(s));
        let forms = town_forms(ctx.lex, &whole);
        // Small towns too: "organista a Nova Gorica".
        let small = if forms.is_empty() {
            lexicon::town(&whole)
        } else {
            None
        };
        if forms.is_empty() && small.is_none() || towns.contains(&whole) {
            continue;
        }
        // "Town (Country)", "Town, Country" with the town's own country.
        let own_country = spans
            .get(k + 1)
            .filter(|n| n.s.sentence == s.sentence && n.s.first <= s.last + 1)
            .filter(|_| matches!(ctx.next_tok(s, 0), Some("(") | Some(",")))
            .and_then(|n| country_of(ctx, &n.s))
            .and_then(|c| ctx.lex.country_for(&fold(&c)))
            .is_some_and(|c| {
                small.is_some_and(|t| t.cc == c.cc)
                    || forms
                        .iter()
                        .any(|f| ctx.lex.cities[f.city as usize].cc == c.cc)
            });
        // A place preposition that never introduces a person ("through", "in", "à").
        let place_word = ctx
            .prev_word(s, 1)
            .is_some_and(|w| ctx.lex.is_cue(Cue::Locative, w) && !PERSON_LINKS.contains(&w));
        // "Mayor of Satu Mare": a role's complement is a place or a body, not a person.
        // "organista a Nova Gorica": nor where it is held.
        let role_of = ctx.prev_word(s, 1).is_some_and(|w| {
            matches!(
                w,
                "of" | "de" | "di" | "von" | "van" | "do" | "da" | "a" | "at" | "in" | "en" | "em"
            )
        }) && ctx
            .before(s, 2)
            .is_some_and(|i| ctx.lex.is_cue(Cue::RoleHead, ctx.stem(i)));
        if own_country || place_word || role_of || town_word_before(ctx, s) || dateline(ctx, s) {
            towns.insert(whole);
        }
    }
    towns
}

/// Prepositions of place that also introduce people ("a talk from Ana Silva", "le rôle de
/// Marie Dupont"): no place cue on their own for a name shaped like a person's.
const PERSON_LINKS: &[&str] = &[
    "from", "to", "de", "d'", "d’", "du", "des", "von", "vom", "van", "di", "da", "do", "del",
    "dos", "das", "with", "by", "for", "bei", "a", "al",
];

/// Arabic and Romance articles that open town names ("El Geneina", "La Paz").
const TOWN_ARTICLES: &[&str] = &["el", "al", "la", "le", "los", "las"];

fn best_city(ctx: &Ctx, folded: &str, doc_countries: &HashSet<String>) -> Option<u32> {
    let forms = town_forms(ctx.lex, folded);
    forms
        .iter()
        .find(|f| doc_countries.contains(&ctx.lex.cities[f.city as usize].cc))
        .or_else(|| forms.first())
        .map(|f| f.city)
}

/// Counts the geographic cues around a city candidate.
fn city_cue(
    ctx: &Ctx,
    s: &NameSpan,
    spans: &[Span],
    k: usize,
    doc_countries: &HashSet<String>,
    cc: &str,
) -> u32 {
    let mut cues = 0;
    // "bars d'Amboise": a link elided onto the name counts as the locative "de".
    if ctx
        .prev_word(s, 1)
        .is_some_and(|w| ctx.lex.is_cue(Cue::Locative, w))
        || elided_link(ctx, s.first)
    {
        cues += 1;
    }
    // "Nice (France)", "Split, Croatia".
    let next_country = spans
        .get(k + 1)
        .filter(|n| n.s.sentence == s.sentence && n.s.first <= s.last + 1)
        .and_then(|n| country_of(ctx, &n.s));
    if next_country.is_some() && matches!(ctx.next_tok(s, 0), Some("(") | Some(",")) {
        cues += 2;
    }
    // "Mouans-Sartoux (FR)": its country's code.
    if next_country.is_none()
        && spans
            .get(k + 1)
            .is_some_and(|n| iso_code_after_town(ctx, &n.s, spans, k + 1))
    {
        cues += 2;
    }
    // "Kodiak, Alaska", "Sale, England": a region after the comma places the town.
    let next_region = || {
        spans.get(k + 1).is_some_and(|n| {
            n.s.sentence == s.sentence
                && n.s.first == s.last + 1
                && ctx.lex.is_region(&fold(ctx.span_text(&n.s)))
        })
    };
    // "Stone (Staffordshire)": or in parentheses.
    if next_country.is_none()
        && matches!(ctx.next_tok(s, 0), Some(",") | Some("("))
        && next_region()
    {
        cues += 2;
    }
    if doc_countries.contains(cc) {
        cues += 1;
    }
    if town_word_before(ctx, s) {
        cues += 2;
    }
    if dateline(ctx, s) || state_code_after(ctx, s) || caps_dateline(ctx, s) {
        cues += 2;
    }
    // In a list of cities: a neighbouring span is a known, unambiguous city.
    for n in [k.checked_sub(1), Some(k + 1)].into_iter().flatten() {
        if let Some(o) = spans.get(n) {
            let near = o.s.sentence == s.sentence
                && (o.s.first.abs_diff(s.last) <= 3 || o.s.last.abs_diff(s.first) <= 3);
            if near
                && ctx
                    .lex
                    .cities_for(&fold(ctx.span_text(&o.s)))
                    .first()
                    .is_some_and(|c| !c.ambiguous)
            {
                cues += 1;
                break;
            }
        }
    }
    cues
}

/// A town in capitals opening a paragraph before a stop or a dash: "VENZONE. Si è tenuto …",
/// "ORTIGUEIRA – …" (the Italian and Spanish press).
fn caps_dateline(ctx: &Ctx, s: &NameSpan) -> bool {
    let sentence = &ctx.seg.sentences[s.sentence];
    let opens_block = s.first == sentence.tokens.start
        && (s.sentence == 0 || ctx.seg.sentences[s.sentence - 1].block != sentence.block);
    let name = ctx.span_text(s);
    opens_block
        && s.last == s.first + 1
        && name.chars().count() >= 4
        && name.chars().all(|c| c.is_uppercase())
        && (matches!(ctx.next_tok(s, 0), Some("." | "–" | "—"))
            // "KODIAK, Alaska —": its region or country between the comma and the dash.
            || ctx.next_tok(s, 0) == Some(",")
                && (2..=4).any(|n| {
                    matches!(ctx.next_tok(s, n), Some("–" | "—"))
                        && (1..n).all(|m| {
                            ctx.after(s, m)
                                .is_some_and(|i| is_capitalised(ctx.tx(i)))
                        })
                }))
}

/// A dateline: "Sevilla, 4 de febrero de 2026", "LYON, March 3 –".
fn dateline(ctx: &Ctx, s: &NameSpan) -> bool {
    // "Crónica del foro · Cusco, 22 de octubre": a separator also opens a dateline.
    let after_separator = s.first > 0 && matches!(ctx.tx(s.first - 1), "·" | "|" | "•" | "—" | "–");
    // "Lannion, le 20 octobre", "Soria, lunes 3 de marzo": an article or a weekday may come
    // before the date.
    let date = |i: usize| {
        ctx.toks[i].kind == TokenKind::Number || ctx.lex.is_cue(Cue::Month, ctx.folded(i))
    };
    let lead = |i: usize| matches!(ctx.folded(i), "le" | "el" | "il" | "den" | "am" | "op");
    let date_from = |from: usize| {
        (from..from + 3)
            .map_while(|n| ctx.after(s, n))
            .find(|&i| !lead(i))
            .is_some_and(date)
    };
    // "Chiang Mai, Thailand, 9 November 2026": the country may come between. A line that is
    // only the town and its country places the text too ("Cape Town, South Africa").
    let country_then_date = || {
        (1..=3).any(|n| {
            let (Some(a), Some(b)) = (ctx.after(s, 1), ctx.after(s, n)) else {
                return false;
            };
            // "Venue: Lyon, France": after a label's colon too.
            let line_ends = ctx.after(s, n + 1).is_none()
                && (s.sentence_initial || s.first > 0 && ctx.tx(s.first - 1) == ":");
            (a..=b).all(|i| ctx.toks[i].kind == TokenKind::Word && is_capitalised(ctx.tx(i)))
                && (line_ends
                    || matches!(
                        ctx.next_tok(s, n + 1),
                        Some("," | "–" | "—" | "-" | "·" | "|" | "•")
                    ) && date_from(n + 2))
                && {
                    // "Ellensburg, Washington, June 30": or its state.
                    let f = fold(&ctx.text[ctx.toks[a].start..ctx.toks[b].end]);
                    ctx.lex.country_for(&f).is_some()
                        || ctx.lex.is_region(&f)
                        || ctx.lex.regions_named(&f).next().is_some()
                }
        })
    };
    (s.sentence_initial || after_separator)
        && ctx.next_tok(s, 0) == Some(",")
        && (date_from(1) || country_then_date())
}

fn next_is_name(ctx: &Ctx, s: &NameSpan) -> bool {
    ctx.next_tok(s, 0)
        .is_some_and(|t| is_capitalised(t) && !is_acronym(t))
}

/// Whether an unclassified span stands where an affiliation goes: after a person or role and a
/// link word, in parentheses after a name, or as a comma-separated item after a role.
fn in_affiliation_slot(
    ctx: &Ctx,
    sp: &Span,
    k: usize,
    spans: &[Span],
    kinds: &[Option<EntityKind>],
    roles: &[(RoleSpan, usize)],
) -> bool {
    let s = &sp.s;
    if sp
        .affiliation_of
        .is_some_and(|p| kinds.get(p) == Some(&Some(EntityKind::Person)))
    {
        return true;
    }
    if spans.iter().any(|o| o.affiliation_of == Some(k)) {
        return false;
    }
    // Skip back over a short lower-case description ("the Spanish energy cooperative Som
    // Llum", "la compagnie Les Ateliers du Sahel"), then articles, to the link word.
    let start = ctx.range(s).start;
    let mut i = s.first;
    let mut described = 0;
    while i > start + 1 && described < 3 {
        let w = ctx.tx(i - 1);
        let f = ctx.folded(i - 1);
        let descriptive = ctx.toks[i - 1].kind == TokenKind::Word
            && (!is_capitalised(w) || ctx.lex.country_for_demonym(f).is_some())
            && !ARTICLE_SET.contains(f)
            && !AFFILIATION_LINK_SET.contains(f)
            && !ctx.seg.lang.is_stop_word(f);
        if !descriptive {
            break;
        }
        i -= 1;
        described += 1;
    }
    // "del laboratorio Tessella Restauri", "du cabinet …": a link and article in one word
    // serve too.
    let contracted = |f: &str| CONTRACTED_LINKS.contains(&f);
    if described > 0
        && !(i >= 1 && (ARTICLE_SET.contains(ctx.folded(i - 1)) || contracted(ctx.folded(i - 1))))
    {
        i = s.first; // a description needs its article: "the … cooperative"
    }
    // "gerente de Solcomún": "de" is the link here, not the Dutch article.
    let i = link_back(ctx, i, start, roles);
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    if prev < ctx.range(s).start {
        return false;
    }
    let pw = ctx.folded(prev);
    // "| Operations Director | Thames Clippers |": a table's next cell after a role.
    let link = AFFILIATION_LINK_SET.contains(pw) || pw == "(" || pw == "," || pw == "|";
    if !link || prev == 0 {
        return false;
    }
    // "Representatives of Rijkswaterstaat", "staff of the Red Cross", "colleagues at
    // Waternet": people named by their group belong to the body after "of" or "at".
    if matches!(pw, "of" | "at") && group_word(ctx, ctx.folded(prev - 1)) {
        return true;
    }
    // "Councillor Jane Smith (Transport)", "wethouder Lot van Hooijdonk (Wonen)": a portfolio
    // in brackets after a name says what the office covers, not where it is held.
    if pw == "("
        && ctx.word_count(s) == 1
        && roles::is_portfolio(ctx.folded(s.first))
        && ctx.next_tok(s, 0) == Some(")")
    {
        return false;
    }
    // "berichtete Thomas Berger von den Erfahrungen": German capitalises every noun, so one
    // word after an article is a body only with a body's word ("von der Universität").
    // So is one after a link holding the article ("im Innungsbezirk", "beim Kammertag").
    if ctx.seg.lang == crate::segment::Lang::De
        && ctx.word_count(s) == 1
        && (i < s.first
            && matches!(
                ctx.folded(s.first - 1),
                "der" | "die" | "das" | "den" | "dem" | "des"
            )
            || matches!(pw, "im" | "am" | "beim" | "vom" | "zum" | "zur"))
        && !is_acronym(ctx.span_text(s))
        && !has_cue(ctx, s, Cue::OrgKeyword)
        && !roles::german_body_compound(ctx.folded(s.first))
    {
        return false;
    }
    let before = prev - 1;
    let after_person = spans
        .iter()
        .enumerate()
        .any(|(j, o)| o.s.last == before + 1 && kinds[j] == Some(EntityKind::Person));
    // "Chiara Lombardo, del laboratorio Tessella Restauri di Ravenna,": a comma, then a
    // contracted link and a description.
    let after_person_comma = described > 0
        && contracted(pw)
        && before > 0
        && ctx.tx(before) == ","
        && spans
            .iter()
            .enumerate()
            .any(|(j, o)| o.s.last == before && kinds[j] == Some(EntityKind::Person));
    let after_role = roles.iter().any(|(r, _)| r.last == before + 1);
    // "Marloes van der Berg, Fietsersbond, on …": a short name between commas after a person.
    let closed = ctx
        .after(s, 0)
        .is_none_or(|t| matches!(ctx.tx(t), "," | ";" | ")"));
    let short = ctx.word_count(s) <= 4;
    (after_person && (pw != "," || (closed && short))) || after_role || after_person_comma && short
}

/// English words in "-er" and "-or" that say who someone is, not what they do ("a mother of
/// three from Leeds", "a member of …", "a resident of …").
const AGENT_NOT_ROLE: &[&str] = &[
    "mother",
    "father",
    "brother",
    "sister",
    "daughter",
    "grandmother",
    "grandfather",
    "member",
    "user",
    "customer",
    "neighbour",
    "neighbor",
    "newcomer",
    "visitor",
    "supporter",
    "follower",
    "former",
    "winner",
    "runner",
    "survivor",
    "sufferer",
    "listener",
    "reader",
    "viewer",
    "passenger",
    "traveller",
    "traveler",
    "speaker",
    "attender",
    "outsider",
    "insider",
    "stranger",
    "foreigner",
    "voter",
    "taxpayer",
    "employer",
    "minor",
    "junior",
    "senior",
    "major",
    "factor",
    "sector",
    "number",
    "quarter",
    "corner",
    "letter",
    "paper",
    "matter",
    "center",
    "water",
    "power",
    "career",
    "order",
    "offer",
    "answer",
];

/// Whether token `w` may modify an occupation in an apposition: a listed role modifier
/// ("senior"), or an English adjective of work ("freelance", "retired", "self-employed").
fn occupation_modifier(ctx: &Ctx, w: usize) -> bool {
    let f = ctx.folded(w);
    ctx.lex.is_cue_in(Cue::RoleModifier, f, ctx.seg.lang)
        || (ctx.seg.lang == crate::segment::Lang::En
            && matches!(
                f,
                "freelance" | "retired" | "independent" | "self-employed" | "trainee" | "qualified"
            ))
}

/// The endings of occupation nouns in a language ("-iste", "-eiro", "-aio", "-boer").
fn occupation_endings(lang: crate::segment::Lang) -> &'static [&'static str] {
    use crate::segment::Lang;
    match lang {
        Lang::Fr => &[
            "iste", "ier", "iere", "eur", "euse", "trice", "logue", "ien", "ienne",
        ],
        Lang::Es | Lang::Pt => &[
            "ista", "ero", "era", "eiro", "eira", "ario", "aria", "ora", "ore", "rice", "ologo",
            "ologa", "ografo", "ografa",
        ],
        // "-aio" makes Italian tradesmen ("cartaio", "calzolaio", "orologiaio").
        Lang::It => &[
            "ista", "ero", "era", "ario", "aria", "ora", "ore", "rice", "ologo", "ologa", "ografo",
            "ografa", "aio",
        ],
        // "-ator" and "-eur" are the loan words ("operator", "monteur").
        Lang::Nl => &[
            "aar", "boer", "houder", "kundige", "meester", "ist", "loog", "ator", "eur",
        ],
        Lang::En => &["ist", "ian", "grapher", "logist"],
        _ => &[],
    }
}

/// "Henk Wiersma, zorgboer uit Doetinchem", "Amira Benali, soliste de l'Orchestre national":
/// one lower-case noun with the ending of an occupation, alone between a person's name and a
/// link to where or the end of the apposition, is that person's role, though no role list
/// holds the word. No cue list can hold every occupation of every language; the apposition
/// slot and the ending together rarely hold anything else.
fn occupation_appositions(
    ctx: &Ctx,
    spans: &[Span],
    kinds: &[Option<EntityKind>],
    roles: &[(RoleSpan, usize)],
) -> Vec<(RoleSpan, usize)> {
    let endings = occupation_endings(ctx.seg.lang);
    let mut out = Vec::new();
    for (k, sp) in spans.iter().enumerate() {
        if kinds[k] != Some(EntityKind::Person) {
            continue;
        }
        let s = &sp.s;
        let range = ctx.range(s);
        let end = range.end;
        // "La violoniste Amira Benali", "l'archetier Bastien Le Goff", "L'affineuse Sophie
        // Lanier": the occupation after an article, right before the name.
        if let Some(w) = s.first.checked_sub(1).filter(|&w| w >= range.start) {
            let t = ctx.tx(w);
            let elided = roles::elision_len(t);
            // The folded prefix may be shorter than the surface one: cut at the apostrophe.
            let f = ctx.folded(w);
            let bare = if elided > 0 {
                f.rsplit(['\'', '’']).next().unwrap_or(f)
            } else {
                f
            };
            let stripped = ctx.folded_toks.surface_start(w) > ctx.toks[w].start;
            let articled = elided > 0
                || stripped
                || (w > range.start && ARTICLE_SET.contains(ctx.folded(w - 1)));
            if articled
                && ctx.toks[w].kind == TokenKind::Word
                && !is_capitalised(&t[elided..])
                && !roles.iter().any(|(r, _)| r.first <= w && w < r.last)
                && bare.len() >= 6
                && endings.iter().any(|e| bare.ends_with(e))
                && !ctx.seg.lang.is_stop_word(bare)
                && !ctx.lex.is_cue(Cue::GenericGroup, bare)
            {
                let r = RoleSpan {
                    first: w,
                    last: w + 1,
                    start: ctx.folded_toks.surface_start(w) + elided,
                    end: ctx.toks[w].end,
                };
                out.push((r, s.sentence));
                continue;
            }
        }
        let c = s.last;
        if c + 1 >= end || ctx.tx(c) != "," {
            continue;
        }
        let mut w = c + 1;
        let indefinite = matches!(ctx.folded(w), "a" | "an");
        if ARTICLE_SET.contains(ctx.folded(w)) && !is_capitalised(ctx.tx(w)) {
            w += 1;
        }
        // "a freelance taxidermist from Kraków", "senior preparator at Canterbury Museum":
        // up to two lower-case modifiers before the occupation belong to the role.
        let head_from = w;
        let mut modified = false;
        while w + 1 < end
            && w < head_from + 2
            && ctx.toks[w].kind == TokenKind::Word
            && ctx.toks[w + 1].kind == TokenKind::Word
            && !is_capitalised(ctx.tx(w))
            && occupation_modifier(ctx, w)
        {
            w += 1;
            modified = true;
        }
        if w >= end
            || ctx.toks[w].kind != TokenKind::Word
            || is_capitalised(ctx.tx(w))
            || roles.iter().any(|(r, _)| r.first <= w + 1 && w < r.last)
        {
            continue;
        }
        let f = ctx.folded(w);
        // "Oliver Brandt, a beekeeper from Invercargill": in English an agent noun after "a"
        // with a place after it, though "-er" alone ends too many other words.
        let agent = ctx.seg.lang == crate::segment::Lang::En
            && (indefinite || modified)
            && (f.ends_with("er") || f.ends_with("or"))
            && !AGENT_NOT_ROLE.contains(&f);
        // "Aiko Tanabe, originaria di Mashiko": where someone comes from.
        if f.len() < 6
            || origin_participle(ctx.seg.lang, f)
            || !(agent || endings.iter().any(|e| f.ends_with(e)))
            || ctx.seg.lang.is_stop_word(f)
            || ctx.lex.is_cue(Cue::SpeechVerb, f)
            || ctx.lex.is_cue(Cue::PresentationVerb, f)
            || ctx.lex.is_cue(Cue::GenericGroup, f)
        {
            continue;
        }
        let n = w + 1;
        let closes = n >= end || matches!(ctx.tx(n), "," | ";" | ")" | "." | "–" | "—");
        let linked = n + 1 < end
            && (AFFILIATION_LINK_SET.contains(ctx.folded(n))
                || matches!(
                    ctx.folded(n),
                    "uit" | "bij" | "aan" | "a" | "à" | "em" | "en" | "in"
                ))
            && {
                let mut t = n + 1;
                while t < end && ARTICLE_SET.contains(ctx.folded(t)) {
                    t += 1;
                }
                // "de l'Orchestre": the name after an elided article.
                t < end && {
                    let x = ctx.tx(t);
                    let x = x.rsplit(['\'', '’']).next().unwrap_or(x);
                    is_capitalised(x)
                }
            };
        let by_ending = endings.iter().any(|e| f.ends_with(e));
        if (closes && by_ending) || linked {
            let r = ctx.role_span(head_from, w + 1);
            out.push((r, s.sentence));
        }
    }
    out
}

/// Where the line of `text` that holds byte `pos` starts.
fn line_start(text: &str, pos: usize) -> usize {
    text[..pos].rfind('\n').map_or(0, |n| n + 1)
}

/// Whether tokens `first..last` stand on a line of their own, up to token `next` on the next
/// line: only white space or a list marker before them on their line, a line break after.
fn name_on_own_line(ctx: &Ctx, first: usize, last: usize, next: usize) -> bool {
    let start = ctx.toks[first].start;
    let lead = ctx.text[line_start(ctx.text, start)..start].trim();
    (lead.is_empty() || matches!(lead, "-" | "*" | "•" | "–"))
        && ctx.text[ctx.toks[last - 1].end..ctx.toks[next].start].contains('\n')
}

/// Links each person to the role and affiliation around its mentions; returns the role
/// phrases attached to someone (roles said of nobody are not reported).
fn link_people(
    ctx: &Ctx,
    spans: &[Span],
    kinds: &[Option<EntityKind>],
    roles: &[(RoleSpan, usize)],
    found: &mut [Found],
) -> Vec<RoleSpan> {
    let mut attached: Vec<RoleSpan> = Vec::new();
    // Roles written before a person's name, by the person's span.
    let mut before: Vec<(usize, RoleSpan)> = Vec::new();
    let names: HashMap<usize, (EntityKind, String)> = found
        .iter()
        .filter_map(|f| f.span.map(|k| (k, (f.kind, f.name.clone()))))
        .collect();
    let affiliation_at = |k: usize| -> Option<String> {
        let (kind, name) = names.get(&k)?;
        matches!(
            kind,
            EntityKind::Organisation | EntityKind::City | EntityKind::Country
        )
        .then(|| name.clone())
    };
    // The span starting at token i, following possessive chains to the last one ("the
    // European Commission's DG GROW" → DG GROW), but not from a body to a place: "WFP's
    // Jordan country office" is WFP's.
    let is_kind = |k: usize, kind: EntityKind| names.get(&k).is_some_and(|(x, _)| *x == kind);
    let span_at = |i: usize| -> Option<usize> {
        let mut k = spans.iter().position(|o| o.s.first == i)?;
        while spans[k].s.possessive {
            match spans.iter().position(|n| n.s.first == spans[k].s.last) {
                Some(n)
                    if is_kind(k, EntityKind::Organisation)
                        && (is_kind(n, EntityKind::City) || is_kind(n, EntityKind::Country)) =>
                {
                    break
                }
                Some(n) => k = n,
                None => break,
            }
        }
        Some(k)
    };
    let skip_articles = |mut i: usize, end: usize| {
        while i < end && ARTICLE_SET.contains(ctx.folded(i)) && !is_capitalised(ctx.tx(i)) {
            i += 1;
        }
        i
    };
    // Bodies and towns by position, for words that point back to one ("its", "the city's",
    // "at the council").
    let anchors: Vec<(usize, usize, EntityKind, String)> = found
        .iter()
        .filter(|f| matches!(f.kind, EntityKind::Organisation | EntityKind::City))
        .map(|f| (f.start, f.sentence, f.kind, f.name.clone()))
        .collect();
    let nearest = |tok: usize, kinds: &[EntityKind]| -> Option<String> {
        let at = ctx.toks[tok].start;
        let sentence = ctx.seg.sentence_at(at);
        anchors
            .iter()
            .filter(|a| a.0 < at && a.1 + 2 >= sentence && kinds.contains(&a.2))
            .max_by_key(|a| a.0)
            .map(|a| a.3.clone())
    };
    // "directrice financière de la coopérative", "the committee chair": a lone body word
    // stands for the one body of that kind the text names.
    let body_of_kind = |tok: usize| -> Option<String> {
        let w = ctx.folded(tok);
        if !roles::body_word(w, ctx.lex) || spans.iter().any(|o| o.s.first == tok) {
            return None;
        }
        let singular = w
            .strip_suffix('s')
            .filter(|x| ctx.lex.is_cue(Cue::OrgKeyword, x));
        let mut named = anchors.iter().filter(|a| {
            a.2 == EntityKind::Organisation
                && a.3.contains(' ')
                && a.3.split([' ', '\'', '’', '-']).any(|x| {
                    let x = fold(x);
                    x == w || Some(x.as_str()) == singular
                })
        });
        let one = named.next()?;
        named.all(|a| a.3 == one.3).then(|| one.3.clone())
    };
    // The owner written before a role: "PCE's new head of policy", "Its founder", "the
    // city's mayor", "deren Hauptgeschäftsführer".
    let owner_before = |r: RoleSpan, floor: usize| -> Option<String> {
        let mut p = r.first;
        while p > floor && matches!(ctx.folded(p - 1), "new" | "former" | "current" | "interim") {
            p -= 1;
        }
        if let Some(o) = spans.iter().position(|o| o.s.last == p && o.s.possessive) {
            return affiliation_at(o);
        }
        let q = p.checked_sub(1).filter(|&q| q >= floor)?;
        let w = ctx.folded(q);
        // "İzmir, whose Mayor, …"
        if RELATIVES.contains(&w) && q >= floor + 2 && ctx.tx(q - 1) == "," {
            if let Some(o) = spans.iter().position(|o| o.s.last == q - 1) {
                return affiliation_at(o);
            }
        }
        if w == "its" {
            // "Cementa Verde S.A. of Lisbon. Its chief technology officer": the body, not the
            // place that describes it; a town's office is the town's ("Its mayor").
            let first = if municipal_head(ctx.folded(r.last - 1)) {
                EntityKind::City
            } else {
                EntityKind::Organisation
            };
            return nearest(q, &[first])
                .or_else(|| nearest(q, &[EntityKind::Organisation, EntityKind::City]));
        }
        if q > floor && ARTICLE_SET.contains(ctx.folded(q - 1)) {
            if let Some(body) = body_of_kind(q) {
                return Some(body);
            }
        }
        // German relatives point to the noun just before, which may be no name: the body
        // must be in the same sentence.
        if matches!(w, "deren" | "dessen") {
            let here = ctx.seg.sentence_at(ctx.toks[q].start);
            return anchors
                .iter()
                .filter(|a| a.0 < ctx.toks[q].start && a.1 == here)
                .max_by_key(|a| a.0)
                .map(|a| a.3.clone());
        }
        if ctx.folded_toks.possessive(q) && !is_capitalised(ctx.tx(q)) {
            let stem = ctx.stem(q);
            if matches!(stem, "city" | "town" | "municipality") {
                return nearest(q, &[EntityKind::City]);
            }
            if roles::body_word(stem, ctx.lex) {
                return nearest(q, &[EntityKind::Organisation]);
            }
        }
        None
    };
    // A sentence that opens with where its speaker comes from: "From Biloxi, …", "Aus Leipzig
    // zeigte …", "Desde São Paulo (Brasil), …", or a list label "Nice : …".
    let lead_place = |si: usize| -> Option<(usize, String)> {
        let range = ctx.seg.sentences[si].tokens.clone();
        let mut i = range.start;
        while i < range.end && ctx.toks[i].kind == TokenKind::Punct {
            i += 1;
        }
        let from = i < range.end
            && matches!(
                ctx.folded(i),
                "from" | "aus" | "uit" | "vanuit" | "desde" | "depuis" | "da" | "dalla" | "dal"
            );
        // "Venue de Namur (Belgique), Sophie Delvaux …": a participle of coming, then its link.
        let came = || {
            i + 2 < range.end
                && origin_participle(ctx.seg.lang, ctx.folded(i))
                && matches!(ctx.folded(i + 1), "de" | "di" | "da" | "d" | "van" | "von")
        };
        let opener = if from {
            1
        } else if came() {
            2
        } else {
            0
        };
        let from = opener > 0;
        let o = spans.iter().position(|o| o.s.first == i + opener)?;
        let name = affiliation_at(o)?;
        let mut e = spans[o].s.last;
        if e < range.end && ctx.tx(e) == "(" {
            while e < range.end && ctx.tx(e) != ")" {
                e += 1;
            }
            e += 1;
        }
        while e < range.end && ctx.toks[e].kind == TokenKind::Punct && ctx.tx(e) != ":" {
            e += 1;
        }
        (from || (e < range.end && ctx.tx(e) == ":")).then_some((spans[o].s.last, name))
    };
    #[allow(clippy::needless_range_loop)] // found[fi] is written back after reading spans
    for fi in 0..found.len() {
        if found[fi].kind != EntityKind::Person {
            continue;
        }
        let Some(k) = found[fi].span else { continue };
        let sp = &spans[k];
        let s = &sp.s;
        let range = ctx.range(s);
        let mut role: Option<RoleSpan> = None;
        // Other roles the text gives the person, reported as roles but not as the main one.
        let mut extra: Vec<RoleSpan> = Vec::new();
        let mut affiliation: Option<String> = spans
            .iter()
            .position(|o| o.affiliation_of == Some(k))
            .and_then(affiliation_at);
        // A title stripped from the name ("Mayor", "CEO") or a role phrase right before it
        // ("policy officer Jane Doe", "Ljubljana's deputy mayor Mojca Zupan").
        let title_role = sp.title_role.filter(|&(a, b)| !ctx.academic(a, b));
        let demonym_at = demonym_after_role(ctx, s, range.start);
        if let Some((a, b)) =
            title_role.filter(|(a, b)| !roles.iter().any(|(r, _)| r.first == *a && r.last == *b))
        {
            role = Some(ctx.role_span(a, b));
        } else if let Some(r) = roles.iter().find(|(r, si)| {
            (r.last == s.first
                || Some((r.first, r.last)) == title_role
                || r.last == ctx.before_titles(s)
                || Some(r.last) == demonym_at)
                && !ctx.academic(r.first, r.last)
                && *si == s.sentence
        }) {
            let mut r = r.0;
            r = join_roles_before(ctx, extend_left(ctx, r, range.start), range.start, roles);
            role = Some(r);
            if affiliation.is_none() && ctx.tx(r.first + 1) == "-" {
                affiliation = spans
                    .iter()
                    .position(|o| o.s.first == r.first && o.s.last == r.first + 1)
                    .and_then(affiliation_at);
            }
            if affiliation.is_none() {
                // "Ljubljana's deputy mayor X", "Agrisense co-founder X".
                // Not a body ending the line before ("Chair, Finance Committee" over a list).
                if let Some(o) = spans
                    .iter()
                    .position(|o| o.s.last == r.first && o.s.first >= range.start)
                {
                    affiliation = affiliation_at(o);
                }
            }
            if affiliation.is_none() {
                affiliation = owner_before(r, range.start);
            }
        } else if let Some((a, b)) = title_role {
            role = Some(ctx.role_span(a, b));
        }
        // "UN-Habitat’s Rosa María Quispe"
        if affiliation.is_none() {
            if let Some(o) = spans
                .iter()
                .position(|o| o.s.possessive && o.s.last == s.first)
            {
                affiliation = affiliation_at(o);
            }
        }
        // Before the name, across a comma: "la maire de Nantes, Camille de Villiers",
        // "Its founder, Lukas Hofbauer", "From Biloxi, Councilwoman Denise Fairley".
        // "The session chair, Professor Mark Evans": across the titles too.
        let name_start = nationality_before(ctx, ctx.before_titles(s), range.start);
        // "il sindaco di Bologna Matteo Lepore": a role, a link and the place right before;
        // "la investigadora del Instituto de Agricultura Sostenible (IAS-CSIC) Dra. Carmen
        // Villalobos": or the body, with its acronym and the name's titles between.
        let body_end = {
            let p = ctx.before_titles(s);
            match p
                .checked_sub(1)
                .filter(|&q| q > range.start && ctx.tx(q) == ")")
            {
                Some(q) => (range.start..q)
                    .rev()
                    .take(4)
                    .find(|&o| ctx.tx(o) == "(")
                    .unwrap_or(p),
                None => p,
            }
        };
        if role.is_none() {
            if let Some(o) = spans.iter().enumerate().position(|(o, sp)| {
                sp.affiliation_of == Some(k) && sp.s.last == s.first
                    || sp.s.last == body_end
                        && body_end < s.first
                        && sp.s.sentence == s.sentence
                        && (is_kind(o, EntityKind::Organisation) || is_kind(o, EntityKind::City))
            }) {
                let l = link_back(ctx, spans[o].s.first, range.start, roles);
                // "le maire d'Aubenas Bernard Fayolle": the link elided onto the place.
                let elided = l == spans[o].s.first && elided_link(ctx, l);
                if let Some(x) = l.checked_sub(1).filter(|&x| x >= range.start) {
                    let (x, linked) = if elided {
                        (l, true)
                    } else {
                        (x, AFFILIATION_LINK_SET.contains(ctx.folded(x)))
                    };
                    if linked {
                        if let Some((r, _)) = roles.iter().find(|(r, _)| r.last == x) {
                            role = Some(extend_left(ctx, *r, range.start));
                            if affiliation.is_none() {
                                affiliation = affiliation_at(o);
                            }
                        }
                    }
                }
            }
        }
        // "Dagvoorzitter was Noor Hendriks", "The moderator was Jan Bos": a role that opens
        // the sentence, then a copula and the name.
        if role.is_none() {
            let opening = (range.start..s.first).find(|&t| ctx.toks[t].kind == TokenKind::Word);
            let copula_at = ctx
                .before_titles(s)
                .checked_sub(1)
                .filter(|&c| c > range.start && copula(ctx.folded(c)));
            if let (Some(c), Some(opening)) = (copula_at, opening) {
                role = roles.iter().map(|(r, _)| *r).find(|r| {
                    r.last == c && (opening..r.first).all(|t| ARTICLE_SET.contains(ctx.folded(t)))
                });
            }
        }
        let mut lead_town: Option<String> = None;
        // "From Biloxi, Councilwoman Denise Fairley": the comma stands before the title.
        let name_start = match role {
            Some(r) if r.last == name_start => r.first,
            _ => name_start,
        };
        // "Dario Nardella, Mayor of Florence, Ricardo Rio, Mayor of Braga": a role right
        // after an earlier person and a comma is that person's apposition.
        // "la directora ejecutiva, Dra. Fernanda Marante, la coordinadora del programa,
        // Julieta Aldea": a role with its own article, after a person whose role the text
        // gave before the name, opens the next pair.
        let said_of_earlier_person = |first: usize| {
            let mut b = first;
            while b > range.start && ARTICLE_SET.contains(ctx.folded(b - 1)) {
                b -= 1;
            }
            let titled_before = |o: usize| {
                let here = &ctx.text[ctx.toks[first].start..];
                b < first
                    && found[..fi].iter().any(|f| {
                        f.span == Some(o) && f.role.as_deref().is_some_and(|r| !here.starts_with(r))
                    })
            };
            b > range.start
                && ctx.tx(b - 1) == ","
                && spans.iter().enumerate().any(|(o, sp)| {
                    sp.s.last + 1 == b && is_kind(o, EntityKind::Person) && !titled_before(o)
                })
        };
        if name_start >= range.start + 2 && matches!(ctx.tx(name_start - 1), "," | ":") {
            let c = name_start - 1;
            if let Some((r, _)) = roles
                .iter()
                .find(|(r, _)| r.last == c && !said_of_earlier_person(r.first))
            {
                let r =
                    join_roles_before(ctx, extend_left(ctx, *r, range.start), range.start, roles);
                // "Northern Isles Ferries' fleet safety manager, Captain Ewan Rendall": the
                // job before the comma, not the rank before the name.
                match role {
                    None => role = Some(r),
                    Some(t)
                        if t.first >= name_start
                            && courtesy_title(ctx, t)
                            && !WEAK_HEADS.contains(&ctx.folded(r.last - 1))
                            && !(r.first..r.last).any(|i| ctx.folded(i) == ctx.folded(t.first)) =>
                    {
                        extra.push(t);
                        role = Some(r);
                    }
                    Some(_) => {}
                }
                // "GAUR's executive director, Florence Dupont"
                if affiliation.is_none() {
                    if let Some(o) = spans.iter().position(|o| o.s.last == r.first) {
                        affiliation = affiliation_at(o);
                    }
                }
                if affiliation.is_none() {
                    affiliation = owner_before(r, range.start);
                }
            } else if let Some((r, body)) = (c >= range.start + 3)
                .then(|| {
                    // "La directrice financière de la coopérative, Mme …"
                    // "del municipio", "du conseil": a link with its article in one word.
                    let contracted = matches!(
                        ctx.folded(c - 2),
                        "del" | "della" | "dello" | "du" | "des" | "do" | "da" | "dos" | "das"
                    );
                    let articled = ARTICLE_SET.contains(ctx.folded(c - 2))
                        || contracted
                        || ctx.tx(c - 1).contains(['\'', '’']);
                    let link = if ARTICLE_SET.contains(ctx.folded(c - 2)) {
                        c - 3
                    } else {
                        c - 2
                    };
                    let r = roles.iter().find(|(r, _)| r.last == link)?.0;
                    // "el intendente de la ciudad, Arq. Raúl Jorge": the town the text names.
                    let town = || {
                        roles::city_word(ctx.folded(c - 1), ctx.seg.lang)
                            .then(|| nearest(c - 1, &[EntityKind::City]))
                            .flatten()
                    };
                    (articled && AFFILIATION_LINK_SET.contains(ctx.folded(link)))
                        .then(|| body_of_kind(c - 1).or_else(town).map(|b| (r, b)))
                        .flatten()
                })
                .flatten()
            {
                if role.is_none() {
                    role = Some(extend_left(ctx, r, range.start));
                }
                affiliation.get_or_insert(body);
            } else if let Some(o) = spans.iter().position(|o| o.s.last == c) {
                let ob = &spans[o].s;
                let l = link_back(ctx, ob.first, range.start, roles);
                let link = l.checked_sub(1).filter(|&x| x >= range.start);
                let link_word = link.map(|x| ctx.folded(x)).unwrap_or_default();
                // "Le maire d'Aubenas, Bernard Fayolle": the link is elided onto the place.
                let across = link
                    .and_then(|x| role_across_complement(ctx, x, range.start, roles))
                    .or_else(|| {
                        (l == ob.first && elided_link(ctx, l))
                            .then(|| roles.iter().find(|(r, _)| r.last == l).map(|(r, _)| *r))
                            .flatten()
                    });
                let theirs = across.is_some_and(|r| said_of_earlier_person(r.first));
                if !theirs
                    && (AFFILIATION_LINK_SET.contains(link_word)
                        || matches!(link_word, "desde" | "depuis" | "uit" | "aus")
                        || across.is_some())
                {
                    if let Some(x) = link {
                        if let Some(r) = across {
                            let r = extend_left(ctx, r, range.start);
                            // "O presidente da AMARA, mestre Joaquim Tavares": the job
                            // before the comma, not a master's courtesy before the name (an
                            // academic title is a job of its own).
                            let master = |t: RoleSpan| {
                                t.last == t.first + 1
                                    && matches!(ctx.folded(t.first), "maestro" | "mestre")
                            };
                            match role {
                                None => role = Some(r),
                                Some(t) if t.first >= name_start && master(t) => {
                                    extra.push(t);
                                    role = Some(r);
                                }
                                Some(_) => {}
                            }
                        }
                        let from_start =
                            x == range.start || ctx.seg.sentences[s.sentence].tokens.start == x;
                        if affiliation.is_none() && role.is_some() {
                            affiliation = affiliation_at(o);
                        } else if affiliation.is_none() && from_start {
                            // "From Aalborg, Mette Kjærgaard, head of planning at the utility
                            // Aalborg Forsyning": a body named after the name comes first.
                            lead_town = affiliation_at(o);
                        }
                    }
                }
            }
        }
        // "The director of nursing of a community nursing unit, Brendan Hogan", "Der
        // Hafenkapitän von Göteborg (Schweden), Erik Lundqvist": a role and its complement, in
        // words only, before the comma. The first place or body in the complement is where.
        // An apposition after the name gives the role and place instead ("The representative
        // from Warszawa, Ms. Magdalena Wrona-Kowalska, head of unit …"); looked for only when
        // a comma stands before the name.
        let apposition = || {
            s.last + 1 < range.end
                && ctx.tx(s.last) == ","
                && role_from(ctx, roles, skip_articles(s.last + 1, range.end)).is_some()
        };
        // "Le secrétaire général du CAMES, le Pr Aboubacar Ouédraogo": an article before
        // the titles.
        let mut after_comma = name_start;
        while after_comma > range.start
            && ARTICLE_SET.contains(ctx.folded(after_comma - 1))
            && !is_capitalised(ctx.tx(after_comma - 1))
        {
            after_comma -= 1;
        }
        // "The Mayor of Stone, Councillor Jill Hollins": the role before the comma is the
        // job, the seat a title.
        let seat = role.filter(|&t| council_seat(ctx, t));
        if (role.is_none() || seat.is_some())
            && after_comma >= range.start + 3
            && ctx.tx(after_comma - 1) == ","
            && !apposition()
        {
            let c = after_comma - 1;
            let plain = |a: usize| {
                (a..c).all(|t| {
                    ctx.toks[t].kind == TokenKind::Word
                        || matches!(ctx.tx(t), "(" | ")" | "'" | "’" | "-")
                        // "em Luanda, Angola": a town's country after a comma.
                        || (ctx.tx(t) == ","
                            && t + 1 < c
                            && is_capitalised(ctx.tx(t - 1))
                            && ctx.lex.country_for(ctx.folded(t + 1)).is_some())
                })
            };
            let found = roles
                .iter()
                .filter(|(r, si)| *si == s.sentence && r.last < c && r.last + 12 >= c)
                .max_by_key(|(r, _)| r.last)
                .map(|(r, _)| extend_left(ctx, *r, range.start))
                .filter(|r| {
                    complement_link(ctx, r.last)
                        && !is_capitalised(ctx.tx(r.last))
                        && plain(r.last)
                        && !spans.iter().enumerate().any(|(o, sp)| {
                            sp.s.first >= r.last && sp.s.last <= c && is_kind(o, EntityKind::Person)
                        })
                })
                .filter(|r| {
                    // It opens its clause: not a role said of a name before ("Ana Ruiz,
                    // director of the museum, Brendan Hogan and …").
                    let mut b = r.first;
                    while b > range.start && ARTICLE_SET.contains(ctx.folded(b - 1)) {
                        b -= 1;
                    }
                    // "Nel convegno del mattino il presidente dell'associazione, Giorgio
                    // Castellani": an article opens a new phrase mid-sentence.
                    // "Gunter Czisch (Mayor of Ulm), Michael Ortgiese": a parenthesis after a
                    // name holds that name's role.
                    let after_name = |p: usize| {
                        spans
                            .iter()
                            .enumerate()
                            .any(|(o, sp)| sp.s.last == p && is_kind(o, EntityKind::Person))
                    };
                    b == range.start
                        || ctx.tx(b - 1) == ":"
                        || (ctx.tx(b - 1) == "(" && !after_name(b - 1))
                        || (b < r.first && ctx.toks[b - 1].kind == TokenKind::Word)
                        || ctx.folded_toks.possessive(b - 1)
                        || (ctx.tx(b - 1) == ","
                            && !spans.iter().enumerate().any(|(o, sp)| {
                                sp.s.last + 1 == b && is_kind(o, EntityKind::Person)
                            }))
                });
            if let Some(r) = found {
                extra.extend(seat);
                role = Some(r);
                if affiliation.is_none() {
                    affiliation = spans
                        .iter()
                        .position(|o| o.s.first > r.last && o.s.last <= c)
                        .and_then(affiliation_at)
                        .or_else(|| owner_before(r, range.start));
                }
            }
        }
        // After the name: ", [the] [X's] ROLE [link Y]" or " (Y)" or " link Y".
        let mut i = s.last;
        // "Catherine Nguyen MP, Minister for Transport", "Alicia Moreno, PharmD, associate
        // professor at …": post-nominals before the apposition, with or without commas.
        let post_nominal = |i: usize| POST_NOMINAL_SET.contains(ctx.tx(i).trim_end_matches('.'));
        loop {
            if i + 1 < range.end && post_nominal(i) {
                i += 1;
            } else if i + 2 < range.end && ctx.tx(i) == "," && post_nominal(i + 1) {
                i += 2;
            } else {
                break;
            }
        }
        // A parenthesis right after the name ("Chidi Okafor ('98), …") is skipped when a
        // comma follows it, unless it gives the role ("Mark Jones (CEO, GreenTech Ltd), …").
        if i < range.end
            && ctx.tx(i) == "("
            && role_from(ctx, roles, skip_articles(i + 1, range.end)).is_none()
        {
            // "Elias Saadeh (Beirut Chamber of Commerce), who joined online": a body or
            // place that fills the parentheses is the affiliation all the same.
            // So is a body before its town: "(Harvard University, Boston), who …".
            let fills = |o: usize| {
                let end = spans[o].s.last;
                ctx.tx(end) == ")"
                    || (ctx.tx(end) == ","
                        && is_kind(o, EntityKind::Organisation)
                        && span_at(end + 1).is_some_and(|p| {
                            (is_kind(p, EntityKind::City) || is_kind(p, EntityKind::Country))
                                && ctx.tx(spans[p].s.last) == ")"
                        }))
            };
            if affiliation.is_none() {
                affiliation = span_at(skip_articles(i + 1, range.end))
                    .filter(|&o| fills(o))
                    .and_then(affiliation_at);
            }
            i = after_parenthesis(ctx, s);
        }
        // "Ayşe Demirtaş from Istanbul, co-founder of …": the role after the town names the
        // body, which is the affiliation before the town.
        let mut home_town: Option<String> = None;
        // "Mark Holloway of Cheshire Constabulary, COSA's national wellbeing lead": a body
        // too, and the role may have its owner before it.
        if i + 1 < range.end && matches!(ctx.folded(i), "from" | "of" | "in" | "at") {
            let role_after = |o: usize| {
                let j = skip_articles(spans[o].s.last + 1, range.end);
                role_from(ctx, roles, j).is_some()
                    || span_at(j).is_some_and(|p| {
                        spans[p].s.possessive && role_from(ctx, roles, spans[p].s.last).is_some()
                    })
            };
            if let Some(o) = span_at(i + 1).filter(|&o| {
                (is_kind(o, EntityKind::City)
                    || is_kind(o, EntityKind::Country)
                    || is_kind(o, EntityKind::Organisation))
                    && spans[o].s.last < range.end
                    && ctx.tx(spans[o].s.last) == ","
                    && role_after(o)
            }) {
                home_town = affiliation_at(o);
                i = spans[o].s.last;
            }
        }
        // "Jane Doe, 54, a nurse from Leeds", "Marco Rinaudo, 27 anni, orticoltore": the age
        // between commas.
        if i + 3 < range.end && ctx.tx(i) == "," && ctx.toks[i + 1].kind == TokenKind::Number {
            let mut c = i + 2;
            if AGE_WORDS.contains(&ctx.folded(c)) {
                c += 1;
            }
            if c < range.end && ctx.tx(c) == "," {
                i = c;
            }
        }
        // "Rūta Jankauskienė⏎Race Director, Kaunas Marathon": a name on a line of its own
        // and a role opening the next (a signature, a speaker's card) is an apposition.
        let own_line = i == s.last
            && i < range.end
            && name_on_own_line(ctx, ctx.before_titles(s), s.last, i)
            && role_from(ctx, roles, i).is_some();
        // "Li Wei – deputy general manager, Ningbo-Zhoushan Port Group", "Amina Yusuf |
        // Senior Researcher | University of Nairobi" (a speakers' list).
        if i < range.end && (own_line || dash_at(ctx, i) || matches!(ctx.tx(i), "," | ":" | "|")) {
            let next = i + usize::from(!own_line);
            let mut j = skip_articles(after_who_is(ctx, next, range.end), range.end);
            // One lower-case determiner may stand between the comma and the role: a
            // possessive that points back to the body named before ("Mariana Costa, the
            // network's coordinator", "Ifan Roberts, the association's youngest panel judge"),
            // an owner ("Steve Benjamin, our President"), or English "a", which the article
            // list lacks because it is a preposition elsewhere ("a former umpire").
            // The mark may end the text ("…, Zeynep Rossi:"): nothing follows it then.
            let possessive =
                j < range.end && ctx.folded_toks.possessive(j) && !possessive_field(ctx, j);
            let determiner = j + 1 < range.end
                && !is_capitalised(ctx.tx(j))
                && (possessive
                    || OWNERS.contains(&ctx.folded(j))
                    || ctx.tx(j) == "a" && ctx.seg.lang == crate::segment::Lang::En);
            if let Some(r) = determiner.then(|| role_from(ctx, roles, j + 1)).flatten() {
                if possessive && affiliation.is_none() && r.first == j + 1 {
                    affiliation = owner_before(r, range.start);
                }
                j += 1;
            }
            if let Some(o) = spans.iter().position(|o| o.s.first == j && o.s.possessive) {
                if affiliation.is_none() {
                    affiliation = affiliation_at(span_at(j).map_or(o, |_| o));
                }
                j = spans[o].s.last;
            }
            // "Focko Imhorst, Associate Partner at McKinsey shared data": a capitalised title
            // right after the comma is an apposition that lost its closing comma, not the
            // subject of a new clause ("…, the director will …").
            let bare = j == after_who_is(ctx, next, range.end);
            // "Karl Ostrom, Mayor Lucy Vance and …": a title right before the next person's
            // name is that person's, the next item of a list.
            let titles_next = |r: &RoleSpan| {
                (r.first..r.last).all(|t| is_capitalised(ctx.tx(t)))
                    && !ctx.text[r.end..].starts_with('\n')
                    && spans.iter().zip(kinds).any(|(p, kind)| {
                        *kind == Some(EntityKind::Person)
                            && p.s.first >= r.last
                            && ctx.before_titles(&p.s) <= r.last
                    })
            };
            if let Some(r) = role_from(ctx, roles, j)
                .filter(|r| !titles_next(r))
                .filter(|r| {
                    (bare && is_capitalised(ctx.tx(r.first)))
                        || !opens_clause(ctx, r.last, range.end)
                        || quote_attribution(ctx, range.start, s.first, r.last, range.end)
                })
            {
                // "Professor Rachel Okonjo-Hughes, Director of Public Health": the apposition
                // names the job; an academic or courtesy title does not.
                let title_only = role.is_some_and(|t| seat_or_courtesy(ctx, t));
                let mut r = r;
                // "Keynote speaker Ian Clark, Director of the Urban Institute": a title before
                // the name with no place of its own yields to an apposition that names one; it
                // is still a role ("Cllr Harriet Ashworth, Leader of …").
                let placed =
                    r.last < range.end && AFFILIATION_LINK_SET.contains(ctx.folded(r.last));
                match role {
                    None => role = Some(r),
                    Some(t) if title_only || (affiliation.is_none() && placed) => {
                        extra.push(t);
                        role = Some(r);
                    }
                    Some(_) => extra.push(r),
                }
                // "Samuel Ouédraogo, metteur en scène, directeur de la compagnie …": every
                // role of the list is the person's; the one that names where is the main one.
                while let Some(r2) = next_listed_role(ctx, spans, roles, r, range.end) {
                    let linked = r2.last < range.end && links_onward(ctx, r2.last) && !title_only;
                    if linked && role == Some(r) {
                        extra.push(r);
                        role = Some(r2);
                    } else {
                        extra.push(r2);
                    }
                    r = r2;
                }
                i = r.last;
            } else if let Some((o, r)) = span_at(j).and_then(|o| {
                // Not the next person's name, nor across a line: "Tom Birch, Julia
                // Henshaw⏎Officers: …" lists names under two labels.
                let owner = kinds[o] != Some(EntityKind::Person);
                roles
                    .iter()
                    .find(|(r, _)| {
                        owner
                            && r.first == spans[o].s.last
                            && !ctx.text[spans[o].s.end..r.start].contains('\n')
                    })
                    .map(|(r, _)| (o, *r))
            }) {
                // "Ravi Shankar Iyer, an ICC lead expert"
                if role.is_none() {
                    role = Some(r);
                }
                if affiliation.is_none() {
                    affiliation = affiliation_at(o);
                }
                i = r.last;
            } else if let Some(o) = span_at(j) {
                // "Councillor James Whitaker, Leeds City Council"
                if affiliation.is_none() && kinds[o] != Some(EntityKind::Person) {
                    affiliation = affiliation_at(o);
                }
            }
        } else if let Some(r) = copula_role(ctx, roles, i, range.end) {
            // "Maria Lopez is the director of …", "Peter Novak serves as project manager".
            if role.is_none() {
                role = Some(r);
            }
            i = r.last;
        } else if i < range.end && ctx.tx(i) == "(" {
            let mut j = skip_articles(i + 1, range.end);
            // "Ana Pinto (vereadora, Évora)": a role, then where, in the parentheses.
            if let Some(r) = role_from(ctx, roles, j) {
                // "Cllr Susan Rowntree (Cabinet Member for Economy)": as after a comma, the
                // parentheses name the job where the title before the name is a seat's.
                // "Councillors: Maryam Siddiqui (Chair), …": so does a list's plural label.
                let label = |t: RoleSpan| {
                    t.last < s.first && ctx.tx(t.last) == ":" && plural_role(ctx, t.last - 1)
                };
                let title_only = role.is_some_and(|t| seat_or_courtesy(ctx, t) || label(t));
                if role.is_none() {
                    role = Some(r);
                } else if title_only {
                    extra.extend(role);
                    role = Some(r);
                } else {
                    extra.push(r);
                }
                j = r.last;
                // "(Professor of Transport at Potsdam University)": "at" and the body.
                if j < range.end && (ctx.tx(j) == "," || complement_link(ctx, j)) {
                    j = skip_articles(j + 1, range.end);
                }
                // "Karen Lowther (Chair) – Head of Employment and Skills, Darlington Borough
                // Council": the meeting's office in parentheses, then the job and the body
                // after a dash.
                // (The parenthesised role is the main one here unless another came first.)
                if j + 2 < range.end && ctx.tx(j) == ")" && dash_at(ctx, j + 1) {
                    if let Some(job) = role_from(ctx, roles, j + 2) {
                        if role == Some(r) {
                            extra.push(r);
                            role = Some(job);
                        } else {
                            extra.push(job);
                        }
                        j = job.last;
                        if j < range.end && (ctx.tx(j) == "," || complement_link(ctx, j)) {
                            j = skip_articles(j + 1, range.end);
                        }
                    }
                }
            }
            if let Some(o) = span_at(j) {
                if affiliation.is_none() {
                    affiliation = affiliation_at(o);
                }
            }
        }
        // Affiliation after the role or the name: "at/of/from/in Y", "(Y)", ", Y".
        if affiliation.is_none() {
            let mut j = i.max(s.last);
            if j < range.end && matches!(ctx.tx(j), "(" | "," | "|") {
                j += 1;
            }
            // "a physiotherapist and researcher at …"
            if j + 1 < range.end && matches!(ctx.folded(j), "and" | "und" | "et" | "y" | "e" | "en")
            {
                if let Some((r2, _)) = roles.iter().find(|(r2, _)| r2.first == j + 1) {
                    j = r2.last;
                }
            }
            // "chef pâtissier dell'atelier Hanamori": a link elided onto the body's kind.
            let elided = j < range.end && link_elided_onto_word(ctx, j);
            // "Clerk to the Worshipful Company of Wheelwrights": English joins an office to the
            // body it serves with "to", right after the role.
            let served = ctx.seg.lang == crate::segment::Lang::En
                && j < range.end
                && ctx.folded(j) == "to"
                && role.is_some_and(|r| r.last == j);
            let linked =
                elided || served || j < range.end && AFFILIATION_LINK_SET.contains(ctx.folded(j));
            if linked && !elided {
                j += 1;
            }
            let mut j = skip_articles(j, range.end);
            // "at the engineering firm Calder & Moss Ltd", "bij de stad Gent"
            if linked && span_at(j).and_then(affiliation_at).is_none() {
                let mut look = j;
                while look < range.end
                    && look < j + 6
                    && (ctx.toks[look].kind == TokenKind::Word
                        // "the refugee-led group Sanad Collective"
                        || ctx.tx(look) == "-" && look > j && !is_capitalised(ctx.tx(look - 1)))
                    && (!is_capitalised(ctx.tx(look)) && span_at(look).is_none()
                        // "the Dutch consultancy Rematerial BV": the demonym is a span too.
                        || ctx.lex.country_for_demonym(ctx.folded(look)).is_some())
                {
                    look += 1;
                }
                if span_at(look).is_some() {
                    j = look;
                }
            }
            // "head of innovation at the city council", "klimaatadviseur bij de gemeente":
            // the town named just before.
            if linked
                && span_at(j).is_none()
                && j < range.end
                && MUNICIPAL_WORDS.contains(&ctx.folded(j))
                && !(j + 1 < range.end && is_capitalised(ctx.tx(j + 1)))
            {
                affiliation = nearest(j, &[EntityKind::City]);
            }
            if linked && affiliation.is_none() && j < range.end && j > 0 {
                let articled =
                    ARTICLE_SET.contains(ctx.folded(j - 1)) || ctx.tx(j - 1).contains(['\'', '’']);
                if articled && !is_capitalised(ctx.tx(j)) {
                    affiliation = body_of_kind(j);
                }
            }
            // "at the Lagos solar firm Sunhaven Power": a town or country describing the body
            // named after a few lower-case words.
            if linked && span_at(j).is_some_and(|o| !is_kind(o, EntityKind::Organisation)) {
                let o = span_at(j).unwrap_or_default();
                let mut look = spans[o].s.last;
                let from = look;
                while look < range.end
                    && look < from + 3
                    && ctx.toks[look].kind == TokenKind::Word
                    && !is_capitalised(ctx.tx(look))
                    && !AFFILIATION_LINK_SET.contains(ctx.folded(look))
                    && !ctx.seg.lang.is_stop_word(ctx.folded(look))
                {
                    look += 1;
                }
                if look > from
                    && span_at(look).is_some_and(|n| is_kind(n, EntityKind::Organisation))
                {
                    j = look;
                }
            }
            // "desk officer for Czechia in DG REGIO": the place after "for" is the brief, the
            // body after it the employer.
            if linked && j > 0 && matches!(ctx.folded(j - 1), "for" | "pour" | "voor") {
                if let Some(o) = span_at(j).filter(|&o| !is_kind(o, EntityKind::Organisation)) {
                    let k = spans[o].s.last;
                    if k + 1 < range.end && matches!(ctx.folded(k), "in" | "at" | "bei" | "bij") {
                        let b = skip_articles(k + 1, range.end);
                        if span_at(b).is_some_and(|n| is_kind(n, EntityKind::Organisation)) {
                            j = b;
                        }
                    }
                }
            }
            if let Some(o) = span_at(j) {
                affiliation = affiliation_at(o);
                // "from Technopolis Group, the advisory service coordinator"
                if role.is_none() {
                    let mut kx = spans[o].s.last;
                    if kx < range.end && ctx.tx(kx) == "," {
                        kx = skip_articles(kx + 1, range.end);
                        role = role_from(ctx, roles, kx);
                    }
                }
            }
        }
        // "Grace Njeri works for Safaricom", "Ana Lima trabalha na Embrapa": the name is the
        // subject of a verb of working.
        if affiliation.is_none()
            && s.last + 2 < range.end
            && WORK_VERBS.contains(&ctx.folded(s.last))
            && WORK_LINKS.contains(&ctx.folded(s.last + 1))
        {
            affiliation = span_at(skip_articles(s.last + 2, range.end)).and_then(affiliation_at);
        }
        // "Farah Al-Khatib, literary translator from Arabic and Italian, based in Florence":
        // where the apposition says the person is based, before the next name.
        if affiliation.is_none() && ctx.tx(s.last.min(range.end - 1)) == "," {
            let next_name = spans
                .iter()
                .enumerate()
                .filter(|(o, sp)| sp.s.first > s.last && kinds[*o] == Some(EntityKind::Person))
                .map(|(_, o)| o.s.first)
                .min()
                .unwrap_or(range.end);
            // "Ahmed Siddiqui, a blind software engineer who works for Skyscanner", "Hugo
            // Salgueiro, que trabalha para a RTP": where a relative clause says the person works.
            let works_at = |t: usize| {
                WORK_VERBS.contains(&ctx.folded(t))
                    && WORK_LINKS.contains(&ctx.folded(t + 1))
                    && (t.saturating_sub(2)..t).any(|r| PERSON_RELATIVES.contains(&ctx.folded(r)))
            };
            affiliation = (s.last + 1..next_name.min(range.end).saturating_sub(2))
                .find(|&t| {
                    (matches!(ctx.folded(t), "based" | "basee" | "basado" | "basada")
                        && matches!(ctx.folded(t + 1), "in" | "at" | "a" | "en" | "à")
                        // "a protection adviser formerly based in Herat"
                        && !matches!(ctx.folded(t - 1), "formerly" | "previously" | "once"))
                        || works_at(t)
                })
                .and_then(|t| span_at(skip_articles(t + 2, range.end)))
                .and_then(affiliation_at);
            // "Tash Kowalczyk, who runs Brush & Bone Lettering out of Ballarat": the body the
            // person runs, owns or founded, named right after the verb, or after a short
            // description ("who runs the small company Rood Neusje").
            if affiliation.is_none() && ctx.seg.lang == crate::segment::Lang::En {
                let described = |from: usize| {
                    let mut i = skip_articles(from, range.end);
                    let mut words = 0;
                    while i < range.end
                        && words < 3
                        && ctx.toks[i].kind == TokenKind::Word
                        && !is_capitalised(ctx.tx(i))
                        && !ctx.seg.lang.is_stop_word(ctx.folded(i))
                        // Not an owner: "who leads the university's Graduate School".
                        && !ctx.folded_toks.possessive(i)
                    {
                        i += 1;
                        words += 1;
                    }
                    i
                };
                affiliation = (s.last + 1..next_name.min(range.end).saturating_sub(1))
                    .find(|&t| {
                        BODY_VERBS.contains(&ctx.folded(t))
                            && (t.saturating_sub(2)..t)
                                .any(|r| PERSON_RELATIVES.contains(&ctx.folded(r)))
                    })
                    .and_then(|t| span_at(described(t + 1)))
                    .filter(|&o| kinds[o] == Some(EntityKind::Organisation))
                    .and_then(affiliation_at);
            }
            // "Luc Thibodeau, who runs a tuning business in Nelson (Canada)", "Jake Rivera, who
            // farms kelp near Portland, Maine": the town where the clause says the person works
            // or lives.
            if affiliation.is_none() {
                let clause_end = next_name.min(range.end);
                affiliation = (s.last + 1..clause_end.saturating_sub(2))
                    .find(|&t| {
                        RESIDENCE_VERBS.contains(&ctx.folded(t))
                            && (t.saturating_sub(2)..t)
                                .any(|r| PERSON_RELATIVES.contains(&ctx.folded(r)))
                    })
                    .and_then(|t| {
                        (t + 1..(t + 9).min(clause_end))
                            .take_while(|&x| !matches!(ctx.tx(x), "," | "." | ";"))
                            .find(|&x| matches!(ctx.folded(x), "in" | "near" | "outside"))
                    })
                    .and_then(|x| span_at(x + 1))
                    .filter(|&o| kinds[o] == Some(EntityKind::City))
                    .and_then(affiliation_at);
            }
        }
        // "D. Juan Castro.- Fundación DFA", "Jane Roe – Acme Ltd": in attendance lists a dash
        // after the name leads to where the person comes from, when nothing else follows.
        if affiliation.is_none() && role.is_none() {
            let mut d = s.last;
            if d < range.end
                && ctx.tx(d) == "."
                && ctx
                    .toks
                    .get(d + 1)
                    .is_some_and(|t| t.start == ctx.toks[d].end)
            {
                d += 1;
            }
            if d + 1 < range.end && matches!(ctx.tx(d), "-" | "–" | "—") {
                affiliation = span_at(d + 1)
                    .filter(|&o| {
                        matches!(kinds[o], Some(EntityKind::Organisation | EntityKind::City))
                            && ctx
                                .after(&spans[o].s, 0)
                                .is_none_or(|t| matches!(ctx.tx(t), ";" | "." | "," | ")"))
                    })
                    .and_then(affiliation_at);
            }
        }
        if affiliation.is_none() {
            affiliation = home_town.or(lead_town);
        }
        if affiliation.is_none() {
            // Only the first person after the lead: "From Biloxi, Councilwoman Denise Fairley".
            if let Some((after, place)) = lead_place(s.sentence) {
                let first_person = !spans.iter().enumerate().any(|(j, o)| {
                    kinds[j] == Some(EntityKind::Person)
                        && o.s.first >= after
                        && o.s.first < s.first
                });
                // "…, del Sistema Intermunicipal …": an affiliation of its own follows.
                let mut n = s.last;
                if n < range.end && ctx.tx(n) == "," {
                    n += 1;
                }
                let own = n + 1 < range.end
                    && AFFILIATION_LINK_SET.contains(ctx.folded(n))
                    && is_capitalised(ctx.tx(skip_articles(n + 1, range.end)));
                if first_person && after <= s.first && !own {
                    affiliation = Some(place);
                }
            }
        }
        // "The committee chair, Marie-Claude Tremblay": a body word opening the role after
        // "the" is the body's, when the text names one body of that kind.
        if let Some(r) = role.as_mut().filter(|r| {
            r.last <= s.first
                && r.last - r.first >= 2
                && r.first > range.start
                && matches!(ctx.folded(r.first - 1), "the")
                && !is_capitalised(ctx.tx(r.first))
        }) {
            if let Some(body) = body_of_kind(r.first) {
                r.first += 1;
                r.start = ctx.toks[r.first].start;
                affiliation.get_or_insert(body);
            }
        }
        // "Professor Helen Lincoln of Nottingham Trent University": with no other role, a
        // professor's title is the job (a doctor's stays a courtesy).
        if role.is_none() {
            if let Some((a, b)) = sp
                .title_role
                .filter(|&(a, b)| ctx.academic(a, b) && ctx.folded(a).starts_with("profes"))
            {
                role = Some(ctx.role_span(a, b));
            }
        }
        if let Some((main, other)) = role.and_then(|r| coordinated_titles(ctx, r)) {
            role = Some(main);
            extra.push(other);
        }
        if let Some(r) = role {
            let t = without_affiliation_tail(ctx, without_temporal(ctx, r));
            found[fi].role = Some(ctx.text[t.start..t.end].to_string());
            attached.push(r);
            if r.last <= s.first {
                before.push((k, r));
            }
        }
        attached.extend(extra);
        found[fi].affiliation = affiliation;
    }
    share_plural_titles(ctx, spans, &mut before, found);
    share_listed_body(ctx, spans, kinds, found);
    attached.sort_by_key(|r| (r.start, r.end));
    attached.dedup();
    attached
}

/// "Nancy Hetrick, Cynthia Kurtz and Lisa Phan, Management Partners, introduced themselves":
/// a body right after a list of people, closed by punctuation, is where each of them works
/// who has no role or body of their own.
fn share_listed_body(ctx: &Ctx, spans: &[Span], kinds: &[Option<EntityKind>], found: &mut [Found]) {
    let person = |k: usize| kinds[k] == Some(EntityKind::Person);
    let between_items = |a: &NameSpan, b: &NameSpan| {
        a.sentence == b.sentence
            && b.first > a.last
            && b.first - a.last <= 2
            && (a.last..b.first)
                .all(|i| ctx.tx(i) == "," || roles::JOINERS.contains(&ctx.folded(i)))
    };
    let mut k = 0;
    while k < spans.len() {
        if !person(k) {
            k += 1;
            continue;
        }
        let mut end = k;
        while end + 1 < spans.len()
            && person(end + 1)
            && between_items(&spans[end].s, &spans[end + 1].s)
        {
            end += 1;
        }
        let last = spans[end].s;
        let body = (end > k && end + 1 < spans.len())
            .then(|| end + 1)
            .filter(|&o| {
                let b = spans[o].s;
                kinds[o] == Some(EntityKind::Organisation)
                    && b.first == last.last + 1
                    && ctx.tx(last.last) == ","
                    && ctx
                        .after(&b, 0)
                        .is_none_or(|t| matches!(ctx.tx(t), "," | "." | ";" | ")"))
            })
            .and_then(|o| {
                found
                    .iter()
                    .find(|f| f.span == Some(o))
                    .map(|f| f.name.clone())
            });
        if let Some(body) = body {
            for f in found.iter_mut() {
                let listed = f.span.is_some_and(|j| (k..end).contains(&j));
                if listed
                    && f.kind == EntityKind::Person
                    && f.role.is_none()
                    && f.affiliation.is_none()
                {
                    f.affiliation = Some(body.clone());
                }
            }
        }
        k = end + 1;
    }
}

/// Two titles joined by a conjunction are two roles ("co-founder and CEO", "agricultora e
/// coordenadora da Casa …"): the one that names where is the main one, else the second, the
/// title nearest the name or its body. "President and CEO" is one combined title.
fn coordinated_titles(ctx: &Ctx, r: RoleSpan) -> Option<(RoleSpan, RoleSpan)> {
    let head = |t: usize| {
        ctx.toks[t].kind == TokenKind::Word
            && (ctx.lex.is_cue(Cue::RoleHead, ctx.folded(t))
                || ctx.lex.is_cue(Cue::RoleHead, ctx.stem(t)))
    };
    let m = (r.first + 1..r.last.saturating_sub(1)).find(|&m| {
        matches!(ctx.folded(m), "and" | "&" | "y" | "e" | "et" | "und" | "en")
            && head(m - 1)
            && (m + 1..r.last).any(head)
    })?;
    let span = |a: usize, b: usize| ctx.role_span(a, b);
    let (first, second) = (span(r.first, m), span(m + 1, r.last));
    let combined = matches!(ctx.folded(m - 1), "president" | "chairman" | "chair")
        && matches!(ctx.folded(m + 1), "ceo" | "chief");
    if combined {
        return None;
    }
    let linked = (r.first..m)
        .any(|t| AFFILIATION_LINK_SET.contains(ctx.folded(t)) && !is_capitalised(ctx.tx(t)));
    Some(if linked {
        (first, second)
    } else {
        (second, first)
    })
}

/// Whether a folded word is a copula ("is", "was", "est", "ist", "fue", …).
fn copula(w: &str) -> bool {
    matches!(
        w,
        "is" | "was" | "est" | "etait" | "ist" | "war" | "e" | "era" | "es" | "fue" | "foi"
    )
}

/// The role after a copula or "as" right after a name: "is the director of", "was a founder",
/// "serves as project manager", "est directrice", "ist Leiterin", "werkt als adviseur".
fn copula_role(ctx: &Ctx, roles: &[(RoleSpan, usize)], i: usize, end: usize) -> Option<RoleSpan> {
    let word = |k: usize| (k < end && ctx.toks[k].kind == TokenKind::Word).then(|| ctx.folded(k));
    let mut j = i;
    let serves = |w: &str| {
        matches!(
            w,
            "serves"
                | "served"
                | "works"
                | "worked"
                | "acts"
                | "acted"
                | "travaille"
                | "agit"
                | "arbeitet"
                | "trabaja"
                | "trabalha"
                | "lavora"
                | "werkt"
                | "fungiert"
        )
    };
    let as_word = |w: &str| {
        matches!(
            w,
            "as" | "comme" | "como" | "come" | "als" | "en tant que" | "in qualita"
        )
    };
    match word(j) {
        Some(w) if copula(w) => j += 1,
        Some(w) if serves(w) && word(j + 1).is_some_and(as_word) => j += 2,
        // "re-elected Tiyamike Banda as President", "with Ana Ruiz as moderator".
        Some(w) if as_word(w) => j += 1,
        _ => return None,
    }
    // "is now", "was also"
    if word(j).is_some_and(|w| matches!(w, "also" | "now" | "currently" | "aussi" | "auch" | "ook"))
    {
        j += 1;
    }
    while word(j).is_some_and(|w| {
        ARTICLE_SET.contains(w) || matches!(w, "its" | "their" | "his" | "her" | "our" | "new")
    }) {
        j += 1;
    }
    role_from(ctx, roles, j)
}

/// Past "who is (also) a", where a relative clause gives a role: "Achieng, who is also a fellow
/// of the Mo Ibrahim Foundation", "qui est aussi".
fn after_who_is(ctx: &Ctx, j: usize, end: usize) -> usize {
    let word = |k: usize| (k < end).then(|| ctx.folded(k));
    let relative = word(j).is_some_and(|w| {
        matches!(
            w,
            "who" | "qui" | "que" | "quien" | "che" | "der" | "die" | "welche" | "wie"
        )
    });
    if !(relative && word(j + 1).is_some_and(copula)) {
        return j;
    }
    let mut k = j + 2;
    while word(k).is_some_and(|w| {
        matches!(
            w,
            "also"
                | "now"
                | "currently"
                | "aussi"
                | "egalement"
                | "auch"
                | "anche"
                | "tambien"
                | "tambem"
                | "ook"
                | "actuellement"
                | "ora"
                | "ahora"
                | "derzeit"
        )
    }) {
        k += 1;
    }
    k
}

/// The role listed right after role `r`, across a comma: "metteur en scène, directeur de …".
/// Not a role that opens another person's name ("…, mayor, councillor Ana Ruiz").
fn next_listed_role(
    ctx: &Ctx,
    spans: &[Span],
    roles: &[(RoleSpan, usize)],
    r: RoleSpan,
    end: usize,
) -> Option<RoleSpan> {
    // "productora y presidenta de la regional …": after "and", a second title that names
    // where it is held.
    if r.last + 1 >= end {
        return None;
    }
    let conjunction = matches!(ctx.folded(r.last), "and" | "y" | "e" | "et" | "und" | "en");
    if !(ctx.tx(r.last) == "," || conjunction) {
        return None;
    }
    let j = r.last + 1;
    let r2 = role_from(ctx, roles, j).filter(|r2| r2.last <= end)?;
    let linked = r2.last < end && links_onward(ctx, r2.last);
    if conjunction && !linked {
        return None;
    }
    // "… e docente all'Accademia": a name glued to its elided link is the body, not a name the
    // title stands before.
    let glued = linked && !AFFILIATION_LINK_SET.contains(ctx.folded(r2.last));
    let opens_name = !glued && spans.iter().any(|o| o.s.first == r2.last);
    (!opens_name).then_some(r2)
}

/// Words for a town that open its name or its administration's ("Ville d'Ajaccio", "City of
/// Porto", "Comune di Castelli"), folded.
const MUNICIPAL_OPENERS: &[&str] = &[
    "city",
    "town",
    "municipality",
    "ville",
    "ciudad",
    "cidade",
    "citta",
    "comune",
    "municipio",
];

/// Words for a town hall after "at the", "bij de", "à la": the town is the one just named.
const MUNICIPAL_WORDS: &[&str] = &[
    "city",
    "council",
    "municipality",
    "town",
    "gemeente",
    "stad",
    "mairie",
    "ville",
    "commune",
    "municipalite",
    "ayuntamiento",
    "prefectura",
    "prefeitura",
    "alcaldia",
    "camara",
    "comune",
    "stadt",
    "stadtverwaltung",
    "gemeinde",
    "kommune",
];

/// Where the link word before a name stands, plus one: articles between are skipped ("del
/// Comune"), but a word that is both a link and an article ("de" in "alcalde de Medellín")
/// is the link when a role ends right before it.
fn link_back(ctx: &Ctx, first: usize, floor: usize, roles: &[(RoleSpan, usize)]) -> usize {
    let mut l = first;
    while l > floor
        && ARTICLE_SET.contains(ctx.folded(l - 1))
        && !is_capitalised(ctx.tx(l - 1))
        && !(AFFILIATION_LINK_SET.contains(ctx.folded(l - 1))
            && roles.iter().any(|(r, _)| r.last == l - 1))
    {
        l -= 1;
    }
    l
}

/// The role that starts at token `j`, over up to three lower-case words before its head
/// ("an independent cloud consultant").
fn role_from(ctx: &Ctx, roles: &[(RoleSpan, usize)], mut j: usize) -> Option<RoleSpan> {
    // "a former umpire": the role phrase may hold its time word (the output drops it).
    if let Some((r, _)) = roles.iter().find(|(r, _)| r.first == j) {
        return Some(*r);
    }
    // "retired superintendent of …", "former vice-mayor": the time word is not the title.
    while j < ctx.toks.len()
        && matches!(
            ctx.folded(j),
            "retired"
                | "former"
                | "outgoing"
                | "incoming"
                | "interim"
                | "ancien"
                | "ancienne"
                | "ehemalige"
                | "ehemaliger"
                | "ex"
                | "voormalig"
                | "voormalige"
                | "antiguo"
                | "antigua"
                | "ex-"
                | "last"
                | "first"
        )
    {
        j += 1;
    }
    roles
        .iter()
        .filter(|(r, _)| r.first >= j && r.first <= j + 3)
        .map(|(r, _)| extend_left_to(ctx, *r, j))
        .find(|r| r.first == j)
}

/// "deputy mayors Paolo Rossi and Anne Dupont", "les maires X, Y et Z": a plural title before
/// a list of names is the role of every name in the list.
fn share_plural_titles(
    ctx: &Ctx,
    spans: &[Span],
    before: &mut Vec<(usize, RoleSpan)>,
    found: &mut [Found],
) {
    let mut order: Vec<usize> = (0..found.len())
        .filter(|&f| found[f].kind == EntityKind::Person && found[f].span.is_some())
        .collect();
    order.sort_by_key(|&f| found[f].start);
    for f in order {
        let Some(k) = found[f].span else { continue };
        let first = spans[k].s.first;
        if found[f].role.is_some() || first < 2 {
            continue;
        }
        let joined = matches!(
            ctx.folded(first - 1),
            "," | "and" | "et" | "y" | "e" | "und" | "en" | "i"
        );
        let prev = before
            .iter()
            .find(|(p, _)| spans[*p].s.last == first - 1)
            .map(|&(_, r)| r);
        if let Some(r) = prev.filter(|r| joined && ctx.folded(r.last - 1).ends_with('s')) {
            found[f].role = Some(ctx.text[r.start..r.end].to_string());
            before.push((k, r));
        }
    }
}

/// Extends an apposition role over the lower-case words between `from` and its head:
/// ", independent cloud consultant" → "independent cloud consultant".
fn extend_left_to(ctx: &Ctx, mut r: RoleSpan, from: usize) -> RoleSpan {
    // "Administrative Assistant", "Technical Coordinator": in a title-case title, an
    // adjective or a field before the head is part of it.
    let title_case = is_capitalised(ctx.tx(r.first));
    let title_word = |i: usize, f: &str| {
        title_case
            && !is_acronym(ctx.tx(i))
            && (roles::adjective_like(f) || roles::field_noun(f, ctx.lex))
            && ctx.lex.cities_for(f).is_empty()
            && ctx.lex.country_for(f).is_none()
    };
    if from < r.first
        && (from..r.first).all(|i| {
            // "nurse-midwife technician": a hyphenated modifier.
            if i > from && roles::glued_hyphen(ctx.text, ctx.toks, i) {
                return true;
            }
            if language_of_post(ctx, i, r.first) {
                return true;
            }
            let t = ctx.tx(i);
            let f = ctx.folded(i);
            if DESCRIBING.contains(&f) && !is_capitalised(t) {
                return true;
            }
            // "a sake and wine educator": two fields joined, not two roles; the second may
            // open the role ("libraries and culture manager").
            if ctx.seg.lang == crate::segment::Lang::En
                && f == "and"
                && i > from
                && i < r.first
                && !ctx.lex.is_cue(Cue::RoleHead, ctx.folded(i - 1))
                // "weaver and teacher", "farm vet and clinical director": two roles.
                && (i + 1 < r.first
                    || !roles::is_role_word(ctx.tx(i - 1), ctx.folded(i - 1), ctx.seg.lang, ctx.lex)
                        && !ctx.folded(i - 1).ends_with("er")
                        && r.last > r.first + 1)
            {
                return true;
            }
            ctx.toks[i].kind == TokenKind::Word
                && !ctx.seg.lang.is_stop_word(f)
                && (!is_capitalised(t)
                    || ctx.seg.lang == crate::segment::Lang::De
                    || title_word(i, f))
                && (!strip_possessive(t).1 || possessive_field(ctx, i))
                && !(ctx.seg.lang == crate::segment::Lang::En
                    && (f.ends_with("ed") || !ing_noun(f)))
                && !matches!(
                    f,
                    "new"
                        | "former"
                        | "outgoing"
                        | "incoming"
                        | "current"
                        | "retired"
                        | "longtime"
                        | "long-time"
                        | "interim"
                )
        })
    {
        r.first = from;
        // "joven barista": a word describing the holder stays in the span, out of the text.
        let own = (from..r.last - 1)
            .find(|&i| !DESCRIBING.contains(&ctx.folded(i)))
            .unwrap_or(r.last - 1);
        r.start = ctx.toks[own].start;
    }
    r
}

/// "coroner's officer", "children's commissioner": a lower-case possessive of a function or of
/// the people served is part of the title, not its owner.
fn possessive_field(ctx: &Ctx, i: usize) -> bool {
    // The folded stem has no "'s": nothing to fold again.
    let base = ctx.stem(i);
    ctx.seg.lang == crate::segment::Lang::En
        && !is_capitalised(ctx.tx(i))
        && (ctx.lex.is_cue(Cue::RoleHead, base)
            || matches!(base, "children" | "women" | "men" | "people" | "patients"))
}

/// Adjectives that describe the holder of a role, not the role: "joven barista", "a renowned
/// chef" (folded).
const DESCRIBING: &[&str] = &[
    "young",
    "joven",
    "jeune",
    "giovane",
    "jovem",
    "junge",
    "junger",
    "jonge",
    "renowned",
    "famous",
    "well-known",
    "celebrated",
    "talented",
    "passionate",
    "seasoned",
    "prominent",
    "acclaimed",
    "award-winning",
    "brilliant",
    "experienced",
    "reconocido",
    "reconocida",
    "destacado",
    "destacada",
    "celebre",
    "talentueux",
    "talentueuse",
    "noto",
    "nota",
    "famoso",
    "famosa",
    "conhecido",
    "conhecida",
    "bekannte",
    "bekannter",
    "bekende",
];

/// Whether an English word is no "-ing" form, or one that names a field before a title
/// ("lighting designer", "nursing officer") rather than a verb or adjective ("including",
/// "leading").
fn ing_noun(f: &str) -> bool {
    const ING_NOT_FIELDS: &[&str] = &[
        "including",
        "featuring",
        "leading",
        "representing",
        "welcoming",
        "thanking",
        "introducing",
        "joining",
        "speaking",
        "closing",
        "opening",
        "inviting",
        "hosting",
        "according",
        "during",
        "following",
        "regarding",
        "concerning",
        "being",
        "having",
        "saying",
        "asking",
        "calling",
        "urging",
        "noting",
        "adding",
        "praising",
        "meeting",
        "interviewing",
        "presenting",
        "moderating",
        "chairing",
        "replacing",
        "succeeding",
        "appointing",
        "naming",
        "supporting",
        "helping",
        "outgoing",
        "incoming",
        "serving",
        "working",
        "winning",
        "award-winning",
        "bestselling",
        "best-selling",
        "longstanding",
        "long-standing",
        "upcoming",
        "existing",
        "remaining",
        "participating",
        "attending",
        "thing",
        "nothing",
        "something",
        "anything",
        "everything",
        "king",
        "morning",
        "evening",
        "bring",
        "sing",
        "string",
        "spring",
        "ring",
        "wing",
    ];
    !f.ends_with("ing") || (f.len() > 5 && !ING_NOT_FIELDS.contains(&f))
}

/// Extends a role before a name over lower-case modifiers: "climate protection officer X".
/// Relative pronouns of ownership: "İzmir, whose Mayor, Kemal Aydoğan".
const RELATIVES: &[&str] = &[
    "whose", "dont", "cuyo", "cuya", "cujo", "cuja", "wiens", "wier",
];

/// "OWIC's president and CEO, Victoria Osei-Mensah": a role joined by "and" to the role
/// before it is one title with it.
fn join_roles_before(
    ctx: &Ctx,
    r: RoleSpan,
    floor: usize,
    roles: &[(RoleSpan, usize)],
) -> RoleSpan {
    let Some(j) = r.first.checked_sub(1).filter(|&j| j > floor) else {
        return r;
    };
    if !matches!(ctx.folded(j), "and" | "et" | "y" | "e" | "und" | "en") {
        return r;
    }
    match roles.iter().find(|(p, _)| p.last == j) {
        Some((p, _)) => RoleSpan {
            first: p.first,
            start: p.start,
            ..r
        },
        None => r,
    }
}

fn extend_left(ctx: &Ctx, mut r: RoleSpan, floor: usize) -> RoleSpan {
    // An elided article glued to the role ("dall’assessora") is its determiner.
    if roles::elision_len(ctx.tx(r.first)) > 0 {
        return r;
    }
    // "KAVB-voorzitter", "FLZ-voorzitter": a body's acronym hyphened to the title is part of
    // it.
    if r.first >= floor + 2
        && ctx.tx(r.first - 1) == "-"
        && ctx.toks[r.first - 2].end == ctx.toks[r.first - 1].start
        && ctx.toks[r.first - 1].end == ctx.toks[r.first].start
        && is_acronym(ctx.tx(r.first - 2))
    {
        r.first -= 2;
        r.start = ctx.toks[r.first].start;
        return r;
    }
    // A capitalised title takes no lower-case words before it: "the team met Deputy Mayor X"
    // (German capitalises every noun, so its titles say nothing by their case).
    if ctx.seg.lang != crate::segment::Lang::De && is_capitalised(ctx.tx(r.first)) {
        return r;
    }
    let mut n = 0;
    while r.first > floor && n < 3 {
        let i = r.first - 1;
        let t = ctx.tx(i);
        let f = ctx.folded(i);
        // German lower-case words before a noun are inflected adjectives ("stellvertretende
        // Bürgermeisterin"), not verbs or pronouns ("stellte deren Hauptgeschäftsführer").
        let german_adjective = ctx.seg.lang != crate::segment::Lang::De
            || (!f.ends_with("te")
                && !f.ends_with("ten")
                && !matches!(f, "deren" | "dessen" | "seine" | "ihre" | "unsere" | "eine")
                && german_adjective_stem(f));
        // Dutch writes a title's field into one word, so a separate word before a title is an
        // inflected adjective ("regionale gedeputeerde") or else no part of it: in "Daarna nam
        // gedeputeerde …" it is the verb in second place.
        let dutch_adjective = ctx.seg.lang != crate::segment::Lang::Nl || dutch_inflected(f);
        // A possessive names the affiliation, not the title: "the city's mayor".
        let opening_noun = opening_title_noun(ctx, i);
        let ok = german_adjective
            && dutch_adjective
            && ctx.toks[i].kind == TokenKind::Word
            && (!is_capitalised(t) || opening_noun)
            && !strip_possessive(t).1
            && !ctx.seg.lang.is_stop_word(f)
            && !ctx.lex.is_cue(Cue::SpeechVerb, f)
            && !ctx.lex.is_cue(Cue::PresentationVerb, f)
            && !f.ends_with("ed")
            && (ctx.seg.lang != crate::segment::Lang::En || ing_noun(f))
            && !(ctx.seg.lang != crate::segment::Lang::En && f.ends_with("ing"))
            && !RELATIVES.contains(&f)
            // "die bayerische Digitalministerin", "the youngest trustee": where from and which
            // one, not the title.
            && ctx.lex.country_for_demonym(f).is_none()
            && !(ctx.seg.lang == crate::segment::Lang::En && f.len() > 5 && f.ends_with("est"))
            // Romance titles take their modifiers after the head: a word before it is an
            // adverb or a verb ("poi nominato vicepresidente"), unless a cue list knows it.
            && (!ctx.seg.lang.postposes_adjectives()
                || ctx.lex.is_cue(Cue::RoleModifier, f)
                || ctx.lex.is_cue(Cue::RoleHead, f))
            && !matches!(
                f,
                "new"
                    | "particular"
                    | "especially"
                    | "notably"
                    | "namely"
                    | "former"
                    | "outgoing"
                    | "incoming"
                    | "current"
                    | "newly"
                    | "longtime"
                    | "long-time"
                    | "then"
                    | "future"
                    | "interim"
                    // How long or how well, not which post: "the young hawker".
                    | "young"
                    | "veteran"
                    | "experienced"
                    | "seasoned"
            );
        if !(ok || n == 0 && language_of_post(ctx, i, r.first)) {
            break;
        }
        r.first = i;
        r.start = ctx.toks[i].start;
        n += 1;
    }
    r
}

/// "German teacher Rachel Patel", "English teacher at the Burg-Gymnasium": the language that
/// token `i` names before the head of a teacher's or translator's post is the post's field, not
/// where its holder comes from.
fn language_of_post(ctx: &Ctx, i: usize, head: usize) -> bool {
    ctx.seg.lang == crate::segment::Lang::En
        && i + 1 == head
        && is_capitalised(ctx.tx(i))
        && ctx.lex.country_for_demonym(ctx.folded(i)).is_some()
        && LANGUAGE_HEADS.contains(&ctx.folded(head))
}

/// Heads of posts named by the language they work in ("German teacher"), folded.
const LANGUAGE_HEADS: &[&str] = &[
    "teacher",
    "teachers",
    "lecturer",
    "tutor",
    "translator",
    "interpreter",
    "instructor",
];

/// Whether a folded German word ending in an inflection ("-e", "-en", "-er", "-es", "-em")
/// has an adjective's stem before it ("stellvertretende", "ehemaligen", "bayerische", "neue"),
/// not a verb's ("Es sprachen Oberbürgermeister …", "kamen").
fn german_adjective_stem(f: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "ig", "lich", "isch", "al", "iv", "end", "ell", "ar", "bar", "sam", "los", "haft", "voll",
        "ant", "ent", "er", "ern", "ert",
    ];
    const SHORT: &[&str] = &[
        "neu", "alt", "jung", "erst", "letzt", "hoch", "ober", "unter", "gross", "klein", "lang",
        "stark",
    ];
    ["em", "en", "er", "es", "e"]
        .iter()
        .filter_map(|e| f.strip_suffix(e))
        .any(|stem| SUFFIXES.iter().any(|x| stem.ends_with(x)) || SHORT.contains(&stem))
}

/// Whether a Dutch word has the ending of an inflected adjective ("nieuwe", "regionale"), and
/// not of a past-tense verb ("opende", "stelde").
fn dutch_inflected(w: &str) -> bool {
    w.len() > 3 && w.ends_with('e') && !w.ends_with("de") && !w.ends_with("te")
}

/// Links cities to the country the text gives ("Aarhus (Denmark)", "Lisbon, Portugal", "the
/// Polish city of Kalisz"); the gazetteer's country is kept apart.
fn link_cities(ctx: &Ctx, spans: &[Span], found: &mut [Found]) {
    let countries: Vec<(usize, String)> = found
        .iter()
        .filter(|f| f.kind == EntityKind::Country)
        .map(|f| (f.start, f.name.clone()))
        .collect();
    for f in found.iter_mut().filter(|f| f.kind == EntityKind::City) {
        let Some(k) = f.span else { continue };
        let s = &spans[k].s;
        let mut linked = None;
        if matches!(ctx.next_tok(s, 0), Some("(") | Some(",")) {
            if let Some(next) = ctx.after(s, 1) {
                // "Lisbon, the capital of Portugal" is not meant; "Niamey, au Niger", "Quito,
                // en Équateur", "Fall River, nos Estados Unidos" and "Leiden, in the
                // Netherlands" are.
                let into = |i: usize| {
                    matches!(
                        ctx.folded(i),
                        "the"
                            | "au"
                            | "aux"
                            | "en"
                            | "in"
                            | "em"
                            | "im"
                            | "no"
                            | "na"
                            | "nos"
                            | "nas"
                            | "nel"
                            | "nella"
                            | "negli"
                    )
                };
                let mut at = next;
                while at < next + 2 && at + 1 < ctx.toks.len() && into(at) {
                    at += 1;
                }
                let starts = [ctx.toks[next].start, ctx.toks[at].start];
                linked = countries
                    .iter()
                    .find(|(cs, _)| starts.contains(cs))
                    .map(|(_, n)| n.clone());
            }
        }
        // "in Koper in Slovenia", "from Iowa City in the United States"
        if linked.is_none()
            && ctx
                .after(s, 0)
                .is_some_and(|i| matches!(ctx.folded(i), "in" | "en" | "em" | "im"))
        {
            let next = ctx.after(s, 1).map(|i| match ctx.after(s, 2) {
                Some(j) if ctx.folded(i) == "the" => j,
                _ => i,
            });
            if let Some(next) = next {
                let st = ctx.toks[next].start;
                linked = countries
                    .iter()
                    .find(|(cs, _)| *cs == st)
                    .map(|(_, n)| n.clone());
            }
        }
        // "the Polish city of Kalisz", "la ciudad colombiana de Cali".
        if linked.is_none() {
            linked = demonym_before(ctx, s, &countries);
        }
        if linked.is_none() {
            linked = town_apposition(ctx, s, &countries);
        }
        f.country = linked;
        let key = fold(&f.name);
        let cc = match ctx.lex.cities_for(&key).first() {
            Some(c) => Some(ctx.lex.cities[c.city as usize].cc.as_str()),
            None => lexicon::town(&key).map(|t| t.cc),
        };
        f.gazetteer_country = cc
            .and_then(|cc| ctx.lex.country_by_code(cc))
            .map(|c| c.name.clone());
    }
}

/// Nouns for a town, before "of"/"de"/"di" and its name ("the town of X", "Ville de X").
const TOWN_WORDS: &[&str] = &[
    "city",
    "town",
    "village",
    "municipality",
    "ville",
    "commune",
    "bourg",
    "ciudad",
    "pueblo",
    "localidad",
    "municipio",
    "cidade",
    "vila",
    "aldeia",
    "concelho",
    "citta",
    "comune",
    "paese",
    "borgo",
    "gemeente",
    "stad",
    "dorp",
];

/// "Florida, una ciudad de 35.000 habitantes en el centro de Uruguay", "Gouda, a small town in
/// the Netherlands": an apposition that calls the town a town and names its country, before
/// the apposition's comma or the sentence's end.
fn town_apposition(ctx: &Ctx, s: &NameSpan, countries: &[(usize, String)]) -> Option<String> {
    if ctx.next_tok(s, 0) != Some(",") {
        return None;
    }
    let end = ctx.range(s).end.min(s.last + 16);
    let first = s.last + 1;
    let article = first < end && INDEFINITE.contains(&ctx.folded(first));
    // The town word within the next three words ("a small market town").
    let noun = article
        && (first + 1..(first + 4).min(end))
            .take_while(|&i| ctx.toks[i].kind == TokenKind::Word)
            .any(|i| TOWN_WORDS.contains(&ctx.folded(i)));
    if !noun {
        return None;
    }
    let close = (first..end).find(|&i| ctx.tx(i) == ",").unwrap_or(end);
    let (from, to) = (ctx.toks[first].start, ctx.toks[close - 1].end);
    countries
        .iter()
        .find(|(cs, _)| (from..to).contains(cs))
        .map(|(_, n)| n.clone())
}

/// Whether a lower-case town word and a link stand right before the span: "the town of X".
fn town_word_before(ctx: &Ctx, s: &NameSpan) -> bool {
    let Some(link) = ctx.before(s, 1) else {
        return false;
    };
    // "ville d'Orange": the elided article is glued to the name.
    let elided = ctx.text[ctx.toks[s.first].start..s.start].ends_with(['\'', '’']);
    let noun = if elided {
        Some(link)
    } else if matches!(ctx.folded(link), "of" | "de" | "di" | "do" | "da") {
        ctx.before(s, 2)
    } else if matches!(ctx.seg.lang, crate::segment::Lang::Nl) {
        Some(link) // "de gemeente Tholen"
    } else {
        None
    };
    noun.is_some_and(|i| {
        ctx.toks[i].kind == TokenKind::Word
            && !is_capitalised(ctx.tx(i))
            && TOWN_SET.contains(ctx.folded(i))
    })
}

/// Whether a name after a group's role says where the group lives, not whom it works for:
/// "small business owners in Denman", "growers from Robinvale" (a town the gazetteer holds
/// below its city size). After "in" any name without a body's word; after "from" a known town.
fn group_place(ctx: &Ctx, s: &NameSpan, folded: &str) -> bool {
    let Some(link) = ctx.before(s, 1) else {
        return false;
    };
    // German "aus", Dutch "uit" after anyone give where they come from ("Bergbäuerin aus
    // Disentis", "penningmeester uit Horst"): a body is "von", "van", "bei".
    let origin = matches!(ctx.folded(link), "aus" | "uit" | "vanuit");
    if link == 0 || !(origin || plural_role(ctx, link - 1)) || ctx.word_count(s) > 3 {
        return false;
    }
    // "uit Vlaanderen en Nederland": what is joined to a country is a land, not a town.
    let with_country = ctx.next_tok(s, 0).is_some_and(|w| {
        matches!(w, "and" | "en" | "und" | "et" | "e" | "y")
            && ctx
                .after(s, 1)
                .is_some_and(|i| ctx.lex.country_for(ctx.folded(i)).is_some())
    });
    let body = ctx.lex.is_region(folded)
        || with_country
        || has_cue(ctx, s, Cue::OrgKeyword)
        || has_cue(ctx, s, Cue::OrgSuffix)
        || is_acronym(ctx.span_text(s))
        || natural_feature(folded.rsplit(' ').next().unwrap_or(""));
    match ctx.folded(link) {
        "in" | "im" | "en" | "em" | "nel" | "nella" | "aus" | "uit" | "vanuit" => {
            !body && !ctx.given_name(s.first)
        }
        "from" | "de" | "da" | "di" | "van" => !body && lexicon::town(folded).is_some(),
        _ => false,
    }
}

/// Words for a land feature or an area, which a name ending in them is, not a town ("Mekong
/// Delta", "Rift Valley", "Lake District").
fn natural_feature(folded: &str) -> bool {
    matches!(
        folded,
        "delta"
            | "valley"
            | "river"
            | "lake"
            | "mountains"
            | "hills"
            | "coast"
            | "peninsula"
            | "island"
            | "islands"
            | "desert"
            | "forest"
            | "plateau"
            | "basin"
            | "gorge"
            | "region"
            | "province"
            | "district"
            | "county"
            | "park"
    )
}

/// Whether a country follows the name as its place: "X (Country)", or "X, Country" or "X, in
/// Country" closed by punctuation or the sentence's end.
fn placed_in_country(ctx: &Ctx, s: &NameSpan, spans: &[Span], k: usize) -> bool {
    let Some(next) = spans.get(k + 1).filter(|n| n.s.sentence == s.sentence) else {
        return false;
    };
    // "Casa Amarela (Salvador)": a country's name that is also a city's places nothing.
    let country_text = fold(ctx.span_text(&next.s));
    if country_of(ctx, &next.s).is_none() || !ctx.lex.cities_for(&country_text).is_empty() {
        return false;
    }
    // The country closes its phrase: the sentence ends or punctuation follows.
    let closed = || {
        let i = next.s.last;
        i >= ctx.range(&next.s).end || matches!(ctx.tx(i), "," | "." | ";" | ")")
    };
    match (next.s.first - s.last, ctx.tx(s.last)) {
        (1, "(") => ctx.next_tok(&next.s, 0) == Some(")"),
        (1, ",") => closed(),
        // "from Chamonix in France", "aus Chamonix in Frankreich": after "from", where the
        // name comes from.
        (1, "in" | "en" | "em" | "im" | "au" | "nel" | "no" | "na") => {
            ctx.prev_word(s, 1)
                .is_some_and(|w| matches!(w, "from" | "aus" | "de" | "da" | "di" | "van" | "uit"))
                && (closed()
                    || ctx.next_tok(&next.s, 0).is_some_and(|w| {
                        matches!(w, "and" | "und" | "et" | "y" | "e" | "en" | "or")
                    }))
        }
        // "Fall River, nos Estados Unidos", "Leiden, in the Netherlands".
        (2, ",") => {
            matches!(
                ctx.tx(s.last + 1),
                "in" | "en"
                    | "em"
                    | "im"
                    | "nel"
                    | "nella"
                    | "negli"
                    | "au"
                    | "aux"
                    | "no"
                    | "na"
                    | "nos"
                    | "nas"
            ) && closed()
        }
        (3, ",") => ctx.tx(s.last + 1) == "in" && ctx.folded(s.last + 2) == "the" && closed(),
        _ => false,
    }
}

/// "the Polish city of Kalisz" → Poland, when the country is also named in the text.
fn demonym_before(ctx: &Ctx, s: &NameSpan, countries: &[(usize, String)]) -> Option<String> {
    let range = ctx.range(s);
    let lo = s.first.saturating_sub(5).max(range.start);
    let window: Vec<usize> = (lo..s.first).collect();
    let has_city_word = window.iter().any(|&i| {
        let w = ctx.folded(i);
        TOWN_SET.contains(w) || matches!(w, "stadt" | "capital")
    });
    if !has_city_word {
        return None;
    }
    // "the U.S. city of Tacoma": the country itself.
    let (lo_b, hi_b) = (ctx.toks[lo].start, ctx.toks[s.first].start);
    if let Some((_, n)) = countries.iter().find(|(cs, _)| (lo_b..hi_b).contains(cs)) {
        return Some(n.clone());
    }
    for &i in &window {
        if let Some(c) = ctx.lex.country_for_demonym(ctx.folded(i)) {
            // Use the name the text uses for that country, when it names it.
            let named = countries
                .iter()
                .find(|(_, n)| ctx.lex.country_for(&fold(n)).is_some_and(|x| x.cc == c.cc))
                .map(|(_, n)| n.clone());
            return Some(named.unwrap_or_else(|| c.name.clone()));
        }
    }
    None
}

/// Whether the initials of `name`'s capitalised words (all the letters of an acronym word) spell
/// `acronym`: "European Union" and "EU", "UK Research and Innovation" and "UKRI".
fn spells(name: &str, acronym: &str) -> bool {
    let mut initials = String::new();
    for w in name.split([' ', '-']) {
        if is_acronym(w) {
            initials.extend(w.chars().filter(|c| c.is_alphabetic()));
        } else if w.chars().next().is_some_and(char::is_uppercase) {
            initials.extend(w.chars().next());
        }
    }
    let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    initials.len() >= 2 && initials == letters
}

/// "Red Plains" for "Red Plains Open Range Zoo": a name of two words or more with no body's
/// word of its own is the short form of the body named in full after it.
/// Body words of the text's language or English only: Spanish "red" (network) is no body's
/// word in "Red Plains".
fn short_form_of(lex: &Lexicons, lang: crate::segment::Lang, short: &str, rest: &str) -> bool {
    let words = || short.split(' ').map(fold);
    let body_word = |w: &str| {
        [lang, crate::segment::Lang::En]
            .iter()
            .any(|&l| lex.is_cue_in(Cue::OrgKeyword, w, l))
            || lex.is_cue(Cue::OrgSuffix, w)
    };
    // "Leuphana Universität" for "Leuphana Universität Lüneburg", "Hanzehogeschool" for
    // "Hanzehogeschool Groningen": the full name adds the town or region it is in.
    let place =
        |p: &str| !lex.cities_for(p).is_empty() || lex.is_region(p) || lex.country_for(p).is_some();
    let town_added = rest.split(' ').count() <= 2 && place(rest);
    // "NorthStart" for "NorthStart Ventures": one word, not a place's name, before a
    // body's word.
    let one_word = !short.contains(' ') && !place(&fold(short));
    // "Bundesbildungszentrum" for "Bundesbildungszentrum des Deutschen
    // Dachdeckerhandwerks": a German body's genitive complement.
    let genitive = lang == crate::segment::Lang::De
        && !short.contains(' ')
        && matches!(rest.split(' ').next(), Some("des" | "der"));
    !is_acronym(short)
        && (town_added
            || genitive
            || (short.contains(' ') || one_word)
                && !words().any(|w| body_word(&w))
                && rest
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| lex.is_cue(Cue::OrgKeyword, w)))
}

/// The only item, when there is exactly one.
fn the_one<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let one = items.next();
    one.filter(|_| items.next().is_none())
}

/// Merges mentions into one entity per kind and canonical name.
fn merge(mut found: Vec<Found>, lex: &Lexicons, lang: crate::segment::Lang) -> Vec<Entity> {
    // A short form of an organisation named in full elsewhere in the text ("HeatLoop" for
    // "HeatLoop OÜ", "Kubera" for "Kubera Systems GmbH", "UC Davis" for "UC Davis Air Quality
    // Research Center") takes the full name.
    // Each name once: a body named twice is still the one body of its kind.
    let mut orgs: Vec<String> = found
        .iter()
        .filter(|f| f.kind == EntityKind::Organisation)
        .map(|f| f.name.clone())
        .collect();
    orgs.sort_unstable();
    orgs.dedup();
    let mut renamed: Vec<(String, String)> = Vec::new();
    for f in found
        .iter_mut()
        .filter(|f| f.kind == EntityKind::Organisation)
    {
        let longer = orgs
            .iter()
            .filter(|o| {
                o.len() > f.name.len()
                    && o.starts_with(&f.name)
                    && o.as_bytes()[f.name.len()] == b' '
            })
            .filter(|o| {
                let rest = fold(&o[f.name.len() + 1..]);
                lex.is_cue(Cue::OrgSuffix, &rest)
                    || lex.is_cue(Cue::OrgSuffix, rest.trim_end_matches('.'))
                    || short_form_of(lex, lang, &f.name, &rest)
                    // "UiT" for "UiT The Arctic University of Norway": an acronym before the
                    // name it stands for ("BBC Radio Devon" is a unit of the BBC).
                    || (is_acronym(&f.name) || mixed_case_acronym(&f.name))
                        && rest.starts_with("the ")
            })
            .max_by_key(|o| o.len());
        // "EU" where the text also writes "European Union": one entity, the fuller name.
        let expansion = || {
            is_acronym(&f.name)
                .then(|| orgs.iter().find(|o| o.contains(' ') && spells(o, &f.name)))
                .flatten()
        };
        // "La sovrintendente della Fondazione", "Foundation chair Ingrid Solhaug": a lone body
        // word stands for the one body of that kind named in full, the word first or last.
        // An acronym of three letters or more names its own body ("UNESCO" beside the
        // "UNESCO Creative Cities Network"); "DG" is a kind.
        let kind_word = || {
            (!f.name.contains(' ')
                && lex.is_cue(Cue::OrgKeyword, &fold(&f.name))
                && !(is_acronym(&f.name) && f.name.len() >= 3))
                .then(|| {
                    let n = f.name.len();
                    the_one(orgs.iter().filter(|o| {
                        o.len() > n
                            && ((o.starts_with(&f.name) && o.as_bytes()[n] == b' ')
                                || (o.ends_with(&f.name) && o.as_bytes()[o.len() - n - 1] == b' '))
                    }))
                })
                .flatten()
        };
        // "Seed Library Network" for the "Pacific Seed Library Network" named in the text: a
        // body's name the one fuller name ends with, one or two words longer.
        let tail_of = || {
            let n = f.name.len();
            (f.name.contains(' ')
                && f.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| lex.is_cue(Cue::OrgKeyword, &fold(w))))
            .then(|| {
                the_one(orgs.iter().filter(|o| {
                    o.len() > n
                        && o.ends_with(&f.name)
                        && o.as_bytes()[o.len() - n - 1] == b' '
                        && o[..o.len() - n - 1].split(' ').count() <= 2
                }))
            })
            .flatten()
        };
        // "des Schweizer Bergführerverbands" where the text also writes "der Schweizer
        // Bergführerverband": a German genitive is the body named in the nominative.
        let nominative = || {
            (lang == crate::segment::Lang::De)
                .then(|| {
                    ["es", "s"].iter().find_map(|e| {
                        let stem = f.name.strip_suffix(e)?;
                        orgs.iter().find(|o| o.as_str() == stem)
                    })
                })
                .flatten()
        };
        if let Some(full) = longer
            .or_else(expansion)
            .or_else(kind_word)
            .or_else(tail_of)
            .or_else(nominative)
        {
            renamed.push((f.name.clone(), full.clone()));
            f.name = full.clone();
        }
    }
    renamed.sort();
    renamed.dedup();
    follow_renaming(&mut found, &renamed);
    let cased = in_usual_case(&mut found);
    follow_renaming(&mut found, &cased);
    let mut by_key: BTreeMap<(EntityKind, String), Entity> = BTreeMap::new();
    let shown = |s: &mut String| {
        if let std::borrow::Cow::Owned(clean) = crate::segment::display(s) {
            *s = clean;
        }
    };
    for mut f in found {
        shown(&mut f.name);
        for s in [&mut f.role, &mut f.affiliation, &mut f.country]
            .into_iter()
            .flatten()
        {
            shown(s);
        }
        let e = by_key
            .entry((f.kind, f.name.clone()))
            .or_insert_with(|| Entity::new(f.kind, f.name.clone()));
        e.mentions.push(Mention {
            start: f.start,
            end: f.end,
            sentence: f.sentence,
        });
        if e.country.is_none() {
            e.country = f.country;
        }
        if e.gazetteer_country.is_none() {
            e.gazetteer_country = f.gazetteer_country;
        }
        if e.role.is_none() {
            e.role = f.role;
        }
        if e.affiliation.is_none() {
            e.affiliation = f.affiliation;
        }
    }
    let mut out: Vec<Entity> = by_key.into_values().collect();
    for e in &mut out {
        e.mentions.sort();
        e.mentions.dedup();
    }
    out
}

/// "URBAN FREIGHT NETWORK" over a newsletter and "Urban Freight Network" in its text, "GHENT"
/// in a dateline and "Ghent": a name written all in capitals is the same entity as the one
/// written in the usual case, and takes its form and kind. Returns the names changed.
fn in_usual_case(found: &mut [Found]) -> Vec<(String, String)> {
    let shouted = |s: &str| {
        s.chars().filter(|c| c.is_alphabetic()).count() > 1 && !s.chars().any(char::is_lowercase)
    };
    if !found.iter().any(|f| shouted(&f.name)) {
        return Vec::new();
    }
    // The first mention in the usual case gives the form and kind.
    let mut usual: HashMap<String, (EntityKind, String)> = HashMap::new();
    for f in found.iter().filter(|f| !shouted(&f.name)) {
        usual
            .entry(f.name.to_lowercase())
            .or_insert_with(|| (f.kind, f.name.clone()));
    }
    let mut renamed: Vec<(String, String)> = Vec::new();
    for f in found.iter_mut().filter(|f| shouted(&f.name)) {
        if let Some((kind, name)) = usual.get(&f.name.to_lowercase()) {
            renamed.push((f.name.clone(), name.clone()));
            f.name = name.clone();
            f.kind = *kind;
        }
    }
    renamed
}

/// Affiliations follow a renaming (old name, new name), so that a person's affiliation is the
/// entity's name.
fn follow_renaming(found: &mut [Found], renamed: &[(String, String)]) {
    for f in found.iter_mut() {
        if let Some(a) = &mut f.affiliation {
            if let Some((_, name)) = renamed.iter().find(|(old, _)| old == a) {
                *a = name.clone();
            }
        }
    }
}

#[cfg(test)]
mod role_tests {
    use super::*;
    use crate::input::{Document, TextFormat};
    use crate::segment::segment;

    #[test]
    fn listed_sets_answer_as_the_lists() {
        for a in GENERIC_ACRONYMS {
            assert!(a.len() < 16, "{a}");
            assert!(generic_acronym_listed(a));
            assert!(generic_acronym_listed(&a.to_ascii_uppercase()));
        }
        for w in [
            "NGO",
            "ngos",
            "Ngo",
            "XYZQ",
            "",
            "a-very-long-token-indeed",
            "ÉU",
        ] {
            let scan = |s: &str| GENERIC_ACRONYMS.iter().any(|a| a.eq_ignore_ascii_case(s));
            assert_eq!(generic_acronym_listed(w), scan(w), "{w}");
        }
        for w in roles::PORTFOLIOS.iter().chain(FIELD_WORDS) {
            assert!(field_word(w), "{w}");
        }
        assert!(!field_word("mayor") && !field_word(""));
        let sets: [(&[&str], &FxHashSet<&str>); 11] = [
            (AFFILIATION_LINKS, &AFFILIATION_LINK_SET),
            (ARTICLES, &ARTICLE_SET),
            (NAME_PARTICLES, &NAME_PARTICLE_SET),
            (REGION_WORDS, &REGION_SET),
            (ADMIN_WORDS, &ADMIN_SET),
            (BUILDING_WORDS, &BUILDING_SET),
            (DOCUMENT_WORDS, &DOCUMENT_SET),
            (VENUE_WORDS, &VENUE_SET),
            (LANGUAGES, &LANGUAGE_SET),
            (TOWN_WORDS, &TOWN_SET),
            (MORE_REGION_WORDS, &MORE_REGION_SET),
        ];
        for (list, set) in sets {
            assert!(list.iter().all(|w| set.contains(w)));
            assert!(set.iter().all(|w| list.contains(w)));
        }
    }

    fn roles(text: &str) -> Vec<String> {
        let doc = Document::from_text("t".into(), "t".into(), TextFormat::Text, text);
        let seg = segment(&doc, None);
        recognise(&doc, &seg, crate::lexicon::builtin())
            .into_iter()
            .filter(|e| e.kind == EntityKind::Role)
            .map(|e| e.name)
            .collect()
    }

    fn has(text: &str, role: &str) -> bool {
        roles(text).iter().any(|r| r == role)
    }

    #[test]
    fn roles_said_of_unnamed_people() {
        let t = "Later the call-in segment brought in Maria, a bartender from Hull, who asked about night buses.";
        assert!(has(t, "bartender"), "{:?}", roles(t));
        let t = "Thanks to our producer, Tomás, for the edit.";
        assert!(has(t, "producer"), "{:?}", roles(t));
        // The nouns before an English head are part of the title.
        let t = "The group visited a primary school where a school cook named Lena had been cooking with local produce.";
        assert!(has(t, "school cook"), "{:?}", roles(t));
    }

    #[test]
    fn a_german_body_compound_before_a_name_is_the_affiliation() {
        let t = "Jarosław Nowicki, Geschäftsführer des städtischen Reinigungsbetriebs Czyste Miasto, stellte das Projekt vor.";
        assert!(has(t, "Geschäftsführer"), "{:?}", roles(t));
    }

    #[test]
    fn a_world_region_is_part_of_the_role() {
        let t = "The agency's head of Asia-Pacific, Rahul Menon, confirmed the plan.";
        assert!(has(t, "head of Asia-Pacific"), "{:?}", roles(t));
        let t = "Kiri Morales, responsabile dei progetti in America Latina della rete, ha parlato del gemellaggio.";
        assert!(
            has(t, "responsabile dei progetti in America Latina"),
            "{:?}",
            roles(t)
        );
    }

    #[test]
    fn roles_of_small_groups_but_not_attendee_lists() {
        let t =
            "Several councillors worried about the effect of metered charging on large families.";
        assert!(has(t, "councillors"), "{:?}", roles(t));
        let t = "Around 350 councillors, transport planners and campaigners came to the Guildhall.";
        assert!(!has(t, "councillors"), "{:?}", roles(t));
        let t = "In Utrecht hebben de burgemeesters en wethouders van twaalf gemeenten het akkoord getekend.";
        assert!(has(t, "burgemeesters"), "{:?}", roles(t));
        assert!(has(t, "wethouders"), "{:?}", roles(t));
    }

    #[test]
    fn no_role_in_quotes_names_or_pointing_back() {
        let t = "“A small town does not need a data scientist,” she said.";
        assert!(!has(t, "data scientist"), "{:?}", roles(t));
        let t = "The awards dinner at the Bone Student Center was hosted by Ana Ruiz Delgado.";
        assert!(!roles(t).iter().any(|r| r == "Student"), "{:?}", roles(t));
        // "the mayor" alone points back to someone named before.
        let t = "«Queremos aldeias com gente», afirmou o autarca.";
        assert!(!has(t, "autarca"), "{:?}", roles(t));
    }

    #[test]
    fn role_text_without_former_or_local() {
        let t = "A former engineer from Leeds asked whether the scheme would last.";
        assert!(has(t, "engineer"), "{:?}", roles(t));
        assert!(!has(t, "former engineer"), "{:?}", roles(t));
    }

    #[test]
    fn role_text_without_the_affiliation_tail() {
        let t = "Marcus Webb, general manager of the regional bus agency, described a pilot.";
        assert!(has(t, "general manager"), "{:?}", roles(t));
        let t = "Ad aprire i lavori è stata l'assessora alla Cultura della Città di Bergamo, Giulia Ferri, che ha parlato delle biblioteche.";
        assert!(has(t, "assessora alla Cultura"), "{:?}", roles(t));
        let t = "Jan Kowalski, Geschäftsführer des Kölner Maschinenbauers Berger & Lutz GmbH, widersprach.";
        assert!(has(t, "Geschäftsführer"), "{:?}", roles(t));
        let t = "The head teacher of one of these schools was frank about the taps.";
        assert!(has(t, "head teacher"), "{:?}", roles(t));
        // A body followed by its place is a unit, part of the function.
        let t = "Budi Hartono, deputy head of the water resources agency, Semarang, spoke next.";
        assert!(
            has(t, "deputy head of the water resources agency"),
            "{:?}",
            roles(t)
        );
    }

    #[test]
    fn dutch_verb_in_second_place_is_no_part_of_a_title() {
        let t = "Daarna nam gedeputeerde Energie en Klimaat van de Provincie Utrecht, Ravi Ramdin, het woord.";
        assert!(has(t, "gedeputeerde Energie en Klimaat"), "{:?}", roles(t));
    }

    #[test]
    fn portfolios_and_complements() {
        let t = "Dr. Lena Hoxha (Bereichsleiterin Personal, Verband kommunaler Unternehmen) sprach über Fachkräfte.";
        assert!(has(t, "Bereichsleiterin Personal"), "{:?}", roles(t));
        let t =
            "The committee sent Kazimierz Nowak, its rapporteur on energy poverty, to the meeting.";
        assert!(has(t, "rapporteur on energy poverty"), "{:?}", roles(t));
    }
}
