//! What a page says about itself: JSON-LD (`NewsArticle` and kin, in `@graph`s and arrays, a
//! publisher given by `@id`), OpenGraph, microdata (`itemprop`) and plain `<meta>` names,
//! `<html lang>`, the canonical link, then `<h1>` and `<title>` for a headline. Each field takes
//! the first source that gives a usable value, in that order.

use super::dom::{self, Visit};
use dom_query::{Document, NodeRef};
use html5ever::local_name;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// The page's own metadata; every field optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    pub headline: Option<String>,
    /// "YYYY-MM-DD", the day as the page writes it (not moved to UTC).
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Primary language subtag, lowercase: "fr".
    pub lang: Option<String>,
}

/// Metadata tags that date a page, beyond JSON-LD and OpenGraph (lowercased names).
const DATE_NAMES: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "article.published",
    "sailthru.date",
    "parsely-pub-date",
];
const TITLE_NAMES: &[&str] = &["og:title", "twitter:title", "headline", "dc.title"];
const SOURCE_NAMES: &[&str] = &["og:site_name", "publisher", "dc.publisher"];
const LANG_NAMES: &[&str] = &["og:locale", "content-language", "dc.language", "language"];
/// JSON-LD blocks longer than this are not article metadata.
const MAX_JSON_LD: usize = 1 << 20;

/// Everything the walk over the page gathers, before precedence is applied.
#[derive(Default)]
struct Found {
    html_lang: Option<String>,
    /// `<meta>` (and microdata) values by lowercased property, name or itemprop; first wins.
    tags: HashMap<String, String>,
    canonical: Option<String>,
    json_ld: Vec<String>,
    h1: Option<String>,
    title: Option<String>,
    microdata_publisher: Option<String>,
}

pub fn read(doc: &Document) -> PageMeta {
    let mut f = Found::default();
    dom::walk_in(doc.root(), |n| {
        let Some(tag) = dom::name(n) else { return Visit::Enter };
        let attr = |a: &str| n.attr(a).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        match tag {
            local_name!("html") if f.html_lang.is_none() => f.html_lang = attr("lang").or_else(|| attr("xml:lang")),
            local_name!("meta") => {
                if let (Some(key), Some(value)) =
                    (attr("property").or_else(|| attr("name")).or_else(|| attr("itemprop")), attr("content"))
                {
                    f.tags.entry(key.to_lowercase()).or_insert(value);
                }
                if let (Some(key), Some(value)) = (attr("http-equiv"), attr("content")) {
                    f.tags.entry(key.to_lowercase()).or_insert(value);
                }
            }
            local_name!("link") if f.canonical.is_none() => {
                if attr("rel").is_some_and(|r| r.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")))
                {
                    f.canonical = attr("href");
                }
            }
            local_name!("script") => {
                if attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) && f.json_ld.len() < 32 {
                    let text = n.text();
                    if text.len() <= MAX_JSON_LD {
                        f.json_ld.push(text.to_string());
                    }
                }
                return Visit::Skip;
            }
            local_name!("title") if f.title.is_none() => f.title = Some(collapse(&n.text())),
            local_name!("h1") if f.h1.is_none() => f.h1 = Some(collapse(&n.text())).filter(|t| !t.is_empty()),
            local_name!("time") if n.has_attr("pubdate") => {
                if let Some(d) = attr("datetime") {
                    f.tags.entry("pubdate".into()).or_insert(d);
                }
            }
            _ => {}
        }
        if let Some(prop) = attr("itemprop") {
            let value = || attr("content").or_else(|| attr("datetime")).or_else(|| Some(collapse(&n.text())));
            for p in prop.split_ascii_whitespace() {
                match p {
                    "datePublished" | "headline" => {
                        if let Some(v) = value().filter(|v| !v.is_empty()) {
                            f.tags.entry(p.to_lowercase()).or_insert(v);
                        }
                    }
                    "publisher" if f.microdata_publisher.is_none() => f.microdata_publisher = microdata_name(n),
                    _ => {}
                }
            }
        }
        Visit::Enter
    });
    resolve(f)
}

