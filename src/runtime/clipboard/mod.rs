//! Copying text to the user's clipboard: OSC 52 (terminals, tmux, screen, SSH), tmux's own
//! buffer when inside tmux, and the system clipboard (arboard). Used by the runtime and the CLI:
//! [`copy`], [`ClipboardMode`], [`summary`] (the [`CopyReport`] it returns is the app's, since the
//! browser shows it); and [`serve_from_stdin`] behind the hidden `chronique __serve-clipboard`
//! ([`SERVE_ARG`]) subcommand.
//!
//! Which mechanisms run is decided by [`plan`] from an [`Env`] read once from the process
//! environment, so the decision is a pure function the tests can drive. `Auto` uses every
//! mechanism that can work here, because neither can tell whether it reached the user: a
//! terminal silently ignores an OSC 52 it does not support, and over SSH the system clipboard
//! (if any display is set at all) is the remote machine's.

mod osc52;
mod system;
mod tmux;

pub use crate::app::{CopyReport, Via};
use crate::lang::Lang;
pub use osc52::{Wrap, MAX_SEQUENCE as OSC52_MAX_SEQUENCE};
pub use system::{serve_from_stdin, SERVE_ARG};

/// Why a way of copying failed, told in the reader's language by [`Failure::describe`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// A program could not be started ("tmux", the clipboard helper).
    CannotRun { program: &'static str, why: String },
    /// It did not answer in time.
    NoAnswer { program: &'static str, secs: u64 },
    /// chronique could not find its own program, to start the helper.
    NoSelf(String),
    /// The helper answered something else than `ok` or `error: why`.
    HelperDidNotStart,
    /// In the words of the program or library that refused (tmux, the display's clipboard).
    Said(String),
}

impl Failure {
    pub fn describe(&self, lang: Lang) -> String {
        let w = &lang.words().clipboard;
        match self {
            Failure::CannotRun { program, why } => (w.cannot_run)(program, why),
            Failure::NoAnswer { program, secs } => (w.no_answer)(program, *secs),
            Failure::NoSelf(why) => (w.no_self)(why),
            Failure::HelperDidNotStart => w.helper_did_not_start.to_string(),
            Failure::Said(why) => why.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ClipboardMode {
    /// OSC 52 and the system clipboard, each where it can work.
    #[default]
    Auto,
    Osc52,
    System,
    None,
}

/// What a display server the system clipboard can use looks like here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Display {
    X11,
    Wayland,
    /// macOS and Windows: the clipboard is always there.
    Native,
}

/// The facts about the environment that decide how to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Env {
    /// A terminal to send OSC 52 to.
    pub terminal: bool,
    /// Running inside tmux (`$TMUX`).
    pub tmux: bool,
    /// Running inside GNU screen (`$STY`). `TERM=screen*` alone is not taken as screen: tmux
    /// sets it too, and a tmux given screen's wrapping drops the copy.
    pub screen: bool,
    /// A display for the system clipboard.
    pub display: Option<Display>,
}

impl Env {
    /// Read from this process: its variables and whether its controlling terminal opens.
    pub fn current() -> Env {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        let display = if cfg!(any(target_os = "macos", windows)) {
            Some(Display::Native)
        } else if set("WAYLAND_DISPLAY") {
            Some(Display::Wayland)
        } else if set("DISPLAY") {
            Some(Display::X11)
        } else {
            None
        };
        Env { terminal: osc52::terminal_available(), tmux: set("TMUX"), screen: set("STY"), display }
    }
}

/// The mechanisms to try, and why the others are not tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub osc52: Option<Wrap>,
    /// Also `tmux load-buffer -w` (inside tmux, whenever OSC 52 is wanted: it is tmux's way to
    /// the same clipboard, and needs no terminal).
    pub tmux: bool,
    pub system: bool,
    /// Why a mechanism is left out; told to the user only when nothing else worked (over SSH
    /// without a display, "no display" is expected, not news).
    pub skipped: Vec<String>,
}

pub fn plan(mode: ClipboardMode, env: &Env, lang: Lang) -> Plan {
    let w = &lang.words().clipboard;
    let (want_osc52, want_system) = match mode {
        ClipboardMode::Auto => (true, true),
        ClipboardMode::Osc52 => (true, false),
        ClipboardMode::System => (false, true),
        ClipboardMode::None => return Plan { osc52: None, tmux: false, system: false, skipped: vec![w.off.into()] },
    };
    let mut skipped = Vec::new();
    let osc52 = match (want_osc52, env.terminal) {
        (false, _) => None,
        (true, false) => {
            skipped.push(w.no_terminal.into());
            None
        }
        (true, true) => Some(if env.tmux {
            Wrap::Tmux
        } else if env.screen {
            Wrap::Screen
        } else {
            Wrap::Plain
        }),
    };
    let system = want_system && env.display.is_some();
    if want_system && !system {
        skipped.push(w.no_display.into());
    }
    Plan { osc52, tmux: want_osc52 && env.tmux, system, skipped }
}

/// Copy `text` with the mechanisms `mode` allows. Never panics; failures are in the report,
/// in `lang`.
pub fn copy(text: &str, mode: ClipboardMode, lang: Lang) -> CopyReport {
    copy_in(text, mode, &Env::current(), lang)
}

/// [`copy`] in a given environment.
pub fn copy_in(text: &str, mode: ClipboardMode, env: &Env, lang: Lang) -> CopyReport {
    let w = &lang.words().clipboard;
    let mut report = CopyReport::default();
    if text.is_empty() {
        report.problems.push(w.nothing_to_copy.into());
        return report;
    }
    let plan = plan(mode, env, lang);
    let mut wrap = plan.osc52;
    if plan.tmux {
        match tmux::load_buffer(text) {
            Ok(()) => {
                report.via.push(Via::Tmux);
                // tmux has it and forwards it: a plain OSC 52 would only give tmux a second,
                // identical buffer. The passthrough still goes, for a tmux with
                // `set-clipboard off` and `allow-passthrough on`; it cannot be confirmed, so it
                // is not reported.
                if let Some(Wrap::Tmux) = wrap {
                    if let Ok(bytes) = osc52::sequence(text, Wrap::TmuxPassthrough) {
                        let _ = osc52::write_to_terminal(&bytes);
                    }
                }
                wrap = None;
            }
            Err(e) => report.problems.push(format!("tmux: {}", e.describe(lang))),
        }
    }
    if let Some(wrap) = wrap {
        match osc52::sequence(text, wrap) {
            Ok(bytes) => match osc52::write_to_terminal(&bytes) {
                Ok(()) => report.via.push(Via::Osc52),
                Err(e) => report.problems.push((w.cannot_write_terminal)(&e.to_string())),
            },
            Err(len) => report.problems.push((w.too_long)(len.div_ceil(1000), osc52::MAX_SEQUENCE / 1000)),
        }
    }
    if plan.system {
        match system::copy(text) {
            Ok(system::Stored::Lasting) => report.via.push(Via::System),
            Ok(system::Stored::WhileRunning(why)) => {
                report.via.push(Via::System);
                report.problems.push((w.while_running)(&why.describe(lang)));
            }
            Err(e) => report.problems.push(format!("{}: {}", w.system, e.describe(lang))),
        }
    }
    if !report.ok() {
        report.problems.extend(plan.skipped);
    }
    report
}

/// The line after copying `n_quotes` quotes of `chars` characters, `uncertain` of them with a
/// guessed speaker (what the browser's status line says): "Copied 1 quote (142 chars) via OSC 52
/// and system clipboard", "Not copied: why".
pub fn summary(n_quotes: usize, chars: usize, uncertain: usize, report: &CopyReport, lang: Lang) -> String {
    let w = lang.words();
    if n_quotes == 0 {
        return w.clipboard.nothing_here.into();
    }
    crate::app::update::copy_status(lang, &w.count(n_quotes, w.nouns.quote), chars, uncertain, report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::En;

    const DESKTOP: Env = Env { terminal: true, tmux: false, screen: false, display: Some(Display::X11) };

    #[test]
    fn auto_uses_every_mechanism_that_can_work() {
        assert_eq!(
            plan(ClipboardMode::Auto, &DESKTOP, En),
            Plan { osc52: Some(Wrap::Plain), tmux: false, system: true, skipped: vec![] }
        );
        let ssh = Env { display: None, ..DESKTOP };
        let p = plan(ClipboardMode::Auto, &ssh, En);
        assert_eq!((p.osc52, p.system), (Some(Wrap::Plain), false));
        assert!(p.skipped[0].contains("no display"));
        let tmux = Env { tmux: true, ..ssh };
        let p = plan(ClipboardMode::Auto, &tmux, En);
        assert_eq!((p.osc52, p.tmux), (Some(Wrap::Tmux), true));
        // tmux takes the text even without a terminal of ours (`search --copy | ...` from cron).
        let p = plan(ClipboardMode::Auto, &Env { terminal: false, ..tmux }, En);
        assert_eq!((p.osc52, p.tmux), (None, true));
        assert!(!plan(ClipboardMode::System, &tmux, En).tmux);
        let screen = Env { screen: true, ..ssh };
        assert_eq!(plan(ClipboardMode::Auto, &screen, En).osc52, Some(Wrap::Screen));
        // tmux inside screen (or the reverse): the innermost, tmux, gets the sequence first.
        assert_eq!(plan(ClipboardMode::Auto, &Env { tmux: true, screen: true, ..ssh }, En).osc52, Some(Wrap::Tmux));
        let piped_no_tty = Env { terminal: false, ..DESKTOP };
        let p = plan(ClipboardMode::Auto, &piped_no_tty, En);
        assert_eq!((p.osc52, p.system), (None, true));
    }

    #[test]
    fn forced_modes_use_one_mechanism_and_say_why_not() {
        let p = plan(ClipboardMode::Osc52, &DESKTOP, En);
        assert_eq!((p.osc52, p.system), (Some(Wrap::Plain), false));
        let p = plan(ClipboardMode::System, &DESKTOP, En);
        assert_eq!((p.osc52, p.system), (None, true));
        let p = plan(ClipboardMode::Osc52, &Env { terminal: false, ..DESKTOP }, En);
        assert_eq!((p.osc52, p.system, p.skipped), (None, false, vec!["no terminal to send OSC 52 to".to_string()]));
        let p = plan(ClipboardMode::None, &DESKTOP, En);
        assert_eq!((p.osc52, p.system), (None, false));
        assert!(p.skipped[0].contains("--clipboard none"));
    }

    #[test]
    fn nothing_available_is_a_report_not_a_crash() {
        let nothing = Env::default();
        let r = copy_in("« x »", ClipboardMode::Auto, &nothing, En);
        assert!(!r.ok());
        assert_eq!(r.problems.len(), 2);
        assert_eq!(
            summary(1, 5, 0, &r, En),
            "Not copied: no terminal to send OSC 52 to; no display for the system clipboard ($DISPLAY and $WAYLAND_DISPLAY are unset)"
        );
        let r = copy_in("x", ClipboardMode::None, &DESKTOP, En);
        assert_eq!(summary(1, 1, 0, &r, En), "Not copied: the clipboard is off (--clipboard none)");
        let r = copy_in("", ClipboardMode::Auto, &nothing, En);
        assert_eq!(r.problems, vec!["nothing to copy".to_string()]);
    }

    #[test]
    fn summary_says_how_many_how_long_and_how() {
        let both = CopyReport { via: vec![Via::Osc52, Via::System], problems: vec![] };
        assert_eq!(summary(1, 142, 0, &both, En), "Copied 1 quote (142 chars) via OSC 52 and system clipboard");
        let sys = CopyReport {
            via: vec![Via::System],
            problems: vec!["too long for OSC 52 (120 kB; terminals accept about 100 kB)".into()],
        };
        assert_eq!(
            summary(4, 90_000, 0, &sys, En),
            "Copied 4 quotes (90000 chars) via system clipboard; too long for OSC 52 (120 kB; terminals accept about 100 kB)"
        );
        let osc = CopyReport { via: vec![Via::Osc52], problems: vec![] };
        assert_eq!(summary(2, 1, 0, &osc, En), "Copied 2 quotes (1 char) via OSC 52 (if the terminal allows it)");
        let three = CopyReport { via: vec![Via::Osc52, Via::Tmux, Via::System], problems: vec![] };
        assert_eq!(summary(1, 3, 0, &three, En), "Copied 1 quote (3 chars) via OSC 52, tmux and system clipboard");
        assert_eq!(summary(0, 0, 0, &CopyReport::default(), En), "Nothing to copy: no quotes here");
        assert_eq!(
            summary(2, 142, 0, &both, Lang::Fr),
            "Copié : 2 citations (142 caractères) par OSC 52 et presse-papiers système"
        );
        let r = copy_in("x", ClipboardMode::None, &DESKTOP, Lang::Fr);
        assert_eq!(summary(1, 1, 0, &r, Lang::Fr), "Rien copié : le presse-papiers est coupé (--clipboard none)");
    }
}
