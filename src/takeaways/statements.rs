//! Statement takeaways: sentences of running text framed as a conclusion of the event ("It was
//! agreed that …", "The key learning was …", "Overall, participants were inspired by …",
//! "Fazit: …"). One named speaker's opinion is not a takeaway, and neither is a sentence that
//! only reports the programme ("Overall, 900 delegates took part").

use super::{cue_at, cue_at_in, split_folded, squash, Takeaway, TakeawayKind, STATEMENT_SCORE};
use crate::entities::{Entity, EntityKind};
use crate::input::{BlockKind, Document};
use crate::lexicon::{Cue, Lexicons};
use crate::segment::{fold_into, Segmented};

/// The cue must start within this many words of the sentence start (after dropping
/// insertions): "Overall, …", "In the end, it was agreed …".
const MAX_CUE_START: usize = 3;

/// Words naming the close of an event in a sentence's opening phrase ("By the end of the
/// workshop, …", "In de slotdiscussie …", "Am Ende …", "In chiusura, …"): after such a frame
/// the cue may start later than [`MAX_CUE_START`]. Folded.
const END_FRAMES: &[&str] = &[
    "end",
    "close",
    // "Members closed the day agreeing that …"
    "closed",
    "closing",
    "final",
    "wrap-up",
    "ende",
    "abschluss",
    "schluss",
    "abschlussrunde",
    "abschlussdiskussion",
    "fin",
    // "Au terme de la journée, …"
    "terme",
    "cloture",
    "cierre",
    "chiusura",
    "fine",
    "slot",
    "slotdiscussie",
    "afsluiting",
    "einde",
    "encerramento",
    "fim",
];

/// How far into the sentence an [`END_FRAMES`] word may stand, and the cue then start.
const MAX_FRAME_START: usize = 8;

/// Adverbs that slip into a cue phrase ("It was *also* agreed", "Participants *further*
/// concluded", "Es wurde *zudem* vereinbart"). `cues.tsv` lists the plain phrases only, so these
/// are dropped before matching. The quote rules let them stand between a pronoun and its verb
/// of saying too ("She *also* admitted …").
const INSERTIONS: &[&str] = &[
    "also",
    "further",
    "furthermore",
    "moreover",
    "again",
    "finally",
    "generally",
    "broadly",
    "clearly",
    "all",
    "auch",
    "zudem",
    "ebenfalls",
    "außerdem",
    "ausserdem",
    "aussi",
    "également",
    "egalement",
    "enfin",
    "también",
    "tambien",
    "además",
    "ademas",
    "anche",
    "inoltre",
    "ook",
    "eveneens",
    "bovendien",
    "ainda",
    "igualmente",
];

/// [`INSERTIONS`] as a set: every word of every candidate sentence is looked up in it.
static INSERTION_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| INSERTIONS.iter().copied().collect());

/// The ASCII first bytes of [`INSERTIONS`], by byte length (15 standing for any longer one).
static INSERTION_SHAPES: std::sync::LazyLock<[u128; 16]> = std::sync::LazyLock::new(|| {
    let mut shapes = [0u128; 16];
    for w in INSERTIONS {
        if let Some(&b) = w.as_bytes().first().filter(|b| b.is_ascii()) {
            shapes[w.len().min(15)] |= 1 << b;
        }
    }
    shapes
});

/// Whether a folded word is one of [`INSERTIONS`]. A word opening with an ASCII byte is
/// hashed only when an insertion has its length and first byte: most words have not.
pub(super) fn is_insertion(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&b) if b.is_ascii() => {
            INSERTION_SHAPES[w.len().min(15)] & 1 << b != 0 && INSERTION_SET.contains(w)
        }
        _ => INSERTION_SET.contains(w),
    }
}

