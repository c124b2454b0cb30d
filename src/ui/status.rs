//! The bottom lines: the filter input, the status line (messages, match count, position) and
//! the key hints, read from the key table.

use super::line::LineBuilder;
use super::theme::Theme;
use crate::app::keys::BINDINGS;
use crate::app::layout::Layout;
use crate::app::State;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, layout: &Layout, state: &State, theme: Theme) {
    if let Some(f) = &state.filter {
        let mut b = LineBuilder::new(layout.filter.width as usize);
        b.push(" / ", theme.key()).push(&f.query, theme.bold());
        if f.typing {
            b.push("▏", theme.key());
        }
        frame.render_widget(Paragraph::new(b.build()), layout.filter);
    }
    status_line(frame, layout.status, state, theme);
    if !layout.hints.is_empty() {
        frame.render_widget(Paragraph::new(hints(layout.hints.width as usize, theme)), layout.hints);
    }
}

fn status_line(frame: &mut Frame, area: Rect, state: &State, theme: Theme) {
    let right = match state.match_count() {
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
    let w = area.width as usize;
    let right_w = crate::app::wrap::str_width(&right) + 1;
    let mut b = LineBuilder::new(w);
    let msg = state.status.as_deref().unwrap_or("");
    let msg_style = if msg.starts_with("Not copied") { theme.warning() } else { theme.bold() };
    b.push(" ", theme.plain()).push(&crate::app::wrap::truncate(msg, w.saturating_sub(right_w + 2)), msg_style);
    let used = w - b.remaining();
    b.pad(w.saturating_sub(used + right_w), theme.plain());
    b.push(&right, theme.date());
    frame.render_widget(Paragraph::new(b.build()), area);
}

/// "↓/↑ move  [/] event  Tab pane …": bindings with a hint; neighbours with the same hint merge.
pub fn hints(width: usize, theme: Theme) -> ratatui::text::Line<'static> {
    let mut items: Vec<(String, &str)> = Vec::new();
    for b in BINDINGS {
        let Some(h) = b.hint else { continue };
        let key = b.keys[0].label();
        match items.last_mut() {
            Some((k, last)) if *last == h => {
                k.push('/');
                k.push_str(&key);
            }
            _ => items.push((key, h)),
        }
    }
    let mut b = LineBuilder::new(width);
    for (k, h) in items {
        b.push(" ", theme.plain()).push(&k, theme.key()).push(&format!(" {h} "), theme.dim());
    }
    b.build()
}
