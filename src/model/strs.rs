//! A column of strings: many strings end to end in a few buffers, with where each ends. A
//! million quote texts, ids or addresses are then three allocations each, not a million, and
//! they can be read in place from a snapshot.

use super::column::{Column, Region};
use std::sync::Arc;

/// Many strings, numbered from 0, stored end to end in segments (a file read in pieces gives
/// one segment per piece, kept where it was read; a snapshot gives one).
///
/// Invariant of every segment: its bytes are UTF-8, its ends do not decrease, lie within the
/// bytes and on character boundaries. Checked whenever a segment is made from outside bytes.
#[derive(Clone, Default)]
pub struct Strs {
    segs: Vec<Seg>,
    /// The number of the first string of each segment.
    first: Vec<usize>,
    len: usize,
}

#[derive(Clone)]
struct Seg {
    bytes: Column<u8>,
    ends: Ends,
    /// The ends were not checked when the segment was made (a mapped snapshot: checking them
    /// would read every page of it): each string's are checked when it is read.
    lazy: bool,
}

/// Where each string of a segment ends (it starts where the previous one ended, the first at
/// 0): 32-bit offsets while the segment is under 4 GiB.
#[derive(Clone)]
pub enum Ends {
    Narrow(Column<u32>),
    Wide(Column<u64>),
}

impl Ends {
    #[inline]
    fn len(&self) -> usize {
        match self {
            Ends::Narrow(e) => e.len(),
            Ends::Wide(e) => e.len(),
        }
    }
    #[inline]
    fn end(&self, k: usize) -> usize {
        match self {
            Ends::Narrow(e) => e[k] as usize,
            Ends::Wide(e) => e[k] as usize,
        }
    }
    #[inline]
    fn range(&self, k: usize) -> std::ops::Range<usize> {
        (if k == 0 { 0 } else { self.end(k - 1) })..self.end(k)
    }
    fn push(&mut self, end: usize) {
        match self {
            Ends::Narrow(e) if end <= u32::MAX as usize => e.make_mut().push(end as u32),
            Ends::Narrow(e) => {
                let mut wide: Vec<u64> = e.iter().map(|&x| x as u64).collect();
                wide.push(end as u64);
                *self = Ends::Wide(wide.into());
            }
            Ends::Wide(e) => e.make_mut().push(end as u64),
        }
    }
}

impl Seg {
    fn owned() -> Seg {
        Seg { bytes: Column::new(), ends: Ends::Narrow(Column::new()), lazy: false }
    }

    /// Whether `ends` are in order and on character boundaries of `text`.
    fn bounded(text: &str, ends: &Ends) -> Option<()> {
        let mut prev = 0;
        for k in 0..ends.len() {
            let e = ends.end(k);
            if e < prev || !text.is_char_boundary(e) {
                return None;
            }
            prev = e;
        }
        Some(())
    }

    #[inline]
    fn get(&self, k: usize) -> &str {
        let r = self.ends.range(k);
        if self.lazy {
            let b: &[u8] = &self.bytes;
            let boundary = |i: usize| i == b.len() || b.get(i).is_some_and(|&x| (x as i8) >= -0x40);
            if r.start > r.end || !boundary(r.start) || !boundary(r.end) {
                // Only a damaged store that passed its checksum gets here.
                return "";
            }
        }
        // SAFETY: the bytes are UTF-8 and the range lies on char boundaries within them: the
        // segment's invariant, or (lazy) just checked.
        unsafe { std::str::from_utf8_unchecked(self.bytes.get_unchecked(r)) }
    }
}

