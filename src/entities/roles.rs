//! Role grammar: (modifier)* head, with "head of X" style complements, matched on folded
//! tokens against the project's cue lists, in any case ("policy assistant", "Smart City Project
//! Director", "deputy mayor").

use super::folded::{FoldedTokens, Phrase};
use crate::lexicon::{Cue, Lexicons};
use crate::segment::{fold, Lang, Token, TokenKind};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// A role phrase: token range and byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleSpan {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
}

/// Acronyms that are job titles.
const ACRONYM_TITLES: &[&str] = &[
    "ceo", "cto", "cfo", "coo", "cio", "cmo", "cso", "mep", "vp", "evp", "svp", "md", "pdg", "gp",
];

/// Acronyms of fields that open a title ("GIS analyst", "HR manager"), as written: in lower
/// case most are words ("it", "ai").
const FIELD_ACRONYMS: &[&str] = &[
    "IT", "ICT", "GIS", "HR", "AI", "ESG", "UX", "UI", "QA", "CSR", "BIM", "SEO", "PR", "MEAL",
    "WASH", "STEM", "EHS", "HSE",
];

/// Function words after which a head still ends the role ("assistant at", "mayor of").
fn lang_stop(w: &str) -> bool {
    crate::segment::Lang::ALL.iter().any(|l| l.is_stop_word(w))
}

/// Whether an English noun names a job only after a noun naming the trade ("drone operator",
/// "oud player", "lighthouse keeper"); alone it names firms ("the operator") or anyone. A
/// `match`: it is asked of every English word that starts no listed head.
pub(crate) fn compound_only_head(w: &str) -> bool {
    matches!(
        w,
        "operator"
            | "player"
            | "herder"
            | "keeper"
            | "driver"
            | "pilot"
            | "seller"
            | "grower"
            | "worker"
            | "rider"
            | "dealer"
            | "maker"
            | "sorter"
            | "mender"
            | "handler"
            | "builder"
            | "expert"
            // "piano tuner", "bell tuner"
            | "tuner"
    )
}

/// Whether token `p`, before a compound-only head, names a trade: a lower-case noun (or the
/// sentence's capitalised first word), not a function word, participle, adverb or one of
/// the adjectives that rank or place ("key player", "local operator").
fn trade_word(
    text: &str,
    toks: &[Token],
    folded: &FoldedTokens,
    range: &std::ops::Range<usize>,
    p: usize,
) -> bool {
    const NOT_TRADES: &[&str] = &[
        "key",
        "major",
        "main",
        "big",
        "bigger",
        "leading",
        "private",
        "public",
        "local",
        "other",
        "new",
        "small",
        "large",
        "global",
        "national",
        "international",
        "regional",
        "independent",
        "experienced",
        "young",
        "old",
        "first",
        "second",
        "third",
        "former",
        "fellow",
        "same",
        "top",
        "star",
        "best",
        "good",
        "real",
        "great",
        "active",
        "single",
        "sole",
        "only",
        "last",
        "next",
        "few",
        "many",
        "several",
        "every",
        "each",
        "any",
        "team",
        "network",
        "system",
        "grid",
        "market",
        "tour",
        "bus",
        "rail",
        "train",
        "transport",
        "platform",
        "service",
        "mobile",
        "telecom",
        "port",
        "terminal",
        "shop",
        "store",
        "record",
        "decision",
        "policy",
        "home",
        "car",
        "game",
        "slot",
        "goal",
        "professional",
        "amateur",
        "short",
        "practical",
        "quick",
    ];
    let t = &toks[p];
    let w = &text[t.start..t.end];
    let f = folded.get(p);
    t.kind == TokenKind::Word
        && t.end < toks[p + 1].start
        // "Sustainability Expert": a title in title case.
        && (!crate::entities::spans::is_capitalised(w)
            || p == range.start
            || crate::entities::spans::is_capitalised(&text[toks[p + 1].start..toks[p + 1].end]))
        && !crate::entities::spans::is_acronym(w)
        && f.len() > 2
        && !Lang::En.is_stop_word(f)
        // A participle ("trained"), not a noun in "-eed" ("reed maker", "seed grower").
        && (!f.ends_with("ed") || f.ends_with("eed"))
        && !f.ends_with("ing")
        && !f.ends_with("ly")
        && !f.ends_with('s')
        && !NOT_TRADES.contains(&f)
}

/// How many words a head or modifier phrase may have ("chief executive officer").
const MAX_PHRASE: usize = 3;

/// Finds role phrases among `toks[range]`.
pub fn find(
    text: &str,
    toks: &[Token],
    folded: &FoldedTokens,
    range: std::ops::Range<usize>,
    lang: Lang,
    lex: &Lexicons,
) -> Vec<RoleSpan> {
    find_until(text, toks, folded, range, lang, lex, |_| false)
}

