//! Stage 2 of the loader: one article, read on its own (so articles are read in parallel).
//!
//! The pipeline over one [`Page`]: header and metadata → `layout` (paragraphs, page furniture,
//! sentences) → `page` (each body paragraph's words, split and folded once) → `dates` and
//! `events` (the reported happening, dated context) → `quotes` and `attribution` (who said what).

pub mod attribution;
pub mod dates;
pub mod events;
pub mod french;
pub mod layout;
pub mod page;
pub mod quotes;

use crate::corpus::input::{header, Input};
use crate::gazetteer::Gazetteer;
use crate::model::*;
use attribution::Extraction;
use events::ArticleEvents;
use page::Page;
use std::sync::Arc;

/// Who a quote or a participant refers to, before speakers are numbered corpus-wide.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SpeakerRef {
    /// An entry of the gazetteer (index into `Gazetteer::entries`).
    Entry(usize),
    /// A name the gazetteer does not know, as written in the article (cleaned of titles).
    Name(String),
}

/// One article after per-article analysis (independent of the others, so done in parallel).
pub struct Analysed {
    pub article: Article,
    pub events: ArticleEvents,
    pub extraction: Extraction,
}

/// Analyse one article: header, layout, events and dates, quotes and speakers.
pub fn analyse(input: Input, gazetteer: &Gazetteer) -> Analysed {
    let Input { id, path, text, metadata, mut warnings } = input;
    let head = header::parse(&text);
    warnings.extend(head.warnings.iter().cloned());
    let side = metadata.unwrap_or_default();
    let pick = |a: &Option<String>, b: &Option<String>| a.clone().or_else(|| b.clone());
    let published = pick(&side.published, &head.metadata.published).and_then(|p| FuzzyDate::parse_iso(&p));
    let body = head.body_start..text.len();
    // The dateline may date the article more precisely than the header did ("date 2023-11"
    // then "MOSCOU, 8 novembre (Reuters) –"): take it when it falls inside the header's period,
    // before relative dates ("mercredi", "le mois dernier") are resolved against it.
    let published = match published {
        Some(p) if p.precision != Precision::Day => dates::dateline(&text, body.clone())
            .and_then(|d| d.date(Some(p.start)))
            .filter(|t| t.start >= p.start && t.start <= p.end())
            .or(Some(p)),
        p => p,
    };
    let page = Page::new(&text, body.clone());
    let mut ev = events::article_events(&page, gazetteer, published);
    let published = published.or(ev.published_from_text);
    if published.is_none() {
        warnings.push("no publication date (sidecar, header or dateline): relative dates cannot be resolved".into());
    }
    let date = ev.reported.as_ref().and_then(|r| r.date).or(published);
    let extraction = attribution::extract(&page, gazetteer, date);
    warnings.append(&mut ev.doubts);
    warnings.extend(extraction.doubts.iter().cloned());
    let source =
        pick(&side.source, &head.metadata.source).or_else(|| ev.dateline.as_ref().and_then(|d| d.outlet.clone()));
    let title = pick(&side.title, &head.metadata.title).or_else(|| heading_title(&text, &page.paragraphs));
    let article = Article {
        id,
        path,
        source,
        published,
        title,
        url: pick(&side.url, &head.metadata.url),
        lang: pick(&side.lang, &head.metadata.lang),
        text: Arc::from(text),
        body_start: head.body_start,
        warnings,
    };
    Analysed { article, events: ev, extraction }
}

/// An article's title when no metadata gives one: its first heading line, if it comes
/// before the body proper (a heading after the first body paragraph is a section heading).
fn heading_title(text: &str, paragraphs: &[layout::Paragraph]) -> Option<String> {
    let first_body = paragraphs.iter().position(|p| p.is_body()).unwrap_or(paragraphs.len());
    paragraphs[..first_body]
        .iter()
        .find(|p| p.furniture == Some(layout::Furniture::Heading))
        .map(|p| fold_whitespace(&text[p.span.clone()]))
}

/// Analyse all inputs, using every core; `done` counts finished articles (for progress).
pub fn analyse_all(inputs: Vec<Input>, gazetteer: &Gazetteer, done: &std::sync::atomic::AtomicUsize) -> Vec<Analysed> {
    use rayon::prelude::*;
    inputs
        .into_par_iter()
        .map(|i| {
            let a = analyse(i, gazetteer);
            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            a
        })
        .collect()
}
