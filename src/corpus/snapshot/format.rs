//! The snapshot file itself: encoding a corpus of quotes, and decoding it with every length,
//! index and checksum checked (a damaged file is an error, never a panic nor a wrong corpus).

use super::Key;
use crate::corpus::{Diagnostic, Problem};
use crate::model::*;
use crate::search::SearchForm;
use crate::text::shared::MAX_BUFFER;
use crate::text::{Buffer, SharedStr};
use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::Arc;

const MAGIC: &[u8] = b"chronique snapshot\n";
/// Bump when the layout or the meaning of what is stored changes.
const VERSION: u32 = 4;
/// The one cue label quotes of a file of quotes carry.
pub const QUOTEBANK_CUE: &str = "Quotebank attribution";
const NONE: u32 = u32::MAX;

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
        && c.quotes.iter().all(|q| {
            q.article() == 0
                && q.span() == (0..0)
                && q.same_as().is_empty()
                && q.continues().is_none()
                && !q.unclosed()
                && q.cue().is_none_or(|c| c == QUOTEBANK_CUE)
                && q.event() < c.events.len()
        })
        && c.events.iter().all(|e| {
            e.kind == EventKind::Reported
                && e.place.is_none()
                && e.participants.is_empty()
                && e.articles.as_slice() == [0]
                && e.date.is_none_or(|d| d.precision == Precision::Day)
        })
}

/// What a snapshot holds, taken from a corpus in a few milliseconds (the quote texts are
/// shared, not copied) so it can be written while the corpus is in use.
pub struct Prepared {
    header: Header,
    texts: Vec<SharedStr>,
    ids: (String, Vec<u64>),
    urls: (String, Vec<u64>),
    speaker: Vec<u32>,
    confidence: Vec<u32>,
    flags: Vec<u8>,
    dates: Vec<u32>,
    titles: (String, Vec<u64>),
    counts: Vec<u32>,
}

fn blob<'s>(v: impl Iterator<Item = &'s str>) -> (String, Vec<u64>) {
    let mut blob = String::new();
    let ends = v
        .map(|s| {
            blob.push_str(s);
            blob.len() as u64
        })
        .collect();
    (blob, ends)
}

/// Take what the snapshot of `c` (with the diagnostics of its load) needs. Quotes are stored
/// in timeline order (each event's quotes in a row), so the search index's folded copy, stored
/// too, is read back as it is.
pub fn prepare(key: &Key, c: &Corpus, diags: &[Diagnostic]) -> Prepared {
    let a = &c.articles[0];
    let q: Vec<QuoteRef> = c.events.iter().flat_map(|e| e.quotes.iter().map(|&i| c.quote(i))).collect();
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
            quotes: q.len(),
            events: e.len(),
        },
        texts: q.iter().map(|q| q.text().into()).collect(),
        ids: blob(q.iter().map(|q| q.id())),
        urls: blob(q.iter().map(|q| q.urls())),
        speaker: q.iter().map(|q| q.speaker().map_or(NONE, |s| s as u32)).collect(),
        confidence: q.iter().map(|q| q.confidence().to_bits()).collect(),
        flags: q.iter().map(|q| (q.kind() == QuoteKind::Full) as u8 | ((q.cue().is_some() as u8) << 1)).collect(),
        dates: e.iter().map(|e| e.date.map_or(NONE, |d| d.start.num_days_from_ce() as u32)).collect(),
        titles: blob(e.iter().map(|e| e.title.as_str())),
        counts: e.iter().map(|e| e.quotes.len() as u32).collect(),
    }
}

/// A checksummed writer.
struct Out<'w, W: Write> {
    w: &'w mut W,
    crc: crc32fast::Hasher,
}

