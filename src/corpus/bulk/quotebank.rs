//! Quotebank's quote-centric JSON Lines: one object per line with `quoteID`, `quotation`,
//! `speaker` ("None" when unknown), `qids`, `date` ("YYYY-MM-DD HH:MM:SS"), `numOccurrences`,
//! `probas` ([[name, probability], ...]), `urls`, `phase`.
//!
//! Grouping: a Quotebank line has no article text and no meeting, so quotes are grouped into
//! one event per day and speaker ("Vladimir Poutine, 8 novembre 2023": everything he was quoted
//! saying that day), unattributed quotes into one event per day. A malformed line is reported
//! by number and skipped; the rest loads. Lines are parsed in parallel.

use crate::corpus::Diagnostic;
use crate::gazetteer::Gazetteer;
use crate::model::*;
use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Deserialize)]
struct Line<'a> {
    #[serde(rename = "quoteID", borrow)]
    quote_id: Cow<'a, str>,
    #[serde(borrow)]
    quotation: Cow<'a, str>,
    #[serde(borrow, default)]
    speaker: Option<Cow<'a, str>>,
    #[serde(borrow)]
    date: Cow<'a, str>,
    #[serde(default, borrow)]
    probas: Vec<(Cow<'a, str>, Prob)>,
    #[serde(default)]
    urls: Vec<String>,
}

/// Quotebank writes probabilities as strings ("0.8615"); accept numbers too.
struct Prob(f32);

impl<'de> Deserialize<'de> for Prob {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Prob;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a probability (number or numeric string)")
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Prob, E> {
                Ok(Prob(v as f32))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Prob, E> {
                Ok(Prob(v as f32))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Prob, E> {
                v.trim().parse().map(Prob).map_err(|_| E::custom(format!("probability {v:?} is not a number")))
            }
        }
        d.deserialize_any(V)
    }
}

struct Parsed {
    id: String,
    text: String,
    speaker: Option<String>,
    date: NaiveDate,
    confidence: f32,
    urls: Vec<String>,
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    let d = s.get(..10)?;
    FuzzyDate::parse_iso(d).filter(|f| f.precision == Precision::Day).map(|f| f.start)
}

fn parse_line(line: &str) -> Result<Parsed, String> {
    let l: Line = serde_json::from_str(line).map_err(|e| {
        let msg = e.to_string();
        // serde_json says "at line 1 column N": the line is ours to give, keep the column.
        msg.replace(" at line 1 column", " at column")
    })?;
    let date = parse_date(&l.date).ok_or_else(|| format!("date {:?} is not YYYY-MM-DD HH:MM:SS", l.date))?;
    let speaker = l.speaker.filter(|s| !s.trim().is_empty() && s != "None").map(|s| s.trim().to_string());
    let confidence = match &speaker {
        Some(s) => l.probas.iter().find(|(n, _)| n == s).map_or(0.5, |(_, p)| p.0),
        None => 0.0,
    };
    let text = fold_whitespace(&l.quotation);
    if text.is_empty() {
        return Err("empty quotation".into());
    }
    Ok(Parsed { id: l.quote_id.into_owned(), text, speaker, date, confidence, urls: l.urls })
}

