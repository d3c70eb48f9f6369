//! Partial results for `recap merge` and `recap eval --report`: JSON Lines from
//! `analyze --format jsonl`, or a whole JSON report.

use super::wire::DocumentOut;
use super::{read_json_report, read_jsonl};
use crate::corpus::CorpusStats;
use crate::error::{Error, Result};
use std::io::Read;

/// Reads one part (a path, or `-` for standard input). A JSON Lines part carries its exact
/// raw aggregate; a JSON report does not, so its aggregate is rebuilt from its documents
/// (exact for entities and counts; theme labels fall back to each document's label).
pub fn read_part(path: &str) -> Result<(Vec<DocumentOut>, Vec<CorpusStats>)> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().lock().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    read.map_err(|e| Error::io(e, path))?;
    let text = String::from_utf8_lossy(&bytes);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let is_report = trimmed.starts_with('{')
        && trimmed.lines().count() > 1
        && trimmed.contains("\"schema_version\"")
        && !trimmed
            .lines()
            .next()
            .is_some_and(|l| l.trim_end().ends_with('}'));
    if is_report {
        let report = read_json_report(bytes.as_slice()).map_err(|e| e.with_path(path))?;
        let mut stats = CorpusStats::default();
        for d in &report.documents {
            stats.add_document_out(d);
        }
        return Ok((report.documents, vec![stats]));
    }
    read_jsonl(bytes.as_slice()).map_err(|e| e.with_path(path))
}
