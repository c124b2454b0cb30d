//! The timeline for Knight Lab's TimelineJS 3, so a newsroom can publish it as a web page: the
//! JSON its `TL.Timeline` reads (timeline.knightlab.com/docs/json-format.html). A title slide
//! names the corpus; each dated event is a slide with its `start_date` at the event's precision
//! (a week or a season also gets an `end_date` and its own `display_date`), its title as
//! headline, and an HTML body with its place, participants, every quote with its speaker and
//! source, and the sources' links. Context events form their own `group`. Quotes are paragraphs,
//! not `<blockquote>`s, which TimelineJS's stylesheet would wrap in a second pair of marks.
//!
//! Article text is untrusted: everything taken from it is HTML-escaped, links are only ever
//! `http(s)` addresses, each quote sits in `<bdi>` so bidi controls in it cannot reorder the
//! citation around it, and `autolink` is off so the words show exactly as written. TimelineJS
//! needs a date for every slide: undated events are left out, and the title slide says how many.

use crate::cite::{marks_for, source_name};
use crate::lang::Lang;
use crate::model::{Article, Corpus, EventKind, FuzzyDate, Precision};
use chrono::Datelike;
use serde::{Deserialize, Serialize};

/// The whole timeline: TimelineJS's top-level object.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Timeline {
    pub title: Slide,
    pub events: Vec<Slide>,
}

/// A slide: the title, or one event.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Slide {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
    pub text: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Overrides TimelineJS's own date formatting (weeks, seasons).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_date: Option<String>,
    pub unique_id: String,
    pub autolink: bool,
}

/// A TimelineJS date: the year, and the month (1-12) and day when known.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
pub struct Date {
    pub year: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
}

/// Headline and body, both HTML.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Text {
    pub headline: String,
    pub text: String,
}

pub fn to_string(c: &Corpus, lang: Lang) -> String {
    serde_json::to_string_pretty(&timeline(c, lang)).expect("a timeline is plain data")
}

pub fn timeline(c: &Corpus, lang: Lang) -> Timeline {
    let w = &lang.words().timeline;
    let ids = c.event_ids();
    let events: Vec<Slide> =
        c.events.iter().zip(&ids).filter_map(|(e, id)| Some(event_slide(c, e, e.date?, id, lang))).collect();
    let undated = c.events.len() - events.len();
    let mut summary = (w.summary)(events.len(), c.quotes.len(), c.articles.len());
    if let Some((first, last)) = c.date_range() {
        summary.push_str(&format!(" · {} – {}", first.long(lang), last.long(lang)));
    }
    let mut text = format!("<p>{}</p>", escape(&summary));
    if undated > 0 {
        text.push_str(&format!("<p>{}</p>", escape(&(w.undated)(undated))));
    }
    let title = Slide {
        start_date: None,
        end_date: None,
        text: Text { headline: escape(&c.name), text },
        group: None,
        display_date: None,
        unique_id: "chronique".into(),
        autolink: false,
    };
    Timeline { title, events }
}

fn event_slide(c: &Corpus, e: &crate::model::Event, date: FuzzyDate, id: &str, lang: Lang) -> Slide {
    let w = &lang.words().timeline;
    let (start_date, end_date, display_date) = dates(date, lang);
    let mut body = String::new();
    let mut facts = Vec::new();
    if let Some(place) = &e.place {
        facts.push(format!("{}{}", w.place, escape(place)));
    }
    if !e.participants.is_empty() {
        facts.push(format!("{}{}", w.with, escape(&e.participants.join(", "))));
    }
    if !facts.is_empty() {
        body.push_str(&format!("<p class=\"chronique-facts\">{}</p>", facts.join(" · ")));
    }
    for &qi in &e.quotes {
        let q = c.quote(qi);
        let a = &c.articles[q.article()];
        let (open, close) = marks(marks_for(c, q, lang));
        let speaker = crate::cite::speaker(c, q, lang, lang.words().cite.unknown_speaker);
        body.push_str(&format!(
            "<div class=\"chronique-quote\"><p class=\"chronique-words\">{open}<bdi>{}</bdi>{close}</p>\
             <p class=\"chronique-by\">— {} · <cite>{}</cite></p></div>",
            escape(&q.text()),
            escape(&speaker),
            source_html(a, q.url_list().next().as_deref())
        ));
    }
    let sources: Vec<String> = e.articles.iter().map(|&a| source_html(&c.articles[a], None)).collect();
    if !sources.is_empty() {
        body.push_str(&format!("<p class=\"chronique-sources\">{}{}</p>", w.sources, sources.join(", ")));
    }
    Slide {
        start_date: Some(start_date),
        end_date,
        text: Text { headline: escape(&e.title), text: body },
        group: Some(if e.kind == EventKind::Context { w.context } else { w.reported }.to_string()),
        display_date,
        unique_id: id.to_string(),
        autolink: false,
    }
}