impl<W: Write> Out<'_, W> {
    fn bytes(&mut self, b: &[u8]) -> io::Result<()> {
        self.crc.update(b);
        self.w.write_all(b)
    }
    fn len(&mut self, n: usize) -> io::Result<()> {
        self.bytes(&(n as u64).to_le_bytes())
    }
    /// A column: its length, then its bytes.
    fn column(&mut self, b: &[u8]) -> io::Result<()> {
        self.len(b.len())?;
        self.bytes(b)
    }
    fn u64s(&mut self, v: &[u64]) -> io::Result<()> {
        self.len(v.len() * 8)?;
        for x in v {
            self.bytes(&x.to_le_bytes())?;
        }
        Ok(())
    }
    fn u32s(&mut self, v: &[u32]) -> io::Result<()> {
        self.len(v.len() * 4)?;
        for x in v {
            self.bytes(&x.to_le_bytes())?;
        }
        Ok(())
    }
    fn strings(&mut self, (blob, ends): &(String, Vec<u64>)) -> io::Result<()> {
        self.column(blob.as_bytes())?;
        self.u64s(ends)
    }
}

pub fn encode(w: &mut impl Write, p: &Prepared) -> io::Result<()> {
    let mut o = Out { w, crc: crc32fast::Hasher::new() };
    o.bytes(MAGIC)?;
    o.bytes(&VERSION.to_le_bytes())?;
    o.column(&serde_json::to_vec(&p.header).map_err(io::Error::other)?)?;
    o.len(p.texts.iter().map(|t| t.len()).sum())?;
    let mut ends = Vec::with_capacity(p.texts.len());
    let mut at = 0u64;
    for t in &p.texts {
        o.bytes(t.as_bytes())?;
        at += t.len() as u64;
        ends.push(at);
    }
    // The search index's folded copy of the texts, made here, off the browser's path, one
    // text at a time: folded once for the column's length and the starts, once to write.
    let texts = || p.texts.iter().map(|t| t.as_str());
    let mut starts = vec![0u64];
    SearchForm::each_folded(texts(), |f| starts.push(starts[starts.len() - 1] + f.len() as u64));
    o.len(starts[starts.len() - 1] as usize)?;
    let mut written = Ok(());
    SearchForm::each_folded(texts(), |f| {
        if written.is_ok() {
            written = o.bytes(f);
        }
    });
    written?;
    o.u64s(&ends)?;
    o.u64s(&starts)?;
    o.strings(&p.ids)?;
    o.strings(&p.urls)?;
    o.u32s(&p.speaker)?;
    o.u32s(&p.confidence)?;
    o.column(&p.flags)?;
    o.u32s(&p.dates)?;
    o.strings(&p.titles)?;
    o.u32s(&p.counts)?;
    let crc = o.crc.finalize();
    o.w.write_all(&crc.to_le_bytes())
}

/// A reader over the snapshot's bytes; every read is checked.
struct In<'b> {
    b: &'b [u8],
    at: usize,
}

type Damaged = String;

impl<'b> In<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], Damaged> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.b.len()).ok_or("is damaged (cut short)")?;
        let s = &self.b[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn column(&mut self) -> Result<&'b [u8], Damaged> {
        let n = u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes"));
        self.take(usize::try_from(n).map_err(|_| "is damaged (a column too long)")?)
    }
    fn u64s(&mut self, count: usize) -> Result<Vec<u64>, Damaged> {
        let c = self.column()?;
        if c.len() != count * 8 {
            return Err("is damaged (a column of the wrong length)".into());
        }
        Ok(c.chunks_exact(8).map(|x| u64::from_le_bytes(x.try_into().expect("8 bytes"))).collect())
    }
    fn u32s(&mut self, count: usize) -> Result<Vec<u32>, Damaged> {
        let c = self.column()?;
        if c.len() != count * 4 {
            return Err("is damaged (a column of the wrong length)".into());
        }
        Ok(c.chunks_exact(4).map(|x| u32::from_le_bytes(x.try_into().expect("4 bytes"))).collect())
    }
    /// A blob of strings and their ends: the blob checked as UTF-8, each end on a boundary.
    fn strings(&mut self, count: usize) -> Result<(&'b str, Vec<u64>), Damaged> {
        let blob = simdutf8::basic::from_utf8(self.column()?).map_err(|_| "is damaged (text not UTF-8)")?;
        let ends = self.u64s(count)?;
        let mut prev = 0;
        for &e in &ends {
            if e < prev || e as usize > blob.len() || !blob.is_char_boundary(e as usize) {
                return Err("is damaged (a text out of place)".into());
            }
            prev = e;
        }
        Ok((blob, ends))
    }
}

