//! The quotes of a corpus, stored by column: ids, texts and addresses as columns of strings,
//! speaker, event, confidence and flags as columns of numbers. What only quotes read from
//! articles have (their article, byte span, cue, links to other quotes) is kept aside, and
//! quotes from files of quotes do without it. A quote is read through a [`QuoteRef`]; a
//! [`Quote`] is one quote as a value, to build a corpus from.

use super::column::Column;
use super::strs::Strs;
use super::{ArticleIx, EventIx, QuoteIx, QuoteKind, SpeakerIx, WEAK_ATTRIBUTION};
use std::any::Any;
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

/// The cue every quote of a file of quotes with a speaker carries.
pub const QUOTEBANK_CUE: &str = "Quotebank attribution";

/// Why a quote is given to its speaker.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attribution {
    /// The words that gave it away: "a déclaré Poutine", "a-t-il soutenu", "selon X",
    /// "il a ajouté :", "continuation" ...
    pub cue: Option<Cow<'static, str>>,
    /// 0.0 (no idea) ..= 1.0 (explicit incise naming the speaker).
    pub confidence: f32,
}

/// One quote as a value: what a reader of articles produces, and what [`Quotes::push`] takes.
#[derive(Debug, Clone)]
pub struct Quote {
    /// Stable id: "<article id>#q<n>" (n counts from 1 in text order).
    pub id: compact_str::CompactString,
    /// Exactly the article's bytes `span`, with whitespace runs folded to one space.
    pub text: crate::text::SharedStr,
    pub speaker: Option<SpeakerIx>,
    pub kind: QuoteKind,
    pub article: ArticleIx,
    /// Byte span of the quoted words (inside the quote marks) in `Article::text`.
    pub span: Range<usize>,
    pub attribution: Attribution,
    /// The same statement reported elsewhere (other articles, other translations).
    pub same_as: Vec<QuoteIx>,
    /// The earlier part of the same statement when an incise interrupted it ("« A », dit-il, « B »").
    pub continues: Option<QuoteIx>,
    /// True when the closing quote mark was missing and the end was inferred.
    pub unclosed: bool,
    /// The event this quote belongs to (exactly one).
    pub event: EventIx,
    /// Web addresses of the articles that carried it, one per line (see [`super::join_urls`]).
    pub urls: Box<str>,
}

/// Bits of [`Columns::flags`].
pub mod flags {
    /// A full quote (else a fragment).
    pub const FULL: u8 = 1;
    /// Attributed by a file of quotes (its cue is [`super::QUOTEBANK_CUE`]).
    pub const QUOTEBANK: u8 = 2;
    /// The closing quote mark was missing.
    pub const UNCLOSED: u8 = 4;
}

/// Marks "none" in the number columns.
pub const NONE: u32 = u32::MAX;

/// Reads back, on demand, what a quote's line in its file holds and is not kept in memory:
/// its id, its text and its web addresses (a plain file of quotes: only the quotes shown or
/// exported need them; the texts were half of a loaded file's memory, ids and addresses a
/// tenth, and the search index keeps its own folded copy of the texts).
pub trait LineReader: Send + Sync {
    /// What the quote's line starting at byte `at` of the file holds, if `fits` says its
    /// quotation is still the quote's text. An error says why it cannot be read back (the file
    /// changed or went away since it was loaded).
    fn read(&self, at: u64, fits: &dyn Fn(&str) -> bool) -> Result<LineBack, String>;
}

/// A quote's line read back (see [`LineReader`]).
#[derive(Debug, Clone, Default)]
pub struct LineBack {
    pub id: String,
    /// Exactly the line's decoded quotation.
    pub text: String,
    /// One per line, as [`super::join_urls`] joins them.
    pub urls: String,
}

/// Where each quote's line starts in its file, and how to read it back (see [`LineReader`]):
/// in place of the id, text and address columns.
#[derive(Clone)]
pub struct Lines {
    pub reader: Arc<dyn LineReader>,
    pub start: Column<u64>,
}

/// The columns of quotes from a file of quotes, all of the same length (see
/// [`Quotes::from_columns`]).
#[derive(Default)]
pub struct Columns {
    /// Empty when `lines` is given.
    pub ids: Strs,
    /// Empty when `lines` is given.
    pub texts: Strs,
    /// Empty when `lines` is given.
    pub urls: Strs,
    /// Ids, texts and addresses read back from the file (then `ids`, `texts` and `urls` are
    /// empty). The search index's folded texts must then be attached (see
    /// [`Quotes::attach`]): they tell a line still holding the quote from a changed one.
    pub lines: Option<Lines>,
    /// Speaker index or [`NONE`].
    pub speaker: Column<u32>,
    /// Event index or [`NONE`].
    pub event: Column<u32>,
    pub confidence: Column<f32>,
    /// [`flags`] bits.
    pub flags: Column<u8>,
}

