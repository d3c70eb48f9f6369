//! Tests of the writers and readers over a small hand-made report: round trips, CSV and TSV
//! parse-back, formula neutralisation, Markdown escaping and truncation, atomic writes.

use super::wire::*;
use super::*;
use crate::corpus::{CorpusStats, EntityAgg, ThemeAgg};
use std::collections::BTreeMap;
use std::io::Cursor;

fn mention(start: u64, end: u64, sentence: u64) -> MentionOut {
    MentionOut {
        start,
        end,
        sentence,
    }
}

fn entity(kind: &str, name: &str, mentions: Vec<MentionOut>) -> EntityOut {
    EntityOut {
        kind: kind.into(),
        name: name.into(),
        count: mentions.len() as u64,
        country: None,
        gazetteer_country: None,
        role: None,
        affiliation: None,
        mentions,
    }
}

fn takeaway(
    kind: &str,
    text: &str,
    speaker: Option<&str>,
    sentence: u64,
    score: f64,
) -> TakeawayOut {
    TakeawayOut {
        text: text.into(),
        kind: kind.into(),
        speaker: speaker.map(Into::into),
        sentence,
        score,
    }
}

/// Two documents: day3.txt analysed (entities of every kind, themes, four takeaways including
/// a quote and two cells a spreadsheet would read as formulas), broken.html failed.
fn sample() -> Report {
    let mut medellin = entity("city", "Medellín", vec![mention(1203, 1212, 6)]);
    medellin.country = Some("Colombia".into());
    let mut natalia = entity(
        "person",
        "Natalia Gkiaouri",
        vec![mention(310, 326, 2), mention(88, 104, 1)],
    );
    natalia.role = Some("policy assistant".into());
    natalia.affiliation = Some("DG GROW".into());
    let day3 = DocumentOut {
        id: "day3.txt".into(),
        path: "corpora/en/day3.txt".into(),
        status: "ok".into(),
        error: None,
        warnings: vec![
            "guessed encoding windows-1252".into(),
            "2 bytes replaced".into(),
        ],
        title: Some("Day 3 | Cities, \"smart\" & *inclusive*".into()),
        date: Some("2020-09-28".into()),
        language: Some("en".into()),
        words: 540,
        sentences: 21,
        entities: vec![
            medellin,
            entity("country", "Colombia", vec![mention(1216, 1224, 6)]),
            natalia,
            entity("organisation", "DG GROW", vec![mention(340, 347, 2)]),
            entity("role", "policy assistant", vec![]),
        ],
        themes: vec![
            ThemeOut {
                label: "citizen participation".into(),
                key: "citizen particip".into(),
                count: 2,
                score: 0.81,
            },
            ThemeOut {
                label: "urban mobility".into(),
                key: "urban mobil".into(),
                count: 1,
                score: 0.4,
            },
        ],
        takeaways: vec![
            takeaway(
                "bullet",
                "importance of citizen participation",
                None,
                4,
                1.0,
            ),
            takeaway("statement", "=SUM(A1)", None, 7, 0.5),
            takeaway(
                "bullet",
                "-5 degrees, cold | windy\nall week",
                None,
                9,
                0.25,
            ),
            takeaway(
                "quote",
                "Cities learn from cities",
                Some("Natalia Gkiaouri"),
                12,
                0.9,
            ),
        ],
        codebook: vec![],
    };
    let broken = DocumentOut {
        id: "broken.html".into(),
        path: "corpora/en/broken.html".into(),
        status: "error".into(),
        error: Some("cannot decode: invalid UTF-16".into()),
        warnings: vec![],
        title: None,
        date: None,
        language: None,
        words: 0,
        sentences: 0,
        entities: vec![],
        themes: vec![],
        takeaways: vec![],
        codebook: vec![],
    };
    Report {
        schema_version: SCHEMA_VERSION,
        recap_version: "0.1.0".into(),
        documents: vec![broken, day3],
        corpus: CorpusOut {
            documents: 1,
            words: 540,
            skipped: 0,
            errors: 1,
            themes: vec![
                CorpusThemeOut {
                    label: "citizen participation".into(),
                    key: "citizen particip".into(),
                    count: 2,
                    documents: 1,
                    score: 0.81,
                },
                CorpusThemeOut {
                    label: "@home working".into(),
                    key: "home work".into(),
                    count: 1,
                    documents: 1,
                    score: 0.4,
                },
            ],
            entities: vec![
                corpus_entity("city", "Medellín", 1),
                corpus_entity("country", "Colombia", 1),
                corpus_entity("person", "Natalia Gkiaouri", 2),
                corpus_entity("organisation", "DG GROW", 1),
                corpus_entity("role", "policy assistant", 1),
            ],
            codebook: vec![],
        },
    }
}

