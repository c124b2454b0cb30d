//! Where each part of the screen goes, from the terminal size alone. Pure geometry, shared by
//! the state (how many rows fit, what was clicked) and the drawing.

use ratatui::layout::Rect;

/// The two panes; under [`STACK_BELOW`] columns only the focused one shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Timeline,
    Detail,
}

/// Below this the browser shows a short message instead of its panes.
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 7;
/// Below this width the two panes no longer fit side by side: one shows at a time.
pub const STACK_BELOW: u16 = 80;
/// Lines of the quote-density strip at the top of the timeline pane.
pub const DENSITY_LINES: u16 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Layout {
    pub too_small: bool,
    /// One pane at a time (narrow terminal).
    pub stacked: bool,
    pub header: Rect,
    /// The whole area under the header and above the bottom lines.
    pub body: Rect,
    /// Timeline pane with its border (empty when hidden).
    pub timeline: Rect,
    pub density: Rect,
    /// The timeline rows, inside the border and under the density strip.
    pub list: Rect,
    /// Detail pane with its border (empty when hidden).
    pub detail: Rect,
    /// The input line (the filter, or the date prompt); empty when there is none.
    pub input: Rect,
    pub status: Rect,
    pub hints: Rect,
    /// Rows the timeline list shows, even while the pane is hidden (stacked, detail focused).
    pub list_rows: u16,
}

impl Layout {
    pub fn new(width: u16, height: u16, input_line: bool, focus: Pane) -> Layout {
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return Layout { too_small: true, ..Layout::default() };
        }
        let hints_h = u16::from(height >= 12);
        let input_h = u16::from(input_line);
        let bottom_h = 1 + hints_h + input_h;
        let header = Rect::new(0, 0, width, 1);
        let body = Rect::new(0, 1, width, height - 1 - bottom_h);
        let mut y = body.bottom();
        let input = Rect::new(0, y, width, input_h);
        y += input_h;
        let status = Rect::new(0, y, width, 1);
        let hints = Rect::new(0, y + 1, width, hints_h);
        let stacked = width < STACK_BELOW;
        let (timeline_full, detail_full) = if stacked {
            (body, body)
        } else {
            let tw = width * 11 / 20;
            (Rect::new(0, body.y, tw, body.height), Rect::new(tw, body.y, width - tw, body.height))
        };
        let inner = inner(timeline_full);
        let density_h = if inner.height >= 6 { DENSITY_LINES } else { 0 };
        let density = Rect::new(inner.x, inner.y, inner.width, density_h);
        let list = Rect::new(inner.x, inner.y + density_h, inner.width, inner.height - density_h);
        let (show_t, show_d) = match (stacked, focus) {
            (false, _) => (true, true),
            (true, Pane::Timeline) => (true, false),
            (true, Pane::Detail) => (false, true),
        };
        let hide = |r: Rect, show: bool| if show { r } else { Rect::default() };
        Layout {
            too_small: false,
            stacked,
            header,
            body,
            timeline: hide(timeline_full, show_t),
            density: hide(density, show_t),
            list: hide(list, show_t),
            detail: hide(detail_full, show_d),
            input,
            status,
            hints,
            list_rows: list.height,
        }
    }
}

/// The area inside a one-cell border.
pub fn inner(r: Rect) -> Rect {
    Rect::new(r.x + 1.min(r.width), r.y + 1.min(r.height), r.width.saturating_sub(2), r.height.saturating_sub(2))
}

/// A popup centred in `within`: at most `max_width` columns, and tall enough for `want_lines`
/// lines inside its border when there is room.
pub fn popup(within: Rect, max_width: u16, want_lines: u16) -> Rect {
    let w = within.width.saturating_sub(4).min(max_width);
    let h = within.height.min(want_lines.saturating_add(2));
    Rect::new(within.x + (within.width - w) / 2, within.y + (within.height - h) / 2, w, h)
}

pub fn contains(r: Rect, column: u16, row: u16) -> bool {
    column >= r.x && column < r.right() && row >= r.y && row < r.bottom()
}
