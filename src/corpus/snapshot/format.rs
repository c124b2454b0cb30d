//! The snapshot file itself: a corpus of quotes laid out to be used where it lies. The file is
//! mapped into memory and its columns (the quote texts, their folded copy for the search
//! index, ids, addresses, speakers, events...) are read in place: reopening costs the checks,
//! not a copy. Everything is checked before use: the checksum and UTF-8 of the whole file in
//! one pass over the cores, every length and index; a damaged file is an error, never a panic
//! nor a wrong corpus.
//!
//! Layout (little-endian): the magic line, the format version (u32), the length of a JSON
//! header (u64) and the header (the source and its key, counts, the speakers, the article, the
//! diagnostics); then the sections, each at a multiple of 8 bytes from the start (zero bytes
//! between); then the table of the sections (offset and length of each, u64); then a CRC-32
//! of everything before it. Quotes are stored in timeline order (each event's quotes in a row),
//! so the search index's folded copy is used as it is stored.

use super::Key;
use crate::corpus::build::quotebank::FileLines;
use crate::corpus::{Diagnostic, Problem};
use crate::model::column::{Column, Region};
use crate::model::quotes::{Lines, NONE};
use crate::model::strs::Strs;
use crate::model::*;
use crate::search::SearchForm;
use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::{self, Write};
use std::ops::Range;
use std::sync::Arc;

const MAGIC: &[u8] = b"chronique snapshot\n";
/// Bump when the layout or the meaning of what is stored changes.
const VERSION: u32 = 7;

/// The sections, in file order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(usize)]
enum S {
    /// Quote texts, end to end, and where each ends (u32, or u64 when they pass 4 GiB); empty
    /// when they are read back from the source (see `LineStarts`).
    Texts,
    TextEnds,
    /// The search index's folded texts and where each starts (u64, one more than quotes).
    Folded,
    FoldedStarts,
    Ids,
    IdEnds,
    Urls,
    UrlEnds,
    /// Per quote: speaker (u32 or none), event (u32), confidence (f32), flags (u8).
    Speaker,
    Event,
    Confidence,
    Flags,
    /// Per event: day (days from the common era, u32 or none), title and its end, number of
    /// quotes (u32).
    Dates,
    Titles,
    TitleEnds,
    Counts,
    /// Per quote: where its line starts in the source (u64), when ids, texts and addresses are
    /// read back from it (a plain file; then `Texts`, `Ids`, `Urls` and their ends are empty),
    /// else empty.
    LineStarts,
}
const SECTIONS: usize = 17;
/// The sections holding text (checked to be UTF-8 when the file is read).
const TEXT: [S; 4] = [S::Texts, S::Ids, S::Urls, S::Titles];

#[derive(Serialize, Deserialize)]
struct Header {
    key: Key,
    chronique: String,
    name: String,
    article: ArticleOut,
    speakers: Vec<SpeakerOut>,
    diagnostics: Vec<(String, Problem, bool)>,
    quotes: usize,
    events: usize,
}

