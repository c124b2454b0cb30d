//! Quotebank's quote-centric JSON Lines: one object per line with `quoteID`, `quotation`,
//! `speaker` ("None" when unknown), `qids`, `date` ("YYYY-MM-DD HH:MM:SS"), `numOccurrences`,
//! `probas` ([[name, probability], ...]), `urls`, `phase`.
//!
//! Grouping: a Quotebank line has no article text and no meeting, so quotes are grouped into
//! one event per day and speaker ("Vladimir Poutine, 8 novembre 2023": everything he was quoted
//! saying that day), unattributed quotes into one event per day. Who the speaker is comes from
//! [`speakers`]: one person per Wikidata id, whatever the spelling. A malformed line is
//! reported by number and skipped; the rest loads.
//!
//! The pipeline, for files of millions of lines:
//! 1. a reader thread reads the input in blocks of whole lines (never the whole file; a line
//!    longer than [`MAX_LINE`] is skipped without being held), counting the bytes for progress;
//! 2. each block is cut into pieces parsed on every core ([`line`]: borrowing from the block),
//!    each piece keeping its quotes' texts, ids and addresses in three buffers, not one
//!    allocation per quote, and numbering its speakers' spellings;
//! 3. once all is read: speakers resolved, day-and-speaker events numbered and put in timeline
//!    order (by day, then first appearance, as `assemble::finish_events` orders them: tested).
//!    Quotes keep file order: each is built from its piece in one parallel sweep.

mod line;
pub mod speakers;

use crate::corpus::{Diagnostic, Problem, Progress};
use crate::gazetteer::Gazetteer;
use crate::model::quotes::{LineBack, LineReader, Lines, NONE};
use crate::model::strs::Strs;
use crate::model::*;
use crate::search::FormBuilder;
use crate::text::hash::FastMap;
use chrono::NaiveDate;
use rayon::prelude::*;
use std::borrow::Cow;
use std::io::Read;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// Bytes read at a time: large enough to keep every core busy, small beside the file.
const BLOCK: usize = 8 << 20;
/// A line longer than this is not a quote (Quotebank's longest are a few kilobytes): it is
/// skipped, and never held whole in memory.
pub const MAX_LINE: usize = 64 << 20;
/// When a preview is wanted: the quotes read by then make it (a screen's worth of timeline
/// drawn within a second, and little work besides the load).
const PREVIEW_AFTER: std::time::Duration = std::time::Duration::from_millis(250);
/// Malformed lines reported one by one; the rest are counted.
const REPORTED: usize = 100;
const UNATTRIBUTED: &str = "Citations non attribuées";
const NO_SPEAKER: u32 = u32::MAX;

/// Load a Quotebank JSON Lines text. `path` names the file in messages and as the source.
pub fn load(path: &str, text: &str, gazetteer: &Gazetteer) -> (Corpus, Vec<Diagnostic>) {
    let (c, mut d, e) = load_from(path, text.as_bytes(), gazetteer, &Progress::default());
    d.extend(e.map(|why| Diagnostic {
        path: path.into(),
        message: Problem::StoppedEarly { why, quotes: c.quotes.len() },
        fatal: false,
    }));
    (c, d)
}

/// Load Quotebank JSON Lines from a reader (a file, a decompressor), a block at a time. A read
/// error ends the reading but not the load: what was read before it is loaded, and the error
/// is given back (third value) for the caller to word.
pub fn load_from(
    path: &str,
    input: impl Read + Send,
    gazetteer: &Gazetteer,
    progress: &Progress,
) -> (Corpus, Vec<Diagnostic>, Option<String>) {
    load_blocks(path, input, gazetteer, progress, None, BLOCK, MAX_LINE)
}

/// [`load_from`] of a plain (uncompressed) file, read from its first byte: its quotes keep
/// where their lines start instead of their ids, texts and addresses, which `lines` reads back
/// when a quote's are shown or exported. Each text is folded for the search index as it is
/// parsed, and only that copy is kept: the original texts are never all in memory at once.
pub fn load_plain(
    path: &str,
    input: impl Read + Send,
    gazetteer: &Gazetteer,
    progress: &Progress,
    lines: Arc<dyn LineReader>,
) -> (Corpus, Vec<Diagnostic>, Option<String>) {
    load_blocks(path, input, gazetteer, progress, Some(lines), BLOCK, MAX_LINE)
}