/// Verbs of agreement or conclusion that, after a group of attendees ("Delegates agreed",
/// "les participants ont conclu", "die Teilnehmenden einigten sich"), frame a conclusion of
/// the event. Folded; multi-word entries are matched as consecutive words.
const GROUP_VERBS: &[&str] = &[
    "agreed",
    "concluded",
    "recognised",
    "recognized",
    "converged",
    "ont convenu",
    "sont convenus",
    "ont conclu",
    "se sont accordes",
    "s'accordent",
    "ont reconnu",
    // "Les participants ont aussi retenu que …": what they took away.
    "ont retenu",
    "waren sich einig",
    "vereinbarten",
    "einigten sich",
    "kamen uberein",
    "coincidieron",
    "acordaron",
    "concluyeron",
    "reconocieron",
    "concordaram",
    "acordaram",
    "concluiram",
    "reconheceram",
    "hanno concordato",
    "hanno convenuto",
    "hanno concluso",
    "hanno riconosciuto",
    "concordano",
    "waren het eens",
    "waren het erover eens",
    "spraken af",
    "concludeerden",
    "kwamen overeen",
];

/// Words that open what a group agreed ("agreed that …", "acordaron que …"). Folded.
const THAT: &[&str] = &["that", "que", "dass", "che", "dat"];

/// Nouns of a conclusion: "The clear lesson of the week was that …", "La leçon principale de
/// la journée était …". Folded.
const CONCLUSION_NOUNS: &[&str] = &[
    "recommendation",
    "lesson",
    "lessons",
    "takeaway",
    "learning",
    "message",
    "conclusion",
    "insight",
    "lecon",
    "enseignement",
    "erkenntnis",
    "botschaft",
    "lehre",
    "leccion",
    "mensaje",
    "aprendizaje",
    "licao",
    "conclusao",
    "mensagem",
    "aprendizagem",
    "lezione",
    "conclusione",
    "messaggio",
    "insegnamento",
    "les",
    "conclusie",
    "boodschap",
    "inzicht",
];

/// Determiners before a group of attendees ("all participants", "tous les", "alle"). Folded.
const GROUP_DETERMINERS: &[&str] = &[
    "all", "most", "many", "both", "les", "tous", "alle", "viele", "los", "todos", "os", "i",
    "tutti", "molti", "veel",
];

/// Definite articles before a conclusion noun. Folded.
const ARTICLES: &[&str] = &[
    "the", "la", "le", "l", "die", "das", "der", "el", "a", "o", "il", "lo", "de", "het",
];

/// Copulas that complete "the lesson … was". Folded.
const COPULAS: &[&str] = &[
    "was", "is", "were", "etait", "est", "fut", "war", "ist", "fue", "es", "era", "foi", "e", "fu",
];

/// Words that open what was concluded after "the lesson was". Folded.
const COMPLEMENTIZERS: &[&str] = &[
    "that",
    // "The key recommendation is to plan charging jointly."
    "to",
    "clear",
    "simple",
    "que",
    "clair",
    "claire",
    "dass",
    "klar",
    "einfach",
    "claro",
    "clara",
    "sencillo",
    "simples",
    "che",
    "chiaro",
    "chiara",
    "semplice",
    "dat",
    "duidelijk",
    "eenvoudig",
];

/// Most words between the article and the conclusion noun ("the clear lesson", "the single
/// most important lesson").
const MAX_NOUN_GAP: usize = 3;
/// Most words between the conclusion noun and its copula ("lesson of the week was").
const MAX_COPULA_GAP: usize = 5;

/// Whether `words` open with a group of attendees that agrees or concludes ("Delegates
/// agreed that …", "Participants from both cities concluded …").
fn group_agrees(words: &[&str], lex: &Lexicons) -> bool {
    group_agrees_as(words, |w| lex.is_cue(Cue::GenericGroup, w))
}

/// The bodies a meeting speaks as, beside the generic groups of attendees (partners, members
/// and their kin are among those): after a framing adverb, "Overall, the panel agreed that …"
/// sums the event up as "Overall, participants agreed that …" does (alone, "The panel agreed
/// they should" reports a step of the discussion). Folded.
const ASSEMBLIES: &[&str] = &[
    "panel",
    "team",
    "meeting",
    "group",
    "room",
    "network",
    "consortium",
    "assembly",
    "workshop",
    "assemblee",
    "reseau",
    "asamblea",
    "red",
    "soci",
    "assemblea",
    "rete",
    "assembleia",
    "rede",
    "netzwerk",
    "netwerk",
];

