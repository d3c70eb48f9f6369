//! Quote takeaways: speech in quotation marks (“ ” " " « » „ “ ‘ ’ ' ') and its speaker.
//!
//! A quotation is speech when a verb of saying frames it in its sentence ("…,” said Hartmann),
//! when it is a sentence of its own, or when it continues a quote split by its attribution
//! (“…,” she said. “…”). Scare quotes, titles and labels ("the “heritage at risk” map", a
//! keynote called "The edge is the new default") are left out. Split quotes are two quotes,
//! as the gold files record them.
//!
//! The speaker is looked for in the attribution after the quote, then before it, within the
//! sentence; a pronoun ("she said") stands for the last person named before the quote; a quote
//! that continues another inherits its speaker; an unnamed speaker ("one participant said")
//! gives no name. Names resolve to the person entities' canonical names, or, for people the
//! recogniser missed, to the fullest form the text uses (given name and surname).

use super::{folded_words, squash, Takeaway, TakeawayKind, QUOTE_SCORE};
use crate::entities::{Entity, EntityKind};
use crate::input::{BlockKind, Document};
use crate::lexicon::{Cue, Lexicons};
use crate::segment::{fold, Segmented, TokenKind};

/// Fewest words of a quotation that is speech (shorter ones are scare quotes or labels).
const MIN_WORDS: usize = 3;
/// Fewest words of a quotation that is speech without ending as a sentence inside the marks.
const MIN_WORDS_OPEN: usize = 5;

/// Personal pronouns that stand for a speaker ("she said", "a-t-il ajouté"). Not in
/// `cues.tsv`, so kept here.
const PRONOUNS: &[&str] = &[
    "he", "she", "er", "sie", "il", "elle", "t-il", "t-elle", "el", "ella", "lui", "lei", "hij",
    "zij", "ze", "ele", "ela", "han", "hon", "hun",
];

/// Indefinite determiners: "one mayor said" names nobody. Not in `cues.tsv`.
const INDEFINITE: &[&str] = &[
    "a", "an", "one", "another", "un", "une", "ein", "eine", "einer", "uno", "una", "um", "uma",
    "een",
];

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
    ('„', &['“', '”']),
    ('‘', &['’']),
    ('»', &['«']),
    ('‹', &['›']),
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
}

/// Finds the quotations of a block (offsets relative to the block text).
fn quote_spans(text: &str) -> Vec<Span> {
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
        });
        i = j + 1;
    }
    spans
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

/// Who an attribution names.
#[derive(Debug, Clone, PartialEq)]
enum Who {
    /// A resolved name.
    Named(String),
    /// A personal pronoun: the last person named before the quote.
    Pronoun,
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
}