fn corpus_entity(kind: &str, name: &str, count: u64) -> CorpusEntityOut {
    CorpusEntityOut {
        kind: kind.into(),
        name: name.into(),
        count,
        documents: 1,
    }
}

fn sample_partial() -> CorpusStats {
    let mut themes = BTreeMap::new();
    themes.insert(
        "citizen particip".to_string(),
        ThemeAgg {
            count: 2,
            documents: 1,
            score_micros: 810_000,
            forms: BTreeMap::from([("citizen participation".to_string(), 2)]),
        },
    );
    let mut cities = BTreeMap::new();
    cities.insert(
        "Medellín".to_string(),
        EntityAgg {
            count: 1,
            documents: 1,
        },
    );
    CorpusStats {
        documents: 1,
        skipped: 0,
        errors: 1,
        words: 540,
        themes,
        entities: BTreeMap::from([("city".to_string(), cities)]),
        codebook: BTreeMap::new(),
    }
}

fn report_string(format: Format, opts: &WriteOptions) -> String {
    let mut out = Vec::new();
    write_report(&sample(), &sample_partial(), format, opts, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn table_bytes(kind: TableKind, format: Format, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    write_table(&sample(), kind, format, &WriteOptions { bom }, &mut out).unwrap();
    out
}

fn csv_records(
    bytes: &[u8],
    delimiter: u8,
    quoting: bool,
) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .quoting(quoting)
        .from_reader(bytes);
    let headers = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader.records().map(Result::unwrap).collect();
    (headers, rows)
}

fn expected_rows(kind: TableKind) -> usize {
    match kind {
        TableKind::Documents => 2,
        TableKind::Entities => 5,
        TableKind::Themes => 2,
        TableKind::DocumentThemes => 2,
        TableKind::Takeaways => 4,
    }
}

#[test]
fn json_round_trip() {
    let text = report_string(Format::Json, &WriteOptions::default());
    assert!(text.ends_with("}\n"));
    assert!(
        text.starts_with("{\n  \"schema_version\": 1,\n"),
        "two-space pretty JSON"
    );
    let back = read_json_report(text.as_bytes()).unwrap();
    assert_eq!(back, sample());
}

#[test]
fn json_report_reader_rejects_other_schema_and_garbage() {
    let mut report = sample();
    report.schema_version = 2;
    let text = serde_json::to_string(&report).unwrap();
    let err = read_json_report(text.as_bytes()).unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::Parse);
    let err = read_json_report(&b"{\"documents\": ["[..]).unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::Parse);
    let with_bom = format!("\u{feff}{}", serde_json::to_string(&sample()).unwrap());
    assert_eq!(read_json_report(with_bom.as_bytes()).unwrap(), sample());
}

#[test]
fn jsonl_round_trip() {
    let text = report_string(Format::Jsonl, &WriteOptions::default());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[2].starts_with("{\"corpus_partial\":"));
    assert!(lines[2].ends_with("\"recap_version\":\"0.1.0\",\"schema_version\":1}"));
    let (docs, partials) = read_jsonl(Cursor::new(&text)).unwrap();
    assert_eq!(docs, sample().documents);
    assert_eq!(partials, vec![sample_partial()]);
}

#[test]
fn jsonl_reader_takes_concatenated_streams_and_blank_lines() {
    let one = report_string(Format::Jsonl, &WriteOptions::default());
    let stream = format!("{one}\n\r\n{one}");
    let (docs, partials) = read_jsonl(Cursor::new(stream)).unwrap();
    assert_eq!(docs.len(), 4);
    assert_eq!(partials.len(), 2);
    // The aggregate line with its keys in another order is still an aggregate line.
    let reordered = format!(
        "{{\"schema_version\":1,\"recap_version\":\"x\",\"corpus_partial\":{}}}\n",
        serde_json::to_string(&sample_partial()).unwrap()
    );
    let (docs, partials) = read_jsonl(Cursor::new(reordered)).unwrap();
    assert!(docs.is_empty());
    assert_eq!(partials, vec![sample_partial()]);
}

