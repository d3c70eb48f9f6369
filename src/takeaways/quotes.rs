//! Quote takeaways: speech in quotation marks (“ ” " " « » „ “ ‚ ‘ ‹ › ‘ ’ ' ') and its
//! speaker.
//!
//! A quotation is speech when a verb of saying frames it in its sentence ("…,” said Hartmann),
//! when it is a sentence of its own, when it continues a quote split by its attribution (“…,”
//! she said. “…”), when it hands over to its attribution with a comma, or when it is a
//! lowercase fragment that ends a clause of a sentence about a named person ("mais « le mécène
//! ne remplacera jamais la collectivité »"). Scare quotes, titles and labels are left out: short
//! quotations inside a noun phrase ("the “heritage at risk” map"), after a word of naming ("a
//! keynote called …"), title-cased ones, titles the sentence runs on from, and a quotation alone
//! in the document's header. Split quotes are two quotes, as the gold files record them.
//!
//! The attribution is read after the quote, then before it, within the sentence: a person
//! mentioned there (not one after a preposition or owning something), a name next to a verb of
//! saying or opening the clause before an apposition, a name after a dash or before a colon, a
//! view holder ("Pour Jean Dupont, « … »"), a pronoun or a possessive, a definite role or noun
//! phrase ("the mayor added", "afirmou o autarca", "the Dutchman said"), an indefinite or group
//! subject ("one participant said", which names nobody), or no subject at all (a dropped
//! pronoun: "«…», advirtió"). With no attribution, a pull quote takes the signature in the next
//! block, then a sentence after it that points back ("These were the words of …"), then the
//! person the sentence before is about. Pronouns stand for the last person named before the
//! quote whose given name agrees in gender; roles for the person known to hold them, else the
//! paragraph's last person. Names resolve to the person entities' canonical names (a partial
//! entity name to the one fuller name), or, for people the recogniser missed, to the fullest
//! form the text uses. Word lists live in [`super::speech`].

use super::speech::{self, Gender};
use super::{folded_words, squash, Takeaway, TakeawayKind, QUOTE_SCORE};
use crate::entities::{Entity, EntityKind};
use crate::input::{BlockKind, Document};
use crate::lexicon::{Cue, Lexicons};
use crate::segment::{fold, fold_into, Lang, Segmented, Sentence, TokenKind};
use rustc_hash::FxHashMap;

/// Fewest words of a quotation that is speech (shorter ones are scare quotes or labels).
const MIN_WORDS: usize = 3;
/// Fewest words of a quotation that is speech without ending as a sentence inside the marks.
const MIN_WORDS_OPEN: usize = 5;
/// Most words of a block that signs the pull quote before it ("— Maria Rossi, Mayor of Lyon").
const MAX_SIGNATURE_WORDS: usize = 12;
/// Most words of a name looked for at the start of a sentence.
const MAX_NAME_TOKENS: usize = 5;
/// Most words of a quotation inside a noun phrase that is read as a label.
const MAX_LABEL_WORDS: usize = 6;
/// Fewest words of a quotation that continues a split quote right after its attribution.
const MIN_WORDS_CONTINUED: usize = 2;
/// Most words of a line above the body that is part of a document's header (title, date,
/// subtitle), where a quotation is a title, not speech.
const MAX_HEADER_LINE_WORDS: usize = 12;

/// Which side of a quote an attribution lies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// Before the open mark ("Rossi said: “…”").
    Before,
    /// After the close mark ("“…,” said Rossi").
    After,
}

/// Articles after which a capitalised word is a noun, not someone's first name; not the
/// articles some languages put before first names ("a Ana", "la Giulia").
const NOUN_ARTICLES: &[&str] = &[
    "the", "an", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem",
    "einer", "eines", "het", "een", "les", "un", "une", "los", "gli", "um", "uma",
];

/// Where the word (letters and hyphens) that ends `head` starts; `head.len()` when `head` ends
/// with anything else.
fn last_word_start(head: &str) -> usize {
    head.char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '-')
        .last()
        .map_or(head.len(), |(i, _)| i)
}

/// Whether a quotation reads as a title or a name: every word but stop words is capitalised
/// ("Plan Culture Près de Chez Vous").
fn title_like(inner: &str, lang: Lang) -> bool {
    title_words(inner, lang) >= 2
}

/// How many words of a quotation are capitalised when every word but stop words is (0
/// otherwise): four or more make a title even with a full stop inside the marks ("BEYOND
/// THE HYPE: AI, Media, and the New Creative Frontier."), as American style puts it.
fn title_words(inner: &str, lang: Lang) -> usize {
    let mut capitalised = 0;
    for w in inner.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // German capitalises every noun: a verb, a pronoun or a negation in lower case makes a
        // sentence ("Kontinuität ist bei uns kein Luxus"), not a title.
        if lang == Lang::De && GERMAN_CLAUSE_WORDS.contains(&w) {
            return 0;
        }
        if w.is_empty() || lang.is_stop_word(&w.to_lowercase()) {
            continue;
        }
        if !w.starts_with(char::is_uppercase) {
            return 0;
        }
        capitalised += 1;
    }
    capitalised
}

/// Whether the text before a quotation ends with a noun for a session, an event or a
/// document, right before the marks or before a comma: "il seminario «Patrimonio e comunità:
/// …»", "the full survey report, “Who Keeps the Lights On?”," name the thing.
fn named_by_noun(head: &str) -> bool {
    let head = head.trim_end();
    let head = head.strip_suffix(',').unwrap_or(head).trim_end();
    let word = fold(&head[last_word_start(head)..]);
    speech::is_talk_noun(&word) || speech::is_work_noun(&word)
}

/// Lower-case German words that only a clause holds: auxiliaries, pronouns, negations.
const GERMAN_CLAUSE_WORDS: &[&str] = &[
    "ist", "sind", "war", "waren", "hat", "haben", "wird", "werden", "kann", "können", "muss",
    "müssen", "wir", "ich", "uns", "nicht", "kein", "keine", "keinen",
];

/// Whether a quotation is all its block holds, but for punctuation.
fn fills_block(doc: &Document, bi: usize, span: &Span) -> bool {
    let block = &doc.blocks[bi];
    doc.text[block.start..span.open].trim().is_empty()
        && doc.text[span.close..block.end]
            .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .is_empty()
}

/// Whether a quotation fills its block and stands in the document's header, before any body
/// text: the debate's title in « », not speech.
fn in_header(doc: &Document, bi: usize, span: &Span) -> bool {
    fills_block(doc, bi, span)
        && doc.blocks[..bi].iter().all(|b| {
            let t = doc.block_text(b).trim();
            matches!(b.kind, BlockKind::Heading { .. })
                || (t.split_whitespace().count() <= MAX_HEADER_LINE_WORDS
                    && !t.ends_with(['.', '!', '?', ':']))
        })
}

/// Name particles that may start or sit inside a surname ("von Arnim", "da Costa").
const PARTICLES: &[&str] = &[
    "von", "van", "de", "da", "der", "den", "di", "del", "della", "dos", "das", "du", "la", "le",
    "ten", "ter", "zu", "bin", "al", "el",
];

/// Quotation marks: an opening mark and the marks that may close it.
const QUOTE_PAIRS: &[(char, &[char])] = &[
    ('“', &['”']),
    ('"', &['"']),
    ('«', &['»']),
    // German text typed without autocorrect closes „ with a straight mark.
    ('„', &['“', '”', '"']),
    ('‘', &['’']),
    ('»', &['«']),
    ('‹', &['›']),
    ('‚', &['‘', '’']),
    ('\'', &['\'']),
];

/// A quotation found in a block: byte offsets in the document.
#[derive(Debug, Clone, Copy)]
struct Span {
    /// The opening mark.
    open: usize,
    /// Start of the text inside the marks.
    inner_start: usize,
    /// End of the text inside the marks.
    inner_end: usize,
    /// Just past the closing mark.
    close: usize,
    /// A French incise follows inside the marks: this part ends where the attribution starts.
    incise: bool,
}

/// Finds the quotations of a block (offsets relative to the block text).
///
/// Goes from opening mark to opening mark by bytes, decoding only around the marks: every
/// opening mark is `"` or `'` or starts with the byte 0xC2 (« ») or 0xE2 (the others), bytes
/// that only ever start a character. This reads every block of every document.
fn quote_spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let prev_char = |at: usize| text[..at].chars().next_back();
    let next_char = |at: usize| text[at..].chars().next();
    let mut spans = Vec::new();
    let mut pos = 0;
    while let Some(k) = bytes[pos..]
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
    {
        pos += k;
        let c = next_char(pos).unwrap_or_default();
        let after_open = pos + c.len_utf8();
        let Some(&(_, closers)) = QUOTE_PAIRS.iter().find(|(o, _)| *o == c) else {
            pos = after_open;
            continue;
        };
        let prev_alnum = prev_char(pos).is_some_and(char::is_alphanumeric);
        let next_alnum = next_char(after_open).is_some_and(char::is_alphanumeric);
        // An apostrophe inside or after a word ("don't", "cities'") opens nothing.
        if matches!(c, '‘' | '\'') && (prev_alnum || !next_alnum) {
            pos = after_open;
            continue;
        }
        let close = text[after_open..]
            .char_indices()
            .map(|(q, d)| (after_open + q, d))
            .find(|&(q, d)| {
                closers.contains(&d) && {
                    let after_alnum =
                        next_char(q + d.len_utf8()).is_some_and(char::is_alphanumeric);
                    let before_space = prev_char(q).is_some_and(char::is_whitespace);
                    // ’ and ' inside a word are apostrophes, not closing marks.
                    !(matches!(d, '’' | '\'') && (after_alnum || before_space))
                }
            });
        let Some((close_pos, d)) = close else {
            pos = after_open;
            continue;
        };
        spans.push(Span {
            open: pos,
            inner_start: after_open,
            inner_end: close_pos,
            close: close_pos + d.len_utf8(),
            incise: false,
        });
        pos = close_pos + d.len_utf8();
    }
    split_incises(text, spans)
}

/// Pronouns of a French incise, inverted after its verb with a hyphen.
const INCISE_PRONOUNS: &[&str] = &["il", "elle", "ils", "elles", "on"];

/// French sets the attribution inside the marks, between commas: « Un objet, a-t-elle
/// expliqué, ne revient pas … ». Such a quotation is two, as the gold files record a split
/// quote, with the incise between them as the first one's attribution.
fn split_incises(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        let inner = &text[span.inner_start..span.inner_end];
        let incise = inner.match_indices(", ").find_map(|(c, _)| {
            let rest = &inner[c + 2..];
            let end = rest.find(", ")?;
            let words: Vec<&str> = rest[..end].split_whitespace().collect();
            let inverted = words.first().is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && w.rsplit_once('-').is_some_and(|(verb, pronoun)| {
                        !verb.is_empty() && INCISE_PRONOUNS.contains(&pronoun)
                    })
            });
            (inverted && words.len() <= 3 && c > 0).then_some((c, c + 2 + end + 2))
        });
        push_split(&mut out, span, incise);
    }
    out
}

/// Pushes `span`, or, when an incise runs from `cut` to `resume` (offsets inside the marks),
/// the part before it (whose attribution the incise is) and the part after it.
fn push_split(out: &mut Vec<Span>, span: Span, incise: Option<(usize, usize)>) {
    match incise {
        Some((cut, resume)) => {
            out.push(Span {
                close: span.inner_start + cut,
                inner_end: span.inner_start + cut,
                incise: true,
                ..span
            });
            out.push(Span {
                open: span.inner_start + resume,
                inner_start: span.inner_start + resume,
                ..span
            });
        }
        None => out.push(span),
    }
}

/// Italian, Spanish and Portuguese set the attribution between dashes inside the marks:
/// “L’Irpinia avrà un ruolo – afferma Rizieri Buonopane – ovviamente …”. As with a French
/// incise, the quotation is two, the first one's attribution between them. Only a verb of
/// saying opening the part between the dashes makes it an incise ("– e lo dico chiaramente –"
/// is the speaker's own aside).
fn split_dash_incises(text: &str, spans: Vec<Span>, lex: &Lexicons, lang: Lang) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        let inner = &text[span.inner_start..span.inner_end];
        let found = (!span.incise)
            .then(|| {
                [" – ", " — ", " - "].iter().find_map(|d| {
                    let a = inner.find(d).filter(|&a| a > 0)?;
                    let rest = &inner[a + d.len()..];
                    let b = rest.find(d)?;
                    let middle = &rest[..b];
                    let first = middle.split_whitespace().next()?;
                    let verb = middle.starts_with(char::is_lowercase)
                        && middle.split_whitespace().count() <= 8
                        && lex.is_cue_in(Cue::SpeechVerb, &fold(first), lang);
                    verb.then_some((a, a + d.len() + b + d.len()))
                })
            })
            .flatten();
        push_split(&mut out, span, found);
    }
    out
}

/// The quotation text as recorded: trimmed, without a trailing attribution comma.
fn clean_inner(inner: &str) -> String {
    squash(
        inner
            .trim()
            .trim_end_matches([',', ';', ':'])
            .trim_end()
            .trim_start_matches(['…'])
            .trim(),
    )
}

/// First-person subject pronouns, folded: the writer of the recap.
const FIRST_PERSON: &[&str] = &[
    "i", "we", "je", "nous", "ich", "wir", "yo", "io", "eu", "ik", "wij",
];

/// Who an attribution names.
#[derive(Debug, Clone, PartialEq)]
enum Who {
    /// A resolved name.
    Named(String),
    /// A personal pronoun (with its gender when it has one): the last person named before the
    /// quote who agrees with it.
    Pronoun(Option<Gender>),
    /// A definite role ("the mayor said"): the person named before with that role.
    Role(String),
    /// A verb of saying with no name ("one participant said").
    Unnamed,
    /// No attribution.
    Nothing,
}

/// A person mention: span and canonical name.
#[derive(Debug, Clone)]
struct PersonMention {
    start: usize,
    end: usize,
    name: String,
}

/// Everything the speaker rules look up.
struct Ctx<'a> {
    doc: &'a Document,
    seg: &'a Segmented,
    lex: &'a Lexicons,
    /// Person entity mentions, sorted by start.
    mentions: Vec<PersonMention>,
    /// Person entities: canonical name (cleaned) and folded name tokens.
    people: Vec<(String, Vec<String>)>,
    /// Person entities with a role: canonical name and folded role.
    roles: Vec<(String, String)>,
    /// Byte ranges of the places' and bodies' mentions, sorted: a given name inside one
    /// ("Talavera de la Reina") is nobody's.
    places: Vec<(usize, usize)>,
    /// Genders the text itself gives people, by canonical name: see [`genders_in_text`].
    genders: FxHashMap<String, Gender>,
}

/// The gender a folded kinship noun gives the name after it ("his wife Jean", "sa fille
/// Camille").
fn kin_gender(folded: &str) -> Option<Gender> {
    match folded {
        "wife" | "daughter" | "mother" | "sister" | "granddaughter" | "grandmother" | "femme"
        | "fille" | "mere" | "soeur" | "frau" | "tochter" | "mutter" | "schwester" | "esposa"
        | "mujer" | "hija" | "madre" | "hermana" | "moglie" | "figlia" | "sorella" | "vrouw"
        | "dochter" | "moeder" | "zus" | "mulher" | "filha" | "mae" | "irma" => {
            Some(Gender::Female)
        }
        "husband" | "son" | "father" | "brother" | "grandson" | "grandfather" | "mari" | "fils"
        | "pere" | "frere" | "mann" | "sohn" | "vater" | "bruder" | "esposo" | "marido"
        | "hijo" | "padre" | "hermano" | "figlio" | "fratello" | "man" | "zoon" | "vader"
        | "broer" | "filho" | "pai" | "irmao" => Some(Gender::Male),
        _ => None,
    }
}

