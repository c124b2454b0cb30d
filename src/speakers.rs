//! Who speaks in a corpus: for each speaker, how many quotes and events, their role at their
//! latest quote, and the dates of their first and last quotes. The browser's speaker list
//! (`s`) and `chronique speakers` both show this table.
//!
//! A person the articles name as taking part in an event but never quote (Xi Jinping in the
//! seeds) is listed too, with no quote: their dates and role are those of their events.

use crate::model::{Corpus, FuzzyDate, SpeakerIx};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerStats {
    pub speaker: SpeakerIx,
    pub quotes: usize,
    /// Events they are quoted in or take part in.
    pub events: usize,
    /// Their role(s) at the date of their latest quote (latest event without quotes), joined.
    pub role: Option<String>,
    pub first: Option<FuzzyDate>,
    pub last: Option<FuzzyDate>,
}

/// Every speaker quoted or taking part in an event: most quoted first, then most events, then
/// by name.
pub fn table(corpus: &Corpus) -> Vec<SpeakerStats> {
    let n = corpus.speakers.len();
    let by_name: HashMap<&str, SpeakerIx> =
        corpus.speakers.iter().enumerate().map(|(i, s)| (s.name.as_str(), i)).collect();
    let mut quotes = vec![0usize; n];
    let mut events = vec![0usize; n];
    // (first, last) dates of their quotes, and of their events.
    let mut quoted: Vec<Option<(FuzzyDate, FuzzyDate)>> = vec![None; n];
    let mut present: Vec<Option<(FuzzyDate, FuzzyDate)>> = vec![None; n];
    let widen = |span: &mut Option<(FuzzyDate, FuzzyDate)>, d: FuzzyDate| {
        *span = Some(match *span {
            None => (d, d),
            Some((a, b)) => (a.min(d), b.max(d)),
        });
    };
    let mut here: Vec<SpeakerIx> = Vec::new();
    for ev in &corpus.events {
        here.clear();
        for q in ev.quotes.iter().filter_map(|&q| corpus.quotes.get(q)) {
            let Some(s) = q.speaker().filter(|&s| s < n) else { continue };
            quotes[s] += 1;
            if let Some(d) = ev.date {
                widen(&mut quoted[s], d);
            }
            if !here.contains(&s) {
                here.push(s);
            }
        }
        for s in ev.participants.iter().filter_map(|p| by_name.get(p.as_str())) {
            if !here.contains(s) {
                here.push(*s);
            }
        }
        for &s in &here {
            events[s] += 1;
            if let Some(d) = ev.date {
                widen(&mut present[s], d);
            }
        }
    }
    let mut out: Vec<SpeakerStats> = (0..n)
        .filter(|&s| events[s] > 0)
        .map(|s| {
            let span = quoted[s].or(present[s]);
            let roles = corpus.speakers[s].roles_at(span.map(|(_, last)| last).as_ref());
            SpeakerStats {
                speaker: s,
                quotes: quotes[s],
                events: events[s],
                role: (!roles.is_empty()).then(|| roles.join(", ")),
                first: span.map(|(f, _)| f),
                last: span.map(|(_, l)| l),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.quotes
            .cmp(&a.quotes)
            .then(b.events.cmp(&a.events))
            .then_with(|| corpus.speakers[a.speaker].name.cmp(&corpus.speakers[b.speaker].name))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_roles_and_dates_most_quoted_first() {
        let mut c = crate::testing::sample_corpus();
        // Xi Jinping takes part in event 1, quoted nowhere.
        c.speakers.push(crate::model::Speaker {
            name: "Xi Jinping".into(),
            aliases: vec![],
            kind: crate::model::SpeakerKind::Person,
            roles: vec![],
            known: true,
        });
        let t = table(&c);
        let names: Vec<&str> = t.iter().map(|s| c.speakers[s.speaker].name.as_str()).collect();
        assert_eq!(names, ["Vladimir Poutine", "Sergueï Choïgou", "Zhang Youxia", "Xi Jinping"]);
        let putin = &t[0];
        assert_eq!((putin.quotes, putin.events), (3, 2));
        assert_eq!(putin.first.unwrap().iso(), "2022-12-30");
        assert_eq!(putin.last.unwrap().iso(), "2023-11-08");
        assert_eq!(putin.role.as_deref(), Some("président russe"));
        // Choïgou's role was held until May 2024: at his latest quote (November 2023) he has it.
        assert_eq!(t[1].role.as_deref(), Some("ministre russe de la Défense"));
        let xi = &t[3];
        assert_eq!((xi.quotes, xi.events, xi.role.as_deref()), (0, 1, None));
        assert_eq!(xi.first.unwrap().iso(), "2022-12-30");
    }
}