impl Strs {
    pub fn new() -> Strs {
        Strs::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// String `i`. Panics when `i >= len()`, as indexing does.
    #[inline]
    pub fn get(&self, i: usize) -> &str {
        assert!(i < self.len, "string {i} of {}", self.len);
        let s = if self.segs.len() == 1 { 0 } else { self.first.partition_point(|&f| f <= i) - 1 };
        self.segs[s].get(i - self.first[s])
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + DoubleEndedIterator + '_ {
        (0..self.len).map(|i| self.get(i))
    }

    /// Add a string at the end.
    pub fn push(&mut self, s: &str) {
        if self.segs.last().is_none_or(|g| g.bytes.is_shared()) {
            self.first.push(self.len);
            self.segs.push(Seg::owned());
        }
        let seg = self.segs.last_mut().expect("a segment was just ensured");
        let bytes = seg.bytes.make_mut();
        bytes.extend_from_slice(s.as_bytes());
        let end = bytes.len();
        seg.ends.push(end);
        self.len += 1;
    }

    /// Add the strings of `text` that end at `ends`, as one segment kept as it is (no copy).
    /// None, and nothing added, if an end is out of order or not on a character boundary.
    pub fn push_segment(&mut self, text: String, ends: Vec<u32>) -> Option<()> {
        let n = ends.len();
        let ends = Ends::Narrow(ends.into());
        Seg::bounded(&text, &ends)?;
        let seg = Seg { bytes: text.into_bytes().into(), ends, lazy: false };
        self.first.push(self.len);
        self.segs.push(seg);
        self.len += n;
        Some(())
    }

    /// The strings of `bytes` of `region` that end at `ends` (in the same region), read in
    /// place, without reading them now: each string's ends are checked when it is read (a
    /// string whose ends are out of order or place reads as empty).
    ///
    /// # Safety
    /// `bytes` of `region` must be UTF-8.
    pub unsafe fn shared_utf8(
        region: &Arc<dyn Region>,
        bytes: std::ops::Range<usize>,
        ends: std::ops::Range<usize>,
        wide: bool,
    ) -> Option<Strs> {
        let bytes = Column::<u8>::shared(region, bytes)?;
        let ends =
            if wide { Ends::Wide(Column::shared(region, ends)?) } else { Ends::Narrow(Column::shared(region, ends)?) };
        let len = ends.len();
        Some(Strs { segs: vec![Seg { bytes, ends, lazy: true }], first: vec![0], len })
    }

    /// Total bytes of all the strings.
    pub fn total_bytes(&self) -> usize {
        self.segs.iter().map(|s| if s.ends.len() == 0 { 0 } else { s.ends.end(s.ends.len() - 1) }).sum()
    }

    /// Give back spare capacity.
    pub fn shrink_to_fit(&mut self) {
        for s in &mut self.segs {
            s.bytes.shrink_to_fit();
            match &mut s.ends {
                Ends::Narrow(e) => e.shrink_to_fit(),
                Ends::Wide(e) => e.shrink_to_fit(),
            }
        }
    }
}

impl std::fmt::Debug for Strs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter().take(8)).finish()?;
        if self.len > 8 {
            write!(f, " ({} strings)", self.len)?;
        }
        Ok(())
    }
}

impl<'a> FromIterator<&'a str> for Strs {
    fn from_iter<I: IntoIterator<Item = &'a str>>(it: I) -> Self {
        let mut s = Strs::new();
        for x in it {
            s.push(x);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_in_segments_read_back() {
        let mut s: Strs = ["Pékin", "", "Moscou"].into_iter().collect();
        assert!(s.push_segment("abcdé".into(), vec![2, 2, 6]).is_some());
        s.push("x");
        assert_eq!(s.iter().collect::<Vec<_>>(), ["Pékin", "", "Moscou", "ab", "", "cdé", "x"]);
        assert_eq!(s.total_bytes(), 6 + 6 + 2 + 4 + 1);
        assert!(s.push_segment("é".into(), vec![1]).is_none(), "inside a character");
        assert!(s.push_segment("ab".into(), vec![2, 1]).is_none(), "out of order");
        assert!(s.push_segment("ab".into(), vec![3]).is_none(), "past the end");
        assert_eq!(s.len(), 7);
    }
}
