//! JSON Lines: one document report per line, then a line holding the raw corpus aggregate, so
//! that `recap merge` can sum partial results exactly in any order; and reading such streams
//! back.

use super::json::check_schema;
use super::wire::{DocumentOut, Report, SCHEMA_VERSION};
use super::{io_error, json_write_error};
use crate::corpus::CorpusStats;
use crate::error::{Error, ErrorKind, Result};
use serde::{Deserialize, Serialize};
use std::io::{self, BufRead, Write};

/// The key that marks the aggregate line of a JSON Lines stream; document lines never have it.
pub const PARTIAL_KEY: &str = "corpus_partial";

/// The last line of a JSON Lines stream:
/// `{"corpus_partial": <CorpusStats>, "recap_version": "...", "schema_version": 1}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartialLine {
    /// The raw, mergeable aggregate of the documents above it.
    pub corpus_partial: CorpusStats,
    /// Version of recap that wrote it.
    pub recap_version: String,
    /// Version of the output contract.
    pub schema_version: u32,
}

/// [`PartialLine`] borrowing its parts, for writing.
#[derive(Serialize)]
struct PartialLineRef<'a> {
    corpus_partial: &'a CorpusStats,
    recap_version: &'a str,
    schema_version: u32,
}

/// Writes one compact document per line, in the report's order, then the aggregate line.
pub(crate) fn write_report(
    report: &Report,
    partial: &CorpusStats,
    out: &mut dyn Write,
) -> Result<()> {
    for doc in &report.documents {
        serde_json::to_writer(&mut *out, doc).map_err(json_write_error)?;
        out.write_all(b"\n").map_err(io_error)?;
    }
    write_partial_line(partial, &report.recap_version, out)
}

/// Writes the aggregate line of this recap version.
pub(crate) fn write_partial(partial: &CorpusStats, out: &mut dyn Write) -> Result<()> {
    write_partial_line(partial, env!("CARGO_PKG_VERSION"), out)
}

fn write_partial_line(partial: &CorpusStats, version: &str, out: &mut dyn Write) -> Result<()> {
    let last = PartialLineRef {
        corpus_partial: partial,
        recap_version: version,
        schema_version: SCHEMA_VERSION,
    };
    serde_json::to_writer(&mut *out, &last).map_err(json_write_error)?;
    out.write_all(b"\n").map_err(io_error)
}

/// Reads JSON Lines written by `recap analyze --format jsonl`: the document lines, in order,
/// and every aggregate line (a stream made by concatenating several outputs holds several).
/// Blank lines and a UTF-8 BOM at the start of a line are skipped. A malformed line fails with
/// [`ErrorKind::Parse`] and its line number (from 1).
pub fn read_jsonl(mut input: impl BufRead) -> Result<(Vec<DocumentOut>, Vec<CorpusStats>)> {
    let mut documents = Vec::new();
    let mut partials = Vec::new();
    let mut buf = String::new();
    let mut number = 0usize;
    loop {
        buf.clear();
        number += 1;
        let read = input.read_line(&mut buf).map_err(|e| {
            if e.kind() == io::ErrorKind::InvalidData {
                parse_error(number, "not valid UTF-8")
            } else {
                io_error(e)
            }
        })?;
        if read == 0 {
            break;
        }
        let line = buf.trim_start_matches('\u{feff}').trim();
        if line.is_empty() {
            continue;
        }
        match parse_line(line) {
            Ok(Line::Document(doc)) => documents.push(*doc),
            Ok(Line::Partial(p)) => {
                check_schema(p.schema_version).map_err(|e| parse_error(number, e.message()))?;
                partials.push(p.corpus_partial);
            }
            Err(e) => {
                let text = e.to_string();
                // serde_json says "<what> at line 1 column N"; the line is ours to number.
                let what = text
                    .rsplit_once(" at line ")
                    .map_or(text.as_str(), |(w, _)| w);
                let at = format!("{number}, column {}", e.column());
                return Err(Error::new(ErrorKind::Parse, format!("line {at}: {what}")));
            }
        }
    }
    Ok((documents, partials))
}

enum Line {
    Document(Box<DocumentOut>),
    Partial(PartialLine),
}

/// Parses one non-blank line. The aggregate line as recap writes it is recognised by its
/// opening; otherwise a line is a document unless it is an object with [`PARTIAL_KEY`].
fn parse_line(line: &str) -> serde_json::Result<Line> {
    if line.starts_with(concat!("{\"", "corpus_partial", "\"")) {
        return serde_json::from_str(line).map(Line::Partial);
    }
    match serde_json::from_str::<DocumentOut>(line) {
        Ok(doc) => Ok(Line::Document(Box::new(doc))),
        Err(doc_err) => {
            // The aggregate line with its keys in another order (rewritten by another tool).
            if let Ok(serde_json::Value::Object(map)) = serde_json::from_str(line) {
                if map.contains_key(PARTIAL_KEY) {
                    return serde_json::from_value(serde_json::Value::Object(map))
                        .map(Line::Partial);
                }
            }
            Err(doc_err)
        }
    }
}

fn parse_error(line: usize, message: &str) -> Error {
    Error::new(ErrorKind::Parse, format!("line {line}: {message}"))
}
