//! Opening a Quotebank file: parsing and grouping its lines (from memory, so the disk does not
//! count), then building the search index. 10k and 100k quotes; 1M with CHRONIQUE_BENCH_1M=1.

#[path = "support/corpus.rs"]
mod support;

use chronique::gazetteer::Gazetteer;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let g = Gazetteer::builtin();
    let mut group = c.benchmark_group("load");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    for n in support::sizes() {
        let text = support::jsonl(n);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("quotebank", support::label(n)), &text, |b, text| {
            b.iter(|| black_box(chronique::corpus::build::quotebank::load("bench.jsonl", text, &g)))
        });
        let corpus = Arc::new(chronique::corpus::build::quotebank::load("bench.jsonl", &text, &g).0);
        drop(text);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("index", support::label(n)), &corpus, |b, corpus| {
            b.iter(|| black_box(chronique::search::Engine::new(corpus.clone())))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
