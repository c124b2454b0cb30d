//! The one table of key bindings. The dispatcher, the hint bar and the help popup all read it,
//! so the help can never drift from the keys that really work. Each binding names the modes
//! it works in; in a typing mode printable keys type instead (see [`action_for`]).

use super::action::{Action, Command};
use super::mode::ModeKind;
use crate::lang::{Keys, Lang, Said};

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
    pub fn label(self, lang: Lang) -> String {
        let n = &lang.words().keys.names;
        match self {
            Key::Char(' ') => n.space.into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("{}{c}", n.ctrl),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::PageUp => n.page_up.into(),
            Key::PageDown => n.page_down.into(),
            Key::Home => n.home.into(),
            Key::End => n.end.into(),
            Key::Tab => n.tab.into(),
            Key::BackTab => n.shift_tab.into(),
            Key::Enter => n.enter.into(),
            Key::Esc => n.esc.into(),
            Key::Backspace => n.backspace.into(),
        }
    }

    /// A key that types its character in a typing mode.
    fn types(self) -> bool {
        matches!(self, Key::Char(_))
    }
}

/// One row of the table: the keys, what they do, where, and how the help and the hint bar say
/// it (the words in each language's table, `lang::Keys`).
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub command: Command,
    pub modes: &'static [ModeKind],
    /// This binding's words in a language's table.
    pub words: fn(&'static Keys) -> &'static Said,
    /// The binding's entry in the bottom hint bar: on a narrow screen the entries with the
    /// highest rank go first; 0 is never dropped. `None` keeps it out of the hint bar.
    pub hint: Option<u8>,
}

impl Binding {
    /// The help popup's description and the hint bar's label in `lang`.
    pub fn said(&self, lang: Lang) -> &'static Said {
        (self.words)(&lang.words().keys)
    }
}

use Key::*;
use ModeKind::{Article, Browse, FilterInput, GoTo, Help, Speakers};

/// Where the selection and scrolling keys work.
const MOVING: &[ModeKind] = &[Browse, FilterInput, Speakers, Article, Help];
const TIMELINE: &[ModeKind] = &[Browse, FilterInput];

