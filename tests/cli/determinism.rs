//! Output order is a contract: the same bytes for any thread count and any file order.

use crate::util::{copy_recaps, root, stdout_of};

#[test]
fn same_bytes_with_one_or_four_threads() {
    for format in ["json", "jsonl", "md"] {
        let a = stdout_of(&["analyze", "corpora/", "-j1", "-q", "--format", format], 0);
        let b = stdout_of(&["analyze", "corpora/", "-j4", "-q", "--format", format], 0);
        assert!(a == b, "{format} output differs between -j1 and -j4");
    }
}

#[test]
fn same_bytes_whatever_the_order_of_paths_on_the_command_line() {
    let dev = root().join("corpora/dev");
    let mut files: Vec<String> = std::fs::read_dir(&dev)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "json"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut args = vec!["analyze".to_string(), "-q".into()];
    args.extend(files.iter().cloned());
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let forward = stdout_of(&refs, 0);
    files.reverse();
    let mut args = vec!["analyze".to_string(), "-q".into()];
    args.extend(files.iter().cloned());
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_eq!(forward, stdout_of(&refs, 0));
}

#[test]
fn corpus_figures_do_not_depend_on_file_creation_order() {
    // The same recaps copied in two different orders into two folders give the same report.
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let dev = root().join("corpora/dev");
    copy_recaps(&dev, a.path(), |n| n.to_string());
    let mut names: Vec<_> = std::fs::read_dir(&dev)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names.reverse();
    for p in names
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e != "json"))
    {
        std::fs::copy(p, b.path().join(p.file_name().unwrap())).unwrap();
    }
    let ra = stdout_of(&["analyze", &a.path().to_string_lossy(), "-q"], 0);
    let rb = stdout_of(&["analyze", &b.path().to_string_lossy(), "-q"], 0);
    let strip = |s: &str| {
        let mut v: serde_json::Value = serde_json::from_str(s).unwrap();
        for d in v["documents"].as_array_mut().unwrap() {
            d["path"] = serde_json::Value::Null;
        }
        v
    };
    assert_eq!(strip(&ra), strip(&rb));
}
