//! The recogniser: classifies name spans with the gazetteers and context cues, finds roles,
//! links people to roles and affiliations and cities to countries, and merges mentions into
//! one entity per canonical name.

use super::roles::{self, RoleSpan};
use super::spans::{self, is_acronym, is_capitalised, strip_possessive, NameSpan};
use super::{Entity, EntityKind, Mention};
use crate::input::{BlockKind, Document};
use crate::lexicon::{Cue, Lexicons};
use crate::segment::{fold, Segmented, Token, TokenKind};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Population above which an ambiguous city name needs only one weak cue.
const BIG_CITY: u64 = 100_000;

/// A classified mention before merging.
#[derive(Debug, Clone)]
struct Found {
    kind: EntityKind,
    name: String,
    start: usize,
    end: usize,
    sentence: usize,
    country: Option<String>,
    role: Option<String>,
    affiliation: Option<String>,
}

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    seg: &'a Segmented,
    lex: &'a Lexicons,
}

impl Ctx<'_> {
    fn tx(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }
    fn folded(&self, i: usize) -> String {
        fold(self.tx(i))
    }
    fn span_text(&self, s: &NameSpan) -> &str {
        &self.text[s.start..s.end]
    }
    /// Previous word token in the same sentence, skipping nothing.
    fn prev_word(&self, s: &NameSpan, n: usize) -> Option<String> {
        let range = &self.seg.sentences[s.sentence].tokens;
        let i = s.first.checked_sub(n)?;
        (i >= range.start && self.toks[i].kind == TokenKind::Word).then(|| self.folded(i))
    }
    fn prev_punct(&self, s: &NameSpan) -> Option<&str> {
        let range = &self.seg.sentences[s.sentence].tokens;
        let i = s.first.checked_sub(1)?;
        (i >= range.start && self.toks[i].kind == TokenKind::Punct).then(|| self.tx(i))
    }
    fn next_tok(&self, s: &NameSpan, n: usize) -> Option<&str> {
        let range = &self.seg.sentences[s.sentence].tokens;
        let i = s.last + n;
        (i < range.end).then(|| self.tx(i))
    }
}

/// What a span looks like before context decides.
fn country_of_span(ctx: &Ctx, s: &NameSpan) -> Option<String> {
    let t = fold(ctx.span_text(s));
    let t = t.strip_prefix("the ").unwrap_or(&t);
    ctx.lex
        .country_for(t)
        .map(|_| ctx.span_text(s).trim_start_matches("the ").to_string())
}

/// Whether any word or run of up to three words of the span is in a cue list.
fn has_cue_token(ctx: &Ctx, s: &NameSpan, cue: Cue) -> bool {
    let words: Vec<String> = (s.first..s.last)
        .filter(|&i| ctx.toks[i].kind == TokenKind::Word || is_acronym(ctx.tx(i)))
        .map(|i| fold(strip_possessive(ctx.tx(i)).0))
        .collect();
    (1..=3).any(|n| words.windows(n).any(|w| ctx.lex.is_cue(cue, &w.join(" "))))
}

/// Whether the span's last one to three words are in a cue list ("ICC City Lab").
fn ends_with_cue(ctx: &Ctx, s: &NameSpan, cue: Cue) -> bool {
    let words: Vec<String> = (s.first..s.last)
        .filter(|&i| ctx.toks[i].kind == TokenKind::Word)
        .map(|i| fold(strip_possessive(ctx.tx(i)).0))
        .collect();
    (1..=3.min(words.len())).any(|n| ctx.lex.is_cue(cue, &words[words.len() - n..].join(" ")))
}

