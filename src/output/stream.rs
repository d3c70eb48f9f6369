//! Streaming JSON and JSON Lines: documents are written as they are analysed and dropped, the
//! corpus last, so that memory does not grow with the corpus (issue 6). The bytes are exactly
//! those of [`super::write_report`] for the same report.

use super::wire::{DocumentOut, SCHEMA_VERSION};
use super::{io_error, json_write_error, Format};
use crate::corpus::CorpusStats;
use crate::error::{Error, ErrorKind, Result};
use std::io::Write;

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
