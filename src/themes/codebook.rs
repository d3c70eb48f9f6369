//! Codebooks (`--codebook FILE`): user-defined themes and the patterns that code them, for
//! deductive coding beside the discovered themes.
//!
//! # Format
//!
//! TOML (`.toml`), one `[[theme]]` table per theme:
//!
//! ```toml
//! [[theme]]
//! name = "citizen participation"
//! patterns = ["citizen* particip*", "citizen* engag*", "co-creation"]
//!
//! [[theme]]
//! name = "access to finance"
//! patterns = ["financ*", "fund*", "invest*"]
//! ```
//!
//! or CSV (any other extension), with a header row `theme,patterns` and one row per theme or
//! per pattern; several patterns in one cell are separated by `;` or `|`:
//!
//! ```csv
//! theme,patterns
//! citizen participation,citizen* particip*; citizen* engag*
//! citizen participation,co-creation
//! access to finance,financ*|fund*|invest*
//! ```
//!
//! A pattern is one or more terms separated by spaces (or hyphens). A term ending in `*` matches
//! every word that starts with it (`particip*`: participation, participatory); any other term
//! matches a word with the same stem in the document's language (`citizen`: citizens,
//! citizen's). Matching folds case and diacritics. A pattern of several terms matches where its
//! terms cover as many consecutive content words, in any order, stop words between them
//! skipped: `citizen* particip*` matches "citizen participation", "participation of citizens"
//! and "citizens' participation".
//!
//! A theme's count in a document is the number of places where one of its patterns matches
//! (a place matched by two patterns counts once).

use crate::error::{Error, ErrorKind, Result};
use crate::input::Document;
use crate::segment::{fold, Lang, Segmented, TokenKind};
use rust_stemmers::Stemmer;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::Path;

/// A codebook: themes with their patterns, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Codebook {
    /// Themes in the order of the file.
    pub themes: Vec<CodebookTheme>,
}

/// One theme of a codebook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodebookTheme {
    /// The theme's name, as written in the codebook.
    pub name: String,
    /// Patterns as written.
    pub patterns: Vec<String>,
    compiled: Vec<Vec<Term>>,
}

/// A codebook theme's count in one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodebookCount {
    /// The theme's name.
    pub theme: String,
    /// Places where one of its patterns matches.
    pub count: u32,
}

/// A pattern term, folded.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Term {
    /// `particip*`: words starting with this.
    Prefix(String),
    /// `citizen`: words with this word's stem (or this exact form).
    Word(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlFile {
    #[serde(default)]
    theme: Vec<TomlTheme>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlTheme {
    name: toml::Spanned<String>,
    patterns: toml::Spanned<Vec<String>>,
}

impl CodebookTheme {
    /// A theme from its name and patterns; `Err` holds what is wrong with a pattern.
    pub fn new(name: &str, patterns: Vec<String>) -> std::result::Result<Self, String> {
        let name = name.trim();
        if name.is_empty() {
            return Err("a theme needs a name".into());
        }
        if patterns.is_empty() {
            return Err(format!("theme {name:?} has no patterns"));
        }
        let compiled = patterns
            .iter()
            .map(|p| compile(p).map_err(|why| format!("theme {name:?}, pattern {p:?}: {why}")))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(Self {
            name: name.to_string(),
            patterns,
            compiled,
        })
    }
}

fn compile(pattern: &str) -> std::result::Result<Vec<Term>, String> {
    let mut terms = Vec::new();
    for raw in pattern.split([' ', '\t', '-']).filter(|t| !t.is_empty()) {
        let folded = fold(raw);
        let (body, prefix) = match folded.strip_suffix('*') {
            Some(b) => (b, true),
            None => (folded.as_str(), false),
        };
        if body.is_empty() {
            return Err("a term needs at least one letter before `*`".into());
        }
        if !body.chars().all(|c| c.is_alphanumeric() || c == '\'') {
            return Err(format!(
                "term {raw:?}: only letters, digits and a final `*` are allowed"
            ));
        }
        terms.push(if prefix {
            Term::Prefix(body.to_string())
        } else {
            Term::Word(body.to_string())
        });
    }
    if terms.is_empty() {
        return Err("empty pattern".into());
    }
    Ok(terms)
}

/// The 1-based line of byte offset `pos` in `text`.
fn line_of(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())].matches('\n').count() + 1
}

fn parse_error(path: &Path, line: usize, why: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::Parse, format!("line {line}: {why}")).with_path(path)
}

