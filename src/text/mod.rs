//! Text helpers shared by the loader, the search and the view: folding for matching,
//! word tokenizing, and making untrusted text safe for a terminal.
pub mod fold;
pub mod sanitize;
pub mod words;

pub use fold::{fold, fold_with_map};
pub use sanitize::for_terminal;
pub use words::{words, Word};
