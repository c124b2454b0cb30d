//! Matching a term against a speaker's names (canonical name and aliases).
//!
//! A term matches a name when it occurs in it at a word start ("pout", "vladimir p",
//! "jinping"), or, for typing mistakes and other spellings, when it fuzzily matches the
//! beginning of ONE word of the name, with the same first letter:
//! - SkimMatcherV2 (letters left out: "belousov" finds "Belooussov") on the word's first
//!   chars, at most a quarter longer than the term, scoring at least [`FUZZY_RATIO`] of the
//!   term's score against itself;
//! - or one edit (a letter changed, added, dropped or two swapped: "zelenskiy" finds
//!   "Zelensky") for terms of 5 chars or more, two from 9 chars.
//!
//! Fuzzy matching inside the start of single words keeps it precise: letters of "putin"
//! scattered over "Xi Jinping" or "Zhang Youxia" never match, nor "pine" "Pauline", and short
//! terms (under [`FUZZY_MIN_CHARS`]) must match exactly ("li" is not in "Lai").

use super::normalize::{normalize, normalize_with_map, word_start_hits};
use crate::model::Speaker;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

/// Below this many chars a term must occur exactly: "li" would fuzzily match too many names.
pub const FUZZY_MIN_CHARS: usize = 4;
/// Minimum share of the perfect score: a letter or two left out passes (about 0.9), letters
/// picked here and there ("ptn" for "poutine", about 0.75) do not.
pub const FUZZY_RATIO: f64 = 0.85;

/// A speaker's names, normalized once when the engine is built.
#[derive(Debug, Clone)]
pub(crate) struct SpeakerNames {
    /// Canonical name first, then aliases.
    names: Vec<String>,
}

impl SpeakerNames {
    pub fn new(s: &Speaker) -> Self {
        let mut names: Vec<String> = std::iter::once(&s.name).chain(&s.aliases).map(|n| normalize(n)).collect();
        // Keep the canonical name first even if empty, drop duplicate aliases.
        let mut seen = std::collections::HashSet::new();
        let mut i = 0;
        names.retain(|n| {
            i += 1;
            i == 1 || (!n.is_empty() && seen.insert(n.clone()))
        });
        SpeakerNames { names }
    }
}

/// Per-query matcher: holds the term's perfect fuzzy score so it is computed once per query.
pub(crate) struct NameMatcher<'a> {
    term: &'a str,
    matcher: SkimMatcherV2,
    /// None when the term is too short or has several words (exact matching only).
    perfect: Option<i64>,
    chars: Vec<char>,
}

impl<'a> NameMatcher<'a> {
    pub fn new(term: &'a str) -> Self {
        let matcher = SkimMatcherV2::default();
        let single_word = !term.contains(' ');
        let perfect =
            if single_word && term.chars().count() >= FUZZY_MIN_CHARS { matcher.fuzzy_match(term, term) } else { None };
        NameMatcher { term, matcher, perfect, chars: term.chars().collect() }
    }

    pub fn matches(&self, names: &SpeakerNames) -> bool {
        names.names.iter().any(|n| self.matches_name(n))
    }

    fn matches_name(&self, name: &str) -> bool {
        if word_start_hits(name, self.term).next().is_some() {
            return true;
        }
        let Some(perfect) = self.perfect else { return false };
        name.split(' ').any(|word| self.fuzzy_word(word, perfect))
    }

    fn fuzzy_word(&self, word: &str, perfect: i64) -> bool {
        let n = self.chars.len();
        let word: Vec<char> = word.chars().collect();
        if word.first() != self.chars.first() {
            return false;
        }
        let window: String = word.iter().take(n + n.div_ceil(4)).collect();
        if self.matcher.fuzzy_match(&window, self.term).is_some_and(|s| s as f64 >= FUZZY_RATIO * perfect as f64) {
            return true;
        }
        let max_edits = match n {
            0..5 => return false,
            5..9 => 1,
            _ => 2,
        };
        // The term against the word's start of about its length (it may be a prefix typed so far).
        (n.saturating_sub(max_edits)..=n + max_edits)
            .filter(|&len| len <= word.len())
            .any(|len| edit_distance(&self.chars, &word[..len]) <= max_edits)
    }

