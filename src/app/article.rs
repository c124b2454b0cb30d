//! The article view's lines: the article body, paragraph by paragraph, wrapped to the view's
//! width, as byte ranges into `Article::text` so the quote's byte span can be found and lit.

use super::wrap::wrap;
use crate::model::Article;
use std::ops::Range;

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
