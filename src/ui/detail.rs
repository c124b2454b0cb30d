//! The detail pane: everything about the selected quote (whole text, speaker and role at the
//! date, event, sources, other reports, attribution evidence) or the selected event.

use super::theme::Theme;
use crate::app::layout::{inner, Layout};
use crate::app::wrap::{str_width, wrap};
use crate::app::{Pane, Sel, State};
use crate::model::{Corpus, EventKind, QuoteIx, QuoteKind};
use crate::text::for_terminal;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use ratatui::Frame;

/// Width of the labels column ("Source", "Place" ...).
const LABEL: usize = 9;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: Theme) {
    if area.is_empty() {
        return;
    }
    let title = match state.selection() {
        Some(Sel::Quote(_)) => " Quote ",
        Some(Sel::Event(_)) => " Event ",
        None => " Detail ",
    };
    let stacked = state.layout().stacked;
    let title = if stacked { format!("{title}· Tab: timeline ") } else { title.to_string() };
    let block = Block::bordered().title(title).border_style(theme.border(state.focus == Pane::Detail));
    let body = body(area);
    frame.render_widget(block, area);
    let all = lines(state, body.width as usize, theme);
    let max = all.len().saturating_sub(body.height as usize);
    let shown: Vec<Line> = all.into_iter().skip(state.detail_scroll.min(max)).take(body.height as usize).collect();
    frame.render_widget(Paragraph::new(shown), body);
}

/// Lines the detail content takes at the current size (for the state's scroll bound).
pub fn line_count(state: &State) -> usize {
    let l = Layout::new(state.width, state.height, state.filter.is_some(), Pane::Detail);
    if l.too_small {
        return 0;
    }
    lines(state, body(l.detail).width as usize, Theme { color: false }).len()
}

/// Inside the border, with a one-column margin each side.
fn body(area: Rect) -> Rect {
    let r = inner(area);
    Rect::new(r.x + 1.min(r.width), r.y, r.width.saturating_sub(2), r.height)
}

pub fn lines(state: &State, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut out = Out { lines: Vec::new(), width: width.max(1), theme };
    match state.selection() {
        Some(Sel::Quote(q)) => quote(&mut out, &state.corpus, q),
        Some(Sel::Event(e)) => event(&mut out, &state.corpus, e),
        None if state.no_match() => out.text("Nothing matches: no quote to show.", theme.dim(), ""),
        None => out.text("Nothing selected.", theme.dim(), ""),
    }
    out.lines
}

struct Out {
    lines: Vec<Line<'static>>,
    width: usize,
    theme: Theme,
}

impl Out {
    /// `text` wrapped, every line after the first indented by `indent`.
    fn text(&mut self, text: &str, style: Style, indent: &str) {
        let safe = for_terminal(text);
        let iw = str_width(indent);
        let avail = self.width.saturating_sub(iw).max(1);
        for (i, r) in wrap(&safe, avail).into_iter().enumerate() {
            let lead = if i == 0 { String::new() } else { indent.to_string() };
            self.lines.push(Line::from(vec![Span::raw(lead), Span::styled(safe[r].to_string(), style)]));
        }
    }

    /// "Label    value", the value wrapped under itself.
    fn field(&mut self, label: &str, value: &str, style: Style) {
        let safe = for_terminal(value);
        let pad = " ".repeat(LABEL);
        let avail = self.width.saturating_sub(LABEL).max(1);
        for (i, r) in wrap(&safe, avail).into_iter().enumerate() {
            let lead = if i == 0 {
                Span::styled(crate::app::wrap::fit(label, LABEL), self.theme.label())
            } else {
                Span::raw(pad.clone())
            };
            self.lines.push(Line::from(vec![lead, Span::styled(safe[r].to_string(), style)]));
        }
    }

    fn blank(&mut self) {
        self.lines.push(Line::default());
    }
}

