//! The detail pane: draws `app::detail`'s view model, giving each tone its style.

use super::theme::Theme;
use crate::app::detail::{body, detail, Tone};
use crate::app::{Pane, State};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: Theme) {
    if area.is_empty() {
        return;
    }
    let body = body(area);
    let d = detail(state, body.width as usize);
    let title =
        if state.layout().stacked { format!(" {} · Tab: timeline ", d.title) } else { format!(" {} ", d.title) };
    let block = Block::bordered().title(title).border_style(theme.border(state.focus == Pane::Detail));
    frame.render_widget(block, area);
    let max = d.lines.len().saturating_sub(body.height as usize);
    let shown: Vec<Line> = d
        .lines
        .into_iter()
        .skip(state.detail_scroll.min(max))
        .take(body.height as usize)
        .map(|l| Line::from(l.into_iter().map(|(t, tone)| Span::styled(t, style(tone, theme))).collect::<Vec<_>>()))
        .collect();
    frame.render_widget(Paragraph::new(shown), body);
}

pub fn style(tone: Tone, theme: Theme) -> Style {
    match tone {
        Tone::Plain => theme.plain(),
        Tone::Strong => theme.bold(),
        Tone::Dim => theme.dim(),
        Tone::Secondary => theme.secondary(),
        Tone::Date => theme.date(),
        Tone::Speaker => theme.speaker(),
        Tone::Label => theme.label(),
        Tone::Warning => theme.warning(),
    }
}
