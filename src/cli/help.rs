//! The command line's help and parse errors in the reader's language. The parser (clap) is
//! declared in `cli` without any text; here each command and option gets its words from the
//! language's table, the help's headings and flags are replaced by ours, and the parser's
//! errors are told as chronique's own ("chronique: unknown option --x").

use crate::lang::{CliHelp, Lang};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use std::process::ExitCode;

/// The global options, described once in `chronique --help` and hidden in each command's.
const GLOBAL: [&str; 5] = ["lang", "speakers", "clipboard", "cite", "no_color"];

/// `cmd` with every text in `lang`.
pub fn localize(cmd: Command, lang: Lang) -> Command {
    let h = &lang.words().help;
    let mut cmd = cmd
        .about(h.about)
        .long_about(h.long_about)
        .after_help(h.after_top)
        .mut_arg("paths", |a| a.help(h.paths).value_name(h.path_value))
        .mut_arg("filter", |a| a.help(h.filter).value_name(h.query_value))
        .mut_arg("date", |a| a.help(h.date))
        .mut_arg("lang", |a| a.help(h.lang).hide_possible_values(true))
        .mut_arg("speakers", |a| a.help(h.speakers).value_name(h.file_value))
        .mut_arg("clipboard", |a| {
            a.help(h.clipboard).value_name("MODE").hide_possible_values(true).hide_default_value(true)
        })
        .mut_arg("cite", |a| a.help(h.cite).value_name("FORMAT").hide_possible_values(true).hide_default_value(true))
        .mut_arg("no_color", |a| a.help(h.no_color))
        .mut_subcommand("export", |c| {
            paths(c, h)
                .about(h.export)
                .mut_arg("format", |a| a.help(h.export_format).hide_possible_values(true).hide_default_value(true))
        })
        .mut_subcommand("list", |c| paths(c, h).about(h.list))
        .mut_subcommand("check", |c| paths(c, h).about(h.check))
        .mut_subcommand("search", |c| {
            let c = c.mut_arg("query", |a| a.help(h.search_query).value_name(h.query_value));
            paths(c, h)
                .about(h.search)
                .after_help(h.query_syntax)
                .mut_arg("format", |a| a.help(h.search_format).hide_possible_values(true).hide_default_value(true))
                .mut_arg("stats", |a| a.help(h.search_stats))
                .mut_arg("copy", |a| a.help(h.search_copy))
                .mut_arg("events", |a| a.help(h.search_events))
        })
        .mut_subcommand("speakers", |c| {
            paths(c, h)
                .about(h.speakers_cmd)
                .mut_arg("format", |a| a.help(h.speakers_format).hide_possible_values(true).hide_default_value(true))
        })
        .mut_subcommand("generate", |c| {
            c.about(h.generate)
                .mut_arg("what", |a| {
                    a.help(h.generate_what).value_name("articles|quotebank|lines").hide_possible_values(true)
                })
                .mut_arg("count", |a| a.help(h.generate_count).value_name("N"))
                .mut_arg("out", |a| a.help(h.generate_out).value_name(h.path_value))
                .mut_arg("seed", |a| a.help(h.generate_seed).hide_default_value(true))
        });
    for id in GLOBAL {
        cmd = cmd.mut_arg(id, |a| a.help_heading(h.global_options));
    }
    cmd = ours(cmd, h, true)
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help(h.version));
    let names: Vec<String> = cmd.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |c| ours(c, h, false));
    }
    // Built now, so the global options are in each command: there they are hidden, and a line
    // says where they are described.
    cmd.build();
    let names: Vec<String> = cmd.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |mut c| {
            for id in GLOBAL {
                if c.get_arguments().any(|a| a.get_id() == id) {
                    c = c.mut_arg(id, |a| a.hide(true));
                }
            }
            let after = match c.get_after_help() {
                Some(a) => format!("{a}\n\n{}", h.global_note),
                None => h.global_note.to_string(),
            };
            c.after_help(after)
        });
    }
    cmd
}

/// The command's own help flag and headings, in place of the parser's English ones.
fn ours(cmd: Command, h: &CliHelp, top: bool) -> Command {
    // The usage on lines of its own, indented as the parser indents its second line.
    let template = format!("{{about-with-newline}}\n{}\n       {{usage}}\n\n{{all-args}}{{after-help}}", h.usage);
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(h.commands)
        .subcommand_value_name(h.command_value)
        .next_help_heading(h.options)
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(h.help).help_heading(h.options));
    if top {
        cmd = cmd.disable_version_flag(true);
    }
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |a| match a.get_help_heading() {
            Some(_) => a,
            // Arguments in the order they are typed.
            None if a.is_positional() => {
                let at = a.get_index().unwrap_or(0);
                a.help_heading(h.arguments).display_order(at)
            }
            None => a.help_heading(h.options),
        });
    }
    cmd
}

/// A command that reads PATHs: their description.
fn paths(cmd: Command, h: &CliHelp) -> Command {
    cmd.mut_arg("paths", |a| a.help(h.paths).value_name(h.path_value))
}

/// Help and version go to stdout; anything else the parser refused is told as chronique's
/// message, with where to read more (exit 2).
pub fn parse_error(e: clap::Error, lang: Lang) -> ExitCode {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    let w = &lang.words().cli;
    let text = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::UnknownArgument => (w.unknown_option)(&arg),
        ErrorKind::InvalidValue if text(ContextKind::InvalidValue).is_some_and(|v| v.is_empty()) => {
            (w.missing_value)(&arg)
        }
        ErrorKind::InvalidValue => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            let allowed = text(ContextKind::ValidValue).unwrap_or_default();
            (w.bad_value)(&value, &arg, &allowed)
        }
        ErrorKind::MissingRequiredArgument => (w.missing_argument)(&arg),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => (w.missing_argument)(lang.words().help.command_value),
        _ => {
            // Other refusals: the parser's own sentence, first line, without its "error: ".
            let rendered = e.to_string();
            let first = rendered.lines().next().unwrap_or_default();
            first.strip_prefix("error: ").unwrap_or(first).to_string()
        }
    };
    eprintln!("chronique: {message} ({})", w.try_help);
    ExitCode::from(2)
}
