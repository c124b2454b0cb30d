//! Speakers' names in a narrow column: whole when they fit, else an initial and the surname
//! ("V. Poutine"), else the surname alone, else cut with "…". Institutions are only cut.
//!
//! The surname is the last word, unless a one-word alias names the first ("Xi" for "Xi
//! Jinping"): then it comes first and the rest shortens ("Xi J."). Names with no such alias
//! are taken as given name first.

use super::wrap::{str_width, truncate};
use crate::model::{Speaker, SpeakerKind};
use crate::text::fold;

/// The speaker's name in at most `width` columns.
pub fn fit(speaker: &Speaker, width: usize) -> String {
    fit_marked(speaker, width, &[]).0
}

/// The speaker's name in at most `width` columns, and the chars of it to light given `marks`
/// (char indices into the whole name): a word of the whole name with a mark lights what
/// stands for it (its initial, or itself).
pub fn fit_marked(speaker: &Speaker, width: usize, marks: &[usize]) -> (String, Vec<usize>) {
    let name = speaker.name.as_str();
    if str_width(name) <= width {
        return (name.to_string(), marks.to_vec());
    }
    // Words with the char range each covers in the name.
    let mut words: Vec<(&str, std::ops::Range<usize>)> = vec![];
    let mut start = None;
    for (i, c) in name.chars().chain(std::iter::once(' ')).enumerate() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                let (b, e) = (char_byte(name, s), char_byte(name, i));
                words.push((&name[b..e], s..i));
                start = None;
            }
            _ => {}
        }
    }
    let lit = |k: usize| marks.iter().any(|m| words[k].1.contains(m));
    let cut = |k: usize| {
        let t = truncate(words[k].0, width);
        let n = t.chars().count();
        (t, if lit(k) { (0..n).collect() } else { vec![] })
    };
    if speaker.kind == SpeakerKind::Institution || words.len() < 2 {
        let t = truncate(name, width);
        let n = t.chars().count();
        return (t, marks.iter().copied().filter(|&m| m < n.saturating_sub(1)).collect());
    }
    let initial = |w: &str| w.chars().next().map(|c| format!("{c}.")).unwrap_or_default();
    let is_alias = |w: &str| speaker.aliases.iter().any(|a| fold(a) == fold(w));
    let last = words.len() - 1;
    let surname_first = is_alias(words[0].0) && !is_alias(words[last].0);
    let surname = if surname_first { 0 } else { last };
    // The short form as tokens, each standing for a word of the name.
    let tokens: Vec<(String, usize)> = (0..words.len())
        .map(|k| (if k == surname { words[k].0.to_string() } else { initial(words[k].0) }, k))
        .collect();
    let short: String = tokens.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>().join(" ");
    if str_width(&short) > width {
        return cut(surname);
    }
    let mut out_marks = vec![];
    let mut at = 0;
    for (t, k) in &tokens {
        let n = t.chars().count();
        if lit(*k) {
            // An initial lights its letter, not the dot.
            let lit_n = if *k == surname { n } else { 1 };
            out_marks.extend(at..at + lit_n);
        }
        at += n + 1;
    }
    (short, out_marks)
}

/// Byte offset of char `i` of `s` (its length past the end).
fn char_byte(s: &str, i: usize) -> usize {
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::person;

    #[test]
    fn initial_and_surname_then_surname_then_cut() {
        let putin = person("Vladimir Poutine", &["Poutine", "Putin"]);
        assert_eq!(fit(&putin, 20), "Vladimir Poutine");
        assert_eq!(fit(&putin, 10), "V. Poutine");
        assert_eq!(fit(&putin, 8), "Poutine");
        assert_eq!(fit(&putin, 5), "Pout…");
        let belousov = person("Andreï Belooussov", &["Belooussov"]);
        assert_eq!(fit(&belousov, 13), "A. Belooussov");
        assert_eq!(fit(&belousov, 12), "Belooussov");
        // A one-word alias naming the first word: the surname comes first.
        let xi = person("Xi Jinping", &["Xi", "Xi Jin-ping"]);
        assert_eq!(fit(&xi, 8), "Xi J.");
        assert_eq!(fit(&person("Jean Paul Sartre", &[]), 12), "J. P. Sartre");
        let mut ministry = person("ministère russe de la Défense", &[]);
        ministry.kind = SpeakerKind::Institution;
        assert_eq!(fit(&ministry, 12), "ministère r…");
        // What a filter lit in the whole name lights what stands for it.
        let shoigu = person("Sergueï Choïgou", &["Shoigu"]);
        assert_eq!(
            fit_marked(&shoigu, 10, &[8, 9, 10, 11, 12, 13, 14]),
            ("S. Choïgou".to_string(), vec![3, 4, 5, 6, 7, 8, 9])
        );
        assert_eq!(fit_marked(&shoigu, 10, &[0, 1]), ("S. Choïgou".to_string(), vec![0]));
        assert_eq!(fit_marked(&shoigu, 7, &[9]), ("Choïgou".to_string(), (0..7).collect()));
        assert_eq!(fit_marked(&shoigu, 20, &[9]), ("Sergueï Choïgou".to_string(), vec![9]));
        for w in 0..20 {
            assert!(str_width(&fit(&putin, w)) <= w, "{w}");
        }
    }
}
