//! `chronique search QUERY [PATH...]`: the browser's filter, non-interactively.

use super::{print, report, say, Global};
use crate::app::rows::Row;
use crate::app::wrap::{fit, str_width};
use crate::export::json::{quote_out, QuoteOut};
use crate::gazetteer::Gazetteer;
use crate::lang::Lang;
use crate::model::{Corpus, EventIx, EventKind, QuoteIx};
use crate::text::for_terminal;
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

/// The options of `search` (their words: `lang::CliHelp`).
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    #[arg(index = 1)]
    pub query: String,
    #[arg(index = 2, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = OutFormat::Text)]
    pub format: OutFormat,
    // `--stats` ends stderr with machine-readable lines: `quotes: N`, `matches: M`,
    // `load_ms: X`, `match_ms: Y`, and on Linux `rss_mb`, `peak_rss_mb` (README, "Search").
    #[arg(long)]
    pub stats: bool,
    #[arg(long)]
    pub copy: bool,
    // The events with a matching quote, and those a person named in the query took part in
    // (or a date or #term names), quoted or not.
    #[arg(long)]
    pub events: bool,
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

/// An event of `search --events --format json`: the export's event object with only the
/// matching quotes, and how many quotes it has in all.
#[derive(Serialize)]
struct EventHit {
    #[serde(flatten)]
    event: crate::export::json::EventOut,
    quotes_total: usize,
}

#[derive(Serialize)]
struct Hit {
    date: Option<String>,
    event: String,
    #[serde(flatten)]
    quote: QuoteOut,
}

