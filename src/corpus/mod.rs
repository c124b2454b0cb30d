//! The loader: from article files (or the embedded seeds) to a [`Corpus`].
//!
//! Pipeline per article: `source` (read bytes, sidecar) → `header` (metadata, body start) →
//! `layout` (paragraphs, sentences, page furniture) → `events` (the reported meeting and dated
//! context, with `dates`) → `quotes` + `attribution` (who said what) ; then across articles:
//! `assemble` (merge events, build speakers) and `corroborate` (same statement, other source).

pub mod attribution;
pub mod dates;
pub mod events;
pub mod french;
pub mod layout;
pub mod quotes;

/// Who a quote or a participant refers to, before speakers are numbered corpus-wide.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SpeakerRef {
    /// An entry of the gazetteer (index into `Gazetteer::entries`).
    Entry(usize),
    /// A name the gazetteer does not know, as written in the article (cleaned of titles).
    Name(String),
}
