//! Inside tmux, also hand the text to tmux itself: `tmux load-buffer -w -`.
//!
//! A plain OSC 52 from a program reaches tmux's buffer and the outer terminal only with
//! `set-clipboard on`; tmux's default is `external`, which drops it. Text loaded with
//! `load-buffer -w` is tmux's own copy: it goes into a paste buffer and, under `on` and
//! `external` alike, tmux sends it to the outer terminal's clipboard (through SSH too). It needs
//! no terminal of ours, so it also works for `search --copy` run without one.

use super::Failure;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

/// tmux answers at once; a stuck server must not hang a copy.
const TIMEOUT: Duration = Duration::from_secs(2);

pub fn load_buffer(text: &str) -> Result<(), Failure> {
    // `-w` (tmux 3.2+) also sets the outer clipboard; an older tmux refuses the flag and still
    // takes the buffer without it.
    match run(&["load-buffer", "-w", "-"], text) {
        Err(Failure::Said(e)) if e.contains("-w") || e.contains("unknown flag") || e.contains("usage") => {
            run(&["load-buffer", "-"], text)
        }
        r => r,
    }
}

fn run(args: &[&str], text: &str) -> Result<(), Failure> {
    let mut child = Command::new("tmux")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Failure::CannotRun { program: "tmux", why: e.to_string() })?;
    let (stdin, stderr) = (child.stdin.take(), child.stderr.take());
    let text = text.to_owned();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        if let Some(mut w) = stdin {
            let _ = w.write_all(text.as_bytes());
        }
        let mut err = String::new();
        if let Some(r) = stderr {
            let _ = r.take(4096).read_to_string(&mut err);
        }
        let _ = tx.send(err);
    });
    let Ok(err) = rx.recv_timeout(TIMEOUT) else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(Failure::NoAnswer { program: "tmux", secs: TIMEOUT.as_secs() });
    };
    match child.wait() {
        Ok(status) if status.success() => Ok(()),
        Ok(_) => Err(Failure::Said(crate::text::for_terminal(err.trim()).into_owned())),
        Err(e) => Err(Failure::Said(e.to_string())),
    }
}
