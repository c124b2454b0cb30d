//! The bottom lines: the filter input, the status line (messages, match count, position) and
//! the key hints, read from the key table.

use super::line::LineBuilder;
use super::theme::Theme;
use crate::app::layout::Layout;
use crate::app::wrap::str_width;
use crate::app::{goto, keys};
use crate::app::{Mode, ModeKind, State};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, layout: &Layout, state: &State, theme: Theme) {
    let w = &state.lang.words().browser;
    let mut b = LineBuilder::new(layout.input.width as usize);
    if let Mode::GoTo(p) = &state.mode {
        b.push(" : ", theme.key()).push(&p.input, theme.bold()).push("▏", theme.key());
        match (&p.error, goto::parse(&p.input)) {
            (Some(why), _) => b.push(&format!("  {why}"), theme.warning()),
            (None, Some(d)) => b.push(&format!("  {}", d.long(state.lang)), theme.date()),
            (None, None) if p.input.is_empty() => b.push(w.date_prompt_hint, theme.dim()),
            (None, None) => &mut b,
        };
    } else if let Some(f) = &state.filter {
        b.push(" / ", theme.key()).push(&f.query, theme.bold());
        if state.mode == Mode::FilterInput {
            b.push("▏", theme.key());
        } else {
            b.push(w.filter_hint, theme.dim());
        }
    }
    frame.render_widget(Paragraph::new(b.build()), layout.input);
    status_line(frame, layout.status, state, theme);
    if !layout.hints.is_empty() {
        let has_context = state.context_events > 0;
        let applies = |c: crate::app::Command| c != crate::app::Command::ToggleContext || has_context;
        let line = hints(layout.hints.width as usize, state.mode.kind(), theme, state.lang, applies);
        frame.render_widget(Paragraph::new(line), layout.hints);
    }
}

fn status_line(frame: &mut Frame, area: Rect, state: &State, theme: Theme) {
    let mut right = match state.match_count() {
        Some(count) => count,
        None => {
            let selectable = state.rows.iter().filter(|r| r.selectable()).count();
            let pos = state.rows[..state.selected.min(state.rows.len())].iter().filter(|r| r.selectable()).count() + 1;
            if selectable == 0 {
                String::new()
            } else {
                format!("{pos}/{selectable}")
            }
        }
    };
    if !state.marks.is_empty() {
        right = format!("{} · {right}", (state.lang.words().browser.marked)(state.marks.len()));
    }
    let w = area.width as usize;
    let right_w = crate::app::wrap::str_width(&right) + 1;
    let mut b = LineBuilder::new(w);
    let msg = state.status.as_deref().unwrap_or("");
    let msg_style = if state.status_warning { theme.warning() } else { theme.bold() };
    b.push(" ", theme.plain()).push(&crate::app::wrap::truncate(msg, w.saturating_sub(right_w + 2)), msg_style);
    let used = w - b.remaining();
    b.pad(w.saturating_sub(used + right_w), theme.plain());
    b.push(&right, theme.date());
    frame.render_widget(Paragraph::new(b.build()), area);
}

/// "↓/↑ move  [/] event  Tab pane …": the mode's bindings with a hint, in table order. When
/// they do not fit, the least important go first, so "? help" and "q quit" stay.
pub fn hints(
    width: usize,
    mode: ModeKind,
    theme: Theme,
    lang: crate::lang::Lang,
    applies: impl Fn(crate::app::Command) -> bool,
) -> Line<'static> {
    let mut items = keys::hints(mode, lang, applies);
    let size = |items: &[(String, &str, u8)]| -> usize {
        items.iter().map(|(k, h, _)| 1 + str_width(k) + 1 + str_width(h) + 1).sum()
    };
    while size(&items) > width {
        // The highest rank; among equals the rightmost.
        let Some((i, _)) = items.iter().enumerate().filter(|(_, it)| it.2 > 0).max_by_key(|(i, it)| (it.2, *i)) else {
            break;
        };
        items.remove(i);
    }
    let mut b = LineBuilder::new(width);
    for (k, h, _) in items {
        b.push(" ", theme.plain()).push(&k, theme.key()).push(&format!(" {h} "), theme.dim());
    }
    b.build()
}
