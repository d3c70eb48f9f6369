//! Markdown: the report for a CI job summary (corpus figures, top themes, entities, documents,
//! takeaways) and single tables, escaped for GitHub-flavoured Markdown and kept under GitHub's
//! 1 MiB job-summary limit.

use super::cells::{Cell, Table};
use super::wire::{CorpusEntityOut, Report};
use std::borrow::Cow;
use std::fmt::Write as _;

/// The most bytes a Markdown output holds, note included (GitHub's job summary limit).
pub const MAX_MARKDOWN_BYTES: usize = 1024 * 1024;

/// Rows per section of the report (top themes; top entities of each type).
pub(crate) const TOP_ROWS: usize = 20;

/// Room kept for the truncation note.
const NOTE_RESERVE: usize = 256;

/// The Markdown report of `report`, at most [`MAX_MARKDOWN_BYTES`] long. When the whole report
/// would not fit, the sections stop where the limit falls and a note says how many takeaways
/// were left out.
pub(crate) fn report(report: &Report) -> String {
    report_with_limit(report, MAX_MARKDOWN_BYTES)
}

pub(crate) fn report_with_limit(report: &Report, limit: usize) -> String {
    let mut md = Budget::new(limit);
    let total_takeaways: usize = report.documents.iter().map(|d| d.takeaways.len()).sum();
    let mut shown_takeaways = 0usize;
    let corpus = &report.corpus;

    let mut head = String::from("# recap report\n\n");
    let mut figures = Table::new(&["documents", "skipped", "errors", "words"]);
    figures.push(vec![
        Cell::count(corpus.documents),
        Cell::count(corpus.skipped),
        Cell::count(corpus.errors),
        Cell::count(corpus.words),
    ]);
    for line in table_lines(&figures) {
        head.push_str(&line);
    }
    let _ = writeln!(
        head,
        "\n_recap {}, schema {}_\n",
        escape(&report.recap_version),
        report.schema_version
    );
    let fits = md.push(&head)
        && section(&mut md, "## Top themes", &top_themes(report))
        && entities(&mut md, &corpus.entities)
        && section(&mut md, "## Documents", &documents(report))
        && takeaways(&mut md, report, &mut shown_takeaways);
    if !fits {
        md.finish_with_note(&format!(
            "_Report truncated at 1 MiB: {} takeaways not shown; use --format json for everything._\n",
            total_takeaways - shown_takeaways
        ));
    }
    md.buf
}

/// One table as Markdown, at most [`MAX_MARKDOWN_BYTES`] long.
pub(crate) fn table(table: &Table<'_>) -> String {
    table_with_limit(table, MAX_MARKDOWN_BYTES)
}

pub(crate) fn table_with_limit(table: &Table<'_>, limit: usize) -> String {
    let mut md = Budget::new(limit);
    let mut shown = 0usize;
    for line in table_lines(table) {
        // The header and the separator come first; rows are counted after them.
        if !md.push(&line) {
            break;
        }
        shown += 1;
    }
    let rows_shown = shown.saturating_sub(2);
    if rows_shown < table.rows.len() {
        md.finish_with_note(&format!(
            "\n_Table truncated at 1 MiB: {} rows not shown; use --format json for everything._\n",
            table.rows.len() - rows_shown
        ));
    }
    md.buf
}

/// A string that refuses additions past its limit, and then refuses everything after.
struct Budget {
    buf: String,
    limit: usize,
    full: bool,
}

impl Budget {
    fn new(limit: usize) -> Self {
        Self {
            buf: String::new(),
            limit: limit.saturating_sub(NOTE_RESERVE),
            full: false,
        }
    }

    /// Appends `s` if it fits; returns false (now and for every later call) when it does not.
    fn push(&mut self, s: &str) -> bool {
        if self.full || self.buf.len() + s.len() > self.limit {
            self.full = true;
            return false;
        }
        self.buf.push_str(s);
        true
    }

    fn finish_with_note(&mut self, note: &str) {
        if !self.buf.is_empty() && !self.buf.ends_with("\n\n") {
            self.buf.push('\n');
        }
        self.buf.push_str(note);
    }
}

/// A heading and a table; the heading goes in with the table's header and first row, so that no
/// heading stands alone when the limit falls.
fn section(md: &mut Budget, heading: &str, table: &Table<'_>) -> bool {
    let mut lines = table_lines(table).into_iter();
    let mut first = format!("{heading}\n\n");
    if table.rows.is_empty() {
        first.push_str("_None._\n");
    } else {
        for line in lines.by_ref().take(3) {
            first.push_str(&line);
        }
    }
    if !md.push(&first) {
        return false;
    }
    for line in lines {
        if !md.push(&line) {
            return false;
        }
    }
    md.push("\n")
}

fn top_themes(report: &Report) -> Table<'_> {
    let mut t = Table::new(&["label", "count", "documents", "score"]);
    for theme in report.corpus.themes.iter().take(TOP_ROWS) {
        t.push(vec![
            Cell::text(&theme.label),
            Cell::count(theme.count),
            Cell::count(theme.documents),
            Cell::float(theme.score),
        ]);
    }
    t
}

fn documents(report: &Report) -> Table<'_> {
    let mut t = Table::new(&[
        "id", "status", "title", "date", "language", "words", "error",
    ]);
    for doc in &report.documents {
        t.push(vec![
            Cell::text(&doc.id),
            Cell::text(&doc.status),
            Cell::opt(doc.title.as_deref()),
            Cell::opt(doc.date.as_deref()),
            Cell::opt(doc.language.as_deref()),
            Cell::count(doc.words),
            Cell::opt(doc.error.as_deref()),
        ]);
    }
    t
}

