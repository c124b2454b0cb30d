//! Stage 2 of the loader: one article, read on its own (so articles are read in parallel),
//! as a pipeline over one [`Page`]: layout (paragraphs, page furniture, sentences, quote marks:
//! `page`, `layout`) → its publication date and dateline (`dates::publication`) → the one pass
//! that finds people (`mentions`) → the reported event and dated context (`events`) →
//! quotations (`quotes`) and who said them (`attribution`), the same words quoted twice
//! counted once (`attribution::repeats`). Everything known besides the text,
//! the language included, comes in one [`Knowledge`] value.

pub mod attribution;
pub mod dates;
pub mod events;
pub mod knowledge;
pub mod layout;
pub mod mentions;
pub mod page;
pub mod quotes;

use crate::corpus::input::{header, Input};
use crate::gazetteer::Gazetteer;
use crate::model::*;
use attribution::Extraction;
use events::ArticleEvents;
pub use knowledge::Knowledge;
use page::Page;
use std::sync::Arc;

/// Who a quote or a participant refers to, before speakers are numbered corpus-wide.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SpeakerRef {
    /// An entry of the gazetteer (index into `Gazetteer::entries`).
    Entry(usize),
    /// A person the gazetteer does not know, as written in the article (cleaned of titles).
    Name(String),
    /// An institution or a group the gazetteer does not know, named as the text names it
    /// ("parquet fédéral de Belgique", "manifestants").
    Collective(String, SpeakerKind),
}

/// One article after per-article analysis (independent of the others, so done in parallel).
pub struct Analysed {
    pub article: Article,
    pub events: ArticleEvents,
    pub extraction: Extraction,
}

/// Analyse one article: header, then the pipeline over its page (see the module doc).
pub fn analyse(input: Input, gazetteer: &Gazetteer) -> Analysed {
    analyse_with(input, &Knowledge::new(gazetteer))
}

/// [`analyse`] with the knowledge already gathered.
pub fn analyse_with(input: Input, k: &Knowledge) -> Analysed {
    let Input { id, path, text, metadata, mut warnings } = input;
    let head = header::parse(&text);
    warnings.extend(head.warnings.iter().cloned());
    let side = metadata.unwrap_or_default();
    let pick = |a: &Option<String>, b: &Option<String>| a.clone().or_else(|| b.clone());
    let given = pick(&side.published, &head.metadata.published).and_then(|p| FuzzyDate::parse_iso(&p));
    let body = head.body_start..text.len();

    let page = Page::new(k.lang, &text, body.clone());
    let when = dates::publication(k.lang, &text, &page.paragraphs, body, given);
    let title = pick(&side.title, &head.metadata.title).or_else(|| heading_title(&text, &page.paragraphs));
    let found = mentions::scan_page(&page, k);
    let mut ev = events::article_events(&page, k, &found, &when, title.as_deref());
    let date = ev.reported.as_ref().and_then(|r| r.date).or(when.reference);
    let home = when
        .dateline
        .as_ref()
        .and_then(|d| k.places.country_of(&d.place))
        .and_then(|c| k.lang.nationality_of_country(&crate::text::fold(c)));
    let mut extraction = attribution::extract(&page, k, found, date, home);
    attribution::repeats::merge(&text, &mut extraction);

    let mut doubts = publication_doubts(&when, head.body_start);
    doubts.append(&mut ev.doubts);
    doubts.extend(extraction.doubts.iter().cloned());
    let source =
        pick(&side.source, &head.metadata.source).or_else(|| when.dateline.as_ref().and_then(|d| d.outlet.clone()));
    let article = Article {
        id,
        path,
        source,
        published: when.published,
        title,
        url: pick(&side.url, &head.metadata.url),
        lang: pick(&side.lang, &head.metadata.lang),
        text: Arc::from(text),
        body_start: head.body_start,
        warnings,
        doubts,
    };
    Analysed { article, events: ev, extraction }
}

/// What is unsure about when the article was written.
fn publication_doubts(when: &dates::Publication, at: usize) -> Vec<Doubt> {
    match when.reference {
        None => vec![Doubt { kind: DoubtKind::NoPublicationDate, at, excerpt: String::new() }],
        Some(r) if r.precision != Precision::Day => {
            vec![Doubt { kind: DoubtKind::PublicationImprecise, at, excerpt: r.french() }]
        }
        _ => vec![],
    }
}

/// An article's title when no metadata gives one: its first heading line, if it comes
/// before the body proper (a heading after the first body paragraph is a section heading).
/// Page clutter ("TV", a section name) is not a headline: a headline has three words or more.
fn heading_title(text: &str, paragraphs: &[layout::Paragraph]) -> Option<String> {
    let first_body = paragraphs.iter().position(|p| p.is_body()).unwrap_or(paragraphs.len());
    paragraphs[..first_body]
        .iter()
        .filter(|p| p.furniture == Some(layout::Furniture::Heading))
        .find(|p| crate::text::words(&text[p.span.clone()]).nth(2).is_some())
        .map(|p| fold_whitespace(&text[p.span.clone()]))
}

/// Analyse all inputs, using every core; `done` counts finished articles (for progress).
pub fn analyse_all(inputs: Vec<Input>, gazetteer: &Gazetteer, done: &std::sync::atomic::AtomicUsize) -> Vec<Analysed> {
    use rayon::prelude::*;
    let k = Knowledge::new(gazetteer);
    inputs
        .into_par_iter()
        .map(|i| {
            let a = analyse_with(i, &k);
            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            a
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn participants_and_speakers_come_from_one_pass_and_agree() {
        // The gazetteer's Kremlin spokesman is not the one this text names: the meeting's
        // participant and the quote's speaker are both the person the text introduced.
        let text = "date: 2024-05-14\n\nOlga Rostova, porte-parole du Kremlin, a rencontré mardi le président chinois Xi Jinping à Moscou.\n\
                    « Nous avons parlé de coopération militaire », a déclaré la porte-parole du Kremlin.\n";
        let input = Input { id: "a".into(), path: "a.txt".into(), text: text.into(), metadata: None, warnings: vec![] };
        let g = Gazetteer::builtin();
        let a = analyse(input, &g);
        let olga = SpeakerRef::Name("Olga Rostova".into());
        let reported = a.events.reported.unwrap();
        assert!(reported.participants.contains(&olga), "{:?}", reported.participants);
        assert_eq!(reported.date, FuzzyDate::parse_iso("2024-05-14"));
        assert_eq!(a.extraction.quotes.len(), 1);
        assert_eq!(a.extraction.quotes[0].speaker, Some(olga));
    }
}
