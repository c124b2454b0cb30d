//! Quote marks and how they pair up inside one paragraph.
//!
//! « » and “ ” say by themselves whether they open or close; a straight " says it by position
//! (after a space or at the start it opens, before a space or punctuation it closes). Apostrophes
//! (' and ’) are never quote marks. Nested quotes are kept inside the outer one. A mark of the
//! same family opened again while one is open means the first was never closed: it is reported
//! unclosed, up to where the new one starts. One pass that jumps between candidate marks
//! (memchr), a stack indexed by family: linear on any input.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// « »
    Guillemet,
    /// “ ” (and „)
    Curly,
    /// "
    Straight,
}

/// An outermost quotation found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub family: Family,
    /// Byte span of the opening mark.
    pub open: Range<usize>,
    /// Byte span of the closing mark; None when it was never closed.
    pub close: Option<Range<usize>>,
    /// For an unclosed quote: where its words must end at the latest (the next quote of the same
    /// family, or the end of the paragraph). For a closed one: the start of the closing mark.
    pub limit: usize,
}

fn is_open_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace() || matches!(c, '(' | '[' | '{' | '«' | '“' | '—' | '–' | '-' | '/' | ':' | '\'' | '’')
        }
    }
}

fn is_close_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace() || (c.is_ascii_punctuation() && c != '"') || matches!(c, '»' | '”' | '…' | '—' | '–')
        }
    }
}

fn family_ix(f: Family) -> usize {
    match f {
        Family::Guillemet => 0,
        Family::Curly => 1,
        Family::Straight => 2,
    }
}

/// The stack of open marks, with, per family, the stack positions it holds (ascending), so
/// that "is one open", "the lowest" and "the topmost" are O(1) however deep the stack gets.
#[derive(Default)]
struct Stack {
    marks: Vec<(Family, Range<usize>)>,
    at: [Vec<usize>; 3],
}

impl Stack {
    fn has(&self, f: Family) -> bool {
        !self.at[family_ix(f)].is_empty()
    }
    fn lowest(&self, f: Family) -> Option<usize> {
        self.at[family_ix(f)].first().copied()
    }
    fn topmost(&self, f: Family) -> Option<usize> {
        self.at[family_ix(f)].last().copied()
    }
    fn push(&mut self, f: Family, r: Range<usize>) {
        self.at[family_ix(f)].push(self.marks.len());
        self.marks.push((f, r));
    }
    fn truncate(&mut self, k: usize) {
        for v in &mut self.at {
            while v.last().is_some_and(|&i| i >= k) {
                v.pop();
            }
        }
        self.marks.truncate(k);
    }
}

/// Bytes that start a quote mark in UTF-8: '"', and the lead bytes of « » (C2) and „ “ ” (E2).
/// Other chars never change the pairing, so the scan jumps from one candidate to the next.
fn candidates(s: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr3_iter(b'"', 0xC2, 0xE2, s.as_bytes())
}

