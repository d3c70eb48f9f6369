//! Tables as typed cells: the rows of every tabular format, built from a [`Report`] in a fixed
//! column order, with cells that know whether they are text or numbers.

use super::wire::{CorpusOut, DocumentOut, Report};
use super::TableKind;
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::borrow::Cow;

/// One cell. Writers need to know which cells are numbers: numbers are never neutralised
/// against formula injection and are written as JSON numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// Free text.
    Text(Cow<'a, str>),
    /// An integer (counts, offsets, ranks).
    Int(i64),
    /// A float (scores), printed as Rust prints it (shortest form that reads back the same).
    Float(f64),
    /// No value: an empty cell, or `null` in JSON.
    Empty,
}

impl<'a> Cell<'a> {
    /// A text cell borrowing `s`.
    pub fn text(s: &'a str) -> Self {
        Cell::Text(Cow::Borrowed(s))
    }

    /// A text cell, or [`Cell::Empty`] for `None`.
    pub fn opt(s: Option<&'a str>) -> Self {
        s.map_or(Cell::Empty, Cell::text)
    }

    /// An integer cell from an unsigned count (saturating at `i64::MAX`).
    pub fn count(n: u64) -> Self {
        Cell::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }

    /// An integer cell from an index.
    pub fn index(n: usize) -> Self {
        Cell::count(n as u64)
    }

    /// A float cell; NaN and infinities become [`Cell::Empty`].
    pub fn float(x: f64) -> Self {
        if x.is_finite() {
            Cell::Float(x)
        } else {
            Cell::Empty
        }
    }

    /// True for cells that hold a number.
    pub fn is_number(&self) -> bool {
        matches!(self, Cell::Int(_) | Cell::Float(_))
    }

    /// The cell as plain text, without any escaping.
    pub fn render(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(s) => Cow::Borrowed(s.as_ref()),
            Cell::Int(n) => Cow::Owned(n.to_string()),
            Cell::Float(x) => Cow::Owned(x.to_string()),
            Cell::Empty => Cow::Borrowed(""),
        }
    }
}

impl Serialize for Cell<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Text(s) => serializer.serialize_str(s),
            Cell::Int(n) => serializer.serialize_i64(*n),
            Cell::Float(x) => serializer.serialize_f64(*x),
            Cell::Empty => serializer.serialize_none(),
        }
    }
}

/// A table: column names and rows of cells, borrowing text from the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Table<'a> {
    /// Column names, in order.
    pub columns: Vec<&'static str>,
    /// Rows; each has one cell per column.
    pub rows: Vec<Vec<Cell<'a>>>,
}

impl<'a> Table<'a> {
    /// An empty table with these columns.
    pub fn new(columns: &[&'static str]) -> Self {
        Self {
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Adds a row; it must have one cell per column.
    pub fn push(&mut self, row: Vec<Cell<'a>>) {
        debug_assert_eq!(row.len(), self.columns.len(), "row width");
        self.rows.push(row);
    }

    /// The rows as serialisable objects keyed by column name, in column order.
    pub(crate) fn objects(&self) -> impl Iterator<Item = RowObject<'_, 'a>> {
        self.rows.iter().map(move |cells| RowObject {
            columns: &self.columns,
            cells,
        })
    }
}

/// One row serialised as a JSON object whose keys keep the column order.
pub(crate) struct RowObject<'t, 'a> {
    columns: &'t [&'static str],
    cells: &'t [Cell<'a>],
}

impl Serialize for RowObject<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.columns.len()))?;
        for (name, cell) in self.columns.iter().zip(self.cells) {
            map.serialize_entry(name, cell)?;
        }
        map.end()
    }
}

const DOCUMENTS: &[&str] = &[
    "document",
    "path",
    "status",
    "error",
    "title",
    "date",
    "language",
    "words",
    "sentences",
    "entities",
    "themes",
    "takeaways",
    "warnings",
];
const ENTITIES: &[&str] = &[
    "document",
    "type",
    "name",
    "count",
    "country",
    "role",
    "affiliation",
    "first_start",
    "first_end",
];
const THEMES: &[&str] = &["rank", "label", "key", "count", "documents", "score"];
const DOCUMENT_THEMES: &[&str] = &["document", "rank", "label", "key", "count", "score"];
const TAKEAWAYS: &[&str] = &[
    "document", "index", "kind", "text", "speaker", "sentence", "score",
];

