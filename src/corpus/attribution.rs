//! Who said each quote. OWNER: extraction helper.
//!
//! Contract used by the assembler:
//! `pub fn extract(ctx: &ArticleContext) -> Extraction`

use super::layout::Paragraph;
use super::SpeakerRef;
use crate::gazetteer::Gazetteer;
use crate::model::{FuzzyDate, QuoteKind};
use std::ops::Range;

pub struct ArticleContext<'a> {
    /// The whole article file text; spans index into it.
    pub text: &'a str,
    pub paragraphs: &'a [Paragraph],
    pub gazetteer: &'a Gazetteer,
    /// The date of the meeting the article reports (else its publication date): titles such as
    /// "le ministre russe de la Défense" are resolved to whoever held them then.
    pub date: Option<FuzzyDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuote {
    /// The quoted words, inside the marks, trimmed (byte span of `text`).
    pub span: Range<usize>,
    pub kind: QuoteKind,
    pub unclosed: bool,
    pub speaker: Option<SpeakerRef>,
    /// The words that gave the speaker away ("a déclaré Poutine", "a-t-il soutenu", "selon X",
    /// "il a ajouté :", "continuation"); None when unknown.
    pub cue: Option<String>,
    pub confidence: f32,
    /// Index (in this Extraction's `quotes`) of the earlier part of the same statement.
    pub continues: Option<usize>,
    /// Index of the paragraph it is in.
    pub paragraph: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub quotes: Vec<FoundQuote>,
    /// Doubts in plain words, for `chronique check` ("unattributed quote at line 4: « … »").
    pub doubts: Vec<String>,
}

pub fn extract(ctx: &ArticleContext) -> Extraction {
    let _ = ctx;
    Extraction::default()
}
