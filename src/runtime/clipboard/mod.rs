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

pub use crate::app::CopyReport;
pub use osc52::{Wrap, MAX_SEQUENCE as OSC52_MAX_SEQUENCE};
pub use system::{serve_from_stdin, SERVE_ARG};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ClipboardMode {
    /// OSC 52 and the system clipboard, each where it can work.
    #[default]
    Auto,
    Osc52,
    System,
    None,
}

/// Names used in [`CopyReport::via`].
pub const VIA_OSC52: &str = "OSC 52";
pub const VIA_TMUX: &str = "tmux";
pub const VIA_SYSTEM: &str = "system clipboard";

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

pub fn plan(mode: ClipboardMode, env: &Env) -> Plan {
    let (want_osc52, want_system) = match mode {
        ClipboardMode::Auto => (true, true),
        ClipboardMode::Osc52 => (true, false),
        ClipboardMode::System => (false, true),
        ClipboardMode::None => {
            return Plan {
                osc52: None,
                tmux: false,
                system: false,
                skipped: vec!["the clipboard is off (--clipboard none)".into()],
            }
        }
    };
    let mut skipped = Vec::new();
    let osc52 = match (want_osc52, env.terminal) {
        (false, _) => None,
        (true, false) => {
            skipped.push("no terminal to send OSC 52 to".into());
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
        skipped.push("no display for the system clipboard ($DISPLAY and $WAYLAND_DISPLAY are unset)".into());
    }
    Plan { osc52, tmux: want_osc52 && env.tmux, system, skipped }
}

/// Copy `text` with the mechanisms `mode` allows. Never panics; failures are in the report.
pub fn copy(text: &str, mode: ClipboardMode) -> CopyReport {
    copy_in(text, mode, &Env::current())
}

/// [`copy`] in a given environment.
pub fn copy_in(text: &str, mode: ClipboardMode, env: &Env) -> CopyReport {
    let mut report = CopyReport::default();
    if text.is_empty() {
        report.problems.push("nothing to copy".into());
        return report;
    }
    let plan = plan(mode, env);
    let mut wrap = plan.osc52;
    if plan.tmux {
        match tmux::load_buffer(text) {
            Ok(()) => {
                report.via.push(VIA_TMUX.into());
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
            Err(e) => report.problems.push(format!("tmux: {e}")),
        }
    }
    if let Some(wrap) = wrap {
        match osc52::sequence(text, wrap) {
            Ok(bytes) => match osc52::write_to_terminal(&bytes) {
                Ok(()) => report.via.push(VIA_OSC52.into()),
                Err(e) => report.problems.push(format!("OSC 52: cannot write to the terminal: {e}")),
            },
            Err(len) => report.problems.push(format!(
                "too long for OSC 52 ({} kB; terminals accept about {} kB)",
                len.div_ceil(1000),
                osc52::MAX_SEQUENCE / 1000
            )),
        }
    }
    if plan.system {
        match system::copy(text) {
            Ok(system::Stored::Lasting) => report.via.push(VIA_SYSTEM.into()),
            Ok(system::Stored::WhileRunning(why)) => {
                report.via.push(VIA_SYSTEM.into());
                report.problems.push(format!("the system clipboard keeps it only while chronique runs: {why}"));
            }
            Err(e) => report.problems.push(format!("system clipboard: {e}")),
        }
    }
    if !report.ok() {
        report.problems.extend(plan.skipped);
    }
    report
}

/// The status line after copying `n_quotes` quotes of `chars` characters:
/// "Copied 1 quote (142 chars) via OSC 52 and system clipboard", "Not copied: why".
/// When OSC 52 alone carried it, the line says it depends on the terminal: OSC 52 has no
/// answer, and a terminal without support ignores it.
pub fn summary(n_quotes: usize, chars: usize, report: &CopyReport) -> String {
    if n_quotes == 0 {
        return "Nothing to copy: no quotes here".into();
    }
    let problems = report.problems.join("; ");
    if !report.ok() {
        return if problems.is_empty() { "Not copied".into() } else { format!("Not copied: {problems}") };
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let via = match report.via.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => report.via.join(""),
    };
    let mut s = format!("Copied {} ({}) via {via}", plural(n_quotes, "quote"), plural(chars, "char"));
    if report.via == [VIA_OSC52] {
        s.push_str(" (if the terminal allows it)");
    }
    if !problems.is_empty() {
        s.push_str("; ");
        s.push_str(&problems);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const DESKTOP: Env = Env { terminal: true, tmux: false, screen: false, display: Some(Display::X11) };

    #[test]
    fn auto_uses_every_mechanism_that_can_work() {
        assert_eq!(
            plan(ClipboardMode::Auto, &DESKTOP),
            Plan { osc52: Some(Wrap::Plain), tmux: false, system: true, skipped: vec![] }
        );
        let ssh = Env { display: None, ..DESKTOP };
        let p = plan(ClipboardMode::Auto, &ssh);
        assert_eq!((p.osc52, p.system), (Some(Wrap::Plain), false));
        assert!(p.skipped[0].contains("no display"));
        let tmux = Env { tmux: true, ..ssh };
        let p = plan(ClipboardMode::Auto, &tmux);
        assert_eq!((p.osc52, p.tmux), (Some(Wrap::Tmux), true));
        // tmux takes the text even without a terminal of ours (`search --copy | ...` from cron).
        let p = plan(ClipboardMode::Auto, &Env { terminal: false, ..tmux });
        assert_eq!((p.osc52, p.tmux), (None, true));
        assert!(!plan(ClipboardMode::System, &tmux).tmux);
        let screen = Env { screen: true, ..ssh };
        assert_eq!(plan(ClipboardMode::Auto, &screen).osc52, Some(Wrap::Screen));
        // tmux inside screen (or the reverse): the innermost, tmux, gets the sequence first.
        assert_eq!(plan(ClipboardMode::Auto, &Env { tmux: true, screen: true, ..ssh }).osc52, Some(Wrap::Tmux));
        let piped_no_tty = Env { terminal: false, ..DESKTOP };
        let p = plan(ClipboardMode::Auto, &piped_no_tty);
        assert_eq!((p.osc52, p.system), (None, true));
    }

    #[test]
    fn forced_modes_use_one_mechanism_and_say_why_not() {
        let p = plan(ClipboardMode::Osc52, &DESKTOP);
        assert_eq!((p.osc52, p.system), (Some(Wrap::Plain), false));
        let p = plan(ClipboardMode::System, &DESKTOP);
        assert_eq!((p.osc52, p.system), (None, true));
        let p = plan(ClipboardMode::Osc52, &Env { terminal: false, ..DESKTOP });
        assert_eq!((p.osc52, p.system, p.skipped), (None, false, vec!["no terminal to send OSC 52 to".to_string()]));
        let p = plan(ClipboardMode::None, &DESKTOP);
        assert_eq!((p.osc52, p.system), (None, false));
        assert!(p.skipped[0].contains("--clipboard none"));
    }

    #[test]
    fn nothing_available_is_a_report_not_a_crash() {
        let nothing = Env::default();
        let r = copy_in("« x »", ClipboardMode::Auto, &nothing);
        assert!(!r.ok());
        assert_eq!(r.problems.len(), 2);
        assert_eq!(
            summary(1, 5, &r),
            "Not copied: no terminal to send OSC 52 to; no display for the system clipboard ($DISPLAY and $WAYLAND_DISPLAY are unset)"
        );
        let r = copy_in("x", ClipboardMode::None, &DESKTOP);
        assert_eq!(summary(1, 1, &r), "Not copied: the clipboard is off (--clipboard none)");
        let r = copy_in("", ClipboardMode::Auto, &nothing);
        assert_eq!(r.problems, vec!["nothing to copy".to_string()]);
    }

    #[test]
    fn summary_says_how_many_how_long_and_how() {
        let both = CopyReport { via: vec![VIA_OSC52.into(), VIA_SYSTEM.into()], problems: vec![] };
        assert_eq!(summary(1, 142, &both), "Copied 1 quote (142 chars) via OSC 52 and system clipboard");
        let sys = CopyReport {
            via: vec![VIA_SYSTEM.into()],
            problems: vec!["too long for OSC 52 (120 kB; terminals accept about 100 kB)".into()],
        };
        assert_eq!(
            summary(4, 90_000, &sys),
            "Copied 4 quotes (90000 chars) via system clipboard; too long for OSC 52 (120 kB; terminals accept about 100 kB)"
        );
        let osc = CopyReport { via: vec![VIA_OSC52.into()], problems: vec![] };
        assert_eq!(summary(2, 1, &osc), "Copied 2 quotes (1 char) via OSC 52 (if the terminal allows it)");
        let three = CopyReport { via: vec![VIA_OSC52.into(), VIA_TMUX.into(), VIA_SYSTEM.into()], problems: vec![] };
        assert_eq!(summary(1, 3, &three), "Copied 1 quote (3 chars) via OSC 52, tmux and system clipboard");
        assert_eq!(summary(0, 0, &CopyReport::default()), "Nothing to copy: no quotes here");
    }
}
