//! The domain model: what a loaded corpus is. Knows nothing of terminals or files.
//!
//! Everything is stored in flat vectors addressed by index (`QuoteIx`, `EventIx`, ...) so a
//! corpus of a million quotes stays compact and cheap to walk in timeline order; the quotes
//! themselves are stored by column ([`Quotes`]).

pub mod column;
pub mod quotes;
pub mod strs;

pub use quotes::{flags, Attribution, Columns, ColumnsRef, Quote, QuoteRef, Quotes, QUOTEBANK_CUE};

use crate::lang::Lang;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

pub type ArticleIx = usize;
pub type SpeakerIx = usize;
pub type EventIx = usize;
pub type QuoteIx = usize;

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    /// A week ("la semaine prochaine"): `start` is its Monday.
    Week,
    Month,
    Season,
    Year,
}

/// A season of the (northern) year, as French articles name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// A date known to some precision. `start` is the first day of the period it names
/// (the 1st of the month, the first day of the season, 1 January...), so dates of mixed
/// precision sort sensibly on `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FuzzyDate {
    pub start: NaiveDate,
    pub precision: Precision,
}

impl FuzzyDate {
    pub fn day(d: NaiveDate) -> Self {
        FuzzyDate { start: d, precision: Precision::Day }
    }
    pub fn month(year: i32, month: u32) -> Option<Self> {
        Some(FuzzyDate { start: NaiveDate::from_ymd_opt(year, month, 1)?, precision: Precision::Month })
    }
    pub fn year(year: i32) -> Option<Self> {
        Some(FuzzyDate { start: NaiveDate::from_ymd_opt(year, 1, 1)?, precision: Precision::Year })
    }
    /// Season starting months: spring = March, summer = June, autumn = September, winter = December.
    pub fn season(year: i32, season: Season) -> Option<Self> {
        let m = match season {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        };
        Some(FuzzyDate { start: NaiveDate::from_ymd_opt(year, m, 1)?, precision: Precision::Season })
    }

    pub fn season_of(&self) -> Option<Season> {
        if self.precision != Precision::Season {
            return None;
        }
        Some(match self.start.month() {
            3..=5 => Season::Spring,
            6..=8 => Season::Summer,
            9..=11 => Season::Autumn,
            _ => Season::Winter,
        })
    }

    /// The stable machine form used by the JSON export: "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    /// (weeks export their Monday at day form, seasons their year; `precision` says which).
    pub fn iso(&self) -> String {
        match self.precision {
            Precision::Day | Precision::Week => self.start.format("%Y-%m-%d").to_string(),
            Precision::Month => self.start.format("%Y-%m").to_string(),
            Precision::Season | Precision::Year => self.start.format("%Y").to_string(),
        }
    }

    /// A compact form for listings: "2023-11-08", "2023-11", "2023", and for the periods that
    /// the ISO form cannot say, "sem. 2024-10-21" / "week 2024-10-21" and "printemps 2023" /
    /// "spring 2023".
    pub fn short(&self, lang: Lang) -> String {
        match self.precision {
            Precision::Week => (lang.words().dates.week_short)(&self.iso()),
            Precision::Season => self.long(lang),
            _ => self.iso(),
        }
    }

