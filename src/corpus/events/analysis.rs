//! One pass over the article's body sentences: words, clause segments, people, places, dates
//! and meeting cues, which the meeting and context rules then read.

use super::lexicon as lx;
use super::places::{Place, Places};
use crate::corpus::dates::{find_dates, tokens, DateMention, Tok};
use crate::corpus::SpeakerRef;
use crate::gazetteer::{Gazetteer, Target};
use crate::model::{FuzzyDate, Precision, SpeakerKind};
use crate::text::{fold, words};
use chrono::NaiveDate;
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Person {
    /// Word index of the mention's first word.
    pub tok: usize,
    pub who: SpeakerRef,
    /// Named (not only a role title that had to be resolved).
    pub by_name: bool,
    /// A complement of another noun ("l'allié du président Xi") or a recipient of something
    /// other than words ("ses vœux à Xi"): mentioned, not acting.
    pub aside: bool,
}

#[derive(Debug, Clone)]
pub struct PlaceAt {
    pub tok: usize,
    pub place: Place,
}

#[derive(Debug, Clone)]
pub struct Dated {
    pub tok: usize,
    pub m: DateMention,
}

pub struct Sentence<'a> {
    /// Index among body paragraphs.
    pub para: usize,
    pub span: Range<usize>,
    pub toks: Vec<Tok<'a>>,
    /// Segment number of each word (clauses split at connectors and strong punctuation).
    pub seg: Vec<usize>,
    /// Segments opened by "après", "avant", "depuis" used of time.
    pub temporal: Vec<bool>,
    pub persons: Vec<Person>,
    pub places: Vec<PlaceAt>,
    pub dates: Vec<Dated>,
    /// Word indexes of meeting cues.
    pub cues: Vec<usize>,
}

impl Sentence<'_> {
    pub fn f(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.folded.as_str()).unwrap_or("")
    }
    pub fn gap(&self, text: &str, i: usize) -> String {
        if i == 0 || i >= self.toks.len() {
            return String::new();
        }
        text.get(self.toks[i - 1].end..self.toks[i].start).unwrap_or("").to_string()
    }
    pub fn has_cue(&self) -> bool {
        !self.cues.is_empty()
    }
    /// Dates in segment `s`.
    pub fn seg_dates(&self, s: usize) -> impl Iterator<Item = &Dated> {
        self.dates.iter().filter(move |d| self.seg.get(d.tok) == Some(&s))
    }
    pub fn in_date(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| self.dates.iter().any(|d| d.m.span.contains(&t.start)))
    }
}

/// Split a paragraph into sentences: after ".", "!" or "?" followed by a space and a capital,
/// a digit or a quote mark, unless the word before is an initial or "M".
pub fn split_sentences(text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    let Some(p) = text.get(span.clone()) else { return Vec::new() };
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    for k in 0..chars.len() {
        let (i, c) = chars[k];
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let Some(&(_, next)) = chars.get(k + 1) else { continue };
        if !next.is_whitespace() {
            continue;
        }
        let after = chars[k + 1..].iter().find(|(_, ch)| !ch.is_whitespace()).map(|x| x.1);
        if !after.is_some_and(|a| a.is_uppercase() || a.is_ascii_digit() || "«“\"–—-".contains(a)) {
            continue;
        }
        let word_before: String = p[..i].chars().rev().take_while(|ch| ch.is_alphanumeric()).collect();
        if c == '.' && (word_before.chars().count() == 1 || word_before == "M" || word_before == "eM" || word_before == "rD") {
            continue;
        }
        let end = i + c.len_utf8();
        if p[start..end].trim().is_empty() {
            continue;
        }
        out.push(span.start + start..span.start + end);
        start = end;
    }
    if !p[start..].trim().is_empty() {
        let lead = p[start..].len() - p[start..].trim_start().len();
        out.push(span.start + start + lead..span.end);
    }
    out.into_iter()
        .map(|r| {
            let s = &text[r.clone()];
            let lead = s.len() - s.trim_start().len();
            r.start + lead..r.start + s.trim_end().len()
        })
        .filter(|r| r.start < r.end)
        .collect()
}

pub struct Ctx<'a> {
    pub text: &'a str,
    pub gazetteer: &'a Gazetteer,
    pub places: &'a Places,
    pub reference: Option<NaiveDate>,
}

