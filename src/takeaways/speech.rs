//! Closed word classes of the quote attribution grammar, in every corpus language: verbs of
//! saying beyond the `speech_verb` cues (participles for compound tenses, gerunds, imperfect
//! and simple past forms, less common verbs), personal pronouns, determiners, auxiliaries and
//! prepositions. All words are folded (lower case, diacritics dropped), as `fold` gives them.
//!
//! The cue list in `tools/lexicons/cues.txt` holds the common phrases; these lists widen it
//! without touching the shared lexicon. Nouns that share a form with a verb ("note", "nota",
//! "replica") are left out: a quote's neighbour that is a noun must not frame it as speech.

pub(super) use crate::lexicon::Gender;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Verbs of saying, single folded words.
const SPEECH_VERBS: &[&str] = &[
    // en
    "adding",
    "advised",
    "arguing",
    "asserted",
    "asserts",
    "assured",
    "boasted",
    "complained",
    "conceded",
    "concedes",
    "concurred",
    "confessed",
    "contended",
    "countered",
    "counters",
    "describing",
    "elaborated",
    "emphasising",
    "emphasizing",
    "exclaimed",
    "explaining",
    "insisting",
    "lamented",
    "laments",
    "mused",
    "noting",
    "observing",
    "pleaded",
    "pointing",
    "promised",
    "recommended",
    "recommends",
    "recommending",
    "offered",
    "recalling",
    "recounted",
    "recounts",
    "reiterated",
    "reiterates",
    "remembered",
    "retorted",
    "revealed",
    "saying",
    "shouted",
    "stressing",
    "summarised",
    "summarized",
    "summarises",
    "summarizes",
    "telling",
    "urging",
    "vowed",
    "warning",
    "whispered",
    "wondered",
    "wonders",
    // fr
    "affirmait",
    "affirmant",
    "ajouta",
    "ajoutait",
    "ajoutant",
    "ajoute",
    "assurant",
    "avoue",
    "conclu",
    "confiait",
    "declara",
    "deplore",
    "declarait",
    "denonce",
    "disait",
    "disant",
    "ecrit",
    "ecrivait",
    "estimait",
    "estimant",
    "explicitait",
    "expliqua",
    "expliquait",
    "expliquant",
    "glisse",
    "insistant",
    "interpelle",
    "ironise",
    "lanca",
    "martelant",
    "plaisante",
    "poursuivi",
    "precisant",
    "promet",
    "promis",
    "raconte",
    "racontait",
    "rappele",
    "rappelait",
    "rappelant",
    "reconnu",
    "reconnaissant",
    "regrette",
    "repondit",
    "repondu",
    "resumait",
    "resumant",
    "s'exclame",
    "souligna",
    "soulignait",
    "soulignant",
    "temoignait",
    "avertissant",
    "previent",
    // de
    "antworten",
    "bekannte",
    "beschrieb",
    "beschreibt",
    "betonen",
    "bilanzierte",
    "bilanziert",
    "entgegnete",
    "entgegnet",
    "erganzt",
    "erganzte",
    "erinnerte",
    "erklaren",
    "erzahlte",
    "erzahlt",
    "fragte",
    "fragt",
    "gesagt",
    "gestand",
    "glaubt",
    "glaubte",
    "klagte",
    "klagt",
    "konterte",
    "kritisierte",
    "kritisiert",
    "mahnte",
    "meinte",
    "resumierte",
    "rief",
    "ruft",
    "sagen",
    "schilderte",
    "schildert",
    "schrieb",
    "schreibt",
    "unterstrich",
    "verspricht",
    "versprach",
    "warnte",
    "wunschte",
    "zitierte",
    // es
    "admitido",
    "advertido",
    "afirmaba",
    "afirmado",
    "afirmando",
    "anadido",
    "anadiendo",
    "apuntado",
    "asegurado",
    "bromeo",
    "comentaba",
    "comentado",
    "concluido",
    "confeso",
    "decia",
    "declarado",
    "denuncio",
    "destacado",
    "destacando",
    "dicho",
    "explicaba",
    "explicado",
    "explicando",
    "indicado",
    "insistido",
    "insistiendo",
    "manifestado",
    "matizo",
    "narro",
    "opino",
    "pidio",
    "precisado",
    "pregunto",
    "reconocido",
    "reconociendo",
    "recordado",
    "recordando",
    "remacho",
    "replico",
    "reivindico",
    "senalaba",
    "senalado",
    "senalando",
    "subrayado",
    "subrayando",
    "valoro",
    "zanjo",
    // pt
    "acrescentando",
    "afirmando",
    "apelou",
    "brincou",
    "confessou",
    "constatou",
    "contou",
    "criticou",
    "destacando",
    "dito",
    "explicando",
    "garantindo",
    "insistiu",
    "lamentou",
    "lembrando",
    "notou",
    "pediu",
    "perguntou",
    "questionou",
    "realcou",
    "reforcou",
    "relatou",
    "rematou",
    "sublinhando",
    "sustentou",
    "vincou",
    // it
    "affermato",
    "aggiunto",
    "aggiungendo",
    "ammesso",
    "ammonito",
    "annunciato",
    "avvertito",
    "chiesto",
    "commentato",
    "concluso",
    "confessato",
    "detto",
    "dichiarato",
    "diceva",
    "domandato",
    "esordito",
    "esordisce",
    "evidenziato",
    "insistito",
    "lamentato",
    "osservato",
    "precisato",
    "puntualizzato",
    "raccontato",
    "racconta",
    "raccontava",
    "rimarcato",
    "rimarca",
    "ribadito",
    "ricordando",
    "ricordato",
    "riconosciuto",
    "rilevato",
    "risposto",
    "scherzato",
    "scherza",
    "sostenuto",
    "sostiene",
    "sottolineando",
    "sottolineato",
    "spiegando",
    "spiegato",
    "spiegava",
    "incalzato",
    // nl
    "benadrukken",
    "betoogde",
    "betoogt",
    "bekende",
    "gezegd",
    "grapte",
    "klonk",
    "lichtte",
    "meldde",
    "meldt",
    "reageerde",
    "reageert",
    "riep",
    "schreef",
    "schrijft",
    "stelde",
    "verwoordde",
    "verwoordt",
    "vroeg",
    "vraagt",
    "zuchtte",
];

