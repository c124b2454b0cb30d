//! `chronique search QUERY [PATH...]`: the browser's filter, non-interactively.

use super::{print, report, Global};
use crate::app::rows::Row;
use crate::export::json::{quote_out, QuoteOut};
use crate::gazetteer::Gazetteer;
use crate::model::{Corpus, EventIx, EventKind, QuoteIx};
use crate::text::for_terminal;
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// Terms (all must match): words, `@speaker`, `#event`, dates (`2023-11`, `2023-04..2023-11`),
    /// `!term` excludes.
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
    /// List the matching events instead of the quotes: those with a matching quote, and those
    /// a person named in the query took part in (or a date or #term names), quoted or not.
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
    id: String,
    date: Option<String>,
    precision: Option<crate::model::Precision>,
    kind: EventKind,
    title: String,
    place: Option<String>,
    participants: Vec<String>,
    articles: Vec<String>,
    quotes_total: usize,
    quotes: Vec<QuoteOut>,
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
                        id: ids[*e].clone(),
                        date: ev.date.map(|d| d.iso()),
                        precision: ev.date.map(|d| d.precision),
                        kind: ev.kind,
                        title: ev.title.to_string(),
                        place: ev.place.clone(),
                        participants: ev.participants.clone(),
                        articles: ev.articles.iter().map(|&a| corpus.articles[a].id.clone()).collect(),
                        quotes_total: ev.quotes.len(),
                        quotes: qs.iter().map(|&q| quote_out(&corpus, &corpus.quotes[q])).collect(),
                    }
                })
                .collect();
            let json = serde_json::to_string_pretty(&hits).expect("hits serialize");
            print(&(crate::export::json::escape_controls(json) + "\n"));
        }
        OutFormat::Text if args.events => {
            let mut out = String::new();
            for (e, qs) in &grouped {
                out.push_str(&event_line(&corpus, *e, qs.len()));
                out.push('\n');
            }
            print(&out);
            if grouped.is_empty() {
                eprintln!("chronique: no event matches {:?}", args.query);
            }
        }
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
                match events.len() {
                    0 => eprintln!("chronique: no quote matches {:?}", args.query),
                    n => eprintln!(
                        "chronique: no quote matches {:?}; {n} event{} do (--events lists them)",
                        args.query,
                        if n == 1 { "" } else { "s" }
                    ),
                }
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
fn event_line(corpus: &Corpus, e: EventIx, matching: usize) -> String {
    let ev = &corpus.events[e];
    let date = ev.date.map_or_else(|| "undated".to_string(), |d| d.short());
    let mut line = format!("{date:<10}  {}", ev.title);
    if ev.kind == EventKind::Context {
        line.push_str(" (context)");
    }
    if !ev.participants.is_empty() {
        line.push_str(&format!(" · {}", ev.participants.join(", ")));
    }
    match ev.quotes.len() {
        0 => line.push_str(" · no quote"),
        n => line.push_str(&format!(" · {matching} of {n} quotes match")),
    }
    for_terminal(&line).into_owned()
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
