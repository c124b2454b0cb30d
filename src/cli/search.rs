//! `chronique search QUERY [PATH...]`: the browser's filter, non-interactively.

use super::{print, report, Global};
use crate::export::json::{quote_out, QuoteOut};
use crate::gazetteer::Gazetteer;
use crate::text::for_terminal;
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// Terms (all must match); `@term` matches the speaker only; `!term` excludes.
    pub query: String,
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = OutFormat::Text)]
    pub format: OutFormat,
    /// End stderr with `quotes: N`, `matches: M`, `load_ms: X`, `match_ms: Y`.
    #[arg(long)]
    pub stats: bool,
    /// Copy the matches' citations to the clipboard.
    #[arg(long)]
    pub copy: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutFormat {
    /// Date, speaker and words, one quote per line.
    Text,
    /// A JSON array of the export's quote objects, each with its event's `date` and `event` id.
    Json,
    /// Citations in the `--cite` format, one per paragraph (what `--copy` copies).
    Cite,
}

#[derive(Serialize)]
struct Hit {
    date: Option<String>,
    event: String,
    #[serde(flatten)]
    quote: QuoteOut,
}

pub fn run(args: SearchArgs, g: &Gazetteer, global: &Global) -> ExitCode {
    let t0 = Instant::now();
    let (corpus, diags) = super::load_showing_progress(&args.paths, g, &global.load_options());
    report(&diags);
    if corpus.articles.is_empty() {
        eprintln!("chronique: no article could be loaded");
        return ExitCode::from(2);
    }
    let corpus = Arc::new(corpus);
    let engine = crate::search::engine(corpus.clone());
    let load_ms = t0.elapsed().as_secs_f64() * 1000.0;
    let t1 = Instant::now();
    let (matches, _) = engine.search(&args.query, None);
    let match_ms = t1.elapsed().as_secs_f64() * 1000.0;

    match args.format {
        OutFormat::Json => {
            let ids = corpus.event_ids();
            let hits: Vec<Hit> = matches
                .iter()
                .map(|&q| {
                    let quote = &corpus.quotes[q];
                    let e = &corpus.events[quote.event];
                    Hit {
                        date: e.date.map(|d| d.iso()),
                        event: ids[quote.event].clone(),
                        quote: quote_out(&corpus, quote),
                    }
                })
                .collect();
            let json = serde_json::to_string_pretty(&hits).expect("hits serialize");
            print(&(crate::export::json::escape_controls(json) + "\n"));
        }
        OutFormat::Cite => {
            if !matches.is_empty() {
                let text = crate::cite::quotes(&corpus, &matches, global.cite);
                print(&(for_terminal_multiline(&text) + "\n"));
            }
        }
        OutFormat::Text => {
            // Streamed: a hundred thousand matches need no second copy in memory.
            use std::io::Write;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for &q in &matches {
                let quote = &corpus.quotes[q];
                let date = corpus.events[quote.event].date.map_or_else(|| "undated".to_string(), |d| d.iso());
                let who = corpus.speaker_name(quote).unwrap_or("(locuteur inconnu)");
                // A closed pipe (`| head`) ends the listing quietly.
                if writeln!(out, "{date:<10}  {}: « {} »", for_terminal(who), for_terminal(&quote.text)).is_err() {
                    break;
                }
            }
            let _ = out.flush();
            if matches.is_empty() {
                eprintln!("chronique: no quote matches {:?}", args.query);
            }
        }
    }
    if args.copy && !matches.is_empty() {
        let text = crate::cite::quotes(&corpus, &matches, global.cite);
        let report = crate::runtime::clipboard::copy(&text, global.clipboard);
        eprintln!("chronique: {}", crate::runtime::clipboard::summary(matches.len(), text.chars().count(), &report));
    }
    if args.stats {
        eprintln!("quotes: {}", corpus.quotes.len());
        eprintln!("matches: {}", matches.len());
        eprintln!("load_ms: {load_ms:.1}");
        eprintln!("match_ms: {match_ms:.1}");
        if let Some((now, peak)) = resident_mb() {
            eprintln!("rss_mb: {now}");
            eprintln!("peak_rss_mb: {peak}");
        }
    }
    if matches.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Citations keep their paragraph breaks; everything else unsafe is made inert.
fn for_terminal_multiline(s: &str) -> String {
    s.split('\n').map(|l| for_terminal(l).into_owned()).collect::<Vec<_>>().join("\n")
}

/// Resident memory now and at its peak, in MB (Linux; None elsewhere).
fn resident_mb() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb = |key: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(key))?;
        line.split_whitespace().nth(1)?.parse().ok()
    };
    Some((kb("VmRSS:")? / 1024, kb("VmHWM:")? / 1024))
}