    /// Parse the sidecar/header form: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub fn parse_iso(s: &str) -> Option<Self> {
        let s = s.trim();
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Option<u32> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().ok()
            } else {
                None
            }
        };
        match parts.as_slice() {
            [y] => FuzzyDate::year(num(y, 4)? as i32),
            [y, m] => FuzzyDate::month(num(y, 4)? as i32, num(m, 2)?),
            [y, m, d] => Some(FuzzyDate::day(NaiveDate::from_ymd_opt(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?)?)),
            _ => None,
        }
    }

    /// Last day of the period (inclusive).
    pub fn end(&self) -> NaiveDate {
        let s = self.start;
        let add_months = |n: u32| s.checked_add_months(chrono::Months::new(n)).and_then(|d| d.pred_opt()).unwrap_or(s);
        match self.precision {
            Precision::Day => s,
            Precision::Week => s + chrono::Duration::days(6),
            Precision::Month => add_months(1),
            Precision::Season => add_months(3),
            Precision::Year => add_months(12),
        }
    }

    /// The reading form in `lang`: "8 novembre 2023" / "8 November 2023", "semaine du 21
    /// octobre 2024" / "week of 21 October 2024", "novembre 2023", "printemps 2023", "2023".
    pub fn long(&self, lang: Lang) -> String {
        let w = &lang.words().dates;
        let y = self.start.year();
        let month = w.months[self.start.month0() as usize];
        let day = || format!("{} {month} {y}", (w.day)(self.start.day()));
        match self.precision {
            Precision::Day => day(),
            Precision::Week => (w.week_of)(&day()),
            Precision::Month => format!("{month} {y}"),
            Precision::Season => {
                let i = match self.season_of() {
                    Some(Season::Spring) => 0,
                    Some(Season::Summer) => 1,
                    Some(Season::Autumn) => 2,
                    _ => 3,
                };
                format!("{} {y}", w.seasons[i])
            }
            Precision::Year => format!("{y}"),
        }
    }

    /// The French reading form, `long(Lang::Fr)`.
    pub fn french(&self) -> String {
        self.long(Lang::Fr)
    }
}

impl fmt::Display for FuzzyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl PartialOrd for FuzzyDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for FuzzyDate {
    /// Chronological; at the same start the more precise date first.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.start.cmp(&other.start).then(self.precision.cmp(&other.precision))
    }
}

/// One source article as loaded.
#[derive(Debug, Clone)]
pub struct Article {
    /// File name without `.txt`.
    pub id: String,
    /// Where it came from, as the user would name it ("seeds/000_x.txt" for embedded seeds).
    pub path: String,
    pub source: Option<String>,
    pub published: Option<FuzzyDate>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
    /// The whole original file, byte for byte (after lossy UTF-8 repair, if any; see warnings).
    /// Quote spans index into this.
    pub text: Arc<str>,
    /// Byte offset where the article body starts (after any metadata header).
    pub body_start: usize,
    /// Problems with the input itself (a bad sidecar, a duplicate name), in plain words.
    pub warnings: Vec<String>,
    /// What the reader of this article was not sure of (worded by `chronique check`).
    pub doubts: Vec<Doubt>,
}

/// Something the reader of one article was not sure of: what, where (a byte offset in the
/// article's text), and the words concerned. Worded for people by `export::readable`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doubt {
    pub kind: DoubtKind,
    pub at: usize,
    pub excerpt: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoubtKind {
    /// A quotation never closed, ended at the incise that follows it.
    UnclosedAtIncise,
    /// A quotation never closed, ended at the end of its sentence or paragraph.
    Unclosed,
    /// Nobody said to have spoken these words.
    Unattributed,
    /// A speaker found by a weak rule (a guess; the excerpt is the speaker's name).
    WeakAttribution,
    /// A name the gazetteer does not know (the excerpt).
    UnknownName,
    /// The publication date is known to the month only (the excerpt).
    PublicationImprecise,
    /// No publication date: relative dates cannot be read.
    NoPublicationDate,
    /// No date tied to the reported event: the reference date (the excerpt) stands in.
    EventDatedByPublication,
    /// Neither an event date nor a publication date.
    NoEventDate,
    /// The article's lead gives no day for what it reports: dated to the month (the excerpt).
    EventDayUnknown,
    /// A meeting with no participant that could be named.
    NoParticipant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    #[default]
    Person,
    Institution,
    /// People speaking together ("des manifestants").
    Group,
}

/// A role held over a period, e.g. "ministre russe de la Défense" from 2024-05.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub title: String,
    /// Other ways articles write this title ("chef de la défense de la Russie").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// First day held ("YYYY", "YYYY-MM" or "YYYY-MM-DD"); open when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Last day held; open (still held) when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

/// A canonical speaker: a person or an institution.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: SpeakerKind,
    pub roles: Vec<Role>,
    /// True when the name came from the gazetteer, false when only seen in the text.
    pub known: bool,
}

