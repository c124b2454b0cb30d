//! Date expressions resolved against a reference date (the publication date): numeric dates
//! here, the words of the article's language by its [`Language`] (French:
//! `knowledge::french::dates`); datelines; the publication date, decided once.
//!
//! In French, `find_dates` reads "8 novembre", "le 16 avril 2023", "ce vendredi 30 décembre", bare
//! weekdays ("mercredi", "Mardi, lors de la réunion"), "en février 2022", "début février 2022",
//! "au printemps 2023", "en été", "en juin", "la semaine prochaine", "le mois dernier",
//! "l'année dernière", "il y a deux ans", "hier", "aujourd'hui", "un jour plus tôt",
//! "16/04/2023" and ISO "2023-04-16". Each keeps its precision (`model::Precision`).
//!
//! Reading rules, chosen for news text:
//! - A bare weekday is the most recent such day on or before publication (news reports what
//!   happened); when its clause speaks of the future ("se rendra", "prévue", "prochain") it is
//!   the next such day on or after publication. "mercredi dernier"/"prochain" move a week.
//! - A day and month without a year ("8 novembre") take the year that puts them nearest to
//!   publication ("30 décembre" read on 2 January is the previous year); a stated weekday that
//!   only fits one candidate year wins.
//! - A month or season without a year ("en juin", "en été") is the latest one that started on
//!   or before publication, or the next one when the clause speaks of the future.
//! - "un jour plus tôt", "la veille", "le lendemain" count from the anchor: the date the text
//!   was discussing (the caller passes the previous resolved day), else the reference.
//! - Month names and bare years are dates only in a date context ("en mai", "février 2022",
//!   "en 2024", "de 2024"), so "Mai" the name, "200 milliards" or "[1/4]" are not dates.

#[cfg(test)]
mod tests;

use crate::corpus::read::knowledge::language::word;
use crate::corpus::read::knowledge::Language;
use crate::model::{FuzzyDate, Precision};
use crate::text::{fold, tokenize, words, Token};
use chrono::{Datelike, Duration, NaiveDate};
use std::ops::Range;

/// How a date was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// Stands on its own given the year of publication: "8 novembre", "février 2022", "16/04/2023".
    Explicit,
    /// Only means something relative to a reference: "hier", "mercredi", "la semaine dernière",
    /// "un jour plus tôt".
    Relative,
}

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// Byte span of the expression in the text searched.
    pub span: Range<usize>,
    pub date: FuzzyDate,
    pub kind: DateKind,
    /// Counted from the anchor (the date under discussion), not from publication.
    pub anchored: bool,
    /// "il y a près de deux ans", "plus de trois mois": a rough period.
    pub approximate: bool,
}

/// Find every date expression in `text[span]`, in text order, never overlapping.
/// `reference` is the publication date: without it only dates that carry their year are found.
/// `anchor` is the date the text is discussing (for "un jour plus tôt"); the reference when None.
pub fn find_dates(
    lang: &dyn Language,
    text: &str,
    span: Range<usize>,
    reference: Option<NaiveDate>,
    anchor: Option<FuzzyDate>,
) -> Vec<DateMention> {
    if text.get(span.clone()).is_none() {
        return Vec::new();
    }
    let toks = tokenize(text, span.clone());
    find_dates_in(lang, text, &toks, span, reference, anchor)
}

