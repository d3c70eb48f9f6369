//! `analyze` and the table commands: every format parsed back.

use crate::util::{recap, run, stdout_of};
use recap::output::wire::Report;

#[test]
fn json_report_on_the_corpus_satisfies_the_contract() {
    let text = stdout_of(&["analyze", "corpora/", "--format", "json", "-q"], 0);
    let report: Report = serde_json::from_str(&text).expect("JSON parses into the wire types");
    assert_eq!(report.schema_version, 1);
    assert!(
        report.documents.len() >= 30,
        "{} documents",
        report.documents.len()
    );
    assert!(report.documents.iter().all(|d| d.status == "ok"));
    let ids: Vec<&str> = report.documents.iter().map(|d| d.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "documents sorted by id");
    assert_eq!(report.corpus.documents as usize, report.documents.len());
    assert!(!report.corpus.themes.is_empty());
    // Every kind of output is real on the corpus.
    for kind in ["city", "country", "person", "organisation", "role"] {
        assert!(
            report.corpus.entities.iter().any(|e| e.kind == kind),
            "no {kind} in the corpus"
        );
    }
    for kind in ["bullet", "quote"] {
        assert!(report
            .documents
            .iter()
            .flat_map(|d| &d.takeaways)
            .any(|t| t.kind == kind));
    }
    // Raw JSON keeps the contract's field names.
    let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
    let doc = &raw["documents"][0];
    for key in [
        "id",
        "path",
        "status",
        "error",
        "title",
        "date",
        "language",
        "words",
        "sentences",
        "entities",
        "themes",
        "takeaways",
    ] {
        assert!(doc.get(key).is_some(), "documents[0] lacks {key}");
    }
}

#[test]
fn seed_recap_yields_its_people_places_and_takeaways() {
    let text = stdout_of(&["analyze", "tests/data/seed_recap.txt", "-q"], 0);
    let report: Report = serde_json::from_str(&text).unwrap();
    let d = &report.documents[0];
    assert_eq!(d.date.as_deref(), Some("2020-09-28"));
    assert_eq!(d.language.as_deref(), Some("en"));
    let find =
        |kind: &str, name: &str| d.entities.iter().find(|e| e.kind == kind && e.name == name);
    let natalia = find("person", "Natalia Gkiaouri").expect("Natalia Gkiaouri");
    assert_eq!(natalia.role.as_deref(), Some("policy assistant"));
    assert_eq!(natalia.affiliation.as_deref(), Some("DG GROW"));
    assert_eq!(
        find("city", "Medellín").and_then(|e| e.country.as_deref()),
        Some("Colombia")
    );
    assert!(
        find("city", "Nice").is_some(),
        "Nice (France) is a city here"
    );
    let bullets: Vec<&str> = d
        .takeaways
        .iter()
        .filter(|t| t.kind == "bullet")
        .map(|t| t.text.as_str())
        .collect();
    assert_eq!(bullets[0], "importance of citizen participation");
    assert_eq!(bullets.len(), 4);
    let quote = d
        .takeaways
        .iter()
        .find(|t| t.kind == "quote")
        .expect("a quote");
    assert_eq!(quote.speaker.as_deref(), Some("John Higgins"));
}

#[test]
fn jsonl_lines_are_documents_then_the_partial_aggregate() {
    let text = stdout_of(&["analyze", "corpora/dev", "--format", "jsonl", "-q"], 0);
    let lines: Vec<&str> = text.lines().collect();
    let (docs, partials) = recap::output::read_jsonl(text.as_bytes()).expect("reads back");
    assert_eq!(docs.len() + 1, lines.len());
    assert_eq!(partials.len(), 1);
    assert_eq!(partials[0].documents as usize, docs.len());
    let last: serde_json::Value = serde_json::from_str(lines.last().unwrap()).unwrap();
    assert!(last.get("corpus_partial").is_some());
}

