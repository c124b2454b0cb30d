//! The one table of key bindings. The dispatcher, the hint bar and the help popup all read it,
//! so the help can never drift from the keys that really work.

use super::action::{Action, Command};

/// A key as the browser sees it (the runtime translates terminal events into these).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Tab,
    BackTab,
    Enter,
    Esc,
    Backspace,
}

impl Key {
    /// How the help and the hints write this key.
    pub fn label(self) -> String {
        match self {
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{c}"),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => "Shift-Tab".into(),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Backspace => "Backspace".into(),
        }
    }
}

/// One row of the table: the keys, what they do, and how the help and the hint bar say it.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub command: Command,
    pub help: &'static str,
    /// Short label for the bottom hint bar; `None` keeps the binding out of the bar.
    pub hint: Option<&'static str>,
}

use Key::*;

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Down, Char('j')],
        command: Command::Down,
        help: "move down (in the detail pane: scroll)",
        hint: Some("move"),
    },
    Binding {
        keys: &[Up, Char('k')],
        command: Command::Up,
        help: "move up (in the detail pane: scroll)",
        hint: Some("move"),
    },
    Binding { keys: &[PageDown, Ctrl('d')], command: Command::PageDown, help: "page down", hint: None },
    Binding { keys: &[PageUp, Ctrl('u')], command: Command::PageUp, help: "page up", hint: None },
    Binding { keys: &[Home, Char('g')], command: Command::Top, help: "jump to the first row", hint: None },
    Binding { keys: &[End, Char('G')], command: Command::Bottom, help: "jump to the last row", hint: None },
    Binding { keys: &[Char('['), Left], command: Command::PrevEvent, help: "previous event", hint: Some("event") },
    Binding { keys: &[Char(']'), Right], command: Command::NextEvent, help: "next event", hint: Some("event") },
    Binding {
        keys: &[Tab, BackTab],
        command: Command::FocusNext,
        help: "switch between timeline and detail panes",
        hint: Some("pane"),
    },
    Binding {
        keys: &[Char('/')],
        command: Command::StartFilter,
        help: "filter quotes by speaker or words (fuzzy)",
        hint: Some("filter"),
    },
    Binding {
        keys: &[Enter],
        command: Command::Open,
        help: "open the source article (while filtering: browse matches)",
        hint: Some("article"),
    },
    Binding {
        keys: &[Char('y')],
        command: Command::CopyCitation,
        help: "copy as a citation (on an event: all its quotes)",
        hint: Some("copy"),
    },
    Binding { keys: &[Char('Y')], command: Command::CopyWords, help: "copy the quoted words alone", hint: None },
    Binding { keys: &[Esc], command: Command::Back, help: "close help or article, or clear the filter", hint: None },
    Binding { keys: &[Char('?')], command: Command::Help, help: "show or hide this help", hint: Some("help") },
    Binding { keys: &[Char('q'), Ctrl('c')], command: Command::Quit, help: "quit", hint: Some("quit") },
];

/// The command bound to `key`, if any.
pub fn command_for(key: Key) -> Option<Command> {
    BINDINGS.iter().find(|b| b.keys.contains(&key)).map(|b| b.command)
}

/// The action for `key`. While the filter is being typed, printable characters and Backspace
/// edit it; every other key (arrows, Enter, Esc, Ctrl-…) keeps its binding.
pub fn action_for(key: Key, typing_filter: bool) -> Option<Action> {
    if typing_filter {
        match key {
            Key::Char(c) => return Some(Action::Input(c)),
            Key::Backspace => return Some(Action::Backspace),
            _ => {}
        }
    }
    command_for(key).map(Action::Command)
}

/// "↑ k" style label of a binding's keys.
pub fn keys_label(b: &Binding) -> String {
    b.keys.iter().map(|k| k.label()).collect::<Vec<_>>().join(" ")
}

/// The help popup's entries: every binding of the table, then the mouse.
pub fn help_entries() -> Vec<(String, &'static str)> {
    let mut v: Vec<(String, &'static str)> = BINDINGS.iter().map(|b| (keys_label(b), b.help)).collect();
    v.push(("wheel".into(), "scroll the pane under the pointer"));
    v.push(("click".into(), "select a row, or focus a pane"));
    // The filter's syntax (the search engine's `parse`) and the copy formats (`--cite`).
    v.push(("word".into(), "filter: quotes whose words or speaker match"));
    v.push(("@word".into(), "filter: the speaker (any spelling) only"));
    v.push(("!word".into(), "filter: leave out what matches"));
    v.push(("#word".into(), "filter: the event's title or place"));
    v.push(("\"two words\"".into(), "filter: words next to each other"));
    v.push(("--cite FORMAT".into(), "copy as citation (default), markdown or plain"));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_texts_fit_the_help_popup() {
        for (keys, help) in help_entries() {
            assert!(keys.chars().count() < 17 && help.chars().count() <= 58, "{keys}: {help}");
        }
    }

    #[test]
    fn no_key_is_bound_twice() {
        let mut seen = std::collections::HashSet::new();
        for b in BINDINGS {
            for k in b.keys {
                assert!(seen.insert(*k), "{k:?} bound twice");
            }
        }
    }

    #[test]
    fn typing_takes_letters_but_not_arrows() {
        assert_eq!(action_for(Key::Char('q'), true), Some(Action::Input('q')));
        assert_eq!(action_for(Key::Char('q'), false), Some(Action::Command(Command::Quit)));
        assert_eq!(action_for(Key::Down, true), Some(Action::Command(Command::Down)));
        assert_eq!(action_for(Key::Ctrl('c'), true), Some(Action::Command(Command::Quit)));
        assert_eq!(action_for(Key::Char('x'), false), None);
    }
}
