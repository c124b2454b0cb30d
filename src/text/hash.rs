//! A fast hasher for the loader's small string tables (gazetteer index, word lists), which are
//! looked up once or more per word of every article. SipHash (the std default) resists
//! hash flooding, which these fixed tables built from our own data do not need; this is the
//! multiply-rotate hash of rustc's FxHasher.

use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail(rest) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The 1 to 7 bytes of `rest` as a little-endian u64 padded with zeros, read with two
/// overlapping loads instead of a copy into a buffer: most words are shorter than 8 bytes, and
/// the copy was a `memcpy` call per lookup. (Overlapping bytes land at their own place, so the
/// value, hence every table's order, is the padded copy's.)
#[inline]
fn tail(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let word = |i: usize| u32::from_le_bytes([rest[i], rest[i + 1], rest[i + 2], rest[i + 3]]) as u64;
        word(0) | word(n - 4) << (8 * (n - 4))
    } else {
        rest[0] as u64 | (rest[n / 2] as u64) << (8 * (n / 2)) | (rest[n - 1] as u64) << (8 * (n - 1))
    }
}

pub type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FastHasher>>;
pub type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FastHasher>>;

/// The (first byte, byte length) pairs of a set of words, lengths above 63 counted as 63: a
/// one-load test that rules out most words of a text before any hashing.
#[derive(Debug, Clone)]
pub struct Shapes([u64; 256]);

impl Default for Shapes {
    fn default() -> Self {
        Shapes([0; 256])
    }
}

impl Shapes {
    #[inline]
    fn bit(key: &str) -> (usize, u64) {
        (key.as_bytes().first().copied().unwrap_or(0) as usize, 1u64 << key.len().min(63))
    }
    pub fn add(&mut self, key: &str) {
        let (b, m) = Self::bit(key);
        self.0[b] |= m;
    }
    /// False when no word added has this first byte and length.
    #[inline]
    pub fn may_have(&self, key: &str) -> bool {
        let (b, m) = Self::bit(key);
        self.0[b] & m != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tails_are_the_zero_padded_bytes() {
        let bytes = b"abcdefg";
        for n in 1..8 {
            let mut b = [0u8; 8];
            b[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail(&bytes[..n]), u64::from_le_bytes(b), "{n}");
        }
    }

    #[test]
    fn maps_find_str_keys() {
        let mut m: FastMap<String, usize> = FastMap::default();
        for (i, w) in ["a", "ab", "poutine", "ministre", "visioconference", ""].iter().enumerate() {
            m.insert(w.to_string(), i);
        }
        assert_eq!(m.get("visioconference"), Some(&4));
        assert_eq!(m.get(""), Some(&5));
        assert_eq!(m.get("abc"), None);
    }

    #[test]
    fn shapes_never_reject_an_added_word() {
        let mut s = Shapes::default();
        for w in ["", "a", "poutine", &"x".repeat(100)] {
            s.add(w);
            assert!(s.may_have(w));
        }
        assert!(!s.may_have("poutin") && !s.may_have("b"));
    }
}
