//! One pass over the article's body sentences: words, clause segments, people, places, dates
//! and meeting cues, which the meeting and context rules then read.

use crate::corpus::read::dates::{find_dates_in, DateMention};
use crate::corpus::read::knowledge::language::class::{
    CONNECTOR, EVENT_NOUN, LOCATIVE, MEETING_NOUN, PLACE_NOUN, PRESENCE_NOUN, TEMPORAL, TITLE_WORD,
};
use crate::corpus::read::knowledge::language::{class_of, starts_with_any, word};
use crate::corpus::read::knowledge::places::Place;
use crate::corpus::read::knowledge::Knowledge;
use crate::corpus::read::mentions::{Mention, People, Referent};
use crate::corpus::SpeakerRef;
use crate::model::{FuzzyDate, Precision};
use crate::text::Token;
use chrono::NaiveDate;
use std::borrow::Cow;
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
    /// Inside a quotation: a day the speaker named, not the article's own account.
    pub quoted: bool,
}

pub struct Sentence<'a> {
    /// Index among body paragraphs.
    pub para: usize,
    pub span: Range<usize>,
    pub toks: Cow<'a, [Token<'a>]>,
    /// Segment number of each word (clauses split at connectors and strong punctuation).
    pub seg: Vec<usize>,
    /// Segments opened by "après", "avant", "depuis" used of time.
    pub temporal: Vec<bool>,
    pub persons: Vec<Person>,
    pub places: Vec<PlaceAt>,
    pub dates: Vec<Dated>,
    /// Word indexes of meeting cues.
    pub cues: Vec<usize>,
    /// For each word: whether it is part of a date expression.
    date_word: Vec<bool>,
}

impl Sentence<'_> {
    pub fn f(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.folded.as_str()).unwrap_or("")
    }
    pub fn gap<'t>(&self, text: &'t str, i: usize) -> &'t str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        text.get(self.toks[i - 1].end..self.toks[i].start).unwrap_or("")
    }
    pub fn has_cue(&self) -> bool {
        !self.cues.is_empty()
    }
    pub fn in_date(&self, i: usize) -> bool {
        self.date_word.get(i).copied().unwrap_or(false)
    }
}

