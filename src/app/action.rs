//! What can happen to the browser (actions) and what it asks the outside world to do (effects).

use crate::model::{EventIx, QuoteIx};

/// A user command, as bound to keys in [`crate::app::keys::BINDINGS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    PrevEvent,
    NextEvent,
    FocusNext,
    /// Show or fold the context events.
    ToggleContext,
    /// `:`: type a date to go to.
    GoToDate,
    /// `s`: the list of speakers.
    Speakers,
    /// Enter in the speaker list: filter the timeline on the speaker.
    PickSpeaker,
    /// Enter in the date prompt: go to the event nearest the date.
    Jump,
    StartFilter,
    /// Enter while typing the filter: stop typing, keep the filter.
    FilterDone,
    /// Esc while typing the filter: clear it.
    CancelFilter,
    /// Esc on the timeline: clear what is set (the filter, else the marks).
    Back,
    /// Esc over the timeline: close the article or the help.
    Close,
    Open,
    Help,
    CopyCitation,
    CopyWords,
    /// Mark or unmark the selected quote (on an event: its quotes).
    Mark,
    Quit,
}

/// Everything that can change the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Command(Command),
    /// A character typed (in a typing mode: the filter).
    Input(char),
    /// Backspace in a typing mode.
    Backspace,
    Resize {
        width: u16,
        height: u16,
    },
    /// Mouse wheel at a screen cell.
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
    /// Left click at a screen cell.
    Click {
        column: u16,
        row: u16,
    },
    /// Results from the search worker; dropped unless `generation` is the current one.
    /// `events` match as events (a person named took part, a date term, `#`), with or without
    /// a matching quote; `complete` is about `quotes` (`events` always are).
    SearchDone {
        generation: u64,
        quotes: Vec<QuoteIx>,
        events: Vec<EventIx>,
        complete: bool,
    },
    /// What a copy did, to show in the status line.
    Copied {
        what: String,
        chars: usize,
        /// How many of the copied quotes have a guessed speaker (the line says so).
        uncertain: usize,
        report: CopyReport,
    },
}

/// Work for the runtime; `update` never does I/O itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    /// Copy `text`; `what` names it for the status line ("1 quote", "4 quotes").
    Copy {
        text: String,
        what: String,
        /// How many of its quotes have a guessed speaker.
        uncertain: usize,
    },
    /// Run `query`; first up to `first` matches (one screen), then the complete set.
    Search {
        query: String,
        generation: u64,
        first: usize,
    },
}

/// A way the text reached a clipboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Osc52,
    Tmux,
    System,
}

impl Via {
    /// How the status line names it.
    pub fn name(self, lang: crate::lang::Lang) -> &'static str {
        match self {
            Via::Osc52 => "OSC 52",
            Via::Tmux => "tmux",
            Via::System => lang.words().clipboard.system,
        }
    }
}

/// What a copy did, for the status line: "via OSC 52 and system clipboard", or why not. The
/// runtime's clipboard fills it in; the browser only reads it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CopyReport {
    /// Mechanisms that took the text.
    pub via: Vec<Via>,
    /// Why a mechanism failed or none was available, in plain words (in the reader's language).
    pub problems: Vec<String>,
}

impl CopyReport {
    pub fn ok(&self) -> bool {
        !self.via.is_empty()
    }
}
