//! The browser on the built-in sample corpus with a trivial search engine (accent- and
//! case-insensitive substring on speaker or words), to try the TUI without the loader:
//! `cargo run --example browse_sample`.

use chronique::model::{Corpus, QuoteIx};
use chronique::search::{Highlight, SearchEngine};
use chronique::text::{fold, fold_with_map};
use std::sync::Arc;

struct Substring(Arc<Corpus>);

fn positions(hay: &str, needle: &str) -> Vec<usize> {
    let (folded, map) = fold_with_map(hay);
    let needle = fold(needle);
    match folded.find(&needle) {
        Some(b) if !needle.is_empty() => {
            let first = folded[..b].chars().count();
            let mut v: Vec<usize> = map[first..first + needle.chars().count()].iter().map(|&i| i as usize).collect();
            v.dedup();
            v
        }
        _ => vec![],
    }
}

impl SearchEngine for Substring {
    fn search(&self, query: &str, limit: Option<usize>) -> (Vec<QuoteIx>, bool) {
        let mut out = vec![];
        for ev in &self.0.events {
            for &q in &ev.quotes {
                let h = self.highlight(query, q);
                if !h.text.is_empty() || !h.speaker.is_empty() {
                    if limit.is_some_and(|l| out.len() >= l) {
                        return (out, false);
                    }
                    out.push(q);
                }
            }
        }
        (out, true)
    }

    fn highlight(&self, query: &str, q: QuoteIx) -> Highlight {
        let quote = &self.0.quotes[q];
        Highlight {
            text: positions(&quote.text, query),
            speaker: self.0.speaker_name(quote).map(|n| positions(n, query)).unwrap_or_default(),
        }
    }
}

fn main() -> anyhow::Result<()> {
    let corpus = Arc::new(chronique::testing::sample_corpus());
    let engine = Box::new(Substring(corpus.clone()));
    let options = chronique::runtime::Options { corpus_label: "sample corpus".into(), ..Default::default() };
    chronique::runtime::run(corpus, engine, options)
}
