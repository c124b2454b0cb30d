//! The header line: corpus name, counts (how many context events are folded) and date range.
//! On a narrow screen the least useful parts go first.

use super::line::LineBuilder;
use super::theme::Theme;
use crate::app::wrap::str_width;
use crate::app::State;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: Theme) {
    let width = area.width as usize;
    let mut parts = parts(state, theme);
    // The name and the events stay; then drop the highest rank first.
    while parts.iter().map(|p| str_width(&p.0)).sum::<usize>() > width {
        let Some(i) = parts.iter().enumerate().filter(|(_, p)| p.2 > 0).max_by_key(|(_, p)| p.2).map(|(i, _)| i) else {
            break;
        };
        parts.remove(i);
    }
    let mut b = LineBuilder::new(width);
    for (text, style, _) in &parts {
        b.push(text, *style);
    }
    frame.render_widget(Paragraph::new(b.build()), area);
}

/// (text, style, drop rank) in reading order.
fn parts(state: &State, theme: Theme) -> Vec<(String, Style, u8)> {
    let c = &state.corpus;
    let folded = state.context_events;
    let shown_events = if state.context { c.events.len() } else { c.events.len() - folded };
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let mut out = vec![
        (" chronique ".to_string(), theme.bold(), 0),
        (format!("· {}   ", state.label), theme.bold(), 0),
        (plural(shown_events, "event"), theme.plain(), 0),
    ];
    if folded > 0 {
        let context = if state.context {
            format!(" (with {folded} context, c folds)")
        } else {
            format!(" + {folded} context folded (c)")
        };
        out.push((context, theme.dim(), 1));
    }
    out.push((format!(" · {}", plural(c.quotes.len(), "quote")), theme.plain(), 2));
    out.push((format!(" · {}", plural(c.speakers.len(), "speaker")), theme.plain(), 4));
    out.push((format!(" · {}", plural(c.articles.len(), "article")), theme.plain(), 5));
    if let Some((first, last)) = state.date_range() {
        out.push((format!("   {} – {}", first.french(), last.french()), theme.date(), 3));
    }
    out
}
