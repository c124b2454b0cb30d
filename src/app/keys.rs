//! The one table of key bindings. The dispatcher, the hint bar and the help popup all read it,
//! so the help can never drift from the keys that really work. Each binding names the modes
//! it works in; in a typing mode printable keys type instead (see [`action_for`]).

use super::action::{Action, Command};
use super::mode::ModeKind;

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
            Key::Char(' ') => "Space".into(),
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

    /// A key that types its character in a typing mode.
    fn types(self) -> bool {
        matches!(self, Key::Char(_))
    }
}

/// A binding's entry in the bottom hint bar. On a narrow screen the entries with the highest
/// `drop` go first; 0 is never dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub label: &'static str,
    pub drop: u8,
}

/// One row of the table: the keys, what they do, where, and how the help and the hint bar say it.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub command: Command,
    pub modes: &'static [ModeKind],
    pub help: &'static str,
    /// `None` keeps the binding out of the hint bar.
    pub hint: Option<Hint>,
}

use Key::*;
use ModeKind::{Article, Browse, FilterInput, GoTo, Help, Speakers};

const fn hint(label: &'static str, drop: u8) -> Option<Hint> {
    Some(Hint { label, drop })
}

/// Where the selection and scrolling keys work.
const MOVING: &[ModeKind] = &[Browse, FilterInput, Speakers, Article, Help];
const TIMELINE: &[ModeKind] = &[Browse, FilterInput];

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Down, Char('j')],
        command: Command::Down,
        modes: MOVING,
        help: "move down (in the detail pane: scroll)",
        hint: hint("move", 3),
    },
    Binding {
        keys: &[Up, Char('k')],
        command: Command::Up,
        modes: MOVING,
        help: "move up (in the detail pane: scroll)",
        hint: hint("move", 3),
    },
    Binding { keys: &[PageDown, Ctrl('d')], command: Command::PageDown, modes: MOVING, help: "page down", hint: None },
    Binding { keys: &[PageUp, Ctrl('u')], command: Command::PageUp, modes: MOVING, help: "page up", hint: None },
    Binding { keys: &[Home, Char('g')], command: Command::Top, modes: MOVING, help: "first row", hint: None },
    Binding { keys: &[End, Char('G')], command: Command::Bottom, modes: MOVING, help: "last row", hint: None },
    Binding {
        keys: &[Char('['), Left],
        command: Command::PrevEvent,
        modes: TIMELINE,
        help: "previous event",
        hint: hint("event", 6),
    },
    Binding {
        keys: &[Char(']'), Right],
        command: Command::NextEvent,
        modes: TIMELINE,
        help: "next event",
        hint: hint("event", 6),
    },
    Binding {
        keys: &[Tab, BackTab],
        command: Command::FocusNext,
        modes: TIMELINE,
        help: "switch between timeline and detail panes",
        hint: hint("pane", 7),
    },
    Binding {
        keys: &[Char('s')],
        command: Command::Speakers,
        modes: &[Browse],
        help: "who speaks: the speakers, most quoted first",
        hint: hint("speakers", 2),
    },
    Binding {
        keys: &[Char(':')],
        command: Command::GoToDate,
        modes: &[Browse],
        help: "go to a date: the nearest event (2023-11, 8 nov 2023)",
        hint: hint("date", 5),
    },
    Binding {
        keys: &[Char('c')],
        command: Command::ToggleContext,
        modes: &[Browse],
        help: "show or fold the context events articles mention",
        hint: hint("context", 6),
    },
    Binding {
        keys: &[Char('/')],
        command: Command::StartFilter,
        modes: &[Browse],
        help: "filter by speaker, words, event or date",
        hint: hint("filter", 1),
    },
    Binding {
        keys: &[Enter],
        command: Command::Open,
        modes: &[Browse],
        help: "open the source article, the quote lit",
        hint: hint("article", 5),
    },
    Binding {
        keys: &[Char(' ')],
        command: Command::Mark,
        modes: &[Browse],
        help: "mark or unmark the quote (on an event: its quotes)",
        hint: hint("mark", 4),
    },
    Binding {
        keys: &[Char('y')],
        command: Command::CopyCitation,
        modes: &[Browse, Article],
        help: "copy as a citation: the marked quotes, else this one",
        hint: hint("copy", 2),
    },
    Binding {
        keys: &[Char('Y')],
        command: Command::CopyWords,
        modes: &[Browse, Article],
        help: "copy the quoted words alone (marked, else this)",
        hint: None,
    },
    Binding {
        keys: &[Esc],
        command: Command::Back,
        modes: &[Browse],
        help: "clear the filter, else the marks",
        hint: None,
    },
    Binding {
        keys: &[Enter],
        command: Command::FilterDone,
        modes: &[FilterInput],
        help: "done typing: browse the matches",
        hint: hint("browse", 1),
    },
    Binding {
        keys: &[Esc],
        command: Command::CancelFilter,
        modes: &[FilterInput],
        help: "clear the filter",
        hint: hint("clear", 1),
    },
    Binding {
        keys: &[Enter],
        command: Command::Jump,
        modes: &[GoTo],
        help: "go to the event nearest that date",
        hint: hint("go", 1),
    },
    Binding {
        keys: &[Enter],
        command: Command::PickSpeaker,
        modes: &[Speakers],
        help: "filter the timeline on this speaker",
        hint: hint("filter", 1),
    },
    Binding {
        keys: &[Esc],
        command: Command::Close,
        modes: &[GoTo, Speakers, Article, Help],
        help: "close, back to the timeline",
        hint: hint("close", 1),
    },
    Binding {
        keys: &[Char('?')],
        command: Command::Help,
        modes: &[Browse, Article, Help],
        help: "show or hide this help",
        hint: hint("help", 0),
    },
    Binding {
        keys: &[Char('q'), Ctrl('c')],
        command: Command::Quit,
        modes: &ModeKind::ALL,
        help: "quit",
        hint: hint("quit", 0),
    },
];

