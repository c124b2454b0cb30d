//! `chronique speakers [PATH...]`: who speaks, how much, in what role, from when to when.

use super::{print, with_corpus};
use crate::app::wrap::{fit, str_width};
use crate::gazetteer::Gazetteer;
use crate::lang::Lang;
use crate::model::{Corpus, SpeakerKind};
use crate::speakers::{table, SpeakerStats};
use crate::text::for_terminal;
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;

/// The options of `speakers` (their words: `lang::CliHelp`).
#[derive(Debug, clap::Args)]
pub struct SpeakersArgs {
    #[arg(index = 1, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = OutFormat::Text)]
    pub format: OutFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutFormat {
    /// A table: quotes, events, speaker, role at the latest quote, first and last date.
    Text,
    /// A JSON array of {name, kind, quotes, events, role, first, last}.
    Json,
}

#[derive(Serialize)]
struct Row<'a> {
    name: &'a str,
    kind: SpeakerKind,
    quotes: usize,
    events: usize,
    role: Option<&'a str>,
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY"; null when undated.
    first: Option<String>,
    last: Option<String>,
}

pub fn run(args: SpeakersArgs, g: &Gazetteer, options: &crate::corpus::Options, lang: Lang) -> ExitCode {
    with_corpus(&args.paths, g, options, lang, |c, _| {
        let rows = table(c);
        match args.format {
            OutFormat::Json => {
                let out: Vec<Row> = rows
                    .iter()
                    .map(|s| {
                        let sp = &c.speakers[s.speaker];
                        Row {
                            name: &sp.name,
                            kind: sp.kind,
                            quotes: s.quotes,
                            events: s.events,
                            role: s.role.as_deref(),
                            first: s.first.map(|d| d.iso()),
                            last: s.last.map(|d| d.iso()),
                        }
                    })
                    .collect();
                let json = serde_json::to_string_pretty(&out).expect("rows serialize");
                print(&(crate::export::json::escape_controls(json) + "\n"));
            }
            OutFormat::Text => print(&text(c, &rows, lang)),
        }
        ExitCode::SUCCESS
    })
}

/// The table, columns aligned by display width; the role last, never cut.
fn text(c: &Corpus, rows: &[SpeakerStats], lang: Lang) -> String {
    let w = lang.words();
    let t = &w.text;
    let name = |s: &SpeakerStats| for_terminal(&c.speakers[s.speaker].name).into_owned();
    let name_w = rows.iter().map(|s| str_width(&name(s))).chain([str_width(t.col_speaker)]).max().unwrap_or(7).min(40);
    let dates = |s: &SpeakerStats| match (s.first, s.last) {
        (Some(f), Some(l)) if f == l => f.iso(),
        (Some(f), Some(l)) => format!("{} – {}", f.iso(), l.iso()),
        _ => w.dates.undated.into(),
    };
    let dates_w = rows.iter().map(|s| str_width(&dates(s))).chain([str_width(t.col_dates)]).max().unwrap_or(12);
    // The counts are right-aligned under their headings, as wide as the headings.
    let (qw, ew) = (str_width(t.col_quotes).max(6), str_width(t.col_events).max(6));
    let right = |s: &str, width: usize| format!("{}{s}", " ".repeat(width.saturating_sub(str_width(s))));
    let mut out = format!(
        "{}  {}  {}  {}  {}\n",
        right(t.col_quotes, qw),
        right(t.col_events, ew),
        fit(t.col_speaker, name_w),
        fit(t.col_dates, dates_w),
        t.col_role
    );
    for s in rows {
        let role = for_terminal(s.role.as_deref().unwrap_or(""));
        let line = format!(
            "{}  {}  {}  {}  {role}",
            right(&s.quotes.to_string(), qw),
            right(&s.events.to_string(), ew),
            fit(&name(s), name_w),
            fit(&dates(s), dates_w)
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
