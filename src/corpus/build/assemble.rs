//! From analysed articles to one corpus: number the speakers, merge the events that several
//! articles report, place every quote in exactly one event, sort the timeline, link
//! corroborating quotes.

use super::corroborate;
use super::speakers::Registry;
use crate::corpus::read::{events, Analysed};
use crate::gazetteer::Gazetteer;
use crate::model::*;
use crate::text::fold;
use std::collections::HashMap;

/// Build the corpus from analysed articles.
pub fn assemble(name: String, analysed: Vec<Analysed>, gazetteer: &Gazetteer) -> Corpus {
    let mut speakers = Registry::new(gazetteer);
    let mut articles = Vec::with_capacity(analysed.len());
    let mut timeline = Timeline::default();
    let mut quotes: Vec<Quote> = Vec::new();

    for (ai, a) in analysed.into_iter().enumerate() {
        let Analysed { article, events: ev, extraction } = a;
        // The reported meeting (or, when none was found, the article itself as an event).
        let reported = ev.reported.unwrap_or_else(|| events::ReportedEvent {
            date: article.published,
            place: None,
            participants: vec![],
            title: article.title.clone().unwrap_or_else(|| article.id.clone()),
        });
        let mut participants: Vec<String> = Vec::new();
        let add_participant = |name: String, participants: &mut Vec<String>| {
            if !participants.contains(&name) {
                participants.push(name);
            }
        };
        for p in &reported.participants {
            let i = speakers.get(p);
            add_participant(speakers.speaker(i).name.clone(), &mut participants);
        }
        let first_quote = quotes.len();
        // Quotes said at a statement of their own ("« … », avait affirmé X le 27 février"):
        // those of its sentence by its speaker. Each context event's quotes, by index.
        let mut context_quotes: Vec<Vec<QuoteIx>> = vec![Vec::new(); ev.context.len()];
        let mut reported_quotes: Vec<QuoteIx> = Vec::new();
        for (n, fq) in extraction.quotes.iter().enumerate() {
            let statement = ev.context.iter().position(|c| {
                c.statement
                    && c.span.start <= fq.span.start
                    && fq.span.end <= c.span.end
                    && (c.participants.is_empty() || fq.speaker.as_ref().is_some_and(|s| c.participants.contains(s)))
            });
            match statement {
                Some(c) => context_quotes[c].push(quotes.len()),
                None => reported_quotes.push(quotes.len()),
            }
            let speaker = fq.speaker.as_ref().map(|r| speakers.get(r));
            if let Some(s) = speaker {
                let sp = speakers.speaker(s);
                // People quoted in full took part, unless the words were said before ("avait
                // déclaré en mai X": the pluperfect reports earlier speech).
                if fq.kind == QuoteKind::Full
                    && sp.kind == SpeakerKind::Person
                    && !fq.said_earlier
                    && statement.is_none()
                {
                    add_participant(sp.name.clone(), &mut participants);
                }
            }
            quotes.push(Quote {
                id: format!("{}#q{}", article.id, n + 1).into(),
                text: fold_whitespace(&article.text[fq.span.clone()]).into(),
                speaker,
                kind: fq.kind,
                article: ai,
                span: fq.span.clone(),
                attribution: Attribution { cue: fq.cue.clone().map(Into::into), confidence: fq.confidence },
                same_as: vec![],
                continues: fq.continues.map(|c| first_quote + c),
                unclosed: fq.unclosed,
                event: usize::MAX,
                urls: Box::default(),
            });
        }
        timeline.merge(
            Event {
                date: reported.date,
                kind: EventKind::Reported,
                title: reported.title.into(),
                place: reported.place,
                participants,
                articles: smallvec::smallvec![ai],
                quotes: reported_quotes.into_iter().collect(),
            },
            None,
        );
        for (c, own_quotes) in ev.context.into_iter().zip(context_quotes) {
            let participants = c.participants.iter().map(|p| {
                let i = speakers.get(p);
                speakers.speaker(i).name.clone()
            });
            timeline.merge(
                Event {
                    date: Some(c.date),
                    kind: EventKind::Context,
                    title: c.title.into(),
                    place: c.place,
                    participants: participants.collect(),
                    articles: smallvec::smallvec![ai],
                    quotes: own_quotes.into_iter().collect(),
                },
                c.kind,
            );
        }
        articles.push(article);
    }

    let mut corpus =
        Corpus { name, articles, speakers: speakers.into_list(), events: timeline.events, quotes: quotes.into() };
    finish_events(&mut corpus);
    corroborate::link(&mut corpus);
    corpus
}

