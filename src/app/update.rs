//! `update(state, action) -> effects`: the only way the state changes. No I/O here.

use super::action::{Action, Command, CopyReport, Effect};
use super::article;
use super::filter;
use super::keys;
use super::layout::{contains, inner, Layout, Pane};
use super::rows::Row;
use super::state::{ArticleView, Sel, State};
use crate::cite::{self, CiteFormat};

/// Lines one wheel notch scrolls.
const WHEEL_LINES: usize = 3;

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Command(c) => {
            state.status = None;
            command(state, c)
        }
        Action::Input(c) => filter::edit(state, |q| q.push(c)),
        Action::Backspace => filter::edit(state, |q| {
            q.pop();
        }),
        Action::Resize { width, height } => {
            state.width = width;
            state.height = height;
            state.ensure_visible();
            if let Some(v) = state.article.clone() {
                open_article(state, v.article, v.quote);
            }
            vec![]
        }
        Action::Wheel { column, row, down } => {
            wheel(state, column, row, down);
            vec![]
        }
        Action::Click { column, row } => {
            click(state, column, row);
            vec![]
        }
        Action::SearchDone { generation, quotes, complete } => {
            filter::answer(state, generation, quotes, complete);
            vec![]
        }
        Action::Copied { what, chars, report } => {
            state.status = Some(copy_status(&what, chars, &report));
            vec![]
        }
    }
}

/// "Copied 1 quote (142 chars) via OSC 52 and system clipboard", or why nothing was copied.
pub fn copy_status(what: &str, chars: usize, report: &CopyReport) -> String {
    if report.ok() {
        let mut s = format!("Copied {what} ({chars} chars) via {}", report.via.join(" and "));
        if !report.problems.is_empty() {
            s.push_str(&format!(" ({})", report.problems.join("; ")));
        }
        s
    } else if report.problems.is_empty() {
        format!("Not copied: no clipboard available for {what}")
    } else {
        format!("Not copied: {}", report.problems.join("; "))
    }
}

fn command(state: &mut State, c: Command) -> Vec<Effect> {
    use Command::*;
    if c == Quit {
        return vec![Effect::Quit];
    }
    if let Some(scroll) = state.help {
        // Upper bound: entries wrap to at most a few lines; the drawing clamps exactly.
        let max = keys::help_entries().len() * 3;
        state.help = match c {
            Help | Back => None,
            _ => Some(scrolled(scroll, c, state.height as usize / 2, max)),
        };
        return vec![];
    }
    if c == Help {
        state.help = Some(0);
        return vec![];
    }
    if let Some(view) = state.article.clone() {
        match c {
            Back => state.article = None,
            CopyCitation | CopyWords => return view.quote.map(|q| copy(state, Sel::Quote(q), c)).unwrap_or_default(),
            _ => {
                let (lines, page) = article_metrics(state, view.article);
                let max = lines.saturating_sub(page);
                if let Some(v) = &mut state.article {
                    v.scroll = scrolled(v.scroll, c, page, max);
                }
            }
        }
        return vec![];
    }
    match c {
        Up | Down | PageUp | PageDown | Top | Bottom if state.focus == Pane::Detail => {
            let page = detail_page(state);
            state.detail_scroll = scrolled(state.detail_scroll, c, page, state.detail_lines.saturating_sub(page));
        }
        Up => step(state, -1),
        Down => step(state, 1),
        PageUp => page_move(state, -1),
        PageDown => page_move(state, 1),
        Top => select_first(state, true),
        Bottom => select_first(state, false),
        PrevEvent => jump_event(state, -1),
        NextEvent => jump_event(state, 1),
        FocusNext => {
            state.focus = match state.focus {
                Pane::Timeline => Pane::Detail,
                Pane::Detail => Pane::Timeline,
            };
            state.ensure_visible();
        }
        StartFilter => filter::start(state),
        Back => {
            if state.filter.is_some() {
                filter::clear(state);
            }
        }
        Open => {
            if let Some(f) = state.filter.as_mut().filter(|f| f.typing) {
                f.typing = false;
            } else {
                open_selected(state);
            }
        }
        CopyCitation | CopyWords => return state.selection().map(|s| copy(state, s, c)).unwrap_or_default(),
        Help | Quit => {}
    }
    vec![]
}

