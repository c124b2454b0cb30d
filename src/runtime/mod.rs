//! The one impure corner: terminal set-up and restore, the event loop, the clipboard.
pub mod clipboard;
