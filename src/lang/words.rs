//! The shape of a language's table: every message chronique writes, grouped by where it
//! appears. Each language fills in all of it (`fr.rs`, `en.rs`); the compiler checks that none
//! is missing. Messages with values are `fn`s, so each language orders and agrees its words.

/// A noun in its two numbers ("quote" / "quotes").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noun {
    pub one: &'static str,
    pub many: &'static str,
}

/// A key binding's words: the help popup's description and the hint bar's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Said {
    pub help: &'static str,
    pub hint: &'static str,
}

#[derive(Debug)]
pub struct Words {
    /// Whether a count takes the singular: 1 in English; 0 and 1 in French.
    pub singular: fn(usize) -> bool,
    pub nouns: Nouns,
    pub dates: Dates,
    pub cite: Cite,
    pub text: Text,
    pub check: Check,
    pub cli: Cli,
    pub help: CliHelp,
    pub browser: Browser,
    pub detail: Detail,
    pub keys: Keys,
    pub clipboard: Clipboard,
    pub problems: Problems,
    pub timeline: Timeline,
    pub doubts: Doubts,
}

impl Words {
    /// "3 quotes", "1 citation", "0 citation".
    pub fn count(&self, n: usize, noun: Noun) -> String {
        format!("{n} {}", self.noun(n, noun))
    }

    /// The noun in the number `n` asks for.
    pub fn noun(&self, n: usize, noun: Noun) -> &'static str {
        if (self.singular)(n) {
            noun.one
        } else {
            noun.many
        }
    }
}

#[derive(Debug)]
pub struct Nouns {
    pub quote: Noun,
    pub marked_quote: Noun,
    pub event: Noun,
    pub speaker: Noun,
    pub article: Noun,
    pub char: Noun,
}

