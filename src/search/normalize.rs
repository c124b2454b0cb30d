//! The one text form every comparison uses: folded (`crate::text::fold`: lowercase, no accents)
//! and with every run of non-word characters (spaces, punctuation, apostrophes, hyphens) turned
//! into one space, trimmed. Queries and texts go through the same function, so "l’Occident"
//! typed as "l'occident" or "l occident" finds the same words, and a phrase matches across
//! punctuation ("guerre-froide" is found by "guerre froide").

use crate::text::fold_with_map;

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// Append the normalized form of `s` to `out`.
pub(crate) fn normalize_into(s: &str, out: &mut String) {
    let mut bytes = std::mem::take(out).into_bytes();
    normalize_bytes(s, &mut bytes);
    *out = String::from_utf8(bytes).expect("normalize_bytes writes whole UTF-8 chars");
}

/// ASCII byte -> its lowercase form if it is a word character, else 0.
const ASCII_WORD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// The normalized form of `s` appended to `out` as UTF-8. Same result as folding `s` whole
/// and then collapsing non-word runs, in one pass without the intermediate string: runs of
/// lowercase ASCII letters and digits (most of a French text) are copied whole, other ASCII
/// bytes go through a table, two-byte characters (accented Latin, Greek, Cyrillic) through a
/// table of their folded bytes, the rest through a table of folded forms. This runs over
/// every quote when the index is built.
pub(crate) fn normalize_bytes(s: &str, out: &mut Vec<u8>) {
    out.reserve(s.len());
    let start = out.len();
    let mut pending_space = false;
    let bytes = s.as_bytes();
    let two = two_byte_table();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            match ASCII_WORD[b as usize] {
                0 => {
                    pending_space |= out.len() > start;
                    i += 1;
                }
                l => {
                    if pending_space {
                        out.push(b' ');
                        pending_space = false;
                    }
                    if l == b {
                        // A run of lowercase words with single spaces between them is its own
                        // normalized form: copied whole.
                        let lower = |c: u8| c < 0x80 && ASCII_WORD[c as usize] == c;
                        let mut end = i + 1;
                        loop {
                            while end < bytes.len() && lower(bytes[end]) {
                                end += 1;
                            }
                            if end + 1 < bytes.len() && bytes[end] == b' ' && lower(bytes[end + 1]) {
                                end += 2;
                            } else {
                                break;
                            }
                        }
                        out.extend_from_slice(&bytes[i..end]);
                        i = end;
                    } else {
                        out.push(l);
                        i += 1;
                    }
                }
            }
            continue;
        }
        if b & 0xe0 == 0xc0 && i + 1 < bytes.len() {
            let cp = ((b as usize & 0x1f) << 6) | (bytes[i + 1] as usize & 0x3f);
            let f = &two[cp - 0x80];
            match f.kind {
                Kind::Nothing => {
                    i += 2;
                    continue;
                }
                Kind::Space => {
                    pending_space |= out.len() > start;
                    i += 2;
                    continue;
                }
                Kind::Word => {
                    if pending_space {
                        out.push(b' ');
                        pending_space = false;
                    }
                    out.extend_from_slice(&f.bytes[..f.len as usize]);
                    i += 2;
                    continue;
                }
                Kind::Mixed => {}
            }
        }
        let Some(c) = s[i..].chars().next() else { break };
        i += c.len_utf8();
        let word = |f: char| {
            if !is_word(f) {
                pending_space |= out.len() > start;
                return;
            }
            if pending_space {
                out.push(b' ');
                pending_space = false;
            }
            out.extend_from_slice(f.encode_utf8(&mut [0; 4]).as_bytes());
        };
        match folded_table().get(c as usize - 0x80) {
            Some(folded) => folded.chars().for_each(word),
            None => crate::text::fold(c.encode_utf8(&mut [0; 4])).chars().for_each(word),
        }
    }
}

/// What a two-byte character folds to, for [`normalize_bytes`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Nothing at all (a combining accent).
    Nothing,
    /// Only non-word characters: a word break.
    Space,
    /// Only word characters: `bytes[..len]`.
    Word,
    /// Both kinds, or too long for the table: done char by char.
    Mixed,
}

#[derive(Clone, Copy)]
struct TwoByte {
    kind: Kind,
    len: u8,
    bytes: [u8; 6],
}

/// The fold of every char from U+0080 to U+07FF, as [`TwoByte`] entries.
fn two_byte_table() -> &'static [TwoByte] {
    static TABLE: std::sync::OnceLock<Vec<TwoByte>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (0x80u32..0x800)
            .map(|u| {
                let folded =
                    char::from_u32(u).map(|c| crate::text::fold(c.encode_utf8(&mut [0; 4]))).unwrap_or_default();
                let mut e = TwoByte { kind: Kind::Mixed, len: 0, bytes: [0; 6] };
                if folded.is_empty() {
                    e.kind = Kind::Nothing;
                } else if folded.chars().all(|c| !is_word(c)) {
                    e.kind = Kind::Space;
                } else if folded.chars().all(is_word) && folded.len() <= 6 {
                    e.kind = Kind::Word;
                    e.len = folded.len() as u8;
                    e.bytes[..folded.len()].copy_from_slice(folded.as_bytes());
                }
                e
            })
            .collect()
    })
}