/// [`group_agrees`], with `group` telling the words for the group.
fn group_agrees_as(words: &[&str], group: impl Fn(&str) -> bool) -> bool {
    // The group opens the sentence, alone or after a determiner ("The delegates", "All
    // participants"); inside a name it is no group ("Butte County Public Health agreed").
    let g = match words {
        [w, ..] if group(w) => 0,
        [d, w, ..] if (ARTICLES.contains(d) || GROUP_DETERMINERS.contains(d)) && group(w) => 1,
        // One modifier between: "the review team", "the visiting delegates".
        [d, _, w, ..] if ARTICLES.contains(d) && group(w) => 2,
        // The event's own trade as the group ("Crews agreed that …", "Operators concluded
        // that …"): one word right before the verb, and what was agreed follows.
        [_, v, c, ..] if GROUP_VERBS.contains(v) && THAT.contains(c) => return true,
        _ => return false,
    };
    (g + 1..words.len().min(g + 1 + MAX_COPULA_GAP)).any(|i| {
        // Compared word by word (no word holds a space) rather than joined.
        GROUP_VERBS.iter().any(|v| {
            let n = v.split(' ').count();
            i + n <= words.len() && v.split(' ').zip(&words[i..i + n]).all(|(a, b)| a == *b)
        })
    })
}

/// Whether `words` open with "the <adjectives> <conclusion noun> <complement> <copula>":
/// "The clear lesson of the week was that …".
fn conclusion_is(words: &[&str]) -> bool {
    let Some(a) = words
        .iter()
        .take(MAX_CUE_START + 1)
        .position(|w| ARTICLES.contains(w))
    else {
        return false;
    };
    // Dutch "les" (lesson) is the French plural article elsewhere: only after "de".
    let Some(n) = (a + 1..words.len().min(a + 2 + MAX_NOUN_GAP))
        .find(|&i| CONCLUSION_NOUNS.contains(&words[i]) && (words[i] != "les" || words[a] == "de"))
    else {
        return false;
    };
    // The copula hands over to what was concluded: "was that …", "était que …", "war, dass …".
    (n + 1..words.len().min(n + 2 + MAX_COPULA_GAP)).any(|i| {
        COPULAS.contains(&words[i])
            && words[i + 1..]
                .iter()
                .take(2)
                .any(|w| COMPLEMENTIZERS.contains(w))
    })
}

/// Whether the words naming what an event resolves end right at a colon with the content
/// after it, in running text: "Next steps: the secretariat will circulate a draft …", "The
/// forum closed with three recommendations: crews should be trained …".
fn announced_after_colon(text: &str) -> bool {
    // Not every takeaway heading cue: "summary", "highlights" and "results" also open one
    // speaker's report ("His honest summary: …").
    const ANNOUNCING: &[&str] = &[
        "recommendations",
        "recommendation",
        "next steps",
        "next step",
        "takeaways",
        "takeaway",
        "conclusions",
        // "… shared one simple conclusion: …", "sont repartis avec une conviction : …"
        "conclusion",
        "conviction",
        "conclusione",
        "conclusao",
        "conclusie",
        "erkenntnis",
        "action points",
        "agreed actions",
        "recommandations",
        "prochaines etapes",
        "empfehlungen",
        "nachste schritte",
        "fazit",
        "recomendaciones",
        "proximos pasos",
        "conclusiones",
        "recomendacoes",
        "proximos passos",
        "conclusoes",
        "raccomandazioni",
        "prossimi passi",
        "conclusioni",
        "aanbevelingen",
        "volgende stappen",
        "conclusies",
    ];
    let Some(colon) = text.find(':') else {
        return false;
    };
    let before = super::folded_words(&text[..colon]);
    let after = text[colon + 1..].split_whitespace().count();
    let ends = |n: usize| {
        before.len() >= n && ANNOUNCING.contains(&before[before.len() - n..].join(" ").as_str())
    };
    // "Principale conclusion de la journée : …", "The main recommendation of the day: …": the
    // noun, then what it concludes.
    // "Next step for us: …": or two words of the noun.
    let of_the_event = (2..=4).any(|n| {
        let noun = |k: usize| {
            before.len() >= n + k
                && ANNOUNCING.contains(
                    &before[before.len() - n - k..before.len() - n]
                        .join(" ")
                        .as_str(),
                )
        };
        before.len() > n
            && (noun(1) || noun(2))
            && OF_LINKS.contains(&before[before.len() - n].as_str())
    });
    after >= 4
        && (ends(1) || ends(2) || of_the_event)
        && !before.first().is_some_and(|w| {
            matches!(
                w.as_str(),
                "he" | "she" | "his" | "her" | "il" | "elle" | "er" | "sie"
            )
        })
}

