//! Word tokenizing: a word is a maximal run of alphanumeric characters. Apostrophes and
//! hyphens split words ("l'Occident" → "l", "Occident"; "Ching-te" → "Ching", "te"), the
//! same way for the text and for the names it is matched against.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

impl Word<'_> {
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// Words of `s` with their byte spans.
pub fn words(s: &str) -> impl Iterator<Item = Word<'_>> {
    let mut it = s.char_indices().peekable();
    std::iter::from_fn(move || {
        let start = loop {
            let (i, c) = it.next()?;
            if is_word_char(c) {
                break i;
            }
        };
        let mut end = s.len();
        while let Some(&(i, c)) = it.peek() {
            if !is_word_char(c) {
                end = i;
                break;
            }
            it.next();
        }
        Some(Word { start, end, text: &s[start..end] })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_apostrophes_hyphens_and_spaces() {
        let w: Vec<&str> = words("l’Occident, Lai Ching-te\u{a0}: 200 ».").map(|w| w.text).collect();
        assert_eq!(w, ["l", "Occident", "Lai", "Ching", "te", "200"]);
        let first = words("  Pékin").next().unwrap();
        assert_eq!(first.span(), 2..8);
    }
}
