//! Output: one writer per format over the wire types of [`wire`].

pub mod convert;
pub mod wire;

use crate::error::Result;
use std::io::Write;
use std::path::{Path, PathBuf};
use wire::Report;

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

/// The tables of the CSV output.
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

/// Options shared by the writers.
#[derive(Debug, Clone, Default)]
pub struct WriteOptions {
    /// Start CSV and TSV files with a UTF-8 BOM (for Excel).
    pub bom: bool,
}

/// Writes a whole report in `format`. `partial` is the raw corpus aggregate for JSON Lines.
pub fn write_report(
    report: &Report,
    partial: &crate::corpus::CorpusStats,
    format: Format,
    opts: &WriteOptions,
    out: &mut dyn Write,
) -> Result<()> {
    let _ = (report, partial, format, opts, out);
    todo!()
}

/// Writes one table in `format`.
pub fn write_table(
    report: &Report,
    table: TableKind,
    format: Format,
    opts: &WriteOptions,
    out: &mut dyn Write,
) -> Result<()> {
    let _ = (report, table, format, opts, out);
    todo!()
}

/// Writes every table as `<name>.csv` (or `.tsv`) into `dir`, each atomically.
pub fn write_tables_dir(
    report: &Report,
    dir: &Path,
    format: Format,
    opts: &WriteOptions,
) -> Result<Vec<PathBuf>> {
    let _ = (report, dir, format, opts);
    todo!()
}

/// The JSON Schema of [`Report`], pretty-printed.
pub fn json_schema() -> String {
    serde_json::to_string_pretty(&schemars::schema_for!(Report)).expect("schema serialises")
}
