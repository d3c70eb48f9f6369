//! Bytes to text: BOMs, UTF-16, legacy single-byte encodings, binary detection.

use crate::error::{Error, ErrorKind, Result};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

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

/// How many leading bytes are searched for NUL bytes.
const SNIFF_LEN: usize = 8 * 1024;

/// File signatures of formats people drop into recap folders by mistake.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (
        b"PK\x03\x04",
        "ZIP archive or Office document (.docx, .xlsx, .odt)",
    ),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1F\x8B", "gzip archive"),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "legacy Office document (.doc, .xls)",
    ),
    (b"\x7FELF", "ELF executable"),
    (b"7z\xBC\xAF\x27\x1C", "7-Zip archive"),
];

/// Bytes that Windows-1252 leaves undefined; text containing them is not Windows-1252.
const UNDEFINED_1252: [u8; 5] = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

/// Decodes a file's bytes.
///
/// Order of checks: UTF-16 BOM, empty, known magic numbers, NUL bytes, UTF-8 (BOM stripped),
/// then a legacy fallback. Line endings are kept as they are.
pub fn decode(bytes: &[u8]) -> Result<Decoded> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(Error::new(
            ErrorKind::Decode,
            "UTF-32 text is not supported; convert it to UTF-8",
        ));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok(utf16(rest, UTF_16LE, None));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok(utf16(rest, UTF_16BE, None));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Decoded::Empty);
    }
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| body.starts_with(magic)) {
        return Ok(Decoded::Binary((*what).to_string()));
    }
    let head = &body[..body.len().min(SNIFF_LEN)];
    if head.contains(&0) {
        if let Some(enc) = bomless_utf16(head) {
            let name = if enc == UTF_16LE {
                "UTF-16LE"
            } else {
                "UTF-16BE"
            };
            let warning = format!("no byte-order mark; decoded as {name}");
            return Ok(utf16(body, enc, Some(warning)));
        }
        return Ok(Decoded::Binary("contains NUL bytes".into()));
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text_or_empty(text.to_string(), None)),
        Err(e) => {
            let offset = e.valid_up_to() + (bytes.len() - body.len());
            legacy(body, offset)
        }
    }
}

/// Decodes UTF-16 (BOM already removed), replacing malformed sequences.
fn utf16(bytes: &[u8], enc: &'static Encoding, warning: Option<String>) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let warning = if had_errors {
        let msg = format!("malformed {} replaced with U+FFFD", enc.name());
        Some(match warning {
            Some(w) => format!("{w}; {msg}"),
            None => msg,
        })
    } else {
        warning
    };
    text_or_empty(text.into_owned(), warning)
}

fn text_or_empty(text: String, warning: Option<String>) -> Decoded {
    if text.trim().is_empty() {
        Decoded::Empty
    } else {
        Decoded::Text { text, warning }
    }
}

/// Recognises UTF-16 without a BOM: mostly-ASCII text where every other byte is NUL.
fn bomless_utf16(head: &[u8]) -> Option<&'static Encoding> {
    let pairs = head.len() / 2;
    if pairs < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // Nearly all high bytes NUL, and never a NUL code unit (both bytes zero) worth mentioning.
    if odd * 10 >= pairs * 9 && even * 50 <= pairs {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 9 && odd * 50 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Bytes that are not UTF-8: UTF-8 with a few corrupt bytes, Windows-1252, or an error.
fn legacy(body: &[u8], offset: usize) -> Result<Decoded> {
    let (valid_multibyte, invalid) = utf8_census(body);
    if valid_multibyte > 0 && valid_multibyte >= invalid {
        // Mostly UTF-8 (it has real multibyte sequences): reading it as Windows-1252 would
        // garble every correct character, so replace the few bad bytes instead.
        let text = String::from_utf8_lossy(body).into_owned();
        let warning = format!(
            "not valid UTF-8 (first bad byte at offset {offset}); {invalid} bad byte(s) replaced with U+FFFD"
        );
        return Ok(text_or_empty(text, Some(warning)));
    }
    if plausible_1252(body) {
        let (text, _) = WINDOWS_1252.decode_without_bom_handling(body);
        return Ok(text_or_empty(
            text.into_owned(),
            Some("not valid UTF-8; decoded as Windows-1252".into()),
        ));
    }
    Err(Error::new(
        ErrorKind::Decode,
        format!(
            "not valid UTF-8 (first bad byte at offset {offset}) and not a legacy single-byte text"
        ),
    ))
}

/// Counts well-formed multibyte UTF-8 sequences and the invalid bytes between them.
fn utf8_census(mut bytes: &[u8]) -> (usize, usize) {
    let (mut multibyte, mut invalid) = (0, 0);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                multibyte += s.chars().filter(|c| c.len_utf8() > 1).count();
                return (multibyte, invalid);
            }
            Err(e) => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                // `good` is valid by construction.
                if let Ok(s) = std::str::from_utf8(good) {
                    multibyte += s.chars().filter(|c| c.len_utf8() > 1).count();
                }
                let bad = e.error_len().unwrap_or(rest.len()).max(1);
                invalid += bad;
                bytes = &rest[bad..];
            }
        }
    }
}

