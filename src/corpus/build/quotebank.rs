//! Quotebank's quote-centric JSON Lines: one object per line with `quoteID`, `quotation`,
//! `speaker` ("None" when unknown), `qids`, `date` ("YYYY-MM-DD HH:MM:SS"), `numOccurrences`,
//! `probas` ([[name, probability], ...]), `urls`, `phase`.
//!
//! Grouping: a Quotebank line has no article text and no meeting, so quotes are grouped into
//! one event per day and speaker ("Vladimir Poutine, 8 novembre 2023": everything he was quoted
//! saying that day), unattributed quotes into one event per day. A malformed line is reported
//! by number and skipped; the rest loads.
//!
//! Speed and memory (a year of Quotebank is millions of lines): the input is read in blocks
//! of a few megabytes, so the file is never held whole; each block's lines are parsed in
//! parallel, borrowing from the block; only what the model keeps is allocated. Events are put
//! in timeline order here, in one sort, rather than by the general
//! `assemble::finish_events`, which gives the same result (tested) but costs far more on
//! hundreds of thousands of day-and-speaker events.

use crate::corpus::Diagnostic;
use crate::gazetteer::Gazetteer;
use crate::model::*;
use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Read;
use std::sync::Arc;

/// Bytes read and parsed at a time: large enough to keep both cores busy, small beside the file.
const BLOCK: usize = 8 << 20;
/// Malformed lines reported one by one; the rest are counted.
const REPORTED: usize = 100;
const UNATTRIBUTED: &str = "Citations non attribuées";

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
    probas: Probas<'a>,
    #[serde(default)]
    urls: Urls,
}

/// The first few (name, probability) pairs, without allocating: the named speaker is the
/// likeliest, listed first.
#[derive(Default)]
struct Probas<'a>([Option<(Cow<'a, str>, f32)>; 4]);

impl<'de: 'a, 'a> Deserialize<'de> for Probas<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
            type Value = Probas<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of [name, probability] pairs")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Probas<'a>, A::Error> {
                let mut out = Probas::default();
                let mut i = 0;
                while let Some((name, p)) = seq.next_element::<(Cow<'a, str>, Prob)>()? {
                    if let Some(slot) = out.0.get_mut(i) {
                        *slot = Some((name, p.0));
                    }
                    i += 1;
                }
                Ok(out)
            }
        }
        d.deserialize_seq(V(std::marker::PhantomData))
    }
}

/// The addresses, in a vector no larger than needed (serde's own starts at four).
#[derive(Default)]
struct Urls(Box<str>);

impl<'de> Deserialize<'de> for Urls {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Urls;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of addresses")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Urls, A::Error> {
                let mut all: Vec<Cow<'de, str>> = Vec::new();
                while let Some(u) = seq.next_element::<Cow<'de, str>>()? {
                    all.push(u);
                }
                Ok(Urls(join_urls(all.iter().map(|u| u.as_ref()))))
            }
        }
        d.deserialize_seq(V)
    }
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

/// One line, parsed on a worker thread; the speaker still borrows from the block.
struct Parsed<'a> {
    id: String,
    text: String,
    speaker: Option<Cow<'a, str>>,
    date: NaiveDate,
    confidence: f32,
    urls: Box<str>,
    kind: QuoteKind,
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    let d = s.get(..10)?;
    FuzzyDate::parse_iso(d).filter(|f| f.precision == Precision::Day).map(|f| f.start)
}

fn parse_line(line: &[u8]) -> Result<Parsed<'_>, String> {
    let line =
        std::str::from_utf8(line).map_err(|e| format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1))?;
    let line = line.trim_start_matches('\u{feff}');
    let l: Line = serde_json::from_str(line).map_err(|e| {
        let msg = e.to_string();
        // serde_json says "at line 1 column N": the line is ours to give, keep the column.
        msg.replace(" at line 1 column", " at column")
    })?;
    let date = parse_date(&l.date).ok_or_else(|| format!("date {:?} is not YYYY-MM-DD HH:MM:SS", l.date))?;
    let speaker = l.speaker.filter(|s| !s.trim().is_empty() && s != "None").map(|s| match s {
        Cow::Borrowed(b) => Cow::Borrowed(b.trim()),
        Cow::Owned(o) => Cow::Owned(o.trim().to_string()),
    });
    let confidence = match &speaker {
        Some(s) => l.probas.0.iter().flatten().find(|(n, _)| n.trim() == s).map_or(0.5, |(_, p)| *p),
        None => 0.0,
    };
    let text = if is_folded(&l.quotation) { l.quotation.into_owned() } else { fold_whitespace(&l.quotation) };
    if text.is_empty() {
        return Err("empty quotation".into());
    }
    let kind = if crate::text::words(&text).nth(3).is_some() { QuoteKind::Full } else { QuoteKind::Fragment };
    Ok(Parsed { id: l.quote_id.into_owned(), text, speaker, date, confidence, urls: l.urls.0, kind })
}

