//! JSON Lines input: one recap per line, `{"id": ..., "text": ..., "format": "txt|md|html"}`,
//! read in bounded chunks so that a stream of any length is analysed without holding it whole
//! (the map side of a distributed engine: Spark `RDD.pipe`, Hadoop Streaming).
//!
//! `format` is optional (plain text by default); `path` is optional too (the id by default) and
//! is what the reports show as the document's path. Other keys are ignored. A line that is not
//! such an object becomes an error row with the id `line N` (N from 1), so nothing is lost.

use super::{Document, Outcome, TextFormat};
use crate::error::{Error, ErrorKind};
use serde::Deserialize;
use std::io::{self, BufRead};

/// How many lines [`JsonlChunks`] hands out at a time by default: enough to keep every core
/// busy, few enough that memory stays bounded by a few hundred recaps.
pub const DEFAULT_CHUNK_LINES: usize = 256;

/// One non-blank line of a JSON Lines input, not parsed yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlLine {
    /// Line number in its input, from 1.
    pub number: usize,
    /// The line, without its end-of-line characters.
    pub text: String,
}

/// One record, parsed: its id and path, and what became of it.
#[derive(Debug)]
pub struct JsonlRecord {
    /// The record's id, or `line N` when the line could not be read as a record.
    pub id: String,
    /// The record's path, or the input's path for a malformed line.
    pub path: String,
    /// The document, a skip (empty text) or the reason the line was rejected.
    pub outcome: Outcome,
}

/// Reads a JSON Lines stream in chunks of at most `chunk` non-blank lines.
#[derive(Debug)]
pub struct JsonlChunks<R> {
    input: R,
    chunk: usize,
    number: usize,
    done: bool,
}

impl<R: BufRead> JsonlChunks<R> {
    /// Chunks of at most `chunk` lines (at least 1) from `input`.
    pub fn new(input: R, chunk: usize) -> Self {
        Self {
            input,
            chunk: chunk.max(1),
            number: 0,
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for JsonlChunks<R> {
    /// A chunk of lines, or a read error (after which the iterator ends).
    type Item = io::Result<Vec<JsonlLine>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let mut lines = Vec::with_capacity(self.chunk.min(DEFAULT_CHUNK_LINES));
        let mut buf = Vec::new();
        while lines.len() < self.chunk {
            buf.clear();
            match self.input.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.done = true;
                    break;
                }
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
            self.number += 1;
            let line = String::from_utf8_lossy(&buf);
            let line = line.trim_start_matches('\u{feff}');
            let line = line.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                continue;
            }
            lines.push(JsonlLine {
                number: self.number,
                text: line.to_string(),
            });
        }
        if lines.is_empty() && self.done {
            None
        } else {
            Some(Ok(lines))
        }
    }
}

/// The fields recap reads from a line.
#[derive(Deserialize)]
struct Wire {
    id: IdValue,
    text: String,
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    path: Option<String>,
}

/// Ids may be strings or numbers (numbers are written as JSON writes them).
#[derive(Deserialize)]
#[serde(untagged)]
enum IdValue {
    Text(String),
    Number(serde_json::Number),
}

/// Parses one line into a document. `input_path` names the input the line came from (for
/// rows of malformed lines); `id_prefix` goes before `line N` when several inputs are read.
pub fn parse_record(line: &JsonlLine, input_path: &str, id_prefix: &str) -> JsonlRecord {
    let bad = |message: String| JsonlRecord {
        id: format!("{id_prefix}line {}", line.number),
        path: input_path.to_string(),
        outcome: Outcome::Failed(Error::new(
            ErrorKind::Parse,
            format!("line {}: {message}", line.number),
        )),
    };
    if !line.text.trim_start().starts_with('{') {
        // serde would also read a struct from an array; a record is an object.
        return bad("not a JSON Lines record {\"id\", \"text\", \"format\"}: not an object".into());
    }
    let wire: Wire = match serde_json::from_str(&line.text) {
        Ok(w) => w,
        Err(e) => {
            let text = e.to_string();
            // serde_json says "<what> at line 1 column N"; the line number is ours to give.
            let what = text
                .rsplit_once(" at line ")
                .map_or(text.as_str(), |(w, _)| w);
            return bad(format!(
                "not a JSON Lines record {{\"id\", \"text\", \"format\"}}: {what} (column {})",
                e.column()
            ));
        }
    };
    let id = match wire.id {
        IdValue::Text(s) => s,
        IdValue::Number(n) => n.to_string(),
    };
    if id.is_empty() {
        return bad("empty \"id\"".to_string());
    }
    let format = match wire.format.as_deref().map(str::trim) {
        None | Some("") => TextFormat::Text,
        Some(f) => match TextFormat::from_extension(f.trim_start_matches('.')) {
            Some(format) => format,
            None => {
                return bad(format!(
                    "unknown \"format\" {f:?} (expected txt, md or html)"
                ))
            }
        },
    };
    let path = wire
        .path
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| id.clone());
    let text = wire.text.strip_prefix('\u{feff}').unwrap_or(&wire.text);
    // The same outcomes as for a file's bytes (see `load_bytes`).
    let outcome = if text.trim().is_empty() {
        Outcome::Skipped("empty file".into())
    } else {
        let doc = Document::from_text(id.clone(), path.clone(), format, text);
        if doc.text.trim().is_empty() {
            Outcome::Skipped("no text after removing markup".into())
        } else {
            Outcome::Ok(doc)
        }
    };
    JsonlRecord { id, path, outcome }
}

