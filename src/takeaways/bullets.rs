//! Bullet takeaways: items of a list under a takeaway heading ("Key takeaways", "Fazit",
//! "Prochaines étapes") or after a lead-in ("The main messages were:", "participants identified
//! three priorities"), cut to their label and first sentence. Agenda, programme and speaker
//! lists are left out.

use super::{
    cue_at, folded_words, has_cue, has_phrase, squash, PhraseSet, Takeaway, TakeawayKind,
    BULLET_SCORE,
};
use crate::entities::{Entity, EntityKind};
use crate::input::{BlockKind, Document};
use crate::lexicon::{Cue, Lexicons};
use crate::segment::{split_sentences, Segmented};
use std::sync::LazyLock;

/// Longest heading, in words, that can introduce takeaways ("What we are taking back to our
/// own domes" has nine); longer ones are titles ("Roundtable summary: what can cities learn
/// from Vienna and from Graz?").
const MAX_HEADING_WORDS: usize = 10;
/// Longest first sentence of a bullet that is read as its label ("Start with data.").
const MAX_LABEL_WORDS: usize = 8;
/// Level given to a short paragraph that stands as a heading in plain text ("Punti chiave").
const PSEUDO_HEADING_LEVEL: u8 = 6;

/// Words of headings and lead-ins that introduce programme or people lists, never takeaways.
/// Not in `cues.tsv` (which has no agenda list), so kept here.
const AGENDA_WORDS: &[&str] = &[
    // en
    "agenda",
    "programme",
    "program",
    "schedule",
    "speakers",
    "panellists",
    "panelists",
    "presenters",
    "participants",
    "attendees",
    "jury",
    "line-up",
    "lineup",
    "reading",
    "resources",
    "links",
    "sponsors",
    "partners",
    // de
    "programm",
    "tagesordnung",
    "referenten",
    "referentinnen",
    "teilnehmende",
    "teilnehmer",
    "links",
    // fr
    "ordre du jour",
    "intervenants",
    "intervenantes",
    "orateurs",
    // es / pt / it / nl
    "programa",
    "ponentes",
    "oradores",
    "participantes",
    "palestrantes",
    "programma",
    "relatori",
    "partecipanti",
    "sprekers",
    "deelnemers",
];

/// Headings and lead-ins that introduce takeaways beyond the `takeaway_heading` cues: what
/// participants "take home", learning points, Dutch and German compounds. Folded.
const TAKEAWAY_PHRASES: &[&str] = &[
    // en
    "take-home messages",
    "take-home message",
    "take-home points",
    "take home messages",
    "take-aways",
    "key take-aways",
    "learning points",
    "key learning points",
    "points to remember",
    "what we take away",
    "what we took away",
    "what we take home",
    "food for thought",
    // What one writer kept ("A few things that stuck with me:"), as social posts put it.
    "stuck with me",
    "stayed with me",
    "what i learned",
    "what i learnt",
    "things i learned",
    "what i took away",
    "what i'm taking away",
    "what i am taking away",
    // fr
    "ce que nous retenons",
    "ce que l'on retient",
    "ce qu'on retient",
    "ce que je retiens",
    // The writers' past: "Ce que nous avons retenu", "Ce que j'ai retenu".
    "ce que nous avons retenu",
    "ce que j'ai retenu",
    "ce qu'on a retenu",
    "ce que l'on a retenu",
    "points a retenir",
    "enseignements a retenir",
    // de
    "was bleibt",
    "was wir mitnehmen",
    "was ich mitnehme",
    "lernpunkte",
    "learnings",
    // es
    "lo que nos llevamos",
    "que nos llevamos",
    "lo que me llevo",
    "ideas para llevar",
    "aprendizajes clave",
    // pt
    "o que levamos",
    "o que levo",
    "pontos a reter",
    "licoes a reter",
    // it
    "cosa ci portiamo a casa",
    "cosa ci portiamo via",
    "cosa portiamo via",
    "cosa mi porto a casa",
    "in pillole",
    "spunti emersi",
    "lezioni imparate",
    // nl
    "leerpunten",
    "belangrijkste leerpunten",
    "actiepunten",
    "aandachtspunten",
    "verbeterpunten",
    "wat we meenemen",
    "wat ik meeneem",
    "wat nemen we mee",
    "wat we leerden",
    "wat we geleerd hebben",
    // Advice sections are recommendations by another name.
    "tips",
    "advice",
    "conseils",
    "tipps",
    "consejos",
    "dicas",
    "conselhos",
    "consigli",
    // What the writer learned, in the other languages.
    "ce que nous avons appris",
    "was wir gelernt haben",
    "lo que aprendimos",
    "o que aprendemos",
    "cosa abbiamo imparato",
];