/// Whether `fold_whitespace` would leave `s` as it is (the usual case: then a copy will do).
fn is_folded(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut after_space = false;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b' ' if after_space => return false,
            b' ' => {
                after_space = true;
                continue;
            }
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => return false,
            // Lead bytes of the other Unicode spaces (U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000).
            0xc2 | 0xe1 | 0xe2 | 0xe3 if s[i..].chars().next().is_some_and(char::is_whitespace) => return false,
            _ => {}
        }
        after_space = false;
    }
    true
}

/// A day-and-speaker event while the file is read: `quotes` in file order.
struct Draft {
    date: NaiveDate,
    speaker: Option<SpeakerIx>,
    quotes: smallvec::SmallVec<[QuoteIx; 2]>,
}

/// What has been read so far.
struct Builder<'g> {
    path: String,
    gazetteer: &'g Gazetteer,
    speakers: Vec<Speaker>,
    /// Names as written in the file (and canonical names) → speaker.
    by_name: HashMap<String, SpeakerIx>,
    drafts: Vec<Draft>,
    by_key: HashMap<(NaiveDate, Option<SpeakerIx>), usize>,
    quotes: Vec<Quote>,
    diags: Vec<Diagnostic>,
    bad: usize,
    lines: usize,
}

impl<'g> Builder<'g> {
    fn new(path: &str, gazetteer: &'g Gazetteer) -> Self {
        Builder {
            path: path.to_string(),
            gazetteer,
            speakers: vec![],
            by_name: HashMap::new(),
            drafts: vec![],
            by_key: HashMap::new(),
            quotes: vec![],
            diags: vec![],
            bad: 0,
            lines: 0,
        }
    }

    /// Parse whole lines (`block` ends at a line end or at the end of input).
    fn block(&mut self, block: &[u8]) {
        let first = self.lines + 1;
        let lines: Vec<(usize, &[u8])> = block
            .split(|&b| b == b'\n')
            .enumerate()
            .map(|(i, l)| (first + i, l.trim_ascii()))
            .filter(|(_, l)| !l.is_empty())
            .collect();
        self.lines += memchr::memchr_iter(b'\n', block).count();
        let parsed: Vec<Result<Parsed, (usize, String)>> =
            lines.par_iter().map(|&(n, l)| parse_line(l).map_err(|e| (n, e))).collect();
        self.quotes.reserve(parsed.len());
        for p in parsed {
            match p {
                Ok(p) => self.add(p),
                Err((n, e)) => {
                    self.bad += 1;
                    if self.bad <= REPORTED {
                        self.diags.push(Diagnostic {
                            path: self.path.clone(),
                            message: format!("line {n}: {e}; skipped"),
                            fatal: false,
                        });
                    }
                }
            }
        }
    }

    fn speaker(&mut self, name: &str) -> SpeakerIx {
        if let Some(&s) = self.by_name.get(name) {
            return s;
        }
        // A name the gazetteer knows ("Vladimir Putin") is shown under its canonical form.
        let s = match self.gazetteer.lookup(name) {
            Some(e) => {
                let e = &self.gazetteer.entries[e];
                match self.by_name.get(&e.name) {
                    Some(&s) if self.speakers[s].name == e.name => s,
                    _ => {
                        self.speakers.push(Speaker {
                            name: e.name.clone(),
                            aliases: e.aliases.clone(),
                            kind: e.kind,
                            roles: e.roles.clone(),
                            known: true,
                        });
                        self.by_name.insert(e.name.clone(), self.speakers.len() - 1);
                        self.speakers.len() - 1
                    }
                }
            }
            None => {
                self.speakers.push(Speaker {
                    name: name.to_string(),
                    aliases: vec![],
                    kind: SpeakerKind::Person,
                    roles: vec![],
                    known: false,
                });
                self.speakers.len() - 1
            }
        };
        self.by_name.insert(name.to_string(), s);
        s
    }

    fn add(&mut self, p: Parsed) {
        let speaker = p.speaker.as_deref().map(|n| self.speaker(n));
        let qi = self.quotes.len();
        let drafts = &mut self.drafts;
        let d = *self.by_key.entry((p.date, speaker)).or_insert_with(|| {
            drafts.push(Draft { date: p.date, speaker, quotes: smallvec::SmallVec::new() });
            drafts.len() - 1
        });
        drafts[d].quotes.push(qi);
        self.quotes.push(Quote {
            id: p.id.into(),
            text: p.text.into(),
            speaker,
            kind: p.kind,
            article: 0,
            span: 0..0,
            attribution: Attribution { cue: speaker.map(|_| "Quotebank attribution".into()), confidence: p.confidence },
            same_as: vec![],
            continues: None,
            unclosed: false,
            // The draft for now; the event's place in the timeline once all is read.
            event: d,
            urls: p.urls,
        });
    }

