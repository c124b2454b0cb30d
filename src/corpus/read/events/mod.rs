//! The meeting an article reports, and the dated events it mentions as context.
//! Contract used by the assembler: `pub fn article_events(page, gazetteer, published) -> ArticleEvents`.
//!
//! Rules (general, for French news):
//! - Reported meeting date: among the body's date expressions, the one tied to a meeting cue
//!   (rencontrer, recevoir, s'entretenir, réunion, rencontre, visioconférence, visite...) in the
//!   first paragraphs, at day precision, within a week of publication, wins
//!   (`meeting::pick_date`). With none, the publication date stands in, with a doubt.
//! - Participants: people named (or role titles resolved at the date) in the meeting sentences,
//!   not in another time frame ("après la visite de Xi"), not a complement of another noun
//!   ("proche allié du président Xi"), not a mere recipient ("ses vœux à Xi").
//! - Place: the most precise place ("au Kremlin" over "à Moscou") said of the meeting, from
//!   `assets/places.json` or a capitalised name after "à".
//! - Title: meeting noun + short names of the first two participants + place:
//!   "Visioconférence Poutine – Xi Jinping", "Rencontre Poutine – Li Shangfu au Kremlin".
//! - Context: a date other than the meeting's with an event noun in the same clause
//!   (`context::context_events`).

mod analysis;
mod context;
mod lexicon;
mod meeting;
pub mod places;
#[cfg(test)]
mod tests;

use super::dates::{dateline, find_dates, Dateline};
use super::layout::Paragraph;
use super::page::Page;
use super::SpeakerRef;
use crate::gazetteer::Gazetteer;
use crate::model::FuzzyDate;
use places::Places;
use std::ops::Range;
use std::sync::OnceLock;

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
}

#[derive(Debug, Clone, Default)]
pub struct ArticleEvents {
    pub reported: Option<ReportedEvent>,
    pub context: Vec<ContextEvent>,
    /// A publication date read from the text itself (dateline, explicit date) when the input had none.
    pub published_from_text: Option<FuzzyDate>,
    /// The dateline opening the story, if any ("MOSCOU, 8 novembre (Reuters) –"); its
    /// `outlet` can serve as the article's source when no sidecar names one.
    pub dateline: Option<Dateline>,
    pub doubts: Vec<String>,
}

/// Sentences of an article read for events (news articles have a few dozen).
const MAX_SENTENCES: usize = 2_000;

/// The built-in places list (also tells attribution which institution aliases are cities).
pub fn builtin_places() -> &'static Places {
    static P: OnceLock<Places> = OnceLock::new();
    P.get_or_init(Places::builtin)
}