/// [`find`], stopping after the first role for which `enough` holds: the roles come in the
/// order of their first tokens (each starts after the one before ends), and nothing found
/// later changes an earlier one, so the roles returned are the first ones `find` returns.
pub fn find_until(
    text: &str,
    toks: &[Token],
    folded: &FoldedTokens,
    range: std::ops::Range<usize>,
    lang: Lang,
    lex: &Lexicons,
    enough: impl Fn(&RoleSpan) -> bool,
) -> Vec<RoleSpan> {
    let word = |i: usize| -> Option<&str> {
        let t = toks.get(i)?;
        (t.kind == TokenKind::Word && i < range.end && i >= range.start).then(|| folded.get(i))
    };
    // A Romance adjective in lower case at token `i` ("sub-regional", "énergétique").
    let lower_adjective = |i: usize| {
        word(i).is_some_and(|w| {
            adjective_like(w)
                && !crate::entities::spans::is_capitalised(&text[toks[i].start..toks[i].end])
        })
    };
    // One buffer for every phrase tested, so that n-grams are not allocated one by one.
    let mut buf = Phrase::default();
    // Whether tokens a..=b, as folded words with glued hyphens kept ("secretary-general"),
    // are in a cue list.
    // A role's first word without an elided article or preposition: "dall’assessora".
    let first_word = |a: usize| {
        let w = folded.get(a);
        // Cut at the folded apostrophe (the folded prefix may be shorter than the surface);
        // most words have none, and are not looked at again.
        match w.bytes().position(|b| b == b'\'') {
            Some(p) if elision_len(&text[toks[a].start..toks[a].end]) > 0 => &w[p + 1..],
            _ => w,
        }
    };
    let mut phrase_is = |a: usize, b: usize, test: &dyn Fn(&str) -> bool| -> bool {
        if b >= toks.len() || b >= range.end || a < range.start {
            return false;
        }
        if a == b {
            return (toks[a].kind != TokenKind::Punct || &text[toks[a].start..toks[a].end] == "-")
                && test(first_word(a));
        }
        let s = buf.clear();
        for i in a..=b {
            let t = &toks[i];
            if t.kind == TokenKind::Punct && &text[t.start..t.end] != "-" {
                return false;
            }
            if i > a && toks[i - 1].end != t.start {
                s.push(' ');
            }
            s.push_str(if i == a { first_word(i) } else { folded.get(i) });
        }
        test(s)
    };
    let mut out: Vec<RoleSpan> = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let is_head = |p: &str| head_or_feminine(lex, lang, p);
        // Most tokens start no role head: skip them before building any phrase.
        let head_end = if lex.starts_role_head(first_word(i)) {
            // Longest head ending at or after i, starting at i.
            (1..=MAX_PHRASE + 2)
                .rev()
                .map(|len| i + len - 1)
                .find(|&b| b < range.end && phrase_is(i, b, &is_head))
        } else {
            // No listed head starts here, so only a woman's "-in" form can be one.
            (matches!(lang, Lang::De | Lang::Nl)
                && folded.get(i).ends_with("in")
                && is_head(folded.get(i))
                || compound_head(
                    &text[toks[i].start..toks[i].end],
                    folded.get(i),
                    lang,
                    lex,
                    &is_head,
                ))
            .then_some(i)
        };
        // "drone operator", "reindeer herder": an English noun that is a job only with the
        // noun before it naming the trade.
        let compound_only = head_end.is_none()
            && lang == Lang::En
            && i > range.start
            && compound_only_head(folded.get(i))
            && trade_word(text, toks, folded, &range, i - 1);
        let Some(mut b) = head_end.or(compound_only.then_some(i)) else {
            i += 1;
            continue;
        };
        // Heads that overlap run on: "Deputy Director" + "Director General" is one title.
        for s in i + 1..=b {
            if lex.starts_role_head(folded.get(s)) {
                if let Some(e) = (b + 1..(s + MAX_PHRASE + 2).min(range.end))
                    .rev()
                    .find(|&e| phrase_is(s, e, &is_head))
                {
                    b = e;
                    break;
                }
            }
        }
        // "Chief Administrative Officer", "Senior Technical Advisor": a Title Case head, up to
        // two capitalised words and another head are one title.
        if crate::entities::spans::is_capitalised(&text[toks[b].start..toks[b].end])
            && !lang.postposes_adjectives()
        {
            let title_word = |k: usize| {
                k < range.end
                    && toks[k].kind == TokenKind::Word
                    && crate::entities::spans::is_capitalised(&text[toks[k].start..toks[k].end])
                    && !crate::entities::spans::is_acronym(&text[toks[k].start..toks[k].end])
                    && toks[k].start > toks[k - 1].end
            };
            if let Some(e) = (b + 2..=b + 3)
                .take_while(|&e| (b + 1..=e).all(title_word))
                .find(|&e| is_head(folded.get(e)) && !(b + 1..e).any(|k| is_head(folded.get(k))))
            {
                b = e;
            }
        }
        // "maestro liutaio", "maestro azulejista": Romance languages juxtapose a master's
        // title and the craft's.
        // "maestra cartaia", "mestre calceteiro": the craft may be one no list holds, known by
        // its ending.
        let craft = |f: &str| {
            let endings: &[&str] = match lang {
                Lang::It => &["aio", "aia", "ista", "iere", "iera"],
                Lang::Pt | Lang::Es => &["eiro", "eira", "ero", "era", "ista"],
                Lang::Fr => &["ier", "iere", "eur", "euse", "iste"],
                _ => &[],
            };
            f.len() >= 6
                && endings.iter().any(|e| f.ends_with(e))
                && !lang.is_stop_word(f)
                // "maestro brasileiro": a nationality says who.
                && lex.country_for_demonym(f).is_none()
        };
        if lang.postposes_adjectives()
            && matches!(
                folded.get(b),
                "maestro" | "maestra" | "mestre" | "mestra" | "maitre" | "maitresse"
            )
            && b + 1 < range.end
            && toks[b + 1].kind == TokenKind::Word
            && !crate::entities::spans::is_capitalised(&text[toks[b + 1].start..toks[b + 1].end])
            && (is_head(folded.get(b + 1)) || craft(folded.get(b + 1)))
        {
            b += 1;
        }
        // "directeur-bestuurder", "Geschäftsführer-Vorstand": two heads hyphenated are one.
        while b + 2 < range.end
            && glued_hyphen(text, toks, b + 1)
            && toks[b + 2].kind == TokenKind::Word
            && is_head(folded.get(b + 2))
        {
            b += 2;
        }
        // Acronyms are heads only when they are titles ("CEO"), not names ("DG GROW").
        let head_text = &text[toks[i].start..toks[b].end];
        if crate::entities::spans::is_acronym(head_text)
            && !ACRONYM_TITLES.contains(&fold(head_text).as_str())
        {
            i = b + 1;
            continue;
        }
        // A head that is also a modifier, before another title word, modifies it: "Deputy
        // City Manager", "deputy mayor"; the next role takes it in from the left.
        // A word that only starts a longer head ("Fire" of "fire marshal") takes nothing in:
        // "Deputy Fire Chief" keeps its "Deputy".
        // Romance languages put modifiers after the head: in "delegada provincial" the head
        // is not a modifier of the adjective after it.
        let next_modifies = word(b + 1)
            .is_some_and(|n| lex.is_cue(Cue::RoleModifier, n) && !lang.postposes_adjectives())
            || (word(b + 1).is_some_and(|n| lex.starts_role_head(n))
                && (b + 1..(b + MAX_PHRASE + 2).min(range.end))
                    .any(|e| phrase_is(b + 1, e, &is_head)));
        if phrase_is(i, b, &|p| lex.is_cue(Cue::RoleModifier, p)) && next_modifies {
            i = b + 1;
            continue;
        }
        // A head followed by a noun is a modifier: "mentor cities", "expert group".
        if let Some(t) = toks.get(b + 1).filter(|_| b + 1 < range.end) {
            let next = &text[t.start..t.end];
            let f = folded.get(b + 1);
            // Romance languages put modifiers after the head; only Germanic compounds
            // ("mentor cities") have the head noun first.
            // Dutch and German write compounds as one word, so a field after the head is its
            // portfolio ("coördinator dijkbewaking"), taken in below.
            let portfolio_next = matches!(lang, Lang::Nl | Lang::De)
                && (is_portfolio(f)
                    || field_noun(f, lex)
                    || dutch_field_before_employer(text, toks, folded, &range, b + 1, lang));
            let noun_like = !lang.postposes_adjectives()
                && !portfolio_next
                && t.kind == TokenKind::Word
                && !crate::entities::spans::is_capitalised(next)
                && !lang_stop(f)
                && !AT.contains(&f)
                && !LINKS.contains(&f)
                // "Microbioloog dr. Annemiek Hoogland": an honorific in lower case.
                && !lex.is_cue(Cue::Honorific, f)
                && !lex.is_cue(Cue::SpeechVerb, f)
                && !lex.is_cue(Cue::PresentationVerb, f)
                && !f.ends_with("ed")
                && !f.ends_with("ly");
            // "A principal conclusão": a head in "-al" that no Romance language lists, before
            // a lower-case word that is no title word, is an adjective of the text's Romance
            // language.
            let foreign_adjective = lang.postposes_adjectives()
                && i == b
                && folded.get(b).ends_with("al")
                && [Lang::Fr, Lang::Es, Lang::It, Lang::Pt]
                    .iter()
                    .all(|&l| !lex.is_cue_in(Cue::RoleHead, folded.get(b), l))
                && !lex.is_cue(Cue::RoleHead, f)
                && !lex.is_cue(Cue::RoleModifier, f)
                && t.kind == TokenKind::Word
                && !crate::entities::spans::is_capitalised(next)
                && !lang_stop(f)
                && !LINKS.contains(&f);
            if noun_like || foreign_adjective {
                i = b + 1;
                continue;
            }
        }
        // Modifiers after the head (Romance languages: "directora ejecutiva", "conseiller
        // technique") and complements ("director of international affairs", "Commissioner for
        // Energy", "Leiterin des Amtes für Statistik").
        loop {
            // "comandante sub-regional": a modifier hyphened onto the adjective after it.
            if lang.postposes_adjectives()
                && b > i
                && glued_hyphen(text, toks, b + 1)
                && lower_adjective(b + 2)
            {
                b += 2;
                continue;
            }
            let Some(w) = word(b + 1) else { break };
            let t = &toks[b + 1];
            if crate::entities::spans::is_capitalised(&text[t.start..t.end]) {
                break;
            }
            // "agrónomo peruano": a nationality says who, not what the role is.
            // "garde champêtre cheffe", "inspector jefe", "ispettore capo": the rank after
            // the head.
            // "director gerente", "alcalde presidente": a second head in apposition.
            if lang.postposes_adjectives()
                && (lex.is_cue(Cue::RoleModifier, w)
                    || adjective_like(w)
                    || matches!(
                        w,
                        "chef"
                            | "cheffe"
                            | "jefe"
                            | "jefa"
                            | "capo"
                            | "chefe"
                            | "gerente"
                            | "presidente"
                            | "presidenta"
                            | "delegado"
                            | "delegada"
                    ))
                && lex.country_for_demonym(w).is_none()
            {
                b += 1;
            } else {
                break;
            }
        }
        // French, Spanish, Italian and Portuguese may juxtapose a field too: "chargée de
        // mission climat", "cheffe de projet mobilité", "responsable comunicazione".
        if lang.postposes_adjectives()
            && b + 1 < range.end
            && toks[b + 1].kind == TokenKind::Word
            && !crate::entities::spans::is_capitalised(&text[toks[b + 1].start..toks[b + 1].end])
            && (romance_field(folded.get(b + 1)) || field_noun(folded.get(b + 1), lex))
        {
            b += 1;
            // "chargée de mission précarité énergétique": the field's own adjective.
            if lower_adjective(b + 1) {
                b += 1;
            }
            // "responsabile ricerca e sviluppo": a second field joined by "and".
            let field = |f: &str| romance_field(f) || field_noun(f, lex);
            if b + 2 < range.end
                && matches!(folded.get(b + 1), "e" | "et" | "y")
                && toks[b + 2].kind == TokenKind::Word
                && field(folded.get(b + 2))
            {
                b += 2;
            }
        }
        // Dutch and German juxtapose the portfolio: "wethouder Klimaat", "Referentin
        // Digitalisierung".
        // German field nouns too: "Leiter Produktentwicklung".
        if matches!(lang, Lang::Nl | Lang::De)
            && b + 1 < range.end
            && toks[b + 1].kind == TokenKind::Word
            && (is_portfolio(folded.get(b + 1))
                || field_noun(folded.get(b + 1), lex)
                || dutch_field_before_employer(text, toks, folded, &range, b + 1, lang))
        {
            b += 1;
            // "Leiterin Forschung und Entwicklung"
            while b + 2 < range.end
                && matches!(folded.get(b + 1), "und" | "en")
                && is_portfolio(folded.get(b + 2))
            {
                b += 2;
            }
        }
        b = complement(text, toks, folded, &range, b, lang, lex);
        // "Assistant Principal (Technical Education), Darlington College": a title-case
        // title's field in parentheses is the title's, not a body.
        let paren = |k: usize| k < range.end && &text[toks[k].start..toks[k].end] == ")";
        if b + 2 < range.end
            && &text[toks[b + 1].start..toks[b + 1].end] == "("
            && crate::entities::spans::is_capitalised(&text[toks[b].start..toks[b].end])
        {
            if let Some(end) = capitalised_field(text, toks, folded, &range, b + 2, lex)
                .filter(|&end| paren(end + 1))
            {
                b = end + 1;
            }
        }
        // Modifiers to the left.
        let mut a = i;
        loop {
            let mut extended = false;
            for len in (1..=MAX_PHRASE).rev() {
                if a < range.start + len {
                    continue;
                }
                let s = a - len;
                let builds_title =
                    |p: &str| lex.is_cue(Cue::RoleModifier, p) || lex.is_cue(Cue::RoleHead, p);
                // "Health and Safety Executive inspector": a capitalised word that ends a
                // name before a head in lower case is the name's, not the title's.
                let cap = |k: usize| {
                    toks[k].kind == TokenKind::Word
                        && crate::entities::spans::is_capitalised(&text[toks[k].start..toks[k].end])
                };
                // A line break ends the name before it: "Jan de Boer⏎Project coordinator".
                let ends_name = !cap(b)
                    && cap(s)
                    && s > range.start
                    && !text[toks[s - 1].end..toks[s].start].contains('\n')
                    && (cap(s - 1)
                        || JOINERS.contains(&folded.get(s - 1))
                            && s - 1 > range.start
                            && cap(s - 2));
                if !ends_name && phrase_is(s, a - 1, &builds_title) {
                    a = s;
                    extended = true;
                    break;
                }
            }
            // "GIS analyst", "IT director": an acronym of a field before the head.
            if !extended
                && a > range.start
                && toks[a - 1].end + 1 == toks[a].start
                && FIELD_ACRONYMS.contains(&&text[toks[a - 1].start..toks[a - 1].end])
            {
                a -= 1;
                extended = true;
            }
            // "senior Android engineer": a product or technology named between a modifier
            // and the head.
            if !extended && !lang.postposes_adjectives() && a >= range.start + 2 {
                let named = &text[toks[a - 1].start..toks[a - 1].end];
                let modifier = &text[toks[a - 2].start..toks[a - 2].end];
                if toks[a - 1].kind == TokenKind::Word
                    && crate::entities::spans::is_capitalised(named)
                    && !modifier.starts_with(char::is_uppercase)
                    && word(a - 2).is_some_and(|m| lex.is_cue(Cue::RoleModifier, m))
                    && lex.cities_for(folded.get(a - 1)).is_empty()
                    && lex.country_for(folded.get(a - 1)).is_none()
                {
                    a -= 2;
                    extended = true;
                }
            }
            // "Station Officer Niamh Cronin", "Watch Manager Dave Price": in Title Case, an
            // English common noun before a capitalised head, before a given name, is the
            // title's field.
            let capital = |k: usize| {
                crate::entities::spans::is_capitalised(&text[toks[k].start..toks[k].end])
            };
            if !extended
                && lang == Lang::En
                && a == i
                && a > range.start
                && b + 1 < range.end
                && toks[a - 1].kind == TokenKind::Word
                // One space: not "PRESENT⏎Cllr Judith Hartley", a heading over a name.
                && &text[toks[a - 1].end..toks[a].start] == " "
                && capital(a)
                && capital(a - 1)
                && capital(b + 1)
                && lex.is_given_name(folded.get(b + 1))
                && crate::lexicon::english_word(folded.get(a - 1))
                && !lex.is_given_name(folded.get(a - 1))
                && lex.cities_for(folded.get(a - 1)).is_empty()
                && lex.country_for(folded.get(a - 1)).is_none()
                && !lang_stop(folded.get(a - 1))
            {
                a -= 1;
                extended = true;
            }
            if !extended {
                break;
            }
        }
        if compound_only && a == i {
            a = i - 1;
        }
        if sentence_case_modifier(text, toks, folded, &range, a, lang, lex) {
            a -= 1;
        }
        a = title_case_apposition(text, toks, folded, &range, a, b, lex, &out);
        // Drop a leading modifier that overlaps a previous role.
        if let Some(prev) = out.last() {
            if prev.last > a {
                a = prev.last;
            }
        }
        let role = RoleSpan {
            first: a,
            last: b + 1,
            start: toks[a].start + elision_len(&text[toks[a].start..toks[a].end]),
            end: toks[b].end,
        };
        let done = enough(&role);
        out.push(role);
        if done {
            break;
        }
        i = b + 1;
    }
    out
}