#[derive(Serialize, Deserialize)]
struct ArticleOut {
    id: String,
    path: String,
    source: Option<String>,
    title: Option<String>,
    url: Option<String>,
    lang: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct SpeakerOut {
    name: String,
    aliases: Vec<String>,
    kind: SpeakerKind,
    roles: Vec<Role>,
    known: bool,
}

/// Whether the corpus is what a file of quotes gives: one source without text, quotes
/// without offsets or links, day events without places or participants.
pub fn fits(c: &Corpus) -> bool {
    let [a] = c.articles.as_slice() else { return false };
    c.events.iter().map(|e| e.quotes.len()).sum::<usize>() == c.quotes.len()
        && a.text.is_empty()
        && a.published.is_none()
        && a.warnings.is_empty()
        && a.body_start == 0
        && c.quotes.columns().is_some()
        && c.quotes.iter().all(|q| q.event() < c.events.len() && q.speaker().is_none_or(|s| s < c.speakers.len()))
        && c.events.iter().enumerate().all(|(ei, e)| {
            e.kind == EventKind::Reported
                && e.place.is_none()
                && e.participants.is_empty()
                && e.articles.as_slice() == [0]
                && e.date.is_none_or(|d| d.precision == Precision::Day)
                && e.quotes.iter().all(|&q| c.quote(q).event() == ei)
        })
}

/// What a snapshot holds, taken from a corpus in a few milliseconds (the quotes' columns are
/// shared, not copied) so it can be written while the corpus is in use.
pub struct Prepared {
    header: Header,
    quotes: Quotes,
    /// The quotes in timeline order.
    order: Vec<u32>,
    dates: Vec<u32>,
    titles: Strs,
    counts: Vec<u32>,
}

/// Take what the snapshot of `c` (with the diagnostics of its load) needs.
pub fn prepare(key: &Key, c: &Corpus, diags: &[Diagnostic]) -> Prepared {
    let a = &c.articles[0];
    let e = &c.events;
    Prepared {
        header: Header {
            key: key.clone(),
            chronique: env!("CARGO_PKG_VERSION").into(),
            name: c.name.clone(),
            article: ArticleOut {
                id: a.id.clone(),
                path: a.path.clone(),
                source: a.source.clone(),
                title: a.title.clone(),
                url: a.url.clone(),
                lang: a.lang.clone(),
            },
            speakers: c
                .speakers
                .iter()
                .map(|s| SpeakerOut {
                    name: s.name.clone(),
                    aliases: s.aliases.clone(),
                    kind: s.kind,
                    roles: s.roles.clone(),
                    known: s.known,
                })
                .collect(),
            diagnostics: diags.iter().map(|d| (d.path.clone(), d.message.clone(), d.fatal)).collect(),
            quotes: c.quotes.len(),
            events: e.len(),
        },
        quotes: c.quotes.clone(),
        order: e.iter().flat_map(|e| e.quotes.iter().map(|&q| q as u32)).collect(),
        dates: e.iter().map(|e| e.date.map_or(NONE, |d| d.start.num_days_from_ce() as u32)).collect(),
        titles: e.iter().map(|e| e.title.as_str()).collect(),
        counts: e.iter().map(|e| e.quotes.len() as u32).collect(),
    }
}

/// A checksummed writer that knows where it is.
struct Out<'w, W: Write> {
    w: &'w mut W,
    crc: crc32fast::Hasher,
    at: u64,
    table: Vec<(u64, u64)>,
}

impl<W: Write> Out<'_, W> {
    fn bytes(&mut self, b: &[u8]) -> io::Result<()> {
        self.crc.update(b);
        self.at += b.len() as u64;
        self.w.write_all(b)
    }

    /// Zero bytes up to the next multiple of 8.
    fn align(&mut self) -> io::Result<()> {
        let pad = (8 - self.at % 8) % 8;
        self.bytes(&[0; 8][..pad as usize])
    }

    /// Write section `s` with `f`, recording where it lies.
    fn section(&mut self, s: S, f: impl FnOnce(&mut Self) -> io::Result<()>) -> io::Result<()> {
        debug_assert_eq!(self.table.len(), s as usize, "sections in order");
        self.align()?;
        let start = self.at;
        f(self)?;
        self.table.push((start, self.at - start));
        Ok(())
    }

    /// Numbers, a buffer at a time.
    fn numbers<T: Copy, const N: usize>(
        &mut self,
        it: impl Iterator<Item = T>,
        le: impl Fn(T) -> [u8; N],
    ) -> io::Result<()> {
        let mut buf = Vec::with_capacity(1 << 16);
        for x in it {
            buf.extend_from_slice(&le(x));
            if buf.len() >= 1 << 16 {
                self.bytes(&buf)?;
                buf.clear();
            }
        }
        self.bytes(&buf)
    }

    /// Strings end to end (section `s`) and where each ends (the next section).
    fn strings(&mut self, s: S, it: impl Iterator<Item = impl AsRef<str>>) -> io::Result<()> {
        let mut ends = Vec::new();
        self.section(s, |o| {
            let mut at = 0u64;
            for x in it {
                let x = x.as_ref();
                o.bytes(x.as_bytes())?;
                at += x.len() as u64;
                ends.push(at);
            }
            Ok(())
        })?;
        let next = match s {
            S::Texts => S::TextEnds,
            S::Ids => S::IdEnds,
            S::Urls => S::UrlEnds,
            _ => S::TitleEnds,
        };
        self.ends(next, &ends)
    }

    fn ends(&mut self, s: S, ends: &[u64]) -> io::Result<()> {
        let wide = ends.last().is_some_and(|&e| e > u32::MAX as u64);
        self.section(s, |o| {
            if wide {
                o.numbers(ends.iter().copied(), u64::to_le_bytes)
            } else {
                o.numbers(ends.iter().map(|&e| e as u32), u32::to_le_bytes)
            }
        })
    }
}

