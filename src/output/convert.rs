//! Domain reports to wire types.

use super::wire::{
    CodebookOut, DocumentOut, EntityOut, MentionOut, Report, TakeawayOut, ThemeOut, SCHEMA_VERSION,
};
use crate::analyze::DocumentReport;
use crate::corpus::{round6, CorpusStats};

/// Builds the wire report; `top` limits corpus themes (0 = all).
pub fn to_report(docs: &[DocumentReport], corpus: &CorpusStats, top: usize) -> Report {
    Report {
        schema_version: SCHEMA_VERSION,
        recap_version: env!("CARGO_PKG_VERSION").to_string(),
        documents: docs.iter().map(document_out).collect(),
        corpus: corpus.finish(top),
    }
}

/// One document's wire form.
pub fn document_out(d: &DocumentReport) -> DocumentOut {
    DocumentOut {
        id: d.id.clone(),
        path: d.path.clone(),
        status: d.status.as_str().to_string(),
        error: d.error.clone(),
        warnings: d.warnings.clone(),
        title: d.title.clone(),
        date: d.date.clone(),
        language: d.language.clone(),
        words: d.words,
        sentences: d.sentences,
        entities: d
            .entities
            .iter()
            .map(|e| EntityOut {
                kind: e.kind.as_str().to_string(),
                name: e.name.clone(),
                count: e.mentions.len() as u64,
                country: e.country.clone(),
                gazetteer_country: e.gazetteer_country.clone(),
                role: e.role.clone(),
                affiliation: e.affiliation.clone(),
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| MentionOut {
                        start: m.start as u64,
                        end: m.end as u64,
                        sentence: m.sentence as u64,
                    })
                    .collect(),
            })
            .collect(),
        themes: d
            .themes
            .iter()
            .map(|t| ThemeOut {
                label: t.label.clone(),
                key: t.key.clone(),
                count: u64::from(t.count),
                score: round6(t.score),
            })
            .collect(),
        takeaways: d
            .takeaways
            .iter()
            .map(|t| TakeawayOut {
                text: t.text.clone(),
                kind: t.kind.as_str().to_string(),
                speaker: t.speaker.clone(),
                sentence: t.sentence as u64,
                score: round6(t.score),
            })
            .collect(),
        codebook: d
            .codebook
            .iter()
            .map(|c| CodebookOut {
                theme: c.theme.clone(),
                count: u64::from(c.count),
            })
            .collect(),
    }
}