/// The quotes of a corpus. See the module docs.
#[derive(Clone, Default)]
pub struct Quotes {
    ids: Strs,
    texts: Strs,
    urls: Strs,
    /// In place of `ids`, `texts` and `urls` (then empty): see [`Lines`].
    lines: Option<Lines>,
    speaker: Column<u32>,
    event: Column<u32>,
    confidence: Column<f32>,
    flags: Column<u8>,
    /// Only when a quote has one of these (quotes read from articles).
    rich: Option<Box<Rich>>,
    /// A value derived from all the texts, in this order, attached by whoever made them (a
    /// snapshot or a plain file of quotes gives the search index's folded texts ready-made).
    /// Dropped when quotes are added or edited.
    derived: OnceLock<Arc<dyn Any + Send + Sync>>,
}

#[derive(Clone, Default)]
struct Rich {
    article: Vec<ArticleIx>,
    span: Vec<Range<usize>>,
    cue: Vec<Option<Cow<'static, str>>>,
    same_as: Vec<Vec<QuoteIx>>,
    continues: Vec<Option<QuoteIx>>,
}

fn to_u32(x: Option<usize>) -> u32 {
    x.and_then(|x| u32::try_from(x).ok()).filter(|&x| x != NONE).unwrap_or(NONE)
}

impl Quotes {
    pub fn new() -> Quotes {
        Quotes::default()
    }

