//! Takeaways: bullet items under takeaway headings, stated conclusions, quotes with their
//! speaker, and ranked summary sentences when a recap states none.

/// The kind of a takeaway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TakeawayKind {
    /// An item of a takeaway list.
    Bullet,
    /// A sentence framed as a conclusion.
    Statement,
    /// Speech in quotation marks.
    Quote,
    /// A sentence chosen by ranking when the recap states no takeaways.
    Summary,
}

impl TakeawayKind {
    /// The name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bullet => "bullet",
            Self::Statement => "statement",
            Self::Quote => "quote",
            Self::Summary => "summary",
        }
    }
}

/// A takeaway of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Takeaway {
    /// The text.
    pub text: String,
    /// How it was found.
    pub kind: TakeawayKind,
    /// For quotes: the speaker's canonical name.
    pub speaker: Option<String>,
    /// Index of the sentence it starts in.
    pub sentence: usize,
    /// 0 to 1.
    pub score: f64,
}