/// Links between a conclusion's noun and the event it concludes ("of the day", "de la
/// journée", "des Tages") or whom it is for ("Next step for us"). Folded.
const OF_LINKS: &[&str] = &[
    "of", "from", "de", "du", "des", "der", "del", "della", "dell", "di", "do", "da", "van", "for",
];

/// Plural nouns of conclusions that a short sentence announces before stating them in the
/// sentences after it ("Le conclusioni dell'assemblea sono state nette. Senza …"). Folded.
const ANNOUNCED_NOUNS: &[&str] = &[
    "conclusions",
    "lessons",
    "takeaways",
    "conclusiones",
    "lecciones",
    "conclusoes",
    "licoes",
    "conclusioni",
    "lezioni",
    "conclusies",
    "lessen",
    "lecons",
    "schlussfolgerungen",
    "erkenntnisse",
];

/// Words of a sentence that reports conclusions yet to come ("The forum's conclusions will be
/// presented in Stockholm") rather than announcing them. Folded.
const FUTURE_WORDS: &[&str] = &[
    // "sera" is French "sera" and Spanish "será" folded.
    "will", "shall", "sera", "seront", "werden", "wird", "sara", "saranno", "seran", "serao", "zal",
    "zullen",
];

/// Whether `words` (a sentence ending in a full stop) only announce the conclusions that the
/// next sentences of the paragraph state: "Dalla discussione sono emerse alcune conclusioni
/// condivise.", "The day's conclusions were clear."
fn announces_conclusions(words: &[&str], text: &str) -> bool {
    words.len() <= 12
        && text.trim_end().ends_with('.')
        && words.iter().any(|w| ANNOUNCED_NOUNS.contains(w))
        && !words.iter().any(|w| FUTURE_WORDS.contains(w))
        && !text.chars().any(|c| c.is_ascii_digit())
}

/// Whether `words` open with "If there was one lesson …, it was …": the idiom names the
/// conclusion the room drew.
fn if_there_was_one(words: &[&str]) -> bool {
    let [w0, w1, w2, w3, rest @ ..] = words else {
        return false;
    };
    (*w0, *w1, *w3) == ("if", "there", "one")
        && matches!(*w2, "was" | "is")
        && rest
            .iter()
            .take(MAX_NOUN_GAP)
            .any(|w| CONCLUSION_NOUNS.contains(w))
        && rest
            .windows(2)
            .any(|p| p[0] == "it" && matches!(p[1], "was" | "is"))
}

/// Quotation marks: a sentence holding speech belongs to the quote rules.
const QUOTE_MARKS: &[char] = &['"', '“', '”', '«', '»', '„'];

