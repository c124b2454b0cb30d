//! The raw text between words (punctuation matters to attribution: "», a-t-il dit" is not
//! "» a-t-il dit"). The words themselves are `crate::text::Token`s.

use crate::text::tokens::within;
pub use crate::text::tokens::{floor, tokenize, Token};
use std::borrow::Cow;
use std::ops::Range;

/// Words already split: those of `text[span]` (a paragraph's, from the page). The windows
/// attribution reads near a quote read them instead of splitting their text again.
#[derive(Clone, Copy)]
pub struct Known<'t, 'a> {
    pub span: &'t Range<usize>,
    pub toks: &'t [Token<'a>],
}

impl<'t, 'a> Known<'t, 'a> {
    /// No words known: every window is split again.
    pub const NONE: Known<'static, 'static> = Known { span: &(0..0), toks: &[] };

    /// The words of `text[range]`, exactly as [`tokenize`] gives them: the known ones when the
    /// range lies inside the span and cuts none of them (windows start and end at marks, commas
    /// and sentence ends, or in spaces), else split again (a window cut mid-word keeps the
    /// piece of word, as `tokenize` does).
    pub fn words_in(&self, text: &'a str, range: Range<usize>) -> Cow<'t, [Token<'a>]> {
        let s = floor(text, range.start);
        let e = floor(text, range.end).max(s);
        // Whether byte i falls strictly inside a known word.
        let cut = |i: usize| {
            let k = self.toks.partition_point(|t| t.end <= i);
            self.toks.get(k).is_some_and(|t| t.start < i)
        };
        if self.span.start <= s && e <= self.span.end && !cut(s) && !cut(e) {
            Cow::Borrowed(within(self.toks, &(s..e)))
        } else {
            Cow::Owned(tokenize(text, range))
        }
    }
}

/// The raw text between token `i - 1` and token `i` (from `from` when `i` is the first).
pub fn gap<'a>(text: &'a str, toks: &[Token], i: usize, from: usize) -> &'a str {
    let s = if i == 0 { from } else { toks[i - 1].end };
    let e = toks.get(i).map_or(s, |t| t.start);
    text.get(s.min(e)..e).unwrap_or("")
}

/// Whether `span` lies inside one of the `quoted` ranges. They are the outermost quotations,
/// in text order and never overlapping: only the last one starting at or before `span` can
/// hold it.
pub fn in_quoted(quoted: &[Range<usize>], span: Range<usize>) -> bool {
    let k = quoted.partition_point(|q| q.start <= span.start);
    k > 0 && span.end <= quoted[k - 1].end
}

/// True when a gap holds only spaces, hyphens and apostrophes (the words belong together).
pub fn is_tight(gap: &str) -> bool {
    gap.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '\'' | '’'))
}

/// Whether the verb-like word `toks[v]` is used as a noun: right after a determiner that is
/// never an object pronoun ("une analyse", "son appel"), or after "le/la/les/l'" that follows a
/// preposition or opens the clause ("dans l'analyse", "L'appel") — not after a subject or a
/// name, where "l'"/"le" are object pronouns ("il l'analyse", "Poutine le dit").
pub fn used_as_noun(lang: &dyn crate::corpus::read::knowledge::Language, text: &str, toks: &[Token], v: usize) -> bool {
    if v == 0 {
        return false;
    }
    let from = toks[0].start;
    if !is_tight(gap(text, toks, v, from)) {
        return false;
    }
    let d = toks[v - 1].folded.as_str();
    if lang.is_noun_marker(d) {
        return true;
    }
    // "le Centre d'analyse": after a bare "de" only an infinitive is a verb.
    if lang.function_word(d).bare_of() && !lang.may_be_infinitive(&toks[v].folded) {
        return true;
    }
    if !lang.function_word(d).definite_alone() {
        return false;
    }
    if v == 1 || !is_tight(gap(text, toks, v - 1, from)) {
        return true;
    }
    let p = &toks[v - 2];
    !p.cap() && (lang.is_complement_preposition(&p.folded) || lang.function_word(&p.folded).bare_of())
        || lang.is_accented_preposition(p.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_words_are_those_tokenize_gives() {
        let t = "Intro. Il a dit : « Nous venons », a-t-il ajouté à Pékin, lundi. Fin";
        let para = 7..t.len() - 4;
        let toks = tokenize(t, para.clone());
        let known = Known { span: &para, toks: &toks };
        // Every window, inside the paragraph or not, cutting words or not: the same words.
        for (a, _) in t.char_indices() {
            for b in (a..=t.len()).filter(|&b| t.is_char_boundary(b)) {
                let want: Vec<_> = tokenize(t, a..b).iter().map(|w| (w.start, w.end, w.folded.to_string())).collect();
                let got: Vec<_> =
                    known.words_in(t, a..b).iter().map(|w| (w.start, w.end, w.folded.to_string())).collect();
                assert_eq!(got, want, "{a}..{b}");
            }
        }
        // From a word's start to a mark: no word cut, nothing split again.
        let (a, b) = (t.find("Il").unwrap(), t.find('»').unwrap());
        assert!(matches!(known.words_in(t, a..b), Cow::Borrowed(w) if w.len() == 5));
        assert_eq!(Known::NONE.words_in(t, 0..6).len(), 1);
    }
}
