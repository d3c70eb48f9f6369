//! Capitalised name spans: runs of capitalised tokens with the particles and joiners that
//! names use inside ("van der", "of", "&", hyphens), cut at possessives.

use super::folded::FoldedTokens;
use crate::lexicon::{Cue, Lexicons};
use crate::segment::{Lang, Segmented, Token, TokenKind};

/// A run of name tokens inside one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameSpan {
    /// First token index.
    pub first: usize,
    /// One past the last token index.
    pub last: usize,
    /// Sentence index.
    pub sentence: usize,
    /// Byte span in the text (without a possessive ending).
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Followed by a possessive ’s.
    pub possessive: bool,
    /// Starts the sentence (so its capital may only be the sentence's).
    pub sentence_initial: bool,
}

/// Lower-case words allowed inside a name when a capitalised word follows.
/// Not "and" or "in": they join lists ("Antwerp and Hamburg") and places ("Director in Nice").
const PARTICLES: &[&str] = &[
    "of", "for", "per", "para", "pour", "de", "du", "des", "la", "le", "van", "der", "den", "von",
    "zu", "da", "das", "do", "dos", "di", "del", "della", "delle", "degli", "dei", "für", "fur",
    "por", "ter", "te", "the", "al", "el", "bin", "binti", "ibn", "&", "i", "’t", "'t", "voor",
    // Filipino: "Maria Theresa dela Cruz".
    "dela", // Swahili "of": "Sauti ya Mtaa".
    "ya",
    // "Centro de Estudos sobre Incêndios Florestais", "Observatoire sur les Inégalités".
    "sobre", "sur",
];

/// Lower-case particles of a surname that may follow an initial ("M. de Vries", "J. van der
/// Berg").
const SURNAME_PARTICLES: &[&str] = &[
    "de", "du", "des", "la", "le", "van", "der", "den", "von", "zu", "da", "das", "do", "dos",
    "di", "del", "della", "ter", "te", "ten", "dela",
];

/// Lower-case particles that join the parts of a hyphened town's name.
pub(crate) const HYPHEN_PARTICLES: &[&str] = &[
    "en", "la", "le", "les", "sur", "sous", "de", "du", "des", "lès", "lez", "aux", "au", "et",
    "upon", "on", "under", "by", "in", "the", "am", "an", "im", "di", "del", "della", "ès", "o",
];

/// Whether a token's text starts with an upper-case letter.
/// Also true for names written with a lower-case prefix: "eThekwini", "iGEM".
pub fn is_capitalised(s: &str) -> bool {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), _) if a.is_uppercase() => true,
        (Some(a), Some(b)) => a.is_lowercase() && b.is_uppercase() && s.chars().count() > 3,
        _ => false,
    }
}

/// Elided articles and prepositions that open a French or Italian sentence.
pub(crate) const CAPITAL_ELISIONS: &[&str] = &[
    "L", "D", "Dell", "Dall", "All", "Nell", "Sull", "Un", "Qu", "Quell", "Degl", "Agl", "Negl",
];

/// Body heads that take an elided article in French and Italian, as written (lower-cased):
/// the article opening a sentence before them is no part of the name. A list of its own, not
/// the lexicon's body words: tokens are folded (`FoldedTokens::new`) before any lexicon is at
/// hand, and this needs only the heads that take "l'".
const ELIDED_BODY_HEADS: &[&str] = &[
    "agence",
    "association",
    "université",
    "institut",
    "office",
    "école",
    "observatoire",
    "union",
    "assemblée",
    "autorité",
    "académie",
    "alliance",
    "entreprise",
    "hôpital",
    "établissement",
    "istituto",
    "associazione",
    "università",
    "agenzia",
    "accademia",
    "osservatorio",
    "ente",
    "azienda",
    "unione",
    "ospedale",
    "autorità",
    "amministrazione",
];