/// Appends the statement takeaways of `doc` to `out`.
pub(super) fn extract(
    doc: &Document,
    seg: &Segmented,
    entities: &[Entity],
    lex: &Lexicons,
    quoted: &[usize],
    out: &mut Vec<Takeaway>,
) {
    let people: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    let mut folded = String::new();
    // The block whose conclusions a sentence announced: its later sentences state them.
    let mut announced: Option<usize> = None;
    for (si, s) in seg.sentences.iter().enumerate() {
        if !matches!(
            doc.blocks[s.block].kind,
            BlockKind::Paragraph | BlockKind::Quote
        ) {
            continue;
        }
        let text = &doc.text[s.start..s.end];
        // Speech belongs to the quote rules: a sentence where a quote opens, or that closes
        // one opened before. Scare quotes the quote rules left ("moved from \"how much\" to
        // \"who has it\"") do not keep a conclusion out.
        if text.contains(QUOTE_MARKS)
            && (quoted.contains(&si) || text.matches(QUOTE_MARKS).count() % 2 == 1)
        {
            continue;
        }
        // The lead-in of a list ("No final do encontro, os participantes aprovaram um conjunto
        // de prioridades:"): its items are the takeaways, not the sentence that announces them.
        let last_of_block = seg.sentences.get(si + 1).is_none_or(|n| n.block != s.block);
        let list_follows = matches!(
            doc.blocks.get(s.block + 1).map(|b| b.kind),
            Some(BlockKind::ListItem { .. })
        );
        if last_of_block && list_follows {
            continue;
        }
        // Folded once per sentence, into one buffer per document; the words borrow from it.
        folded.clear();
        fold_into(text, &mut folded);
        let mut words: Vec<&str> = Vec::new();
        split_folded(&folded, |w| {
            if !is_insertion(w) {
                words.push(w);
            }
        });
        if !last_of_block && announces_conclusions(&words, text) {
            announced = Some(s.block);
            continue;
        }
        let last = words.len().saturating_sub(1);
        let cue_in = |from: usize, to: usize| {
            (from..=to.min(last))
                .find_map(|i| cue_at(&words, i, Cue::StatementCue, lex).map(|n| (i, n)))
        };
        // "By the end of the day the message was clear: …": the cue may follow the frame. The
        // frame is looked for only in sentences with no cue at their start (most of them).
        let cue = cue_in(0, MAX_CUE_START).or_else(|| {
            let framed = words
                .iter()
                .take(MAX_FRAME_START)
                .any(|w| END_FRAMES.contains(w));
            framed
                .then(|| cue_in(MAX_CUE_START + 1, MAX_FRAME_START + 1))
                .flatten()
        });
        // A group agreeing or a "the lesson was" frame counts as a strong cue.
        // A framing adverb may open it: "Overall, participants agreed that …".
        let framed = group_agrees(&words, lex)
            || conclusion_is(&words)
            || if_there_was_one(&words)
            || cue.is_some_and(|(i, n)| {
                group_agrees_as(&words[i + n..], |w| {
                    lex.is_cue(Cue::GenericGroup, w) || ASSEMBLIES.contains(&w)
                })
            })
            || announced_after_colon(text)
            || announced == Some(s.block);
        let Some((start, cue_len)) = cue.or(framed.then_some((0, 0))) else {
            continue;
        };
        // One speaker's opinion ("Overall, Dr Roe argued …") is not a conclusion of the event.
        if people.iter().any(|&(a, b)| a < s.end && s.start < b) {
            continue;
        }
        // A weak cue (a framing adverb, "in closing", "the participants were") may introduce
        // a programme report ("Finally, the mayor presented …", "Overall, 900 delegates took
        // part"); a cue with a verb of agreement ("it was agreed", "participants concluded")
        // may not.
        // Two cues in a row ("Overall, the workshop showed that …") sum the event up too.
        let double =
            cue.is_some_and(|(i, n)| cue_at(&words, i + n, Cue::StatementCue, lex).is_some());
        let weak = !framed
            && !double
            && (cue_len == 1
                || !(start..start + cue_len).any(|i| lex.is_cue(Cue::SpeechVerb, words[i])));
        // In the document's language: Spanish "presidió" folds to Italian "presidio".
        let reports_programme = (0..words.len())
            .any(|i| cue_at_in(&words, i, Cue::PresentationVerb, lex, seg.lang).is_some())
            || text.chars().any(|c| c.is_ascii_digit());
        if weak && reports_programme {
            continue;
        }
        out.push(Takeaway {
            text: squash(text),
            kind: TakeawayKind::Statement,
            speaker: None,
            sentence: si,
            score: STATEMENT_SCORE,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{doc, person};
    use super::*;
    use crate::lexicon::builtin;
    use crate::segment::Lang;

    #[test]
    fn insertion_shapes_admit_every_insertion() {
        for w in INSERTIONS {
            assert!(is_insertion(w), "{w}");
        }
        for w in ["the", "agreed", "alsoo", "año", ""] {
            assert!(!is_insertion(w), "{w}");
        }
    }

    fn statements(d: &Document, s: &Segmented, entities: &[Entity]) -> Vec<String> {
        let mut out = Vec::new();
        let mut quotes = Vec::new();
        super::super::quotes::extract(d, s, entities, builtin(), &mut quotes);
        let quoted: Vec<usize> = quotes.iter().map(|q| q.sentence).collect();
        extract(d, s, entities, builtin(), &quoted, &mut out);
        out.into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn the_one_conclusion_the_room_drew_and_the_conclusion_of_the_day() {
        let (d, s) = doc(
            "We met in Malmö. If there was one conclusion the room agreed on, it was that a \
             welcome is a service, not an event. If there is one thing I regret, it is the rain.\n",
            Lang::En,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "If there was one conclusion the room agreed on, it was that a welcome is a \
              service, not an event."
            ]
        );
        let (d, s) = doc(
            "Les assises ont eu lieu à Tours. Principale conclusion de la journée : sans \
             financement du fonctionnement, les lieux ruraux ne tiendront pas. Les participants \
             ont aussi retenu que les conventions doivent être pluriannuelles. Le thème de la \
             journée : les lieux ruraux.\n",
            Lang::Fr,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "Principale conclusion de la journée : sans financement du fonctionnement, les \
                 lieux ruraux ne tiendront pas.",
                "Les participants ont aussi retenu que les conventions doivent être \
                 pluriannuelles."
            ]
        );
    }

    #[test]
    fn a_short_sentence_announcing_conclusions_hands_over_to_the_next_ones() {
        let (d, s) = doc(
            "L'assemblea si è svolta a Castelli. Le conclusioni dell'assemblea sono state \
             nette. Senza un riconoscimento regionale, l'albergo diffuso resta un albergo. La \
             Rete lancerà un portale comune.\n\nLa prossima assemblea si terrà a Navelli.\n",
            Lang::It,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "Senza un riconoscimento regionale, l'albergo diffuso resta un albergo.",
                "La Rete lancerà un portale comune."
            ]
        );
        // Conclusions to come are no announcement.
        let (d, s) = doc(
            "The forum met in Durban. The forum's conclusions will be presented in Stockholm. \
             Lunch was served on the terrace.\n",
            Lang::En,
        );
        assert!(statements(&d, &s, &[]).is_empty());
    }

    #[test]
    fn scare_quotes_keep_a_conclusion_but_speech_does_not() {
        let (d, s) = doc(
            "The symposium met in Hamilton. Overall, the symposium made clear that research has \
             moved from \"how much do we have\" to \"who has it\". Overall, it was agreed that \
             \"nobody plants alone\", said a delegate. \"Trees are slow. Overall, it was agreed \
             that we wait,\" a delegate said.\n",
            Lang::En,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "Overall, the symposium made clear that research has moved from \"how much do we \
              have\" to \"who has it\"."
            ]
        );
    }

    #[test]
    fn a_verb_of_another_language_does_not_make_a_programme_report() {
        // Spanish "presidió" folds to the Italian noun "presidio".
        let (d, s) = doc(
            "Il forum si è tenuto a Vasto. Dal forum è emersa una convinzione condivisa: la \
             biblioteca funziona come presidio di comunità solo se ha personale stabile.\n",
            Lang::It,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "Dal forum è emersa una convinzione condivisa: la biblioteca funziona come \
              presidio di comunità solo se ha personale stabile."
            ]
        );
    }

    #[test]
    fn the_trade_agreeing_and_a_cue_after_the_close_of_the_event_are_statements() {
        let (d, s) = doc(
            "The crews met in Stornoway. Crews also agreed that drills need to be unannounced. \
             By the end of the workshop the message was clear: calm communication matters. \
             There was also clear consensus that technicians need a qualification. \
             Crews agreed to meet again. By the end of the day we were tired.\n",
            Lang::En,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "Crews also agreed that drills need to be unannounced.",
                "By the end of the workshop the message was clear: calm communication matters.",
                "There was also clear consensus that technicians need a qualification."
            ]
        );
        let (d, s) = doc(
            "Die Tagung fand in Kehl statt. In der Abschlussrunde waren sich die Teilnehmenden \
             einig, dass Dorfkinos Partner brauchen. Am Ende stand eine gemeinsame Erkenntnis: \
             Hitzeschutz ist eine Aufgabe für alle Ämter.\n",
            Lang::De,
        );
        assert_eq!(statements(&d, &s, &[]).len(), 2);
    }

    #[test]
    fn a_room_that_ends_agreeing_and_a_conviction_shared_are_statements() {
        for (text, lang) in [
            (
                "The branch met in Battle. Members closed the day agreeing that small firms must \
                 be the clearest voice on price. Tea was served.\n",
                Lang::En,
            ),
            (
                "Les ébénistes sont venus de loin. Au terme de la journée, une conviction s'est \
                 imposée : le métier ne survivra que si les ateliers forment. Le repas a suivi.\n",
                Lang::Fr,
            ),
            (
                "Das Treffen fand in Lauscha statt. Am Ende waren sich die Anwesenden einig: \
                 Ohne Nachwuchs hat das Handwerk keine Zukunft. Dann gab es Kaffee.\n",
                Lang::De,
            ),
        ] {
            let (d, s) = doc(text, lang);
            let found = statements(&d, &s, &[]);
            assert_eq!(found.len(), 1, "{lang:?}: {found:?}");
        }
    }

    #[test]
    fn a_view_the_room_shared_and_a_body_s_commitment_are_statements() {
        let (d, s) = doc(
            "Printers came from six states. By Sunday evening, the shared view among the \
             organisers was that letterpress needs a register of rescued type. The consensus: \
             put teardown in the contract. The rollers were new.\n",
            Lang::En,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "By Sunday evening, the shared view among the organisers was that letterpress needs a register of rescued type.",
                "The consensus: put teardown in the contract."
            ]
        );
        let (d, s) = doc(
            "L'assemblea si è svolta a Forno. L'AGZM si è impegnata a presentare un programma.\n",
            Lang::It,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            ["L'AGZM si è impegnata a presentare un programma."]
        );
    }

    #[test]
    fn an_italian_conclusion_that_emerged_is_a_statement() {
        let (d, s) = doc(
            "Il convegno si è chiuso sabato. Dal convegno è emersa una conclusione condivisa: \
             senza servizi essenziali, nessun incentivo basta.\n",
            Lang::It,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            ["Dal convegno è emersa una conclusione condivisa: senza servizi essenziali, nessun incentivo basta."]
        );
    }

    #[test]
    fn conclusions_of_the_event_are_statements() {
        let (d, s) = doc(
            "The summit opened on Monday. It was agreed that donors should publish their figures. \
             It was also agreed that a working group will meet in May. The key takeaway was that \
             trust matters more than paperwork. Participants also agreed that small towns need shared support.\n\n\
             Overall, the participants were particularly inspired by the Espoo roadmap.\n\n\
             Overall, participants agreed that the day should last two days in 2027.\n",
            Lang::En,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "It was agreed that donors should publish their figures.",
                "It was also agreed that a working group will meet in May.",
                "The key takeaway was that trust matters more than paperwork.",
                "Participants also agreed that small towns need shared support.",
                "Overall, the participants were particularly inspired by the Espoo roadmap.",
                "Overall, participants agreed that the day should last two days in 2027."
            ]
        );
    }

    #[test]
    fn a_framed_assembly_agreeing_sums_the_event_up() {
        let (d, s) = doc(
            "The panel discussed procurement for an hour. The panel agreed they should.\n\n\
             Overall, the panel agreed that opening procurement to small firms is less about \
             changing the rules than about changing how buyers use them.\n\n\
             Taken together, the partners agreed that the next phase should plant fewer trees.\n",
            Lang::En,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "Overall, the panel agreed that opening procurement to small firms is less about \
                 changing the rules than about changing how buyers use them.",
                "Taken together, the partners agreed that the next phase should plant fewer trees."
            ]
        );
    }

    #[test]
    fn one_speakers_opinion_and_programme_reports_are_not() {
        let (d, s) = doc(
            "Overall, Jane Roe argued that cities move too slowly. Overall, 900 delegates attended. \
             Finally, the mayor presented the new plan. In closing, the participants took part in a walk along \
             the harbour. \"In conclusion, we must act,\" she said.\n",
            Lang::En,
        );
        let roe = person(&d, &s, "Jane Roe", &["Jane Roe"]);
        assert!(statements(&d, &s, &[roe]).is_empty());
    }

    #[test]
    fn french_and_german_conclusions() {
        let (d, s) = doc(
            "Il a été convenu que les villes partageront leurs données. La journée fut longue.\n",
            Lang::Fr,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            ["Il a été convenu que les villes partageront leurs données."]
        );
        let (d, s) = doc(
            "Es wurde auch vereinbart, dass die Kommunen enger zusammenarbeiten. Das Wetter war schön.\n",
            Lang::De,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            ["Es wurde auch vereinbart, dass die Kommunen enger zusammenarbeiten."]
        );
    }

    #[test]
    fn groups_that_agree_and_the_lesson_was_frames() {
        let (d, s) = doc(
            "The mission visited three cities. The clear lesson of the week was that partners want \
             long-term commitment. Delegates also agreed that skills offer the quickest route into \
             the market. Butte County Public Health has agreed to pilot the tool. La leçon principale \
             de la journée était que les villes doivent coopérer.\n",
            Lang::En,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "The clear lesson of the week was that partners want long-term commitment.",
                "Delegates also agreed that skills offer the quickest route into the market.",
                "La leçon principale de la journée était que les villes doivent coopérer."
            ]
        );
    }

    #[test]
    fn the_lead_in_of_a_list_is_not_a_statement() {
        let (d, s) = doc(
            "Texto.\n\nNo final do encontro, os participantes aprovaram um conjunto de prioridades\n\n\
             1. Garantir cobertura móvel.\n2. Levar os serviços às pessoas.\n",
            Lang::Pt,
        );
        assert!(statements(&d, &s, &[]).is_empty());
    }

    #[test]
    fn a_conclusion_noun_needs_a_copula_that_hands_over() {
        let (d, s) = doc(
            "Il messaggio del sindaco e la proposta della regione sono stati accolti. Dans la salle, \
             les élus était nombreux.\n",
            Lang::It,
        );
        assert!(statements(&d, &s, &[]).is_empty());
    }

    #[test]
    fn recommendations_and_next_steps_announced_in_running_text_are_statements() {
        let (d, s) = doc(
            "The forum opened at nine. The forum closed with three recommendations: crews \
             should be trained on battery fires; ports should publish charging slots. Next \
             steps: the secretariat will circulate a draft agreement. The key recommendation \
             is to plan charging jointly. His honest summary: range drops by a third in the \
             cold winter.\n",
            Lang::En,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "The forum closed with three recommendations: crews should be trained on battery fires; ports should publish charging slots.",
                "Next steps: the secretariat will circulate a draft agreement.",
                "The key recommendation is to plan charging jointly."
            ]
        );
    }

    #[test]
    fn a_named_team_concludes_and_a_next_step_is_announced_for_someone() {
        let (d, s) = doc(
            "Overall, the review team concluded that the food policy is ready to move from \
             pioneer phase to mainstream, provided that the municipality spreads responsibility.\n\n\
             Overall, the team presented 3 options.\n\n\
             Next step for us: a short paper for the March grants committee on our support.\n\n\
             His next step for the club: a short paper for the March grants committee.\n",
            Lang::En,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "Overall, the review team concluded that the food policy is ready to move from \
                 pioneer phase to mainstream, provided that the municipality spreads responsibility.",
                "Next step for us: a short paper for the March grants committee on our support."
            ]
        );
    }

    #[test]
    fn a_framing_adverb_before_a_second_cue_sums_the_event_up() {
        let (d, s) = doc(
            "Overall, the workshop showed that the community groups are well organised.\n\n\
             Overall, the groups were well organised.\n",
            Lang::En,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            ["Overall, the workshop showed that the community groups are well organised."]
        );
    }
}