/// The outermost quotations of `text[span]`, in text order. Spans are absolute byte offsets.
/// `span` must lie on char boundaries of `text`.
pub fn pairs(text: &str, span: Range<usize>) -> Vec<Pair> {
    let s = &text[span.clone()];
    let base = span.start;
    let mut out = Vec::new();
    let mut stack = Stack::default();
    // Where the closing guillemets are: a « inside an open one nests ("« Les projets « Stop
    // Soros » servent … »") when enough » follow to close both, else the open one was never
    // closed.
    let reversed = reversed_guillemets(s);
    // "» Nos partenaires … », a-t-il poursuivi": a paragraph opening on » going on a quotation
    // (the old way of marking one that runs over paragraphs, or a mark the wrong way round).
    let lead = s.len() - s.trim_start().len();
    let opens_on_close = !reversed
        && s[lead..].starts_with('»')
        && s[lead + '»'.len_utf8()..].trim_start().chars().next().is_some_and(char::is_alphanumeric);
    let closes: Vec<usize> = memchr::memmem::find_iter(s.as_bytes(), if reversed { "«" } else { "»" }).collect();
    for i in candidates(s) {
        let Some(c) = s[i..].chars().next() else { continue };
        let c = match c {
            '«' if reversed => '»',
            '»' if reversed => '«',
            c => c,
        };
        if !matches!(c, '«' | '»' | '„' | '“' | '”' | '"') {
            continue;
        }
        let prev = s[..i].chars().next_back();
        let next = s[i + c.len_utf8()..].chars().next();
        let at = base + i..base + i + c.len_utf8();
        enum Act {
            Open(Family),
            Close(Family),
            None,
        }
        let act = match c {
            '»' if opens_on_close && i == lead => Act::Open(Family::Guillemet),
            '«' => Act::Open(Family::Guillemet),
            '»' => Act::Close(Family::Guillemet),
            '„' => Act::Open(Family::Curly),
            '“' => {
                // German style „…“ closes with “.
                if stack.has(Family::Curly) && !is_open_context(prev) && is_close_context(next) {
                    Act::Close(Family::Curly)
                } else {
                    Act::Open(Family::Curly)
                }
            }
            '”' => {
                if stack.has(Family::Curly) {
                    Act::Close(Family::Curly)
                } else if is_open_context(prev) && next.is_some_and(|n| !n.is_whitespace()) {
                    Act::Open(Family::Curly)
                } else {
                    Act::None
                }
            }
            '"' => {
                // (A mark before a comma or a full stop never opens: "… les F-35 ", a-t-il dit".)
                let open_ok = is_open_context(prev)
                    && next.is_some_and(|n| {
                        !n.is_whitespace() && !matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '…')
                    });
                let close_ok = prev.is_some_and(|p| !p.is_whitespace()) && is_close_context(next);
                let open_now = stack.has(Family::Straight);
                if open_now && (close_ok || !open_ok) {
                    Act::Close(Family::Straight)
                } else if open_ok || !open_now && !close_ok {
                    Act::Open(Family::Straight)
                } else {
                    Act::None
                }
            }
            _ => Act::None,
        };
        match act {
            Act::Open(f) => {
                let open = stack.at[family_ix(f)].len();
                let nests = f == Family::Guillemet && closes.len() - closes.partition_point(|&c| c < i) > open;
                if f != Family::Straight && !nests {
                    if let Some(k) = stack.lowest(f) {
                        // Same family reopened: the earlier one was never closed.
                        if k == 0 {
                            let (fam, open) = stack.marks[0].clone();
                            out.push(Pair { family: fam, open, close: None, limit: at.start });
                        }
                        stack.truncate(k);
                    }
                }
                stack.push(f, at);
            }
            Act::Close(f) => {
                if let Some(k) = stack.topmost(f) {
                    if k == 0 {
                        let (fam, open) = stack.marks[0].clone();
                        out.push(Pair { family: fam, open, close: Some(at.clone()), limit: at.start });
                    }
                    stack.truncate(k);
                }
            }
            Act::None => {}
        }
    }
    if let Some((fam, open)) = stack.marks.into_iter().next() {
        out.push(Pair { family: fam, open, close: None, limit: span.end });
    }
    out
}