/// A date at its precision: a day, a month, a year; a week or a season as a span with its own
/// reading ("semaine du 21 octobre 2024", "printemps 2023"), which TimelineJS cannot say.
fn dates(d: FuzzyDate, lang: Lang) -> (Date, Option<Date>, Option<String>) {
    let day = |n: chrono::NaiveDate| Date { year: n.year(), month: Some(n.month()), day: Some(n.day()) };
    let month = |n: chrono::NaiveDate| Date { year: n.year(), month: Some(n.month()), day: None };
    let s = d.start;
    match d.precision {
        Precision::Day => (day(s), None, None),
        Precision::Week => (day(s), Some(day(d.end())), Some(d.long(lang))),
        Precision::Month => (month(s), None, None),
        Precision::Season => (month(s), Some(month(d.end())), Some(d.long(lang))),
        Precision::Year => (Date { year: s.year(), month: None, day: None }, None, None),
    }
}

/// The quotation marks of a quote's language: « » for French, “ ” for English.
fn marks(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Fr => ("«\u{a0}", "\u{a0}»"),
        Lang::En => ("“", "”"),
    }
}

/// Where an article was read (its outlet, else its title, else its file name; never an id),
/// linked to its web address, else to `also` (a Quotebank quote's first address).
fn source_html(a: &Article, also: Option<&str>) -> String {
    let name = source_name(a);
    match a.url.as_deref().into_iter().chain(also).map(str::trim).find(|u| is_web_address(u)) {
        Some(url) => format!("<a href=\"{}\">{}</a>", escape_attribute(url), escape(&name)),
        None => escape(&name),
    }
}