/// Recognises entities in one document.
pub fn recognise(doc: &Document, seg: &Segmented, lex: &Lexicons) -> Vec<Entity> {
    let ctx = Ctx {
        text: &doc.text,
        toks: &seg.tokens,
        seg,
        lex,
    };
    let mut spans = spans::find(&doc.text, seg, seg.lang);
    // Honorifics and sentence-initial common words are not part of names.
    for s in spans.iter_mut() {
        while s.last - s.first > 1 {
            let w = ctx.folded(s.first);
            let w = w.trim_end_matches('.');
            let drop = lex.is_cue(Cue::Honorific, w)
                || (s.sentence_initial && seg.lang.is_stop_word(w))
                || w == "the";
            if !drop {
                break;
            }
            s.first += 1;
            // Skip a period after an abbreviated title ("Dr.").
            if s.first < s.last && ctx.tx(s.first) == "." {
                s.first += 1;
            }
            s.start = seg.tokens[s.first].start;
        }
    }
    let headings: HashSet<usize> = seg
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, x)| matches!(doc.blocks[x.block].kind, BlockKind::Heading { .. }))
        .map(|(i, _)| i)
        .collect();

    // Countries named anywhere in the document help pick and confirm cities.
    let mut doc_countries: HashSet<String> = HashSet::new();
    for s in &spans {
        if let Some(c) = ctx
            .lex
            .country_for(fold(ctx.span_text(s)).trim_start_matches("the "))
        {
            doc_countries.insert(c.cc.clone());
        }
    }

    // Acronym definitions: "Intelligent Cities Challenge (ICC)".
    let mut acronyms: HashMap<String, String> = HashMap::new();
    for (k, s) in spans.iter().enumerate() {
        if s.last - s.first < 2 || ctx.next_tok(s, 0) != Some("(") {
            continue;
        }
        if let (Some(acr), Some(")")) = (ctx.next_tok(s, 1), ctx.next_tok(s, 2)) {
            if is_acronym(acr) && initials_match(ctx.span_text(s), acr) {
                acronyms.insert(acr.to_string(), ctx.span_text(&spans[k]).to_string());
            }
        }
    }

    let mut found: Vec<Found> = Vec::new();
    let mut person_spans: Vec<(NameSpan, usize)> = Vec::new(); // span, index into found
    for (k, s) in spans.iter().enumerate() {
        let name = ctx.span_text(s).to_string();
        if name.is_empty() {
            continue;
        }
        let n_tokens = (s.first..s.last)
            .filter(|&i| seg.tokens[i].kind == TokenKind::Word)
            .count();
        let folded = fold(&name);
        let push = |found: &mut Vec<Found>, kind, name: String| {
            found.push(Found {
                kind,
                name,
                start: s.start,
                end: s.end,
                sentence: s.sentence,
                country: None,
                role: None,
                affiliation: None,
            });
        };
        // Acronym used after its definition, or defined here.
        if let Some(full) = acronyms.get(&name) {
            push(&mut found, EntityKind::Organisation, full.clone());
            continue;
        }
        if acronyms.values().any(|f| f == &name) {
            push(&mut found, EntityKind::Organisation, name);
            continue;
        }
        // Countries.
        if let Some(c) = country_of_span(&ctx, s) {
            push(&mut found, EntityKind::Country, c);
            continue;
        }
        // Role phrases in title case: "Business Developer", "Smart City Project Director".
        let role_spans = roles::find(ctx.text, ctx.toks, s.first..s.last, lex);
        if let Some(r) = role_spans.first() {
            if r.first == s.first && r.last == s.last {
                continue; // handled by the role pass
            }
        }
        // Events are not entities; "City of Porto" names the city.
        if ends_with_cue(&ctx, s, Cue::EventKeyword)
            || (has_cue_token(&ctx, s, Cue::EventKeyword)
                && !has_cue_token(&ctx, s, Cue::OrgKeyword))
        {
            continue;
        }
        if let Some(rest) = folded
            .strip_prefix("city of ")
            .or_else(|| folded.strip_prefix("municipality of "))
        {
            if let Some(city) = best_city(&ctx, rest, &doc_countries) {
                let _ = city;
                let words: Vec<&str> = name.splitn(3, ' ').collect();
                push(
                    &mut found,
                    EntityKind::City,
                    words.get(2).copied().unwrap_or(&name).to_string(),
                );
                continue;
            }
        }
        if has_cue_token(&ctx, s, Cue::OrgKeyword) || has_cue_token(&ctx, s, Cue::OrgSuffix) {
            push(&mut found, EntityKind::Organisation, name);
            continue;
        }
        // Cities.
        if let Some(ci) = best_city(&ctx, &folded, &doc_countries) {
            let form = lex
                .cities_for(&folded)
                .iter()
                .find(|f| f.city == ci)
                .copied();
            let city = &lex.cities[ci as usize];
            let ambiguous = form.is_some_and(|f| f.ambiguous);
            let cue = city_cue(&ctx, s, &spans, k, &doc_countries, &city.cc);
            let person_like = n_tokens == 1 && next_is_surname(&ctx, s);
            let accept = !person_like
                && !headings.contains(&s.sentence)
                && match (ambiguous, cue) {
                    (false, _) => {
                        !s.sentence_initial
                            || n_tokens > 1
                            || cue > 0
                            || !lex.is_given_name(&folded)
                    }
                    (true, c) => {
                        c >= 2 || (c >= 1 && city.population >= BIG_CITY && !s.sentence_initial)
                    }
                };
            if accept {
                push(&mut found, EntityKind::City, name);
                continue;
            }
        }
        // Acronyms alone are organisations.
        if n_tokens == 1
            && is_acronym(&name)
            && name.chars().count() <= 8
            && !is_generic_acronym(&name)
        {
            if !lex.cities_for(&folded).is_empty() || headings.contains(&s.sentence) {
                continue;
            }
            push(&mut found, EntityKind::Organisation, name);
            continue;
        }
        // People.
        if n_tokens >= 2 && looks_like_person(&ctx, s) && !headings.contains(&s.sentence) {
            person_spans.push((*s, found.len()));
            push(&mut found, EntityKind::Person, name);
            continue;
        }
        // Multi-word names with an organisation shape ("DG GROW", "Technopolis Group").
        if n_tokens >= 2
            && (s.first..s.last).any(|i| is_acronym(ctx.tx(i)))
            && !headings.contains(&s.sentence)
        {
            push(&mut found, EntityKind::Organisation, name);
        }
    }

    // Surname-only mentions of known people: "Rasmussen added".
    let mut surnames: HashMap<String, String> = HashMap::new();
    for f in found.iter().filter(|f| f.kind == EntityKind::Person) {
        if let Some(last) = f.name.split_whitespace().last() {
            surnames
                .entry(last.to_string())
                .or_insert_with(|| f.name.clone());
        }
    }
    for s in &spans {
        if s.last - s.first != 1 {
            continue;
        }
        let (stem, _) = strip_possessive(ctx.tx(s.first));
        if let Some(full) = surnames.get(stem) {
            if !found.iter().any(|f| f.start <= s.start && s.end <= f.end) {
                found.push(Found {
                    kind: EntityKind::Person,
                    name: full.clone(),
                    start: s.start,
                    end: s.start + stem.len(),
                    sentence: s.sentence,
                    country: None,
                    role: None,
                    affiliation: None,
                });
            }
        }
    }

    // Roles, and relations of people to roles and affiliations.
    let mut role_found: Vec<(RoleSpan, usize)> = Vec::new();
    for (si, sentence) in seg.sentences.iter().enumerate() {
        for r in roles::find(ctx.text, ctx.toks, sentence.tokens.clone(), lex) {
            role_found.push((r, si));
        }
    }
    for (r, si) in &role_found {
        found.push(Found {
            kind: EntityKind::Role,
            name: ctx.text[r.start..r.end].to_string(),
            start: r.start,
            end: r.end,
            sentence: *si,
            country: None,
            role: None,
            affiliation: None,
        });
    }
    link_people(&ctx, &spans, &person_spans, &role_found, &mut found);
    link_cities(&ctx, &spans, &mut found);
    merge(found, lex)
}