/// Reads a plain file's lines back for [`Lines`]: the line at the offset is parsed again, and
/// given only while the file is as it was loaded (same size, same modification time, and the
/// line's quotation still the quote's text as the search index folded it).
pub struct FileLines {
    path: std::path::PathBuf,
    shown: String,
    size: u64,
    /// Modification time, ns since 1970.
    modified: Option<u128>,
    file: std::sync::Mutex<Option<std::fs::File>>,
}

fn modified_ns(m: &std::fs::Metadata) -> Option<u128> {
    Some(m.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?.as_nanos())
}

impl FileLines {
    /// The file at `path` as it is now (before it is read).
    pub fn new(path: &std::path::Path, shown: &str) -> std::io::Result<FileLines> {
        let m = std::fs::metadata(path)?;
        Ok(FileLines::of(path, shown, m.len(), modified_ns(&m)))
    }

    /// The file at `path` as it was when `size` bytes long and modified at `modified_ns`.
    pub fn of(path: &std::path::Path, shown: &str, size: u64, modified: Option<u128>) -> FileLines {
        FileLines { path: path.to_path_buf(), shown: shown.to_string(), size, modified, file: Default::default() }
    }
}

impl LineReader for FileLines {
    fn read(&self, at: u64, fits: &dyn Fn(&str) -> bool) -> Result<LineBack, String> {
        use std::io::{Seek, SeekFrom};
        let changed = || format!("{}: changed since it was loaded: reload it to see its quotes", self.shown);
        let cannot = |e: std::io::Error| format!("{}: cannot read quotes back: {e}", self.shown);
        let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        if file.is_none() {
            *file = Some(std::fs::File::open(&self.path).map_err(cannot)?);
        }
        let f = file.as_mut().expect("opened just above");
        let m = f.metadata().map_err(cannot)?;
        if m.len() != self.size || modified_ns(&m) != self.modified {
            return Err(changed());
        }
        f.seek(SeekFrom::Start(at)).map_err(cannot)?;
        let mut line = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            let n = match f.read(&mut buf) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(cannot(e)),
            };
            let got = &buf[..n];
            match memchr::memchr(b'\n', got) {
                Some(i) => {
                    line.extend_from_slice(&got[..i]);
                    break;
                }
                None => line.extend_from_slice(got),
            }
            if n == 0 || line.len() > MAX_LINE {
                break;
            }
        }
        let p = line::parse(line.trim_ascii()).map_err(|_| changed())?;
        if !fits(&p.text) {
            return Err(changed());
        }
        let mut urls = String::new();
        push_urls(&p.urls, &mut urls);
        Ok(LineBack { id: p.id.into_owned(), text: p.text.into_owned(), urls })
    }
}

/// A line's addresses, as `join_urls` joins them: one per line, line breaks dropped.
fn push_urls(list: &[Cow<str>], out: &mut String) {
    let mut first = true;
    for u in list {
        if u.chars().all(|ch| ch == '\n' || ch == '\r') {
            continue;
        }
        if !first {
            out.push('\n');
        }
        first = false;
        if u.contains(['\n', '\r']) {
            out.extend(u.chars().filter(|&ch| ch != '\n' && ch != '\r'));
        } else {
            out.push_str(u);
        }
    }
}

fn load_blocks(
    path: &str,
    input: impl Read + Send,
    gazetteer: &Gazetteer,
    progress: &Progress,
    lines: Option<Arc<dyn LineReader>>,
    block: usize,
    max_line: usize,
) -> (Corpus, Vec<Diagnostic>, Option<String>) {
    let plain = lines.is_some();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Block>(1);
    // Blocks parsed go back to the reader to be filled again, without being zeroed first.
    let (spent_tx, spent) = std::sync::mpsc::channel::<Vec<u8>>();
    let mut chunks: Vec<Chunk> = Vec::new();
    // A plain file's folded texts, appended block after block as the pieces give them.
    let mut form = plain.then(FormBuilder::default);
    let mut long_lines = Vec::new();
    // Lines before the block at hand: counted by the pieces as they parse, so the input is
    // scanned for line ends once.
    let mut lines_before = 0usize;
    let started = std::time::Instant::now();
    let read_error = std::thread::scope(|s| {
        let reader = s.spawn(move || read_blocks(input, block, max_line, tx, spent));
        for b in rx {
            if started.elapsed() >= PREVIEW_AFTER && progress.want_preview.swap(false, Ordering::Relaxed) {
                let (preview, _) = finish(path, chunks.clone(), form.clone(), &[], max_line, gazetteer, lines.clone());
                *progress.preview.lock().unwrap_or_else(|e| e.into_inner()) = Some(preview);
            }
            if b.after_long_line {
                lines_before += 1;
                long_lines.push(lines_before);
            }
            let pieces = split_lines(&b.bytes, rayon::current_num_threads() * 2);
            let mut parsed: Vec<Chunk> = pieces
                .into_par_iter()
                .map(|(at, bytes)| parse_piece(bytes, plain.then_some(b.offset + at as u64)))
                .collect();
            for c in &mut parsed {
                for (line, _) in &mut c.errors {
                    *line += lines_before + 1;
                }
                lines_before += c.line_ends;
            }
            progress.quotes.fetch_add(parsed.iter().map(|c| c.recs.len()).sum(), Ordering::Relaxed);
            if let Some(form) = &mut form {
                for c in &mut parsed {
                    form.append(&c.folded, c.recs.iter().map(|r| r.text_end as usize));
                    c.folded = Vec::new();
                }
            }
            chunks.extend(parsed);
            let _ = spent_tx.send(b.bytes);
        }
        reader.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
    });
    let (corpus, diags) = finish(path, chunks, form, &long_lines, max_line, gazetteer, lines);
    crate::text::pages::release_freed();
    (corpus, diags, read_error)
}

