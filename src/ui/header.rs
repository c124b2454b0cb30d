//! The header line: corpus name, counts and date range.

use super::line::LineBuilder;
use super::theme::Theme;
use crate::app::State;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: Theme) {
    let c = &state.corpus;
    let mut b = LineBuilder::new(area.width as usize);
    b.push(" chronique ", theme.bold()).push("· ", theme.dim()).push(&state.label, theme.bold());
    let counts = format!(
        "   {} events · {} quotes · {} speakers · {} articles",
        c.events.len(),
        c.quotes.len(),
        c.speakers.len(),
        c.articles.len()
    );
    b.push(&counts, theme.plain());
    if let Some((first, last)) = c.date_range() {
        b.push("   ", theme.plain()).push(&format!("{} – {}", first.french(), last.french()), theme.date());
    }
    frame.render_widget(Paragraph::new(b.build()), area);
}