#[test]
fn jsonl_reader_names_the_malformed_line() {
    let one = report_string(Format::Jsonl, &WriteOptions::default());
    let stream = format!("{one}\n{{\"id\": 3}}\n");
    let err = read_jsonl(Cursor::new(stream)).unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::Parse);
    assert_eq!(
        err.message(),
        "line 5, column 8: invalid type: integer `3`, expected a string"
    );
    let future = format!(
        "{{\"corpus_partial\":{},\"recap_version\":\"9.0.0\",\"schema_version\":9}}\n",
        serde_json::to_string(&sample_partial()).unwrap()
    );
    let err = read_jsonl(Cursor::new(future)).unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::Parse);
    assert!(
        err.message().starts_with("line 1: schema_version 9"),
        "{}",
        err.message()
    );
}

#[test]
fn every_table_parses_back_as_csv() {
    for kind in TableKind::ALL {
        let bytes = table_bytes(kind, Format::Csv, false);
        assert!(
            !bytes.starts_with("\u{feff}".as_bytes()),
            "{kind:?}: no BOM by default"
        );
        let text = std::str::from_utf8(&bytes).unwrap();
        assert!(text.ends_with("\r\n"), "{kind:?}: CRLF at the end");
        let bare_lf = text
            .match_indices('\n')
            .filter(|(i, _)| text.as_bytes()[i - 1] != b'\r');
        // The only bare LF is inside the quoted multi-line takeaway.
        assert!(
            bare_lf.count() <= usize::from(kind == TableKind::Takeaways),
            "{kind:?}"
        );
        let (headers, rows) = csv_records(&bytes, b',', true);
        assert_eq!(headers, kind.columns(), "{kind:?}");
        assert_eq!(rows.len(), expected_rows(kind), "{kind:?}");
        assert!(rows.iter().all(|r| r.len() == headers.len()));
        assert_ne!(headers[0].to_ascii_uppercase(), "ID");
    }
}

#[test]
fn csv_bom_only_when_asked() {
    for kind in TableKind::ALL {
        let bytes = table_bytes(kind, Format::Csv, true);
        let rest = bytes.strip_prefix("\u{feff}".as_bytes()).expect("BOM");
        let (headers, _) = csv_records(rest, b',', true);
        assert_eq!(headers, kind.columns());
    }
    let tsv = table_bytes(TableKind::Documents, Format::Tsv, true);
    assert!(tsv.starts_with("\u{feff}".as_bytes()));
}

#[test]
fn csv_cells_hold_the_report() {
    let (_, docs) = csv_records(
        &table_bytes(TableKind::Documents, Format::Csv, false),
        b',',
        true,
    );
    assert_eq!(&docs[0][0], "broken.html");
    assert_eq!(&docs[0][2], "error");
    assert_eq!(&docs[0][3], "cannot decode: invalid UTF-16");
    assert_eq!(&docs[1][4], "Day 3 | Cities, \"smart\" & *inclusive*");
    assert_eq!(
        docs[1].iter().skip(7).collect::<Vec<_>>(),
        [
            "540",
            "21",
            "5",
            "2",
            "4",
            "guessed encoding windows-1252; 2 bytes replaced"
        ]
    );
    let (_, entities) = csv_records(
        &table_bytes(TableKind::Entities, Format::Csv, false),
        b',',
        true,
    );
    let city = &entities[0];
    assert_eq!(
        city.iter().collect::<Vec<_>>(),
        [
            "day3.txt",
            "city",
            "Medellín",
            "1",
            "Colombia",
            "",
            "",
            "1203",
            "1212"
        ]
    );
    let person = &entities[2];
    // The first mention is the earliest one, whatever the order of the list.
    assert_eq!(
        person.iter().collect::<Vec<_>>(),
        [
            "day3.txt",
            "person",
            "Natalia Gkiaouri",
            "2",
            "",
            "policy assistant",
            "DG GROW",
            "88",
            "104"
        ]
    );
    assert_eq!(&entities[4][7], "", "no mention, no offset");
    let (_, themes) = csv_records(
        &table_bytes(TableKind::Themes, Format::Csv, false),
        b',',
        true,
    );
    assert_eq!(
        themes[0].iter().collect::<Vec<_>>(),
        [
            "1",
            "citizen participation",
            "citizen particip",
            "2",
            "1",
            "0.81"
        ]
    );
    let (_, takeaways) = csv_records(
        &table_bytes(TableKind::Takeaways, Format::Csv, false),
        b',',
        true,
    );
    assert_eq!(&takeaways[0][1], "0");
    assert_eq!(&takeaways[0][6], "1");
    assert_eq!(&takeaways[3][4], "Natalia Gkiaouri");
}

