//! The same words quoted twice in one article are one quote.
//!
//! A news article often quotes a phrase in its lede and again in the body ("… pas de « bloc
//! militaire »" at the top, the full sentence lower down). Listed twice, the timeline would
//! count one statement as two and the copy would offer both. The occurrence whose speaker is
//! surer stands for both (on a tie, the first); the other, and its doubts, are dropped.
//! Only occurrences that agree on who spoke, or where one of them names no one, are merged:
//! two people saying « non » are two statements.

use super::Extraction;
use crate::text::hash::{FastHasher, FastMap};
use std::hash::Hasher;

/// Merge the repeated quotations of `ex` (quotes of one article, in text order).
pub fn merge(text: &str, ex: &mut Extraction) {
    let n = ex.quotes.len();
    // For each quote, the one that stands for it (itself unless it repeats a better one).
    let mut keep: Vec<usize> = (0..n).collect();
    // The standing quotes by a hash of their words, so a long article is one pass and no
    // quote's words are copied; quotes whose hashes meet are compared word for word.
    let words = |i: usize| folded(&text[ex.quotes[i].span.clone()]);
    let mut standing: FastMap<u64, Vec<usize>> = FastMap::default();
    for j in 0..n {
        let same = standing.entry(words_hash(&text[ex.quotes[j].span.clone()])).or_default();
        let agree = |i: &usize| {
            let (a, b) = (&ex.quotes[*i].speaker, &ex.quotes[j].speaker);
            // (The same bytes are the same words: most repeats are copied as they were.)
            let raw = |k: usize| &text[ex.quotes[k].span.clone()];
            (a.is_none() || b.is_none() || a == b) && (raw(*i) == raw(j) || words(*i).eq(words(j)))
        };
        match same.iter().position(agree) {
            Some(at) if ex.quotes[j].confidence > ex.quotes[same[at]].confidence => {
                keep[same[at]] = j;
                same[at] = j;
            }
            Some(at) => keep[j] = same[at],
            None => same.push(j),
        }
    }
    if keep.iter().enumerate().all(|(i, &k)| i == k) {
        return;
    }
    // A quote replaced by a later one may have stood for earlier repeats: follow to the end.
    for i in 0..n {
        let mut k = keep[i];
        while keep[k] != k {
            k = keep[k];
        }
        keep[i] = k;
    }
    // Spans in text order: a doubt is looked up, not compared with every dropped quote.
    let dropped: Vec<std::ops::Range<usize>> =
        (0..n).filter(|&i| keep[i] != i).map(|i| ex.quotes[i].span.clone()).collect();
    ex.doubts.retain(|d| {
        let after = dropped.partition_point(|r| r.end <= d.at);
        !dropped.get(after).is_some_and(|r| r.contains(&d.at))
    });
    // New indices of the kept quotes, so `continues` still points at the right one.
    let mut new_index = vec![None; n];
    let mut next = 0;
    for i in 0..n {
        if keep[i] == i {
            new_index[i] = Some(next);
            next += 1;
        }
    }
    let old = std::mem::take(&mut ex.quotes);
    for (i, mut q) in old.into_iter().enumerate() {
        if keep[i] != i {
            continue;
        }
        q.continues = q.continues.and_then(|c| new_index[keep[c]]);
        ex.quotes.push(q);
    }
}

/// A hash of [`folded`]`(s)`, without its iterator adapters: every quote is hashed, and
/// only those whose hashes meet are compared char by char. The chars go to the hasher as
/// UTF-8, 64 bytes at a time (at the same points for the same chars, so equal words hash alike).
/// ASCII bytes (most of French) are lowercased as bytes, not decoded: every quote is hashed.
fn words_hash(s: &str) -> u64 {
    struct Chunks {
        h: FastHasher,
        buf: [u8; 64],
        n: usize,
    }
    impl Chunks {
        #[inline]
        fn put_byte(&mut self, b: u8) {
            if self.n > 60 {
                self.h.write(&self.buf[..self.n]);
                self.n = 0;
            }
            self.buf[self.n] = b;
            self.n += 1;
        }
        #[inline]
        fn put(&mut self, c: char) {
            if self.n > 60 {
                self.h.write(&self.buf[..self.n]);
                self.n = 0;
            }
            self.n += c.encode_utf8(&mut self.buf[self.n..]).len();
        }
    }
    let mut out = Chunks { h: FastHasher::default(), buf: [0; 64], n: 0 };
    let b = s.as_bytes();
    // A space is owed before the next word once a word was written and whitespace followed
    // (`split_whitespace`: runs count once, none at the ends).
    let (mut started, mut space) = (false, false);
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            // (ASCII whitespace is exactly these: `char::is_whitespace`.)
            if matches!(b[i], b' ' | b'\t'..=b'\r') {
                space = started;
            } else {
                if space {
                    out.put_byte(b' ');
                    space = false;
                }
                started = true;
                out.put_byte(b[i].to_ascii_lowercase());
            }
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if c.is_whitespace() {
            space = started;
            continue;
        }
        if space {
            out.put_byte(b' ');
            space = false;
        }
        started = true;
        match latin1_lower(c) {
            Some(l) => out.put(l),
            None => c.to_lowercase().for_each(|l| out.put(l)),
        }
    }
    out.h.write(&out.buf[..out.n]);
    out.h.finish()
}

