//! The search index, built once per corpus: every quote's normalized text in ONE contiguous
//! buffer in the quotes' order (so a scan is a single memmem pass), plus small per-quote
//! tables (speaker, event) for lookups and the timeline order to put results in.
//!
//! Quote order, not timeline order: a file of quotes folds its texts as it parses them, in
//! file order, and keeps no other copy (see `model::quotes`); putting them in timeline order
//! would take a second copy of the whole text while it is made.

use super::normalize::{normalize, normalize_bytes};
use super::speakers::SpeakerNames;
use crate::model::column::Column;
use crate::model::{Corpus, QuoteIx};
use crate::text::hash::FastMap;
use std::ops::Deref;
use std::sync::Arc;

/// Marks "no speaker" in `speaker_of` and "not in timeline" in `pos_of`.
pub(crate) const NONE: u32 = u32::MAX;
/// Between two quotes in `buf`. Never in a normalized term, so no match spans two quotes, and
/// it counts as a word boundary.
pub(crate) const SEP: u8 = b'\n';
/// Quotes one thread folds before its slice is appended to the index.
const ROUND_SLICE: usize = 16 * 1024;

/// The folded texts of a corpus in the quotes' order, each followed by `SEP`, and where each
/// starts (one more offset than texts: the end). Built with the index, or made while a file of
/// quotes is parsed or read in place from a snapshot (then attached to the corpus's quotes).
pub struct SearchForm {
    buf: Column<u8>,
    off: Column<usize>,
}

impl SearchForm {
    /// Each text's folded form followed by `SEP`, one at a time (a snapshot writes them out
    /// without holding them all).
    pub fn each_folded(texts: impl Iterator<Item = impl AsRef<str>>, mut f: impl FnMut(&[u8])) {
        let mut one = Vec::new();
        for t in texts {
            one.clear();
            normalize_bytes(t.as_ref(), &mut one);
            one.push(SEP);
            f(&one);
        }
    }

    /// The folded texts and their starts, for storing.
    pub fn parts(&self) -> (&[u8], &[usize]) {
        (&self.buf, &self.off)
    }

    /// A stored form, if it is one: offsets from 0 to the end, in order. (Whether each text
    /// ends with `SEP` is left to the store's checksum: checking it would read every page.)
    pub fn from_parts(buf: Column<u8>, off: Column<usize>) -> Option<SearchForm> {
        let sound = off.first() == Some(&0) && off.last() == Some(&buf.len()) && off.windows(2).all(|w| w[0] < w[1]);
        sound.then_some(SearchForm { buf, off })
    }

    pub fn len(&self) -> usize {
        self.off.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The folded text of quote `i`, with its `SEP`.
    pub fn get(&self, i: usize) -> Option<&[u8]> {
        Some(&self.buf[*self.off.get(i)?..*self.off.get(i + 1)?])
    }

    /// The form attached to the quotes, when it stands for this corpus as it is: quotes
    /// unchanged since (a change drops it).
    pub fn attached(corpus: &Corpus) -> Option<Arc<SearchForm>> {
        let form = corpus.quotes.attached()?.clone().downcast::<SearchForm>().ok()?;
        (form.len() == corpus.quotes.len()).then_some(form)
    }

    /// The form of texts given one by one, in order (a file of quotes folds them as it
    /// parses them).
    pub fn builder() -> FormBuilder {
        FormBuilder { buf: Vec::new(), off: vec![0] }
    }
}

/// Makes a [`SearchForm`] piece by piece (see [`SearchForm::builder`]).
#[derive(Clone)]
pub struct FormBuilder {
    buf: Vec<u8>,
    /// Starts with 0, as a form's offsets do.
    off: Vec<usize>,
}

impl Default for FormBuilder {
    fn default() -> FormBuilder {
        SearchForm::builder()
    }
}

impl FormBuilder {
    /// Fold `text` onto the end of `buf` followed by `SEP` (a piece's folded texts, to append
    /// later with [`FormBuilder::append`]); returns the end.
    pub fn fold_into(text: &str, buf: &mut Vec<u8>) -> usize {
        normalize_bytes(text, buf);
        buf.push(SEP);
        buf.len()
    }

    /// Room for about `bytes` more (only reserved: pages not written are not resident).
    pub fn reserve(&mut self, bytes: usize, texts: usize) {
        self.buf.reserve(bytes);
        self.off.reserve(texts);
    }