/// Separable verbs of saying (de, nl): the finite stem and the particles that complete it
/// later in the clause ("gaf ze toe", "fügte er hinzu", "legde hij uit").
const SEPARABLE: &[(&str, &[&str])] = &[
    ("fasste", &["zusammen"]),
    ("fugte", &["hinzu", "an"]),
    ("fuhrte", &["aus"]),
    ("gab", &["zu"]),
    ("gibt", &["zu"]),
    ("hob", &["hervor"]),
    ("kundigte", &["an"]),
    ("raumte", &["ein"]),
    ("stellte", &["fest", "klar"]),
    ("wies", &["hin"]),
    ("gaf", &["toe", "aan"]),
    ("geeft", &["toe", "aan"]),
    ("legde", &["uit"]),
    ("legt", &["uit"]),
    ("lichtte", &["toe"]),
    ("merkte", &["op"]),
    ("merkt", &["op"]),
    ("riep", &["op"]),
    ("vatte", &["samen"]),
    ("voegde", &["toe"]),
    ("wees", &["op"]),
];

/// Most words between a separable verb's stem and its particle.
const MAX_SEPARABLE_GAP: usize = 6;

/// Personal pronouns that stand for a speaker ("she said", "a-t-il ajouté", "secondo lui").
const PRONOUNS: &[&str] = &[
    "he", "she", "er", "sie", "il", "elle", "lui", "el", "ella", "lei", "hij", "zij", "ze", "ele",
    "ela", "han", "hon", "hun",
];

/// Possessive determiners that open an attribution without a verb ("Her advice: “…”",
/// "Son conseil : « … »", "Ihr Fazit: „…“").
const POSSESSIVES: &[&str] = &[
    "her", "his", "son", "sa", "ihr", "ihre", "sein", "seine", "su", "sua", "seu", "suo", "zijn",
    "haar",
];

