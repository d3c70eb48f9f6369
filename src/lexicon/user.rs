//! User lexicons (`--lexicon FILE`): a CSV of `type,name,aliases,country` rows that add
//! entities or override the built-in ones.

use crate::entities::EntityKind;
use crate::error::{Error, ErrorKind, Result};
use std::path::Path;

/// One row of a user lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserEntry {
    /// Entity type.
    pub kind: EntityKind,
    /// Canonical name.
    pub name: String,
    /// Other surface forms.
    pub aliases: Vec<String>,
    /// For cities: the country.
    pub country: Option<String>,
}

/// Reads a user lexicon CSV (header row required: type,name,aliases,country; aliases
/// separated by `|` or `;`).
pub fn load_user_lexicon(path: &Path) -> Result<Vec<UserEntry>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_path(path)
        .map_err(|e| Error::new(ErrorKind::Io, e.to_string()).with_path(path))?;
    let mut out = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|e| Error::new(ErrorKind::Parse, e.to_string()).with_path(path))?;
        let line = i + 2;
        let kind_s = row.get(0).unwrap_or("");
        let kind = EntityKind::parse(kind_s).ok_or_else(|| {
            Error::new(
                ErrorKind::Parse,
                format!("line {line}: unknown type {kind_s:?} (expected city, country, person, organisation or role)"),
            )
            .with_path(path)
        })?;
        let name = row.get(1).unwrap_or("").to_string();
        if name.is_empty() {
            return Err(
                Error::new(ErrorKind::Parse, format!("line {line}: empty name")).with_path(path),
            );
        }
        let aliases = row
            .get(2)
            .unwrap_or("")
            .split(['|', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        let country = row.get(3).map(str::to_string).filter(|s| !s.is_empty());
        out.push(UserEntry {
            kind,
            name,
            aliases,
            country,
        });
    }
    Ok(out)
}
