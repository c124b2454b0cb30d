//! Folding for matching: lowercase, diacritics stripped, ligatures expanded, typographic
//! apostrophes made straight. "Choïgu" and "choigu", "Pékin" and "pekin" fold alike.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Where folded chars go: a `String`, or the inline buffer of a [`Folded`] word.
trait Sink {
    fn put(&mut self, c: char);
}

impl Sink for String {
    #[inline]
    fn put(&mut self, c: char) {
        self.push(c);
    }
}

/// The folded form of one char, looked up from a table for the Latin-1 and Latin Extended
/// blocks (where French accents live), computed by [`fold_char_slow`] elsewhere.
#[derive(Clone, Copy)]
struct Small {
    n: u8,
    c: [char; 2],
}

const TABLE_END: u32 = 0x250;
const SLOW: u8 = u8::MAX;

fn latin_table() -> &'static [Small] {
    static T: std::sync::OnceLock<Vec<Small>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        (0x80..TABLE_END)
            .map(|u| {
                let mut s = String::new();
                if let Some(c) = char::from_u32(u) {
                    fold_char_slow(c, &mut s);
                }
                let mut c = ['\0'; 2];
                let n = s.chars().count();
                for (k, ch) in s.chars().take(2).enumerate() {
                    c[k] = ch;
                }
                // (None folds to more than two chars (œ → oe, ß → ss); if one did, it would
                // take the slow path.)
                Small { n: if n <= 2 { n as u8 } else { SLOW }, c }
            })
            .collect()
    })
}

/// Append the folded form of `c` to `out`. Returns how many chars were pushed.
#[inline]
fn fold_char(c: char, out: &mut impl Sink) -> usize {
    if c.is_ascii() {
        out.put(c.to_ascii_lowercase());
        return 1;
    }
    if (c as u32) < TABLE_END {
        let e = latin_table()[(c as u32 - 0x80) as usize];
        if e.n == SLOW {
            return fold_char_slow(c, out);
        }
        for &ch in &e.c[..e.n as usize] {
            out.put(ch);
        }
        return e.n as usize;
    }
    fold_char_slow(c, out)
}

/// The rule itself (the table above is built from it).
fn fold_char_slow(c: char, out: &mut impl Sink) -> usize {
    if c.is_ascii() {
        out.put(c.to_ascii_lowercase());
        return 1;
    }
    match c {
        'œ' | 'Œ' => {
            out.put('o');
            out.put('e');
            return 2;
        }
        'æ' | 'Æ' => {
            out.put('a');
            out.put('e');
            return 2;
        }
        'ß' => {
            out.put('s');
            out.put('s');
            return 2;
        }
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' => {
            out.put('\'');
            return 1;
        }
        _ => {}
    }
    if is_combining_mark(c) {
        return 0;
    }
    let mut n = 0;
    for l in c.to_lowercase() {
        decompose_canonical(l, |d| {
            if !is_combining_mark(d) {
                out.put(d);
                n += 1;
            }
        });
    }
    n
}

/// Lowercase, strip diacritics, expand ligatures.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Fold `s`, also returning for each char of the folded string the index of the char of `s`
/// it came from, so positions matched in folded text can be highlighted in the original.
pub fn fold_with_map(s: &str) -> (String, Vec<u32>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let n = fold_char(c, &mut out);
        map.extend(std::iter::repeat_n(i as u32, n));
    }
    (out, map)
}

/// Bytes a [`Folded`] word holds without allocating.
const INLINE: usize = 22;

/// The folded form of a word (see [`fold_word`]). The loader folds every word of every
/// article: a word already folded (lowercase ASCII, most of French prose) is borrowed, other
/// short words are kept inline; neither allocates.
#[derive(Clone)]
pub struct Folded<'a>(Repr<'a>);

#[derive(Clone)]
enum Repr<'a> {
    Borrowed(&'a str),
    /// Invariant: `buf[..len]` is valid UTF-8 (whole chars only are ever written).
    Inline {
        len: u8,
        buf: [u8; INLINE],
    },
    Heap(Box<str>),
}

struct InlineSink {
    len: usize,
    buf: [u8; INLINE],
    spill: Option<String>,
}

impl Sink for InlineSink {
    #[inline]
    fn put(&mut self, c: char) {
        if let Some(s) = &mut self.spill {
            s.push(c);
            return;
        }
        let n = c.len_utf8();
        if self.len + n <= INLINE {
            c.encode_utf8(&mut self.buf[self.len..]);
            self.len += n;
        } else {
            let mut s = String::with_capacity(2 * INLINE);
            s.push_str(inline_str(&self.buf, self.len));
            s.push(c);
            self.spill = Some(s);
        }
    }
}

