//! Columns of plain values: a vector owned by the corpus, or a stretch of a region shared with
//! others (a memory-mapped snapshot), read in place. A million quotes are then a few columns of
//! numbers and bytes, not a million structs, and a corpus reopened from its snapshot is used
//! where the snapshot lies instead of being copied.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// Bytes that columns may point into, kept alive as long as one does (a mapped file).
pub trait Region: Send + Sync {
    fn bytes(&self) -> &[u8];
}

/// Types whose every bit pattern is a value and which have no padding, so a column of them can
/// be read straight from bytes (little-endian, as snapshots are written).
///
/// # Safety
/// Implement only for such types.
pub unsafe trait Plain: Copy + Send + Sync + 'static {}
// SAFETY: integers and floats: any bits are a value, no padding.
unsafe impl Plain for u8 {}
// SAFETY: as above.
unsafe impl Plain for usize {}
// SAFETY: as above.
unsafe impl Plain for u32 {}
// SAFETY: as above.
unsafe impl Plain for u64 {}
// SAFETY: as above.
unsafe impl Plain for f32 {}

/// A column of `T`: owned, or read in place from a shared region. Either way a clone shares
/// the values (a change copies them first), so a corpus can be handed to a snapshot writer
/// without copying it.
pub struct Column<T: Plain> {
    repr: Repr<T>,
}

enum Repr<T> {
    Owned(Arc<Vec<T>>),
    Shared { region: Arc<dyn Region>, ptr: *const T, len: usize },
}

// SAFETY: a shared column only reads an immutable region that is `Send + Sync` and that its
// `Arc` keeps alive; `T: Plain` is `Send + Sync`.
unsafe impl<T: Plain> Send for Column<T> {}
// SAFETY: as above.
unsafe impl<T: Plain> Sync for Column<T> {}

impl<T: Plain> Column<T> {
    pub fn new() -> Self {
        Column { repr: Repr::Owned(Arc::new(Vec::new())) }
    }

    /// The values in `bytes` of `region` (a whole number of values, aligned for `T`), read in
    /// place. None when the bytes are out of the region or misaligned. Values are read in
    /// the machine's byte order: only little-endian machines read snapshots.
    pub fn shared(region: &Arc<dyn Region>, bytes: std::ops::Range<usize>) -> Option<Self> {
        let size = std::mem::size_of::<T>();
        let all = region.bytes();
        let b = all.get(bytes)?;
        if !cfg!(target_endian = "little")
            || b.len() % size != 0
            || b.as_ptr().align_offset(std::mem::align_of::<T>()) != 0
        {
            return None;
        }
        Some(Column { repr: Repr::Shared { region: region.clone(), ptr: b.as_ptr().cast(), len: b.len() / size } })
    }

    /// The values as a vector to change (copied first when shared with another column or a
    /// region).
    pub fn make_mut(&mut self) -> &mut Vec<T> {
        if let Repr::Shared { .. } = self.repr {
            self.repr = Repr::Owned(Arc::new(self.to_vec()));
        }
        match &mut self.repr {
            Repr::Owned(v) => Arc::make_mut(v),
            Repr::Shared { .. } => unreachable!("made owned just above"),
        }
    }

    /// Whether the values are read in place from a shared region.
    pub fn is_shared(&self) -> bool {
        matches!(self.repr, Repr::Shared { .. })
    }

    /// The values as bytes (to write them out).
    pub fn as_bytes(&self) -> &[u8] {
        let s: &[T] = self;
        // SAFETY: `T: Plain` has no padding, so all its bytes are initialised.
        unsafe { std::slice::from_raw_parts(s.as_ptr().cast(), std::mem::size_of_val(s)) }
    }

    /// Give back spare capacity.
    pub fn shrink_to_fit(&mut self) {
        if let Repr::Owned(v) = &mut self.repr {
            if let Some(v) = Arc::get_mut(v) {
                v.shrink_to_fit();
            }
        }
    }
}

impl<T: Plain> Deref for Column<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        match &self.repr {
            Repr::Owned(v) => v,
            // SAFETY: `shared` checked that `len` values at `ptr` lie in the region, aligned;
            // the region is immutable and alive while `region` is held; `T: Plain` makes any
            // bytes a value.
            Repr::Shared { ptr, len, .. } => unsafe { std::slice::from_raw_parts(*ptr, *len) },
        }
    }
}

impl<T: Plain> From<Vec<T>> for Column<T> {
    fn from(v: Vec<T>) -> Self {
        Column { repr: Repr::Owned(Arc::new(v)) }
    }
}

impl<T: Plain> FromIterator<T> for Column<T> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Self {
        Column::from(it.into_iter().collect::<Vec<T>>())
    }
}

impl<T: Plain> Default for Column<T> {
    fn default() -> Self {
        Column::new()
    }
}

impl<T: Plain> Clone for Column<T> {
    fn clone(&self) -> Self {
        match &self.repr {
            Repr::Owned(v) => Column { repr: Repr::Owned(v.clone()) },
            Repr::Shared { region, ptr, len } => {
                Column { repr: Repr::Shared { region: region.clone(), ptr: *ptr, len: *len } }
            }
        }
    }
}

impl<T: Plain + fmt::Debug> fmt::Debug for Column<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter().take(8)).finish()?;
        if self.len() > 8 {
            write!(f, " ({} values)", self.len())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Bytes(Vec<u8>);
    impl Region for Bytes {
        fn bytes(&self) -> &[u8] {
            &self.0
        }
    }

    #[test]
    fn shared_columns_read_in_place_and_copy_on_change() {
        let words: Vec<u64> = vec![u64::from_le_bytes([1, 0, 0, 0, 2, 0, 0, 0]), 3];
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        let region: Arc<dyn Region> = Arc::new(Bytes(bytes));
        let c = Column::<u8>::shared(&region, 0..16).unwrap();
        assert_eq!(c.len(), 16);
        assert!(Column::<u32>::shared(&region, 0..6).is_none(), "not a whole number of values");
        assert!(Column::<u32>::shared(&region, 0..40).is_none(), "out of the region");
        if let Some(mut c) = Column::<u32>::shared(&region, 0..16) {
            assert!(c.is_shared());
            assert_eq!(&c[..3], &[1, 2, 3]);
            c.make_mut().push(9);
            assert!(!c.is_shared());
            assert_eq!(&c[..], &[1, 2, 3, 0, 9]);
        }
        assert_eq!(Column::from(vec![1u32, 2]).as_bytes(), &[1, 0, 0, 0, 2, 0, 0, 0]);
    }
}
