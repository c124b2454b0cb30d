//! What an article reports, and the dated events it mentions as context.
//!
//! Rules (general, for French news):
//! - The reported event's date: the first day the lead gives (its standfirst, its first
//!   paragraph and the first sentence after it) that may date the happening
//!   (`lead::standing`): not in a pluperfect, future or conditional clause ("avait annoncé en
//!   mai", "sera investi le 20 janvier"), nor after "après", "avant", "dès", nor in a quotation,
//!   nor after the day of writing or more than a month before it; "au lendemain de … mercredi"
//!   counted from it. Else the date tied to a meeting cue (`meeting::pick_date`; out of a
//!   meeting story, a meeting noun); else, for a death, its day from a life span or after a
//!   death word anywhere (`obituary`); else a week or month in the lead; else the day a state
//!   still going on began ("disparu depuis le 16 février", not in an "alors que" clause); else
//!   the reference day (dateline, publication) when the lead speaks in the present, or its
//!   month, with a doubt, when it tells of a past happening without a day.
//! - Participants: people named (or role titles resolved at the date) in the meeting sentences,
//!   not in another time frame ("après la visite de Xi"), not a complement of another noun
//!   ("proche allié du président Xi"), not a mere recipient ("ses vœux à Xi").
//! - Place: the most precise place ("au Kremlin" over "à Moscou") said of the meeting, from
//!   `assets/places.json` or a capitalised name after "à".
//! - Title: for a meeting, its noun + short names of the first two participants + place
//!   ("Visioconférence Poutine – Xi Jinping"); otherwise, or when that would be a bare noun,
//!   the headline.
//! - Context: a date other than the event's with an event noun in the same clause
//!   (`context::context_events`).

mod analysis;
mod context;
mod lead;
mod meeting;
mod obituary;
#[cfg(test)]
mod tests;

