//! The lead: the first paragraph of the body (after the dateline) and the first sentence after
//! it, where news says what happened and when.

use super::analysis::Sentence;
use crate::corpus::read::knowledge::Language;
use crate::model::{FuzzyDate, Precision};
use chrono::Duration;
use std::ops::Range;

/// Indexes (in `sents`) of the lead's sentences: every sentence of the first paragraph that
/// says more than its dateline, and the first sentence of the next paragraph.
pub fn sentences(sents: &[Sentence], dateline: Option<&Range<usize>>) -> Vec<usize> {
    let only_dateline = |s: &Sentence| dateline.is_some_and(|d| s.toks.iter().all(|t| d.contains(&t.start)));
    // The story starts at its dateline (what comes before it is page furniture).
    let from = dateline.map_or(0, |d| d.start);
    let Some(first) = sents.iter().position(|s| s.span.end > from && !only_dateline(s) && !s.toks.is_empty()) else {
        return Vec::new();
    };
    let para = sents[first].para;
    let mut out: Vec<usize> = (first..sents.len()).take_while(|&i| sents[i].para == para).collect();
    if let Some(next) = (first..sents.len()).find(|&i| sents[i].para != para) {
        out.push(next);
    }
    out
}

/// Words that put the date at `tok` in the background (pluperfect: "avait annoncé en mai") or
/// the future ("prévu lundi", "doit se tenir lundi"): its date is not the date of what the
/// article reports. Only the verb group before the date governs it: in "a estimé jeudi que le
/// plan était prêt" the "était" after it belongs to the reported words.
fn background(lang: &dyn Language, s: &Sentence, tok: usize) -> bool {
    let seg = s.seg.get(tok).copied();
    let lo = tok.saturating_sub(8);
    let pluperfect = lang.events().pluperfect_auxiliaries;
    (lo..tok).filter(|&i| s.seg.get(i).copied() == seg).any(|i| {
        let f = s.f(i);
        pluperfect.contains(&f) || lang.is_future_word(f)
    }) || (tok + 1..(tok + 4).min(s.toks.len())).any(|i| s.seg.get(i).copied() == seg && lang.is_future_word(s.f(i)))
}

/// The first date of the lead outside a background clause, at a day (or, when `coarse`, a
/// week or month too): the date
/// of what the article reports. "Au lendemain de l'attentat de mercredi" is the day after it.
pub fn date(
    lang: &dyn Language,
    sents: &[Sentence],
    lead: &[usize],
    dateline: Option<&Range<usize>>,
    coarse: bool,
) -> Option<(usize, FuzzyDate)> {
    let most = if coarse { Precision::Month } else { Precision::Day };
    for &si in lead {
        let s = &sents[si];
        for d in &s.dates {
            if dateline.is_some_and(|r| r.contains(&d.m.span.start)) || d.m.approximate {
                continue;
            }
            if d.m.date.precision > most || background(lang, s, d.tok) {
                continue;
            }
            let mut date = d.m.date;
            if date.precision == Precision::Day {
                let before = d.tok.saturating_sub(12)..d.tok;
                let w = lang.events();
                if before.clone().any(|i| s.f(i) == w.day_after) {
                    date = FuzzyDate::day(date.start + Duration::days(1));
                } else if before.clone().any(|i| s.f(i) == w.day_before) {
                    date = FuzzyDate::day(date.start - Duration::days(1));
                }
            }
            return Some((si, date));
        }
    }
    None
}

/// The lead's first sentence tells of a past happening ("a reconnu", "vient de signer") rather
/// than a state of the day ("la situation ne s'améliore pas").
pub fn tells_of_the_past(lang: &dyn Language, sents: &[Sentence], lead: &[usize]) -> bool {
    let Some(s) = lead.first().map(|&i| &sents[i]) else { return false };
    let w = lang.events();
    (0..s.toks.len()).any(|i| {
        let f = s.f(i);
        let next = s.f(i + 1);
        (w.recent_past.0.contains(&f) && next == w.recent_past.1)
            || (w.past_auxiliaries.contains(&f)
                && !lang.is_accented_preposition(s.toks[i].text)
                && (lang.may_be_participle(next) || lang.may_be_participle(s.f(i + 2))))
    })
}

/// The first words of the lead, for a title when nothing better says what happened.
pub fn opening_words(text: &str, sents: &[Sentence], lead: &[usize]) -> String {
    let Some(s) = lead.first().map(|&i| &sents[i]) else { return String::new() };
    let Some(first) = s.toks.first() else { return String::new() };
    let last = &s.toks[s.toks.len().min(10) - 1];
    let mut t = crate::model::fold_whitespace(&text[first.start..last.end]);
    if s.toks.len() > 10 {
        t.push('…');
    }
    t
}
