//! CorpusStats: figures for many documents, kept as raw counts so that partial results merge
//! exactly (associative and commutative) in any order; `finish` ranks them for output.

use crate::analyze::{DocumentReport, Status};
use crate::output::wire::{CorpusCodebookOut, CorpusEntityOut, CorpusOut, CorpusThemeOut};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::AddAssign;

/// Per-document theme scores are summed as integers in millionths, so that sums do not depend
/// on the order of addition (floating-point addition is not associative).
const SCORE_SCALE: f64 = 1_000_000.0;

/// A theme's raw figures across documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeAgg {
    /// Occurrences.
    pub count: u64,
    /// Documents it occurs in.
    pub documents: u64,
    /// Sum of per-document scores, in millionths.
    pub score_micros: u64,
    /// Surface forms with their counts; the label is the most frequent.
    pub forms: BTreeMap<String, u64>,
}

/// An entity's raw figures across documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityAgg {
    /// Mentions.
    pub count: u64,
    /// Documents it occurs in.
    pub documents: u64,
}

/// A codebook theme's raw figures across documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodebookAgg {
    /// Matches.
    pub count: u64,
    /// Documents with at least one match.
    pub documents: u64,
}

/// Mergeable corpus aggregate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusStats {
    /// Documents analysed.
    pub documents: u64,
    /// Documents skipped.
    pub skipped: u64,
    /// Documents that failed.
    pub errors: u64,
    /// Words in analysed documents.
    pub words: u64,
    /// Themes by key.
    pub themes: BTreeMap<String, ThemeAgg>,
    /// Entities by type, then name.
    pub entities: BTreeMap<String, BTreeMap<String, EntityAgg>>,
    /// Codebook themes by name (empty without a codebook).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub codebook: BTreeMap<String, CodebookAgg>,
}

impl CorpusStats {
    /// Folds one document's report in.
    pub fn add_report(&mut self, report: &DocumentReport) {
        match report.status {
            Status::Ok => self.documents += 1,
            Status::Skipped => {
                self.skipped += 1;
                return;
            }
            Status::Error => {
                self.errors += 1;
                return;
            }
        }
        self.words += report.words;
        for theme in &report.themes {
            let agg = self.themes.entry(theme.key.clone()).or_default();
            agg.count += u64::from(theme.count);
            agg.documents += 1;
            agg.score_micros += (theme.score.clamp(0.0, 1.0) * SCORE_SCALE).round() as u64;
            for (form, n) in &theme.forms {
                *agg.forms.entry(form.clone()).or_default() += u64::from(*n);
            }
        }
        for entity in &report.entities {
            let agg = self
                .entities
                .entry(entity.kind.as_str().to_string())
                .or_default()
                .entry(entity.name.clone())
                .or_default();
            agg.count += entity.mentions.len().max(1) as u64;
            agg.documents += 1;
        }
        for c in &report.codebook {
            self.add_code(&c.theme, u64::from(c.count));
        }
    }

    fn add_code(&mut self, theme: &str, count: u64) {
        let agg = self.codebook.entry(theme.to_string()).or_default();
        agg.count += count;
        agg.documents += u64::from(count > 0);
    }

    /// Folds in a document read back from a JSON report (for merging JSON rather than JSON
    /// Lines parts: the per-document theme forms are not in JSON, so the label stands in).
    pub fn add_document_out(&mut self, d: &crate::output::wire::DocumentOut) {
        match d.status.as_str() {
            "ok" => self.documents += 1,
            "skipped" => {
                self.skipped += 1;
                return;
            }
            _ => {
                self.errors += 1;
                return;
            }
        }
        self.words += d.words;
        for t in &d.themes {
            let agg = self.themes.entry(t.key.clone()).or_default();
            agg.count += t.count;
            agg.documents += 1;
            agg.score_micros += (t.score.clamp(0.0, 1.0) * SCORE_SCALE).round() as u64;
            *agg.forms.entry(t.label.clone()).or_default() += t.count;
        }
        for e in &d.entities {
            let agg = self
                .entities
                .entry(e.kind.clone())
                .or_default()
                .entry(e.name.clone())
                .or_default();
            agg.count += e.count.max(1);
            agg.documents += 1;
        }
        for c in &d.codebook {
            self.add_code(&c.theme, c.count);
        }
    }

