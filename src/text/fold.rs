//! Folding for matching: lowercase, diacritics stripped, ligatures expanded, typographic
//! apostrophes made straight. "Choïgu" and "choigu", "Pékin" and "pekin" fold alike.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Append the folded form of `c` to `out`. Returns how many chars were pushed.
#[inline]
fn fold_char(c: char, out: &mut String) -> usize {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return 1;
    }
    match c {
        'œ' | 'Œ' => {
            out.push_str("oe");
            return 2;
        }
        'æ' | 'Æ' => {
            out.push_str("ae");
            return 2;
        }
        'ß' => {
            out.push_str("ss");
            return 2;
        }
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' => {
            out.push('\'');
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
                out.push(d);
                n += 1;
            }
        });
    }
    n
}

/// Lowercase, strip diacritics, expand ligatures.
pub fn fold(s: &str) -> String {
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
}
