//! The detail pane's content as a view model: everything about the selected quote (whole text,
//! speaker and role at the date, event, sources, other reports, attribution evidence) or the
//! selected event, wrapped to the pane's width. Each piece of text carries a [`Tone`] that
//! `ui::detail` turns into a style; the drawing adds nothing else. The state's scroll bound
//! comes from the same lines, so scrolling stops exactly at the end.

use super::layout::{inner, Layout, Pane};
use super::state::{Sel, State};
use super::wrap::{fit, str_width, wrap};
use crate::lang::Lang;
use crate::model::{Corpus, EventKind, QuoteIx, QuoteKind};
use crate::text::for_terminal;

/// What a piece of text is, for the drawing to style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    /// The quote's words, the event's title.
    Strong,
    Dim,
    /// Context events, unattributed speakers.
    Secondary,
    Date,
    Speaker,
    Label,
    Warning,
}

/// One screen line: pieces of terminal-safe text, each with its tone.
pub type DetailLine = Vec<(String, Tone)>;

/// The pane's title and lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub title: &'static str,
    pub lines: Vec<DetailLine>,
}

/// Width of the labels column ("Source", "Place" ...): the widest label of the language and a
/// space, at least 9 columns.
fn label_width(lang: Lang) -> usize {
    let w = &lang.words().detail;
    [
        w.speaker, w.event, w.date, w.place, w.source, w.links, w.also, w.cue, w.note, w.id, w.kind, w.with, w.sources,
        w.quotes,
    ]
    .iter()
    .map(|l| str_width(l) + 1)
    .max()
    .unwrap_or(0)
    .max(9)
}

/// The detail of the current selection at `width` columns.
pub fn detail(state: &State, width: usize) -> Detail {
    let w = &state.lang.words().detail;
    let mut out = Out { lines: Vec::new(), width: width.max(1), label: label_width(state.lang) };
    let title = match state.selection() {
        Some(Sel::Quote(q)) => {
            quote(&mut out, &state.corpus, q, state.lang);
            w.quote
        }
        Some(Sel::Event(e)) => {
            event(&mut out, state, e);
            w.event
        }
        None if state.no_match() => {
            out.text(w.nothing_matches, Tone::Dim, "");
            w.detail
        }
        None => {
            out.text(w.nothing_selected, Tone::Dim, "");
            w.detail
        }
    };
    Detail { title, lines: out.lines }
}

/// The detail pane's text area at the state's size (inside the border, one column of margin
/// each side), whether or not the pane is shown.
pub fn area(state: &State) -> ratatui::layout::Rect {
    let l = Layout::new(state.width, state.height, state.input_line(), Pane::Detail);
    body(l.detail)
}

/// Inside the border, with a one-column margin each side.
pub fn body(area: ratatui::layout::Rect) -> ratatui::layout::Rect {
    let r = inner(area);
    ratatui::layout::Rect::new(r.x + 1.min(r.width), r.y, r.width.saturating_sub(2), r.height)
}

/// Lines of the detail at the current size, and how many show at once.
pub fn metrics(state: &State) -> (usize, usize) {
    let a = area(state);
    if a.is_empty() {
        return (0, 1);
    }
    (detail(state, a.width as usize).lines.len(), usize::from(a.height).max(1))
}

struct Out {
    lines: Vec<DetailLine>,
    width: usize,
    /// Width of the labels column.
    label: usize,
}

impl Out {
    /// `text` wrapped, every line after the first indented by `indent`.
    fn text(&mut self, text: &str, tone: Tone, indent: &str) {
        let safe = for_terminal(text);
        let avail = self.width.saturating_sub(str_width(indent)).max(1);
        for (i, r) in wrap(&safe, avail).into_iter().enumerate() {
            let mut line = vec![];
            if i > 0 {
                line.push((indent.to_string(), Tone::Plain));
            }
            line.push((safe[r].to_string(), tone));
            self.lines.push(line);
        }
    }

    /// "Label    value", the value wrapped under itself.
    fn field(&mut self, label: &str, value: &str, tone: Tone) {
        let safe = for_terminal(value);
        let label_w = self.label;
        let avail = self.width.saturating_sub(label_w).max(1);
        for (i, r) in wrap(&safe, avail).into_iter().enumerate() {
            let lead = if i == 0 { (fit(label, label_w), Tone::Label) } else { (" ".repeat(label_w), Tone::Plain) };
            self.lines.push(vec![lead, (safe[r].to_string(), tone)]);
        }
    }

    fn blank(&mut self) {
        self.lines.push(vec![]);
    }
}

/// "Reuters, 8 novembre 2023 (seeds/a0.txt)": outlet, publication date, file.
fn source_line(c: &Corpus, a: usize, lang: Lang) -> String {
    let Some(art) = c.articles.get(a) else { return String::new() };
    let outlet = art.source.as_deref().or(art.title.as_deref());
    let mut s = match outlet {
        Some(o) => o.to_string(),
        None => art.path.clone(),
    };
    if let Some(d) = art.published {
        s.push_str(&format!(", {}", d.long(lang)));
    }
    if outlet.is_some() {
        s.push_str(&format!(" ({})", art.path));
    }
    s
}

