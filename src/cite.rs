//! Quotes as text to copy: citations in several formats.
//!
//! What a reader copies is the article's words exactly (`Quote::text`, whitespace already folded
//! by the loader; folded again here so a citation is always one line), then who said them, when,
//! and who reported it. Nothing in the words is escaped or rewritten, in any format: the point of
//! the tool is the exact words, so a Markdown citation may render an article's stray `*` as
//! emphasis rather than alter what is pasted.
//!
//! Decisions, in brief:
//! - The words chronique adds (who, when, "aussi rapporté par" / "also reported by") are in the
//!   reader's language ([`Lang`]); the quote keeps its own language's marks: « » for French, “ ”
//!   for English, from its article's `lang`, else told from its words ([`marks_for`]).
//! - Plain ASCII spaces inside « », not the no-break spaces of French typography: the copy goes
//!   into mail, notes, code and search boxes where an invisible U+00A0 surprises more than it helps.
//! - The date is the quote's *event* date (`FuzzyDate::long`), at its real precision
//!   ("novembre 2023" when only the month is known); an undated event leaves the date out rather
//!   than guess one from the publication date.
//! - An unattributed quote names its speaker "auteur non identifié" / "speaker not identified":
//!   the tool did not find who spoke, which is not to say the article does not say.
//! - The source is the outlet (`Article::source`), else the article's title in quotation marks, else its file
//!   name ([`source_name`]): a citation always says where it was read, in words a reader knows,
//!   never an internal id. Other outlets carrying the same statement (`Quote::same_as`) follow
//!   as "; aussi rapporté par X, Y", each named once and never the primary outlet again. Inside
//!   the citation's parentheses a name's own parentheses become brackets: "(Press TV [édition
//!   française])", never nested parentheses.

use crate::lang::Lang;
use crate::model::{fold_whitespace, Article, Corpus, QuoteIx, QuoteRef};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum CiteFormat {
    /// « words » — Speaker, date (Source; also reported by ...)
    #[default]
    Citation,
    /// Markdown block quote with the source link.
    Markdown,
    /// The words alone.
    Plain,
}

/// One quote as `format`, chronique's words in `lang`. An index outside the corpus gives an
/// empty string (nothing to copy) rather than a panic.
pub fn quote(corpus: &Corpus, q: QuoteIx, format: CiteFormat, lang: Lang) -> String {
    let Some(quote) = corpus.quotes.get(q) else { return String::new() };
    let words = fold_whitespace(&quote.text());
    match format {
        CiteFormat::Plain => words,
        CiteFormat::Citation => {
            format!("{} — {}", marks_for(corpus, quote, lang).quoted(&words), attribution(corpus, q, false, lang))
        }
        CiteFormat::Markdown => format!("> {words}\n>\n> — {}", attribution(corpus, q, true, lang)),
    }
}

/// Several quotes (search matches, an event's, marked ones), one per paragraph (separated by a
/// blank line), in the order given; empty when there are none.
pub fn quotes(corpus: &Corpus, qs: &[QuoteIx], format: CiteFormat, lang: Lang) -> String {
    let parts: Vec<String> = qs.iter().map(|&q| quote(corpus, q, format, lang)).filter(|s| !s.is_empty()).collect();
    parts.join("\n\n")
}

/// The language whose quotation marks wrap `quote`: its article's `lang` when chronique writes
/// that language, else the language its words are in, else the reader's (`fallback`).
pub fn marks_for(corpus: &Corpus, quote: QuoteRef<'_>, fallback: Lang) -> Lang {
    let declared = corpus.articles.get(quote.article()).and_then(|a| a.lang.as_deref()).and_then(Lang::from_code);
    declared.or_else(|| Lang::detect(&quote.text())).unwrap_or(fallback)
}