pub fn encode(w: &mut impl Write, p: &Prepared) -> io::Result<()> {
    let mut o = Out { w, crc: crc32fast::Hasher::new(), at: 0, table: Vec::with_capacity(SECTIONS) };
    o.bytes(MAGIC)?;
    o.bytes(&VERSION.to_le_bytes())?;
    let header = serde_json::to_vec(&p.header).map_err(io::Error::other)?;
    o.bytes(&(header.len() as u64).to_le_bytes())?;
    o.bytes(&header)?;
    let q = |i: &u32| p.quotes.at(*i as usize);
    // Quotes that keep where their lines start (a plain file) keep only that here too: their
    // ids, texts and addresses are read back from the source, which the key says is unchanged.
    let lazy = p.quotes.reads_lines_back();
    let kept = if lazy { &p.order[..0] } else { &p.order[..] };
    o.strings(S::Texts, kept.iter().map(|i| q(i).text()))?;
    // The search index's folded copy of the texts: the one the quotes carry, in timeline
    // order, else made here, off the browser's path, one text at a time.
    let mut starts = vec![0u64];
    let carried = p.quotes.attached().and_then(|f| f.clone().downcast::<SearchForm>().ok());
    let carried = carried.filter(|f| f.len() == p.quotes.len());
    if lazy && carried.is_none() {
        return Err(io::Error::other("the quotes' folded texts are missing"));
    }
    o.section(S::Folded, |o| {
        let mut written = Ok(());
        let mut put = |f: &[u8]| {
            starts.push(starts[starts.len() - 1] + f.len() as u64);
            if written.is_ok() {
                written = o.bytes(f);
            }
        };
        match &carried {
            Some(form) => p.order.iter().for_each(|&i| put(form.get(i as usize).unwrap_or_default())),
            None => SearchForm::each_folded(p.order.iter().map(|i| q(i).text()), put),
        }
        written
    })?;
    o.section(S::FoldedStarts, |o| o.numbers(starts.iter().copied(), u64::to_le_bytes))?;
    o.strings(S::Ids, kept.iter().map(|i| q(i).id()))?;
    o.strings(S::Urls, kept.iter().map(|i| q(i).urls()))?;
    let c = p.quotes.columns().ok_or_else(|| io::Error::other("not a corpus of quotes"))?;
    let col = |v: &[u32]| p.order.iter().map(|&i| v[i as usize]).collect::<Vec<u32>>();
    o.section(S::Speaker, |o| o.numbers(col(c.speaker).into_iter(), u32::to_le_bytes))?;
    o.section(S::Event, |o| o.numbers(col(c.event).into_iter(), u32::to_le_bytes))?;
    o.section(S::Confidence, |o| o.numbers(p.order.iter().map(|&i| c.confidence[i as usize]), f32::to_le_bytes))?;
    o.section(S::Flags, |o| o.numbers(p.order.iter().map(|&i| c.flags[i as usize]), u8::to_le_bytes))?;
    o.section(S::Dates, |o| o.numbers(p.dates.iter().copied(), u32::to_le_bytes))?;
    o.strings(S::Titles, p.titles.iter())?;
    o.section(S::Counts, |o| o.numbers(p.counts.iter().copied(), u32::to_le_bytes))?;
    let starts = if lazy { p.order.as_slice() } else { &[] };
    o.section(S::LineStarts, |o| o.numbers(starts.iter().map(|i| q(i).line_start().unwrap_or(0)), u64::to_le_bytes))?;
    let table = std::mem::take(&mut o.table);
    o.numbers(table.iter().flat_map(|&(a, b)| [a, b]), u64::to_le_bytes)?;
    let crc = o.crc.clone().finalize();
    o.w.write_all(&crc.to_le_bytes())
}

pub type Damaged = String;

/// A mapped snapshot file.
struct Mapped(memmap2::Mmap);

impl Region for Mapped {
    fn bytes(&self) -> &[u8] {
        &self.0
    }
}

/// Bytes checked by one worker at a time when a snapshot is opened.
const WINDOW: usize = 16 << 20;

