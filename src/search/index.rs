//! The search index, built once per corpus: every quote's normalized text in ONE contiguous
//! buffer in timeline order (so a scan is a single memmem pass and results come out in
//! order), plus small per-quote tables (speaker, event) for lookups.

use super::normalize::{normalize, normalize_bytes};
use super::speakers::SpeakerNames;
use crate::model::{Corpus, QuoteIx};

/// Marks "no speaker" in `speaker_of` and "not in timeline" in `pos_of`.
pub(crate) const NONE: u32 = u32::MAX;
/// Between two quotes in `buf`. Never in a normalized term, so no match spans two quotes, and
/// it counts as a word boundary.
pub(crate) const SEP: u8 = b'\n';
/// Quotes one thread folds before its slice is appended to the index.
const ROUND_SLICE: usize = 16 * 1024;

pub(crate) struct Index {
    /// Normalized texts in timeline order, each followed by `SEP`.
    pub buf: Vec<u8>,
    /// `off[p]..off[p + 1] - 1` is the text at timeline position `p`; `off.len() == len + 1`.
    pub off: Vec<usize>,
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
        // Folding is the costly part of building: split it over the cores in contiguous slices
        // of the timeline, a round of slices at a time appended in order, so the slices never
        // hold a second copy of the whole text (a million quotes: a quarter of a gigabyte).
        let estimate = order.iter().map(|&q| corpus.quotes[q].text.len() + 1).sum();
        let mut text: Vec<u8> = Vec::with_capacity(estimate);
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
        let mut speaker_of = Vec::with_capacity(order.len());
        for (p, &q) in order.iter().enumerate() {
            pos_of[q] = p as u32;
            let quote = &corpus.quotes[q];
            speaker_of.push(quote.speaker.filter(|&s| s < corpus.speakers.len()).map_or(NONE, |s| s as u32));
        }
        off.push(text.len());
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
            buf: text,
            off,
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

/// The normalized texts of quotes `qs`, each followed by `SEP`, and where each starts.
fn normalize_quotes(corpus: &Corpus, qs: &[QuoteIx]) -> (Vec<u8>, Vec<usize>) {
    // Timeline order jumps around the quotes (a file of quotes is read in file order): take
    // every text's place first, in a loop whose reads do not wait on each other, then fold
    // them with the next texts fetched ahead, so the folding rarely waits for memory.
    let texts: Vec<&str> = qs.iter().map(|&q| &*corpus.quotes[q].text).collect();
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
