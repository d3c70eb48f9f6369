//! Output: one writer per format over the wire types of [`wire`].
//!
//! The whole report goes through [`write_report`]; one table through [`write_table`]; every
//! table into a folder through [`write_tables_dir`]. Files are written atomically with
//! [`write_atomic`]. JSON and JSON Lines are read back with [`read_json_report`] and
//! [`read_jsonl`] (for `recap merge` and the tests).
//!
//! Errors from the sink keep their cause: a closed pipe becomes an error for which
//! [`is_broken_pipe`] is true, so that the binary can treat it as success.

mod atomic;
mod cells;
pub mod convert;
mod delimited;
mod json;
mod jsonl;
mod markdown;
mod parts;
mod stream;
mod text;
pub mod wire;

#[cfg(test)]
mod tests;

pub use atomic::{write_atomic, AtomicFile};
pub use cells::{build_table, Cell, Table};
pub use json::read_json_report;
pub use jsonl::{read_jsonl, PartialLine, PARTIAL_KEY};
pub use markdown::MAX_MARKDOWN_BYTES;
pub use parts::read_part;
pub use stream::{ReportStream, TableStream, TablesDir};

use crate::error::{Error, ErrorKind, Result};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use wire::Report;

/// The message of the error that stands for a closed pipe (see [`is_broken_pipe`]).
pub const BROKEN_PIPE: &str = "broken pipe";

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One pretty-printed JSON object.
    Json,
    /// One document report per line, then the partial corpus aggregate.
    Jsonl,
    /// RFC 4180 CSV.
    Csv,
    /// Tab-separated values.
    Tsv,
    /// Markdown report for CI job summaries.
    Md,
    /// Aligned text table for a terminal.
    Table,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 6] = [
        Format::Json,
        Format::Jsonl,
        Format::Csv,
        Format::Tsv,
        Format::Md,
        Format::Table,
    ];

    /// The file extension used for this format by [`write_tables_dir`] (no dot).
    pub fn extension(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Jsonl => "jsonl",
            Self::Csv => "csv",
            Self::Tsv => "tsv",
            Self::Md => "md",
            Self::Table => "txt",
        }
    }
}

/// The tables of the CSV output. Their columns, in order, are given by [`TableKind::columns`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// One row per input, with its status.
    Documents,
    /// One row per document and entity.
    Entities,
    /// Corpus themes.
    Themes,
    /// One row per document and theme.
    DocumentThemes,
    /// One row per takeaway.
    Takeaways,
}

impl TableKind {
    /// Every table, in the order [`write_tables_dir`] writes them.
    pub const ALL: [TableKind; 5] = [
        TableKind::Documents,
        TableKind::Entities,
        TableKind::Themes,
        TableKind::DocumentThemes,
        TableKind::Takeaways,
    ];

    /// The table's name, also its file stem: `documents`, `entities`, `themes`,
    /// `document_themes`, `takeaways`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Documents => "documents",
            Self::Entities => "entities",
            Self::Themes => "themes",
            Self::DocumentThemes => "document_themes",
            Self::Takeaways => "takeaways",
        }
    }

    /// The column names, in their fixed order (part of the output contract).
    ///
    /// - documents: `document, path, status, error, title, date, language, words, sentences,
    ///   entities, themes, takeaways, warnings` (the last four but one are counts; warnings
    ///   are joined with `"; "`). The first column is never called `ID` (Excel would read
    ///   the file as SYLK).
    /// - entities: `document, type, name, count, country, role, affiliation, first_start,
    ///   first_end` (byte offsets of the first mention; empty when there is none).
    /// - themes: `rank, label, key, count, documents, score` (corpus; rank from 1).
    /// - document_themes: `document, rank, label, key, count, score` (rank from 1 within the
    ///   document).
    /// - takeaways: `document, index, kind, text, speaker, sentence, score` (index from 0 in
    ///   document order, as in the JSON array; sentence from 0).
    pub fn columns(self) -> &'static [&'static str] {
        cells::columns(self)
    }
}

/// Options shared by the writers.
#[derive(Debug, Clone, Default)]
pub struct WriteOptions {
    /// Start CSV and TSV files with a UTF-8 BOM (for Excel).
    pub bom: bool,
}