/// [`find_dates`] over the words of `text[span]` already split by [`tokenize`] (so a caller
/// that keeps them folds each word once).
pub(crate) fn find_dates_in(
    lang: &dyn Language,
    text: &str,
    toks: &[Token],
    span: Range<usize>,
    reference: Option<NaiveDate>,
    anchor: Option<FuzzyDate>,
) -> Vec<DateMention> {
    let numeric = numeric_dates(text, span);
    let anchor = anchor.map(|a| a.start).or(reference);
    let mut out: Vec<DateMention> = Vec::new();
    // Numeric dates are in text order and never overlap: walk them alongside the words.
    let mut nx = 0;
    let mut i = 0;
    while i < toks.len() {
        while nx < numeric.len() && numeric[nx].span.end <= toks[i].start {
            nx += 1;
        }
        if let Some(m) = numeric.get(nx).filter(|m| m.span.contains(&toks[i].start)) {
            out.push(m.clone());
            while i < toks.len() && toks[i].start < m.span.end {
                i += 1;
            }
            continue;
        }
        // A word its page classified as starting no date (most) is not asked about.
        let c = toks[i].class;
        if c & word::KNOWN != 0 && c & word::DATE_START == 0 {
            i += 1;
            continue;
        }
        match lang.date_at(text, toks, i, reference, anchor) {
            Some((next, m)) => {
                out.push(m);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

pub(crate) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

pub(crate) fn week_of(d: NaiveDate) -> FuzzyDate {
    let monday = d - Duration::days(d.weekday().num_days_from_monday() as i64);
    FuzzyDate { start: monday, precision: Precision::Week }
}

pub(crate) fn is_year(t: &str) -> Option<i32> {
    if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = t.parse().ok()?;
        (1800..=2199).contains(&y).then_some(y)
    } else {
        None
    }
}

/// "16/04/2023", "16.04.2023", "2023-04-16", "2023/04/16" in `text[span]`.
fn numeric_dates(text: &str, span: Range<usize>) -> Vec<DateMention> {
    let Some(s) = text.get(span.clone()) else { return Vec::new() };
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let digits = |from: usize| b[from.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i = next_digit(b, i + 1);
            continue;
        }
        if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'/' || b[i - 1] == b'.') {
            i += 1;
            continue;
        }
        let n1 = digits(i);
        let parse = |from: usize, n: usize| -> u32 { s[from..from + n].parse().unwrap_or(0) };
        let mut found = None;
        if i + n1 < b.len() {
            let sep = b[i + n1];
            let j = i + n1 + 1;
            let n2 = digits(j);
            if matches!(sep, b'/' | b'.' | b'-') && n2 > 0 && j + n2 < b.len() && b[j + n2] == sep {
                let k = j + n2 + 1;
                let n3 = digits(k);
                let after_ok = b
                    .get(k + n3)
                    .is_none_or(|c| !c.is_ascii_digit() && *c != b'/' && !(c.is_ascii_alphabetic() && *c != b'T'));
                if after_ok {
                    let (y, m, d) = if n1 == 4 && n2 <= 2 && n3 <= 2 && n3 > 0 && sep != b'.' {
                        (parse(i, 4), parse(j, n2), parse(k, n3))
                    } else if n1 <= 2 && n2 <= 2 && n3 == 4 && sep != b'-' {
                        (parse(k, 4), parse(j, n2), parse(i, n1))
                    } else {
                        (0, 0, 0)
                    };
                    if let Some(date) = ymd(y as i32, m, d).filter(|_| (1800..=2199).contains(&y)) {
                        found = Some((k + n3, date));
                    }
                }
            }
        }
        match found {
            Some((end, date)) => {
                out.push(DateMention {
                    span: span.start + i..span.start + end,
                    date: FuzzyDate::day(date),
                    kind: DateKind::Explicit,
                    anchored: false,
                    approximate: false,
                });
                i = end;
            }
            None => i += n1.max(1),
        }
    }
    out
}

/// The index of the first ASCII digit of `b` at or after `from`, else `b.len()`. Most of a
/// text has none: it is tested 16 bytes at a time (a loop without early exit vectorises).
fn next_digit(b: &[u8], from: usize) -> usize {
    let mut at = from.min(b.len());
    for chunk in b[at..].chunks(16) {
        if chunk.iter().fold(false, |any, c| any | c.is_ascii_digit()) {
            return at + chunk.iter().position(u8::is_ascii_digit).unwrap_or(0);
        }
        at += chunk.len();
    }
    b.len()
}

/// A dateline opening a news story: "MOSCOU, 8 novembre (Reuters) –", "PARIS (AFP) -".
/// The year is rarely written, so the date stays partial until a reference year is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// Byte span of the whole dateline, dash included.
    pub span: Range<usize>,
    /// The place as written ("MOSCOU").
    pub place: String,
    pub day: Option<u32>,
    pub month: Option<u32>,
    pub year: Option<i32>,
    /// The news agency or outlet in parentheses ("Reuters").
    pub outlet: Option<String>,
}

impl Dateline {
    /// The dateline's day, completed with the year that puts it nearest to `reference`
    /// (its own year when written). None when it has no day or no year can be found.
    pub fn date(&self, reference: Option<NaiveDate>) -> Option<FuzzyDate> {
        let (d, m) = (self.day?, self.month?);
        if let Some(y) = self.year {
            return ymd(y, m, d).map(FuzzyDate::day);
        }
        let r = reference?;
        let mut c: Vec<NaiveDate> = (-1..=1).filter_map(|k| ymd(r.year() + k, m, d)).collect();
        c.sort_by_key(|x| (*x - r).num_days().abs());
        c.first().copied().map(FuzzyDate::day)
    }
}