/// The keys of `b` that run its command in `mode` (in a typing mode, characters type instead).
pub fn keys_in(b: &Binding, mode: ModeKind) -> impl Iterator<Item = Key> + '_ {
    let typing = mode.typing();
    b.keys.iter().copied().filter(move |k| !(typing && k.types()))
}

/// The bindings that work in `mode`.
pub fn bindings_in(mode: ModeKind) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.modes.contains(&mode) && keys_in(b, mode).next().is_some())
}

/// Whether `command` has a key in `mode`: `update` ignores commands the mode does not bind.
pub fn bound_in(command: Command, mode: ModeKind) -> bool {
    bindings_in(mode).any(|b| b.command == command)
}

/// The action for `key` in `mode`: in a typing mode printable characters and Backspace edit
/// the text; every other key runs its binding.
pub fn action_for(key: Key, mode: ModeKind) -> Option<Action> {
    if mode.typing() {
        match key {
            Key::Char(c) => return Some(Action::Input(c)),
            Key::Backspace => return Some(Action::Backspace),
            _ => {}
        }
    }
    bindings_in(mode).find(|b| keys_in(b, mode).any(|k| k == key)).map(|b| Action::Command(b.command))
}

/// "↑ k" style label of a binding's keys in `mode`.
pub fn keys_label(b: &Binding, mode: ModeKind) -> String {
    keys_in(b, mode).map(|k| k.label()).collect::<Vec<_>>().join(" ")
}

