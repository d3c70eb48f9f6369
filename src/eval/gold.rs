//! Gold annotations: the file format of ANNOTATION.md and loading a folder of them.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};

/// One gold file: what a careful analyst extracts from one recap (ANNOTATION.md).
///
/// Missing lists default to empty. Unknown fields are an error, so that a misspelt key
/// (`"person_role"`) cannot silently empty a list and move the yardstick.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gold {
    /// The recap's file name without extension (`day3` for `day3.txt`).
    pub id: String,
    /// Unique names per entity type, as written in the text.
    #[serde(default)]
    pub entities: GoldEntities,
    /// One entry per listed person: main role and affiliation, `""` where the text gives none.
    #[serde(default)]
    pub person_roles: Vec<GoldPersonRole>,
    /// City-country pairs that the text itself links.
    #[serde(default)]
    pub city_countries: Vec<GoldCityCountry>,
    /// Takeaways (0 to 12).
    #[serde(default)]
    pub takeaways: Vec<String>,
    /// Speech in quotation marks, with its speaker.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// Key themes (4 to 10), short noun phrases.
    #[serde(default)]
    pub themes: Vec<String>,
}

/// Gold entity names by type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldEntities {
    /// Cities, towns and municipalities.
    #[serde(default)]
    pub city: Vec<String>,
    /// Sovereign states.
    #[serde(default)]
    pub country: Vec<String>,
    /// People named with at least a surname.
    #[serde(default)]
    pub person: Vec<String>,
    /// Companies, public bodies, networks, programmes.
    #[serde(default)]
    pub organisation: Vec<String>,
    /// Job titles and functions.
    #[serde(default)]
    pub role: Vec<String>,
}

impl GoldEntities {
    /// The names of one entity type (`city`, `country`, `person`, `organisation`, `role`);
    /// empty for any other type.
    pub fn of_type(&self, kind: &str) -> &[String] {
        match kind {
            "city" => &self.city,
            "country" => &self.country,
            "person" => &self.person,
            "organisation" => &self.organisation,
            "role" => &self.role,
            _ => &[],
        }
    }
}

/// A person's main role and affiliation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldPersonRole {
    /// The person's canonical name.
    #[serde(default)]
    pub person: String,
    /// The main role, `""` when the text gives none.
    #[serde(default)]
    pub role: String,
    /// Organisation, city or country of the role, `""` when the text gives none.
    #[serde(default)]
    pub affiliation: String,
}

/// A city and the country the text links it to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldCityCountry {
    /// The city, as written.
    #[serde(default)]
    pub city: String,
    /// The country, as written.
    #[serde(default)]
    pub country: String,
}

/// A quotation and its speaker.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldQuote {
    /// The speaker's canonical name, `""` when unnamed.
    #[serde(default)]
    pub speaker: String,
    /// The text between the quotation marks.
    #[serde(default)]
    pub text: String,
}

/// Reads every `*.json` file in `dir` and its subfolders (recursively, in sorted order; hidden
/// files and folders, whose names start with `.`, are skipped) as a gold file, keyed by gold id.
///
/// # Errors
/// [`ErrorKind::Io`] when a folder or file cannot be read; [`ErrorKind::Parse`], naming the
/// file, when a `.json` file is not a gold file, has an empty id, or repeats an id already
/// loaded from another file.
pub fn load_gold_dir(dir: &Path) -> Result<BTreeMap<String, Gold>> {
    let mut files = Vec::new();
    collect_json(dir, &mut files)?;
    let mut golds = BTreeMap::new();
    let mut sources: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in files {
        let gold = read_gold(&path)?;
        if let Some(first) = sources.get(&gold.id) {
            return Err(Error::new(
                ErrorKind::Parse,
                format!(
                    "duplicate gold id {:?}, already in {}",
                    gold.id,
                    first.display()
                ),
            )
            .with_path(&path));
        }
        sources.insert(gold.id.clone(), path);
        golds.insert(gold.id.clone(), gold);
    }
    Ok(golds)
}

/// Parses one gold file.
fn read_gold(path: &Path) -> Result<Gold> {
    let bytes = fs::read(path).map_err(|e| Error::io(e, path))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let gold: Gold = serde_json::from_slice(bytes).map_err(|e| {
        Error::new(ErrorKind::Parse, format!("not a gold file: {e}")).with_path(path)
    })?;
    if gold.id.trim().is_empty() {
        return Err(Error::new(ErrorKind::Parse, "gold file with an empty id").with_path(path));
    }
    Ok(gold)
}

/// Appends the `.json` files under `dir` to `out`, depth first, entries in sorted order.
fn collect_json(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| Error::io(e, dir))? {
        let entry = entry.map_err(|e| Error::io(e, dir))?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        entries.push(entry.path());
    }
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_json(&path, out)?;
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            out.push(path);
        }
    }
    Ok(())
}
