//! Criterion benches per stage: decode, segment, lexicon load and lookup, entities, themes,
//! takeaways, output. Inputs are keyed by language (en, fr, de) and by size (one recap, ten
//! recaps, about 1 MB), built from corpora/. Run with `cargo bench --bench stages`; record
//! results with date and machine in BENCHMARKS.md.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use recap::analyze::Analyzer;
use recap::lexicon::{builtin, Lexicons};
use recap::segment::{fold, segment, TokenKind};
use std::hint::black_box;

fn lexicon(c: &mut Criterion) {
    let mut g = c.benchmark_group("lexicon");
    g.sample_size(20);
    // What the first call of `recap::lexicon::builtin()` costs (the LazyLock runs this once).
    g.bench_function("load (parse_builtin)", |b| {
        b.iter(|| black_box(Lexicons::parse_builtin()))
    });
    // The tables indexed on first use, not at start-up.
    g.bench_function("first use: towns", |b| {
        b.iter(|| black_box(recap::lexicon::index_towns()))
    });
    g.bench_function("first use: villages", |b| {
        b.iter(|| black_box(recap::lexicon::index_villages()))
    });
    g.bench_function("first use: words", |b| {
        b.iter(|| black_box(recap::lexicon::index_words()))
    });
    let lex = builtin();
    for lang in ["en", "fr", "de"] {
        let doc = &common::documents(&[common::by_lang(lang)])[0];
        let seg = segment(doc, None);
        let words: Vec<&str> = seg
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| &doc.text[t.start..t.end])
            .collect();
        g.throughput(Throughput::Elements(words.len() as u64));
        g.bench_with_input(BenchmarkId::new("lookup", lang), &words, |b, words| {
            b.iter(|| {
                let mut hits = 0usize;
                for w in words {
                    let f = fold(w);
                    hits += lex.cities_for(&f).len();
                    hits += usize::from(lex.country_for(&f).is_some());
                    hits += usize::from(lex.is_given_name(&f));
                }
                black_box(hits)
            })
        });
    }
    g.finish();
}

fn stages(c: &mut Criterion) {
    let lex = builtin();
    let analyzer = Analyzer::default();
    for lang in ["en", "fr", "de"] {
        let raw = common::by_lang(lang);
        let mut g = c.benchmark_group(format!("stage/{lang}"));
        g.throughput(Throughput::Bytes(raw.bytes.len() as u64));
        g.bench_function("decode+markup", |b| {
            b.iter(|| {
                let text = match recap::input::decode(&raw.bytes).unwrap() {
                    recap::input::Decoded::Text { text, .. } => text,
                    _ => unreachable!(),
                };
                black_box(recap::input::Document::from_text(
                    raw.name.clone(),
                    raw.name.clone(),
                    raw.format,
                    &text,
                ))
            })
        });
        let doc = &common::documents(std::slice::from_ref(&raw))[0];
        g.bench_function("segment", |b| b.iter(|| black_box(segment(doc, None))));
        let seg = segment(doc, None);
        g.bench_function("entities", |b| {
            b.iter(|| black_box(recap::entities::recognise(doc, &seg, lex)))
        });
        let entities = recap::entities::recognise(doc, &seg, lex);
        let opts = recap::themes::ThemeOptions::default();
        g.bench_function("themes", |b| {
            b.iter(|| black_box(recap::themes::extract(doc, &seg, &entities, lex, &opts)))
        });
        let themes = recap::themes::extract(doc, &seg, &entities, lex, &opts);
        let topts = recap::takeaways::TakeawayOptions::default();
        g.bench_function("takeaways", |b| {
            b.iter(|| {
                black_box(recap::takeaways::extract(
                    doc, &seg, &entities, &themes, lex, &topts,
                ))
            })
        });
        let report = analyzer.analyze(doc);
        let mut corpus = recap::corpus::CorpusStats::default();
        corpus.add_report(&report);
        let wire = recap::output::convert::to_report(std::slice::from_ref(&report), &corpus, 50);
        g.bench_function("output json", |b| {
            b.iter(|| {
                let mut out = Vec::new();
                recap::output::write_report(
                    &wire,
                    &corpus,
                    recap::output::Format::Json,
                    &Default::default(),
                    &mut out,
                )
                .unwrap();
                black_box(out)
            })
        });
        g.finish();
    }
}

criterion_group!(benches, lexicon, stages);
criterion_main!(benches);