    /// Quotes from their columns; an error names the column whose length differs.
    pub fn from_columns(c: Columns) -> Result<Quotes, &'static str> {
        let (n, n_ids, n_urls) = match &c.lines {
            Some(l) if c.ids.is_empty() && c.urls.is_empty() && c.texts.is_empty() => {
                (l.start.len(), l.start.len(), l.start.len())
            }
            Some(_) => return Err("ids"),
            None => (c.texts.len(), c.ids.len(), c.urls.len()),
        };
        for (len, what) in [
            (n_ids, "ids"),
            (n_urls, "addresses"),
            (c.speaker.len(), "speakers"),
            (c.event.len(), "events"),
            (c.confidence.len(), "confidences"),
            (c.flags.len(), "flags"),
        ] {
            if len != n {
                return Err(what);
            }
        }
        Ok(Quotes {
            ids: c.ids,
            texts: c.texts,
            urls: c.urls,
            lines: c.lines,
            speaker: c.speaker,
            event: c.event,
            confidence: c.confidence,
            flags: c.flags,
            rich: None,
            derived: OnceLock::new(),
        })
    }

    /// The speaker column (index or [`NONE`]), shared (see [`Column`]).
    pub fn speaker_column(&self) -> &Column<u32> {
        &self.speaker
    }

    /// The event column (index or [`NONE`]), shared.
    pub fn event_column(&self) -> &Column<u32> {
        &self.event
    }

    /// The columns, when the quotes have nothing beyond them (quotes of a file of quotes).
    pub fn columns(&self) -> Option<ColumnsRef<'_>> {
        self.rich.is_none().then_some(ColumnsRef {
            ids: &self.ids,
            texts: &self.texts,
            urls: &self.urls,
            speaker: &self.speaker,
            event: &self.event,
            confidence: &self.confidence,
            flags: &self.flags,
        })
    }

    pub fn len(&self) -> usize {
        match &self.lines {
            Some(l) => l.start.len(),
            None => self.texts.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, ix: QuoteIx) -> Option<QuoteRef<'_>> {
        (ix < self.len()).then_some(QuoteRef { quotes: self, ix })
    }

    /// Quote `ix`. Panics when there is none, as indexing does.
    #[inline]
    pub fn at(&self, ix: QuoteIx) -> QuoteRef<'_> {
        assert!(ix < self.len(), "quote {ix} of {}", self.len());
        QuoteRef { quotes: self, ix }
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = QuoteRef<'_>> + DoubleEndedIterator + Clone + '_ {
        (0..self.len()).map(move |ix| QuoteRef { quotes: self, ix })
    }

    /// Add a quote at the end.
    pub fn push(&mut self, q: Quote) {
        self.read_lines_back();
        self.changed();
        let n = self.len();
        let cue_is_plain = match q.attribution.cue.as_deref() {
            None => true,
            Some(c) => c == QUOTEBANK_CUE && q.speaker.is_some(),
        };
        let plain = q.article == 0
            && q.span == (0..0)
            && cue_is_plain
            && q.same_as.is_empty()
            && q.continues.is_none()
            && !q.unclosed;
        if !plain && self.rich.is_none() {
            // Every earlier quote had the plain values: spell them out.
            let cue = (0..n).map(|i| self.at(i).cue().map(|c| Cow::Owned(c.to_string()))).collect();
            self.rich = Some(Box::new(Rich {
                article: vec![0; n],
                span: vec![0..0; n],
                cue,
                same_as: vec![vec![]; n],
                continues: vec![None; n],
            }));
        }
        let mut bits = if q.kind == QuoteKind::Full { flags::FULL } else { 0 };
        if q.unclosed {
            bits |= flags::UNCLOSED;
        }
        match &mut self.rich {
            Some(r) => {
                r.article.push(q.article);
                r.span.push(q.span);
                r.cue.push(q.attribution.cue);
                r.same_as.push(q.same_as);
                r.continues.push(q.continues);
            }
            None if q.attribution.cue.is_some() => bits |= flags::QUOTEBANK,
            None => {}
        }
        self.ids.push(&q.id);
        self.texts.push(&q.text);
        self.urls.push(&q.urls);
        self.speaker.make_mut().push(to_u32(q.speaker));
        self.event.make_mut().push(to_u32(Some(q.event)));
        self.confidence.make_mut().push(q.attribution.confidence);
        self.flags.make_mut().push(bits);
    }

    /// Put quote `ix` in event `e`. (The texts are unchanged: what was derived from them is
    /// kept.)
    pub fn set_event(&mut self, ix: QuoteIx, e: EventIx) {
        self.event.make_mut()[ix] = to_u32(Some(e));
    }

    /// Give quote `ix` to speaker `s`.
    pub fn set_speaker(&mut self, ix: QuoteIx, s: Option<SpeakerIx>) {
        self.speaker.make_mut()[ix] = to_u32(s);
    }

    /// Record that quote `ix` states the same as quote `other`.
    pub fn add_same_as(&mut self, ix: QuoteIx, other: QuoteIx) {
        self.rich_mut().same_as[ix].push(other);
    }

    /// The quotes stating the same as quote `ix`.
    pub fn set_same_as(&mut self, ix: QuoteIx, same: Vec<QuoteIx>) {
        if same.is_empty() && self.rich.is_none() {
            return;
        }
        self.rich_mut().same_as[ix] = same;
    }

    /// The quote that quote `ix` continues.
    pub fn set_continues(&mut self, ix: QuoteIx, c: Option<QuoteIx>) {
        if c.is_none() && self.rich.is_none() {
            return;
        }
        self.rich_mut().continues[ix] = c;
    }

    /// Change quote `ix` as a value. This rebuilds every column (a cost in the number of
    /// quotes): for rare edits, not for building a corpus.
    pub fn edit(&mut self, ix: QuoteIx, f: impl FnOnce(&mut Quote)) {
        let mut all: Vec<Quote> = self.iter().map(QuoteRef::to_quote).collect();
        f(&mut all[ix]);
        *self = all.into();
    }

    fn rich_mut(&mut self) -> &mut Rich {
        self.changed();
        if self.rich.is_none() {
            // Through `push`, which spells out the plain values.
            let all: Vec<Quote> = self.iter().map(QuoteRef::to_quote).collect();
            let mut fresh = Quotes::new();
            fresh.rich = Some(Box::default());
            for q in all {
                fresh.push(q);
            }
            *self = fresh;
        }
        self.rich.as_mut().expect("made just above")
    }

    fn changed(&mut self) {
        self.derived = OnceLock::new();
    }

    /// Whether ids, texts and addresses are read back from the file on demand (see [`Lines`]).
    pub fn reads_lines_back(&self) -> bool {
        self.lines.is_some()
    }

    /// Read every id, text and address back into memory (before an edit: quotes pushed later
    /// have no line in the file). An id or addresses that cannot be read back are left empty,
    /// a text says why (see [`QuoteRef::text`]).
    fn read_lines_back(&mut self) {
        if self.lines.is_none() {
            return;
        }
        let (mut ids, mut texts, mut urls) = (Strs::new(), Strs::new(), Strs::new());
        for q in self.iter() {
            let l = q.read_line().unwrap_or_else(|why| LineBack { text: unreadable(&why), ..Default::default() });
            ids.push(&l.id);
            texts.push(&l.text);
            urls.push(&l.urls);
        }
        (self.ids, self.texts, self.urls, self.lines) = (ids, texts, urls, None);
    }

    /// Attach a value derived from all the texts in this order (see the field's docs).
    pub fn attach(&self, derived: Arc<dyn Any + Send + Sync>) {
        let _ = self.derived.set(derived);
    }

    /// The value attached by [`Quotes::attach`], if any.
    pub fn attached(&self) -> Option<&Arc<dyn Any + Send + Sync>> {
        self.derived.get()
    }

    /// Give back spare capacity.
    pub fn shrink_to_fit(&mut self) {
        for s in [&mut self.ids, &mut self.texts, &mut self.urls] {
            s.shrink_to_fit();
        }
        if let Some(l) = &mut self.lines {
            l.start.shrink_to_fit();
        }
        self.speaker.shrink_to_fit();
        self.event.shrink_to_fit();
        self.confidence.shrink_to_fit();
        self.flags.shrink_to_fit();
    }
}