    /// Append a piece's folded texts (as [`FormBuilder::fold_into`] made them), ending at `ends`.
    pub fn append(&mut self, piece: &[u8], ends: impl Iterator<Item = usize>) {
        let base = self.buf.len();
        self.buf.extend_from_slice(piece);
        self.off.extend(ends.map(|e| base + e));
    }

    pub fn len(&self) -> usize {
        self.off.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn finish(mut self) -> SearchForm {
        self.buf.shrink_to_fit();
        self.off.shrink_to_fit();
        SearchForm { buf: self.buf.into(), off: self.off.into() }
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

/// Which quote is at each timeline position.
pub(crate) enum Order {
    /// Quote `p` at position `p`, for all `n` quotes (a corpus reopened from its snapshot).
    Identity(usize),
    /// Position -> quote, and quote -> position (`NONE` for a quote no event lists).
    Map { order: Vec<u32>, pos_of: Vec<u32> },
}

impl Order {
    fn of(corpus: &Corpus) -> Order {
        let n = corpus.quotes.len();
        let mut next = 0;
        let identity = corpus.events.iter().all(|e| {
            e.quotes.iter().all(|&q| {
                next += 1;
                q == next - 1
            })
        }) && next == n;
        if identity {
            return Order::Identity(n);
        }
        // (u32 like the other per-quote tables: half the memory of an index.)
        let order: Vec<u32> =
            corpus.events.iter().flat_map(|e| e.quotes.iter().copied()).filter(|&q| q < n).map(|q| q as u32).collect();
        let mut pos_of = vec![NONE; n];
        for (p, &q) in order.iter().enumerate() {
            pos_of[q as usize] = p as u32;
        }
        Order::Map { order, pos_of }
    }
}

pub(crate) struct Index {
    /// Normalized texts in the quotes' order, each followed by `SEP`.
    pub buf: Bytes,
    /// `off[q]..off[q + 1] - 1` is the text of quote `q`; `off.len() == len + 1`.
    pub off: Offsets,
    order: Order,
    /// Quote -> speaker index or `NONE` (shared with the quotes' column when it is sound).
    pub speaker_of: Column<u32>,
    /// Quote -> the event that lists it, or `NONE` (likewise).
    pub event_of: Column<u32>,
    pub speakers: Vec<SpeakerNames>,
    /// Every distinct normalized title and place of the events, each followed by `SEP`, in
    /// one buffer (a file of quotes gives half a million events and a few hundred titles).
    titles: String,
    /// `title_off[t]` is where title `t` starts in `titles`.
    title_off: Vec<usize>,
    /// The title (and place) of each event, as a number of `titles`' entries.
    title_of: Vec<u32>,
}

impl Index {
    pub fn build(corpus: &Corpus, threads: usize) -> Index {
        let order = Order::of(corpus);
        let form = match SearchForm::attached(corpus) {
            Some(form) => form,
            None => Arc::new(fold_in_order(corpus, &Order::Identity(corpus.quotes.len()), threads)),
        };
        let n_speakers = corpus.speakers.len();
        // (A quote no event lists never matches, whatever its event column says: its
        // timeline position is `NONE`.)
        let c = corpus.quotes.columns();
        let shared = c.filter(|c| {
            c.speaker.iter().all(|&s| s == NONE || (s as usize) < n_speakers)
                && corpus
                    .events
                    .iter()
                    .enumerate()
                    .all(|(ei, e)| e.quotes.iter().all(|&q| c.event.get(q).is_some_and(|&x| x as usize == ei)))
        });
        let (speaker_of, event_of) = match shared {
            Some(_) => (corpus.quotes.speaker_column().clone(), corpus.quotes.event_column().clone()),
            None => tables(corpus),
        };
        let (titles, title_off, title_of) = event_titles(corpus);
        Index {
            buf: Bytes(form.clone()),
            off: Offsets(form),
            order,
            speaker_of,
            event_of,
            speakers: corpus.speakers.iter().map(SpeakerNames::new).collect(),
            titles,
            title_off,
            title_of,
        }
    }

    /// The number of quotes.
    pub fn len(&self) -> usize {
        self.off.len() - 1
    }

    /// The number of timeline positions (quotes some event lists).
    pub fn positions(&self) -> usize {
        match &self.order {
            Order::Identity(n) => *n,
            Order::Map { order, .. } => order.len(),
        }
    }

    /// Whether quote `q` is at timeline position `q`, for all.
    pub fn in_quote_order(&self) -> bool {
        matches!(self.order, Order::Identity(_))
    }

    /// `qs` (quotes, in the quotes' order) in timeline order, without those no event lists.
    pub fn in_timeline(&self, qs: Vec<QuoteIx>) -> Vec<QuoteIx> {
        match &self.order {
            Order::Identity(n) => qs.into_iter().filter(|q| q < n).collect(),
            Order::Map { order, pos_of } => {
                // A bit per position, not a sort: a linear pass whatever the number of matches.
                let mut bits = vec![0u64; order.len().div_ceil(64)];
                for &q in &qs {
                    if let Some(&p) = pos_of.get(q).filter(|&&p| p != NONE) {
                        bits[p as usize / 64] |= 1 << (p % 64);
                    }
                }
                let mut out = Vec::with_capacity(qs.len());
                for (w, &b) in bits.iter().enumerate() {
                    let mut b = b;
                    while b != 0 {
                        out.push(order[w * 64 + b.trailing_zeros() as usize] as QuoteIx);
                        b &= b - 1;
                    }
                }
                out
            }
        }
    }

    /// The quote at timeline position `p`.
    #[inline]
    pub fn quote_at(&self, p: usize) -> QuoteIx {
        match &self.order {
            Order::Identity(_) => p,
            Order::Map { order, .. } => order[p] as QuoteIx,
        }
    }

    /// The quotes at timeline positions `r`.
    pub fn quotes_at(&self, r: std::ops::Range<usize>) -> Vec<QuoteIx> {
        match &self.order {
            Order::Identity(_) => r.collect(),
            Order::Map { order, .. } => order[r].iter().map(|&q| q as QuoteIx).collect(),
        }
    }

    /// The timeline position of quote `q` (`NONE` for none).
    #[inline]
    pub fn pos_of(&self, q: QuoteIx) -> u32 {
        match &self.order {
            Order::Identity(n) => {
                if q < *n {
                    q as u32
                } else {
                    NONE
                }
            }
            Order::Map { pos_of, .. } => pos_of.get(q).copied().unwrap_or(NONE),
        }
    }

    /// For each event, whether `needle` starts a word of its title or place.
    pub fn events_matching(&self, needle: &str) -> Vec<bool> {
        let mut hit = vec![false; self.title_off.len()];
        for h in super::normalize::word_start_hits(&self.titles, needle) {
            let t = self.title_off.partition_point(|&o| o <= h).saturating_sub(1);
            if let Some(x) = hit.get_mut(t) {
                *x = true;
            }
        }
        self.title_of.iter().map(|&t| hit[t as usize]).collect()
    }

    /// Whether a match of a needle at absolute byte `h` of `buf` starts a word.
    #[inline]
    pub fn word_start(&self, h: usize) -> bool {
        h == 0 || matches!(self.buf[h - 1], b' ' | SEP)
    }
}

/// Each quote's speaker, and the event that lists it.
fn tables(corpus: &Corpus) -> (Column<u32>, Column<u32>) {
    let speakers = corpus.speakers.len();
    let speaker_of =
        corpus.quotes.iter().map(|q| q.speaker().filter(|&s| s < speakers).map_or(NONE, |s| s as u32)).collect();
    let mut event_of = vec![NONE; corpus.quotes.len()];
    for (ei, e) in corpus.events.iter().enumerate() {
        for &q in &e.quotes {
            if let Some(x) = event_of.get_mut(q) {
                *x = ei as u32;
            }
        }
    }
    (speaker_of, event_of.into())
}

/// The events' normalized titles and places, each distinct one once; where each starts; and
/// each event's.
fn event_titles(corpus: &Corpus) -> (String, Vec<usize>, Vec<u32>) {
    let mut titles = String::new();
    let mut title_off = Vec::new();
    let mut seen: FastMap<(&str, Option<&str>), u32> = FastMap::default();
    let title_of = corpus
        .events
        .iter()
        .map(|e| {
            *seen.entry((e.title.as_str(), e.place.as_deref())).or_insert_with(|| {
                title_off.push(titles.len());
                titles.push_str(&normalize(&e.title));
                titles.push(SEP as char);
                if let Some(place) = &e.place {
                    titles.push_str(&normalize(place));
                    titles.push(SEP as char);
                }
                title_off.len() as u32 - 1
            })
        })
        .collect();
    titles.shrink_to_fit();
    (titles, title_off, title_of)
}

/// The search form of the quotes in timeline `order`, folded over `threads` cores.
fn fold_in_order(corpus: &Corpus, order: &Order, threads: usize) -> SearchForm {
    let identity: Vec<u32>;
    let order: &[u32] = match order {
        Order::Identity(n) => {
            identity = (0..*n as u32).collect();
            &identity
        }
        Order::Map { order, .. } => order,
    };
    // Folding is the costly part of building: split it over the cores in contiguous slices
    // of the timeline, a round of slices at a time appended in order, so the slices never
    // hold a second copy of the whole text (a million quotes: a quarter of a gigabyte).
    // (The stored length of all texts when there is one: summing them in timeline order would
    // fetch every text's place from memory an extra time.)
    let estimate = match corpus.quotes.columns() {
        Some(c) => c.texts.total_bytes() + order.len(),
        None => order.iter().map(|&q| corpus.quote(q as QuoteIx).text().len() + 1).sum(),
    };
    // Not on huge pages: measured on a fresh load, the kernel zeroing them took more system
    // time (1.4 s against 0.8 s at a million quotes) than the ordinary page faults.
    let mut text: Vec<u8> = Vec::with_capacity(estimate);
    let mut off = Vec::with_capacity(order.len() + 1);
    let slice = order.len().div_ceil(threads.max(1)).clamp(1, ROUND_SLICE);
    // Each thread's slice buffers serve every round: fresh ones would be fresh pages for the
    // kernel to fault in and zero, round after round.
    let mut parts: Vec<(Vec<u8>, Vec<usize>)> = (0..threads.max(1)).map(|_| Default::default()).collect();
    for round in order.chunks(slice * threads.max(1)) {
        let used = round.len().div_ceil(slice);
        if used == 1 {
            normalize_quotes(corpus, round, &mut parts[0]);
        } else {
            std::thread::scope(|s| {
                let workers: Vec<_> = round
                    .chunks(slice)
                    .zip(parts.iter_mut())
                    .map(|(qs, part)| s.spawn(move || normalize_quotes(corpus, qs, part)))
                    .collect();
                for w in workers {
                    w.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
                }
            });
        }
        let parts = &parts[..used];
        let total: usize = parts.iter().map(|(t, _)| t.len()).sum();
        let mut base = text.len();
        for (t, o) in parts {
            off.extend(o.iter().map(|x| base + x));
            base += t.len();
        }
        // The slices are copied into place on every thread: the buffer's fresh pages are
        // faulted in and zeroed by the kernel as they are written, which on one thread kept
        // the others idle for a tenth of the load.
        text.reserve(total);
        let mut rest = &mut text.spare_capacity_mut()[..total];
        let mut places = Vec::with_capacity(used);
        for (t, _) in parts {
            let (place, after) = rest.split_at_mut(t.len());
            places.push(place);
            rest = after;
        }
        std::thread::scope(|s| {
            for (place, (t, _)) in places.into_iter().zip(parts) {
                s.spawn(move || {
                    for (d, &b) in place.iter_mut().zip(t) {
                        d.write(b);
                    }
                });
            }
        });
        // SAFETY: the `total` bytes after the length were all written just above: the places
        // are consecutive, as long as their parts, and together exactly `total` long.
        unsafe { text.set_len(text.len() + total) };
    }
    text.shrink_to_fit();
    off.push(text.len());
    SearchForm { buf: text.into(), off: off.into() }
}

/// The normalized texts of quotes `qs`, each followed by `SEP`, and where each starts, in
/// place of what `out` held.
fn normalize_quotes(corpus: &Corpus, qs: &[u32], out: &mut (Vec<u8>, Vec<usize>)) {
    // Timeline order jumps around the quotes (a file of quotes is read in file order): take
    // every text's place first, in a loop whose reads do not wait on each other, then fold
    // them with the next texts fetched ahead, so the folding rarely waits for memory.
    let texts: Vec<std::borrow::Cow<str>> = qs.iter().map(|&q| corpus.quote(q as QuoteIx).text()).collect();
    let (text, off) = out;
    text.clear();
    off.clear();
    text.reserve(texts.iter().map(|t| t.len() + 1).sum());
    off.reserve(qs.len());
    for (i, t) in texts.iter().enumerate() {
        if let Some(next) = texts.get(i + AHEAD) {
            prefetch(next.as_bytes());
        }
        off.push(text.len());
        normalize_bytes(t.as_ref(), text);
        text.push(SEP);
    }
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
