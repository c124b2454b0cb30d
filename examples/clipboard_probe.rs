//! Try the clipboard for real, outside the browser (used by the end-to-end checks).
//!
//! ```text
//! clipboard_probe copy [auto|osc52|system|none] TEXT   copy TEXT, print the status line on stderr
//! clipboard_probe cite QUOTE_ID [citation|markdown|plain] [MODE]
//!                                                       copy a quote of the sample corpus
//! clipboard_probe __serve-clipboard                     the clipboard helper (as chronique's)
//! ```
//!
//! It is its own clipboard helper: `copy` starts this same program with `__serve-clipboard`,
//! exactly as chronique starts `chronique __serve-clipboard`. Exit status 0 when copied.
use chronique::cite::{self, CiteFormat};
use chronique::lang::Lang;
use chronique::runtime::clipboard::{self, ClipboardMode, SERVE_ARG};
use clap::ValueEnum;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Words in the locale's language, as chronique's.
    let lang = Lang::from_env();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mode = |s: Option<&&str>| s.map_or(Ok(ClipboardMode::Auto), |s| ClipboardMode::from_str(s, true));
    let (text, n, mode) = match args.as_slice() {
        [arg] if *arg == SERVE_ARG => return clipboard::serve_from_stdin(),
        ["copy", text] => (text.to_string(), 1, mode(None)),
        ["copy", m, text] => (text.to_string(), 1, mode(Some(m))),
        ["cite", id, rest @ ..] => {
            let corpus = chronique::testing::sample_corpus();
            let Some(q) = corpus.quotes.iter().position(|q| q.id() == *id) else {
                eprintln!("no quote {id} in the sample corpus");
                return ExitCode::from(2);
            };
            let format = rest.first().map_or(Ok(CiteFormat::Citation), |f| CiteFormat::from_str(f, true));
            let Ok(format) = format else {
                eprintln!("unknown format");
                return ExitCode::from(2);
            };
            (cite::quote(&corpus, q, format, lang), 1, mode(rest.get(1)))
        }
        _ => {
            eprintln!("usage: clipboard_probe copy [MODE] TEXT | cite QUOTE_ID [FORMAT] [MODE]");
            return ExitCode::from(2);
        }
    };
    let Ok(mode) = mode else {
        eprintln!("unknown mode (auto, osc52, system, none)");
        return ExitCode::from(2);
    };
    let report = clipboard::copy(&text, mode, lang);
    eprintln!("{}", clipboard::summary(n, text.chars().count(), 0, &report, lang));
    if report.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
