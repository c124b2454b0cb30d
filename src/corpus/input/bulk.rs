//! Files of quotes already extracted: one JSON object per line (Quotebank's quote-centric JSON
//! Lines), or chronique's own JSON export reopened. Optionally compressed (`.gz`, `.bz2`). The
//! format is told by the file's content ([`Holds`]), not its name; `build` turns them into
//! timelines.

use super::Holds;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// Whether a file holds quotes (read by `corpus::build`) rather than an article.
pub fn is_bulk(path: &Path) -> bool {
    Holds::by_name(path).is_none()
}

/// Read a file whole, decompressing `.gz` / `.bz2` (told by magic bytes).
pub fn read_text(path: &Path) -> Result<String, String> {
    read_all(open(path, &AtomicU64::new(0)).map_err(|e| format!("cannot read: {e}"))?)
}

/// The file's bytes, decompressed on the fly when it starts with gzip or bzip2 magic bytes.
/// `read` counts the bytes taken from the file (compressed ones, for a compressed file).
pub fn open<'c>(path: &Path, read: &'c AtomicU64) -> std::io::Result<Box<dyn Read + Send + 'c>> {
    let file = Counted { inner: std::fs::File::open(path)?, read };
    let mut file = BufReader::with_capacity(1 << 16, file);
    let head = file.fill_buf()?;
    Ok(if head.starts_with(&[0x1f, 0x8b]) {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else if head.starts_with(b"BZh") {
        Box::new(bzip2::read::MultiBzDecoder::new(file))
    } else {
        Box::new(file)
    })
}

/// Whether the file is a regular file whose bytes are its text (not gzip nor bzip2, as
/// [`open`] tells them). A pipe or a device is not looked at (reading would consume it).
pub fn is_plain(path: &Path) -> bool {
    let mut head = [0u8; 3];
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(mut f) = std::fs::File::open(path) else { return false };
    let mut n = 0;
    while n < head.len() {
        match f.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return false,
        }
    }
    !(head[..n].starts_with(&[0x1f, 0x8b]) || head[..n].starts_with(b"BZh"))
}

/// A reader that counts what it reads (for progress).
struct Counted<'c, R> {
    inner: R,
    read: &'c AtomicU64,
}

impl<R: Read> Read for Counted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

pub fn read_all(mut input: impl Read) -> Result<String, String> {
    let mut raw = Vec::new();
    input.read_to_end(&mut raw).map_err(|e| format!("cannot read: {e}"))?;
    String::from_utf8(raw)
        .map_err(|e| format!("not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_of_quotes_are_told_by_name() {
        assert!(is_bulk(Path::new("a/quotes-2020.jsonl.bz2")));
        assert!(is_bulk(Path::new("export.json")));
        assert!(!is_bulk(Path::new("article.txt")));
    }

    #[test]
    fn compressed_input_is_read() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let line = "{\"quotation\": \"é\"}\n";
        let gz = dir.path().join("q.jsonl.gz");
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(line.as_bytes()).unwrap();
        std::fs::write(&gz, e.finish().unwrap()).unwrap();
        assert_eq!(read_text(&gz).unwrap(), line);
        let bz = dir.path().join("q.jsonl.bz2");
        let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
        e.write_all(line.as_bytes()).unwrap();
        std::fs::write(&bz, e.finish().unwrap()).unwrap();
        assert_eq!(read_text(&bz).unwrap(), line);
    }
}
