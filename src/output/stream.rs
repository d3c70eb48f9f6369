//! Streaming output: documents are written as they are analysed and dropped, the corpus last,
//! so that memory does not grow with the corpus (issue 6). The bytes are exactly those of
//! [`super::write_report`], [`super::write_table`] and [`super::write_tables_dir`] for the
//! same report.

use super::atomic::AtomicFile;
use super::cells::{push_corpus_rows, push_document_rows, Table};
use super::delimited::RowWriter;
use super::wire::{CorpusOut, DocumentOut, SCHEMA_VERSION};
use super::{io_error, json_write_error, Format, TableKind, WriteOptions};
use crate::corpus::CorpusStats;
use crate::error::{Error, ErrorKind, Result};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Writes a report document by document: [`ReportStream::document`] for each, in order, then
/// [`ReportStream::finish`]. Only [`Format::Json`] and [`Format::Jsonl`] stream.
pub struct ReportStream<W: Write> {
    out: W,
    format: Format,
    written: usize,
    buf: Vec<u8>,
}

impl<W: Write> ReportStream<W> {
    /// Starts a report in `format` (JSON or JSON Lines) on `out` (buffer it).
    pub fn new(mut out: W, format: Format) -> Result<Self> {
        match format {
            Format::Json => write!(
                out,
                "{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"recap_version\": \"{}\",\n  \"documents\": [",
                env!("CARGO_PKG_VERSION")
            )
            .map_err(io_error)?,
            Format::Jsonl => {}
            other => {
                return Err(Error::new(
                    ErrorKind::Config,
                    format!("{other:?} output cannot be streamed"),
                ))
            }
        }
        Ok(Self {
            out,
            format,
            written: 0,
            buf: Vec::new(),
        })
    }

    /// Writes one document.
    pub fn document(&mut self, doc: &DocumentOut) -> Result<()> {
        if self.format == Format::Jsonl {
            serde_json::to_writer(&mut self.out, doc).map_err(json_write_error)?;
            self.written += 1;
            return self.out.write_all(b"\n").map_err(io_error);
        }
        self.buf.clear();
        serde_json::to_writer_pretty(&mut self.buf, doc).map_err(json_write_error)?;
        let sep: &[u8] = if self.written == 0 {
            b"\n    "
        } else {
            b",\n    "
        };
        self.out.write_all(sep).map_err(io_error)?;
        write_indented(&mut self.out, &self.buf, b"    ")?;
        self.written += 1;
        Ok(())
    }

    /// Writes the corpus (ranked with `top` for JSON, raw for JSON Lines) and flushes; returns
    /// the sink.
    pub fn finish(mut self, corpus: &CorpusStats, top: usize) -> Result<W> {
        match self.format {
            Format::Jsonl => super::jsonl::write_partial(corpus, &mut self.out)?,
            _ => {
                let close: &[u8] = if self.written == 0 {
                    b"],\n  \"corpus\": "
                } else {
                    b"\n  ],\n  \"corpus\": "
                };
                self.out.write_all(close).map_err(io_error)?;
                self.buf.clear();
                serde_json::to_writer_pretty(&mut self.buf, &corpus.finish(top))
                    .map_err(json_write_error)?;
                write_indented(&mut self.out, &self.buf, b"  ")?;
                self.out.write_all(b"\n}\n").map_err(io_error)?;
            }
        }
        self.out.flush().map_err(io_error)?;
        Ok(self.out)
    }
}

/// Copies pretty-printed JSON, indenting every line but the first by `indent` (JSON strings
/// hold no raw line breaks, so every `\n` is between tokens).
fn write_indented(out: &mut impl Write, json: &[u8], indent: &[u8]) -> Result<()> {
    // memchr finds the line ends (pretty JSON escapes newlines inside strings); each line is
    // written with the newline that ends it.
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', json) {
        out.write_all(&json[start..=nl]).map_err(io_error)?;
        out.write_all(indent).map_err(io_error)?;
        start = nl + 1;
    }
    out.write_all(&json[start..]).map_err(io_error)?;
    Ok(())
}

/// Tables written document by document in CSV, TSV or JSON Lines: [`TableStream::document`]
/// for each document, in order, then [`TableStream::finish`] with the corpus, which fills the
/// corpus themes table.
pub struct TableStream<W: Write> {
    tables: Vec<(TableKind, RowWriter<W>)>,
}

impl<W: Write> TableStream<W> {
    /// Starts each table on its sink (buffer them): BOM when asked, then the header row.
    pub fn new(sinks: Vec<(TableKind, W)>, format: Format, opts: &WriteOptions) -> Result<Self> {
        let tables = sinks
            .into_iter()
            .map(|(kind, out)| Ok((kind, RowWriter::new(format, opts, kind.columns(), out)?)))
            .collect::<Result<_>>()?;
        Ok(Self { tables })
    }

    /// Writes one document's rows to every per-document table.
    pub fn document(&mut self, doc: &DocumentOut) -> Result<()> {
        for (kind, rows) in &mut self.tables {
            let mut table = Table::new(kind.columns());
            push_document_rows(&mut table, *kind, doc);
            rows.write(&table)?;
        }
        Ok(())
    }

    /// Writes the corpus themes table, if there is one, flushes, and returns the sinks in the
    /// order given.
    pub fn finish(self, corpus: &CorpusOut) -> Result<Vec<W>> {
        self.tables
            .into_iter()
            .map(|(kind, mut rows)| {
                if kind == TableKind::Themes {
                    let mut table = Table::new(kind.columns());
                    push_corpus_rows(&mut table, corpus);
                    rows.write(&table)?;
                }
                rows.finish()
            })
            .collect()
    }
}

/// Every table streamed into a folder, as [`super::write_tables_dir`] writes them: each file
/// appears, atomically, only when [`TablesDir::commit`] is called.
pub struct TablesDir {
    stream: TableStream<BufWriter<AtomicFile>>,
    dir: PathBuf,
}

impl TablesDir {
    /// Creates `dir` if needed and starts `<name>.<ext>` for every table of [`TableKind::ALL`].
    pub fn create(dir: &Path, format: Format, opts: &WriteOptions) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| super::path_error(e, dir))?;
        let sinks = TableKind::ALL
            .into_iter()
            .map(|kind| {
                let path = dir.join(format!("{}.{}", kind.name(), format.extension()));
                Ok((kind, BufWriter::new(AtomicFile::create(&path)?)))
            })
            .collect::<Result<_>>()?;
        Ok(Self {
            stream: TableStream::new(sinks, format, opts)?,
            dir: dir.to_path_buf(),
        })
    }

    /// Writes one document's rows.
    pub fn document(&mut self, doc: &DocumentOut) -> Result<()> {
        self.stream.document(doc)
    }

    /// Writes the corpus themes and renames every file into place; returns their paths.
    pub fn commit(self, corpus: &CorpusOut) -> Result<Vec<PathBuf>> {
        let dir = self.dir;
        let files = self.stream.finish(corpus).map_err(|e| match e.path() {
            Some(_) => e,
            None => e.with_path(&dir),
        })?;
        let mut paths = Vec::with_capacity(files.len());
        for w in files {
            let file = w
                .into_inner()
                .map_err(|e| io_error(std::io::Error::other(e.error().to_string())))?;
            paths.push(file.path().to_path_buf());
            file.commit()?;
        }
        Ok(paths)
    }
}
