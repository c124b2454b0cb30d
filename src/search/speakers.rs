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
//!
//! A term that is a whole word of some speaker's name ("xi", "li", "zhang", "poutine") means
//! that name: it matches names where it is a whole word, with no prefix ("xi" is not the start
//! of "You-xia") and no typo tolerance. Other terms ("pout", "belo", "poutnie") keep both.
//!
//! Highlights are in the canonical name, the one on screen: where the term is in it, else the
//! words of it that the matched spelling stands for ("shoigu" lights "Choïgou" in "Sergueï
//! Choïgou"), never letters scattered over it.

use super::normalize::{normalize, normalize_with_map, word_start_hits};
use crate::model::{Speaker, SpeakerIx};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use std::collections::HashSet;
use std::ops::Range;

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

/// Every word of every name of `speakers`: a term made of such words is matched by whole words.
pub(crate) fn name_words(speakers: &[SpeakerNames]) -> HashSet<String> {
    speakers
        .iter()
        .flat_map(|s| &s.names)
        .flat_map(|n| n.split(' '))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Byte ranges of the words of a normalized name.
fn word_ranges(name: &str) -> Vec<Range<usize>> {
    let mut out = vec![];
    let mut start = 0;
    for (i, c) in name.char_indices().chain(std::iter::once((name.len(), ' '))) {
        if c == ' ' {
            if i > start {
                out.push(start..i);
            }
            start = i + 1;
        }
    }
    out
}

/// Which speakers a name matches, as an `@` term does, and what to light in their names: for
/// lists of speakers (the browser's speaker list). Built once per corpus.
#[derive(Debug, Clone)]
pub struct SpeakerMatcher {
    names: Vec<SpeakerNames>,
    words: HashSet<String>,
}

impl SpeakerMatcher {
    pub fn new(speakers: &[Speaker]) -> SpeakerMatcher {
        let names: Vec<SpeakerNames> = speakers.iter().map(SpeakerNames::new).collect();
        let words = name_words(&names);
        SpeakerMatcher { names, words }
    }

    /// For each speaker, whether `query` (a name or part of one, in any spelling the gazetteer
    /// knows, as typed) matches it. A blank query matches everyone.
    pub fn matching(&self, query: &str) -> Vec<bool> {
        let term = normalize(query);
        if term.is_empty() {
            return vec![true; self.names.len()];
        }
        let m = NameMatcher::new(&term, &self.words);
        self.names.iter().map(|n| m.matches(n)).collect()
    }

    /// Char indices of `canonical` (speaker `s`'s name as shown) to light for `query`.
    pub fn highlight(&self, query: &str, s: SpeakerIx, canonical: &str) -> Vec<usize> {
        let term = normalize(query);
        match self.names.get(s) {
            Some(names) if !term.is_empty() => NameMatcher::new(&term, &self.words).highlight(names, canonical),
            _ => vec![],
        }
    }
}

/// Per-query matcher: holds the term's perfect fuzzy score so it is computed once per query.
pub(crate) struct NameMatcher<'a> {
    term: &'a str,
    matcher: SkimMatcherV2,
    /// None when the term is too short, has several words or names someone by whole words
    /// (exact matching only).
    perfect: Option<i64>,
    chars: Vec<char>,
    /// The term is made of whole words of speakers' names: it must end at a word end too.
    whole_words: bool,
}

impl<'a> NameMatcher<'a> {
    /// A matcher for `term` (normalized); `name_words` are the words of every speaker's names.
    pub fn new(term: &'a str, name_words: &HashSet<String>) -> Self {
        let matcher = SkimMatcherV2::default();
        let whole_words = !term.is_empty() && term.split(' ').all(|w| name_words.contains(w));
        let single_word = !term.contains(' ');
        let perfect = if single_word && !whole_words && term.chars().count() >= FUZZY_MIN_CHARS {
            matcher.fuzzy_match(term, term)
        } else {
            None
        };
        NameMatcher { term, matcher, perfect, chars: term.chars().collect(), whole_words }
    }

    pub fn matches(&self, names: &SpeakerNames) -> bool {
        names.names.iter().any(|n| self.matches_name(n))
    }

    /// Where the term occurs in a normalized name, starting a word (and ending one when it is
    /// made of whole name words).
    fn hits<'h>(&'h self, name: &'h str) -> impl Iterator<Item = usize> + 'h {
        let end_ok = move |h: usize| {
            let e = h + self.term.len();
            !self.whole_words || e == name.len() || name.as_bytes()[e] == b' '
        };
        word_start_hits(name, self.term).filter(move |&h| end_ok(h))
    }