#[derive(Debug)]
pub struct Dates {
    pub months: [&'static str; 12],
    /// Spring, summer, autumn, winter.
    pub seasons: [&'static str; 4],
    /// A day of the month as written in a date: "1er", "8" / "1", "8".
    pub day: fn(u32) -> String,
    /// "semaine du 21 octobre 2024" / "week of 21 October 2024", from the Monday's long form.
    pub week_of: fn(&str) -> String,
    /// "sem. 2024-10-21" / "week 2024-10-21", from the Monday's ISO form.
    pub week_short: fn(&str) -> String,
    /// An event or article with no date.
    pub undated: &'static str,
}

#[derive(Debug)]
pub struct Cite {
    /// Who said an unattributed quote, in a citation.
    pub unknown_speaker: &'static str,
    /// "; aussi rapporté par X, Y".
    pub also_reported_by: &'static str,
    /// After the name of a speaker a weak rule guessed: "X (attribution incertaine)".
    pub uncertain: &'static str,
}

/// `list`, the Markdown and CSV exports, `search` and `speakers` text output.
#[derive(Debug)]
pub struct Text {
    /// After a context event's title in listings.
    pub context: &'static str,
    /// After a fragment's speaker.
    pub fragment: &'static str,
    /// The speaker of an unattributed quote in listings.
    pub unknown_speaker: &'static str,
    /// "lieu : " / "place: ".
    pub place: &'static str,
    pub with: &'static str,
    pub sources: &'static str,
    /// Markdown labels.
    pub md_place: &'static str,
    pub md_participants: &'static str,
    pub md_sources: &'static str,
    /// The CSV header row, in the columns' order.
    pub csv_header: [&'static str; 15],
    /// The CSV's values for a date precision: day, week, month, season, year.
    pub precisions: [&'static str; 5],
    /// The CSV's values for a quote kind: full, fragment.
    pub kinds: [&'static str; 2],
    /// `search --events`: an event with no quote.
    pub no_quote: &'static str,
    /// `search --events`: "3 of 19 quotes match".
    pub quotes_match: fn(usize, usize) -> String,
    /// `speakers` headings.
    pub col_quotes: &'static str,
    pub col_events: &'static str,
    pub col_speaker: &'static str,
    pub col_dates: &'static str,
    pub col_years: &'static str,
    pub col_role: &'static str,
}

/// `chronique check`. Labels end with their separator ("publié : ", "published: ").
#[derive(Debug)]
pub struct Check {
    pub published: &'static str,
    pub source: &'static str,
    pub unknown: &'static str,
    pub event: &'static str,
    /// "quotes: 12 (10 attributed)".
    pub quotes: fn(usize, usize) -> String,
    /// Before each doubt about an article.
    pub doubt: &'static str,
    /// The last line: articles read, files not loaded.
    pub summary: fn(usize, usize) -> String,
}

/// Messages of the command line (all on stderr, after "chronique: ").
#[derive(Debug)]
pub struct Cli {
    pub error: &'static str,
    pub warning: &'static str,
    pub nothing_loaded: &'static str,
    pub loading: fn(usize, usize) -> String,
    /// `--date X`: X is not a date.
    pub bad_date_option: fn(&str) -> String,
    /// `search`: "no quote matches "x"".
    pub no_quote_matches: fn(&str) -> String,
    /// `search`: no quote, but n events (`--events` lists them).
    pub no_quote_but_events: fn(&str, usize) -> String,
    pub no_event_matches: fn(&str) -> String,
    /// A PATH of the browser that is not there and could be a mistyped command.
    pub not_a_command: fn(&str) -> String,
    /// A command named after a PATH: it must come first.
    pub command_first: fn(&str) -> String,
    /// The browser needs a terminal; `what` is "standard input" or "standard output".
    pub needs_terminal: fn(&str) -> String,
    pub stdin: &'static str,
    pub stdout: &'static str,
    pub stopped: &'static str,
    pub loading_failed: &'static str,
    /// `generate articles` without `--out`.
    pub generate_needs_out: &'static str,
    /// "wrote 100 articles (with their .json sidecars) to DIR".
    pub wrote_articles: fn(usize, &str) -> String,
    /// "wrote 1000 Quotebank lines to FILE"; `to` is a path or [`Cli::stdout`].
    pub wrote_lines: fn(usize, &str, &str) -> String,
    pub quotebank_lines: &'static str,
    pub quote_lines: &'static str,
    /// Words of the command-line parser's own errors.
    pub unknown_option: fn(&str) -> String,
    pub bad_value: fn(&str, &str, &str) -> String,
    pub missing_value: fn(&str) -> String,
    pub missing_argument: fn(&str) -> String,
    pub try_help: &'static str,
}

/// `chronique --help` and each command's help.
#[derive(Debug)]
pub struct CliHelp {
    pub about: &'static str,
    pub long_about: &'static str,
    /// Headings of the help's sections.
    pub usage: &'static str,
    pub commands: &'static str,
    pub arguments: &'static str,
    pub options: &'static str,
    pub global_options: &'static str,
    pub help: &'static str,
    pub version: &'static str,
    /// Names of values in the usage lines: PATH, QUERY, FILE, COMMAND.
    pub path_value: &'static str,
    pub query_value: &'static str,
    pub file_value: &'static str,
    pub command_value: &'static str,
    /// The end of `chronique --help`: where to read more.
    pub after_top: &'static str,
    pub paths: &'static str,
    pub filter: &'static str,
    pub date: &'static str,
    pub lang: &'static str,
    pub speakers: &'static str,
    pub clipboard: &'static str,
    pub cite: &'static str,
    pub no_color: &'static str,
    pub export: &'static str,
    pub export_format: &'static str,
    pub list: &'static str,
    pub check: &'static str,
    pub search: &'static str,
    pub search_query: &'static str,
    pub search_format: &'static str,
    pub search_stats: &'static str,
    pub search_copy: &'static str,
    pub search_events: &'static str,
    pub speakers_cmd: &'static str,
    pub speakers_format: &'static str,
    pub generate: &'static str,
    pub generate_what: &'static str,
    pub generate_count: &'static str,
    pub generate_out: &'static str,
    pub generate_seed: &'static str,
    /// The query syntax, for `search --help` and `--filter`.
    pub query_syntax: &'static str,
    /// Where the global options are described, at the end of each command's help.
    pub global_note: &'static str,
}

/// The browser's frame: header, timeline, status line, popups.
#[derive(Debug)]
pub struct Browser {
    pub too_small: [&'static str; 2],
    pub loading: &'static str,
    pub loading_files: fn(usize, usize) -> String,
    pub seconds: fn(u64) -> String,
    /// A file of quotes being read: "Loading 120 MB of 462 MB".
    pub loading_bytes: fn(&str, &str) -> String,
    /// " · 250,000 quotes" (the count already grouped in thousands).
    pub quotes_so_far: fn(&str) -> String,
    /// " · 2 s left", and " · finishing…" under a second.
    pub seconds_left: fn(u64) -> String,
    pub finishing: &'static str,
    /// Thousands separator in counts.
    pub thousands: char,
    /// The status line while the first part of a big file is shown.
    pub first_part_shown: fn(&str) -> String,
    pub quit_hint: &'static str,
    pub problems_on_quit: fn(usize) -> String,
    /// Header: " (with 14 context, c folds)" and " + 14 context folded (c)".
    pub context_shown: fn(usize) -> String,
    pub context_folded: fn(usize) -> String,
    pub timeline: &'static str,
    pub timeline_tab: &'static str,
    /// The detail pane's title when it shows alone: " Citation · Tab : chronologie ".
    pub detail_tab: fn(&str) -> String,
    /// The strip of quotes per month, when no event has a date.
    pub no_dated_events: &'static str,
    pub no_events: &'static str,
    pub no_match: &'static str,
    pub no_match_hint: &'static str,
    pub context_match: fn(usize) -> String,
    pub date_unknown: &'static str,
    pub unattributed: &'static str,
    pub context: &'static str,
    /// Status line.
    pub searching: &'static str,
    pub of_quotes: fn(usize, usize) -> String,
    pub partial_of_quotes: fn(usize, usize) -> String,
    pub no_quote: &'static str,
    pub marked: fn(usize) -> String,
    pub filter_hint: &'static str,
    pub date_prompt_hint: &'static str,
    pub no_context: &'static str,
    pub context_now_shown: fn(usize) -> String,
    pub context_now_folded: fn(usize) -> String,
    pub marks_cleared: fn(usize) -> String,
    pub nothing_to_mark: &'static str,
    pub none_marked: &'static str,
    pub marked_status: fn(usize) -> String,
    pub nothing_to_copy: &'static str,
    /// Going to a date.
    pub not_a_date: fn(&str) -> String,
    pub no_dated_event: &'static str,
    pub nearest: fn(&str, &str) -> String,
    /// The date asked for, and the event's date found there.
    pub found_at: fn(&str, &str) -> String,
    /// The help popup.
    pub keys_title: &'static str,
    /// The help's last section: what the signs in the timeline mean.
    pub signs_title: &'static str,
    pub signs: &'static [(&'static str, &'static str)],
    pub help_bottom: &'static str,
    pub mode_titles: [&'static str; 6],
    pub mouse: &'static str,
    pub wheel: &'static str,
    pub wheel_help: &'static str,
    pub click: &'static str,
    pub click_help: &'static str,
    pub syntax_title: &'static str,
    pub syntax: [(&'static str, &'static str); 9],
    /// The article view.
    pub article_bottom: &'static str,
    /// The speaker list.
    pub speakers_title: fn(usize) -> String,
    pub speakers_bottom: &'static str,
    pub name_prompt: &'static str,
    pub shown_of: fn(usize, usize) -> String,
    pub no_speaker: &'static str,
}

/// The detail pane.
#[derive(Debug)]
pub struct Detail {
    pub quote: &'static str,
    pub event: &'static str,
    pub detail: &'static str,
    pub nothing_matches: &'static str,
    pub nothing_selected: &'static str,
    pub speaker: &'static str,
    pub unattributed: &'static str,
    pub date: &'static str,
    pub unknown: &'static str,
    pub place: &'static str,
    pub source: &'static str,
    pub links: &'static str,
    pub also: &'static str,
    pub reported_by: fn(&str) -> String,
    pub cue: &'static str,
    pub no_cue: &'static str,
    pub confidence: fn(&str, f32) -> String,
    pub note: &'static str,
    pub fragment: &'static str,
    pub unclosed: &'static str,
    pub continues: &'static str,
    /// The note on a quote whose speaker is a guess from the context.
    pub uncertain: &'static str,
    pub id: &'static str,
    pub kind: &'static str,
    pub context_kind: &'static str,
    pub with: &'static str,
    pub sources: &'static str,
    pub quotes: &'static str,
    pub none: &'static str,
    pub of_match: fn(usize, usize) -> String,
    pub unattributed_short: &'static str,
}

/// The words of each key binding (the table itself is `app::keys`).
#[derive(Debug)]
pub struct Keys {
    pub down: Said,
    pub up: Said,
    pub page_down: Said,
    pub page_up: Said,
    pub top: Said,
    pub bottom: Said,
    pub prev_event: Said,
    pub next_event: Said,
    pub focus: Said,
    pub speakers: Said,
    pub go_to_date: Said,
    pub context: Said,
    pub filter: Said,
    pub open: Said,
    pub mark: Said,
    pub copy: Said,
    pub copy_words: Said,
    pub back: Said,
    pub filter_done: Said,
    pub cancel_filter: Said,
    pub jump: Said,
    pub pick_speaker: Said,
    pub close: Said,
    pub help: Said,
    pub quit: Said,
    pub names: KeyNames,
}

/// How the help and the hints write keys that have a name.
#[derive(Debug)]
pub struct KeyNames {
    pub space: &'static str,
    pub enter: &'static str,
    pub esc: &'static str,
    pub tab: &'static str,
    pub shift_tab: &'static str,
    pub backspace: &'static str,
    pub home: &'static str,
    pub end: &'static str,
    pub page_up: &'static str,
    pub page_down: &'static str,
    /// Before the letter of a control key: "Ctrl-".
    pub ctrl: &'static str,
}

/// Copying to the clipboard.
#[derive(Debug)]
pub struct Clipboard {
    pub system: &'static str,
    /// "Copied 1 quote (142 chars) via tmux and system clipboard".
    pub copied: fn(&str, &str, &str) -> String,
    pub and: &'static str,
    pub if_terminal_allows: &'static str,
    /// "; attribution uncertain" after a copy holding that many guessed speakers.
    pub uncertain: fn(usize) -> String,
    /// "Not copied: why".
    pub not_copied: fn(&str) -> String,
    pub nothing_here: &'static str,
    pub no_clipboard_for: fn(&str) -> String,
    pub off: &'static str,
    pub no_terminal: &'static str,
    pub no_display: &'static str,
    pub nothing_to_copy: &'static str,
    pub cannot_write_terminal: fn(&str) -> String,
    pub too_long: fn(usize, usize) -> String,
    pub while_running: fn(&str) -> String,
    /// A program that could not be started: its name, the system's reason.
    pub cannot_run: fn(&str, &str) -> String,
    pub no_answer: fn(&str, u64) -> String,
    pub no_self: fn(&str) -> String,
    pub helper_did_not_start: &'static str,
}

/// What can be wrong with an input (`corpus::Problem`).
#[derive(Debug)]
pub struct Problems {
    pub not_found: &'static str,
    pub broken_link: &'static str,
    pub link_loop: &'static str,
    pub folder_loop: &'static str,
    pub cannot_read: fn(&str) -> String,
    pub cannot_list: fn(&str) -> String,
    pub no_articles: &'static str,
    pub not_utf8: fn(usize, usize) -> String,
    pub binary: &'static str,
    pub empty: &'static str,
    pub memory: fn(f64, f64) -> String,
    pub not_quotes: &'static str,
    pub bad_line: fn(usize, &str) -> String,
    pub more_bad_lines: fn(usize) -> String,
    pub long_line: fn(usize, &str) -> String,
    pub stopped_early: fn(&str, usize) -> String,
    pub changed_while_read: &'static str,
    pub bad_snapshot: fn(&str, &str) -> String,
    pub unknown_article: fn(&str, &str) -> String,
    pub changed_since_export: &'static str,
    pub bad_export: fn(usize, usize, &str) -> String,
    pub bad_gazetteer: fn(&str) -> String,
    /// Where a JSON file stops making sense: line, column, the parser's words.
    pub syntax: fn(usize, usize, &str) -> String,
    pub empty_speaker_name: &'static str,
    pub bad_role_date: fn(&str, &str) -> String,
}

/// The TimelineJS export's own words (groups and the title slide).
#[derive(Debug)]
pub struct Timeline {
    /// The group of reported events.
    pub reported: &'static str,
    /// The group of context events.
    pub context: &'static str,
    /// "Événements : 4 · citations : 32 · articles : 5" on the title slide.
    pub summary: fn(usize, usize, usize) -> String,
    /// Events TimelineJS cannot place, left out.
    pub undated: fn(usize) -> String,
    pub place: &'static str,
    pub with: &'static str,
    pub sources: &'static str,
}

/// What `check` says of a doubt found while reading an article (line, excerpt).
#[derive(Debug)]
pub struct Doubts {
    pub unclosed_at_incise: fn(usize, &str) -> String,
    pub unclosed: fn(usize, &str) -> String,
    pub unattributed: fn(usize, &str) -> String,
    pub weak_attribution: fn(usize, &str) -> String,
    pub unknown_name: fn(usize, &str) -> String,
    pub publication_imprecise: fn(&str) -> String,
    pub no_publication_date: &'static str,
    pub event_dated_by_publication: fn(&str) -> String,
    pub no_event_date: &'static str,
    pub event_day_unknown: fn(&str) -> String,
    pub no_participant: &'static str,
}