/// The fixed columns of `kind` (documented on [`TableKind::columns`]).
pub(crate) fn columns(kind: TableKind) -> &'static [&'static str] {
    match kind {
        TableKind::Documents => DOCUMENTS,
        TableKind::Entities => ENTITIES,
        TableKind::Themes => THEMES,
        TableKind::DocumentThemes => DOCUMENT_THEMES,
        TableKind::Takeaways => TAKEAWAYS,
    }
}

/// Builds table `kind` from `report`. Rows follow the report's order: documents as given
/// (sorted by id upstream), then each document's entities, themes or takeaways as given.
pub fn build_table(report: &Report, kind: TableKind) -> Table<'_> {
    let mut table = Table::new(columns(kind));
    if kind == TableKind::Themes {
        push_corpus_rows(&mut table, &report.corpus);
    } else {
        for doc in &report.documents {
            push_document_rows(&mut table, kind, doc);
        }
    }
    table
}

/// Adds the corpus themes rows (table [`TableKind::Themes`]).
pub(crate) fn push_corpus_rows<'a>(table: &mut Table<'a>, corpus: &'a CorpusOut) {
    for (i, t) in corpus.themes.iter().enumerate() {
        table.push(vec![
            Cell::index(i + 1),
            Cell::text(&t.label),
            Cell::text(&t.key),
            Cell::count(t.count),
            Cell::count(t.documents),
            Cell::float(t.score),
        ]);
    }
}

/// Adds `doc`'s rows of a per-document table (every kind but [`TableKind::Themes`], which
/// has none).
pub(crate) fn push_document_rows<'a>(table: &mut Table<'a>, kind: TableKind, doc: &'a DocumentOut) {
    match kind {
        TableKind::Documents => table.push(document_row(doc)),
        TableKind::Entities => {
            for e in &doc.entities {
                let first = e.mentions.iter().min_by_key(|m| (m.start, m.end));
                table.push(vec![
                    Cell::text(&doc.id),
                    Cell::text(&e.kind),
                    Cell::text(&e.name),
                    Cell::count(e.count),
                    Cell::opt(e.country.as_deref()),
                    Cell::opt(e.role.as_deref()),
                    Cell::opt(e.affiliation.as_deref()),
                    first.map_or(Cell::Empty, |m| Cell::count(m.start)),
                    first.map_or(Cell::Empty, |m| Cell::count(m.end)),
                ]);
            }
        }
        TableKind::Themes => {}
        TableKind::DocumentThemes => {
            for (i, t) in doc.themes.iter().enumerate() {
                table.push(vec![
                    Cell::text(&doc.id),
                    Cell::index(i + 1),
                    Cell::text(&t.label),
                    Cell::text(&t.key),
                    Cell::count(t.count),
                    Cell::float(t.score),
                ]);
            }
        }
        TableKind::Takeaways => {
            for (i, t) in doc.takeaways.iter().enumerate() {
                table.push(vec![
                    Cell::text(&doc.id),
                    Cell::index(i),
                    Cell::text(&t.kind),
                    Cell::text(&t.text),
                    Cell::opt(t.speaker.as_deref()),
                    Cell::count(t.sentence),
                    Cell::float(t.score),
                ]);
            }
        }
    }
}

fn document_row(doc: &DocumentOut) -> Vec<Cell<'_>> {
    let warnings = match doc.warnings.as_slice() {
        [] => Cell::Empty,
        [one] => Cell::text(one),
        many => Cell::Text(Cow::Owned(many.join("; "))),
    };
    vec![
        Cell::text(&doc.id),
        Cell::text(&doc.path),
        Cell::text(&doc.status),
        Cell::opt(doc.error.as_deref()),
        Cell::opt(doc.title.as_deref()),
        Cell::opt(doc.date.as_deref()),
        Cell::opt(doc.language.as_deref()),
        Cell::count(doc.words),
        Cell::count(doc.sentences),
        Cell::index(doc.entities.len()),
        Cell::index(doc.themes.len()),
        Cell::index(doc.takeaways.len()),
        warnings,
    ]
}