use super::dates::Publication;
use super::knowledge::Knowledge;
use super::mentions::PageMentions;
use super::page::Page;
use super::SpeakerRef;
use crate::gazetteer::Gazetteer;
use crate::model::{Doubt, DoubtKind, FuzzyDate, Precision};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct ReportedEvent {
    /// The meeting's date at its precision; None when the article gives no usable date.
    pub date: Option<FuzzyDate>,
    pub place: Option<String>,
    pub participants: Vec<SpeakerRef>,
    /// Short title, e.g. "Visioconférence Poutine – Xi Jinping".
    pub title: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContextEvent {
    pub date: FuzzyDate,
    pub title: String,
    pub place: Option<String>,
    pub participants: Vec<SpeakerRef>,
    /// The sentence it was read from.
    pub span: Range<usize>,
    /// Words said that day ("avait affirmé le 27 février"): the quotes of its sentence by its
    /// speaker were said then, not at the reported event.
    pub statement: bool,
    /// The kind of happening its noun names, one for synonyms ("guerre", "invasion"), so
    /// that the timeline merges one happening told in other words.
    pub kind: Option<&'static str>,
}

#[derive(Debug, Clone, Default)]
pub struct ArticleEvents {
    pub reported: Option<ReportedEvent>,
    pub context: Vec<ContextEvent>,
    pub doubts: Vec<Doubt>,
}

/// Sentences of an article read for events (news articles have a few dozen).
const MAX_SENTENCES: usize = 2_000;

/// The short name of a participant for titles: the single-word alias that is the last word
/// of the canonical name ("Poutine" for "Vladimir Poutine"), else the full name ("Xi Jinping",
/// whose family name comes first).
pub fn short_name(g: &Gazetteer, who: &SpeakerRef) -> String {
    match who {
        SpeakerRef::Name(n) | SpeakerRef::Collective(n, _) => n.clone(),
        SpeakerRef::Entry(i) => {
            let Some(e) = g.entries.get(*i) else { return String::new() };
            let last = e.name.split_whitespace().last().unwrap_or(&e.name);
            let fl = crate::text::fold(last);
            e.aliases
                .iter()
                .find(|a| !a.contains(' ') && crate::text::fold(a) == fl && e.name.contains(' '))
                .cloned()
                .unwrap_or_else(|| e.name.clone())
        }
    }
}

/// What `page` reports and the events it mentions, with the people the mention pass found
/// (`found`). `when` is the article's publication date and dateline, read once
/// (`dates::publication`); `headline` its title line if any.
pub fn article_events(
    page: &Page,
    k: &Knowledge,
    found: &PageMentions,
    when: &Publication,
    headline: Option<&str>,
) -> ArticleEvents {
    let text = page.text;
    let gazetteer = k.gazetteer;
    let mut out = ArticleEvents::default();
    let body: Vec<usize> = page.body().filter(|(_, p)| text.get(p.span.clone()).is_some()).map(|(i, _)| i).collect();
    let reference = when.reference.map(|p| p.start);
    let cx = analysis::Ctx { text, k, people: &found.people, reference };
    let mut anchor = None;
    let mut sents = Vec::new();
    // Bounded: a hostile article of a million sentences costs no more than its first ones.
    'paragraphs: for (bi, &pi) in body.iter().enumerate() {
        let quoted: Vec<Range<usize>> = page.marks(pi).iter().map(|q| q.open.end..q.limit).collect();
        for span in page.sentences(pi).iter().cloned() {
            if sents.len() >= MAX_SENTENCES {
                break 'paragraphs;
            }
            let toks = page.words_within(pi, &span);
            let mentions = found.within(pi, &span);
            sents.push(analysis::analyse(&cx, bi, span, toks, mentions, &quoted, &mut anchor));
        }
    }

    let dl_span = when.dateline.as_ref().map(|d| d.span.clone());
    let lead = lead::sentences(k.lang, &sents, dl_span.as_ref());
    // A meeting when the lead or the headline says so ("l'arrivée de X" alone is no meeting).
    let w = k.lang.events();
    let meeting_lead = lead.iter().any(|&i| sents[i].cues.iter().any(|&c| sents[i].f(c) != w.arrival_noun))
        || headline.is_some_and(|h| {
            crate::text::words(h)
                .map(|w| crate::text::fold(w.text))
                .any(|x| x != w.arrival_noun && w.meeting_nouns.contains(&x.as_str()))
        });
    // A day in the lead; else the day tied to a meeting cue; else a week or month in the lead;
    // else the day a state still going on began ("disparue depuis le 16 février").
    let meeting_cue = |i: usize| sents[i].cues.iter().any(|&c| sents[i].f(c) != w.arrival_noun);
    // Out of a meeting story, only a meeting noun ("lors de la réunion") makes a sentence a
    // meeting's: meeting verbs have other senses ("des villes qui accueillent des migrants").
    let noun_cue = |i: usize| {
        sents[i].cues.iter().any(|&c| sents[i].f(c) != w.arrival_noun && w.meeting_nouns.contains(&sents[i].f(c)))
    };
    let dates_meeting = |i: usize| if meeting_lead { meeting_cue(i) } else { noun_cue(i) };
    let in_lead = |want: lead::Standing, coarse: bool| {
        lead::date(k.lang, text, &sents, &lead, dl_span.as_ref(), when.reference.as_ref(), want, coarse)
            .map(|(sentence, date)| meeting::MeetingDate { sentence, date })
    };
    let picked = in_lead(lead::Standing::Happening, false)
        .or_else(|| meeting::pick_date(&sents, when.reference.as_ref(), dl_span.clone(), dates_meeting))
        .or_else(|| {
            obituary::reported(w, &sents, &lead, headline)
                .then(|| obituary::day(w, text, &sents, when.reference.as_ref()))
                .flatten()
                .map(|(sentence, date)| meeting::MeetingDate { sentence, date })
        })
        .or_else(|| in_lead(lead::Standing::Happening, true))
        .or_else(|| in_lead(lead::Standing::Start, false))
        .or_else(|| {
            if !lead::tells_of_the_past(k.lang, &sents, &lead) {
                return None;
            }
            // A lead that tells what happened but not when: the day the rest of its second
            // paragraph gives, in a sentence telling a past happening ("La réforme a été
            // adoptée." … "Lundi, les députés l'ont votée.").
            let rest = lead::second_paragraph(&sents, &lead);
            let told: Vec<usize> = rest.into_iter().filter(|&i| lead::past_happening(k.lang, &sents[i])).collect();
            lead::date(
                k.lang,
                text,
                &sents,
                &told,
                dl_span.as_ref(),
                when.reference.as_ref(),
                lead::Standing::Happening,
                false,
            )
            .map(|(sentence, date)| meeting::MeetingDate { sentence, date })
        });
    let date = match &picked {
        Some(m) => Some(m.date),
        None => match when.reference {
            // A lead that tells of a past happening without a day, dateline or not: only its
            // month (the text does not say which day; the dateline is when it was written).
            Some(r) if r.precision == Precision::Day && lead::tells_of_the_past(k.lang, &sents, &lead) => {
                let month = FuzzyDate::month(chrono::Datelike::year(&r.start), chrono::Datelike::month(&r.start));
                out.doubts.push(Doubt {
                    kind: DoubtKind::EventDayUnknown,
                    at: lead.first().map_or(0, |&i| sents[i].span.start),
                    excerpt: month.map(|m| m.french()).unwrap_or_default(),
                });
                month
            }
            Some(r) => {
                out.doubts.push(Doubt {
                    kind: DoubtKind::EventDatedByPublication,
                    at: lead.first().map_or(0, |&i| sents[i].span.start),
                    excerpt: r.french(),
                });
                Some(r)
            }
            None => {
                out.doubts.push(Doubt { kind: DoubtKind::NoEventDate, at: 0, excerpt: String::new() });
                None
            }
        },
    };
    let m = meeting::describe(w, &sents, picked.as_ref().map(|p| p.sentence), date.as_ref());
    // A meeting too when the sentence that dates the event speaks of one ("la rencontre de
    // mardi à Pékin" after a standfirst that does not).
    let meeting_lead = meeting_lead || picked.as_ref().is_some_and(|p| meeting_cue(p.sentence));
    let names: Vec<String> = m.participants.iter().take(2).map(|p| short_name(gazetteer, p)).collect();
    let headline = headline.map(str::trim).filter(|h| !h.is_empty());
    let mut title = if meeting_lead && !names.is_empty() {
        format!("{} {}", m.noun, names.join(" – "))
    } else if let Some(h) = headline {
        h.to_string()
    } else if meeting_lead {
        m.noun.to_string()
    } else {
        match names.first() {
            Some(n) => format!("{} {}", w.statements_title, context::of_name(w, n)),
            None => lead::opening_words(text, &sents, &lead),
        }
    };
    if let Some(p) = m.place.as_ref().filter(|_| meeting_lead && !names.is_empty()) {
        title = format!("{title} {}", p.at_phrase());
    }
    if m.participants.is_empty() && meeting_lead {
        out.doubts.push(Doubt { kind: DoubtKind::NoParticipant, at: 0, excerpt: String::new() });
    }
    out.context = context::context_events(k.lang, text, &sents, gazetteer, date.as_ref(), &m, dl_span.as_ref());
    let place = m.place.filter(|_| meeting_lead || !m.participants.is_empty()).map(|p| p.name);
    out.reported = Some(ReportedEvent { date, place, participants: m.participants, title });
    out
}
