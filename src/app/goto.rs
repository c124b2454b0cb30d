//! Going to a date (`:` then a date, as in less and vim): the prompt's text, what date it
//! names, and the event shown nearest to it.
//!
//! A date is written as in a query (`2023`, `2023-11`, `2023-11-08`), day first with slashes
//! (`8/11/2023`, `11/2023`), or in words, French or English (`8 novembre 2023`, `nov 2023`,
//! `1er mai 2024`, `November 2023`): a month is any start of its name of three letters or more
//! that names no other month.

use super::action::Command;
use super::mode::Mode;
use super::rows::Row;
use super::state::State;
use crate::model::{FuzzyDate, FRENCH_MONTHS};
use chrono::NaiveDate;

/// The prompt's state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DatePrompt {
    pub input: String,
    /// Why the last Enter did not go anywhere.
    pub error: Option<String>,
}

const ENGLISH_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The date (a day, month or year) `input` names.
pub fn parse(input: &str) -> Option<FuzzyDate> {
    let s = crate::text::fold(input.trim());
    if let Some(d) = FuzzyDate::parse_iso(&s) {
        return Some(d);
    }
    let num = |t: &str| t.parse::<u32>().ok();
    let year = |t: &str| (t.len() == 4).then(|| t.parse::<i32>().ok()).flatten();
    if s.contains('/') {
        let parts: Vec<&str> = s.split('/').map(str::trim).collect();
        return match parts[..] {
            [d, m, y] => Some(FuzzyDate::day(NaiveDate::from_ymd_opt(year(y)?, num(m)?, num(d)?)?)),
            [m, y] => FuzzyDate::month(year(y)?, num(m)?),
            _ => None,
        };
    }
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    match words[..] {
        [d, m, y] => {
            let d = num(d.strip_suffix("er").unwrap_or(d))?;
            Some(FuzzyDate::day(NaiveDate::from_ymd_opt(year(y)?, month(m)?, d)?))
        }
        [m, y] => FuzzyDate::month(year(y)?, month(m)?),
        _ => None,
    }
}

/// The month (1-12) a word names: a start of a French or English month name, three letters
/// or more, that fits one month only.
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.chars().count() < 3 {
        return None;
    }
    let mut found = None;
    for (i, names) in FRENCH_MONTHS.iter().zip(ENGLISH_MONTHS).enumerate() {
        let french = crate::text::fold(names.0);
        if french.starts_with(w) || names.1.starts_with(w) {
            if found.is_some_and(|f| f != i) {
                return None;
            }
            found = Some(i);
        }
    }
    found.map(|i| i as u32 + 1)
}

/// Days between two periods (0 when they overlap).
fn distance(a: &FuzzyDate, b: &FuzzyDate) -> i64 {
    if a.end() < b.start {
        (b.start - a.end()).num_days()
    } else if b.end() < a.start {
        (a.start - b.end()).num_days()
    } else {
        0
    }
}

/// The row of the event shown nearest to `date` (the first of equals), and how far it is.
pub fn nearest(state: &State, date: &FuzzyDate) -> Option<(usize, i64)> {
    let mut best: Option<(usize, i64)> = None;
    for (i, r) in state.rows.iter().enumerate() {
        let Row::Event(e) = r else { continue };
        let Some(d) = state.corpus.events.get(*e).and_then(|ev| ev.date) else { continue };
        let dist = distance(date, &d);
        if best.is_none_or(|(_, b)| dist < b) {
            best = Some((i, dist));
        }
    }
    best
}

/// Why `input` is not taken as a date.
pub fn not_a_date(input: &str) -> String {
    format!("“{}” is not a date: try 2023-11, 8/11/2023 or 8 novembre 2023", input.trim())
}

/// Enter in the prompt: go to the event nearest the date typed. Returns why not, if it could not.
pub fn jump(state: &mut State, input: &str) -> Result<(), String> {
    let Some(date) = parse(input) else { return Err(not_a_date(input)) };
    go(state, &date)
}

/// Go to the event shown nearest `date`, saying in the status line what was found.
pub fn go(state: &mut State, date: &FuzzyDate) -> Result<(), String> {
    let Some((row, dist)) = nearest(state, date) else {
        return Err("No dated event shown to go to".to_string());
    };
    super::moves::select(state, row);
    state.reveal();
    let found =
        state.selected_event().and_then(|e| state.corpus.events[e].date).map_or_else(String::new, |d| d.french());
    state.status = Some(if dist == 0 {
        format!("{}: {found}", date.french())
    } else {
        format!("No event shown in {}: the nearest is {found}", date.french())
    });
    Ok(())
}

/// The text typed changed: a new text has no error yet.
pub fn edit(prompt: &mut DatePrompt, change: impl FnOnce(&mut String)) {
    change(&mut prompt.input);
    prompt.error = None;
}

/// The date prompt: Enter goes (an empty prompt just closes), Esc closes.
pub fn command(state: &mut State, c: Command) {
    let Mode::GoTo(prompt) = &mut state.mode else { return };
    match c {
        Command::Jump if prompt.input.trim().is_empty() => state.mode = Mode::Browse,
        Command::Jump => {
            let input = prompt.input.clone();
            match jump(state, &input) {
                Ok(()) => state.mode = Mode::Browse,
                Err(why) => {
                    if let Mode::GoTo(p) = &mut state.mode {
                        p.error = Some(why);
                    }
                }
            }
        }
        Command::Close => state.mode = Mode::Browse,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse(s).map(|d| d.iso())
    }

    #[test]
    fn dates_in_every_form_a_reader_types() {
        assert_eq!(iso("2023"), Some("2023".into()));
        assert_eq!(iso(" 2023-11 "), Some("2023-11".into()));
        assert_eq!(iso("2023-11-08"), Some("2023-11-08".into()));
        assert_eq!(iso("8/11/2023"), Some("2023-11-08".into()));
        assert_eq!(iso("11/2023"), Some("2023-11".into()));
        assert_eq!(iso("8 novembre 2023"), Some("2023-11-08".into()));
        assert_eq!(iso("1er mai 2024"), Some("2024-05-01".into()));
        assert_eq!(iso("Février 2022"), Some("2022-02".into()));
        assert_eq!(iso("fevr. 2022"), Some("2022-02".into()));
        assert_eq!(iso("nov 2023"), Some("2023-11".into()));
        assert_eq!(iso("November 8 2023"), None, "month first is not a form taken");
        assert_eq!(iso("15 October 2024"), Some("2024-10-15".into()));
        assert_eq!(iso("juil 2024"), Some("2024-07".into()));
        for bad in ["", "ju 2024", "jui 2024", "31/02/2023", "novembre", "2023-13", "demain", "13/2023"] {
            assert_eq!(iso(bad), None, "{bad}");
        }
    }
}
