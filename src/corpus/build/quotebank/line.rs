//! One Quotebank line, parsed. A hand-written scanner reads the usual line (an object of
//! strings, arrays and numbers) borrowing from the input; anything it does not fully
//! understand (a duplicate field, an escaped key, numeric probabilities, a JSON error) goes to
//! serde_json, so every line gives exactly what serde_json gives, errors included (a property
//! test compares the two on generated and damaged lines).

use crate::model::{fold_whitespace, FuzzyDate, Precision, QuoteKind};
use chrono::NaiveDate;
use serde::Deserialize;
use smallvec::SmallVec;
use std::borrow::Cow;

/// Probabilities looked at: the named speaker is the likeliest, listed first.
const PROBAS: usize = 4;
/// The first (name, probability) pairs of a line.
type Pairs<'a> = [Option<(Cow<'a, str>, f32)>; PROBAS];
/// Nesting a skipped value may have (serde_json's own limit is 128).
const DEPTH: usize = 100;

/// One line's quote, borrowing from the line where it can.
#[derive(Debug, PartialEq)]
pub struct Parsed<'a> {
    pub id: Cow<'a, str>,
    /// Whitespace runs folded to one space.
    pub text: Cow<'a, str>,
    pub speaker: Option<Cow<'a, str>>,
    /// The speaker's Wikidata id, when the line gives exactly one (`qids`).
    pub qid: Option<Cow<'a, str>>,
    pub date: NaiveDate,
    pub confidence: f32,
    pub urls: SmallVec<[Cow<'a, str>; 2]>,
    pub kind: QuoteKind,
}

/// Parse one line (without its line end).
pub fn parse(line: &[u8]) -> Result<Parsed<'_>, String> {
    let line = simdutf8::basic::from_utf8(line).map_err(|_| {
        let e = std::str::from_utf8(line).expect_err("simdutf8 and std agree");
        format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1)
    })?;
    let line = line.trim_start_matches('\u{feff}');
    let raw = match Scanner::new(line).object() {
        Some(raw) => raw,
        None => serde_line(line)?,
    };
    finish(raw)
}

/// The fields as the JSON gives them.
#[derive(Debug)]
struct Raw<'a> {
    id: Cow<'a, str>,
    quotation: Cow<'a, str>,
    speaker: Option<Cow<'a, str>>,
    date: Cow<'a, str>,
    probas: Pairs<'a>,
    urls: SmallVec<[Cow<'a, str>; 2]>,
    qid: Option<Cow<'a, str>>,
}

fn finish(l: Raw<'_>) -> Result<Parsed<'_>, String> {
    let date = parse_date(&l.date).ok_or_else(|| format!("date {:?} is not YYYY-MM-DD HH:MM:SS", l.date))?;
    let speaker = l.speaker.filter(|s| !s.trim().is_empty() && s != "None").map(|s| match s {
        Cow::Borrowed(b) => Cow::Borrowed(b.trim()),
        Cow::Owned(o) => Cow::Owned(o.trim().to_string()),
    });
    let confidence = match &speaker {
        Some(s) => l.probas.iter().flatten().find(|(n, _)| n.trim() == s).map_or(0.5, |(_, p)| *p),
        None => 0.0,
    };
    let text = if is_folded(&l.quotation) { l.quotation } else { Cow::Owned(fold_whitespace(&l.quotation)) };
    if text.is_empty() {
        return Err("empty quotation".into());
    }
    let kind = if crate::text::words::at_least_words(&text, 4) { QuoteKind::Full } else { QuoteKind::Fragment };
    let qid = if speaker.is_some() { l.qid } else { None };
    Ok(Parsed { id: l.id, text, speaker, qid, date, confidence, urls: l.urls, kind })
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    let d = s.get(..10)?;
    // The usual "YYYY-MM-DD", read without `parse_iso`'s split (same result: it trims nothing
    // and finds these three parts).
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    if b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) {
            return NaiveDate::from_ymd_opt(y as i32, m, day);
        }
    }
    FuzzyDate::parse_iso(d).filter(|f| f.precision == Precision::Day).map(|f| f.start)
}

