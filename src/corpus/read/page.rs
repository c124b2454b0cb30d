//! An article's body as the rules read it: its paragraphs (body or furniture), and for each
//! body paragraph its words (split, folded and classified once: splitting was a third of the
//! loader's time when each stage did its own, and classifying once saved nearly a tenth), its
//! quote marks paired up, and its sentences (the one sentence splitter, which never cuts a
//! closed quotation), shared by every stage.

use super::knowledge::Language;
use super::layout::{self, Paragraph};
use super::quotes::marks::{self, Pair};
use crate::text::tokens::within;
use crate::text::{tokenize, Token};
use std::borrow::Cow;
use std::ops::Range;

/// Above this many bytes of body, an article's words are not kept but split again by each
/// stage that reads them: a word costs ten times its text, and a 100 MB article must still fit.
const KEEP_WORDS_UP_TO: usize = 4 << 20;

pub struct Page<'a> {
    /// The whole article file text; spans index into it.
    pub text: &'a str,
    pub paragraphs: Vec<Paragraph>,
    /// Words of the body paragraphs, all in one vector, when the article is small enough.
    words: Option<Vec<Token<'a>>>,
    /// Each paragraph's range in `words` (empty for furniture).
    word_ranges: Vec<Range<usize>>,
    /// Quote marks of each body paragraph, paired (empty for furniture).
    marks: Vec<Vec<Pair>>,
    /// Sentences of each body paragraph (empty for furniture).
    sentences: Vec<Vec<Range<usize>>>,
}

impl<'a> Page<'a> {
    /// Lay out `text[body]` (see [`layout::split`]), written in `lang`.
    pub fn new(lang: &dyn Language, text: &'a str, body: Range<usize>) -> Self {
        Self::build(lang, text, body, KEEP_WORDS_UP_TO)
    }

    fn build(lang: &dyn Language, text: &'a str, body: Range<usize>, keep_up_to: usize) -> Self {
        let keep = body.len() <= keep_up_to;
        // About one word per six bytes of French: one allocation for the whole article. (Not
        // kept, the vector holds one line's words at a time.)
        let mut words = Vec::with_capacity(if keep { body.len() / 6 + 1 } else { 0 });
        let mut word_ranges = Vec::new();
        let mut from = 0;
        let paragraphs = layout::split(lang, text, body, &mut words, |p, n| {
            let kept = keep && p.is_body();
            word_ranges.push(if kept { from..n } else { from..from });
            if kept {
                from = n;
            }
            kept
        });
        let marks: Vec<Vec<Pair>> = paragraphs
            .iter()
            .map(|p| {
                if p.is_body() && text.get(p.span.clone()).is_some() {
                    marks::pairs(text, p.span.clone())
                } else {
                    Vec::new()
                }
            })
            .collect();
        let sentences = paragraphs
            .iter()
            .zip(&marks)
            .map(|(p, m)| if p.is_body() { layout::sentences_in(lang, text, p.span.clone(), m) } else { Vec::new() })
            .collect();
        Page { text, paragraphs, words: keep.then_some(words), word_ranges, marks, sentences }
    }

    /// The quote marks of paragraph `i`, paired (none for furniture).
    pub fn marks(&self, i: usize) -> &[Pair] {
        self.marks.get(i).map_or(&[], Vec::as_slice)
    }

    /// The sentences of paragraph `i` (none for furniture).
    pub fn sentences(&self, i: usize) -> &[Range<usize>] {
        self.sentences.get(i).map_or(&[], Vec::as_slice)
    }

    /// The body paragraphs, with their index in [`Page::paragraphs`].
    pub fn body(&self) -> impl Iterator<Item = (usize, &Paragraph)> {
        self.paragraphs.iter().enumerate().filter(|(_, p)| p.is_body())
    }

    /// The words of paragraph `i` (none for furniture).
    pub fn words(&self, i: usize) -> Cow<'_, [Token<'a>]> {
        match (self.body_paragraph(i), &self.words) {
            (None, _) => Cow::Borrowed(&[]),
            (Some(_), Some(w)) => Cow::Borrowed(self.kept(w, i)),
            (Some(p), None) => Cow::Owned(tokenize(self.text, p.span.clone())),
        }
    }

    /// The words of paragraph `i` inside `range` (a sentence of it): of a large article, only
    /// those are split, not its whole paragraph.
    pub fn words_within(&self, i: usize, range: &Range<usize>) -> Cow<'_, [Token<'a>]> {
        match (self.body_paragraph(i), &self.words) {
            (None, _) => Cow::Borrowed(&[]),
            (Some(_), Some(w)) => Cow::Borrowed(within(self.kept(w, i), range)),
            (Some(p), None) => {
                Cow::Owned(tokenize(self.text, range.start.max(p.span.start)..range.end.min(p.span.end)))
            }
        }
    }

    /// The kept words of paragraph `i`.
    fn kept<'w>(&self, words: &'w [Token<'a>], i: usize) -> &'w [Token<'a>] {
        self.word_ranges.get(i).and_then(|r| words.get(r.clone())).unwrap_or(&[])
    }

    fn body_paragraph(&self, i: usize) -> Option<&Paragraph> {
        self.paragraphs.get(i).filter(|p| p.is_body())
    }
}

/// A page with the given paragraphs, right or wrong (for tests of what reads a page).
#[cfg(test)]
pub(crate) fn with_paragraphs(text: &str, paragraphs: Vec<Paragraph>) -> Page<'_> {
    let marks = paragraphs.iter().map(|_| Vec::new()).collect();
    let sentences = paragraphs.iter().map(|_| Vec::new()).collect();
    Page { text, paragraphs, words: None, word_ranges: Vec::new(), marks, sentences }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_words_are_those_of_each_paragraph() {
        let t = "Titre court\n\n« Nous venons », a dit Li à Pékin.\nPartager Cet Article\nFin du texte, enfin.\n";
        // Kept, or split again on demand past the size limit: the same words.
        let fr = &crate::corpus::read::knowledge::french::FRENCH;
        for page in [Page::new(fr, t, 0..t.len()), Page::build(fr, t, 0..t.len(), 10)] {
            same_words(t, &page);
        }
        // Wrong spans read as no words, never a panic.
        let bad = with_paragraphs(
            "é",
            vec![Paragraph { span: 1..2, furniture: None }, Paragraph { span: 0..40, furniture: None }],
        );
        assert!(bad.words(0).len() == 1 && bad.words(1).len() == 1);
    }

    fn same_words(t: &str, page: &Page) {
        assert_eq!(page.paragraphs, layout::paragraphs(&crate::corpus::read::knowledge::french::FRENCH, t, 0..t.len()));
        let body: Vec<usize> = page.body().map(|(i, _)| i).collect();
        assert_eq!(body, [1, 3]);
        for (i, p) in page.paragraphs.iter().enumerate() {
            let got: Vec<&str> = page.words(i).iter().map(|w| w.text).collect();
            let want: Vec<&str> =
                if p.is_body() { tokenize(t, p.span.clone()).iter().map(|w| w.text).collect() } else { vec![] };
            assert_eq!(got, want, "paragraph {i}");
            // A sentence's words, the same whether kept or split again.
            let (a, b) = (p.span.start, p.span.start + t[p.span.clone()].find(',').unwrap_or(0));
            let part: Vec<&str> = page.words_within(i, &(a..b)).iter().map(|w| w.text).collect();
            let want: Vec<&str> = if p.is_body() { tokenize(t, a..b).iter().map(|w| w.text).collect() } else { vec![] };
            assert_eq!(part, want, "paragraph {i} up to its comma");
        }
        assert!(page.words(99).is_empty());
    }
}
