//! The meeting an article reports: its date (the date expression tied to the lead's meeting
//! sentence), its participants (people acting in the meeting sentences) and its place.

use super::analysis::{Dated, Sentence};
use crate::corpus::read::knowledge::language::EventWords;
use crate::corpus::read::knowledge::places::Place;
use crate::corpus::SpeakerRef;
use crate::model::{FuzzyDate, Precision};
use chrono::NaiveDate;

/// The chosen date mention: sentence index and the mention.
pub struct MeetingDate {
    pub sentence: usize,
    pub date: FuzzyDate,
}

/// How likely a date mention is the reported meeting's date.
fn score(s: &Sentence, d: &Dated, published: Option<NaiveDate>) -> f32 {
    let mut sc = 0.0;
    let seg = s.seg.get(d.tok).copied().unwrap_or(0);
    // Cues are in word order and segments never decrease along the words: binary searches.
    let cue_seg = |c: usize| s.seg.get(c).copied().unwrap_or(usize::MAX);
    let first_in_seg = s.cues.partition_point(|&c| cue_seg(c) < seg);
    if s.cues.get(first_in_seg).is_some_and(|&c| cue_seg(c) == seg) {
        sc += 4.0;
        let near = s.cues.partition_point(|&c| c + 10 < d.tok);
        if s.cues.get(near).is_some_and(|c| c.abs_diff(d.tok) <= 10) {
            sc += 1.0;
        }
    } else if s.has_cue() {
        sc += 2.0;
    }
    sc += match d.m.date.precision {
        Precision::Day => 2.0,
        Precision::Week => 0.5,
        Precision::Month => -1.0,
        Precision::Season | Precision::Year => -3.0,
    };
    if let Some(p) = published {
        let back = (p - d.m.date.start).num_days();
        let back_end = (p - d.m.date.end()).num_days();
        sc += if back_end <= 7 && back >= 0 {
            3.0
        } else if (-2..=0).contains(&back) {
            1.0
        } else if back_end <= 14 && back >= -7 {
            0.0
        } else if back_end <= 31 && back >= -7 {
            // "le 15 février dernier" in an article of 12 March: an earlier meeting the
            // article recalls, not the one it reports (it is kept as context); past the lead,
            // as likely as one further back.
            if s.para <= 1 {
                -2.0
            } else {
                -4.0
            }
        } else {
            -4.0
        };
    } else if d.m.date.precision == Precision::Day {
        // No publication date: a day written with its year ("jeudi 4 avril 2024") is the
        // best evidence there is (a date without its year cannot be read at all).
        sc += 1.5;
    }
    if d.m.anchored {
        sc -= 2.0;
    }
    if d.m.approximate {
        sc -= 3.0;
    }
    if s.temporal.get(seg).copied().unwrap_or(false) {
        sc -= 3.0;
    }
    sc - (0.3 * s.para as f32).min(3.0)
}

/// The best date mention for the reported meeting among the sentences that `speaks_of_it`, if
/// any scores well enough: never a day a quotation names, nor one after the `reference` day (a
/// meeting still to come).
pub fn pick_date(
    sents: &[Sentence],
    reference: Option<&FuzzyDate>,
    skip: Option<std::ops::Range<usize>>,
    speaks_of_it: impl Fn(usize) -> bool,
) -> Option<MeetingDate> {
    let published = reference.map(|r| r.start);
    let mut best: Option<(f32, usize, FuzzyDate)> = None;
    for (si, s) in sents.iter().enumerate() {
        if s.dates.is_empty() || !speaks_of_it(si) {
            continue;
        }
        for d in &s.dates {
            if skip.as_ref().is_some_and(|r| r.contains(&d.m.span.start))
                || d.quoted
                || reference.is_some_and(|r| d.m.date.start > r.end())
            {
                continue;
            }
            let sc = score(s, d, published);
            if sc >= 3.0 && best.as_ref().is_none_or(|b| sc > b.0) {
                best = Some((sc, si, d.m.date));
            }
        }
    }
    best.map(|(_, sentence, date)| MeetingDate { sentence, date })
}

/// Whether a date may describe the meeting's day (same day or a period holding it).
pub fn compatible(d: &FuzzyDate, meeting: Option<&FuzzyDate>) -> bool {
    match meeting {
        None => false,
        Some(m) => d.start <= m.start && d.end() >= m.end(),
    }
}

/// Segments of sentence `s` that may speak of the meeting: no other date, not another time
/// frame. Computed once per sentence (one pass over its dates), then looked up.
fn segments_ok(s: &Sentence, meeting: Option<&FuzzyDate>) -> Vec<bool> {
    let mut ok: Vec<bool> = s.temporal.iter().map(|t| !t).collect();
    for d in &s.dates {
        if let Some(&sg) = s.seg.get(d.tok) {
            if sg < ok.len() && !compatible(&d.m.date, meeting) {
                ok[sg] = false;
            }
        }
    }
    ok
}

/// Whether segment `seg` may speak of the meeting, given `segments_ok` of its sentence.
fn segment_ok(ok: &[bool], seg: usize) -> bool {
    ok.get(seg).copied().unwrap_or(true)
}

