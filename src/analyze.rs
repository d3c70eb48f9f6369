//! Document -> DocumentReport: the whole per-document analysis, pure and safe to run in
//! parallel.

use crate::entities::Entity;
use crate::input::{Document, Outcome, Source};
use crate::takeaways::Takeaway;
use crate::themes::Theme;

/// What became of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Analysed.
    Ok,
    /// Not analysed on purpose (empty, binary).
    Skipped,
    /// Could not be read or decoded.
    Error,
}

impl Status {
    /// The name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Skipped => "skipped",
            Self::Error => "error",
        }
    }
}

/// Everything recap found in one document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentReport {
    /// Identifier.
    pub id: String,
    /// Path as given.
    pub path: String,
    /// Outcome.
    pub status: Status,
    /// Why it was skipped or failed.
    pub error: Option<String>,
    /// Non-fatal problems.
    pub warnings: Vec<String>,
    /// First heading or line.
    pub title: Option<String>,
    /// ISO 8601 date.
    pub date: Option<String>,
    /// ISO 639-1 language code.
    pub language: Option<String>,
    /// Word tokens.
    pub words: u64,
    /// Sentences (list items and headings count as one each).
    pub sentences: u64,
    /// Entities sorted by kind then name.
    pub entities: Vec<Entity>,
    /// Themes, best first.
    pub themes: Vec<Theme>,
    /// Takeaways in document order.
    pub takeaways: Vec<Takeaway>,
}

impl DocumentReport {
    /// An empty report for a source, with the given status.
    pub fn empty(source: &Source, status: Status, error: Option<String>) -> Self {
        Self {
            id: source.id.clone(),
            path: source.path.clone(),
            status,
            error,
            warnings: Vec::new(),
            title: None,
            date: None,
            language: None,
            words: 0,
            sentences: 0,
            entities: Vec::new(),
            themes: Vec::new(),
            takeaways: Vec::new(),
        }
    }
}

/// Turns a load outcome into a report, analysing the document when there is one.
pub fn analyze_outcome(analyzer: &Analyzer, source: &Source, outcome: Outcome) -> DocumentReport {
    match outcome {
        Outcome::Ok(doc) => analyzer.analyze(&doc),
        Outcome::Skipped(why) => DocumentReport::empty(source, Status::Skipped, Some(why)),
        Outcome::Failed(err) => {
            DocumentReport::empty(source, Status::Error, Some(err.message().to_string()))
        }
    }
}

/// Analyses documents with a fixed configuration.
#[derive(Debug, Clone, Default)]
pub struct Analyzer {}

impl Analyzer {
    /// Analyses one document.
    pub fn analyze(&self, doc: &Document) -> DocumentReport {
        let _ = doc;
        todo!()
    }
}
