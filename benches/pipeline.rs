//! Criterion bench of the whole pipeline (read, decode, analyse, aggregate, write JSON) on
//! inputs keyed by size: one recap, ten recaps, about 1 MB. Run with
//! `cargo bench --bench pipeline`; `scripts/bench-throughput.sh` measures the binary on
//! 100 MB and 1 GB.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use recap::analyze::{analyze_sources_into, Analyzer};
use recap::output::{convert::document_out, Format, ReportStream};
use std::hint::black_box;

fn pipeline(c: &mut Criterion) {
    let analyzer = Analyzer::default();
    let mut g = c.benchmark_group("pipeline");
    g.sample_size(10);
    for (size, raws) in common::sized() {
        let dir = tempfile::tempdir().unwrap();
        let sources = common::write_sources(&raws, dir.path());
        g.throughput(Throughput::Bytes(common::bytes_of(&raws)));
        g.bench_with_input(BenchmarkId::from_parameter(size), &sources, |b, sources| {
            b.iter(|| {
                let mut stream = ReportStream::new(Vec::new(), Format::Json).unwrap();
                let corpus = analyze_sources_into(&analyzer, sources, None, &|| {}, &mut |r| {
                    stream.document(&document_out(&r))
                })
                .unwrap();
                black_box(stream.finish(&corpus, 50).unwrap())
            })
        });
    }
    g.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