    /// Events in timeline order (by day; on one day in order of first appearance, as
    /// `finish_events`'s stable sort gives), and the corpus.
    fn finish(self) -> (Corpus, Vec<Diagnostic>) {
        let Builder { path, speakers, drafts, mut quotes, mut diags, bad, .. } = self;
        if bad > REPORTED {
            diags.push(Diagnostic {
                path: path.clone(),
                message: format!("{} more malformed lines skipped", bad - REPORTED),
                fatal: false,
            });
        }
        let mut order: Vec<usize> = (0..drafts.len()).collect();
        order.sort_unstable_by_key(|&d| (drafts[d].date, d));
        let mut rank = vec![0; drafts.len()];
        for (ei, &d) in order.iter().enumerate() {
            rank[d] = ei;
        }
        for q in &mut quotes {
            q.event = rank[q.event];
        }
        let mut drafts: Vec<Option<Draft>> = drafts.into_iter().map(Some).collect();
        let mut events = Vec::with_capacity(order.len());
        for d in order {
            let Some(Draft { date, speaker, mut quotes }) = drafts[d].take() else { continue };
            let name = speaker.map(|s| speakers[s].name.as_str());
            quotes.shrink_to_fit();
            events.push(Event {
                date: Some(FuzzyDate::day(date)),
                kind: EventKind::Reported,
                title: name.unwrap_or(UNATTRIBUTED).into(),
                place: None,
                // The speaker is the title and every quote's speaker: not repeated as a
                // participant (half a million copies of names at a million quotes).
                participants: Vec::new(),
                articles: smallvec::smallvec![0],
                quotes,
            });
        }
        let stem =
            std::path::Path::new(&path).file_name().map_or("quotebank".into(), |n| n.to_string_lossy().into_owned());
        let article = Article {
            id: stem.split('.').next().unwrap_or("quotebank").to_string(),
            path: path.clone(),
            source: Some("Quotebank".into()),
            published: None,
            title: None,
            url: None,
            lang: None,
            text: Arc::from(""),
            body_start: 0,
            warnings: vec![],
            doubts: vec![],
        };
        (Corpus { name: path, articles: vec![article], speakers, events, quotes }, diags)
    }
}

/// Load a Quotebank JSON Lines text. `path` names the file in messages and as the source.
pub fn load(path: &str, text: &str, gazetteer: &Gazetteer) -> (Corpus, Vec<Diagnostic>) {
    load_from(path, text.as_bytes(), gazetteer)
        .unwrap_or_else(|e| (Corpus::default(), vec![Diagnostic { path: path.into(), message: e, fatal: true }]))
}

/// Load Quotebank JSON Lines from a reader (a file, a decompressor), a block at a time.
/// Fails only when the input cannot be read; bad lines are diagnostics.
pub fn load_from(path: &str, input: impl Read, gazetteer: &Gazetteer) -> Result<(Corpus, Vec<Diagnostic>), String> {
    load_blocks(path, input, gazetteer, BLOCK)
}

