//! Per-article analysis speed (`corpus::read::analyse`: header, layout, events and dates,
//! quotes and speakers) in MB/s of article text, on the five seeds and on synthetic articles in
//! their style. The target (issue "Scale") is at least 20 MB/s per core.
//!
//! CHRONIQUE_BENCH_HOSTILE=10 also times hostile inputs: a 10 MB single paragraph of French
//! with quotes, and 100k unbalanced « marks (the number of marks is MB × 10k). Both must stay
//! roughly linear: compare the MB/s at 1 and 10. A third input, one endless sentence dense in
//! names, dates and quotes, checks the per-sentence rules too.

use chronique::corpus::input::seeds::embedded_seeds;
use chronique::corpus::read::analyse;
use chronique::corpus::Input;
use chronique::gazetteer::Gazetteer;
use chronique::synth::{article, Rng};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn input(id: usize, text: String) -> Input {
    Input { id: format!("a{id}"), path: format!("a{id}.txt"), text, metadata: None, warnings: vec![] }
}

fn synthetic(n: usize) -> Vec<Input> {
    let mut r = Rng::new(7);
    (0..n)
        .map(|i| {
            let (m, d) = (1 + (i % 12) as u32, 1 + (i % 28) as u32);
            let text = format!("date: 2024-{m:02}-{d:02}\n\n{}", article(&mut r, 2024, m, d));
            input(i, text)
        })
        .collect()
}

fn run(c: &mut Criterion, name: &str, inputs: &[Input], g: &Gazetteer) {
    let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
    let mut group = c.benchmark_group("analyse");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(name, |b| {
        b.iter_batched(
            || inputs.to_vec(),
            |inputs| {
                for i in inputs {
                    black_box(analyse(i, g));
                }
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

/// French text with quotations, incises and dates, as one paragraph of about `bytes` bytes.
pub fn hostile_paragraph(bytes: usize) -> String {
    let unit = "« Nous renforçons notre coopération », a déclaré Vladimir Poutine le 8 novembre à Moscou. \
                Selon lui, les deux pays « ne construisent aucune alliance », a-t-il ajouté mercredi. ";
    unit.repeat(bytes / unit.len() + 1)
}

/// CHRONIQUE_BENCH_ITERS=WORKLOAD:N runs one workload N times and exits, without criterion:
/// for `perf stat` (CPU time and instructions do not depend on what else the machine runs).
fn fixed_iterations(g: &Gazetteer) {
    let Ok(spec) = std::env::var("CHRONIQUE_BENCH_ITERS") else { return };
    let (name, n) = spec.split_once(':').unwrap_or((&spec, "100"));
    let n: usize = n.parse().unwrap_or(100);
    let inputs = match name {
        "seeds" => embedded_seeds(),
        _ => synthetic(200),
    };
    let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
    for _ in 0..n {
        for i in inputs.clone() {
            black_box(analyse(i, g));
        }
    }
    eprintln!("{name}: {n} × {bytes} bytes");
    std::process::exit(0);
}

/// One endless sentence (commas, no sentence end) dense in names, titles, dates and quotes:
/// everything that is per sentence must still be linear.
pub fn run_on_paragraph(bytes: usize) -> String {
    let unit = "le président Xi Jinping a rencontré le ministre russe de la Défense à Pékin en février 2022, \
                « la coopération se développe », a dit Zhang, selon lui mercredi prochain, ";
    unit.repeat(bytes / unit.len() + 1)
}

fn bench(c: &mut Criterion) {
    let g = Gazetteer::builtin();
    fixed_iterations(&g);
    run(c, "seeds", &embedded_seeds(), &g);
    run(c, "synthetic_200", &synthetic(200), &g);
    if let Some(mb) = std::env::var("CHRONIQUE_BENCH_HOSTILE").ok().and_then(|v| v.parse::<f64>().ok()) {
        let bytes = (mb * 1e6) as usize;
        let marks = bytes / 100;
        let mut group = c.benchmark_group("hostile");
        group.sample_size(10);
        for (name, text) in [
            (format!("paragraph_{mb}MB"), format!("date: 2024-01-10\n\n{}", hostile_paragraph(bytes))),
            (format!("run_on_{mb}MB"), format!("date: 2024-01-10\n\n{}", run_on_paragraph(bytes))),
            (format!("unbalanced_{marks}"), format!("date: 2024-01-10\n\n{}", "« mot ".repeat(marks))),
        ] {
            group.throughput(Throughput::Bytes(text.len() as u64));
            let inp = input(0, text);
            group.bench_function(&name, |b| {
                b.iter_batched(|| inp.clone(), |i| black_box(analyse(i, &g)), criterion::BatchSize::LargeInput)
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