/// Whole lines of the input.
struct Block {
    /// Where the block starts in the input.
    offset: u64,
    bytes: Vec<u8>,
    /// Whether a line too long to be a quote was skipped just before this block's lines.
    after_long_line: bool,
}

/// Read `input` in blocks of whole lines (the last one may lack its line end). Returns the
/// read error that ended the input early, if any.
fn read_blocks(
    mut input: impl Read,
    block: usize,
    max_line: usize,
    tx: std::sync::mpsc::SyncSender<Block>,
    spent: std::sync::mpsc::Receiver<Vec<u8>>,
) -> Option<String> {
    // `buf[..held]` are the bytes read and not yet sent; past them, bytes already written
    // (a block given back keeps its length), so a read needs no zeroing first: zeroing every
    // block was a file's size of writes, a thirtieth of the load's instructions.
    let mut buf: Vec<u8> = Vec::with_capacity(block);
    let mut held = 0;
    // Where `buf[0]` is in the input.
    let mut base = 0u64;
    let mut skipping = false;
    loop {
        let start = held;
        let want = if start >= block { start * 2 } else { block };
        if buf.len() < want {
            buf.resize(want, 0);
        }
        let mut filled = start;
        let mut error = None;
        while filled < want {
            match input.read(&mut buf[filled..want]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    error = Some(e.to_string());
                    break;
                }
            }
        }
        let eof = filled < want;
        held = filled;
        if skipping {
            // Inside a line too long to keep: drop bytes up to its end.
            match memchr::memchr(b'\n', &buf[..held]) {
                Some(i) => {
                    buf.copy_within(i + 1..held, 0);
                    held -= i + 1;
                    base += (i + 1) as u64;
                    skipping = false;
                    let b = Block { offset: base, bytes: vec![], after_long_line: true };
                    if tx.send(b).is_err() {
                        return None;
                    }
                    if held > 0 && !eof {
                        continue;
                    }
                }
                None => {
                    base += held as u64;
                    held = 0;
                    if eof {
                        let _ = tx.send(Block { offset: base, bytes: vec![], after_long_line: true });
                        return error;
                    }
                    continue;
                }
            }
        }
        let cut = if eof { held } else { memchr::memrchr(b'\n', &buf[..held]).map_or(0, |i| i + 1) };
        if cut == 0 && !eof && held >= max_line {
            skipping = true;
            base += held as u64;
            held = 0;
            continue;
        }
        if cut > 0 {
            let mut next = spent.try_recv().unwrap_or_default();
            if next.len() < held - cut {
                next.resize(held - cut, 0);
            }
            next[..held - cut].copy_from_slice(&buf[cut..held]);
            buf.truncate(cut);
            let b = Block { offset: base, bytes: std::mem::replace(&mut buf, next), after_long_line: false };
            base += cut as u64;
            held -= cut;
            if tx.send(b).is_err() {
                return None;
            }
        }
        if eof {
            return error;
        }
    }
}

/// Cut `bytes` (whole lines) into about `n` pieces of whole lines, each with where it starts
/// in `bytes`.
fn split_lines(bytes: &[u8], n: usize) -> Vec<(usize, &[u8])> {
    let mut out = Vec::with_capacity(n);
    let size = bytes.len().div_ceil(n.max(1)).max(1);
    let mut at = 0;
    while at < bytes.len() {
        let end = match memchr::memchr(b'\n', bytes.get(at + size..).unwrap_or_default()) {
            Some(i) => at + size + i + 1,
            None => bytes.len(),
        };
        out.push((at, &bytes[at..end]));
        at = end;
    }
    out
}

