//! The speaker list (`s`): who speaks, most quoted first (see `crate::speakers`), narrowed as
//! a name is typed with the same name matching as `@`; Enter filters the timeline on the
//! speaker chosen, keeping the rest of the filter.

use super::action::{Command, Effect};
use super::filter;
use super::layout::{inner, popup};
use super::mode::Mode;
use super::moves::scrolled;
use super::state::State;
use crate::search::SpeakerMatcher;
use crate::speakers::{table, SpeakerStats};
use ratatui::layout::Rect;
use std::sync::Arc;

/// The table and the name matcher, built once per corpus, when the list is first opened.
#[derive(Debug, Clone)]
pub struct SpeakerTable {
    pub rows: Vec<SpeakerStats>,
    pub matcher: SpeakerMatcher,
}

/// The list's state while it is open.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SpeakerList {
    pub query: String,
    /// Indices into the table's rows that match the query, in table order.
    pub shown: Vec<usize>,
    /// Index into `shown`.
    pub selected: usize,
    /// First of `shown` on screen.
    pub offset: usize,
}

/// Lines of the popup above the rows: the typed name, the column heads.
pub const HEAD_LINES: u16 = 2;

/// The popup's place: in the panes' area, at most 100 columns wide, as tall as the whole
/// list needs (so it keeps its size while typing narrows the list).
pub fn area(state: &State) -> Rect {
    let rows = state.speakers.as_ref().map_or(0, |t| t.rows.len()).max(1);
    let want = rows.min(u16::MAX as usize - 8) as u16 + HEAD_LINES;
    popup(state.layout().body, 100, want)
}

/// Rows of speakers on screen.
pub fn page(state: &State) -> usize {
    usize::from(inner(area(state)).height.saturating_sub(HEAD_LINES)).max(1)
}

/// `s`: the list, on the speaker of the selected quote when there is one.
pub fn open(state: &mut State) -> SpeakerList {
    let corpus = state.corpus.clone();
    let t = state
        .speakers
        .get_or_insert_with(|| {
            Arc::new(SpeakerTable { rows: table(&corpus), matcher: SpeakerMatcher::new(&corpus.speakers) })
        })
        .clone();
    let mut list = SpeakerList { shown: (0..t.rows.len()).collect(), ..SpeakerList::default() };
    let current = state.selected_quote().and_then(|q| state.corpus.quote(q).speaker());
    if let Some(i) = current.and_then(|s| t.rows.iter().position(|r| r.speaker == s)) {
        list.selected = i;
    }
    list.offset = list.selected.saturating_sub(page(state).saturating_sub(1));
    list
}

/// The name typed changed: show the speakers it matches, the first selected.
pub fn narrow(state: &State, list: &mut SpeakerList) {
    let Some(t) = &state.speakers else { return };
    let hit = t.matcher.matching(&list.query);
    list.shown = (0..t.rows.len()).filter(|&i| hit.get(t.rows[i].speaker).copied().unwrap_or(false)).collect();
    list.selected = 0;
    list.offset = 0;
}

/// Move the selection to `i` (clamped), keeping it on screen.
pub fn select(state: &State, list: &mut SpeakerList, i: usize) {
    list.selected = i.min(list.shown.len().saturating_sub(1));
    let page = page(state);
    if list.selected < list.offset {
        list.offset = list.selected;
    } else if list.selected >= list.offset + page {
        list.offset = list.selected + 1 - page;
    }
}

/// The filter query that keeps `query`'s other terms and asks for speaker `name` instead of
/// any speaker asked before.
pub fn query_for(query: &str, name: &str) -> String {
    let mut kept: Vec<&str> = vec![];
    let mut rest = query.trim_start();
    while !rest.is_empty() {
        // One term: up to a space outside double quotes.
        let mut in_quotes = false;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    in_quotes = !in_quotes;
                }
                c.is_whitespace() && !in_quotes
            })
            .map_or(rest.len(), |(i, _)| i);
        let term = &rest[..end];
        if !term.starts_with('@') {
            kept.push(term);
        }
        rest = rest[end..].trim_start();
    }
    let speaker = if name.chars().any(|c| c.is_whitespace() || c == '"') {
        format!("@\"{}\"", name.replace('"', " "))
    } else {
        format!("@{name}")
    };
    kept.push(&speaker);
    kept.join(" ")
}

/// The speaker list: moves, Enter filters on the speaker, Esc closes.
pub fn command(state: &mut State, c: Command) -> Vec<Effect> {
    let Mode::Speakers(list) = &state.mode else { return vec![] };
    let mut list = list.clone();
    let page = page(state);
    let target = match c {
        Command::Close => {
            state.mode = Mode::Browse;
            return vec![];
        }
        Command::PickSpeaker => {
            let row = list.shown.get(list.selected).and_then(|&i| state.speakers.as_ref()?.rows.get(i));
            let Some(s) = row.map(|r| r.speaker) else { return vec![] };
            let name = state.corpus.speakers[s].name.clone();
            let query = query_for(state.filter.as_ref().map_or("", |f| f.query.as_str()), &name);
            state.mode = Mode::Browse;
            return filter::set(state, query);
        }
        _ => scrolled(list.selected, c, page, list.shown.len().saturating_sub(1)),
    };
    select(state, &mut list, target);
    state.mode = Mode::Speakers(list);
    vec![]
}

/// The name typed changed (`change` edits it).
pub fn edit(state: &mut State, change: impl FnOnce(&mut String)) {
    let Mode::Speakers(list) = &state.mode else { return };
    let mut list = list.clone();
    change(&mut list.query);
    narrow(state, &mut list);
    state.mode = Mode::Speakers(list);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picking_a_speaker_replaces_only_the_speaker_terms() {
        assert_eq!(query_for("", "Vladimir Poutine"), "@\"Vladimir Poutine\"");
        assert_eq!(query_for("2023 @zhang guerre", "G7"), "2023 guerre @G7");
        assert_eq!(
            query_for("@\"Zhang Youxia\" !@poutine \"guerre froide\"", "Li Shangfu"),
            "!@poutine \"guerre froide\" @\"Li Shangfu\""
        );
    }
}