/// "Speaker, date, Source; also reported by X" (Markdown: sources as links) for the citation
/// (wrapped in parentheses) and Markdown (after a comma) forms.
fn attribution(corpus: &Corpus, q: QuoteIx, markdown: bool, lang: Lang) -> String {
    let w = &lang.words().cite;
    let quote = corpus.quote(q);
    let mut out = speaker(corpus, quote, lang, w.unknown_speaker);
    if let Some(date) = corpus.events.get(quote.event()).and_then(|e| e.date) {
        out.push_str(", ");
        out.push_str(&date.long(lang));
    }
    let Some(primary) = corpus.articles.get(quote.article()) else { return out };
    let mut named = vec![source_name(primary)];
    let mut others = Vec::new();
    for art in
        quote.same_as().iter().filter_map(|&o| corpus.quotes.get(o)).filter_map(|o| corpus.articles.get(o.article()))
    {
        let name = source_name(art);
        if !named.contains(&name) {
            named.push(name);
            others.push(source(art, markdown));
        }
    }
    let mut sources = source(primary, markdown);
    if !others.is_empty() {
        sources.push_str("; ");
        sources.push_str(w.also_reported_by);
        sources.push(' ');
        sources.push_str(&others.join(", "));
    }
    if markdown {
        out.push_str(", ");
        out.push_str(&sources);
    } else {
        out.push_str(" (");
        out.push_str(&bracket_inner(&sources));
        out.push(')');
    }
    out
}

/// Who said `quote`, as a reader must see it: the speaker's name, followed by "(attribution
/// uncertain)" when a weak rule guessed it, so a guess is never passed on as a fact; `unknown`
/// when no one was found.
pub fn speaker(corpus: &Corpus, quote: QuoteRef<'_>, lang: Lang, unknown: &str) -> String {
    match corpus.speaker_name(quote) {
        Some(name) if quote.attribution_uncertain() => format!("{name} ({})", lang.words().cite.uncertain),
        Some(name) => name.to_string(),
        None => unknown.to_string(),
    }
}

/// Why the words of one of `qs` cannot be given, if so: a quote of a plain file whose line
/// changed since it was loaded. A copy is then refused rather than made of other words.
pub fn unreadable(corpus: &Corpus, qs: &[QuoteIx]) -> Option<String> {
    qs.iter().filter_map(|&q| corpus.quotes.get(q)).find_map(|q| q.text_checked().err())
}

/// How many of `qs` name a speaker a weak rule guessed.
pub fn uncertain_count(corpus: &Corpus, qs: &[QuoteIx]) -> usize {
    qs.iter().filter_map(|&q| corpus.quotes.get(q)).filter(|q| q.attribution_uncertain()).count()
}

/// Where an article was read, as a reader names it: its outlet, else its title, else its file
/// name (never an internal id).
/// A headline stands in quotation marks (its own language's), so it is never read as the
/// name of an outlet; a title the catalogue supplied is already in [brackets].
pub fn source_name(a: &Article) -> String {
    let given = |s: &Option<String>| s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(fold_whitespace);
    let headline = |t: String| {
        if t.starts_with('[') {
            return t;
        }
        let lang = a.lang.as_deref().and_then(Lang::from_code).or_else(|| Lang::detect(&t)).unwrap_or(Lang::En);
        lang.quoted(&t)
    };
    given(&a.source).or_else(|| given(&a.title).map(headline)).unwrap_or_else(|| {
        let file = std::path::Path::new(&a.path).file_name().map(|n| n.to_string_lossy().into_owned());
        file.filter(|f| !f.is_empty()).unwrap_or_else(|| a.path.clone())
    })
}

/// Parentheses inside text that goes between parentheses become brackets, as typography
/// nests them.
fn bracket_inner(s: &str) -> String {
    s.replace('(', "[").replace(')', "]")
}

