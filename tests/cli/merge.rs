//! `merge` over shards equals one run over everything.

use crate::util::stdout_of;

#[test]
fn merging_shards_in_any_order_equals_one_run() {
    let whole = stdout_of(
        &["analyze", "corpora/dev", "corpora/test", "-q", "--top", "0"],
        0,
    );
    let dir = tempfile::tempdir().unwrap();
    let dev = dir.path().join("dev.jsonl");
    let test = dir.path().join("test.jsonl");
    std::fs::write(
        &dev,
        stdout_of(
            &[
                "analyze",
                "corpora/dev",
                "corpora/test/none",
                "--format",
                "jsonl",
                "-q",
            ],
            1,
        ),
    )
    .ok();
    std::fs::write(
        &dev,
        stdout_of(&["analyze", "corpora/dev", "--format", "jsonl", "-q"], 0),
    )
    .unwrap();
    std::fs::write(
        &test,
        stdout_of(&["analyze", "corpora/test", "--format", "jsonl", "-q"], 0),
    )
    .unwrap();
    let (d, t) = (
        dev.to_string_lossy().into_owned(),
        test.to_string_lossy().into_owned(),
    );
    let ab = stdout_of(&["merge", &d, &t, "--top", "0"], 0);
    let ba = stdout_of(&["merge", &t, &d, "--top", "0"], 0);
    assert_eq!(ab, ba, "merge is commutative");
    let strip = |s: &str| {
        let mut v: serde_json::Value = serde_json::from_str(s).unwrap();
        v["recap_version"] = serde_json::Value::Null;
        v
    };
    assert_eq!(
        strip(&ab)["corpus"],
        strip(&whole)["corpus"],
        "merged corpus equals the single run"
    );
    assert_eq!(
        strip(&ab)["documents"].as_array().unwrap().len(),
        strip(&whole)["documents"].as_array().unwrap().len()
    );
}

#[test]
fn a_malformed_part_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"id\": 3}\nnot json\n").unwrap();
    let out = crate::util::run(&["merge", &bad.to_string_lossy()]);
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.jsonl"));
}