/// Indefinite determiners and quantifiers: "one mayor said", "several participants noted"
/// name nobody.
const INDEFINITE: &[&str] = &[
    "a",
    "an",
    "one",
    "another",
    "several",
    "some",
    "many",
    "un",
    "une",
    "plusieurs",
    "certains",
    "ein",
    "eine",
    "einer",
    "mehrere",
    "einige",
    "uno",
    "una",
    "varios",
    "varias",
    "algunos",
    "algunas",
    "um",
    "uma",
    "outro",
    "outra",
    "alguns",
    "algumas",
    "alcuni",
    "alcune",
    "diversi",
    "een",
    "enkele",
    "meerdere",
    "iemand",
    "someone",
    "quelqu'un",
    "jemand",
    "alguien",
    "alguem",
    "qualcuno",
];

/// Definite articles and demonstratives before a singular noun ("the mayor", "la directrice",
/// "o autarca"). Forms shared with plural articles ("die", "le" in Italian) count as singular.
const DEFINITE: &[&str] = &[
    "the", "this", "that", "le", "la", "l", "ce", "cette", "der", "die", "das", "dieser", "diese",
    "el", "este", "esta", "ese", "esa", "esse", "essa", "il", "lo", "questo", "questa", "de",
    "het", "deze",
];

/// Plural definite articles: "les participants", "los asistentes" name nobody.
const PLURAL_DEFINITE: &[&str] = &[
    "les", "los", "las", "os", "as", "gli", "i", "these", "those",
];

/// Auxiliaries of compound tenses ("a dit", "ha spiegato", "hat gesagt", "heeft gezegd"),
/// skipped when reading the subject of a verb of saying.
const AUXILIARIES: &[&str] = &[
    "has", "had", "have", "was", "is", "would", "will", "a", "avait", "aurait", "est", "ont",
    "hat", "hatte", "habe", "ist", "wurde", "ha", "habia", "habria", "han", "tem", "tinha",
    "havia", "foi", "aveva", "avrebbe", "e", "heeft", "hebben", "werd", "t",
];

/// Prepositions that open a phrase after a verb of saying ("ha spiegato con un sorriso",
/// "told the room during the break"): what follows is not the speaker.
const PREPOSITIONS: &[&str] = &[
    "to", "by", "of", "par", "des", "du", "von", "por", "pelo", "pela", "del", "della", "dai",
    "door", "with", "in", "at", "on", "during", "after", "before", "for", "from", "about", "avec",
    "dans", "pendant", "sous", "devant", "pour", "en", "mit", "vor", "bei", "im", "in", "zu",
    "nach", "con", "en", "ante", "durante", "para", "com", "em", "no", "na", "perante", "con",
    "davanti", "durante", "nel", "nella", "per", "met", "tijdens", "voor", "bij", "aan",
];

/// Feminine personal pronouns ("sie", "zij", "ze" are read as "she": the subject of a verb of
/// saying is one person).
const FEMININE: &[&str] = &[
    "she", "elle", "sie", "ella", "lei", "ela", "zij", "ze", "hon", "her", "haar", "ihre", "sa",
];
/// Masculine personal pronouns.
const MASCULINE: &[&str] = &[
    "he", "il", "er", "el", "lui", "ele", "hij", "han", "his", "sein", "seine", "him", "hem",
];

/// The gender a personal pronoun or possessive points to, when it has one.
pub(super) fn pronoun_gender(folded: &str) -> Option<Gender> {
    if FEMININE.contains(&folded) {
        Some(Gender::Female)
    } else if MASCULINE.contains(&folded) {
        Some(Gender::Male)
    } else {
        None
    }
}

static SPEECH_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| SPEECH_VERBS.iter().copied().collect());

/// Whether a folded word is a verb of saying from this module's list.
pub(super) fn is_extra_speech_verb(folded: &str) -> bool {
    SPEECH_SET.contains(folded)
}