/// Look for a dateline at the start of one of the first lines of `text[body]`.
pub fn dateline(lang: &dyn Language, text: &str, body: Range<usize>) -> Option<Dateline> {
    let b = text.get(body.clone())?;
    let mut pos = body.start;
    for line in b.split_inclusive('\n').take(6) {
        let lead = line.len() - line.trim_start().len();
        if let Some(d) = dateline_at(lang, text, pos + lead) {
            return Some(d);
        }
        pos += line.len();
        if pos - body.start > 4000 {
            break;
        }
    }
    None
}

fn dateline_at(lang: &dyn Language, text: &str, start: usize) -> Option<Dateline> {
    let rest = text.get(start..)?;
    // The line's first 160 chars: cut at the newline first (memchr), and count chars only in
    // a line long enough to hold more (every line of an article's head is tried).
    let line = rest.split('\n').next().unwrap_or("");
    let head: &str =
        if line.len() > 160 { line.char_indices().nth(160).map_or(line, |(k, _)| &line[..k]) } else { line };
    // The dash ends the dateline. (Each dash looked for on its own: a one-char search is a
    // byte search, a search for either decodes every char.)
    let dash = match (head.find('–'), head.find('—')) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let dash = dash.or_else(|| head.find(" - "))?;
    let pre = &head[..dash];
    let dash_len = head[dash..].chars().next().map_or(1, |c| c.len_utf8());
    let dash_len = if head[dash..].starts_with(" - ") { 2 } else { dash_len };
    // A date alone: "28 février 2017. –", "Lundi 3 mars –"; or followed by its place:
    // "30 juillet 2016, Pologne. –".
    let dateline = |place: &str, (day, month, year): (u32, u32, Option<i32>)| Dateline {
        span: start..start + dash + dash_len,
        place: place.to_string(),
        day: Some(day),
        month: Some(month),
        year,
        outlet: None,
    };
    if let Some(d) = bare_date(lang, pre) {
        return Some(dateline("", d));
    }
    // "Cherbourg, France | AFP | dimanche 09/07/2017 -": place, outlet and date between bars.
    if pre.contains('|') {
        return barred_dateline(lang, pre, start..start + dash + dash_len);
    }
    if let Some((date, place)) = pre.split_once(',') {
        let place = place.trim().trim_end_matches(['.', ' ']);
        if let Some(d) = bare_date(lang, date).filter(|_| place_shaped(place)) {
            return Some(dateline(place, d));
        }
    }
    // Outlet in parentheses.
    let (outlet, pre_no_outlet) = match (pre.rfind('('), pre.rfind(')')) {
        (Some(o), Some(c)) if o < c && pre[c + 1..].trim().is_empty() => {
            let name = pre[o + 1..c].trim();
            let capitalised = name.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
            if name.is_empty() || name.len() > 40 || !capitalised || name.chars().any(|ch| ch.is_ascii_digit()) {
                return None;
            }
            (Some(name.to_string()), &pre[..o])
        }
        _ => (None, pre),
    };
    let (place, date_part) = match pre_no_outlet.split_once(',') {
        Some((p, d)) => (p.trim(), d.trim()),
        None => (pre_no_outlet.trim(), ""),
    };
    let all_caps = place.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
    if !place_shaped(place) {
        return None;
    }
    let (mut day, mut month, mut year) = (None, None, None);
    if !date_part.is_empty() {
        let toks: Vec<String> = words(date_part).map(|w| fold(w.text)).collect();
        // ("Moscou, le 7 décembre 2022 (Sputnik) –", "MOSCOU, mardi 7 décembre".)
        let toks: Vec<&str> = toks
            .iter()
            .map(|s| s.as_str())
            .skip_while(|t| lang.weekday(t).is_some() || lang.is_definite_article(t))
            .collect();
        match toks.as_slice() {
            [d, m] | [d, m, _] => {
                day = Some(lang.day_number(d)?);
                month = Some(lang.month(m)?);
                if let [_, _, y] = toks.as_slice() {
                    year = Some(is_year(y)?);
                }
            }
            _ => return None,
        }
        if let (Some(d), Some(m)) = (day, month) {
            // "31 février" is not a date in any year.
            ymd(year.unwrap_or(2024), m, d)?;
        }
    }
    // Mixed-case places must come with a date or outlet to be a dateline, not a sentence.
    if !all_caps && day.is_none() {
        return None;
    }
    if outlet.is_none() && day.is_none() {
        return None;
    }
    Some(Dateline { span: start..start + dash + dash_len, place: place.to_string(), day, month, year, outlet })
}