impl InlineSink {
    #[inline]
    fn put_ascii(&mut self, b: u8) {
        if self.spill.is_none() && self.len < INLINE {
            self.buf[self.len] = b;
            self.len += 1;
        } else {
            self.put(b as char);
        }
    }
}

#[inline]
fn inline_str(buf: &[u8; INLINE], len: usize) -> &str {
    debug_assert!(std::str::from_utf8(&buf[..len]).is_ok());
    // SAFETY: only whole chars (`char::encode_utf8`) or whole ASCII bytes are written to the
    // buffer, so its first `len` bytes are always valid UTF-8.
    unsafe { std::str::from_utf8_unchecked(&buf[..len]) }
}

/// [`fold`] for one word, without allocating when the result is short.
#[inline]
pub fn fold_word(s: &str) -> Folded<'_> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Folded(Repr::Borrowed(s));
    }
    if s.len() <= INLINE && s.is_ascii() {
        let mut out = Folded(Repr::Inline { len: s.len() as u8, buf: [0u8; INLINE] });
        if let Repr::Inline { buf, .. } = &mut out.0 {
            buf[..s.len()].copy_from_slice(s.as_bytes());
            buf.make_ascii_lowercase();
        }
        return out;
    }
    let mut sink = InlineSink { len: 0, buf: [0; INLINE], spill: None };
    // Byte by byte: the ASCII letters of an accented word (most of it) are lowered in place,
    // without decoding them as chars.
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii() {
            sink.put_ascii(b[i].to_ascii_lowercase());
            i += 1;
        } else {
            let c = s[i..].chars().next().unwrap_or('\0');
            fold_char(c, &mut sink);
            i += c.len_utf8();
        }
    }
    match sink.spill {
        Some(s) => Folded(Repr::Heap(s.into_boxed_str())),
        None => Folded(Repr::Inline { len: sink.len as u8, buf: sink.buf }),
    }
}

impl<'a> Folded<'a> {
    /// A word that is its own folded form (lowercase ASCII), borrowed.
    #[inline]
    pub(crate) fn as_is(s: &'a str) -> Self {
        debug_assert!(s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()));
        Folded(Repr::Borrowed(s))
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Borrowed(s) => s,
            Repr::Inline { len, buf } => inline_str(buf, *len as usize),
            Repr::Heap(s) => s,
        }
    }
}

impl std::ops::Deref for Folded<'_> {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Folded) -> bool {
        self.as_str() == other.as_str()
    }
}
impl Eq for Folded<'_> {}

impl PartialEq<str> for Folded<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Folded<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Debug for Folded<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Folded<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_ligatures() {
        assert_eq!(fold("Choïgu"), "choigu");
        assert_eq!(fold("Pékin"), "pekin");
        assert_eq!(fold("ŒUVRE cœur"), "oeuvre coeur");
        assert_eq!(fold("l’intention"), "l'intention");
        // Combining accent (decomposed input) folds like the precomposed one.
        assert_eq!(fold("Pe\u{301}kin"), "pekin");
        assert_eq!(fold("Белоусов"), "белоусов");
    }

    #[test]
    fn map_points_back_to_source_chars() {
        let (f, map) = fold_with_map("Œil é");
        assert_eq!(f, "oeil e");
        assert_eq!(map, vec![0, 0, 1, 2, 3, 4]);
        let (f, map) = fold_with_map("e\u{301}t");
        assert_eq!(f, "et");
        assert_eq!(map, vec![0, 2]);
    }

    #[test]
    fn table_agrees_with_the_rule() {
        for u in 0x80..TABLE_END + 0x100 {
            let Some(c) = char::from_u32(u) else { continue };
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_char(c, &mut fast);
            fold_char_slow(c, &mut slow);
            assert_eq!(fast, slow, "U+{u:04X}");
        }
    }

    #[test]
    fn folded_words_match_fold() {
        for w in [
            "déjà",
            "tout",
            "Tout",
            "TOUT",
            "ŒUVRE",
            "Choïgu",
            "l’Occident",
            "x",
            "",
            "Белоусов",
            "anticonstitutionnellement",
            "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
            "aaaaaaaaaaaaaaaaaaaaaé",
            "Ab\u{301}",
        ] {
            let f = fold_word(w);
            assert_eq!(f.as_str(), fold(w), "{w}");
            assert_eq!(f, fold(w).as_str());
        }
    }
}
