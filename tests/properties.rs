//! Properties over generated input: the loader keeps its promises on any text, and the
//! browser draws every frame at any size whatever the user does.
//!
//! The loader's promises are checked by `tests/fixtures/hostile/invariants.rs`, shared with
//! the fuzz targets (fuzz/). `stable_fuzz_loop` and `web_page_fuzz_loop` below are the same
//! targets as plain stable tests:
//! `CHRONIQUE_FUZZ_SECS=600 cargo test --release --test properties fuzz_loop`.

#[path = "fixtures/hostile/invariants.rs"]
mod invariants;

use chronique::app::{self, Action, Command, Effect, State};
use chronique::model::Corpus;
use chronique::search::SearchEngine;
use proptest::prelude::*;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::sync::{Arc, OnceLock};

/// Pieces that article text is made of, hostile ones included: French words and names the
/// gazetteer knows, every kind of quote mark, verbs of saying, dates and header lines, line
/// ends of three systems, escape sequences, invisible and bidi characters, other scripts.
fn piece() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Poutine",
        "Vladimir Poutine",
        "Choïgou",
        "Xi Jinping",
        "le ministre russe de la Défense",
        "il",
        "elle",
        "a déclaré",
        "a-t-il dit",
        "a-t-elle ajouté",
        "selon",
        "a insisté :",
        "nous",
        "ne",
        "construisons",
        "la Russie",
        "et",
        "la Chine",
        "une alliance",
        "militaire",
        "contre",
        "personne",
        ".",
        ",",
        ";",
        ":",
        "–",
        "—",
        "(Reuters)",
        "MOSCOU, 8 novembre (Reuters) –",
        "8 novembre 2023",
        "le 30 décembre",
        "en 2024",
        "la semaine prochaine",
        "hier",
        "date 2023-11",
        "source: AFP",
        "title: Titre",
        "date: 2023-02-30",
        "au printemps",
        "lundi",
        "31 février",
        "9999",
        "Pékin",
        "à",
        "qu’il",
        "l'",
        "M.",
    ])
    .prop_map(str::to_string);
    let marks =
        prop::sample::select(vec!["«", "»", "« ", " »", "“", "”", "\"", "'", "‘", "’", "‹", "›", "„", "「", "」"])
            .prop_map(str::to_string);
    let space = prop::sample::select(vec![
        " ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\t", "\u{a0}", "\u{202f}", "  ",
    ])
    .prop_map(str::to_string);
    let hostile = prop::sample::select(vec![
        "\x1b[2J",
        "\x1b]52;c;aGFjaw==\x07",
        "\x1b]0;owned\x07",
        "\x1b]2;owned\x1b\\",
        "\x07",
        "\x08",
        "\x1b",
        "\0",
        "\u{9b}31m",
        "\u{200b}",
        "\u{200d}",
        "\u{202e}",
        "\u{2066}",
        "\u{feff}",
        "\u{fffd}",
        "e\u{301}",
        "é",
        "Путин заявил",
        "习近平说：",
        "قال بوتين",
        "שלום",
        "👍🏽",
        "🇷🇺",
        "\u{1f}",
        "\u{7f}",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        6 => words,
        3 => marks,
        4 => space,
        2 => hostile,
        1 => any::<char>().prop_map(String::from),
        1 => "[0-9]{1,4}",
    ]
}

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    invariants::load_bytes(bytes).map_err(TestCaseError::fail)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn loader_keeps_its_promises_on_article_like_text(text in article_text()) {
        check_bytes(text.as_bytes())?;
    }

    #[test]
    fn loader_keeps_its_promises_across_articles(a in article_text(), b in article_text(), c in article_text()) {
        invariants::check(&invariants::corpus_of(&[&a, &b, &c])).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn loader_keeps_its_promises_on_any_string(text in any::<String>()) {
        check_bytes(text.as_bytes())?;
    }

    #[test]
    fn loader_keeps_its_promises_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        // Non-UTF-8 files are skipped by the loader; what the parser can meet is the lossy form.
        check_bytes(String::from_utf8_lossy(&bytes).as_bytes())?;
    }
}