/// The columns of [`Quotes`] that have no more, to read (see [`Quotes::columns`]).
#[derive(Clone, Copy)]
pub struct ColumnsRef<'a> {
    pub ids: &'a Strs,
    pub texts: &'a Strs,
    pub urls: &'a Strs,
    pub speaker: &'a [u32],
    pub event: &'a [u32],
    pub confidence: &'a [f32],
    pub flags: &'a [u8],
}

impl From<Vec<Quote>> for Quotes {
    fn from(v: Vec<Quote>) -> Quotes {
        v.into_iter().collect()
    }
}

impl FromIterator<Quote> for Quotes {
    fn from_iter<I: IntoIterator<Item = Quote>>(it: I) -> Quotes {
        let mut q = Quotes::new();
        q.extend(it);
        q
    }
}

impl Extend<Quote> for Quotes {
    fn extend<I: IntoIterator<Item = Quote>>(&mut self, it: I) {
        for q in it {
            self.push(q);
        }
    }
}

impl<'a> IntoIterator for &'a Quotes {
    type Item = QuoteRef<'a>;
    type IntoIter = std::iter::Map<Range<usize>, Box<dyn Fn(usize) -> QuoteRef<'a> + 'a>>;
    fn into_iter(self) -> Self::IntoIter {
        (0..self.len()).map(Box::new(move |ix| QuoteRef { quotes: self, ix }))
    }
}

impl fmt::Debug for Quotes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter().take(8)).finish()?;
        if self.len() > 8 {
            write!(f, " ({} quotes)", self.len())?;
        }
        Ok(())
    }
}

/// One quote of [`Quotes`], read in place.
#[derive(Clone, Copy)]
pub struct QuoteRef<'a> {
    quotes: &'a Quotes,
    ix: QuoteIx,
}

/// What stands for a text that cannot be read back: why, marked so that it is never taken
/// for the quote's words.
fn unreadable(why: &str) -> String {
    format!("⚠ {why}")
}

#[inline]
fn from_u32(x: u32) -> Option<usize> {
    (x != NONE).then_some(x as usize)
}

impl<'a> QuoteRef<'a> {
    /// Its number in the corpus.
    pub fn ix(self) -> QuoteIx {
        self.ix
    }

