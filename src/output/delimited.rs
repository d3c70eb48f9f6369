//! CSV (RFC 4180 through the `csv` crate, CRLF) and TSV writers, with formula-injection
//! neutralisation of text cells (OWASP "CSV injection").

use super::cells::{Cell, Table};
use super::{io_error, WriteOptions};
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
    if opts.bom {
        out.write_all(BOM).map_err(io_error)?;
    }
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(&table.columns).map_err(csv_error)?;
    for row in &table.rows {
        w.write_record(row.iter().map(|c| delimited_cell(c).into_owned()))
            .map_err(csv_error)?;
    }
    w.flush().map_err(io_error)
}

/// Writes `table` as tab-separated values: header row, LF line ends, no quoting; tabs and line
/// breaks inside cells become spaces.
pub(crate) fn write_tsv(
    table: &Table<'_>,
    opts: &WriteOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    if opts.bom {
        out.write_all(BOM)?;
    }
    write_tsv_line(out, table.columns.iter().map(|c| Cow::Borrowed(*c)))?;
    for row in &table.rows {
        write_tsv_line(out, row.iter().map(delimited_cell))?;
    }
    Ok(())
}

fn write_tsv_line<'c>(
    out: &mut dyn Write,
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
