//! The live filter: editing the query, taking the worker's answers, clearing back to the full
//! timeline, and the highlight positions of the rows on screen.

use super::action::Effect;
use super::mode::Mode;
use super::rows::Row;
use super::state::{Filter, State};
use crate::model::{EventIx, QuoteIx};
use crate::search::SearchEngine;

/// `/`: show the filter line and type into it (keeping any query already there).
pub fn start(state: &mut State) {
    state.mode = Mode::FilterInput;
    if state.filter.is_none() {
        state.filter = Some(Filter { current: true, complete: true, saved: state.selection(), ..Filter::default() });
    }
}

/// Filter on `query` at once, as if it had been typed (the speaker list's Enter).
pub fn set(state: &mut State, query: String) -> Vec<Effect> {
    if state.filter.is_none() {
        state.filter = Some(Filter { current: true, complete: true, saved: state.selection(), ..Filter::default() });
    }
    edit(state, |q| *q = query)
}

/// The query changed: ask the worker (one screen first), or show everything for an empty query.
pub fn edit(state: &mut State, change: impl FnOnce(&mut String)) -> Vec<Effect> {
    let generation = state.next_generation;
    state.next_generation += 1;
    let first = state.page();
    let Some(f) = &mut state.filter else { return vec![] };
    change(&mut f.query);
    f.generation = generation;
    f.highlights.clear();
    if f.query.is_empty() {
        f.matches = None;
        f.events.clear();
        f.current = true;
        f.complete = true;
        state.rebuild_rows(None);
        return vec![];
    }
    // Keep showing the previous answer until this one arrives: typing never waits.
    f.current = false;
    vec![Effect::Search { query: f.query.clone(), generation, first }]
}

/// An answer from the worker: shown only if it answers the latest query. The first answer to
/// a query selects its first matching quote (its first event when no quote matches); the rest
/// of the same answer keeps the selection.
pub fn answer(state: &mut State, generation: u64, quotes: Vec<QuoteIx>, events: Vec<EventIx>, complete: bool) {
    let Some(f) = &mut state.filter else { return };
    if f.generation != generation || f.query.is_empty() {
        return;
    }
    let first_answer = f.shown != generation;
    f.shown = generation;
    f.density = state.density.count(&state.corpus, &quotes);
    f.matches = Some(quotes);
    f.events = events;
    f.complete = complete;
    f.current = true;
    state.rebuild_rows(None);
    if first_answer {
        let first = state.rows.iter().position(|r| matches!(r, Row::Quote(_))).or_else(|| state.first_selectable());
        state.offset = 0;
        super::moves::select(state, first.unwrap_or(0));
    }
    if complete {
        if let Some(date) = state.pending_date.take() {
            if let Err(why) = super::goto::go(state, &date) {
                state.status = Some(why);
            }
        }
    }
}

/// Esc: back to the whole timeline, keeping the row selected (brought into view with its
/// event); with nothing selected (no match), the selection from before the filter.
pub fn clear(state: &mut State) {
    let keep = state.selection();
    let Some(f) = state.filter.take() else { return };
    state.next_generation += 1;
    state.rebuild_rows(keep.or(f.saved));
    state.reveal();
}

/// Quote rows on screen that have no highlight yet.
pub fn rows_needing_highlight(state: &State) -> Vec<QuoteIx> {
    let Some(f) = state.filter.as_ref().filter(|f| !f.query.is_empty()) else { return vec![] };
    let end = (state.offset + state.page()).min(state.rows.len());
    state.rows[state.offset.min(end)..end]
        .iter()
        .filter_map(|r| match r {
            Row::Quote(q) if !f.highlights.contains_key(q) => Some(*q),
            _ => None,
        })
        .collect()
}

/// Compute highlights for the rows on screen only (cheap: one quote each).
pub fn fill_highlights(state: &mut State, engine: &dyn SearchEngine) {
    let need = rows_needing_highlight(state);
    let Some(f) = &mut state.filter else { return };
    for q in need {
        let h = engine.highlight(&f.query, q);
        f.highlights.insert(q, h);
    }
}
