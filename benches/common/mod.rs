//! Bench inputs built from corpora/, keyed by size and language (shared by the benches).
// Each bench uses a part of this module.
#![allow(dead_code)]

use recap::input::{Document, Source, TextFormat};
use std::path::{Path, PathBuf};

/// One recap file of the corpus, raw.
pub struct Raw {
    pub name: String,
    pub format: TextFormat,
    pub bytes: Vec<u8>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpora")
}

/// Every recap of corpora/ (gold files left out), sorted by path.
pub fn corpus() -> Vec<Raw> {
    let mut paths: Vec<PathBuf> = ["dev", "test"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root().join(d)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| Raw {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            format: TextFormat::from_extension(&p.extension().unwrap().to_string_lossy()).unwrap(),
            bytes: std::fs::read(&p).unwrap(),
        })
        .collect()
}

/// A recap in a given language (by file): en, fr, de.
pub fn by_lang(lang: &str) -> Raw {
    let name = match lang {
        "en" => "icc-city-lab-day4.txt",
        "fr" => "sommet-ong-humanitaires-geneve.txt",
        "de" => "fachtagung-digitale-kommune-muenchen.txt",
        other => panic!("no bench recap for {other}"),
    };
    corpus().into_iter().find(|r| r.name == name).unwrap()
}

/// Parses raw recaps into documents.
pub fn documents(raws: &[Raw]) -> Vec<Document> {
    raws.iter()
        .map(|r| {
            let text = String::from_utf8(r.bytes.clone()).unwrap();
            Document::from_text(r.name.clone(), r.name.clone(), r.format, &text)
        })
        .collect()
}

/// Inputs keyed by size: one recap, ten recaps, and about 1 MB (the corpus repeated, ids
/// numbered).
pub fn sized() -> Vec<(&'static str, Vec<Raw>)> {
    let all = corpus();
    let one = vec![by_lang("en")];
    let ten: Vec<Raw> = all.iter().take(10).map(clone).collect();
    let mut mb = Vec::new();
    let mut size = 0;
    let mut n = 0;
    while size < 1_000_000 {
        let r = &all[n % all.len()];
        size += r.bytes.len();
        mb.push(Raw {
            name: format!("{n:05}-{}", r.name),
            ..clone(r)
        });
        n += 1;
    }
    vec![("1 recap", one), ("10 recaps", ten), ("1 MB", mb)]
}

fn clone(r: &Raw) -> Raw {
    Raw {
        name: r.name.clone(),
        format: r.format,
        bytes: r.bytes.clone(),
    }
}

/// Bytes of raw recaps, for throughput figures.
pub fn bytes_of(raws: &[Raw]) -> u64 {
    raws.iter().map(|r| r.bytes.len() as u64).sum()
}

/// Sources for files written to a temporary folder (for the whole pipeline through `load`).
pub fn write_sources(raws: &[Raw], dir: &Path) -> Vec<Source> {
    raws.iter()
        .map(|r| {
            let p = dir.join(&r.name);
            std::fs::write(&p, &r.bytes).unwrap();
            Source {
                id: r.name.clone(),
                path: p.to_string_lossy().into_owned(),
                origin: recap::input::Origin::File(p),
                format: Some(r.format),
            }
        })
        .collect()
}
