//! `chronique generate`: synthetic corpora for benchmarks (see README, "Performance").

use super::say;
use crate::lang::Lang;
use crate::synth::{self, Rng};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// The options of `generate` (their words: `lang::CliHelp`).
#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    #[arg(index = 1, value_enum)]
    pub what: What,
    #[arg(index = 2)]
    pub count: usize,
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum What {
    /// Article .txt files with .json sidecars, in the seeds' style.
    Articles,
    /// Quotebank-shaped JSON Lines.
    Quotebank,
    /// The same quotes as `quotebank` (same seed and count), one per line as "Speaker: quotation"
    /// (the quotation alone when unattributed): what chronique searches, for timing `fzf --filter`.
    Lines,
}

/// Write what was asked, then say on stderr what was written and where.
pub fn run(a: GenerateArgs, lang: Lang) -> ExitCode {
    let words = lang.words();
    let mut r = Rng::new(a.seed);
    let result = match a.what {
        What::Articles => {
            let Some(dir) = a.out else {
                say(words.cli.generate_needs_out);
                return ExitCode::from(2);
            };
            write_articles(&mut r, a.count, &dir)
                .map(|()| (words.cli.wrote_articles)(a.count, &dir.display().to_string()))
        }
        What::Quotebank | What::Lines => {
            let mut w: Box<dyn Write> = match &a.out {
                Some(p) => match std::fs::File::create(p) {
                    Ok(f) => Box::new(std::io::BufWriter::new(f)),
                    Err(e) => {
                        say(&format!("{}: {}: {e}", words.cli.error, p.display()));
                        return ExitCode::from(2);
                    }
                },
                None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            let what = if a.what == What::Quotebank { words.cli.quotebank_lines } else { words.cli.quote_lines };
            let to = a.out.as_ref().map_or_else(|| words.cli.stdout.to_string(), |p| p.display().to_string());
            (0..a.count)
                .try_for_each(|n| {
                    let line = synth::quotebank_line(&mut r, n, 2015 + (n % 6) as i32);
                    let line = match a.what {
                        What::Quotebank => line,
                        _ => plain_line(&line),
                    };
                    writeln!(w, "{line}")
                })
                .and_then(|_| w.flush())
                .map(|()| (words.cli.wrote_lines)(a.count, what, &to))
                .map_err(|e| e.to_string())
        }
    };
    match result {
        Ok(done) => {
            say(&done);
            ExitCode::SUCCESS
        }
        Err(e) => {
            say(&format!("{}: {e}", words.cli.error));
            ExitCode::from(2)
        }
    }
}

/// "Speaker: quotation" from a Quotebank line.
fn plain_line(json: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
    let quote = v["quotation"].as_str().unwrap_or_default();
    match v["speaker"].as_str() {
        Some(s) if s != "None" => format!("{s}: {quote}"),
        _ => quote.to_string(),
    }
}

fn write_articles(r: &mut Rng, count: usize, dir: &std::path::Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for n in 0..count {
        let (y, m, d) = (2020 + (n % 5) as i32, 1 + (n % 12) as u32, 1 + (n % 28) as u32);
        let stem = dir.join(format!("synth_{n:06}"));
        let text = synth::article(r, y, m, d);
        std::fs::write(stem.with_extension("txt"), text).map_err(|e| e.to_string())?;
        let meta = format!("{{\"published\": \"{y}-{m:02}-{d:02}\", \"source\": \"Synthétique\"}}\n");
        std::fs::write(stem.with_extension("json"), meta).map_err(|e| e.to_string())?;
    }
    Ok(())
}
