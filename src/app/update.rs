//! `update(state, action) -> effects`: the only way the state changes. No I/O here. Commands
//! are matched on the mode; a command the key table does not bind in the current mode does
//! nothing, so `update` and the keys can never disagree.

use super::action::{Action, Command, CopyReport, Effect, Via};
use super::article;
use super::detail;
use super::filter;
use super::goto::{self, DatePrompt};
use super::keys;
use super::layout::{contains, Pane};
use super::marks;
use super::mode::{Mode, ModeKind};
use super::moves::{jump_event, page_move, scrolled, select, select_end, step};
use super::speaker_list;
use super::state::{Sel, State};
use crate::cite::{self, CiteFormat};
use crate::lang::{Lang, Noun};

use crate::model::{FuzzyDate, QuoteIx};

/// Lines one wheel notch scrolls.
const WHEEL_LINES: usize = 3;

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Command(c) => {
            if !keys::bound_in(c, state.mode.kind()) {
                return vec![];
            }
            state.status = None;
            state.status_warning = false;
            if c == Command::Quit {
                return vec![Effect::Quit];
            }
            match state.mode.kind() {
                ModeKind::Browse | ModeKind::FilterInput => timeline_command(state, c),
                ModeKind::GoTo => {
                    goto::command(state, c);
                    vec![]
                }
                ModeKind::Speakers => speaker_list::command(state, c),
                ModeKind::Article => article_command(state, c),
                ModeKind::Help => {
                    help_command(state, c);
                    vec![]
                }
            }
        }
        Action::Input(c) => match &mut state.mode {
            Mode::FilterInput => filter::edit(state, |q| q.push(c)),
            Mode::Speakers(_) => {
                speaker_list::edit(state, |q| q.push(c));
                vec![]
            }
            Mode::GoTo(p) => {
                goto::edit(p, |t| t.push(c));
                vec![]
            }
            _ => vec![],
        },
        Action::Backspace => match &mut state.mode {
            Mode::FilterInput => filter::edit(state, |q| {
                q.pop();
            }),
            Mode::Speakers(_) => {
                speaker_list::edit(state, |q| {
                    q.pop();
                });
                vec![]
            }
            Mode::GoTo(p) => {
                goto::edit(p, |t| {
                    t.pop();
                });
                vec![]
            }
            _ => vec![],
        },
        Action::Resize { width, height } => {
            state.width = width;
            state.height = height;
            state.ensure_visible();
            reopen_article(state);
            if let Mode::Speakers(list) = &state.mode {
                let mut list = list.clone();
                let at = list.selected;
                speaker_list::select(state, &mut list, at);
                state.mode = Mode::Speakers(list);
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
        Action::SearchDone { generation, quotes, events, complete } => {
            filter::answer(state, generation, quotes, events, complete);
            vec![]
        }
        Action::Copied { what, chars, uncertain, report } => {
            state.status = Some(copy_status(state.lang, &what, chars, uncertain, &report));
            state.status_warning = !report.ok();
            vec![]
        }
    }
}

/// The browser as the command line asks it to open: filtered on `filter` (on its first
/// match), at the event nearest `date` (among the matches, once they are in).
pub fn open_on(state: &mut State, filter: Option<String>, date: Option<FuzzyDate>) -> Vec<Effect> {
    let effects = match filter.filter(|q| !q.trim().is_empty()) {
        Some(q) => filter::set(state, q),
        None => vec![],
    };
    match date {
        Some(d) if state.filter.is_some() => state.pending_date = Some(d),
        Some(d) => {
            if let Err(why) = goto::go(state, &d) {
                state.status = Some(why);
            }
        }
        None => {}
    }
    effects
}

