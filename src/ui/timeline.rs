//! The timeline pane: year headings, events on a vertical time axis, their quotes beneath.

use super::line::LineBuilder;
use super::theme::Theme;
use crate::app::layout::Layout;
use crate::app::rows::Row;
use crate::app::{Pane, State};
use crate::model::{EventKind, QuoteKind};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, layout: &Layout, state: &State, theme: Theme) {
    if layout.timeline.is_empty() {
        return;
    }
    let w = &state.lang.words().browser;
    let title = if layout.stacked { w.timeline_tab } else { w.timeline };
    let block = Block::bordered().title(title).border_style(theme.border(state.focus == Pane::Timeline));
    frame.render_widget(block, layout.timeline);
    super::density::draw(frame, layout.density, state, theme);
    let list = layout.list;
    let lines: Vec<Line> = if state.no_match() {
        no_match(state, list, theme)
    } else if state.rows.is_empty() {
        let mut b = LineBuilder::new(list.width as usize);
        b.push(w.no_events, theme.dim());
        vec![b.build()]
    } else {
        let end = (state.offset + list.height as usize).min(state.rows.len());
        (state.offset.min(end)..end).map(|i| row_line(state, i, list.width as usize, theme)).collect()
    };
    frame.render_widget(Paragraph::new(lines), list);
}

fn no_match(state: &State, list: Rect, theme: Theme) -> Vec<Line<'static>> {
    let query = state.filter.as_ref().map(|f| f.query.as_str()).unwrap_or("");
    let words = &state.lang.words().browser;
    let w = list.width as usize;
    let mut a = LineBuilder::new(w);
    a.push(words.no_match, theme.bold()).push(&state.lang.quoted(query), theme.matched());
    let mut b = LineBuilder::new(w);
    b.push(words.no_match_hint, theme.dim());
    let mut lines = vec![Line::default(), a.build(), Line::default(), b.build()];
    // Matches hidden by the folding are worth a word.
    let folded = state.filter.as_ref().map_or(0, |f| f.events.len());
    if folded > 0 && !state.context {
        let mut c = LineBuilder::new(w);
        c.push(&(words.context_match)(folded), theme.dim());
        lines.push(c.build());
    }
    lines
}

/// Columns given to the speaker's name in quote rows, so the quotes line up.
fn speaker_width(width: usize) -> usize {
    (width / 4).clamp(6, 20)
}

fn row_line(state: &State, i: usize, width: usize, theme: Theme) -> Line<'static> {
    let c = &state.corpus;
    let (lang, w) = (state.lang, &state.lang.words().browser);
    let mut b = LineBuilder::new(width);
    let selected = i == state.selected && state.rows[i].selectable();
    // A visible mark besides reverse video: readable without colour and in plain-text captures.
    let lead = if selected { "▶" } else { " " };
    match state.rows[i] {
        Row::Year(y) => {
            let label = y.map_or_else(|| lang.words().dates.undated.to_string(), |y| y.to_string());
            b.push(&format!(" {label} "), theme.year()).fill('─', theme.dim());
        }
        Row::Event(e) => {
            let ev = &c.events[e];
            let context = ev.kind == EventKind::Context;
            let (axis, title_style, date_style) = if context {
                ("○ ", theme.secondary(), theme.secondary())
            } else {
                ("● ", theme.bold(), theme.date())
            };
            b.push(lead, theme.bold()).push(axis, if context { theme.dim() } else { theme.date() });
            b.push(&ev.date.map_or_else(|| w.date_unknown.to_string(), |d| d.long(lang)), date_style);
            b.push("  ", theme.plain()).push(&ev.title, title_style);
            if context {
                b.push(w.context, theme.secondary());
            }
            if !ev.participants.is_empty() {
                b.push(&format!(" · {}", ev.participants.join(", ")), theme.dim());
            }
        }
        Row::Quote(q) => {
            let quote = c.quote(q);
            let hl = state.filter.as_ref().and_then(|f| f.highlights.get(&q));
            let (spk_marks, text_marks) = hl.map_or((&[][..], &[][..]), |h| (&h.speaker[..], &h.text[..]));
            b.push(lead, theme.bold()).push("│", theme.dim());
            // The mark sits in the gap between the axis and the speaker.
            if state.marks.contains(&q) {
                b.push(" ✓ ", theme.marker());
            } else {
                b.push("   ", theme.dim());
            }
            let sw = speaker_width(width);
            let before = b.remaining();
            match quote.speaker().and_then(|s| c.speakers.get(s)) {
                // A guessed speaker carries a "?" so it is never read as what the text says.
                Some(sp) if quote.attribution_uncertain() => {
                    let (name, marks) = crate::app::names::fit_marked(sp, sw.saturating_sub(1), spk_marks);
                    b.push_marked(&name, theme.speaker(), theme.matched(), &marks).push("?", theme.warning());
                }
                Some(sp) => {
                    let (name, marks) = crate::app::names::fit_marked(sp, sw, spk_marks);
                    b.push_marked(&name, theme.speaker(), theme.matched(), &marks);
                }
                None => {
                    b.push(&crate::app::wrap::truncate(w.unattributed, sw), theme.secondary());
                }
            }
            let used = before - b.remaining();
            b.pad(sw.saturating_sub(used) + 1, theme.plain());
            let style = if quote.kind() == QuoteKind::Fragment { theme.secondary() } else { theme.plain() };
            // The quote's own language's marks, dimmed around its words.
            let marks = crate::cite::marks_for(c, quote, lang).quoted("\0");
            let (open, close) = marks.split_once('\0').unwrap_or(("", ""));
            b.push(open, theme.dim())
                .push_marked(&quote.text(), style, theme.matched(), text_marks)
                .push(close, theme.dim());
        }
    }
    if selected {
        b.pad(usize::MAX, theme.plain());
        return b.build().patch_style(theme.selected());
    }
    b.build()
}
