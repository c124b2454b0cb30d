//! Quotes as text to copy: citations in several formats.
//!
//! What a reader copies is the article's words exactly (`Quote::text`, whitespace already folded
//! by the loader; folded again here so a citation is always one line), then who said them, when,
//! and who reported it. Nothing in the words is escaped or rewritten, in any format: the point of
//! the tool is the exact words, so a Markdown citation may render an article's stray `*` as
//! emphasis rather than alter what is pasted.
//!
//! Decisions, in brief:
//! - Plain ASCII spaces around « », not the no-break spaces of French typography: the copy goes
//!   into mail, notes, code and search boxes where an invisible U+00A0 surprises more than it helps.
//! - The date is the quote's *event* date in French (`FuzzyDate::french`), at its real precision
//!   ("novembre 2023" when only the month is known); an undated event leaves the date out rather
//!   than guess one from the publication date.
//! - An unattributed quote names its speaker [`UNKNOWN_SPEAKER`]: "non identifié" says the tool
//!   did not find who spoke, not that the article does not say.
//! - The source is the outlet (`Article::source`), else the article id, so a citation always says
//!   where it was read. Other outlets carrying the same statement (`Quote::same_as`) follow as
//!   "; aussi rapporté par X, Y", each named once and never the primary outlet again.

use crate::model::{fold_whitespace, Article, Corpus, EventIx, QuoteIx};

/// How an unattributed quote's speaker is written.
pub const UNKNOWN_SPEAKER: &str = "auteur non identifié";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum CiteFormat {
    /// « words » — Speaker, date (Source; aussi rapporté par ...)
    #[default]
    Citation,
    /// Markdown block quote with the source link.
    Markdown,
    /// The words alone.
    Plain,
}

/// One quote as `format`. An index outside the corpus gives an empty string (nothing to copy)
/// rather than a panic.
pub fn quote(corpus: &Corpus, q: QuoteIx, format: CiteFormat) -> String {
    let Some(quote) = corpus.quotes.get(q) else { return String::new() };
    let words = fold_whitespace(&quote.text);
    match format {
        CiteFormat::Plain => words,
        CiteFormat::Citation => format!("« {words} » — {}", attribution(corpus, q, false)),
        CiteFormat::Markdown => format!("> {words}\n>\n> — {}", attribution(corpus, q, true)),
    }
}

/// All quotes of an event, one per paragraph (separated by a blank line). Empty when the event
/// has no quotes (or does not exist).
pub fn event(corpus: &Corpus, e: EventIx, format: CiteFormat) -> String {
    corpus.events.get(e).map(|ev| quotes(corpus, &ev.quotes, format)).unwrap_or_default()
}

/// Several quotes (search matches, an event), one per paragraph, in the order given.
pub fn quotes(corpus: &Corpus, qs: &[QuoteIx], format: CiteFormat) -> String {
    let parts: Vec<String> = qs.iter().map(|&q| quote(corpus, q, format)).filter(|s| !s.is_empty()).collect();
    parts.join("\n\n")
}

/// "Speaker, date, Source; aussi rapporté par X" (Markdown: sources as links) for the citation
/// (wrapped in parentheses) and Markdown (after a comma) forms.
fn attribution(corpus: &Corpus, q: QuoteIx, markdown: bool) -> String {
    let quote = &corpus.quotes[q];
    let mut out = corpus.speaker_name(quote).unwrap_or(UNKNOWN_SPEAKER).to_string();
    if let Some(date) = corpus.events.get(quote.event).and_then(|e| e.date) {
        out.push_str(", ");
        out.push_str(&date.french());
    }
    let Some(primary) = corpus.articles.get(quote.article) else { return out };
    let mut named = vec![source_name(primary)];
    let mut others = Vec::new();
    for art in quote.same_as.iter().filter_map(|&o| corpus.quotes.get(o)).filter_map(|o| corpus.articles.get(o.article))
    {
        let name = source_name(art);
        if !named.contains(&name) {
            named.push(name);
            others.push(source(art, markdown));
        }
    }
    let mut sources = source(primary, markdown);
    if !others.is_empty() {
        sources.push_str("; aussi rapporté par ");
        sources.push_str(&others.join(", "));
    }
    if markdown {
        out.push_str(", ");
        out.push_str(&sources);
    } else {
        out.push_str(" (");
        out.push_str(&sources);
        out.push(')');
    }
    out
}