    /// Ranks the aggregate for output: themes by mean per-document score, then count, then key;
    /// entities by type, then count, then name. `top` limits the themes (0 = all).
    pub fn finish(&self, top: usize) -> CorpusOut {
        let n = self.documents.max(1) as f64;
        let mut themes: Vec<CorpusThemeOut> = self
            .themes
            .iter()
            .map(|(key, agg)| CorpusThemeOut {
                label: best_form(&agg.forms).unwrap_or(key).to_string(),
                key: key.clone(),
                count: agg.count,
                documents: agg.documents,
                score: round6(agg.score_micros as f64 / SCORE_SCALE / n),
            })
            .collect();
        themes.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.count.cmp(&a.count))
                .then_with(|| a.key.cmp(&b.key))
        });
        if top > 0 {
            themes.truncate(top);
        }
        let mut entities: Vec<CorpusEntityOut> = Vec::new();
        for kind in crate::entities::EntityKind::ALL {
            let Some(names) = self.entities.get(kind.as_str()) else {
                continue;
            };
            let start = entities.len();
            entities.extend(names.iter().map(|(name, agg)| CorpusEntityOut {
                kind: kind.as_str().to_string(),
                name: name.clone(),
                count: agg.count,
                documents: agg.documents,
            }));
            entities[start..].sort_by(|a, b| {
                b.documents
                    .cmp(&a.documents)
                    .then(b.count.cmp(&a.count))
                    .then_with(|| a.name.cmp(&b.name))
            });
        }
        let mut codebook: Vec<CorpusCodebookOut> = self
            .codebook
            .iter()
            .map(|(theme, agg)| CorpusCodebookOut {
                theme: theme.clone(),
                count: agg.count,
                documents: agg.documents,
            })
            .collect();
        codebook.sort_by(|a, b| {
            b.documents
                .cmp(&a.documents)
                .then(b.count.cmp(&a.count))
                .then_with(|| a.theme.cmp(&b.theme))
        });
        CorpusOut {
            codebook,
            documents: self.documents,
            words: self.words,
            skipped: self.skipped,
            errors: self.errors,
            themes,
            entities,
        }
    }
}

impl AddAssign<&CorpusStats> for CorpusStats {
    fn add_assign(&mut self, other: &CorpusStats) {
        self.documents += other.documents;
        self.skipped += other.skipped;
        self.errors += other.errors;
        self.words += other.words;
        for (key, theirs) in &other.themes {
            let ours = self.themes.entry(key.clone()).or_default();
            ours.count += theirs.count;
            ours.documents += theirs.documents;
            ours.score_micros += theirs.score_micros;
            for (form, n) in &theirs.forms {
                *ours.forms.entry(form.clone()).or_default() += n;
            }
        }
        for (kind, names) in &other.entities {
            let ours = self.entities.entry(kind.clone()).or_default();
            for (name, theirs) in names {
                let agg = ours.entry(name.clone()).or_default();
                agg.count += theirs.count;
                agg.documents += theirs.documents;
            }
        }
        for (theme, theirs) in &other.codebook {
            let ours = self.codebook.entry(theme.clone()).or_default();
            ours.count += theirs.count;
            ours.documents += theirs.documents;
        }
    }
}

/// The most frequent form; ties go to the smallest string, so the choice is a total order.
fn best_form(forms: &BTreeMap<String, u64>) -> Option<&str> {
    forms
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(f, _)| f.as_str())
}

/// Rounds to six decimals so that printed scores are stable across platforms.
pub(crate) fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}
