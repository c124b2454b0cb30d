//! Words of a bounded window of the article, with folded forms and the raw text between them
//! (punctuation matters to attribution: "», a-t-il dit" is not "» a-t-il dit").

use crate::text::{fold_word, words, Folded};
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub raw: &'a str,
    pub fold: Folded<'a>,
}

impl Tok<'_> {
    pub fn cap(&self) -> bool {
        self.raw.chars().next().is_some_and(char::is_uppercase)
    }
    pub fn is(&self, w: &str) -> bool {
        self.fold.as_str() == w
    }
}

/// The largest char boundary of `text` at or before `i`.
pub fn floor(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Words of `text[range]` with absolute offsets (range clamped to char boundaries).
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok<'_>> {
    let s = floor(text, range.start);
    let e = floor(text, range.end).max(s);
    // About one word per six bytes of French: reserve once rather than grow.
    let mut out = Vec::with_capacity((e - s) / 6 + 1);
    out.extend(words(&text[s..e]).map(|w| Tok { start: s + w.start, end: s + w.end, raw: w.text, fold: fold_word(w.text) }));
    out
}

/// The raw text between token `i - 1` and token `i` (from `from` when `i` is the first).
pub fn gap<'a>(text: &'a str, toks: &[Tok], i: usize, from: usize) -> &'a str {
    let s = if i == 0 { from } else { toks[i - 1].end };
    let e = toks.get(i).map_or(s, |t| t.start);
    text.get(s.min(e)..e).unwrap_or("")
}

/// True when a gap holds only spaces, hyphens and apostrophes (the words belong together).
pub fn is_tight(gap: &str) -> bool {
    gap.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '\'' | '’'))
}
