//! The search index, built once per corpus: every quote's normalized text in ONE contiguous
//! buffer in timeline order (so a scan is a single memmem pass and results come out in
//! order), plus small per-quote tables (speaker, event) for lookups.

use super::normalize::{normalize, normalize_bytes};
use super::speakers::SpeakerNames;
use crate::model::{Corpus, QuoteIx};
use std::ops::Deref;
use std::sync::Arc;

/// Marks "no speaker" in `speaker_of` and "not in timeline" in `pos_of`.
pub(crate) const NONE: u32 = u32::MAX;
/// Between two quotes in `buf`. Never in a normalized term, so no match spans two quotes, and
/// it counts as a word boundary.
pub(crate) const SEP: u8 = b'\n';
/// Quotes one thread folds before its slice is appended to the index.
const ROUND_SLICE: usize = 16 * 1024;

/// The folded texts of a corpus in timeline order, each followed by `SEP`, and where each
/// starts (one more offset than texts: the end). Built with the index, or read ready-made
/// from a snapshot (attached to the corpus's quotes).
pub struct SearchForm {
    buf: Vec<u8>,
    off: Vec<usize>,
}

impl SearchForm {
    /// Each text's folded form followed by `SEP`, one at a time (a snapshot writes them out
    /// without holding them all).
    pub fn each_folded<'a>(texts: impl Iterator<Item = &'a str>, mut f: impl FnMut(&[u8])) {
        let mut one = Vec::new();
        for t in texts {
            one.clear();
            normalize_bytes(t, &mut one);
            one.push(SEP);
            f(&one);
        }
    }

    /// The folded texts and their starts, for storing.
    pub fn parts(&self) -> (&[u8], &[usize]) {
        (&self.buf, &self.off)
    }

    /// A stored form, if it is one: offsets from 0 to the end, each text ended by `SEP`.
    pub fn from_parts(buf: Vec<u8>, off: Vec<usize>) -> Option<SearchForm> {
        let sound = off.first() == Some(&0)
            && off.last() == Some(&buf.len())
            && off.windows(2).all(|w| w[0] < w[1] && buf[w[1] - 1] == SEP);
        sound.then_some(SearchForm { buf, off })
    }

    pub fn len(&self) -> usize {
        self.off.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The form a snapshot attached to the quotes, when it stands for this corpus as it is:
    /// quotes unchanged since (a change drops it) and in timeline order.
    fn attached(corpus: &Corpus, order: &[QuoteIx]) -> Option<Arc<SearchForm>> {
        let form = corpus.quotes.attached()?.clone().downcast::<SearchForm>().ok()?;
        let fits = form.len() == corpus.quotes.len()
            && order.len() == corpus.quotes.len()
            && order.iter().enumerate().all(|(p, &q)| p == q);
        fits.then_some(form)
    }
}

/// The folded texts of the index (shared with a snapshot's form when there is one).
pub(crate) struct Bytes(Arc<SearchForm>);

impl Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0.buf
    }
}

/// Where each folded text starts.
pub(crate) struct Offsets(Arc<SearchForm>);

impl Deref for Offsets {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        &self.0.off
    }
}

pub(crate) struct Index {
    /// Normalized texts in timeline order, each followed by `SEP`.
    pub buf: Bytes,
    /// `off[p]..off[p + 1] - 1` is the text at timeline position `p`; `off.len() == len + 1`.
    pub off: Offsets,
    /// Timeline position -> quote.
    pub order: Vec<QuoteIx>,
    /// Quote -> timeline position (`NONE` for a quote no event lists).
    pub pos_of: Vec<u32>,
    /// Timeline position -> speaker index or `NONE`.
    pub speaker_of: Vec<u32>,
    /// Timeline position -> event index.
    pub event_of: Vec<u32>,
    pub speakers: Vec<SpeakerNames>,
    /// Every event's normalized title and place, each followed by `SEP`, in one buffer (half a
    /// million small strings would cost more in headers than in text).
    pub events: String,
    /// `event_off[e]` is where event `e` starts in `events`.
    pub event_off: Vec<usize>,
}

