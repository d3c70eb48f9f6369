//! CSV (RFC 4180 through the `csv` crate, CRLF) and TSV writers, with formula-injection
//! neutralisation of text cells (OWASP "CSV injection").

use super::cells::{Cell, Table};
use super::{io_error, Format, WriteOptions};
use crate::error::{Error, ErrorKind, Result};
use std::borrow::Cow;
use std::io::{self, Write};

const BOM: &[u8] = "\u{feff}".as_bytes();

/// Characters that make a spreadsheet read a cell as a formula when they come first.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell starting with a formula character gets a leading apostrophe, which spreadsheets
/// read as "this is text" and do not show. Numbers never come through here.
pub(crate) fn neutralise(s: &str) -> Cow<'_, str> {
    if s.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// The cell as written to CSV or TSV: numbers as they are, text neutralised.
fn delimited_cell<'c>(cell: &'c Cell<'_>) -> Cow<'c, str> {
    match cell {
        Cell::Text(s) => neutralise(s),
        other => other.render(),
    }
}

/// Writes `table` as RFC 4180 CSV: header row, CRLF line ends, quotes only where needed.
pub(crate) fn write_csv(table: &Table<'_>, opts: &WriteOptions, out: &mut dyn Write) -> Result<()> {
    write_whole(Format::Csv, table, opts, out)
}

/// Writes `table` as tab-separated values: header row, LF line ends, no quoting; tabs and line
/// breaks inside cells become spaces.
pub(crate) fn write_tsv(table: &Table<'_>, opts: &WriteOptions, out: &mut dyn Write) -> Result<()> {
    write_whole(Format::Tsv, table, opts, out)
}

fn write_whole(
    format: Format,
    table: &Table<'_>,
    opts: &WriteOptions,
    out: &mut dyn Write,
) -> Result<()> {
    let mut rows = RowWriter::new(format, opts, &table.columns, out)?;
    rows.write(table)?;
    rows.finish().map(drop)
}

/// A table written row by row, so that a caller can stream the rows of one document at a time:
/// the header when created, then [`RowWriter::write`] any number of times. CSV, TSV and JSON
/// Lines (one object per row) stream; the other formats need every row first.
pub(crate) enum RowWriter<W: Write> {
    Csv(Box<::csv::Writer<W>>),
    Tsv(W),
    Jsonl(W),
}

impl<W: Write> RowWriter<W> {
    /// Starts a table: BOM (CSV and TSV, when asked) and header row.
    pub(crate) fn new(
        format: Format,
        opts: &WriteOptions,
        columns: &[&'static str],
        mut out: W,
    ) -> Result<Self> {
        if opts.bom && matches!(format, Format::Csv | Format::Tsv) {
            out.write_all(BOM).map_err(io_error)?;
        }
        match format {
            Format::Csv => {
                let mut w = ::csv::WriterBuilder::new()
                    .terminator(::csv::Terminator::CRLF)
                    .from_writer(out);
                w.write_record(columns).map_err(csv_error)?;
                Ok(Self::Csv(Box::new(w)))
            }
            Format::Tsv => {
                write_tsv_line(&mut out, columns.iter().map(|c| Cow::Borrowed(*c)))
                    .map_err(io_error)?;
                Ok(Self::Tsv(out))
            }
            Format::Jsonl => Ok(Self::Jsonl(out)),
            other => Err(Error::new(
                ErrorKind::Config,
                format!("{other:?} tables cannot be written row by row"),
            )),
        }
    }

    /// Writes the rows of `table` (its columns must be those given to [`RowWriter::new`]).
    pub(crate) fn write(&mut self, table: &Table<'_>) -> Result<()> {
        match self {
            Self::Csv(w) => {
                for row in &table.rows {
                    for cell in row {
                        w.write_field(delimited_cell(cell).as_bytes())
                            .map_err(csv_error)?;
                    }
                    w.write_record(None::<&[u8]>).map_err(csv_error)?;
                }
            }
            Self::Tsv(out) => {
                for row in &table.rows {
                    write_tsv_line(out, row.iter().map(delimited_cell)).map_err(io_error)?;
                }
            }
            Self::Jsonl(out) => super::json::write_table_lines(table, out)?,
        }
        Ok(())
    }

    /// Flushes and returns the sink.
    pub(crate) fn finish(self) -> Result<W> {
        let mut out = match self {
            Self::Csv(mut w) => {
                // Flushed first, so that the error keeps its kind (a closed pipe stays one).
                w.flush().map_err(io_error)?;
                (*w).into_inner()
                    .map_err(|e| io_error(io::Error::other(e.error().to_string())))?
            }
            Self::Tsv(out) | Self::Jsonl(out) => out,
        };
        out.flush().map_err(io_error)?;
        Ok(out)
    }
}

fn write_tsv_line<'c>(
    out: &mut impl Write,
    cells: impl Iterator<Item = Cow<'c, str>>,
) -> io::Result<()> {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.write_all(b"\t")?;
        }
        if cell.contains(['\t', '\n', '\r']) {
            out.write_all(cell.replace(['\t', '\n', '\r'], " ").as_bytes())?;
        } else {
            out.write_all(cell.as_bytes())?;
        }
    }
    out.write_all(b"\n")
}

fn csv_error(err: ::csv::Error) -> Error {
    if err.is_io_error() {
        io_error(io::Error::from(err))
    } else {
        Error::new(ErrorKind::Io, format!("cannot write CSV: {err}"))
    }
}