#[test]
fn formulas_are_neutralised_in_text_cells_only() {
    let (_, takeaways) = csv_records(
        &table_bytes(TableKind::Takeaways, Format::Csv, false),
        b',',
        true,
    );
    assert_eq!(&takeaways[1][3], "'=SUM(A1)");
    assert_eq!(&takeaways[2][3], "'-5 degrees, cold | windy\nall week");
    assert_eq!(&takeaways[0][3], "importance of citizen participation");
    let (_, themes) = csv_records(
        &table_bytes(TableKind::Themes, Format::Csv, false),
        b',',
        true,
    );
    assert_eq!(&themes[1][1], "'@home working");

    // Numbers are never touched, even negative ones.
    let mut table = Table::new(&["document", "delta", "note"]);
    table.push(vec![
        Cell::text("+1 day"),
        Cell::Int(-1),
        Cell::text("\tcell"),
    ]);
    table.push(vec![
        Cell::text("ok"),
        Cell::Float(-0.5),
        Cell::text("\rcell"),
    ]);
    let mut out = Vec::new();
    write_built_table(&table, Format::Csv, &WriteOptions::default(), &mut out).unwrap();
    let (_, rows) = csv_records(&out, b',', true);
    assert_eq!(
        rows[0].iter().collect::<Vec<_>>(),
        ["'+1 day", "-1", "'\tcell"]
    );
    assert_eq!(
        rows[1].iter().collect::<Vec<_>>(),
        ["ok", "-0.5", "'\rcell"]
    );
    let mut out = Vec::new();
    write_built_table(&table, Format::Tsv, &WriteOptions::default(), &mut out).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "document\tdelta\tnote\n'+1 day\t-1\t' cell\nok\t-0.5\t' cell\n"
    );
}

#[test]
fn every_table_parses_back_as_tsv() {
    for kind in TableKind::ALL {
        let bytes = table_bytes(kind, Format::Tsv, false);
        let text = std::str::from_utf8(&bytes).unwrap();
        assert!(!text.contains('\r'));
        assert_eq!(
            text.lines().count(),
            expected_rows(kind) + 1,
            "{kind:?}: one line per row"
        );
        let (headers, rows) = csv_records(&bytes, b'\t', false);
        assert_eq!(headers, kind.columns());
        assert_eq!(rows.len(), expected_rows(kind));
        if kind == TableKind::Takeaways {
            assert_eq!(&rows[2][3], "'-5 degrees, cold | windy all week");
            assert_eq!(&rows[1][3], "'=SUM(A1)");
        }
    }
}

#[test]
fn csv_report_is_the_documents_table() {
    let report = report_string(Format::Csv, &WriteOptions::default());
    let table = String::from_utf8(table_bytes(TableKind::Documents, Format::Csv, false)).unwrap();
    assert_eq!(report, table);
}

#[test]
fn json_tables_keep_column_order_and_number_types() {
    let bytes = table_bytes(TableKind::Entities, Format::Json, false);
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[0]["count"], serde_json::json!(1));
    assert_eq!(rows[0]["first_start"], serde_json::json!(1203));
    assert_eq!(rows[4]["first_start"], serde_json::Value::Null);
    let text = String::from_utf8(bytes).unwrap();
    let positions: Vec<usize> = TableKind::Entities
        .columns()
        .iter()
        .map(|c| text.find(&format!("\"{c}\"")).unwrap())
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "keys in column order"
    );

    let lines = String::from_utf8(table_bytes(TableKind::Takeaways, Format::Jsonl, false)).unwrap();
    let rows: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[1]["text"], "=SUM(A1)",
        "no neutralisation outside CSV and TSV"
    );
    assert_eq!(rows[3]["score"], serde_json::json!(0.9));
}

