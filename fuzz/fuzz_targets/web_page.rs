//! Any bytes as a web page file: decoding, html5ever within its bounds, metadata, readability
//! and the text walk must not panic; the page is read or refused with a reason, its text is
//! paragraphs separated by blank lines, and the loader keeps its promises on it.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/fixtures/hostile/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = invariants::load_web_page(data) {
        panic!("web page invariant broken: {broken}");
    }
});
