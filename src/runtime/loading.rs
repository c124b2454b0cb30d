//! Opening the browser before the corpus is loaded: the terminal is set up at once, the load
//! runs on its own thread and the screen says how far it is, then the corpus is shown. The
//! search index is built after the first frame, on the search thread.

use super::{browse, terminal, worker, Options};
use crate::app::loading::Loading;
use crate::app::{Action, Command};
use crate::corpus::{Diagnostic, Progress};
use crate::model::Corpus;
use ratatui::crossterm::event;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A load this quick (the bundled seeds) goes straight to the corpus, with no loading screen
/// flashing by.
const QUICK: Duration = Duration::from_millis(30);

/// How the browser ended. The load's diagnostics are given back, to be printed once the
/// terminal is restored (printing them over the full-screen view would garble it).
#[derive(Debug)]
pub enum Outcome {
    /// The user quit, after the load (with its diagnostics) or during it (`None`).
    Quit(Option<Vec<Diagnostic>>),
    /// The load gave no article: the browser closed at once.
    NothingLoaded(Vec<Diagnostic>),
}

type Loaded = (Corpus, Vec<Diagnostic>);

/// Open the browser at once and load with `load` on another thread, showing "Loading N/M
/// files…" from the counters it updates, then browse the corpus until the user quits. `q` or
/// Ctrl-C quits during the load too (the load thread is then left to end with the process).
pub fn run_loading<L>(load: L, options: Options) -> anyhow::Result<Outcome>
where
    L: FnOnce(&Progress) -> Loaded + Send + 'static,
{
    let progress = Arc::new(Progress::default());
    progress.want_preview.store(true, std::sync::atomic::Ordering::Relaxed);
    let (tx, rx) = std::sync::mpsc::channel::<Loaded>();
    let counters = progress.clone();
    std::thread::Builder::new().name("chronique-load".into()).spawn(move || {
        let _ = tx.send(load(&counters));
    })?;
    let started = Instant::now();
    let stop = super::stop_on_signals()?;
    let mut term = terminal::Session::start()?;
    let loaded = match rx.recv_timeout(QUICK) {
        Ok(l) => l,
        Err(RecvTimeoutError::Disconnected) => return Err(super::LoadFailed.into()),
        Err(RecvTimeoutError::Timeout) => match wait(&mut term, &rx, &progress, started, &stop, &options)? {
            Some(l) => l,
            None => return Ok(Outcome::Quit(None)),
        },
    };
    let (corpus, diagnostics) = loaded;
    if corpus.articles.is_empty() {
        return Ok(Outcome::NothingLoaded(diagnostics));
    }
    let status = match diagnostics.len() {
        0 => None,
        n => Some((options.lang.words().browser.problems_on_quit)(n)),
    };
    let corpus = Arc::new(corpus);
    let worker = worker::Worker::spawn_building(corpus.clone());
    browse(&mut term, corpus, worker, &options, status, &stop)?;
    Ok(Outcome::Quit(Some(diagnostics)))
}

/// The loading screen until the load ends (`Some`) or the user quits (`None`). When the
/// loader gives a first part of a big file, that part's timeline is shown meanwhile, with the
/// progress on the status line; it can be walked, and the whole corpus replaces it.
fn wait(
    term: &mut terminal::Session,
    rx: &Receiver<Loaded>,
    progress: &Progress,
    started: Instant,
    stop: &std::sync::atomic::AtomicBool,
    options: &Options,
) -> anyhow::Result<Option<Loaded>> {
    let mut shown = None;
    let mut preview: Option<crate::app::State> = None;
    loop {
        if stop.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(super::Stopped.into());
        }
        if preview.is_none() {
            if let Some(c) = progress.preview.lock().unwrap_or_else(|e| e.into_inner()).take() {
                let size = term.terminal.size()?;
                let mut state = crate::app::State::new(Arc::new(c), size.width, size.height);
                state.color = super::color_enabled(options);
                state.lang = options.lang;
                state.cite_format = options.cite_format;
                preview = Some(state);
                shown = None;
            }
        }
        let message = loading(progress, started.elapsed()).message(options.lang);
        if shown.as_ref() != Some(&message) {
            match &mut preview {
                Some(state) => {
                    state.status = Some((options.lang.words().browser.first_part_shown)(&message));
                    term.terminal.draw(|f| crate::ui::draw(f, state))?;
                }
                None => {
                    term.terminal.draw(|f| draw(f, &message, options.lang))?;
                }
            }
            shown = Some(message);
        }
        match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(l) => return Ok(Some(l)),
            Err(RecvTimeoutError::Disconnected) => return Err(super::LoadFailed.into()),
            Err(RecvTimeoutError::Timeout) => {}
        }
        while event::poll(Duration::ZERO)? {
            let mode = preview.as_ref().map_or(crate::app::ModeKind::Browse, |s| s.mode.kind());
            match super::events::translate(event::read()?, mode) {
                Some(Action::Command(Command::Quit)) => return Ok(None),
                // The filter needs the whole corpus (and its index): it opens once loaded.
                Some(Action::Command(Command::StartFilter)) => {}
                Some(action) => {
                    shown = None;
                    if let Some(state) = &mut preview {
                        super::handle_without_search(state, action, options);
                    }
                }
                None => {}
            }
        }
    }
}

/// How far the load is, from its counters.
pub fn loading(progress: &Progress, elapsed: Duration) -> Loading {
    use std::sync::atomic::Ordering::Relaxed;
    Loading {
        done: progress.done.load(Relaxed),
        total: progress.total.load(Relaxed),
        bytes_done: progress.bytes_done.load(Relaxed),
        bytes_total: progress.bytes_total.load(Relaxed),
        quotes: progress.quotes.load(Relaxed),
        elapsed,
    }
}

fn draw(f: &mut ratatui::Frame, message: &str, lang: crate::lang::Lang) {
    let [_, middle, _] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(2), Constraint::Fill(1)]).areas(f.area());
    let text = vec![
        Line::from(message.to_string()).style(Style::new().add_modifier(Modifier::BOLD)),
        Line::from(lang.words().browser.quit_hint).style(Style::new().add_modifier(Modifier::DIM)),
    ];
    f.render_widget(Paragraph::new(text).centered(), middle);
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;

    #[test]
    fn loading_screen_says_how_far_the_load_is() {
        let mut t = ratatui::Terminal::new(TestBackend::new(40, 6)).unwrap();
        for (lang, loading, quit) in [
            (crate::lang::Lang::En, "Loading 2/5 files…", "q to quit"),
            (crate::lang::Lang::Fr, "Chargement : 2/5 fichiers…", "q pour quitter"),
        ] {
            let msg = Loading { done: 2, total: 5, ..Default::default() }.message(lang);
            t.draw(|f| draw(f, &msg, lang)).unwrap();
            let screen: String = t.backend().buffer().content().iter().map(|c| c.symbol()).collect();
            assert!(screen.contains(loading), "{screen}");
            assert!(screen.contains(quit), "{screen}");
        }
    }
}
