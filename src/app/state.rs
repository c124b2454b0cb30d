//! The browser's whole state: what is shown, what is selected, where each pane is scrolled.
//! Viewport size and scroll offsets live here so moves and resizes are plain, testable updates.

use super::density::Density;
use super::layout::{Layout, Pane};
use super::mode::Mode;
use super::rows::{self, Row};
use super::speaker_list::SpeakerTable;
use crate::cite::CiteFormat;
use crate::lang::Lang;
use crate::model::{Corpus, EventIx, FuzzyDate, QuoteIx};
use crate::search::Highlight;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// What is selected, independent of the rows currently shown (rows change with the filter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sel {
    Event(EventIx),
    Quote(QuoteIx),
}

/// The live filter: its query, and the latest answer from the search worker.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub query: String,
    /// Generation of the latest query; answers for older ones are dropped.
    pub generation: u64,
    /// The matches shown (possibly still those of the previous query while the current one runs).
    /// `None` shows the whole timeline (empty query, or no answer yet).
    pub matches: Option<Vec<QuoteIx>>,
    /// Events matched as events (a person named took part, a date, `#`), shown even when none
    /// of their quotes matches.
    pub events: Vec<EventIx>,
    /// The shown matches are the complete set for the current query.
    pub complete: bool,
    /// The shown matches answer the current query (not an older one).
    pub current: bool,
    /// Selection before filtering, restored when the filter is cleared.
    pub saved: Option<Sel>,
    /// Highlight positions for rows on screen, for `query`, filled lazily by the runtime.
    pub highlights: HashMap<QuoteIx, Highlight>,
    /// Matching quotes per month, indexed like `State::density.counts`.
    pub density: Vec<usize>,
    /// The generation of the answer shown (its first part selects the first match).
    pub shown: u64,
}

#[derive(Debug, Clone)]
pub struct State {
    pub corpus: Arc<Corpus>,
    /// Name shown in the header.
    pub label: String,
    /// Colours allowed (false under NO_COLOR): styles then use only bold, dim, reverse...
    pub color: bool,
    /// The language of every word the browser writes (not of the articles).
    pub lang: Lang,
    pub cite_format: CiteFormat,
    pub rows: Vec<Row>,
    /// Index into `rows`; always a selectable row when there is one.
    pub selected: usize,
    /// First timeline row on screen.
    pub offset: usize,
    pub focus: Pane,
    pub width: u16,
    pub height: u16,
    pub detail_scroll: usize,
    /// What is open over the timeline, which decides what the keys do.
    pub mode: Mode,
    /// The filter, while it is typed and after (until cleared).
    pub filter: Option<Filter>,
    /// Message for the status line ("Copied …").
    pub status: Option<String>,
    /// The status message says something failed (shown as a warning).
    pub status_warning: bool,
    /// Who speaks, for the speaker list: built when it is first opened.
    pub speakers: Option<Arc<SpeakerTable>>,
    /// A date to go to once the filter's answer is in (the command line's `--date` with
    /// `--filter`).
    pub pending_date: Option<FuzzyDate>,
    /// Quotes marked with Space, to copy together.
    pub marks: BTreeSet<QuoteIx>,
    /// Context events shown (`c`); folded by default (see `rows`).
    pub context: bool,
    /// How many events `c` shows or folds.
    pub context_events: usize,
    pub density: Density,
    /// Source of filter generations (never reused, so a cleared filter's answers are dropped).
    pub next_generation: u64,
}

