//! The browser's pure state: actions in, effects out, no I/O. OWNER: browser helper.
