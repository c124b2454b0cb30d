//! Command-line interface: argument parsing and the subcommands. Thin: the work is done by
//! the library layers; this module loads, dispatches, prints and picks exit codes.
//!
//! Every message goes to stderr as "chronique: …", in the reader's language (`--lang`, else
//! the locale). Exit codes: 0 success; 1 `check` found an article it could not read, or
//! `search` matched nothing; 2 nothing could be loaded or the command line is wrong.

mod generate;
mod help;
mod search;
mod speakers;

use crate::cite::CiteFormat;
use crate::corpus::{self, Diagnostic};
use crate::export::{self, Format};
use crate::gazetteer::Gazetteer;
use crate::lang::Lang;
use crate::model::Corpus;
use crate::runtime::clipboard::ClipboardMode;
use clap::{FromArgMatches, Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// The command line. Its help texts are not written here: `help::localize` gives every
/// command and option its words from the reader's language's table.
#[derive(Debug, Parser)]
#[command(name = "chronique", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[arg(index = 1, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_name = "QUERY")]
    pub filter: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    #[command(flatten)]
    pub global: Global,
}

#[derive(Debug, clap::Args)]
pub struct Global {
    #[arg(long, global = true, value_enum, value_name = "fr|en")]
    pub lang: Option<Lang>,
    #[arg(long, global = true, value_name = "FILE")]
    pub speakers: Option<PathBuf>,
    #[arg(long, global = true, value_enum, default_value_t = ClipboardMode::Auto)]
    pub clipboard: ClipboardMode,
    #[arg(long, global = true, value_enum, default_value_t = CiteFormat::Citation)]
    pub cite: CiteFormat,
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Read files of quotes from scratch: no snapshot from an earlier load is used or written
    /// (snapshots live in $XDG_CACHE_HOME/chronique, else ~/.cache/chronique).
    #[arg(long, global = true)]
    pub no_cache: bool,
}

