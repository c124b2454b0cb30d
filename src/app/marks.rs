//! Collecting quotes: Space marks or unmarks the selected quote (on an event, its quotes
//! shown), and with marks `y` copies every marked quote, in timeline order, one citation per
//! paragraph. Marks survive filtering; Esc, when nothing else is set, clears them.

use super::state::{Sel, State};
use crate::model::{Corpus, QuoteIx};
use std::collections::BTreeSet;

/// Space: mark or unmark the selected quote; on an event, all its quotes shown (unmark them
/// when all are marked).
pub fn toggle(state: &mut State) {
    let quotes: Vec<QuoteIx> = match state.selection() {
        Some(Sel::Quote(q)) => vec![q],
        Some(Sel::Event(e)) => state.matching_quotes(e).unwrap_or_else(|| state.corpus.events[e].quotes.to_vec()),
        None => return,
    };
    if quotes.is_empty() {
        state.status = Some(state.lang.words().browser.nothing_to_mark.into());
        return;
    }
    if quotes.iter().all(|q| state.marks.contains(q)) {
        for q in &quotes {
            state.marks.remove(q);
        }
    } else {
        state.marks.extend(quotes);
    }
    let w = &state.lang.words().browser;
    state.status = Some(match state.marks.len() {
        0 => w.none_marked.to_string(),
        n => (w.marked_status)(n),
    });
}

/// The marked quotes in timeline order (events in corpus order, quotes in event order).
pub fn in_timeline_order(corpus: &Corpus, marks: &BTreeSet<QuoteIx>) -> Vec<QuoteIx> {
    let mut v: Vec<QuoteIx> = marks.iter().copied().filter(|&q| q < corpus.quotes.len()).collect();
    let place = |q: QuoteIx| {
        let e = corpus.quote(q).event();
        let i = corpus.events.get(e).and_then(|ev| ev.quotes.iter().position(|&x| x == q));
        (e, i.unwrap_or(usize::MAX))
    };
    v.sort_by_key(|&q| place(q));
    v
}
