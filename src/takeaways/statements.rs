//! Statement takeaways: sentences of running text framed as a conclusion of the event ("It was
//! agreed that …", "The key learning was …", "Overall, participants were inspired by …",
//! "Fazit: …"). One named speaker's opinion is not a takeaway, and neither is a sentence that
//! only reports the programme ("Overall, 900 delegates took part").

use super::{cue_at, folded_words, squash, Takeaway, TakeawayKind, STATEMENT_SCORE};
use crate::entities::{Entity, EntityKind};
use crate::input::{BlockKind, Document};
use crate::lexicon::{Cue, Lexicons};
use crate::segment::Segmented;

/// The cue must start within this many words of the sentence start (after dropping
/// insertions): "Overall, …", "In the end, it was agreed …".
const MAX_CUE_START: usize = 3;

/// Adverbs that slip into a cue phrase ("It was *also* agreed", "Participants *further*
/// concluded", "Es wurde *zudem* vereinbart"). `cues.tsv` lists the plain phrases only, so these
/// are dropped before matching.
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

/// Quotation marks: a sentence holding speech belongs to the quote rules.
const QUOTE_MARKS: &[char] = &['"', '“', '”', '«', '»', '„'];

/// Appends the statement takeaways of `doc` to `out`.
pub(super) fn extract(
    doc: &Document,
    seg: &Segmented,
    entities: &[Entity],
    lex: &Lexicons,
    out: &mut Vec<Takeaway>,
) {
    let people: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    for (si, s) in seg.sentences.iter().enumerate() {
        if !matches!(
            doc.blocks[s.block].kind,
            BlockKind::Paragraph | BlockKind::Quote
        ) {
            continue;
        }
        let text = &doc.text[s.start..s.end];
        if text.contains(QUOTE_MARKS) {
            continue;
        }
        let words: Vec<String> = folded_words(text)
            .into_iter()
            .filter(|w| !INSERTIONS.contains(&w.as_str()))
            .collect();
        let Some((start, cue_len)) = (0..=MAX_CUE_START.min(words.len().saturating_sub(1)))
            .find_map(|i| cue_at(&words, i, Cue::StatementCue, lex).map(|n| (i, n)))
        else {
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
        let weak = cue_len == 1
            || !(start..start + cue_len).any(|i| lex.is_cue(Cue::SpeechVerb, &words[i]));
        let reports_programme = (0..words.len())
            .any(|i| cue_at(&words, i, Cue::PresentationVerb, lex).is_some())
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

    fn statements(d: &Document, s: &Segmented, entities: &[Entity]) -> Vec<String> {
        let mut out = Vec::new();
        extract(d, s, entities, builtin(), &mut out);
        out.into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn conclusions_of_the_event_are_statements() {
        let (d, s) = doc(
            "The summit opened on Monday. It was agreed that donors should publish their figures. \
             It was also agreed that a working group will meet in May. The key takeaway was that \
             trust matters more than paperwork. Participants also agreed that small towns need shared support.\n\n\
             Overall, the participants were particularly inspired by the Espoo roadmap.\n",
            Lang::En,
        );
        assert_eq!(
            statements(&d, &s, &[]),
            [
                "It was agreed that donors should publish their figures.",
                "It was also agreed that a working group will meet in May.",
                "The key takeaway was that trust matters more than paperwork.",
                "Participants also agreed that small towns need shared support.",
                "Overall, the participants were particularly inspired by the Espoo roadmap."
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
}
