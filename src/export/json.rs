//! The JSON export: a stable, documented interface other tools read (see README, "JSON export").
//! These structs are the schema; the domain model can change without changing them.

use crate::model::{Corpus, QuoteRef};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct Export {
    pub articles: Vec<ArticleOut>,
    pub speakers: Vec<SpeakerOut>,
    pub events: Vec<EventOut>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct ArticleOut {
    pub id: String,
    pub path: String,
    pub source: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct SpeakerOut {
    pub name: String,
    pub aliases: Vec<String>,
    pub quotes: usize,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct EventOut {
    pub id: String,
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY"; null when undated.
    pub date: Option<String>,
    /// day | week | month | season | year; null when undated.
    pub precision: Option<crate::model::Precision>,
    pub kind: crate::model::EventKind,
    pub title: String,
    pub place: Option<String>,
    pub participants: Vec<String>,
    pub articles: Vec<String>,
    pub quotes: Vec<QuoteOut>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct QuoteOut {
    pub id: String,
    pub text: String,
    pub speaker: Option<String>,
    pub kind: crate::model::QuoteKind,
    pub article: String,
    /// Byte offsets of the quoted words in the article file.
    pub start: usize,
    pub end: usize,
    pub cue: Option<String>,
    pub confidence: f32,
    pub same_as: Vec<String>,
    /// The quote id this one continues after an incise ("« A », dit-il, « B »"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continues: Option<String>,
    /// True when the closing quote mark was missing and the end was inferred.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unclosed: bool,
    /// Web addresses of the articles that carried it, when known (Quotebank input).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urls: Vec<String>,
}

pub fn quote_out(c: &Corpus, q: QuoteRef<'_>) -> QuoteOut {
    // One reading of the quote's line for both, when they are read back from the file (empty
    // when they cannot be: the file changed since it was loaded).
    let (id, urls) = q.read_back().unwrap_or_default();
    QuoteOut {
        id,
        text: q.text().to_string(),
        speaker: c.speaker_name(q).map(str::to_string),
        kind: q.kind(),
        article: c.articles[q.article()].id.clone(),
        start: q.span().start,
        end: q.span().end,
        cue: q.cue().map(str::to_string),
        confidence: (q.confidence() * 100.0).round() / 100.0,
        same_as: q.same_as().iter().map(|&o| c.quote(o).id().to_string()).collect(),
        continues: q.continues().map(|o| c.quote(o).id().to_string()),
        unclosed: q.unclosed(),
        urls: urls.split('\n').filter(|u| !u.is_empty()).map(str::to_string).collect(),
    }
}

pub fn export(c: &Corpus) -> Export {
    let counts = c.quote_counts();
    let mut speakers: Vec<SpeakerOut> = c
        .speakers
        .iter()
        .zip(counts)
        .map(|(s, n)| SpeakerOut { name: s.name.clone(), aliases: s.aliases.clone(), quotes: n })
        .collect();
    speakers.sort_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name)));
    Export {
        articles: c
            .articles
            .iter()
            .map(|a| ArticleOut {
                id: a.id.clone(),
                path: a.path.clone(),
                source: a.source.clone(),
                published: a.published.map(|d| d.iso()),
                title: a.title.clone(),
                url: a.url.clone(),
                lang: a.lang.clone(),
                warnings: a
                    .warnings
                    .iter()
                    .cloned()
                    .chain(super::readable::describe_all(&a.doubts, &a.text, crate::lang::Lang::En))
                    .collect(),
            })
            .collect(),
        speakers,
        events: c.events.iter().zip(c.event_ids()).map(|(e, id)| event_out(c, e, id, &e.quotes)).collect(),
    }
}

/// The export's object for event `e` (known by `id`), holding `quotes` (all of its quotes, or
/// the ones a search matched).
pub fn event_out(c: &Corpus, e: &crate::model::Event, id: String, quotes: &[crate::model::QuoteIx]) -> EventOut {
    EventOut {
        id,
        date: e.date.map(|d| d.iso()),
        precision: e.date.map(|d| d.precision),
        kind: e.kind,
        title: e.title.to_string(),
        place: e.place.clone(),
        participants: e.participants.clone(),
        articles: e.articles.iter().map(|&a| c.articles[a].id.clone()).collect(),
        quotes: quotes.iter().map(|&q| quote_out(c, c.quote(q))).collect(),
    }
}

/// Pretty JSON. The original text survives intact, and no control character is written raw:
/// serde_json escapes those below U+0020, [`escape_controls`] DEL and the C1 range, which a
/// terminal would otherwise obey if someone printed the export.
pub fn to_string(c: &Corpus) -> String {
    escape_controls(serde_json::to_string_pretty(&export(c)).expect("export structs always serialize"))
}

/// Escape DEL and C1 controls (U+007F..=U+009F) in serialized JSON as `\u00XX`. They can only
/// stand inside strings, where the escape means the same character.
pub fn escape_controls(json: String) -> String {
    if !json.chars().any(|c| ('\u{7f}'..='\u{9f}').contains(&c)) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if ('\u{7f}'..='\u{9f}').contains(&c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_has_the_documented_shape() {
        let c = crate::testing::sample_corpus();
        let v: serde_json::Value = serde_json::from_str(&to_string(&c)).unwrap();
        let e = &v["events"][2];
        assert_eq!(e["date"], "2023-11-08");
        assert_eq!(e["precision"], "day");
        assert_eq!(e["kind"], "reported");
        assert_eq!(e["articles"], serde_json::json!(["a0", "a1"]));
        let q = &e["quotes"][0];
        for key in ["id", "text", "speaker", "kind", "article", "start", "end", "cue", "confidence", "same_as"] {
            assert!(q.get(key).is_some(), "missing {key}");
        }
        assert_eq!(q["same_as"], serde_json::json!(["a1#q1"]));
        assert_eq!(v["events"][0]["kind"], "context");
        assert_eq!(v["speakers"][0]["name"], "Vladimir Poutine");
        assert_eq!(v["speakers"][0]["quotes"], 3);
        assert!(v["events"][1]["quotes"][1]["speaker"].is_null());
    }
}