/// Appends the quotes of `doc`, with their speakers, to `out`.
pub(super) fn extract(
    doc: &Document,
    seg: &Segmented,
    entities: &[Entity],
    lex: &Lexicons,
    out: &mut Vec<Takeaway>,
) {
    let mut people: Vec<(String, Vec<String>)> = Vec::new();
    let mut mentions = Vec::new();
    let mut roles = Vec::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Person) {
        let name = clean_person_name(&e.name, e, doc, lex);
        if let Some(role) = &e.role {
            roles.push((name.clone(), fold(role)));
        }
        people.push((name.clone(), folded_words(&name)));
        for m in &e.mentions {
            mentions.push(PersonMention {
                start: m.start,
                end: m.end,
                name: name.clone(),
            });
        }
    }
    mentions.sort_by(|a, b| (a.start, a.end, &a.name).cmp(&(b.start, b.end, &b.name)));
    let mut ctx = Ctx {
        doc,
        seg,
        lex,
        mentions,
        people,
        roles,
    };
    for block in &doc.blocks {
        if matches!(block.kind, BlockKind::Heading { .. }) {
            continue;
        }
        let text = doc.block_text(block);
        let spans: Vec<Span> = quote_spans(text)
            .into_iter()
            .map(|s| Span {
                open: s.open + block.start,
                inner_start: s.inner_start + block.start,
                inner_end: s.inner_end + block.start,
                close: s.close + block.start,
            })
            .collect();
        // The previous speech quote of the block: where its attribution ends, and its speaker.
        let mut prev: Option<(usize, Option<String>)> = None;
        for (k, span) in spans.iter().enumerate() {
            let inner = clean_inner(&doc.text[span.inner_start..span.inner_end]);
            let words = inner.split_whitespace().count();
            if words < MIN_WORDS {
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
            let after = ctx.attribution(span.close, after_end, span.open);
            let before = ctx.attribution(before_start, span.open, span.open);
            let framed = after.1 || before.1;
            let terminal = inner.ends_with(['.', '!', '?', '…']);
            let standalone = doc.text[before_start..span.open].trim().is_empty()
                && doc.text[span.close..after_end]
                    .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?'))
                    .is_empty();
            // A quote right after another one's attribution continues it: “…,” she said. “…”
            let continues = prev
                .as_ref()
                .is_some_and(|(end, _)| doc.text[*end..span.open].trim().is_empty());
            let speech = if words >= MIN_WORDS_OPEN {
                framed || terminal || standalone || continues
            } else {
                framed && terminal
            };
            if !speech {
                continue;
            }
            let speaker = choose_speaker(after, before, |who| match who {
                Who::Role(head) => ctx.role_holder(head, span.open),
                _ => ctx.last_person_before(span.open),
            })
            .unwrap_or_else(|| match &prev {
                Some((_, s)) if continues => s.clone(),
                // A quote that opens its sentence with no attribution: the person the sentence
                // before is about ("Roe was blunt. “…”").
                _ if before_start == span.open && !continues => {
                    ctx.previous_sentence_person(span.open, block.start)
                }
                _ => None,
            });
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
        ((w @ (Who::Pronoun | Who::Role(_)), _), _)
        | (_, (w @ (Who::Pronoun | Who::Role(_)), _)) => Some(refer(&w)),
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
    if end <= span.close && lower_next {
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
    /// Reads the attribution in `[start, end)`: who it names and whether it has a verb of
    /// saying. `quote` is the open mark of the quote (for pronoun and surname resolution).
    fn attribution(&self, start: usize, end: usize, quote: usize) -> (Who, bool) {
        if start >= end {
            return (Who::Nothing, false);
        }
        let toks: Vec<(usize, usize, String)> = self
            .seg
            .tokens
            .iter()
            .filter(|t| t.start >= start && t.end <= end && t.kind == TokenKind::Word)
            .map(|t| (t.start, t.end, fold(&self.doc.text[t.start..t.end])))
            .collect();
        let words: Vec<String> = toks.iter().map(|t| t.2.clone()).collect();
        // Verbs of saying: token index ranges.
        let mut verbs: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            match super::cue_at(&words, i, Cue::SpeechVerb, self.lex) {
                Some(n) => {
                    verbs.push((i, i + n));
                    i += n;
                }
                None => i += 1,
            }
        }
        // "put it" is listed; "As Tamm put it" needs no more.
        let has_verb = !verbs.is_empty();
        let near_verb = |a: usize, b: usize| {
            verbs
                .iter()
                .any(|&(vs, ve)| (a >= ve && a <= ve + 1) || (b <= vs && b + 1 >= vs))
        };
        // 1. A person entity mentioned in the attribution.
        if let Some(m) = self
            .mentions
            .iter()
            .find(|m| m.start >= start && m.end <= end)
        {
            return (Who::Named(m.name.clone()), has_verb);
        }
        if !has_verb {
            return (Who::Nothing, false);
        }
        // 2. A name the recogniser missed, next to the verb ("said Hartmann", "Fonseca answered").
        let mut k = 0;
        while k < toks.len() {
            let Some(len) = self.name_chunk(&toks, k) else {
                k += 1;
                continue;
            };
            if near_verb(k, k + len) {
                let surface = &self.doc.text[toks[k].0..toks[k + len - 1].1];
                if let Some(name) = self.resolve(surface, quote) {
                    return (Who::Named(name), true);
                }
            }
            k += len;
        }
        // 3. A pronoun next to the verb.
        if toks
            .iter()
            .enumerate()
            .any(|(k, t)| PRONOUNS.contains(&t.2.as_str()) && near_verb(k, k + 1))
        {
            return (Who::Pronoun, true);
        }
        // 4. A definite role next to the verb ("the mayor added", "a dit la ministre"); "one
        // mayor said", "a participant said" stay unnamed.
        for (k, t) in toks.iter().enumerate() {
            let article = k > 0 && INDEFINITE.contains(&toks[k - 1].2.as_str());
            let near = verbs
                .iter()
                .any(|&(vs, ve)| (k >= ve && k <= ve + 2) || (k < vs && k + 3 >= vs));
            if near && !article && self.lex.is_cue(Cue::RoleHead, &t.2) {
                return (Who::Role(t.2.clone()), true);
            }
        }
        (Who::Unnamed, true)
    }

    /// The length in tokens of a capitalised name starting at token `k` ("Hartmann",
    /// "von Arnim", "Fernández Ortega"), if one starts there.
    fn name_chunk(&self, toks: &[(usize, usize, String)], k: usize) -> Option<usize> {
        let lang = self.seg.lang;
        let is_cap = |t: &(usize, usize, String)| {
            let surface = &self.doc.text[t.0..t.1];
            surface.chars().next().is_some_and(char::is_uppercase)
                && !lang.is_stop_word(&t.2)
                && !PRONOUNS.contains(&t.2.as_str())
                && !self.lex.is_cue(Cue::Honorific, &t.2)
                && !self.lex.is_cue(Cue::RoleHead, &t.2)
                && !self.lex.is_cue(Cue::GenericGroup, &t.2)
                && !self.lex.is_cue(Cue::SpeechVerb, &t.2)
                && !self.lex.is_cue(Cue::Month, &t.2)
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
            let particle = is_particle(t) && toks.get(k + n + 1).is_some_and(is_cap);
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
        if words.len() == 1 && (self.lex.is_given_name(&folded) || place) {
            return None;
        }
        Some(surface.to_string())
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
                let word_start = head
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| c.is_alphabetic() || *c == '-')
                    .last()
                    .map_or(head.len(), |(i, _)| i);
                let word = &head[word_start..];
                let given =
                    word.starts_with(char::is_uppercase) && self.lex.is_given_name(&fold(word));
                if word.is_empty() || !given {
                    break;
                }
                start = word_start;
            }
            let form = &text[start..end];
            if form.len() > best.len() {
                best = form.to_string();
            }
        }
        best
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
    }

    /// The person named last before `pos` (for "she said").
    fn last_person_before(&self, pos: usize) -> Option<String> {
        self.mentions
            .iter()
            .filter(|m| m.end <= pos)
            .max_by_key(|m| m.end)
            .map(|m| m.name.clone())
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
        if PARTICLES.contains(&tokens[n - 2]) && lex.cities_for(&city).iter().any(|c| !c.ambiguous)
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
            if g > 0 && tokens.len() - g >= 2 && glued {
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
    use super::super::test_util::{doc, person};
    use super::*;
    use crate::lexicon::builtin;
    use crate::segment::Lang;

    fn quotes(d: &Document, s: &Segmented, entities: &[Entity]) -> Vec<(String, Option<String>)> {
        let mut out = Vec::new();
        extract(d, s, entities, builtin(), &mut out);
        out.into_iter().map(|t| (t.text, t.speaker)).collect()
    }

    fn q(text: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (text.to_string(), speaker.map(str::to_string))
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
}