/// Whether any byte of `b` is one `hit` accepts; written so the compiler checks 32 bytes at
/// a time (an early exit per byte would check them one by one). `hit` should be branch-free
/// (`&`/`|`, not `&&`/`||`) or the compiler keeps the byte-at-a-time loop.
#[inline]
fn any_byte(b: &[u8], hit: impl Fn(u8) -> bool) -> bool {
    let mut chunks = b.chunks_exact(32);
    for c in &mut chunks {
        if c.iter().fold(0u8, |a, &x| a | hit(x) as u8) != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(|&x| hit(x))
}

/// Whether `fold_whitespace` would leave `s` as it is (the usual case: then no copy is made).
pub fn is_folded(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Most quotes have no control whitespace, no lead byte of another space and no double
    // space: then there is nothing to look at closer.
    let suspect = |c: u8| (c.wrapping_sub(0x09) < 5) | (c == 0xc2) | (c.wrapping_sub(0xe1) < 3);
    // (One finder for every quote: building it was a twentieth of the parse.)
    static DOUBLE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
    if !any_byte(b, suspect) && DOUBLE.find(b).is_none() {
        return true;
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

/// Probabilities as Quotebank writes them: numeric strings ("0.8615").
fn probability(s: &str) -> Option<f32> {
    s.trim().parse().ok()
}

/// The fast path: a strict reader of one JSON object. `None` means "let serde_json decide":
/// it never accepts a line serde_json would refuse, nor reads one differently.
struct Scanner<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    /// The line holds a control character somewhere.
    controls: bool,
}

impl<'a> Scanner<'a> {
    fn new(s: &'a str) -> Self {
        // Strings may not hold raw control characters; most lines have none anywhere, and then
        // no string needs checking.
        let controls = any_byte(s.as_bytes(), |c| c < 0x20);
        Scanner { s, b: s.as_bytes(), i: 0, controls }
    }

    #[inline]
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    #[inline]
    fn eat(&mut self, c: u8) -> Option<()> {
        self.ws();
        (self.b.get(self.i) == Some(&c)).then(|| self.i += 1)
    }

    #[inline]
    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.b.get(self.i).copied()
    }

    fn object(mut self) -> Option<Raw<'a>> {
        self.eat(b'{')?;
        let (mut id, mut quotation, mut speaker, mut date) = (None, None, None, None);
        let (mut probas, mut urls, mut qid) = (None, None, None);
        if self.peek()? != b'}' {
            loop {
                let key = self.string()?;
                if key.escaped {
                    return None;
                }
                self.eat(b':')?;
                self.ws();
                match key.raw {
                    "quoteID" => set(&mut id, self.text()?)?,
                    "quotation" => set(&mut quotation, self.text()?)?,
                    "speaker" => {
                        let v = if self.b[self.i..].starts_with(b"null") {
                            self.i += 4;
                            None
                        } else {
                            Some(self.text()?)
                        };
                        set(&mut speaker, v)?
                    }
                    "date" => set(&mut date, self.text()?)?,
                    "probas" => set(&mut probas, self.probas()?)?,
                    "urls" => set(&mut urls, self.urls()?)?,
                    "qids" => set(&mut qid, self.qids()?)?,
                    _ => self.skip(0)?,
                }
                match self.peek()? {
                    b',' => self.i += 1,
                    b'}' => break,
                    _ => return None,
                }
            }
        }
        self.i += 1;
        self.ws();
        if self.i != self.b.len() {
            return None;
        }
        Some(Raw {
            id: id?,
            quotation: quotation?,
            speaker: speaker.flatten(),
            date: date?,
            probas: probas.unwrap_or_default(),
            urls: urls.unwrap_or_default(),
            qid: qid.flatten(),
        })
    }

    /// A string token: its raw text between the quotes, and whether it holds escapes.
    fn string(&mut self) -> Option<JStr<'a>> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.i + 1;
        let mut i = start;
        let mut escaped = false;
        loop {
            let at = i + memchr::memchr2(b'"', b'\\', &self.b[i..])?;
            if self.b[at] == b'"' {
                // A raw control character is a JSON error (serde_json names it).
                if self.controls && self.b[i..at].iter().any(|&c| c < 0x20) {
                    return None;
                }
                self.i = at + 1;
                return Some(JStr { raw: &self.s[start..at], escaped });
            }
            escaped = true;
            if self.controls && self.b[i..at].iter().any(|&c| c < 0x20) {
                return None;
            }
            i = match self.b.get(at + 1)? {
                b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => at + 2,
                b'u' if self.b.get(at + 2..at + 6)?.iter().all(u8::is_ascii_hexdigit) => at + 6,
                _ => return None,
            };
        }
    }

    /// A string value, unescaped.
    fn text(&mut self) -> Option<Cow<'a, str>> {
        self.string()?.value()
    }

    fn probas(&mut self) -> Option<Pairs<'a>> {
        let mut out: Pairs<'a> = Default::default();
        self.eat(b'[')?;
        if self.peek()? == b']' {
            self.i += 1;
            return Some(out);
        }
        let mut n = 0;
        loop {
            self.eat(b'[')?;
            let name = self.text()?;
            self.eat(b',')?;
            let p = probability(&self.text()?)?;
            self.eat(b']')?;
            if let Some(slot) = out.get_mut(n) {
                *slot = Some((name, p));
            }
            n += 1;
            match self.peek()? {
                b',' => self.i += 1,
                b']' => {
                    self.i += 1;
                    return Some(out);
                }
                _ => return None,
            }
        }
    }

    fn urls(&mut self) -> Option<SmallVec<[Cow<'a, str>; 2]>> {
        let mut out = SmallVec::new();
        self.eat(b'[')?;
        if self.peek()? == b']' {
            self.i += 1;
            return Some(out);
        }
        loop {
            out.push(self.text()?);
            match self.peek()? {
                b',' => self.i += 1,
                b']' => {
                    self.i += 1;
                    return Some(out);
                }
                _ => return None,
            }
        }
    }

    /// `qids`: any value is accepted (the field is optional); the id counts only when it is
    /// a list of exactly one string.
    fn qids(&mut self) -> Option<Option<Cow<'a, str>>> {
        if self.peek()? != b'[' {
            self.skip(0)?;
            return Some(None);
        }
        self.i += 1;
        let mut first = None;
        let mut n = 0;
        let mut strings = true;
        if self.peek()? == b']' {
            self.i += 1;
            return Some(None);
        }
        loop {
            if self.peek()? == b'"' {
                let s = self.text()?;
                if n == 0 {
                    first = Some(s);
                }
            } else {
                strings = false;
                self.skip(1)?;
            }
            n += 1;
            match self.peek()? {
                b',' => self.i += 1,
                b']' => {
                    self.i += 1;
                    return Some(if n == 1 && strings { first } else { None });
                }
                _ => return None,
            }
        }
    }

    /// Skip one value of any type, checking its syntax.
    fn skip(&mut self, depth: usize) -> Option<()> {
        if depth > DEPTH {
            return None;
        }
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            b'{' => {
                self.i += 1;
                if self.peek()? == b'}' {
                    self.i += 1;
                    return Some(());
                }
                loop {
                    self.string()?;
                    self.eat(b':')?;
                    self.skip(depth + 1)?;
                    match self.peek()? {
                        b',' => self.i += 1,
                        b'}' => {
                            self.i += 1;
                            return Some(());
                        }
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.i += 1;
                if self.peek()? == b']' {
                    self.i += 1;
                    return Some(());
                }
                loop {
                    self.skip(depth + 1)?;
                    match self.peek()? {
                        b',' => self.i += 1,
                        b']' => {
                            self.i += 1;
                            return Some(());
                        }
                        _ => return None,
                    }
                }
            }
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        self.b[self.i..].starts_with(word).then(|| self.i += word.len())
    }

    /// JSON's number grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    fn number(&mut self) -> Option<()> {
        let b = self.b;
        let mut i = self.i;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        let digits = |i: &mut usize| {
            let s = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i > s
        };
        match b.get(i)? {
            b'0' => i += 1,
            b'1'..=b'9' => {
                digits(&mut i);
            }
            _ => return None,
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            if !digits(&mut i) {
                return None;
            }
        }
        if let Some(b'e' | b'E') = b.get(i) {
            i += 1;
            if let Some(b'+' | b'-') = b.get(i) {
                i += 1;
            }
            if !digits(&mut i) {
                return None;
            }
        }
        self.i = i;
        Some(())
    }
}

