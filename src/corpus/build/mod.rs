//! Stage 3 of the loader: articles read one by one, and files of quotes, built into one
//! timeline: speakers numbered corpus-wide, events merged across sources, corroboration linked.

pub mod assemble;
pub mod combine;
pub mod corroborate;
pub mod quotebank;
pub mod reopen;
pub mod speakers;

use crate::corpus::input::bulk::{open, read_all};
use crate::corpus::input::Holds;
use crate::corpus::input::{Diagnostic, Problem};
use crate::corpus::snapshot::{self, Cache, Found, Key};
use crate::corpus::Progress;
use crate::gazetteer::Gazetteer;
use crate::model::Corpus;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::Ordering;

/// Load one bulk file into a corpus of its own. Quotebank files are streamed (never held
/// whole in memory); an export is read whole, as one JSON document. With a `cache`, a
/// snapshot of the file from an earlier load is used when it is still valid, and one is
/// written after a load that read the file whole and unchanged.
pub fn load_quote_file(
    path: &Path,
    gazetteer: &Gazetteer,
    progress: &Progress,
    cache: Option<&Cache>,
) -> Result<(Corpus, Vec<Diagnostic>), Diagnostic> {
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    let key = Key::of(path, gazetteer);
    load_quote_file_as(path, gazetteer, progress, cache, size, key)
}