/// The stable stand-in for `cargo fuzz run loader`: mutate the seed articles (byte flips,
/// splices, inserted hostile pieces) for `CHRONIQUE_FUZZ_SECS` seconds (default 2) from
/// `CHRONIQUE_FUZZ_SEED` (default fixed, so CI is repeatable), checking every invariant.
#[test]
fn stable_fuzz_loop() {
    let secs: f64 = std::env::var("CHRONIQUE_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(2.0);
    let seed: u64 = std::env::var("CHRONIQUE_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed);
    let seeds: Vec<Vec<u8>> =
        chronique::corpus::input::seeds::embedded_seeds().into_iter().map(|i| i.text.into_bytes()).collect();
    let tokens: &[&[u8]] = &[
        "«".as_bytes(),
        "»".as_bytes(),
        b"\"",
        "“".as_bytes(),
        b"\r",
        b"\r\n",
        b"\n\n",
        b"\x1b]52;c;aGk=\x07",
        b"\x1b[2J",
        "\u{202e}".as_bytes(),
        "\u{feff}".as_bytes(),
        "e\u{301}".as_bytes(),
        b"date 2023-11 ",
        ", a déclaré Poutine. ".as_bytes(),
        b" 8 novembre ",
        b"\xff",
        b"\xe2\x82",
    ];
    let mut next = rng(seed);
    let start = std::time::Instant::now();
    let mut runs = 0u64;
    while start.elapsed().as_secs_f64() < secs {
        let mut data = seeds[(next() % seeds.len() as u64) as usize].clone();
        mutate(&mut data, tokens, &mut next);
        let text = String::from_utf8_lossy(&data);
        if let Err(broken) = invariants::load_bytes(text.as_bytes()) {
            let path = std::env::temp_dir().join(format!("chronique-fuzz-{seed}-{runs}.txt"));
            let _ = std::fs::write(&path, text.as_bytes());
            panic!("run {runs} (seed {seed}): {broken}; input saved to {}", path.display());
        }
        runs += 1;
    }
    assert!(runs > 0, "the loop ran no input in {secs} s");
}

/// xorshift64*: enough randomness for mutations, no dependency.
fn rng(mut state: u64) -> impl FnMut() -> u64 {
    move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// One to eight mutations of `data`: bit flips, inserted tokens, truncations, copied chunks,
/// deletions.
fn mutate(data: &mut Vec<u8>, tokens: &[&[u8]], next: &mut impl FnMut() -> u64) {
    for _ in 0..1 + next() % 8 {
        let at = if data.is_empty() { 0 } else { (next() % data.len() as u64) as usize };
        match next() % 5 {
            0 if at < data.len() => data[at] ^= 1 << (next() % 8),
            1 => data.splice(at..at, tokens[(next() % tokens.len() as u64) as usize].iter().copied()).for_each(drop),
            2 => data.truncate(at),
            3 => {
                let len = (next() % 400) as usize;
                let end = (at + len).min(data.len());
                let chunk = data[at..end].to_vec();
                let to = (next() % (data.len() as u64 + 1)) as usize;
                data.splice(to..to, chunk).for_each(drop);
            }
            _ => {
                let end = (at + (next() % 200) as usize).min(data.len());
                data.drain(at..end);
            }
        }
    }
}

/// The `web_page` fuzz target as a stable test: the page fixtures (tests/fixtures/web/),
/// mutated with markup and hostile pieces, for `CHRONIQUE_FUZZ_SECS` seconds (default 2).
#[test]
fn web_page_fuzz_loop() {
    let secs: f64 = std::env::var("CHRONIQUE_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(2.0);
    let seed: u64 = std::env::var("CHRONIQUE_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/web");
    let mut pages: Vec<Vec<u8>> =
        std::fs::read_dir(dir).unwrap().map(|e| std::fs::read(e.unwrap().path()).unwrap()).collect();
    pages.sort();
    let tokens: &[&[u8]] = &[
        b"<div>",
        b"</div>",
        b"<p>",
        b"</p>",
        b"<br>",
        b"<table><tr><td>",
        b"<b><i>",
        b"</b>",
        b"<q>",
        b"<script>",
        b"</script>",
        b"<!--",
        b"-->",
        b"<![CDATA[",
        b"<pre>",
        b"<template>",
        b"<svg><foreignObject>",
        b"<plaintext>",
        b"\" x=\"",
        b"<meta charset=latin1>",
        b"&laquo;&nbsp;",
        b"&#0;&#xD800;&#x1b;",
        b"&amp",
        "«".as_bytes(),
        "»".as_bytes(),
        b"\0",
        b"\x1b]52;c;aGk=\x07",
        ", a déclaré Poutine. ".as_bytes(),
        b"{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-13-45\"}",
        b"\xff",
    ];
    let mut next = rng(seed);
    let start = std::time::Instant::now();
    let mut runs = 0u64;
    while start.elapsed().as_secs_f64() < secs {
        let mut data = pages[(next() % pages.len() as u64) as usize].clone();
        mutate(&mut data, tokens, &mut next);
        if let Err(broken) = invariants::load_web_page(&data) {
            let path = std::env::temp_dir().join(format!("chronique-web-fuzz-{seed}-{runs}.html"));
            let _ = std::fs::write(&path, &data);
            panic!("run {runs} (seed {seed}): {broken}; input saved to {}", path.display());
        }
        runs += 1;
    }
    assert!(runs > 0, "the loop ran no input in {secs} s");
}

// ---------------------------------------------------------------------------------------
// The browser at any size.

type Searchable = (Arc<Corpus>, Arc<dyn SearchEngine>);

/// The seeds as the real loader reads them, and a hostile article full of escape sequences.
fn corpora() -> &'static [Searchable; 2] {
    static C: OnceLock<[Searchable; 2]> = OnceLock::new();
    C.get_or_init(|| {
        let (seeds, _) = chronique::corpus::load(&[], invariants::gazetteer());
        let hostile = invariants::corpus_of(&[HOSTILE_ARTICLE, HOSTILE_ARTICLE_2]);
        assert!(!hostile.quotes.is_empty(), "the hostile article has quotes to show");
        [seeds, hostile].map(|c| {
            let c = Arc::new(c);
            let e: Arc<dyn SearchEngine> = Arc::from(chronique::search::engine(c.clone()));
            (c, e)
        })
    })
}

pub const HOSTILE_ARTICLE: &str = "title: Le \x1b]0;pwned\x07 sommet\x1b[2J\n\nMOSCOU, 8 novembre (Reuters) – \
« Nous ne construisons \x1b]52;c;aGFjaw==\x07 aucune alliance\x08\x08\x08 militaire\r contre\tpersonne », a déclaré \
Vladimir Poutine.\n\n« La coopération\u{202e} renforcée\u{200b} est notre priorité absolue », a ajouté \x1b[31mSergueï \
Choïgou\x1b[0m.\n";
pub const HOSTILE_ARTICLE_2: &str = "PÉKIN, 9 novembre (AFP) – « Nous\x07 voulons la paix et la stabilité \
\x1b]8;;http://evil\x1b\\dans le monde », a déclaré Xi\u{9b}2J Jinping.\n";

fn action() -> impl Strategy<Value = Action> {
    use Command::*;
    let commands = prop::sample::select(vec![
        Up,
        Down,
        PageUp,
        PageDown,
        Top,
        Bottom,
        PrevEvent,
        NextEvent,
        FocusNext,
        StartFilter,
        FilterDone,
        CancelFilter,
        Back,
        Close,
        Open,
        Help,
        CopyCitation,
        CopyWords,
        Mark,
        ToggleContext,
        GoToDate,
        Jump,
        Speakers,
        PickSpeaker,
        Quit,
    ]);
    prop_oneof![
        8 => commands.prop_map(Action::Command),
        3 => prop::sample::select(vec!['p', 'o', 'u', 't', 'i', 'n', 'e', ' ', '@', '!', '#', '"', 'é', '\x1b', '\u{7}', '习', '2', '0', '-', '.'])
            .prop_map(Action::Input),
        1 => Just(Action::Backspace),
        3 => (1u16..=400, 1u16..=120).prop_map(|(width, height)| Action::Resize { width, height }),
        1 => (0u16..400, 0u16..120, any::<bool>()).prop_map(|(column, row, down)| Action::Wheel { column, row, down }),
        1 => (0u16..400, 0u16..120).prop_map(|(column, row)| Action::Click { column, row }),
    ]
}

/// Apply an action as the runtime does, with searches answered at once and copies reported.
fn perform(state: &mut State, engine: &dyn SearchEngine, action: Action) {
    for effect in app::update(state, action) {
        match effect {
            Effect::Search { query, generation, first } => {
                let events = engine.events(&query);
                let (quotes, complete) = engine.search(&query, Some(first));
                app::update(state, Action::SearchDone { generation, quotes, events: events.clone(), complete });
                let (quotes, complete) = engine.search(&query, None);
                app::update(state, Action::SearchDone { generation, quotes, events, complete });
            }
            Effect::Copy { text, what, uncertain } => {
                let report = chronique::runtime::clipboard::CopyReport {
                    via: vec![chronique::app::Via::System],
                    problems: vec![],
                };
                let chars = text.chars().count();
                app::update(state, Action::Copied { what, chars, uncertain, report });
            }
            Effect::Quit => {}
        }
    }
    app::filter::fill_highlights(state, engine);
}

/// Draw into a terminal of `w`x`h` (which may differ from the state's size, as during a
/// resize) and return every cell's symbol that is a control character, with its position.
fn draw_controls(state: &State, w: u16, h: u16) -> Vec<(u16, u16, String)> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| chronique::ui::draw(f, state)).unwrap();
    let buf = t.backend().buffer();
    let mut bad = vec![];
    for y in 0..h {
        for x in 0..w {
            let s = buf[(x, y)].symbol();
            if s.chars().any(chronique::text::sanitize::is_unsafe) {
                bad.push((x, y, s.to_string()));
            }
        }
    }
    bad
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any sequence of gestures and resizes, between 1x1 and 400x120, on the seeds and on a
    /// hostile corpus: every frame draws, and no control character reaches a cell.
    #[test]
    fn browser_draws_every_frame_at_any_size(
        hostile in any::<bool>(),
        (w, h) in (1u16..=400, 1u16..=120),
        actions in prop::collection::vec(action(), 1..40),
        mid in (1u16..=400, 1u16..=120),
    ) {
        let (corpus, engine) = &corpora()[hostile as usize];
        let mut state = State::new(corpus.clone(), w, h);
        perform(&mut state, engine.as_ref(), Action::Resize { width: w, height: h });
        for a in actions {
            let resize = matches!(a, Action::Resize { .. });
            perform(&mut state, engine.as_ref(), a);
            let bad = draw_controls(&state, state.width, state.height);
            prop_assert!(bad.is_empty(), "control characters drawn: {bad:?}");
            if resize {
                // The terminal changed size before the state heard of it (a burst of resizes).
                let bad = draw_controls(&state, mid.0, mid.1);
                prop_assert!(bad.is_empty(), "control characters drawn: {bad:?}");
            }
        }
    }
}

/// The hostile corpus with the article view and the help open, at a spread of sizes including
/// both extremes: drawn, and inert.
#[test]
fn article_view_and_help_of_a_hostile_article_are_inert_at_any_size() {
    let (corpus, engine) = &corpora()[1];
    let sizes =
        [(1, 1), (2, 1), (1, 2), (10, 3), (20, 5), (40, 10), (59, 20), (80, 24), (120, 40), (200, 60), (400, 120)];
    for (w, h) in sizes {
        for quote in 0..corpus.quotes.len().min(3) {
            let mut s = State::new(corpus.clone(), w, h);
            for _ in 0..=quote {
                perform(&mut s, engine.as_ref(), Action::Command(Command::Down));
            }
            perform(&mut s, engine.as_ref(), Action::Command(Command::Open));
            assert!(draw_controls(&s, w, h).is_empty(), "article view {w}x{h}");
            perform(&mut s, engine.as_ref(), Action::Command(Command::Help));
            assert!(draw_controls(&s, w, h).is_empty(), "help {w}x{h}");
        }
    }
    // At a usable size the article view really shows the hostile text, made visible.
    let mut s = State::new(corpus.clone(), 120, 40);
    perform(&mut s, engine.as_ref(), Action::Command(Command::Down));
    perform(&mut s, engine.as_ref(), Action::Command(Command::Open));
    assert!(s.mode.article().is_some(), "Open on a quote opens the article view");
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    t.draw(|f| chronique::ui::draw(f, &s)).unwrap();
    let screen = t.backend().to_string();
    assert!(screen.contains('␛'), "escape shown as a visible picture:\n{screen}");
}

/// The checker itself must catch what it is meant to: break each promise once.
#[test]
fn invariant_checker_catches_broken_corpora() {
    let good = invariants::corpus_of(&[HOSTILE_ARTICLE, HOSTILE_ARTICLE_2]);
    invariants::check(&good).unwrap();
    assert!(good.quotes.len() >= 3 && !good.events.is_empty(), "{:#?}", good.quotes);
    let broken: [fn(&mut Corpus); 5] = [
        |c| c.quotes.edit(0, |q| q.text = format!("{}x", q.text).into()),
        |c| c.quotes.edit(0, |q| q.span.start += 1),
        |c| {
            let q = c.events[0].quotes[0];
            c.events.last_mut().unwrap().quotes.push(q);
        },
        |c| {
            let e = c.events.len();
            c.quotes.set_event(0, e);
        },
        |c| {
            c.events.reverse();
            c.events.push(c.events[0].clone());
        },
    ];
    for (i, f) in broken.iter().enumerate() {
        let mut c = good.clone();
        f(&mut c);
        assert!(invariants::check(&c).is_err(), "breakage {i} not caught");
    }
}