/// The short name of a participant for titles: the single-word alias that is the last word
/// of the canonical name ("Poutine" for "Vladimir Poutine"), else the full name ("Xi Jinping",
/// whose family name comes first).
pub fn short_name(g: &Gazetteer, who: &SpeakerRef) -> String {
    match who {
        SpeakerRef::Name(n) => n.clone(),
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

/// "Publié le 16 avril 2023", "Mis à jour le 16/04/2023": a publication line in the text.
fn published_line(text: &str, paragraphs: &[Paragraph]) -> Option<FuzzyDate> {
    for p in paragraphs.iter().take(12) {
        let Some(t) = text.get(p.span.clone()) else { continue };
        let f = crate::text::fold(t);
        let Some(k) =
            ["publie le", "publie a", "mis a jour le", "published", "veroffentlicht am"].iter().find_map(|w| f.find(w))
        else {
            continue;
        };
        // Folding keeps byte lengths of ASCII but not of accents: search the original from the line start.
        let _ = k;
        if let Some(m) = find_dates(text, p.span.clone(), None, None)
            .into_iter()
            .find(|m| m.date.precision == crate::model::Precision::Day)
        {
            return Some(m.date);
        }
    }
    None
}

/// The meeting `page` reports and the events it mentions. `published` comes from the sidecar,
/// header or dateline; None when unknown.
pub fn article_events(page: &Page, gazetteer: &Gazetteer, published: Option<FuzzyDate>) -> ArticleEvents {
    let text = page.text;
    let mut out = ArticleEvents::default();
    let body: Vec<(usize, &Paragraph)> = page.body().filter(|(_, p)| text.get(p.span.clone()).is_some()).collect();
    let body_span = match (body.first(), body.last()) {
        (Some((_, a)), Some((_, b))) => a.span.start..b.span.end,
        _ => 0..0,
    };

    // Publication date: given, or read from a publication line or a dateline with a year.
    out.dateline = dateline(text, body_span.clone());
    let mut published = published;
    if published.is_none() {
        let from_line = published_line(text, &page.paragraphs);
        let from_dateline = out.dateline.as_ref().and_then(|d| d.date(None));
        out.published_from_text = from_line.or(from_dateline);
        published = out.published_from_text;
    }
    // A month-precision publication ("2023-11") still anchors relative dates roughly, but a
    // meeting is only dated from it with a doubt.
    let reference = published.map(|p| p.start);
    if published.is_some_and(|p| p.precision != crate::model::Precision::Day) {
        out.doubts.push(format!(
            "publication date known only as {}: weekdays and relative dates are read from its first day",
            published.map(|p| p.french()).unwrap_or_default()
        ));
    }

    let cx = analysis::Ctx { text, gazetteer, places: builtin_places(), reference };
    let mut anchor = None;
    let mut seen = analysis::Seen::default();
    let mut sents = Vec::new();
    // Bounded: a hostile article of a million sentences costs no more than its first ones.
    'paragraphs: for (bi, &(pi, p)) in body.iter().enumerate() {
        for span in analysis::split_sentences(text, p.span.clone()) {
            if sents.len() >= MAX_SENTENCES {
                break 'paragraphs;
            }
            let toks = page.words_within(pi, &span);
            sents.push(analysis::analyse(&cx, bi, span, toks, &mut anchor, &mut seen));
        }
    }

    let dl_span = out.dateline.as_ref().map(|d| d.span.clone());
    let picked = meeting::pick_date(&sents, reference, dl_span.clone());
    let date = match &picked {
        Some(m) => Some(m.date),
        None => {
            let d = published.or_else(|| out.dateline.as_ref().and_then(|d| d.date(reference)));
            match d {
                Some(d) => out.doubts.push(format!(
                    "no date tied to the meeting in the text: the publication date ({}) is used",
                    d.french()
                )),
                None => out.doubts.push("no usable date for the reported meeting and no publication date".into()),
            }
            d
        }
    };
    let m = meeting::describe(&sents, picked.as_ref().map(|p| p.sentence), date.as_ref());
    let has_meeting = sents.iter().any(|s| s.has_cue());
    let names: Vec<String> = m.participants.iter().take(2).map(|p| short_name(gazetteer, p)).collect();
    let mut title = if has_meeting {
        if names.is_empty() {
            m.noun.to_string()
        } else {
            format!("{} {}", m.noun, names.join(" – "))
        }
    } else {
        out.doubts.push("no meeting found in the text: the article's statements are grouped under its date".into());
        match names.first() {
            Some(n) => format!("Déclarations de {n}"),
            None => "Déclarations".to_string(),
        }
    };
    if let Some(p) = &m.place {
        title = format!("{title} {}", p.at_phrase());
    }
    if m.participants.is_empty() && has_meeting {
        out.doubts.push("no participant of the meeting could be named".into());
    }
    out.context = context::context_events(
        text,
        &sents,
        gazetteer,
        date.as_ref(),
        &m.participants,
        m.place.as_ref(),
        dl_span.as_ref(),
    );
    out.reported = Some(ReportedEvent { date, place: m.place.map(|p| p.name), participants: m.participants, title });
    out
}