/// Whether bytes look like JSON Lines: the first non-blank byte (after a UTF-8 BOM) is `{`.
/// `None` when they hold only white space, so that the caller may look further.
pub fn looks_like_jsonl(head: &[u8]) -> Option<bool> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    head.iter()
        .find(|b| !b.is_ascii_whitespace())
        .map(|&b| b == b'{')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, chunk: usize) -> Vec<Vec<(usize, String)>> {
        JsonlChunks::new(text.as_bytes(), chunk)
            .map(|c| c.unwrap().into_iter().map(|l| (l.number, l.text)).collect())
            .collect()
    }

    #[test]
    fn chunks_skip_blank_lines_and_keep_numbers() {
        let text = "\u{feff}{\"a\":1}\r\n\n  \n{\"b\":2}\n{\"c\":3}";
        assert_eq!(
            lines(text, 2),
            [
                vec![(1, "{\"a\":1}".to_string()), (4, "{\"b\":2}".to_string())],
                vec![(5, "{\"c\":3}".to_string())]
            ]
        );
        assert!(lines("", 3).is_empty());
        assert!(lines("\n\n", 3).is_empty());
    }

    fn parse(text: &str) -> JsonlRecord {
        let line = JsonlLine {
            number: 7,
            text: text.to_string(),
        };
        parse_record(&line, "in.jsonl", "")
    }

    #[test]
    fn records_become_documents() {
        let r = parse(r##"{"id": "a.md", "text": "# Title\n\nBody text.", "format": "md"}"##);
        assert_eq!((r.id.as_str(), r.path.as_str()), ("a.md", "a.md"));
        match r.outcome {
            Outcome::Ok(doc) => {
                assert_eq!(doc.format, TextFormat::Markdown);
                assert_eq!(doc.text, "Title\n\nBody text.");
            }
            other => panic!("expected a document, got {other:?}"),
        }
        let r = parse(r#"{"id": 12, "text": "Plain.", "path": "dir/12.txt", "extra": true}"#);
        assert_eq!((r.id.as_str(), r.path.as_str()), ("12", "dir/12.txt"));
        assert!(matches!(r.outcome, Outcome::Ok(d) if d.format == TextFormat::Text));
        let r = parse(r#"{"id": "e", "text": "  \n "}"#);
        assert!(matches!(r.outcome, Outcome::Skipped(w) if w == "empty file"));
    }

    #[test]
    fn malformed_lines_become_error_rows() {
        for bad in [
            "not json",
            r#"{"text": "no id"}"#,
            r#"{"id": "x"}"#,
            r#"{"id": "", "text": "t"}"#,
            r#"{"id": "x", "text": "t", "format": "pdf"}"#,
            r#"["id", "text"]"#,
        ] {
            let r = parse(bad);
            assert_eq!(r.id, "line 7", "{bad}");
            assert_eq!(r.path, "in.jsonl");
            match r.outcome {
                Outcome::Failed(e) => {
                    assert_eq!(e.kind(), ErrorKind::Parse);
                    assert!(e.message().starts_with("line 7: "), "{e}");
                }
                other => panic!("{bad}: expected a failure, got {other:?}"),
            }
        }
    }

    #[test]
    fn sniffs_json_lines() {
        assert_eq!(looks_like_jsonl(b"\xEF\xBB\xBF \n{\"id\""), Some(true));
        assert_eq!(looks_like_jsonl(b"# Title"), Some(false));
        assert_eq!(looks_like_jsonl(b" \n\t"), None);
    }
}