/// "beleidsadviseur tweewielers bij BOVAG", "docent fietstechniek aan het Summa College": in
/// Dutch a lower-case noun between the head and "bij"/"aan"/"van" before a name is the
/// title's field. Not a verb: most Dutch present forms end in "-t" ("werkt bij"), and the
/// few fields that do ("mobiliteit") are in the field lists.
fn dutch_field_before_employer(
    text: &str,
    toks: &[Token],
    folded: &FoldedTokens,
    range: &std::ops::Range<usize>,
    k: usize,
    lang: Lang,
) -> bool {
    use crate::entities::spans::is_capitalised;
    let word = folded.get(k);
    let mut n = k + 2;
    if n < range.end && matches!(folded.get(n), "het" | "de") {
        n += 1;
    }
    lang == Lang::Nl
        && n < range.end
        && !is_capitalised(&text[toks[k].start..toks[k].end])
        && word.chars().count() >= 5
        && !word.ends_with('t')
        && !lang.is_stop_word(word)
        && matches!(folded.get(k + 1), "bij" | "aan" | "van" | "voor")
        && toks[n].kind == TokenKind::Word
        && is_capitalised(&text[toks[n].start..toks[n].end])
}

/// "Avalanche forecaster Jill Sorensen", "Centre director Martin Hale": the word opening the
/// sentence before a lower-case head is capitalised only for its place; when the text writes
/// it in lower case elsewhere, it is a modifier of the title, not a name.
fn sentence_case_modifier(
    text: &str,
    toks: &[Token],
    folded: &FoldedTokens,
    range: &std::ops::Range<usize>,
    a: usize,
    lang: Lang,
    lex: &Lexicons,
) -> bool {
    use crate::entities::spans::is_capitalised;
    if lang.postposes_adjectives() || a <= range.start || a >= toks.len() {
        return false;
    }
    let m = a - 1;
    let (word, head) = (
        &text[toks[m].start..toks[m].end],
        &text[toks[a].start..toks[a].end],
    );
    let f = folded.get(m);
    let before = text[..toks[m].start]
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back();
    // A table cell ("| Catering manager |", or an HTML cell after a name's: "Tom Hughes,
    // Catering manager, Bristol City Council") is capitalised for its place alone: an English
    // common word there is the title's.
    let closed = toks
        .get(a + 1)
        .is_none_or(|t| matches!(&text[t.start..t.end], "," | ")" | "|"));
    let cell = lang == Lang::En
        && (matches!(before, Some('>' | '|')) || before == Some(',') && closed)
        && crate::lexicon::english_word(f);
    let opens =
        before.is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '\n' | '>' | '|')) || cell;
    opens
        && toks[m].kind == TokenKind::Word
        && is_capitalised(word)
        && !is_capitalised(head)
        && !crate::entities::spans::is_acronym(word)
        && !lang.is_stop_word(f)
        // "Several unit leaders", "Local councillor Ann Bell": a quantity or a place word.
        && !matches!(
            f,
            "several" | "many" | "some" | "most" | "all" | "both" | "few" | "various"
                | "numerous" | "each" | "every" | "other" | "our" | "their" | "these"
                | "those" | "fellow" | "local" | "new" | "two" | "three" | "four" | "five"
        )
        && !lex.is_given_name(f)
        && lex.cities_for(f).is_empty()
        && lex.country_for(f).is_none()
        && lex.country_for_demonym(f).is_none()
        && (cell || written_in_lower_case(text, word))
}

/// Whether token text `t`, right after a person's name, opens an apposition that holds the
/// person's role: a comma, a parenthesis, or an attendee list's dash ("Imran Siddiqui –
/// Apprenticeship Hub Coordinator, DBC").
pub(crate) fn opens_apposition(t: &str) -> bool {
    matches!(t, "," | "(" | "–" | "—")
}

/// Where a Title Case role that fills an apposition on its own starts: the capitalised words
/// before its head belong to it ("Omar Haddad, Division Head, General Internal Medicine",
/// "(Company Secretary, minutes)", "staff physician and Sepsis Quality Lead,"), although they
/// are no modifiers the cue lists know. Returns `a` unchanged unless the phrase runs from
/// what opens an apposition ([`opens_apposition`]) or an "and" after another role, to a
/// comma, a closing parenthesis or the sentence's end, and holds no acronym or town that is
/// no common word.
#[allow(clippy::too_many_arguments)]
fn title_case_apposition(
    text: &str,
    toks: &[Token],
    folded: &FoldedTokens,
    range: &std::ops::Range<usize>,
    a: usize,
    b: usize,
    lex: &Lexicons,
    out: &[RoleSpan],
) -> usize {
    use crate::entities::spans::{is_acronym, is_capitalised};
    let tx = |i: usize| &text[toks[i].start..toks[i].end];
    // The sentence's own full stop ends it too: "Minutes taken by Siân Roberts, Branch
    // Secretary."
    let ends = b + 1 >= range.end
        || matches!(tx(b + 1), "," | ")" | ";")
        || (b + 2 >= range.end && matches!(tx(b + 1), "." | "!"));
    if !is_capitalised(tx(a)) || !ends {
        return a;
    }
    let mut s = a;
    while s > range.start && a - s < 3 {
        let p = s - 1;
        let t = tx(p);
        let f = folded.get(p);
        if toks[p].kind != TokenKind::Word
            || !is_capitalised(t)
            || is_acronym(t)
            // A town named like a word stays in the title: "Apprenticeship Hub Coordinator".
            || lex.unambiguous_city(f)
            || lex.country_for(f).is_some()
            || &text[toks[p].end..toks[p + 1].start] != " "
        {
            break;
        }
        s = p;
    }
    if s == a || s == range.start {
        return a;
    }
    let before = s - 1;
    let boundary = match tx(before) {
        t if opens_apposition(t) => true,
        "and" | "&" => out.last().is_some_and(|r| r.last == before),
        _ => false,
    };
    if boundary {
        s
    } else {
        a
    }
}

/// The length of an elided article or preposition glued to a lower-case word ("l’", "dall’",
/// "d'"), which is not part of a role: "dall’assessora alla mobilità" → "assessora …".
pub fn elision_len(s: &str) -> usize {
    for (i, c) in s.char_indices().take(6) {
        if c == '’' || c == '\'' {
            let (head, rest) = (&s[..i], &s[i + c.len_utf8()..]);
            let elided = (!head.is_empty() && head.chars().all(char::is_lowercase)
                || crate::entities::spans::CAPITAL_ELISIONS.contains(&head))
                && rest.chars().next().is_some_and(char::is_lowercase);
            return if elided { i + c.len_utf8() } else { 0 };
        }
    }
    0
}

/// Whether a folded phrase is a role head of the lists, and no generic attendee word of the
/// language.
fn listed_head(lex: &Lexicons, lang: Lang, p: &str) -> bool {
    lex.is_cue(Cue::RoleHead, p) && !lex.is_cue_in(Cue::GenericGroup, p, lang)
}

/// Whether one word is a role head, as listed or as a compound ending in one
/// ("Käsermeister").
pub(crate) fn is_role_word(surface: &str, folded: &str, lang: Lang, lex: &Lexicons) -> bool {
    // German forms a woman's title with "-in", which the job lists often leave out
    // ("Technikerin", "Seilbahntechnikerin").
    let is_head = |p: &str| head_or_feminine(lex, lang, p);
    is_head(folded) || compound_head(surface, folded, lang, lex, &is_head)
}