/// Writes a whole report in `format`. `partial` is the raw corpus aggregate for JSON Lines.
///
/// - JSON: `report` pretty-printed (two spaces), then a newline.
/// - JSON Lines: one compact [`wire::DocumentOut`] per line, then one [`PartialLine`]
///   (`{"corpus_partial": ..., "recap_version": ..., "schema_version": 1}`).
/// - CSV and TSV: the documents table (use [`write_tables_dir`] for every table).
/// - Markdown: a report for a CI job summary, at most [`MAX_MARKDOWN_BYTES`].
/// - Table: aligned text for a terminal: documents, top themes, top entities.
pub fn write_report(
    report: &Report,
    partial: &crate::corpus::CorpusStats,
    format: Format,
    opts: &WriteOptions,
    out: &mut dyn Write,
) -> Result<()> {
    let mut w = BufWriter::new(out);
    match format {
        Format::Json => json::write_report(report, &mut w)?,
        Format::Jsonl => jsonl::write_report(report, partial, &mut w)?,
        Format::Csv | Format::Tsv => {
            let table = build_table(report, TableKind::Documents);
            write_built_table(&table, format, opts, &mut w)?;
        }
        Format::Md => w
            .write_all(markdown::report(report).as_bytes())
            .map_err(io_error)?,
        Format::Table => text::write_report(report, &mut w).map_err(io_error)?,
    }
    w.flush().map_err(io_error)
}

/// Writes one table in `format`: CSV (RFC 4180, CRLF), TSV, JSON (an array of objects keyed
/// by column name), JSON Lines (one object per line), Markdown or aligned text. In CSV and
/// TSV, text cells that could start a formula are neutralised with a leading `'`.
pub fn write_table(
    report: &Report,
    table: TableKind,
    format: Format,
    opts: &WriteOptions,
    out: &mut dyn Write,
) -> Result<()> {
    let table = build_table(report, table);
    let mut w = BufWriter::new(out);
    write_built_table(&table, format, opts, &mut w)?;
    w.flush().map_err(io_error)
}

/// Writes an already built table (for instance one whose rows the caller filtered).
pub fn write_built_table(
    table: &Table<'_>,
    format: Format,
    opts: &WriteOptions,
    out: &mut dyn Write,
) -> Result<()> {
    match format {
        Format::Csv => delimited::write_csv(table, opts, out),
        Format::Tsv => delimited::write_tsv(table, opts, out),
        Format::Json => json::write_table(table, out),
        Format::Jsonl => json::write_table_lines(table, out),
        Format::Md => out
            .write_all(markdown::table(table).as_bytes())
            .map_err(io_error),
        Format::Table => text::write_table(table, out).map_err(io_error),
    }
}

/// Writes every table as `<name>.csv` (or `.tsv`, or the extension of `format`) into `dir`,
/// each atomically; creates `dir` if needed. Returns the paths in the order of
/// [`TableKind::ALL`].
pub fn write_tables_dir(
    report: &Report,
    dir: &Path,
    format: Format,
    opts: &WriteOptions,
) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| path_error(e, dir))?;
    let mut paths = Vec::with_capacity(TableKind::ALL.len());
    for kind in TableKind::ALL {
        let path = dir.join(format!("{}.{}", kind.name(), format.extension()));
        write_atomic(&path, |out| write_table(report, kind, format, opts, out))?;
        paths.push(path);
    }
    Ok(paths)
}

/// True when `err` stands for a closed pipe (the reader of standard output went away), which
/// the binary treats as success.
pub fn is_broken_pipe(err: &Error) -> bool {
    err.kind() == ErrorKind::Io && err.message() == BROKEN_PIPE
}

/// The JSON Schema of [`Report`], pretty-printed.
pub fn json_schema() -> String {
    serde_json::to_string_pretty(&schemars::schema_for!(Report)).expect("schema serialises")
}

/// An I/O error on the output stream; a closed pipe keeps the message [`BROKEN_PIPE`].
pub(crate) fn io_error(err: io::Error) -> Error {
    if err.kind() == io::ErrorKind::BrokenPipe {
        Error::new(ErrorKind::Io, BROKEN_PIPE)
    } else {
        Error::new(ErrorKind::Io, err.to_string())
    }
}

/// An I/O error on `path`; a closed pipe keeps the message [`BROKEN_PIPE`].
pub(crate) fn path_error(err: io::Error, path: &Path) -> Error {
    io_error(err).with_path(path)
}

/// A JSON error while writing: I/O causes keep their kind.
pub(crate) fn json_write_error(err: serde_json::Error) -> Error {
    if err.is_io() {
        io_error(io::Error::from(err))
    } else {
        Error::new(ErrorKind::Io, format!("cannot serialise JSON: {err}"))
    }
}
