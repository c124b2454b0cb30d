//! The timeline as a flat list of rows (year headings, events, their quotes), the unit of
//! selection and scrolling. Built from the corpus, whole or restricted to a search's matches.
//!
//! Context events (earlier or later events an article mentions: fourteen of the seeds'
//! eighteen) are folded unless asked for, so the timeline opens on the events reported. One
//! that holds quotes is never folded: its quotes are what a reader came for.

use crate::model::{Corpus, Event, EventIx, EventKind, QuoteIx};
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

/// Whether `ev` is folded away when context events are not shown.
pub fn folded(ev: &Event) -> bool {
    ev.kind == EventKind::Context && ev.quotes.is_empty()
}

/// How many events are folded when context events are not shown.
pub fn folded_count(corpus: &Corpus) -> usize {
    corpus.events.iter().filter(|e| folded(e)).count()
}

/// All events in timeline order (context events only with `context`), each followed by its
/// quotes, under year headings.
pub fn all(corpus: &Corpus, context: bool) -> Vec<Row> {
    let mut rows = Vec::with_capacity(corpus.events.len() * 2 + corpus.quotes.len());
    let mut year = None;
    for (e, ev) in corpus.events.iter().enumerate().filter(|(_, ev)| context || !folded(ev)) {
        push_heading(&mut rows, &mut year, ev.date.map(|d| d.start.year()));
        rows.push(Row::Event(e));
        rows.extend(ev.quotes.iter().map(|&q| Row::Quote(q)));
    }
    rows
}

/// Only matching events, each followed by its matching quotes: the events of `quotes`, and
/// `events` (matched as events, with or without a matching quote). Both are in timeline order
/// (the search engine's contract), so one merging pass groups them. While `quotes` is not
/// `complete` (the first screen of an answer), events past its last quote wait for the rest.
/// Matched context events without quotes show only with `context`.
pub fn matching(corpus: &Corpus, quotes: &[QuoteIx], events: &[EventIx], complete: bool, context: bool) -> Vec<Row> {
    let mut rows = Vec::with_capacity(quotes.len() * 2 + events.len() * 2);
    let mut year = None;
    let mut current: Option<EventIx> = None;
    let mut push_event = |rows: &mut Vec<Row>, e: EventIx| {
        if current != Some(e) {
            current = Some(e);
            push_heading(rows, &mut year, corpus.events[e].date.map(|d| d.start.year()));
            rows.push(Row::Event(e));
        }
    };
    let mut more =
        events.iter().copied().filter(|&e| corpus.events.get(e).is_some_and(|ev| context || !folded(ev))).peekable();
    for &q in quotes {
        let Some(quote) = corpus.quotes.get(q) else { continue };
        while let Some(e) = more.next_if(|&e| e < quote.event()) {
            push_event(&mut rows, e);
        }
        more.next_if_eq(&quote.event());
        push_event(&mut rows, quote.event());
        rows.push(Row::Quote(q));
    }
    if complete {
        for e in more {
            push_event(&mut rows, e);
        }
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