impl Global {
    /// How to load: with snapshots in the user's cache folder unless `--no-cache`.
    pub fn load_options(&self) -> corpus::Options {
        corpus::Options { cache: if self.no_cache { None } else { corpus::snapshot::Cache::from_env() } }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Export {
        #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Json)]
        format: Format,
        #[arg(index = 1, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    List {
        #[arg(index = 1, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    Check {
        #[arg(index = 1, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    Search(search::SearchArgs),
    Speakers(speakers::SpeakersArgs),
    Generate(generate::GenerateArgs),
    /// Serve the X11/Wayland clipboard after chronique exits (internal).
    #[command(name = "__serve-clipboard", hide = true)]
    ServeClipboard,
}

pub fn main() -> ExitCode {
    // The clipboard server is started by chronique itself: no corpus, no terminal set-up.
    if std::env::args_os().nth(1).is_some_and(|a| a == crate::runtime::clipboard::SERVE_ARG) {
        return crate::runtime::clipboard::serve_from_stdin();
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language is known before parsing, so that the help and the parser's errors use it.
    let lang = Lang::from_args(&args).unwrap_or_else(Lang::from_env);
    let cli = match help::localize(<Cli as clap::CommandFactory>::command(), lang)
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => return help::parse_error(e, lang),
    };
    let mut gazetteer = gazetteer(cli.global.speakers.as_deref(), lang);
    // People are shown under their name in the reader's language (Vladimir Putin / Poutine),
    // except in the machine formats, whose speaker names stay the gazetteer's canonical ones.
    let machine =
        matches!(&cli.command, Some(Command::Export { format: export::Format::Json | export::Format::Csv, .. }));
    if !machine {
        gazetteer.localize(lang.code());
    }
    let options = cli.global.load_options();
    let code = match cli.command {
        None => {
            let date = match cli.date.as_deref().map(|d| (d, crate::app::goto::parse(d))) {
                Some((d, None)) => {
                    say(&(lang.words().cli.bad_date_option)(d.trim()));
                    return ExitCode::from(2);
                }
                Some((_, date)) => date,
                None => None,
            };
            browse(&cli.paths, &gazetteer, &cli.global, lang, cli.filter, date)
        }
        Some(Command::Export { format, paths }) => with_corpus(&paths, &gazetteer, &options, lang, |c, _| {
            print(&export::render(c, format, lang));
            ExitCode::SUCCESS
        }),
        Some(Command::List { paths }) => with_corpus(&paths, &gazetteer, &options, lang, |c, _| {
            print(&export::readable::list(c, lang));
            ExitCode::SUCCESS
        }),
        Some(Command::Check { paths }) => {
            let (corpus, diags) = load_showing_progress(&paths, &gazetteer, &options, lang);
            report(&diags, lang);
            if corpus.articles.is_empty() {
                say(lang.words().cli.nothing_loaded);
                ExitCode::from(2)
            } else {
                print(&export::readable::check(&corpus, &diags, lang));
                ExitCode::from(if diags.iter().any(|d| d.fatal) { 1 } else { 0 })
            }
        }
        Some(Command::Search(args)) => search::run(args, &gazetteer, &cli.global, lang),
        Some(Command::Speakers(args)) => speakers::run(args, &gazetteer, &options, lang),
        Some(Command::Generate(args)) => generate::run(args, lang),
        Some(Command::ServeClipboard) => crate::runtime::clipboard::serve_from_stdin(),
    };
    // Snapshots of what was loaded are written in the background: let them end.
    for e in corpus::snapshot::finish_writes() {
        say(&format!("{}: {}", lang.words().cli.warning, crate::text::for_terminal(&e)));
    }
    code
}

/// One message on stderr, after the one prefix every message of chronique has.
pub(crate) fn say(message: &str) {
    eprintln!("chronique: {message}");
}

/// The built-in gazetteer, with the user's merged over it. A bad user file is reported and
/// the built-in one is used: the rest of the work goes on.
fn gazetteer(user: Option<&std::path::Path>, lang: Lang) -> Gazetteer {
    let mut g = Gazetteer::builtin();
    if let Some(p) = user {
        match Gazetteer::from_path(p) {
            Ok(u) => g.merge(u),
            Err(e) => {
                let w = lang.words();
                say(&format!("{}: {}", w.cli.warning, (w.problems.bad_gazetteer)(&e.describe(lang))));
            }
        }
    }
    g
}

/// Load, report problems on stderr, and run `f` unless nothing could be loaded (exit 2).
pub(crate) fn with_corpus(
    paths: &[PathBuf],
    g: &Gazetteer,
    options: &corpus::Options,
    lang: Lang,
    f: impl FnOnce(&Corpus, &[Diagnostic]) -> ExitCode,
) -> ExitCode {
    let (corpus, diags) = load_showing_progress(paths, g, options, lang);
    report(&diags, lang);
    if corpus.articles.is_empty() {
        say(lang.words().cli.nothing_loaded);
        return ExitCode::from(2);
    }
    f(&corpus, &diags)
}

/// Load, showing progress on stderr when it is a terminal and the load takes a while (never
/// mixed into redirected output).
pub(crate) fn load_showing_progress(
    paths: &[PathBuf],
    g: &Gazetteer,
    options: &corpus::Options,
    lang: Lang,
) -> (Corpus, Vec<Diagnostic>) {
    use std::io::IsTerminal;
    let progress = corpus::Progress::default();
    if !std::io::stderr().is_terminal() {
        return corpus::load_with(paths, g, &progress, options);
    }
    // The printer wakes every 100 ms, and at once when the load ends (the sender is dropped).
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    std::thread::scope(|s| {
        let progress = &progress;
        s.spawn(move || {
            let start = std::time::Instant::now();
            let mut shown = false;
            while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
                done_rx.recv_timeout(std::time::Duration::from_millis(100))
            {
                if start.elapsed().as_millis() >= 500 {
                    let message = crate::runtime::loading::loading(progress, start.elapsed()).message(lang);
                    eprint!("\rchronique: {message}\x1b[K");
                    shown = true;
                }
            }
            if shown {
                eprint!("\r\x1b[K");
            }
        });
        let out = corpus::load_with(paths, g, progress, options);
        drop(done_tx);
        out
    })
}

/// Each problem of a load, one line each: "chronique: error: PATH: what is wrong".
pub(crate) fn report(diags: &[Diagnostic], lang: Lang) {
    let w = &lang.words().cli;
    for d in diags {
        let level = if d.fatal { w.error } else { w.warning };
        say(&format!("{level}: {}", crate::text::for_terminal(&d.describe(lang))));
    }
}

/// Write to stdout; a closed pipe (`chronique list | head`) is not an error worth a panic.
pub(crate) fn print(s: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes()).and_then(|_| out.flush());
}

/// The browser. What can be told before the screen is taken is told first, plainly: paths
/// that are not there (and a word that may have been meant as a command), and the lack of a
/// terminal to draw on.
fn browse(
    paths: &[PathBuf],
    g: &Gazetteer,
    global: &Global,
    lang: Lang,
    filter: Option<String>,
    date: Option<crate::model::FuzzyDate>,
) -> ExitCode {
    use crate::runtime::loading::Outcome;
    let w = lang.words();
    let (found, missing): (Vec<PathBuf>, Vec<PathBuf>) =
        paths.iter().cloned().partition(|p| std::fs::symlink_metadata(p).is_ok());
    for p in &missing {
        let shown = p.display().to_string();
        let d = Diagnostic { path: shown.clone(), message: corpus::Problem::NotFound, fatal: true };
        let mut message = format!("{}: {}", w.cli.error, crate::text::for_terminal(&d.describe(lang)));
        if COMMANDS.contains(&shown.as_str()) {
            message = format!("{message}; {}", (w.cli.command_first)(&shown));
        } else if looks_like_a_command(&shown) {
            message = format!("{message}; {}", (w.cli.not_a_command)(&shown));
        }
        say(&message);
    }
    if !missing.is_empty() && found.is_empty() {
        say(w.cli.nothing_loaded);
        return ExitCode::from(2);
    }
    if let Some(what) = no_terminal() {
        say(&(w.cli.needs_terminal)(if what == Stream::Stdin { w.cli.stdin } else { w.cli.stdout }));
        return ExitCode::from(2);
    }
    let options = crate::runtime::Options {
        clipboard: global.clipboard,
        cite_format: global.cite,
        corpus_label: String::new(),
        no_color: global.no_color,
        filter,
        date,
        lang,
    };
    // The browser opens at once and loads on a thread; problems are listed when it closes.
    let (g, load) = (g.clone(), global.load_options());
    match crate::runtime::loading::run_loading(move |p| corpus::load_with(&found, &g, p, &load), options) {
        Ok(Outcome::Quit(diags)) => {
            report(&diags.unwrap_or_default(), lang);
            ExitCode::SUCCESS
        }
        Ok(Outcome::NothingLoaded(diags)) => {
            report(&diags, lang);
            say(w.cli.nothing_loaded);
            ExitCode::from(2)
        }
        Err(e) if e.downcast_ref::<crate::runtime::Stopped>().is_some() => {
            say(w.cli.stopped);
            ExitCode::from(2)
        }
        Err(e) if e.downcast_ref::<crate::runtime::LoadFailed>().is_some() => {
            say(&format!("{}: {}", w.cli.error, w.cli.loading_failed));
            ExitCode::from(2)
        }
        Err(e) => {
            say(&format!("{}: {e:#}", w.cli.error));
            ExitCode::from(2)
        }
    }
}

/// The commands, as typed.
const COMMANDS: [&str; 6] = ["list", "export", "check", "search", "speakers", "generate"];

/// A path that is not there and reads as a word (no folder, no extension): perhaps a command.
fn looks_like_a_command(shown: &str) -> bool {
    !shown.is_empty() && shown.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stream {
    Stdin,
    Stdout,
}

/// What the browser lacks to run: a terminal to draw on (stdout), and one to read keys from
/// (stdin, else the controlling terminal).
fn no_terminal() -> Option<Stream> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return Some(Stream::Stdout);
    }
    let keys = std::io::stdin().is_terminal() || (cfg!(unix) && std::fs::File::open("/dev/tty").is_ok());
    (!keys).then_some(Stream::Stdin)
}