/// A listed head, or a German woman's title formed from one with "-in", which the job lists
/// often leave out ("Technikerin", "Seilbahntechnikerin").
fn head_or_feminine(lex: &Lexicons, lang: Lang, p: &str) -> bool {
    listed_head(lex, lang, p)
        // Dutch too: "Herderin".
        || matches!(lang, Lang::De | Lang::Nl)
            && p.strip_suffix("in")
                .is_some_and(|m| m.len() >= 5 && listed_head(lex, lang, m))
}

/// German and Dutch write a role's field into one word with its head: "Digitalministerin",
/// "Hauptgeschäftsführer", "klimaatadviseur", "crisisonderzoeker". A noun ending in a role
/// head of at least five letters, after at least three letters, is a role head.
fn compound_head(
    surface: &str,
    w: &str,
    lang: Lang,
    lex: &Lexicons,
    is_head: &dyn Fn(&str) -> bool,
) -> bool {
    let noun = match lang {
        Lang::De => crate::entities::spans::is_capitalised(surface),
        Lang::Nl => true,
        _ => false,
    };
    // "Leeuwarden" is a town, not a "-warden".
    let town = || !lex.cities_for(w).is_empty() || crate::lexicon::town(w).is_some();
    noun && w.len() >= 8
        && w.chars().all(char::is_alphabetic)
        && w.char_indices().skip(3).any(|(k, _)| {
            // "Fraktionschef", "Konzernchef": the one short head compounds take.
            // "Jugendwart", "Kassenwartin": club officers.
            (w.len() - k >= 5 || matches!(&w[k..], "chef" | "wart"))
                && (is_head(&w[k..]) || COMPOUND_TAILS.contains(&&w[k..]))
        })
        && !town()
}

/// Heads that name attendees on their own ("die Vertreter der Kommunen", "deskundigen") but
/// a function at the end of a compound ("Herstellervertreter", "Restauratiedeskundige").
const COMPOUND_TAILS: &[&str] = &[
    "vertreter",
    "vertreterin",
    "vertegenwoordiger",
    "vertegenwoordigster",
    "deskundige",
    "expert",
    "experte",
    "expertin",
    "wart",
    // "Gemeindeschwester", "jongerenwerker": a sister, or a worker, alone.
    "schwester",
    "werker",
    "wartin",
];

/// Words that link a role head to its complement ("of", "for", "de", "für", "voor").
const LINKS: &[&str] = &[
    "of", "for", "de", "del", "della", "dello", "dei", "degli", "delle", "di", "du", "des", "da",
    "do", "dos", "das", "en", "fur", "voor", "van", "al", "alla", "pour", "para", "der", "des",
    "vom", "zur", "zum", "chargé", "chargée", "on", "au", "aux", "ai", "agli", "allo", "alle",
    // "Ministro per l’Istruzione", "assessora per le politiche sociali".
    "per",
];

/// "tejedora de la parroquia", "gérant du cinéma", "parroco della parrocchia", "woordvoerder
/// van de organisatie": in the Romance languages and Dutch, a place of work ([`WORKPLACES`],
/// a generic body) named in lower case after the singular definite article is where the role
/// is held, not what it is. The list's words are singular: plurals name a domain
/// ("responsabile dei progetti internazionali"). `b` is the role's last token.
/// `word` is [`complement`]'s: the surface and folded form of a word token in the range.
fn singular_place_after_article<'t>(
    word: &impl Fn(usize) -> Option<(&'t str, &'t str)>,
    b: usize,
    lang: Lang,
) -> bool {
    let Some((_, link)) = word(b + 1) else {
        return false;
    };
    // "adjointe chargée du commerce": what the holder is in charge of (folded).
    if word(b).is_some_and(|(_, f)| matches!(f, "charge" | "chargee")) {
        return false;
    }
    let contracted: &[&str] = match lang {
        // Not "au", "alla": "to the" gives a portfolio ("assistente alla regia").
        Lang::Fr => &["du"],
        Lang::Es => &["del"],
        Lang::It => &["del", "della", "dello"],
        Lang::Pt => &["do", "da"],
        _ => &[],
    };
    let article: &[&str] = match lang {
        Lang::Fr => &["la"],
        Lang::Es => &["la", "el"],
        Lang::Nl => &["de", "het"],
        _ => &[],
    };
    let noun = if contracted.contains(&link) {
        b + 2
    } else if matches!(
        (lang, link),
        (Lang::Fr | Lang::Es, "de") | (Lang::Nl, "van")
    ) && word(b + 2).is_some_and(|(_, a)| article.contains(&a))
    {
        b + 3
    } else {
        return false;
    };
    let Some((surface, w)) = word(noun) else {
        return false;
    };
    !crate::entities::spans::is_capitalised(surface)
        && (WORKPLACES.contains(&w)
            || GENERIC_BODIES.contains(&w)
            || lang == Lang::Nl && w.len() > 6 && w.ends_with("school"))
}

/// Places of work named in lower case (folded), in the Romance languages and Dutch: "gérant
/// du cinéma", "parroco della parrocchia". Not the fields and programmes a title may name
/// ("direttore del personale", "coordinadora del programa"), nor bodies, whose keyword may
/// open a committee the title heads ("presidente del comitato").
const WORKPLACES: &[&str] = &[
    // French
    "paroisse",
    "cinema",
    "refuge",
    "bar",
    "zone",
    "cave",
    "brigade",
    "cathedrale",
    "espace",
    "cabane",
    "atelier",
    "musee",
    "bibliotheque",
    "ecole",
    "college",
    "lycee",
    "hopital",
    "clinique",
    "ferme",
    "restaurant",
    "hotel",
    "usine",
    "chantier",
    "port",
    "marche",
    "theatre",
    "caserne",
    "gare",
    "village",
    "quartier",
    "domaine",
    "chateau",
    "abbaye",
    // Spanish
    "parroquia",
    "cine",
    "refugio",
    "zona",
    "bodega",
    "brigada",
    "catedral",
    "espacio",
    "taller",
    "museo",
    "biblioteca",
    "bibliobus",
    "escuela",
    "colegio",
    "hospital",
    "clinica",
    "granja",
    "restaurante",
    "fabrica",
    "puerto",
    "mercado",
    "teatro",
    "cuartel",
    "estacion",
    "pueblo",
    "barrio",
    "finca",
    // Italian
    "parrocchia",
    "rifugio",
    "cantina",
    "brigata",
    "cattedrale",
    "spazio",
    "laboratorio",
    "scuola",
    "ospedale",
    "fattoria",
    "ristorante",
    "albergo",
    "fabbrica",
    "porto",
    "mercato",
    "caserma",
    "stazione",
    "paese",
    "quartiere",
    "borgo",
    "castello",
    "abbazia",
    "bottega",
    // Portuguese
    "paroquia",
    "adega",
    "espaco",
    "oficina",
    "museu",
    "escola",
    "quinta",
    "estacao",
    "quartel",
    "aldeia",
    "bairro",
    "colonia",
    // Dutch
    "parochie",
    "bioscoop",
    "kathedraal",
    "bibliotheek",
    "ziekenhuis",
    "boerderij",
    "fabriek",
    "haven",
    "markt",
    "kazerne",
    "dorp",
    "wijk",
    "werkplaats",
    "organisatie",
    "stichting",
];

/// Words that say where a role is held, which no stop-word list has: the complement ends there
/// ("… pour les collectivités chez Orange").
const AT: &[&str] = &[
    "at", "chez", "bij", "bei", "beim", "presso", "junto", "with", "from", "aan",
];

/// Words that join parts of a complement ("Statistik und Wahlen").
pub(crate) const JOINERS: &[&str] = &["and", "und", "y", "e", "et", "en", "&", "i"];

/// A Romance past participle in lower case ("formada", "diplômée", "laureato") followed by a
/// preposition of place or agent ("na", "à", "presso", "pela").
fn romance_participle_before_place(surface: &str, w: &str, lang: Lang, next: Option<&str>) -> bool {
    // Nouns share the endings ("mercato", "mobilidade"): only the verbs of training and
    // settling that recaps use so.
    const STEMS: &[&str] = &[
        "form",
        "diplom",
        "licenci",
        "gradu",
        "laure",
        "especializ",
        "specializ",
        "nacid",
        "nascid",
        "basad",
        "basead",
        "radic",
        "instal",
        "establ",
        "estabelec",
        "sediad",
    ];
    lang.postposes_adjectives()
        && w.len() > 5
        && surface.chars().next().is_some_and(char::is_lowercase)
        && STEMS.iter().any(|s| w.starts_with(s))
        && (["ada", "ado", "ida", "ido", "ata", "ato", "ita", "ito"]
            .iter()
            .any(|e| w.ends_with(e))
            || lang == Lang::Fr && (surface.ends_with('é') || surface.ends_with("ée")))
        && next.is_some_and(|n| {
            matches!(
                n,
                "na" | "no"
                    | "nas"
                    | "nos"
                    | "em"
                    | "en"
                    | "a"
                    | "al"
                    | "alla"
                    | "allo"
                    | "nella"
                    | "nel"
                    | "presso"
                    | "pela"
                    | "pelo"
                    | "por"
                    | "dans"
                    | "au"
                    | "aux"
            )
        })
}