#[test]
fn markdown_report_has_the_sections_and_escapes() {
    let md = report_string(Format::Md, &WriteOptions::default());
    for section in [
        "# recap report\n",
        "## Top themes\n",
        "## Entities\n",
        "### Cities\n",
        "### People\n",
        "## Documents\n",
        "## Takeaways\n",
        "### day3.txt\n",
    ] {
        assert!(md.contains(section), "missing {section:?}");
    }
    assert!(md.contains("| Day 3 \\| Cities, \"smart\" \\& \\*inclusive\\* |"));
    assert!(md.contains("- \\-5 degrees, cold \\| windy all week\n"));
    assert!(md.contains("- “Cities learn from cities” — Natalia Gkiaouri\n"));
    assert!(md.contains("| citizen participation | 2 | 1 | 0.81 |"));
    assert!(md.contains("| --- | ---: | ---: | ---: |"));
    assert!(!md.contains("truncated"));
    // Every table row has as many cells as its header.
    let table_lines: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
    assert!(table_lines
        .iter()
        .all(|l| l.ends_with(" |") || l.ends_with(":|")));
}

#[test]
fn markdown_escape_neutralises_active_text() {
    use super::markdown::{escape, escape_line};
    assert_eq!(escape("a | b"), "a \\| b");
    assert_eq!(
        escape("line one\nline two\r\nthree"),
        "line one line two three"
    );
    assert_eq!(escape("# not a heading"), "\\# not a heading");
    assert_eq!(escape_line("- not a list"), "\\- not a list");
    assert_eq!(escape_line("+ not a list"), "\\+ not a list");
    assert_eq!(escape_line("1. not a list"), "1\\. not a list");
    assert_eq!(escape_line("  12) not a list"), "12\\) not a list");
    assert_eq!(escape_line("=SUM(A1)"), "=SUM(A1)");
    assert_eq!(escape("- in a cell"), "- in a cell");
    assert_eq!(escape("recap 0.1.0"), "recap 0.1.0");
    assert_eq!(escape("2020 was a year."), "2020 was a year.");
    assert_eq!(escape("<script>"), "\\<script\\>");
    assert_eq!(escape("[link](x)"), "\\[link\\](x)");
    assert_eq!(
        escape("plain text, nothing to do"),
        "plain text, nothing to do"
    );
}

/// A report of 40 documents with 400 takeaways of about 150 bytes each: about 2.4 MB.
fn big_report() -> Report {
    let mut report = sample();
    let template = report.documents[1].clone();
    report.documents = (0..40)
        .map(|d| {
            let mut doc = template.clone();
            doc.id = format!("day{d:02}.txt");
            doc.takeaways = (0..400)
                .map(|t| {
                    takeaway(
                        "bullet",
                        &format!(
                            "takeaway {t} of document {d}: {}",
                            "cities | people ".repeat(7)
                        ),
                        None,
                        t,
                        0.5,
                    )
                })
                .collect();
            doc
        })
        .collect();
    report
}

#[test]
fn markdown_report_is_truncated_under_one_mib() {
    let report = big_report();
    let mut out = Vec::new();
    write_report(
        &report,
        &CorpusStats::default(),
        Format::Md,
        &WriteOptions::default(),
        &mut out,
    )
    .unwrap();
    let md = String::from_utf8(out).unwrap();
    assert!(md.len() <= MAX_MARKDOWN_BYTES, "{} bytes", md.len());
    assert!(md.len() > MAX_MARKDOWN_BYTES - 2048, "uses the room it has");
    let shown = md.lines().filter(|l| l.starts_with("- takeaway ")).count();
    let note = format!(
        "_Report truncated at 1 MiB: {} takeaways not shown; use --format json for everything._\n",
        16_000 - shown
    );
    assert!(md.ends_with(&note), "{}", &md[md.len() - 300..]);
    assert!(
        md.contains("## Documents\n"),
        "the sections before the takeaways are whole"
    );

    // With a small limit the cut falls inside an earlier section: nothing after it is added.
    let small = super::markdown::report_with_limit(&sample(), 1200);
    assert!(small.len() <= 1200);
    assert!(small.ends_with(
        "_Report truncated at 1 MiB: 4 takeaways not shown; use --format json for everything._\n"
    ));
    assert!(!small.contains("## Takeaways"));
}