/// Where an article was read: its outlet, else its id.
fn source_name(a: &Article) -> &str {
    a.source.as_deref().map(str::trim).filter(|s| !s.is_empty()).unwrap_or(&a.id)
}

/// The source as text, or in Markdown as a link when the article has a URL.
fn source(a: &Article, markdown: bool) -> String {
    let name = source_name(a);
    match a.url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) if markdown => format!("[{}]({})", md_label(name), md_url(url)),
        _ => name.to_string(),
    }
}

/// A link label: brackets and backslashes escaped so an outlet name cannot end the link early.
fn md_label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A link destination: the characters that would end or break `(url)` percent-encoded, which
/// leaves the URL meaning the same.
fn md_url(u: &str) -> String {
    let mut out = String::with_capacity(u.len());
    for c in u.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c if c.is_whitespace() || c.is_control() => {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_corpus;

    fn ix(c: &Corpus, id: &str) -> QuoteIx {
        c.quotes.iter().position(|q| &*q.id == id).unwrap()
    }

    #[test]
    fn citation_names_speaker_date_source_and_corroboration() {
        let c = sample_corpus();
        assert_eq!(
            quote(&c, ix(&c, "a0#q1"), CiteFormat::Citation),
            "« La Russie et la Chine ne construisent aucune alliance militaire sur le modèle de la guerre froide » \
             — Vladimir Poutine, 8 novembre 2023 (Reuters; aussi rapporté par a1)"
        );
        // The corroborating article has no outlet: its id stands in, and Reuters is named second.
        assert_eq!(
            quote(&c, ix(&c, "a1#q1"), CiteFormat::Citation),
            "« La Russie et la Chine ne construisent pas une alliance militaire de type guerre froide » \
             — Vladimir Poutine, 8 novembre 2023 (a1; aussi rapporté par Reuters)"
        );
    }

    #[test]
    fn accents_and_typographic_apostrophes_are_kept_byte_for_byte() {
        let c = sample_corpus();
        let q = ix(&c, "a0#q2");
        let s = quote(&c, q, CiteFormat::Citation);
        assert_eq!(
            s,
            "« La Fédération de Russie, sous votre direction, s’oppose obstinément aux sanctions occidentales » \
             — Zhang Youxia, 8 novembre 2023 (Reuters)"
        );
        assert_eq!(
            quote(&c, ix(&c, "a1#q2"), CiteFormat::Citation),
            "« Nous ne créons pas un bloc militaire contre des pays tiers » — Sergueï Choïgou, 8 novembre 2023 (a1)"
        );
    }

    #[test]
    fn long_quotes_are_never_truncated() {
        let c = sample_corpus();
        let q = ix(&c, "a2#q1");
        let words = &c.quotes[q].text;
        assert!(words.chars().count() > 200);
        for f in [CiteFormat::Citation, CiteFormat::Markdown, CiteFormat::Plain] {
            let s = quote(&c, q, f);
            assert!(s.contains(&**words), "{f:?}: {s}");
            assert!(!s.contains('…'));
        }
        assert!(quote(&c, q, CiteFormat::Citation).ends_with("» — Vladimir Poutine, 30 décembre 2022 (a2)"));
    }

    #[test]
    fn unknown_speaker_and_undated_event() {
        let mut c = sample_corpus();
        let q = ix(&c, "a2#q2");
        assert_eq!(
            quote(&c, q, CiteFormat::Citation),
            "« Quelqu’un a dit cela sans dire qui » — auteur non identifié, 30 décembre 2022 (a2)"
        );
        let e = c.quotes[q].event;
        c.events[e].date = None;
        assert_eq!(
            quote(&c, q, CiteFormat::Citation),
            "« Quelqu’un a dit cela sans dire qui » — auteur non identifié (a2)"
        );
        c.events[e].date = crate::model::FuzzyDate::month(2022, 12);
        assert!(quote(&c, q, CiteFormat::Citation).ends_with("identifié, décembre 2022 (a2)"));
    }

    #[test]
    fn plain_is_the_words_alone_with_whitespace_folded() {
        let mut c = sample_corpus();
        let q = ix(&c, "a1#q2");
        assert_eq!(quote(&c, q, CiteFormat::Plain), "Nous ne créons pas un bloc militaire contre des pays tiers");
        c.quotes[q].text = "  Nous ne\n créons\u{a0}pas ".into();
        assert_eq!(quote(&c, q, CiteFormat::Plain), "Nous ne créons pas");
        assert_eq!(quote(&c, q, CiteFormat::Citation).lines().count(), 1);
    }

    #[test]
    fn markdown_block_quote_links_sources_with_urls() {
        let mut c = sample_corpus();
        let q = ix(&c, "a0#q1");
        assert_eq!(
            quote(&c, q, CiteFormat::Markdown),
            "> La Russie et la Chine ne construisent aucune alliance militaire sur le modèle de la guerre froide\n>\n\
             > — Vladimir Poutine, 8 novembre 2023, Reuters; aussi rapporté par a1"
        );
        c.articles[0].url = Some("https://example.org/a (1)".into());
        c.articles[1].source = Some("Le [Monde]".into());
        c.articles[1].url = Some("https://lemonde.example/x".into());
        assert_eq!(
            quote(&c, q, CiteFormat::Markdown).lines().last().unwrap(),
            "> — Vladimir Poutine, 8 novembre 2023, [Reuters](https://example.org/a%20%281%29); \
             aussi rapporté par [Le \\[Monde\\]](https://lemonde.example/x)"
        );
        // The citation form never carries URLs.
        assert!(quote(&c, q, CiteFormat::Citation).ends_with("(Reuters; aussi rapporté par Le [Monde])"));
    }

    #[test]
    fn corroborating_outlets_are_named_once_and_never_the_primary_again() {
        let mut c = sample_corpus();
        let q = ix(&c, "a0#q1");
        c.articles[1].source = Some("Reuters".into());
        assert!(quote(&c, q, CiteFormat::Citation).ends_with("(Reuters)"));
        c.articles[1].source = Some("AFP".into());
        let other = ix(&c, "a1#q1");
        c.quotes[q].same_as = vec![other, other, 999];
        assert!(quote(&c, q, CiteFormat::Citation).ends_with("(Reuters; aussi rapporté par AFP)"));
    }

    #[test]
    fn event_copies_each_quote_as_a_paragraph() {
        let c = sample_corpus();
        let e = c.events.iter().position(|e| e.quotes.len() == 4).unwrap();
        let s = event(&c, e, CiteFormat::Citation);
        let paras: Vec<&str> = s.split("\n\n").collect();
        assert_eq!(paras.len(), 4);
        for (p, &q) in paras.iter().zip(&c.events[e].quotes) {
            assert_eq!(*p, quote(&c, q, CiteFormat::Citation));
        }
        let md = event(&c, e, CiteFormat::Markdown);
        assert_eq!(md.split("\n\n").count(), 4);
        // An event without quotes, or out of range, has nothing to copy.
        assert_eq!(event(&c, 0, CiteFormat::Citation), "");
        assert_eq!(event(&c, 99, CiteFormat::Citation), "");
        assert_eq!(quote(&c, 99, CiteFormat::Plain), "");
    }
}