/// The lowercase of a non-ASCII Latin-1 char (French accents) without the Unicode table search; None
/// past Latin-1. (À..Þ but × lower by 0x20; the rest of Latin-1 is its own lowercase.)
#[inline]
fn latin1_lower(c: char) -> Option<char> {
    match c as u32 {
        0xC0..=0xDE if c != '×' => char::from_u32(c as u32 + 0x20),
        0x80..=0xFF => Some(c),
        _ => None,
    }
}

/// The words of a quote as compared: lowercase, whitespace runs as one space, none at the ends.
fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
    let mut words = s.split_whitespace().peekable();
    std::iter::from_fn(move || {
        let w = words.next()?;
        let space = words.peek().is_some().then_some(' ');
        Some(w.chars().flat_map(char::to_lowercase).chain(space))
    })
    .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::read::attribution::FoundQuote;
    use crate::corpus::read::SpeakerRef;
    use crate::model::{Doubt, DoubtKind, QuoteKind};

    fn quote(text: &str, words: &str, nth: usize, who: Option<&str>, confidence: f32) -> FoundQuote {
        let start = text.match_indices(words).nth(nth).unwrap().0;
        FoundQuote {
            span: start..start + words.len(),
            kind: QuoteKind::Fragment,
            unclosed: false,
            speaker: who.map(|w| SpeakerRef::Name(w.into())),
            cue: None,
            confidence,
            continues: None,
            paragraph: 0,
            said_earlier: false,
        }
    }

    const TEXT: &str = "Le ministre a parlé de « pays hostiles et  agressifs ». \
        Plus bas : « Nous ne céderons pas », a dit Jean Dupont, visant des « pays hostiles et agressifs ». \
        Marie Curie a répondu « non ». Paul Martin a répondu « non ».";

    #[test]
    fn words_that_compare_equal_hash_alike() {
        for (a, b) in [("  Pays HOSTILES\n et agressifs ", "pays hostiles et agressifs"), ("Élan  Œuvre", "élan œuvre")]
        {
            assert!(folded(a).eq(folded(b)));
            assert_eq!(words_hash(a), words_hash(b), "{a}");
        }
        assert_ne!(words_hash("pays hostiles"), words_hash("payshostiles"));
        // Longer than one chunk of the hasher.
        let long = "Nous ne céderons pas aux pressions, quelles qu'elles soient, a-t-il dit ce jour-là";
        assert_eq!(words_hash(long), words_hash(&format!("  {}", long.to_uppercase())));
        assert_ne!(words_hash(long), words_hash(&long.replace("jour", "soir")));
    }

    #[test]
    fn hash_is_that_of_the_folded_chars() {
        // The byte-wise hash writes exactly the chars `folded` yields, in 64-byte chunks.
        fn by_chars(s: &str) -> u64 {
            let (mut h, mut buf, mut n) = (FastHasher::default(), [0u8; 64], 0);
            for c in folded(s) {
                if n > 60 {
                    h.write(&buf[..n]);
                    n = 0;
                }
                n += c.encode_utf8(&mut buf[n..]).len();
            }
            h.write(&buf[..n]);
            h.finish()
        }
        let long = "Nous ne céderons pas aux pressions, quelles qu'elles soient, a-t-il dit ce jour-là ".repeat(3);
        for s in ["", " ", "a", "\u{a0}« Non\u{a0}»\t\x0b ", "İstanbul ΣΑΣ ß", &long, "\u{2003}x\u{3000}y\u{85}"]
        {
            assert_eq!(words_hash(s), by_chars(s), "{s:?}");
        }
        for u in 0x80..0x100u32 {
            let c = char::from_u32(u).unwrap();
            assert_eq!(latin1_lower(c).map(String::from), Some(c.to_lowercase().collect::<String>()), "U+{u:04X}");
        }
    }

    #[test]
    fn the_better_attributed_occurrence_stands_for_both() {
        let mut ex = Extraction {
            quotes: vec![
                quote(TEXT, "pays hostiles et  agressifs", 0, None, 0.0),
                quote(TEXT, "Nous ne céderons pas", 0, Some("Jean Dupont"), 0.95),
                quote(TEXT, "pays hostiles et agressifs", 0, Some("Jean Dupont"), 0.7),
            ],
            doubts: vec![Doubt {
                kind: DoubtKind::Unattributed, at: TEXT.find("pays").unwrap(), excerpt: "…".into()
            }],
        };
        ex.quotes[2].continues = Some(1);
        merge(TEXT, &mut ex);
        let shown: Vec<&str> = ex.quotes.iter().map(|q| &TEXT[q.span.clone()]).collect();
        assert_eq!(shown, ["Nous ne céderons pas", "pays hostiles et agressifs"]);
        assert_eq!(ex.quotes[1].speaker, Some(SpeakerRef::Name("Jean Dupont".into())));
        assert_eq!(ex.quotes[1].continues, Some(0), "indices follow the merge");
        assert!(ex.doubts.is_empty(), "the dropped occurrence's doubt goes with it");
    }

    #[test]
    fn the_same_words_from_two_people_are_two_quotes() {
        let mut ex = Extraction {
            quotes: vec![
                quote(TEXT, "non", 0, Some("Marie Curie"), 0.95),
                quote(TEXT, "non", 1, Some("Paul Martin"), 0.95),
            ],
            doubts: vec![],
        };
        merge(TEXT, &mut ex);
        assert_eq!(ex.quotes.len(), 2);
    }

    #[test]
    fn words_compare_without_case_or_spacing() {
        assert_eq!(folded("  Pays  hostiles\n et ÉTATS ").collect::<String>(), "pays hostiles et états");
        assert_eq!(folded(" ").count(), 0);
    }
}