/// Adjective endings of Romance languages, for modifiers after a head.
pub(crate) fn adjective_like(w: &str) -> bool {
    // Adjectives without those endings: "écrivain public", "funcionario público"; "técnica
    // superior", "technicien supérieur".
    let listed = matches!(
        w,
        "public"
            | "publique"
            | "publico"
            | "publica"
            | "pubblico"
            | "pubblica"
            | "superior"
            | "superiore"
            | "superieur"
            | "superieure"
            // "vereadora da Proteção Civil", "Protezione Civile", "génie civil"
            | "civil"
            | "civile"
            | "civiles"
            | "civis"
    );
    (listed || [
        "al", "ale", "ivo", "iva", "ique", "ico", "ica", "aire", "ario", "aria", "el", "elle",
        "eur", "rice", "ista", "ive", "onomo", "onoma", "onome",
        // "ingénieure forestière", "directeur financier", "éducateur sportif".
        "ier", "iere", "if",
        // "Seguridad Ciudadana", "Desarrollo Urbano", "Recursos Humanos".
        "ano", "ana", "anos", "anas",
        // "conseiller viticole", "técnico agrícola", "tecnico agricolo".
        "icole", "icola", "icolo",
    ]
    .iter()
    .any(|e| {
        // "Relaciones Internacionales": a plural adjective too.
        let singular = w.strip_suffix("es").filter(|b| b.ends_with('l')).unwrap_or(w);
        [w, singular]
            .iter()
            .any(|w| w.len() > e.len() + 2 && w.ends_with(e))
    }))
        // "chef pâtissier dell'atelier Hanamori": after "of the" a noun says whose, not what
        // kind ("assessore all'urbanistica" keeps its portfolio).
        && !["dell'", "dell’", "dall'", "dall’"]
            .iter()
            .any(|p| w.starts_with(p))
}

/// Extends a role ending at token `b` over a complement; returns the new last token. A
/// complement stops at punctuation, articles (what follows "director of the" is an
/// affiliation), places and names, so that "Mayor of Porto" keeps Porto as the affiliation.
fn complement(
    text: &str,
    toks: &[Token],
    folded: &FoldedTokens,
    range: &std::ops::Range<usize>,
    b: usize,
    lang: Lang,
    lex: &Lexicons,
) -> usize {
    let word_at = |i: usize| -> Option<(&str, &str)> {
        let t = toks.get(i)?;
        (i < range.end && t.kind == TokenKind::Word).then(|| (&text[t.start..t.end], folded.get(i)))
    };
    let Some((link_surface, link)) = word_at(b + 1) else {
        return b;
    };
    // "casaro da quarant'anni": Italian "da" before a duration says since when, not what
    // (the other languages' "since" is no link).
    let duration = |k: usize| {
        toks.get(k).is_some_and(|t| {
            k < range.end
                && (t.kind == TokenKind::Number
                    || ["anni", "ans", "anos", "años", "years", "jahren", "jaar"]
                        .iter()
                        .any(|y| folded.get(k).ends_with(y)))
        })
    };
    if link == "da" && (duration(b + 2) || duration(b + 3)) {
        return b;
    }
    // "assessore all'agricoltura": a portfolio after "alla" elided onto it.
    if lang == Lang::It
        && ["all'", "all’"].iter().any(|p| link.starts_with(p))
        && elision_len(link_surface) > 0
    {
        return complement(text, toks, folded, range, b + 1, lang, lex).max(b + 1);
    }
    // English "in" names a field only: "senior lecturer in civil engineering" (a place after it
    // stops the complement below). French "à" ("adjointe à la culture") folds to a word of
    // other languages, so its accent decides.
    if !(LINKS.contains(&link) || link == "in" && lang == Lang::En || link_surface == "à") {
        return b;
    }
    // "owner of two cafés", "titolare di due gelaterie": a count says what the holder has,
    // not what the role is.
    let counted = toks.get(b + 2).is_some_and(|t| {
        b + 2 < range.end
            && matches!(t.kind, TokenKind::Word | TokenKind::Number)
            && crate::entities::recognise::small_count(folded.get(b + 2))
    });
    if counted {
        return b;
    }
    if singular_place_after_article(&word_at, b, lang) {
        return b;
    }
    if let Some(end) = portfolio_run(text, toks, folded, range, b, lex) {
        return end;
    }
    let mut last = b;
    let mut i = b + 2;
    let mut words = 0;
    // German: the article after the link belongs to the complement ("des Amtes").
    if lang == Lang::De || lang == Lang::Nl {
        if let Some((_, w)) = word_at(i) {
            if matches!(w, "der" | "des" | "dem" | "den" | "het" | "de") && link != "de" {
                i += 1;
            }
        }
    }
    while let Some((surface, w)) = word_at(i) {
        if words >= 6 {
            break;
        }
        // "historiadora da arte e investigadora da Universidade": a second title after "and"
        // is a role of its own, not part of the first one's field.
        if JOINERS.contains(&w)
            && word_at(i + 1).is_some_and(|(s, f)| {
                !crate::entities::spans::is_capitalised(s) && head_or_feminine(lex, lang, f)
            })
        {
            break;
        }
        if JOINERS.contains(&w) || LINKS.contains(&w) {
            i += 1;
            continue;
        }
        // "head of Asia-Pacific", "progetti in America Latina": a world region is the role's
        // portfolio, not where it is held.
        let region_at = |k: usize| word_at(k).is_some_and(|(s, f)| world_region(s, f));
        if world_region(surface, w) || (words > 0 && REGION_LINKS.contains(&w) && region_at(i + 1))
        {
            last = if region_at(i) { i } else { i + 1 };
            i = last + 1;
            while region_at(i) || (glued_hyphen(text, toks, i) && region_at(i + 1)) {
                last = if region_at(i) { i } else { i + 1 };
                i = last + 1;
            }
            // What follows the region says where: "… in America Latina della rete".
            break;
        }
        if AT.contains(&w) {
            break;
        }
        // "designer de joalharia formada na Escola …": a participle before where says how the
        // holder came to it, not what the role is.
        if romance_participle_before_place(surface, w, lang, word_at(i + 1).map(|(_, f)| f)) {
            break;
        }
        // "directeur de l'OFSPO": the name after an elided article is the affiliation.
        let whole = surface;
        let surface = match surface.find(['’', '\'']) {
            Some(p) if p <= 5 && surface[..p].chars().all(char::is_lowercase) => {
                &surface[p + surface[p..].chars().next().map_or(1, char::len_utf8)..]
            }
            _ => surface,
        };
        // "présidente de l'association": an elided article before a lone body word points
        // back to a body named before, as "the project" does (see `described_function`).
        // "coordinatrice de l'épicerie solidaire de Maurs": an adjective after the body word
        // still describes the body.
        if words == 0 && surface.len() < whole.len() && lone_body_word(&w[elision_len(w)..], lex) {
            let more = word_at(i + 1).is_some_and(|(s, f)| {
                !crate::entities::spans::is_capitalised(s)
                    && !Lang::ALL.iter().any(|l| l.is_stop_word(f))
                    && (!lang.postposes_adjectives() || !adjective_like(f))
            });
            if !more {
                break;
            }
        }
        // "general manager of a bus cooperative": after an indefinite article the words say
        // what kind of body the affiliation is, not the function.
        if lang == Lang::En && w == "a" {
            break;
        }
        // "secrétaire général du ministère de l'Enseignement supérieur": a body's lower-case
        // head opens the affiliation.
        if words == 0
            && !crate::entities::spans::is_capitalised(surface)
            && crate::entities::recognise::lower_case_head(&w[elision_len(w)..])
        {
            break;
        }
        let capital = crate::entities::spans::is_capitalised(surface);
        // A town too small for the gazetteer too: "Leiterin Technik der Zermatt Bergbahnen".
        // "Cabinet Member for Economy": a portfolio that some small town is also named after
        // (Economy, Pennsylvania) is the portfolio; a city the gazetteer knows stays a place.
        let place = lex.country_for(w).is_some()
            || !lex.cities_for(w).is_empty()
            || (capital && crate::lexicon::town(w).is_some() && !is_portfolio(w));
        let stop = Lang::ALL.iter().any(|l| l.is_stop_word(w)) && !surface.contains(['’', '\'']);
        // Only right after the first link or a link of purpose: a second "of" names where
        // ("coordinador de gobierno digital de la prefectura"), a "for" says what for
        // ("directrice des solutions pour les collectivités").
        let purpose = matches!(
            folded.get(i - 1),
            "for" | "pour" | "para" | "per" | "fur" | "voor"
        );
        // "assistant in the room": after "in" an article says where, not what.
        if stop && link == "in" {
            break;
        }
        if stop && DEFINITE_ARTICLES.contains(&w) && (words == 0 || purpose) {
            if let Some(end) = described_function(text, toks, folded, range, i, lex) {
                last = end;
                words += end - i;
                i = end + 1;
                continue;
            }
        }
        // An article ends the role: what follows is the affiliation ("director of the X").
        if stop || (capital && place && !lex.is_cue(Cue::RoleModifier, w)) {
            break;
        }
        // "Geschäftsführer der Schmittenhöhebahn AG": a name before a legal form is the
        // affiliation.
        // "Geschäftsführerin der Dorfladen Helpershain eG": up to three capitalised words.
        // "Bauteilbörse Bodensee e.V.": the tokeniser leaves the last period of a dotted form
        // out of its word, which the list writes with it.
        let suffix = |f: &str| {
            lex.is_cue(Cue::OrgSuffix, f)
                || f.contains('.') && lex.is_cue(Cue::OrgSuffix, &format!("{f}."))
        };
        let suffix_after = (i + 1..i + 4)
            .map_while(word_at)
            .take_while(|(s, f)| crate::entities::spans::is_capitalised(s) || suffix(f))
            .any(|(_, f)| suffix(f));
        if capital && suffix_after {
            break;
        }
        // "Leiter der Emil-Kraus-Stiftung": a hyphened name that ends in a body's word is the
        // affiliation; the complement must not end inside it.
        if capital && glued_hyphen(text, toks, i + 1) {
            let mut k = i + 2;
            while glued_hyphen(text, toks, k + 1) {
                k += 2;
            }
            if word_at(k).is_some_and(|(_, f)| body_word(f, lex) || german_body_tail(f, 0)) {
                break;
            }
        }
        // "Advisor for Project Implementation at …": a title-case head takes in a whole
        // run that names a field, even one that opens with a body's word.
        let title_case = crate::entities::spans::is_capitalised(&text[toks[b].start..toks[b].end]);
        if capital && title_case && body_word(w, lex) {
            if let Some(end) = capitalised_field(text, toks, folded, range, i, lex) {
                words += end + 1 - i;
                last = end;
                i = end + 1;
                continue;
            }
        }
        // "Ministro per l’Istruzione": the field after an elided article.
        let unelided = &w[elision_len(w)..];
        let field = is_portfolio(unelided) || field_noun(unelided, lex);
        // "concejala de Transición Ecológica": an adjective after a field is part of it.
        let field_adjective = words > 0
            && last == i - 1
            && adjective_like(w)
            && folded.get(last).len() > 3
            && (is_portfolio(folded.get(last)) || field_noun(folded.get(last), lex));
        // "founder of Second Page Literacy": a capitalised ordinal opens a name.
        let ordinal = matches!(w, "first" | "second" | "third" | "fourth" | "fifth");
        if capital
            && (ordinal
                || !(lang == Lang::De
                    || lex.is_cue(Cue::RoleModifier, w)
                    || field
                    || field_adjective))
        {
            // "Professor of Critical Care Medicine", "Director of Fares and Ticketing"; after
            // a head in lower case a name in capitals is where ("director of Kids First").
            if let Some(end) = title_case
                .then(|| capitalised_field(text, toks, folded, range, i, lex))
                .flatten()
            {
                words += end + 1 - i;
                last = end;
                i = end + 1;
                continue;
            }
            break;
        }
        // An acronym or a municipality word starts the affiliation: "director of CICM",
        // "Chief Digital Officer der Stadt Nürnberg".
        // "presidente di ANCeSCAO": capitals with a small letter inside are an acronym too.
        let mixed_acronym = surface.chars().take(2).all(char::is_uppercase)
            && surface.chars().filter(|c| c.is_uppercase()).count() >= 3;
        if crate::entities::spans::is_acronym(surface) || mixed_acronym || city_word(w, lang) {
            break;
        }
        // German: "Direktor des städtischen Unternehmens Tbilservice Group": a body word
        // followed by a name describes the affiliation (other languages stop at the capital).
        // "Programmleiter der Deutschen Gesellschaft für …": a name's adjective before a body
        // word starts the affiliation.
        if lang == Lang::De
            && capital
            && german_inflected(w)
            && word_at(i + 1).is_some_and(|(_, f)| body_word(f, lex) || german_body_compound(f))
        {
            return b;
        }
        // "directeur-bestuurder van woningcorporatie Stadsgoed", "director of housing
        // association Hestia": in every language a body word before a name says what kind of
        // body the affiliation is.
        // "chef pâtissier dell'atelier Hanamori": a kind of business, after an elided article.
        let bare = &w[elision_len(w)..];
        let business = crate::entities::recognise::BODY_DESCRIPTORS.contains(&bare);
        if body_word(w, lex) || german_body_compound(w) || dutch_body_compound(w) || business {
            let next = word_at(i + 1);
            // Not the name of the role's holder: "regional director for public-sector
            // partnerships Arjun Mehra".
            if next.is_some_and(|(s, f)| {
                crate::entities::spans::is_capitalised(s)
                    && !LINKS.contains(&f)
                    && !JOINERS.contains(&f)
                    && (lang == Lang::De || !lex.is_given_name(f))
            }) {
                return b;
            }
        }
        if lex.is_cue(Cue::OrgKeyword, w) && capital && lang != Lang::De {
            break;
        }
        last = i;
        words += 1;
        i += 1;
        // "head of cash-based transfers": a hyphenated compound goes on.
        if !capital && i + 1 < range.end && glued_hyphen(text, toks, i) {
            i += 1;
        }
    }
    // "concejala de Educación, Infancia y Juventud": a portfolio of several fields, listed
    // in capitals after the first, ends with "and" and the last one.
    if last > b && lang.postposes_adjectives() && field_noun(folded.get(last), lex) {
        let field_at = |k: usize| {
            word_at(k).is_some_and(|(s, f)| {
                crate::entities::spans::is_capitalised(s)
                    && !crate::entities::spans::is_acronym(s)
                    && lex.cities_for(f).is_empty()
                    && lex.country_for(f).is_none()
                    && !lex.is_given_name(f)
                    && !lex.is_cue(Cue::OrgKeyword, f)
            })
        };
        let mut k = last + 1;
        while k + 1 < range.end && &text[toks[k].start..toks[k].end] == "," && field_at(k + 1) {
            k += 2;
        }
        let and = word_at(k).is_some_and(|(_, f)| JOINERS.contains(&f));
        let closed = |e: usize| e >= range.end || toks[e].kind == TokenKind::Punct;
        // "gerente de Estadísticas y Mercados": two fields in capitals need no list before.
        let listed = k > last + 1 || field_at(last);
        if listed && and && field_at(k + 1) && closed(k + 2) {
            last = k + 1;
        }
    }
    if last > b && ampersand_after(text, toks, range, last) {
        return b;
    }
    // "directrice du festival Voix d'Été": a body word right before a name describes that
    // name, which is the affiliation; the role is the head alone.
    let body = lex.is_cue(Cue::OrgKeyword, folded.get(last))
        || lex.is_cue(Cue::EventKeyword, folded.get(last));
    if last > b
        && body
        && word_at(last + 1).is_some_and(|(s, _)| crate::entities::spans::is_capitalised(s))
    {
        return b;
    }
    last
}

