//! French date expressions resolved against a reference date (the publication date).
//!
//! `find_dates` reads "8 novembre", "le 16 avril 2023", "ce vendredi 30 décembre", bare
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

pub mod lexicon;
#[cfg(test)]
mod tests;

use crate::model::{FuzzyDate, Precision};
use crate::text::{fold, tokenize, words, Token};
use chrono::{Datelike, Duration, Months, NaiveDate};
use lexicon::Unit;
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
    text: &str,
    span: Range<usize>,
    reference: Option<NaiveDate>,
    anchor: Option<FuzzyDate>,
) -> Vec<DateMention> {
    if text.get(span.clone()).is_none() {
        return Vec::new();
    }
    let toks = tokenize(text, span.clone());
    find_dates_in(text, &toks, span, reference, anchor)
}

/// [`find_dates`] over the words of `text[span]` already split by [`tokenize`] (so a caller
/// that keeps them folds each word once).
pub(crate) fn find_dates_in(
    text: &str,
    toks: &[Token],
    span: Range<usize>,
    reference: Option<NaiveDate>,
    anchor: Option<FuzzyDate>,
) -> Vec<DateMention> {
    let numeric = numeric_dates(text, span);
    let sc = Scanner { text, toks, reference, anchor: anchor.map(|a| a.start).or(reference) };
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
        match sc.at(i) {
            Some((next, m)) => {
                out.push(m);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

struct Scanner<'a, 't> {
    text: &'a str,
    toks: &'t [Token<'a>],
    reference: Option<NaiveDate>,
    anchor: Option<NaiveDate>,
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn week_of(d: NaiveDate) -> FuzzyDate {
    let monday = d - Duration::days(d.weekday().num_days_from_monday() as i64);
    FuzzyDate { start: monday, precision: Precision::Week }
}

fn shift(d: NaiveDate, unit: Unit, n: i64) -> Option<FuzzyDate> {
    Some(match unit {
        Unit::Day => FuzzyDate::day(d.checked_add_signed(Duration::try_days(n)?)?),
        Unit::Week => week_of(d.checked_add_signed(Duration::try_weeks(n)?)?),
        Unit::Month => {
            let m = Months::new(n.unsigned_abs().min(12_000) as u32);
            let x = if n >= 0 { d.checked_add_months(m)? } else { d.checked_sub_months(m)? };
            FuzzyDate::month(x.year(), x.month())?
        }
        Unit::Year => FuzzyDate::year(d.year().checked_add(i32::try_from(n).ok()?)?)?,
    })
}

fn is_year(t: &str) -> Option<i32> {
    if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = t.parse().ok()?;
        (1800..=2199).contains(&y).then_some(y)
    } else {
        None
    }
}

fn day_number(folded: &str) -> Option<u32> {
    let digits = folded.strip_suffix("er").unwrap_or(folded);
    if folded == "premier" {
        return Some(1);
    }
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if digits != folded && digits != "1" {
        return None; // only "1er"
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

impl<'a> Scanner<'a, '_> {
    fn f(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.folded.as_str()).unwrap_or("")
    }
    /// Text between word i-1 and word i.
    fn gap(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        self.text.get(self.toks[i - 1].end..self.toks[i].start).unwrap_or("")
    }
    /// Words i..j are one phrase: only spaces, apostrophes or hyphens between them.
    fn tight(&self, i: usize, j: usize) -> bool {
        j <= self.toks.len() && (i + 1..j).all(|k| self.gap(k).chars().all(|c| c.is_whitespace() || "'’-‑".contains(c)))
    }
    fn lower(&self, i: usize) -> bool {
        self.toks.get(i).and_then(|t| t.text.chars().next()).is_some_and(|c| c.is_lowercase())
    }
    fn span(&self, i: usize, j: usize) -> Range<usize> {
        self.toks[i].start..self.toks[j - 1].end
    }
    fn mention(&self, i: usize, j: usize, date: FuzzyDate, kind: DateKind) -> Option<(usize, DateMention)> {
        Some((j, DateMention { span: self.span(i, j), date, kind, anchored: false, approximate: false }))
    }

    /// The clause around word i speaks of the future.
    fn future(&self, i: usize) -> bool {
        // The clause around the word: a few words either side within its sentence.
        let (lo, hi) = self.sentence_near(i, 6, 7);
        (lo..hi).any(|k| {
            let f = self.f(k);
            if lexicon::FUTURE_WORDS.contains(&f) {
                return true;
            }
            let t = &self.toks[k];
            self.lower(k)
                && f.len() >= 4
                && (f.ends_with("ra") || f.ends_with("ront"))
                && !lexicon::NOT_FUTURE.contains(&f)
                && !t.folded.ends_with("front")
        })
    }

    /// A sentence ends before word k.
    fn ends_before(&self, k: usize) -> bool {
        let g = self.gap(k);
        g.contains(['.', '!', '?', ';', '\n'])
            && !(k > 0 && self.toks[k - 1].text.chars().count() == 1 && g.starts_with('.'))
    }

    /// The words of the sentence holding word i, at most `back` before it and `ahead` from it:
    /// (first, end). Bounded, so that a text without sentence ends costs the same per word.
    fn sentence_near(&self, i: usize, back: usize, ahead: usize) -> (usize, usize) {
        let mut lo = i;
        while lo > i.saturating_sub(back) && !self.ends_before(lo) {
            lo -= 1;
        }
        let mut hi = i + 1;
        while hi < self.toks.len().min(i + ahead) && !self.ends_before(hi) {
            hi += 1;
        }
        (lo, hi)
    }

    /// Whether word i starts its sentence.
    fn starts_sentence(&self, i: usize) -> bool {
        i == 0 || self.ends_before(i)
    }

    /// Try every form at word i; return the word after the match and the mention.
    fn at(&self, i: usize) -> Option<(usize, DateMention)> {
        // Most words start no date: one test instead of every form's.
        if !lexicon::may_start(self.f(i)) {
            return None;
        }
        self.day_month(i)
            .or_else(|| self.month_year(i))
            .or_else(|| self.season(i))
            .or_else(|| self.year_alone(i))
            .or_else(|| self.relative(i))
            .or_else(|| self.weekday_alone(i))
    }

    /// "[ce] [vendredi] 30 décembre [2022]", "le 1er mai".
    fn day_month(&self, i: usize) -> Option<(usize, DateMention)> {
        let (wd, di) = match lexicon::weekday(self.f(i)) {
            Some(w) if self.tight(i, i + 2) => (Some(w), i + 1),
            _ => (None, i),
        };
        let day = day_number(self.f(di))?;
        let month = lexicon::month(self.f(di + 1))?;
        if !self.tight(di, di + 2) {
            return None;
        }
        let year = is_year(self.f(di + 2)).filter(|_| self.tight(di + 1, di + 3));
        let end = if year.is_some() { di + 3 } else { di + 2 };
        let date = match year {
            Some(y) => ymd(y, month, day)?,
            None => {
                let r = self.reference?;
                let mut cands: Vec<NaiveDate> = (-1..=1).filter_map(|k| ymd(r.year() + k, month, day)).collect();
                if let Some(w) = wd {
                    if cands.iter().any(|d| d.weekday() == w) {
                        cands.retain(|d| d.weekday() == w);
                    }
                }
                cands.sort_by_key(|d| ((*d - r).num_days().abs(), *d > r));
                *cands.first()?
            }
        };
        self.mention(i, end, FuzzyDate::day(date), DateKind::Explicit)
    }

    /// "février 2022", "en juin", "début février 2022", "en février de l'année dernière",
    /// "en mars prochain".
    fn month_year(&self, i: usize) -> Option<(usize, DateMention)> {
        let month = lexicon::month(self.f(i))?;
        // "31 février 2023" failed as a day: it is no date at all, not February.
        if i > 0 && day_number(self.f(i - 1)).is_some() && self.tight(i - 1, i + 1) {
            return None;
        }
        if let Some(y) = is_year(self.f(i + 1)).filter(|_| self.tight(i, i + 2)) {
            let start = if i > 0 && ["debut", "fin", "mi"].contains(&self.f(i - 1)) && self.tight(i - 1, i + 1) {
                i - 1
            } else {
                i
            };
            return self.mention(start, i + 2, FuzzyDate::month(y, month)?, DateKind::Explicit);
        }
        // Without a year the month name needs a date context and a lowercase spelling.
        if i == 0 || !lexicon::MONTH_LEADS.contains(&self.f(i - 1)) || !self.lower(i) || !self.tight(i - 1, i + 1) {
            return None;
        }
        if self.f(i - 1) == "et" && !self.f(i.saturating_sub(2)).is_empty() && lexicon::month(self.f(i - 2)).is_none() {
            return None;
        }
        let r = self.reference?;
        let start = if ["debut", "fin", "mi"].contains(&self.f(i - 1)) { i - 1 } else { i };
        // "février de l'année dernière", "février de cette année".
        if self.f(i + 1) == "de" && self.tight(i, i + 4) {
            let (w, dir) = (self.f(i + 2), self.f(i + 3));
            let off = match (w, dir) {
                ("l", "annee") | ("l", "an") => {
                    lexicon::direction(self.f(i + 4)).filter(|_| self.tight(i + 3, i + 5)).map(|d| (d, i + 5))
                }
                ("cette", "annee") => Some((0, i + 4)),
                _ => None,
            };
            if let Some((d, end)) = off {
                return self.mention(start, end, FuzzyDate::month(r.year() + d as i32, month)?, DateKind::Relative);
            }
        }
        if let Some(d) = lexicon::direction(self.f(i + 1)).filter(|_| self.tight(i, i + 2)) {
            let y = if d < 0 {
                if month < r.month() {
                    r.year()
                } else {
                    r.year() - 1
                }
            } else if month > r.month() {
                r.year()
            } else {
                r.year() + 1
            };
            return self.mention(start, i + 2, FuzzyDate::month(y, month)?, DateKind::Relative);
        }
        let y = if self.future(i) {
            if month >= r.month() {
                r.year()
            } else {
                r.year() + 1
            }
        } else if month <= r.month() {
            r.year()
        } else {
            r.year() - 1
        };
        self.mention(start, i + 1, FuzzyDate::month(y, month)?, DateKind::Explicit)
    }

    /// "au printemps 2023", "en été", "cet hiver", "l'été dernier".
    fn season(&self, i: usize) -> Option<(usize, DateMention)> {
        let s = lexicon::season(self.f(i))?;
        if i == 0 || !["au", "en", "cet", "l", "ce", "cette"].contains(&self.f(i - 1)) || !self.tight(i - 1, i + 1) {
            return None;
        }
        // "l'été" only as a date when "de l'été"/"à l'été"/year/direction follows or precedes.
        let start = i - 1;
        if let Some(y) = is_year(self.f(i + 1)).filter(|_| self.tight(i, i + 2)) {
            return self.mention(start, i + 2, FuzzyDate::season(y, s)?, DateKind::Explicit);
        }
        let r = self.reference?;
        let dir = lexicon::direction(self.f(i + 1)).filter(|_| self.tight(i, i + 2));
        if self.f(i - 1) == "l"
            && dir.is_none()
            && !(i >= 2 && ["de", "a", "depuis", "pendant", "durant"].contains(&self.f(i - 2)))
        {
            return None;
        }
        let this = |y: i32| FuzzyDate::season(y, s);
        // The season holding or last starting before the reference, and the next one.
        let past = (r.year() - 1..=r.year()).rev().filter_map(this).find(|d| d.start <= r)?;
        let next = (r.year()..=r.year() + 1).filter_map(this).find(|d| d.end() >= r)?;
        let (date, end) = match dir {
            Some(-1) => ((r.year() - 2..=r.year()).rev().filter_map(this).find(|d| d.end() < r)?, i + 2),
            Some(_) => ((r.year()..=r.year() + 1).filter_map(this).find(|d| d.start > r)?, i + 2),
            None if ["cet", "ce", "cette"].contains(&self.f(i - 1)) => {
                (if self.future(i) { next } else { past }, i + 1)
            }
            None => (if self.future(i) { next } else { past }, i + 1),
        };
        let kind = if end == i + 1 && !["cet", "ce", "cette"].contains(&self.f(i - 1)) {
            DateKind::Explicit
        } else {
            DateKind::Relative
        };
        self.mention(start, end, date, kind)
    }

    /// "en 2024", "de 2024", "depuis 2014", "l'année 2023".
    fn year_alone(&self, i: usize) -> Option<(usize, DateMention)> {
        let y = is_year(self.f(i))?;
        if i == 0 || !lexicon::YEAR_LEADS.contains(&self.f(i - 1)) || !self.tight(i - 1, i + 1) {
            return None;
        }
        // "de 2024 soldats": a count, not a year.
        if ["de", "d", "et", "pour"].contains(&self.f(i - 1))
            && self.tight(i, i + 2)
            && self.lower(i + 1)
            && !["a", "au", "et", "ou"].contains(&self.f(i + 1))
        {
            return None;
        }
        self.mention(i, i + 1, FuzzyDate::year(y)?, DateKind::Explicit)
    }

    fn relative(&self, i: usize) -> Option<(usize, DateMention)> {
        let r = self.reference?;
        let anchor = self.anchor.unwrap_or(r);
        let f = |k: usize| self.f(k);
        let tight = |n: usize| self.tight(i, i + n);
        let rel = |end: usize, date: FuzzyDate| self.mention(i, end, date, DateKind::Relative);
        let anchored = |end: usize, date: FuzzyDate| {
            self.mention(i, end, date, DateKind::Relative).map(|(e, mut m)| {
                m.anchored = true;
                (e, m)
            })
        };
        // (Every first word here is also in `lexicon::may_start`.)
        match f(i) {
            "hier" => return rel(i + 1, FuzzyDate::day(r.pred_opt()?)),
            "demain" => return rel(i + 1, FuzzyDate::day(r.succ_opt()?)),
            "aujourd" if f(i + 1) == "hui" && tight(2) => return rel(i + 2, FuzzyDate::day(r)),
            "avant" if f(i + 1) == "hier" && tight(2) => return rel(i + 2, FuzzyDate::day(r - Duration::days(2))),
            "apres" if f(i + 1) == "demain" && tight(2) => return rel(i + 2, FuzzyDate::day(r + Duration::days(2))),
            "ce" | "cette" if ["matin", "soir", "nuit"].contains(&f(i + 1)) && tight(2) => {
                return rel(i + 2, FuzzyDate::day(r))
            }
            "cette" if f(i + 1) == "semaine" && tight(2) => return rel(i + 2, week_of(r)),
            "cette" if f(i + 1) == "annee" && tight(2) => return rel(i + 2, FuzzyDate::year(r.year())?),
            "ce" if f(i + 1) == "mois" && tight(2) => {
                let end = if f(i + 2) == "ci" && tight(3) { i + 3 } else { i + 2 };
                return rel(end, FuzzyDate::month(r.year(), r.month())?);
            }
            "veille" if i > 0 && f(i - 1) == "la" && !["de", "du", "des", "d"].contains(&f(i + 1)) => {
                return anchored(i + 1, FuzzyDate::day(anchor.pred_opt()?))
            }
            "lendemain" if i > 0 && f(i - 1) == "le" && !["de", "du", "des", "d"].contains(&f(i + 1)) => {
                return anchored(i + 1, FuzzyDate::day(anchor.succ_opt()?))
            }
            _ => {}
        }
        // "la semaine dernière", "le mois prochain", "l'année dernière", "l'an passé".
        if let Some(u) = lexicon::unit(f(i)) {
            if let Some(d) = lexicon::direction(f(i + 1)).filter(|_| tight(2)) {
                let lead_ok = i > 0 && ["la", "le", "l", "du", "de", "au", "a", "cette", "ce"].contains(&f(i - 1));
                let unit_ok =
                    matches!((u, f(i)), (Unit::Week, "semaine") | (Unit::Month, "mois") | (Unit::Year, "annee" | "an"));
                if lead_ok && unit_ok {
                    let start =
                        if ["la", "le", "l"].contains(&f(i - 1)) && self.tight(i - 1, i + 1) { i - 1 } else { i };
                    return self.mention(start, i + 2, shift(r, u, d)?, DateKind::Relative);
                }
            }
        }
        // "il y a [près de] deux ans", "dans trois jours".
        let (n_at, sign, approx) = if f(i) == "il" && f(i + 1) == "y" && f(i + 2) == "a" && tight(3) {
            let mut k = i + 3;
            while k < i + 6 && lexicon::APPROX.contains(&f(k)) {
                k += 1;
            }
            (k, -1, k > i + 3)
        } else if f(i) == "dans" {
            (i + 1, 1, false)
        } else {
            (usize::MAX, 0, false)
        };
        if n_at != usize::MAX {
            if let (Some(n), Some(u)) = (lexicon::count(f(n_at)), lexicon::unit(f(n_at + 1))) {
                if self.tight(i, n_at + 2) {
                    let mut m = self.mention(i, n_at + 2, shift(r, u, sign * n)?, DateKind::Relative)?;
                    m.1.approximate = approx;
                    return Some(m);
                }
            }
        }
        // "un jour plus tôt", "deux semaines plus tard", "trois jours auparavant".
        if let (Some(n), Some(u)) = (lexicon::count(f(i)), lexicon::unit(f(i + 1))) {
            let (sign, end) = match (f(i + 2), f(i + 3)) {
                ("plus", "tot") => (-1, i + 4),
                ("plus", "tard") => (1, i + 4),
                ("auparavant", _) => (-1, i + 3),
                _ => return None,
            };
            if self.tight(i, end) {
                return anchored(end, shift(anchor, u, sign * n)?);
            }
        }
        None
    }

    /// "mercredi", "Mardi, lors de la réunion", "dimanche dernier", "jeudi prochain".
    fn weekday_alone(&self, i: usize) -> Option<(usize, DateMention)> {
        let w = lexicon::weekday(self.f(i))?;
        let r = self.reference?;
        // A capitalised weekday mid-sentence is a name (a character, a title), not a day.
        if !self.lower(i) && !self.starts_sentence(i) {
            return None;
        }
        if ["gras", "saint"].contains(&self.f(i + 1)) {
            return None;
        }
        let back = (r.weekday().num_days_from_monday() as i64 - w.num_days_from_monday() as i64).rem_euclid(7);
        let fwd = (7 - back) % 7;
        let dir = lexicon::direction(self.f(i + 1)).filter(|_| self.tight(i, i + 2));
        let (days, end) = match dir {
            Some(-1) => (-(if back == 0 { 7 } else { back }), i + 2),
            Some(_) => (if fwd == 0 { 7 } else { fwd }, i + 2),
            None if self.future(i) => (fwd, i + 1),
            None => (-back, i + 1),
        };
        self.mention(i, end, FuzzyDate::day(r + Duration::days(days)), DateKind::Relative)
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
        if !b[i].is_ascii_digit()
            || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'/' || b[i - 1] == b'.'))
        {
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
pub fn dateline(text: &str, body: Range<usize>) -> Option<Dateline> {
    let b = text.get(body.clone())?;
    let mut pos = body.start;
    for line in b.split_inclusive('\n').take(6) {
        let lead = line.len() - line.trim_start().len();
        if let Some(d) = dateline_at(text, pos + lead) {
            return Some(d);
        }
        pos += line.len();
        if pos - body.start > 4000 {
            break;
        }
    }
    None
}

fn dateline_at(text: &str, start: usize) -> Option<Dateline> {
    let rest = text.get(start..)?;
    let head: &str = match rest.char_indices().nth(160) {
        Some((k, _)) => &rest[..k],
        None => rest,
    };
    let head = head.split('\n').next().unwrap_or("");
    // The dash ends the dateline.
    let dash = head.find(['–', '—']).or_else(|| head.find(" - "))?;
    let pre = &head[..dash];
    let dash_len = head[dash..].chars().next().map_or(1, |c| c.len_utf8());
    let dash_len = if head[dash..].starts_with(" - ") { 2 } else { dash_len };
    // A date alone: "28 février 2017. –", "Lundi 3 mars –".
    let bare: Vec<String> = words(pre.trim_end_matches([' ', '.'])).map(|w| fold(w.text)).collect();
    let bare: Vec<&str> = bare.iter().map(String::as_str).skip_while(|t| lexicon::weekday(t).is_some()).collect();
    if let [d, m, rest @ ..] = bare.as_slice() {
        if let (Some(day), Some(month), [] | [_]) = (day_number(d), lexicon::month(m), rest) {
            let year = match rest {
                [y] => Some(is_year(y)?),
                _ => None,
            };
            ymd(year.unwrap_or(2024), month, day)?;
            return Some(Dateline {
                span: start..start + dash + dash_len,
                place: String::new(),
                day: Some(day),
                month: Some(month),
                year,
                outlet: None,
            });
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
    let place_words: Vec<&str> = place.split_whitespace().collect();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let shaped = !place_words.is_empty()
        && place_words.len() <= 4
        && letters >= 2
        && place.chars().all(|c| c.is_alphabetic() || " -'’.".contains(c))
        && place_words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
    let all_caps = place.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
    if !shaped {
        return None;
    }
    let (mut day, mut month, mut year) = (None, None, None);
    if !date_part.is_empty() {
        let toks: Vec<String> = words(date_part).map(|w| fold(w.text)).collect();
        let toks: Vec<&str> = toks.iter().map(|s| s.as_str()).skip_while(|t| lexicon::weekday(t).is_some()).collect();
        match toks.as_slice() {
            [d, m] | [d, m, _] => {
                day = Some(day_number(d)?);
                month = Some(lexicon::month(m)?);
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
    text: &str,
    paragraphs: &[crate::corpus::read::layout::Paragraph],
    body: Range<usize>,
    given: Option<FuzzyDate>,
) -> Publication {
    let dateline = dateline(text, body);
    let day = dateline.as_ref().and_then(|d| d.date(given.map(|g| g.start)));
    let published = match given {
        Some(p) if p.precision != Precision::Day => {
            day.filter(|t| t.start >= p.start && t.start <= p.end()).or(Some(p))
        }
        Some(p) => Some(p),
        None => published_line(text, paragraphs).or(day),
    };
    Publication { published, reference: day.or(published), dateline }
}

/// "Publié le 16 avril 2023", "Mis à jour le 16/04/2023": a publication line in the text.
fn published_line(text: &str, paragraphs: &[crate::corpus::read::layout::Paragraph]) -> Option<FuzzyDate> {
    for p in paragraphs.iter().take(12) {
        let Some(t) = text.get(p.span.clone()) else { continue };
        let f = fold(t);
        if !["publie le", "publie a", "mis a jour le", "published", "veroffentlicht am"].iter().any(|w| f.contains(w)) {
            continue;
        }
        if let Some(m) =
            find_dates(text, p.span.clone(), None, None).into_iter().find(|m| m.date.precision == Precision::Day)
        {
            return Some(m.date);
        }
    }
    None
}

/// Monday-based week start of a date; exposed for tests and event rules.
pub fn week_start(d: NaiveDate) -> NaiveDate {
    week_of(d).start
}
