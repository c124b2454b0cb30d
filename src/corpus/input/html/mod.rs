//! Web pages (`.html`, `.htm`) as articles: the page decoded in its own encoding, parsed by
//! html5ever, its metadata read (JSON-LD, OpenGraph, `<meta>`), and the article told apart from
//! the page's furniture (menus, cookie banners, "most read" boxes, related links, comments,
//! footers) by `dom_smoothie`, a port of Mozilla's Readability (Firefox's reader view).
//!
//! The article becomes plain text: its headline, then one paragraph per line, separated by
//! blank lines, as the `.txt` articles come. That text is what the rest of the loader reads and
//! what the article view shows: quote offsets point into it, not into the HTML.
//!
//! Hostile pages stay cheap: at most [`MAX_BYTES`] are read, parsing stops at absurd nesting
//! (see [`dom`]), and a page of over [`MAX_ELEMENTS`] elements is read whole without the
//! readability pass. What was left out is said in the article's warnings.

mod decode;
pub mod dom;
pub mod meta;
pub mod text;

use super::source::Metadata;
use dom_smoothie::{Config, Readability, ReadabilityError};
use std::path::Path;
use text::Scope;

/// Largest page read (a news page is well under 5 MB).
pub const MAX_BYTES: usize = 64 << 20;
/// Elements past which the readability pass is not run (a news page has some thousands).
pub const MAX_ELEMENTS: usize = 100_000;

/// A page read as an article.
#[derive(Debug, Clone, PartialEq)]
pub struct WebPage {
    /// The headline, a blank line, then the article's paragraphs separated by blank lines.
    pub text: String,
    /// What the page says of itself (a sidecar `NAME.json` still wins, field by field).
    pub metadata: Metadata,
    /// What was doubtful or left out.
    pub warnings: Vec<String>,
}

