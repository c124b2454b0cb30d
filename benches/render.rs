//! Drawing the browser: one full frame of the timeline and detail panes into ratatui's
//! TestBackend at 120x40, over 10k and 100k quotes (1M with CHRONIQUE_BENCH_1M=1); and
//! building the browser's state for a corpus (the rest of the first frame's cost).

#[path = "support/corpus.rs"]
mod support;

use chronique::app::State;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("render");
    group.sample_size(20).measurement_time(Duration::from_secs(5));
    for n in support::sizes() {
        let corpus = Arc::new(support::corpus(n));
        group.bench_with_input(BenchmarkId::new("state", support::label(n)), &corpus, |b, corpus| {
            b.iter(|| black_box(State::new(corpus.clone(), 120, 40)))
        });
        let state = State::new(corpus.clone(), 120, 40);
        let mut term = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
        group.bench_function(BenchmarkId::new("frame", support::label(n)), |b| {
            b.iter(|| {
                term.draw(|f| chronique::ui::draw(f, &state)).expect("draw");
            })
        });
    }
    // The seeds: loading the five bundled articles (extraction included), the state and the
    // first frame, as the browser does before its first draw.
    group.bench_function("first_frame/seeds", |b| {
        let g = chronique::gazetteer::Gazetteer::builtin();
        let mut term = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
        b.iter(|| {
            let (corpus, _) = chronique::corpus::load_with_progress(&[], &g, &Default::default());
            let state = State::new(Arc::new(corpus), 120, 40);
            term.draw(|f| chronique::ui::draw(f, &state)).expect("draw");
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