/// [`TAKEAWAY_PHRASES`] as a set: every word window of headings and lead-ins is looked up.
static TAKEAWAY_PHRASE_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(TAKEAWAY_PHRASES));

/// Plural nouns that a listicle title counts ("5 things we learned", "Sept leçons de …"):
/// its numbered sections are then the takeaways themselves.
const LISTICLE_NOUNS: &[&str] = &[
    "things",
    "lessons",
    "takeaways",
    "learnings",
    "ideas",
    "tips",
    "insights",
    "ways",
    "reasons",
    "choses",
    "lecons",
    "idees",
    "enseignements",
    "conseils",
    "dinge",
    "lehren",
    "erkenntnisse",
    "tipps",
    "cosas",
    "lecciones",
    "claves",
    "consejos",
    "coisas",
    "licoes",
    "ideias",
    "dicas",
    "cose",
    "lezioni",
    "idee",
    "consigli",
    "dingen",
    "lessen",
    "inzichten",
];

/// Number words that open a listicle title, up to ten, in the corpus languages.
const NUMBER_WORDS: &[&str] = &[
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "trois", "quatre", "cinq",
    "sept", "huit", "neuf", "dix", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun",
    "zehn", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "quatro", "sete",
    "oito", "nove", "tre", "quattro", "cinque", "sei", "sette", "otto", "dieci", "drie", "vijf",
    "zes", "zeven", "negen", "tien",
];

/// Whether a title announces a numbered list of lessons: a number, then within two words one
/// of the listicle nouns ("5 things we learned at …", "Five key lessons from …").
fn is_listicle_title(text: &str) -> bool {
    let words = folded_words(text);
    words.first().is_some_and(|w| {
        w.bytes().all(|b| b.is_ascii_digit()) || NUMBER_WORDS.contains(&w.as_str())
    }) && words
        .iter()
        .skip(1)
        .take(3)
        .any(|w| LISTICLE_NOUNS.contains(&w.as_str()))
}

/// Whether folded words contain an agenda word or phrase.
fn has_agenda_word(words: &[String]) -> bool {
    (0..words.len()).any(|i| agenda_at(words, i))
}

/// Whether an agenda word or phrase starts at word `i`.
fn agenda_at(words: &[String], i: usize) -> bool {
    (1..=3.min(words.len() - i)).any(|n| AGENDA_WORDS.contains(&words[i..i + n].join(" ").as_str()))
}

/// Words that make the people after them the agent of a participle ("Conclusions agreed by
/// the partners"), folded.
const AGENT_LINKS: &[&str] = &["by", "par", "von", "por", "da", "dai", "dalle", "door"];

/// Words that say what the lessons before them are for, folded.
const PURPOSE_LINKS: &[&str] = &["for", "fur", "pour", "para", "per", "voor"];

/// Whether a heading names the programme or its people, other than as the agent of what it
/// announces ("Conclusions agreed by the partners" announces conclusions).
fn has_agenda_subject(words: &[String]) -> bool {
    (0..words.len()).any(|i| {
        let link = |k: usize| AGENT_LINKS.contains(&words[k].as_str());
        let agent = i >= 1 && link(i - 1)
            || i >= 2
                && link(i - 2)
                && crate::entities::DEFINITE_ARTICLES.contains(&words[i - 1].as_str());
        // "Mein Fazit für unser Programm", "Recommendations for the programme": what the
        // lessons are for, not what the heading is about.
        let purpose = |k: usize| PURPOSE_LINKS.contains(&words[k].as_str());
        let aim = i >= 1 && purpose(i - 1) || i >= 2 && purpose(i - 2);
        !agent && !aim && agenda_at(words, i)
    })
}

/// Heading text without a leading number ("2. Key takeaways", "II - Conclusions").
fn strip_numbering(text: &str) -> &str {
    let t = text.trim();
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X'));
    if rest.len() < t.len() && rest.starts_with(['.', ')', ':', ' ', '-', '–']) {
        rest.trim_start_matches(['.', ')', ':', ' ', '-', '–'])
            .trim()
    } else {
        t
    }
}

/// Whether a heading introduces a takeaway section: short, with a takeaway cue, and not about
/// the programme or the people.
fn is_takeaway_heading(text: &str, lex: &Lexicons) -> bool {
    let words = folded_words(strip_numbering(text));
    !words.is_empty()
        && words.len() <= MAX_HEADING_WORDS
        && (has_cue(&words, Cue::TakeawayHeading, lex)
            || has_phrase(&words, &TAKEAWAY_PHRASE_SET)
            // "Three things we learned", "5 tips for next year"
            || is_listicle_title(strip_numbering(text)))
        && !has_agenda_subject(&words)
}