pub const BINDINGS: &[Binding] = &[
    Binding { keys: &[Down, Char('j')], command: Command::Down, modes: MOVING, words: |k| &k.down, hint: Some(3) },
    Binding { keys: &[Up, Char('k')], command: Command::Up, modes: MOVING, words: |k| &k.up, hint: Some(3) },
    Binding {
        keys: &[PageDown, Ctrl('d')],
        command: Command::PageDown,
        modes: MOVING,
        words: |k| &k.page_down,
        hint: None,
    },
    Binding { keys: &[PageUp, Ctrl('u')], command: Command::PageUp, modes: MOVING, words: |k| &k.page_up, hint: None },
    Binding { keys: &[Home, Char('g')], command: Command::Top, modes: MOVING, words: |k| &k.top, hint: None },
    Binding { keys: &[End, Char('G')], command: Command::Bottom, modes: MOVING, words: |k| &k.bottom, hint: None },
    Binding {
        keys: &[Char('['), Left],
        command: Command::PrevEvent,
        modes: TIMELINE,
        words: |k| &k.prev_event,
        hint: Some(6),
    },
    Binding {
        keys: &[Char(']'), Right],
        command: Command::NextEvent,
        modes: TIMELINE,
        words: |k| &k.next_event,
        hint: Some(6),
    },
    Binding { keys: &[Tab, BackTab], command: Command::FocusNext, modes: TIMELINE, words: |k| &k.focus, hint: Some(7) },
    Binding { keys: &[Char('s')], command: Command::Speakers, modes: &[Browse], words: |k| &k.speakers, hint: Some(2) },
    Binding {
        keys: &[Char(':')],
        command: Command::GoToDate,
        modes: &[Browse],
        words: |k| &k.go_to_date,
        hint: Some(5),
    },
    Binding {
        keys: &[Char('c')],
        command: Command::ToggleContext,
        modes: &[Browse],
        words: |k| &k.context,
        hint: Some(6),
    },
    Binding {
        keys: &[Char('/')],
        command: Command::StartFilter,
        modes: &[Browse],
        words: |k| &k.filter,
        hint: Some(1),
    },
    Binding { keys: &[Enter], command: Command::Open, modes: &[Browse], words: |k| &k.open, hint: Some(5) },
    Binding { keys: &[Char(' ')], command: Command::Mark, modes: &[Browse], words: |k| &k.mark, hint: Some(4) },
    Binding {
        keys: &[Char('y')],
        command: Command::CopyCitation,
        modes: &[Browse, Article],
        words: |k| &k.copy,
        hint: Some(2),
    },
    Binding {
        keys: &[Char('Y')],
        command: Command::CopyWords,
        modes: &[Browse, Article],
        words: |k| &k.copy_words,
        hint: None,
    },
    Binding { keys: &[Esc], command: Command::Back, modes: &[Browse], words: |k| &k.back, hint: None },
    Binding {
        keys: &[Enter],
        command: Command::FilterDone,
        modes: &[FilterInput],
        words: |k| &k.filter_done,
        hint: Some(1),
    },
    Binding {
        keys: &[Esc],
        command: Command::CancelFilter,
        modes: &[FilterInput],
        words: |k| &k.cancel_filter,
        hint: Some(1),
    },
    Binding { keys: &[Enter], command: Command::Jump, modes: &[GoTo], words: |k| &k.jump, hint: Some(1) },
    Binding {
        keys: &[Enter],
        command: Command::PickSpeaker,
        modes: &[Speakers],
        words: |k| &k.pick_speaker,
        hint: Some(1),
    },
    Binding {
        keys: &[Esc],
        command: Command::Close,
        modes: &[GoTo, Speakers, Article, Help],
        words: |k| &k.close,
        hint: Some(1),
    },
    Binding {
        keys: &[Char('?')],
        command: Command::Help,
        modes: &[Browse, Article, Help],
        words: |k| &k.help,
        hint: Some(0),
    },
    Binding {
        keys: &[Char('q'), Ctrl('c')],
        command: Command::Quit,
        modes: &ModeKind::ALL,
        words: |k| &k.quit,
        hint: Some(0),
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
pub fn keys_label(b: &Binding, mode: ModeKind, lang: Lang) -> String {
    keys_in(b, mode).map(|k| k.label(lang)).collect::<Vec<_>>().join(" ")
}

/// The hint bar's entries in `mode` for the commands that `applies` (a key for context events
/// is no use in a corpus without them), in table order: (keys, label, drop rank). Neighbours
/// with the same label merge ("↓/↑ move").
pub fn hints(mode: ModeKind, lang: Lang, applies: impl Fn(Command) -> bool) -> Vec<(String, &'static str, u8)> {
    let mut items: Vec<(String, &'static str, u8)> = Vec::new();
    for b in bindings_in(mode).filter(|b| applies(b.command)) {
        let Some(drop) = b.hint else { continue };
        let Some(key) = keys_in(b, mode).next() else { continue };
        let label = b.said(lang).hint;
        match items.last_mut() {
            Some((k, l, _)) if *l == label => {
                k.push('/');
                k.push_str(&key.label(lang));
            }
            _ => items.push((key.label(lang), label, drop)),
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
pub fn help_sections(lang: Lang) -> Vec<HelpSection> {
    let w = &lang.words().browser;
    let mut out = vec![];
    // The help's own keys are on its border.
    for mode in ModeKind::ALL.into_iter().filter(|&m| m != ModeKind::Help) {
        let entries: Vec<(String, &'static str)> = bindings_in(mode)
            .filter(|b| mode == ModeKind::Browse || !b.modes.contains(&ModeKind::Browse))
            .map(|b| (keys_label(b, mode, lang), b.said(lang).help))
            .collect();
        if !entries.is_empty() {
            out.push(HelpSection { title: mode.title(lang), entries });
        }
    }
    out.push(HelpSection {
        title: w.mouse,
        entries: vec![(w.wheel.into(), w.wheel_help), (w.click.into(), w.click_help)],
    });
    // The filter's syntax (the search engine's `parse`) and the options for copying and words.
    out.push(HelpSection { title: w.syntax_title, entries: w.syntax.iter().map(|&(k, h)| (k.into(), h)).collect() });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_texts_fit_the_help_popup() {
        for lang in Lang::ALL {
            for s in help_sections(lang) {
                for (keys, help) in s.entries {
                    assert!(keys.chars().count() < 17 && help.chars().count() <= 58, "{keys}: {help}");
                }
            }
        }
    }

    #[test]
    fn every_hint_and_help_has_words_in_every_language() {
        for lang in Lang::ALL {
            for b in BINDINGS {
                assert!(!b.said(lang).help.is_empty(), "{:?}", b.command);
                assert_eq!(b.hint.is_some(), !b.said(lang).hint.is_empty(), "{lang:?} {:?}", b.command);
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
