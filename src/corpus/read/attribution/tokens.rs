//! The raw text between words (punctuation matters to attribution: "», a-t-il dit" is not
//! "» a-t-il dit"). The words themselves are `crate::text::Token`s.

pub use crate::text::tokens::{floor, tokenize, Token};

/// The raw text between token `i - 1` and token `i` (from `from` when `i` is the first).
pub fn gap<'a>(text: &'a str, toks: &[Token], i: usize, from: usize) -> &'a str {
    let s = if i == 0 { from } else { toks[i - 1].end };
    let e = toks.get(i).map_or(s, |t| t.start);
    text.get(s.min(e)..e).unwrap_or("")
}

/// Whether `span` lies inside one of the `quoted` ranges. They are the outermost quotations,
/// in text order and never overlapping: only the last one starting at or before `span` can
/// hold it.
pub fn in_quoted(quoted: &[std::ops::Range<usize>], span: std::ops::Range<usize>) -> bool {
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
    if !matches!(d, "le" | "la" | "les" | "l") {
        return false;
    }
    if v == 1 || !is_tight(gap(text, toks, v - 1, from)) {
        return true;
    }
    let p = &toks[v - 2];
    !p.cap() && (lang.is_complement_preposition(&p.folded) || matches!(p.folded.as_str(), "de" | "d"))
        || lang.is_accented_preposition(p.text)
}