/// Whether a German word has the ending of an inflected adjective ("Deutschen",
/// "Österreichischen", "bayerische").
pub(crate) fn german_inflected(w: &str) -> bool {
    ["en", "e", "er", "es", "em"].iter().any(|e| w.ends_with(e))
}

/// Where a run of capitalised words from token `i` ends when it names a field: its last word
/// is a field ("Critical Care Medicine", "Fares and Ticketing"), and no word is an acronym, a
/// place or a body's word, which would make the run an affiliation ("of Acme Foundation").
fn capitalised_field(
    text: &str,
    toks: &[Token],
    folded: &FoldedTokens,
    range: &std::ops::Range<usize>,
    i: usize,
    lex: &Lexicons,
) -> Option<usize> {
    use crate::entities::spans::{is_acronym, is_capitalised};
    let mut k = i;
    let mut last = None;
    // A body's word ("Technologies", "Project") may be a field's when the affiliation
    // follows the run: "Head of Advanced Technologies and Digital Transformation at DG GROW".
    let mut body_word = false;
    while k < range.end && k < i + 6 && toks[k].kind == TokenKind::Word {
        let surface = &text[toks[k].start..toks[k].end];
        let w = folded.get(k);
        // "… Promotional Activities at DG GROW": a function word after the run ends it.
        if k > i && !is_capitalised(surface) && Lang::ALL.iter().any(|l| l.is_stop_word(w)) {
            break;
        }
        body_word |= lex.is_cue(Cue::OrgKeyword, w);
        // "Fares and Ticketing": a word joined to a field is one of a list of fields, even
        // one that is also a given name ("Fares").
        let joined_to_field = k + 2 < range.end
            && JOINERS.contains(&folded.get(k + 1))
            && is_capitalised(&text[toks[k + 2].start..toks[k + 2].end])
            && (super::recognise::field_word(folded.get(k + 2))
                || field_noun(folded.get(k + 2), lex));
        if !is_capitalised(surface)
            || is_acronym(surface)
            || lex.country_for(w).is_some()
            || !lex.cities_for(w).is_empty()
            || lex.is_cue(Cue::OrgSuffix, w)
            || lex.is_cue(Cue::EventKeyword, w)
            || (lex.is_given_name(w) && !joined_to_field)
        {
            return None;
        }
        let field = super::recognise::field_word(w) || field_noun(w, lex);
        // "Parks and Open Spaces": a common word before a field's word describes the field
        // ("Dockside Digital" is a name).
        let before_field = crate::lexicon::english_word(w)
            && k + 1 < range.end
            && toks[k + 1].kind == TokenKind::Word
            && is_capitalised(&text[toks[k + 1].start..toks[k + 1].end])
            && (super::recognise::field_word(folded.get(k + 1))
                || field_noun(folded.get(k + 1), lex));
        // A word the text never writes in lower case is a name's ("Head of Siemens Energy").
        if !(field
            || before_field
            || joined_to_field
            || lex.is_cue(Cue::OrgKeyword, w)
            || lex.is_cue(Cue::RoleModifier, w)
            || adjective_like(w)
            // "Advanced Technologies", "Applied Research": a participle before a field.
            || (w.len() > 5 && w.ends_with("ed"))
            || written_in_lower_case(text, surface))
        {
            return None;
        }
        last = Some(k);
        k += 1;
        if k + 1 < range.end
            && JOINERS.contains(&folded.get(k))
            && toks[k + 1].kind == TokenKind::Word
        {
            k += 1;
        }
    }
    // The run must end here: a capitalised word after a joiner left out would go on.
    let end = last?;
    // "… at DG GROW", "…, Department of Entrepreneurship".
    let affiliation_after = || {
        let surface = |n: usize| &text[toks[n].start..toks[n].end];
        (end + 1 < range.end && AT.contains(&folded.get(end + 1)))
            || (end + 2 < range.end
                && surface(end + 1) == ","
                && toks[end + 2].kind == TokenKind::Word
                && is_capitalised(surface(end + 2)))
    };
    let field_end =
        super::recognise::field_word(folded.get(end)) || field_noun(folded.get(end), lex);
    (field_end && (!body_word || affiliation_after())).then_some(end)
}