impl Codebook {
    /// Reads a codebook: TOML when the file name ends in `.toml`, CSV otherwise.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(e, path))?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let toml = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
        if toml {
            Self::from_toml(text, path)
        } else {
            Self::from_csv(text, path)
        }
    }

    /// Parses TOML text; `path` names the source in errors.
    pub fn from_toml(text: &str, path: &Path) -> Result<Self> {
        let file: TomlFile = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            parse_error(path, line, e.message())
        })?;
        let mut themes: Vec<CodebookTheme> = Vec::new();
        for t in file.theme {
            let line = line_of(text, t.name.span().start);
            let patterns_line = line_of(text, t.patterns.span().start);
            let name = t.name.into_inner();
            if themes.iter().any(|x| x.name == name.trim()) {
                return Err(parse_error(
                    path,
                    line,
                    format!("theme {name:?} is defined twice"),
                ));
            }
            let theme = CodebookTheme::new(&name, t.patterns.into_inner())
                .map_err(|why| parse_error(path, patterns_line, why))?;
            themes.push(theme);
        }
        if themes.is_empty() {
            return Err(parse_error(path, 1, "no [[theme]] tables"));
        }
        Ok(Self { themes })
    }

    /// Parses CSV text (header `theme,patterns`); `path` names the source in errors.
    pub fn from_csv(text: &str, path: &Path) -> Result<Self> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .comment(Some(b'#'))
            .from_reader(text.as_bytes());
        let header = reader
            .headers()
            .map_err(|e| parse_error(path, 1, e))?
            .clone();
        let col = |names: &[&str]| {
            header
                .iter()
                .position(|h| names.iter().any(|n| h.eq_ignore_ascii_case(n)))
        };
        let (Some(theme_col), Some(pattern_col)) =
            (col(&["theme", "name"]), col(&["patterns", "pattern"]))
        else {
            return Err(parse_error(
                path,
                1,
                "the header row must name the columns theme and patterns",
            ));
        };
        let mut order: Vec<(String, usize, Vec<String>)> = Vec::new();
        for row in reader.records() {
            let row = row.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line() as usize);
                parse_error(path, line, e)
            })?;
            let line = row.position().map_or(0, |p| p.line() as usize);
            let name = row.get(theme_col).unwrap_or("").trim();
            if name.is_empty() && row.iter().all(str::is_empty) {
                continue;
            }
            if name.is_empty() {
                return Err(parse_error(path, line, "empty theme name"));
            }
            let patterns: Vec<String> = row
                .get(pattern_col)
                .unwrap_or("")
                .split([';', '|'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(String::from)
                .collect();
            if patterns.is_empty() {
                return Err(parse_error(
                    path,
                    line,
                    format!("theme {name:?} has no patterns"),
                ));
            }
            for p in &patterns {
                compile(p).map_err(|why| {
                    parse_error(path, line, format!("theme {name:?}, pattern {p:?}: {why}"))
                })?;
            }
            match order.iter_mut().find(|(n, _, _)| n == name) {
                Some((_, _, ps)) => ps.extend(patterns),
                None => order.push((name.to_string(), line, patterns)),
            }
        }
        if order.is_empty() {
            return Err(parse_error(path, 1, "no themes"));
        }
        let themes = order
            .into_iter()
            .map(|(name, line, patterns)| {
                CodebookTheme::new(&name, patterns).map_err(|why| parse_error(path, line, why))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Self { themes })
    }

    /// Counts every theme of the codebook in a document (zero counts included), in codebook
    /// order.
    pub fn count(&self, doc: &Document, seg: &Segmented) -> Vec<CodebookCount> {
        let sentences = content_words(doc, seg);
        let stemmer = Stemmer::create(seg.lang.algorithm());
        self.themes
            .iter()
            .map(|theme| {
                let mut places: BTreeSet<(usize, usize)> = BTreeSet::new();
                for terms in &theme.compiled {
                    let stems: Vec<Option<String>> = terms
                        .iter()
                        .map(|t| match t {
                            Term::Word(w) => Some(stemmer.stem(w).into_owned()),
                            Term::Prefix(_) => None,
                        })
                        .collect();
                    for (si, words) in sentences.iter().enumerate() {
                        for start in 0..words.len() {
                            if matches_window(terms, &stems, &words[start..], &stemmer) {
                                places.insert((si, start));
                            }
                        }
                    }
                }
                CodebookCount {
                    theme: theme.name.clone(),
                    count: places.len() as u32,
                }
            })
            .collect()
    }
}

/// Whether the terms cover the first `terms.len()` words of `words` one-to-one, in any order.
fn matches_window(
    terms: &[Term],
    stems: &[Option<String>],
    words: &[String],
    stemmer: &Stemmer,
) -> bool {
    if words.len() < terms.len() {
        return false;
    }
    let window = &words[..terms.len()];
    // The first word must be matched (so that a place is counted where it starts).
    let mut used = vec![false; window.len()];
    fn assign(
        t: usize,
        terms: &[Term],
        stems: &[Option<String>],
        window: &[String],
        used: &mut [bool],
        stemmer: &Stemmer,
    ) -> bool {
        if t == terms.len() {
            return true;
        }
        for (i, w) in window.iter().enumerate() {
            if used[i] || !term_matches(&terms[t], stems[t].as_deref(), w, stemmer) {
                continue;
            }
            used[i] = true;
            if assign(t + 1, terms, stems, window, used, stemmer) {
                return true;
            }
            used[i] = false;
        }
        false
    }
    assign(0, terms, stems, window, &mut used, stemmer)
}

fn term_matches(term: &Term, stem: Option<&str>, word: &str, stemmer: &Stemmer) -> bool {
    match term {
        Term::Prefix(p) => word.starts_with(p.as_str()),
        Term::Word(w) => word == w || stem.is_some_and(|s| stemmer.stem(word) == s),
    }
}

/// The folded content words of each sentence (stop words, numbers and punctuation left out;
/// hyphenated words split; possessives and elided articles stripped).
fn content_words(doc: &Document, seg: &Segmented) -> Vec<Vec<String>> {
    let lang: Lang = seg.lang;
    seg.sentences
        .iter()
        .map(|s| {
            seg.tokens[s.tokens.clone()]
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .filter_map(|t| {
                    let (w, _) = crate::entities::strip_possessive(&doc.text[t.start..t.end]);
                    let mut f = fold(w);
                    if let Some(pos) = f.find('\'') {
                        if super::words::is_elision(lang, &f[..pos]) {
                            f = f[pos + 1..].to_string();
                        } else {
                            f = f.trim_end_matches('\'').to_string();
                        }
                    }
                    (!f.is_empty() && !lang.is_stop_word(&f)).then_some(f)
                })
                .collect()
        })
        .collect()
}
