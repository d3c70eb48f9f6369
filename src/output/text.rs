//! Aligned text tables for a terminal: the report (documents, top themes, top entities) and
//! single tables.

use super::cells::{Cell, Table};
use super::markdown::TOP_ROWS;
use super::wire::Report;
use std::borrow::Cow;
use std::io::{self, Write};
use unicode_segmentation::UnicodeSegmentation;

/// Longest cell shown, in characters (grapheme clusters); longer text ends with `…`.
const MAX_CELL: usize = 60;

/// Space between columns.
const GAP: &str = "  ";

/// Writes the report for a terminal: the documents, then the top themes, then the top entities
/// of each type.
pub(crate) fn write_report(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut docs = Table::new(&[
        "document",
        "status",
        "title",
        "date",
        "language",
        "words",
        "entities",
        "themes",
        "takeaways",
        "error",
    ]);
    for d in &report.documents {
        docs.push(vec![
            Cell::text(&d.id),
            Cell::text(&d.status),
            Cell::opt(d.title.as_deref()),
            Cell::opt(d.date.as_deref()),
            Cell::opt(d.language.as_deref()),
            Cell::count(d.words),
            Cell::index(d.entities.len()),
            Cell::index(d.themes.len()),
            Cell::index(d.takeaways.len()),
            Cell::opt(d.error.as_deref()),
        ]);
    }
    let c = &report.corpus;
    writeln!(
        out,
        "Documents: {} analysed, {} skipped, {} errors; {} words",
        c.documents, c.skipped, c.errors, c.words
    )?;
    writeln!(out)?;
    write_table(&docs, out)?;

    let mut themes = Table::new(&["rank", "label", "count", "documents", "score"]);
    for (i, t) in c.themes.iter().take(TOP_ROWS).enumerate() {
        themes.push(vec![
            Cell::index(i + 1),
            Cell::text(&t.label),
            Cell::count(t.count),
            Cell::count(t.documents),
            Cell::float(t.score),
        ]);
    }
    writeln!(out, "\nTop themes\n")?;
    write_table(&themes, out)?;

    let mut entities = Table::new(&["type", "name", "count", "documents"]);
    for group in c.entities.chunk_by(|a, b| a.kind == b.kind) {
        for e in group.iter().take(TOP_ROWS) {
            entities.push(vec![
                Cell::text(&e.kind),
                Cell::text(&e.name),
                Cell::count(e.count),
                Cell::count(e.documents),
            ]);
        }
    }
    writeln!(out, "\nTop entities\n")?;
    write_table(&entities, out)
}

/// Writes `table` with its columns aligned (numbers to the right), a rule under the header,
/// and no trailing spaces. Widths count grapheme clusters, an approximation of terminal
/// columns (wide East Asian characters take two).
pub(crate) fn write_table(table: &Table<'_>, out: &mut dyn Write) -> io::Result<()> {
    let header: Vec<Cow<'_, str>> = table.columns.iter().map(|c| Cow::Borrowed(*c)).collect();
    let rows: Vec<Vec<Cow<'_, str>>> = table
        .rows
        .iter()
        .map(|r| r.iter().map(|c| display(c.render())).collect())
        .collect();
    let numeric: Vec<bool> = (0..table.columns.len())
        .map(|i| {
            !table.rows.is_empty()
                && table
                    .rows
                    .iter()
                    .all(|r| r[i].is_number() || r[i] == Cell::Empty)
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let rule: Vec<Cow<'_, str>> = widths.iter().map(|&w| Cow::Owned("-".repeat(w))).collect();
    write_line(out, &header, &widths, &numeric)?;
    write_line(out, &rule, &widths, &numeric)?;
    for row in &rows {
        write_line(out, row, &widths, &numeric)?;
    }
    Ok(())
}

fn write_line(
    out: &mut dyn Write,
    cells: &[Cow<'_, str>],
    widths: &[usize],
    numeric: &[bool],
) -> io::Result<()> {
    let mut line = String::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            line.push_str(GAP);
        }
        let pad = " ".repeat(widths[i].saturating_sub(width(cell)));
        if numeric[i] {
            line.push_str(&pad);
            line.push_str(cell);
        } else {
            line.push_str(cell);
            line.push_str(&pad);
        }
    }
    writeln!(out, "{}", line.trim_end())
}

fn width(s: &str) -> usize {
    s.graphemes(true).count()
}

/// A cell on one line: control characters become spaces; long text is cut with `…`.
fn display(s: Cow<'_, str>) -> Cow<'_, str> {
    let s = if s.contains(char::is_control) {
        Cow::Owned(s.replace(char::is_control, " "))
    } else {
        s
    };
    if width(&s) <= MAX_CELL {
        return s;
    }
    let mut cut: String = s.graphemes(true).take(MAX_CELL - 1).collect();
    cut.push('…');
    Cow::Owned(cut)
}