/// Acronyms of things rather than bodies: they are never organisations on their own.
const GENERIC_ACRONYMS: &[&str] = &[
    "AI", "IT", "ICT", "GDP", "KPI", "KPIS", "NGO", "NGOS", "SME", "SMES", "R&D", "PHD", "EV",
    "EVS", "IOT", "API", "APIS", "LED", "PPP", "ESG", "SDG", "SDGS", "GHG", "ROI", "HR", "PR",
    "Q&A", "FAQ", "USD", "EUR", "GBP", "CEO", "CTO", "CFO", "COO", "MEP", "MEPS", "PDF", "URL",
    "GIS", "BIM", "LNG", "PV", "HIV", "AIDS", "COVID", "TB", "ICU", "MRI", "CT", "DNA", "STEM",
    "NB", "PS", "TV", "OK", "VR", "AR", "XR", "UX", "UI", "SaaS", "CSV", "JSON", "HTML", "GPU",
    "CPU", "LLM", "LLMS", "NLP", "ML", "OSS", "FTE", "CO", "NOX", "PM", "AM",
];

fn is_generic_acronym(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
        || GENERIC_ACRONYMS.iter().any(|a| a.eq_ignore_ascii_case(s))
}

/// Whether the initials of `full` spell the acronym (allowing skipped small words).
fn initials_match(full: &str, acr: &str) -> bool {
    let initials: String = full
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let acr_letters: String = acr.chars().filter(|c| c.is_alphabetic()).collect();
    initials.contains(&acr_letters)
        || acr_letters.len() >= 2 && initials.starts_with(&acr_letters[..1])
}