/// "Copied 1 quote (142 chars) via OSC 52 and system clipboard", or why nothing was copied.
/// When OSC 52 alone carried it, the line says it depends on the terminal: OSC 52 has no
/// answer, and a terminal without support ignores it. A copy holding guessed speakers says
/// "attribution uncertain", so a guess is not pasted as a fact unawares.
pub fn copy_status(lang: Lang, what: &str, chars: usize, uncertain: usize, report: &CopyReport) -> String {
    let w = lang.words();
    let c = &w.clipboard;
    let problems = report.problems.join("; ");
    if !report.ok() {
        return (c.not_copied)(&if problems.is_empty() { (c.no_clipboard_for)(what) } else { problems });
    }
    let names: Vec<&str> = report.via.iter().map(|v| v.name(lang)).collect();
    let via = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {} {last}", rest.join(", "), c.and),
        _ => names.concat(),
    };
    let mut s = (c.copied)(what, &w.count(chars, w.nouns.char), &via);
    if report.via == [Via::Osc52] {
        s.push_str(c.if_terminal_allows);
    }
    if uncertain > 0 {
        s.push_str(&(c.uncertain)(uncertain));
    }
    if !problems.is_empty() {
        s.push_str("; ");
        s.push_str(&problems);
    }
    s
}

/// The timeline, with or without the filter being typed.
fn timeline_command(state: &mut State, c: Command) -> Vec<Effect> {
    use Command::*;
    match c {
        Up | Down | PageUp | PageDown | Top | Bottom if state.focus == Pane::Detail => {
            let (lines, page) = detail::metrics(state);
            state.detail_scroll = scrolled(state.detail_scroll, c, page, lines.saturating_sub(page));
        }
        Up => step(state, -1),
        Down => step(state, 1),
        PageUp => page_move(state, -1),
        PageDown => page_move(state, 1),
        Top => select_end(state, true),
        Bottom => select_end(state, false),
        PrevEvent => jump_event(state, -1),
        NextEvent => jump_event(state, 1),
        FocusNext => {
            state.focus = match state.focus {
                Pane::Timeline => Pane::Detail,
                Pane::Detail => Pane::Timeline,
            };
            state.ensure_visible();
        }
        GoToDate => state.mode = Mode::GoTo(DatePrompt::default()),
        Speakers => state.mode = Mode::Speakers(speaker_list::open(state)),
        ToggleContext => {
            state.toggle_context();
            let n = state.context_events;
            let w = &state.lang.words().browser;
            state.status = Some(match (state.context, n) {
                (_, 0) => w.no_context.to_string(),
                (true, _) => (w.context_now_shown)(n),
                (false, _) => (w.context_now_folded)(n),
            });
        }
        StartFilter => filter::start(state),
        FilterDone => state.mode = Mode::Browse,
        CancelFilter => {
            state.mode = Mode::Browse;
            filter::clear(state);
        }
        Back if state.filter.is_some() => filter::clear(state),
        Back if !state.marks.is_empty() => {
            let n = state.marks.len();
            state.marks.clear();
            state.status = Some((state.lang.words().browser.marks_cleared)(n));
        }
        Back => {}
        Mark => marks::toggle(state),
        Open => open_selected(state),
        Help => open_help(state),
        CopyCitation | CopyWords if !state.marks.is_empty() => return copy_marked(state, c),
        CopyCitation | CopyWords => return state.selection().map(|s| copy(state, s, c)).unwrap_or_default(),
        Close | Jump | PickSpeaker | Quit => {}
    }
    vec![]
}

fn article_command(state: &mut State, c: Command) -> Vec<Effect> {
    let Mode::Article(view) = &state.mode else { return vec![] };
    let view = view.clone();
    match c {
        Command::Close => state.mode = Mode::Browse,
        Command::Help => open_help(state),
        Command::CopyCitation | Command::CopyWords => {
            return view.quote.map(|q| copy(state, Sel::Quote(q), c)).unwrap_or_default();
        }
        _ => {
            let Some(art) = state.corpus.articles.get(view.article) else { return vec![] };
            let (lines, page) = article::metrics(state, art);
            let max = lines.len().saturating_sub(page);
            if let Mode::Article(v) = &mut state.mode {
                v.scroll = scrolled(v.scroll, c, page, max);
            }
        }
    }
    vec![]
}

