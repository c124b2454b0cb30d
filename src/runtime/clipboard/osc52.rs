//! OSC 52: asking the terminal itself to set the clipboard. Works in most modern terminals,
//! through SSH (the sequence travels with the rest of the output) and through tmux and screen
//! when wrapped as they need.
//!
//! The text is base64-encoded inside the sequence, so the article's characters (whatever control
//! characters they hold) reach the terminal only as `[A-Za-z0-9+/=]`: the payload needs no
//! sanitizing and is never altered.
//!
//! Every form ends the OSC with BEL rather than ST (`ESC \`): both are accepted by xterm-like
//! terminals and tmux, and BEL cannot close screen's DCS wrapper early.

use base64::Engine as _;
use std::io::{self, Write};

/// Largest plain OSC 52 sequence sent, in bytes (about 74 kB of text). Terminals cap these
/// sequences (hterm/ChromeOS and several others near 100 kB; some drop longer ones silently),
/// so a longer copy is reported as too long instead of being sent and lost.
pub const MAX_SEQUENCE: usize = 100_000;

/// Screen passes a DCS string to the outer terminal, but caps each string's length (256 bytes
/// before screen 4.2.0, 512 in 4.2.0, 768 since 4.2.1), so the sequence is cut into pieces
/// that fit the oldest limit, each in its own DCS; the outer terminal sees them joined.
const SCREEN_CHUNK: usize = 256 - 4;

/// How the sequence must be wrapped to reach the terminal that owns the clipboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrap {
    /// Straight to the terminal.
    Plain,
    /// Inside tmux: a plain OSC 52, which tmux with `set-clipboard on` takes into its paste
    /// buffer and forwards to the outer terminal itself, then the same sequence in a DCS
    /// passthrough (`ESC Ptmux; ... ESC \`) for tmux set to `set-clipboard external` (the
    /// default) with `allow-passthrough on`, where only a passthrough reaches the outer terminal.
    /// Each form is dropped by a tmux not configured for it, and when both get through the outer
    /// terminal receives the same text twice, which is harmless.
    Tmux,
    /// Inside tmux once tmux took the text itself (see `tmux.rs`): only the passthrough, for
    /// the outer terminal, so tmux does not get the same buffer twice.
    TmuxPassthrough,
    /// Inside GNU screen: the sequence in screen's DCS, in pieces (see [`SCREEN_CHUNK`]).
    Screen,
}

/// The bytes to write to the terminal, or the plain sequence's length when above [`MAX_SEQUENCE`].
pub fn sequence(text: &str, wrap: Wrap) -> Result<Vec<u8>, usize> {
    let b64 = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    let plain = format!("\x1b]52;c;{b64}\x07");
    if plain.len() > MAX_SEQUENCE {
        return Err(plain.len());
    }
    Ok(match wrap {
        Wrap::Plain => plain.into_bytes(),
        Wrap::Tmux | Wrap::TmuxPassthrough => {
            let mut out = if wrap == Wrap::Tmux { plain.clone().into_bytes() } else { Vec::new() };
            out.extend_from_slice(b"\x1bPtmux;");
            // Inside a tmux passthrough every ESC is doubled.
            out.extend_from_slice(plain.replace('\x1b', "\x1b\x1b").as_bytes());
            out.extend_from_slice(b"\x1b\\");
            out
        }
        Wrap::Screen => {
            let mut out = Vec::with_capacity(plain.len() + plain.len() / SCREEN_CHUNK * 4 + 4);
            // The sequence is ASCII, so cutting at byte boundaries is safe.
            for chunk in plain.as_bytes().chunks(SCREEN_CHUNK) {
                out.extend_from_slice(b"\x1bP");
                out.extend_from_slice(chunk);
                out.extend_from_slice(b"\x1b\\");
            }
            out
        }
    })
}

/// Whether a terminal is there to write to (the controlling terminal on Unix, so copying works
/// when stdout is a pipe as in `search --copy`).
pub fn terminal_available() -> bool {
    open_terminal().is_ok()
}

/// Write the sequence to the terminal in one write, so it cannot interleave with a frame.
pub fn write_to_terminal(bytes: &[u8]) -> io::Result<()> {
    let mut t = open_terminal()?;
    t.write_all(bytes)?;
    t.flush()
}

#[cfg(unix)]
fn open_terminal() -> io::Result<std::fs::File> {
    std::fs::OpenOptions::new().write(true).open("/dev/tty")
}

/// Without `/dev/tty`, the terminal is stdout when it is one (Windows Terminal reads OSC 52).
#[cfg(not(unix))]
fn open_terminal() -> io::Result<io::Stdout> {
    use std::io::IsTerminal;
    let out = io::stdout();
    if out.is_terminal() {
        Ok(out)
    } else {
        Err(io::Error::new(io::ErrorKind::NotFound, "stdout is not a terminal"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(s: &str) -> String {
        base64::engine::general_purpose::STANDARD.encode(s)
    }

    #[test]
    fn plain_sequence_is_base64_of_the_exact_bytes() {
        let text = "« Réalité » — x\u{1b}]0;evil\u{7}";
        let seq = sequence(text, Wrap::Plain).unwrap();
        assert_eq!(seq, format!("\x1b]52;c;{}\x07", b64(text)).into_bytes());
        // The only control bytes are the sequence's own: ESC at the start, BEL at the end.
        let controls: Vec<usize> =
            seq.iter().enumerate().filter(|(_, b)| b.is_ascii_control()).map(|(i, _)| i).collect();
        assert_eq!(controls, vec![0, seq.len() - 1]);
    }

    #[test]
    fn tmux_gets_plain_then_passthrough_with_escapes_doubled() {
        let seq = String::from_utf8(sequence("é", Wrap::Tmux).unwrap()).unwrap();
        let plain = format!("\x1b]52;c;{}\x07", b64("é"));
        let passthrough = format!("\x1bPtmux;\x1b\x1b]52;c;{}\x07\x1b\\", b64("é"));
        assert_eq!(seq, format!("{plain}{passthrough}"));
        assert_eq!(sequence("é", Wrap::TmuxPassthrough).unwrap(), passthrough.into_bytes());
    }

    #[test]
    fn screen_wraps_pieces_that_fit_its_string_limit() {
        let text = "Nous ne créons pas un bloc militaire. ".repeat(40);
        let seq = String::from_utf8(sequence(&text, Wrap::Screen).unwrap()).unwrap();
        let plain = format!("\x1b]52;c;{}\x07", b64(&text));
        let pieces: Vec<&str> =
            seq.strip_prefix("\x1bP").unwrap().strip_suffix("\x1b\\").unwrap().split("\x1b\\\x1bP").collect();
        assert!(pieces.len() > 1);
        assert!(pieces.iter().all(|p| p.len() <= SCREEN_CHUNK));
        assert_eq!(pieces.concat(), plain);
    }

    #[test]
    fn too_long_payloads_are_refused_with_their_size() {
        let big = "a".repeat(80_000);
        let len = sequence(&big, Wrap::Plain).unwrap_err();
        assert!(len > MAX_SEQUENCE);
        assert!(sequence(&"a".repeat(70_000), Wrap::Plain).is_ok());
    }
}
