//! The density strip: quotes per month as a bar chart over the corpus's span, with a time axis
//! (year labels) and a marker under the selected event's month.

use super::line::LineBuilder;
use super::theme::Theme;
use crate::app::State;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: Theme) {
    if area.height < 2 || area.width < 4 {
        return;
    }
    let d = &state.density;
    let width = area.width as usize - 1;
    if d.counts.is_empty() {
        let mut b = LineBuilder::new(area.width as usize);
        b.push(" no dated events", theme.dim());
        frame.render_widget(Paragraph::new(b.build()), area);
        return;
    }
    // Months per column, so the whole span fits; columns per month when it is short.
    let n = d.counts.len();
    let per_col = n.div_ceil(width).max(1);
    let cols = n.div_ceil(per_col);
    let col_w = (width / cols).clamp(1, 3);
    let buckets: Vec<usize> = d.counts.chunks(per_col).map(|c| c.iter().sum()).collect();
    let max = buckets.iter().copied().max().unwrap_or(0).max(1);
    let marked = state
        .selected_event()
        .and_then(|e| state.corpus.events[e].date)
        .and_then(|date| d.index_of(date.start))
        .map(|i| i / per_col);

    let mut bars = String::from(" ");
    let mut axis = LineBuilder::new(area.width as usize);
    axis.push(" ", theme.dim());
    let mut last_year = None;
    let mut pending_label = String::new();
    for (i, &v) in buckets.iter().enumerate() {
        let bar = if v == 0 { ' ' } else { BARS[((v * 8).div_ceil(max)).clamp(1, 8) - 1] };
        for _ in 0..col_w {
            bars.push(bar);
        }
        let (year, _) = d.month_at(i * per_col);
        if last_year != Some(year) {
            last_year = Some(year);
            pending_label = year.to_string();
        }
        for k in 0..col_w {
            if marked == Some(i) && k == 0 {
                axis.push("▲", theme.marker());
            } else if let Some(c) = pending_label.chars().next() {
                pending_label.remove(0);
                axis.push(&c.to_string(), theme.dim());
            } else {
                axis.push("─", theme.dim());
            }
        }
    }
    let mut top = LineBuilder::new(area.width as usize);
    top.push(&bars, theme.date());
    let lines: Vec<Line> = vec![top.build(), axis.build()];
    frame.render_widget(Paragraph::new(lines), area);
}
