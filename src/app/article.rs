//! The article view's lines: the article body, paragraph by paragraph, wrapped to the view's
//! width, as byte ranges into `Article::text` so the quote's byte span can be found and lit.

use super::layout::inner;
use super::state::State;
use super::wrap::wrap;
use crate::model::{Article, ArticleIx, QuoteIx};
use std::ops::Range;

/// The full source article of a quote, shown over the panes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleView {
    pub article: ArticleIx,
    /// The quote to light up, if the view was opened from one.
    pub quote: Option<QuoteIx>,
    /// First visible line.
    pub scroll: usize,
}

/// The view of article `a`, scrolled so the quote sits a third of the way down.
pub fn view(state: &State, a: ArticleIx, quote: Option<QuoteIx>) -> Option<ArticleView> {
    let art = state.corpus.articles.get(a)?;
    let (lines, page) = metrics(state, art);
    let scroll = quote
        .and_then(|q| state.corpus.quotes.get(q))
        .map(|q| line_of(&lines, q.span().start).saturating_sub(page / 3))
        .unwrap_or(0)
        .min(lines.len().saturating_sub(page));
    Some(ArticleView { article: a, quote, scroll })
}

/// The article's lines at the current size, and how many fit on screen.
pub fn metrics(state: &State, art: &Article) -> (Vec<Range<usize>>, usize) {
    let body = inner(state.layout().body);
    (lines(art, body.width as usize), usize::from(body.height).max(1))
}

/// Visual lines of `article`'s body at `width` columns (empty ranges for blank lines).
pub fn lines(article: &Article, width: usize) -> Vec<Range<usize>> {
    let text: &str = &article.text;
    let start = floor_boundary(text, article.body_start);
    let mut out = Vec::new();
    let mut pos = start;
    for para in text[start..].split('\n') {
        let para_trimmed = para.strip_suffix('\r').unwrap_or(para);
        out.extend(wrap(para_trimmed, width).into_iter().map(|r| r.start + pos..r.end + pos));
        pos += para.len() + 1;
    }
    // A final newline leaves one empty line that only wastes a row.
    if out.len() > 1 && out.last().is_some_and(|r| r.is_empty()) {
        out.pop();
    }
    out
}

/// The line holding byte `at` (the last line starting at or before it).
pub fn line_of(lines: &[Range<usize>], at: usize) -> usize {
    lines.iter().rposition(|r| r.start <= at).unwrap_or(0)
}

/// `body_start` comes from a file: never trust it to be a char boundary or in range.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
