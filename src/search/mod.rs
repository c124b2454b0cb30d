//! The search engine: which quotes match a query, and which characters to highlight.
//! OWNER: search helper. Contract used by the browser and the CLI (keep these signatures):

use crate::model::{Corpus, QuoteIx};
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
    /// Positions to highlight for `quote` under `query` (computed only for rows on screen).
    fn highlight(&self, query: &str, quote: QuoteIx) -> Highlight;
}

/// The default engine for a corpus.
pub fn engine(corpus: Arc<Corpus>) -> Box<dyn SearchEngine> {
    let _ = corpus;
    unimplemented!("search helper")
}
