//! Strings that live in one shared buffer: a million quotes read from one file are slices of a
//! few large buffers instead of a million small allocations (each with its own header, and
//! each a call to the allocator when the file is read and when the corpus is dropped).

use std::any::Any;
use std::fmt;
use std::ops::{Deref, Range};
use std::sync::{Arc, OnceLock};

/// A buffer of texts that [`SharedStr`]s point into, with room for one value derived from all
/// of them (the search index keeps its folded copy there when a snapshot gives it ready-made).
#[derive(Default)]
pub struct Buffer {
    text: String,
    derived: OnceLock<Arc<dyn Any + Send + Sync>>,
}

impl Buffer {
    pub fn new(text: String) -> Arc<Buffer> {
        Arc::new(Buffer { text, derived: OnceLock::new() })
    }

    /// A buffer with a value derived from its texts already attached.
    pub fn with_derived(text: String, derived: Arc<dyn Any + Send + Sync>) -> Arc<Buffer> {
        Arc::new(Buffer { text, derived: OnceLock::from(derived) })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn derived(&self) -> Option<&Arc<dyn Any + Send + Sync>> {
        self.derived.get()
    }
}

/// An immutable string: `len` bytes from `start` in a buffer shared with other strings. Reads
/// like a `&str` (it derefs to one) and is as large as a `Box<str>` (the buffer is behind a
/// thin pointer).
#[derive(Clone)]
pub struct SharedStr {
    buf: Arc<Buffer>,
    start: u32,
    len: u32,
}

/// Largest buffer a [`SharedStr`] can point into (offsets are 32-bit to keep it small).
pub const MAX_BUFFER: usize = u32::MAX as usize;

impl SharedStr {
    /// The slice `range` of `buf`, or None when it is not on character boundaries inside a
    /// buffer of at most [`MAX_BUFFER`] bytes.
    pub fn slice(buf: &Arc<Buffer>, range: Range<usize>) -> Option<SharedStr> {
        if buf.text.len() > MAX_BUFFER || buf.text.get(range.clone()).is_none() {
            return None;
        }
        Some(SharedStr { buf: buf.clone(), start: range.start as u32, len: range.len() as u32 })
    }

    pub fn as_str(&self) -> &str {
        let start = self.start as usize;
        &self.buf.text[start..start + self.len as usize]
    }

    /// The buffer this string is a slice of, and where in it the slice starts.
    pub fn buffer(&self) -> (&Arc<Buffer>, usize) {
        (&self.buf, self.start as usize)
    }
}

impl Deref for SharedStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Default for SharedStr {
    fn default() -> Self {
        SharedStr::from("")
    }
}

impl From<&str> for SharedStr {
    fn from(s: &str) -> Self {
        SharedStr::from(s.to_string())
    }
}

impl From<Box<str>> for SharedStr {
    fn from(s: Box<str>) -> Self {
        SharedStr::from(String::from(s))
    }
}

impl From<String> for SharedStr {
    /// The whole of `s`. (A single text over 4 GiB cannot be held: it is cut to its first
    /// 4 GiB, at a character boundary; no quote comes near.)
    fn from(s: String) -> Self {
        let buf = Buffer::new(s);
        let mut len = buf.text.len().min(MAX_BUFFER);
        while !buf.text.is_char_boundary(len) {
            len -= 1;
        }
        SharedStr { buf, start: 0, len: len as u32 }
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self
    }
}

impl AsRef<[u8]> for SharedStr {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl std::borrow::Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        self
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}
impl Eq for SharedStr {}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<SharedStr> for str {
    fn eq(&self, other: &SharedStr) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl std::hash::Hash for SharedStr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_read_as_their_text() {
        let buf = Buffer::new(String::from("Pékin et Moscou"));
        let a = SharedStr::slice(&buf, 0..6).unwrap();
        let b = SharedStr::slice(&buf, 10..16).unwrap();
        assert_eq!(&*a, "Pékin");
        assert_eq!(b, "Moscou");
        assert_eq!(format!("{a}/{b:?}"), "Pékin/\"Moscou\"");
        assert!(SharedStr::slice(&buf, 0..2).is_none(), "inside é");
        assert!(SharedStr::slice(&buf, 10..40).is_none());
        assert_eq!(SharedStr::from(String::from("x")), SharedStr::from("x"));
        assert_eq!(std::mem::size_of::<SharedStr>(), std::mem::size_of::<Box<str>>());
    }
}
