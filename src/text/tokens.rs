//! Words of a text with their absolute byte offsets and folded forms: what every rule of the
//! loader reads. Folding is most of the cost of splitting, so an article's paragraphs are split
//! once and their tokens shared by layout, dates, events and attribution (`corpus::read::page`).

use super::words::for_each_word;
use super::{fold_word, Folded};
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Token<'a> {
    /// Byte span in the whole text (not in the range that was split).
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub folded: Folded<'a>,
    /// The word's classes in its language (`corpus::read::knowledge::language::word`), 0 when
    /// not yet classified: this layer knows no language, the page classifies each word once.
    pub class: u32,
}

impl Token<'_> {
    /// Starts with a capital letter.
    pub fn cap(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    /// Its folded form is `w`.
    pub fn is(&self, w: &str) -> bool {
        self.folded.as_str() == w
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

/// Words of `text[range]` with absolute offsets. The range is clamped to char boundaries, so a
/// bad range never panics.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
    let (s, e) = (floor(text, range.start), floor(text, range.end));
    // About one word per six bytes of French: reserve once rather than grow.
    let mut out = Vec::with_capacity(e.saturating_sub(s) / 6 + 1);
    tokenize_into(text, range, &mut out);
    out
}

/// [`tokenize`], appending to `out`: a page keeps all its paragraphs' words in one vector
/// (one allocation per article, not one per paragraph).
pub fn tokenize_into<'a>(text: &'a str, range: Range<usize>, out: &mut Vec<Token<'a>>) {
    let s = floor(text, range.start);
    let e = floor(text, range.end).max(s);
    for_each_word(&text[s..e], |w, folded| {
        let folded = if folded { Folded::as_is(w.text) } else { fold_word(w.text) };
        out.push(Token { start: s + w.start, end: s + w.end, text: w.text, folded, class: 0 });
    });
}

/// The tokens of `toks` (sorted, as [`tokenize`] gives them) that lie inside `range`: the words
/// `tokenize` would find there when `range` does not cut a word.
pub fn within<'t, 'a>(toks: &'t [Token<'a>], range: &Range<usize>) -> &'t [Token<'a>] {
    let a = toks.partition_point(|t| t.start < range.start);
    let b = toks.partition_point(|t| t.end <= range.end).max(a);
    &toks[a..b]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_absolute_and_ranges_clamped() {
        let t = "Le « président » Poutine a dit.";
        let toks = tokenize(t, 3..t.len());
        assert_eq!(toks[0].text, "président");
        assert_eq!(&t[toks[0].start..toks[0].end], "président");
        assert!(toks[0].is("president") && toks[1].cap());
        // A range that cuts "é" or overruns the text does not panic: it is widened to the char.
        assert_eq!(tokenize("é", 1..9)[0].text, "é");
        assert_eq!(tokenize(t, toks[0].end..999).len(), toks.len() - 1);
    }

    #[test]
    fn tokens_are_the_words_folded() {
        let t = "L’Élysée a dit : « Nous 200 ÉTATS-Unis » — Œuvre ×÷ é\u{301}t ²ª Ωmega 日本, MiXed fin";
        let toks = tokenize(t, 0..t.len());
        let want: Vec<(usize, usize, String)> =
            crate::text::words(t).map(|w| (w.start, w.end, crate::text::fold(w.text))).collect();
        let got: Vec<(usize, usize, String)> = toks.iter().map(|w| (w.start, w.end, w.folded.to_string())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn within_agrees_with_tokenizing_the_range() {
        let t = "Il a dit. « Nous venons », a-t-il ajouté à Pékin. Fin";
        let all = tokenize(t, 0..t.len());
        for (a, _) in t.char_indices() {
            for (b, _) in t.char_indices().filter(|&(b, _)| b >= a) {
                let cut = |i: usize| all.iter().any(|w| w.start < i && i < w.end);
                if cut(a) || cut(b) {
                    continue;
                }
                let direct: Vec<_> = tokenize(t, a..b).iter().map(|w| w.start..w.end).collect();
                let sliced: Vec<_> = within(&all, &(a..b)).iter().map(|w| w.start..w.end).collect();
                assert_eq!(direct, sliced, "{a}..{b}");
            }
        }
    }
}
