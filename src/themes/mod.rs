//! Themes: candidate phrases, grouped by stem key, counted and scored per document.

/// A theme of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Stem key shared by the variants.
    pub key: String,
    /// The most frequent surface form in the document.
    pub label: String,
    /// Occurrences.
    pub count: u32,
    /// Relevance in the document, 0 to 1.
    pub score: f64,
    /// Surface forms and their counts, so that corpus labels can be chosen exactly.
    pub forms: Vec<(String, u32)>,
}