/// One quote of a piece; its strings are in the piece's buffers, up to these ends.
#[derive(Clone)]
struct Rec {
    date: NaiveDate,
    /// The piece's number for the speaker's spelling, or `NO_SPEAKER`.
    spelling: u32,
    confidence: f32,
    kind: QuoteKind,
    /// (In `folded` when the piece folds its texts instead of keeping them.)
    text_end: u32,
    /// (0 when the piece keeps where its lines start instead of ids and addresses.)
    id_end: u32,
    urls_end: u32,
}

/// What one piece of the input gave, in file order.
#[derive(Default, Clone)]
struct Chunk {
    recs: Vec<Rec>,
    texts: String,
    /// The texts folded for the search index, each followed by its separator, in place of
    /// `texts` (a plain file: the texts are read back from it when wanted).
    folded: Vec<u8>,
    ids: String,
    urls: String,
    /// Where each quote's line starts in the input, in place of `ids` and `urls` (a plain
    /// file: they are read back from it when wanted).
    starts: Vec<u64>,
    /// The speakers as written here, numbered in order of appearance: (name, Wikidata id).
    spellings: Vec<(String, Option<String>)>,
    /// Malformed lines: (line, counted from 0 in the piece until the load numbers it in the
    /// file, why).
    errors: Vec<(usize, String)>,
    /// How many line ends the piece holds.
    line_ends: usize,
}

/// Parse the lines of `bytes`; `at`: where `bytes` start in a plain file, to keep where the
/// lines start instead of ids and addresses.
fn parse_piece(bytes: &[u8], at: Option<u64>) -> Chunk {
    let mut c = Chunk::default();
    // Room for the usual share of quotation in a line, so the buffers rarely grow (a grown
    // buffer has up to twice the room it needs); what is left over is given back below.
    if at.is_some() {
        c.folded.reserve(bytes.len() / 2);
    } else {
        c.texts.reserve(bytes.len() / 2);
    }
    c.recs.reserve(bytes.len() / 256);
    let mut seen: FastMap<(Cow<str>, Option<Cow<str>>), u32> = FastMap::default();
    // Lines found with memchr: a byte-at-a-time split was a tenth of the whole load.
    let ends = memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len()));
    let mut start = 0;
    for (k, end) in ends.enumerate() {
        c.line_ends = k;
        let l = bytes[start..end].trim_ascii();
        let line_start = start;
        start = end + 1;
        if l.is_empty() {
            continue;
        }
        let p = match line::parse(l) {
            Ok(p) => p,
            Err(e) => {
                c.errors.push((k, e));
                continue;
            }
        };
        let spelling = match p.speaker {
            None => NO_SPEAKER,
            Some(name) => {
                let n = seen.len() as u32;
                *seen.entry((name, p.qid)).or_insert(n)
            }
        };
        let text_end = match at {
            Some(at) => {
                c.starts.push(at + line_start as u64);
                FormBuilder::fold_into(&p.text, &mut c.folded)
            }
            None => {
                c.texts.push_str(&p.text);
                c.ids.push_str(&p.id);
                push_urls(&p.urls, &mut c.urls);
                c.texts.len()
            }
        };
        c.recs.push(Rec {
            date: p.date,
            spelling,
            confidence: p.confidence,
            kind: p.kind,
            text_end: text_end as u32,
            id_end: c.ids.len() as u32,
            urls_end: c.urls.len() as u32,
        });
    }
    c.texts.shrink_to_fit();
    c.folded.shrink_to_fit();
    c.ids.shrink_to_fit();
    c.urls.shrink_to_fit();
    c.recs.shrink_to_fit();
    c.starts.shrink_to_fit();
    let mut spellings: Vec<_> = seen.into_iter().collect();
    spellings.sort_unstable_by_key(|(_, n)| *n);
    c.spellings = spellings.into_iter().map(|((n, q), _)| (n.into_owned(), q.map(Cow::into_owned))).collect();
    c
}

