//! The lead: where news says what happened and when. Its standfirst (a paragraph before the
//! dateline that tells the happening), the first paragraph of the body after the dateline, and
//! the first sentence after it.

use super::analysis::{Dated, Sentence};
use crate::corpus::read::knowledge::Language;
use crate::model::{FuzzyDate, Precision};
use chrono::Duration;
use std::ops::Range;

/// Days before the reference beyond which a date of the lead is a past the article recalls
/// ("un accord signé le 3 mars" in an article of October), not the happening it reports: news
/// reports what happened in the last days or weeks.
pub const RECENT_DAYS: i64 = 31;

/// Indexes (in `sents`) of the lead's sentences, in text order.
pub fn sentences(lang: &dyn Language, sents: &[Sentence], dateline: Option<&Range<usize>>) -> Vec<usize> {
    let only_dateline = |s: &Sentence| dateline.is_some_and(|d| s.toks.iter().all(|t| d.contains(&t.start)));
    // The story starts at its dateline (what comes before it is page furniture, or a standfirst).
    let from = dateline.map_or(0, |d| d.start);
    let Some(first) = sents.iter().position(|s| s.span.end > from && !only_dateline(s) && !s.toks.is_empty()) else {
        return Vec::new();
    };
    let para = sents[first].para;
    let paragraph: Vec<usize> = (first..sents.len()).take_while(|&i| sents[i].para == para).collect();
    // A standfirst: the paragraph just before the dateline, when it tells of a past happening
    // ("Cinq hôpitaux ont été bombardés, a affirmé l'ONU lundi."); a caption or a notice there
    // does not.
    let before = (0..first).rev().find(|&i| sents[i].span.end <= from && sents[i].para != para).map(|i| sents[i].para);
    let mut out: Vec<usize> = match before {
        Some(before) if dateline.is_some() => {
            let standfirst: Vec<usize> = (0..first).filter(|&i| sents[i].para == before).collect();
            if standfirst.iter().any(|&i| past_happening(lang, &sents[i])) {
                standfirst
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    };
    out.extend(paragraph);
    if let Some(next) = (first..sents.len()).find(|&i| sents[i].para != para) {
        out.push(next);
    }
    out
}

/// The sentences of the paragraph after the lead's first one that the lead leaves out.
pub fn second_paragraph(sents: &[Sentence], lead: &[usize]) -> Vec<usize> {
    let Some(&last) = lead.last() else { return Vec::new() };
    let para = sents[last].para;
    (last + 1..sents.len()).take_while(|&i| sents[i].para == para).collect()
}

/// How a date of the lead stands to the happening the article reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// It may date the happening.
    Happening,
    /// It is where a state still going on began ("disparue depuis le 16 février"): the
    /// happening's date only when nothing else dates it.
    Start,
    /// Another time: planned or future ("sera investi le 20 janvier"), earlier ("avait
    /// annoncé en mai", "après l'élection du 4 novembre"), the first of a series ("dès
    /// vendredi, il a signé…" in a round-up of a week), long past, or a day a quotation names.
    Background,
}

/// The standing of the date `d` of sentence `s` (of `text`), given the article's `reference` day.
pub fn standing(lang: &dyn Language, text: &str, s: &Sentence, d: &Dated, reference: Option<&FuzzyDate>) -> Standing {
    if d.quoted || d.m.approximate {
        return Standing::Background;
    }
    if let Some(r) = reference.filter(|r| r.precision <= Precision::Month) {
        // Planned (after the day it was written), or long before it.
        if d.m.date.start > r.end() || (r.start - d.m.date.end()).num_days() > RECENT_DAYS {
            return Standing::Background;
        }
    }
    if unreal(lang, text, s, d.tok) || dates_a_thing_of_a_later_clause(lang, s, d.tok) {
        return Standing::Background;
    }
    let w = lang.events();
    let before = |words: &[&str]| {
        (d.tok.saturating_sub(3)..d.tok).any(|i| words.contains(&s.toks[i].text.to_lowercase().as_str()))
    };
    if before(w.series_starts) {
        return Standing::Background;
    }
    // "depuis le 29 avril", "depuis fin mars".
    if before(w.period_starts) {
        // In a clause that only sets the scene ("Alors que le site est bloqué depuis le 29
        // avril, le dirigeant exige…"), the start of the state is background.
        return if in_contrast_clause(lang, text, s, d.tok) { Standing::Background } else { Standing::Start };
    }
    if s.seg.get(d.tok).and_then(|&g| s.temporal.get(g)).copied().unwrap_or(false) {
        return Standing::Background;
    }
    Standing::Happening
}

/// The verb group before the date at `tok` puts it in the background (pluperfect: "avait
/// annoncé en mai") or the future or the conditional ("sera investi le 20 janvier", "prévu
/// lundi", "devrait se tenir lundi"). The verb group before the date governs it: in "a
/// estimé jeudi que le plan était prêt" the "était" after it belongs to the reported words;
/// only a date with no verb before it looks after it.
fn unreal(lang: &dyn Language, text: &str, s: &Sentence, tok: usize) -> bool {
    // A date joined to the one before it shares its verb: "avait été bloquée le 31 mars et le
    // 28 avril" puts both in the pluperfect, though "et" opens a new clause segment.
    if let Some(first) = coordinated_to(lang, s, tok) {
        return unreal(lang, text, s, first);
    }
    let seg = s.seg.get(tok).copied();
    let lo = tok.saturating_sub(8);
    let pluperfect = lang.events().pluperfect_auxiliaries;
    let lower = |i: usize| s.toks[i].text.chars().next().is_some_and(char::is_lowercase);
    // The nearest verb group wins: in "atteindra l'orbite jeudi, a annoncé hier la NASA" the
    // compound past "a annoncé" governs "hier", not the future before it.
    let compound_past = |i: usize, end: usize| compound_past_at(lang, s, i, end);
    let future = |i: usize| lang.is_future_word([if i > 0 { s.f(i - 1) } else { "" }, s.f(i)]);
    // Words inside a parenthesis do not govern a date outside it ("X, en campagne pour la
    // primaire (qui se tiendra dimanche), vient d'être giflé ce mardi").
    let mut depth = 0i32;
    let outside: Vec<bool> = (lo..tok)
        .rev()
        .map(|i| {
            let after = s.gap(text, i + 1);
            depth += after.matches(')').count() as i32 - after.matches('(').count() as i32;
            depth <= 0
        })
        .collect();
    let outside = |i: usize| outside[tok - 1 - i];
    let governing = (lo..tok).rev().filter(|&i| s.seg.get(i).copied() == seg && outside(i)).find_map(|i| {
        let f = s.f(i);
        if pluperfect.contains(&f) || future(i) || (lower(i) && lang.is_future_or_conditional(f)) {
            Some(true)
        } else if compound_past(i, tok) {
            Some(false)
        } else {
            None
        }
    });
    // A date before its verb ("Le 8 janvier, le maire avait présenté…") is governed by the
    // first verb group after it.
    // (Not past a relative: "giflé mardi à Lamballe, où il était en déplacement".)
    let relative = |i: usize| s.toks[i].text == "où" || lang.function_word(s.f(i)).relative;
    let end = (tok + 1..(tok + 12).min(s.toks.len())).find(|&i| relative(i)).unwrap_or((tok + 12).min(s.toks.len()));
    let after = || {
        (tok + 1..end).filter(|&i| s.seg.get(i).copied() == seg && !s.in_date(i)).find_map(|i| {
            let f = s.f(i);
            if pluperfect.contains(&f) || (lower(i) && lang.is_future_or_conditional(f)) {
                Some(true)
            } else if compound_past(i, s.toks.len()) || lang.is_reporting_verb(f) {
                Some(false)
            } else {
                None
            }
        })
    };
    governing.or_else(after) == Some(true)
        || (tok + 1..(tok + 4).min(s.toks.len())).any(|i| s.seg.get(i).copied() == seg && future(i))
}

/// The date at `tok` is a noun's ("l'attaque de mardi") in a clause opened after the
/// sentence's verb group ("a ordonné une frappe sur une base qu'il tient pour responsable de
/// l'attaque de mardi"): it dates a thing the sentence mentions, not the happening it tells.
/// Before the verb, the thing is the happening ("La réunion de lundi a permis…"); "au
/// lendemain de l'attentat de mercredi" dates by it.
fn dates_a_thing_of_a_later_clause(lang: &dyn Language, s: &Sentence, tok: usize) -> bool {
    let w = lang.events();
    let link = if w.noun_date_links.contains(&s.f(tok)) { Some(tok) } else { tok.checked_sub(1) };
    let Some(link) = link.filter(|&l| w.noun_date_links.contains(&s.f(l))) else { return false };
    let Some(noun) = link.checked_sub(1) else { return false };
    let lowercase = s.toks[noun].text.chars().next().is_some_and(char::is_lowercase);
    if !lowercase || lang.is_function_word(s.f(noun)) {
        return false;
    }
    if (tok.saturating_sub(12)..tok).any(|i| s.f(i) == w.day_after || s.f(i) == w.day_before) {
        return false;
    }
    let Some(opener) = (0..noun).rev().find(|&i| w.clause_openers.contains(&s.f(i))) else { return false };
    (0..opener).any(|i| lang.is_reporting_verb(s.f(i)) || compound_past_at(lang, s, i, opener))
}

/// Word `i` is the auxiliary of a compound past whose participle comes within two words,
/// before word `end` ("a ordonné", "ont été bombardés").
fn compound_past_at(lang: &dyn Language, s: &Sentence, i: usize, end: usize) -> bool {
    lang.events().past_auxiliaries.contains(&s.f(i))
        && !lang.is_accented_preposition(s.toks[i].text)
        && (i + 1..(i + 3).min(end)).any(|k| lang.may_be_participle(s.f(k)))
}

/// The first word of the date that the date at `tok` is joined to by linking words only.
fn coordinated_to(lang: &dyn Language, s: &Sentence, tok: usize) -> Option<usize> {
    let prev = s.dates.iter().rev().find(|d| d.tok < tok)?;
    let links = lang.events().date_links;
    let mut i = tok;
    let mut linked = false;
    while i > prev.tok + 1 && !s.in_date(i - 1) {
        i -= 1;
        if !links.contains(&s.f(i)) {
            return None;
        }
        linked = true;
    }
    (linked && i > prev.tok).then_some(prev.tok)
}

/// The word at `tok` is in a clause opened by "alors que", "tandis que", "bien que"… (up to its
/// comma): a clause that sets the scene of the happening, not the happening.
fn in_contrast_clause(lang: &dyn Language, text: &str, s: &Sentence, tok: usize) -> bool {
    let w = lang.events();
    let mut i = tok;
    while i > 0 {
        if s.gap(text, i).contains(',') {
            return false;
        }
        i -= 1;
        if w.contrast_openers.iter().any(|&(a, b)| s.f(i) == a && s.f(i + 1) == b) {
            return true;
        }
    }
    false
}

/// The first date of the lead standing as `want`, at a day (or, when `coarse`, a week or month
/// too): the date of what the article reports. "Au lendemain de l'attentat de mercredi" is the
/// day after it.
#[allow(clippy::too_many_arguments)]
pub fn date(
    lang: &dyn Language,
    text: &str,
    sents: &[Sentence],
    lead: &[usize],
    dateline: Option<&Range<usize>>,
    reference: Option<&FuzzyDate>,
    want: Standing,
    coarse: bool,
) -> Option<(usize, FuzzyDate)> {
    let most = if coarse { Precision::Month } else { Precision::Day };
    for &si in lead {
        let s = &sents[si];
        for d in &s.dates {
            if dateline.is_some_and(|r| r.contains(&d.m.span.start)) || d.m.date.precision > most {
                continue;
            }
            if standing(lang, text, s, d, reference) != want {
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

/// A sentence tells of a past happening: a compound past ("a reconnu", "ont été bombardés",
/// "s'est écrasé") or a recent past ("vient de signer"), rather than a state of the day ("la
/// situation ne s'améliore pas").
pub fn past_happening(lang: &dyn Language, s: &Sentence) -> bool {
    let w = lang.events();
    (0..s.toks.len()).any(|i| {
        let f = s.f(i);
        let next = s.f(i + 1);
        let participle = || lang.may_be_participle(next) || lang.may_be_participle(s.f(i + 2));
        (w.recent_past.0.contains(&f) && next == w.recent_past.1)
            || (w.past_auxiliaries.contains(&f) && !lang.is_accented_preposition(s.toks[i].text) && participle())
            || (i > 0
                && w.reflexive_pronouns.contains(&s.f(i - 1))
                && w.reflexive_auxiliaries.contains(&f)
                && participle())
    })
}

/// The lead's first sentence tells of a past happening (see [`past_happening`]).
pub fn tells_of_the_past(lang: &dyn Language, sents: &[Sentence], lead: &[usize]) -> bool {
    lead.first().is_some_and(|&i| past_happening(lang, &sents[i]))
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
