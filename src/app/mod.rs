//! The browser's pure state: actions in, effects out, no I/O. Every user gesture becomes an
//! [`Action`] value; [`update()`] changes the [`State`] and returns [`Effect`] values that the
//! runtime performs (quit, copy, search). Nothing here touches the terminal, so the whole
//! viewer is tested by feeding actions and reading the state.
//!
//! What the keys do depends on the [`Mode`] (what is open over the timeline), one enum matched
//! in `update`; [`keys`] is the one table of bindings, per mode, that the dispatcher, the hint
//! bar and the help all read. What the panes show is computed here too (`rows`, `detail`,
//! `density`, `names`), so the drawing in `ui` only styles it.
pub mod action;
pub mod article;
pub mod density;
pub mod detail;
pub mod filter;
pub mod goto;
pub mod keys;
pub mod layout;
pub mod loading;
pub mod marks;
pub mod mode;
pub mod moves;
pub mod names;
pub mod rows;
pub mod speaker_list;
pub mod state;
pub mod update;
pub mod wrap;

#[cfg(test)]
pub(crate) mod testkit;
#[cfg(test)]
mod tests;

pub use action::{Action, Command, CopyReport, Effect};
pub use keys::{Binding, Key, BINDINGS};
pub use layout::Pane;
pub use mode::{Mode, ModeKind};
pub use state::{Sel, State};
pub use update::{open_on, update};
