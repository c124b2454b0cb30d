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
    let folded = crate::text::fold(s);
    push_normalized(folded.chars().map(|c| (c, 0)), out, None);
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
    fn hits_only_at_word_starts() {
        let hay = "la poutine de poutine apoutine";
        assert_eq!(word_start_hits(hay, "poutine").collect::<Vec<_>>(), vec![3, 14]);
    }
}