/// Drops an elided article glued to a name: "dall’Associazione" → "Associazione",
/// "l’Agence" → "Agence" (French and Italian write these as one word).
pub fn strip_elision(s: &str) -> &str {
    // The elided word before the apostrophe is lower case, or a capitalised article opening a
    // sentence; a token opening with any other ASCII character (a digit, punctuation, most
    // capitals) keeps it.
    let capital = match s.as_bytes().first() {
        None => return s,
        Some(b) if b.is_ascii_lowercase() || !b.is_ascii() => false,
        Some(b'L' | b'D' | b'A' | b'N' | b'S' | b'U' | b'Q') => true,
        Some(_) => return s,
    };
    // Most tokens hold no apostrophe: the first seven characters lie within the first 28
    // bytes, and an apostrophe is the byte `'` or starts with 0xE2 (’ is E2 80 99).
    let head = &s.as_bytes()[..s.len().min(28)];
    if !head.iter().any(|&b| b == b'\'' || b == 0xE2) {
        return s;
    }
    for (i, c) in s.char_indices().take(7) {
        if c == '’' || c == '\'' {
            let (head, rest) = (&s[..i], &s[i + c.len_utf8()..]);
            if !capital
                && !head.is_empty()
                && head.chars().all(|h| h.is_lowercase())
                && rest.chars().next().is_some_and(char::is_uppercase)
            {
                return rest;
            }
            // "L’antropologa Dimitra Karagianni", "L'adjointe à la culture": a sentence's
            // article before a lower-case noun. "D’Souza", "L’Aquila" keep theirs; a body's
            // head or an acronym opening the sentence does not ("L'Agence de l'eau", "L'ADEME").
            if capital
                && CAPITAL_ELISIONS.contains(&head)
                && (rest.chars().next().is_some_and(char::is_lowercase)
                    || rest.chars().count() >= 2 && rest.chars().all(|c| c.is_ascii_uppercase())
                    || ELIDED_BODY_HEADS.contains(&rest.to_lowercase().as_str()))
            {
                return rest;
            }
            break;
        }
    }
    s
}

/// A lower-case second part of a hyphenated given name ("Min-jun", "Ji-yeon", "Hyun-woo"),
/// as opposed to "Paris-based" or "CO2-neutral".
fn syllable_part(before: &str, after: &str) -> bool {
    const WORDS: &[&str] = &[
        "based", "led", "wide", "born", "style", "run", "free", "like", "made", "type", "only",
        "level", "scale", "term", "time", "up", "in", "out", "on", "off", "size", "day", "year",
        "old", "long", "rich", "wise", "owned", "area", "city", "zone", "hub", "bound", "ready",
        "sur", "en", "le", "la", "les", "de", "du", "am", "an", "im", "bei", "upon", "the", "se",
        "lo", "nos", "me", "te", "si", "lhe", "les", "vous",
    ];
    is_capitalised(before)
        && !before.chars().any(|c| c.is_ascii_digit())
        && before.chars().count() <= 6
        && (2..=4).contains(&after.chars().count())
        && after.chars().all(char::is_lowercase)
        && !WORDS.contains(&after)
}

/// A body word hyphenated with a lower-case part ("Co-op", "Co-operative"), which names end in.
fn body_compound(before: &str, after: &str, lex: &Lexicons) -> bool {
    is_capitalised(before)
        && after.chars().next().is_some_and(char::is_lowercase)
        && hyphenated_cue(
            lex,
            Cue::OrgKeyword,
            &crate::segment::fold(before),
            &crate::segment::fold(after),
        )
}

/// Whether two folded words joined by a hyphen are in a cue list, which holds "co-op" whole
/// while the tokens are "co", "-", "op".
pub(crate) fn hyphenated_cue(lex: &Lexicons, cue: Cue, left: &str, right: &str) -> bool {
    let mut word = String::with_capacity(left.len() + right.len() + 1);
    word.push_str(left);
    word.push('-');
    word.push_str(right);
    lex.is_cue(cue, &word)
}