#[test]
fn markdown_table_is_truncated_under_one_mib() {
    let report = big_report();
    let table = build_table(&report, TableKind::Takeaways);
    let md = super::markdown::table(&table);
    assert!(md.len() <= MAX_MARKDOWN_BYTES);
    let rows = md.lines().filter(|l| l.starts_with('|')).count() - 2;
    assert!(md.ends_with(&format!(
        "_Table truncated at 1 MiB: {} rows not shown; use --format json for everything._\n",
        16_000 - rows
    )));
    let whole = super::markdown::table(&build_table(&sample(), TableKind::Takeaways));
    assert_eq!(whole.lines().count(), 6);
}

#[test]
fn text_table_aligns_columns() {
    let text = report_string(Format::Table, &WriteOptions::default());
    assert!(text.starts_with("Documents: 1 analysed, 0 skipped, 1 errors; 540 words\n"));
    assert!(text.contains("\nTop themes\n"));
    assert!(text.contains("\nTop entities\n"));
    assert!(
        text.lines().all(|l| l == l.trim_end()),
        "no trailing spaces"
    );
    let bytes = table_bytes(TableKind::Themes, Format::Table, false);
    let themes = String::from_utf8(bytes).unwrap();
    assert_eq!(
        themes,
        "rank  label                  key               count  documents  score\n\
         ----  ---------------------  ----------------  -----  ---------  -----\n   \
         1  citizen participation  citizen particip      2          1   0.81\n   \
         2  @home working          home work             1          1    0.4\n"
    );
}

#[test]
fn write_tables_dir_writes_five_files_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("tables");
    let paths =
        write_tables_dir(&sample(), &target, Format::Csv, &WriteOptions::default()).unwrap();
    let names: Vec<_> = paths
        .iter()
        .map(|p| p.file_name().unwrap().to_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "documents.csv",
            "entities.csv",
            "themes.csv",
            "document_themes.csv",
            "takeaways.csv"
        ]
    );
    let mut listed: Vec<_> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    listed.sort();
    assert_eq!(listed.len(), 5, "no temporary files left: {listed:?}");
    for (path, kind) in paths.iter().zip(TableKind::ALL) {
        let bytes = std::fs::read(path).unwrap();
        assert_eq!(bytes, table_bytes(kind, Format::Csv, false));
    }
    let paths =
        write_tables_dir(&sample(), &target, Format::Tsv, &WriteOptions::default()).unwrap();
    assert!(paths[0].ends_with("documents.tsv"));
    assert_eq!(std::fs::read_dir(&target).unwrap().count(), 10);
}

#[test]
fn streamed_tables_equal_the_whole_report_tables() {
    let report = sample();
    for format in [Format::Csv, Format::Tsv, Format::Jsonl] {
        for bom in [false, true] {
            let opts = WriteOptions { bom };
            for kind in TableKind::ALL {
                let mut out = Vec::new();
                let mut stream = TableStream::new(vec![(kind, &mut out)], format, &opts).unwrap();
                for doc in &report.documents {
                    stream.document(doc).unwrap();
                }
                stream.finish(&report.corpus).unwrap();
                assert_eq!(
                    out,
                    table_bytes(kind, format, bom),
                    "{format:?} {kind:?} bom {bom}"
                );
            }
        }
    }
    let err = TableStream::new(
        vec![(TableKind::Documents, Vec::new())],
        Format::Md,
        &WriteOptions::default(),
    );
    assert!(err.is_err(), "Markdown needs every row first");
}

