//! How many quotes fall in each month of the corpus's span, computed once at start for the
//! density strip above the timeline.

use crate::model::Corpus;
use chrono::{Datelike, NaiveDate};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Density {
    /// Months since year 0 of the first counted month.
    pub first: i64,
    /// Quotes per month from `first` on (a dated event's quotes count in its start month).
    pub counts: Vec<usize>,
}

fn month_number(d: NaiveDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month0())
}

impl Density {
    /// Over the events shown (context events too with `context`).
    pub fn new(corpus: &Corpus, context: bool) -> Density {
        let shown = corpus.events.iter().filter(|e| context || !super::rows::folded(e));
        let mut dated = shown.clone().filter_map(|e| e.date);
        let Some(first) = dated.next() else { return Density::default() };
        let last = dated.next_back().unwrap_or(first);
        let (lo, hi) = (month_number(first.start), month_number(last.start));
        // A corrupt far-off date must not allocate millions of months.
        let len = (hi - lo + 1).clamp(1, 12 * 200) as usize;
        let mut counts = vec![0; len];
        for ev in shown {
            if let Some(d) = ev.date {
                let i = month_number(d.start) - lo;
                if (0..len as i64).contains(&i) {
                    counts[i as usize] += ev.quotes.len();
                }
            }
        }
        Density { first: lo, counts }
    }

    /// How many of `quotes` fall in each month, indexed like `counts`.
    pub fn count(&self, corpus: &Corpus, quotes: &[crate::model::QuoteIx]) -> Vec<usize> {
        let mut out = vec![0; self.counts.len()];
        for q in quotes.iter().filter_map(|&q| corpus.quotes.get(q)) {
            let date = corpus.events.get(q.event()).and_then(|e| e.date);
            if let Some(i) = date.and_then(|d| self.index_of(d.start)) {
                out[i] += 1;
            }
        }
        out
    }

    /// Index of `d`'s month in `counts`.
    pub fn index_of(&self, d: NaiveDate) -> Option<usize> {
        let i = month_number(d) - self.first;
        (0..self.counts.len() as i64).contains(&i).then_some(i as usize)
    }

    /// (year, month0) of the month at `index`.
    pub fn month_at(&self, index: usize) -> (i64, u32) {
        let m = self.first + index as i64;
        (m.div_euclid(12), m.rem_euclid(12) as u32)
    }
}