fn best_city(ctx: &Ctx, folded: &str, doc_countries: &HashSet<String>) -> Option<u32> {
    let forms = ctx.lex.cities_for(folded);
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
    spans: &[NameSpan],
    k: usize,
    doc_countries: &HashSet<String>,
    cc: &str,
) -> u32 {
    let mut cues = 0;
    if let Some(w) = ctx.prev_word(s, 1) {
        if ctx.lex.is_cue(Cue::Locative, &w) {
            cues += 1;
        }
    }
    // "Nice (France)", "Split, Croatia".
    let next_country = spans
        .get(k + 1)
        .filter(|n| n.sentence == s.sentence && n.first <= s.last + 1)
        .and_then(|n| country_of_span(ctx, n));
    if next_country.is_some() && matches!(ctx.next_tok(s, 0), Some("(") | Some(",")) {
        cues += 2;
    }
    if doc_countries.contains(cc) {
        cues += 1;
    }
    // In a list of cities: the neighbouring span is a known, unambiguous city.
    for n in [k.checked_sub(1), Some(k + 1)].into_iter().flatten() {
        if let Some(o) = spans.get(n) {
            if o.sentence == s.sentence && o.first.abs_diff(s.last) <= 4
                || o.last.abs_diff(s.first) <= 4
            {
                let f = fold(ctx.span_text(o));
                if ctx.lex.cities_for(&f).first().is_some_and(|c| !c.ambiguous) {
                    cues += 1;
                    break;
                }
            }
        }
    }
    if ctx.prev_punct(s) == Some("(") {
        cues += 0;
    }
    cues
}

fn next_is_surname(ctx: &Ctx, s: &NameSpan) -> bool {
    ctx.next_tok(s, 0)
        .is_some_and(|t| is_capitalised(t) && !is_acronym(t))
}

