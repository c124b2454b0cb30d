//! Moving the selection over the timeline's rows, and scroll positions within bounds.

use super::action::Command;
use super::rows::Row;
use super::state::State;

/// A scroll position moved by a scrolling command, within 0..=max.
pub fn scrolled(pos: usize, c: Command, page: usize, max: usize) -> usize {
    let page = page.max(1);
    let p = match c {
        Command::Up => pos.saturating_sub(1),
        Command::Down => pos + 1,
        Command::PageUp => pos.saturating_sub(page),
        Command::PageDown => pos + page,
        Command::Top => 0,
        Command::Bottom => max,
        _ => pos,
    };
    p.min(max)
}

/// Select row `i` (a new row starts its detail at the top).
pub fn select(state: &mut State, i: usize) {
    if i != state.selected {
        state.detail_scroll = 0;
    }
    state.selected = i;
    state.ensure_visible();
}

/// The next (or previous) selectable row.
pub fn step(state: &mut State, dir: isize) {
    let found = if dir > 0 {
        state.rows.iter().enumerate().skip(state.selected + 1).find(|(_, r)| r.selectable()).map(|(i, _)| i)
    } else {
        state.rows[..state.selected.min(state.rows.len())].iter().rposition(|r| r.selectable())
    };
    if let Some(i) = found {
        select(state, i);
    }
}

pub fn page_move(state: &mut State, dir: isize) {
    if state.rows.is_empty() {
        return;
    }
    let page = state.page();
    let target =
        if dir > 0 { (state.selected + page).min(state.rows.len() - 1) } else { state.selected.saturating_sub(page) };
    // Land on a selectable row: the target, else the nearest one in the move's direction, else back.
    let forward = state.rows.iter().enumerate().skip(target).find(|(_, r)| r.selectable()).map(|(i, _)| i);
    let backward = state.rows[..=target].iter().rposition(|r| r.selectable());
    let i = if dir > 0 { forward.or(backward) } else { backward.or(forward) };
    if let Some(i) = i {
        select(state, i);
    }
}

pub fn select_end(state: &mut State, top: bool) {
    let i = if top { state.first_selectable() } else { state.last_selectable() };
    if let Some(i) = i {
        select(state, i);
    }
}

pub fn jump_event(state: &mut State, dir: isize) {
    let is_event = |r: &Row| matches!(r, Row::Event(_));
    let found = if dir > 0 {
        state.rows.iter().enumerate().skip(state.selected + 1).find(|(_, r)| is_event(r)).map(|(i, _)| i)
    } else {
        state.rows[..state.selected.min(state.rows.len())].iter().rposition(is_event)
    };
    if let Some(i) = found {
        select(state, i);
    }
}
