//! The benches' corpora: Quotebank JSON Lines from the shared generator (`chronique::synth`,
//! the same lines `chronique generate quotebank N` writes), loaded by the real loader.

use chronique::gazetteer::Gazetteer;
use chronique::model::Corpus;
use chronique::synth::{self, Rng};

/// Sizes to run: 10k and 100k quotes, and 1M with CHRONIQUE_BENCH_1M=1.
pub fn sizes() -> Vec<usize> {
    let mut v = vec![10_000, 100_000];
    if std::env::var_os("CHRONIQUE_BENCH_1M").is_some() {
        v.push(1_000_000);
    }
    v
}

pub fn label(n: usize) -> String {
    if n >= 1_000_000 {
        format!("{}M", n / 1_000_000)
    } else {
        format!("{}k", n / 1000)
    }
}

/// `n` Quotebank lines, exactly as `chronique generate quotebank n` (seed 42) writes them.
pub fn jsonl(n: usize) -> String {
    let mut r = Rng::new(42);
    let mut out = String::with_capacity(n * 500);
    for i in 0..n {
        out.push_str(&synth::quotebank_line(&mut r, i, 2015 + (i % 6) as i32));
        out.push('\n');
    }
    out
}

#[allow(dead_code)] // not every bench needs a loaded corpus
pub fn corpus(n: usize) -> Corpus {
    let (c, diags) = chronique::corpus::build::quotebank::load("bench.jsonl", &jsonl(n), &Gazetteer::builtin());
    assert!(diags.is_empty(), "{diags:?}");
    c
}

/// The corpora to run on: the sizes above, or the file CHRONIQUE_BENCH_FILE names (any size,
/// e.g. 10M quotes), each with its label.
#[allow(dead_code)] // not every bench runs on whole corpora
pub fn corpora() -> impl Iterator<Item = (String, Corpus)> {
    let file = std::env::var_os("CHRONIQUE_BENCH_FILE").map(std::path::PathBuf::from);
    let sizes = if file.is_some() { vec![] } else { sizes() };
    let from_file = file.map(|f| {
        let (c, diags) = chronique::corpus::load(std::slice::from_ref(&f), &Gazetteer::builtin());
        assert!(diags.is_empty(), "{diags:?}");
        (label(c.quotes.len()), c)
    });
    from_file.into_iter().chain(sizes.into_iter().map(|n| (label(n), corpus(n))))
}
