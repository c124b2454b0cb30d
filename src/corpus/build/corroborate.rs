//! Corroboration: the same statement reported by two articles, even in two translations
//! ("ne construisent aucune alliance militaire sur le modèle de la guerre froide" /
//! "ne construisent pas une alliance militaire de type guerre froide"), is linked both ways.
//!
//! Two quotes are counterparts when they are in the same event, come from different articles,
//! do not have different known speakers, and share enough content-word stems: at least three,
//! covering at least half of the shorter quote's stems. Stems are the first five letters of
//! folded words of four letters or more, which absorbs most French inflection and many
//! translation variants (calme/calmement, défense/défensives).

use crate::model::{Corpus, QuoteIx};
use crate::text::{fold, words};
use std::collections::HashSet;

const MIN_SHARED: usize = 3;
const MIN_COVER: f32 = 0.5;

/// Words too common to say two quotes are the same statement.
const STOP: &[&str] = &[
    "avec", "dans", "pour", "nous", "vous", "elle", "elles", "leur", "leurs", "notre", "nos", "votre", "cette", "sont",
    "sera", "etre", "avoir", "plus", "tout", "tous", "toute", "toutes", "mais", "comme", "aussi", "ainsi", "entre",
    "sans", "sous", "deux", "tres", "bien", "fait", "faire", "cela", "ceci", "celui", "celle", "dont", "aux", "des",
    "les", "une", "qui", "que", "quoi", "chez", "depuis", "vers", "encore", "deja", "meme", "autre", "autres",
];

pub fn stems(text: &str) -> HashSet<String> {
    words(text)
        .map(|w| fold(w.text))
        .filter(|w| w.chars().count() >= 4 && !STOP.contains(&w.as_str()))
        .map(|w| w.chars().take(5).collect())
        .collect()
}

/// Whether two quotes' stem sets say they are the same statement.
pub fn same_statement(a: &HashSet<String>, b: &HashSet<String>) -> bool {
    let shared = a.intersection(b).count();
    let smaller = a.len().min(b.len()).max(1);
    shared >= MIN_SHARED && shared as f32 / smaller as f32 >= MIN_COVER
}

/// Fill every quote's `same_as`. Only events reported by two articles or more can hold
/// counterparts, so only their quotes are looked at (a corpus of a million single-source
/// quotes costs nothing here).
pub fn link(corpus: &mut Corpus) {
    let mut pairs: Vec<(QuoteIx, QuoteIx)> = Vec::new();
    for ev in corpus.events.iter().filter(|e| e.articles.len() >= 2) {
        let stems: Vec<HashSet<String>> = ev.quotes.iter().map(|&q| stems(&corpus.quote(q).text())).collect();
        for (i, &a) in ev.quotes.iter().enumerate() {
            for (j, &b) in ev.quotes.iter().enumerate().skip(i + 1) {
                let (qa, qb) = (corpus.quote(a), corpus.quote(b));
                let speakers_agree = match (qa.speaker(), qb.speaker()) {
                    (Some(x), Some(y)) => x == y,
                    _ => true,
                };
                if qa.article() != qb.article() && speakers_agree && same_statement(&stems[i], &stems[j]) {
                    pairs.push((a, b));
                }
            }
        }
    }
    for (a, b) in pairs {
        corpus.quotes.add_same_as(a, b);
        corpus.quotes.add_same_as(b, a);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations_of_one_statement_match() {
        let a =
            stems("La Russie et la Chine ne construisent aucune alliance militaire sur le modèle de la guerre froide");
        let b = stems("La Russie et la Chine ne construisent pas une alliance militaire de type guerre froide");
        assert!(same_statement(&a, &b));
        let a = stems("Nous constatons tout cela et, avec nos amis, notamment de la République populaire de Chine, nous y réagissons avec calme et prudence et renforçons notre capacité de défense, notamment par le biais d’exercices navals et aériens conjoints");
        let b = stems("Nous voyons tout cela et, avec nos amis, nous réagissons calmement, de manière équilibrée, en renforçant nos capacités défensives");
        assert!(same_statement(&a, &b));
    }

    #[test]
    fn different_statements_do_not() {
        let a =
            stems("La Russie et la Chine ne construisent aucune alliance militaire sur le modèle de la guerre froide");
        let b = stems("Nous travaillons activement par l'intermédiaire des départements militaires");
        assert!(!same_statement(&a, &b));
        let short = stems("de plus en plus importante");
        assert!(!same_statement(&a, &short), "too few shared stems to say");
    }
}