fn range(ends: &[u64], i: usize) -> std::ops::Range<usize> {
    (if i == 0 { 0 } else { ends[i - 1] as usize })..ends[i] as usize
}

/// A snapshot file read whole and checked against its checksum, in parts (so the quote texts
/// and their folded copy are read straight into the buffers they stay in).
pub struct Parts {
    header: Vec<u8>,
    texts: Vec<u8>,
    folded: Vec<u8>,
    rest: Vec<u8>,
}

/// Read the snapshot in `input` (`len` bytes long). `Ok(None)`: a snapshot of another format
/// version (stale, not an error).
pub fn read(input: &mut impl io::Read, len: u64) -> Result<Option<Parts>, Damaged> {
    let mut crc = crc32fast::Hasher::new();
    let mut left = len;
    let mut take = |n: u64, crc: &mut crc32fast::Hasher| -> Result<Vec<u8>, Damaged> {
        if n > left {
            return Err("is damaged (cut short)".into());
        }
        left -= n;
        let mut v = crate::text::pages::buffer(n as usize);
        let got = io::Read::read_to_end(&mut io::Read::take(&mut *input, n), &mut v)
            .map_err(|e| format!("cannot be read ({e})"))?;
        if got as u64 != n {
            return Err("is damaged (cut short)".into());
        }
        crc.update(&v);
        Ok(v)
    };
    let word = |v: Vec<u8>| u64::from_le_bytes(v.try_into().expect("8 bytes"));
    if len < MAGIC.len() as u64 || take(MAGIC.len() as u64, &mut crc)? != MAGIC {
        return Err("is not a chronique snapshot".into());
    }
    if take(4, &mut crc)? != VERSION.to_le_bytes() {
        return Ok(None);
    }
    let n = word(take(8, &mut crc)?);
    let header = take(n, &mut crc)?;
    let n = word(take(8, &mut crc)?);
    let texts = take(n, &mut crc)?;
    let n = word(take(8, &mut crc)?);
    let folded = take(n, &mut crc)?;
    let read = (MAGIC.len() + 4 + 8 + header.len() + 8 + texts.len() + 8 + folded.len()) as u64;
    let n = len.checked_sub(read + 4).ok_or("is damaged (cut short)")?;
    let rest = take(n, &mut crc)?;
    let stored = take(4, &mut crc32fast::Hasher::new())?;
    if crc.finalize().to_le_bytes() != stored.as_slice() {
        return Err("is damaged (checksum mismatch)".into());
    }
    Ok(Some(Parts { header, texts, folded, rest }))
}