    /// Char indices to highlight in `canonical` (the speaker's display name): where the term
    /// occurs at a word start, else the best fuzzy positions, else none.
    pub fn highlight(&self, canonical: &str) -> Vec<usize> {
        let (norm, map) = normalize_with_map(canonical);
        if let Some(h) = word_start_hits(&norm, self.term).next() {
            return dedup(map[h..h + self.term.len()].iter().map(|&c| c as usize));
        }
        let Some((_, idx)) = self.matcher.fuzzy_indices(&norm, self.term) else { return vec![] };
        // fuzzy_indices gives char indices into `norm`; `map` is per byte.
        let char_starts: Vec<usize> = norm.char_indices().map(|(b, _)| b).collect();
        dedup(idx.iter().filter_map(|&ci| char_starts.get(ci)).map(|&b| map[b] as usize))
    }
}

/// Optimal string alignment distance (Levenshtein plus swaps of adjacent letters).
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let w = b.len() + 1;
    let mut d: Vec<usize> = vec![0; (a.len() + 1) * w];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * w + j] = if i == 0 || j == 0 {
                i + j
            } else {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[(i - 1) * w + j] + 1).min(d[i * w + j - 1] + 1).min(d[(i - 1) * w + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[(i - 2) * w + j - 2] + 1);
                }
                v
            };
        }
    }
    d[a.len() * w + b.len()]
}

fn dedup(it: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut v: Vec<usize> = it.collect();
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SpeakerKind;

    fn sp(name: &str, aliases: &[&str]) -> SpeakerNames {
        SpeakerNames::new(&Speaker {
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            kind: SpeakerKind::Person,
            roles: vec![],
            known: true,
        })
    }

    fn m(term: &str, s: &SpeakerNames) -> bool {
        NameMatcher::new(&normalize(term)).matches(s)
    }

    #[test]
    fn exact_and_alias_matches() {
        let putin = sp("Vladimir Poutine", &["Putin"]);
        let shoigu = sp("Sergueï Choïgou", &["Choïgu", "Shoigu"]);
        assert!(m("poutine", &putin));
        assert!(m("putin", &putin));
        assert!(m("vladimir pout", &putin));
        assert!(m("shoigu", &shoigu));
        assert!(m("choigu", &shoigu));
        assert!(!m("shoigu", &putin));
    }

    #[test]
    fn fuzzy_within_one_word_only() {
        let belousov = sp("Andreï Belooussov", &[]);
        assert!(m("belousov", &belousov));
        assert!(m("Bélousov", &belousov));
        let zhang = sp("Zhang Youxia", &["Zhang Yuxia"]);
        let xi = sp("Xi Jinping", &[]);
        let lai = sp("Lai Ching-te", &[]);
        for s in [&zhang, &xi, &lai] {
            assert!(!m("putin", s));
            assert!(!m("poutine", s));
            assert!(!m("shoigu", s));
            assert!(!m("li", s));
        }
        assert!(m("li", &sp("Li Qiang", &[])));
        // Letters present in order but spread over a word are not a match.
        assert!(!m("pine", &sp("Pauline Martin", &[])));
        assert!(!m("ptnn", &sp("Vladimir Poutine", &[])));
        // One letter changed, dropped or swapped in a long enough term is.
        let zelensky = sp("Volodymyr Zelensky", &[]);
        assert!(m("zelenskiy", &zelensky));
        assert!(m("zelesnky", &zelensky));
        assert!(m("zelenski", &zelensky));
        assert!(!m("zelenskiy", &sp("Zhang Youxia", &[])));
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(edit_distance(&c("abcd"), &c("abdc")), 1);
        assert_eq!(edit_distance(&c("abc"), &c("abc")), 0);
        assert_eq!(edit_distance(&c("kitten"), &c("sitting")), 3);
        assert_eq!(edit_distance(&c(""), &c("ab")), 2);
    }

    #[test]
    fn highlight_in_canonical_name() {
        let name = "Sergueï Choïgou";
        assert_eq!(NameMatcher::new("choi").highlight(name), vec![8, 9, 10, 11]);
        // Alias-only match ("shoigu"): best fuzzy positions in the canonical name.
        let h = NameMatcher::new("shoigu").highlight(name);
        assert_eq!(h.len(), 6);
        assert!(h.contains(&11) && h.contains(&9));
        assert!(NameMatcher::new("putin").highlight("Xi Jinping").is_empty());
    }
}