/// Windows-1252 text has none of its undefined bytes and hardly any C0 control characters.
fn plausible_1252(bytes: &[u8]) -> bool {
    if bytes.iter().any(|b| UNDEFINED_1252.contains(b)) {
        return false;
    }
    let controls = bytes
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
        .count();
    controls <= bytes.len() / 100
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(d: Decoded) -> (String, Option<String>) {
        match d {
            Decoded::Text { text, warning } => (text, warning),
            other => panic!("expected text, got {other:?}"),
        }
    }

    #[test]
    fn plain_utf8() {
        let (t, w) = text(decode("Medellín\r\nPorto".as_bytes()).unwrap());
        assert_eq!(t, "Medellín\r\nPorto");
        assert_eq!(w, None);
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let (t, w) = text(decode(b"\xEF\xBB\xBFcaf\xC3\xA9").unwrap());
        assert_eq!(t, "café");
        assert_eq!(w, None);
    }

    #[test]
    fn utf16_le_and_be_with_bom() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Aarhus é".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Aarhus é".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(text(decode(&le).unwrap()), ("Aarhus é".into(), None));
        assert_eq!(text(decode(&be).unwrap()), ("Aarhus é".into(), None));
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let le: Vec<u8> = "Natalia Gkiaouri opened the day"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let (t, w) = text(decode(&le).unwrap());
        assert_eq!(t, "Natalia Gkiaouri opened the day");
        assert!(w.unwrap().contains("UTF-16LE"));
    }

    #[test]
    fn windows_1252_fallback() {
        let (t, w) = text(decode(b"caf\xe9 \x93quoted\x94").unwrap());
        assert_eq!(t, "café \u{201C}quoted\u{201D}");
        assert_eq!(
            w.as_deref(),
            Some("not valid UTF-8; decoded as Windows-1252")
        );
    }

    #[test]
    fn mostly_utf8_with_a_stray_byte_is_repaired() {
        let (t, w) = text(decode(b"Medell\xC3\xADn caf\xE9").unwrap());
        assert_eq!(t, "Medellín caf\u{FFFD}");
        assert!(w.unwrap().contains("offset 13"));
    }

    #[test]
    fn truly_invalid_bytes_are_an_error() {
        let err = decode(b"abc \x81\x9d def").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode);
        assert!(err.message().contains("offset 4"), "{}", err.message());
        let err = decode(b"\x01\x02\x03\x04\x05\x06\xe9abc").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode);
    }

    #[test]
    fn binary_files() {
        assert_eq!(
            decode(b"%PDF-1.7\n%\xE2\xE3").unwrap(),
            Decoded::Binary("PDF document".into())
        );
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap(),
            Decoded::Binary("PNG image".into())
        );
        assert!(
            matches!(decode(b"PK\x03\x04rest").unwrap(), Decoded::Binary(w) if w.contains("docx"))
        );
        assert!(matches!(
            decode(b"\x1F\x8B\x08\0").unwrap(),
            Decoded::Binary(_)
        ));
        assert_eq!(
            decode(b"some text\0\x07\x13 with NULs \xff\xfe").unwrap(),
            Decoded::Binary("contains NUL bytes".into())
        );
    }

    #[test]
    fn empty_inputs() {
        assert_eq!(decode(b"").unwrap(), Decoded::Empty);
        assert_eq!(decode(b" \r\n\t ").unwrap(), Decoded::Empty);
        assert_eq!(decode(b"\xEF\xBB\xBF").unwrap(), Decoded::Empty);
        assert_eq!(decode(b"\xEF\xBB\xBF \n").unwrap(), Decoded::Empty);
        assert_eq!(decode(b"\xFF\xFE").unwrap(), Decoded::Empty);
        assert_eq!(decode(b"\xFE\xFF\0 \0\n").unwrap(), Decoded::Empty);
    }
}
