//! Any bytes as an article file: the loader (header, layout, dates, events, quotes,
//! attribution, assembly, corroboration) must not panic, and must keep its promises.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/fixtures/hostile/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = invariants::load_bytes(data) {
        panic!("loader invariant broken: {broken}");
    }
});
