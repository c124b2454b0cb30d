//! The system clipboard through arboard (X11 and Wayland, macOS, Windows).
//!
//! On X11 and Wayland a clipboard is not a store: the owning process answers every paste, and
//! the text dies with it. So that a copy still pastes after chronique exits (`search --copy`
//! exits at once), the text is handed to a helper: chronique itself started again as
//! `chronique __serve-clipboard` ([`SERVE_ARG`]), in its own process group (a Ctrl-C or the
//! shell's hang-up for chronique's job does not reach it), reading the text on stdin. The
//! helper takes the clipboard, answers one line on stdout (`ok`, or `error: why`), then keeps
//! serving until another program takes the clipboard, and exits. Each copy's helper thus
//! replaces the previous one. On macOS and Windows the system keeps the text itself.

use super::Failure;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::ExitCode;
use std::time::Duration;

/// The argument that turns chronique into the clipboard helper (see [`serve_from_stdin`]).
pub const SERVE_ARG: &str = "__serve-clipboard";

/// How long to wait for the helper's answer: connecting to a display is quick, and a copy
/// must never hang the browser.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(3);

/// A successful system copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// The text outlives chronique.
    Lasting,
    /// The helper failed (the reason is given), so chronique holds the text itself: it pastes
    /// while chronique runs, and after only if a clipboard manager took it over.
    WhileRunning(Failure),
}

/// Put `text` on the system clipboard.
pub fn copy(text: &str) -> Result<Stored, Failure> {
    if !cfg!(all(unix, not(target_os = "macos"))) {
        return set_in_process(text).map(|()| Stored::Lasting);
    }
    match hand_to_helper(text) {
        Ok(()) => Ok(Stored::Lasting),
        Err(helper) => match set_in_process(text) {
            Ok(()) => Ok(Stored::WhileRunning(helper)),
            Err(e) => Err(e),
        },
    }
}

/// The helper's body: read the text from stdin, take the clipboard, say `ok` (or `error: ...`)
/// on stdout, then serve the text until another program takes the clipboard.
///
/// The clipboard is set once without waiting, to learn whether it worked and answer, then set
/// again with arboard's `wait()`, which re-asserts ownership and blocks until it is lost. (Were
/// another program to copy within the microseconds between the two, this copy would win.)
pub fn serve_from_stdin() -> ExitCode {
    let mut out = std::io::stdout();
    // Writes to the parent are best effort: it may have given up waiting and closed the pipe.
    let mut answer = |line: &str| {
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    };
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        answer(&format!("error: cannot read the text to copy: {e}"));
        return ExitCode::FAILURE;
    }
    let mut clipboard = match arboard::Clipboard::new() {
        Ok(c) => c,
        Err(e) => {
            answer(&format!("error: {e}"));
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = clipboard.set_text(text.as_str()) {
        answer(&format!("error: {e}"));
        return ExitCode::FAILURE;
    }
    answer("ok");
    #[cfg(all(unix, not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))))]
    {
        use arboard::SetExtLinux;
        let _ = clipboard.set().wait().text(text);
    }
    ExitCode::SUCCESS
}

/// Start the helper, give it the text, and wait (bounded) for its answer.
fn hand_to_helper(text: &str) -> Result<(), Failure> {
    use std::process::{Command, Stdio};
    let exe = std::env::current_exe().map_err(|e| Failure::NoSelf(e.to_string()))?;
    let mut cmd = Command::new(exe);
    cmd.arg(SERVE_ARG).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null()).current_dir("/");
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let mut child =
        cmd.spawn().map_err(|e| Failure::CannotRun { program: "chronique __serve-clipboard", why: e.to_string() })?;
    let (stdin, stdout) = (child.stdin.take(), child.stdout.take());
    let text = text.to_owned();
    let (tx, rx) = std::sync::mpsc::channel();
    // Writing and reading happen off this thread: a helper that neither reads nor answers
    // (a chronique without the helper subcommand, say) must not block the copy.
    std::thread::spawn(move || {
        if let Some(mut w) = stdin {
            let _ = w.write_all(text.as_bytes());
        } // Dropping `w` closes the pipe: end of the text.
        let mut line = String::new();
        if let Some(r) = stdout {
            let _ = BufReader::new(r.take(4096)).read_line(&mut line);
        }
        let _ = tx.send(line);
    });
    let answer = rx.recv_timeout(HANDSHAKE_TIMEOUT);
    if answer.is_err() {
        let _ = child.kill();
    }
    // Reap the helper whenever it ends, so it leaves no zombie behind while chronique runs.
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    match answer {
        Ok(line) if line.trim_end() == "ok" => Ok(()),
        Ok(line) => match line.trim().strip_prefix("error:") {
            Some(why) => Err(Failure::Said(crate::text::for_terminal(why.trim()).into_owned())),
            None => Err(Failure::HelperDidNotStart),
        },
        Err(_) => Err(Failure::NoAnswer { program: "chronique __serve-clipboard", secs: HANDSHAKE_TIMEOUT.as_secs() }),
    }
}

thread_local! {
    /// The in-process clipboard, kept alive: on X11 dropping it ends the selection.
    static HELD: std::cell::RefCell<Option<arboard::Clipboard>> = const { std::cell::RefCell::new(None) };
}

fn set_in_process(text: &str) -> Result<(), Failure> {
    HELD.with(|held| {
        let mut held = held.borrow_mut();
        let clipboard = match held.as_mut() {
            Some(c) => c,
            None => held.insert(arboard::Clipboard::new().map_err(|e| Failure::Said(e.to_string()))?),
        };
        clipboard.set_text(text).map_err(|e| Failure::Said(e.to_string()))
    })
}