impl State {
    pub fn new(corpus: Arc<Corpus>, width: u16, height: u16) -> State {
        let rows = rows::all(&corpus, false);
        let context_events = rows::folded_count(&corpus);
        let density = Density::new(&corpus, false);
        let mut s = State {
            label: corpus.name.clone(),
            corpus,
            color: true,
            lang: Lang::default(),
            cite_format: CiteFormat::default(),
            rows,
            selected: 0,
            offset: 0,
            focus: Pane::Timeline,
            width,
            height,
            detail_scroll: 0,
            mode: Mode::Browse,
            filter: None,
            status: None,
            status_warning: false,
            speakers: None,
            pending_date: None,
            marks: BTreeSet::new(),
            context: false,
            context_events,
            density,
            next_generation: 1,
        };
        s.selected = s.first_selectable().unwrap_or(0);
        s.ensure_visible();
        s
    }

    pub fn layout(&self) -> Layout {
        Layout::new(self.width, self.height, self.input_line(), self.focus)
    }

    /// Whether the line above the status shows an input: the filter, or the date prompt.
    pub fn input_line(&self) -> bool {
        self.filter.is_some() || matches!(self.mode, Mode::GoTo(_))
    }

    /// Rows the timeline list shows at the current size.
    pub fn page(&self) -> usize {
        usize::from(self.layout().list_rows).max(1)
    }

    pub fn selected_row(&self) -> Option<Row> {
        self.rows.get(self.selected).copied().filter(|r| r.selectable())
    }

    pub fn selection(&self) -> Option<Sel> {
        match self.selected_row()? {
            Row::Event(e) => Some(Sel::Event(e)),
            Row::Quote(q) => Some(Sel::Quote(q)),
            Row::Year(_) => None,
        }
    }

    /// The selected quote, if a quote row is selected.
    pub fn selected_quote(&self) -> Option<QuoteIx> {
        match self.selection()? {
            Sel::Quote(q) => Some(q),
            Sel::Event(_) => None,
        }
    }

    /// The event of the selected row.
    pub fn selected_event(&self) -> Option<EventIx> {
        match self.selection()? {
            Sel::Event(e) => Some(e),
            Sel::Quote(q) => self.corpus.quotes.get(q).map(|q| q.event()),
        }
    }

    pub fn first_selectable(&self) -> Option<usize> {
        self.rows.iter().position(|r| r.selectable())
    }

    pub fn last_selectable(&self) -> Option<usize> {
        self.rows.iter().rposition(|r| r.selectable())
    }

    /// Build the rows again (the filter's answer, or the whole timeline), with context events
    /// or without, keeping `prefer` or else the current selection when it is still there.
    pub fn rebuild_rows(&mut self, prefer: Option<Sel>) {
        let rows = match self.filter.as_ref().and_then(|f| Some((f.matches.as_ref()?, f))) {
            Some((quotes, f)) => rows::matching(&self.corpus, quotes, &f.events, f.complete, self.context),
            None => rows::all(&self.corpus, self.context),
        };
        self.set_rows(rows, prefer);
    }

    /// Replace the shown rows, keeping the selection when it is still there.
    pub fn set_rows(&mut self, rows: Vec<Row>, prefer: Option<Sel>) {
        let keep = prefer.or(self.selection());
        self.rows = rows;
        self.selected = keep.and_then(|s| self.find(s)).or_else(|| self.first_selectable()).unwrap_or(0);
        self.detail_scroll = 0;
        self.ensure_visible();
    }

    /// The row showing `sel`; for a quote that is filtered out, its event; for an event not
    /// shown (filtered out or folded), the next event shown, else the last.
    pub fn find(&self, sel: Sel) -> Option<usize> {
        let exact = match sel {
            Sel::Event(e) => Row::Event(e),
            Sel::Quote(q) => Row::Quote(q),
        };
        if let Some(i) = self.rows.iter().position(|&r| r == exact) {
            return Some(i);
        }
        let e = match sel {
            Sel::Quote(q) => self.corpus.quotes.get(q)?.event(),
            Sel::Event(e) => e,
        };
        let after = self.rows.iter().position(|&r| matches!(r, Row::Event(x) if x >= e));
        after.or_else(|| self.rows.iter().rposition(|&r| matches!(r, Row::Event(_))))
    }