fn load_blocks(
    path: &str,
    mut input: impl Read,
    gazetteer: &Gazetteer,
    block: usize,
) -> Result<(Corpus, Vec<Diagnostic>), String> {
    let mut b = Builder::new(path, gazetteer);
    let mut buf: Vec<u8> = Vec::with_capacity(block);
    loop {
        let start = buf.len();
        // A line longer than a block (no line end in it) doubles the buffer until it ends.
        buf.resize(if start >= block { start * 2 } else { block }, 0);
        let mut filled = start;
        while filled < buf.len() {
            match input.read(&mut buf[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(format!("cannot read: {e}")),
            }
        }
        let eof = filled < buf.len();
        buf.truncate(filled);
        let cut = if eof { buf.len() } else { memchr::memrchr(b'\n', &buf).map_or(0, |i| i + 1) };
        if cut > 0 {
            b.block(&buf[..cut]);
            buf.drain(..cut);
        }
        if eof {
            break;
        }
    }
    Ok(b.finish())
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
        assert_eq!(&*q.text, "We will never accept this pressure from anyone");
        assert_eq!(c.speaker_name(q), Some("Vladimir Poutine"), "known names take their canonical form");
        assert!((q.attribution.confidence - 0.9).abs() < 1e-6);
        assert_eq!(q.url_list().count(), 2);
        for (i, q) in c.quotes.iter().enumerate() {
            assert!(c.events[q.event].quotes.contains(&i));
        }
    }

    fn line(id: usize, speaker: &str, date: &str, text: &str) -> String {
        serde_json::json!({"quoteID": format!("q{id}"), "quotation": text, "speaker": speaker, "date": date, "probas": [], "urls": []}).to_string()
    }

    #[test]
    fn events_are_as_finish_events_orders_and_names_them() {
        // Several names per day, names sharing a slug ("Zhang Wei" / "Zhang Wéi"), days out of order.
        let names = ["Zhang Wei", "None", "Zhang Wéi", "Vladimir Putin", "Anna Petrova", "Vladimir Poutine"];
        let mut text = String::new();
        let mut r = crate::synth::Rng::new(3);
        for i in 0..400 {
            let date = format!("2021-0{}-1{} 00:00:00", 1 + r.below(3), r.below(4));
            text += &line(i, r.pick::<&str>(&names), &date, "Nous ne construisons aucune alliance militaire");
            text.push('\n');
        }
        let (c, d) = load("q.jsonl", &text, &Gazetteer::builtin());
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(c.quotes.len(), 400);
        assert!(c.event_ids().iter().any(|id| id.ends_with("zhang-wei-2")), "shared slugs are numbered");
        let mut again = c.clone();
        crate::corpus::build::assemble::finish_events(&mut again);
        let ids =
            |c: &Corpus| c.event_ids().into_iter().zip(c.events.iter().map(|e| e.quotes.clone())).collect::<Vec<_>>();
        assert_eq!(ids(&again), ids(&c));
        for (i, q) in c.quotes.iter().enumerate() {
            assert_eq!(again.quotes[i].event, q.event);
            assert!(c.events[q.event].quotes.contains(&i));
        }
        // Putin and Poutine are one speaker (the gazetteer's canonical name).
        assert_eq!(c.speakers.iter().filter(|s| s.name == "Vladimir Poutine").count(), 1);
    }

    #[test]
    fn small_blocks_and_long_lines_read_like_one_text() {
        let mut text = String::new();
        for i in 0..50 {
            let words = "mot ".repeat(1 + i * 7);
            text += &line(i, "Anna Petrova", &format!("2020-01-{:02} 00:00:00", 1 + i % 28), &words);
            text += if i % 3 == 0 { "\r\n\n" } else { "\n" };
        }
        text += "{\"broken\n";
        text += &line(99, "None", "2020-02-01 00:00:00", "the last line has no line end");
        let (whole, dw) = load("q.jsonl", &text, &Gazetteer::builtin());
        // A reader that gives a few bytes at a time, and blocks shorter than most lines.
        struct Trickle<'a>(&'a [u8]);
        impl Read for Trickle<'_> {
            fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
                let n = out.len().min(self.0.len()).min(7);
                out[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let (parts, dp) = load_blocks("q.jsonl", Trickle(text.as_bytes()), &Gazetteer::builtin(), 64).unwrap();
        assert_eq!(whole.quotes.len(), 51);
        assert_eq!(dw.len(), 1);
        assert!(dw[0].message.starts_with("line 68:"), "{dw:?}");
        assert_eq!(format!("{dw:?}"), format!("{dp:?}"));
        assert_eq!(crate::export::json::to_string(&whole), crate::export::json::to_string(&parts));
    }

    #[test]
    fn folded_text_is_recognized() {
        for t in [
            "a b",
            "é à",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a\u{a0}b",
            "a\u{202f}b",
            "\u{3000}",
            "a\u{85}",
            "x\u{2019}y",
            "\u{e9}\u{2028}",
            "",
        ] {
            assert_eq!(is_folded(t), fold_whitespace(t) == t, "{t:?}");
        }
    }

    #[test]
    fn a_line_that_is_not_utf8_is_reported_and_the_rest_loads() {
        let mut bytes = line(1, "None", "2020-01-01 00:00:00", "caf\u{e9} noir").into_bytes();
        bytes.push(b'\n');
        let mut bad = line(2, "None", "2020-01-01 00:00:00", "caf\u{e9} latin").into_bytes();
        let e = bad.windows(2).position(|w| w == "\u{e9}".as_bytes()).unwrap();
        bad.splice(e..e + 2, [0xe9]);
        bytes.extend(bad);
        let (c, d) = load_from("q.jsonl", &bytes[..], &Gazetteer::builtin()).unwrap();
        assert_eq!(c.quotes.len(), 1);
        assert!(d[0].message.starts_with("line 2: not UTF-8"), "{d:?}");
    }
}