#[test]
fn csv_output_dir_writes_the_five_tables() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let out_s = out.to_string_lossy().into_owned();
    stdout_of(
        &[
            "analyze",
            "corpora/dev",
            "--format",
            "csv",
            "--output",
            &out_s,
            "-q",
        ],
        0,
    );
    for name in [
        "documents",
        "entities",
        "themes",
        "document_themes",
        "takeaways",
    ] {
        let path = out.join(format!("{name}.csv"));
        let bytes = std::fs::read(&path).unwrap_or_else(|_| panic!("{name}.csv written"));
        assert!(!bytes.starts_with(b"\xEF\xBB\xBF"), "no BOM without --bom");
        let mut rdr = csv::Reader::from_reader(bytes.as_slice());
        let headers = rdr.headers().unwrap().clone();
        assert_ne!(&headers[0], "ID", "Excel would read the file as SYLK");
        let rows = rdr
            .records()
            .collect::<Result<Vec<_>, _>>()
            .expect("valid CSV");
        assert!(!rows.is_empty(), "{name}.csv has rows");
        assert!(rows.iter().all(|r| r.len() == headers.len()));
        assert!(
            String::from_utf8_lossy(&bytes).contains("\r\n"),
            "CRLF line ends"
        );
    }
}

#[test]
fn table_subcommands_write_csv_when_piped_and_honour_filters() {
    let text = stdout_of(
        &[
            "entities",
            "tests/data/seed_recap.txt",
            "--type",
            "city,country",
        ],
        0,
    );
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let types: Vec<String> = rdr.records().map(|r| r.unwrap()[1].to_string()).collect();
    assert!(!types.is_empty());
    assert!(
        types.iter().all(|t| t == "city" || t == "country"),
        "{types:?}"
    );

    let themes = stdout_of(&["themes", "corpora/dev", "--format", "json", "-q"], 0);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&themes).unwrap();
    assert!(!rows.is_empty());

    let takeaways = stdout_of(
        &["takeaways", "tests/data/seed_recap.txt", "--format", "tsv"],
        0,
    );
    assert!(takeaways.lines().next().unwrap().contains('\t'));
    let md = stdout_of(&["analyze", "corpora/dev", "--format", "md", "-q"], 0);
    assert!(md.starts_with("# recap report"));
}

#[test]
fn output_file_is_written_and_stdout_stays_empty() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.json");
    let f = file.to_string_lossy().into_owned();
    let text = stdout_of(&["analyze", "tests/data/seed_recap.txt", "-o", &f], 0);
    assert!(text.is_empty());
    let report: Report = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(report.documents.len(), 1);
}

#[test]
fn usage_errors_exit_2_and_no_args_prints_help() {
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Usage"));
    let out = run(&["analyze", "corpora/dev", "--lang", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown language"));
    let out = run(&["entities", "corpora/dev", "--type", "planet"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn standard_input_is_read_with_dash() {
    use std::io::Write;
    let mut child = recap()
        .args(["analyze", "-", "-q"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            std::fs::read("tests/data/seed_recap.txt")
                .unwrap()
                .as_slice(),
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let report: Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.documents[0].id, "-");
    assert!(report.documents[0].words > 400);
}

#[test]
fn schema_is_valid_json_naming_the_contract() {
    let text = stdout_of(&["schema"], 0);
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let s = schema.to_string();
    for field in [
        "schema_version",
        "documents",
        "corpus",
        "takeaways",
        "affiliation",
    ] {
        assert!(s.contains(field), "schema lacks {field}");
    }
}

#[test]
fn a_user_lexicon_adds_and_overrides_entities() {
    let dir = tempfile::tempdir().unwrap();
    let lex = dir.path().join("lexicon.csv");
    std::fs::write(
        &lex,
        "type,name,aliases,country\norganisation,Intelligent Cities Challenge,ICC,\n",
    )
    .unwrap();
    let text = stdout_of(
        &[
            "entities",
            "tests/data/seed_recap.txt",
            "--lexicon",
            &lex.to_string_lossy(),
            "--type",
            "organisation",
        ],
        0,
    );
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let names: Vec<String> = rdr.records().map(|r| r.unwrap()[2].to_string()).collect();
    assert!(
        names.contains(&"Intelligent Cities Challenge".to_string()),
        "{names:?}"
    );
    assert!(
        !names.contains(&"ICC".to_string()),
        "the alias maps to the canonical name: {names:?}"
    );

    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "type,name\nplanet,Mars\n").unwrap();
    let out = run(&[
        "entities",
        "tests/data/seed_recap.txt",
        "--lexicon",
        &bad.to_string_lossy(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.csv") && err.contains("line 2"), "{err}");
}