/// English pronouns that tell a person's gender when they follow the name in its sentence;
/// other languages' are left out, as they also mean "they", "its" or "the" ("sie", "sa", "el").
fn english_pronoun_gender(word: &str) -> Option<Gender> {
    let is = |forms: &[&str]| forms.iter().any(|f| word.eq_ignore_ascii_case(f));
    if is(&["she", "her", "herself"]) {
        Some(Gender::Female)
    } else if is(&["he", "his", "him", "himself"]) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// "Wanjiru Kamau … showed how her space trains young people": the first English pronoun
/// after a person's name, in a sentence naming no one else, gives that person's gender, which
/// beats the given-name list (whose sources may have a name's gender wrong or unknown).
fn genders_in_text(
    text: &str,
    seg: &Segmented,
    mentions: &[PersonMention],
) -> FxHashMap<String, Gender> {
    let mut out: FxHashMap<String, Gender> = FxHashMap::default();
    for m in mentions {
        if out.contains_key(&m.name) {
            continue;
        }
        let sentence = &seg.sentences[seg.sentence_at(m.start)];
        // Mentions are sorted by start: the sentence's are one run, found by binary search.
        let from = mentions.partition_point(|o| o.start < sentence.start);
        let alone = mentions[from..]
            .iter()
            .take_while(|o| o.start < sentence.end)
            .filter(|o| o.end <= sentence.end)
            .all(|o| o.name == m.name);
        if !alone {
            continue;
        }
        let gender = sentence
            .tokens
            .clone()
            .filter(|&i| seg.tokens[i].start >= m.end && seg.tokens[i].kind == TokenKind::Word)
            .find_map(|i| english_pronoun_gender(&text[seg.tokens[i].start..seg.tokens[i].end]));
        if let Some(g) = gender {
            out.insert(m.name.clone(), g);
        }
    }
    out
}

/// Appends the quotes of `doc`, with their speakers, to `out`.
pub(super) fn extract(
    doc: &Document,
    seg: &Segmented,
    entities: &[Entity],
    lex: &Lexicons,
    out: &mut Vec<Takeaway>,
) {
    let persons: Vec<&Entity> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .collect();
    let names = speaker_names(&persons, doc, lex);
    let mut people: Vec<(String, Vec<String>)> = Vec::new();
    let mut mentions = Vec::new();
    let mut roles = Vec::new();
    for (e, name) in persons.iter().zip(&names) {
        if let Some(role) = &e.role {
            roles.push((name.clone(), fold(role)));
        }
        if !people.iter().any(|(n, _)| n == name) {
            people.push((name.clone(), folded_words(name)));
        }
        for m in &e.mentions {
            mentions.push(PersonMention {
                start: m.start,
                end: m.end,
                name: name.clone(),
            });
        }
    }
    name_word_mentions(doc, seg, lex, &people, &mut mentions);
    mentions.sort_by(|a, b| (a.start, a.end, &a.name).cmp(&(b.start, b.end, &b.name)));
    let mut places: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EntityKind::City | EntityKind::Country | EntityKind::Organisation
            )
        })
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    places.sort_unstable();
    let genders = if seg.lang == crate::segment::Lang::En {
        genders_in_text(&doc.text, seg, &mentions)
    } else {
        FxHashMap::default()
    };
    let mut ctx = Ctx {
        doc,
        seg,
        lex,
        mentions,
        people,
        roles,
        places,
        genders,
    };
    for (bi, block) in doc.blocks.iter().enumerate() {
        if matches!(block.kind, BlockKind::Heading { .. }) {
            continue;
        }
        let text = doc.block_text(block);
        let spans: Vec<Span> = split_dash_incises(text, quote_spans(text), lex, seg.lang)
            .into_iter()
            .map(|s| Span {
                open: s.open + block.start,
                inner_start: s.inner_start + block.start,
                inner_end: s.inner_end + block.start,
                close: s.close + block.start,
                ..s
            })
            .collect();
        // The previous speech quote of the block: where its attribution ends, and its speaker.
        let mut prev: Option<(usize, Option<String>)> = None;
        for (k, span) in spans.iter().enumerate() {
            let raw_inner = &doc.text[span.inner_start..span.inner_end];
            let inner = clean_inner(raw_inner);
            let words = inner.split_whitespace().count();
            if words < MIN_WORDS_CONTINUED {
                continue;
            }
            let prev_close = if k > 0 {
                spans[k - 1].close
            } else {
                block.start
            };
            let next_open = spans.get(k + 1).map_or(block.end, |s| s.open);
            let (before_start, after_end) =
                attribution_bounds(&ctx, span, &inner, prev_close, next_open, block.end);
            let after = ctx.attribution(span.close, after_end, span.open, Side::After);
            let before = ctx.attribution(before_start, span.open, span.open, Side::Before);
            let framed = after.1 || before.1;
            let terminal = inner.ends_with(['.', '!', '?', '…']);
            let after_empty = doc.text[span.close..after_end]
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?'))
                .is_empty();
            let standalone = doc.text[before_start..span.open].trim().is_empty() && after_empty;
            // A quote right after another one's attribution continues it: “…,” she said. “…”
            let continues = prev
                .as_ref()
                .is_some_and(|(end, _)| doc.text[*end..span.open].trim().is_empty());
            // “Improvisatie is een kracht,” schreef hij: the comma hands over to a verb of saying.
            let handed_over = after.1
                && (raw_inner.trim_end().ends_with(',')
                    || doc.text[span.close..after_end]
                        .trim_start()
                        .starts_with(','));
            let speaker_before = matches!(before.0, Who::Named(_) | Who::Pronoun(_));
            let speech = if span.incise {
                // Its attribution is the incise: « Un objet, a-t-elle expliqué, … ».
                after.1
            } else if words < MIN_WORDS {
                // “…,” Krishnan said. “Expensive tuition.”
                continues && terminal
            } else if words >= MIN_WORDS_OPEN {
                // A clause taken from someone's words inside a sentence about them: "Er wolle
                // eine Ausbildung aufbauen, „die jungen Leuten eine Zukunft zu Hause gibt“".
                let clause_ends = doc.text[span.close..block.end]
                    .trim_start()
                    .chars()
                    .next()
                    .is_none_or(|c| {
                        matches!(
                            c,
                            '.' | ',' | ';' | ':' | ')' | '!' | '?' | '…' | '–' | '—' | '-'
                        ) || QUOTE_PAIRS.iter().any(|(_, closers)| closers.contains(&c))
                    });
                let reported =
                    inner.starts_with(char::is_lowercase) && speaker_before && clause_ends;
                // "Vigliotti: «Nessuno si trasferisce … decente».": a whole sentence that a
                // colon after its speaker introduces is speech, its final stop outside the
                // marks (not a talk's title after "keynote:").
                let known_speaker = match &before.0 {
                    Who::Named(name) => ctx.people.iter().any(|(n, _)| n == name),
                    _ => false,
                };
                let introduced = known_speaker
                    && inner.starts_with(char::is_uppercase)
                    && doc.text[before_start..span.open].trim_end().ends_with(':');
                framed || terminal || standalone || continues || reported || introduced
            } else {
                // Short quotes need a verb of saying and must end as speech does: inside the
                // marks, by handing over to the attribution, or as the end of a reported clause
                // ("admitió que la comunicación fue «el punto más débil»").
                (continues && terminal)
                    || (framed
                        && (terminal || handed_over || (before.1 && speaker_before && after_empty)))
            };
            // 'The workshop "How do we fund the transition?" was fully booked': a quotation
            // that the sentence runs on from, with no verb of saying on either side, is a title.
            let runs_on = doc.text[span.close..after_end]
                .trim_start()
                .starts_with(char::is_lowercase);
            let embedded = runs_on && !framed && matches!(after.0, Who::Nothing);
            if !speech
                || embedded
                || (in_header(doc, bi, span) && ctx.signature_after(bi, span).is_none())
                || ctx.named(span)
                || title_words(&inner, seg.lang) >= 4
                || (!terminal && (title_like(&inner, seg.lang) || ctx.labelled(span, words)))
                || (inner.starts_with(char::is_uppercase)
                    && !continues
                    && named_by_noun(&doc.text[..span.open]))
            {
                continue;
            }
            // "Key line, which half the room photographed: “…”": nothing names a speaker, and
            // a colon hands over to the quote.
            let colon_unattributed = matches!(after.0, Who::Nothing)
                && matches!(before.0, Who::Nothing)
                && after_empty
                && doc.text[before_start..span.open].trim_end().ends_with(':');
            let speaker = choose_speaker(after, before, |who| match who {
                // "the mayor added": the person known to hold the role, else the person the
                // paragraph is about ("o autarca" for the "presidente da Câmara").
                Who::Role(head) => ctx
                    .role_holder(head, span.open)
                    .or_else(|| ctx.last_person_between(block.start, span.open)),
                Who::Pronoun(gender) => ctx.pronoun_referent(block.start, span.open, *gender),
                _ => None,
            })
            .unwrap_or_else(|| match &prev {
                Some((_, s)) if continues => s.clone(),
                // A quote that opens its sentence with no attribution: the person the sentence
                // before is about ("Roe was blunt. “…”").
                _ if before_start == span.open && !continues => after_empty
                    .then(|| {
                        ctx.signature_after(bi, span)
                            .or_else(|| ctx.next_sentence_speaker(span.close))
                    })
                    .flatten()
                    .or_else(|| ctx.previous_sentence_person(span.open, block.start)),
                // The paragraph's only person before it speaks.
                _ if colon_unattributed => ctx.only_person_between(block.start, span.open),
                _ => None,
            });
            // "" is a referent without a name (a first name only).
            let speaker = speaker.filter(|s| !s.is_empty());
            if let Some(name) = &speaker {
                // A fallback name found in the text counts as a mention for later pronouns.
                if !ctx.mentions.iter().any(|m| &m.name == name) {
                    ctx.remember(name, span.open);
                }
            }
            prev = Some((after_end.max(span.close), speaker.clone()));
            out.push(Takeaway {
                text: inner,
                kind: TakeawayKind::Quote,
                speaker,
                sentence: seg.sentence_at(span.inner_start),
                score: QUOTE_SCORE,
            });
        }
    }
}

/// The speaker name of each person entity: the entity's cleaned name, or, for a name whose
/// words all belong to exactly one fuller name in the document ("Krishnan", "Van den Broeck"),
/// that fuller name.
fn speaker_names(persons: &[&Entity], doc: &Document, lex: &Lexicons) -> Vec<String> {
    let mut names: Vec<String> = persons
        .iter()
        .map(|e| clean_person_name(&e.name, e, doc, lex))
        .collect();
    let words: Vec<Vec<String>> = names.iter().map(|n| folded_words(n)).collect();
    for i in 0..names.len() {
        let mut fuller = (0..names.len()).filter(|&j| {
            words[j].len() > words[i].len() && words[i].iter().all(|w| words[j].contains(w))
        });
        if let (Some(j), None) = (fuller.next(), fuller.next()) {
            names[i] = names[j].clone();
        }
    }
    names
}

/// Adds a mention wherever a capitalised word of the text is a word of exactly one person's
/// name ("Okafor, who grew up …", "Kim compared …"), so that a later "he said" finds the person
/// the recogniser only named in full elsewhere. Particles, stop words, place names and cue words
/// never stand for a person.
fn name_word_mentions(
    doc: &Document,
    seg: &Segmented,
    lex: &Lexicons,
    people: &[(String, Vec<String>)],
    mentions: &mut Vec<PersonMention>,
) {
    // Word -> the one person whose name holds it (None when several do).
    // FxHash: looked up for every word of the text.
    let mut owner: FxHashMap<&str, Option<usize>> = FxHashMap::default();
    for (i, (_, words)) in people.iter().enumerate() {
        for w in words
            .iter()
            .filter(|w| words.len() > 1 && w.chars().count() > 1)
        {
            let common = PARTICLES.contains(&w.as_str())
                || seg.lang.is_stop_word(w)
                || speech::is_pronoun(w)
                || !lex.cities_for(w).is_empty()
                || lex.country_for(w).is_some()
                || lex.is_cue(Cue::Honorific, w)
                || lex.is_cue(Cue::RoleHead, w)
                || lex.is_cue(Cue::Month, w);
            if common {
                continue;
            }
            owner
                .entry(w.as_str())
                .and_modify(|o| {
                    if *o != Some(i) {
                        *o = None;
                    }
                })
                .or_insert(Some(i));
        }
    }
    if owner.is_empty() {
        return;
    }
    // The first bytes of the ASCII name words, by byte length (63 standing for any longer
    // one): an ASCII word folds to a lower-case word of its own length, so one whose length
    // and lower-cased first byte no name word has is no name word, and is neither folded nor
    // looked up (most words of the text are not).
    let mut shapes = [0u128; 64];
    for w in owner.keys() {
        if let Some(&b) = w.as_bytes().first().filter(|b| b.is_ascii()) {
            shapes[w.len().min(63)] |= 1 << b;
        }
    }
    let may_own = |surface: &str| {
        !surface.is_ascii()
            || surface
                .as_bytes()
                .first()
                .is_some_and(|b| shapes[surface.len().min(63)] & 1 << b.to_ascii_lowercase() != 0)
    };
    let mut buf = String::new();
    // Name words the text also writes in lower case ("Young", "Green", "Koch"): common words,
    // counted only where a sentence does not start with them.
    let mut common: Vec<&str> = Vec::new();
    for t in seg.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let surface = &doc.text[t.start..t.end];
        if surface.starts_with(char::is_lowercase) && may_own(surface) {
            buf.clear();
            fold_into(surface, &mut buf);
            if let Some((w, _)) = owner.get_key_value(buf.as_str()) {
                common.push(w);
            }
        }
    }
    let known = mentions.len();
    for t in seg.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let surface = &doc.text[t.start..t.end];
        if !surface.starts_with(char::is_uppercase) || !may_own(surface) {
            continue;
        }
        buf.clear();
        fold_into(surface, &mut buf);
        let Some(&Some(i)) = owner.get(buf.as_str()) else {
            continue;
        };
        let opens_sentence = seg.sentences[seg.sentence_at(t.start)].start == t.start;
        if opens_sentence && common.contains(&buf.as_str()) {
            continue;
        }
        if mentions[..known]
            .iter()
            .any(|m| m.start < t.end && t.start < m.end)
        {
            continue;
        }
        mentions.push(PersonMention {
            start: t.start,
            end: t.end,
            name: people[i].0.clone(),
        });
    }
}

/// The speaker from the attributions after and before a quote, in order: a name after it, a
/// name before it framed by a verb of saying, a pronoun or a definite role after or before it
/// (resolved by `refer`), an unnamed speaker
/// (`Some(None)`), a name before it without a verb. `None` when neither side attributes it.
fn choose_speaker(
    after: (Who, bool),
    before: (Who, bool),
    refer: impl Fn(&Who) -> Option<String>,
) -> Option<Option<String>> {
    match (after, before) {
        ((Who::Named(n), _), _) => Some(Some(n)),
        (_, (Who::Named(n), true)) => Some(Some(n)),
        ((w @ (Who::Pronoun(_) | Who::Role(_)), _), _)
        | (_, (w @ (Who::Pronoun(_) | Who::Role(_)), _)) => Some(refer(&w)),
        ((Who::Unnamed, _), _) | (_, (Who::Unnamed, _)) => Some(None),
        (_, (Who::Named(n), false)) => Some(Some(n)),
        ((Who::Nothing, _), (Who::Nothing, _)) => None,
    }
}

/// Where the attribution of a quote may lie: from the start of its sentence (or the previous
/// quote's end) to the open mark, and from the close mark to the end of its sentence (or the
/// next quote's start).
fn attribution_bounds(
    ctx: &Ctx,
    span: &Span,
    inner: &str,
    prev_close: usize,
    next_open: usize,
    block_end: usize,
) -> (usize, usize) {
    let seg = ctx.seg;
    let text = &ctx.doc.text;
    let si = seg.sentence_at(span.open);
    let before_start = seg.sentences[si].start.max(prev_close).min(span.open);
    let ci = seg.sentence_at(span.close.saturating_sub(1));
    let mut end = seg.sentences[ci].end.max(span.close);
    // "“Why?” she asked." The sentence splitter may end the sentence at the mark.
    let rest = text[span.close..block_end].trim_start();
    let lower_next = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c == ',');
    if rest.starts_with(['–', '—']) || rest.starts_with("- ") {
        // "“…” – Maria Rossi": a signature runs to the end of its line.
        let line_end = rest.find('\n').unwrap_or(rest.len());
        end = block_end - rest.len() + line_end;
    } else if end <= span.close && lower_next {
        if let Some(next) = seg.sentences.get(ci + 1) {
            end = next.end.min(block_end);
        }
    } else if end <= span.close || (inner.ends_with(['.', '!', '?']) && !lower_next) {
        // The quote ended its sentence: nothing after it belongs to it.
        end = span.close;
    }
    (before_start, end.min(next_open).max(span.close))
}