/// Whether `words[i]` is the stem of a separable verb of saying whose particle follows within
/// a few words ("gaf ze toe").
pub(super) fn is_separable_speech_verb(words: &[String], i: usize) -> bool {
    SEPARABLE.iter().any(|(stem, particles)| {
        *stem == words[i]
            && words[i + 1..]
                .iter()
                .take(MAX_SEPARABLE_GAP)
                .any(|w| particles.contains(&w.as_str()))
    })
}

/// Whether a folded word is a personal pronoun that can stand for a speaker.
pub(super) fn is_pronoun(folded: &str) -> bool {
    PRONOUNS.contains(&folded)
}

/// Prepositions that frame a view as someone's: "For Rossi, …", "Pour Jean Dupont, « … »",
/// "Para Benítez, …". Folded.
const VIEW_HOLDERS: &[&str] = &["for", "pour", "fur", "para", "per", "voor"];

/// Whether a folded word introduces whose view follows ("pour", "para", "voor").
pub(super) fn is_view_holder(folded: &str) -> bool {
    VIEW_HOLDERS.contains(&folded)
}

/// Verbs and adjectives of naming right before a quotation make it a label or a title, not
/// speech ("a programme called “…”", "le projet intitulé « … »"). Folded.
const NAMING_WORDS: &[&str] = &[
    "called",
    "so-called",
    "named",
    "dubbed",
    "titled",
    "entitled",
    "intitule",
    "intitulee",
    "baptise",
    "baptisee",
    "appele",
    "appelee",
    "sogenannte",
    "sogenannten",
    "genannt",
    "namens",
    "titel",
    "llamado",
    "llamada",
    "denominado",
    "denominada",
    "titulado",
    "titulada",
    "chamado",
    "chamada",
    "intitulado",
    "intitulada",
    "chiamato",
    "chiamata",
    "cosiddetto",
    "cosiddetta",
    "intitolato",
    "intitolata",
    "genaamd",
    "zogenaamde",
    "getiteld",
];

/// Determiners: a quotation between one and the rest of its noun phrase is a label ("the “one
/// street at a time” approach"); one that ends the clause may be speech ("called for a “…”").
/// Folded.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "our", "this", "le", "la", "les", "un", "une", "du", "des",
    "der", "die", "das", "ein", "eine", "einen", "dem", "den", "el", "los", "las", "una", "o",
    "os", "as", "il", "lo", "gli", "uno", "het", "een",
];

/// Nouns for a talk or a session, whose subject a quotation after "on" gives as a title ("the
/// session on “…”"). Folded.
const TALK_NOUNS: &[&str] = &[
    "session",
    "sessions",
    "workshop",
    "panel",
    "talk",
    "keynote",
    "presentation",
    "lecture",
    "webinar",
    "masterclass",
    "track",
    "roundtable",
    "seance",
    "atelier",
    "conference",
    "table",
    "ronde",
    "taller",
    "ponencia",
    "charla",
    "mesa",
    "conferencia",
    "vortrag",
    "sitzung",
    "sessione",
    "laboratorio",
    "tavola",
    "rotonda",
    "relazione",
    "sessao",
    "oficina",
    "palestra",
    "sessie",
    "lezing",
];

/// Nouns for an event or a document, whose name a quotation may follow in apposition ("the
/// seminar “…”", "the report, “…”,"). Folded.
const WORK_NOUNS: &[&str] = &[
    "seminar",
    "seminars",
    "forum",
    "festival",
    "exhibition",
    "campaign",
    "report",
    "study",
    "survey",
    "guide",
    "toolkit",
    "handbook",
    "seminaire",
    "rapport",
    "etude",
    "exposition",
    "campagne",
    "seminario",
    "informe",
    "estudio",
    "campana",
    "guia",
    "rapporto",
    "campagna",
    "relatorio",
    "estudo",
    "campanha",
    "bericht",
    "studie",
    "leitfaden",
    "kampagne",
    "ausstellung",
    "onderzoek",
    "tentoonstelling",
];