fn quote(out: &mut Out, c: &Corpus, q: QuoteIx, lang: Lang) {
    let w = &lang.words().detail;
    let quote = c.quote(q);
    let ev = &c.events[quote.event()];
    // The quote's words (and the cue, words of the same article) in their own language's marks.
    let marks = crate::cite::marks_for(c, quote, lang);
    out.text(&marks.quoted(&quote.text()), Tone::Strong, "  ");
    out.blank();
    match quote.speaker().and_then(|s| c.speakers.get(s)) {
        Some(sp) => {
            let roles = sp.roles_at(ev.date.as_ref());
            let name = if quote.attribution_uncertain() { format!("{} ?", sp.name) } else { sp.name.clone() };
            out.field(w.speaker, &name, Tone::Speaker);
            if !roles.is_empty() {
                out.field("", &roles.join(", "), Tone::Plain);
            }
        }
        None => out.field(w.speaker, w.unattributed, Tone::Secondary),
    }
    out.field(w.event, &ev.title, Tone::Plain);
    out.field(w.date, &ev.date.map_or_else(|| w.unknown.into(), |d| d.long(lang)), Tone::Date);
    if let Some(place) = &ev.place {
        out.field(w.place, place, Tone::Plain);
    }
    out.field(w.source, &source_line(c, quote.article(), lang), Tone::Plain);
    // Where a quote file (Quotebank) says the quote was read; the first few.
    // (A plain file of quotes keeps neither: they are read back from the quote's line.)
    let back = quote.read_back();
    match &back {
        Ok((_, urls)) => {
            for (i, url) in urls.split('\n').filter(|u| !u.is_empty()).take(5).enumerate() {
                out.field(if i == 0 { w.links } else { "" }, url, Tone::Dim);
            }
        }
        Err(why) => out.field(w.links, why, Tone::Warning),
    }
    for &other in quote.same_as() {
        if let Some(o) = c.quotes.get(other) {
            out.field(w.also, &(w.reported_by)(&source_line(c, o.article(), lang)), Tone::Plain);
            out.field("", &crate::cite::marks_for(c, o, lang).quoted(&o.text()), Tone::Dim);
        }
    }
    let cue = quote.cue().map_or_else(|| w.no_cue.to_string(), |c| marks.quoted(c));
    out.field(w.cue, &(w.confidence)(&cue, quote.confidence()), Tone::Plain);
    let mut notes = vec![];
    if quote.kind() == QuoteKind::Fragment {
        notes.push(w.fragment);
    }
    if quote.unclosed() {
        notes.push(w.unclosed);
    }
    if quote.attribution_uncertain() {
        notes.push(w.uncertain);
    }
    if quote.continues().is_some() {
        notes.push(w.continues);
    }
    if !notes.is_empty() {
        out.field(w.note, &notes.join("; "), Tone::Warning);
    }
    if let Ok((id, _)) = &back {
        out.field(w.id, id, Tone::Dim);
    }
}

fn event(out: &mut Out, state: &State, e: usize) {
    let (c, lang) = (&state.corpus, state.lang);
    let w = &lang.words().detail;
    let ev = &c.events[e];
    out.text(&ev.title, Tone::Strong, "");
    out.blank();
    let date = ev.date.map_or_else(|| w.unknown.into(), |d| d.long(lang));
    out.field(w.date, &date, Tone::Date);
    if ev.kind == EventKind::Context {
        out.field(w.kind, w.context_kind, Tone::Secondary);
    }
    if let Some(place) = &ev.place {
        out.field(w.place, place, Tone::Plain);
    }
    if !ev.participants.is_empty() {
        out.field(w.with, &ev.participants.join(", "), Tone::Speaker);
    }
    for (i, &a) in ev.articles.iter().enumerate() {
        out.field(if i == 0 { w.sources } else { "" }, &source_line(c, a, lang), Tone::Plain);
    }
    out.blank();
    // Under a filter, only the quotes that match.
    let matching = state.matching_quotes(e);
    let n = match (&matching, ev.quotes.len()) {
        (_, 0) => w.none.to_string(),
        (None, n) => n.to_string(),
        (Some(m), n) => (w.of_match)(m.len(), n),
    };
    out.field(w.quotes, &n, Tone::Strong);
    for &q in matching.as_deref().unwrap_or(&ev.quotes) {
        let quote = c.quote(q);
        let who = match c.speaker_name(quote) {
            Some(name) if quote.attribution_uncertain() => format!("{name} ?"),
            Some(name) => name.to_string(),
            None => w.unattributed_short.to_string(),
        };
        let words = crate::cite::marks_for(c, quote, lang).quoted(&quote.text());
        out.text(&format!("{who}: {words}"), Tone::Plain, "  ");
    }
}