/// [`load_quote_file`] of a file that was `size` bytes, with `key`, when the load began.
fn load_quote_file_as(
    path: &Path,
    gazetteer: &Gazetteer,
    progress: &Progress,
    cache: Option<&Cache>,
    size: u64,
    key: Option<Key>,
) -> Result<(Corpus, Vec<Diagnostic>), Diagnostic> {
    let shown = path.display().to_string();
    let fail = |message: Problem| Diagnostic { path: shown.clone(), message, fatal: true };
    let cache = cache.filter(|c| size >= c.min_size);
    let mut notes = Vec::new();
    if let (Some(cache), Some(key)) = (cache, &key) {
        match snapshot::open(cache, path, &shown, key) {
            Found::Hit(c, d) => {
                progress.bytes_done.fetch_add(size, Ordering::Relaxed);
                progress.quotes.fetch_add(c.quotes.len(), Ordering::Relaxed);
                return Ok((*c, d));
            }
            Found::Miss(note) => notes.extend(note),
        }
    }
    let mut input = open(path, &progress.bytes_done).map_err(|e| fail(Problem::CannotRead(e.to_string())))?;
    // Enough of the start to tell the format: the first line, or 64 KiB of it.
    let mut head = Vec::new();
    let mut chunk = [0u8; 8192];
    while head.len() < 1 << 16 && !head.contains(&b'\n') {
        match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => head.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(fail(Problem::CannotRead(e.to_string()))),
        }
    }
    let sniffed = Holds::by_content(&String::from_utf8_lossy(&head));
    let input = std::io::Cursor::new(head).chain(input);
    let (corpus, mut diags) = match sniffed {
        Some(Holds::QuoteLines) => {
            // A plain file keeps where each quote's line starts, not its id and addresses:
            // they are read back from it when shown or exported. A compressed one keeps them
            // (reading a line back would mean decompressing up to it).
            let lines = match crate::corpus::input::bulk::is_plain(path) {
                true => quotebank::FileLines::new(path, &shown).ok(),
                false => None,
            };
            let (c, mut d, error) = match lines {
                Some(lines) => quotebank::load_plain(&shown, input, gazetteer, progress, std::sync::Arc::new(lines)),
                None => quotebank::load_from(&shown, input, gazetteer, progress),
            };
            let whole = error.is_none();
            d.extend(error.map(|e| Diagnostic {
                path: shown.clone(),
                message: Problem::StoppedEarly { why: e, quotes: c.quotes.len() },
                fatal: false,
            }));
            let now = Key::of(path, gazetteer);
            let changed = match (&key, &now) {
                (Some(k), Some(n)) => k != n,
                _ => std::fs::metadata(path).map_or(0, |m| m.len()) != size,
            };
            if changed {
                d.push(Diagnostic { path: shown.clone(), message: Problem::ChangedWhileRead, fatal: false });
            }
            if let (Some(cache), Some(key), true, false) = (cache, &key, whole, changed) {
                if snapshot::fits(&c) {
                    snapshot::save(cache, path, key, &c, &d);
                }
            }
            (c, d)
        }
        Some(Holds::Export) => {
            let text = read_all(input).map_err(|e| fail(e.into()))?;
            reopen::load(&shown, &text, gazetteer).map_err(fail)?
        }
        Some(Holds::Article) | None => return Err(fail(Problem::NotQuotes)),
    };
    notes.append(&mut diags);
    Ok((corpus, notes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn lines(n: usize) -> String {
        let mut r = crate::synth::Rng::new(9);
        (0..n).map(|i| crate::synth::quotebank_line(&mut r, i, 2020) + "\n").collect()
    }

    fn load(path: &Path) -> (Corpus, Vec<Diagnostic>) {
        load_quote_file(path, &Gazetteer::builtin(), &Progress::default(), None).unwrap()
    }

    #[test]
    fn a_compressed_file_cut_short_loads_what_it_holds_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let text = lines(300);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(text.as_bytes()).unwrap();
        let gz = gz.finish().unwrap();
        let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
        bz.write_all(text.as_bytes()).unwrap();
        let bz = bz.finish().unwrap();
        for (name, bytes) in [("q.jsonl.gz", gz), ("q.jsonl.bz2", bz)] {
            let path = dir.path().join(name);
            std::fs::write(&path, &bytes[..bytes.len() * 2 / 3]).unwrap();
            let (c, d) = load(&path);
            let all: Vec<String> = d.iter().map(|d| d.to_string()).collect();
            assert!(c.quotes.len() > 50 && c.quotes.len() < 300, "{name}: {}", c.quotes.len());
            assert!(
                all.iter()
                    .any(|m| m.contains(name) && m.contains("cut short") && m.contains("quotes before were loaded")),
                "{name}: {all:?}"
            );
        }
    }

    #[test]
    fn a_file_that_changed_during_the_load_is_named_and_not_snapshotted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.jsonl");
        std::fs::write(&path, lines(20)).unwrap();
        let g = Gazetteer::builtin();
        // The state when the load began: the file was shorter then.
        let before = Key::of(&path, &g).map(|k| Key { size: k.size - 10, ..k });
        let cache = Cache { dir: dir.path().join("cache"), min_size: 0 };
        let (c, d) = load_quote_file_as(&path, &g, &Progress::default(), Some(&cache), 100, before).unwrap();
        assert_eq!(c.quotes.len(), 20);
        assert!(
            d.iter().any(|d| d.message.describe(crate::lang::Lang::En).contains("changed while it was read")),
            "{d:?}"
        );
        snapshot::finish_writes();
        assert!(!cache.file_for(&path).exists());
    }

    #[test]
    fn snapshots_reopen_the_same_corpus_and_damage_is_told() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.jsonl");
        let mut text = lines(500);
        text += "{\"broken\n";
        std::fs::write(&path, &text).unwrap();
        let g = Gazetteer::builtin();
        let cache = Cache { dir: dir.path().join("cache"), min_size: 0 };
        let load = || load_quote_file(&path, &g, &Progress::default(), Some(&cache)).unwrap();
        let (fresh, d0) = load();
        let errors = snapshot::finish_writes();
        assert!(errors.iter().all(|e| !e.contains(&*dir.path().to_string_lossy())), "{errors:?}");
        let snap = cache.file_for(&path);
        assert!(snap.exists());
        let (again, d1) = load();
        let json = crate::export::json::to_string;
        assert_eq!(json(&again), json(&fresh));
        assert!(again.quotes.reads_lines_back(), "ids and addresses are read back from the file, as when loaded");
        assert_eq!(d1, d0, "the load's diagnostics come back with the snapshot");
        assert_eq!(again.quotes.len(), 500);
        // The same matches (quotes are numbered in timeline order in a snapshot: compare ids),
        // with the search index's folded texts read from the snapshot.
        let (fresh, again) = (std::sync::Arc::new(fresh), std::sync::Arc::new(again));
        let (e1, e2) = (crate::search::engine(fresh.clone()), crate::search::engine(again.clone()));
        for q in ["poutine", "guerre froide", "@zhang", "#2020", "nos forces", "!@zhang pékin"] {
            let ids = |c: &Corpus, r: &[usize]| r.iter().map(|&i| c.quote(i).id().to_string()).collect::<Vec<_>>();
            let (a, b) = (e1.search(q, None).0, e2.search(q, None).0);
            assert_eq!(ids(&fresh, &a), ids(&again, &b), "{q}");
            let hl = |e: &dyn crate::search::SearchEngine, r: &[usize]| {
                r.iter().map(|&i| e.highlight(q, i)).collect::<Vec<_>>()
            };
            assert_eq!(hl(e1.as_ref(), &a), hl(e2.as_ref(), &b), "{q}");
        }
        assert!(again.quotes.attached().is_some(), "the folded texts came with the snapshot");
        // A damaged snapshot: one byte changed in the middle.
        let mut bytes = std::fs::read(&snap).unwrap();
        let mid = bytes.len() / 2;
        bytes[mid] ^= 0x55;
        std::fs::write(&snap, &bytes).unwrap();
        let (c, d) = load();
        assert_eq!(json(&c), json(&load_quote_file(&path, &g, &Progress::default(), None).unwrap().0));
        assert!(
            d.iter()
                .any(|d| d.path.contains("snapshot") && d.message.describe(crate::lang::Lang::En).contains("damaged")),
            "{d:?}"
        );
        snapshot::finish_writes();
        // Rebuilt: the next load uses it again, quietly.
        assert_eq!(load().1, d0);
        // A snapshot cut short (a full disk, a crash while copying the cache).
        let bytes = std::fs::read(&snap).unwrap();
        std::fs::write(&snap, &bytes[..bytes.len() / 3]).unwrap();
        let (c, d) = load();
        assert_eq!(c.quotes.len(), 500);
        assert!(d.iter().any(|d| d.message.describe(crate::lang::Lang::En).contains("damaged")), "{d:?}");
        snapshot::finish_writes();
        // A foreign file in its place.
        std::fs::write(&snap, "not a snapshot").unwrap();
        let (_, d) = load();
        assert!(
            d.iter().any(|d| d.message.describe(crate::lang::Lang::En).contains("not a chronique snapshot")),
            "{d:?}"
        );
        snapshot::finish_writes();
        // A stale one (the source changed) is replaced without a word.
        std::fs::write(&path, lines(30)).unwrap();
        let (c, d) = load();
        assert_eq!((c.quotes.len(), d.len()), (30, 0), "{d:?}");
        snapshot::finish_writes();
    }

    #[test]
    fn a_plain_file_reads_ids_texts_and_addresses_back_exactly_and_says_when_it_cannot() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.jsonl");
        // Lines with escapes, line breaks in addresses, a BOM, blank and bad lines, CRLF ends.
        let mut text = "\u{feff}".to_string() + &lines(300);
        text += "\r\n{\"broken\n";
        text += r#"{"quoteID": "q\u00e9-1", "quotation": "Nous ne c\u00e9derons  pas", "speaker": "None", "date": "2020-01-01 00:00:00", "urls": ["http://a.example/x\ny", "\r", "", "http://b.example/\u00e9"]}"#;
        text += "\r\n";
        std::fs::write(&path, &text).unwrap();
        let g = Gazetteer::builtin();
        let (plain, d) = load(&path);
        assert!(plain.quotes.reads_lines_back());
        let (kept, dk) = quotebank::load(&path.display().to_string(), &text, &g);
        assert!(!kept.quotes.reads_lines_back());
        assert_eq!(d, dk);
        assert_eq!(plain.quotes.len(), 301);
        for (a, b) in plain.quotes.iter().zip(kept.quotes.iter()) {
            assert_eq!(a.read_back().unwrap(), (b.id().to_string(), b.urls().to_string()));
            assert_eq!(a.text_checked().unwrap(), b.text());
        }
        let last = plain.quote(plain.quotes.len() - 1);
        assert_eq!(last.text(), "Nous ne c\u{e9}derons pas");
        assert_eq!(last.url_list().collect::<Vec<_>>(), ["http://a.example/xy", "http://b.example/\u{e9}"]);
        assert_eq!(last.id(), "q\u{e9}-1");
        // Exports and citations are byte for byte those of the quotes kept in memory.
        let json = crate::export::json::to_string;
        assert_eq!(json(&plain), json(&kept));
        for lang in [crate::lang::Lang::En, crate::lang::Lang::Fr] {
            assert_eq!(crate::export::csv(&plain, lang), crate::export::csv(&kept, lang));
            assert_eq!(
                crate::export::timelinejs::to_string(&plain, lang),
                crate::export::timelinejs::to_string(&kept, lang)
            );
        }
        // Combined with another corpus (first or not), they are read back and kept.
        let both = |a: &Corpus, b: &Corpus| json(&combine::combine("both".into(), vec![a.clone(), b.clone()]));
        assert_eq!(both(&plain, &plain), both(&kept, &kept));
        assert_eq!(both(&kept, &plain), both(&kept, &kept));
        // A compressed file keeps them in memory.
        let gz_path = dir.path().join("q.jsonl.gz");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(text.as_bytes()).unwrap();
        std::fs::write(&gz_path, gz.finish().unwrap()).unwrap();
        assert!(!load(&gz_path).0.quotes.reads_lines_back());
        // Snapshots keep either: the ids and addresses of a compressed file, where a plain
        // file's lines start.
        let cache = Cache { dir: dir.path().join("cache"), min_size: 0 };
        let cached = |p: &Path| load_quote_file(p, &g, &Progress::default(), Some(&cache)).unwrap().0;
        for p in [&path, &gz_path] {
            let fresh = cached(p);
            assert!(snapshot::finish_writes().is_empty());
            let again = cached(p);
            assert!(again.quotes.attached().is_some(), "reopened from the snapshot");
            assert_eq!(again.quotes.reads_lines_back(), p == &path);
            assert_eq!(json(&again), json(&fresh));
            assert_eq!(json(&again), json(&kept).replace("q.jsonl", &p.file_name().unwrap().to_string_lossy()));
        }
        // The file changed since: said, never a wrong id, text or address; even with its size
        // and modification time as they were (the line's quotation no longer folds to the
        // index's copy).
        let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::fs::write(&path, text.replace("Nous", "Vous")).unwrap();
        std::fs::File::options().write(true).open(&path).unwrap().set_modified(modified).unwrap();
        let why = last.read_back().unwrap_err();
        assert!(why.contains("q.jsonl") && why.contains("changed since it was loaded"), "{why}");
        assert_eq!(last.id(), "");
        assert_eq!(last.text_checked().unwrap_err(), why);
        assert_eq!(last.text(), format!("\u{26a0} {why}"));
        std::fs::write(&path, text.replace("Nous", "Vous pouvez")).unwrap();
        assert!(last.text().starts_with('\u{26a0}') && plain.quote(0).text().contains("changed since it was loaded"));
        std::fs::remove_file(&path).unwrap();
        assert!(plain.quote(0).read_back().is_err());
        assert!(plain.quote(0).text().starts_with('\u{26a0}'));
        // Searching still works: the index keeps its own folded copy.
        let e = crate::search::Engine::new(std::sync::Arc::new(plain.clone()));
        assert_eq!(e.search("nous cederons", None).0, [plain.quotes.len() - 1], "the index keeps its copy");
    }

    #[test]
    fn a_cache_folder_that_cannot_be_written_is_reported_and_the_load_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.jsonl");
        std::fs::write(&path, lines(10)).unwrap();
        // A file where the cache folder should be.
        let blocked = dir.path().join("blocked");
        std::fs::write(&blocked, "").unwrap();
        let cache = Cache { dir: blocked.join("chronique"), min_size: 0 };
        let (c, _) = load_quote_file(&path, &Gazetteer::builtin(), &Progress::default(), Some(&cache)).unwrap();
        assert_eq!(c.quotes.len(), 10);
        let errors = snapshot::finish_writes();
        assert!(errors.iter().any(|e| e.contains("cannot write the cache") && e.contains("blocked")), "{errors:?}");
    }
}