impl Speaker {
    /// The role titles held at `date` (overlapping the date's period).
    pub fn roles_at(&self, date: Option<&FuzzyDate>) -> Vec<&str> {
        self.roles
            .iter()
            .filter(|r| match date {
                None => r.until.is_none(),
                Some(d) => role_covers(r, d),
            })
            .map(|r| r.title.as_str())
            .collect()
    }
}

/// Whether a role's period overlaps a date's period.
pub fn role_covers(role: &Role, date: &FuzzyDate) -> bool {
    let from = role.from.as_deref().and_then(FuzzyDate::parse_iso).map(|d| d.start);
    let until = role.until.as_deref().and_then(FuzzyDate::parse_iso).map(|d| d.end());
    let (ds, de) = (date.start, date.end());
    from.is_none_or(|f| de >= f) && until.is_none_or(|u| ds <= u)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A sentence or clause of four words or more, quoted as said.
    Full,
    /// A phrase quoted inside reported speech.
    Fragment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// The meeting an article reports.
    Reported,
    /// An earlier or later event an article mentions with a date.
    Context,
}

/// Below this confidence an attribution is a guess from the context, not what the text says:
/// the browser marks the speaker and a copied citation says "attribution uncertain".
pub const WEAK_ATTRIBUTION: f32 = 0.6;

/// Join addresses for [`Quote::urls`] (a line break inside an address would split it: those
/// characters are not valid in a URL anyway, and are dropped).
pub fn join_urls<'a>(urls: impl IntoIterator<Item = &'a str>) -> Box<str> {
    let mut out = String::new();
    for u in urls {
        let u: String = u.chars().filter(|c| *c != '\n' && *c != '\r').collect();
        if u.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&u);
    }
    out.into_boxed_str()
}

#[derive(Debug, Clone)]
pub struct Event {
    /// None when no source gave a usable date (the event sorts last).
    pub date: Option<FuzzyDate>,
    pub kind: EventKind,
    /// Short (a Quotebank event's title is its speaker's name): inline, no allocation each.
    pub title: compact_str::CompactString,
    pub place: Option<String>,
    /// Canonical names of participants.
    pub participants: Vec<String>,
    /// (Most events have one article and one or two quotes: held inline, as big as a `Vec`,
    /// so half a million Quotebank events make no allocation for them.)
    pub articles: smallvec::SmallVec<[ArticleIx; 2]>,
    /// In article then text order.
    pub quotes: smallvec::SmallVec<[QuoteIx; 2]>,
}

/// A loaded corpus. Invariants: `events` are in chronological order (undated last);
/// every quote is listed in exactly one event, the one its `event` names.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub name: String,
    pub articles: Vec<Article>,
    pub speakers: Vec<Speaker>,
    pub events: Vec<Event>,
    pub quotes: Quotes,
}

impl Corpus {
    /// Quote `ix`. Panics when there is none, as indexing does.
    #[inline]
    pub fn quote(&self, ix: QuoteIx) -> QuoteRef<'_> {
        self.quotes.at(ix)
    }

    pub fn speaker_name(&self, q: QuoteRef<'_>) -> Option<&str> {
        q.speaker().map(|s| self.speakers[s].name.as_str())
    }

    /// First and last dated event.
    pub fn date_range(&self) -> Option<(FuzzyDate, FuzzyDate)> {
        let mut dated = self.events.iter().filter_map(|e| e.date);
        let first = dated.next()?;
        let last = dated.next_back().unwrap_or(first);
        Some((first, last))
    }

    /// Every event's stable id, indexed like `events`: "<date>-<slug of the title>", with
    /// "-2", "-3"... when several events share one. Derived from the timeline, not stored:
    /// half a million events need no half a million strings until they are exported.
    pub fn event_ids(&self) -> Vec<String> {
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        self.events
            .iter()
            .map(|e| {
                let base = format!("{}-{}", e.date.map_or("undated".to_string(), |d| d.iso()), slug(&e.title));
                let n = seen.entry(base.clone()).or_insert(0);
                *n += 1;
                if *n == 1 {
                    base
                } else {
                    format!("{base}-{n}")
                }
            })
            .collect()
    }

    /// Number of quotes each speaker has, indexed like `speakers`.
    pub fn quote_counts(&self) -> Vec<usize> {
        let mut n = vec![0; self.speakers.len()];
        for q in self.quotes.iter() {
            if let Some(s) = q.speaker() {
                n[s] += 1;
            }
        }
        n
    }
}

