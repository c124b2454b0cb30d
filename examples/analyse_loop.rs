//! Runs `corpus::read::analyse` over the embedded seeds N times (default 20), without
//! criterion: for `valgrind --tool=callgrind` or `perf stat`, whose counts do not depend on
//! the machine's load. `cargo run --release --example analyse_loop -- 20`
use chronique::corpus::input::seeds::embedded_seeds;
use chronique::corpus::read::analyse;
use chronique::gazetteer::Gazetteer;
use std::hint::black_box;

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    let g = Gazetteer::builtin();
    let inputs = embedded_seeds();
    let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
    for _ in 0..n {
        for i in inputs.clone() {
            black_box(analyse(i, &g));
        }
    }
    eprintln!("{n} × {bytes} bytes");
}
