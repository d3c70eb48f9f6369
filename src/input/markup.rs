//! Markup to blocks: plain text lines, Markdown events and HTML elements become one text with
//! heading, paragraph, list-item and quote spans.

use super::Block;

/// Plain text: keeps the text as it is (offsets point into the original) and finds blocks.
pub fn parse_text(raw: &str) -> (String, Vec<Block>) {
    let _ = raw;
    todo!()
}

/// Markdown: the rendered text, blocks separated by blank lines.
pub fn parse_markdown(raw: &str) -> (String, Vec<Block>) {
    let _ = raw;
    todo!()
}

/// HTML: visible text of the content, blocks separated by blank lines.
pub fn parse_html(raw: &str) -> (String, Vec<Block>) {
    let _ = raw;
    todo!()
}