/// Sort the timeline (chronological; undated last; at the same date the reported meeting
/// first), order each event's quotes by article and position, and point
/// every quote at its event.
pub fn finish_events(corpus: &mut Corpus) {
    let Corpus { events, quotes, .. } = corpus;
    events.sort_by(|a, b| match (a.date, b.date) {
        (Some(x), Some(y)) => x.cmp(&y).then(kind_rank(a.kind).cmp(&kind_rank(b.kind))),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.title.cmp(&b.title),
    });
    for (ei, e) in events.iter_mut().enumerate() {
        e.quotes.sort_by_key(|&q| (quotes.at(q).article(), quotes.at(q).span().start));
        for &q in &e.quotes {
            quotes.set_event(q, ei);
        }
    }
}

fn kind_rank(k: EventKind) -> u8 {
    match k {
        EventKind::Reported => 0,
        EventKind::Context => 1,
    }
}

/// Where an event may merge: reported meetings by their exact day, context entries by the
/// kind of happening they name, else the first content word of their title (then their
/// dates must overlap). Looking candidates up
/// by key keeps assembling ten thousand articles linear.
#[derive(Hash, PartialEq, Eq)]
enum MergeKey {
    Day(chrono::NaiveDate),
    Word(String),
}

#[derive(Default)]
struct Timeline {
    events: Vec<Event>,
    by_key: HashMap<MergeKey, Vec<EventIx>>,
}

impl Timeline {
    fn key(e: &Event, kind: Option<&str>) -> Option<MergeKey> {
        let d = e.date?;
        match e.kind {
            EventKind::Reported => (d.precision == Precision::Day).then_some(MergeKey::Day(d.start)),
            EventKind::Context => kind.map(str::to_string).or_else(|| first_content_word(&e.title)).map(MergeKey::Word),
        }
    }

    /// Merge `new` into an existing event that reports the same thing, or add it.
    /// Reported events are the same meeting when they fall on the same day and share a
    /// participant (or a place, or neither names anyone). Context entries are the same when
    /// their dates overlap, they name the same `kind` of happening (else their titles share
    /// their first content word), and they do not name different people or places.
    fn merge(&mut self, new: Event, kind: Option<&str>) {
        let same = |e: &Event| -> bool {
            if e.kind != new.kind {
                return false;
            }
            let (Some(a), Some(b)) = (e.date, new.date) else { return false };
            match new.kind {
                EventKind::Reported => {
                    a == b
                        && (e.participants.iter().any(|p| new.participants.contains(p))
                            || (e.place.is_some() && e.place == new.place)
                            || (e.participants.is_empty() && new.participants.is_empty()))
                }
                EventKind::Context => {
                    let others =
                        |x: &[String], y: &[String]| !x.is_empty() && !y.is_empty() && !x.iter().any(|p| y.contains(p));
                    let elsewhere = matches!((&e.place, &new.place), (Some(p), Some(q)) if p != q);
                    ((a.start <= b.end() && b.start <= a.end())
                        || (near_days(&a, &b) && title_within(&e.title, &new.title)))
                        && !others(&e.participants, &new.participants)
                        && !elsewhere
                }
            }
        };
        let key = Self::key(&new, kind);
        let found = key
            .as_ref()
            .and_then(|k| self.by_key.get(k))
            .and_then(|cands| cands.iter().copied().find(|&i| same(&self.events[i])));
        let Some(i) = found else {
            if let Some(k) = key {
                self.by_key.entry(k).or_default().push(self.events.len());
            }
            self.events.push(new);
            return;
        };
        let e = &mut self.events[i];
        for a in new.articles {
            if !e.articles.contains(&a) {
                e.articles.push(a);
            }
        }
        for p in new.participants {
            if !e.participants.contains(&p) {
                e.participants.push(p);
            }
        }
        e.quotes.extend(new.quotes);
        if e.place.is_none() {
            e.place = new.place;
        }
        // The more precise date wins (a context entry "février 2022" and another "24 février 2022").
        if let (Some(a), Some(b)) = (e.date, new.date) {
            if b.precision < a.precision {
                e.date = new.date;
            }
        }
    }
}