/// The corpus in `parts`, if they are a snapshot for `key`. `Ok(None)`: a snapshot of another
/// source state, gazetteer or build (stale, not an error).
pub fn decode(parts: Parts, key: &Key) -> Result<Option<(Corpus, Vec<Diagnostic>)>, Damaged> {
    let header: Header = serde_json::from_slice(&parts.header).map_err(|e| format!("is damaged (header: {e})"))?;
    if header.key != *key || header.chronique != env!("CARGO_PKG_VERSION") {
        return Ok(None);
    }
    let (n, m) = (header.quotes, header.events);
    simdutf8::basic::from_utf8(&parts.texts).map_err(|_| "is damaged (text not UTF-8)")?;
    // SAFETY: the bytes were just checked to be UTF-8.
    let texts = unsafe { String::from_utf8_unchecked(parts.texts) };
    let mut r = In { b: &parts.rest, at: 0 };
    let text_ends = r.u64s(n)?;
    let mut prev = 0;
    for &e in &text_ends {
        if e < prev || e as usize > texts.len() || !texts.is_char_boundary(e as usize) {
            return Err("is damaged (a text out of place)".into());
        }
        prev = e;
    }
    let starts = r.u64s(n + 1)?.into_iter().map(|x| x as usize).collect();
    let form = SearchForm::from_parts(parts.folded, starts).ok_or("is damaged (search form)")?;
    let (ids, id_ends) = r.strings(n)?;
    let (urls, url_ends) = r.strings(n)?;
    let speaker = r.u32s(n)?;
    let confidence = r.u32s(n)?;
    let flags = r.column()?;
    let dates = r.u32s(m)?;
    let (titles, title_ends) = r.strings(m)?;
    let counts = r.u32s(m)?;
    if flags.len() != n || r.at != r.b.len() || counts.iter().map(|&c| c as usize).sum::<usize>() != n {
        return Err("is damaged (columns do not add up)".into());
    }
    // Quotes are stored event after event.
    let event: Vec<u32> =
        counts.iter().enumerate().flat_map(|(e, &c)| std::iter::repeat_n(e as u32, c as usize)).collect();
    let speakers: Vec<Speaker> = header
        .speakers
        .into_iter()
        .map(|s| Speaker { name: s.name, aliases: s.aliases, kind: s.kind, roles: s.roles, known: s.known })
        .collect();
    if speaker.iter().any(|&s| s != NONE && s as usize >= speakers.len()) {
        return Err("is damaged (a quote points nowhere)".into());
    }
    let arenas = text_arenas(texts, &text_ends);
    let mut quotes: Vec<Quote> = Vec::with_capacity(n);
    crate::text::pages::advise(quotes.as_ptr(), quotes.capacity());
    (0..n)
        .into_par_iter()
        .map(|i| {
            let t = range(&text_ends, i);
            let (arena, base) = &arenas[arenas.partition_point(|(_, b)| *b <= t.start) - 1];
            let speaker = (speaker[i] != NONE).then_some(speaker[i] as usize);
            Quote {
                id: ids[range(&id_ends, i)].into(),
                text: SharedStr::slice(arena, t.start - base..t.end - base).unwrap_or_default(),
                speaker,
                kind: if flags[i] & 1 == 1 { QuoteKind::Full } else { QuoteKind::Fragment },
                article: 0,
                span: 0..0,
                attribution: Attribution {
                    cue: (flags[i] & 2 == 2).then_some(Cow::Borrowed(QUOTEBANK_CUE)),
                    confidence: f32::from_bits(confidence[i]),
                },
                same_as: vec![],
                continues: None,
                unclosed: false,
                event: event[i] as usize,
                urls: urls[range(&url_ends, i)].into(),
            }
        })
        .collect_into_vec(&mut quotes);
    let mut at = 0;
    let mut events = Vec::with_capacity(m);
    for i in 0..m {
        let date = match dates[i] {
            NONE => None,
            d => Some(FuzzyDate::day(NaiveDate::from_num_days_from_ce_opt(d as i32).ok_or("is damaged (a date)")?)),
        };
        let count = counts[i] as usize;
        events.push(Event {
            date,
            kind: EventKind::Reported,
            title: titles[range(&title_ends, i)].into(),
            place: None,
            participants: vec![],
            articles: smallvec::smallvec![0],
            quotes: (at..at + count).collect(),
        });
        at += count;
    }
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
    let quotes: Quotes = quotes.into();
    quotes.attach(Arc::new(form));
    Ok(Some((Corpus { name: header.name, articles: vec![article], speakers, events, quotes }, diags)))
}

/// The quote texts as shared buffers no larger than a [`SharedStr`] can address, each with
/// the offset in `texts` where it starts (one buffer, not copied, below 4 GiB).
fn text_arenas(texts: String, ends: &[u64]) -> Vec<(Arc<Buffer>, usize)> {
    if texts.len() <= MAX_BUFFER {
        return vec![(Buffer::new(texts), 0)];
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while start < texts.len() {
        let mut end = start;
        while i < ends.len() && ends[i] as usize - start <= MAX_BUFFER / 2 {
            end = ends[i] as usize;
            i += 1;
        }
        if end == start {
            end = texts.len();
        }
        out.push((Buffer::new(texts[start..end].to_string()), start));
        start = end;
    }
    out
}
