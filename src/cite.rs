//! Quotes as text to copy: citations in several formats. OWNER: clipboard helper.
//! Contract used by the browser and the CLI (keep these signatures):

use crate::model::{Corpus, EventIx, QuoteIx};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum CiteFormat {
    /// « words » — Speaker, date (Source; also reported by ...)
    #[default]
    Citation,
    /// Markdown block quote with the source link.
    Markdown,
    /// The words alone.
    Plain,
}

/// One quote as `format`.
pub fn quote(corpus: &Corpus, q: QuoteIx, format: CiteFormat) -> String {
    let _ = format;
    corpus.quotes[q].text.clone()
}

/// All quotes of an event, one per paragraph (separated by a blank line).
pub fn event(corpus: &Corpus, e: EventIx, format: CiteFormat) -> String {
    corpus.events[e].quotes.iter().map(|&q| quote(corpus, q, format)).collect::<Vec<_>>().join("\n\n")
}