/// Set a field once: a second occurrence is for serde_json to report.
fn set<T>(slot: &mut Option<T>, v: T) -> Option<()> {
    match slot {
        Some(_) => None,
        None => {
            *slot = Some(v);
            Some(())
        }
    }
}

struct JStr<'a> {
    raw: &'a str,
    escaped: bool,
}

impl<'a> JStr<'a> {
    /// The string's value; None for what serde_json refuses in a string (a lone surrogate).
    fn value(&self) -> Option<Cow<'a, str>> {
        if !self.escaped {
            return Some(Cow::Borrowed(self.raw));
        }
        let mut out = String::with_capacity(self.raw.len());
        let mut rest = self.raw;
        while let Some(at) = rest.find('\\') {
            out.push_str(&rest[..at]);
            let b = rest.as_bytes();
            let c = match b[at + 1] {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => {
                    let hi = hex4(&rest[at + 2..at + 6])?;
                    rest = &rest[at + 6..];
                    let c = match hi {
                        0xd800..=0xdbff => {
                            let lo = rest.strip_prefix("\\u").and_then(|r| hex4(r.get(..4)?))?;
                            if !(0xdc00..=0xdfff).contains(&lo) {
                                return None;
                            }
                            rest = &rest[6..];
                            char::from_u32(0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00))?
                        }
                        _ => char::from_u32(hi)?,
                    };
                    out.push(c);
                    continue;
                }
            };
            out.push(c);
            rest = &rest[at + 2..];
        }
        out.push_str(rest);
        Some(Cow::Owned(out))
    }
}

