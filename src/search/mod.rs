//! The search engine: which quotes match a query, and which characters to highlight.
//!
//! # Query syntax
//! Whitespace-separated terms; a quote must match ALL of them. An empty or blank query matches
//! every quote.
//! - `word` matches the quote's words or its speaker (see below).
//! - `"two words"` is one term: the words adjacent, in this order (any punctuation or spaces
//!   between them in the text: `"guerre froide"` finds "guerre-froide").
//! - `@term` matches only the speaker: canonical name or any alias, with typo tolerance
//!   (`@poutine guerre froide` = Putin's quotes that say "guerre" and "froide"). Quotes with no
//!   known speaker never match `@` terms.
//! - `#term` matches only the event: its title or its place (`#pekin`). Plain terms do not look
//!   at events' titles: a meeting titled "Rencontre Poutine – Zhang" must not make Zhang's
//!   words come up for "poutine". But a term naming a person also finds the events that person
//!   took part in ([`SearchEngine::events`]), quoted there or not: `xi` finds the meetings with
//!   Xi Jinping.
//! - `!term` excludes the quotes the term matches: `!@x` excludes quotes by speaker x,
//!   `!#x` quotes of events x, `!"a b"` quotes containing the phrase. (`@!x` means `!@x`.)
//! - `2023`, `2023-11`, `2023-11-08`, `2023-04..2023-11`, `..2023-06`, `2024-10..` match the
//!   event's date (its period overlaps the range; see `dates`). `!2023` leaves that year out.
//!
//! # Matching
//! Case and accents do not count ("choigu" finds "Choïgu", "pekin" "Pékin"): texts, names and
//! terms are folded once (`crate::text::fold`) and every run of non-word characters becomes
//! one space. A term matches a quote's text where it occurs contiguously STARTING A WORD: a
//! word prefix ("pout" finds "Poutine"), a whole word, or a run over adjacent words ("guerre
//! fro"). Not inside a word ("tine" does not find "Poutine") and never as letters scattered
//! over the quote: on 250-character French lines those match almost anything. No typo
//! tolerance in the text, for the same reason of precision; names have it (`speakers`).
//!
//! Results come in timeline order (events in corpus order, then each event's quotes).
//!
//! # Speed
//! The index keeps all folded texts in one buffer; a query is a memmem pass over it (spread
//! over the cores), speaker and event terms are decided once per speaker/event per query then
//! looked up per quote. A limited search (first screen) reads growing windows from the start
//! and stops when it has enough. [`Engine::search_within`] narrows an earlier result when
//! [`Engine::narrows`] says the new query can only match fewer quotes (typing "pouti" after
//! "pout").

mod dates;
mod engine;
mod index;
mod normalize;
mod query;
mod speakers;
#[cfg(test)]
mod tests;

pub use dates::DateRange;
pub use engine::Engine;
pub use index::{FormBuilder, SearchForm};
pub use query::{parse, Field, Term};
pub use speakers::SpeakerMatcher;

use crate::model::{Corpus, EventIx, QuoteIx};
use std::sync::Arc;

/// Characters (char indices, not bytes) to highlight in a row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlight {
    /// Char indices into the quote's `text`.
    pub text: Vec<usize>,
    /// Char indices into the speaker's canonical name.
    pub speaker: Vec<usize>,
}

/// A search engine over one corpus (built once at load: caches folded text).
pub trait SearchEngine: Send + Sync {
    /// Matching quotes in timeline order (events in corpus order, quotes in event order),
    /// stopping after `limit` matches when given. Returns the matches and whether the set is
    /// complete.
    fn search(&self, query: &str, limit: Option<usize>) -> (Vec<QuoteIx>, bool);
    /// Events that match the query as events, whether or not any of their quotes does: the
    /// events a person named in the query took part in, those of a date term, those a `#` term
    /// names (see [`Engine::events`]). In timeline order.
    fn events(&self, query: &str) -> Vec<EventIx>;
    /// Positions to highlight for `quote` under `query` (computed only for rows on screen).
    fn highlight(&self, query: &str, quote: QuoteIx) -> Highlight;
    /// The quotes of `candidates`, in their order, that match `query` (at most `limit`; true
    /// when complete). Equals `search` when `candidates` is the complete result of a query
    /// `prev` with `narrows(prev, query)`.
    fn search_within(&self, query: &str, candidates: &[QuoteIx], limit: Option<usize>) -> (Vec<QuoteIx>, bool) {
        let (all, _) = self.search(query, None);
        let keep: std::collections::HashSet<QuoteIx> = all.into_iter().collect();
        let mut out: Vec<QuoteIx> = candidates.iter().copied().filter(|q| keep.contains(q)).collect();
        let complete = limit.is_none_or(|l| out.len() <= l);
        out.truncate(limit.unwrap_or(usize::MAX));
        (out, complete)
    }
    /// Whether every match of `next` is a match of `prev` (so `search_within` may be used).
    fn narrows(&self, _prev: &str, _next: &str) -> bool {
        false
    }
}

/// The default engine for a corpus.
pub fn engine(corpus: Arc<Corpus>) -> Box<dyn SearchEngine> {
    Box::new(Engine::new(corpus))
}
