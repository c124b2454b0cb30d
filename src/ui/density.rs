//! The density strip: quotes per month as a bar chart over the whole width of the timeline
//! pane, with a time axis (year labels) and a marker under the selected event's month. Under
//! a filter the months with matches show the matches, bright, over the dimmed whole.

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
    let n = d.counts.len();
    if n == 0 {
        let mut b = LineBuilder::new(area.width as usize);
        b.push(" no dated events", theme.dim());
        frame.render_widget(Paragraph::new(b.build()), area);
        return;
    }
    let matches = state.filter.as_ref().filter(|f| f.matches.is_some() && f.density.len() == n).map(|f| &f.density);
    // Column x shows months lo..hi: several months per column on a long span, several columns
    // per month on a short one, so the strip always spans the pane.
    let months = |x: usize| {
        let lo = x * n / width;
        lo..((x + 1) * n / width).max(lo + 1).min(n)
    };
    let sum = |v: &[usize], x: usize| -> usize { v[months(x)].iter().sum() };
    let max = (0..width).map(|x| sum(&d.counts, x)).max().unwrap_or(0).max(1);
    let bar = |v: usize| if v == 0 { ' ' } else { BARS[(v * 8).div_ceil(max).clamp(1, 8) - 1] };

    let mut bars = LineBuilder::new(area.width as usize);
    bars.push(" ", theme.plain());
    for x in 0..width {
        let whole = sum(&d.counts, x);
        match matches.map(|m| sum(m, x)) {
            Some(m) if m > 0 => bars.push(&bar(m).to_string(), theme.date()),
            Some(_) => bars.push(&bar(whole).to_string(), theme.dim()),
            None => bars.push(&bar(whole).to_string(), theme.date()),
        };
    }

    let marker = state
        .selected_event()
        .and_then(|e| state.corpus.events[e].date)
        .and_then(|date| d.index_of(date.start))
        .and_then(|i| (0..width).find(|&x| months(x).contains(&i)));
    let mut axis: Vec<char> = vec!['─'; width];
    let mut free = 0;
    let mut last_year = None;
    for x in 0..width {
        let (year, _) = d.month_at(months(x).start);
        if last_year == Some(year) {
            continue;
        }
        last_year = Some(year);
        let label: Vec<char> = year.to_string().chars().collect();
        // Never under the marker, never over the previous label.
        let mut start = x.max(free);
        if marker.is_some_and(|m| (start..start + label.len()).contains(&m)) {
            start = marker.unwrap_or(0) + 1;
        }
        if start + label.len() <= width {
            axis[start..start + label.len()].copy_from_slice(&label);
            free = start + label.len() + 1;
        }
    }
    let mut line = LineBuilder::new(area.width as usize);
    line.push(" ", theme.dim());
    for (x, c) in axis.iter().enumerate() {
        if Some(x) == marker {
            line.push("▲", theme.marker());
        } else {
            line.push(&c.to_string(), theme.dim());
        }
    }
    let lines: Vec<Line> = vec![bars.build(), line.build()];
    frame.render_widget(Paragraph::new(lines), area);
}