/// The hint bar's entries in `mode`, in table order: (keys, label, drop rank). Neighbours with
/// the same label merge ("↓/↑ move").
pub fn hints(mode: ModeKind) -> Vec<(String, &'static str, u8)> {
    let mut items: Vec<(String, &'static str, u8)> = Vec::new();
    for b in bindings_in(mode) {
        let Some(h) = b.hint else { continue };
        let Some(key) = keys_in(b, mode).next() else { continue };
        match items.last_mut() {
            Some((k, label, _)) if *label == h.label => {
                k.push('/');
                k.push_str(&key.label());
            }
            _ => items.push((key.label(), h.label, h.drop)),
        }
    }
    items
}

/// One part of the help popup: a heading and its (keys, description) lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpSection {
    pub title: &'static str,
    pub entries: Vec<(String, &'static str)>,
}

/// The help popup's content: the timeline's bindings, then for every other mode the bindings
/// particular to it (the moves work everywhere and are listed once), then the mouse and the
/// filter's syntax.
pub fn help_sections() -> Vec<HelpSection> {
    let mut out = vec![];
    // The help's own keys are on its border.
    for mode in ModeKind::ALL.into_iter().filter(|&m| m != ModeKind::Help) {
        let entries: Vec<(String, &'static str)> = bindings_in(mode)
            .filter(|b| mode == ModeKind::Browse || !b.modes.contains(&ModeKind::Browse))
            .map(|b| (keys_label(b, mode), b.help))
            .collect();
        if !entries.is_empty() {
            out.push(HelpSection { title: mode.title(), entries });
        }
    }
    out.push(HelpSection {
        title: "Mouse",
        entries: vec![
            ("wheel".into(), "scroll the pane under the pointer"),
            ("click".into(), "select a row, or focus a pane"),
        ],
    });
    // The filter's syntax (the search engine's `parse`) and the copy formats (`--cite`).
    out.push(HelpSection {
        title: "Filter syntax (all terms must match)",
        entries: vec![
            ("word".into(), "quotes whose words or speaker match"),
            ("@word".into(), "the speaker (any spelling) only"),
            ("!word".into(), "leave out what matches"),
            ("#word".into(), "the event's title or place"),
            ("\"two words\"".into(), "words next to each other"),
            ("--cite FORMAT".into(), "copy as citation (default), markdown or plain"),
        ],
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_texts_fit_the_help_popup() {
        for s in help_sections() {
            for (keys, help) in s.entries {
                assert!(keys.chars().count() < 17 && help.chars().count() <= 58, "{keys}: {help}");
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_one_mode() {
        for mode in ModeKind::ALL {
            let mut seen = std::collections::HashSet::new();
            for b in bindings_in(mode) {
                for k in keys_in(b, mode) {
                    assert!(seen.insert(k), "{k:?} bound twice in {mode:?}");
                }
            }
        }
    }

    #[test]
    fn every_mode_can_quit_and_leave() {
        for mode in ModeKind::ALL {
            assert!(bound_in(Command::Quit, mode), "{mode:?}");
            if mode != ModeKind::Browse {
                let leaves =
                    [Command::Close, Command::CancelFilter, Command::FilterDone, Command::Jump, Command::PickSpeaker];
                assert!(leaves.iter().any(|&c| bound_in(c, mode)), "no way out of {mode:?}");
            }
        }
    }

    #[test]
    fn typing_takes_letters_but_not_arrows() {
        assert_eq!(action_for(Key::Char('q'), ModeKind::FilterInput), Some(Action::Input('q')));
        assert_eq!(action_for(Key::Char('q'), ModeKind::Browse), Some(Action::Command(Command::Quit)));
        assert_eq!(action_for(Key::Down, ModeKind::FilterInput), Some(Action::Command(Command::Down)));
        assert_eq!(action_for(Key::Ctrl('c'), ModeKind::FilterInput), Some(Action::Command(Command::Quit)));
        assert_eq!(action_for(Key::Char('x'), ModeKind::Browse), None);
        // One key, a command per mode.
        assert_eq!(action_for(Key::Enter, ModeKind::Browse), Some(Action::Command(Command::Open)));
        assert_eq!(action_for(Key::Enter, ModeKind::FilterInput), Some(Action::Command(Command::FilterDone)));
        assert_eq!(action_for(Key::Esc, ModeKind::Article), Some(Action::Command(Command::Close)));
        // A command outside its modes has no key there.
        assert_eq!(action_for(Key::Char('/'), ModeKind::Article), None);
        assert!(!bound_in(Command::Open, ModeKind::Help));
    }
}