/// The corpus in the snapshot `file`, if it is a snapshot for `key`. `Ok(None)`: a snapshot of
/// another format version, source state, gazetteer or build (stale, not an error).
///
/// The file is mapped, not read: a snapshot is only ever replaced whole (renamed over), so
/// the mapped file does not change while in use.
pub fn open(file: &std::fs::File, key: &Key) -> Result<Option<(Corpus, Vec<Diagnostic>)>, Damaged> {
    // SAFETY: mapping a file is unsafe because the file might change while mapped; snapshots
    // are written to a temporary file and renamed into place, never changed in place.
    let map = unsafe { memmap2::Mmap::map(file) }.map_err(|e| format!("cannot be read ({e})"))?;
    let b: &[u8] = &map;
    if b.len() < MAGIC.len() || &b[..MAGIC.len()] != MAGIC {
        return Err("is not a chronique snapshot".into());
    }
    let word = |at: usize| -> Result<u64, Damaged> {
        let w = b.get(at..at + 8).ok_or("is damaged (cut short)")?;
        Ok(u64::from_le_bytes(w.try_into().expect("8 bytes")))
    };
    let v = b.get(MAGIC.len()..MAGIC.len() + 4).ok_or("is damaged (cut short)")?;
    if v != VERSION.to_le_bytes() {
        return Ok(None);
    }
    let h0 = MAGIC.len() + 12;
    let h_len = word(MAGIC.len() + 4)? as usize;
    let header = b.get(h0..h0.saturating_add(h_len)).ok_or("is damaged (cut short)")?;
    let header: Header = serde_json::from_slice(header).map_err(|e| format!("is damaged (header: {e})"))?;
    if header.key != *key || header.chronique != env!("CARGO_PKG_VERSION") {
        return Ok(None);
    }
    let table_at =
        b.len().checked_sub(4 + SECTIONS * 16).filter(|&t| t >= h0 + h_len).ok_or("is damaged (cut short)")?;
    let mut sections = Vec::with_capacity(SECTIONS);
    let mut end = h0 + h_len;
    for s in 0..SECTIONS {
        let (at, len) = (word(table_at + 16 * s)? as usize, word(table_at + 16 * s + 8)? as usize);
        if at < end || at % 8 != 0 || at.checked_add(len).is_none_or(|e| e > table_at) {
            return Err("is damaged (a section out of place)".into());
        }
        end = at + len;
        sections.push(at..end);
    }
    check(&map, &sections)?;
    let region: Arc<dyn Region> = Arc::new(Mapped(map));
    decode(header, &region, &sections).map(Some)
}

/// The checksum of the whole file and the UTF-8 of its text sections, a window at a time over
/// the cores; each window's pages are let go once checked (they stay in the page cache: the
/// corpus maps them again as it reads them).
fn check(map: &memmap2::Mmap, sections: &[Range<usize>]) -> Result<(), Damaged> {
    let b: &[u8] = map;
    let body = b.len() - 4;
    let windows: Vec<Range<usize>> =
        (0..body.div_ceil(WINDOW)).map(|w| w * WINDOW..body.min((w + 1) * WINDOW)).collect();
    let texts: Vec<&Range<usize>> = TEXT.iter().map(|&s| &sections[s as usize]).collect();
    let checked: Vec<(crc32fast::Hasher, bool)> = windows
        .par_iter()
        .map(|w| {
            let mut crc = crc32fast::Hasher::new();
            crc.update(&b[w.clone()]);
            let utf8 = texts.iter().all(|t| {
                let (a, z) = (t.start.max(w.start), t.end.min(w.end));
                a >= z || simdutf8::basic::from_utf8(&b[char_start(b, t, a)..char_start(b, t, z)]).is_ok()
            });
            // SAFETY: the mapping is read-only: letting its pages go only drops them from this
            // process, to be read again from the page cache (or the file) when touched.
            #[cfg(unix)]
            let _ = unsafe { map.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, w.start, w.len()) };
            (crc, utf8)
        })
        .collect();
    let mut crc = crc32fast::Hasher::new();
    for (c, utf8) in checked {
        if !utf8 {
            return Err("is damaged (text not UTF-8)".into());
        }
        crc.combine(&c);
    }
    if crc.finalize().to_le_bytes() != b[body..] {
        return Err("is damaged (checksum mismatch)".into());
    }
    Ok(())
}

/// The first character start at or after `at` in section `t` of `b` (its ends count as
/// starts), so windows of a section cut it between characters.
fn char_start(b: &[u8], t: &Range<usize>, at: usize) -> usize {
    let mut i = at;
    while i > t.start && i < t.end && i < at + 4 && (b[i] as i8) < -0x40 {
        i += 1;
    }
    i
}

