//! Bytes to text: BOMs, UTF-16, legacy single-byte encodings, binary detection.

use crate::error::Result;

/// What a file's bytes turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// No bytes, or only a BOM and white space.
    Empty,
    /// Not text; the reason says why (NUL bytes, a known magic number).
    Binary(String),
    /// Text, with a warning when the encoding had to be guessed or bytes were replaced.
    Text {
        /// The decoded text, without BOM.
        text: String,
        /// Set when the text was not clean UTF-8.
        warning: Option<String>,
    },
}

/// Decodes a file's bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded> {
    let _ = bytes;
    todo!()
}