/// A microdata item's name: its `content`, else the `itemprop="name"` inside it, else its text.
fn microdata_name(n: &NodeRef) -> Option<String> {
    if let Some(c) = n.attr("content") {
        return Some(collapse(&c)).filter(|c| !c.is_empty());
    }
    let mut name = None;
    dom::walk_in(*n, |d| {
        if name.is_none() && d.attr("itemprop").is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "name")) {
            name = d.attr("content").map(|c| collapse(&c)).or_else(|| Some(collapse(&d.text())));
        }
        if name.is_some() {
            Visit::Skip
        } else {
            Visit::Enter
        }
    });
    name.or_else(|| Some(collapse(&n.text()))).filter(|c| !c.is_empty())
}

fn resolve(f: Found) -> PageMeta {
    let ld = f.json_ld.iter().find_map(|j| json_ld(j)).unwrap_or_default();
    let tag = |names: &[&str]| names.iter().find_map(|n| f.tags.get(*n).cloned());
    let tag_by = |names: &[&str], ok: &dyn Fn(&str) -> Option<String>| names.iter().find_map(|n| ok(f.tags.get(*n)?));

    let source = ld.source.clone().or(f.microdata_publisher.clone()).or_else(|| tag(SOURCE_NAMES));
    let headline = ld
        .headline
        .clone()
        .or_else(|| tag(TITLE_NAMES).map(|t| strip_site(&t, source.as_deref())))
        .or(f.h1.clone())
        .or_else(|| f.title.as_deref().map(title_without_site))
        .filter(|h| !h.is_empty());
    let published = ld.published.clone().or_else(|| tag_by(DATE_NAMES, &day_of));
    let url = f.canonical.iter().chain(f.tags.get("og:url")).chain(ld.url.iter()).find(|u| is_web_address(u)).cloned();
    let lang = f
        .html_lang
        .as_deref()
        .and_then(primary_language)
        .or(ld.lang.clone())
        .or_else(|| tag_by(LANG_NAMES, &primary_language));
    PageMeta { headline, published, source, url, lang }
}

/// The first article-like object of a JSON-LD block, read.
fn json_ld(text: &str) -> Option<PageMeta> {
    let t = text.trim();
    let t = t.strip_prefix("<!--").unwrap_or(t);
    let t = t.strip_suffix("-->").unwrap_or(t).trim();
    let t = t.strip_prefix("//<![CDATA[").or_else(|| t.strip_prefix("<![CDATA[")).unwrap_or(t);
    let t = t.strip_suffix("//]]>").or_else(|| t.strip_suffix("]]>")).unwrap_or(t);
    let value: Value = serde_json::from_str(t).ok()?;
    let mut ids = HashMap::new();
    let mut articles = Vec::new();
    gather(&value, 0, &mut ids, &mut articles);
    let a = articles.into_iter().find(|a| a.contains_key("headline") || a.contains_key("datePublished"))?;
    let string = |v: Option<&Value>| v.and_then(first_string).map(|s| decode_entities(&s)).filter(|s| !s.is_empty());
    Some(PageMeta {
        headline: string(a.get("headline")).or_else(|| string(a.get("name"))),
        published: ["datePublished", "dateCreated"].iter().find_map(|k| string(a.get(*k)).and_then(|d| day_of(&d))),
        source: ["publisher", "sourceOrganization"].iter().find_map(|k| a.get(*k).and_then(|p| name_of(p, &ids, 0))),
        url: string(a.get("url")).or_else(|| a.get("mainEntityOfPage").and_then(id_or_string)),
        lang: a
            .get("inLanguage")
            .and_then(|l| first_string(l).or_else(|| l.get("alternateName").and_then(first_string)))
            .and_then(|l| primary_language(&l)),
    })
}

/// Objects with an `@id` (for references) and article-typed objects, in document order.
fn gather<'a>(
    v: &'a Value,
    depth: usize,
    ids: &mut HashMap<&'a str, &'a Map<String, Value>>,
    out: &mut Vec<&'a Map<String, Value>>,
) {
    if depth > 16 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| gather(i, depth + 1, ids, out)),
        Value::Object(o) => {
            // A bare {"@id": …} is a reference; the object it refers to has the fields.
            if let Some(id) = o.get("@id").and_then(Value::as_str) {
                let known = ids.entry(id).or_insert(o);
                if known.len() < o.len() {
                    *known = o;
                }
            }
            let typed = match o.get("@type") {
                Some(Value::String(t)) => is_article_type(t),
                Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is_article_type),
                _ => false,
            };
            if typed {
                out.push(o);
            }
            o.values().for_each(|i| gather(i, depth + 1, ids, out));
        }
        _ => {}
    }
}

fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    t.ends_with("Article") || t.ends_with("BlogPosting") || t == "Report"
}

/// An organisation's name: a string, `{"name": …}`, or `{"@id": …}` naming another object.
fn name_of(v: &Value, ids: &HashMap<&str, &Map<String, Value>>, depth: usize) -> Option<String> {
    if depth > 4 {
        return None;
    }
    let found = match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items.iter().find_map(|i| name_of(i, ids, depth + 1)),
        Value::Object(o) => o.get("name").and_then(first_string).or_else(|| {
            let id = o.get("@id")?.as_str()?;
            let target = ids.get(id).filter(|t| t.len() > 1)?;
            name_of(&Value::Object((*target).clone()), ids, depth + 1)
        }),
        _ => None,
    };
    found.map(|s| decode_entities(&s)).filter(|s| !s.is_empty())
}

fn first_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse(s)),
        Value::Array(items) => items.iter().find_map(first_string),
        _ => None,
    }
}

fn id_or_string(v: &Value) -> Option<String> {
    first_string(v).or_else(|| v.get("@id").and_then(first_string))
}

/// JSON-LD written by HTML templates often carries entities ("l&#8217;Otan").
fn decode_entities(s: &str) -> String {
    if s.contains('&') {
        html_escape::decode_html_entities(s).into_owned()
    } else {
        s.to_string()
    }
}