/// "Cabinet Member for Sustainable Places", "Minister for Local Growth": after an English
/// title in title case that holds a portfolio, the capitalised run after "for" is the
/// portfolio, whatever its words; for other heads a run must end in a field's word (see
/// [`capitalised_field`]). An acronym, a place, an honorific, a given name (but "Young
/// People") or two words that look like the holder's name after a field's word end the run.
/// Returns the run's last token.
fn portfolio_run(
    text: &str,
    toks: &[Token],
    folded: &FoldedTokens,
    range: &std::ops::Range<usize>,
    b: usize,
    lex: &Lexicons,
) -> Option<usize> {
    use crate::entities::spans::{is_acronym, is_capitalised};
    let surface = |k: usize| &text[toks[k].start..toks[k].end];
    let word = |k: usize| k < range.end && toks[k].kind == TokenKind::Word;
    let holder = match folded.get(b) {
        "member" | "members" => {
            b > range.start && matches!(folded.get(b - 1), "cabinet" | "executive" | "lead")
        }
        "holder" => b > range.start && folded.get(b - 1) == "portfolio",
        "minister" | "spokesperson" | "spokesman" | "spokeswoman" => true,
        _ => false,
    };
    if !holder || !is_capitalised(surface(b)) || !word(b + 1) || folded.get(b + 1) != "for" {
        return None;
    }
    let field =
        |k: usize| super::recognise::field_word(folded.get(k)) || field_noun(folded.get(k), lex);
    let name_word = |k: usize| {
        word(k)
            && is_capitalised(surface(k))
            && !is_acronym(surface(k))
            && lex.country_for(folded.get(k)).is_none()
            && lex.cities_for(folded.get(k)).iter().all(|c| c.ambiguous)
            // "Children and Young People": a given name before "People" or a field is none.
            && (!lex.is_given_name(folded.get(k))
                || word(k + 1) && (folded.get(k + 1) == "people" || field(k + 1)))
            // "State Minister for Energy Hon. Agnes Nakibuule"
            && !lex.is_cue(Cue::Honorific, folded.get(k))
    };
    let mut k = b + 2;
    let mut last = None;
    while name_word(k) {
        // "Minister for Local Transport Olumide Bankole": two words that end the run after a
        // field's word, neither a field's, are the name of the holder the lexicon lacks.
        if last.is_some_and(field)
            && name_word(k + 1)
            && !name_word(k + 2)
            && !field(k)
            && !field(k + 1)
        {
            break;
        }
        last = Some(k);
        // "Adult Social Care and Health", "Culture & Tourism"
        if word(k + 2) && JOINERS.contains(&folded.get(k + 1)) && name_word(k + 2) {
            k += 2;
        } else {
            k += 1;
        }
    }
    last
}