/// "## Entities", then one table per type (in the corpus order), top [`TOP_ROWS`] each.
fn entities(md: &mut Budget, all: &[CorpusEntityOut]) -> bool {
    if all.is_empty() {
        return md.push("## Entities\n\n_None._\n\n");
    }
    if !md.push("## Entities\n\n") {
        return false;
    }
    for group in all.chunk_by(|a, b| a.kind == b.kind) {
        let mut t = Table::new(&["name", "count", "documents"]);
        for e in group.iter().take(TOP_ROWS) {
            t.push(vec![
                Cell::text(&e.name),
                Cell::count(e.count),
                Cell::count(e.documents),
            ]);
        }
        let mut heading = format!("### {}", type_heading(&group[0].kind));
        if group.len() > TOP_ROWS {
            let _ = write!(heading, " (top {TOP_ROWS} of {})", group.len());
        }
        if !section(md, &heading, &t) {
            return false;
        }
    }
    true
}

/// The heading of an entity type's table.
fn type_heading(kind: &str) -> Cow<'_, str> {
    match kind {
        "city" => "Cities".into(),
        "country" => "Countries".into(),
        "person" => "People".into(),
        "organisation" => "Organisations".into(),
        "role" => "Roles".into(),
        other => escape(other),
    }
}

/// "## Takeaways", then "### <id>" and a list per document.
fn takeaways(md: &mut Budget, report: &Report, shown: &mut usize) -> bool {
    if !md.push("## Takeaways\n\n") {
        return false;
    }
    for doc in &report.documents {
        let mut items = doc.takeaways.iter().map(|t| {
            let text = escape_line(&t.text);
            match (t.kind.as_str(), t.speaker.as_deref()) {
                ("quote", Some(speaker)) => format!("- “{text}” — {}\n", escape(speaker)),
                ("quote", None) => format!("- “{text}”\n"),
                _ => format!("- {text}\n"),
            }
        });
        let mut first = format!("### {}\n\n", escape(&doc.id));
        match items.next() {
            Some(item) => first.push_str(&item),
            None => first.push_str("_No takeaways._\n"),
        }
        if !md.push(&first) {
            return false;
        }
        *shown += doc.takeaways.len().min(1);
        for item in items {
            if !md.push(&item) {
                return false;
            }
            *shown += 1;
        }
        if !md.push("\n") {
            return false;
        }
    }
    true
}

/// The lines of a GitHub-flavoured Markdown table: header, separator (numeric columns aligned
/// right), rows. Each line ends with a newline.
fn table_lines(table: &Table<'_>) -> Vec<String> {
    let numeric: Vec<bool> = (0..table.columns.len())
        .map(|i| {
            !table.rows.is_empty()
                && table
                    .rows
                    .iter()
                    .all(|r| r[i].is_number() || r[i] == Cell::Empty)
        })
        .collect();
    let mut lines = Vec::with_capacity(table.rows.len() + 2);
    lines.push(row_line(table.columns.iter().map(|c| escape(c))));
    lines.push(row_line(
        numeric
            .iter()
            .map(|&n| Cow::Borrowed(if n { "---:" } else { "---" })),
    ));
    for row in &table.rows {
        lines.push(row_line(row.iter().map(|cell| match cell {
            Cell::Text(s) => escape(s),
            other => Cow::Owned(other.render().into_owned()),
        })));
    }
    lines
}

fn row_line<'c>(cells: impl Iterator<Item = Cow<'c, str>>) -> String {
    let mut line = String::from("|");
    for cell in cells {
        line.push(' ');
        line.push_str(&cell);
        line.push_str(" |");
    }
    line.push('\n');
    line
}

/// Escapes text for one line of Markdown (a table cell, a heading, inline text): line breaks
/// and tabs become spaces, other control characters go, and inline-active characters (and
/// `|`, which ends a table cell; `#`, `>`, which open blocks) get a backslash.
pub(crate) fn escape(s: &str) -> Cow<'_, str> {
    escape_with(s, false)
}

/// [`escape`] for text that starts a line (a list item's text): a start that would open a
/// nested list (`-`, `+`, `1.`, `1)`) is escaped too.
pub(crate) fn escape_line(s: &str) -> Cow<'_, str> {
    escape_with(s, true)
}

fn escape_with(s: &str, line_start: bool) -> Cow<'_, str> {
    const ACTIVE: &[char] = &[
        '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '$',
    ];
    let s = s.trim();
    let plain = !s.contains(|c: char| ACTIVE.contains(&c) || c.is_control())
        && !(line_start && (s.starts_with(['-', '+']) || starts_with_ordinal(s)));
    if plain {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push(' ');
                }
            }
            '\n' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c if ACTIVE.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    let mut out = out.trim().to_string();
    if !line_start {
        return Cow::Owned(out);
    }
    if out.starts_with(['-', '+']) {
        out.insert(0, '\\');
    } else if starts_with_ordinal(&out) {
        let at = out.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
        out.insert(at, '\\');
    }
    Cow::Owned(out)
}

/// True when `s` starts like an ordered-list item: digits, then `.` or `)`.
fn starts_with_ordinal(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    (1..=9).contains(&digits) && matches!(s.as_bytes().get(digits), Some(b'.' | b')'))
}
