//! Writes, as JSON Lines, every theme candidate of every recap in a folder with the features
//! its ranking weighs and the gold themes its label matches (under the rule `recap eval`
//! uses), for `fit.py` to learn the ranker's weights from.
//!
//! ```text
//! cargo run --profile fast --example theme_features -- corpora/dev > /tmp/dev.jsonl
//! ```
//!
//! The first line names the features; then one line per document with its candidates.
//! With `--tokens` after the folder, each document also carries its text's folded tokens with
//! their stems (`null` for stop words), as `recap eval` stems them, for `ceiling.py`.

use std::path::Path;

use recap::input::{discover, load, DiscoverOptions, Outcome};

fn main() -> anyhow::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "corpora/dev".into());
    let gold = recap::eval::load_gold_dir(Path::new(&dir))?;
    let sources = discover(std::slice::from_ref(&dir), &DiscoverOptions::default())?.sources;
    let tokens = std::env::args().any(|a| a == "--tokens");
    let mut header = true;
    for source in sources {
        let Outcome::Ok(doc) = load(&source) else {
            continue;
        };
        let id = recap::eval::document_stem(&doc.id).to_string();
        let Some(g) = gold.get(&id) else {
            continue;
        };
        let (lang, rows) = recap::themes::candidate_rows(&doc);
        if header {
            let names: Vec<&str> = rows
                .first()
                .map(|r| r.features.iter().map(|f| f.0).collect())
                .unwrap_or_default();
            println!("{}", serde_json::json!({ "features": names }));
            header = false;
        }
        let gold_themes: Vec<&str> = g.themes.iter().map(String::as_str).collect();
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        let overlaps = recap::eval::theme_overlaps(Some(lang.code()), &gold_themes, &labels);
        let candidates: Vec<_> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let matches: Vec<_> = overlaps
                    .iter()
                    .filter(|o| o.1 == i)
                    .map(|o| [o.0, o.2, o.3])
                    .collect();
                serde_json::json!({
                    "key": r.key,
                    "label": r.label,
                    "ends": r.endings,
                    "absorbed": r.absorbed,
                    "score": r.score,
                    "x": r.features.iter().map(|f| f.1).collect::<Vec<_>>(),
                    "matches": matches,
                })
            })
            .collect();
        let mut line = serde_json::json!({
            "doc": id,
            "lang": lang.code(),
            "gold": g.themes,
            "candidates": candidates,
        });
        if tokens {
            let code = Some(lang.code());
            let stems = |s: &str| -> Vec<String> {
                let mut v: Vec<String> = recap::eval::theme_tokens(code, s)
                    .into_iter()
                    .filter_map(|t| t.1)
                    .collect();
                v.sort();
                v.dedup();
                v
            };
            line["tokens"] = serde_json::json!(recap::eval::theme_tokens(code, &doc.text));
            line["gold_stems"] =
                serde_json::json!(gold_themes.iter().map(|t| stems(t)).collect::<Vec<_>>());
            line["label_stems"] =
                serde_json::json!(labels.iter().map(|t| stems(t)).collect::<Vec<_>>());
        }
        println!("{line}");
    }
    Ok(())
}