/// Days apart two day-precise dates may be and still be one happening told from two sides
/// ("l'invasion du 24 février", "l'invasion lancée le 25"): time zones, a night, a report
/// the next morning.
const NEAR_DAYS: i64 = 2;

fn near_days(a: &FuzzyDate, b: &FuzzyDate) -> bool {
    a.precision == Precision::Day && b.precision == Precision::Day && (a.start - b.start).num_days().abs() <= NEAR_DAYS
}

/// Every content word of the shorter title is in the longer ("Invasion de l'Ukraine",
/// "Invasion russe de l'Ukraine"): the same happening, not merely the same kind of one
/// ("Rencontre Poutine – Xi", "Rencontre Poutine – Li").
fn title_within(a: &str, b: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        crate::text::words(t).map(|w| fold(w.text)).filter(|w| w.chars().count() > 3).collect()
    };
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && short.iter().all(|w| long.contains(w))
}

fn first_content_word(title: &str) -> Option<String> {
    crate::text::words(title).map(|w| fold(w.text)).find(|w| w.chars().count() > 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context(date: &str, title: &str) -> Event {
        Event {
            date: FuzzyDate::parse_iso(date),
            kind: EventKind::Context,
            title: title.into(),
            place: None,
            participants: Vec::new(),
            articles: smallvec::smallvec![0],
            quotes: smallvec::SmallVec::new(),
        }
    }

    #[test]
    fn one_happening_on_neighbouring_days_is_one_context_event() {
        let mut t = Timeline::default();
        t.merge(context("2022-02-24", "Invasion de l'Ukraine"), None);
        t.merge(context("2022-02-25", "Invasion russe de l'Ukraine"), None);
        assert_eq!(t.events.len(), 1);
        // Same kind, other people: two meetings.
        t.merge(context("2024-10-14", "Rencontre Belooussov – Dong Jun"), None);
        t.merge(context("2024-10-15", "Rencontre Belooussov – Zhang Youxia"), None);
        assert_eq!(t.events.len(), 3);
        // Same words, days apart: two happenings.
        t.merge(context("2022-03-10", "Invasion de l'Ukraine"), None);
        assert_eq!(t.events.len(), 4);
    }

    #[test]
    fn one_happening_in_other_words_is_one_context_event() {
        let mut t = Timeline::default();
        t.merge(Event { place: Some("Ukraine".into()), ..context("2022-02", "Guerre en Ukraine") }, Some("guerre"));
        t.merge(context("2022-02-24", "Invasion de leur voisin occidental"), Some("guerre"));
        t.merge(context("2022-02", "Opération militaire spéciale russe"), Some("guerre"));
        assert_eq!(t.events.len(), 1);
        assert_eq!(t.events[0].date, FuzzyDate::parse_iso("2022-02-24"));
        // One kind, other people: two meetings.
        let with = |e: Event, who: &[&str]| Event { participants: who.iter().map(|w| w.to_string()).collect(), ..e };
        t.merge(with(context("2023-03", "Visite d'État"), &["Xi Jinping"]), Some("rencontre"));
        t.merge(with(context("2023-03-21", "Rencontre Poutine – Xi"), &["Poutine", "Xi Jinping"]), Some("rencontre"));
        t.merge(with(context("2023-03", "Sommet Biden – Lula"), &["Biden", "Lula"]), Some("rencontre"));
        assert_eq!(t.events.len(), 3);
        // One kind, other places: two happenings.
        t.merge(Event { place: Some("Syrie".into()), ..context("2022-02", "Offensive") }, Some("guerre"));
        assert_eq!(t.events.len(), 4);
    }

    #[test]
    fn slugs_are_ascii_and_short() {
        assert_eq!(slug("Visioconférence Poutine – Xi Jinping"), "visioconference-poutine-xi-jinping");
        assert_eq!(slug("«»"), "event");
        assert!(slug(&"très long titre ".repeat(20)).len() < 60);
    }
}
