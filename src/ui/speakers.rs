//! The speaker list popup: the name typed, then one row per speaker (quotes, name with the
//! letters matched lit, first and last date, role at the latest quote), columns dropped or
//! shortened to fit.

use super::line::LineBuilder;
use super::theme::Theme;
use crate::app::layout::inner;
use crate::app::speaker_list::{area, SpeakerList, HEAD_LINES};
use crate::app::wrap::{fit, str_width};
use crate::app::State;
use crate::model::FuzzyDate;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

/// Columns of the quote count.
const COUNT: usize = 6;
/// Narrowest role column worth showing.
const ROLE_MIN: usize = 12;

pub fn draw(frame: &mut Frame, state: &State, list: &SpeakerList, theme: Theme) {
    let Some(table) = &state.speakers else { return };
    let r = area(state);
    if r.width < 10 || r.height < 3 + HEAD_LINES {
        return;
    }
    let block = Block::bordered()
        .title(format!(" Speakers · {} ", table.rows.len()))
        .title_bottom(" Enter: filter on the speaker · Esc: close ")
        .border_style(theme.border(true));
    frame.render_widget(Clear, r);
    frame.render_widget(block, r);
    let body = inner(r);
    let w = body.width as usize;

    // The name typed, and how many speakers it leaves.
    let count = format!("{} of {} ", list.shown.len(), table.rows.len());
    let mut input = LineBuilder::new(w);
    input.push(" name: ", theme.key()).push(&list.query, theme.bold()).push("▏", theme.key());
    let used = w - input.remaining();
    input.pad(w.saturating_sub(used + str_width(&count)), theme.plain()).push(&count, theme.date());

    let names: Vec<&str> =
        list.shown.iter().map(|&i| state.corpus.speakers[table.rows[i].speaker].name.as_str()).collect();
    let name_w = names.iter().map(|n| str_width(n)).max().unwrap_or(7).clamp(7, 28);
    let long_dates = 23;
    // What fits: the role only with room to spare; dates as years when short of room.
    let fixed = 1 + COUNT + 1 + name_w + 2;
    let (dates_w, role_w) = if w >= fixed + long_dates + 2 + ROLE_MIN {
        (long_dates, w - fixed - long_dates - 2)
    } else if w >= fixed + long_dates {
        (long_dates, 0)
    } else {
        (9, 0)
    };
    let mut head = LineBuilder::new(w);
    let dates_head = if dates_w == long_dates { "first – last" } else { "years" };
    head.push(&format!(" {:>COUNT$} {}  {}", "quotes", fit("speaker", name_w), fit(dates_head, dates_w)), theme.dim());
    if role_w > 0 {
        head.push(&format!("  {}", "role at latest quote"), theme.dim());
    }
    let mut lines: Vec<Line> = vec![input.build(), head.build()];

    let rows_h = body.height.saturating_sub(HEAD_LINES) as usize;
    for (k, &i) in list.shown.iter().enumerate().skip(list.offset).take(rows_h) {
        let row = &table.rows[i];
        let selected = k == list.selected;
        let name = names[k];
        let marks = table.matcher.highlight(&list.query, row.speaker, name);
        let style = if row.quotes == 0 { theme.secondary() } else { theme.plain() };
        let mut b = LineBuilder::new(w);
        b.push(if selected { "▶" } else { " " }, theme.bold());
        b.push(&format!("{:>COUNT$} ", row.quotes), theme.date());
        let before = b.remaining();
        b.push_marked(&crate::app::wrap::truncate(name, name_w), theme.speaker(), theme.matched(), &marks);
        let used = before - b.remaining();
        b.pad(name_w.saturating_sub(used) + 2, theme.plain());
        b.push(&fit(&dates(row.first, row.last, dates_w == long_dates), dates_w), style);
        if role_w > 0 {
            b.push("  ", theme.plain()).push(row.role.as_deref().unwrap_or(""), style);
        }
        let mut line = b.build();
        if selected {
            line = line.patch_style(theme.selected());
        }
        lines.push(line);
    }
    if list.shown.is_empty() {
        let mut b = LineBuilder::new(w);
        b.push(" No speaker by that name. Backspace edits it.", theme.dim());
        lines.push(b.build());
    }
    frame.render_widget(Paragraph::new(lines), Rect { height: body.height, ..body });
}

/// "2022-12-30 – 2023-11-08", or "2022–2023" when short of room.
fn dates(first: Option<FuzzyDate>, last: Option<FuzzyDate>, long: bool) -> String {
    match (first, last) {
        (Some(f), Some(l)) if long && f == l => f.iso(),
        (Some(f), Some(l)) if long => format!("{} – {}", f.iso(), l.iso()),
        (Some(f), Some(l)) => {
            let (a, b) = (f.start.format("%Y").to_string(), l.start.format("%Y").to_string());
            if a == b {
                a
            } else {
                format!("{a}–{b}")
            }
        }
        _ => "undated".into(),
    }
}
