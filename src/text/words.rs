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
    // Latin-1 and Latin Extended letters (French accents), without the Unicode table search;
    // × and ÷ are the only non-letters there.
    if ('\u{C0}'..='\u{24F}').contains(&c) {
        return c != '×' && c != '÷';
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// The char at byte `i` of `s` (a char boundary) and its length in bytes.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = s[i..].chars().next().unwrap_or('\0');
    (c, c.len_utf8())
}

/// Words of `s` with their byte spans.
pub fn words(s: &str) -> impl Iterator<Item = Word<'_>> {
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            if i >= s.len() {
                return None;
            }
            let (c, n) = char_at(s, i);
            if is_word_char(c) {
                break;
            }
            i += n;
        }
        let start = i;
        while i < s.len() {
            let (c, n) = char_at(s, i);
            if !is_word_char(c) {
                break;
            }
            i += n;
        }
        Some(Word { start, end: i, text: &s[start..i] })
    })
}

/// Whether `s` has at least `n` [`words`], read only as far as the `n`th: ASCII bytes
/// looked at directly, not decoded (the Quotebank loader asks it of every quote).
pub fn at_least_words(s: &str, n: usize) -> bool {
    if n == 0 {
        return true;
    }
    let b = s.as_bytes();
    let (mut i, mut count, mut in_word) = (0, 0, false);
    while i < b.len() {
        let (word, len) = if b[i] < 0x80 {
            (b[i].is_ascii_alphanumeric(), 1)
        } else {
            let (c, len) = char_at(s, i);
            (is_word_char(c), len)
        };
        if word && !in_word {
            count += 1;
            if count == n {
                return true;
            }
        }
        in_word = word;
        i += len;
    }
    false
}

/// What a byte is to the splitter: one table load per byte instead of range tests (the
/// loader splits every byte of every article).
const GAP: u8 = 0;
/// Lowercase ASCII letter or digit.
const LOWER: u8 = 1;
const UPPER: u8 = 2;
/// A byte of a multi-byte char: decoded and tested by [`is_word_char`].
const HIGH: u8 = 3;
static BYTE_CLASS: [u8; 256] = {
    let mut t = [GAP; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            HIGH
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_alphanumeric() {
            LOWER
        } else {
            GAP
        };
        b += 1;
    }
    t
};

/// [`words`] of `s`, each given to `f` with whether it is already folded (ASCII, no capital:
/// most French words), found in the same pass. One loop, no iterator state: the loader splits
/// every paragraph of every article with it.
#[inline]
pub(crate) fn for_each_word<'a>(s: &'a str, mut f: impl FnMut(Word<'a>, bool)) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match BYTE_CLASS[b[i] as usize] {
            GAP => {
                i += 1;
                continue;
            }
            HIGH => {
                let (c, n) = char_at(s, i);
                if !is_word_char(c) {
                    i += n;
                    continue;
                }
            }
            _ => {}
        }
        let start = i;
        let mut folded = true;
        while i < b.len() {
            match BYTE_CLASS[b[i] as usize] {
                LOWER => i += 1,
                UPPER => {
                    folded = false;
                    i += 1;
                }
                GAP => break,
                _ => {
                    let (c, n) = char_at(s, i);
                    if !is_word_char(c) {
                        break;
                    }
                    folded = false;
                    i += n;
                }
            }
        }
        f(Word { start, end: i, text: &s[start..i] }, folded);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_least_words_counts_as_words_does() {
        for s in [
            "",
            " ",
            "a",
            "a b c",
            "a b c d",
            "l’Occident, Lai Ching-te\u{a0}: 200 ».",
            "é-à ×÷ ü\u{301}x 北京 ½",
            "  --a--b--c--d--",
        ] {
            for n in 0..7 {
                assert_eq!(at_least_words(s, n), n == 0 || words(s).nth(n - 1).is_some(), "{s:?} {n}");
            }
        }
    }

    #[test]
    fn splits_on_apostrophes_hyphens_and_spaces() {
        let w: Vec<&str> = words("l’Occident, Lai Ching-te\u{a0}: 200 ».").map(|w| w.text).collect();
        assert_eq!(w, ["l", "Occident", "Lai", "Ching", "te", "200"]);
        let first = words("  Pékin").next().unwrap();
        assert_eq!(first.span(), 2..8);
        let w: Vec<&str> = words("×÷ é\u{301}t ²ª Ωmega 日本").map(|w| w.text).collect();
        assert_eq!(w, ["é\u{301}t", "²ª", "Ωmega", "日本"]);
    }

    #[test]
    fn fast_latin_path_agrees_with_unicode() {
        for u in 0..0x400u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let slow = c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c);
            assert_eq!(is_word_char(c), slow, "U+{u:04X}");
        }
    }
}
