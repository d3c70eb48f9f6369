//! How well two analysts' theme lists agree, beside recap's, under the rule `recap eval` uses
//! for theme recall@10 (stem-set Jaccard ≥ 0.5, matched one to one, best overlap first).
//!
//! ```text
//! cargo run --profile fast --example theme_agreement -- corpora/test /tmp/second/test
//! ```
//!
//! The first folder holds the recaps and their gold files; the second a `NAME.json` with a
//! `themes` list for some of them, written by another analyst who did not see the gold. For
//! each recap present in both, it prints how many of the first analyst's themes the second
//! analyst's first 10 recover, the reverse, and how many recap's first 10 recover of each.
//! The totals are the human yardstick for recall@10: a tool that matches the gold as often
//! as a second analyst does is as good as one.

use std::path::Path;

use recap::analyze::Analyzer;
use recap::input::{discover, load, DiscoverOptions, Outcome};

fn themes_of(path: &Path) -> anyhow::Result<Vec<String>> {
    let value: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let themes = value["themes"]
        .as_array()
        .ok_or_else(|| anyhow::anyhow!("{}: no \"themes\" list", path.display()))?;
    Ok(themes
        .iter()
        .filter_map(|t| t.as_str().map(str::to_string))
        .collect())
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, second] = args.as_slice() else {
        anyhow::bail!("usage: theme_agreement GOLD_DIR SECOND_DIR");
    };
    let gold = recap::eval::load_gold_dir(Path::new(dir))?;
    let sources = discover(std::slice::from_ref(dir), &DiscoverOptions::default())?.sources;
    let analyzer = Analyzer::default();
    // [A's themes, B's themes, A by B, B by A, A by recap, B by recap]
    let mut total = [0usize; 6];
    println!("doc\tlang\tA\tB\tA_by_B\tB_by_A\tA_by_recap\tB_by_recap");
    for source in sources {
        let Outcome::Ok(doc) = load(&source) else {
            continue;
        };
        let id = recap::eval::document_stem(&doc.id).to_string();
        let (Some(g), path) = (gold.get(&id), Path::new(second).join(format!("{id}.json"))) else {
            continue;
        };
        if !path.exists() {
            continue;
        }
        let b = themes_of(&path)?;
        let report = analyzer.analyze(&doc);
        let code = report.language.clone().unwrap_or_else(|| "en".into());
        let a: Vec<&str> = g.themes.iter().map(String::as_str).collect();
        let b: Vec<&str> = b.iter().map(String::as_str).collect();
        let ours: Vec<&str> = report.themes.iter().map(|t| t.label.as_str()).collect();
        let recovered = |gold: &[&str], listed: &[&str]| {
            recap::eval::themes_recovered(Some(&code), gold, listed)
        };
        let row = [
            a.len(),
            b.len().min(recap::eval::THEMES_AT),
            recovered(&a, &b),
            recovered(&b, &a),
            recovered(&a, &ours),
            recovered(&b, &ours),
        ];
        println!("{id}\t{code}\t{}", row.map(|n| n.to_string()).join("\t"));
        for (t, n) in total.iter_mut().zip(row) {
            *t += n;
        }
    }
    let share = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
    println!(
        "total\t\t{}\t{}\t{}\t{}\t{}\t{}",
        total[0], total[1], total[2], total[3], total[4], total[5]
    );
    println!(
        "recall@10 of A's themes: by B {:.3}, by recap {:.3}; of B's themes: by A {:.3}, by recap {:.3}",
        share(total[2], total[0]),
        share(total[4], total[0]),
        share(total[3], total[1]),
        share(total[5], total[1]),
    );
    Ok(())
}