fn looks_like_person(ctx: &Ctx, s: &NameSpan) -> bool {
    let words: Vec<usize> = (s.first..s.last)
        .filter(|&i| ctx.toks[i].kind == TokenKind::Word)
        .collect();
    if words.len() > 5 || (s.first..s.last).any(|i| is_acronym(ctx.tx(i))) {
        return false;
    }
    if (s.first..s.last).any(|i| {
        let f = ctx.folded(i);
        ctx.lex.is_cue(Cue::OrgKeyword, &f)
            || ctx.lex.is_cue(Cue::EventKeyword, &f)
            || ctx.lex.is_cue(Cue::Month, &f)
    }) {
        return false;
    }
    let first = ctx.folded(words[0]);
    if ctx.lex.is_given_name(&first) {
        return true;
    }
    // Honorific before, or a speech verb or apposition after.
    let honorific = ctx
        .prev_word(s, 1)
        .is_some_and(|w| ctx.lex.is_cue(Cue::Honorific, &w))
        || (ctx.prev_punct(s) == Some(".")
            && ctx
                .prev_word(s, 2)
                .is_some_and(|w| ctx.lex.is_cue(Cue::Honorific, &w)));
    let speech = ctx.next_tok(s, 0).is_some_and(|t| {
        ctx.lex.is_cue(Cue::SpeechVerb, &fold(t)) || ctx.lex.is_cue(Cue::PresentationVerb, &fold(t))
    });
    honorific || speech
}

/// Links each person to the role and affiliation around its first full mention.
fn link_people(
    ctx: &Ctx,
    spans: &[NameSpan],
    people: &[(NameSpan, usize)],
    roles: &[(RoleSpan, usize)],
    found: &mut [Found],
) {
    let entity_at = |found: &[Found], start: usize| -> Option<(EntityKind, String)> {
        found
            .iter()
            .find(|f| f.start == start)
            .map(|f| (f.kind, f.name.clone()))
    };
    for (s, fi) in people {
        let sentence = &ctx.seg.sentences[s.sentence];
        let range = sentence.tokens.clone();
        let mut role: Option<RoleSpan> = None;
        let mut affiliation: Option<String> = None;
        // After: ", [the] [X's] ROLE [at|of|from|in Y]" or "(Y)" or "from Y".
        let mut i = s.last;
        if i < range.end && ctx.tx(i) == "," {
            i += 1;
            while i < range.end
                && matches!(ctx.folded(i).as_str(), "the" | "a" | "an" | "our" | "its")
            {
                i += 1;
            }
            // Possessive organisation or city before the role.
            if let Some(o) = spans.iter().find(|o| o.first == i && o.possessive) {
                if let Some((k, n)) = entity_at(found, o.start) {
                    if matches!(
                        k,
                        EntityKind::Organisation | EntityKind::City | EntityKind::Country
                    ) {
                        affiliation = Some(n);
                    }
                }
                i = o.last;
            }
            if let Some((r, _)) = roles.iter().find(|(r, _)| r.first >= i && r.first <= i + 1) {
                role = Some(*r);
                i = r.last;
            }
        } else if let Some((r, _)) = roles
            .iter()
            .find(|(r, _)| r.last == s.first || (r.last + 1 == s.first && ctx.tx(r.last) == ","))
        {
            // Before: "policy officer Jane Doe", "Mayor Jane Doe".
            role = Some(*r);
            // "Ljubljana's deputy mayor X"
            if let Some(o) = spans.iter().find(|o| o.possessive && o.last == r.first) {
                if let Some((_, n)) = entity_at(found, o.start) {
                    affiliation = Some(n);
                }
            }
        }
        // Honorific roles such as "Mayor" inside the span's left context.
        if role.is_none() {
            if let Some((r, _)) = roles.iter().find(|(r, _)| r.last == s.first) {
                role = Some(*r);
            }
        }
        // Affiliation after the role or the name: at/of/from/in + entity, or "(Y)".
        if affiliation.is_none() {
            let mut j = i.max(s.last);
            if j < range.end && ctx.tx(j) == "(" {
                j += 1;
            } else if j < range.end
                && matches!(
                    ctx.folded(j).as_str(),
                    "at" | "of"
                        | "from"
                        | "in"
                        | "with"
                        | "for"
                        | "de"
                        | "du"
                        | "von"
                        | "bei"
                        | "da"
                        | "di"
                        | "del"
                        | "van"
                        | "à"
                        | "en"
                )
            {
                j += 1;
                while j < range.end
                    && matches!(
                        ctx.folded(j).as_str(),
                        "the" | "la" | "le" | "l" | "der" | "die" | "des" | "el" | "los"
                    )
                {
                    j += 1;
                }
            } else {
                j = usize::MAX;
            }
            if j != usize::MAX {
                if let Some(o) = spans.iter().find(|o| o.first == j) {
                    // "the European Commission's DG GROW": the last of a possessive chain.
                    let mut o = *o;
                    while o.possessive {
                        match spans.iter().find(|n| n.first == o.last) {
                            Some(n) => o = *n,
                            None => break,
                        }
                    }
                    if let Some((k, n)) = entity_at(found, o.start) {
                        if matches!(
                            k,
                            EntityKind::Organisation | EntityKind::City | EntityKind::Country
                        ) {
                            affiliation = Some(n);
                        }
                    }
                    // "from Technopolis Group, the advisory service coordinator"
                    if role.is_none() {
                        let mut k = o.last;
                        if k < range.end && ctx.tx(k) == "," {
                            k += 1;
                            while k < range.end
                                && matches!(
                                    ctx.folded(k).as_str(),
                                    "the" | "a" | "an" | "its" | "their"
                                )
                            {
                                k += 1;
                            }
                            if let Some((r, _)) = roles.iter().find(|(r, _)| r.first == k) {
                                role = Some(*r);
                            }
                        }
                    }
                }
            }
        }
        if let Some(r) = role {
            found[*fi].role = Some(ctx.text[r.start..r.end].to_string());
        }
        found[*fi].affiliation = affiliation;
    }
}