    /// Stable id: "<article id>#q<n>" for a quote of an article, the file's id for a file of
    /// quotes.
    ///
    /// Read back from the file when the quotes keep only where their lines are (empty when
    /// it cannot be: see [`QuoteRef::read_back`]).
    pub fn id(self) -> Cow<'a, str> {
        match &self.quotes.lines {
            None => Cow::Borrowed(self.quotes.ids.get(self.ix)),
            Some(_) => Cow::Owned(self.read_line().map(|l| l.id).unwrap_or_default()),
        }
    }

    /// Where the quote's line starts in its file, when its id and addresses are read back
    /// from it.
    pub fn line_start(self) -> Option<u64> {
        self.quotes.lines.as_ref().map(|l| l.start[self.ix])
    }

    /// The id and the addresses, read back from the quote's line when the quotes keep only
    /// where their lines are; an error says why they cannot be (the file changed or went
    /// away since it was loaded).
    pub fn read_back(self) -> Result<(String, String), String> {
        match &self.quotes.lines {
            None => Ok((self.quotes.ids.get(self.ix).to_string(), self.quotes.urls.get(self.ix).to_string())),
            Some(_) => self.read_line().map(|l| (l.id, l.urls)),
        }
    }

    /// The id, text and addresses, read back from the quote's line (see [`Lines`]), or as
    /// kept in memory.
    pub fn read_line(self) -> Result<LineBack, String> {
        let Some(l) = &self.quotes.lines else {
            let q = self.quotes;
            let (id, text, urls) = (q.ids.get(self.ix), q.texts.get(self.ix), q.urls.get(self.ix));
            return Ok(LineBack { id: id.into(), text: text.into(), urls: urls.into() });
        };
        // The line must still hold the quote: its quotation folds to the index's copy.
        let form = self.quotes.attached().and_then(|f| f.clone().downcast::<crate::search::SearchForm>().ok());
        let folded = form.as_ref().and_then(|f| f.get(self.ix));
        let fits = |t: &str| {
            let Some(folded) = folded else { return false };
            let mut mine = Vec::with_capacity(folded.len());
            crate::search::SearchForm::each_folded(std::iter::once(t), |f| mine.extend_from_slice(f));
            mine == folded
        };
        l.reader.read(l.start[self.ix], &fits)
    }

    /// The quote's words: for a quote of an article, exactly the article's bytes `span` with
    /// whitespace runs folded to one space; for a file of quotes, the line's quotation. Read
    /// back from the file when the quotes keep only where their lines are; when that cannot
    /// be (the file changed or went away since it was loaded), why, after a ⚠ (never other
    /// words in their place).
    pub fn text(self) -> Cow<'a, str> {
        match &self.quotes.lines {
            None => Cow::Borrowed(self.quotes.texts.get(self.ix)),
            Some(_) => Cow::Owned(self.read_line().map_or_else(|why| unreadable(&why), |l| l.text)),
        }
    }

    /// [`QuoteRef::text`], or why it cannot be read back.
    pub fn text_checked(self) -> Result<Cow<'a, str>, String> {
        match &self.quotes.lines {
            None => Ok(Cow::Borrowed(self.quotes.texts.get(self.ix))),
            Some(_) => self.read_line().map(|l| Cow::Owned(l.text)),
        }
    }

    pub fn speaker(self) -> Option<SpeakerIx> {
        from_u32(self.quotes.speaker[self.ix])
    }

    pub fn kind(self) -> QuoteKind {
        if self.quotes.flags[self.ix] & flags::FULL != 0 {
            QuoteKind::Full
        } else {
            QuoteKind::Fragment
        }
    }

    pub fn article(self) -> ArticleIx {
        self.quotes.rich.as_ref().map_or(0, |r| r.article[self.ix])
    }

    /// Byte span of the quoted words (inside the quote marks) in `Article::text`.
    pub fn span(self) -> Range<usize> {
        self.quotes.rich.as_ref().map_or(0..0, |r| r.span[self.ix].clone())
    }

    /// The words that gave the speaker away (see [`Attribution::cue`]).
    pub fn cue(self) -> Option<&'a str> {
        match &self.quotes.rich {
            Some(r) => r.cue[self.ix].as_deref(),
            None => (self.quotes.flags[self.ix] & flags::QUOTEBANK != 0).then_some(QUOTEBANK_CUE),
        }
    }

    /// 0.0 (no idea) ..= 1.0 (explicit incise naming the speaker).
    pub fn confidence(self) -> f32 {
        self.quotes.confidence[self.ix]
    }

    /// The same statement reported elsewhere (other articles, other translations).
    pub fn same_as(self) -> &'a [QuoteIx] {
        self.quotes.rich.as_ref().map_or(&[], |r| &r.same_as[self.ix])
    }

    /// The earlier part of the same statement when an incise interrupted it.
    pub fn continues(self) -> Option<QuoteIx> {
        self.quotes.rich.as_ref().and_then(|r| r.continues[self.ix])
    }

    /// True when the closing quote mark was missing and the end was inferred.
    pub fn unclosed(self) -> bool {
        self.quotes.flags[self.ix] & flags::UNCLOSED != 0
    }

    /// The event this quote belongs to (exactly one).
    pub fn event(self) -> EventIx {
        from_u32(self.quotes.event[self.ix]).unwrap_or(usize::MAX)
    }

    /// Web addresses of the articles that carried it, one per line.
    /// Read back like [`QuoteRef::id`].
    pub fn urls(self) -> Cow<'a, str> {
        match &self.quotes.lines {
            None => Cow::Borrowed(self.quotes.urls.get(self.ix)),
            Some(_) => Cow::Owned(self.read_back().map(|(_, u)| u).unwrap_or_default()),
        }
    }

    /// The web addresses of the articles that carried this quote.
    pub fn url_list(self) -> impl Iterator<Item = Cow<'a, str>> {
        let urls: Vec<Cow<'a, str>> = match self.urls() {
            Cow::Borrowed(b) => b.split('\n').filter(|u| !u.is_empty()).map(Cow::Borrowed).collect(),
            Cow::Owned(o) => o.split('\n').filter(|u| !u.is_empty()).map(|u| Cow::Owned(u.to_string())).collect(),
        };
        urls.into_iter()
    }

    /// A speaker given by a weak rule (a guess from the context): never to be copied as a fact.
    pub fn attribution_uncertain(self) -> bool {
        self.speaker().is_some() && self.confidence() < WEAK_ATTRIBUTION
    }

    /// The quote as a value.
    pub fn to_quote(self) -> Quote {
        // (One reading of the line for all three, when they are read back.)
        let (id, text, urls) = match &self.quotes.lines {
            None => (self.id().as_ref().into(), self.text().as_ref().into(), self.urls().as_ref().into()),
            Some(_) => {
                let l =
                    self.read_line().unwrap_or_else(|why| LineBack { text: unreadable(&why), ..Default::default() });
                (l.id.into(), l.text.as_str().into(), l.urls.into())
            }
        };
        Quote {
            id,
            text,
            speaker: self.speaker(),
            kind: self.kind(),
            article: self.article(),
            span: self.span(),
            attribution: Attribution {
                cue: match &self.quotes.rich {
                    Some(r) => r.cue[self.ix].clone(),
                    None => self.cue().is_some().then_some(Cow::Borrowed(QUOTEBANK_CUE)),
                },
                confidence: self.confidence(),
            },
            same_as: self.same_as().to_vec(),
            continues: self.continues(),
            unclosed: self.unclosed(),
            event: self.event(),
            urls,
        }
    }
}

