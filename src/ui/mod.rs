//! Drawing the browser from an immutable view of its state. OWNER: browser helper.
