//! The timeline as a flat list of rows (year headings, events, their quotes), the unit of
//! selection and scrolling. Built from the corpus, whole or restricted to a search's matches.

use crate::model::{Corpus, EventIx, QuoteIx};
use chrono::Datelike;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A year heading; `None` heads the undated events.
    Year(Option<i32>),
    Event(EventIx),
    Quote(QuoteIx),
}

impl Row {
    pub fn selectable(self) -> bool {
        !matches!(self, Row::Year(_))
    }
}

/// All events in timeline order, each followed by its quotes, under year headings.
pub fn all(corpus: &Corpus) -> Vec<Row> {
    let mut rows = Vec::with_capacity(corpus.events.len() * 2 + corpus.quotes.len());
    let mut year = None;
    for (e, ev) in corpus.events.iter().enumerate() {
        push_heading(&mut rows, &mut year, ev.date.map(|d| d.start.year()));
        rows.push(Row::Event(e));
        rows.extend(ev.quotes.iter().map(|&q| Row::Quote(q)));
    }
    rows
}

/// Only events with a matching quote, each followed by its matching quotes. `matches` is in
/// timeline order (the search engine's contract), so one pass groups them.
pub fn matching(corpus: &Corpus, matches: &[QuoteIx]) -> Vec<Row> {
    let mut rows = Vec::with_capacity(matches.len() * 2);
    let mut year = None;
    let mut current: Option<EventIx> = None;
    for &q in matches {
        let Some(quote) = corpus.quotes.get(q) else { continue };
        if current != Some(quote.event) {
            current = Some(quote.event);
            push_heading(&mut rows, &mut year, corpus.events[quote.event].date.map(|d| d.start.year()));
            rows.push(Row::Event(quote.event));
        }
        rows.push(Row::Quote(q));
    }
    rows
}

/// `year` is the heading last pushed: `None` before any, `Some(None)` for "undated".
fn push_heading(rows: &mut Vec<Row>, last: &mut Option<Option<i32>>, year: Option<i32>) {
    if *last != Some(year) {
        *last = Some(year);
        rows.push(Row::Year(year));
    }
}