/// Everything read, into one corpus in timeline order.
fn finish(
    path: &str,
    mut chunks: Vec<Chunk>,
    form: Option<FormBuilder>,
    long_lines: &[usize],
    max_line: usize,
    gazetteer: &Gazetteer,
    lines: Option<Arc<dyn LineReader>>,
) -> (Corpus, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut errors: Vec<(usize, Problem)> = chunks
        .iter()
        .flat_map(|c| c.errors.iter().map(|(line, why)| (*line, Problem::BadLine { line: *line, why: why.clone() })))
        .chain(long_lines.iter().map(|&line| (line, Problem::LongLine { line, limit: max_line })))
        .collect();
    errors.sort_by_key(|e| e.0);
    let more = errors.len().saturating_sub(REPORTED);
    for (_, message) in errors.into_iter().take(REPORTED) {
        diags.push(Diagnostic { path: path.into(), message, fatal: false });
    }
    if more > 0 {
        diags.push(Diagnostic { path: path.into(), message: Problem::MoreBadLines(more), fatal: false });
    }

    // Speakers: every spelling once, in order of first appearance.
    let mut spelling_ix: FastMap<(&str, Option<&str>), u32> = FastMap::default();
    let mut spellings: Vec<speakers::Spelling> = Vec::new();
    let local_to_global: Vec<Vec<u32>> = chunks
        .iter()
        .map(|c| {
            c.spellings
                .iter()
                .map(|(n, q)| {
                    *spelling_ix.entry((n.as_str(), q.as_deref())).or_insert_with(|| {
                        spellings.push(speakers::Spelling { name: n.clone(), qid: q.clone(), quotes: 0 });
                        spellings.len() as u32 - 1
                    })
                })
                .collect()
        })
        .collect();
    drop(spelling_ix);
    for (c, map) in chunks.iter().zip(&local_to_global) {
        for r in &c.recs {
            if r.spelling != NO_SPEAKER {
                spellings[map[r.spelling as usize] as usize].quotes += 1;
            }
        }
    }
    let (speakers, speaker_of) = speakers::resolve(&spellings, gazetteer);

    // Events: one per (day, speaker), numbered in order of first appearance.
    let n: usize = chunks.iter().map(|c| c.recs.len()).sum();
    let mut event_ix: FastMap<(NaiveDate, u32), u32> = FastMap::default();
    let mut events_key: Vec<(NaiveDate, u32)> = Vec::new();
    let mut sizes: Vec<u32> = Vec::new();
    let mut event_of: Vec<u32> = Vec::with_capacity(n);
    for (c, map) in chunks.iter().zip(&local_to_global) {
        for r in &c.recs {
            let s = if r.spelling == NO_SPEAKER {
                NO_SPEAKER
            } else {
                speaker_of[map[r.spelling as usize] as usize] as u32
            };
            let e = *event_ix.entry((r.date, s)).or_insert_with(|| {
                events_key.push((r.date, s));
                sizes.push(0);
                events_key.len() as u32 - 1
            });
            sizes[e as usize] += 1;
            event_of.push(e);
        }
    }
    drop(event_ix);
    // Timeline order: by day, then first appearance (a stable sort of first appearances).
    let mut order: Vec<u32> = (0..events_key.len() as u32).collect();
    order.sort_by_key(|&e| events_key[e as usize].0);
    let rank: Vec<u32> = {
        let mut rank = vec![0u32; order.len()];
        for (r, &e) in order.iter().enumerate() {
            rank[e as usize] = r as u32;
        }
        rank
    };
    // Quotes stay in file order, their texts, ids and addresses where each piece read them
    // (one segment of each column per piece); the events list them in timeline order.
    let mut speaker = Vec::with_capacity(n);
    let mut confidence = Vec::with_capacity(n);
    let mut bits = Vec::with_capacity(n);
    let (mut texts, mut ids, mut urls) = (Strs::new(), Strs::new(), Strs::new());
    let mut starts: Vec<u64> = Vec::with_capacity(if lines.is_some() { n } else { 0 });
    for (c, map) in chunks.iter_mut().zip(&local_to_global) {
        for r in &c.recs {
            let s = if r.spelling == NO_SPEAKER { NONE } else { speaker_of[map[r.spelling as usize] as usize] as u32 };
            speaker.push(s);
            confidence.push(r.confidence);
            let full = if r.kind == QuoteKind::Full { flags::FULL } else { 0 };
            bits.push(if s == NONE { full } else { full | flags::QUOTEBANK });
        }
        let ends = |end: fn(&Rec) -> u32| c.recs.iter().map(end).collect::<Vec<u32>>();
        let (t, i, u) = (ends(|r| r.text_end), ends(|r| r.id_end), ends(|r| r.urls_end));
        // (Each piece's strings end where its records say: on character boundaries.)
        if lines.is_some() {
            starts.extend_from_slice(&c.starts);
            c.starts = Vec::new();
        } else {
            texts.push_segment(std::mem::take(&mut c.texts), t).expect("a piece's texts end where its records say");
            ids.push_segment(std::mem::take(&mut c.ids), i).expect("a piece's ids end where its records say");
            urls.push_segment(std::mem::take(&mut c.urls), u).expect("a piece's addresses end where its records say");
        }
    }
    drop(chunks);
    let event: Vec<u32> = event_of.iter().map(|&e| rank[e as usize]).collect();
    // Each event's quotes, in file order.
    let mut lists: Vec<smallvec::SmallVec<[QuoteIx; 2]>> =
        order.iter().map(|&e| smallvec::SmallVec::with_capacity(sizes[e as usize] as usize)).collect();
    for (k, &e) in event.iter().enumerate() {
        lists[e as usize].push(k);
    }
    let quotes = Quotes::from_columns(Columns {
        ids,
        texts,
        urls,
        lines: lines.map(|reader| Lines { reader, start: starts.into() }),
        speaker: speaker.into(),
        event: event.into(),
        confidence: confidence.into(),
        flags: bits.into(),
    })
    .expect("one value per quote in every column");
    if let Some(form) = form.filter(|f| f.len() == quotes.len()) {
        quotes.attach(Arc::new(form.finish()));
    }
    drop(event_of);
    let events: Vec<Event> = order
        .iter()
        .zip(lists)
        .map(|(&e, quotes)| {
            let (date, s) = events_key[e as usize];
            let title = if s == NO_SPEAKER { UNATTRIBUTED } else { speakers[s as usize].name.as_str() };
            Event {
                date: Some(FuzzyDate::day(date)),
                kind: EventKind::Reported,
                title: title.into(),
                place: None,
                // The speaker is the title and every quote's speaker: not repeated as a
                // participant (half a million copies of names at a million quotes).
                participants: Vec::new(),
                articles: smallvec::smallvec![0],
                quotes,
            }
        })
        .collect();
    let stem = std::path::Path::new(path).file_name().map_or("quotebank".into(), |n| n.to_string_lossy().into_owned());
    let article = Article {
        id: stem.split('.').next().unwrap_or("quotebank").to_string(),
        path: path.to_string(),
        source: Some("Quotebank".into()),
        published: None,
        title: None,
        url: None,
        lang: None,
        text: Arc::from(""),
        body_start: 0,
        warnings: vec![],
        doubts: vec![],
    };
    (Corpus { name: path.to_string(), articles: vec![article], speakers, events, quotes }, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINES: &str = r#"{"quoteID": "2020-01-02-000001", "quotation": "We will never accept  this  pressure from anyone", "speaker": "Vladimir Putin", "qids": ["Q7747"], "date": "2020-01-02 10:00:00", "numOccurrences": 2, "probas": [["Vladimir Putin", "0.9"], ["None", "0.1"]], "urls": ["http://a.example/1", "http://b.example/2"], "phase": "E"}
{"quoteID": "2020-01-01-000002", "quotation": "a fine day", "speaker": "None", "qids": [], "date": "2020-01-01 08:00:00", "numOccurrences": 1, "probas": [["None", 0.7]], "urls": ["http://c.example/3"], "phase": "E"}
{"quoteID": "bad", "quotation": 
{"quoteID": "2020-01-02-000003", "quotation": "Second thing said the same day", "speaker": "Vladimir Putin", "qids": [], "date": "2020-01-02 12:00:00", "numOccurrences": 1, "probas": [], "urls": [], "phase": "E"}
"#;

    #[test]
    fn loads_groups_by_day_and_speaker_and_reports_bad_lines() {
        let (c, diags) = load("quotes.jsonl", LINES, &Gazetteer::builtin());
        assert_eq!(diags.len(), 1);
        assert!(diags[0].message.describe(crate::lang::Lang::En).starts_with("line 3:"), "{diags:?}");
        assert_eq!(c.quotes.len(), 3);
        assert_eq!(c.events.len(), 2);
        assert_eq!(c.events[0].date.unwrap().iso(), "2020-01-01");
        assert_eq!(c.events[0].title, "Citations non attribuées");
        assert_eq!(c.events[1].quotes.len(), 2);
        let q = c.quote(c.events[1].quotes[0]);
        assert_eq!(q.text(), "We will never accept this pressure from anyone");
        assert_eq!(c.speaker_name(q), Some("Vladimir Poutine"), "known names take their canonical form");
        assert!((q.confidence() - 0.9).abs() < 1e-6);
        assert_eq!(q.url_list().count(), 2);
        for (i, q) in c.quotes.iter().enumerate() {
            assert!(c.events[q.event()].quotes.contains(&i));
        }
    }

    /// `text` loaded from a reader that gives a few bytes at a time, in blocks of `block` bytes,
    /// skipping lines longer than `max_line`.
    fn trickled(text: &str, block: usize, max_line: usize) -> (Corpus, Vec<Diagnostic>, Option<String>) {
        load_blocks(
            "q.jsonl",
            Trickle(text.as_bytes()),
            &Gazetteer::builtin(),
            &Progress::default(),
            None,
            block,
            max_line,
        )
    }

    fn line(id: usize, speaker: &str, date: &str, text: &str) -> String {
        serde_json::json!({"quoteID": format!("q{id}"), "quotation": text, "speaker": speaker, "date": date, "probas": [], "urls": []}).to_string()
    }

    #[test]
    fn events_are_as_finish_events_orders_and_names_them() {
        // Several names per day, names sharing a slug ("Zhang Wei" / "Zhang Wéi"), days out of order.
        let names = ["Zhang Wei", "None", "Zhang Wéi", "Vladimir Putin", "Anna Petrova", "Vladimir Poutine"];
        let mut text = String::new();
        let mut r = crate::synth::Rng::new(3);
        for i in 0..400 {
            let date = format!("2021-0{}-1{} 00:00:00", 1 + r.below(3), r.below(4));
            text += &line(i, r.pick::<&str>(&names), &date, "Nous ne construisons aucune alliance militaire");
            text.push('\n');
        }
        let (c, d) = load("q.jsonl", &text, &Gazetteer::builtin());
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(c.quotes.len(), 400);
        assert!(c.event_ids().iter().any(|id| id.ends_with("zhang-wei-2")), "shared slugs are numbered");
        let mut again = c.clone();
        crate::corpus::build::assemble::finish_events(&mut again);
        let ids =
            |c: &Corpus| c.event_ids().into_iter().zip(c.events.iter().map(|e| e.quotes.clone())).collect::<Vec<_>>();
        assert_eq!(ids(&again), ids(&c));
        for (i, q) in c.quotes.iter().enumerate() {
            assert_eq!(again.quote(i).event(), q.event());
            assert!(c.events[q.event()].quotes.contains(&i));
        }
        // Putin and Poutine are one speaker (the gazetteer's canonical name).
        assert_eq!(c.speakers.iter().filter(|s| s.name == "Vladimir Poutine").count(), 1);
    }

    #[test]
    fn small_blocks_and_long_lines_read_like_one_text() {
        let mut text = String::new();
        for i in 0..50 {
            let words = "mot ".repeat(1 + i * 7);
            text += &line(i, "Anna Petrova", &format!("2020-01-{:02} 00:00:00", 1 + i % 28), &words);
            text += if i % 3 == 0 { "\r\n\n" } else { "\n" };
        }
        text += "{\"broken\n";
        text += &line(99, "None", "2020-02-01 00:00:00", "the last line has no line end");
        let (whole, dw) = load("q.jsonl", &text, &Gazetteer::builtin());
        // A reader that gives a few bytes at a time, and blocks shorter than most lines.
        let (parts, dp, e) = trickled(&text, 64, 1 << 20);
        assert!(e.is_none());
        assert_eq!(whole.quotes.len(), 51);
        assert_eq!(dw.len(), 1);
        assert!(dw[0].message.describe(crate::lang::Lang::En).starts_with("line 68:"), "{dw:?}");
        assert_eq!(format!("{dw:?}"), format!("{dp:?}"));
        assert_eq!(crate::export::json::to_string(&whole), crate::export::json::to_string(&parts));
    }

    #[test]
    fn lines_too_long_are_skipped_and_numbered_with_the_lines_after_them() {
        let mut text = line(1, "Anna Petrova", "2020-01-01 00:00:00", "avant la ligne trop longue") + "\n";
        text += &format!("{{\"quotation\": \"{}\"}}\n", "x".repeat(5000));
        text += &(line(2, "Anna Petrova", "2020-01-02 00:00:00", "après la ligne trop longue") + "\n");
        text += "{\"broken\n";
        text += &(line(3, "Anna Petrova", "2020-01-03 00:00:00", "encore une citation ici") + "\n");
        text += &"y".repeat(3000);
        let (c, d, e) = trickled(&text, 64, 1000);
        assert!(e.is_none());
        assert_eq!(c.quotes.len(), 3);
        let said: Vec<String> = d.iter().map(|d| d.message.describe(crate::lang::Lang::En)).collect();
        assert_eq!(said.len(), 3, "{said:?}");
        assert!(said[0].starts_with("line 2:") && said[0].contains("longer than"), "{said:?}");
        assert!(said[1].starts_with("line 4:"), "{said:?}");
        assert!(said[2].starts_with("line 6:") && said[2].contains("longer than"), "{said:?}");
    }

    #[test]
    fn one_wikidata_id_is_one_speaker_whatever_the_spelling() {
        let spelled = [
            ("BERNIE SANDERS", "[\"Q359442\"]"),
            ("Bernie Sanders", "[\"Q359442\"]"),
            ("Sen. Bernie Sanders", "[\"Q359442\"]"),
            ("Bernie Sanders", "[\"Q359442\"]"),
            ("bernie sanders", "[\"Q359442\"]"),
            ("Bernard Sanders", "[\"Q359442\"]"),
            ("President Putin", "[\"Q7747\"]"),
            ("Anna Sanders", "[\"Q1\", \"Q2\"]"),
        ];
        let text: String = spelled
            .iter()
            .enumerate()
            .map(|(i, (name, qids))| {
                format!("{{\"quoteID\": \"q{i}\", \"quotation\": \"We will fight for working families {i}\", \"speaker\": \"{name}\", \"qids\": {qids}, \"date\": \"2020-01-0{} 00:00:00\"}}\n", 1 + i % 3)
            })
            .collect();
        let (c, d) = load("q.jsonl", &text, &Gazetteer::builtin());
        assert!(d.is_empty(), "{d:?}");
        let names: Vec<&str> = c.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Bernie Sanders", "Vladimir Poutine", "Anna Sanders"]);
        assert!(c.events.iter().all(|e| e.title != "BERNIE SANDERS"));
        let engine = crate::search::engine(Arc::new(c.clone()));
        let (hits, _) = engine.search("@sanders", None);
        let who: std::collections::BTreeSet<_> = hits.iter().filter_map(|&q| c.speaker_name(c.quote(q))).collect();
        assert_eq!(who.into_iter().collect::<Vec<_>>(), ["Anna Sanders", "Bernie Sanders"]);
        let (bernard, _) = engine.search("@bernard", None);
        assert_eq!(bernard.len(), 6, "every spelling finds the one person");
    }

    #[test]
    fn a_line_too_long_to_be_a_quote_is_skipped_by_number() {
        let mut text = String::new();
        for i in 0..40 {
            let words = if i == 7 || i == 39 { "mot ".repeat(5000) } else { "mot juste ".to_string() };
            text += &line(i, "Anna Petrova", "2020-01-02 00:00:00", &words);
            text.push('\n');
        }
        let (c, d, e) = trickled(&text, 512, 4096);
        assert!(e.is_none());
        assert_eq!(c.quotes.len(), 38);
        let msgs: Vec<String> = d.iter().map(|d| d.message.describe(crate::lang::Lang::En)).collect();
        assert_eq!(
            msgs,
            ["line 8: longer than 4096 B, not a quote; skipped", "line 40: longer than 4096 B, not a quote; skipped"]
        );
    }

    /// A reader that gives a few bytes at a time.
    struct Trickle<'a>(&'a [u8]);
    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = out.len().min(self.0.len()).min(7);
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn folded_text_is_recognized() {
        for t in [
            "a b",
            "é à",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a\u{a0}b",
            "a\u{202f}b",
            "\u{3000}",
            "a\u{85}",
            "x\u{2019}y",
            "\u{e9}\u{2028}",
            "",
        ] {
            assert_eq!(line::is_folded(t), fold_whitespace(t) == t, "{t:?}");
        }
    }

    #[test]
    fn a_line_that_is_not_utf8_is_reported_and_the_rest_loads() {
        let mut bytes = line(1, "None", "2020-01-01 00:00:00", "caf\u{e9} noir").into_bytes();
        bytes.push(b'\n');
        let mut bad = line(2, "None", "2020-01-01 00:00:00", "caf\u{e9} latin").into_bytes();
        let e = bad.windows(2).position(|w| w == "\u{e9}".as_bytes()).unwrap();
        bad.splice(e..e + 2, [0xe9]);
        bytes.extend(bad);
        let (c, d, _) = load_from("q.jsonl", &bytes[..], &Gazetteer::builtin(), &Progress::default());
        assert_eq!(c.quotes.len(), 1);
        assert!(d[0].message.describe(crate::lang::Lang::En).starts_with("line 2: not UTF-8"), "{d:?}");
    }
}
