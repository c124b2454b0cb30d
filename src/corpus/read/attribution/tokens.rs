//! The raw text between words (punctuation matters to attribution: "», a-t-il dit" is not
//! "» a-t-il dit"). The words themselves are `crate::text::Token`s.

pub use crate::text::tokens::{floor, tokenize, Token};

/// The raw text between token `i - 1` and token `i` (from `from` when `i` is the first).
pub fn gap<'a>(text: &'a str, toks: &[Token], i: usize, from: usize) -> &'a str {
    let s = if i == 0 { from } else { toks[i - 1].end };
    let e = toks.get(i).map_or(s, |t| t.start);
    text.get(s.min(e)..e).unwrap_or("")
}

/// True when a gap holds only spaces, hyphens and apostrophes (the words belong together).
pub fn is_tight(gap: &str) -> bool {
    gap.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '\'' | '’'))
}