/// Whether a folded word is a noun for an event or a document.
pub(super) fn is_work_noun(folded: &str) -> bool {
    WORK_NOUNS.contains(&folded)
}

/// Prepositions that give a talk's subject ("on", "sur", "sobre", "über"). Folded.
const SUBJECT_LINKS: &[&str] = &[
    "on", "about", "sur", "sobre", "uber", "zum", "zur", "su", "sul", "sulla", "over",
];

/// Whether a folded word is a noun for a talk or a session.
pub(super) fn is_talk_noun(folded: &str) -> bool {
    TALK_NOUNS.contains(&folded)
}

/// Whether a folded word links a talk to its subject.
pub(super) fn is_subject_link(folded: &str) -> bool {
    SUBJECT_LINKS.contains(&folded)
}

/// Whether a folded word before a quotation names it ("called", "intitulé").
pub(super) fn is_naming_word(folded: &str) -> bool {
    NAMING_WORDS.contains(&folded)
}

/// Whether a folded word is a determiner that can open a noun phrase around a quotation.
pub(super) fn is_determiner(folded: &str) -> bool {
    DETERMINERS.contains(&folded)
}

/// Nouns for documents, places and bodies that may "say" something without being a person
/// ("the report says", "la ville a annoncé"). Folded.
const NON_PERSON_NOUNS: &[&str] = &[
    // en
    "report",
    "study",
    "survey",
    "document",
    "paper",
    "plan",
    "strategy",
    "declaration",
    "statement",
    "charter",
    "website",
    "release",
    "letter",
    "note",
    "agenda",
    "motto",
    "slogan",
    "title",
    "sign",
    "banner",
    "poster",
    "headline",
    "invitation",
    "brochure",
    "guide",
    "law",
    "bill",
    "rule",
    "text",
    "data",
    "figures",
    "city",
    "town",
    "country",
    "region",
    "state",
    "government",
    "press",
    "media",
    "newspaper",
    // fr
    "rapport",
    "etude",
    "enquete",
    "strategie",
    "communique",
    "site",
    "texte",
    "loi",
    "ville",
    "pays",
    "gouvernement",
    "presse",
    "journal",
    // de
    "bericht",
    "studie",
    "umfrage",
    "dokument",
    "papier",
    "erklarung",
    "gesetz",
    "stadt",
    "land",
    "regierung",
    "presse",
    "zeitung",
    // es
    "informe",
    "estudio",
    "encuesta",
    "documento",
    "estrategia",
    "declaracion",
    "ley",
    "ciudad",
    "pais",
    "gobierno",
    "prensa",
    "periodico",
    // pt
    "relatorio",
    "estudo",
    "inquerito",
    "cidade",
    "governo",
    "imprensa",
    "jornal",
    // it
    "rapporto",
    "studio",
    "indagine",
    "documento",
    "legge",
    "citta",
    "paese",
    "stampa",
    "giornale",
    // nl
    "onderzoek",
    "stad",
    "regering",
    "krant",
];

/// Whether a folded noun names a document, a place or a body rather than a person.
pub(super) fn is_non_person_noun(folded: &str) -> bool {
    NON_PERSON_NOUNS.contains(&folded)
}

/// Demonstratives that point back to a quote from the sentence after it ("These were the
/// words of …", "C'est ainsi que …", "So fasste … zusammen"). Folded.
const DEMONSTRATIVES: &[&str] = &[
    "this", "that", "these", "those", "such", "thus", "so", "ainsi", "c'est", "ces", "cette",
    "tels", "telle", "das", "dies", "diese", "dieses", "solche", "asi", "esto", "eso", "estas",
    "esas", "assim", "isto", "isso", "essas", "cosi", "questo", "questa", "queste", "questi",
    "dit", "dat", "deze", "zo", "aldus",
];

/// Nouns for someone's words ("the words of", "echoed", "ses propos"). Folded.
const WORDS_NOUNS: &[&str] = &[
    "words",
    "echoed",
    "sentiment",
    "message",
    "mots",
    "propos",
    "paroles",
    "worte",
    "palabras",
    "palavras",
    "parole",
    "woorden",
];