fn is_web_address(u: &str) -> bool {
    let l = u.to_ascii_lowercase();
    (l.starts_with("https://") || l.starts_with("http://")) && !u.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Text as HTML text: `&`, `<`, `>` and quotes escaped.
fn escape(s: &str) -> String {
    html_escape::encode_quoted_attribute(s).into_owned()
}

fn escape_attribute(s: &str) -> String {
    html_escape::encode_double_quoted_attribute(s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// The documented format (timeline.knightlab.com/docs/json-format.html) as structural
    /// checks: the keys each object may have, the required ones, and the types and ranges.
    fn check_shape(v: &Value) -> Result<(), String> {
        fn keys(o: &Value, allowed: &[&str], required: &[&str], what: &str) -> Result<(), String> {
            let m = o.as_object().ok_or(format!("{what} is not an object"))?;
            if let Some(k) = m.keys().find(|k| !allowed.contains(&k.as_str())) {
                return Err(format!("{what} has an undocumented key {k:?}"));
            }
            if let Some(k) = required.iter().find(|k| !m.contains_key(**k)) {
                return Err(format!("{what} lacks {k:?}"));
            }
            Ok(())
        }
        fn date(d: &Value, what: &str) -> Result<(), String> {
            keys(
                d,
                &["year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"],
                &["year"],
                what,
            )?;
            d["year"].as_i64().ok_or(format!("{what}: year is not a number"))?;
            for (k, range) in [("month", 1..=12), ("day", 1..=31)] {
                if let Some(n) = d.get(k) {
                    let n = n.as_i64().ok_or(format!("{what}: {k} is not a number"))?;
                    if !range.contains(&n) {
                        return Err(format!("{what}: {k} {n} out of range"));
                    }
                }
            }
            Ok(())
        }
        const SLIDE: &[&str] = &[
            "start_date",
            "end_date",
            "text",
            "media",
            "group",
            "display_date",
            "background",
            "autolink",
            "unique_id",
        ];
        keys(v, &["events", "title", "eras", "scale"], &["events"], "timeline")?;
        let title = &v["title"];
        keys(title, SLIDE, &[], "title")?;
        let events = v["events"].as_array().ok_or("events is not a list")?;
        let mut ids: Vec<&str> = vec![title["unique_id"].as_str().unwrap_or("")];
        for (i, e) in events.iter().enumerate() {
            let what = format!("event {i}");
            keys(e, SLIDE, &["start_date"], &what)?;
            date(&e["start_date"], &format!("{what} start_date"))?;
            if let Some(end) = e.get("end_date") {
                date(end, &format!("{what} end_date"))?;
            }
            keys(&e["text"], &["headline", "text"], &[], &format!("{what} text"))?;
            for k in ["headline", "text"] {
                e["text"].get(k).map_or(Some(""), Value::as_str).ok_or(format!("{what} text.{k} is not a string"))?;
            }
            for k in ["group", "display_date", "unique_id"] {
                e.get(k).map_or(Some(""), Value::as_str).ok_or(format!("{what} {k} is not a string"))?;
            }
            ids.push(e["unique_id"].as_str().unwrap_or(""));
        }
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        if ids.len() != n {
            return Err("two slides share a unique_id".into());
        }
        Ok(())
    }

    fn export(c: &Corpus) -> Value {
        serde_json::from_str(&to_string(c, Lang::Fr)).unwrap()
    }

    #[test]
    fn the_sample_corpus_has_the_documented_shape() {
        let c = crate::testing::sample_corpus();
        let v = export(&c);
        check_shape(&v).unwrap();
        let events = v["events"].as_array().unwrap();
        assert_eq!(events.len(), c.events.iter().filter(|e| e.date.is_some()).count());
        // Day precision: year, month, day; month precision: no day.
        let day = events.iter().find(|e| e["text"]["headline"].as_str().unwrap().contains("Zhang Youxia")).unwrap();
        assert_eq!(day["start_date"], serde_json::json!({"year": 2023, "month": 11, "day": 8}));
        assert_eq!(day["group"], "Événements");
        let context = events.iter().find(|e| e["group"] == "Contexte").unwrap();
        assert_eq!(context["start_date"], serde_json::json!({"year": 2022, "month": 2}));
    }

    #[test]
    fn shape_checks_catch_what_timelinejs_would_refuse() {
        let c = crate::testing::sample_corpus();
        let good = export(&c);
        let mut bad = good.clone();
        bad["events"][0]["start_date"] = serde_json::json!({"month": 3});
        assert!(check_shape(&bad).unwrap_err().contains("lacks \"year\""));
        let mut bad = good.clone();
        bad["events"][0]["start_date"]["month"] = serde_json::json!(13);
        assert!(check_shape(&bad).unwrap_err().contains("out of range"));
        let mut bad = good.clone();
        bad["events"][0]["colour"] = serde_json::json!("red");
        assert!(check_shape(&bad).unwrap_err().contains("undocumented key"));
        let mut bad = good;
        bad["events"][1]["unique_id"] = bad["events"][0]["unique_id"].clone();
        assert!(check_shape(&bad).unwrap_err().contains("unique_id"));
    }

    #[test]
    fn every_quote_is_in_its_event_with_its_speaker() {
        let c = crate::testing::sample_corpus();
        let t = timeline(&c, Lang::Fr);
        let ids = c.event_ids();
        for (e, id) in c.events.iter().zip(&ids).filter(|(e, _)| e.date.is_some()) {
            let slide = t.events.iter().find(|s| &s.unique_id == id).unwrap();
            // Read the HTML back as a browser would: the quotes' words are there, exactly.
            let shown = dom_query::Document::fragment(slide.text.text.as_str()).text().to_string();
            for &q in &e.quotes {
                let q = c.quote(q);
                assert!(shown.contains(q.text().as_ref()), "{}: {:?} in {shown}", id, q.text());
                let who = crate::cite::speaker(&c, q, Lang::Fr, Lang::Fr.words().cite.unknown_speaker);
                assert!(shown.contains(&format!("— {who}")), "{shown}");
            }
        }
        assert!(t.title.text.text.contains("citations"));
    }

    #[test]
    fn weeks_seasons_and_years_keep_their_precision() {
        let week =
            FuzzyDate { start: chrono::NaiveDate::from_ymd_opt(2024, 10, 21).unwrap(), precision: Precision::Week };
        assert_eq!(
            dates(week, Lang::Fr),
            (
                Date { year: 2024, month: Some(10), day: Some(21) },
                Some(Date { year: 2024, month: Some(10), day: Some(27) }),
                Some("semaine du 21 octobre 2024".into())
            )
        );
        let winter = FuzzyDate::season(2023, crate::model::Season::Winter).unwrap();
        assert_eq!(
            dates(winter, Lang::Fr),
            (
                Date { year: 2023, month: Some(12), day: None },
                Some(Date { year: 2024, month: Some(2), day: None }),
                Some("hiver 2023".into())
            )
        );
        assert_eq!(dates(FuzzyDate::year(2022).unwrap(), Lang::Fr).0, Date { year: 2022, month: None, day: None });
    }

    #[test]
    fn article_text_is_escaped_and_links_are_only_web_addresses() {
        let mut c = crate::testing::sample_corpus();
        c.name = "<script>alert(1)</script>".into();
        c.quotes.edit(2, |q| q.text = "<img src=x onerror=alert(1)> & \u{202e}renversé\u{202c} « mot »".into());
        c.events[2].title = "Sommet <b>\"à\"</b> Moscou".into();
        c.events[2].place = Some("<iframe>".into());
        c.articles[0].url = Some("javascript:alert(1)".into());
        c.articles[0].source = Some("Agence \"<i>\"".into());
        c.articles[1].url = Some("https://example.org/a?b=1&c=\"2\"".into());
        let out = to_string(&c, Lang::Fr);
        let v: Value = serde_json::from_str(&out).unwrap();
        check_shape(&v).unwrap();
        for tag in ["<script", "<img", "<iframe", "<b>", "<i>", "javascript:"] {
            assert!(!out.contains(tag), "{tag} unescaped in\n{out}");
        }
        assert!(out.contains("&lt;img src=x onerror=alert(1)&gt; &amp; \u{202e}renversé\u{202c} « mot »"), "{out}");
        assert!(out.contains("<bdi>&lt;img"), "quotes are isolated from the text around them");
        assert!(out.contains(r#"<a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\">"#), "{out}");
        // The words read back exactly, once the HTML is parsed.
        let slide = v["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["text"]["text"].as_str().unwrap().contains("onerror"))
            .unwrap();
        let shown = dom_query::Document::fragment(slide["text"]["text"].as_str().unwrap()).text().to_string();
        assert!(shown.contains("<img src=x onerror=alert(1)> & \u{202e}renversé\u{202c} « mot »"), "{shown}");
    }

    #[test]
    fn undated_events_are_counted_on_the_title_slide() {
        let mut c = crate::testing::sample_corpus();
        c.events[1].date = None;
        c.events.rotate_left(2);
        let t = timeline(&c, Lang::Fr);
        assert_eq!(t.events.len(), c.events.len() - 1);
        assert!(t.title.text.text.contains("Événements sans date, absents de la frise : 1"), "{}", t.title.text.text);
    }

    #[test]
    fn sources_are_outlets_titles_or_file_names_and_quote_marks_follow_the_language() {
        let mut c = crate::testing::sample_corpus();
        c.articles[1].source = None;
        c.articles[1].title = Some("Un titre".into());
        c.articles[2].source = None;
        c.articles[2].lang = Some("en".into());
        assert_eq!(source_html(&c.articles[0], None), "Reuters");
        assert_eq!(source_html(&c.articles[1], None), "« Un titre »");
        assert_eq!(source_html(&c.articles[2], None), "a2.txt");
        assert_eq!(
            source_html(&c.articles[2], Some("https://q.example/1")),
            "<a href=\"https://q.example/1\">a2.txt</a>"
        );
        c.articles[2].url = Some("https://a.example/".into());
        assert_eq!(
            source_html(&c.articles[2], Some("https://q.example/1")),
            "<a href=\"https://a.example/\">a2.txt</a>"
        );
        let first_of = |a: usize| c.quotes.iter().find(|q| q.article() == a).unwrap();
        assert_eq!(marks(marks_for(&c, first_of(2), Lang::Fr)), ("“", "”"));
        assert_eq!(marks(marks_for(&c, first_of(0), Lang::En)), ("«\u{a0}", "\u{a0}»"));
    }
}