#[test]
fn tables_dir_appears_only_on_commit_and_equals_write_tables_dir() {
    let report = sample();
    let dir = tempfile::tempdir().unwrap();
    let streamed = dir.path().join("streamed");
    let whole = dir.path().join("whole");
    let opts = WriteOptions { bom: true };
    let mut tables = TablesDir::create(&streamed, Format::Tsv, &opts).unwrap();
    for doc in &report.documents {
        tables.document(doc).unwrap();
    }
    let names = |d: &Path| {
        let mut v: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        v.sort();
        v
    };
    assert!(
        names(&streamed).iter().all(|n| n.starts_with(".recap-")),
        "only temporary files before the commit: {:?}",
        names(&streamed)
    );
    let paths = tables.commit(&report.corpus).unwrap();
    let expected = write_tables_dir(&report, &whole, Format::Tsv, &opts).unwrap();
    assert_eq!(names(&streamed), names(&whole), "no temporary files left");
    for (a, b) in paths.iter().zip(&expected) {
        assert_eq!(a.file_name(), b.file_name());
        assert_eq!(std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
    }

    let dropped = dir.path().join("dropped");
    let mut tables = TablesDir::create(&dropped, Format::Csv, &opts).unwrap();
    tables.document(&report.documents[0]).unwrap();
    drop(tables);
    assert!(
        names(&dropped).is_empty(),
        "an unfinished run leaves nothing"
    );
}

#[test]
fn write_atomic_leaves_the_target_untouched_on_failure() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.json");
    std::fs::write(&path, "old").unwrap();
    let err = write_atomic(&path, |out| {
        out.write_all(b"half a rep").unwrap();
        Err(crate::Error::new(crate::ErrorKind::Parse, "gave up"))
    })
    .unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::Parse);
    assert_eq!(err.path(), Some(path.as_path()));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "temp file removed"
    );

    write_atomic(&path, |out| {
        write_report(
            &sample(),
            &sample_partial(),
            Format::Json,
            &WriteOptions::default(),
            out,
        )
    })
    .unwrap();
    let back = read_json_report(std::fs::File::open(&path).unwrap()).unwrap();
    assert_eq!(back, sample());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let missing = dir.path().join("no/such/folder/report.json");
    let err = write_atomic(&missing, |_| Ok(())).unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::Io);
    assert_eq!(err.path(), Some(missing.as_path()));
}

#[cfg(unix)]
#[test]
fn write_atomic_writes_a_device_in_place() {
    use std::os::unix::fs::FileTypeExt;
    // A rename over /dev/null would make it a regular file that every later reader sees.
    let path = Path::new("/dev/null");
    write_atomic(path, |out| {
        out.write_all(b"{}").unwrap();
        Ok(())
    })
    .unwrap();
    assert!(std::fs::metadata(path)
        .unwrap()
        .file_type()
        .is_char_device());
}

/// A sink whose reader went away.
struct ClosedPipe;

impl std::io::Write for ClosedPipe {
    fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
        Err(std::io::ErrorKind::BrokenPipe.into())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Err(std::io::ErrorKind::BrokenPipe.into())
    }
}

#[test]
fn broken_pipe_stays_detectable_in_every_format() {
    for format in Format::ALL {
        let err = write_report(
            &sample(),
            &sample_partial(),
            format,
            &WriteOptions::default(),
            &mut ClosedPipe,
        )
        .unwrap_err();
        assert!(is_broken_pipe(&err), "{format:?}: {err}");
        for kind in TableKind::ALL {
            let err = write_table(
                &sample(),
                kind,
                format,
                &WriteOptions { bom: true },
                &mut ClosedPipe,
            )
            .unwrap_err();
            assert!(is_broken_pipe(&err), "{format:?} {kind:?}: {err}");
        }
    }
    let other = crate::Error::new(crate::ErrorKind::Io, "disk full");
    assert!(!is_broken_pipe(&other));
}

#[test]
fn json_schema_describes_the_report() {
    let schema: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
    assert_eq!(schema["title"], "Report");
}

#[test]
fn snapshot_documents_csv() {
    let csv = String::from_utf8(table_bytes(TableKind::Documents, Format::Csv, false)).unwrap();
    // CRLF is checked above; the snapshot shows the line ends as text.
    insta::assert_snapshot!(csv.replace("\r\n", "␍\n"));
}

#[test]
fn snapshot_markdown_report() {
    insta::assert_snapshot!(report_string(Format::Md, &WriteOptions::default()));
}
