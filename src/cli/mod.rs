//! Command-line interface: argument parsing and the subcommands. Thin: the work is done by
//! the library layers; this module loads, dispatches, prints and picks exit codes.
//!
//! Exit codes: 0 success; 1 `check` found an article it could not read, or `search` matched
//! nothing; 2 nothing could be loaded or the command line is wrong.

mod generate;
mod search;
mod speakers;

use crate::cite::CiteFormat;
use crate::corpus::{self, Diagnostic};
use crate::export::{self, Format};
use crate::gazetteer::Gazetteer;
use crate::model::Corpus;
use crate::runtime::clipboard::ClipboardMode;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "chronique",
    version,
    about = "A terminal timeline browser of who said what in news articles.",
    long_about = "A terminal timeline browser of who said what in news articles.\n\n\
    With no subcommand, opens the browser on PATHs (article .txt files or folders of them), \
    or on the bundled seed articles when no PATH is given.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Article files (.txt, UTF-8) or folders of them. None: the bundled seeds.
    pub paths: Vec<PathBuf>,
    /// Open the browser filtered on QUERY (the filter's syntax: words, @speaker, #event,
    /// dates and ranges such as 2023-04..2023-11), on its first match.
    #[arg(long, value_name = "QUERY")]
    pub filter: Option<String>,
    /// Open the browser at the event nearest DATE (2023-11, 8/11/2023, 8 novembre 2023).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    #[command(flatten)]
    pub global: Global,
}

#[derive(Debug, clap::Args)]
pub struct Global {
    /// Extra speaker gazetteer (JSON, same shape as assets/speakers.json), merged over the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub speakers: Option<PathBuf>,
    /// How to copy to the clipboard.
    #[arg(long, global = true, value_enum, default_value_t = ClipboardMode::Auto)]
    pub clipboard: ClipboardMode,
    /// What `y` copies: a citation, a Markdown block quote with link, or the words alone.
    #[arg(long, global = true, value_enum, default_value_t = CiteFormat::Citation)]
    pub cite: CiteFormat,
    /// No colours in the browser (also when the NO_COLOR environment variable is set).
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
    /// Write the normalized corpus to stdout.
    Export {
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        paths: Vec<PathBuf>,
    },
    /// Print the timeline as readable text.
    List { paths: Vec<PathBuf> },
    /// Report, per article, what was found and every doubt.
    Check { paths: Vec<PathBuf> },
    /// Print the quotes matching QUERY (same engine and syntax as the browser's filter).
    Search(search::SearchArgs),
    /// List who speaks: quotes, events, role at the latest quote, first and last date.
    Speakers(speakers::SpeakersArgs),
    /// Write a synthetic corpus (articles, Quotebank JSON Lines, or quote lines) for benchmarks.
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
    let cli = Cli::parse();
    let gazetteer = gazetteer(cli.global.speakers.as_deref());
    let options = cli.global.load_options();
    let code = match cli.command {
        None => {
            let date = match cli.date.as_deref().map(|d| (d, crate::app::goto::parse(d))) {
                Some((d, None)) => {
                    eprintln!("chronique: --date: {}", crate::app::goto::not_a_date(d));
                    return ExitCode::from(2);
                }
                Some((_, date)) => date,
                None => None,
            };
            browse(&cli.paths, &gazetteer, &cli.global, cli.filter, date)
        }
        Some(Command::Export { format, paths }) => with_corpus(&paths, &gazetteer, &options, |c, _| {
            print(&export::render(c, format));
            ExitCode::SUCCESS
        }),
        Some(Command::List { paths }) => with_corpus(&paths, &gazetteer, &options, |c, _| {
            print(&export::readable::list(c));
            ExitCode::SUCCESS
        }),
        Some(Command::Check { paths }) => {
            let (corpus, diags) = corpus::load_with(&paths, &gazetteer, &corpus::Progress::default(), &options);
            print(&export::readable::check(&corpus, &diags));
            if diags.iter().any(|d| d.fatal) || corpus.articles.is_empty() {
                ExitCode::from(if corpus.articles.is_empty() { 2 } else { 1 })
            } else {
                ExitCode::SUCCESS
            }
        }
        Some(Command::Search(args)) => search::run(args, &gazetteer, &cli.global),
        Some(Command::Speakers(args)) => speakers::run(args, &gazetteer, &options),
        Some(Command::Generate(args)) => generate::run(args),
        Some(Command::ServeClipboard) => crate::runtime::clipboard::serve_from_stdin(),
    };
    // Snapshots of what was loaded are written in the background: let them end.
    for e in corpus::snapshot::finish_writes() {
        eprintln!("chronique: warning: {}", crate::text::for_terminal(&e));
    }
    code
}

/// The built-in gazetteer, with the user's merged over it. A bad user file is reported and
/// the built-in one is used: the rest of the work goes on.
fn gazetteer(user: Option<&std::path::Path>) -> Gazetteer {
    let mut g = Gazetteer::builtin();
    if let Some(p) = user {
        match Gazetteer::from_path(p) {
            Ok(u) => g.merge(u),
            Err(e) => eprintln!("chronique: warning: {e}; using the built-in speakers only"),
        }
    }
    g
}

/// Load, report problems on stderr, and run `f` unless nothing could be loaded (exit 2).
pub(crate) fn with_corpus(
    paths: &[PathBuf],
    g: &Gazetteer,
    options: &corpus::Options,
    f: impl FnOnce(&Corpus, &[Diagnostic]) -> ExitCode,
) -> ExitCode {
    let (corpus, diags) = load_showing_progress(paths, g, options);
    report(&diags);
    if corpus.articles.is_empty() {
        eprintln!("chronique: no article could be loaded");
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
                    let message = crate::runtime::loading::loading(progress, start.elapsed()).message();
                    let message = message.replacen("Loading", "loading", 1);
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

pub(crate) fn report(diags: &[Diagnostic]) {
    for d in diags {
        let level = if d.fatal { "error" } else { "warning" };
        eprintln!("chronique: {level}: {}", crate::text::for_terminal(&d.to_string()));
    }
}

/// Write to stdout; a closed pipe (`chronique list | head`) is not an error worth a panic.
pub(crate) fn print(s: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes()).and_then(|_| out.flush());
}

fn browse(
    paths: &[PathBuf],
    g: &Gazetteer,
    global: &Global,
    filter: Option<String>,
    date: Option<crate::model::FuzzyDate>,
) -> ExitCode {
    use crate::runtime::loading::Outcome;
    let options = crate::runtime::Options {
        clipboard: global.clipboard,
        cite_format: global.cite,
        corpus_label: String::new(),
        no_color: global.no_color,
        filter,
        date,
    };
    // The browser opens at once and loads on a thread; problems are listed when it closes.
    let (paths, g, load) = (paths.to_vec(), g.clone(), global.load_options());
    match crate::runtime::loading::run_loading(move |p| corpus::load_with(&paths, &g, p, &load), options) {
        Ok(Outcome::Quit(diags)) => {
            report(&diags.unwrap_or_default());
            ExitCode::SUCCESS
        }
        Ok(Outcome::NothingLoaded(diags)) => {
            report(&diags);
            eprintln!("chronique: no article could be loaded");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("chronique: {e:#}");
            ExitCode::from(2)
        }
    }
}