/// "Reuters, 8 novembre 2023 (seeds/a0.txt)": outlet, publication date, file.
fn source_line(c: &Corpus, a: usize) -> String {
    let Some(art) = c.articles.get(a) else { return String::new() };
    let outlet = art.source.as_deref().or(art.title.as_deref());
    let mut s = match outlet {
        Some(o) => o.to_string(),
        None => art.path.clone(),
    };
    if let Some(d) = art.published {
        s.push_str(&format!(", {}", d.french()));
    }
    if outlet.is_some() {
        s.push_str(&format!(" ({})", art.path));
    }
    s
}

fn quote(out: &mut Out, c: &Corpus, q: QuoteIx) {
    let t = out.theme;
    let quote = &c.quotes[q];
    let ev = &c.events[quote.event];
    out.text(&format!("« {} »", quote.text), t.bold(), "  ");
    out.blank();
    match quote.speaker.and_then(|s| c.speakers.get(s)) {
        Some(sp) => {
            let roles = sp.roles_at(ev.date.as_ref());
            out.field("Speaker", &sp.name, t.speaker());
            if !roles.is_empty() {
                out.field("", &roles.join(", "), t.plain());
            }
        }
        None => out.field("Speaker", "unattributed", t.secondary()),
    }
    out.field("Event", &ev.title, t.plain());
    out.field("Date", &ev.date.map_or_else(|| "unknown".into(), |d| d.french()), t.date());
    if let Some(place) = &ev.place {
        out.field("Place", place, t.plain());
    }
    out.field("Source", &source_line(c, quote.article), t.plain());
    // Where a quote file (Quotebank) says the quote was read; the first few.
    for (i, url) in quote.url_list().take(5).enumerate() {
        out.field(if i == 0 { "Links" } else { "" }, url, t.dim());
    }
    for &other in &quote.same_as {
        if let Some(o) = c.quotes.get(other) {
            out.field("Also", &format!("reported by {}", source_line(c, o.article)), t.plain());
            out.field("", &format!("« {} »", o.text), t.dim());
        }
    }
    let cue = quote.attribution.cue.as_deref().map_or_else(|| "none found".to_string(), |c| format!("« {c} »"));
    out.field("Cue", &format!("{cue} · confidence {:.0}%", quote.attribution.confidence * 100.0), t.plain());
    let mut notes = vec![];
    if quote.kind == QuoteKind::Fragment {
        notes.push("fragment quoted inside reported speech");
    }
    if quote.unclosed {
        notes.push("closing quote mark missing: end inferred");
    }
    if quote.continues.is_some() {
        notes.push("continues the previous quote");
    }
    if !notes.is_empty() {
        out.field("Note", &notes.join("; "), t.warning());
    }
    out.field("Id", &quote.id, t.dim());
}

fn event(out: &mut Out, c: &Corpus, e: usize) {
    let t = out.theme;
    let ev = &c.events[e];
    out.text(&ev.title, t.bold(), "");
    out.blank();
    let date = ev.date.map_or_else(|| "unknown".into(), |d| d.french());
    out.field("Date", &date, t.date());
    if ev.kind == EventKind::Context {
        out.field("Kind", "context: an earlier or later event an article mentions", t.secondary());
    }
    if let Some(place) = &ev.place {
        out.field("Place", place, t.plain());
    }
    if !ev.participants.is_empty() {
        out.field("With", &ev.participants.join(", "), t.speaker());
    }
    for (i, &a) in ev.articles.iter().enumerate() {
        out.field(if i == 0 { "Sources" } else { "" }, &source_line(c, a), t.plain());
    }
    out.blank();
    let n = if ev.quotes.is_empty() { "none".to_string() } else { ev.quotes.len().to_string() };
    out.field("Quotes", &n, t.bold());
    for &q in &ev.quotes {
        let quote = &c.quotes[q];
        let who = c.speaker_name(quote).unwrap_or("(unattributed)");
        out.text(&format!("{who}: « {} »", quote.text), t.plain(), "  ");
    }
}