/// Links cities to the country the text gives ("Aarhus (Denmark)", "Lisbon, Portugal"), else to
/// the gazetteer's.
fn link_cities(ctx: &Ctx, spans: &[NameSpan], found: &mut [Found]) {
    let countries: Vec<(usize, String)> = found
        .iter()
        .filter(|f| f.kind == EntityKind::Country)
        .map(|f| (f.start, f.name.clone()))
        .collect();
    for f in found.iter_mut().filter(|f| f.kind == EntityKind::City) {
        let Some(s) = spans.iter().find(|s| s.start <= f.start && f.end <= s.end) else {
            continue;
        };
        let after = |n: usize| ctx.next_tok(s, n);
        let linked = match (after(0), after(1)) {
            (Some("(") | Some(","), Some(_)) => {
                let next_start = ctx.toks.get(s.last + 1).map(|t| t.start);
                next_start.and_then(|st| {
                    countries
                        .iter()
                        .find(|(cs, _)| *cs == st)
                        .map(|(_, n)| n.clone())
                })
            }
            _ => None,
        };
        f.country = linked.or_else(|| {
            let forms = ctx.lex.cities_for(&fold(&f.name));
            forms
                .first()
                .and_then(|c| ctx.lex.country_by_code(&ctx.lex.cities[c.city as usize].cc))
                .map(|c| c.name.clone())
        });
    }
}

/// Merges mentions into one entity per kind and canonical name; people named by a longer form
/// absorb shorter ones.
fn merge(found: Vec<Found>, _lex: &Lexicons) -> Vec<Entity> {
    let mut by_key: BTreeMap<(EntityKind, String), Entity> = BTreeMap::new();
    for f in found {
        let key = (f.kind, f.name.clone());
        let e = by_key
            .entry(key)
            .or_insert_with(|| Entity::new(f.kind, f.name.clone()));
        e.mentions.push(Mention {
            start: f.start,
            end: f.end,
            sentence: f.sentence,
        });
        if e.country.is_none() {
            e.country = f.country;
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