/// The parts of a dateline written between bars ("Cherbourg, France | AFP | dimanche
/// 09/07/2017"): the place (before its country), the outlet, and the date (words or digits).
fn barred_dateline(lang: &dyn Language, pre: &str, span: Range<usize>) -> Option<Dateline> {
    let parts: Vec<&str> = pre.split('|').map(str::trim).collect();
    let place = parts.first()?.split(',').next()?.trim();
    if parts.len() < 2 || !place_shaped(place) {
        return None;
    }
    let mut date = None;
    let mut outlet = None;
    for part in &parts[1..] {
        let words: Vec<String> = words(part).map(|w| fold(w.text)).collect();
        let skip = words.iter().take_while(|w| lang.weekday(w).is_some()).count();
        let numeric = numeric_dates(part, 0..part.len());
        if let Some((d, m, Some(y))) = bare_date(lang, part) {
            date = Some((d, m, y));
        } else if let (Some(n), true) = (numeric.first(), skip + 3 >= words.len()) {
            let d = n.date.start;
            date = Some((d.day(), d.month(), d.year()));
        } else if outlet.is_none() && place_shaped(part) {
            outlet = Some(part.to_string());
        }
    }
    let (day, month, year) = date?;
    Some(Dateline { span, place: place.to_string(), day: Some(day), month: Some(month), year: Some(year), outlet })
}

/// A day, a month and maybe a year, nothing else ("28 février 2017.", "Lundi 3 mars").
fn bare_date(lang: &dyn Language, s: &str) -> Option<(u32, u32, Option<i32>)> {
    let bare: Vec<String> = words(s.trim_end_matches([' ', '.'])).map(|w| fold(w.text)).collect();
    let bare: Vec<&str> = bare.iter().map(String::as_str).skip_while(|t| lang.weekday(t).is_some()).collect();
    let [d, m, rest @ ..] = bare.as_slice() else { return None };
    let (Some(day), Some(month), [] | [_]) = (lang.day_number(d), lang.month(m), rest) else { return None };
    let year = match rest {
        [y] => Some(is_year(y)?),
        _ => None,
    };
    ymd(year.unwrap_or(2024), month, day)?;
    Some((day, month, year))
}

/// Shaped like a dateline's place: one to four capitalised words of letters ("MOSCOU",
/// "Pologne", "Saint-Pétersbourg").
fn place_shaped(place: &str) -> bool {
    let place_words: Vec<&str> = place.split_whitespace().collect();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    !place_words.is_empty()
        && place_words.len() <= 4
        && letters >= 2
        && place.chars().all(|c| c.is_alphabetic() || " -'’.".contains(c))
        && place_words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
}

/// When an article was written, decided once for every stage: its publication date, and the
/// day its relative dates ("mercredi", "hier", "la veille") count from.
#[derive(Debug, Clone, Default)]
pub struct Publication {
    /// Given by the sidecar or header, else read from the text (a "Publié le" line, a dateline
    /// with its year); a month-precision one is refined by a dateline day inside it.
    pub published: Option<FuzzyDate>,
    /// The dateline's day (its year, else the publication's), else the publication date: what
    /// "mercredi" counts from. None when neither gives a year.
    pub reference: Option<FuzzyDate>,
    /// The dateline opening the story ("MOSCOU, 8 novembre (Reuters) –", "28 février 2017. –").
    pub dateline: Option<Dateline>,
}

/// The article's [`Publication`]: `given` from its sidecar or header, the rest from the text.
pub fn publication(
    lang: &dyn Language,
    text: &str,
    paragraphs: &[crate::corpus::read::layout::Paragraph],
    body: Range<usize>,
    given: Option<FuzzyDate>,
) -> Publication {
    let dateline = dateline(lang, text, body);
    let day = dateline.as_ref().and_then(|d| d.date(given.map(|g| g.start)));
    let published = match given {
        Some(p) if p.precision != Precision::Day => {
            day.filter(|t| t.start >= p.start && t.start <= p.end()).or(Some(p))
        }
        Some(p) => Some(p),
        None => published_line(lang, text, paragraphs).or(day),
    };
    Publication { published, reference: day.or(published), dateline }
}

/// "Publié le 16 avril 2023", "Mis à jour le 16/04/2023": a publication line in the text.
fn published_line(
    lang: &dyn Language,
    text: &str,
    paragraphs: &[crate::corpus::read::layout::Paragraph],
) -> Option<FuzzyDate> {
    for p in paragraphs.iter().take(12) {
        let Some(t) = text.get(p.span.clone()) else { continue };
        let f = fold(t);
        if !lang.publication_markers().iter().any(|w| f.contains(w)) {
            continue;
        }
        if let Some(m) =
            find_dates(lang, text, p.span.clone(), None, None).into_iter().find(|m| m.date.precision == Precision::Day)
        {
            return Some(m.date);
        }
    }
    None
}
