//! The meeting an article reports, and the dated events it mentions as context.
//! OWNER: dates/events helper. Contract used by the assembler:
//! `pub fn article_events(input: &EventInput) -> ArticleEvents`

use super::layout::Paragraph;
use super::SpeakerRef;
use crate::gazetteer::Gazetteer;
use crate::model::FuzzyDate;
use std::ops::Range;

pub struct EventInput<'a> {
    pub text: &'a str,
    pub paragraphs: &'a [Paragraph],
    pub gazetteer: &'a Gazetteer,
    /// From the sidecar, header or dateline; None when unknown.
    pub published: Option<FuzzyDate>,
}

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
    pub doubts: Vec<String>,
}

pub fn article_events(input: &EventInput) -> ArticleEvents {
    let _ = input;
    ArticleEvents::default()
}
