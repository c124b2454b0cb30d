//! Stage 3 of the loader: articles read one by one, and files of quotes, built into one
//! timeline: speakers numbered corpus-wide, events merged across sources, corroboration linked.

pub mod assemble;
pub mod combine;
pub mod corroborate;
pub mod quotebank;
pub mod reopen;
pub mod speakers;

use crate::corpus::input::bulk::{open, read_all, sniff, Kind};
use crate::corpus::input::Diagnostic;
use crate::gazetteer::Gazetteer;
use crate::model::Corpus;
use std::io::Read;
use std::path::Path;

/// Load one bulk file into a corpus of its own. Quotebank files are streamed (never held
/// whole in memory); an export is read whole, as one JSON document.
pub fn load_quote_file(path: &Path, gazetteer: &Gazetteer) -> Result<(Corpus, Vec<Diagnostic>), Diagnostic> {
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