/// Whether a token is an acronym such as "ICC", "DG", "WHO", "UN-Habitat"'s "UN", "CO2".
pub fn is_acronym(s: &str) -> bool {
    // This runs on most tokens, most of them ASCII and lower-case: test the bytes, and the
    // characters only when the first test passes (an ASCII letter is upper-case when its
    // byte is).
    if s.is_ascii() {
        let b = s.as_bytes();
        return b
            .iter()
            .all(|&c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'&')
            && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2;
    }
    s.chars()
        .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
        && s.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Whether the hyphened words from token `k` ("Saint-Dié-des-Vosges", "Aix-en-Provence")
/// name a town.
fn hyphened_town_at(text: &str, toks: &[Token], end: usize, k: usize, lex: &Lexicons) -> bool {
    let mut last = k;
    while last + 2 < end
        && &text[toks[last + 1].start..toks[last + 1].end] == "-"
        && toks[last + 1].start == toks[last].end
        && toks[last + 2].start == toks[last + 1].end
        && toks[last + 2].kind == TokenKind::Word
    {
        last += 2;
    }
    last > k && {
        let f = crate::segment::fold(&text[toks[k].start..toks[last].end]);
        !lex.cities_for(&f).is_empty() || crate::lexicon::small_place(&f)
    }
}

/// "J.J", "A.R.K": capital letters joined by periods (the tokeniser keeps the last period
/// apart).
pub(crate) fn dotted_initials(w: &str) -> bool {
    w.split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

/// Words for groups of people that name bodies in the possessive ("Women's Institute").
fn group_noun(stem: &str) -> bool {
    matches!(
        stem,
        "Women" | "Children" | "Men" | "People" | "Workers" | "Farmers" | "Teachers"
    )
}

/// Strips a possessive ending ('s, ’s, or a bare ’ after s); returns the stem and whether one
/// was found.
pub fn strip_possessive(s: &str) -> (&str, bool) {
    // Every possessive ending ends in "s" or "S": most words are settled by their last byte.
    if !matches!(s.as_bytes().last(), Some(b's' | b'S')) {
        return (s, false);
    }
    for suffix in ["’s", "'s", "’S", "'S"] {
        if let Some(stem) = s.strip_suffix(suffix) {
            if !stem.is_empty() {
                return (stem, true);
            }
        }
    }
    (s, false)
}

/// Finds the name spans of every sentence. `folded` holds the document's tokens folded (its
/// surface starts drop the elided articles, so no token is stripped twice).
pub fn find(
    text: &str,
    seg: &Segmented,
    folded: &FoldedTokens,
    lang: Lang,
    lex: &Lexicons,
) -> Vec<NameSpan> {
    let toks = &seg.tokens;
    // Token `i` without an elided article: `strip_elision` of its text.
    let tx = |i: usize| folded.surface(text, i);
    let mut out = Vec::new();
    for (si, sentence) in seg.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        let capital_word_at =
            |k: usize| k < range.end && toks[k].kind == TokenKind::Word && is_capitalised(tx(k));
        let mut i = range.start;
        while i < range.end {
            let t = &toks[i];
            if t.kind != TokenKind::Word || !is_capitalised(tx(i)) {
                i += 1;
                continue;
            }
            // "Speaking for the Mastercard Foundation, …", "Prepared for the Capital Region
            // Interface Fire Partnership": a participle opening the sentence is capitalised for
            // that alone, and a particle after it links no name.
            // Cheap tests first: the opening test scans the sentence up to here.
            // "Lobby the African Union": a verb opening the sentence before "the" (names such
            // as "Alexander the Great" are rare in recaps).
            if lang == Lang::En
                && i == range.start
                && i + 1 < range.end
                && tx(i + 1) == "the"
                && !lex.is_cue(Cue::OrgKeyword, folded.get(i))
            {
                i += 1;
                continue;
            }
            if lang == Lang::En
                && tx(i).len() >= 6
                && (tx(i).ends_with("ing") || tx(i).ends_with("ed"))
                && i + 1 < range.end
                && PARTICLES.contains(&tx(i + 1))
                && (i == range.start || starts_after_opening(text, toks, range.start, i))
            {
                i += 1;
                continue;
            }
            // "Published 18 November 2024 · By Priya Desai": a byline's preposition is
            // capitalised for the byline alone. Before a given name only: "Por Andalucía" is
            // a party's name.
            if matches!(
                (lang, tx(i)),
                (Lang::En, "By")
                    | (Lang::Fr, "Par")
                    | (Lang::Es | Lang::Pt, "Por")
                    | (Lang::Nl, "Door")
            ) && capital_word_at(i + 1)
                && lex.is_given_name(folded.get(i + 1))
            {
                i += 1;
                continue;
            }
            let first = i;
            let mut last = i + 1;
            // "King's Lynn", "Bishop's Castle": a place whose name holds a possessive.
            let possessive_place = |k: usize| {
                capital_word_at(k + 1) && !text[toks[k].end..toks[k + 1].start].contains('\n') && {
                    let key = format!("{} {}", folded.get(k), folded.get(k + 1));
                    !lex.cities_for(&key).is_empty() || crate::lexicon::small_place(&key)
                }
            };
            let mut possessive = strip_possessive(tx(i)).1 && !possessive_place(i);
            while !possessive && last < range.end {
                let next = &toks[last];
                if text[toks[last - 1].end..next.start].contains('\n') {
                    break;
                }
                let s = tx(last);
                let glued = next.start == toks[last - 1].end;
                // "School Librarians' Association": a group's possessive before a body's word
                // is inside the body's name.
                let body_word_at =
                    |k: usize| capital_word_at(k) && lex.is_cue(Cue::OrgKeyword, folded.get(k));
                if next.kind == TokenKind::Word
                    && is_capitalised(s)
                    && !s.chars().any(|c| c.is_ascii_digit())
                {
                    let (stem, owner) = strip_possessive(s);
                    // A group's possessive then a capitalised word: "Kilmallock Men's Shed",
                    // "Women's Aid" (no body word needed, as the group names the body).
                    possessive = owner
                        && !(group_noun(stem) && capital_word_at(last + 1))
                        && !possessive_place(last);
                    last += 1;
                    continue;
                }
                // A trade union's branch is numbered: "CUPE Local 87", "SEIU Local 32BJ"; so
                // are French universities after their town: "Université Lyon 2".
                let university_number = next.kind == TokenKind::Number
                    && s.len() <= 2
                    && last > first + 1
                    && ["universite", "universidad", "universita"]
                        .iter()
                        .any(|u| folded.get(last - 2).ends_with(u))
                    && !lex.cities_for(folded.get(last - 1)).is_empty();
                // "ASL Roma 1", "ATS Brescia 2": a body's acronym, its town and the district's
                // number, before punctuation.
                let acronym_number = next.kind == TokenKind::Number
                    && s.len() <= 2
                    && last == first + 2
                    && is_acronym(tx(first))
                    && (last + 1 >= range.end || matches!(tx(last + 1), "," | ")" | "." | ";"));
                let union_branch = tx(last - 1) == "Local"
                    && last > first + 1
                    && is_acronym(tx(last - 2))
                    && (next.kind == TokenKind::Number
                        || next.kind == TokenKind::Word
                            && s.starts_with(|c: char| c.is_ascii_digit()));
                if university_number || acronym_number || union_branch {
                    last += 1;
                    break;
                }
                // "Università Ca' Foscari": Venetian "Ca'" (house) is elided before its name.
                let venetian_house = || tx(last - 1) == "Ca" && capital_word_at(last + 1);
                if matches!(s, "'" | "’")
                    && glued
                    && (tx(last - 1).ends_with('s') && body_word_at(last + 1) || venetian_house())
                {
                    last += 1;
                    continue;
                }
                // Hyphen or period joining parts: "Jean-Pierre", "UN-Habitat", "J. Smith".
                if next.kind == TokenKind::Punct
                    && (s == "-" || s == "." || s == "&")
                    && last + 1 < range.end
                {
                    let after = &toks[last + 1];
                    let after_s = tx(last + 1);
                    let joins = match s {
                        // Only capitalised or numeric parts: "Jean-Pierre", "UN-Habitat", not "CO2-neutral".
                        "-" => {
                            glued
                                && after.start == next.end
                                && after.kind != TokenKind::Punct
                                && (is_capitalised(after_s)
                                    || after.kind == TokenKind::Number
                                    || syllable_part(tx(last - 1), after_s)
                                    || body_compound(tx(last - 1), after_s, lex))
                        }
                        // "J. Smith", "J.J. Murphy": initials before the surname.
                        "." => {
                            let prev = tx(last - 1);
                            // Not "U.S. Brooks" nor "H.E. Carolina Undurraga"; but "U.S.
                            // Department of Justice": a dotted country before a body's word
                            // opens the body's name.
                            let dotted_part = || {
                                let dotted = format!("{}.", crate::segment::fold(prev));
                                let country = lex.country_for(&dotted).is_some();
                                dotted_initials(prev)
                                    && !country
                                    && !lex.is_cue(Cue::Honorific, &dotted)
                                    || country
                                        && lex
                                            .is_cue(Cue::OrgKeyword, &crate::segment::fold(after_s))
                            };
                            // "M. de Vries", "J. van der Berg": a surname's particles
                            // after an initial.
                            let particle_name = || {
                                let word_at =
                                    |k: usize| k < range.end && toks[k].kind == TokenKind::Word;
                                let mut k = last + 1;
                                while word_at(k)
                                    && SURNAME_PARTICLES.contains(&tx(k))
                                    && k < last + 4
                                {
                                    k += 1;
                                }
                                k > last + 1 && word_at(k) && is_capitalised(tx(k))
                            };
                            glued
                                && (prev.chars().count() == 1
                                    || prev.contains('.') && dotted_part())
                                && (is_capitalised(after_s)
                                    || !prev.contains('.')
                                        && dotted_initials(prev)
                                        && particle_name())
                        }
                        _ => is_capitalised(after_s),
                    };
                    if joins {
                        possessive = strip_possessive(after_s).1;
                        last += 2;
                        continue;
                    }
                    // A town's lower-case particle between hyphens: "Aix-en-Provence",
                    // "Vaison-la-Romaine", "Stratford-upon-Avon".
                    if s == "-" && glued && last + 3 < range.end {
                        let glued_at = |k: usize| toks[k].start == toks[k - 1].end;
                        // Portuguese "Proença-a-Nova", "Trás-os-Montes"; in English "a" joins
                        // a firm's name ("Rent-a-Room").
                        let portuguese = lang == Lang::Pt && matches!(after_s, "a" | "os" | "as");
                        if (HYPHEN_PARTICLES.contains(&after_s) || portuguese)
                            && (last + 1..=last + 3).all(glued_at)
                            && tx(last + 2) == "-"
                            && toks[last + 3].kind == TokenKind::Word
                            && is_capitalised(tx(last + 3))
                        {
                            possessive = strip_possessive(tx(last + 3)).1;
                            last += 4;
                            continue;
                        }
                    }
                }
                // Particles between capitalised words: "Faculty of Law", "van der Linde".
                // German writes every noun with a capital: articles join only inside names
                // ("Hans-Jürgen von der Heyde", "Universität des Saarlandes" is left to the
                // organisation rules). "das" is a Portuguese particle but a German article
                // ("zum Großteil das Bundesministerium"), "per" an Italian one but a German
                // preposition before a noun ("Ferreyra per Video").
                let german_article = lang == Lang::De
                    && matches!(
                        s,
                        "der" | "des" | "die" | "das" | "den" | "dem" | "zu" | "the" | "per"
                    );
                // "per", "para", "pour" carry a body's purpose ("Istituto Tecnico Superiore per
                // la Ceramica", "Colher para Semear"), not an acronym's office ("OCHA pour
                // l'Est").
                let purpose_after_acronym =
                    matches!(s, "per" | "para" | "pour") && is_acronym(tx(last - 1));
                // "in Lunenburg for the Nova Scotia Choral Federation": a purpose after a
                // town alone says why people came there, it names no body.
                // "Deputy Mayor of Gdańsk for Climate": the town may close a title's "of".
                let town_opens = last == first + 1
                    || last >= first + 3
                        && matches!(folded.get(last - 2), "of" | "de" | "di" | "da" | "do");
                let purpose_after_town =
                    matches!(s, "for" | "per" | "para" | "pour" | "voor") && town_opens && {
                        let f = folded.get(last - 1);
                        // "del Centro per il Mosaico di Madaba": a body's word named like a
                        // town is the body's.
                        (lex.cities_for(f).iter().any(|c| !c.ambiguous)
                            || crate::lexicon::small_place(f))
                            && !lex.is_cue(Cue::OrgKeyword, f)
                    };
                // "the Agency for Climate of the City of Oslo": a body of the town's
                // administration, then the town, named as "City of Porto" names it.
                let of_the_town = s == "of"
                    && last + 1 < range.end
                    && (first..last).any(|j| lex.is_cue(Cue::OrgKeyword, folded.get(j)))
                    && {
                        let k = if tx(last + 1) == "the" {
                            last + 2
                        } else {
                            last + 1
                        };
                        k + 2 < range.end
                            && matches!(folded.get(k), "city" | "municipality" | "town")
                            && tx(k + 1) == "of"
                    };
                if next.kind == TokenKind::Word
                    // "Bord na Móna", "Conradh na Gaeilge": Irish "of the" in English text
                    // (in Portuguese "na" is "in the": "na Unidade Local").
                    && (PARTICLES.contains(&s)
                        || lang == Lang::En && s == "na"
                        // "Ilse ten Brink": Dutch "ten" only ("top ten Tips").
                        || lang == Lang::Nl && s == "ten")
                    && !german_article
                    && !purpose_after_acronym
                    && !purpose_after_town
                    && !of_the_town
                    // "Last Tuesday the North East …": a date before the subject.
                    && !(s == "the" && lex.is_cue(Cue::Month, folded.get(last - 1)))
                {
                    let mut k = last + 1;
                    // "Istituto Centrale per il Restauro": an Italian article after a particle.
                    while k < range.end
                        && toks[k].kind == TokenKind::Word
                        && (PARTICLES.contains(&tx(k))
                            || lang == Lang::It && matches!(tx(k), "il" | "lo" | "gli")
                            // "Universidad de los Andes", "Fundação para os Estudos Brasileiros".
                            || lang == Lang::Es && matches!(tx(k), "los" | "las")
                            || lang == Lang::Pt && matches!(tx(k), "os" | "as")
                            || lang == Lang::Fr && tx(k) == "les"
                            // "Rijksdienst voor het Cultureel Erfgoed".
                            || lang == Lang::Nl && tx(k) == "het")
                    {
                        k += 1;
                    }
                    // "Matthias Kaltenbach von ForstBW": a surname has no capitals inside,
                    // a body's name may.
                    // "Faculteit Diergeneeskunde van de Universiteit Utrecht": after a body's
                    // name, a body's word after "van de" opens a second name, as "of the" does.
                    let body_word = |j: usize| lex.is_cue(Cue::OrgKeyword, folded.get(j));
                    let body_after = matches!(s, "von" | "van")
                        && k < range.end
                        && (is_acronym(tx(k))
                            || tx(k).chars().skip(1).any(char::is_uppercase)
                            || k == last + 2 && body_word(k) && (first..last).any(body_word));
                    // "Marieke Bosman van Rijkswaterstaat": after one given name and a surname
                    // the name is whole, and "van" says where she works ("Henk van der
                    // Linden", "Anna Maria van Dijk", "Noor El Idrissi van" still join).
                    let given =
                        |k: usize| is_capitalised(tx(k)) && lex.is_given_name(folded.get(k));
                    // "Pieter de Wit van Deltares": a particle inside the name before it.
                    let particle_name = last >= first + 3
                        && given(last - 3)
                        && PARTICLES.contains(&tx(last - 2))
                        && !given(last - 1);
                    let whole_before = matches!(s, "von" | "van")
                        && (particle_name
                            || last >= first + 2
                                && given(last - 2)
                                && !given(last - 1)
                                && !(last >= first + 3
                                    && (given(last - 3) || tx(last - 3) == "-")));
                    // "Elisa Marengo di Alba": after a given name and a surname, "di" and a
                    // town say where someone comes from ("Leonardo da Vinci" is one name).
                    let from_town = matches!(s, "di" | "da" | "de" | "du")
                        && k == last + 1
                        && k < range.end
                        && (last == first + 2
                            && given(first)
                            && !lang.is_stop_word(folded.get(first))
                            && !given(last - 1)
                            // "Íñigo Ruiz de Azúa", "Juan Sáenz de Santamaría": a Spanish
                            // patronymic before "de" opens a compound surname.
                            && !(lang == Lang::Es
                                && s == "de"
                                && ["ez", "iz", "az", "oz"]
                                    .iter()
                                    .any(|e| folded.get(last - 1).ends_with(e)))
                            && (!lex.cities_for(folded.get(k)).is_empty()
                                || crate::lexicon::town(folded.get(k)).is_some())
                            // "l'espace Georges-Sadoul de Saint-Dié-des-Vosges": a town
                            // of hyphened words is never a surname ("Université Gaston
                            // Berger de Saint-Louis" is a body's name).
                            || (first..last).all(|j| {
                                toks[j].kind != TokenKind::Word
                                    || !is_acronym(tx(j))
                                        && !lex.is_cue(Cue::OrgKeyword, folded.get(j))
                                        && !lex.is_cue(Cue::EventKeyword, folded.get(j))
                            }) && hyphened_town_at(text, toks, range.end, k, lex));
                    // "das Podium von der Journalistin Katharina Pichler": in German "von der"
                    // before a title is a preposition and its article, not a surname's
                    // particles ("Ursula von der Leyen").
                    let preposition_before_title = lang == Lang::De
                        && s == "von"
                        && k == last + 2
                        && matches!(tx(last + 1), "der" | "dem" | "den")
                        && k < range.end
                        && {
                            let role_at = |j: usize| {
                                j < range.end
                                    && crate::entities::roles::is_role_word(
                                        tx(j),
                                        folded.get(j),
                                        lang,
                                        lex,
                                    )
                            };
                            // "von der Grazer Journalistin": a town's adjective may come first.
                            role_at(k) || (tx(k).ends_with("er") && role_at(k + 1))
                        };
                    // "le programme AVELO de l'ADEME": an acronym of an acronym names a
                    // programme and its body, two names.
                    let acronym_of_acronym = last == first + 1
                        && is_acronym(tx(first))
                        && k < range.end
                        && is_acronym(&tx(k)[crate::entities::roles::elision_len(tx(k))..]);
                    if k < range.end
                        && k - last <= 2
                        && toks[k].kind == TokenKind::Word
                        && is_capitalised(tx(k))
                        && !acronym_of_acronym
                        && !body_after
                        && !whole_before
                        && !from_town
                        && !preposition_before_title
                    {
                        possessive = strip_possessive(tx(k)).1;
                        last = k + 1;
                        continue;
                    }
                }
                break;
            }
            // A one-word name that opens a longer country or city name may go on in lower
            // case: "République tchèque", "Émirats arabes unis" (lower-case words only);
            // "Dar es Salaam", "Neustadt an der Weinstraße", "Frankfurt am Main" (then one or
            // two capitalised words). The longest phrase the lexicon knows wins.
            // "der Stadt Marbach am Neckar": a German town-hall word before the town.
            let town_word = last == first + 2
                && matches!(
                    folded.get(first),
                    "stadt" | "gemeinde" | "hansestadt" | "kreisstadt" | "marktgemeinde"
                );
            let name_at = if town_word { first + 1 } else { first };
            if !possessive && (last == first + 1 || town_word) {
                let word = |k: usize, capital: bool| {
                    k < range.end
                        && toks[k].kind == TokenKind::Word
                        && is_capitalised(tx(k)) == capital
                        && !text[toks[k - 1].end..toks[k].start].contains('\n')
                };
                let run = |from: usize, max: usize, capital: bool| {
                    (0..max).take_while(|&n| word(from + n, capital)).count()
                };
                // The most tokens after the name, from `lo` to `hi`, whose phrase `known` accepts.
                let longest = |lo: usize, hi: usize, known: &dyn Fn(&str) -> bool| {
                    (lo..=hi).rev().find(|&n| {
                        let phrase = &text[folded.surface_start(name_at)..toks[last + n - 1].end];
                        known(&crate::segment::fold(phrase))
                    })
                };
                let lower = run(last, 3, false);
                if lower > 0 {
                    let start = folded.get(name_at);
                    let country = lex
                        .starts_country(start)
                        .then(|| longest(1, lower, &|p| lex.country_for(p).is_some()))
                        .flatten();
                    // A small town's particle ("Vietri sul Mare", "Dießen am Ammersee") asks
                    // the towns below the gazetteer's size too.
                    let town_particle = matches!(
                        folded.get(last),
                        "sul" | "sur" | "am" | "an" | "im" | "ob" | "bei" | "upon" | "del" | "di"
                    );
                    let added = country.or_else(|| {
                        (lex.starts_city(start) || town_particle)
                            .then(|| {
                                let capitals = run(last + lower, 2, true);
                                longest(lower + 1, lower + capitals, &|p| {
                                    !lex.cities_for(p).is_empty()
                                        || (town_particle && crate::lexicon::town(p).is_some())
                                })
                            })
                            .flatten()
                    });
                    last += added.unwrap_or(0);
                }
            }
            let end_tok = &toks[last - 1];
            let end_text = tx(last - 1);
            let (stem, _) = strip_possessive(end_text);
            // A plural possessive: "NorthStart Ventures' managing partner".
            if !possessive
                && (end_text.ends_with('s') || end_text.ends_with('S'))
                && toks.get(last).is_some_and(|a| a.start == end_tok.end)
            {
                let a = tx(last);
                let word_follows = toks
                    .get(last + 1)
                    .is_some_and(|n| n.kind == TokenKind::Word);
                if (a == "'" || a == "’") && word_follows && last + 1 < range.end {
                    possessive = true;
                }
            }
            // Measured from the token end: the text may have lost an elided article in front.
            let mut end = end_tok.end - (end_text.len() - stem.len());
            // "Erasmus+", "ACR+": a plus sign glued to the end belongs to the name.
            if !possessive {
                if let Some(plus) = toks
                    .get(last)
                    .filter(|p| last < range.end && p.start == end_tok.end && tx(last) == "+")
                {
                    end = plus.end;
                    last += 1;
                }
            }
            // The apostrophe token joins the span so that what follows starts right after it.
            let last = if possessive && !strip_possessive(end_text).1 {
                last + 1
            } else {
                last
            };
            out.push(NameSpan {
                first,
                last,
                sentence: si,
                start: folded.surface_start(first),
                end,
                possessive,
                sentence_initial: first == range.start
                    || starts_after_opening(text, toks, range.start, first),
            });
            i = last;
        }
    }
    out
}

/// True when only opening punctuation (quotes, brackets, list numbering) precedes `first`.
fn starts_after_opening(text: &str, toks: &[Token], from: usize, first: usize) -> bool {
    toks[from..first].iter().all(|t| {
        t.kind == TokenKind::Punct
            && matches!(
                &text[t.start..t.end],
                "“" | "\"" | "‘" | "'" | "«" | "„" | "(" | "[" | "-" | "–" | "•" | "*"
            )
            || t.kind == TokenKind::Number
            // "➡️ Our CEO …": a post's emoji or arrow (with its variation selector).
            || t.kind == TokenKind::Punct && crate::segment::pictographs(&text[t.start..t.end])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{Block, BlockKind, Document, TextFormat};
    use crate::segment::segment;

    fn spans(text: &str) -> Vec<String> {
        let doc = Document {
            id: "t".into(),
            path: "t".into(),
            format: TextFormat::Text,
            text: text.into(),
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                start: 0,
                end: text.len(),
            }],
            warnings: vec![],
            published: None,
            declared_title: None,
        };
        let seg = segment(&doc, Some(Lang::En));
        find(
            text,
            &seg,
            &FoldedTokens::new(text, &seg.tokens),
            Lang::En,
            crate::lexicon::builtin(),
        )
        .iter()
        .map(|s| {
            format!(
                "{}{}",
                &text[s.start..s.end],
                if s.possessive { "+'s" } else { "" }
            )
        })
        .collect()
    }

    #[test]
    fn a_participle_opening_the_sentence_is_no_part_of_a_name() {
        assert_eq!(
            spans("Speaking for the Mastercard Foundation, Kofi Asamoah announced a fund."),
            ["Mastercard Foundation", "Kofi Asamoah"]
        );
        assert_eq!(
            spans("Building Bridges Trust hosted the day."),
            ["Building Bridges Trust"]
        );
        // The Malay patronymic particle: "Farah binti Hassan".
        assert_eq!(
            spans("Later, Farah binti Hassan spoke."),
            ["Later", "Farah binti Hassan"]
        );
    }

    #[test]
    fn finds_names_with_particles_hyphens_and_possessives() {
        assert_eq!(
            spans("Natalia Gkiaouri, policy assistant at the European Commission’s DG GROW, met Anna van der Linde and Jean-Pierre Moreau."),
            ["Natalia Gkiaouri", "European Commission+'s", "DG GROW", "Anna van der Linde", "Jean-Pierre Moreau"]
        );
        assert_eq!(
            spans("The University of Porto hosted J. K. Rowling."),
            ["The University of Porto", "J. K. Rowling"]
        );
    }

    #[test]
    fn a_town_s_particle_between_hyphens_is_inside_the_name() {
        assert_eq!(
            spans("They came from Aix-en-Provence, Stratford-upon-Avon and Vaison-la-Romaine."),
            [
                "They",
                "Aix-en-Provence",
                "Stratford-upon-Avon",
                "Vaison-la-Romaine"
            ]
        );
        // Not a lower-case word after a hyphen that no capitalised part follows.
        assert_eq!(spans("The Paris-based team left."), ["The Paris"]);
    }

    #[test]
    fn a_town_after_a_full_name_and_di_is_where_someone_comes_from() {
        assert_eq!(
            spans("Ne ha parlato Elisa Marengo di Alba con Leonardo da Vinci."),
            ["Ne", "Elisa Marengo", "Alba", "Leonardo da Vinci"]
        );
        assert_eq!(
            spans("Ne ha parlato Elena Rinaldi del Politecnico di Milano."),
            ["Ne", "Elena Rinaldi del Politecnico di Milano"]
        );
    }

    #[test]
    fn acronyms_and_possessives() {
        assert!(is_acronym("ICC"));
        assert!(is_acronym("CO2"));
        assert!(!is_acronym("Nice"));
        assert_eq!(strip_possessive("Aarhus’s"), ("Aarhus", true));
        assert_eq!(strip_possessive("Paris"), ("Paris", false));
    }
}
