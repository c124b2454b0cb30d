//! A death the lead reports without its day ("X est décédé à l'âge de 83 ans"): obituaries give
//! the day elsewhere, as the end of a life span ("(28 juillet 1934 - 24 février 2018)") or after
//! the verb ("mort samedi", "décédé le 24 février").

use super::analysis::Sentence;
use super::lead::RECENT_DAYS;
use crate::corpus::read::knowledge::language::EventWords;
use crate::model::{FuzzyDate, Precision};

/// Whether the lead (or the headline) tells of a death.
pub fn reported(w: &EventWords, sents: &[Sentence], lead: &[usize], headline: Option<&str>) -> bool {
    lead.iter().any(|&i| (0..sents[i].toks.len()).any(|k| w.death_words.contains(&sents[i].f(k))))
        || headline
            .is_some_and(|h| crate::text::words(h).any(|x| w.death_words.contains(&crate::text::fold(x.text).as_str())))
}

/// The day of the death, from anywhere in the article: the end of a life span, else a day just
/// after a death word; one on or before the `reference` day and recent to it.
pub fn day(
    w: &EventWords,
    text: &str,
    sents: &[Sentence],
    reference: Option<&FuzzyDate>,
) -> Option<(usize, FuzzyDate)> {
    let fits = |d: &FuzzyDate| {
        d.precision == Precision::Day
            && reference.is_none_or(|r| d.start <= r.end() && (r.start - d.start).num_days() <= RECENT_DAYS)
    };
    // A life span: two dates joined by a dash, the first of them a birth long before.
    for (si, s) in sents.iter().enumerate() {
        for pair in s.dates.windows(2) {
            let (born, died) = (&pair[0].m, &pair[1].m);
            let between = text.get(born.span.end..died.span.start).unwrap_or("").trim();
            if ["-", "–", "—"].contains(&between) && born.date.start < died.date.start && fits(&died.date) {
                return Some((si, died.date));
            }
        }
    }
    // "est mort samedi", "décédé le 24 février à Paris".
    for (si, s) in sents.iter().enumerate() {
        for d in &s.dates {
            let near = (d.tok.saturating_sub(3)..d.tok).any(|k| w.death_words.contains(&s.f(k)));
            if near && !d.quoted && fits(&d.m.date) {
                return Some((si, d.m.date));
            }
        }
    }
    None
}