/// Whether the last sentence of a paragraph is a lead-in announcing takeaways: it names them
/// ("the following recommendations", "three priorities", "the main messages were"). People
/// lists announced this way ("speakers shared their insights:") are caught item by item.
fn is_takeaway_lead_in(text: &str, lex: &Lexicons) -> bool {
    let last = split_sentences(text)
        .last()
        .map_or(text, |r| &text[r.clone()]);
    let words = folded_words(last);
    // The cue wins over agenda words here: "participants identified three priorities for the
    // network's work programme" announces takeaways.
    // "A few moments that stuck with me:": what the writer remembers of the day, not what
    // it taught (as "highlights" headings, which the cues leave out).
    let moments = words.iter().any(|w| HIGHLIGHT_NOUNS.contains(&w.as_str()));
    (0..words.len()).any(|i| cue_at(&words, i, Cue::TakeawayHeading, lex).is_some())
        || !moments && has_phrase(&words, &TAKEAWAY_PHRASE_SET)
        // "Drie dingen die ik meeneem:", "Three things I learned:": a listicle's count
        // leads in the list as a title would.
        || !moments && last.trim_end().ends_with(':') && is_listicle_title(last)
}

/// Nouns for the moments of an event that a writer recalls, folded.
const HIGHLIGHT_NOUNS: &[&str] = &[
    "moments",
    "highlights",
    "momente",
    "momenten",
    "hoogtepunten",
    "momenti",
    "momentos",
];

