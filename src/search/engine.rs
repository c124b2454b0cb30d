//! Running a query over the index: per-query tables for speakers and events, a memmem pass
//! over the folded buffer for words, bitsets to AND the terms, and chunks spread over the
//! cores with results kept in timeline order.

use super::index::{Index, NONE};
use super::normalize::{normalize_with_map, word_start_hits};
use super::query::{parse, Field, Term};
use super::speakers::{name_words, NameMatcher};
use super::{Highlight, SearchEngine};
use crate::model::{Corpus, EventIx, QuoteIx};
use memchr::memmem::Finder;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// Below this many quotes (or candidates) one thread does the work: starting threads would cost
/// more than it saves.
const PAR_MIN: usize = 32 * 1024;
/// The first window of a limited search; each next window is twice as large, so a common term
/// fills the first screen after reading a few hundred kilobytes and a rare one still ends in
/// a few parallel passes.
const FIRST_WINDOW: usize = 4 * 1024;
/// Bytes of text read to tell which word of a query costs least to run first (a few tens of
/// microseconds a word).
const SAMPLE: usize = 1 << 20;
/// Bytes of that sample timed to tell how fast a word's finder runs over this text.
const TIMED: usize = 1 << 18;
/// What a hit of the first word costs later, in nanoseconds: the next words test its quote
/// (measured: 50–80 ns of one core per candidate of `froide` tested for `guerre`).
const HIT_NS: u128 = 40;
/// Quotes scanned as one block: about a megabyte of text, which stays in the cache while every
/// term of a query is tested on it.
const SCAN_BLOCK: usize = 4096;
/// Scattered quotes are read one by one up to a window of a 64th of all quotes; past that,
/// in one pass over all (see `run_scattered`): a quote read alone costs a few cache misses,
/// so a rare word's first screen stays within about twice its complete match.
const SCATTERED_MAX: usize = 64;