impl Index {
    pub fn build(corpus: &Corpus, threads: usize) -> Index {
        let order: Vec<QuoteIx> =
            corpus.events.iter().flat_map(|e| e.quotes.iter().copied()).filter(|&q| q < corpus.quotes.len()).collect();
        let mut pos_of = vec![NONE; corpus.quotes.len()];
        let mut event_of = Vec::with_capacity(order.len());
        for (ei, e) in corpus.events.iter().enumerate() {
            let n = e.quotes.iter().filter(|&&q| q < corpus.quotes.len()).count();
            event_of.extend(std::iter::repeat_n(ei as u32, n));
        }
        let form = match SearchForm::attached(corpus, &order) {
            Some(form) => form,
            None => Arc::new(fold_in_order(corpus, &order, threads)),
        };
        let mut speaker_of = Vec::with_capacity(order.len());
        for (p, &q) in order.iter().enumerate() {
            pos_of[q] = p as u32;
            let quote = corpus.quote(q);
            speaker_of.push(quote.speaker().filter(|&s| s < corpus.speakers.len()).map_or(NONE, |s| s as u32));
        }
        let mut events = String::new();
        let mut event_off = Vec::with_capacity(corpus.events.len());
        for e in &corpus.events {
            event_off.push(events.len());
            events.push_str(&normalize(&e.title));
            events.push(SEP as char);
            if let Some(place) = &e.place {
                events.push_str(&normalize(place));
                events.push(SEP as char);
            }
        }
        events.shrink_to_fit();
        Index {
            buf: Bytes(form.clone()),
            off: Offsets(form),
            order,
            pos_of,
            speaker_of,
            event_of,
            speakers: corpus.speakers.iter().map(SpeakerNames::new).collect(),
            events,
            event_off,
        }
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// For each event, whether `needle` starts a word of its title or place.
    pub fn events_matching(&self, needle: &str) -> Vec<bool> {
        let mut hit = vec![false; self.event_off.len()];
        for h in super::normalize::word_start_hits(&self.events, needle) {
            let e = self.event_off.partition_point(|&o| o <= h).saturating_sub(1);
            if let Some(x) = hit.get_mut(e) {
                *x = true;
            }
        }
        hit
    }

    /// Whether a match of a needle at absolute byte `h` of `buf` starts a word.
    #[inline]
    pub fn word_start(&self, h: usize) -> bool {
        h == 0 || matches!(self.buf[h - 1], b' ' | SEP)
    }
}

/// The search form of the quotes `order` lists, folded over `threads` cores.
fn fold_in_order(corpus: &Corpus, order: &[QuoteIx], threads: usize) -> SearchForm {
    // Folding is the costly part of building: split it over the cores in contiguous slices
    // of the timeline, a round of slices at a time appended in order, so the slices never
    // hold a second copy of the whole text (a million quotes: a quarter of a gigabyte).
    let estimate = order.iter().map(|&q| corpus.quote(q).text().len() + 1).sum();
    let mut text: Vec<u8> = crate::text::pages::buffer(estimate);
    let mut off = Vec::with_capacity(order.len() + 1);
    let slice = order.len().div_ceil(threads.max(1)).clamp(1, ROUND_SLICE);
    for round in order.chunks(slice * threads.max(1)) {
        let parts: Vec<(Vec<u8>, Vec<usize>)> = if round.len() <= slice {
            vec![normalize_quotes(corpus, round)]
        } else {
            std::thread::scope(|s| {
                let workers: Vec<_> =
                    round.chunks(slice).map(|qs| s.spawn(move || normalize_quotes(corpus, qs))).collect();
                workers.into_iter().map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
            })
        };
        for (t, o) in parts {
            let base = text.len();
            off.extend(o.into_iter().map(|x| base + x));
            text.extend_from_slice(&t);
        }
    }
    text.shrink_to_fit();
    off.push(text.len());
    SearchForm { buf: text, off }
}

/// The normalized texts of quotes `qs`, each followed by `SEP`, and where each starts.
fn normalize_quotes(corpus: &Corpus, qs: &[QuoteIx]) -> (Vec<u8>, Vec<usize>) {
    // Timeline order jumps around the quotes (a file of quotes is read in file order): take
    // every text's place first, in a loop whose reads do not wait on each other, then fold
    // them with the next texts fetched ahead, so the folding rarely waits for memory.
    let texts: Vec<&str> = qs.iter().map(|&q| corpus.quote(q).text()).collect();
    let mut text = Vec::with_capacity(texts.iter().map(|t| t.len() + 1).sum());
    let mut off = Vec::with_capacity(qs.len());
    for (i, t) in texts.iter().enumerate() {
        if let Some(next) = texts.get(i + AHEAD) {
            prefetch(next.as_bytes());
        }
        off.push(text.len());
        normalize_bytes(t, &mut text);
        text.push(SEP);
    }
    (text, off)
}

/// Texts fetched ahead of the one being folded.
const AHEAD: usize = 6;

/// Ask the processor to bring the first bytes of `b` into cache (a hint: it never faults).
#[inline]
fn prefetch(b: &[u8]) {
    #[cfg(target_arch = "x86_64")]
    for line in b.chunks(64).take(4) {
        // SAFETY: a prefetch only hints the cache; it never reads memory observably nor faults,
        // and the address is a live slice anyway.
        unsafe { std::arch::x86_64::_mm_prefetch(line.as_ptr().cast(), std::arch::x86_64::_MM_HINT_T0) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = b;
}