/// A short paragraph that stands as a heading (plain text, or bold-only Markdown lines): a few
/// words, no sentence punctuation at the end, followed by more text.
fn is_pseudo_heading(text: &str, next: Option<BlockKind>) -> bool {
    let t = text.trim();
    next.is_some()
        && !t.contains('\n')
        && t.split_whitespace().count() <= MAX_HEADING_WORDS
        && !t.ends_with(['.', '!', '?', ':', ';', ',', '…'])
        && t.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Labels of an event's practical fields ("Date: …", "Venue: …", "Chair: …"), folded, in the
/// corpus languages: an entry under such a label describes the meeting, it states no lesson.
/// Not "data" (Italian and Portuguese for date) nor "organisation": English takeaways are
/// labelled so ("Data: share it early").
const FIELD_LABELS: &[&str] = &[
    // en
    "date",
    "dates",
    "time",
    "venue",
    "location",
    "place",
    "where",
    "when",
    // "Who: 68 delegates from 31 local authorities", "Hosts: the county council"
    "who",
    "hosts",
    "participants",
    "speakers",
    "chair",
    "chaired by",
    "notes",
    "minutes",
    "minute taker",
    "attendance",
    "attendees",
    "present",
    "apologies",
    "host",
    "hosted by",
    "organiser",
    "organizer",
    "organised by",
    "organized by",
    "moderator",
    "facilitator",
    "registration",
    "contact",
    "tickets",
    "price",
    "format",
    "duration",
    // de
    "datum",
    "zeit",
    "uhrzeit",
    "ort",
    "veranstaltungsort",
    "moderation",
    "protokoll",
    "leitung",
    "veranstalter",
    "anwesend",
    "entschuldigt",
    "dauer",
    // fr
    "lieu",
    "horaire",
    "horaires",
    "heure",
    "animation",
    "presents",
    "excuses",
    "organisateur",
    "moderation",
    "compte rendu",
    "duree",
    // es
    "fecha",
    "hora",
    "horario",
    "lugar",
    "sede",
    "asistentes",
    "organiza",
    "organizador",
    "modera",
    "acta",
    "duracion",
    // it
    "ora",
    "orario",
    "luogo",
    "moderatore",
    "presenti",
    "assenti",
    "organizzatore",
    "verbale",
    "durata",
    // nl
    "tijd",
    "plaats",
    "locatie",
    "voorzitter",
    "notulist",
    "notulen",
    "aanwezig",
    "afwezig",
    "afgemeld",
    "duur",
    // pt
    "local",
    "horario",
    "moderacao",
    "presentes",
    "ausentes",
    "ata",
    "duracao",
];

/// Whether a list item is an agenda or people entry rather than a statement: a time slot
/// ("09:00 Welcome"), a practical field ("Venue: Town Hall") or "Name, role, organisation".
fn is_agenda_item(text: &str, start: usize, people: &[(usize, usize)]) -> bool {
    let t = text.trim();
    let b = t.as_bytes();
    let time = b.len() > 4
        && b[0].is_ascii_digit()
        && (b[1] == b':'
            || b[1] == b'.'
            || b[1] == b'h'
            || b[2] == b':'
            || b[2] == b'.'
            || b[2] == b'h')
        && b[..5].iter().filter(|c| c.is_ascii_digit()).count() >= 3;
    // A person named in the first few bytes (after an honorific), then a comma: a people list.
    let lead = text.len() - text.trim_start().len();
    let person_first = people
        .iter()
        .any(|&(s, _)| s >= start + lead && s <= start + lead + 12)
        && t.contains(',')
        && !t.ends_with(['.', '!', '?']);
    let field = t.split_once(':').is_some_and(|(label, _)| {
        let words = folded_words(label);
        (1..=3).contains(&words.len()) && FIELD_LABELS.contains(&words.join(" ").as_str())
    });
    time || field || person_first
}

/// A bullet cut to its label and first sentence: "Start with data. Cities should measure …"
/// keeps both sentences when the first is a short label; a long first sentence stands alone.
pub(super) fn cut_bullet(text: &str) -> String {
    let spans = split_sentences(text);
    match spans.as_slice() {
        [] => squash(text),
        [_] => squash(text),
        [first, second, ..] => {
            if text[first.clone()].split_whitespace().count() <= MAX_LABEL_WORDS {
                squash(&text[first.start..second.end])
            } else {
                squash(&text[first.clone()])
            }
        }
    }
}

/// A bullet takeaway: a list item, a lesson heading or a category sub-heading.
fn bullet(text: String, sentence: usize) -> Takeaway {
    Takeaway {
        text,
        kind: TakeawayKind::Bullet,
        speaker: None,
        sentence,
        score: BULLET_SCORE,
    }
}

/// Appends the bullet takeaways of `doc` to `out`.
pub(super) fn extract(
    doc: &Document,
    seg: &Segmented,
    entities: &[Entity],
    lex: &Lexicons,
    out: &mut Vec<Takeaway>,
) {
    let mut people: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    people.sort_unstable();
    let sentence_of = |bi: usize| {
        seg.sentences
            .iter()
            .position(|s| s.block == bi)
            .unwrap_or(0)
    };
    let blocks = &doc.blocks;
    // The level of the open takeaway heading, if any.
    let mut section: Option<u8> = None;
    // The verdict of the paragraph just before a list (a lead-in), if there is one.
    let mut lead: Option<bool> = None;
    // Whether the current list is taken.
    let mut list: Option<bool> = None;
    // Lists taken in the open section.
    let mut section_lists = 0usize;
    // "5 things we learned": each numbered section heading states one lesson.
    let listicle = blocks.first().is_some_and(|b| {
        matches!(b.kind, BlockKind::Heading { level: 1 }) && is_listicle_title(doc.block_text(b))
    });
    for (bi, block) in blocks.iter().enumerate() {
        let text = doc.block_text(block);
        let next = blocks.get(bi + 1).map(|b| b.kind);
        let next_is_item = matches!(next, Some(BlockKind::ListItem { .. }));
        let heading_level = match block.kind {
            BlockKind::Heading { level } => Some(level),
            BlockKind::Paragraph if is_pseudo_heading(text, next) => Some(PSEUDO_HEADING_LEVEL),
            _ => None,
        };
        if let BlockKind::ListItem { .. } = block.kind {
            let takes = *list.get_or_insert_with(|| {
                let takes = lead.unwrap_or(section.is_some());
                section_lists += usize::from(takes && section.is_some());
                takes
            });
            if takes && !is_agenda_item(text, block.start, &people) {
                out.push(bullet(cut_bullet(text), sentence_of(bi)));
            }
            continue;
        }
        list = None;
        lead = None;
        if let Some(level) = heading_level {
            let label = strip_numbering(text);
            if listicle && level > 1 && label.len() < text.trim().len() {
                out.push(bullet(
                    squash(label.trim_end_matches([':', '.'])),
                    sentence_of(bi),
                ));
                continue;
            }
            match section {
                Some(open) if level > open => {
                    // A sub-heading inside a takeaway section: a category when a list follows,
                    // otherwise itself a takeaway (with the first sentence of its paragraph).
                    let words = folded_words(text);
                    if has_agenda_word(&words) {
                        section = None;
                    } else if !next_is_item
                        && !matches!(next, Some(BlockKind::Heading { .. }))
                        && !is_takeaway_heading(text, lex)
                    {
                        let label = label.trim_end_matches([':', '.']);
                        let body = blocks
                            .get(bi + 1)
                            .filter(|b| matches!(b.kind, BlockKind::Paragraph))
                            .map(|b| doc.block_text(b))
                            .and_then(|t| {
                                split_sentences(t).first().map(|r| t[r.clone()].to_string())
                            });
                        let text = match body {
                            Some(b) => format!("{label}: {b}"),
                            None => label.to_string(),
                        };
                        out.push(bullet(squash(&text), sentence_of(bi)));
                    }
                }
                _ => {
                    // The document's title, at whatever level, is never a takeaway heading
                    // ("## Safeguarding Summit 2026: what rowing clubs agreed in Henley").
                    let title = bi == 0;
                    section = (!title && is_takeaway_heading(text, lex)).then_some(level);
                    section_lists = 0;
                }
            }
            continue;
        }
        if next_is_item {
            lead = Some(if is_takeaway_lead_in(text, lex) {
                true
            } else {
                // Inside a takeaway section, a lead-in keeps the list unless it announces people
                // or a programme; after the section's first list, only a short one ("For
                // cities:") does, since longer prose has moved on ("Upcoming events were …:").
                let short = text.trim_end().ends_with(':')
                    && text.split_whitespace().count() <= MAX_HEADING_WORDS;
                section.is_some()
                    && (section_lists == 0 || short)
                    && !has_agenda_word(&folded_words(text))
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{doc, person, text_doc};
    use super::*;
    use crate::lexicon::builtin;
    use crate::segment::Lang;

    fn bullets(d: &Document, s: &Segmented, entities: &[Entity]) -> Vec<String> {
        let mut out = Vec::new();
        extract(d, s, entities, builtin(), &mut out);
        out.into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn items_under_a_takeaway_heading_are_taken_agenda_lists_are_not() {
        let (d, s) = doc(
            "# Day one recap\n\nIntro text here.\n\n## Agenda\n\n- 09:00 Welcome\n- 10:00 Panel on data\n\n\
             ## Key takeaways\n\n- cities want more peer exchange\n- data sharing is a bottleneck\n\n\
             ## Further reading\n\n- The full report on data sharing\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "cities want more peer exchange",
                "data sharing is a bottleneck"
            ]
        );
    }

    #[test]
    fn action_items_are_next_steps_and_remembered_moments_are_not_lessons() {
        let (d, s) = doc(
            "# Minutes\n\nThe meeting opened at 6pm.\n\n## 5. Action items\n\n\
             1. Pierce to draft a follow-up letter to the Mayor.\n\
             2. Commission to set up a hosting committee.\n\n\
             ## 6. Other business\n\nNone.\n\n\
             A few moments that stuck with me:\n\n- The youth mayor opened the day.\n\n\
             A few things that stuck with me:\n\n- Give them real work.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "Pierce to draft a follow-up letter to the Mayor.",
                "Commission to set up a hosting committee.",
                "Give them real work."
            ]
        );
    }

    #[test]
    fn a_list_of_highlights_reports_sessions_and_states_no_takeaways() {
        // The dev gold takes 7 of 48 such items: they tell what happened in each session.
        let (d, s) = doc(
            "Intro.\n\nA few highlights for anyone who couldn't make it:\n\n\
             - The masterclass. Six of us worked with the resident band.\n\
             - Choosing music. A panel talked about own-choice pieces.\n\n\
             My takeaways:\n\n- Pick contest music for the band you have.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["Pick contest music for the band you have."]
        );
    }

    #[test]
    fn what_signatories_commit_to_and_the_avenues_kept_open_sections() {
        let (d, s) = doc(
            "## The Pledge\n\nSignatories commit to:\n\n- Map energy poverty every two years.\n\n\
             ## Les pistes retenues\n\n- Un guichet unique pour les internes.\n\n\
             ## Speakers\n\n- Anna Berg, mayor\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "Map energy poverty every two years.",
                "Un guichet unique pour les internes."
            ]
        );
    }

    #[test]
    fn what_emerged_from_a_meeting_opens_a_section() {
        let (d, s) = text_doc(
            "4. Folle e comportamenti\n\nSecondo Messina la soglia conta.\n\n\
             5. Indicazioni emerse dal tavolo\n\n\
             - misurare la densità per settore;\n- formare gli steward.\n",
            Lang::It,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["misurare la densità per settore;", "formare gli steward."]
        );
    }

    #[test]
    fn the_proposals_or_demands_of_a_meeting_open_a_section() {
        let (d, s) = doc(
            "Intro.\n\n## Forderungen der Tagung\n\n- Herdenschutz braucht einfache Anträge.\n\n\
             ## Le proposte\n\n- Fondi pluriennali e non solo bandi.\n",
            Lang::De,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "Herdenschutz braucht einfache Anträge.",
                "Fondi pluriennali e non solo bandi."
            ]
        );
    }

    #[test]
    fn what_was_taken_home_and_what_was_agreed_in_the_past_open_sections() {
        let (d, s) = text_doc(
            "Intro.\n\nWhat I took home:\n- Hoof care is weekly, not monthly.\n\n\
             Wat namen we mee?\n\n- Schaduw en water zijn de basis.\n\n\
             En la plenaria final, las y los participantes acordaron cuatro puntos:\n\n\
             - crear un banco común de audios.\n\nDe partners spraken af:\n\
             - de verlichting te verbeteren.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "Hoof care is weekly, not monthly.",
                "Schaduw en water zijn de basis.",
                "crear un banco común de audios.",
                "de verlichting te verbeteren."
            ]
        );
    }

    #[test]
    fn a_heading_of_nine_words_opens_a_section_but_a_title_at_any_level_does_not() {
        let (d, s) = doc(
            "## Safeguarding Summit 2026: what rowing clubs agreed in Henley\n\n\
             ### Coaching culture\n\nMark Delaney spoke.\n\n\
             ## What we are taking back to our own domes\n\n\
             - Pre-visit questions are worth more than brochures.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["Pre-visit questions are worth more than brochures."]
        );
    }

    #[test]
    fn people_as_the_agent_of_a_heading_s_participle_do_not_make_it_a_programme() {
        let (d, s) = doc(
            "Intro.\n\n## Conclusions agreed by the partners\n\n\
             1. Each city will open a single contact point.\n\n\
             ## Partners and speakers\n\n- Linz, host city\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["Each city will open a single contact point."]
        );
    }

    #[test]
    fn what_participants_take_back_and_what_a_meeting_agreed_open_sections() {
        let (d, s) = doc(
            "Intro.\n\n## What we are taking back\n\n\
             - Relaxed shows need slower lighting changes.\n\n\
             ## Wat we hebben afgesproken\n\n1. Alle routes worden elk voorjaar verkend.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "Relaxed shows need slower lighting changes.",
                "Alle routes worden elk voorjaar verkend."
            ]
        );
    }

    #[test]
    fn what_stuck_with_the_writer_opens_a_list() {
        let (d, s) = doc(
            "What a week in Rotterdam!\n\nA few things that stuck with me:\n\
             👉 Parking is policy.\n👉 Start with schools.\n\nSee you next year.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["Parking is policy.", "Start with schools."]
        );
    }

    #[test]
    fn what_a_meeting_adopted_opens_a_section() {
        let (d, s) = doc(
            "Intro.\n\nLe proposte approvate dall'assemblea:\n\
             1. Costituire un gruppo d'acquisto tra le fornaci associate.\n\
             2. Estendere il marchio collettivo a tutti i soci.\n\nFine.\n",
            Lang::It,
        );
        assert_eq!(bullets(&d, &s, &[]).len(), 2);
    }

    #[test]
    fn numbered_sections_of_a_listicle_are_its_takeaways() {
        let (d, s) = doc(
            "# Five lessons from the canopy summit\n\nIntro.\n\n## 1. Shade is infrastructure\n\n\
             Long text.\n\n## 2. Roots need planning.\n\nMore text.\n\n## Credits\n\nPhotos.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["Shade is infrastructure", "Roots need planning"]
        );
        // Numbered sections of an ordinary recap are not lessons.
        let (d, s) = doc(
            "# Canopy summit, day one\n\nIntro.\n\n## 1. Morning session\n\nLong text.\n",
            Lang::En,
        );
        assert!(bullets(&d, &s, &[]).is_empty());
    }

    #[test]
    fn advice_and_what_we_learned_headings_open_sections() {
        let (d, s) = doc(
            "Intro.\n\n## Tips for applicants\n\n1. Read the call twice.\n\n\
             ## Wat we leerden\n\n- Open data vraagt uitleg.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["Read the call twice.", "Open data vraagt uitleg."]
        );
    }

    #[test]
    fn what_a_review_recommended_opens_a_section_but_recommended_reading_does_not() {
        let (d, s) = doc(
            "Intro.\n\nWhat the review recommended\n\n- Ban plastic liners outright.\n\n\
             Recommended reading\n\n- The council's composting report.\n",
            Lang::En,
        );
        assert_eq!(bullets(&d, &s, &[]), ["Ban plastic liners outright."]);
    }

    #[test]
    fn practical_fields_under_a_summary_heading_are_no_takeaways() {
        let (d, s) = doc(
            "# Study group\n\n## Autumn meeting: summary notes\n\n- Date: Thursday 14 November\n\
             - Venue: Education Centre, Norwich\n- Who: 68 delegates from 31 councils\n\
             - Hosts: the county council\n- Data: share it before the meeting.\n\n\
             ## What we're taking home\n\n- Report every violation.\n\n\
             ## Encaminhamentos\n\n- Criar uma tabela de preço mínimo.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "Data: share it before the meeting.",
                "Report every violation.",
                "Criar uma tabela de preço mínimo."
            ]
        );
    }

    #[test]
    fn decisions_and_what_the_writer_takes_away_open_sections() {
        let (d, s) = doc(
            "Intro.\n\n### What the assembly decided\n\n- Launch a winter safety campaign.\n\n\
             ## Besluiten\n\n- De leden wisselen programma's uit.\n\n\
             Other news.\n\nWhat I'm taking away from this weekend:\n\n\
             1. Open data makes real projects possible.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "Launch a winter safety campaign.",
                "De leden wisselen programma's uit.",
                "Open data makes real projects possible."
            ]
        );
    }

    #[test]
    fn a_listicle_heading_opens_a_section() {
        let (d, s) = doc(
            "Intro.\n\n## Three things we learned\n\n1. Utilities buy faster now.\n\
             2. Housing is a market.\n\n## Three sessions\n\n- Morning panel on data\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["Utilities buy faster now.", "Housing is a market."]
        );
    }

    #[test]
    fn a_title_with_a_cue_does_not_open_a_section() {
        let (d, s) = doc(
            "# Roundtable summary: what can cities learn from Vienna's housing model?\n\n\
             ## Participants\n\n- Dr. Jane Roe, chief economist, CAH\n\n## Discussion\n\nText.\n",
            Lang::En,
        );
        assert!(bullets(&d, &s, &[]).is_empty());
        // A short title with a cue is still the title, not a section around the whole recap.
        let (d, s) = doc(
            "# Summary of day two\n\nText.\n\n## Morning session\n\nThe mayor opened the day.\n",
            Lang::En,
        );
        assert!(bullets(&d, &s, &[]).is_empty());
    }

    #[test]
    fn people_lists_are_left_out_even_in_a_section() {
        let (d, s) = doc(
            "Intro.\n\n## Conclusions\n\n- Jane Roe, mayor, Leeds\n- Housing needs patient capital.\n",
            Lang::En,
        );
        let roe = person(&d, &s, "Jane Roe", &["Jane Roe"]);
        assert_eq!(bullets(&d, &s, &[roe]), ["Housing needs patient capital."]);
    }

    #[test]
    fn a_count_of_things_taken_away_leads_in_a_list() {
        let (d, s) = doc(
            "Een avond in Meddo.\n\nDrie dingen die ik meeneem:\n\n1. Maatwerk per perceel \
             werkt.\n2. Vertrouwen is schaars.\n\nDrie rondes volgen nog, in:\n\n- Winterswijk\n",
            Lang::Nl,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["Maatwerk per perceel werkt.", "Vertrouwen is schaars."]
        );
    }

    #[test]
    fn participants_agreeing_on_a_list_in_french_open_it() {
        let (d, s) = doc(
            "Le bilan.\n\nÀ l'issue de la matinée, les participants se sont accordés sur cinq \
             pistes :\n\n- aller voter là où sont les habitants\n- publier un avis motivé\n",
            Lang::Fr,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "aller voter là où sont les habitants",
                "publier un avis motivé"
            ]
        );
    }

    #[test]
    fn lead_ins_with_and_without_colon_open_a_list() {
        let (d, s) = doc(
            "The organisers summed up. The main messages were:\n\n- mentors matter\n- start small\n\n\
             Later text.\n\nIn the closing session, participants identified three priorities for the \
             network's next work programme\n\n\
             1. housing policy\n2. climate adaptation\n\nThe first round compared three cities:\n\n\
             - Nice: a cooling plan\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "mentors matter",
                "start small",
                "housing policy",
                "climate adaptation"
            ]
        );
    }

    #[test]
    fn plain_text_pseudo_headings_in_german_and_french() {
        let (d, s) = text_doc(
            "Die Tagung war gut besucht.\n\nWichtigste Erkenntnisse\n- Kommunen sollten IT gemeinsam betreiben.\n- Offene Daten brauchen Pflege.\n\nDie Vorträge stehen online.\n",
            Lang::De,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "Kommunen sollten IT gemeinsam betreiben.",
                "Offene Daten brauchen Pflege."
            ]
        );
        let (d, s) = doc(
            "Texte.\n\n## Principaux enseignements\n\n1. La mesure est la première étape.\n\n## Programme\n\n- Accueil des participants\n",
            Lang::Fr,
        );
        assert_eq!(bullets(&d, &s, &[]), ["La mesure est la première étape."]);
    }

    #[test]
    fn long_bullets_are_cut_to_label_and_first_sentence() {
        assert_eq!(
            cut_bullet("Start with data. Cities should measure volumes first. Then they can plan."),
            "Start with data. Cities should measure volumes first."
        );
        assert_eq!(
            cut_bullet("Open standards prevent lock-in: procurement documents should require open formats and the right to export all data. This matters."),
            "Open standards prevent lock-in: procurement documents should require open formats and the right to export all data."
        );
        assert_eq!(
            cut_bullet("Koppel budgetten. Riolering en groen samen plannen. Meer tekst."),
            "Koppel budgetten. Riolering en groen samen plannen."
        );
        assert_eq!(cut_bullet("one short item"), "one short item");
    }

    #[test]
    fn a_section_ends_when_prose_moves_on() {
        let (d, s) = doc(
            "Intro.\n\n## Recommendations\n\nThe group agreed on these:\n\n- fund repair cafés\n\n\
             For national governments:\n\n- cut VAT on repairs\n\n\
             The next workshops will be held in three cities in the autumn:\n\n- Brno in October\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["fund repair cafés", "cut VAT on repairs"]
        );
    }

    #[test]
    fn sub_headings_in_a_takeaway_section() {
        let (d, s) = doc(
            "Intro.\n\n## Key takeaways\n\n### Start with a question\n\nCities that began with one problem got results. More.\n\n\
             ### Finance\n\n- budgets must cover maintenance\n\n## Next event\n\nIn June.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "Start with a question: Cities that began with one problem got results.",
                "budgets must cover maintenance"
            ]
        );
    }

    #[test]
    fn take_home_and_compound_headings_open_a_section() {
        let (d, s) = text_doc(
            "Verslag\n\nDe oefening verliep goed.\n\nLeerpunten\n1. Eén gedeeld beeld voor alle diensten.\n\
             2. Meertalige communicatie voorbereiden.\n\nSlot.\n",
            Lang::Nl,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "Eén gedeeld beeld voor alle diensten.",
                "Meertalige communicatie voorbereiden."
            ]
        );
        let (d, s) = doc(
            "# Forum\n\nText.\n\n## Take-home messages\n\n- Ports need land.\n- Share data early.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["Ports need land.", "Share data early."]
        );
        let (d, s) = text_doc(
            "Resoconto\n\nTesto.\n\nCosa ci portiamo a casa\n- Le biblioteche sono presidi sociali.\n\
             - Serve prudenza.\n\nLe slide sono online.\n",
            Lang::It,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["Le biblioteche sono presidi sociali.", "Serve prudenza."]
        );
    }

    #[test]
    fn the_essentials_in_brief_open_a_section() {
        let (d, s) = doc(
            "# Dachdeckertag\n\nText.\n\n## Das Wichtigste in Kürze\n\n- Hitzeschutz gehört dazu.\n\
             - Betriebe sollten werben.\n\nDer nächste Tag findet 2026 statt.\n",
            Lang::De,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["Hitzeschutz gehört dazu.", "Betriebe sollten werben."]
        );
        let (d, s) = doc(
            "# Encontro\n\nTexto.\n\n## O essencial\n\n- A filigrana precisa de mãos.\n\n\
             Até breve.\n",
            Lang::Pt,
        );
        assert_eq!(bullets(&d, &s, &[]), ["A filigrana precisa de mãos."]);
    }

    #[test]
    fn numbered_items_that_begin_like_a_month_are_items() {
        let (d, s) = text_doc(
            "Workshop\n\nText.\n\nConclusions and next steps\n1. Partners will run a pilot.\n\
             2. Market dialogue should become a standard step.\n3. Decisions need data.\n\nEnd.\n",
            Lang::En,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "Partners will run a pilot.",
                "Market dialogue should become a standard step.",
                "Decisions need data."
            ]
        );
    }

    #[test]
    fn headings_that_say_what_the_lessons_are_for_or_what_we_kept() {
        let (d, s) = text_doc(
            "Die Konferenz war voll.\n\nMein Fazit für unser Programm\n\n\
             1. Wohnraum ist der Engpass.\n2. Berufsorientierung muss früher ansetzen.\n\n\
             Unser Programm für 2026\n\n- Januar: Auftakt in Herzberg\n",
            Lang::De,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            [
                "Wohnraum ist der Engpass.",
                "Berufsorientierung muss früher ansetzen."
            ]
        );
        let (d, s) = doc(
            "La journée a réuni cent conseillers.\n\n## Ce que nous avons retenu\n\n\
             - Le premier contact est décisif.\n- La proximité compte.\n",
            Lang::Fr,
        );
        assert_eq!(
            bullets(&d, &s, &[]),
            ["Le premier contact est décisif.", "La proximité compte."]
        );
    }
}