/// The quotes a scan looks at within its range.
#[derive(Clone, Copy)]
enum Only<'a> {
    All,
    /// These (sorted, inside the range).
    Sorted(&'a [u32]),
    /// Those whose bit is set (a bit per quote of the corpus).
    Bits(&'a [u64]),
}

/// The search engine over one corpus. See the `search` module docs for the query syntax.
pub struct Engine {
    corpus: Arc<Corpus>,
    ix: Index,
    /// Every word of every speaker's names (the whole-word rule of `speakers`).
    name_words: HashSet<String>,
    /// Each event's participants as speaker numbers, in one list (`event_people_off[e]..[e+1]`):
    /// a term naming people finds their events without hashing every participant's name.
    event_people: Vec<u32>,
    event_people_off: Vec<usize>,
    threads: usize,
}

/// One term ready to run: its needle and its per-speaker / per-event answers.
struct Compiled {
    term: Term,
    finder: Finder<'static>,
    /// Indexed by speaker (empty unless `Field::Any` or `Field::Speaker`).
    speakers: Vec<bool>,
    any_speaker: bool,
    /// Indexed by event (empty unless `Field::Event` or `Field::Date`).
    events: Vec<bool>,
}

/// A compiled query: terms in query order, and the order to run them in (see
/// [`Engine::plan_to_run`]; query order when only compared).
struct Plan {
    terms: Vec<Compiled>,
    run_order: Vec<usize>,
}

impl Engine {
    /// Build the index: folds every quote, speaker name and event title once.
    pub fn new(corpus: Arc<Corpus>) -> Engine {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(16);
        let ix = Index::build(&corpus, threads);
        let name_words = name_words(&ix.speakers);
        let (event_people, event_people_off) = event_people(&corpus);
        Engine { corpus, ix, name_words, event_people, event_people_off, threads }
    }

    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    /// Matching quotes in timeline order, at most `limit`; `true` when the list is complete.
    pub fn search(&self, query: &str, limit: Option<usize>) -> (Vec<QuoteIx>, bool) {
        let plan = self.plan_to_run(query);
        if plan.terms.is_empty() {
            return self.run(self.ix.positions(), limit, |r| self.ix.quotes_at(r));
        }
        if self.ix.in_quote_order() {
            return self.run(self.ix.len(), limit, |r| self.scan(&plan, r, Only::All));
        }
        self.run_scattered(&plan, self.ix.positions(), |p| self.ix.quote_at(p), &|| None, limit)
    }

    /// The quotes of `candidates` (kept in their order) that match `query`, at most `limit`.
    /// With the result of an earlier query for which [`Engine::narrows`] is true, this equals
    /// `search(query, limit)` and reads only the candidates.
    pub fn search_within(&self, query: &str, candidates: &[QuoteIx], limit: Option<usize>) -> (Vec<QuoteIx>, bool) {
        let plan = self.plan_to_run(query);
        let pos: Vec<u32> = candidates.iter().map(|&q| self.ix.pos_of(q)).collect();
        let in_timeline_order = pos.windows(2).all(|w| w[0] < w[1]) && pos.last().is_none_or(|&p| p != NONE);
        if in_timeline_order && self.ix.in_quote_order() {
            // The usual case (an earlier result): scan the stretch of timeline they span, with
            // only the candidates' bits set, so dense candidates get the one-pass memmem.
            return self.run(pos.len(), limit, |r| match (pos[r.clone()].first(), pos[r.clone()].last()) {
                (Some(&a), Some(&b)) => self.scan(&plan, a as usize..b as usize + 1, Only::Sorted(&pos[r])),
                _ => vec![],
            });
        }
        if in_timeline_order {
            let only = || {
                let mut bits = vec![0u64; self.ix.len().div_ceil(64)];
                for &q in candidates {
                    bits[q / 64] |= 1 << (q % 64);
                }
                Some(bits)
            };
            return self.run_scattered(&plan, candidates.len(), |i| candidates[i], &only, limit);
        }
        self.run(candidates.len(), limit, |r| {
            candidates[r.clone()]
                .iter()
                .zip(&pos[r])
                .filter(|&(&q, &p)| p != NONE && self.matches(&plan, q))
                .map(|(&q, _)| q)
                .collect()
        })
    }

    /// Whether quote `q` matches every term of `plan`.
    fn matches(&self, plan: &Plan, q: QuoteIx) -> bool {
        plan.run_order.iter().all(|&i| {
            let t = &plan.terms[i];
            t.matches_at(&self.ix, q) != t.term.negated
        })
    }

    /// The matches of `plan` among `total` quotes given in timeline order by `item` (all
    /// quotes when `only` gives no bits, else those it gives), when the quotes are not in
    /// timeline order: windows of them read one by one, as `run` does; once a window would be
    /// large, a pass over the whole text in the quotes' order, put in timeline order after
    /// (reading many scattered quotes one by one costs more than reading them all in a row).
    fn run_scattered(
        &self,
        plan: &Plan,
        total: usize,
        item: impl Fn(usize) -> QuoteIx + Sync,
        only: &dyn Fn() -> Option<Vec<u64>>,
        limit: Option<usize>,
    ) -> (Vec<QuoteIx>, bool) {
        let whole = || {
            let bits = only();
            let only = bits.as_deref().map_or(Only::All, Only::Bits);
            self.ix.in_timeline(self.par(0..self.ix.len(), &|r| self.scan(plan, r, only)))
        };
        let Some(limit) = limit else { return (whole(), true) };
        let mut out = Vec::new();
        let (mut start, mut size) = (0, FIRST_WINDOW.max(limit));
        while start < total && out.len() < limit {
            if size.saturating_mul(SCATTERED_MAX) >= self.ix.len() {
                // (What was found so far is where the whole list starts.)
                let mut all = whole();
                let complete = all.len() <= limit;
                all.truncate(limit);
                return (all, complete);
            }
            let end = total.min(start + size);
            out.extend(self.par(start..end, &|r: Range<usize>| {
                r.map(&item).filter(|&q| self.matches(plan, q)).collect::<Vec<_>>()
            }));
            start = end;
            size *= 2;
        }
        let complete = out.len() <= limit && start >= total;
        out.truncate(limit);
        (out, complete)
    }

    /// Whether every match of `next` is a match of `prev`, so `next` can be run on the results
    /// of `prev` with [`Engine::search_within`]. True when `next` keeps `prev`'s terms in order,
    /// each extended ("pout" -> "poutine", "guerre" -> "guerre froide"; an exclusion only
    /// shortened) and matching no speaker or event the old term did not, possibly with terms
    /// added. Checked exactly, not guessed: fuzzy speaker matches are compared as sets.
    pub fn narrows(&self, prev: &str, next: &str) -> bool {
        let (p, n) = (self.plan(prev), self.plan(next));
        n.terms.len() >= p.terms.len()
            && p.terms.iter().zip(&n.terms).all(|(old, new)| {
                let (o, t) = (&old.term, &new.term);
                if o.field != t.field || o.negated != t.negated {
                    return false;
                }
                // For an exclusion the new term must match at least what the old one did.
                let (narrow, wide) = if o.negated { (old, new) } else { (new, old) };
                let text_ok = o.field != Field::Any || narrow.term.text.starts_with(&wide.term.text);
                text_ok && subset(&narrow.speakers, &wide.speakers) && subset(&narrow.events, &wide.events)
            })
    }

    /// Events that match `query` as events, their quotes aside: a term naming a person finds
    /// the events the person took part in, a date term the events of those dates, a `#` term
    /// events by title or place. Every term must match (an exclusion must not); a plain word
    /// that names nobody matches no event (words are looked for in the quotes), so a query
    /// without a positive term of those kinds gives none. In timeline order.
    pub fn events(&self, query: &str) -> Vec<EventIx> {
        let plan = self.plan(query);
        if !plan.terms.iter().any(|t| !t.term.negated) {
            return vec![];
        }
        let n = self.corpus.events.len();
        let mut tables: Vec<Vec<bool>> = Vec::with_capacity(plan.terms.len());
        for t in &plan.terms {
            let table = match t.term.field {
                Field::Event | Field::Date(_) => t.events.clone(),
                Field::Any | Field::Speaker => self.events_with(&t.speakers),
            };
            if !t.term.negated && !table.contains(&true) {
                return vec![];
            }
            tables.push(table);
        }
        (0..n).filter(|&e| plan.terms.iter().zip(&tables).all(|(t, table)| table[e] != t.term.negated)).collect()
    }

    /// For each event, whether one of its participants is a speaker set in `speakers`.
    fn events_with(&self, speakers: &[bool]) -> Vec<bool> {
        if !speakers.contains(&true) {
            return vec![false; self.corpus.events.len()];
        }
        self.event_people_off
            .windows(2)
            .map(|w| self.event_people[w[0]..w[1]].iter().any(|&s| speakers[s as usize]))
            .collect()
    }

    /// Char positions to highlight in the quote's text and its speaker's canonical name.
    pub fn highlight(&self, query: &str, quote: QuoteIx) -> Highlight {
        let mut out = Highlight::default();
        let Some(q) = self.corpus.quotes.get(quote) else { return out };
        let terms = parse(query);
        let positive = terms.iter().filter(|t| !t.negated);
        let mut norm: Option<(String, Vec<u32>)> = None;
        for t in positive.clone().filter(|t| t.field == Field::Any) {
            let (text, map) = norm.get_or_insert_with(|| normalize_with_map(&q.text()));
            for h in word_start_hits(text, &t.text) {
                out.text.extend(map[h..h + t.text.len()].iter().map(|&c| c as usize));
            }
        }
        let speaker = q.speaker().and_then(|s| Some((s, self.corpus.speakers.get(s)?)));
        if let Some((s, sp)) = speaker {
            for t in positive.filter(|t| t.names_people()) {
                let m = NameMatcher::new(&t.text, &self.name_words);
                if m.matches(&self.ix.speakers[s]) {
                    out.speaker.extend(m.highlight(&self.ix.speakers[s], &sp.name));
                }
            }
        }
        for v in [&mut out.text, &mut out.speaker] {
            v.sort_unstable();
            v.dedup();
        }
        out
    }

    /// The query's terms compiled, in query order (what `narrows` and `events` compare).
    fn plan(&self, query: &str) -> Plan {
        let terms: Vec<Compiled> = parse(query).into_iter().map(|t| self.compile(t)).collect();
        let run_order = (0..terms.len()).collect();
        Plan { terms, run_order }
    }

    /// [`Engine::plan`] with the order to scan in: cheap tables first, then words, the cheapest
    /// first as a pass over a sample of the text costs them (the first term makes a full pass,
    /// the next ones test only the quotes it left); exclusions last. A word's cost is the time
    /// of that pass plus its hits: two words as common as each other differ in how often the
    /// finder's prefilter stops on false candidates (at 10M quotes `guerre` takes 30 % longer
    /// to scan than `froide`, which every match of it contains).
    fn plan_to_run(&self, query: &str) -> Plan {
        let Plan { terms, mut run_order } = self.plan(query);
        let sample = &self.ix.buf[..self.ix.buf.len().min(SAMPLE)];
        let key: Vec<(bool, bool, u128, std::cmp::Reverse<usize>)> = terms
            .iter()
            .map(|c| {
                let t = &c.term;
                let cost = if t.field == Field::Any && terms.len() > 1 {
                    let seen = c.finder.find_iter(sample).count() as u128;
                    // Timed on a part that is now in the cache, best of two (whichever word
                    // is timed first would otherwise pay for bringing it in).
                    let part = &sample[..sample.len().min(TIMED)];
                    let pass = || {
                        let start = Instant::now();
                        std::hint::black_box(c.finder.find_iter(part).count());
                        start.elapsed().as_nanos()
                    };
                    let scan = pass().min(pass()) * (sample.len() / part.len().max(1)) as u128;
                    scan + seen * HIT_NS
                } else {
                    0
                };
                (t.negated, t.field == Field::Any, cost, std::cmp::Reverse(t.text.len()))
            })
            .collect();
        run_order.sort_by_key(|&i| key[i]);
        Plan { terms, run_order }
    }

    fn compile(&self, term: Term) -> Compiled {
        let speakers: Vec<bool> = if term.names_people() {
            let m = NameMatcher::new(&term.text, &self.name_words);
            self.ix.speakers.iter().map(|s| m.matches(s)).collect()
        } else {
            vec![]
        };
        let events = match term.field {
            Field::Event => self.ix.events_matching(&term.text),
            Field::Date(range) => {
                self.corpus.events.iter().map(|e| e.date.is_some_and(|d| range.overlaps(&d))).collect()
            }
            Field::Any | Field::Speaker => vec![],
        };
        Compiled {
            finder: Finder::new(term.text.as_bytes()).into_owned(),
            any_speaker: speakers.contains(&true),
            speakers,
            events,
            term,
        }
    }

    /// Matches among quotes `r` (only those of `only`), in the quotes' order: block by block,
    /// so that the later terms test the quotes the first left while their text is still in the
    /// cache (at 10M quotes, `guerre froide` read 2.3 GB twice from memory otherwise).
    fn scan(&self, plan: &Plan, r: Range<usize>, only: Only) -> Vec<QuoteIx> {
        let mut out = Vec::new();
        let mut a = r.start;
        while a < r.end {
            let b = r.end.min(a + SCAN_BLOCK);
            let part = match only {
                Only::Sorted(ps) => {
                    let (i, j) = (ps.partition_point(|&p| (p as usize) < a), ps.partition_point(|&p| (p as usize) < b));
                    if i == j {
                        a = b;
                        continue;
                    }
                    Only::Sorted(&ps[i..j])
                }
                o => o,
            };
            out.extend(self.scan_block(plan, a..b, part));
            a = b;
        }
        out
    }

    /// [`Engine::scan`] of one block.
    fn scan_block(&self, plan: &Plan, r: Range<usize>, only: Only) -> Vec<QuoteIx> {
        let n = r.len();
        let words = n.div_ceil(64);
        let mut acc;
        match only {
            Only::All => {
                acc = vec![!0u64; words];
                if !n.is_multiple_of(64) {
                    acc[words - 1] = (1u64 << (n % 64)) - 1;
                }
            }
            Only::Sorted(ps) => {
                acc = vec![0u64; words];
                for &p in ps {
                    let b = p as usize - r.start;
                    acc[b / 64] |= 1 << (b % 64);
                }
            }
            Only::Bits(bits) => {
                acc = vec![0u64; words];
                for q in r.clone().filter(|&q| bits[q / 64] & (1 << (q % 64)) != 0) {
                    let b = q - r.start;
                    acc[b / 64] |= 1 << (b % 64);
                }
            }
        }
        let mut live: usize = acc.iter().map(|w| w.count_ones() as usize).sum();
        let mut hits = vec![0u64; words];
        for &i in &plan.run_order {
            if live == 0 {
                break;
            }
            let t = &plan.terms[i];
            // Once a term has ruled quotes out, later terms test the candidates left one by
            // one: cheaper than another pass over the whole text even when most are left
            // (measured at 1M quotes: `guerre froide` 52 → 31 ms against a second full pass
            // when fewer than 1/8 were ruled out).
            if live < n {
                for_each_bit(&mut acc, |b| t.matches_at(&self.ix, r.start + b) != t.term.negated);
            } else {
                t.hits(&self.ix, r.clone(), &mut hits);
                for (a, h) in acc.iter_mut().zip(&hits) {
                    *a &= if t.term.negated { !h } else { *h };
                }
            }
            live = acc.iter().map(|w| w.count_ones() as usize).sum();
        }
        let mut out = Vec::with_capacity(live);
        for_each_bit(&mut acc, |b| {
            out.push(r.start + b);
            true
        });
        out
    }

    /// Run `f` over `0..total` items: all of them across the cores, or window after window
    /// until `limit` matches are found. Results stay in item order.
    fn run<F>(&self, total: usize, limit: Option<usize>, f: F) -> (Vec<QuoteIx>, bool)
    where
        F: Fn(Range<usize>) -> Vec<QuoteIx> + Sync,
    {
        let Some(limit) = limit else { return (self.par(0..total, &f), true) };
        let mut out = Vec::new();
        let (mut start, mut size) = (0, FIRST_WINDOW.max(limit));
        while start < total && out.len() < limit {
            let end = total.min(start + size);
            out.extend(self.par(start..end, &f));
            start = end;
            size *= 2;
        }
        let complete = out.len() <= limit && start >= total;
        out.truncate(limit);
        (out, complete)
    }

    /// `f` over `r` split in chunks taken in turn by the threads; chunk results concatenated in
    /// order.
    fn par<F>(&self, r: Range<usize>, f: &F) -> Vec<QuoteIx>
    where
        F: Fn(Range<usize>) -> Vec<QuoteIx> + Sync,
    {
        if self.threads < 2 || r.len() < PAR_MIN {
            return f(r);
        }
        let chunk = (r.len() / (self.threads * 4)).max(PAR_MIN / 4);
        let chunks = r.len().div_ceil(chunk);
        let next = AtomicUsize::new(0);
        let mut parts: Vec<(usize, Vec<QuoteIx>)> = std::thread::scope(|s| {
            let workers: Vec<_> = (0..self.threads.min(chunks))
                .map(|_| {
                    s.spawn(|| {
                        let mut mine = Vec::new();
                        loop {
                            let c = next.fetch_add(1, Ordering::Relaxed);
                            if c >= chunks {
                                break mine;
                            }
                            let a = r.start + c * chunk;
                            mine.push((c, f(a..r.end.min(a + chunk))));
                        }
                    })
                })
                .collect();
            // A panic in a worker is a bug in this module; re-raise it rather than lose results.
            workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
        });
        parts.sort_unstable_by_key(|(c, _)| *c);
        let mut out = Vec::with_capacity(parts.iter().map(|(_, v)| v.len()).sum());
        for (_, v) in parts {
            out.extend(v);
        }
        out
    }
}

/// Every event's participants who are speakers, as speaker numbers (see `Engine::event_people`).
fn event_people(corpus: &Corpus) -> (Vec<u32>, Vec<usize>) {
    // Two speakers may bear one name (two people of one name in Quotebank): a participant of
    // that name stands for both, as a match on the name would.
    let mut number: std::collections::HashMap<&str, Vec<u32>> = Default::default();
    for (i, s) in corpus.speakers.iter().enumerate() {
        number.entry(s.name.as_str()).or_default().push(i as u32);
    }
    let mut people = Vec::new();
    let mut off = Vec::with_capacity(corpus.events.len() + 1);
    off.push(0);
    for e in &corpus.events {
        for p in &e.participants {
            people.extend(number.get(p.as_str()).into_iter().flatten());
        }
        off.push(people.len());
    }
    (people, off)
}

impl Compiled {
    #[inline]
    fn speaker_at(&self, ix: &Index, p: usize) -> bool {
        let s = ix.speaker_of[p];
        s != NONE && self.speakers[s as usize]
    }

    fn text_at(&self, ix: &Index, p: usize) -> bool {
        let (mut from, end) = (ix.off[p], ix.off[p + 1] - 1);
        while let Some(h) = self.finder.find(&ix.buf[from..end]) {
            if ix.word_start(from + h) {
                return true;
            }
            from += h + 1;
        }
        false
    }

    fn event_at(&self, ix: &Index, q: usize) -> bool {
        let e = ix.event_of[q];
        e != NONE && self.events[e as usize]
    }

    fn matches_at(&self, ix: &Index, p: usize) -> bool {
        match self.term.field {
            Field::Event | Field::Date(_) => self.event_at(ix, p),
            Field::Speaker => self.speaker_at(ix, p),
            Field::Any => self.speaker_at(ix, p) || self.text_at(ix, p),
        }
    }

    /// Set bit `p - r.start` of `bits` for each position `p` of `r` the term matches.
    fn hits(&self, ix: &Index, r: Range<usize>, bits: &mut [u64]) {
        bits.fill(0);
        let mut set = |p: usize| bits[(p - r.start) / 64] |= 1 << ((p - r.start) % 64);
        match self.term.field {
            Field::Event | Field::Date(_) => r.clone().filter(|&p| self.event_at(ix, p)).for_each(&mut set),
            Field::Speaker | Field::Any => {
                if self.any_speaker {
                    r.clone().filter(|&p| self.speaker_at(ix, p)).for_each(&mut set);
                }
            }
        }
        if self.term.field != Field::Any {
            return;
        }
        // One pass over the range's text; after a word-start hit, skip to the next quote.
        let end = ix.off[r.end];
        let (mut from, mut p) = (ix.off[r.start], r.start);
        while let Some(h) = self.finder.find(&ix.buf[from..end]) {
            let h = from + h;
            p = quote_of(&ix.off, p, r.end, h);
            if ix.word_start(h) {
                set(p);
                from = ix.off[p + 1];
            } else {
                from = h + 1;
            }
        }
    }
}

/// The quote `q` in `p..end` whose text holds byte `h` (`off[q] <= h < off[q + 1]`), searched
/// forward from `p`: galloping, since a common word's next hit is a few quotes on, where a
/// binary search over the whole block paid a dozen unpredictable branches per hit.
#[inline]
pub(super) fn quote_of(off: &[usize], p: usize, end: usize, h: usize) -> usize {
    let mut step = 1;
    let mut lo = p;
    while lo + step <= end && off[lo + step] <= h {
        lo += step;
        step *= 2;
    }
    let hi = end.min(lo + step);
    lo + off[lo + 1..=hi].partition_point(|&o| o <= h)
}

/// Visit the set bits of `bits` (as bit numbers); clear those for which `keep` says false.
fn for_each_bit(bits: &mut [u64], mut keep: impl FnMut(usize) -> bool) {
    for (w, word) in bits.iter_mut().enumerate() {
        let mut rest = *word;
        while rest != 0 {
            let b = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            if !keep(w * 64 + b) {
                *word &= !(1 << b);
            }
        }
    }
}

/// Whether every `true` of `a` is `true` in `b` (tables of the same corpus).
fn subset(a: &[bool], b: &[bool]) -> bool {
    a.iter().zip(b).all(|(x, y)| !x || *y)
}

impl SearchEngine for Engine {
    fn search(&self, query: &str, limit: Option<usize>) -> (Vec<QuoteIx>, bool) {
        Engine::search(self, query, limit)
    }
    fn events(&self, query: &str) -> Vec<EventIx> {
        Engine::events(self, query)
    }
    fn highlight(&self, query: &str, quote: QuoteIx) -> Highlight {
        Engine::highlight(self, query, quote)
    }
    fn search_within(&self, query: &str, candidates: &[QuoteIx], limit: Option<usize>) -> (Vec<QuoteIx>, bool) {
        Engine::search_within(self, query, candidates, limit)
    }
    fn narrows(&self, prev: &str, next: &str) -> bool {
        Engine::narrows(self, prev, next)
    }
}