/// Whether the text writes `word` in lower case somewhere, as a word of its own. Asked only of
/// the few capitalised words after a role's link, so a scan of the text is cheap enough.
pub(crate) fn written_in_lower_case(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    text.match_indices(lower.as_str()).any(|(p, _)| {
        let before = text[..p].chars().next_back();
        let after = text[p + lower.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A capitalised word whose ending makes it an abstract or collective noun, which names a
/// field, not a body: "Director of International Relations", "Chief of Obstetrics", "Head of
/// Ticketing", "Commissioner for Climate Action". No portfolio list can hold every field, but
/// names of bodies, people and places rarely end so; body words that do ("Foundation",
/// "Consulting") are cues and stay out, and towns stop the complement before this test.
/// Not "-ities": networks are named so ("Eurocities").
pub(crate) fn field_noun(w: &str, lex: &Lexicons) -> bool {
    // Folded, so "Planificación" ends in "cion", "Interculturalidad" in "dad".
    const ENDINGS: &[&str] = &[
        "tion",
        "tions",
        "sion",
        "sions",
        "ics",
        // Spanish and Portuguese plural: "Estadísticas", "Políticas".
        "icas",
        "ment",
        "ments",
        "ship",
        "ships",
        "ance",
        "ence",
        "cion",
        "ciones",
        "cao",
        "coes",
        "zione",
        "zioni",
        "dad",
        "dade",
        "ismo",
        "isme",
        "ologia",
        "ologie",
        "ology",
        "ologies",
        "heid",
        // Dutch fields: "geneeskunde", "biologie", "economie", "pedagogiek", "didactiek".
        "kunde",
        "logie",
        "omie",
        "giek",
        "tiek",
        "ung",
        "heit",
        "keit",
        "beheer",
        "beleid",
        // German field compounds: "Energiewende", "Klimaschutz", "Kreislaufwirtschaft".
        "wende",
        "schutz",
        "politik",
        "wirtschaft",
        "technik",
        "kultur",
        "wesen",
        "verkehr",
        "mobilitat",
        "logistik",
        "recht",
    ];
    // Endings that shorter words share ("visite", "vita"): only in longer words.
    const LONG_ENDINGS: &[&str] = &["menti", "ita", "ite"];
    // "-ing" only in longer words: "Ticketing", "Fundraising", not "Boeing".
    w.len() >= 6
        && w.bytes().all(|c| c.is_ascii_lowercase())
        && (ENDINGS.iter().any(|e| w.ends_with(e))
            || (w.len() >= 8 && w.ends_with("ing"))
            || (w.len() >= 7 && LONG_ENDINGS.iter().any(|e| w.ends_with(e))))
        && !lex.is_cue(Cue::OrgKeyword, w)
        && !lex.is_cue(Cue::EventKeyword, w)
}

/// Whether "&" and a capitalised word follow token `last`: the complement ran into a firm's
/// name ("Geschäftsführer des Maschinenbauers Kessler & Voigt GmbH"), which is the
/// affiliation; German lets a complement run over capitals, so only the "&" tells.
fn ampersand_after(
    text: &str,
    toks: &[Token],
    range: &std::ops::Range<usize>,
    last: usize,
) -> bool {
    let tx = |i: usize| &text[toks[i].start..toks[i].end];
    last + 2 < range.end
        && tx(last + 1) == "&"
        && crate::entities::spans::is_capitalised(tx(last + 2))
}

/// Prepositions before a world region in a role ("in America Latina").
const REGION_LINKS: &[&str] = &["in", "en", "em", "im", "na", "nel", "nella"];

/// Names of world regions, folded, capitalised in the text: portfolios of a role.
fn world_region(surface: &str, w: &str) -> bool {
    crate::entities::spans::is_capitalised(surface)
        && matches!(
            w,
            "europe"
                | "europa"
                | "asia"
                | "asie"
                | "asien"
                | "africa"
                | "afrique"
                | "afrika"
                | "america"
                | "americas"
                | "amerique"
                | "amerika"
                | "latina"
                | "latin"
                | "oceania"
                | "pacific"
                | "caribbean"
                | "mediterranean"
                | "balkans"
                | "scandinavia"
                | "nordics"
                | "emea"
                | "apac"
                | "latam"
                | "benelux"
        )
}

/// Whether token `i` is a hyphen glued to the words on both sides ("Asia-Pacific").
pub(crate) fn glued_hyphen(text: &str, toks: &[Token], i: usize) -> bool {
    i > 0
        && toks.get(i + 1).is_some_and(|n| {
            let t = &toks[i];
            &text[t.start..t.end] == "-" && toks[i - 1].end == t.start && t.end == n.start
        })
}

/// Definite articles, after which a complement may go on ("head of the public procurement
/// office"). Folded.
pub(crate) const DEFINITE_ARTICLES: &[&str] = &[
    "the", "le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli", "o", "a", "os", "as",
    "het",
];

/// After a link and the article at `at`, lower-case words that describe a function ("of the
/// public procurement office", "pour les collectivités") belong to the role; returns the last
/// of them. Not when a name follows them ("of the engineering firm Calder & Moss": the firm is
/// the affiliation), nor a lone body word, which points back to a body named before ("the
/// communication manager of the project").
fn described_function(
    text: &str,
    toks: &[Token],
    folded: &FoldedTokens,
    range: &std::ops::Range<usize>,
    at: usize,
    lex: &Lexicons,
) -> Option<usize> {
    let mut k = at + 1;
    while k < range.end && k < at + 5 {
        let t = &toks[k];
        let w = folded.get(k);
        if t.kind != TokenKind::Word
            || crate::entities::spans::is_capitalised(&text[t.start..t.end])
            || Lang::ALL.iter().any(|l| l.is_stop_word(w))
            || LINKS.contains(&w)
            || AT.contains(&w)
            || lex.is_cue(Cue::SpeechVerb, w)
            || lex.is_cue(Cue::PresentationVerb, w)
        {
            break;
        }
        k += 1;
    }
    let n = k - at - 1;
    let name_follows = toks.get(k).is_some_and(|t| {
        k < range.end
            && t.kind == TokenKind::Word
            && crate::entities::spans::is_capitalised(&text[t.start..t.end])
    });
    let lone_body = n == 1 && lone_body_word(folded.get(at + 1), lex);
    // "chair of the owners' association Haus & Grund": a possessive that owns a body's word
    // ends the function; the body is where the role is held ("director of the children's
    // services team" keeps its field).
    let apostrophe = k < range.end && matches!(&text[toks[k].start..toks[k].end], "'" | "’");
    let owned = if apostrophe { k + 1 } else { k };
    let possessive = (apostrophe
        || crate::entities::spans::strip_possessive(&text[toks[k - 1].start..toks[k - 1].end]).1)
        && owned < range.end
        && lex.is_cue(Cue::OrgKeyword, folded.get(owned));
    (n >= 1 && !name_follows && !lone_body && !possessive).then_some(k - 1)
}

/// A singular body word, folded ("project", "association", "municipality"): alone after an
/// article it points back to a body named before. Plural ones ("pour les collectivités") name
/// no one body.
fn lone_body_word(w: &str, lex: &Lexicons) -> bool {
    !w.ends_with('s')
        && (lex.is_cue(Cue::OrgKeyword, w)
            || lex.is_cue(Cue::EventKeyword, w)
            || CITY_WORDS.contains(&w)
            || GENERIC_BODIES.contains(&w))
}

/// Common nouns for a body that no cue list holds as a name's keyword (folded): "directrice de
/// l'organisme", "coordinatrice de l'épicerie".
const GENERIC_BODIES: &[&str] = &[
    "organisme",
    "epicerie",
    "structure",
    "etablissement",
    "entreprise",
    "boutique",
    "magasin",
    "organismo",
    "entidad",
    "empresa",
    "tienda",
    "ente",
    "azienda",
    "negozio",
    "entidade",
    "loja",
    "organisation",
    "organization",
];

/// A town-hall word, also as the end of a German or Dutch compound ("Landeshauptstadt",
/// "hoofdstad").
pub(crate) fn city_word(w: &str, lang: Lang) -> bool {
    CITY_WORDS.contains(&w)
        || (matches!(lang, Lang::De | Lang::Nl)
            && ["stadt", "gemeinde", "stad", "gemeente"]
                .iter()
                .any(|c| w.len() > c.len() + 2 && w.ends_with(c)))
}

/// A German compound ending in a word for a body, in the genitive or not
/// ("Reinigungsbetriebs", "Wasserverbands", "Stadtwerke").
pub(crate) fn german_body_compound(w: &str) -> bool {
    german_body_tail(w, 4)
}

/// Whether a German word ends in a kind of body after at least `head` more letters; a part
/// after a hyphen needs none ("Emil-Kraus-Werkstätten").
pub(crate) fn german_body_tail(w: &str, head: usize) -> bool {
    const TAILS: &[&str] = &[
        "betrieb",
        "unternehmen",
        "verband",
        "gesellschaft",
        "werk",
        "werke",
        "agentur",
        "amt",
        "institut",
        "stiftung",
        "verein",
        "kammer",
        "bank",
        "konzern",
        "zentrum",
        "behorde",
        "gericht",
        "vereinigung",
        "bund",
        "akademie",
        "ministerium",
        "genossenschaft",
        // "Glasfachschule Lauscha", "Fachhochschule", "Glasmuseum", "Glashütte am Steinbach".
        "schule",
        "museum",
        "hutte",
        // Craft guilds: "Flößerzunft", "Bäckerinnung", "Schützengilde".
        "zunft",
        "innung",
        "gilde",
        // Workshops and makers: "Bürstenmanufaktur", "Möbelfabrik", "Klosterbrauerei".
        "manufaktur",
        "fabrik",
        "werkstatt",
        "werkstatten",
        "brauerei",
        "kellerei",
        "druckerei",
        "gartnerei",
        "schreinerei",
        "tischlerei",
        "backerei",
        "weberei",
        "verlag",
        // Offices: "Planungsbüro", "Ingenieurbüro".
        "buro",
        // Dutch: "sensorbedrijf", "ingenieursbureau".
        "bedrijf",
    ];
    let stem = w
        .strip_suffix("es")
        .filter(|s| TAILS.iter().any(|t| s.ends_with(t)))
        .or_else(|| w.strip_suffix('s'))
        .unwrap_or(w);
    TAILS
        .iter()
        .any(|t| stem.len() >= t.len() + head && stem.ends_with(t))
}

/// A word for a body (company, festival, office), also in the German genitive ("Unternehmens",
/// "Amtes").
pub fn body_word(w: &str, lex: &Lexicons) -> bool {
    let is_body = |w: &str| lex.is_cue(Cue::OrgKeyword, w) || lex.is_cue(Cue::EventKeyword, w);
    is_body(w)
        || w.strip_suffix("es").is_some_and(is_body)
        || w.strip_suffix('s').is_some_and(is_body)
}

/// Whether a Dutch word is a compound ending in a kind of body ("woningcorporatie").
pub(crate) fn dutch_body_compound(w: &str) -> bool {
    const TAILS: &[&str] = &[
        "corporatie",
        "vereniging",
        "stichting",
        "cooperatie",
        "organisatie",
        "instituut",
        "maatschappij",
        "bedrijf",
        "bureau",
        "fonds",
        "dienst",
        // "Nationaal Vlechtmuseum"
        "museum",
    ];
    TAILS
        .iter()
        .any(|t| w.len() > t.len() + 2 && w.ends_with(t))
}

/// Words for a town hall: what follows them is a place, not part of a role.
const CITY_WORDS: &[&str] = &[
    "city",
    "town",
    "municipality",
    "stadt",
    "gemeinde",
    "ville",
    "ciudad",
    "cidade",
    "citta",
    "comune",
    "stad",
    "gemeente",
    "council",
    "municipio",
    "municipalidad",
    "municipalite",
    "commune",
    "concelho",
    "concello",
    "circonscription",
];

/// Portfolio nouns that follow "Minister of", "Commissioner for", "Secretary of" in title case.
/// Whether a folded word is one of `PORTFOLIOS`.
pub fn is_portfolio(w: &str) -> bool {
    PORTFOLIO_SET.contains(w)
}

/// `PORTFOLIOS` as a set: looked up for many tokens, and a scan of the list compared a word
/// with each of its entries.
static PORTFOLIO_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| PORTFOLIOS.iter().copied().collect());

/// Whether a folded word is one of [`ROMANCE_FIELDS`], in the singular or the plural
/// ("chargée de mission mobilités").
fn romance_field(f: &str) -> bool {
    ROMANCE_FIELDS.contains(&f)
        || f.strip_suffix('s')
            .is_some_and(|x| ROMANCE_FIELDS.contains(&x))
}

/// Fields a French, Spanish, Italian or Portuguese title may name right after its head
/// (folded), besides the nouns `field_noun` knows by their endings.
const ROMANCE_FIELDS: &[&str] = &[
    "climat",
    "clima",
    "mobilite",
    "mobilidad",
    "mobilidade",
    "mobilita",
    "culture",
    "cultura",
    "environnement",
    "ambiente",
    "energie",
    "energia",
    "sante",
    "salud",
    "saude",
    "salute",
    "logement",
    "vivienda",
    "habitacao",
    "numerique",
    "digital",
    "digitale",
    "transport",
    "transporte",
    "transportes",
    "trasporti",
    "tourisme",
    "turismo",
    "jeunesse",
    "juventud",
    "juventude",
    "sport",
    "sports",
    "deporte",
    "deportes",
    "desporto",
    "urbanisme",
    "urbanismo",
    "marketing",
    "finances",
    "finanzas",
    "financas",
    "finanze",
    "eau",
    "agua",
    "acqua",
    "dechets",
    "residuos",
    "rifiuti",
    "biodiversite",
    "biodiversidad",
    "biodiversidade",
    "biodiversita",
    "patrimoine",
    "patrimonio",
    "social",
    "sociale",
    "rh",
    "export",
    "ventes",
    "ventas",
    "vendite",
    "vendas",
    "ricerca",
    "sviluppo",
    "recherche",
    "acquisti",
    "achats",
    "compras",
];

pub const PORTFOLIOS: &[&str] = &[
    // Research and teaching in the Romance languages (folded): "pró-reitora de Pesquisa",
    // "prorettore alla Ricerca", "vice-présidente Recherche".
    "pesquisa",
    "ricerca",
    "recherche",
    "ensino",
    "extensao",
    "energy",
    "innovation",
    "climate",
    "economic",
    "economy",
    "development",
    "affairs",
    "finance",
    "health",
    "education",
    "transport",
    "mobility",
    "housing",
    "culture",
    "environment",
    "digital",
    "planning",
    "sustainability",
    "research",
    "communications",
    "policy",
    "strategy",
    "operations",
    "technology",
    "data",
    "international",
    "public",
    "social",
    "urban",
    "works",
    "infrastructure",
    "justice",
    "interior",
    "agriculture",
    "tourism",
    "trade",
    "industry",
    "employment",
    "labour",
    "labor",
    "science",
    "security",
    "defence",
    "defense",
    "water",
    "foreign",
    "regional",
    "local",
    "government",
    "budget",
    "equality",
    "youth",
    "sport",
    "transformation",
    "engagement",
    "partnerships",
    "programmes",
    "programs",
    "sales",
    "marketing",
    "product",
    "products",
    "engineering",
    "design",
    "statistics",
    "estates",
    "facilities",
    "nursing",
    "workforce",
    "quality",
    "safety",
    "risk",
    "legal",
    "people",
    "planejamento",
    "planeamento",
    "planeamiento",
    // "Head of Active Travel", "Director of Parks and Waste", "Head of Libraries".
    "travel",
    "cycling",
    "walking",
    "parks",
    "waste",
    "libraries",
    "heritage",
    "procurement",
    "wellbeing",
    "resilience",
    // Portfolios in the other corpus languages ("concejala de Movilidad", "assessora alla
    // Cultura", "wethouder Klimaat").
    "movilidad",
    "mobilite",
    "mobilita",
    "mobilidade",
    "mobiliteit",
    "mobilitat",
    "cultura",
    "cultuur",
    "kultur",
    "urbanismo",
    "urbanisme",
    "urbanistica",
    "ambiente",
    "medio ambiente",
    "environnement",
    "umwelt",
    "milieu",
    "hacienda",
    "finances",
    "finanzas",
    "finanze",
    "financas",
    "financien",
    "finanzen",
    "economia",
    "economie",
    "wirtschaft",
    "educacion",
    "educacao",
    "istruzione",
    "onderwijs",
    "bildung",
    "sanidad",
    "salud",
    "saude",
    "sante",
    "sanita",
    "gesundheit",
    "zorg",
    "deportes",
    "sports",
    "turismo",
    "tourisme",
    "vivienda",
    "habitacao",
    "logement",
    "wonen",
    "wohnen",
    "juventud",
    "jeunesse",
    "giovani",
    "jeugd",
    "igualdad",
    "transporte",
    "transportes",
    "transports",
    "trasporti",
    "verkehr",
    "innovacion",
    "innovacao",
    "innovazione",
    "klimaat",
    "klima",
    "clima",
    "climat",
    "energie",
    "energia",
    "duurzaamheid",
    "nachhaltigkeit",
    "digitalisierung",
    "digitalisering",
    "participacion",
    "participation",
    "seguridad",
    "securite",
    "sicurezza",
    "veiligheid",
    "bienestar",
    "welzijn",
    "patrimonio",
    "patrimoine",
    "erfgoed",
    "forschung",
    "entwicklung",
    "vertrieb",
    "onderzoek",
    "ontwikkeling",
    // German and Dutch business functions ("Bereichsleiterin Personal", "hoofd Inkoop").
    "personal",
    "einkauf",
    "kommunikation",
    "logistik",
    "recht",
    "inkoop",
    "communicatie",
    "personeelszaken",
];

impl Lang {
    /// Whether adjectives usually follow the noun.
    pub(crate) fn postposes_adjectives(self) -> bool {
        matches!(self, Lang::Fr | Lang::Es | Lang::Pt | Lang::It)
    }
}