/// HTML's whitespace collapsed, as the page shows the text.
pub fn collapse(s: &str) -> String {
    s.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// The day a date names, as written: "2024-06-07T05:12:44+02:00", "2024/06/07", "20240607",
/// "Fri, 07 Jun 2024 05:12:44 +0200" all give "2024-06-07".
fn day_of(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let candidate = if digits(0..4) && digits(5..7) && digits(8..10) && matches!(b[4], b'-' | b'/') && b[7] == b[4] {
        format!("{}-{}-{}", &s[0..4], &s[5..7], &s[8..10])
    } else if digits(0..8) && b.get(8).is_none_or(|c| !c.is_ascii_digit()) {
        format!("{}-{}-{}", &s[0..4], &s[4..6], &s[6..8])
    } else {
        chrono::DateTime::parse_from_rfc2822(s).ok()?.date_naive().format("%Y-%m-%d").to_string()
    };
    crate::model::FuzzyDate::parse_iso(&candidate).map(|_| candidate)
}

/// "fr-FR", "fr_FR", "FR" → "fr"; anything that is not a language tag → None.
fn primary_language(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?;
    (2..=3)
        .contains(&primary.len())
        .then_some(())
        .filter(|_| primary.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(|_| primary.to_ascii_lowercase())
}

fn is_web_address(u: &str) -> bool {
    let l = u.to_ascii_lowercase();
    (l.starts_with("https://") || l.starts_with("http://")) && !u.chars().any(char::is_whitespace)
}

const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · "];

/// "Titre - Le Monde" → "Titre" when the last part names the site.
fn strip_site(title: &str, site: Option<&str>) -> String {
    let t = collapse(title);
    if let Some(site) = site {
        for sep in SEPARATORS {
            if let Some((head, tail)) = t.rsplit_once(sep) {
                if tail.trim().eq_ignore_ascii_case(site.trim()) && !head.trim().is_empty() {
                    return head.trim().to_string();
                }
            }
        }
    }
    t
}

/// A `<title>` without the site's name after it: the part before the last separator when that
/// last part is short (a name, not words of the headline) and the rest a real headline.
fn title_without_site(title: &str) -> String {
    let t = collapse(title);
    for sep in SEPARATORS {
        if let Some((head, tail)) = t.rsplit_once(sep) {
            if tail.split_whitespace().count() <= 5 && head.split_whitespace().count() >= 3 {
                return head.trim().to_string();
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> PageMeta {
        read(&Document::from(html))
    }

    #[test]
    fn json_ld_news_article_comes_first() {
        let m = meta(
            r#"<html lang="fr-FR"><head>
            <meta property="og:title" content="Titre OG - Le Monde"><meta property="og:site_name" content="Le Monde.fr">
            <meta property="article:published_time" content="2024-06-06T23:00:00Z">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Titre l&#8217;article","datePublished":"2024-06-07T00:30:00+02:00",
              "publisher":{"@type":"Organization","name":"Le Monde"},"inLanguage":"fr-FR"}</script>
            </head><body><h1>Autre</h1></body></html>"#,
        );
        assert_eq!(m.headline.as_deref(), Some("Titre l’article"));
        // The day as the page writes it: not moved to UTC (which would say 6 June).
        assert_eq!(m.published.as_deref(), Some("2024-06-07"));
        assert_eq!(m.source.as_deref(), Some("Le Monde"));
        assert_eq!(m.lang.as_deref(), Some("fr"));
    }

    #[test]
    fn graphs_arrays_type_lists_and_publisher_references() {
        let m = meta(
            r##"<script type="application/ld+json">{"@graph":[
              {"@type":"WebPage","@id":"#page","name":"Page"},
              {"@type":["NewsArticle","ReportageNewsArticle"],"headline":"Le titre","dateCreated":"2024-04-04",
               "publisher":{"@id":"#org"},"mainEntityOfPage":{"@id":"https://ex.fr/a"}},
              {"@type":"Organization","@id":"#org","name":"Le Figaro"}]}</script>"##,
        );
        assert_eq!(m.headline.as_deref(), Some("Le titre"));
        assert_eq!(m.published.as_deref(), Some("2024-04-04"));
        assert_eq!(m.source.as_deref(), Some("Le Figaro"));
        let m = meta(
            r#"<script type="application/ld+json"><!--
            [{"@type":"BreadcrumbList"},{"@type":"http://schema.org/BlogPosting","headline":"Billet","publisher":"Mon blog"}]
            --></script>"#,
        );
        assert_eq!((m.headline.as_deref(), m.source.as_deref()), (Some("Billet"), Some("Mon blog")));
    }

    #[test]
    fn opengraph_then_meta_names_then_the_page() {
        let m = meta(
            r#"<html><head><meta property="og:title" content="Grève : la SNCF cède | Ouest-France">
            <meta property="og:site_name" content="Ouest-France"><meta property="og:locale" content="fr_FR">
            <meta name="date" content="Tue, 14 May 2024 18:32:00 +0200">
            <meta property="og:url" content="https://www.ouest-france.fr/greve"></head></html>"#,
        );
        assert_eq!(m.headline.as_deref(), Some("Grève : la SNCF cède"));
        assert_eq!(m.published.as_deref(), Some("2024-05-14"));
        assert_eq!(m.source.as_deref(), Some("Ouest-France"));
        assert_eq!(m.lang.as_deref(), Some("fr"));
        assert_eq!(m.url.as_deref(), Some("https://www.ouest-france.fr/greve"));
        let m = meta(
            r#"<title>Le maire annonce sa démission – Le Petit Amandinois</title><body>
            <div itemscope itemtype="https://schema.org/NewsArticle"><time itemprop="datePublished" datetime="2024-10-08">8 oct.</time>
            <span itemprop="publisher" itemscope><span itemprop="name">AFP</span></span></div>"#,
        );
        assert_eq!(m.headline.as_deref(), Some("Le maire annonce sa démission"));
        assert_eq!(m.published.as_deref(), Some("2024-10-08"));
        assert_eq!(m.source.as_deref(), Some("AFP"));
    }

    #[test]
    fn broken_or_missing_metadata_gives_nothing_rather_than_nonsense() {
        let m = meta(
            r#"<html lang="x-klingon"><script type="application/ld+json">{"@type":"NewsArticle", oops</script>
            <meta name="date" content="2024-02-30"><link rel="canonical" href="/relative"><h1> </h1>"#,
        );
        assert_eq!(m, PageMeta::default());
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(meta(&format!("<script type='application/ld+json'>{deep}</script>")), PageMeta::default());
    }

    #[test]
    fn dates_in_their_usual_shapes() {
        for (s, want) in [
            ("2024-06-07", Some("2024-06-07")),
            ("2024-06-07T05:12:44.000Z", Some("2024-06-07")),
            ("2024/06/07 05:12", Some("2024-06-07")),
            ("20240607", Some("2024-06-07")),
            ("Fri, 07 Jun 2024 05:12:44 +0200", Some("2024-06-07")),
            ("2024-13-07", None),
            ("hier", None),
            ("2024", None),
        ] {
            assert_eq!(day_of(s).as_deref(), want, "{s}");
        }
    }
}
