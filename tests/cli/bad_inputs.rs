//! Bad inputs degrade the run without ending it: each gets a row with its status.

use crate::util::run;
use recap::output::wire::Report;

#[test]
fn a_folder_of_bad_files_reports_each_and_analyses_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::copy(
        crate::util::root().join("tests/data/seed_recap.txt"),
        p.join("good.txt"),
    )
    .unwrap();
    std::fs::write(p.join("empty.txt"), b"").unwrap();
    std::fs::write(p.join("photo.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    std::fs::write(p.join("broken.txt"), b"Caf\x81\x8d \x90 text \xff\xfe\xfd").unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "Mayor Anna Nowak opened the forum in Kraków (Poland).".encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    std::fs::write(p.join("utf16.txt"), utf16).unwrap();
    std::fs::write(
        p.join("legacy.txt"),
        b"The caf\xe9 in M\xfcnchen hosted the workshop.",
    )
    .unwrap();

    let dir_s = p.to_string_lossy().into_owned();
    let out = run(&["analyze", &dir_s]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Report = serde_json::from_slice(&out.stdout).expect("the rest is still written");
    let status = |id: &str| {
        let d = report
            .documents
            .iter()
            .find(|d| d.id == id)
            .unwrap_or_else(|| panic!("{id} has a row"));
        (d.status.clone(), d.error.clone().unwrap_or_default())
    };
    assert_eq!(status("good.txt").0, "ok");
    assert_eq!(status("utf16.txt").0, "ok");
    assert_eq!(status("legacy.txt").0, "ok");
    assert_eq!(status("empty.txt").0, "skipped");
    assert_eq!(status("photo.txt").0, "skipped");
    assert!(status("photo.txt").1.contains("binary"));
    assert_eq!(status("broken.txt").0, "error");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("broken.txt"),
        "the error names the file: {stderr}"
    );
    assert!(
        stderr.contains("legacy.txt") && stderr.contains("Windows-1252"),
        "{stderr}"
    );
    let utf16 = report
        .documents
        .iter()
        .find(|d| d.id == "utf16.txt")
        .unwrap();
    assert!(utf16.entities.iter().any(|e| e.name == "Kraków"));
    assert_eq!(report.corpus.documents, 3);
    assert_eq!(report.corpus.skipped, 2);
    assert_eq!(report.corpus.errors, 1);
}

#[test]
fn a_missing_path_is_a_row_with_an_error() {
    let out = run(&["analyze", "tests/data/seed_recap.txt", "no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(1));
    let report: Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.documents.len(), 2);
    let missing = report
        .documents
        .iter()
        .find(|d| d.status == "error")
        .unwrap();
    assert!(missing.path.contains("no/such/file.txt"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.txt"));
}