impl fmt::Debug for QuoteRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Quote")
            .field("ix", &self.ix)
            .field("id", &self.id())
            .field("text", &self.text())
            .field("speaker", &self.speaker())
            .field("event", &self.event())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(id: &str, text: &str) -> Quote {
        Quote {
            id: id.into(),
            text: text.into(),
            speaker: Some(1),
            kind: QuoteKind::Full,
            article: 0,
            span: 0..0,
            attribution: Attribution { cue: Some(QUOTEBANK_CUE.into()), confidence: 0.75 },
            same_as: vec![],
            continues: None,
            unclosed: false,
            event: 3,
            urls: "http://a\nhttp://b".into(),
        }
    }

    #[test]
    fn quotes_read_back_as_they_were_pushed() {
        let mut qs = Quotes::new();
        qs.push(quote("q1", "Nous ne céderons pas"));
        assert!(qs.columns().is_some(), "a quote of a file of quotes needs no more than the columns");
        let mut rich = quote("a#q1", "« Jamais »");
        rich.article = 2;
        rich.span = 10..20;
        rich.attribution.cue = Some("a déclaré Poutine".into());
        rich.same_as = vec![0];
        rich.continues = Some(0);
        rich.unclosed = true;
        rich.kind = QuoteKind::Fragment;
        rich.speaker = None;
        qs.push(rich.clone());
        assert!(qs.columns().is_none());
        let (a, b) = (qs.at(0), qs.at(1));
        assert_eq!(
            (a.id(), a.text(), a.speaker(), a.cue()),
            ("q1".into(), "Nous ne céderons pas".into(), Some(1), Some(QUOTEBANK_CUE))
        );
        assert_eq!((a.article(), a.span(), a.event(), a.url_list().count()), (0, 0..0, 3, 2));
        assert_eq!(
            (b.article(), b.span(), b.cue(), b.same_as(), b.continues()),
            (2, 10..20, Some("a déclaré Poutine"), &[0][..], Some(0))
        );
        assert!(b.unclosed() && b.kind() == QuoteKind::Fragment && b.speaker().is_none());
        assert_eq!(format!("{:?}", b.to_quote()), format!("{rich:?}"));
        qs.set_event(1, usize::MAX);
        assert_eq!(qs.at(1).event(), usize::MAX);
        qs.add_same_as(0, 1);
        assert_eq!(qs.at(0).same_as(), &[1]);
        assert!(qs.get(2).is_none());
    }
}
