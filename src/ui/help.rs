//! The help popup, generated from the key table the dispatcher uses: a section per mode.

use super::theme::Theme;
use crate::app::keys::help_sections;
use crate::app::layout::{inner, popup};
use crate::app::wrap::{fit, str_width, wrap};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;


/// The popup inside `within` (the panes' area: it never covers the status line).
pub fn draw(frame: &mut Frame, within: Rect, scroll: usize, theme: Theme) {
    let sections = help_sections();
    let want = sections.iter().map(|s| s.entries.len() + 2).sum::<usize>();
    let r = popup(within, 78, want as u16);
    if r.width < 3 || r.height < 3 {
        return;
    }
    let block = Block::bordered()
        .title(" Keys ")
        .title_bottom(" Esc or ?: close · ↑↓: scroll ")
        .border_style(theme.border(true));
    frame.render_widget(Clear, r);
    frame.render_widget(block, r);
    let body = inner(r);
    // The widest keys and a gap, but never more than a third of the popup.
    let widest = sections.iter().flat_map(|s| &s.entries).map(|(k, _)| str_width(k)).max().unwrap_or(0);
    let keys_w = (widest + 2).min(body.width as usize / 3);
    let desc_w = (body.width as usize).saturating_sub(keys_w + 1).max(1);
    // Descriptions wrap under themselves on a narrow screen.
    let mut lines: Vec<Line> = Vec::new();
    for (i, s) in sections.iter().enumerate() {
        if i > 0 {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(format!(" {}", s.title), theme.bold())));
        for (keys, help) in &s.entries {
            for (i, r) in wrap(help, desc_w).into_iter().enumerate() {
                let k = if i == 0 { fit(keys, keys_w) } else { " ".repeat(keys_w) };
                lines.push(Line::from(vec![
                    Span::raw("  "),
                    Span::styled(k, theme.key()),
                    Span::raw(help[r].to_string()),
                ]));
            }
        }
    }
    let max = lines.len().saturating_sub(body.height as usize);
    let shown: Vec<Line> = lines.into_iter().skip(scroll.min(max)).take(body.height as usize).collect();
    frame.render_widget(Paragraph::new(shown), body);
}