fn hex4(s: &str) -> Option<u32> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_hexdigit())).then(|| u32::from_str_radix(s, 16).ok()).flatten()
}

// ---- the reference reading, with serde_json ----

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
    #[serde(default, borrow)]
    urls: Urls<'a>,
    #[serde(default, borrow)]
    qids: Qids<'a>,
}

fn serde_line(line: &str) -> Result<Raw<'_>, String> {
    let l: Line = serde_json::from_str(line).map_err(|e| {
        // serde_json says "at line 1 column N": the line is ours to give, keep the column.
        e.to_string().replace(" at line 1 column", " at column")
    })?;
    Ok(Raw {
        id: l.quote_id,
        quotation: l.quotation,
        speaker: l.speaker,
        date: l.date,
        probas: l.probas.0,
        urls: l.urls.0,
        qid: l.qids.0,
    })
}

/// The first few (name, probability) pairs.
#[derive(Default)]
struct Probas<'a>(Pairs<'a>);

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

#[derive(Default)]
struct Urls<'a>(SmallVec<[Cow<'a, str>; 2]>);

impl<'de: 'a, 'a> Deserialize<'de> for Urls<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
            type Value = Urls<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of addresses")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Urls<'a>, A::Error> {
                let mut all = SmallVec::new();
                while let Some(u) = seq.next_element::<Cow<'a, str>>()? {
                    all.push(u);
                }
                Ok(Urls(all))
            }
        }
        d.deserialize_seq(V(std::marker::PhantomData))
    }
}

/// `qids`, never an error: the single id of a list of one string, else none.
#[derive(Default)]
struct Qids<'a>(Option<Cow<'a, str>>);