    fn matches_name(&self, name: &str) -> bool {
        if self.hits(name).next().is_some() {
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

    /// Char indices to highlight in `canonical` (the speaker's display name; `names` are its
    /// normalized names): where the term occurs in it, else the whole words of it that the
    /// matched word stands for (a typo of it, or another spelling in an alias), else none.
    pub fn highlight(&self, names: &SpeakerNames, canonical: &str) -> Vec<usize> {
        let (norm, map) = normalize_with_map(canonical);
        if let Some(h) = self.hits(&norm).next() {
            return dedup(map[h..h + self.term.len()].iter().map(|&c| c as usize));
        }
        let canonical_words = word_ranges(&norm);
        let chars = |w: &Range<usize>| map[w.clone()].iter().map(|&c| c as usize).collect::<Vec<_>>();
        for name in &names.names {
            let words = word_ranges(name);
            let matched: Vec<&Range<usize>> = match self.hits(name).next() {
                Some(h) => words.iter().filter(|w| w.start < h + self.term.len() && h < w.end).collect(),
                None => match self.perfect {
                    Some(p) => words.iter().filter(|w| self.fuzzy_word(&name[(*w).clone()], p)).take(1).collect(),
                    None => vec![],
                },
            };
            if matched.is_empty() {
                continue;
            }
            // Each matched word lights the canonical word closest to it in spelling.
            let mut lit = vec![];
            for w in matched {
                let word: Vec<char> = name[w.clone()].chars().collect();
                let closest = canonical_words
                    .iter()
                    .min_by_key(|c| edit_distance(&word, &norm[(*c).clone()].chars().collect::<Vec<_>>()));
                lit.extend(closest.map(chars).unwrap_or_default());
            }
            return dedup(lit.into_iter());
        }
        vec![]
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

    /// Whether `term` matches `s`, in a corpus of `s` alone.
    fn m(term: &str, s: &SpeakerNames) -> bool {
        NameMatcher::new(&normalize(term), &name_words(std::slice::from_ref(s))).matches(s)
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
    fn whole_name_words_match_whole_words_only() {
        let people = [
            sp("Xi Jinping", &["Xi", "Xi Jin-ping"]),
            sp("Zhang Youxia", &["Zhang Yuxia", "Zhang You-xia"]),
            sp("Li Shangfu", &["Li Shang-fu"]),
            sp("Lin Jian", &[]),
            sp("Vladimir Poutine", &["Poutine", "Putin"]),
            sp("Andreï Belooussov", &["Belousov"]),
        ];
        let words = name_words(&people);
        let who = |term: &str| -> Vec<&str> {
            let t = normalize(term);
            let m = NameMatcher::new(&t, &words);
            people.iter().filter(|p| m.matches(p)).map(|p| p.names[0].as_str()).collect()
        };
        assert_eq!(who("xi"), ["xi jinping"], "not the start of You-xia");
        assert_eq!(who("li"), ["li shangfu"], "not the start of Lin");
        assert_eq!(who("zhang"), ["zhang youxia"]);
        assert_eq!(who("xi jinping"), ["xi jinping"]);
        assert_eq!(who("putin"), ["vladimir poutine"]);
        // Other terms keep prefixes and typos.
        assert_eq!(who("pout"), ["vladimir poutine"]);
        assert_eq!(who("belo"), ["andrei belooussov"]);
        assert_eq!(who("poutnie"), ["vladimir poutine"]);
        assert_eq!(who("jin"), ["xi jinping"]);
        assert_eq!(who("you"), ["zhang youxia"]);
    }

    #[test]
    fn highlight_in_canonical_name() {
        let shoigu = sp("Sergueï Choïgou", &["Choïgu", "Shoigu", "Sergei Shoigu"]);
        let words = name_words(std::slice::from_ref(&shoigu));
        let lit = |term: &str, s: &SpeakerNames, name: &str| -> String {
            let t = normalize(term);
            let chars: Vec<char> = name.chars().collect();
            NameMatcher::new(&t, &words).highlight(s, name).iter().map(|&i| chars[i]).collect()
        };
        let name = "Sergueï Choïgou";
        assert_eq!(lit("choi", &shoigu, name), "Choï");
        // Another spelling (an alias) lights the word it stands for, whole.
        assert_eq!(lit("shoigu", &shoigu, name), "Choïgou");
        assert_eq!(lit("sergei shoigu", &shoigu, name), "SergueïChoïgou");
        // A typo lights the word it was meant for.
        assert_eq!(lit("choigoo", &shoigu, name), "Choïgou");
        let putin = sp("Vladimir Poutine", &["Putin", "Wladimir Putin"]);
        assert_eq!(lit("putin", &putin, "Vladimir Poutine"), "Poutine");
        assert_eq!(lit("wladimir", &putin, "Vladimir Poutine"), "Vladimir");
        assert_eq!(lit("putin", &sp("Xi Jinping", &[]), "Xi Jinping"), "");
    }
}