/// Whether `path` names a web page.
pub fn is_web_page(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Read a page from its bytes. An error (the page is not loaded) says why in plain words.
pub fn read(bytes: &[u8]) -> Result<WebPage, String> {
    if bytes.len() > MAX_BYTES {
        return Err(format!(
            "web page too large ({:.1} MB; pages of up to {} MB are read)",
            bytes.len() as f64 / 1e6,
            MAX_BYTES >> 20
        ));
    }
    let decoded = decode::decode(bytes)?;
    let mut warnings = decoded.warnings;
    let (doc, parse_warnings) = dom::parse(&decoded.text);
    drop(decoded.text);
    warnings.extend(parse_warnings);
    let page = meta::read(&doc);
    // <q> marks follow the page's language; chronique reads French first.
    let french = page.lang.as_deref().is_none_or(|l| l == "fr");
    let paragraphs = article_paragraphs(doc, french, &mut warnings);

    let headline = page.headline.clone();
    let same_as_headline = |p: &String| headline.as_deref().is_some_and(|h| same_words(h, p));
    let body: Vec<String> = paragraphs.into_iter().skip_while(same_as_headline).collect();
    if body.is_empty() && headline.is_none() {
        return Err(match warnings.as_slice() {
            [] => "no text found in the web page".into(),
            w => format!("no text found in the web page ({})", w.join("; ")),
        });
    }
    let mut text = String::new();
    for p in headline.iter().chain(&body) {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(p);
    }
    text.push('\n');
    if body.is_empty() {
        warnings.push("the page has a headline but no article text".into());
    }
    let metadata = Metadata {
        published: page.published,
        source: page.source,
        title: page.headline,
        url: page.url,
        lang: page.lang,
    };
    Ok(WebPage { text, metadata, warnings })
}

/// The article's paragraphs, by readability; the whole page's text when it cannot tell them.
fn article_paragraphs(doc: dom_query::Document, french: bool, warnings: &mut Vec<String>) -> Vec<String> {
    let config = Config { max_elements_to_parse: MAX_ELEMENTS, ..Config::default() };
    let mut readability = match Readability::with_document(doc, None, Some(config)) {
        Ok(r) => r,
        Err(e) => {
            warnings.push(format!("the page could not be read: {e}"));
            return Vec::new();
        }
    };
    match readability.parse() {
        Ok(_) => {
            let content = readability.doc.select_single("#readability-page-1");
            if let Some(root) = content.nodes().first() {
                return text::paragraphs(*root, Scope::Article, french);
            }
            warnings
                .push("the article could not be told apart from the rest of the page: all its text was read".into());
        }
        Err(ReadabilityError::TooManyElements(n, max)) => warnings.push(format!(
            "the page has {} elements (over {}): the article was not told apart from the rest of the page",
            dom::thousands(n),
            dom::thousands(max)
        )),
        Err(_) => {
            warnings.push("the article could not be told apart from the rest of the page: all its text was read".into())
        }
    }
    let root = readability.doc.body().unwrap_or_else(|| readability.doc.root());
    text::paragraphs(root, Scope::Page, french)
}

/// Same words, ignoring case, whitespace and punctuation (a headline repeated as the first line).
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    };
    let (a, b) = (words(a), words(b));
    !a.is_empty() && a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="fr"><head><title>Un titre | Journal</title>
        <meta property="article:published_time" content="2024-03-12T10:00:00+01:00">
        <meta property="og:site_name" content="Journal"></head><body>
        <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
        <div class="cookie-banner">« Nous respectons votre vie privée », accepter ?</div>
        <article><h1>Un titre</h1>
        <p>PARIS, 12 mars 2024 (AFP) - Le président a parlé longuement devant la presse, à l'Élysée, mardi, pendant une heure, de sujets variés, de l'Europe à l'agriculture, et de la guerre.</p>
        <p>« Nous ne céderons pas », a déclaré le président, qui a ajouté que la France restait unie et déterminée, malgré les difficultés, les doutes et les critiques.</p>
        <p>La conférence de presse s'est achevée vers midi, après de nombreuses questions des journalistes présents, venus de toute l'Europe, et même d'ailleurs.</p>
        </article>
        <aside class="most-read"><h2>Les plus lus</h2><ul><li><a href="/1">« Tout va mal », dit X</a></li><li><a href="/2">« Rien ne va », dit Y</a></li></ul></aside>
        <footer>© Journal 2024</footer></body></html>"#;

    #[test]
    fn a_page_becomes_headline_then_paragraphs() {
        let page = read(PAGE.as_bytes()).unwrap();
        let paragraphs: Vec<&str> = page.text.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 4, "{}", page.text);
        assert_eq!(paragraphs[0], "Un titre", "headline first, once");
        assert!(paragraphs[1].starts_with("PARIS, 12 mars 2024 (AFP)"));
        assert!(paragraphs[2].starts_with("« Nous ne céderons pas »"));
        assert!(
            page.text.ends_with("pays, et même d'ailleurs.\n") || page.text.ends_with("ailleurs.\n"),
            "{}",
            page.text
        );
        for furniture in ["Accueil", "vie privée", "Les plus lus", "Tout va mal", "© Journal"] {
            assert!(!page.text.contains(furniture), "{furniture}: {}", page.text);
        }
        assert_eq!(page.metadata.title.as_deref(), Some("Un titre"));
        assert_eq!(page.metadata.published.as_deref(), Some("2024-03-12"));
        assert_eq!(page.metadata.source.as_deref(), Some("Journal"));
        assert_eq!(page.metadata.lang.as_deref(), Some("fr"));
        assert!(page.warnings.is_empty(), "{:?}", page.warnings);
    }

    #[test]
    fn pages_without_article_or_text() {
        let e = read(b"<html><head><script>var a = 1;</script></head><body>  </body></html>").unwrap_err();
        assert!(e.contains("no text"), "{e}");
        let page = read(b"<title>Seulement un titre de page</title>").unwrap();
        assert_eq!(page.text, "Seulement un titre de page\n");
        assert!(page.warnings.iter().any(|w| w.contains("no article text")), "{:?}", page.warnings);
        // Too short for readability's liking: still read, whatever it holds.
        let page = read("<p>« Oui », a dit Paul.</p>".as_bytes()).unwrap();
        assert_eq!(page.text, "« Oui », a dit Paul.\n");
    }

    #[test]
    fn too_large_or_not_html_at_all_is_refused() {
        let big = vec![b' '; MAX_BYTES + 1];
        assert!(read(&big).unwrap_err().contains("too large (67.1 MB"));
        assert!(read(b"\x7fELF\x02\x01\x01\0\0\0").unwrap_err().contains("binary"));
    }

    #[test]
    fn web_pages_are_told_by_their_extension() {
        for (p, yes) in [("a.html", true), ("b/c.HTM", true), ("d.Html", true), ("e.txt", false), ("html", false)] {
            assert_eq!(is_web_page(Path::new(p)), yes, "{p}");
        }
    }
}
