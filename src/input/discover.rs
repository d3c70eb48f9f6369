//! Paths to sources: files, folders walked recursively in sorted order, `-` for standard input.

use super::{Source, TextFormat};
use crate::error::Result;

/// How to walk folders.
#[derive(Debug, Clone, Default)]
pub struct DiscoverOptions {
    /// Globs a file must match to be read (when any are given).
    pub include: Vec<String>,
    /// Globs that exclude files.
    pub exclude: Vec<String>,
    /// Also read hidden files and folders.
    pub hidden: bool,
    /// Do not honour .gitignore and .ignore files.
    pub no_ignore: bool,
    /// Force the markup of every input.
    pub input_format: Option<TextFormat>,
}

/// The sources found, in a stable order, and notes for the user.
#[derive(Debug, Clone, Default)]
pub struct Discovery {
    /// Every input to analyse, sorted by id; paths that do not exist are included, so that
    /// they get a row with an error.
    pub sources: Vec<Source>,
    /// Messages for stderr, e.g. how many files were passed over for their extension.
    pub notes: Vec<String>,
}

/// Expands the command-line paths into sources.
pub fn discover(paths: &[String], opts: &DiscoverOptions) -> Result<Discovery> {
    let _ = (paths, opts);
    todo!()
}
