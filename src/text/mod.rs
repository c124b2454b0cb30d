//! Text helpers shared by the loader, the search and the view: folding for matching,
//! word tokenizing, and making untrusted text safe for a terminal.
pub mod fold;
pub mod hash;
pub mod pages;
pub mod sanitize;
pub mod shared;
pub mod tokens;
pub mod words;

pub use fold::{fold, fold_with_map, fold_word, Folded};
pub use sanitize::for_terminal;
pub use shared::{Buffer, SharedStr};
pub use tokens::{tokenize, Token};
pub use words::{words, Word};