pub struct Ctx<'a> {
    pub text: &'a str,
    pub k: &'a Knowledge<'a>,
    /// The article's registry of people, from the mention pass.
    pub people: &'a People,
    pub reference: Option<NaiveDate>,
}
/// Analyse one sentence; `anchor` is the last day the text discussed (updated here).
/// `toks` are the sentence's words, `mentions` the people the mention pass found in it,
/// `quoted` the byte ranges of its paragraph's quotations.
// (Word loops read the neighbours of word i as well: an index reads better than zips.)
#[allow(clippy::needless_range_loop)]
pub fn analyse<'a>(
    cx: &Ctx<'a>,
    para: usize,
    span: Range<usize>,
    toks: Cow<'a, [Token<'a>]>,
    mentions: &[Mention],
    quoted: &[Range<usize>],
    anchor: &mut Option<FuzzyDate>,
) -> Sentence<'a> {
    let text = cx.text;
    let w = cx.k.lang.events();
    let n = toks.len();
    let mut s = Sentence {
        para,
        span: span.clone(),
        toks,
        // (One segment number per word: sized once, not grown word by word.)
        seg: Vec::with_capacity(n),
        temporal: Vec::new(),
        persons: Vec::new(),
        places: Vec::new(),
        dates: Vec::new(),
        cues: Vec::new(),
        date_word: vec![false; n],
    };

    // Dates first: they bound noun phrases and make "depuis" temporal.
    for m in find_dates_in(cx.k.lang, text, &s.toks, span.clone(), cx.reference, *anchor) {
        let tok = s.toks.partition_point(|t| t.start < m.span.start);
        if tok < n {
            if m.date.precision == Precision::Day {
                *anchor = Some(m.date);
            }
            for k in tok..n {
                if !m.span.contains(&s.toks[k].start) {
                    break;
                }
                s.date_word[k] = true;
            }
            let quoted = quoted.iter().any(|q| q.contains(&m.span.start));
            s.dates.push(Dated { tok, m, quoted });
        }
    }

    // (The page classified its words once: the event bits are the low byte.)
    let classes: Vec<u8> = s.toks.iter().map(|t| (class_of(cx.k.lang, t) & word::EVENT) as u8).collect();
    let is = |i: usize, c: u8| classes.get(i).is_some_and(|k| k & c != 0);
    // The folded words, read once (each loop below reads a word's neighbours too).
    let folded: Vec<&str> = s.toks.iter().map(|t| t.folded.as_str()).collect();
    let fo = |i: usize| folded.get(i).copied().unwrap_or("");

    // Segments.
    let mut seg = 0;
    let mut temporal = vec![false];
    // The current segment holds a date already.
    let mut dated = false;
    for i in 0..s.toks.len() {
        let g = s.gap(text, i);
        let f = folded[i];
        // (Most gaps are one space: no punctuation to look for.)
        let plain = g == " ";
        let punct = !plain && g.contains([';', ':', '–', '—']);
        // "avant-hier", "après-demain": a day word joined to the connector is a date, no
        // clause of its own.
        let day_word = s.date_word[i] && s.date_word.get(i + 1) == Some(&true) && s.gap(text, i + 1) == "-";
        // A time frame that has its date ends at its comma ("depuis le 19 novembre, a
        // effectué hier", "une semaine après l'attaque du 7 mars, la police a arrêté ce
        // matin"): what follows is the main clause. Without its date, a date after the comma
        // may still be the frame's ("après la visite de Xi, le 3 mars"); not a clause of its
        // own ("Après la réélection de X, des violences ont eu lieu mercredi").
        // (A place after the comma is still the frame's: "avant la visite de Xi à Kazan, en
        // Russie, la semaine prochaine".)
        let frame_goes_on = || {
            s.date_word[i]
                || cx.k.lang.is_determiner(f) && s.date_word.get(i + 1) == Some(&true)
                || cx.k.lang.is_place_preposition(s.toks[i].text)
        };
        let frame_ends = !plain && g.contains(',') && temporal.last() == Some(&true) && (dated || !frame_goes_on());
        if i > 0 && (punct || frame_ends || (is(i, CONNECTOR) && !day_word)) {
            seg += 1;
            temporal.push(false);
            dated = false;
        }
        dated |= s.date_word[i];
        if is(i, TEMPORAL) && !day_word {
            // "depuis sa résidence" is a place; "depuis qu'il", "depuis l'invasion ... 2022" are time.
            let is_time = f != w.since || {
                let nf = fo(i + 1);
                // (dates are in word order: the first after i is the one to check)
                let next_date = s.dates.partition_point(|d| d.tok <= i);
                cx.k.lang.is_complementizer(nf)
                    || s.dates.get(next_date).is_some_and(|d| d.tok <= i + 12)
                    || (i + 1..(i + 4).min(s.toks.len())).any(|k| is(k, EVENT_NOUN))
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
        let f = folded[i];
        let lower = starts_lowercase(s.toks[i].text);
        let noun = is(i, MEETING_NOUN) && (f != w.doubled_noun || fo(i + 2) == w.doubled_noun);
        let verb = lower && w.is_meeting_verb(f);
        let with = fo(i + 1) == w.with && starts_with_any(f, w.with_verb_stems);
        if noun || verb || with {
            s.cues.push(i);
        }
    }

    // People, as the mention pass found them: names, and titles resolved at the sentence's
    // date (to the person the article named with them, else the gazetteer's holder).
    let role_date = s.dates.first().map(|d| d.m.date).or(cx.reference.map(FuzzyDate::day));
    let tok_at = |byte: usize| s.toks.partition_point(|t| t.start < byte);
    // Per word: a mention starts there; inside a title.
    let mut mention_start = vec![false; n];
    let mut in_role = vec![false; n];
    for m in mentions {
        let tok = tok_at(m.span.start);
        if tok >= n {
            continue;
        }
        mention_start[tok] = true;
        in_role[tok_at(m.title_start).min(tok)..tok].fill(true);
        let (who, by_name) = match &m.who {
            Referent::Speaker(w) => (w.clone(), m.by_name),
            Referent::Title(e, r) => {
                in_role[tok..tok_at(m.span.end).max(tok)].fill(true);
                match cx.people.title_referent(cx.k, *e, *r, m.span.start, role_date.as_ref()) {
                    Some((w, _)) => (w, false),
                    None => continue,
                }
            }
        };
        if cx.people.is_person(cx.k, &who) {
            s.persons.push(Person { tok, who, by_name, aside: false });
        }
    }
    s.persons.sort_by_key(|p| p.tok);

    // Who is only mentioned: complements of other nouns, recipients of non-speech.
    let mut prev_aside = false;
    for pi in 0..s.persons.len() {
        let t0 = s.persons[pi].tok;
        let mut k = t0;
        while k > 0 {
            let kk = k - 1;
            if in_role[kk]
                || (is(kk, TITLE_WORD) && s.gap(text, k).chars().all(|c| c.is_whitespace() || c == '\'' || c == '’'))
            {
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
            let gov = if link > 0 { s.f(link - 1) } else { "" };
            // Persons are sorted by word: those within four words before the link.
            let near = s.persons.partition_point(|p| p.tok + 4 < link);
            let gov_is_person = link > 0 && s.persons[near..].iter().take_while(|p| p.tok < link).any(|p| p.tok != t0);
            let fw = |x: &str| cx.k.lang.function_word(x);
            if fw(lf).of {
                if fw(gov).and {
                    prev_aside
                } else {
                    !w.is(gov, PRESENCE_NOUN)
                }
            } else if cx.k.lang.is_accented_preposition(&s.toks[link].text.to_lowercase()) {
                !(gov_is_person || starts_with_any(gov, w.speech_stems) || w.is(gov, PRESENCE_NOUN))
            } else {
                false
            }
        };
        s.persons[pi].aside = aside;
        prev_aside = aside;
    }

    // Places after a locative word: "à Moscou", "au Kremlin", "résidence de Novo-Ogaryovo".
    let mut i = 0;
    while i < s.toks.len() {
        let cap = starts_uppercase(s.toks[i].text);
        let prev = if i > 0 { folded[i - 1] } else { "" };
        let prev2 = if i > 1 { folded[i - 2] } else { "" };
        let locative = (i > 0 && is(i - 1, LOCATIVE))
            || (cx.k.lang.function_word(prev).bare_of() && i > 1 && is(i - 2, PLACE_NOUN))
            || (cx.k.lang.function_word(prev).elided_article()
                && (i > 1 && cx.k.lang.is_accented_preposition(&s.toks[i - 2].text.to_lowercase())
                    || cx.k.lang.function_word(prev2).bare_of()));
        if locative {
            if let Some((p, n)) = cx.k.places.match_at(&folded, cap, i) {
                s.places.push(PlaceAt { tok: i, place: cx.k.places.places[p].clone() });
                i += n;
                continue;
            }
            // An unknown capitalised name after "à" is taken for a town, unless the mention
            // pass found someone there (a person, an institution).
            if cap
                && i > 0
                && cx.k.lang.is_accented_preposition(s.toks[i - 1].text)
                && !mention_start[i]
                && !s.in_date(i)
            {
                // "Mont-de-Marsan", "Aix-en-Provence", "Saint-Amand": capitalised words, and
                // lowercase ones only inside a hyphenated name; it ends on a capital.
                let mut j = i + 1;
                let mut end = i + 1;
                while j < s.toks.len() && j < i + 6 {
                    let g = s.gap(text, j);
                    let upper = starts_uppercase(s.toks[j].text);
                    let hyphen_word = g == "-" && w.town_particles.contains(&folded[j]);
                    if upper && (g == "-" || g == " ") {
                        end = j + 1;
                    } else if !hyphen_word {
                        break;
                    }
                    j += 1;
                }
                let j = end;
                let name = text.get(s.toks[i].start..s.toks[j - 1].end).unwrap_or("").to_string();
                s.places.push(PlaceAt { tok: i, place: Place::unknown_town(&name) });
                i = j;
                continue;
            }
        }
        i += 1;
    }
    s
}

/// The word starts with a lowercase letter (its first byte tells, for ASCII).
#[inline]
fn starts_lowercase(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => w.chars().next().is_some_and(char::is_lowercase),
    }
}

/// The word starts with an uppercase letter (its first byte tells, for ASCII).
#[inline]
fn starts_uppercase(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}