/// Fold whitespace runs (including no-break and other Unicode spaces, newlines) to one ASCII space
/// and trim. This is the only change a quote's text may have from the article's bytes.
pub fn fold_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// A readable id fragment: folded, ASCII letters and digits, dashes between words.
pub fn slug(s: &str) -> String {
    let f = crate::text::fold(s);
    let mut out = String::new();
    for w in crate::text::words(&f) {
        if !w.text.is_ascii() {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(w.text);
        if out.len() > 48 {
            break;
        }
    }
    if out.is_empty() {
        out.push_str("event");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_round_trip_keeps_precision() {
        for s in ["2023-11-08", "2023-11", "2023"] {
            assert_eq!(FuzzyDate::parse_iso(s).unwrap().iso(), s);
        }
        assert!(FuzzyDate::parse_iso("2023-13").is_none());
        assert!(FuzzyDate::parse_iso("2023-02-30").is_none());
        assert!(FuzzyDate::parse_iso("23-11-08").is_none());
    }

    #[test]
    fn reading_forms_in_each_language() {
        let d = FuzzyDate::day(NaiveDate::from_ymd_opt(2023, 11, 8).unwrap());
        assert_eq!(d.long(Lang::Fr), "8 novembre 2023");
        assert_eq!(d.long(Lang::En), "8 November 2023");
        let first = FuzzyDate::day(NaiveDate::from_ymd_opt(2024, 5, 1).unwrap());
        assert_eq!(first.long(Lang::Fr), "1er mai 2024");
        assert_eq!(first.long(Lang::En), "1 May 2024");
        let spring = FuzzyDate::season(2023, Season::Spring).unwrap();
        assert_eq!(spring.long(Lang::Fr), "printemps 2023");
        assert_eq!(spring.long(Lang::En), "spring 2023");
        assert_eq!(spring.short(Lang::En), "spring 2023");
        assert_eq!(FuzzyDate::season(2023, Season::Winter).unwrap().long(Lang::Fr), "hiver 2023");
        assert_eq!(FuzzyDate::month(2022, 2).unwrap().long(Lang::Fr), "février 2022");
        assert_eq!(FuzzyDate::month(2022, 2).unwrap().long(Lang::En), "February 2022");
        let week = FuzzyDate { start: NaiveDate::from_ymd_opt(2024, 10, 21).unwrap(), precision: Precision::Week };
        assert_eq!(week.long(Lang::Fr), "semaine du 21 octobre 2024");
        assert_eq!(week.long(Lang::En), "week of 21 October 2024");
        assert_eq!(week.short(Lang::Fr), "sem. 2024-10-21");
        assert_eq!(week.short(Lang::En), "week 2024-10-21");
        assert_eq!(d.short(Lang::Fr), "2023-11-08");
        assert_eq!(FuzzyDate::year(2023).unwrap().long(Lang::En), "2023");
    }

    #[test]
    fn role_periods_overlap_dates() {
        let r = Role { title: "x".into(), aliases: vec![], from: Some("2024-05".into()), until: None };
        assert!(role_covers(&r, &FuzzyDate::parse_iso("2024-10-15").unwrap()));
        assert!(role_covers(&r, &FuzzyDate::parse_iso("2024-05").unwrap()));
        assert!(!role_covers(&r, &FuzzyDate::parse_iso("2023-11-08").unwrap()));
        let r = Role { title: "x".into(), aliases: vec![], from: None, until: Some("2024-05-12".into()) };
        assert!(role_covers(&r, &FuzzyDate::parse_iso("2023-11-08").unwrap()));
        assert!(!role_covers(&r, &FuzzyDate::parse_iso("2024-10").unwrap()));
    }

    #[test]
    fn whitespace_folding() {
        assert_eq!(fold_whitespace("  a\u{a0}\u{202f}b\n\tc  "), "a b c");
        assert_eq!(fold_whitespace(""), "");
    }
}
