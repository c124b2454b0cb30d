//! The one impure corner: terminal set-up and restore, the event loop, the search worker,
//! performing the effects `app::update` asks for (quit, copy, search).
pub mod clipboard;
pub mod events;
pub mod loading;
pub mod terminal;
pub mod worker;

use crate::app::{self, Action, Effect, State};
use crate::cite::CiteFormat;
use crate::model::Corpus;
use clipboard::ClipboardMode;
use ratatui::crossterm::event;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

pub use loading::{run_loading, Outcome};

/// How the browser behaves, as the CLI decided from flags and environment.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub clipboard: ClipboardMode,
    pub cite_format: CiteFormat,
    /// Name shown in the header (the corpus name when empty).
    pub corpus_label: String,
    /// Draw without colours even when NO_COLOR is unset.
    pub no_color: bool,
    /// Open filtered on this query (`--filter`).
    pub filter: Option<String>,
    /// Open at the event nearest this date (`--date`).
    pub date: Option<crate::model::FuzzyDate>,
    /// The language of the browser's words.
    pub lang: crate::lang::Lang,
}

/// Whether to use colours: not when asked, nor when NO_COLOR is set to anything non-empty
/// (<https://no-color.org>).
pub fn color_enabled(options: &Options) -> bool {
    !options.no_color && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// SIGTERM would kill the process with the terminal still raw: note it in a flag that the
/// loops check, and leave them instead, so `Session` restores the terminal. SIGHUP keeps its
/// default (end the process): the terminal is gone, there is nothing to restore, and waiting
/// on a closed terminal would spin.
pub(crate) fn stop_on_signals() -> anyhow::Result<Arc<AtomicBool>> {
    let stop = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGTERM, stop.clone())?;
    Ok(stop)
}

/// The browser ended on SIGTERM (the CLI says so in the reader's language).
#[derive(Debug, thiserror::Error)]
#[error("stopped by a signal (SIGTERM)")]
pub struct Stopped;

/// The load ended without an answer (its thread failed); told by the CLI in the reader's
/// language.
#[derive(Debug, thiserror::Error)]
#[error("loading failed")]
pub struct LoadFailed;

/// The browser's event loop over a loaded corpus, in a terminal already set up.
fn browse(
    term: &mut terminal::Session,
    corpus: Arc<Corpus>,
    worker: worker::Worker,
    options: &Options,
    status: Option<String>,
    stop: &AtomicBool,
) -> anyhow::Result<()> {
    let size = term.terminal.size()?;
    let mut state = State::new(corpus, size.width, size.height);
    state.color = color_enabled(options);
    state.lang = options.lang;
    state.cite_format = options.cite_format;
    state.status = status;
    if !options.corpus_label.is_empty() {
        state.label = options.corpus_label.clone();
    }
    let opening = app::open_on(&mut state, options.filter.clone(), options.date);
    perform(&mut state, opening, &worker, options);
    let mut dirty = true;
    loop {
        if dirty {
            if let Some(engine) = worker.engine() {
                app::filter::fill_highlights(&mut state, engine);
            }
            term.terminal.draw(|f| crate::ui::draw(f, &state))?;
            dirty = false;
            test_failure()?;
        }
        if stop.load(Ordering::Relaxed) {
            return Err(Stopped.into());
        }
        let mut pending = Vec::new();
        if event::poll(Duration::from_millis(40))? {
            // Take every event already queued so a burst of keys is handled before one redraw.
            loop {
                pending.push(event::read()?);
                if !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        // Translate one event at a time: a "/" earlier in the burst makes the next keys typing.
        for ev in pending {
            if let Some(action) = events::translate(ev, state.mode.kind()) {
                dirty = true;
                if handle(&mut state, action, &worker, options) {
                    return Ok(());
                }
            }
        }
        for action in worker.answers() {
            dirty = true;
            handle(&mut state, action, &worker, options);
        }
    }
}

/// For the end-to-end tests of terminal restoration only: `CHRONIQUE_TEST_FAIL=panic` or
/// `=error` makes the browser fail that way once its first frame is on screen.
fn test_failure() -> anyhow::Result<()> {
    match std::env::var("CHRONIQUE_TEST_FAIL").as_deref() {
        Ok("panic") => panic!("CHRONIQUE_TEST_FAIL=panic: a deliberate panic for the tests"),
        Ok("error") => anyhow::bail!("CHRONIQUE_TEST_FAIL=error: a deliberate error for the tests"),
        _ => Ok(()),
    }
}

/// Apply one action to a state that has no search engine yet (a preview while loading):
/// copies are made, searches are not asked.
fn handle_without_search(state: &mut State, action: Action, options: &Options) {
    for effect in app::update(state, action) {
        if let Effect::Copy { text, what, uncertain } = effect {
            copy(state, &text, what, uncertain, options);
        }
    }
}

/// Copy `text` and tell the state what happened.
fn copy(state: &mut State, text: &str, what: String, uncertain: usize, options: &Options) {
    let report = clipboard::copy(text, options.clipboard, options.lang);
    let chars = text.chars().count();
    app::update(state, Action::Copied { what, chars, uncertain, report });
}

/// Apply one action and perform its effects. Returns true to quit.
fn handle(state: &mut State, action: Action, worker: &worker::Worker, options: &Options) -> bool {
    let effects = app::update(state, action);
    perform(state, effects, worker, options)
}

/// Perform the effects `update` asked for. Returns true to quit.
fn perform(state: &mut State, effects: Vec<Effect>, worker: &worker::Worker, options: &Options) -> bool {
    for effect in effects {
        match effect {
            Effect::Quit => return true,
            Effect::Copy { text, what, uncertain } => copy(state, &text, what, uncertain, options),
            Effect::Search { query, generation, first } => worker.ask(query, generation, first),
        }
    }
    false
}