/// Analyse one sentence; `anchor` is the last day the text discussed (updated here).
/// `seen`: people named so far in the article, so that a later bare family name ("a déclaré
/// Zhang") refers back to the one person of the article bearing it.
pub fn analyse<'a>(cx: &Ctx<'a>, para: usize, span: Range<usize>, anchor: &mut Option<FuzzyDate>, seen: &mut Vec<usize>) -> Sentence<'a> {
    let text = cx.text;
    let toks = tokens(text, span.clone());
    let mut s = Sentence { para, span: span.clone(), toks, seg: Vec::new(), temporal: Vec::new(), persons: Vec::new(), places: Vec::new(), dates: Vec::new(), cues: Vec::new() };

    // Dates first: they bound noun phrases and make "depuis" temporal.
    for m in find_dates(text, span.clone(), cx.reference, *anchor) {
        if let Some(tok) = s.toks.iter().position(|t| t.start >= m.span.start) {
            if m.date.precision == Precision::Day {
                *anchor = Some(m.date);
            }
            s.dates.push(Dated { tok, m });
        }
    }

    // Segments.
    let mut seg = 0;
    let mut temporal = vec![false];
    for i in 0..s.toks.len() {
        let g = s.gap(text, i);
        let f = s.toks[i].folded.as_str();
        let punct = g.contains([';', ':', '–', '—']);
        if i > 0 && (punct || lx::CONNECTORS.contains(&f)) {
            seg += 1;
            temporal.push(false);
        }
        if lx::TEMPORAL_CONNECTORS.contains(&f) {
            // "depuis sa résidence" is a place; "depuis qu'il", "depuis l'invasion ... 2022" are time.
            let is_time = f != "depuis" || {
                let nf = s.f(i + 1);
                nf == "que" || nf == "qu" || s.dates.iter().any(|d| d.tok > i && d.tok <= i + 12) || (i + 1..(i + 4).min(s.toks.len())).any(|k| lx::EVENT_NOUNS.contains(&s.f(k)))
            };
            if let Some(t) = temporal.last_mut() {
                *t = is_time;
            }
        }
        s.seg.push(seg);
    }
    s.temporal = temporal;

    // Meeting cues.
    for i in 0..s.toks.len() {
        let f = s.f(i);
        let lower = s.toks[i].text.chars().next().is_some_and(|c| c.is_lowercase());
        let noun = lx::MEETING_NOUNS.contains(&f) && (f != "tete" || s.f(i + 2) == "tete");
        let verb = lower && lx::MEETING_VERB_STEMS.iter().any(|st| f.starts_with(st));
        let with = lx::WITH_VERB_STEMS.iter().any(|st| f.starts_with(st)) && s.f(i + 1) == "avec";
        if noun || verb || with {
            s.cues.push(i);
        }
    }

    // People: names, and role titles not followed by the name they introduce.
    let base = span.start;
    let local = &text[span.clone()];
    let mentions = cx.gazetteer.mentions(local);
    let tok_at = |abs: usize| s.toks.iter().position(|t| t.start == abs);
    let role_date = s.dates.first().map(|d| d.m.date).or(cx.reference.map(FuzzyDate::day));
    let mut role_spans: Vec<Range<usize>> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let Some(tok) = tok_at(base + m.span.start) else { continue };
        let (entry, by_name) = match m.target {
            Target::Name(e) => (Some(e), true),
            Target::Role(e, r) => {
                role_spans.push(base + m.span.start..base + m.span.end);
                let named_next = mentions.get(k + 1).is_some_and(|n| {
                    matches!(n.target, Target::Name(x) if cx.gazetteer.entries[x].kind == SpeakerKind::Person)
                        && n.span.start.saturating_sub(m.span.end) <= 24
                });
                if named_next {
                    continue;
                }
                (role_date.and_then(|d| cx.gazetteer.resolve_role(e, r, &d)), false)
            }
        };
        let Some(e) = entry else { continue };
        if cx.gazetteer.entries[e].kind != SpeakerKind::Person {
            continue;
        }
        s.persons.push(Person { tok, who: SpeakerRef::Entry(e), by_name, aside: false });
    }
    // Unknown people introduced by a title: "le général Wang Xiaoming".
    for i in 1..s.toks.len() {
        let prev = s.f(i - 1);
        if !["general", "amiral", "m", "mme", "colonel", "president", "ministre", "marechal"].contains(&prev) {
            continue;
        }
        let cap = |k: usize| s.toks.get(k).is_some_and(|t| t.text.chars().next().is_some_and(|c| c.is_uppercase()) && t.text.chars().count() > 1);
        if !cap(i) || s.persons.iter().any(|p| p.tok == i) || mentions.iter().any(|m| base + m.span.start <= s.toks[i].start && s.toks[i].start < base + m.span.end) {
            continue;
        }
        let mut j = i;
        while j < s.toks.len() && j < i + 3 && cap(j) && (j == i || s.gap(text, j).chars().all(|c| c == ' ' || c == '-')) {
            j += 1;
        }
        let name = text.get(s.toks[i].start..s.toks[j - 1].end).unwrap_or("").to_string();
        let f: Vec<&str> = (i..j).map(|k| s.f(k)).collect();
        if j - i >= 2 && cx.places.match_at(&f, true, 0).is_none() {
            s.persons.push(Person { tok: i, who: SpeakerRef::Name(name), by_name: true, aside: false });
        }
    }
    // Bare family names of people named earlier: "Zhang" after "Zhang Youxia".
    for i in 0..s.toks.len() {
        let t = &s.toks[i];
        if !t.text.chars().next().is_some_and(|c| c.is_uppercase()) || t.folded.len() < 2 {
            continue;
        }
        if mentions.iter().any(|m| base + m.span.start <= t.start && t.start < base + m.span.end) {
            continue;
        }
        let bearers: Vec<usize> = seen
            .iter()
            .copied()
            .filter(|e| cx.gazetteer.entries[*e].name.split_whitespace().count() >= 2 && words(&cx.gazetteer.entries[*e].name).any(|w| fold(w.text) == t.folded))
            .collect();
        if let [e] = bearers.as_slice() {
            s.persons.push(Person { tok: i, who: SpeakerRef::Entry(*e), by_name: true, aside: false });
        }
    }
    for p in &s.persons {
        if let (SpeakerRef::Entry(e), true) = (&p.who, p.by_name) {
            if !seen.contains(e) {
                seen.push(*e);
            }
        }
    }
    s.persons.sort_by_key(|p| p.tok);

    // Who is only mentioned: complements of other nouns, recipients of non-speech.
    let in_role = |t: &Tok| role_spans.iter().any(|r| r.contains(&t.start));
    let mut prev_aside = false;
    for pi in 0..s.persons.len() {
        let t0 = s.persons[pi].tok;
        let mut k = t0;
        while k > 0 {
            let kk = k - 1;
            if in_role(&s.toks[kk]) || (lx::TITLE_WORDS.contains(&s.f(kk)) && s.gap(text, k).chars().all(|c| c.is_whitespace() || c == '\'' || c == '’')) {
                k = kk;
            } else {
                break;
            }
        }
        let aside = if k == 0 {
            false
        } else {
            let link = k - 1;
            let lf = s.f(link);
            let gov = if link > 0 { s.f(link - 1).to_string() } else { String::new() };
            let gov_is_person = link > 0 && s.persons.iter().any(|p| p.tok < link && link <= p.tok + 4 && p.tok != t0);
            if ["de", "du", "d", "des"].contains(&lf) {
                if gov == "et" { prev_aside } else { !lx::PRESENCE_NOUNS.contains(&gov.as_str()) }
            } else if lf == "a" && s.toks[link].text != "a" {
                !(gov_is_person || lx::SPEECH_STEMS.iter().any(|st| gov.starts_with(st)) || lx::PRESENCE_NOUNS.contains(&gov.as_str()) || gov.starts_with("visite"))
            } else {
                false
            }
        };
        s.persons[pi].aside = aside;
        prev_aside = aside;
    }

    // Places after a locative word: "à Moscou", "au Kremlin", "résidence de Novo-Ogaryovo".
    let folded: Vec<&str> = s.toks.iter().map(|t| t.folded.as_str()).collect();
    let mut i = 0;
    while i < s.toks.len() {
        let cap = s.toks[i].text.chars().next().is_some_and(|c| c.is_uppercase());
        let prev = if i > 0 { folded[i - 1] } else { "" };
        let prev2 = if i > 1 { folded[i - 2] } else { "" };
        let locative = ["a", "au", "aux", "en", "dans", "depuis", "vers"].contains(&prev)
            || (["de", "d"].contains(&prev) && ["residence", "palais", "ville", "region", "base", "exterieur", "pres", "environs", "capitale", "sud", "nord", "est", "ouest", "banlieue"].contains(&prev2))
            || (prev == "l" && ["a", "de"].contains(&prev2));
        if locative {
            if let Some((p, n)) = cx.places.match_at(&folded, cap, i) {
                s.places.push(PlaceAt { tok: i, place: cx.places.places[p].clone() });
                i += n;
                continue;
            }
            // An unknown capitalised name after "à" is taken for a town, unless it is a person
            // or an institution the speaker gazetteer knows.
            if cap && prev == "a" && i > 0 && s.toks[i - 1].text == "à" && !s.persons.iter().any(|p| p.tok == i) {
                let known = mentions.iter().any(|m| base + m.span.start == s.toks[i].start);
                if !known && !s.in_date(i) {
                    let mut j = i + 1;
                    while j < s.toks.len() && s.toks[j].text.chars().next().is_some_and(|c| c.is_uppercase()) && s.gap(text, j).chars().all(|c| c == '-' || c == ' ') && j < i + 3 {
                        j += 1;
                    }
                    let name = text.get(s.toks[i].start..s.toks[j - 1].end).unwrap_or("").to_string();
                    s.places.push(PlaceAt { tok: i, place: Place::unknown_town(&name) });
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
    s
}