/// A scroll position moved by a scrolling command, within 0..=max.
fn scrolled(pos: usize, c: Command, page: usize, max: usize) -> usize {
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

fn select(state: &mut State, i: usize) {
    if i != state.selected {
        state.detail_scroll = 0;
    }
    state.selected = i;
    state.ensure_visible();
}

fn step(state: &mut State, dir: isize) {
    let found = if dir > 0 {
        state.rows.iter().enumerate().skip(state.selected + 1).find(|(_, r)| r.selectable()).map(|(i, _)| i)
    } else {
        state.rows[..state.selected.min(state.rows.len())].iter().rposition(|r| r.selectable())
    };
    if let Some(i) = found {
        select(state, i);
    }
}

fn page_move(state: &mut State, dir: isize) {
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

fn select_first(state: &mut State, top: bool) {
    let i = if top { state.first_selectable() } else { state.last_selectable() };
    if let Some(i) = i {
        select(state, i);
    }
}

fn jump_event(state: &mut State, dir: isize) {
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

fn detail_page(state: &State) -> usize {
    let l = Layout::new(state.width, state.height, state.filter.is_some(), Pane::Detail);
    usize::from(inner(l.detail).height).max(1)
}

/// (number of lines, lines on screen) of the article view.
fn article_metrics(state: &State, a: usize) -> (usize, usize) {
    let body = inner(state.layout().body);
    let n = state.corpus.articles.get(a).map_or(0, |art| article::lines(art, body.width as usize).len());
    (n, usize::from(body.height).max(1))
}

fn open_selected(state: &mut State) {
    let (a, q) = match state.selection() {
        Some(Sel::Quote(q)) => (state.corpus.quotes[q].article, Some(q)),
        Some(Sel::Event(e)) => {
            let ev = &state.corpus.events[e];
            match ev.quotes.first() {
                Some(&q) => (state.corpus.quotes[q].article, Some(q)),
                None => match ev.articles.first() {
                    Some(&a) => (a, None),
                    None => return,
                },
            }
        }
        None => return,
    };
    open_article(state, a, q);
}

/// Show article `a`, scrolled so the quote sits a third of the way down the view.
fn open_article(state: &mut State, a: usize, quote: Option<usize>) {
    let Some(art) = state.corpus.articles.get(a) else { return };
    let body = inner(state.layout().body);
    let lines = article::lines(art, body.width as usize);
    let page = usize::from(body.height).max(1);
    let scroll = quote
        .and_then(|q| state.corpus.quotes.get(q))
        .map(|q| article::line_of(&lines, q.span.start).saturating_sub(page / 3))
        .unwrap_or(0)
        .min(lines.len().saturating_sub(page));
    state.article = Some(ArticleView { article: a, quote, scroll });
}

fn copy(state: &mut State, sel: Sel, c: Command) -> Vec<Effect> {
    let format = if c == Command::CopyWords { CiteFormat::Plain } else { state.cite_format };
    let corpus = &state.corpus;
    let (text, what) = match sel {
        Sel::Quote(q) => (cite::quote(corpus, q, format), "1 quote".to_string()),
        Sel::Event(e) => {
            let n = corpus.events[e].quotes.len();
            if n == 0 {
                state.status = Some("This event has no quote to copy".into());
                return vec![];
            }
            (cite::event(corpus, e, format), if n == 1 { "1 quote".into() } else { format!("{n} quotes") })
        }
    };
    vec![Effect::Copy { text, what }]
}

fn wheel(state: &mut State, column: u16, row: u16, down: bool) {
    let c = if down { Command::Down } else { Command::Up };
    if state.help.is_some() || state.article.is_some() {
        for _ in 0..WHEEL_LINES {
            command(state, c);
        }
        return;
    }
    let l = state.layout();
    if contains(l.detail, column, row) {
        let page = detail_page(state);
        let max = state.detail_lines.saturating_sub(page);
        state.detail_scroll =
            if down { state.detail_scroll + WHEEL_LINES } else { state.detail_scroll.saturating_sub(WHEEL_LINES) }
                .min(max);
    } else if contains(l.timeline, column, row) {
        // Scroll the list; the selection follows only when it would leave the screen.
        let page = state.page();
        let max = state.rows.len().saturating_sub(page);
        state.offset =
            if down { state.offset + WHEEL_LINES } else { state.offset.saturating_sub(WHEEL_LINES) }.min(max);
        let end = (state.offset + page).min(state.rows.len());
        if state.selected < state.offset || state.selected >= end {
            let view = state.offset..end;
            let pick = if state.selected < state.offset {
                view.clone().find(|&i| state.rows[i].selectable())
            } else {
                view.clone().rev().find(|&i| state.rows[i].selectable())
            };
            if let Some(i) = pick {
                state.selected = i;
                state.detail_scroll = 0;
            }
        }
    }
}

fn click(state: &mut State, column: u16, row: u16) {
    if state.help.is_some() || state.article.is_some() {
        return;
    }
    let l = state.layout();
    if contains(l.list, column, row) {
        state.focus = Pane::Timeline;
        let i = state.offset + usize::from(row - l.list.y);
        if let Some(i) = (i..state.rows.len()).find(|&i| state.rows[i].selectable()) {
            select(state, i);
        }
    } else if contains(l.detail, column, row) {
        state.focus = Pane::Detail;
    } else if contains(l.timeline, column, row) {
        state.focus = Pane::Timeline;
    }
}