impl<'de: 'a, 'a> Deserialize<'de> for Qids<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Item<'a> {
            Id(#[serde(borrow)] Cow<'a, str>),
            Other(serde::de::IgnoredAny),
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Value<'a> {
            List(#[serde(borrow)] Vec<Item<'a>>),
            Other(serde::de::IgnoredAny),
        }
        Ok(Qids(match Value::deserialize(d)? {
            Value::List(mut v) if v.len() == 1 => match v.pop() {
                Some(Item::Id(id)) => Some(id),
                _ => None,
            },
            _ => None,
        }))
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
                probability(v).map(Prob).ok_or_else(|| E::custom(format!("probability {v:?} is not a number")))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The reference: serde_json alone.
    fn reference(line: &[u8]) -> Result<Parsed<'_>, String> {
        let line = std::str::from_utf8(line)
            .map_err(|e| format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1))?;
        finish(serde_line(line.trim_start_matches('\u{feff}'))?)
    }

    fn same(line: &str) {
        assert_eq!(parse(line.as_bytes()), reference(line.as_bytes()), "{line}");
    }

    #[test]
    fn the_fast_reading_equals_serde_json() {
        let good = r#"{"quoteID": "2020-01-02-000001", "quotation": "We will never accept  this", "speaker": "Vladimir Putin", "qids": ["Q7747"], "date": "2020-01-02 10:00:00", "numOccurrences": 2, "probas": [["Vladimir Putin", "0.9"], ["None", "0.1"]], "urls": ["http://a.example/1", "http://b.example/2"], "phase": "E"}"#;
        assert!(Scanner::new(good).object().is_some(), "the usual line takes the fast path");
        let p = parse(good.as_bytes()).unwrap();
        assert_eq!(p.qid.as_deref(), Some("Q7747"));
        assert_eq!(p.text, "We will never accept this");
        for line in [
            good,
            r#"{"quoteID":"a","quotation":"x \"y\" \u00e9\ud83d\ude00 z\n","speaker":null,"date":"2020-01-02","probas":[],"urls":[]}"#,
            r#"{"quoteID":"a","quotation":"x","speaker":" None","qids":["Q1","Q2"],"date":"2020-01-02 00:00:00"}"#,
            r#"{"quoteID":"a","quotation":"x","speaker":"A","qids":[1],"date":"2020-01-02 00:00:00","probas":[[" A ","0.25"]]}"#,
            r#"{"quoteID":"a","quotation":"x","speaker":"A","qids":"Q1","date":"2020-01-02 00:00:00","probas":[["A",0.25]]}"#,
            r#"{"quoteID":"a","quotation":"x","speaker":"A","date":"2020-01-02 00:00:00","probas":[["A","high"]]}"#,
            r#"{"quoteID":"a","quotation":"x","quotation":"y","date":"2020-01-02 00:00:00"}"#,
            r#"{"quoteID":"a","quot\u0061tion":"x","date":"2020-01-02 00:00:00"}"#,
            r#"{"quoteID":"a","quotation":"\ud800","date":"2020-01-02 00:00:00"}"#,
            r#"{"quoteID":"a","quotation":"x","date":"2020-01-02 00:00:00","n":01}"#,
            r#"{"quoteID":"a","quotation":"x","date":"2020-01-02 00:00:00","n":[1.5e-3,{"a":[true,false,null]}]} "#,
            r#"{"quoteID":"a","quotation":"x","date":"2020-01-02 00:00:00"} x"#,
            r#"{"quoteID":"a","quotation":"  ","date":"2020-01-02 00:00:00"}"#,
            r#"{"quoteID":"a","quotation":"x","date":"2020-13-02 00:00:00"}"#,
            r#"{"quoteID":"a","quotation":"x"}"#,
            r#"{"quoteID":"a","quotation":"x","date":"2020-01-02","urls":null}"#,
            "{\"quoteID\":\"a\",\"quotation\":\"tab\there\",\"date\":\"2020-01-02\"}",
            "\u{feff}{\"quoteID\":\"a\",\"quotation\":\"x\",\"date\":\"2020-01-02\"}",
            "{}",
            "",
            "[1]",
            r#"{"quoteID": "bad", "quotation": "#,
        ] {
            same(line);
        }
    }

    #[test]
    fn dates_read_as_parse_iso_reads_them() {
        let slow = |s: &str| {
            s.get(..10).and_then(FuzzyDate::parse_iso).filter(|f| f.precision == Precision::Day).map(|f| f.start)
        };
        for d in [
            "2020-01-02 10:00:00",
            "2020-01-02",
            "2020-02-30 00:00:00",
            "2020-13-01",
            "0000-01-01",
            "2020-1-02 0",
            "2020/01/02",
            " 2020-01-0",
            "2020-01-2 ",
            "+202-01-02",
            "2020-01-+2",
            "2020-01",
            "2020-01-02\u{e9}",
            "2020-01-\u{e9}",
        ] {
            assert_eq!(parse_date(d), slow(d), "{d:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        /// Damaged lines (a byte changed, dropped or cut) read the same both ways.
        #[test]
        fn damaged_lines_read_alike(n in 0usize..1000, at in any::<prop::sample::Index>(), byte in any::<u8>(), op in 0u8..3) {
            let mut r = crate::synth::Rng::new(n as u64);
            let mut line = crate::synth::quotebank_line(&mut r, n, 2020).into_bytes();
            let i = at.index(line.len());
            match op {
                0 => line[i] = byte,
                1 => { line.remove(i); }
                _ => line.truncate(i),
            }
            prop_assert_eq!(parse(&line), reference(&line));
        }
    }
}
