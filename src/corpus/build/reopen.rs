//! Reopen chronique's own JSON export, so a large corpus is extracted once and reopened fast.
//! The export holds no article text: each article's file is read again from its `path` (or the
//! embedded seeds for "seeds/…"), and kept only if every quote's byte span still gives the
//! quote's words; otherwise the article view says the text is unavailable.

use crate::corpus::input::{Diagnostic, Problem};
use crate::export::json::Export;
use crate::gazetteer::Gazetteer;
use crate::model::*;
use std::collections::HashMap;
use std::sync::Arc;

pub fn load(path: &str, text: &str, gazetteer: &Gazetteer) -> Result<(Corpus, Vec<Diagnostic>), Problem> {
    let ex: Export = serde_json::from_str(text).map_err(|e| Problem::BadExport {
        line: e.line(),
        column: e.column(),
        error: e.to_string(),
    })?;
    let mut diags = Vec::new();
    let seeds = crate::corpus::input::seeds::embedded_seeds();
    let art_ix: HashMap<&str, ArticleIx> = ex.articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    let mut articles: Vec<Article> = ex
        .articles
        .iter()
        .map(|a| {
            let text = seeds
                .iter()
                .find(|s| s.path == a.path)
                .map(|s| s.text.clone())
                .or_else(|| crate::corpus::input::source::article_text(std::path::Path::new(&a.path)))
                .unwrap_or_default();
            Article {
                id: a.id.clone(),
                path: a.path.clone(),
                source: a.source.clone(),
                published: a.published.as_deref().and_then(FuzzyDate::parse_iso),
                title: a.title.clone(),
                url: a.url.clone(),
                lang: a.lang.clone(),
                body_start: 0,
                text: Arc::from(text),
                warnings: a.warnings.clone(),
                doubts: vec![],
            }
        })
        .collect();

    let mut speakers: Vec<Speaker> = ex
        .speakers
        .iter()
        .map(|s| match gazetteer.lookup(&s.name) {
            Some(e) => {
                let e = &gazetteer.entries[e];
                Speaker {
                    name: s.name.clone(),
                    aliases: s.aliases.clone(),
                    kind: e.kind,
                    roles: e.roles.clone(),
                    known: true,
                }
            }
            None => Speaker {
                name: s.name.clone(),
                aliases: s.aliases.clone(),
                kind: SpeakerKind::Person,
                roles: vec![],
                known: false,
            },
        })
        .collect();
    let mut sp_ix: HashMap<String, SpeakerIx> = speakers.iter().enumerate().map(|(i, s)| (s.name.clone(), i)).collect();

    let mut quotes: Vec<Quote> = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut q_ix: HashMap<String, QuoteIx> = HashMap::new();
    let mut links: Vec<(QuoteIx, Vec<String>, Option<String>)> = Vec::new();
    for e in &ex.events {
        let ei = events.len();
        let mut ev_quotes = Vec::new();
        for q in &e.quotes {
            let Some(&article) = art_ix.get(q.article.as_str()) else {
                diags.push(Diagnostic {
                    path: path.into(),
                    message: Problem::UnknownArticle { quote: q.id.to_string(), article: q.article.clone() },
                    fatal: false,
                });
                continue;
            };
            let speaker = q.speaker.as_ref().map(|n| {
                *sp_ix.entry(n.clone()).or_insert_with(|| {
                    speakers.push(Speaker {
                        name: n.clone(),
                        aliases: vec![],
                        kind: SpeakerKind::Person,
                        roles: vec![],
                        known: false,
                    });
                    speakers.len() - 1
                })
            });
            let qi = quotes.len();
            q_ix.insert(q.id.clone(), qi);
            links.push((qi, q.same_as.clone(), q.continues.clone()));
            ev_quotes.push(qi);
            quotes.push(Quote {
                id: q.id.as_str().into(),
                text: q.text.as_str().into(),
                speaker,
                kind: q.kind,
                article,
                span: q.start..q.end,
                attribution: Attribution { cue: q.cue.clone().map(Into::into), confidence: q.confidence },
                same_as: vec![],
                continues: None,
                unclosed: q.unclosed,
                event: ei,
                urls: join_urls(q.urls.iter().map(String::as_str)),
            });
        }
        events.push(Event {
            date: e.date.as_deref().and_then(FuzzyDate::parse_iso).map(|d| match e.precision {
                Some(p @ (Precision::Week | Precision::Season)) => FuzzyDate { precision: p, ..d },
                _ => d,
            }),
            kind: e.kind,
            title: e.title.as_str().into(),
            place: e.place.clone(),
            participants: e.participants.clone(),
            articles: e.articles.iter().filter_map(|a| art_ix.get(a.as_str()).copied()).collect(),
            quotes: ev_quotes.into_iter().collect(),
        });
    }
    for (qi, same, cont) in links {
        quotes[qi].same_as = same.iter().filter_map(|id| q_ix.get(id).copied()).collect();
        quotes[qi].continues = cont.and_then(|id| q_ix.get(&id).copied());
    }
    // Keep an article's text only if it still holds every quote at its offsets.
    for (ai, a) in articles.iter_mut().enumerate() {
        let ok = quotes
            .iter()
            .filter(|q| q.article == ai)
            .all(|q| a.text.get(q.span.clone()).is_some_and(|s| fold_whitespace(s) == *q.text));
        if !ok || a.text.is_empty() {
            if !a.text.is_empty() {
                diags.push(Diagnostic { path: a.path.clone(), message: Problem::ChangedSinceExport, fatal: false });
            }
            a.text = Arc::from("");
        }
    }
    let mut corpus = Corpus { name: path.to_string(), articles, speakers, events, quotes: quotes.into() };
    crate::corpus::build::assemble::finish_events(&mut corpus);
    Ok((corpus, diags))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_round_trips() {
        let g = Gazetteer::builtin();
        let c = crate::testing::sample_corpus();
        let json = crate::export::json::to_string(&c);
        let (back, _) = load("x.json", &json, &g).unwrap();
        assert_eq!(crate::export::json::to_string(&back), json);
    }

    #[test]
    fn invalid_export_is_named() {
        let err = load("x.json", "{\"articles\": [", &Gazetteer::builtin()).unwrap_err();
        assert!(err.to_string().contains("line 1"), "{err}");
    }
}
