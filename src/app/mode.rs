//! The browser's modes: what is open over the timeline, and so what the keys do. One enum,
//! matched in `update`; the key table says which bindings work in which mode.

use super::article::ArticleView;
use super::goto::DatePrompt;
use super::speaker_list::SpeakerList;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Mode {
    /// The timeline and the detail pane, nothing open over them.
    #[default]
    Browse,
    /// Keys type into the filter's query (after `/`); the timeline follows as it is typed.
    FilterInput,
    /// Keys type a date to go to (after `:`).
    GoTo(DatePrompt),
    /// The list of speakers (after `s`); keys type a name to narrow it.
    Speakers(SpeakerList),
    /// The source article over the panes.
    Article(ArticleView),
    /// The help popup: its scroll, and the mode it was opened from (drawn under it, and back
    /// on close).
    Help { scroll: usize, under: Box<Mode> },
}

/// A mode without its data: what the key table is indexed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModeKind {
    Browse,
    FilterInput,
    GoTo,
    Speakers,
    Article,
    Help,
}

impl ModeKind {
    /// Every mode, in the order the help lists them.
    pub const ALL: [ModeKind; 6] = [
        ModeKind::Browse,
        ModeKind::FilterInput,
        ModeKind::GoTo,
        ModeKind::Speakers,
        ModeKind::Article,
        ModeKind::Help,
    ];

    /// Printable keys type text in this mode instead of running their commands.
    pub fn typing(self) -> bool {
        matches!(self, ModeKind::FilterInput | ModeKind::GoTo | ModeKind::Speakers)
    }

    /// How the help popup heads this mode's keys.
    pub fn title(self) -> &'static str {
        match self {
            ModeKind::Browse => "Timeline",
            ModeKind::FilterInput => "Typing a filter (after /)",
            ModeKind::GoTo => "Going to a date (after :)",
            ModeKind::Speakers => "Speakers list (s): type a name to narrow it",
            ModeKind::Article => "Article view (Enter)",
            ModeKind::Help => "This help",
        }
    }
}

impl Mode {
    pub fn kind(&self) -> ModeKind {
        match self {
            Mode::Browse => ModeKind::Browse,
            Mode::FilterInput => ModeKind::FilterInput,
            Mode::GoTo(_) => ModeKind::GoTo,
            Mode::Speakers(_) => ModeKind::Speakers,
            Mode::Article(_) => ModeKind::Article,
            Mode::Help { .. } => ModeKind::Help,
        }
    }

    /// The article shown, directly or under the help.
    pub fn article(&self) -> Option<&ArticleView> {
        match self {
            Mode::Article(v) => Some(v),
            Mode::Help { under, .. } => under.article(),
            _ => None,
        }
    }
}