/// Load a Quotebank JSON Lines text. `path` names the file in messages and as the source.
pub fn load(path: &str, text: &str, gazetteer: &Gazetteer) -> (Corpus, Vec<Diagnostic>) {
    let lines: Vec<(usize, &str)> =
        text.split('\n').enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty()).collect();
    let parsed: Vec<Result<Parsed, (usize, String)>> =
        lines.par_iter().map(|&(n, l)| parse_line(l).map_err(|e| (n, e))).collect();

    let mut diags = Vec::new();
    let stem = std::path::Path::new(path).file_name().map_or("quotebank".into(), |n| n.to_string_lossy().into_owned());
    let article = Article {
        id: stem.split('.').next().unwrap_or("quotebank").to_string(),
        path: path.to_string(),
        source: Some("Quotebank".into()),
        published: None,
        title: None,
        url: None,
        lang: None,
        text: Arc::from(""),
        body_start: 0,
        warnings: vec![],
    };
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut by_name: HashMap<String, SpeakerIx> = HashMap::new();
    let mut events: Vec<Event> = Vec::new();
    let mut by_key: HashMap<(NaiveDate, Option<SpeakerIx>), EventIx> = HashMap::new();
    let mut quotes: Vec<Quote> = Vec::with_capacity(parsed.len());
    let mut bad = 0usize;
    for p in parsed {
        let p = match p {
            Ok(p) => p,
            Err((n, e)) => {
                bad += 1;
                if bad <= 100 {
                    diags.push(Diagnostic { path: path.into(), message: format!("line {n}: {e}; skipped"), fatal: false });
                }
                continue;
            }
        };
        let speaker = p.speaker.map(|name| {
            *by_name.entry(name.clone()).or_insert_with(|| {
                // A name the gazetteer knows ("Vladimir Putin") is shown under its canonical form.
                let s = match gazetteer.lookup(&name) {
                    Some(e) => {
                        let e = &gazetteer.entries[e];
                        match speakers.iter().position(|s| s.name == e.name) {
                            Some(i) => return i,
                            None => Speaker { name: e.name.clone(), aliases: e.aliases.clone(), kind: e.kind, roles: e.roles.clone(), known: true },
                        }
                    }
                    None => Speaker { name, aliases: vec![], kind: SpeakerKind::Person, roles: vec![], known: false },
                };
                speakers.push(s);
                speakers.len() - 1
            })
        });
        let qi = quotes.len();
        let ei = *by_key.entry((p.date, speaker)).or_insert_with(|| {
            let name = speaker.map(|s| speakers[s].name.clone());
            events.push(Event {
                id: String::new(),
                date: Some(FuzzyDate::day(p.date)),
                kind: EventKind::Reported,
                title: name.clone().unwrap_or_else(|| "Citations non attribuées".into()),
                place: None,
                participants: name.into_iter().collect(),
                articles: vec![0],
                quotes: vec![],
            });
            events.len() - 1
        });
        events[ei].quotes.push(qi);
        let kind = if crate::text::words(&p.text).nth(3).is_some() { QuoteKind::Full } else { QuoteKind::Fragment };
        quotes.push(Quote {
            id: p.id,
            text: p.text,
            speaker,
            kind,
            article: 0,
            span: 0..0,
            attribution: Attribution {
                cue: speaker.map(|_| "Quotebank attribution".to_string()),
                confidence: p.confidence,
            },
            same_as: vec![],
            continues: None,
            unclosed: false,
            event: ei,
            urls: p.urls,
        });
    }
    if bad > 100 {
        diags.push(Diagnostic { path: path.into(), message: format!("{} more malformed lines skipped", bad - 100), fatal: false });
    }
    let mut corpus = Corpus { name: path.to_string(), articles: vec![article], speakers, events, quotes };
    super::super::assemble::finish_events(&mut corpus);
    (corpus, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINES: &str = r#"{"quoteID": "2020-01-02-000001", "quotation": "We will never accept  this  pressure from anyone", "speaker": "Vladimir Putin", "qids": ["Q7747"], "date": "2020-01-02 10:00:00", "numOccurrences": 2, "probas": [["Vladimir Putin", "0.9"], ["None", "0.1"]], "urls": ["http://a.example/1", "http://b.example/2"], "phase": "E"}
{"quoteID": "2020-01-01-000002", "quotation": "a fine day", "speaker": "None", "qids": [], "date": "2020-01-01 08:00:00", "numOccurrences": 1, "probas": [["None", 0.7]], "urls": ["http://c.example/3"], "phase": "E"}
{"quoteID": "bad", "quotation": 
{"quoteID": "2020-01-02-000003", "quotation": "Second thing said the same day", "speaker": "Vladimir Putin", "qids": [], "date": "2020-01-02 12:00:00", "numOccurrences": 1, "probas": [], "urls": [], "phase": "E"}
"#;

    #[test]
    fn loads_groups_by_day_and_speaker_and_reports_bad_lines() {
        let (c, diags) = load("quotes.jsonl", LINES, &Gazetteer::builtin());
        assert_eq!(diags.len(), 1);
        assert!(diags[0].message.starts_with("line 3:"), "{diags:?}");
        assert_eq!(c.quotes.len(), 3);
        assert_eq!(c.events.len(), 2);
        assert_eq!(c.events[0].date.unwrap().iso(), "2020-01-01");
        assert_eq!(c.events[0].title, "Citations non attribuées");
        assert_eq!(c.events[1].quotes.len(), 2);
        let q = &c.quotes[c.events[1].quotes[0]];
        assert_eq!(q.text, "We will never accept this pressure from anyone");
        assert_eq!(c.speaker_name(q), Some("Vladimir Poutine"), "known names take their canonical form");
        assert!((q.attribution.confidence - 0.9).abs() < 1e-6);
        assert_eq!(q.urls.len(), 2);
        for (i, q) in c.quotes.iter().enumerate() {
            assert!(c.events[q.event].quotes.contains(&i));
        }
    }
}
