//! Large-corpus input: quotes already extracted, one JSON object per line (Quotebank's
//! quote-centric JSON Lines), or chronique's own JSON export reopened. Optionally compressed
//! (`.gz`, `.bz2`). The format is told by the file's content, not its name.

pub mod quotebank;
pub mod reopen;

use super::Diagnostic;
use crate::gazetteer::Gazetteer;
use crate::model::Corpus;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Whether a file should be read by this module rather than as an article.
pub fn is_bulk(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let name = name.trim_end_matches(".gz").trim_end_matches(".bz2");
    name.ends_with(".jsonl") || name.ends_with(".ndjson") || name.ends_with(".json")
}

/// What a bulk file holds, told from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Quotebank,
    Export,
}

pub fn sniff(text: &str) -> Option<Kind> {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    let first_line = t.lines().next().unwrap_or("");
    if first_line.starts_with('{') && first_line.contains("\"quotation\"") {
        return Some(Kind::Quotebank);
    }
    let head: String = t.chars().take(4096).collect();
    if t.starts_with('{') && (head.contains("\"articles\"") || head.contains("\"events\"")) {
        return Some(Kind::Export);
    }
    None
}

/// Read a file whole, decompressing `.gz` / `.bz2` (told by magic bytes).
pub fn read_text(path: &Path) -> Result<String, String> {
    read_all(open(path).map_err(|e| format!("cannot read: {e}"))?)
}

/// The file's bytes, decompressed on the fly when it starts with gzip or bzip2 magic bytes.
fn open(path: &Path) -> std::io::Result<Box<dyn Read + Send>> {
    let mut file = BufReader::with_capacity(1 << 16, std::fs::File::open(path)?);
    let head = file.fill_buf()?;
    Ok(if head.starts_with(&[0x1f, 0x8b]) {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else if head.starts_with(b"BZh") {
        Box::new(bzip2::read::MultiBzDecoder::new(file))
    } else {
        Box::new(file)
    })
}

/// Load one bulk file into a corpus of its own. Quotebank files are streamed (never held
/// whole in memory); an export is read whole, as one JSON document.
pub fn load(path: &Path, gazetteer: &Gazetteer) -> Result<(Corpus, Vec<Diagnostic>), Diagnostic> {
    let shown = path.display().to_string();
    let fail = |message: String| Diagnostic { path: shown.clone(), message, fatal: true };
    let mut input = open(path).map_err(|e| fail(format!("cannot read: {e}")))?;
    // Enough of the start to tell the format: the first line, or 64 KiB of it.
    let mut head = Vec::new();
    let mut chunk = [0u8; 8192];
    while head.len() < 1 << 16 && !head.contains(&b'\n') {
        match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => head.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(fail(format!("cannot read: {e}"))),
        }
    }
    let sniffed = sniff(&String::from_utf8_lossy(&head));
    let input = std::io::Cursor::new(head).chain(input);
    match sniffed {
        Some(Kind::Quotebank) => quotebank::load_from(&shown, input, gazetteer).map_err(fail),
        Some(Kind::Export) => {
            let text = read_all(input).map_err(fail)?;
            reopen::load(&shown, &text, gazetteer).map_err(fail)
        }
        None => Err(fail(
            "not a chronique export nor Quotebank JSON Lines (expected one {\"quotation\": …} object per line, or {\"articles\": …, \"events\": …})"
                .into(),
        )),
    }
}

fn read_all(mut input: impl Read) -> Result<String, String> {
    let mut raw = Vec::new();
    input.read_to_end(&mut raw).map_err(|e| format!("cannot read: {e}"))?;
    String::from_utf8(raw)
        .map_err(|e| format!("not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_by_content() {
        assert_eq!(sniff("{\"quoteID\": \"x\", \"quotation\": \"a\"}\n"), Some(Kind::Quotebank));
        assert_eq!(sniff("{\n  \"articles\": [],\n  \"speakers\": [],\n  \"events\": []\n}"), Some(Kind::Export));
        assert_eq!(sniff("[1, 2]"), None);
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
