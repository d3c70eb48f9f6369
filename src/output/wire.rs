//! Wire types: the JSON contract of DESIGN.md §3, kept apart from the domain types so that the
//! analysis can change without changing what other programs read. They also read output back
//! (for `merge`, `eval` and the tests).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Version of the output contract; bumped only when a field is renamed or removed.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole result of `recap analyze --format json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// Version of this contract.
    pub schema_version: u32,
    /// Version of recap that wrote it.
    pub recap_version: String,
    /// One entry per input, sorted by id.
    pub documents: Vec<DocumentOut>,
    /// Figures for all documents together.
    pub corpus: CorpusOut,
}

/// One input's report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DocumentOut {
    /// Identifier: the path relative to the folder it was found in.
    pub id: String,
    /// The path as given.
    pub path: String,
    /// `ok`, `skipped` or `error`.
    pub status: String,
    /// Why the document was skipped or failed.
    pub error: Option<String>,
    /// Non-fatal problems (guessed encoding, replaced bytes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The first heading or line.
    pub title: Option<String>,
    /// The event date in ISO 8601, when the text states one, else the publication date its
    /// markup declares (Markdown front matter, an HTML `<time>` or `article:published_time`).
    pub date: Option<String>,
    /// ISO 639-1 code of the detected or forced language.
    pub language: Option<String>,
    /// Word tokens.
    pub words: u64,
    /// Sentences, list items and headings.
    pub sentences: u64,
    /// Entities, sorted by type then name.
    pub entities: Vec<EntityOut>,
    /// Themes, best first.
    pub themes: Vec<ThemeOut>,
    /// Takeaways in document order.
    pub takeaways: Vec<TakeawayOut>,
    /// Codebook themes (`--codebook`) and their counts, in codebook order; absent without a
    /// codebook.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codebook: Vec<CodebookOut>,
}

/// A codebook theme's count in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CodebookOut {
    /// The theme's name as the codebook writes it.
    pub theme: String,
    /// Places where one of its patterns matches.
    pub count: u64,
}

/// A codebook theme across the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CorpusCodebookOut {
    /// The theme's name.
    pub theme: String,
    /// Matches across documents.
    pub count: u64,
    /// Documents with at least one match.
    pub documents: u64,
}

/// An entity of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EntityOut {
    /// `city`, `country`, `person`, `organisation` or `role`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The fullest form the text uses.
    pub name: String,
    /// Number of mentions.
    pub count: u64,
    /// For cities: the country the text links the city to ("Aarhus (Denmark)", "the Polish
    /// city of Kalisz"); absent when the text does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// For cities: the country of the matching gazetteer entry (GeoNames), whether or not
    /// the text names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gazetteer_country: Option<String>,
    /// For people: the main role the text gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// For people: the organisation, city or country the role is held at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Where the entity is mentioned.
    #[serde(default)]
    pub mentions: Vec<MentionOut>,
}

/// A mention: byte span into the document's text, and the sentence index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct MentionOut {
    /// Byte offset of the first character.
    pub start: u64,
    /// Byte offset past the last character.
    pub end: u64,
    /// Index of the sentence (0-based).
    pub sentence: u64,
}

/// A theme of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ThemeOut {
    /// The most frequent surface form.
    pub label: String,
    /// Stem key that groups the variants.
    pub key: String,
    /// Occurrences in the document.
    pub count: u64,
    /// Relevance in the document, 0 to 1.
    pub score: f64,
}

/// A takeaway.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TakeawayOut {
    /// The takeaway's text.
    pub text: String,
    /// `bullet`, `statement`, `quote` or `summary`.
    pub kind: String,
    /// For quotes: who said it.
    pub speaker: Option<String>,
    /// Index of the sentence it starts in.
    pub sentence: u64,
    /// Confidence or rank score, 0 to 1.
    pub score: f64,
}

/// Figures for the whole corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CorpusOut {
    /// Inputs analysed (status ok).
    pub documents: u64,
    /// Words in those inputs.
    pub words: u64,
    /// Inputs skipped.
    #[serde(default)]
    pub skipped: u64,
    /// Inputs that failed.
    #[serde(default)]
    pub errors: u64,
    /// Themes across documents, best first.
    pub themes: Vec<CorpusThemeOut>,
    /// Entities across documents, by type then count.
    pub entities: Vec<CorpusEntityOut>,
    /// Codebook themes across documents, by documents then count; absent without a codebook.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codebook: Vec<CorpusCodebookOut>,
}

/// A theme across the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CorpusThemeOut {
    /// The most frequent surface form across documents.
    pub label: String,
    /// Stem key.
    pub key: String,
    /// Occurrences across documents.
    pub count: u64,
    /// Documents it occurs in.
    pub documents: u64,
    /// TF-IDF style weight from the raw counts.
    pub score: f64,
}

/// An entity across the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CorpusEntityOut {
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Name.
    pub name: String,
    /// Mentions across documents.
    pub count: u64,
    /// Documents it occurs in.
    pub documents: u64,
}
