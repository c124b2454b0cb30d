//! Search speed on the shared synthetic Quotebank corpus (`chronique::synth`, loaded by the
//! real loader), at 10k and 100k quotes (1M with CHRONIQUE_BENCH_1M=1):
//! - `first/N/QUERY`: one screen of matches (40), what the browser shows first;
//! - `complete/N/QUERY`: the complete match set (compare with `fzf --filter QUERY` on the
//!   lines of `chronique generate lines N`, the same quotation texts);
//! - `keystroke/N/PREFIX`: typing the last letter of PREFIX in the browser's filter, through
//!   the app's own path (update → first-screen search → rows → highlights of the rows on
//!   screen), from the state after the letters before it. The median over the prefixes of
//!   "poutine" is the keystroke-to-first-screen figure.
//!
//! With CHRONIQUE_BENCH_FILE=PATH, the corpus is that file instead (loaded by the real loader,
//! e.g. the 10M-quote file of `chronique generate quotebank 10000000`).

#[path = "support/corpus.rs"]
mod support;

use chronique::app::{self, Action, Command, Effect, State};
use chronique::search::Engine;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

const QUERIES: &[&str] = &["poutine", "zhang", "guerre froide"];
const FIRST: usize = 40;

/// Apply `action` as the runtime would, answering its search at once with one screen of
/// matches (what the user sees first), then filling the highlights of the rows on screen.
fn key(state: &mut State, engine: &Engine, action: Action) {
    for e in app::update(state, action) {
        if let Effect::Search { query, generation, first } = e {
            let events = engine.events(&query);
            let (quotes, complete) = engine.search(&query, Some(first));
            app::update(state, Action::SearchDone { generation, quotes, events, complete });
        }
    }
    app::filter::fill_highlights(state, engine);
}

fn bench(c: &mut Criterion) {
    for (size, corpus) in support::corpora() {
        let n = corpus.quotes.len();
        let corpus = Arc::new(corpus);
        let engine = Engine::new(corpus.clone());
        let mut group = c.benchmark_group("search");
        group.sample_size(if n >= 1_000_000 { 10 } else { 30 }).measurement_time(Duration::from_secs(3));
        for q in QUERIES {
            group.bench_with_input(BenchmarkId::new(format!("first/{size}"), q), q, |b, q| {
                b.iter(|| black_box(engine.search(q, Some(FIRST))))
            });
            group.bench_with_input(BenchmarkId::new(format!("complete/{size}"), q), q, |b, q| {
                b.iter(|| black_box(engine.search(q, None)))
            });
        }
        let mut state = State::new(corpus.clone(), 120, 40);
        key(&mut state, &engine, Action::Command(Command::StartFilter));
        let word = "poutine";
        for (i, c) in word.char_indices() {
            let prefix = &word[..i + c.len_utf8()];
            group.bench_function(BenchmarkId::new(format!("keystroke/{size}"), prefix), |b| {
                b.iter_custom(|iters| {
                    let mut total = Duration::ZERO;
                    for _ in 0..iters {
                        let t = Instant::now();
                        key(&mut state, &engine, Action::Input(c));
                        total += t.elapsed();
                        black_box(&state.rows);
                        key(&mut state, &engine, Action::Backspace);
                    }
                    total
                })
            });
            key(&mut state, &engine, Action::Input(c));
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