pub struct Meeting {
    pub participants: Vec<SpeakerRef>,
    pub place: Option<Place>,
    pub noun: &'static str,
}

/// Participants, place and kind of the meeting around the primary sentence.
pub fn describe(w: &EventWords, sents: &[Sentence], primary: Option<usize>, meeting: Option<&FuzzyDate>) -> Meeting {
    let oks: Vec<Vec<bool>> = sents.iter().map(|s| segments_ok(s, meeting)).collect();
    let acting = |si: usize, allow_roles: bool| -> Vec<(usize, SpeakerRef)> {
        let s = &sents[si];
        s.persons
            .iter()
            .filter(|p| !p.aside && (p.by_name || allow_roles))
            .filter(|p| segment_ok(&oks[si], s.seg.get(p.tok).copied().unwrap_or(0)))
            .map(|p| (p.tok, p.who.clone()))
            .collect()
    };
    let first_cue = sents.iter().position(|s| s.has_cue());
    let primary_para = primary.map(|p| sents[p].para).or(first_cue.map(|c| sents[c].para)).unwrap_or(0);
    let mut core: Vec<SpeakerRef> = Vec::new();
    let mut chosen: Vec<usize> = Vec::new();
    // `chosen` as a table too: a long article has thousands of cue sentences.
    let mut is_chosen = vec![false; sents.len()];
    // The primary sentence speaks for the meeting when it has a cue; otherwise the first
    // cue sentence of the lead does.
    let seed = match primary {
        Some(p) if sents[p].has_cue() => Some(p),
        _ => first_cue.filter(|c| sents[*c].para <= primary_para + 2),
    };
    if let Some(p) = seed {
        chosen.push(p);
        is_chosen[p] = true;
        for (_, w) in acting(p, true) {
            if !core.contains(&w) {
                core.push(w);
            }
        }
    }
    if let Some(p) = primary.filter(|p| Some(*p) != seed) {
        // A cue-less date sentence ("Le président russe a affirmé mercredi") adds the people
        // it names only if they also act in a cue sentence (checked below).
        chosen.push(p);
        is_chosen[p] = true;
    }
    let mut participants = core.clone();
    // Other cue sentences: before the primary paragraph they lead up to the meeting; after it
    // they must name someone already at the meeting.
    for _round in 0..2 {
        for (si, s) in sents.iter().enumerate() {
            if !s.has_cue() || Some(si) == seed {
                continue;
            }
            let cue_ok = s.cues.iter().any(|c| segment_ok(&oks[si], s.seg.get(*c).copied().unwrap_or(0)));
            if !cue_ok {
                continue;
            }
            let people = acting(si, false);
            let linked = s.para <= primary_para || people.iter().any(|(_, w)| participants.contains(w));
            if !linked {
                continue;
            }
            if !is_chosen[si] {
                chosen.push(si);
                is_chosen[si] = true;
            }
            for (_, w) in people {
                if !participants.contains(&w) {
                    participants.push(w);
                }
            }
        }
    }
    // Order participants by their first named mention in the text.
    let first_seen = |w: &SpeakerRef| {
        sents
            .iter()
            .enumerate()
            .find_map(|(si, s)| s.persons.iter().find(|p| p.by_name && &p.who == w).map(|p| (si, p.tok)))
            .unwrap_or((usize::MAX, 0))
    };
    participants.sort_by_key(first_seen);

    // Place: from meeting sentences, and sentences naming two participants together.
    let mut cands: Vec<Place> = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        let present = s
            .persons
            .iter()
            .filter(|p| participants.contains(&p.who))
            .map(|p| &p.who)
            .collect::<std::collections::HashSet<_>>()
            .len();
        let same_time = s.dates.iter().all(|d| compatible(&d.m.date, meeting));
        let chosen_here = is_chosen[si];
        if !chosen_here && (!same_time || present == 0) {
            continue;
        }
        for pl in &s.places {
            // Outside meeting sentences only a named site, or a place where two of them are.
            let fits =
                chosen_here || present >= 2 || pl.place.kind == crate::corpus::read::knowledge::places::PlaceKind::Site;
            if fits && segment_ok(&oks[si], s.seg.get(pl.tok).copied().unwrap_or(0)) {
                cands.push(pl.place.clone());
            }
        }
    }
    // The most precise place; among equals the first.
    let place = cands.iter().enumerate().max_by_key(|(i, p)| (p.kind, std::cmp::Reverse(*i))).map(|(_, p)| p.clone());

    let mut noun = w.meeting_title;
    for &si in &chosen {
        let s = &sents[si];
        for i in 0..s.toks.len() {
            let f = s.f(i);
            if w.video_nouns.contains(&f) || (f == w.video_word && i > 0 && s.f(i - 1) == w.call_noun) {
                noun = w.video_title;
            } else if (w.phone_stems.iter().any(|st| f.starts_with(st)) || f == w.call_noun) && noun == w.meeting_title
            {
                noun = w.phone_title;
            }
        }
    }
    Meeting { participants, place, noun }
}
