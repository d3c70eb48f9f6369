//! JSON: the whole report pretty-printed, tables as arrays of objects or as JSON Lines, and
//! reading a report back.

use super::cells::Table;
use super::wire::{Report, SCHEMA_VERSION};
use super::{io_error, json_write_error};
use crate::error::{Error, ErrorKind, Result};
use std::io::{Read, Write};

/// Writes `report` pretty-printed (two spaces), then a newline.
pub(crate) fn write_report(report: &Report, out: &mut dyn Write) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, report).map_err(json_write_error)?;
    out.write_all(b"\n").map_err(io_error)
}

/// Writes `table` as a pretty-printed array of objects keyed by column name.
pub(crate) fn write_table(table: &Table<'_>, out: &mut dyn Write) -> Result<()> {
    let rows: Vec<_> = table.objects().collect();
    serde_json::to_writer_pretty(&mut *out, &rows).map_err(json_write_error)?;
    out.write_all(b"\n").map_err(io_error)
}

/// Writes `table` as one compact object per line.
pub(crate) fn write_table_lines(table: &Table<'_>, out: &mut dyn Write) -> Result<()> {
    for row in table.objects() {
        serde_json::to_writer(&mut *out, &row).map_err(json_write_error)?;
        out.write_all(b"\n").map_err(io_error)?;
    }
    Ok(())
}

/// Reads a report written by `recap analyze --format json`. A leading UTF-8 BOM is allowed.
/// Fails with [`ErrorKind::Parse`] on malformed JSON or an unknown `schema_version`.
pub fn read_json_report(mut input: impl Read) -> Result<Report> {
    let mut text = String::new();
    input.read_to_string(&mut text).map_err(|e| {
        if e.kind() == std::io::ErrorKind::InvalidData {
            Error::new(ErrorKind::Parse, "the report is not valid UTF-8")
        } else {
            io_error(e)
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let report: Report = serde_json::from_str(text)
        .map_err(|e| Error::new(ErrorKind::Parse, format!("not a recap JSON report: {e}")))?;
    check_schema(report.schema_version)?;
    Ok(report)
}

/// Fails unless `version` is the schema version this build reads.
pub(crate) fn check_schema(version: u32) -> Result<()> {
    if version == SCHEMA_VERSION {
        Ok(())
    } else {
        Err(Error::new(
            ErrorKind::Parse,
            format!(
                "schema_version {version} is not supported (this recap reads {SCHEMA_VERSION})"
            ),
        ))
    }
}