/// `crate::text::fold` of each char from U+0080 to U+2FFF (Latin, Greek, Cyrillic, general
/// punctuation), computed once.
fn folded_table() -> &'static [Box<str>] {
    static TABLE: std::sync::OnceLock<Vec<Box<str>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (0x80u32..0x3000)
            .map(|u| {
                char::from_u32(u)
                    .map_or_else(Box::default, |c| crate::text::fold(c.encode_utf8(&mut [0; 4])).into_boxed_str())
            })
            .collect()
    })
}

pub(crate) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_into(s, &mut out);
    out
}

/// The normalized form of `s` and, for each of its bytes, the index of the char of `s` it
/// comes from (used only to highlight rows on screen).
pub(crate) fn normalize_with_map(s: &str) -> (String, Vec<u32>) {
    let (folded, map) = fold_with_map(s);
    let mut out = String::with_capacity(folded.len());
    let mut byte_map = Vec::with_capacity(folded.len());
    push_normalized(folded.chars().zip(map.iter().copied()), &mut out, Some(&mut byte_map));
    (out, byte_map)
}

fn push_normalized(chars: impl Iterator<Item = (char, u32)>, out: &mut String, mut map: Option<&mut Vec<u32>>) {
    let start = out.len();
    let mut pending_space: Option<u32> = None;
    for (c, src) in chars {
        if !is_word(c) {
            if out.len() > start && pending_space.is_none() {
                pending_space = Some(src);
            }
            continue;
        }
        if let Some(sp) = pending_space.take() {
            out.push(' ');
            if let Some(m) = map.as_deref_mut() {
                m.push(sp);
            }
        }
        out.push(c);
        if let Some(m) = map.as_deref_mut() {
            m.extend(std::iter::repeat_n(src, c.len_utf8()));
        }
    }
}

/// Byte offsets where `needle` occurs in `hay` starting at a word start (start of `hay` or
/// after a space or a line break, which separates normalized fields). Both are normalized.
pub(crate) fn word_start_hits<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let bytes = hay.as_bytes();
    memchr::memmem::find_iter(bytes, needle.as_bytes()).filter(move |&h| h == 0 || matches!(bytes[h - 1], b' ' | b'\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_collapses_non_word_runs() {
        assert_eq!(normalize("  « L’Occident », Pékin-Choïgu!! "), "l occident pekin choigu");
        assert_eq!(normalize("ŒUVRE"), "oeuvre");
        assert_eq!(normalize("— …"), "");
    }

    #[test]
    fn map_points_to_source_chars() {
        let (n, map) = normalize_with_map("« Pékin, Œil »");
        assert_eq!(n, "pekin oeil");
        assert_eq!(map.len(), n.len());
        // 'p' is char 2 of the source, the space comes from the comma (char 7), "oe" from 'Œ' (9).
        assert_eq!(map[0], 2);
        assert_eq!(map[5], 7);
        assert_eq!(&map[6..8], &[9, 9]);
    }

    #[test]
    fn one_pass_form_equals_fold_then_collapse() {
        let slow = |s: &str| {
            let mut out = String::new();
            push_normalized(crate::text::fold(s).chars().map(|c| (c, 0)), &mut out, None);
            out
        };
        for s in [
            "",
            "  « L’Occident », Pékin-Choïgu!! ",
            "ŒUVRE cœur Straße",
            "Pe\u{301}kin 北京 Москва ½ İstanbul",
            "a\u{2019}b — c…d\u{202f}e",
            "x\u{1F642}y ẞ Ǆ ﬁ Ⅻ",
        ] {
            assert_eq!(normalize(s), slow(s), "{s:?}");
            assert_eq!(normalize(s), normalize_with_map(s).0, "{s:?}");
        }
        // Every two-byte char (their table), then a sample of the rest.
        for u in (0x80u32..0x800).chain((0x800..0x3100).step_by(7)) {
            let Some(c) = char::from_u32(u) else { continue };
            let s = format!("A{c}b {c} {c}{c}");
            assert_eq!(normalize(&s), slow(&s), "{u:x}");
        }
    }

    #[test]
    fn hits_only_at_word_starts() {
        let hay = "la poutine de poutine apoutine";
        assert_eq!(word_start_hits(hay, "poutine").collect::<Vec<_>>(), vec![3, 14]);
    }
}