impl Ctx<'_> {
    /// Reads the attribution in `[start, end)` on one `side` of a quote: who it names and
    /// whether it has a verb of saying. `quote` is the open mark of the quote (for pronoun and
    /// surname resolution).
    fn attribution(&self, start: usize, end: usize, quote: usize, side: Side) -> (Who, bool) {
        if start >= end {
            return (Who::Nothing, false);
        }
        let text = &self.doc.text;
        // Tokens are in order and do not overlap: the ones inside [start, end) are a range,
        // found by binary search instead of a pass over every token of the document.
        let all = &self.seg.tokens;
        let lo = all.partition_point(|t| t.start < start);
        let hi = all.partition_point(|t| t.end <= end).max(lo);
        let toks: Vec<(usize, usize, String)> = all[lo..hi]
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| (t.start, t.end, fold(&text[t.start..t.end])))
            .collect();
        let words: Vec<String> = toks.iter().map(|t| t.2.clone()).collect();
        // Verbs of saying: token index ranges.
        let mut verbs: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            // After an article a verb's form is its noun: "fez um alerta:", "made a remark:".
            if i > 0 && self.article_before_noun(&words[i - 1]) {
                i += 1;
                continue;
            }
            // "She opened with a line I wrote down:": the narrator's own verb attributes
            // nothing.
            if i > 0 && FIRST_PERSON.contains(&words[i - 1].as_str()) {
                i += 1;
                continue;
            }
            // Another language's verb after an article and one word is a noun there: "a
            // sticky note:" ("note" is French for "notes"); the text's own are verbs.
            let foreign_noun = i > 1 && self.article_before_noun(&words[i - 2]);
            let cue = super::cue_at_in(&words, i, Cue::SpeechVerb, self.lex, self.seg.lang)
                .or_else(|| {
                    (!foreign_noun)
                        .then(|| super::cue_at(&words, i, Cue::SpeechVerb, self.lex))
                        .flatten()
                });
            match cue {
                Some(n) => {
                    verbs.push((i, i + n));
                    i += n;
                }
                None if speech::is_extra_speech_verb(&words[i])
                    || speech::is_separable_speech_verb(&words, i) =>
                {
                    verbs.push((i, i + 1));
                    i += 1;
                }
                None => i += 1,
            }
        }
        // "« … », juge-t-il", "„…“, meint sie": right after the quote and its comma, a word
        // inverted with a personal pronoun is a verb of saying, whatever the verb.
        let inverted_pronoun = |k: usize| {
            words.get(k).is_some_and(|w| speech::is_pronoun(w))
                || (words.get(k).is_some_and(|w| w == "t")
                    && words.get(k + 1).is_some_and(|w| speech::is_pronoun(w)))
        };
        if verbs.is_empty()
            && side == Side::After
            && toks.len() >= 2
            && text[start..toks[0].0].trim() == ","
            && text[toks[0].0..toks[0].1].starts_with(char::is_lowercase)
            && inverted_pronoun(1)
        {
            verbs.push((0, 1));
        }
        let in_verb = |k: usize| verbs.iter().any(|&(vs, ve)| k >= vs && k < ve);
        // "put it" is listed; "As Tamm put it" needs no more.
        // "Her message was simple: “…”": someone's words named before a colon frame the quote
        // as a verb of saying does.
        let words_before_colon = matches!(side, Side::Before)
            && text[start..end].trim_end().ends_with(':')
            && words.windows(2).any(|w| {
                speech::is_possessive(&w[0])
                    && (speech::is_words_noun(&w[1])
                        || matches!(w[1].as_str(), "advice" | "verdict"))
            });
        let has_verb = !verbs.is_empty();
        let near_verb = |a: usize, b: usize| {
            verbs
                .iter()
                .any(|&(vs, ve)| (a >= ve && a <= ve + 1) || (b <= vs && b + 1 >= vs))
        };
        // Whether punctuation separates token `k` from the one before (a clause boundary).
        let boundary_before = |k: usize| {
            k == 0
                || text[toks[k - 1].1..toks[k].0].contains([
                    ',', ';', ':', '(', ')', '–', '—', '.', '!', '?', '«', '»', '“', '”', '"',
                ])
        };
        // The words of the clause before a verb, without the auxiliary of a compound tense.
        let subject_before = |vs: usize| {
            let mut a = vs;
            while a > 0 && !boundary_before(a) {
                a -= 1;
            }
            let mut b = vs;
            while b > a && speech::is_auxiliary(&words[b - 1]) {
                b -= 1;
            }
            a..b
        };
        // 1. A person entity mentioned in the attribution; not one after a preposition or
        // owning something ("After Tom Lee's talk, Jane Roe said", "Asked by Tom Lee, Jane Roe
        // said") while another is named.
        let oblique = |m: &PersonMention| {
            let owner = text[m.end..end].starts_with("'s") || text[m.end..end].starts_with("’s");
            let object = toks.iter().rposition(|t| t.1 <= m.start).is_some_and(|k| {
                !in_verb(k)
                    && text[toks[k].1..m.start].trim().is_empty()
                    && speech::is_preposition(&words[k])
            });
            owner || object
        };
        // "“…,” he told Marcus": after a pronoun and its verb of saying, the name (at token
        // `k`) is whom the speaker addressed.
        let addressed_at = |k: usize| {
            verbs
                .iter()
                .any(|&(vs, ve)| ve == k && vs > 0 && speech::is_pronoun(&words[vs - 1]))
        };
        let addressee = |m: &PersonMention| {
            let k = toks.partition_point(|t| t.0 < m.start);
            toks.get(k).is_some_and(|t| t.0 == m.start) && addressed_at(k)
        };
        let mut named = self
            .mentions
            .iter()
            .filter(|m| m.start >= start && m.end <= end && !addressee(m));
        if let Some(m) = named.clone().find(|m| !oblique(m)).or_else(|| named.next()) {
            return (Who::Named(m.name.clone()), has_verb);
        }
        if !has_verb {
            // "Er wolle eine Ausbildung aufbauen, „die …“", "Her advice: “…”": a pronoun or a
            // possessive opening the clause still points to a speaker.
            let pronoun = (0..toks.len()).find(|&k| {
                boundary_before(k)
                    && (speech::is_pronoun(&words[k]) || speech::is_possessive(&words[k]))
                    && text[toks[k].0..toks[k].1].starts_with(char::is_uppercase)
            });
            // "“…” – Maria Rossi", "(Maria Rossi)", "Maria Rossi: “…”", "Pour Jean Dupont,
            // « … »": a name set off by a dash or a bracket after the quote, ending in a colon
            // before it, or framed as the holder of a view.
            let chunk = match side {
                Side::After => toks
                    .first()
                    .filter(|t| text[start..t.0].trim().starts_with(['–', '—', '-', '(']))
                    .and_then(|_| self.name_chunk(&toks, 0))
                    .map(|n| (0, n)),
                Side::Before => {
                    let k = toks.len().saturating_sub(1);
                    let colon = toks.last().is_some_and(|t| text[t.1..end].trim() == ":");
                    // The name ends at the colon; a noun after an article is none ("brachte
                    // es auf den Punkt: „…“").
                    let before_colon = || {
                        (k.saturating_sub(MAX_NAME_TOKENS)..=k).find_map(|a| {
                            self.name_chunk(&toks, a)
                                .filter(|&n| a + n == k + 1)
                                .filter(|_| {
                                    a == 0 || boundary_before(a) || !self.before_noun(&words[a - 1])
                                })
                                .map(|n| (a, n))
                        })
                    };
                    // The name follows the view holder and ends at a comma.
                    let held = || {
                        let n = self.name_chunk(&toks, 1)?;
                        let comma = text[toks[n].1..].trim_start().starts_with(',');
                        (speech::is_view_holder(&words[0]) && comma).then_some((1, n))
                    };
                    if colon {
                        before_colon()
                    } else {
                        held()
                    }
                }
            };
            if let Some((a, n)) = chunk {
                let surface = &text[toks[a].0..toks[a + n - 1].1];
                if let Some(name) = self.resolve(surface, quote) {
                    return (Who::Named(name), words_before_colon);
                }
            }
            return match pronoun {
                Some(k) => (
                    Who::Pronoun(speech::pronoun_gender(&words[k])),
                    words_before_colon,
                ),
                None => (Who::Nothing, words_before_colon),
            };
        }
        // 2. A name the recogniser missed, next to the verb ("said Hartmann", "Fonseca answered").
        // Not a place after a noun ("un musicien venu de Bollène a lancé") and not a name inside
        // an unnamed subject ("a delegate from Sofia said").
        let mut k = 0;
        while k < toks.len() {
            let Some(len) = self.name_chunk(&toks, k) else {
                k += 1;
                continue;
            };
            let place = k > 0
                && PARTICLES.contains(&words[k].as_str())
                && !boundary_before(k)
                && !in_verb(k - 1)
                && text[toks[k - 1].0..toks[k - 1].1].starts_with(char::is_lowercase);
            // "a pharmacist from Cork, asked": a town after a locative is where the speaker
            // comes from.
            let town = k > 0
                && len == 1
                && self.lex.is_cue(Cue::Locative, &words[k - 1])
                && !self.lex.cities_for(&words[k]).is_empty();
            let unnamed_subject = verbs.iter().any(|&(vs, _)| {
                let clause = subject_before(vs);
                k + len <= vs
                    && clause.contains(&k)
                    && words[clause.start..k].iter().any(|w| self.unnamed_word(w))
            });
            let surface = &text[toks[k].0..toks[k + len - 1].1];
            // The subject before an apposition: "“…,” Rossi, who has led the agency since
            // 2019, said", "Rossi, head of the agency, told the room: “…”".
            let opens = k == 0
                && match side {
                    Side::After => true,
                    Side::Before => text[toks[len - 1].1..end].starts_with(','),
                };
            let owner = surface.ends_with("'s") || surface.ends_with("’s");
            // "Young people said": one word opening the sentence that the text also writes in
            // lower case is a common word, even when it is someone's surname.
            let common = len == 1
                && self.seg.sentences[self.seg.sentence_at(toks[k].0)].start == toks[k].0
                && self.written_lowercase(surface);
            // A capitalised noun after an article is no name: "the Dutchman said", "sagte der
            // Ökonom", "a ajouté le Néerlandais".
            let noun = k > 0 && !boundary_before(k) && self.before_noun(&words[k - 1]);
            if (near_verb(k, k + len) || opens)
                && !place
                && !town
                && !addressed_at(k)
                && !unnamed_subject
                && !owner
                && !noun
                && !common
            {
                if let Some(name) = self.resolve(surface, quote) {
                    // Before the quote, a lone capitalised word opening the sentence may be an
                    // adverb ("Later, one participant said"): only a known person counts there.
                    let known = near_verb(k, k + len)
                        || side == Side::After
                        || name.contains(' ')
                        || self.people.iter().any(|(n, _)| *n == name);
                    if known {
                        return (Who::Named(name), true);
                    }
                }
            }
            k += len;
        }
        // 3. A pronoun next to the verb, as its subject: "she said", "a-t-il ajouté",
        // "sagte er"; not an article ("il sindaco ha detto", "el alcalde dijo").
        let verbish = |k: usize| in_verb(k) || speech::is_auxiliary(&words[k]);
        // "She also admitted that …": an adverb may stand between the pronoun and its verb,
        // as one slips into a statement's cue.
        let adverb = |w: &str| {
            super::statements::is_insertion(w)
                || matches!(w, "then" | "later" | "even")
                || w.len() > 4 && w.ends_with("ly")
        };
        if let Some(k) = (0..toks.len()).find(|&k| {
            speech::is_pronoun(&words[k])
                && near_verb(k, k + 1)
                && ((k + 1 < toks.len() && verbish(k + 1))
                    || (k > 0 && verbish(k - 1))
                    || (k + 2 < toks.len() && adverb(&words[k + 1]) && verbish(k + 2)))
        }) {
            return (Who::Pronoun(speech::pronoun_gender(&words[k])), true);
        }
        // 4. A definite role next to the verb ("the mayor added", "a dit la ministre"); "one
        // mayor said", "a participant said" stay unnamed.
        for (k, t) in toks.iter().enumerate() {
            let article = k > 0 && self.unnamed_word(&toks[k - 1].2);
            let near = verbs
                .iter()
                .any(|&(vs, ve)| (k >= ve && k <= ve + 2) || (k < vs && k + 3 >= vs));
            // "l'assessora", "l’adjointe": the elided article is part of the token.
            let noun =
                t.2.strip_prefix("l'")
                    .or_else(|| t.2.strip_prefix("l’"))
                    .unwrap_or(&t.2);
            if near && !article && self.lex.is_cue(Cue::RoleHead, noun) {
                return (Who::Role(noun.to_string()), true);
            }
        }
        // 5. The subject of the verb nearest the quote: none at all ("«…», ha spiegato.",
        // "«…», advirtió.") is a dropped pronoun; anything else names nobody.
        let (vs, ve) = match side {
            Side::After => verbs[0],
            Side::Before => verbs[verbs.len() - 1],
        };
        let subject = subject_before(vs);
        let bare = |r: std::ops::Range<usize>| {
            r.clone()
                .all(|k| speech::is_auxiliary(&words[k]) || self.seg.lang.is_stop_word(&words[k]))
                && !r.clone().any(|k| {
                    self.unnamed_word(&words[k]) || self.lex.is_cue(Cue::GenericGroup, &words[k])
                })
        };
        // After the verb, only a determiner opens a subject ("said one participant"); a
        // preposition or an adverb does not ("ha spiegato con un sorriso").
        let inverted = toks.get(ve).is_some_and(|_| {
            !boundary_before(ve)
                && (self.unnamed_word(&words[ve])
                    || speech::is_definite(&words[ve])
                    || speech::is_plural_definite(&words[ve])
                    || self.lex.is_cue(Cue::GenericGroup, &words[ve]))
                && !speech::is_preposition(&words[ve])
                // "advirtió de que": Dutch's article is a Romance preposition.
                && !(self.seg.lang.postposes_adjectives() && words[ve] == "de")
        });
        // "Uma das utilizadoras, uma designer que …, resumiu:": the subject opens the
        // sentence, before an apposition.
        let mut first_clause = 0..0;
        if subject.is_empty() && vs > 0 {
            first_clause.end = (1..vs).find(|&k| boundary_before(k)).unwrap_or(vs);
        }
        // "Sin embargo, advirtió que …:", "However, she warned": a connective opening the
        // sentence is no subject.
        let opener = first_clause.clone().all(|k| {
            speech::is_sentence_adverb(&words[k]) || self.seg.lang.is_stop_word(&words[k])
        });
        if bare(subject.clone()) && (bare(first_clause) || opener) && !inverted {
            return (Who::Pronoun(None), true);
        }
        // "the Dutchman added", "said the veteran planner": a definite singular noun phrase as
        // the subject points back to someone named before, unless it names a document, a
        // place or a body ("the report says", "the council said").
        let phrase = if subject.is_empty() && inverted {
            let end = (ve + 1..toks.len())
                .find(|&k| boundary_before(k))
                .unwrap_or(toks.len());
            ve..end
        } else {
            subject
        };
        match self.definite_head(&words[phrase]) {
            Some(head) => (Who::Role(head), true),
            None => (Who::Unnamed, true),
        }
    }

    /// The head noun of a definite singular noun phrase that may stand for a person ("the
    /// Dutchman", "l'économiste", "o autarca"), if `words` are one.
    fn definite_head(&self, words: &[String]) -> Option<String> {
        let (first, last) = (words.first()?, words.last()?);
        if words.len() > MAX_NAME_TOKENS {
            return None;
        }
        let elided = words.len() == 1 && (first.starts_with("l'") || first.starts_with("l’"));
        let article = speech::is_definite(first)
            || (self.seg.lang == Lang::Pt && (first == "a" || first == "o"));
        if !(elided || (article && words.len() > 1)) {
            return None;
        }
        let head = if elided {
            first.trim_start_matches("l'").trim_start_matches("l’")
        } else {
            last.as_str()
        };
        let plural = self.seg.lang == Lang::En && head.ends_with('s') && !head.ends_with("ss");
        let thing = self.seg.lang.is_stop_word(head)
            || speech::is_non_person_noun(head)
            || self.lex.is_cue(Cue::GenericGroup, head)
            || self.lex.is_cue(Cue::OrgKeyword, head)
            || self.lex.is_cue(Cue::EventKeyword, head)
            || !self.lex.cities_for(head).is_empty();
        (!head.is_empty() && !plural && !thing).then(|| head.to_string())
    }

    /// Whether a folded word opens a subject that names nobody: an indefinite determiner or
    /// quantifier ("one", "a", "several", "un", "alcuni"); in Portuguese "a" is the article.
    /// Whether a capitalised word after folded `w` is a noun, not a name: after an article
    /// ("sagte der Ökonom"), and in German after a preposition too ("riet zu Geduld").
    fn before_noun(&self, w: &str) -> bool {
        speech::is_determiner(w)
            || (self.seg.lang == Lang::De
                && matches!(
                    w,
                    "zu" | "zur"
                        | "zum"
                        | "mit"
                        | "fur"
                        | "auf"
                        | "an"
                        | "in"
                        | "nach"
                        | "uber"
                        | "um"
                        | "vor"
                        | "gegen"
                        | "ohne"
                        | "durch"
                ))
    }

    /// Whether folded `w` is an article that only ever opens a noun phrase (not French "a",
    /// "has", nor Portuguese "a", also a preposition).
    fn article_before_noun(&self, w: &str) -> bool {
        match w {
            "a" | "an" | "the" => self.seg.lang == Lang::En,
            _ => matches!(
                w,
                "un" | "une" | "una" | "uno" | "um" | "uma" | "ein" | "eine" | "einen" | "een"
            ),
        }
    }

    fn unnamed_word(&self, w: &str) -> bool {
        speech::is_indefinite(w) && !(self.seg.lang == Lang::Pt && w == "a")
    }

    /// The length in tokens of a capitalised name starting at token `k` ("Hartmann",
    /// "von Arnim", "Fernández Ortega"), if one starts there.
    fn name_chunk(&self, toks: &[(usize, usize, String)], k: usize) -> Option<usize> {
        let lang = self.seg.lang;
        let is_cap = |t: &(usize, usize, String)| {
            let surface = &self.doc.text[t.0..t.1];
            surface.chars().next().is_some_and(char::is_uppercase)
                && !lang.is_stop_word(&t.2)
                && !speech::is_pronoun(&t.2)
                && !speech::is_indefinite(&t.2)
                && !self.lex.is_cue(Cue::Honorific, &t.2)
                && !self.lex.is_cue(Cue::RoleHead, &t.2)
                && !self.lex.is_cue(Cue::GenericGroup, &t.2)
                && !self.lex.is_cue(Cue::SpeechVerb, &t.2)
                && !self.lex.is_cue(Cue::Month, &t.2)
                && !speech::is_sentence_adverb(&t.2)
        };
        let is_particle = |t: &(usize, usize, String)| {
            PARTICLES.contains(&t.2.as_str())
                && self.doc.text[t.0..t.1].starts_with(char::is_lowercase)
        };
        let mut n = 0;
        while k + n < toks.len() {
            let t = &toks[k + n];
            // Tokens must be adjacent (one space apart) to form a name.
            if n > 0 && !self.doc.text[toks[k + n - 1].1..t.0].trim().is_empty() {
                break;
            }
            // German writes every noun capitalised: "auf den Punkt" opens no name, "von der
            // Leyen" does.
            // "riet zu Geduld": German "zu" before a noun opens no name either.
            let article =
                n == 0 && lang == Lang::De && matches!(t.2.as_str(), "der" | "den" | "das" | "zu");
            let particle = is_particle(t) && !article && toks.get(k + n + 1).is_some_and(is_cap);
            if !is_cap(t) && !particle {
                break;
            }
            n += 1;
        }
        // A name ends with a capitalised word.
        while n > 0 && !is_cap(&toks[k + n - 1]) {
            n -= 1;
        }
        (n > 0).then_some(n)
    }

    /// The canonical name for a surface form near a quote: a person entity whose name holds its
    /// words (the one named last before the quote when several do), else the fullest form in
    /// the text (given names before it), else the surface itself when it can be a surname.
    fn resolve(&self, surface: &str, quote: usize) -> Option<String> {
        // "PG said": minutes name attendees by their initials once the list has named them.
        if let Some(name) = self.by_initials(surface) {
            return Some(name);
        }
        let words = folded_words(surface);
        let holds = |name_words: &Vec<String>| words.iter().all(|w| name_words.contains(w));
        let mut found: Vec<&String> = self
            .people
            .iter()
            .filter(|(_, w)| holds(w))
            .map(|(n, _)| n)
            .collect();
        found.sort();
        found.dedup();
        if found.len() > 1 {
            if let Some(m) = self
                .mentions
                .iter()
                .rev()
                .find(|m| m.end <= quote && found.contains(&&m.name))
            {
                return Some(m.name.clone());
            }
        }
        if let Some(n) = found.first() {
            return Some((*n).clone());
        }
        let full = self.fullest_form(surface);
        if full.split_whitespace().count() > surface.split_whitespace().count() {
            return Some(full);
        }
        // A lone word: a surname, unless it is a first name or a place.
        let folded = fold(surface);
        let place = self.lex.cities_for(&folded).iter().any(|c| !c.ambiguous)
            || self.lex.country_for(&folded).is_some();
        // German capitalises every noun: a lone word no person's name holds is a noun
        // ("gezielte Ansprache junger Frauen: „…“").
        let german_noun = self.seg.lang == Lang::De;
        if words.len() == 1 && (self.lex.is_given_name(&folded) || place || german_noun) {
            return None;
        }
        Some(surface.to_string())
    }

    /// The one person whose initials `surface` writes ("PG" for Peter Greaves), if it is two
    /// or three capitals and no other person has them.
    fn by_initials(&self, surface: &str) -> Option<String> {
        if !(2..=3).contains(&surface.len()) || !surface.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let initials_match = |name: &str| {
            name.split_whitespace()
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .eq(surface.chars())
        };
        let mut found = self.people.iter().filter(|(n, _)| initials_match(n));
        let first = found.next()?;
        found.all(|(n, _)| *n == first.0).then(|| first.0.clone())
    }

    /// The longest form of `surface` in the text with given names before it ("Prof. Richard
    /// Hollis" gives "Richard Hollis").
    fn fullest_form(&self, surface: &str) -> String {
        let text = &self.doc.text;
        let mut best = surface.to_string();
        for (pos, _) in text.match_indices(surface) {
            let end = pos + surface.len();
            if text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
                || text[..pos]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let mut start = pos;
            loop {
                let head = text[..start].trim_end_matches(' ');
                if head.len() + 1 != start {
                    break; // exactly one space between the words of a name
                }
                let word_start = last_word_start(head);
                let word = &head[word_start..];
                if word.is_empty() || !word.starts_with(char::is_uppercase) {
                    break;
                }
                let folded = fold(word);
                if self.lex.is_given_name(&folded) {
                    start = word_start;
                    continue;
                }
                // A given name the lexicon lacks ("Chidi Okafor"), where a full name is
                // introduced: at the start of a line or list item, or after a title.
                if self.could_be_given_name(&folded) && self.opens_name(word_start) {
                    start = word_start;
                }
                break;
            }
            // One word where a full name is introduced ("Dr. Kim Min-jun –", "- Maria Rossi,
            // director"): the capitalised words after it complete the name.
            let mut end = end;
            if start == pos && !surface.contains(' ') && self.opens_name(pos) {
                for _ in 0..2 {
                    let rest = &text[end..];
                    let Some(word) = rest.strip_prefix(' ') else {
                        break;
                    };
                    let len = word
                        .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
                        .unwrap_or(word.len());
                    let next = &word[..len];
                    if !next.starts_with(char::is_uppercase)
                        || !self.could_be_given_name(&fold(next.trim_end_matches('\'')))
                    {
                        break;
                    }
                    end += 1 + len;
                }
            }
            let form = &text[start..end];
            if form.len() > best.len() {
                best = form.to_string();
            }
        }
        best
    }

    /// Whether the word right before a quotation makes it a label: a word of naming ("a
    /// programme called “…”"), or a determiner when the noun phrase goes on after the close mark
    /// and the quotation is short, as labels are ("the “one street at a time” approach"; a
    /// longer one reads as someone's words: "a “city where no child needs a car to reach
    /// school” as the goal").
    fn labelled(&self, span: &Span, words: usize) -> bool {
        let text = &self.doc.text;
        let head = text[..span.open].trim_end();
        if head.len() == span.open {
            return false; // glued to the word before: "l'“…”" is not a label
        }
        let word = fold(&head[last_word_start(head)..]);
        let phrase_goes_on = text[span.close..]
            .trim_start()
            .starts_with(char::is_alphanumeric);
        speech::is_naming_word(&word)
            || (speech::is_determiner(&word) && phrase_goes_on && words <= MAX_LABEL_WORDS)
    }

    /// Whether the words right before a quotation name it, whatever its end: a word of naming
    /// ("a session titled “What cities can learn.”") or a talk's subject ("led the session on
    /// “Upskilling and reskilling.”", "un atelier sur « … »"). A talk is not its speaker's speech.
    fn named(&self, span: &Span) -> bool {
        let text = &self.doc.text;
        let head = text[..span.open].trim_end();
        if head.len() == span.open {
            return false;
        }
        let start = last_word_start(head);
        let word = fold(&head[start..]);
        if speech::is_naming_word(&word) {
            return true;
        }
        if !speech::is_subject_link(&word) {
            return false;
        }
        let before = head[..start].trim_end();
        let noun = fold(&before[last_word_start(before)..]);
        speech::is_talk_noun(&noun)
    }

    /// Whether the text also writes `word` in lower case, as a whole word.
    fn written_lowercase(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        let text = &self.doc.text;
        text.match_indices(lower.as_str()).any(|(p, w)| {
            !text[..p].ends_with(char::is_alphanumeric)
                && !text[p + w.len()..].starts_with(char::is_alphanumeric)
        })
    }

    /// Whether a folded capitalised word may be a given name the lexicon lacks: not a stop word,
    /// a cue word or a place.
    fn could_be_given_name(&self, folded: &str) -> bool {
        let lex = self.lex;
        folded.chars().count() > 1
            && folded.chars().all(|c| c.is_alphabetic() || c == '-')
            && !Lang::ALL.iter().any(|l| l.is_stop_word(folded))
            && !speech::is_view_holder(folded)
            && !speech::is_indefinite(folded)
            && !speech::is_pronoun(folded)
            && ![
                Cue::Honorific,
                Cue::RoleHead,
                Cue::RoleModifier,
                Cue::GenericGroup,
                Cue::Month,
                Cue::OrgKeyword,
                Cue::EventKeyword,
                Cue::SpeechVerb,
                Cue::PresentationVerb,
                Cue::Locative,
            ]
            .into_iter()
            .any(|kind| lex.is_cue(kind, folded))
            && lex.cities_for(folded).is_empty()
            && lex.country_for(folded).is_none()
    }

    /// Whether a word at `pos` starts where a full name is introduced: at the start of a
    /// block or line, after a list mark or an opening bracket, or after a title ("Dr.").
    fn opens_name(&self, pos: usize) -> bool {
        let text = &self.doc.text;
        let head = text[..pos].trim_end_matches([' ', '\t']);
        let in_block_start =
            self.doc.blocks.iter().any(|b| {
                b.start == pos || (b.start <= pos && text[b.start..pos].trim().is_empty())
            });
        if in_block_start || head.is_empty() || head.ends_with(['\n', '-', '*', '•', '(', '–'])
        {
            return true;
        }
        let prev = head
            .trim_end_matches('.')
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        !prev.is_empty() && self.lex.is_cue(Cue::Honorific, &fold(prev))
    }

    /// The person a definite role refers to: a person entity with that role named before the
    /// quote, else a person named before it with the role right after the name ("Jane Roe,
    /// mayor of Leeds").
    fn role_holder(&self, head: &str, quote: usize) -> Option<String> {
        let holds = |role: &str| folded_words(role).iter().any(|w| w == head);
        let text = &self.doc.text;
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.end <= quote)
            .find(|m| {
                self.roles.iter().any(|(n, r)| *n == m.name && holds(r)) || {
                    // The role right before or after the name, in the same sentence.
                    let sentence = &self.seg.sentences[self.seg.sentence_at(m.start)];
                    let window = |pos: usize| {
                        let mut p = pos.clamp(sentence.start, sentence.end.max(sentence.start));
                        while !text.is_char_boundary(p) {
                            p -= 1;
                        }
                        p
                    };
                    let from = window(m.start.saturating_sub(25));
                    let to = window(m.end + 40);
                    from < to && holds(&text[from..to])
                }
            })
            .map(|m| m.name.clone())
    }

    /// The person signing a pull quote that fills its block: a short next block that starts
    /// with a dash or a name ("> “…”" then "> — Maria Rossi, Mayor of Lyon", or a `<cite>`).
    fn signature_after(&self, bi: usize, span: &Span) -> Option<String> {
        let doc = self.doc;
        let fills = fills_block(doc, bi, span);
        let next = doc.blocks.get(bi + 1)?;
        let line = doc.block_text(next).trim();
        if !fills
            || matches!(next.kind, BlockKind::Heading { .. })
            || line.split_whitespace().count() > MAX_SIGNATURE_WORDS
            || line.contains(['“', '"', '«', '»', '„'])
        {
            return None;
        }
        // A signature starts with the name, after a dash if any.
        let all = &self.seg.tokens;
        let lo = all.partition_point(|t| t.start < next.start);
        let hi = all.partition_point(|t| t.end <= next.end).max(lo);
        let toks: Vec<(usize, usize, String)> = all[lo..hi]
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .take(MAX_NAME_TOKENS)
            .map(|t| (t.start, t.end, fold(&doc.text[t.start..t.end])))
            .collect();
        let &(first, _, _) = toks.first()?;
        let lead = doc.text[next.start..first].trim();
        if !(lead.is_empty() || lead.chars().all(|c| matches!(c, '–' | '—' | '-' | '―'))) {
            return None;
        }
        if let Some(m) = self.mentions.iter().find(|m| m.start == first) {
            return Some(m.name.clone());
        }
        let len = self.name_chunk(&toks, 0)?;
        let name = self.resolve(&doc.text[first..toks[len - 1].1], span.open)?;
        let known = name.contains(' ') || self.people.iter().any(|(n, _)| *n == name);
        known.then_some(name)
    }

    /// The speaker named by the sentence after a quote that has no attribution of its own,
    /// when that sentence points back to it: "“…” These were the words of Maria Rossi.", "« … »
    /// C'est ainsi que Jean Dupont a résumé la journée."
    fn next_sentence_speaker(&self, close: usize) -> Option<String> {
        let si = self.seg.sentence_at(close.saturating_sub(1));
        let next = self.seg.sentences.get(si + 1)?;
        if next.start < close || next.block != self.seg.sentences[si].block {
            return None;
        }
        let text = &self.doc.text[next.start..next.end];
        if text.contains(['“', '"', '«', '»', '„']) {
            return None;
        }
        let words = folded_words(text);
        let points_back = words.iter().take(3).any(|w| speech::is_demonstrative(w));
        let about_words = words.iter().any(|w| speech::is_words_noun(w));
        match self.attribution(next.start, next.end, close, Side::After) {
            (Who::Named(name), verb) if points_back && (verb || about_words) => Some(name),
            _ => None,
        }
    }

    /// The first person named in the sentence before `pos`, within the block or, when the
    /// quote opens its block, in the block before.
    fn previous_sentence_person(&self, pos: usize, block_start: usize) -> Option<String> {
        let si = self.seg.sentence_at(pos);
        let prev = si.checked_sub(1).map(|i| &self.seg.sentences[i])?;
        if prev.end > pos || (pos > block_start && prev.start < block_start) {
            return None;
        }
        self.mentions
            .iter()
            .find(|m| m.start >= prev.start && m.end <= prev.end)
            .map(|m| m.name.clone())
            .or_else(|| self.sentence_subject(prev, pos))
            .or_else(|| {
                // "She argued that … ‘…’": a sentence about someone named earlier; "Her
                // message is blunt:" hands over to the quote after it in the same way.
                let first = self.seg.tokens[prev.tokens.clone()]
                    .iter()
                    .find(|t| t.kind == TokenKind::Word)?;
                let w = &self.doc.text[first.start..first.end];
                let f = fold(w);
                let hands_over = self.doc.text[prev.start..prev.end]
                    .trim_end()
                    .ends_with(':');
                // "Her team has connected 38,000 luminaires. “…”": a possessive opening the
                // sentence points to the paragraph's one person.
                let possessive = speech::is_possessive(&f)
                    && (hands_over || self.only_person_between(block_start, prev.start).is_some());
                (w.starts_with(char::is_uppercase) && (speech::is_pronoun(&f) || possessive))
                    .then(|| {
                        self.pronoun_referent(block_start, prev.start, speech::pronoun_gender(&f))
                    })
                    .flatten()
            })
            .or_else(|| {
                // "Cities can bring innovation, she said. “…”": a sentence that ends by
                // saying whose words it reports.
                let words: Vec<String> = self.seg.tokens[prev.tokens.clone()]
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word)
                    .map(|t| fold(&self.doc.text[t.start..t.end]))
                    .collect();
                let said = |w: &str| {
                    self.lex.is_cue(Cue::SpeechVerb, w) || speech::is_extra_speech_verb(w)
                };
                // "Several cemeteries, she said, will run out …", "Le jeu, selon lui, est …":
                // the pair may stand anywhere in the sentence.
                // Object forms the subject pronouns lack: "according to him", "volgens haar".
                let according = |a: &str, b: &str| {
                    matches!(
                        a,
                        "selon" | "segun" | "secondo" | "segundo" | "volgens" | "to"
                    ) && (speech::is_pronoun(b) || matches!(b, "hem" | "haar" | "him" | "her"))
                };
                let pronoun = words.windows(2).rev().find_map(|p| {
                    let (a, b) = (p[0].as_str(), p[1].as_str());
                    if speech::is_pronoun(a) && said(b) {
                        Some(a)
                    } else if (said(a) && speech::is_pronoun(b)) || according(a, b) {
                        Some(b)
                    } else {
                        None
                    }
                })?;
                let gender = speech::pronoun_gender(pronoun);
                self.pronoun_referent(block_start, prev.start, gender)
            })
            .or_else(|| {
                // "Half of his by-the-glass sales are now light wines. “…”": a possessive
                // anywhere in the sentence before points to the paragraph's one person.
                self.only_person_between(block_start, prev.start)?;
                let possessive = self.seg.tokens[prev.tokens.clone()]
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word)
                    .map(|t| &self.doc.text[t.start..t.end])
                    .find(|w| w.starts_with(char::is_lowercase) && speech::is_possessive(w))?;
                self.pronoun_referent(block_start, prev.start, speech::pronoun_gender(possessive))
            })
    }

    /// The person named last in `[from, pos)`.
    /// The one person named in `[from, pos)`, when there is exactly one.
    fn only_person_between(&self, from: usize, pos: usize) -> Option<String> {
        let mut names = self
            .mentions
            .iter()
            .filter(|m| m.start >= from && m.end <= pos)
            .map(|m| &m.name);
        let first = names.next()?;
        names.all(|n| n == first).then(|| first.clone())
    }

    fn last_person_between(&self, from: usize, pos: usize) -> Option<String> {
        self.mentions
            .iter()
            .filter(|m| m.start >= from && m.end <= pos)
            .max_by_key(|m| m.end)
            .map(|m| m.name.clone())
    }

    /// The person a pronoun before `pos` stands for: the person named last before it, or,
    /// when it comes later, a name the recogniser missed that opens a sentence of the block
    /// ("Okafor, who grew up on the South Side, spoke … “…,” he said").
    fn pronoun_referent(
        &self,
        block_start: usize,
        pos: usize,
        gender: Option<Gender>,
    ) -> Option<String> {
        // "she said" skips a man named in between, when the given names tell.
        let agrees = |name: &str| {
            let given = name.split_whitespace().next().map(fold);
            let known = self.genders.get(name).copied();
            match (
                gender,
                known.or_else(|| given.and_then(|g| self.lex.given_name_gender(&g))),
            ) {
                (Some(p), Some(n)) => p == n,
                _ => true,
            }
        };
        let before = || self.mentions.iter().filter(|m| m.end <= pos);
        let mention = before()
            .filter(|m| agrees(&m.name))
            .max_by_key(|m| m.end)
            .or_else(|| before().max_by_key(|m| m.end));
        // "La sindaca Quispe Mamani ha risposto, tradotta dall'interprete Valeria Rossi. Ha
        // raccontato …": the agent of a passive is no topic; the subject of its sentence is.
        let mention = mention.map(|m| {
            let sentence = &self.seg.sentences[self.seg.sentence_at(m.start)];
            if !self.passive_agent(sentence.start, m.start) {
                return m;
            }
            before()
                .filter(|o| o.start >= sentence.start && o.end <= m.start && o.name != m.name)
                .filter(|o| agrees(&o.name))
                .min_by_key(|o| o.start)
                .unwrap_or(m)
        });
        // "… brought in Gemma, a bartender from Derby. “…,” she told us": someone named by
        // first name only, after the last full name, is the referent, and has no name to give.
        let from = mention.map_or(block_start, |m| m.end).max(block_start);
        if self.lone_given_name(from, pos, gender) {
            return Some(String::new());
        }
        let first = self.seg.sentence_at(block_start);
        let last = self.seg.sentence_at(pos);
        for s in self.seg.sentences[first..=last].iter().rev() {
            if s.start < block_start || s.start >= pos {
                continue;
            }
            if mention.is_some_and(|m| m.start >= s.start) {
                break;
            }
            if let Some(name) = self.sentence_subject(s, pos).filter(|n| agrees(n)) {
                return Some(name);
            }
            // "The president welcomed members … “…,” she said.": a role opening a later
            // sentence is its holder's.
            if let Some(name) = self.role_subject(s, pos).filter(|n| agrees(n)) {
                return Some(name);
            }
        }
        mention.map(|m| m.name.clone())
    }

    /// Whether the name at `at` follows the preposition of a passive's agent ("by", "da",
    /// "par", "von", "door"), with at most a title or role noun between.
    fn passive_agent(&self, sentence_start: usize, at: usize) -> bool {
        let head = &self.doc.text[sentence_start..at];
        // The last few words are enough; back off to a character boundary.
        let mut from = head.len().saturating_sub(48);
        while !head.is_char_boundary(from) {
            from += 1;
        }
        let head = &head[from..];
        head.rsplit(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .take(3)
            .take_while(|w| !w.ends_with([',', ';', ':', '(']))
            .any(|w| {
                let w = w.split(['\'', '’']).next().unwrap_or(w);
                crate::entities::is_agent_preposition(&fold(w))
            })
    }

    /// Whether a given name stands alone in `[from, pos)`, agreeing with `gender`, neither
    /// opening a sentence nor the first name of a person named in the document.
    fn lone_given_name(&self, from: usize, pos: usize, gender: Option<Gender>) -> bool {
        let text = &self.doc.text;
        let toks = &self.seg.tokens;
        let word = |i: usize| toks.get(i).filter(|t| t.kind == TokenKind::Word);
        let capitalised = |i: usize| {
            word(i).is_some_and(|t| text[t.start..t.end].starts_with(char::is_uppercase))
        };
        let lo = toks.partition_point(|t| t.start < from);
        let hi = toks.partition_point(|t| t.end <= pos);
        (lo..hi).any(|i| {
            let t = &toks[i];
            // "Then Sipho took the microphone": a function word opening the sentence is
            // capitalised for that alone.
            let opening_word = |k: usize| {
                self.seg.sentences[self.seg.sentence_at(toks[k].start)]
                    .tokens
                    .start
                    == k
                    && self
                        .seg
                        .lang
                        .is_stop_word(&fold(&text[toks[k].start..toks[k].end]))
            };
            if !capitalised(i)
                || (i > 0 && capitalised(i - 1) && !opening_word(i - 1))
                || capitalised(i + 1)
            {
                return false;
            }
            // "basée à Saint-Louis": the second part of a hyphenated name.
            if i > 0 && toks[i - 1].end == t.start && &text[toks[i - 1].start..t.start] == "-" {
                return false;
            }
            // "tornitrice di Talavera de la Reina": a word of a place's or body's name.
            let k = self.places.partition_point(|p| p.0 <= t.start);
            if self.places[..k].iter().rev().take(8).any(|p| p.1 >= t.end) {
                return false;
            }
            if self.seg.sentences[self.seg.sentence_at(t.start)]
                .tokens
                .start
                == i
            {
                return false;
            }
            let surface = &text[t.start..t.end];
            // "GIZ" is a body, not the Turkish name Giz.
            if surface.chars().filter(|c| c.is_uppercase()).count() >= 2 {
                return false;
            }
            let f = fold(surface);
            // "“An interpreter without training,” she said": a function word opening a
            // quotation is capitalised for its place (Vietnamese "An" is a given name).
            if self.seg.lang.is_stop_word(&f) {
                return false;
            }
            // "since June": a month named like a given name is no one.
            if self.lex.is_cue(Cue::Month, &f) {
                return false;
            }
            // "eröffnete das Forum": after an article, a German noun (and in any language a
            // common noun) named like someone ("Forum" is also a given name) is no one.
            if i > 0
                && word(i - 1)
                    .is_some_and(|p| NOUN_ARTICLES.contains(&fold(&text[p.start..p.end]).as_str()))
            {
                return false;
            }
            // "moved from Bergen", "between Sydney and Newcastle": a town named like a person
            // is the town in a recap.
            // So is a country ("moved to Ireland").
            // A nationality is no one either ("the German dual system": Germán).
            if !self.lex.cities_for(&f).is_empty()
                || self.lex.country_for(&f).is_some()
                || self.lex.country_for_demonym(&f).is_some()
                || crate::lexicon::town(&f).is_some()
            {
                return false;
            }
            // "the composting facility in Cassidy": after "in" a name the gazetteer misses is a
            // small place; not after a verb's particle ("brought in Gemma").
            let particle_verb = i >= 2
                && word(i - 2).is_some_and(|p| {
                    matches!(
                        &text[p.start..p.end],
                        "brought"
                            | "bring"
                            | "brings"
                            | "came"
                            | "called"
                            | "chimed"
                            | "dialled"
                            | "dialed"
                            | "dropped"
                            | "joined"
                            | "phoned"
                            | "put"
                            | "sent"
                            | "stepped"
                            | "took"
                            | "weighed"
                            | "welcomed"
                    )
                });
            if i >= 1
                && !particle_verb
                && word(i - 1).is_some_and(|p| {
                    matches!(
                        &text[p.start..p.end],
                        "in" | "near" | "à" | "em" | "nel" | "im"
                    )
                })
            {
                return false;
            }
            // "First Baptist Church of Hope": the end of a name with a particle.
            let in_name = i >= 2
                && word(i - 1).is_some_and(|p| {
                    matches!(
                        &text[p.start..p.end],
                        "of" | "de" | "di" | "del" | "van" | "von"
                    )
                })
                && capitalised(i - 2);
            if in_name {
                return false;
            }
            // "his wife Jean": a kinship noun before the name says the gender, whatever the
            // name's usual one.
            let kin = i
                .checked_sub(1)
                .and_then(word)
                .and_then(|p| kin_gender(&fold(&text[p.start..p.end])));
            let agrees = match (gender, kin.or_else(|| self.lex.given_name_gender(&f))) {
                (Some(p), Some(n)) => p == n,
                _ => true,
            };
            self.lex.is_given_name(&f)
                && agrees
                && !self
                    .mentions
                    .iter()
                    .any(|m| m.name.split_whitespace().next().map(fold).as_deref() == Some(&f))
        })
    }

    /// A full name the recogniser missed that opens sentence `s` before `pos` ("Okafor, who
    /// grew up …" when the text also reads "Chidi Okafor").
    /// The holder of the role that, after an article, opens sentence `s` ("The president
    /// welcomed …"), when the text names who holds it.
    fn role_subject(&self, s: &Sentence, pos: usize) -> Option<String> {
        let text = &self.doc.text;
        let mut words = self.seg.tokens[s.tokens.clone()]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.end <= pos)
            .map(|t| fold(&text[t.start..t.end]));
        let article = words.next()?;
        if !matches!(
            article.as_str(),
            "the" | "la" | "le" | "el" | "il" | "lo" | "o" | "a" | "der" | "die" | "de" | "het"
        ) {
            return None;
        }
        let head = words.next()?;
        if !self.lex.is_cue(Cue::RoleHead, &head) {
            return None;
        }
        self.role_holder(&head, pos)
    }

    fn sentence_subject(&self, s: &Sentence, pos: usize) -> Option<String> {
        let text = &self.doc.text;
        let toks: Vec<(usize, usize, String)> = self.seg.tokens[s.tokens.clone()]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.end <= pos)
            .take(MAX_NAME_TOKENS)
            .map(|t| (t.start, t.end, fold(&text[t.start..t.end])))
            .collect();
        let &(first_start, _, _) = toks.first()?;
        if !text[s.start..first_start].trim().is_empty() {
            return None;
        }
        let len = self.name_chunk(&toks, 0)?;
        // "Cities can bring innovation, she said.": one capitalised word opening a sentence
        // that the text also writes in lower case is a common noun, unless a known person's.
        let word = &text[first_start..toks[0].1];
        if len == 1
            && !self.people.iter().any(|(_, w)| w.contains(&toks[0].2))
            && self.written_lowercase(word)
        {
            return None;
        }
        // German capitalises every noun: "Drei Viertel der Vereine werden …" names no one
        // unless it opens with a given name or a known person's word.
        if self.seg.lang == Lang::De
            && !self.lex.is_given_name(&toks[0].2)
            && !self.people.iter().any(|(_, w)| w.contains(&toks[0].2))
        {
            return None;
        }
        let name = self.resolve(&text[first_start..toks[len - 1].1], pos)?;
        (name.split_whitespace().count() > 1).then_some(name)
    }

    /// Records a name found without the recogniser, at every place its last word occurs, so
    /// that later pronouns can point to it.
    fn remember(&mut self, name: &str, near: usize) {
        let last = name.split_whitespace().last().unwrap_or(name);
        let text = &self.doc.text;
        let mut added: Vec<PersonMention> = text
            .match_indices(last)
            .map(|(s, _)| PersonMention {
                start: s,
                end: s + last.len(),
                name: name.to_string(),
            })
            .filter(|m| {
                !text[m.end..].starts_with(char::is_alphanumeric)
                    && !text[..m.start].ends_with(char::is_alphanumeric)
            })
            .collect();
        if added.is_empty() {
            added.push(PersonMention {
                start: near,
                end: near,
                name: name.to_string(),
            });
        }
        self.mentions.extend(added);
        self.mentions
            .sort_by(|a, b| (a.start, a.end, &a.name).cmp(&(b.start, b.end, &b.name)));
        self.people.push((name.to_string(), folded_words(name)));
    }
}