fn help_command(state: &mut State, c: Command) {
    let Mode::Help { scroll, under } = &mut state.mode else { return };
    match c {
        Command::Help | Command::Close => state.mode = std::mem::take(under.as_mut()),
        // Upper bound: entries wrap to at most a few lines; the drawing clamps exactly.
        _ => {
            let max = keys::help_sections(state.lang).iter().map(|s| s.entries.len() + 2).sum::<usize>() * 3;
            *scroll = scrolled(*scroll, c, state.height as usize / 2, max);
        }
    }
}

fn open_help(state: &mut State) {
    let under = std::mem::take(&mut state.mode);
    state.mode = Mode::Help { scroll: 0, under: Box::new(under) };
}

fn open_selected(state: &mut State) {
    let (a, q) = match state.selection() {
        Some(Sel::Quote(q)) => (state.corpus.quote(q).article(), Some(q)),
        Some(Sel::Event(e)) => {
            let ev = &state.corpus.events[e];
            match ev.quotes.first() {
                Some(&q) => (state.corpus.quote(q).article(), Some(q)),
                None => match ev.articles.first() {
                    Some(&a) => (a, None),
                    None => return,
                },
            }
        }
        None => return,
    };
    if let Some(v) = article::view(state, a, q) {
        state.mode = Mode::Article(v);
    }
}

/// After a resize: the article's lines changed, keep its quote in view.
fn reopen_article(state: &mut State) {
    let Some(old) = state.mode.article().cloned() else { return };
    let Some(new) = article::view(state, old.article, old.quote) else { return };
    match &mut state.mode {
        Mode::Article(v) => *v = new,
        Mode::Help { under, .. } => **under = Mode::Article(new),
        _ => {}
    }
}

fn copy(state: &mut State, sel: Sel, c: Command) -> Vec<Effect> {
    let (corpus, lang) = (&state.corpus, state.lang);
    let w = lang.words();
    let (quotes, noun) = match sel {
        Sel::Quote(q) => (vec![q], w.nouns.quote),
        Sel::Event(e) if corpus.events[e].quotes.is_empty() => {
            state.status = Some(w.browser.nothing_to_copy.into());
            return vec![];
        }
        Sel::Event(e) => (corpus.events[e].quotes.to_vec(), w.nouns.quote),
    };
    copy_quotes(state, quotes, c, noun)
}

/// Copy `quotes` (one per paragraph, in the order given), named `noun` in the status line; or,
/// when one's words cannot be read back, say why and copy nothing.
fn copy_quotes(state: &mut State, quotes: Vec<QuoteIx>, c: Command, noun: Noun) -> Vec<Effect> {
    let format = if c == Command::CopyWords { CiteFormat::Plain } else { state.cite_format };
    if let Some(why) = cite::unreadable(&state.corpus, &quotes) {
        state.status = Some(why);
        state.status_warning = true;
        return vec![];
    }
    let text = cite::quotes(&state.corpus, &quotes, format, state.lang);
    let what = state.lang.words().count(quotes.len(), noun);
    vec![Effect::Copy { text, what, uncertain: cite::uncertain_count(&state.corpus, &quotes) }]
}

/// Every marked quote, in timeline order, one per paragraph.
fn copy_marked(state: &mut State, c: Command) -> Vec<Effect> {
    let quotes = marks::in_timeline_order(&state.corpus, &state.marks);
    let noun = state.lang.words().nouns.marked_quote;
    copy_quotes(state, quotes, c, noun)
}

fn wheel(state: &mut State, column: u16, row: u16, down: bool) {
    let c = if down { Command::Down } else { Command::Up };
    if matches!(state.mode, Mode::Help { .. } | Mode::Article(_) | Mode::Speakers(_)) {
        for _ in 0..WHEEL_LINES {
            update(state, Action::Command(c));
        }
        return;
    }
    let l = state.layout();
    if contains(l.detail, column, row) {
        let (lines, page) = detail::metrics(state);
        let max = lines.saturating_sub(page);
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
    if !matches!(state.mode, Mode::Browse | Mode::FilterInput) {
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