/// "» Oui, nous devrons encore nous battre « , a déclaré M. Zelensky": a paragraph whose
/// guillemets all point the wrong way (as some translations write them): it opens on », and
/// every » opens a word after it while every « closes one before it.
fn reversed_guillemets(s: &str) -> bool {
    // (Found by byte search: « and » are C2 AB and C2 BB. Most paragraphs open on « or have
    // none, and stop at the first.)
    let b = s.as_bytes();
    let mut marks = memchr::memchr_iter(0xC2, b).filter_map(|i| match b.get(i + 1) {
        Some(0xAB) => Some((i, '«')),
        Some(0xBB) => Some((i, '»')),
        _ => None,
    });
    let Some(first) = marks.next().filter(|&(_, c)| c == '»') else { return false };
    let marks: Vec<(usize, char)> = std::iter::once(first).chain(marks).collect();
    if marks.len() < 2 || !marks.len().is_multiple_of(2) {
        return false;
    }
    marks.iter().enumerate().all(|(k, &(i, c))| {
        let prev = s[..i].chars().next_back();
        let next = s[i + c.len_utf8()..].chars().next();
        let words_after = s[i + c.len_utf8()..].trim_start().chars().next().is_some_and(char::is_alphanumeric);
        match (k % 2, c) {
            (0, '»') => is_open_context(prev) && words_after,
            (1, '«') => prev.is_some_and(|p| !matches!(p, '(' | '[')) && is_close_context(next),
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<(&str, bool)> {
        pairs(text, 0..text.len()).into_iter().map(|p| (&text[p.open.end..p.limit], p.close.is_some())).collect()
    }

    #[test]
    fn guillemets_curly_and_nesting() {
        let t = "Il a dit « nous “refusons” cela » puis “autre chose”.";
        assert_eq!(quoted(t), [(" nous “refusons” cela ", true), ("autre chose", true)]);
    }

    #[test]
    fn straight_quotes_by_position_and_apostrophes_ignored() {
        let t = "L'objectif est \"d'aller vite\", a-t-il dit. C'est \"clair\".";
        assert_eq!(quoted(t), [("d'aller vite", true), ("clair", true)]);
        // A space before the closing mark.
        let t = "\"Nous avons fait ce qui nous incombe \", a-t-il dit. \"Fin\".";
        assert_eq!(quoted(t), [("Nous avons fait ce qui nous incombe ", true), ("Fin", true)]);
    }

    #[test]
    fn guillemets_all_the_wrong_way_round() {
        let t = "» Oui, nous devrons encore nous battre « , a déclaré M. Zelensky. » Nos partenaires aussi « .";
        assert_eq!(quoted(t), [(" Oui, nous devrons encore nous battre ", true), (" Nos partenaires aussi ", true)]);
        // A paragraph opening on », going on a quotation: its words are quoted.
        let t = "» Et nous irons jusqu'au bout », a-t-il conclu.";
        assert_eq!(quoted(t), [(" Et nous irons jusqu'au bout ", true)]);
    }

    #[test]
    fn guillemets_nest_when_enough_close() {
        let t = "Il a ajouté : « Les projets « Stop Soros » servent cet objectif » puis « fin ».";
        assert_eq!(quoted(t), [(" Les projets « Stop Soros » servent cet objectif ", true), (" fin ", true)]);
    }

    #[test]
    fn unclosed_stops_at_next_same_family_or_end() {
        let t = "« un début sans fin. « Une autre » ici";
        assert_eq!(quoted(t), [(" un début sans fin. ", false), (" Une autre ", true)]);
        let t = "de \"renforcer le partenariat, a ajouté X.";
        assert_eq!(quoted(t), [("renforcer le partenariat, a ajouté X.", false)]);
    }

    #[test]
    fn deep_stacks_keep_the_outermost_open_quote() {
        // Straight quotes that keep opening, then guillemets reopening over them (its speed is
        // measured by benches/extract.rs, not asserted here).
        let t = "\"a ".repeat(50_000) + &"« b ".repeat(50_000);
        let p = pairs(&t, 0..t.len());
        assert_eq!(p.len(), 1, "the first straight quote stays the outermost, never closed");
    }

    #[test]
    fn hostile_runs_are_linear_and_safe() {
        let t = "« ".repeat(20_000) + &"\"".repeat(20_000) + "»»»";
        let p = pairs(&t, 0..t.len());
        assert!(!p.is_empty());
        for q in p {
            assert!(t.is_char_boundary(q.limit));
        }
    }
}