/// The corpus the checked sections of `region` hold.
fn decode(
    header: Header,
    region: &Arc<dyn Region>,
    sec: &[Range<usize>],
) -> Result<(Corpus, Vec<Diagnostic>), Damaged> {
    let (n, m) = (header.quotes, header.events);
    let at = |s: S| sec[s as usize].clone();
    let bad = |what: &str| -> Damaged { format!("is damaged ({what})") };
    // Ends of `n` strings: 4 bytes each, or 8 when wide.
    let strings = |s: S, ends: S, n: usize| -> Result<Strs, Damaged> {
        let wide = match at(ends).len() {
            l if l == n * 4 => false,
            l if l == n * 8 => true,
            _ => return Err(bad("columns do not add up")),
        };
        // SAFETY: `check` found every text section UTF-8.
        unsafe { Strs::shared_utf8(region, at(s), at(ends), wide) }.ok_or_else(|| bad("a column out of place"))
    };
    let column = |s: S, len: usize| -> Result<Column<u32>, Damaged> {
        Column::shared(region, at(s)).filter(|c| c.len() == len).ok_or_else(|| bad("columns do not add up"))
    };
    // Ids, texts and addresses, or where each quote's line starts in the source, to read them
    // back.
    let lines = match at(S::LineStarts).len() {
        0 => None,
        l if l == n * 8 && n > 0 => {
            let start: Column<u64> = Column::shared(region, at(S::LineStarts)).ok_or_else(|| bad("line starts"))?;
            let k = &header.key;
            let reader = FileLines::of(k.source.as_ref(), &header.name, k.size, Some(k.modified_ns));
            Some(Lines { reader: Arc::new(reader), start })
        }
        _ => return Err(bad("columns do not add up")),
    };
    let kept = if lines.is_some() { 0 } else { n };
    let texts = strings(S::Texts, S::TextEnds, kept)?;
    let (ids, urls) = (strings(S::Ids, S::IdEnds, kept)?, strings(S::Urls, S::UrlEnds, kept)?);
    let titles = strings(S::Titles, S::TitleEnds, m)?;
    let speaker = column(S::Speaker, n)?;
    let event = column(S::Event, n)?;
    let dates = column(S::Dates, m)?;
    let counts = column(S::Counts, m)?;
    let confidence: Column<f32> = Column::shared(region, at(S::Confidence))
        .filter(|c| c.len() == n)
        .ok_or_else(|| bad("columns do not add up"))?;
    let flags: Column<u8> =
        Column::shared(region, at(S::Flags)).filter(|c| c.len() == n).ok_or_else(|| bad("columns do not add up"))?;
    let folded: Column<u8> = Column::shared(region, at(S::Folded)).ok_or_else(|| bad("search form"))?;
    let starts: Column<usize> = Column::shared(region, at(S::FoldedStarts))
        .filter(|c| c.len() == n + 1 && cfg!(target_pointer_width = "64"))
        .ok_or_else(|| bad("search form"))?;
    let form = SearchForm::from_parts(folded, starts).ok_or_else(|| bad("search form"))?;
    let speakers: Vec<Speaker> = header
        .speakers
        .into_iter()
        .map(|s| Speaker { name: s.name, aliases: s.aliases, kind: s.kind, roles: s.roles, known: s.known })
        .collect();
    // Quotes are stored event after event: the event column says so, the counts add up.
    let mut first = Vec::with_capacity(m);
    let mut k = 0usize;
    for &c in counts.iter() {
        first.push(k);
        k += c as usize;
    }
    if k != n {
        return Err(bad("columns do not add up"));
    }
    let sound =
        (0..m).into_par_iter().all(|e| event[first[e]..first[e] + counts[e] as usize].iter().all(|&x| x as usize == e))
            && speaker.par_iter().all(|&s| s == NONE || (s as usize) < speakers.len());
    if !sound {
        return Err(bad("a quote points nowhere"));
    }
    let day = |d: u32| NaiveDate::from_num_days_from_ce_opt(d as i32).map(FuzzyDate::day);
    if !dates.par_iter().all(|&d| d == NONE || day(d).is_some()) {
        return Err(bad("a date"));
    }
    let mut events = Vec::with_capacity(m);
    (0..m)
        .into_par_iter()
        .map(|e| Event {
            date: day(dates[e]),
            kind: EventKind::Reported,
            title: titles.get(e).into(),
            place: None,
            participants: vec![],
            articles: smallvec::smallvec![0],
            quotes: (first[e]..first[e] + counts[e] as usize).collect(),
        })
        .collect_into_vec(&mut events);
    let quotes = Quotes::from_columns(Columns { ids, texts, urls, lines, speaker, event, confidence, flags })
        .map_err(|_| bad("columns do not add up"))?;
    quotes.attach(Arc::new(form));
    let a = header.article;
    let article = Article {
        id: a.id,
        path: a.path,
        source: a.source,
        published: None,
        title: a.title,
        url: a.url,
        lang: a.lang,
        text: Arc::from(""),
        body_start: 0,
        warnings: vec![],
        doubts: vec![],
    };
    let diags =
        header.diagnostics.into_iter().map(|(path, message, fatal)| Diagnostic { path, message, fatal }).collect();
    Ok((Corpus { name: header.name, articles: vec![article], speakers, events, quotes }, diags))
}