    /// `c`: show or fold the context events.
    pub fn toggle_context(&mut self) {
        self.context = !self.context;
        self.density = Density::new(&self.corpus, self.context);
        if let Some(f) = &mut self.filter {
            f.density = self.density.count(&self.corpus, f.matches.as_deref().unwrap_or_default());
        }
        let keep = self.selection();
        self.rebuild_rows(keep);
    }

    /// Scroll the timeline to show the selected row after a jump: with its event (and the
    /// year heading above it) at the top when they fit on screen together, else a third of
    /// the way down.
    pub fn reveal(&mut self) {
        let page = self.page();
        let i = self.selected.min(self.rows.len().saturating_sub(1));
        let event = self.rows[..=i.min(self.rows.len().saturating_sub(1))]
            .iter()
            .rposition(|r| matches!(r, Row::Event(_)))
            .unwrap_or(i);
        let top = if event > 0 && matches!(self.rows[event - 1], Row::Year(_)) { event - 1 } else { event };
        self.offset = if i - top < page { top } else { i.saturating_sub(page / 3) };
        self.offset = self.offset.min(self.rows.len().saturating_sub(page));
    }

    /// Scroll the timeline so the selected row is on screen (with its year heading when the
    /// heading is just above it), and never past the end.
    pub fn ensure_visible(&mut self) {
        let page = self.page();
        let max_offset = self.rows.len().saturating_sub(page);
        if self.selected < self.offset {
            self.offset = self.selected;
            if self.selected > 0 && matches!(self.rows[self.selected - 1], Row::Year(_)) {
                self.offset -= 1;
            }
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
        self.offset = self.offset.min(max_offset);
    }

    /// The first and last dated events shown (context events count only when shown).
    pub fn date_range(&self) -> Option<(FuzzyDate, FuzzyDate)> {
        let mut dated = self.corpus.events.iter().filter(|e| self.context || !rows::folded(e)).filter_map(|e| e.date);
        let first = dated.next()?;
        Some((first, dated.next_back().unwrap_or(first)))
    }

    /// Number of quotes in the corpus.
    pub fn total_quotes(&self) -> usize {
        self.corpus.quotes.len()
    }

    /// "7 of 34 quotes · 3 events", "2 events, no quote", "≥7… of 34 quotes" while the search
    /// runs; `None` without a query.
    pub fn match_count(&self) -> Option<String> {
        let f = self.filter.as_ref().filter(|f| !f.query.is_empty())?;
        let w = self.lang.words();
        let total = self.total_quotes();
        let events = self.rows.iter().filter(|r| matches!(r, Row::Event(_))).count();
        let events = w.count(events, w.nouns.event);
        Some(match (&f.matches, f.current, f.complete) {
            (Some(m), true, true) if m.is_empty() => format!("{events}, {}", w.browser.no_quote),
            (Some(m), true, true) => format!("{} · {events}", (w.browser.of_quotes)(m.len(), total)),
            (Some(m), true, false) => (w.browser.partial_of_quotes)(m.len(), total),
            _ => w.browser.searching.to_string(),
        })
    }

    /// The filter ran and found nothing to show: the timeline shows a message instead of rows.
    pub fn no_match(&self) -> bool {
        self.rows.is_empty() && self.filter.as_ref().is_some_and(|f| f.current && f.complete && !f.query.is_empty())
    }

    /// The quotes of event `e` the filter matches, in order (`None` without a filter: all).
    pub fn matching_quotes(&self, e: EventIx) -> Option<Vec<QuoteIx>> {
        self.filter.as_ref()?.matches.as_ref()?;
        let at = self.rows.iter().position(|&r| r == Row::Event(e));
        let quotes = at.map(|i| {
            self.rows[i + 1..]
                .iter()
                .map_while(|r| match r {
                    Row::Quote(q) => Some(*q),
                    _ => None,
                })
                .collect()
        });
        Some(quotes.unwrap_or_default())
    }
}