/// Whether a folded word is a demonstrative that can point back to a quote.
pub(super) fn is_demonstrative(folded: &str) -> bool {
    DEMONSTRATIVES.contains(&folded)
}

/// Whether a folded word is a noun for someone's words.
pub(super) fn is_words_noun(folded: &str) -> bool {
    WORDS_NOUNS.contains(&folded)
}

/// Adverbs that open sentences and are never names ("Later Young added …"). Folded.
const SENTENCE_ADVERBS: &[&str] = &[
    "later",
    "earlier",
    "finally",
    "meanwhile",
    "today",
    "yesterday",
    "tomorrow",
    "afterwards",
    "overall",
    "instead",
    "indeed",
    "however",
    "moreover",
    "lastly",
    "next",
    "ensuite",
    "enfin",
    "puis",
    "aujourd'hui",
    "hier",
    "demain",
    "cependant",
    "pourtant",
    "danach",
    "dann",
    "spater",
    "heute",
    "gestern",
    "zudem",
    "ausserdem",
    "schliesslich",
    "luego",
    "despues",
    "hoy",
    "ayer",
    "finalmente",
    "ademas",
    "depois",
    "hoje",
    "ontem",
    "poi",
    "dopo",
    "oggi",
    "ieri",
    "infine",
    "inoltre",
    "daarna",
    "vandaag",
    "gisteren",
    "tenslotte",
    // connectives: "Sin embargo,", "Toutefois,", "Allerdings"
    "embargo",
    "however",
    "nevertheless",
    "cependant",
    "toutefois",
    "pourtant",
    "tuttavia",
    "allerdings",
    "jedoch",
    "contudo",
    "porem",
    "entanto",
];

/// Whether a folded word is an adverb that opens sentences.
pub(super) fn is_sentence_adverb(folded: &str) -> bool {
    SENTENCE_ADVERBS.contains(&folded)
}

/// Whether a folded word is a possessive determiner ("her", "son", "ihr").
pub(super) fn is_possessive(folded: &str) -> bool {
    POSSESSIVES.contains(&folded)
}

/// Whether a folded word is an indefinite determiner or quantifier.
pub(super) fn is_indefinite(folded: &str) -> bool {
    INDEFINITE.contains(&folded)
}

/// Whether a folded word is a singular definite article or demonstrative.
pub(super) fn is_definite(folded: &str) -> bool {
    DEFINITE.contains(&folded)
}

/// Whether a folded word is a plural definite article.
pub(super) fn is_plural_definite(folded: &str) -> bool {
    PLURAL_DEFINITE.contains(&folded)
}

/// Whether a folded word is an auxiliary of a compound tense.
pub(super) fn is_auxiliary(folded: &str) -> bool {
    AUXILIARIES.contains(&folded)
}

/// Whether a folded word is a preposition.
pub(super) fn is_preposition(folded: &str) -> bool {
    PREPOSITIONS.contains(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::fold;

    #[test]
    fn pronouns_have_genders() {
        assert_eq!(pronoun_gender("she"), Some(Gender::Female));
        assert_eq!(pronoun_gender("hij"), Some(Gender::Male));
        assert_eq!(pronoun_gender("on"), None);
    }

    #[test]
    fn word_lists_are_folded() {
        for list in [
            SPEECH_VERBS,
            PRONOUNS,
            NAMING_WORDS,
            SENTENCE_ADVERBS,
            DEMONSTRATIVES,
            WORDS_NOUNS,
            NON_PERSON_NOUNS,
            DETERMINERS,
            VIEW_HOLDERS,
            POSSESSIVES,
            FEMININE,
            MASCULINE,
            INDEFINITE,
            DEFINITE,
            PLURAL_DEFINITE,
            AUXILIARIES,
            PREPOSITIONS,
            &SEPARABLE.iter().map(|(w, _)| *w).collect::<Vec<_>>(),
        ] {
            for w in list {
                assert_eq!(fold(w), *w, "{w} is not folded");
            }
        }
    }
}