/// A person's name as a speaker: the entity's canonical name without words the recogniser
/// may have glued to it: a place before it ("Mayor of Victoria Helen Marchetti"), a phrase
/// before the given name ("Klimaat van Antwerpen Els Verstraeten"), or "of Prince George" after.
fn clean_person_name(name: &str, entity: &Entity, doc: &Document, lex: &Lexicons) -> String {
    let mut tokens: Vec<&str> = name.split_whitespace().collect();
    // "Mayor Jane Roe", "Dr. Katrin Albers": a title glued to a name of two words or more.
    while tokens.len() > 2 {
        let first = fold(tokens[0].trim_end_matches('.'));
        let title = [Cue::Honorific, Cue::RoleHead, Cue::RoleModifier]
            .into_iter()
            .any(|kind| lex.is_cue(kind, &first));
        if !title || !tokens[1].starts_with(char::is_uppercase) {
            break;
        }
        tokens.remove(0);
    }
    // "Segundo Ana Costa", "Laut Klaus Weber", "Pour Jean Dupont": a passive attribution or a
    // view holder glued to the name.
    while tokens.len() > 2 || (tokens.len() == 2 && !lex.is_given_name(&fold(tokens[1]))) {
        let first = fold(tokens[0]);
        if !lex.is_cue(Cue::SpeechVerb, &first) && !speech::is_view_holder(&first) {
            break;
        }
        tokens.remove(0);
    }
    // "Tom Okonkwo of Prince George": English names hold no "of".
    if let Some(i) = tokens.iter().position(|t| *t == "of") {
        if i >= 2 {
            tokens.truncate(i);
        }
    }
    // "Youssef El Amrani van Rotterdam": a particle then a known city ends the name.
    if tokens.len() >= 4 {
        let n = tokens.len();
        let city = fold(tokens[n - 1]);
        // Not a surname's own particles: "Henk van der Linden".
        if PARTICLES.contains(&tokens[n - 2])
            && !PARTICLES.contains(&tokens[n - 3])
            && lex.cities_for(&city).iter().any(|c| !c.ambiguous)
        {
            tokens.truncate(n - 2);
        }
    }
    if tokens.len() >= 3 {
        // "Klimaat van Antwerpen Els Verstraeten": words before the first given name that
        // hold no given name and do not look like a name themselves.
        let first_given = tokens[..tokens.len() - 1]
            .iter()
            .position(|t| t.starts_with(char::is_uppercase) && lex.is_given_name(&fold(t)));
        if let Some(g) = first_given {
            let prefix = &tokens[..g];
            let glued = prefix.iter().any(|t| t.starts_with(char::is_lowercase))
                || prefix
                    .iter()
                    .any(|t| lex.cities_for(&fold(t)).iter().any(|c| !c.ambiguous));
            // "Dr Nur Aisyah Kamaruddin": after an honorific the words are all the name.
            let titled = entity.mentions.iter().any(|m| {
                doc.text[..m.start]
                    .trim_end()
                    .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
                    .next()
                    .is_some_and(|w| lex.is_cue(Cue::Honorific, &fold(w.trim_end_matches('.'))))
            });
            if g > 0 && tokens.len() - g >= 2 && glued && !titled {
                tokens.drain(..g);
            }
        }
    }
    if tokens.len() >= 3 {
        // "Mayor of Victoria Helen Marchetti": the text reads "of <first word>", and the first
        // word is a city.
        let first = fold(tokens[0]);
        let after_of = entity.mentions.iter().any(|m| {
            let head = doc.text[..m.start].trim_end();
            [" of", " de", " von", " van", " di", " da"]
                .iter()
                .any(|p| head.ends_with(p))
        });
        if after_of && !lex.cities_for(&first).is_empty() {
            tokens.remove(0);
        }
    }
    tokens.join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{doc, people, person};
    use super::*;
    use crate::lexicon::builtin;
    use crate::segment::Lang;

    /// [`quote_spans`] as it was written first, char by char over a vector of characters.
    fn quote_spans_by_chars(text: &str) -> Vec<Span> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let at = |k: usize| chars.get(k).map(|&(_, c)| c);
        let mut spans = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            let Some(&(_, closers)) = QUOTE_PAIRS.iter().find(|(o, _)| *o == c) else {
                i += 1;
                continue;
            };
            let prev_alnum = i > 0 && at(i - 1).is_some_and(char::is_alphanumeric);
            let next_alnum = at(i + 1).is_some_and(char::is_alphanumeric);
            // An apostrophe inside or after a word ("don't", "cities'") opens nothing.
            if matches!(c, '‘' | '\'') && (prev_alnum || !next_alnum) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                if closers.contains(&d) {
                    let after_alnum = at(j + 1).is_some_and(char::is_alphanumeric);
                    let before_space = at(j - 1).is_some_and(char::is_whitespace);
                    // ’ and ' inside a word are apostrophes, not closing marks.
                    let apostrophe = matches!(d, '’' | '\'') && (after_alnum || before_space);
                    if !apostrophe {
                        break;
                    }
                }
                j += 1;
            }
            if j >= chars.len() {
                i += 1;
                continue;
            }
            let close_pos = chars[j].0;
            spans.push(Span {
                open: pos,
                inner_start: pos + c.len_utf8(),
                inner_end: close_pos,
                close: close_pos + chars[j].1.len_utf8(),
                incise: false,
            });
            i = j + 1;
        }
        split_incises(text, spans)
    }

    /// The byte-wise [`quote_spans`] finds what the first version found: on every block of
    /// corpora/ and on short strings of quote marks, letters and spaces from a fixed generator.
    #[test]
    fn quote_spans_match_the_char_by_char_version() {
        let key = |s: &Span| (s.open, s.inner_start, s.inner_end, s.close, s.incise);
        let mut cases: Vec<String> = Vec::new();
        let alphabet: Vec<char> = "a Z1'\"“”«»„‘’‹›‚é,.-".chars().collect();
        let mut x: u64 = 5;
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..(x % 14) {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push(alphabet[(x >> 33) as usize % alphabet.len()]);
            }
            x = x.wrapping_add(1);
            cases.push(s);
        }
        fn texts(dir: &std::path::Path, out: &mut Vec<String>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let path = e.unwrap().path();
                if path.is_dir() {
                    texts(&path, out);
                } else if let Ok(t) = std::fs::read_to_string(&path) {
                    out.extend(t.split("\n\n").map(str::to_string));
                }
            }
        }
        texts(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/corpora")),
            &mut cases,
        );
        for text in &cases {
            let new: Vec<_> = quote_spans(text).iter().map(key).collect();
            let old: Vec<_> = quote_spans_by_chars(text).iter().map(key).collect();
            assert_eq!(new, old, "{text:?}");
        }
    }

    fn quotes(d: &Document, s: &Segmented, entities: &[Entity]) -> Vec<(String, Option<String>)> {
        let mut out = Vec::new();
        extract(d, s, entities, builtin(), &mut out);
        out.into_iter().map(|t| (t.text, t.speaker)).collect()
    }

    fn q(text: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (text.to_string(), speaker.map(str::to_string))
    }

    #[test]
    fn a_role_opening_a_later_sentence_points_to_its_holder() {
        let text = "Chair: Sarita Gurung, network president. Minutes: Bikash Thapa, network \
                    secretary.\n\nThe president welcomed members. She noted that three \
                    stations had closed. \"A station dies when the last volunteer stops \
                    coming,\" she said.";
        let (d, s) = doc(text, Lang::En);
        let mut es = people(&d, &s, &["Sarita Gurung", "Bikash Thapa"]);
        es[0].role = Some("network president".into());
        es[1].role = Some("network secretary".into());
        assert_eq!(
            quotes(&d, &s, &es),
            [q(
                "A station dies when the last volunteer stops coming",
                Some("Sarita Gurung")
            )]
        );
    }

    #[test]
    fn a_german_sentence_opening_with_nouns_names_no_speaker() {
        let text = "Die Vorsitzende, Ulrike Sommer, stellte eine Umfrage vor. Drei Viertel der \
                    Vereine werden ehrenamtlich betrieben. „Einen Projektor bedienen kann man \
                    lernen“, sagte sie.";
        let (d, s) = doc(text, Lang::De);
        let es = people(&d, &s, &["Ulrike Sommer"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q(
                "Einen Projektor bedienen kann man lernen",
                Some("Ulrike Sommer")
            )]
        );
    }

    #[test]
    fn an_attribution_between_dashes_inside_the_marks_splits_the_quote() {
        let text = "Il congresso si è chiuso a Roma. “La Campania avrà un ruolo importante – \
                    afferma Rizieri Bruno – ovviamente l’obiettivo è tornare al voto”.";
        let (d, s) = doc(text, Lang::It);
        let es = people(&d, &s, &["Rizieri Bruno"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [
                q(
                    "La Campania avrà un ruolo importante",
                    Some("Rizieri Bruno")
                ),
                q(
                    "ovviamente l’obiettivo è tornare al voto",
                    Some("Rizieri Bruno")
                ),
            ]
        );
        // An aside between dashes with no verb of saying stays inside the quote.
        let text = "Rizieri Bruno ha parlato. “La Campania – e lo dico chiaramente – avrà un \
                    ruolo importante”, ha detto.";
        let (d, s) = doc(text, Lang::It);
        let es = people(&d, &s, &["Rizieri Bruno"]);
        assert_eq!(quotes(&d, &s, &es).len(), 1);
    }

    #[test]
    fn german_nouns_in_a_sentence_and_someone_s_message_before_a_colon() {
        // Capitalised nouns around "ist … kein" make a sentence, not a title.
        let text = "Die Tagung war gut besucht. „Die Sauna ist bei uns kein Luxus“, sagte Anna \
                    Berg.";
        let (d, s) = doc(text, Lang::De);
        let es = people(&d, &s, &["Anna Berg"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q("Die Sauna ist bei uns kein Luxus", Some("Anna Berg"))]
        );
        // Four words framed by "Her message …:" are speech.
        let text = "Halima Yusuf led the session. Her message was simple: “Touch is our internet.”";
        let (d, s) = doc(text, Lang::En);
        let es = people(&d, &s, &["Halima Yusuf"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q("Touch is our internet.", Some("Halima Yusuf"))]
        );
    }

    #[test]
    fn a_surname_s_particles_before_a_name_like_a_town_stay_in_the_speaker() {
        let text = "De dag begon in Dordrecht. Voorzitter Henk van der Linden opende met een \
                    waarschuwing. \"Als dat de nieuwe zomer is, moeten we anders bouwen,\" zei hij.";
        let (d, s) = doc(text, Lang::Nl);
        let es = people(&d, &s, &["Henk van der Linden"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q(
                "Als dat de nieuwe zomer is, moeten we anders bouwen",
                Some("Henk van der Linden")
            )]
        );
    }

    #[test]
    fn a_colon_with_no_name_hands_the_quote_to_the_paragraph_s_only_person() {
        let text = "Keynote: Dr. Pieter Hoekstra, senior researcher at QuTech, on surface codes. \
                    Key line, which half the room photographed: \"Logical qubits are no longer \
                    a slide in a roadmap. We have them on the bench.\"";
        let (d, s) = doc(text, Lang::En);
        let es = people(&d, &s, &["Pieter Hoekstra"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q(
                "Logical qubits are no longer a slide in a roadmap. We have them on the bench.",
                Some("Pieter Hoekstra")
            )]
        );
        // Two people before it: no one.
        let text = "Ana Ruiz and Pieter Hoekstra spoke on surface codes. Key line, which half \
                    the room photographed: \"Logical qubits are no longer a slide in a roadmap.\"";
        let (d, s) = doc(text, Lang::En);
        let es = people(&d, &s, &["Ana Ruiz", "Pieter Hoekstra"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q(
                "Logical qubits are no longer a slide in a roadmap.",
                None
            )]
        );
    }

    #[test]
    fn a_sentence_a_colon_after_its_speaker_introduces_is_speech_without_a_final_stop() {
        let text = "Marta Vigliotti, presidente della cooperativa, ha parlato per ultima. \
                    Vigliotti: «Nessuno si trasferisce dove non c'è una scuola né una farmacia». \
                    Il tema del convegno: «Restare, tornare e arrivare nei piccoli comuni».";
        let (d, s) = doc(text, Lang::It);
        let es = people(&d, &s, &["Marta Vigliotti"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q(
                "Nessuno si trasferisce dove non c'è una scuola né una farmacia",
                Some("Marta Vigliotti")
            )]
        );
        // A verb of saying the first lists left out.
        let text = "Marta Vigliotti, presidente della cooperativa, ha parlato per ultima. \
                    «Le case a un euro sono una porta d'ingresso», ha chiarito Vigliotti.";
        let (d, s) = doc(text, Lang::It);
        let es = people(&d, &s, &["Marta Vigliotti"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q(
                "Le case a un euro sono una porta d'ingresso",
                Some("Marta Vigliotti")
            )]
        );
    }

    #[test]
    fn a_pronoun_after_someone_named_by_first_name_only_has_no_named_speaker() {
        let text = "Sacha Mwangi runs the night-time office. Later, the voicemail segment brought \
                    in Gemma, a bartender from Derby. \"Half my wages go on taxis,\" she told us.";
        let (d, s) = doc(text, Lang::En);
        let es = people(&d, &s, &["Sacha Mwangi"]);
        assert_eq!(quotes(&d, &s, &es), [q("Half my wages go on taxis", None)]);
        // Named in full, she is the speaker.
        let text = text.replace("Gemma, a bartender", "a bartender");
        let (d, s) = doc(&text, Lang::En);
        let es = people(&d, &s, &["Sacha Mwangi"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q("Half my wages go on taxis", Some("Sacha Mwangi"))]
        );
    }

    #[test]
    fn towns_and_acronyms_named_like_people_do_not_take_a_pronoun() {
        let text =
            "Ingrid Solberg, an engineer who moved to the UK from Bergen, Norway, ten years \
                    ago, spoke first. \"I waited too long,\" she said.";
        let (d, s) = doc(text, Lang::En);
        let es = people(&d, &s, &["Ingrid Solberg"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q("I waited too long", Some("Ingrid Solberg"))]
        );
        let text = "Adaeze Nwosu-Kelleher, who moved to Ireland at eleven, read first. \
                    \"I was looking for my own family,\" she said.";
        let (d, s) = doc(text, Lang::En);
        let es = people(&d, &s, &["Adaeze Nwosu-Kelleher"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q(
                "I was looking for my own family",
                Some("Adaeze Nwosu-Kelleher")
            )]
        );
        let text = "Jakub Nowakowski, Programmleiter der GIZ in Hanoi, erläuterte Förderangebote. \
                    Er sagte: „Die Fachkräfte gibt es noch nicht.“";
        let (d, s) = doc(text, Lang::De);
        let es = people(&d, &s, &["Jakub Nowakowski"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q(
                "Die Fachkräfte gibt es noch nicht.",
                Some("Jakub Nowakowski")
            )]
        );
    }

    #[test]
    fn a_german_quote_closed_by_a_straight_mark() {
        let text = "Josef Hindelang, Vorstand der Genossenschaft, zog Bilanz. \
                    „Wir haben keinen Cent verschenkt\", sagte Hindelang.";
        let (d, s) = doc(text, Lang::De);
        let es = people(&d, &s, &["Josef Hindelang"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q(
                "Wir haben keinen Cent verschenkt",
                Some("Josef Hindelang")
            )]
        );
    }

    #[test]
    fn a_given_name_ending_a_body_s_name_is_no_referent() {
        let text = "Mayor Darnell Whitfield chaired. Mayor Whitfield thanked volunteers from First \
                    Baptist Church of Hope. He explained the plan. \"Nobody will be forced out,\" he \
                    said.";
        let (d, s) = doc(text, Lang::En);
        let es = people(&d, &s, &["Darnell Whitfield"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q("Nobody will be forced out", Some("Darnell Whitfield"))]
        );
    }

    #[test]
    fn a_german_noun_after_a_preposition_is_no_speaker() {
        let text =
            "Sabine Okafor hat einen Partner gefunden. Sie lobte die Vorbereitung, riet aber \
                    zu Geduld: „Der erste Termin ist ein Kennenlernen.“";
        let (d, s) = doc(text, Lang::De);
        let es = people(&d, &s, &["Sabine Okafor"]);
        assert_eq!(
            quotes(&d, &s, &es),
            [q(
                "Der erste Termin ist ein Kennenlernen.",
                Some("Sabine Okafor")
            )]
        );
    }

    #[test]
    fn speaker_after_before_and_split_quotes() {
        let md = "CEO Lena Hartmann opened the summit. “Latency is a product feature, not a detail,” \
                  said Hartmann. “If your users notice it, it belongs on the roadmap.” She showed data.\n\n\
                  As Kadri Tamm put it: “A small town does not need a data scientist.”\n\n\
                  \"Two years in Portugal, maybe three in Germany,\" Fonseca answered, \"and that is the real risk.\"\n\n\
                  Tiago Fonseca presented an additive.\n";
        let (d, s) = doc(md, Lang::En);
        let lena = person(&d, &s, "Lena Hartmann", &["Lena Hartmann", "Hartmann"]);
        let tamm = person(&d, &s, "Kadri Tamm", &["Kadri Tamm"]);
        assert_eq!(
            quotes(&d, &s, &[lena, tamm]),
            [
                q(
                    "Latency is a product feature, not a detail",
                    Some("Lena Hartmann")
                ),
                q(
                    "If your users notice it, it belongs on the roadmap.",
                    Some("Lena Hartmann")
                ),
                q(
                    "A small town does not need a data scientist.",
                    Some("Kadri Tamm")
                ),
                // Fonseca is not an entity: resolved to the fullest form in the text.
                q(
                    "Two years in Portugal, maybe three in Germany",
                    Some("Tiago Fonseca")
                ),
                q("and that is the real risk.", Some("Tiago Fonseca")),
            ]
        );
    }

    #[test]
    fn pronouns_and_unnamed_speakers() {
        let md = "Prof. Inês Carvalho Duarte noted long waiting lists. \"We have good evidence that \
                  rehabilitation works. What we lack is capacity,\" she told delegates.\n\n\
                  Later, one participant summed up the mood: \"Everyone in this room agrees on the diagnosis.\"\n";
        let (d, s) = doc(md, Lang::En);
        let ines = person(&d, &s, "Inês Carvalho Duarte", &["Inês Carvalho Duarte"]);
        assert_eq!(
            quotes(&d, &s, &[ines]),
            [
                q(
                    "We have good evidence that rehabilitation works. What we lack is capacity",
                    Some("Inês Carvalho Duarte")
                ),
                q("Everyone in this room agrees on the diagnosis.", None),
            ]
        );
    }

    #[test]
    fn a_relative_named_by_given_name_has_the_kinship_s_gender() {
        let md = "Graham Pike, a family carer, spoke about the months after his wife Jean was \
                  diagnosed. \"It is the silence afterwards,\" he said.\n";
        let (d, s) = doc(md, Lang::En);
        let graham = person(&d, &s, "Graham Pike", &["Graham Pike"]);
        assert_eq!(
            quotes(&d, &s, std::slice::from_ref(&graham)),
            [q("It is the silence afterwards", Some("Graham Pike"))]
        );
        // A relative of the pronoun's gender is the speaker, and has no name to give.
        let md =
            "Graham Pike spoke about his son Jean. \"It is the silence afterwards,\" he said.\n";
        let (d, s) = doc(md, Lang::En);
        assert_eq!(
            quotes(&d, &s, &[graham]),
            [q("It is the silence afterwards", None)]
        );
    }

    #[test]
    fn the_name_a_pronoun_speaks_to_is_no_speaker() {
        let md = "Colin Ford walked the platform with Marcus Lindqvist. Colin pointed out that \
                  the screens are not clear. \"Every improvement is for somebody,\" he told \
                  Marcus.\n";
        let (d, s) = doc(md, Lang::En);
        let colin = person(&d, &s, "Colin Ford", &["Colin Ford"]);
        let marcus = person(&d, &s, "Marcus Lindqvist", &["Marcus Lindqvist"]);
        assert_eq!(
            quotes(&d, &s, &[colin, marcus]),
            [q("Every improvement is for somebody", Some("Colin Ford"))]
        );
    }

    #[test]
    fn a_town_after_a_locative_is_no_speaker() {
        let md = "One participant, a pharmacist from Cork, asked: \"How do we find the time?\"\n";
        let (d, s) = doc(md, Lang::En);
        assert_eq!(quotes(&d, &s, &[]), [q("How do we find the time?", None)]);
    }

    #[test]
    fn definite_roles_and_the_sentence_before() {
        let md = "Jane Roe, mayor of Leeds, opened the day. Tom Lee presented a study. \"We cannot wait \
                  for national funding to arrive,\" the mayor added. \"Nobody asked us about the \
                  budget,\" one participant said.\n\n\
                  Ana Ruiz was blunt about the results. \"Most trips replace walking, not car journeys.\"\n\n\
                  Le ministre Paul Roux a ouvert la séance. « Nous allons doubler le budget des pistes \
                  cyclables », a précisé le ministre.\n";
        let (d, s) = doc(md, Lang::En);
        let roe = person(&d, &s, "Jane Roe", &["Jane Roe"]);
        let lee = person(&d, &s, "Tom Lee", &["Tom Lee"]);
        let ruiz = person(&d, &s, "Ana Ruiz", &["Ana Ruiz"]);
        let mut roux = person(&d, &s, "Paul Roux", &["Paul Roux"]);
        roux.role = Some("ministre".into());
        assert_eq!(
            quotes(&d, &s, &[roe, lee, ruiz, roux]),
            [
                q(
                    "We cannot wait for national funding to arrive",
                    Some("Jane Roe")
                ),
                q("Nobody asked us about the budget", None),
                q(
                    "Most trips replace walking, not car journeys.",
                    Some("Ana Ruiz")
                ),
                q(
                    "Nous allons doubler le budget des pistes cyclables",
                    Some("Paul Roux")
                ),
            ]
        );
    }

    #[test]
    fn scare_quotes_titles_and_labels_are_not_quotes() {
        let md = "The OCDA held its webinar, \"Open data that people actually use\". She called for a \
                  \"materials passport\" for every building. Tamm stressed that \"open by default\" \
                  does not mean publishing personal data. The residents' associations helped.\n\n\
                  - 09:00 Welcome and keynote: \"The edge is the new default\"\n";
        let (d, s) = doc(md, Lang::En);
        assert!(quotes(&d, &s, &[]).is_empty());
    }

    #[test]
    fn german_and_french_quotes() {
        let md = "Zur Eröffnung sprach Dr. Friederike von Arnim. „Ein Formular im Internet ist noch keine \
                  digitale Verwaltung“, sagte von Arnim. „Digital ist eine Leistung erst, wenn sie ohne \
                  Medienbruch funktioniert.“\n\n\
                  Le maire Jean Dupont a ouvert la séance. « Sans données fiables, on plante au mauvais \
                  endroit », a-t-il ajouté.\n";
        let (d, s) = doc(md, Lang::De);
        let arnim = person(
            &d,
            &s,
            "Friederike von Arnim",
            &["Friederike von Arnim", "Arnim"],
        );
        let dupont = person(&d, &s, "Jean Dupont", &["Jean Dupont"]);
        assert_eq!(
            quotes(&d, &s, &[arnim, dupont]),
            [
                q(
                    "Ein Formular im Internet ist noch keine digitale Verwaltung",
                    Some("Friederike von Arnim")
                ),
                q(
                    "Digital ist eine Leistung erst, wenn sie ohne Medienbruch funktioniert.",
                    Some("Friederike von Arnim")
                ),
                q(
                    "Sans données fiables, on plante au mauvais endroit",
                    Some("Jean Dupont")
                ),
            ]
        );
    }

    #[test]
    fn a_quote_after_a_sentence_opened_by_a_pronoun_is_its_referent_s() {
        let md = "Farah Al-Khatib translates Syrian novels. She argued that a translator owes the \
                  reader first. 'Translation is a kind of hospitality. You invite a stranger in.' \
                  The line drew applause.\n";
        let (d, s) = doc(md, Lang::En);
        let farah = person(&d, &s, "Farah Al-Khatib", &["Farah Al-Khatib"]);
        assert_eq!(
            quotes(&d, &s, &[farah]),
            [q(
                "Translation is a kind of hospitality. You invite a stranger in.",
                Some("Farah Al-Khatib")
            )]
        );
    }

    #[test]
    fn a_verb_of_saying_after_an_article_is_a_noun() {
        let md = "Aminata Baldé preside a associação. Ela comemorou a vitória, mas fez um \
                  alerta: \"Ganhar a votação é metade do caminho.\"\n";
        let (d, s) = doc(md, Lang::Pt);
        let baldé = person(&d, &s, "Aminata Baldé", &["Aminata Baldé"]);
        assert_eq!(
            quotes(&d, &s, &[baldé]),
            [q(
                "Ganhar a votação é metade do caminho.",
                Some("Aminata Baldé")
            )]
        );
    }

    #[test]
    fn a_french_incise_inside_the_marks_splits_the_quote() {
        let md = "La conférence a été prononcée par Aminata Sow Ndiaye, conservatrice au musée. \
                  « Un objet, a-t-elle expliqué, ne revient pas seulement dans un pays. Il \
                  revient dans une famille. »\n";
        let (d, s) = doc(md, Lang::Fr);
        let sow = person(&d, &s, "Aminata Sow Ndiaye", &["Aminata Sow Ndiaye"]);
        assert_eq!(
            quotes(&d, &s, &[sow]),
            [
                q("Un objet", Some("Aminata Sow Ndiaye")),
                q(
                    "ne revient pas seulement dans un pays. Il revient dans une famille.",
                    Some("Aminata Sow Ndiaye")
                ),
            ]
        );
    }

    #[test]
    fn quote_in_the_middle_of_its_attribution_and_curly_single_marks() {
        let md =
            "The mayor, Anna Berg, was blunt. As Berg said at the close, ‘cities cannot wait for \
                  national funding to arrive’, and the room agreed.\n";
        let (d, s) = doc(md, Lang::En);
        let berg = person(&d, &s, "Anna Berg", &["Anna Berg", "Berg"]);
        assert_eq!(
            quotes(&d, &s, &[berg]),
            [q(
                "cities cannot wait for national funding to arrive",
                Some("Anna Berg")
            )]
        );
    }

    #[test]
    fn the_text_tells_a_speakers_gender_before_the_name_list() {
        // The given-name list has Wanjiru as a man's name; the text says otherwise.
        let en = "Priya Raman talked about insurance. Over video, Wanjiru Kamau showed how her \
                  space trains young people. \"Repair is where making becomes a job,\" she \
                  said.\n";
        let (d, s) = doc(en, Lang::En);
        let priya = person(&d, &s, "Priya Raman", &["Priya Raman"]);
        let wanjiru = person(&d, &s, "Wanjiru Kamau", &["Wanjiru Kamau"]);
        assert_eq!(
            quotes(&d, &s, &[priya, wanjiru]),
            [q(
                "Repair is where making becomes a job",
                Some("Wanjiru Kamau")
            )]
        );
    }

    #[test]
    fn the_narrators_verbs_and_other_languages_verbs_attribute_nothing() {
        // "I wrote" is the writer's; "note" is a French verb of saying, an English noun.
        for lead in [
            "She opened with a line I wrote down:",
            "She opened with a line I wrote on a sticky note:",
        ] {
            let en = format!(
                "Our keynote came from Fiona MacLeod of the Scottish Government. {lead} \
                 \"Accessibility is not a feature you add at the end.\" She then showed forms.\n"
            );
            let (d, s) = doc(&en, Lang::En);
            let fiona = person(&d, &s, "Fiona MacLeod", &["Fiona MacLeod"]);
            assert_eq!(
                quotes(&d, &s, &[fiona]),
                [q(
                    "Accessibility is not a feature you add at the end.",
                    Some("Fiona MacLeod")
                )],
                "{lead}"
            );
        }
    }

    #[test]
    fn laughing_attributes_a_quotation() {
        let nl = "Zij werken samen met de bibliotheek. 'Mensen komen voor een boek en gaan naar \
                  huis met een afspraak,' lachte El Amrani.\n";
        let (d, s) = doc(nl, Lang::Nl);
        let fatima = person(&d, &s, "Fatima El Amrani", &["El Amrani"]);
        assert_eq!(
            quotes(&d, &s, &[fatima]),
            [q(
                "Mensen komen voor een boek en gaan naar huis met een afspraak",
                Some("Fatima El Amrani")
            )]
        );
    }

    #[test]
    fn glued_entity_names_are_cleaned_for_speakers() {
        let (d, _) = doc("Mayor of Victoria Helen Marchetti spoke.\n", Lang::En);
        let mut e = Entity::new(EntityKind::Person, "Victoria Helen Marchetti");
        e.mentions.push(crate::entities::Mention {
            start: 9,
            end: 33,
            sentence: 0,
        });
        assert_eq!(
            clean_person_name(&e.name, &e, &d, builtin()),
            "Helen Marchetti"
        );
        let e = Entity::new(EntityKind::Person, "Klimaat van Antwerpen Els Verstraeten");
        assert_eq!(
            clean_person_name(&e.name, &e, &d, builtin()),
            "Els Verstraeten"
        );
        let e = Entity::new(EntityKind::Person, "Tom Okonkwo of Prince George");
        assert_eq!(clean_person_name(&e.name, &e, &d, builtin()), "Tom Okonkwo");
        let e = Entity::new(EntityKind::Person, "Friederike von Arnim");
        assert_eq!(
            clean_person_name(&e.name, &e, &d, builtin()),
            "Friederike von Arnim"
        );
    }

    #[test]
    fn dropped_pronouns_and_roles_resolve_to_the_paragraphs_person() {
        let md = "Montserrat Puig i Ferrer presentó el plan. «La sequía no es un accidente, es el \
                  nuevo clima de referencia», advirtió.\n\n\
                  Chiara De Santis ha parlato dei laboratori. \"Se lo appalti, hai un servizio. Se lo \
                  fai tu, hai una comunità\", ha spiegato con un sorriso.\n\n\
                  O presidente da Câmara, Rui Mendonça, abriu a sessão. «Queremos aldeias com gente e \
                  com escola», afirmou o autarca.\n";
        let (d, s) = doc(md, Lang::Es);
        let puig = person(
            &d,
            &s,
            "Montserrat Puig i Ferrer",
            &["Montserrat Puig i Ferrer"],
        );
        let chiara = person(&d, &s, "Chiara De Santis", &["Chiara De Santis"]);
        let mut rui = person(&d, &s, "Rui Mendonça", &["Rui Mendonça"]);
        rui.role = Some("presidente da Câmara".into());
        assert_eq!(
            quotes(&d, &s, &[puig, chiara, rui]),
            [
                q(
                    "La sequía no es un accidente, es el nuevo clima de referencia",
                    Some("Montserrat Puig i Ferrer")
                ),
                q(
                    "Se lo appalti, hai un servizio. Se lo fai tu, hai una comunità",
                    Some("Chiara De Santis")
                ),
                q(
                    "Queremos aldeias com gente e com escola",
                    Some("Rui Mendonça")
                ),
            ]
        );
    }

    #[test]
    fn indefinite_subjects_name_nobody() {
        let md = "Hugo Lambert a parlé du mécénat. Un jeune musicien venu de Bollène a lancé : « On nous \
                  parle de démocratisation culturelle depuis cinquante ans. »\n\n\
                  Ana Pinto falou sobre energia. Uma das utilizadoras, uma designer que trocou Lisboa pela \
                  aldeia, resumiu: “Aqui tenho tempo, tenho vizinhos e tenho fibra.”\n\n\
                  Haddad answered questions. One participant wrote simply: 'We have a plan on paper. We \
                  do not have a person whose job it is.'\n";
        let (d, s) = doc(md, Lang::Fr);
        let lambert = person(&d, &s, "Hugo Lambert", &["Hugo Lambert"]);
        let pinto = person(&d, &s, "Ana Pinto", &["Ana Pinto"]);
        let haddad = person(&d, &s, "Amal Haddad", &["Haddad"]);
        assert_eq!(
            quotes(&d, &s, &[lambert, pinto, haddad]),
            [
                q(
                    "On nous parle de démocratisation culturelle depuis cinquante ans.",
                    None
                ),
                q("Aqui tenho tempo, tenho vizinhos e tenho fibra.", None),
                q(
                    "We have a plan on paper. We do not have a person whose job it is.",
                    None
                ),
            ]
        );
    }

    #[test]
    fn surnames_and_unknown_given_names_resolve_to_full_names() {
        let md = "Honourees:\n\n\
                  - Chidi Okafor ('98), chief operating officer\n\
                  - Ananya Krishnan ('12), co-founder of a start-up\n\n\
                  Juan Carlos de la Fuente opened the evening. Okafor, who grew up in Chicago, spoke \
                  about his scholarship. \"I came here with two suitcases and a bus ticket,\" he said.\n\n\
                  \"Nobody tells you that your first startup is mostly tuition,\" Krishnan said. \
                  \"Expensive tuition.\"\n";
        let (d, s) = doc(md, Lang::En);
        let fuente = person(
            &d,
            &s,
            "Juan Carlos de la Fuente",
            &["Juan Carlos de la Fuente"],
        );
        assert_eq!(
            quotes(&d, &s, &[fuente]),
            [
                q(
                    "I came here with two suitcases and a bus ticket",
                    Some("Chidi Okafor")
                ),
                q(
                    "Nobody tells you that your first startup is mostly tuition",
                    Some("Ananya Krishnan")
                ),
                q("Expensive tuition.", Some("Ananya Krishnan")),
            ]
        );
    }

    #[test]
    fn a_one_word_name_maps_to_the_fuller_name_and_surnames_carry_pronouns() {
        let md = "Dr. Kim Min-jun and Jef Van den Broeck spoke. Later Van den Broeck explained the \
                  data. Kim compared this with Busan. ‘When three agencies own the same quay, nothing \
                  happens for ten years,’ he told the audience.\n";
        let (d, s) = doc(md, Lang::En);
        let kim = person(&d, &s, "Kim Min-jun", &["Kim Min-jun"]);
        let jef = person(&d, &s, "Jef Van den Broeck", &["Jef Van den Broeck"]);
        let short = person(&d, &s, "Broeck", &["Van den Broeck explained"]);
        assert_eq!(
            quotes(&d, &s, &[kim, jef, short]),
            [q(
                "When three agencies own the same quay, nothing happens for ten years",
                Some("Kim Min-jun")
            )]
        );
    }

    #[test]
    fn short_split_and_partial_quotes() {
        let md = "Kwame Asante-Bakker volgde de oefening. “Improvisatie is een kracht,” schreef hij in \
                  zijn rapport, “maar het mag geen vervanging zijn voor afspraken.”\n\n\
                  Giorgi Kapanadze berichtete über Abwanderung. Er wolle deshalb eine Ausbildung aufbauen, \
                  „die jungen Leuten eine Zukunft zu Hause gibt“.\n\n\
                  Hugo Lambert a défendu le mécénat : la fondation soutient quarante festivals, mais « le \
                  mécène ne remplacera jamais la collectivité » – une remarque qui a fait sourire.\n\n\
                  She called for a \"materials passport\" and a \"right to repair\" in every town.\n";
        let (d, s) = doc(md, Lang::Nl);
        let kwame = person(&d, &s, "Kwame Asante-Bakker", &["Kwame Asante-Bakker"]);
        let giorgi = person(&d, &s, "Giorgi Kapanadze", &["Giorgi Kapanadze"]);
        let hugo = person(&d, &s, "Hugo Lambert", &["Hugo Lambert"]);
        assert_eq!(
            quotes(&d, &s, &[kwame, giorgi, hugo]),
            [
                q("Improvisatie is een kracht", Some("Kwame Asante-Bakker")),
                q(
                    "maar het mag geen vervanging zijn voor afspraken.",
                    Some("Kwame Asante-Bakker")
                ),
                q(
                    "die jungen Leuten eine Zukunft zu Hause gibt",
                    Some("Giorgi Kapanadze")
                ),
                q(
                    "le mécène ne remplacera jamais la collectivité",
                    Some("Hugo Lambert")
                ),
            ]
        );
    }

    #[test]
    fn titles_in_marks_and_in_the_header_are_not_quotes() {
        let md = "FESTIVAL VOIX D'ÉTÉ – COMPTE RENDU\n\n\
                  « La culture dans les villes moyennes : luxe ou service public ? »\n\n\
                  Mathilde Arnaud-Ferrier a détaillé le programme « Plan Culture Près de Chez Vous », et \
                  reconnu que les petites communes peinent à monter des dossiers.\n";
        let (d, s) = crate::takeaways::test_util::text_doc(md, Lang::Fr);
        let m = person(
            &d,
            &s,
            "Mathilde Arnaud-Ferrier",
            &["Mathilde Arnaud-Ferrier"],
        );
        assert!(quotes(&d, &s, &[m]).is_empty());
    }

    #[test]
    fn verbs_of_saying_in_every_language() {
        let md = "Samuel Ouédraogo a parlé. « Chez nous, on n'a jamais attendu l'argent public pour \
                  jouer », a-t-il glissé.\n\n\
                  Klaus Weber sprach zuletzt. „Ohne Personal bleibt jede Strategie ein Papier“, fügte er \
                  hinzu.\n\n\
                  Els Peeters sprak over water. “Dat hebben we veel te laat gezien,” gaf ze toe.\n\n\
                  Pilar Ortega inauguró el foro recordando que la ciudad ahorró agua «a base de \
                  contadores, campañas y de arreglar fugas».\n\n\
                  - “Start small and share what works with your neighbours,” Anna Berg recommended.\n";
        let (d, s) = doc(md, Lang::Fr);
        let people = people(
            &d,
            &s,
            &[
                "Samuel Ouédraogo",
                "Klaus Weber",
                "Els Peeters",
                "Pilar Ortega",
                "Anna Berg",
            ],
        );
        assert_eq!(
            quotes(&d, &s, &people),
            [
                q(
                    "Chez nous, on n'a jamais attendu l'argent public pour jouer",
                    Some("Samuel Ouédraogo")
                ),
                q(
                    "Ohne Personal bleibt jede Strategie ein Papier",
                    Some("Klaus Weber")
                ),
                q("Dat hebben we veel te laat gezien", Some("Els Peeters")),
                q(
                    "a base de contadores, campañas y de arreglar fugas",
                    Some("Pilar Ortega")
                ),
                q(
                    "Start small and share what works with your neighbours",
                    Some("Anna Berg")
                ),
            ]
        );
    }

    #[test]
    fn passive_attributions_glued_to_names_are_dropped() {
        let (d, _) = doc("Segundo Ana Costa, a fibra chegou.\n", Lang::Pt);
        for (glued, clean) in [
            ("Segundo Ana Costa", "Ana Costa"),
            ("Laut Klaus Weber", "Klaus Weber"),
            ("Volgens Els Peeters", "Els Peeters"),
            ("Segundo Boateng", "Boateng"),
            ("Pour Jean Dupont", "Jean Dupont"),
            ("Mayor Jane Roe", "Jane Roe"),
            ("Oberbürgermeisterin Dr. Katrin Albers", "Katrin Albers"),
            ("Dean Smith", "Dean Smith"),
        ] {
            let e = Entity::new(EntityKind::Person, glued);
            assert_eq!(clean_person_name(&e.name, &e, &d, builtin()), clean);
        }
    }

    #[test]
    fn a_nationality_between_the_speaker_and_the_pronoun_is_no_one() {
        let md = "Klaus Brandl spoke next. Brandl talked about the German dual system. \
                  “Recipes are easy to copy,” he told them.\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(&d, &s, &["Klaus Brandl"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [q("Recipes are easy to copy", Some("Klaus Brandl"))]
        );
    }

    #[test]
    fn a_quote_after_a_sentence_that_reports_or_owns_its_speaker() {
        let md = "Lorraine Macpherson opened the day. Several cemeteries, she said, will run out \
                  of space. “Every council needs a fifty-year plan.”\n\n\
                  Thomas Réveillère a présenté une enquête. Le jeu, selon lui, est un lieu rare. \
                  « Autour d'une table de jeu, personne ne demande votre diplôme. »\n\n\
                  The last talk came from Ana Ortega of Cuenca. Her team has connected the \
                  lamps. “Now the lamp tells us itself.”\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(
            &d,
            &s,
            &["Lorraine Macpherson", "Thomas Réveillère", "Ana Ortega"],
        );
        assert_eq!(
            quotes(&d, &s, &people),
            [
                q(
                    "Every council needs a fifty-year plan.",
                    Some("Lorraine Macpherson")
                ),
                q(
                    "Autour d'une table de jeu, personne ne demande votre diplôme.",
                    Some("Thomas Réveillère")
                ),
                q("Now the lamp tells us itself.", Some("Ana Ortega")),
            ]
        );
    }

    #[test]
    fn a_noun_after_an_article_is_no_lone_given_name() {
        let md = "Bürgermeisterin Claudia Weitzel eröffnete das Forum mit einer Zahl und einer \
                  Warnung. „Wer kein Auto hat, ist bei uns ohne Laden schnell abgehängt“, sagte \
                  sie.\n";
        let (d, s) = doc(md, Lang::De);
        let people = people(&d, &s, &["Claudia Weitzel"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [q(
                "Wer kein Auto hat, ist bei uns ohne Laden schnell abgehängt",
                Some("Claudia Weitzel")
            )]
        );
    }

    #[test]
    fn a_possessive_inside_the_sentence_before_points_to_the_paragraphs_person() {
        let md = "Head sommelier Marcus Oyelaran described how diners have changed. Half of his \
                  sales are now light wines. “Nobody is embarrassed to ask for the alcohol-free \
                  pairing any more.”\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(&d, &s, &["Marcus Oyelaran"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [q(
                "Nobody is embarrassed to ask for the alcohol-free pairing any more.",
                Some("Marcus Oyelaran")
            )]
        );
    }

    #[test]
    fn a_function_word_opening_a_split_quote_is_no_lone_given_name() {
        let md = "Dr Joanna Fitzpatrick spoke about registration. \"An interpreter without \
                  training,\" she said, \"can do more harm than no interpreter at all.\"\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(&d, &s, &["Joanna Fitzpatrick"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [
                q(
                    "An interpreter without training",
                    Some("Joanna Fitzpatrick")
                ),
                q(
                    "can do more harm than no interpreter at all.",
                    Some("Joanna Fitzpatrick")
                ),
            ]
        );
    }

    #[test]
    fn a_german_noun_before_a_colon_is_no_speaker() {
        let md = "Lehrlingswartin Jana Brugger berichtete, dass nur elf Auszubildende begonnen \
                  haben. Sie warb für gezielte Ansprache junger Frauen: „Auf dem Dach zählt \
                  Trittsicherheit, nicht das Geschlecht.“\n";
        let (d, s) = doc(md, Lang::De);
        let people = people(&d, &s, &["Jana Brugger"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [q(
                "Auf dem Dach zählt Trittsicherheit, nicht das Geschlecht.",
                Some("Jana Brugger")
            )]
        );
    }

    #[test]
    fn pronouns_agree_with_the_speakers_given_name() {
        let md = "Maria Rossi introduced Thomas Becker to the audience. “We waited far too long for \
                  this grid,” she said.\n\n\
                  Sophie Martin a présenté Pierre Dubois. « Nous avons attendu trop longtemps ici », \
                  a-t-elle ajouté.\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(
            &d,
            &s,
            &[
                "Maria Rossi",
                "Thomas Becker",
                "Sophie Martin",
                "Pierre Dubois",
            ],
        );
        assert_eq!(
            quotes(&d, &s, &people),
            [
                q("We waited far too long for this grid", Some("Maria Rossi")),
                q(
                    "Nous avons attendu trop longtemps ici",
                    Some("Sophie Martin")
                ),
            ]
        );
    }

    #[test]
    fn a_given_name_after_in_is_a_place_unless_a_verb_brought_it_in() {
        let md = "Marco Bellini, manager at the composting facility in Cassidy, showed photos. \
                  “Every bag we pull out was a bag someone thought was fine,” he told us.\n\n\
                  The voicemail segment brought in Cassidy, a bartender from Derby. “Half my \
                  wages go on taxis,” she told us.\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(&d, &s, &["Marco Bellini"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [
                q(
                    "Every bag we pull out was a bag someone thought was fine",
                    Some("Marco Bellini")
                ),
                q("Half my wages go on taxis", None),
            ]
        );
    }

    #[test]
    fn signed_quotes_possessives_and_oblique_names() {
        let md = "After Thomas Becker's presentation, Maria Rossi said: “Nobody here wants another \
                  pilot project.”\n\n\
                  Asked by Maria Rossi about costs, Thomas Becker replied: “The grid upgrade pays for \
                  itself in eight years.”\n\n\
                  “Cities have to lead when national governments hesitate.” – Ingrid Holm\n\n\
                  Her advice to smaller towns: “Start with one street and make it work.”\n\n\
                  Lars Eriksen: “We publish every dataset under an open licence.”\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(&d, &s, &["Maria Rossi", "Thomas Becker"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [
                q(
                    "Nobody here wants another pilot project.",
                    Some("Maria Rossi")
                ),
                q(
                    "The grid upgrade pays for itself in eight years.",
                    Some("Thomas Becker")
                ),
                q(
                    "Cities have to lead when national governments hesitate.",
                    Some("Ingrid Holm")
                ),
                q(
                    "Start with one street and make it work.",
                    Some("Ingrid Holm")
                ),
                q(
                    "We publish every dataset under an open licence.",
                    Some("Lars Eriksen")
                ),
            ]
        );
    }

    #[test]
    fn short_continuations_and_view_holders() {
        let md = "'Nobody reads the strategy documents,' Peter Novak said. 'They read the budget.'\n\n\
                  Pour Jean Dupont, « la ville doit montrer l'exemple avant de demander des efforts ».\n";
        let (d, s) = doc(md, Lang::En);
        assert_eq!(
            quotes(&d, &s, &[]),
            [
                q("Nobody reads the strategy documents", Some("Peter Novak")),
                q("They read the budget.", Some("Peter Novak")),
                q(
                    "la ville doit montrer l'exemple avant de demander des efforts",
                    Some("Jean Dupont")
                ),
            ]
        );
    }

    #[test]
    fn labels_after_a_determiner_or_a_naming_word_are_not_quotes() {
        let md = "Maria Rossi presented the \"one street at a time\" approach. She said \
                  the \"cities that share their data openly\" network keeps growing. Thomas Becker runs \
                  a programme called \"neighbours who repair things together\", funded by the region.\n\n\
                  Maria Rossi called for a \"radical simplification of the funding rules\".\n\n\
                  Thomas Becker said a \"city where no child needs a car to reach school\" is the goal.\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(&d, &s, &["Maria Rossi", "Thomas Becker"]);
        // A determiner before a quotation that ends the clause may open speech.
        assert_eq!(
            quotes(&d, &s, &people),
            [
                q(
                    "radical simplification of the funding rules",
                    Some("Maria Rossi")
                ),
                // A long quotation inside a noun phrase reads as someone's words.
                q(
                    "city where no child needs a car to reach school",
                    Some("Thomas Becker")
                ),
            ]
        );
    }

    #[test]
    fn a_named_talk_is_no_quote_even_when_it_ends_as_a_sentence() {
        let md = "Sara Mendes led the thematic session titled “Experimentation comes before \
                  scale.” She showed the city's toolbox.\n\n\
                  Iva Horvat led the session on “Upskilling and reskilling – examples of good \
                  practices.” Nenad Babić said: “Our apprentices teach the next ones.”\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(&d, &s, &["Sara Mendes", "Iva Horvat", "Nenad Babić"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [q(
                "Our apprentices teach the next ones.",
                Some("Nenad Babić")
            )]
        );
    }

    #[test]
    fn a_title_in_title_case_is_no_quote_even_with_its_stop_inside() {
        let md = "My favourite panel was “Beyond the Hype: AI, Media, and the New Creative \
                  Frontier.” Maria Gonzalez said: “We Need Better Tools.”\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(&d, &s, &["Maria Gonzalez"]);
        // Three capitalised words may still be speech; four or more make a title.
        assert_eq!(
            quotes(&d, &s, &people),
            [q("We Need Better Tools.", Some("Maria Gonzalez"))]
        );
    }

    #[test]
    fn a_quote_after_a_sentence_that_ends_she_said_is_hers() {
        let md = "Reinventing Cities\n\n“Our cities can lead,” Anna Lisa Boni, secretary general \
                  of Eurocities, concluded. Cities can bring innovation in governance, she said. \
                  “And they are ambitious, as the examples shown today have proved again.”\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(&d, &s, &["Anna Lisa Boni"]);
        // Not the title, whose last word opens the sentence before.
        assert_eq!(
            quotes(&d, &s, &people),
            [
                q("Our cities can lead", Some("Anna Lisa Boni")),
                q(
                    "And they are ambitious, as the examples shown today have proved again.",
                    Some("Anna Lisa Boni")
                ),
            ]
        );
    }

    #[test]
    fn definite_noun_phrases_appositions_and_the_sentence_after() {
        let md = "Thomas Becker opened the afternoon. “Ports and cities have to plan the same land \
                  together.” These were the words of Maria Rossi, who closed the forum.\n\n\
                  Pieter de Graaf presented the Rotterdam plan. “Nobody will move for a heat pump \
                  alone,” the Dutchman said.\n\n\
                  “We cannot keep waiting for Brussels,” Novak, who has led the agency since 2019, \
                  said.\n\n\
                  Lena Fischer thanked the hosts. “The city will publish every contract online from \
                  next year,” the report says.\n\n\
                  Klaus Weber sprach über Finanzen. „Ohne Kredite baut niemand eine Wärmepumpe“, sagte \
                  der Ökonom.\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(
            &d,
            &s,
            &[
                "Thomas Becker",
                "Maria Rossi",
                "Pieter de Graaf",
                "Lena Fischer",
                "Klaus Weber",
            ],
        );
        assert_eq!(
            quotes(&d, &s, &people),
            [
                q(
                    "Ports and cities have to plan the same land together.",
                    Some("Maria Rossi")
                ),
                q(
                    "Nobody will move for a heat pump alone",
                    Some("Pieter de Graaf")
                ),
                q("We cannot keep waiting for Brussels", Some("Novak")),
                q(
                    "The city will publish every contract online from next year",
                    None
                ),
                q(
                    "Ohne Kredite baut niemand eine Wärmepumpe",
                    Some("Klaus Weber")
                ),
            ]
        );
    }

    #[test]
    fn partial_entity_names_map_to_the_one_fuller_name() {
        let (d, _) = doc("Text.\n", Lang::En);
        let entities: Vec<Entity> = [
            "Jef Van den Broeck",
            "Van den Broeck",
            "Krishnan",
            "Ananya Krishnan",
            "Maria",
            "Maria Rossi",
            "Maria Lopez",
        ]
        .iter()
        .map(|n| Entity::new(EntityKind::Person, *n))
        .collect();
        let refs: Vec<&Entity> = entities.iter().collect();
        assert_eq!(
            speaker_names(&refs, &d, builtin()),
            [
                "Jef Van den Broeck",
                "Jef Van den Broeck",
                "Ananya Krishnan",
                "Ananya Krishnan",
                // Two fuller names hold "Maria": it stays as it is.
                "Maria",
                "Maria Rossi",
                "Maria Lopez"
            ]
        );
    }

    #[test]
    fn pull_quotes_signed_in_the_next_block_and_missed_names_before() {
        let md = "The mayor spoke at length about housing.\n\n\
                  > “Cities have to lead when national governments hesitate.”\n>\n\
                  > — Maria Rossi, Mayor of Lyon\n\n\
                  “Every street we fix is a street people use again.”\n\n\
                  Lena Fischer, Head of Mobility\n\n\
                  - Chidi Okafor, honoree\n\n\
                  Okafor was blunt. “Nobody gave me a network, I had to build one.”\n";
        let (d, s) = doc(md, Lang::En);
        assert_eq!(
            quotes(&d, &s, &[]),
            [
                q(
                    "Cities have to lead when national governments hesitate.",
                    Some("Maria Rossi")
                ),
                q(
                    "Every street we fix is a street people use again.",
                    Some("Lena Fischer")
                ),
                q(
                    "Nobody gave me a network, I had to build one.",
                    Some("Chidi Okafor")
                ),
            ]
        );
    }

    #[test]
    fn a_pull_quote_after_a_possessive_that_hands_over_is_its_owners() {
        let md = "First up is Mayor Fatmata Kamara of Makeni. Her message is blunt:\n\n\
                  > “A partnership that only produces photographs is a holiday.”\n\n\
                  Nobody spoke after that. His words were clear.\n\n\
                  > “Nothing else was said in the room today.”\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(&d, &s, &["Fatmata Kamara"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [
                q(
                    "A partnership that only produces photographs is a holiday.",
                    Some("Fatmata Kamara")
                ),
                // No colon: the sentence does not hand over, and "his" has no referent.
                q("Nothing else was said in the room today.", None),
            ]
        );
    }

    #[test]
    fn a_month_named_like_a_given_name_is_no_referent() {
        let md = "Marivic Dela Cruz reported three incursions since June. She asked for radios. \
                  'Our wardens go out at night with a flashlight,' she told the council.\n";
        let (d, s) = doc(md, Lang::En);
        let people = people(&d, &s, &["Marivic Dela Cruz"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [q(
                "Our wardens go out at night with a flashlight",
                Some("Marivic Dela Cruz")
            )]
        );
    }

    #[test]
    fn the_agent_of_a_passive_is_no_referent_of_a_dropped_pronoun() {
        let md = "La sindaca Rosa Quispe ha risposto, tradotta dall'interprete Valeria Rossi. \
                  Ha raccontato del mercato. «Abbiamo imparato a fare rete», ha spiegato.\n";
        let (d, s) = doc(md, Lang::It);
        let people = people(&d, &s, &["Rosa Quispe", "Valeria Rossi"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [q("Abbiamo imparato a fare rete", Some("Rosa Quispe"))]
        );
    }

    #[test]
    fn a_connective_opening_the_sentence_hides_no_speaker() {
        let md = "El agricultor Julián Merino contó que la compra pública le ha ayudado. Sin \
                  embargo, advirtió de que los pliegos siguen pensados para grandes empresas: \
                  «Si me piden facturar por trimestres, no aguanto».\n";
        let (d, s) = doc(md, Lang::Es);
        let people = people(&d, &s, &["Julián Merino"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [q(
                "Si me piden facturar por trimestres, no aguanto",
                Some("Julián Merino")
            )]
        );
    }

    #[test]
    fn a_given_name_inside_a_place_is_nobody() {
        let md = "Tra gli espositori anche Lucía Herrero, tornitrice di Talavera de la Reina \
                  (Spagna), che ha parlato del gas. «Un forno acceso costa il triplo», ha detto.\n";
        let (d, s) = doc(md, Lang::It);
        let mut entities = people(&d, &s, &["Lucía Herrero"]);
        let mut town = person(&d, &s, "Talavera de la Reina", &["Talavera de la Reina"]);
        town.kind = EntityKind::City;
        assert_eq!(
            quotes(&d, &s, &entities),
            [q("Un forno acceso costa il triplo", None)],
            "without the town, Reina reads as someone named by first name"
        );
        entities.push(town);
        assert_eq!(
            quotes(&d, &s, &entities),
            [q("Un forno acceso costa il triplo", Some("Lucía Herrero"))]
        );
    }

    #[test]
    fn a_hyphenated_town_is_no_lone_given_name() {
        let md = "Jean-Baptiste Ndiaye, marionnettiste, basé à Saint-Louis (Sénégal), a présenté \
                  un conte. « Chez nous, la marionnette a toujours servi », a-t-il expliqué.\n";
        let (d, s) = doc(md, Lang::Fr);
        let people = people(&d, &s, &["Jean-Baptiste Ndiaye"]);
        assert_eq!(
            quotes(&d, &s, &people),
            [q(
                "Chez nous, la marionnette a toujours servi",
                Some("Jean-Baptiste Ndiaye")
            )]
        );
    }

    #[test]
    fn inverted_pronouns_and_elided_roles() {
        let md = "Jean Dupont a parlé du budget. « Nous ne pouvons plus attendre l'État », juge-t-il.\n\n\
                  Anna Schmidt sprach zuletzt. „Wir brauchen mehr Personal in den Ämtern“, scherzt sie.\n\n\
                  Marco Verdi ha parlato dei prestiti. Giulia Bianchi, assessora alla cultura, ha chiuso. \
                  «Le biblioteche restano aperte tutto agosto», ha sottolineato l’assessora.\n";
        let (d, s) = doc(md, Lang::Fr);
        let people = people(
            &d,
            &s,
            &[
                "Jean Dupont",
                "Anna Schmidt",
                "Marco Verdi",
                "Giulia Bianchi",
            ],
        );
        assert_eq!(
            quotes(&d, &s, &people),
            [
                q("Nous ne pouvons plus attendre l'État", Some("Jean Dupont")),
                q(
                    "Wir brauchen mehr Personal in den Ämtern",
                    Some("Anna Schmidt")
                ),
                q(
                    "Le biblioteche restano aperte tutto agosto",
                    Some("Giulia Bianchi")
                ),
            ]
        );
    }

    #[test]
    fn name_words_that_are_common_words_do_not_open_sentences_as_names() {
        let md = "John Young presented the survey of young commuters.\n\n\
                  Young people said: “We want more buses in the evening.”\n\n\
                  Later Young added a caveat. “The sample is small,” he said.\n";
        let (d, s) = doc(md, Lang::En);
        let young = person(&d, &s, "John Young", &["John Young"]);
        assert_eq!(
            quotes(&d, &s, &[young]),
            [
                q("We want more buses in the evening.", None),
                q("The sample is small", Some("John Young")),
            ]
        );
    }

    #[test]
    fn titles_the_sentence_runs_on_from_are_not_quotes() {
        let md = "The workshop \"How do we fund the transition?\" was fully booked. Participants watched \
                  \"A River Runs Through Our Town\" before lunch. \"We will fund it together,\" she \
                  said.\n";
        let (d, s) = doc(md, Lang::En);
        assert_eq!(quotes(&d, &s, &[]), [q("We will fund it together", None)]);
    }

    #[test]
    fn a_quotation_after_a_noun_for_an_event_or_a_document_names_it() {
        let md = "Per questo il seminario «Patrimonio e comunità: gestire i flussi nei borghi \
                  storici», organizzato dal Comune di Bagnoregio, ha richiamato amministratori. \
                  «Non siamo un museo», ha detto il sindaco.\n";
        let (d, s) = doc(md, Lang::It);
        assert_eq!(quotes(&d, &s, &[]), [q("Non siamo un museo", None)]);
        // A continued quotation, in lower case, is still speech: "schreef hij in zijn rapport,
        // “maar …”".
        let md = "“Improvisatie is een kracht,” schreef hij in zijn rapport, “maar het mag geen \
                  vervanging zijn voor afspraken.”\n";
        let (d, s) = doc(md, Lang::Nl);
        assert_eq!(quotes(&d, &s, &[]).len(), 2);
        let md =
            "The Partnership will send the full survey report, “Who Keeps the Lights On?”, to \
                  all clubs.\n";
        let (d, s) = doc(md, Lang::En);
        assert_eq!(quotes(&d, &s, &[]), []);
        let md = "Una pescadera habló. “Si me ponen un aparcamiento decente, vuelvo a vender”, \
                  escribió en el chat.\n";
        let (d, s) = doc(md, Lang::Es);
        assert_eq!(
            quotes(&d, &s, &[]),
            [q(
                "Si me ponen un aparcamiento decente, vuelvo a vender",
                None
            )]
        );
    }

    #[test]
    fn a_given_name_or_family_name_completes_where_the_name_is_introduced() {
        let md =
            "Panel:\n\n- Dr. Kim Min-jun – senior research fellow\n- Maria Rossi, director\n\n\
                  Kim compared this with Busan. ‘When three agencies own the same quay, nothing \
                  happens for ten years,’ he told the audience. “Ports need patient money,” Maria \
                  said.\n";
        let (d, s) = doc(md, Lang::En);
        assert_eq!(
            quotes(&d, &s, &[]),
            [
                q(
                    "When three agencies own the same quay, nothing happens for ten years",
                    Some("Kim Min-jun")
                ),
                q("Ports need patient money", Some("Maria Rossi")),
            ]
        );
    }

    #[test]
    fn a_signed_pull_quote_under_the_title_is_speech() {
        let md =
            "# Forum recap\n\n> “Cities cannot wait for national funding.”\n>\n> — Maria Rossi\n\n\
                  The forum opened on Monday with three panels.\n";
        let (d, s) = doc(md, Lang::En);
        assert_eq!(
            quotes(&d, &s, &[]),
            [q(
                "Cities cannot wait for national funding.",
                Some("Maria Rossi")
            )]
        );
    }

    #[test]
    fn minutes_initials_name_the_attendee_they_abbreviate() {
        let txt = "PRESENT\nPeter Greaves - Chair, Wisbech Chamber of Commerce\n\
                   Lucy Tranter - owner, The Old Granary Bakery\n\n\
                   PG said members of the Chamber were tired of consultations: \"We keep \
                   commissioning studies.\"\n";
        let (d, s) = crate::takeaways::test_util::text_doc(txt, Lang::En);
        let listed = people(&d, &s, &["Peter Greaves", "Lucy Tranter"]);
        assert_eq!(
            quotes(&d, &s, &listed),
            [q("We keep commissioning studies.", Some("Peter Greaves"))]
        );
        // Initials two attendees share name neither.
        let listed = people(&d, &s, &["Peter Greaves", "Paula Grant"]);
        assert_ne!(
            quotes(&d, &s, &listed)[0].1.as_deref(),
            Some("Peter Greaves")
        );
    }

    #[test]
    fn an_adverb_between_a_pronoun_and_its_verb_keeps_the_speaker() {
        let txt =
            "Helen Okafor spoke first. She also admitted that the bin data \"is messier than \
                   we'd like\", which got a laugh.\n";
        let (d, s) = crate::takeaways::test_util::text_doc(txt, Lang::En);
        let listed = people(&d, &s, &["Helen Okafor"]);
        assert_eq!(
            quotes(&d, &s, &listed),
            [q("is messier than we'd like", Some("Helen Okafor"))]
        );
    }
}
