//! Date terms of a query: a year `2023`, a month `2023-11`, a day `2023-11-08`, and ranges
//! of them `2023-04..2023-11`, open at either end `..2023-06`, `2024-10..`. Bounds are whole
//! periods: `2023-04..2023-11` runs from 1 April to 30 November 2023.
//!
//! An event matches when its date's period overlaps the range: an event known only as
//! "novembre 2023" matches `2023-11-08` (it may have been that day), and an undated event
//! matches no date term. A number in quotes (`"2023"`) is a word to find in the quotes instead.

use crate::model::FuzzyDate;
use chrono::NaiveDate;

/// Inclusive first and last day; `None` is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl DateRange {
    /// The range a term names, if it is a date term.
    pub fn parse(s: &str) -> Option<DateRange> {
        match s.split_once("..") {
            None => {
                let d = FuzzyDate::parse_iso(s)?;
                Some(DateRange { from: Some(d.start), to: Some(d.end()) })
            }
            Some((a, b)) => {
                let bound = |x: &str| if x.is_empty() { Some(None) } else { FuzzyDate::parse_iso(x).map(Some) };
                let (a, b) = (bound(a)?, bound(b)?);
                if a.is_none() && b.is_none() {
                    return None;
                }
                // Written backwards ("2023-11..2023-04"): the same stretch of time.
                let (a, b) = match (a, b) {
                    (Some(x), Some(y)) if x.start > y.start => (Some(y), Some(x)),
                    bounds => bounds,
                };
                Some(DateRange { from: a.map(|d| d.start), to: b.map(|d| d.end()) })
            }
        }
    }

    /// Whether the period of `d` overlaps this range.
    pub fn overlaps(&self, d: &FuzzyDate) -> bool {
        self.from.is_none_or(|f| d.end() >= f) && self.to.is_none_or(|t| d.start <= t)
    }
}

/// A date term still being typed ("2023-1", "2023-04..20"): digits, dashes and dots only, with
/// a year and a dash or two dots. Dropped from the query rather than searched as words, so
/// the results do not flicker to nothing while a range is typed.
pub fn is_partial_date(s: &str) -> bool {
    let digits_start = s.bytes().take_while(u8::is_ascii_digit).count();
    s.bytes().all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
        && (s.contains("..") || s.starts_with('.') || (digits_start == 4 && s[4..].starts_with('-')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn range(a: Option<&str>, b: Option<&str>) -> DateRange {
        DateRange { from: a.map(day), to: b.map(day) }
    }

    #[test]
    fn periods_and_ranges() {
        assert_eq!(DateRange::parse("2023"), Some(range(Some("2023-01-01"), Some("2023-12-31"))));
        assert_eq!(DateRange::parse("2023-02"), Some(range(Some("2023-02-01"), Some("2023-02-28"))));
        assert_eq!(DateRange::parse("2023-11-08"), Some(range(Some("2023-11-08"), Some("2023-11-08"))));
        assert_eq!(DateRange::parse("2023-04..2023-11"), Some(range(Some("2023-04-01"), Some("2023-11-30"))));
        assert_eq!(DateRange::parse("..2023-06"), Some(range(None, Some("2023-06-30"))));
        assert_eq!(DateRange::parse("2024-10.."), Some(range(Some("2024-10-01"), None)));
        assert_eq!(DateRange::parse("2023-11..2023-04"), DateRange::parse("2023-04..2023-11"));
        for bad in ["..", "2023-13", "2023-02-30", "23", "2023-1", "2023-04..x", "pekin", "2023-04...2023-05"] {
            assert_eq!(DateRange::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn overlap_with_fuzzy_dates() {
        let nov = FuzzyDate::parse_iso("2023-11").unwrap();
        assert!(DateRange::parse("2023-11-08").unwrap().overlaps(&nov));
        assert!(DateRange::parse("2023").unwrap().overlaps(&nov));
        assert!(!DateRange::parse("2023-12..").unwrap().overlaps(&nov));
        assert!(DateRange::parse("..2023-11-01").unwrap().overlaps(&nov));
        let d = FuzzyDate::parse_iso("2024-10-15").unwrap();
        assert!(DateRange::parse("2024-10..").unwrap().overlaps(&d));
        assert!(!DateRange::parse("..2023-06").unwrap().overlaps(&d));
    }

    #[test]
    fn dates_being_typed() {
        for s in ["2023-", "2023-1", "2023-04.", "2023-04..", "2023-04..2", "..", "..202", "2023-11-0"] {
            assert!(is_partial_date(s), "{s}");
        }
        for s in ["2023", "12", "pekin", "g7", "1945-ish"] {
            assert!(!is_partial_date(s), "{s}");
        }
    }
}
