//! The help popup, generated from the key table the dispatcher uses.

use super::line::LineBuilder;
use super::theme::Theme;
use crate::app::keys::help_entries;
use crate::app::layout::{inner, popup};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

/// Column of the descriptions.
const KEYS_WIDTH: usize = 18;

pub fn draw(frame: &mut Frame, scroll: usize, theme: Theme) {
    let area = frame.area();
    let entries = help_entries();
    let r = popup(area.width, area.height, entries.len() as u16);
    if r.width < 3 || r.height < 3 {
        return;
    }
    let block = Block::bordered().title(" Keys ").title_bottom(" Esc or ?: close ").border_style(theme.border(true));
    frame.render_widget(Clear, r);
    frame.render_widget(block, r);
    let body = inner(r);
    let lines: Vec<Line> = entries
        .iter()
        .skip(scroll)
        .take(body.height as usize)
        .map(|(keys, help)| {
            let mut b = LineBuilder::new(body.width as usize);
            b.push(&format!(" {}", crate::app::wrap::fit(keys, KEYS_WIDTH - 1)), theme.key()).push(help, theme.plain());
            b.build()
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}