pub fn run(args: SearchArgs, g: &Gazetteer, global: &Global, lang: Lang) -> ExitCode {
    let w = lang.words();
    let t0 = Instant::now();
    let (corpus, diags) = super::load_showing_progress(&args.paths, g, &global.load_options(), lang);
    report(&diags, lang);
    if corpus.articles.is_empty() {
        say(w.cli.nothing_loaded);
        return ExitCode::from(2);
    }
    let corpus = Arc::new(corpus);
    let engine = crate::search::engine(corpus.clone());
    let load_ms = t0.elapsed().as_secs_f64() * 1000.0;
    let t1 = Instant::now();
    let (matches, _) = engine.search(&args.query, None);
    let events = engine.events(&args.query);
    let match_ms = t1.elapsed().as_secs_f64() * 1000.0;
    let grouped = group_by_event(&corpus, &matches, &events);

    match args.format {
        OutFormat::Json if args.events => {
            let ids = corpus.event_ids();
            let hits: Vec<EventHit> = grouped
                .iter()
                .map(|(e, qs)| {
                    let ev = &corpus.events[*e];
                    EventHit {
                        event: crate::export::json::event_out(&corpus, ev, ids[*e].clone(), qs),
                        quotes_total: ev.quotes.len(),
                    }
                })
                .collect();
            let json = serde_json::to_string_pretty(&hits).expect("hits serialize");
            print(&(crate::export::json::escape_controls(json) + "\n"));
        }
        OutFormat::Text if args.events => {
            let mut out = String::new();
            // The dates in a column as wide as the widest ("sem. 2024-10-21", "printemps 2023").
            let width = grouped.iter().map(|(e, _)| str_width(&event_date(&corpus, *e, lang))).max().unwrap_or(10);
            for (e, qs) in &grouped {
                out.push_str(&event_line(&corpus, *e, qs.len(), lang, width));
                out.push('\n');
            }
            print(&out);
            if grouped.is_empty() {
                say(&(w.cli.no_event_matches)(&for_terminal(&args.query)));
            }
        }
        OutFormat::Json => {
            let ids = corpus.event_ids();
            let hits: Vec<Hit> = matches
                .iter()
                .map(|&q| {
                    let quote = corpus.quote(q);
                    let e = &corpus.events[quote.event()];
                    Hit {
                        date: e.date.map(|d| d.iso()),
                        event: ids[quote.event()].clone(),
                        quote: quote_out(&corpus, quote),
                    }
                })
                .collect();
            let json = serde_json::to_string_pretty(&hits).expect("hits serialize");
            print(&(crate::export::json::escape_controls(json) + "\n"));
        }
        OutFormat::Cite => {
            if !matches.is_empty() {
                let text = crate::cite::quotes(&corpus, &matches, global.cite, lang);
                print(&(for_terminal_multiline(&text) + "\n"));
            }
        }
        OutFormat::Text => {
            // Streamed: a hundred thousand matches need no second copy in memory.
            use std::io::Write;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for &q in &matches {
                let quote = corpus.quote(q);
                let date = corpus.events[quote.event()].date.map_or_else(|| w.dates.undated.to_string(), |d| d.iso());
                let who = crate::cite::speaker(&corpus, quote, lang, w.text.unknown_speaker);
                let words = crate::cite::marks_for(&corpus, quote, lang).quoted(&for_terminal(&quote.text()));
                // A closed pipe (`| head`) ends the listing quietly.
                if writeln!(out, "{date:<10}  {}: {words}", for_terminal(&who)).is_err() {
                    break;
                }
            }
            let _ = out.flush();
            if matches.is_empty() {
                let query = for_terminal(&args.query);
                match events.len() {
                    0 => say(&(w.cli.no_quote_matches)(&query)),
                    n => say(&(w.cli.no_quote_but_events)(&query, n)),
                }
            }
        }
    }
    if args.copy && !matches.is_empty() {
        let text = crate::cite::quotes(&corpus, &matches, global.cite, lang);
        let report = crate::runtime::clipboard::copy(&text, global.clipboard, lang);
        say(&crate::runtime::clipboard::summary(
            matches.len(),
            text.chars().count(),
            crate::cite::uncertain_count(&corpus, &matches),
            &report,
            lang,
        ));
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
    let found = if args.events { !grouped.is_empty() } else { !matches.is_empty() };
    if found {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The events shown for a search, each with its matching quotes: the events of `quotes` and
/// `events` (matched as events), in timeline order, as the browser's filter shows them.
fn group_by_event(corpus: &Corpus, quotes: &[QuoteIx], events: &[EventIx]) -> Vec<(EventIx, Vec<QuoteIx>)> {
    let mut out: Vec<(EventIx, Vec<QuoteIx>)> = vec![];
    for row in crate::app::rows::matching(corpus, quotes, events, true, true) {
        match row {
            Row::Event(e) => out.push((e, vec![])),
            Row::Quote(q) => {
                if let Some((_, qs)) = out.last_mut() {
                    qs.push(q);
                }
            }
            Row::Year(_) => {}
        }
    }
    out
}

/// "2022-12-30  Visioconférence Poutine – Xi Jinping · Vladimir Poutine, Xi Jinping · 0 of 5 quotes match"
fn event_line(corpus: &Corpus, e: EventIx, matching: usize, lang: Lang, width: usize) -> String {
    let w = lang.words();
    let ev = &corpus.events[e];
    let mut line = format!("{}  {}", fit(&event_date(corpus, e, lang), width.max(10)), ev.title);
    if ev.kind == EventKind::Context {
        line.push(' ');
        line.push_str(w.text.context);
    }
    if !ev.participants.is_empty() {
        line.push_str(&format!(" · {}", ev.participants.join(", ")));
    }
    match ev.quotes.len() {
        0 => line.push_str(&format!(" · {}", w.text.no_quote)),
        n => line.push_str(&format!(" · {}", (w.text.quotes_match)(matching, n))),
    }
    for_terminal(&line).into_owned()
}

/// An event's date as listings write it.
fn event_date(corpus: &Corpus, e: EventIx, lang: Lang) -> String {
    corpus.events[e].date.map_or_else(|| lang.words().dates.undated.to_string(), |d| d.short(lang))
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
