//! Test helpers: a tiny search engine and a driver that performs effects synchronously.

use super::{update, Action, Command, Effect, State};
use crate::model::{Corpus, EventIx, QuoteIx};
use crate::search::{Highlight, SearchEngine};
use crate::text::fold_with_map;
use std::sync::Arc;

/// Case- and accent-insensitive substring match on the speaker's name or the quote's words.
pub struct FakeEngine(pub Arc<Corpus>);

fn positions(hay: &str, needle: &str) -> Vec<usize> {
    let (folded, map) = fold_with_map(hay);
    let needle = crate::text::fold(needle);
    match folded.find(&needle) {
        Some(b) if !needle.is_empty() => {
            let first = folded[..b].chars().count();
            let n = needle.chars().count();
            let mut v: Vec<usize> = map[first..first + n].iter().map(|&i| i as usize).collect();
            v.dedup();
            v
        }
        _ => vec![],
    }
}

impl SearchEngine for FakeEngine {
    fn search(&self, query: &str, limit: Option<usize>) -> (Vec<QuoteIx>, bool) {
        let mut out = vec![];
        for ev in &self.0.events {
            for &q in &ev.quotes {
                if !self.highlight(query, q).text.is_empty() || !self.highlight(query, q).speaker.is_empty() {
                    if limit.is_some_and(|l| out.len() >= l) {
                        return (out, false);
                    }
                    out.push(q);
                }
            }
        }
        (out, true)
    }
    /// Events with a participant whose name contains the query.
    fn events(&self, query: &str) -> Vec<EventIx> {
        let needle = crate::text::fold(query);
        if needle.is_empty() {
            return vec![];
        }
        let named = |p: &String| crate::text::fold(p).contains(&needle);
        (0..self.0.events.len()).filter(|&e| self.0.events[e].participants.iter().any(named)).collect()
    }
    fn highlight(&self, query: &str, q: QuoteIx) -> Highlight {
        let quote = self.0.quote(q);
        Highlight {
            text: positions(&quote.text(), query),
            speaker: self.0.speaker_name(quote).map(|n| positions(n, query)).unwrap_or_default(),
        }
    }
}

pub fn sample_state(width: u16, height: u16) -> (State, FakeEngine) {
    let corpus = Arc::new(crate::testing::sample_corpus());
    (State::new(corpus.clone(), width, height), FakeEngine(corpus))
}

/// Apply `action`, performing search effects at once (first screen, then complete, like the
/// worker) and returning the other effects.
pub fn act(state: &mut State, engine: &dyn SearchEngine, action: Action) -> Vec<Effect> {
    let mut other = vec![];
    for e in update(state, action) {
        match e {
            Effect::Search { query, generation, first } => {
                let events = engine.events(&query);
                let (quotes, complete) = engine.search(&query, Some(first));
                update(state, Action::SearchDone { generation, quotes, events: events.clone(), complete });
                let (quotes, complete) = engine.search(&query, None);
                update(state, Action::SearchDone { generation, quotes, events, complete });
            }
            e => other.push(e),
        }
    }
    super::filter::fill_highlights(state, engine);
    other
}

pub fn cmd(state: &mut State, engine: &dyn SearchEngine, c: Command) -> Vec<Effect> {
    act(state, engine, Action::Command(c))
}

pub fn type_str(state: &mut State, engine: &dyn SearchEngine, s: &str) {
    for c in s.chars() {
        act(state, engine, Action::Input(c));
    }
}
