//! The library's error type: a kind, a message, and the path it concerns.

use std::fmt;
use std::path::{Path, PathBuf};

/// What went wrong, broadly; callers match on this to pick an exit code or a document status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing a file failed.
    Io,
    /// The bytes could not be decoded as text.
    Decode,
    /// The input is not a recap this tool can read (binary, empty, unsupported).
    Unsupported,
    /// A user-supplied file (lexicon, codebook, gold, partial result) is malformed.
    Parse,
    /// Options that do not fit together or name something unknown.
    Config,
}

/// An error with its kind and, when it concerns a file, that file's path.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    path: Option<PathBuf>,
}

impl Error {
    /// A new error of `kind` with a human-readable message.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            path: None,
        }
    }

    /// The same error, said of `path`.
    pub fn with_path(mut self, path: impl AsRef<Path>) -> Self {
        self.path = Some(path.as_ref().to_path_buf());
        self
    }

    /// An I/O error on `path`.
    pub fn io(err: std::io::Error, path: impl AsRef<Path>) -> Self {
        Self::new(ErrorKind::Io, err.to_string()).with_path(path)
    }

    /// The broad kind of this error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message without the path.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The path this error concerns, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(p) => write!(f, "{}: {}", p.display(), self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

/// Result with the library's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
