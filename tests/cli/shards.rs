//! Property (issue 6): any split of the corpus into shards, each analysed on its own with
//! `--format jsonl` and merged in any order, gives the same bytes as one run over everything.
//!
//! Splits are pseudo-random but deterministic (a fixed seed per case) and include empty shards
//! and single-document shards. Shards are fed either as files or as JSON Lines records on
//! standard input, so the JSON Lines input is held to the same contract.

use crate::util::{recap, root, stdout_of};
use std::io::Write;
use std::path::Path;
use std::process::Stdio;

/// SplitMix64: a small, well-mixed generator, so that the splits need no dependency.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// Every recap of the corpus (not the gold files), as paths relative to the repository root.
fn corpus_files() -> Vec<String> {
    let mut files = Vec::new();
    for dir in ["corpora/dev", "corpora/test"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if !name.ends_with(".json") {
                files.push(format!("{dir}/{name}"));
            }
        }
    }
    files.sort();
    files
}

/// Analyses one shard with `--format jsonl`: the files on the command line, or (when
/// `as_records`) the same files as JSON Lines records on standard input.
fn analyze_shard(files: &[String], as_records: bool) -> String {
    if !as_records && !files.is_empty() {
        let mut args = vec!["analyze", "--format", "jsonl", "-q"];
        args.extend(files.iter().map(String::as_str));
        return stdout_of(&args, 0);
    }
    let mut lines = String::new();
    for f in files {
        let text = std::fs::read_to_string(root().join(f)).unwrap();
        let name = Path::new(f).file_name().unwrap().to_string_lossy();
        let format = Path::new(f).extension().unwrap().to_string_lossy();
        let record = serde_json::json!({"id": name, "text": text, "format": format, "path": f});
        lines.push_str(&record.to_string());
        lines.push('\n');
    }
    let mut child = recap()
        .args([
            "analyze",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "-q",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(lines.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn any_split_analysed_apart_and_merged_in_any_order_equals_one_run() {
    let files = corpus_files();
    assert!(files.len() > 20, "the corpus is there");
    let mut whole_args = vec!["analyze", "-q", "--top", "0"];
    whole_args.extend(files.iter().map(String::as_str));
    let whole = stdout_of(&whole_args, 0);
    let dir = tempfile::tempdir().unwrap();
    for seed in 1..=4u64 {
        let mut rng = SplitMix(seed);
        let shards_n = 3 + rng.below(3);
        let mut shards: Vec<Vec<String>> = vec![Vec::new(); shards_n];
        let mut order = files.clone();
        rng.shuffle(&mut order);
        // The first document alone in shard 0; the last shard stays empty; the rest at random.
        shards[0].push(order[0].clone());
        for f in &order[1..] {
            shards[1 + rng.below(shards_n - 2)].push(f.clone());
        }
        let mut parts = Vec::new();
        for (i, shard) in shards.iter_mut().enumerate() {
            shard.sort();
            let as_records = (seed as usize + i) % 2 == 0;
            let path = dir.path().join(format!("s{seed}-{i}.jsonl"));
            std::fs::write(&path, analyze_shard(shard, as_records)).unwrap();
            parts.push(path.to_string_lossy().into_owned());
        }
        rng.shuffle(&mut parts);
        let mut merge_args = vec!["merge", "--top", "0"];
        merge_args.extend(parts.iter().map(String::as_str));
        let merged = stdout_of(&merge_args, 0);
        let sizes: Vec<usize> = shards.iter().map(Vec::len).collect();
        assert!(
            merged == whole,
            "seed {seed}, shard sizes {sizes:?}, merged in order {parts:?}: differs from one run \
             at byte {}",
            merged
                .bytes()
                .zip(whole.bytes())
                .position(|(a, b)| a != b)
                .unwrap_or(merged.len().min(whole.len()))
        );
    }
}

#[test]
fn json_lines_input_keeps_malformed_lines_as_error_rows() {
    let input = "{\"id\": \"a\", \"text\": \"Mayor Jane Roe opened the day in Aarhus.\"}\n\
                 \n\
                 {\"id\": \"b\", \"text\": \n\
                 {\"id\": \"c\", \"text\": \"<p>Short.</p>\", \"format\": \"html\"}\n";
    // Detected from the first byte: no --input-format needed.
    let mut child = recap()
        .args(["analyze", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "a malformed line means exit 1");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 3"), "{stderr}");
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = rows[..3]
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "c", "line 3"], "sorted by id");
    assert_eq!(rows[2]["status"], "error");
    assert_eq!(rows[0]["status"], "ok");
    assert_eq!(rows[1]["status"], "ok");
    let partial = &rows[3]["corpus_partial"];
    assert_eq!(
        (partial["documents"].as_u64(), partial["errors"].as_u64()),
        (Some(2), Some(1))
    );
}