/// The source as text, or in Markdown as a link when the article has a URL.
fn source(a: &Article, markdown: bool) -> String {
    let name = source_name(a);
    match a.url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) if markdown => format!("[{}]({})", md_label(&name), md_url(url)),
        _ => name,
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
    use CiteFormat::{Citation, Markdown, Plain};
    use Lang::{En, Fr};

    fn ix(c: &Corpus, id: &str) -> QuoteIx {
        c.quotes.iter().position(|q| q.id() == id).unwrap()
    }

    #[test]
    fn citation_names_speaker_date_source_and_corroboration() {
        let c = sample_corpus();
        assert_eq!(
            quote(&c, ix(&c, "a0#q1"), Citation, Fr),
            "« La Russie et la Chine ne construisent aucune alliance militaire sur le modèle de la guerre froide » \
             — Vladimir Poutine, 8 novembre 2023 (Reuters; aussi rapporté par a1.txt)"
        );
        // The corroborating article has no outlet nor title: its file name stands in.
        assert_eq!(
            quote(&c, ix(&c, "a1#q1"), Citation, Fr),
            "« La Russie et la Chine ne construisent pas une alliance militaire de type guerre froide » \
             — Vladimir Poutine, 8 novembre 2023 (a1.txt; aussi rapporté par Reuters)"
        );
    }

    #[test]
    fn the_readers_language_for_chroniques_words_the_quotes_own_marks() {
        let mut c = sample_corpus();
        let q = ix(&c, "a0#q1");
        assert_eq!(
            quote(&c, q, Citation, En),
            "« La Russie et la Chine ne construisent aucune alliance militaire sur le modèle de la guerre froide » \
             — Vladimir Poutine, 8 November 2023 (Reuters; also reported by a1.txt)"
        );
        // An English quote gets English marks, in either language; from its article's `lang`...
        c.quotes.edit(q, |x| x.text = "Russia and China are not building a military alliance".into());
        c.articles[0].lang = Some("en".into());
        assert!(quote(&c, q, Citation, Fr).starts_with("“Russia and China are not building a military alliance” — "));
        // ...else from its words (Quotebank gives no language).
        c.articles[0].lang = None;
        assert!(quote(&c, q, Citation, En).starts_with("“Russia and China"));
        assert!(quote(&c, q, Citation, Fr).ends_with("8 novembre 2023 (Reuters; aussi rapporté par a1.txt)"));
        // Words that say nothing of their language take the reader's marks.
        c.quotes.edit(q, |x| x.text = "Xi Jinping".into());
        assert!(quote(&c, q, Citation, En).starts_with("“Xi Jinping”"));
        assert!(quote(&c, q, Citation, Fr).starts_with("« Xi Jinping »"));
    }

    #[test]
    fn the_source_is_the_outlet_else_the_title_else_the_file_never_an_id() {
        let mut c = sample_corpus();
        let q = ix(&c, "a1#q2");
        assert!(quote(&c, q, Citation, Fr).ends_with("(a1.txt)"));
        // A headline is quoted, never taken for an outlet's name; a supplied [title] is not.
        c.articles[1].title = Some("Choïgou : pas de bloc".into());
        assert!(quote(&c, q, Citation, Fr).ends_with("(« Choïgou : pas de bloc »)"));
        c.articles[1].source = Some("  ".into());
        assert!(quote(&c, q, Citation, Fr).ends_with("(« Choïgou : pas de bloc »)"), "a blank outlet is no outlet");
        c.articles[1].title = Some("[Choïgou : pas de bloc]".into());
        assert!(quote(&c, q, Citation, Fr).ends_with("([Choïgou : pas de bloc])"));
        c.articles[1].source = Some("Press TV (édition française)".into());
        let s = quote(&c, q, Citation, Fr);
        assert!(s.ends_with("(Press TV [édition française])"), "{s}");
        assert_eq!(s.matches('(').count(), 1, "no nested parentheses: {s}");
        // Markdown has no parentheses around its sources: the outlet is written as given.
        assert!(quote(&c, q, Markdown, Fr).ends_with(", Press TV (édition française)"));
    }

    #[test]
    fn accents_and_typographic_apostrophes_are_kept_byte_for_byte() {
        let c = sample_corpus();
        let q = ix(&c, "a0#q2");
        assert_eq!(
            quote(&c, q, Citation, Fr),
            "« La Fédération de Russie, sous votre direction, s’oppose obstinément aux sanctions occidentales » \
             — Zhang Youxia, 8 novembre 2023 (Reuters)"
        );
        assert_eq!(
            quote(&c, ix(&c, "a1#q2"), Citation, Fr),
            "« Nous ne créons pas un bloc militaire contre des pays tiers » — Sergueï Choïgou, 8 novembre 2023 (a1.txt)"
        );
    }

    #[test]
    fn long_quotes_are_never_truncated() {
        let c = sample_corpus();
        let q = ix(&c, "a2#q1");
        let words = c.quote(q).text();
        assert!(words.chars().count() > 200);
        for f in [Citation, Markdown, Plain] {
            let s = quote(&c, q, f, Fr);
            assert!(s.contains(words.as_ref()), "{f:?}: {s}");
            assert!(!s.contains('…'));
        }
        assert!(quote(&c, q, Citation, Fr).ends_with("» — Vladimir Poutine, 30 décembre 2022 (a2.txt)"));
    }

    #[test]
    fn unknown_speaker_and_undated_event() {
        let mut c = sample_corpus();
        let q = ix(&c, "a2#q2");
        assert_eq!(
            quote(&c, q, Citation, Fr),
            "« Quelqu’un a dit cela sans dire qui » — auteur non identifié, 30 décembre 2022 (a2.txt)"
        );
        assert_eq!(
            quote(&c, q, Citation, En),
            "« Quelqu’un a dit cela sans dire qui » — speaker not identified, 30 December 2022 (a2.txt)"
        );
        let e = c.quote(q).event();
        c.events[e].date = None;
        assert_eq!(
            quote(&c, q, Citation, Fr),
            "« Quelqu’un a dit cela sans dire qui » — auteur non identifié (a2.txt)"
        );
        c.events[e].date = crate::model::FuzzyDate::month(2022, 12);
        assert!(quote(&c, q, Citation, Fr).ends_with("identifié, décembre 2022 (a2.txt)"));
    }

    #[test]
    fn plain_is_the_words_alone_with_whitespace_folded() {
        let mut c = sample_corpus();
        let q = ix(&c, "a1#q2");
        assert_eq!(quote(&c, q, Plain, En), "Nous ne créons pas un bloc militaire contre des pays tiers");
        c.quotes.edit(q, |x| x.text = "  Nous ne\n créons\u{a0}pas ".into());
        assert_eq!(quote(&c, q, Plain, Fr), "Nous ne créons pas");
        assert_eq!(quote(&c, q, Citation, Fr).lines().count(), 1);
    }

    #[test]
    fn markdown_block_quote_links_sources_with_urls() {
        let mut c = sample_corpus();
        let q = ix(&c, "a0#q1");
        assert_eq!(
            quote(&c, q, Markdown, Fr),
            "> La Russie et la Chine ne construisent aucune alliance militaire sur le modèle de la guerre froide\n>\n\
             > — Vladimir Poutine, 8 novembre 2023, Reuters; aussi rapporté par a1.txt"
        );
        c.articles[0].url = Some("https://example.org/a (1)".into());
        c.articles[1].source = Some("Le [Monde]".into());
        c.articles[1].url = Some("https://lemonde.example/x".into());
        assert_eq!(
            quote(&c, q, Markdown, En).lines().last().unwrap(),
            "> — Vladimir Poutine, 8 November 2023, [Reuters](https://example.org/a%20%281%29); \
             also reported by [Le \\[Monde\\]](https://lemonde.example/x)"
        );
        // The citation form never carries URLs.
        assert!(quote(&c, q, Citation, Fr).ends_with("(Reuters; aussi rapporté par Le [Monde])"));
    }

    #[test]
    fn corroborating_outlets_are_named_once_and_never_the_primary_again() {
        let mut c = sample_corpus();
        let q = ix(&c, "a0#q1");
        c.articles[1].source = Some("Reuters".into());
        assert!(quote(&c, q, Citation, Fr).ends_with("(Reuters)"));
        c.articles[1].source = Some("AFP".into());
        let other = ix(&c, "a1#q1");
        c.quotes.edit(q, |x| x.same_as = vec![other, other, 999]);
        assert!(quote(&c, q, Citation, Fr).ends_with("(Reuters; aussi rapporté par AFP)"));
    }

    #[test]
    fn event_copies_each_quote_as_a_paragraph() {
        let c = sample_corpus();
        let e = c.events.iter().position(|e| e.quotes.len() == 4).unwrap();
        let s = quotes(&c, &c.events[e].quotes, Citation, Fr);
        let paras: Vec<&str> = s.split("\n\n").collect();
        assert_eq!(paras.len(), 4);
        for (p, &q) in paras.iter().zip(&c.events[e].quotes) {
            assert_eq!(*p, quote(&c, q, Citation, Fr));
        }
        let md = quotes(&c, &c.events[e].quotes, Markdown, En);
        assert_eq!(md.split("\n\n").count(), 4);
        // No quotes, or a quote out of range: nothing to copy.
        assert_eq!(quotes(&c, &c.events[0].quotes, Citation, Fr), "");
        assert_eq!(quotes(&c, &[99], Citation, Fr), "");
        assert_eq!(quote(&c, 99, Plain, Fr), "");
    }
}
