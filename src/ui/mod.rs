//! Drawing the browser from an immutable view of its state. Nothing here changes the state;
//! the geometry comes from `app::layout`, shared with the state's scrolling.
pub mod article;
pub mod density;
pub mod detail;
pub mod header;
pub mod help;
pub mod line;
pub mod speakers;
pub mod status;
pub mod theme;
pub mod timeline;

#[cfg(test)]
mod tests;

use crate::app::{Mode, State};
use line::LineBuilder;
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use theme::Theme;

/// Draw the whole screen.
pub fn draw(frame: &mut Frame, state: &State) {
    let area = frame.area();
    let theme = Theme { color: state.color };
    let layout = state.layout();
    if layout.too_small || area.width < state.width || area.height < state.height {
        too_small(frame, theme);
        return;
    }
    header::draw(frame, layout.header, state, theme);
    timeline::draw(frame, &layout, state, theme);
    detail::draw(frame, layout.detail, state, theme);
    status::draw(frame, &layout, state, theme);
    if let Some(view) = state.mode.article() {
        article::draw(frame, layout.body, state, view, theme);
    }
    if let Mode::Speakers(list) = &state.mode {
        speakers::draw(frame, state, list, theme);
    }
    if let Mode::Help { scroll, .. } = state.mode {
        help::draw(frame, layout.body, scroll, theme);
    }
}

/// A terminal too small to use gets a short message, never a panic.
fn too_small(frame: &mut Frame, theme: Theme) {
    let area = frame.area();
    let words = ["Terminal too small:", "enlarge it (q quits)"];
    let lines: Vec<_> = words
        .iter()
        .take(area.height as usize)
        .map(|w| {
            let mut b = LineBuilder::new(area.width as usize);
            b.push(w, theme.warning());
            b.build()
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}
