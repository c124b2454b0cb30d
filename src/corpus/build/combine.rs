//! Several corpora (articles, Quotebank files, reopened exports) into one timeline.

use crate::model::*;
use std::collections::HashMap;

pub fn combine(name: String, parts: Vec<Corpus>) -> Corpus {
    let mut parts = parts.into_iter();
    let Some(mut out) = parts.next() else { return Corpus { name, ..Corpus::default() } };
    out.name = name;
    // Each part is already in timeline order with its ids: one part needs no second pass
    // (which costs seconds on a million quotes).
    let mut parts = parts.peekable();
    if parts.peek().is_none() {
        return out;
    }
    let mut by_name: HashMap<String, SpeakerIx> =
        out.speakers.iter().enumerate().map(|(i, s)| (s.name.clone(), i)).collect();
    for p in parts {
        let (a0, q0, e0) = (out.articles.len(), out.quotes.len(), out.events.len());
        let sp_map: Vec<SpeakerIx> = p
            .speakers
            .into_iter()
            .map(|s| {
                *by_name.entry(s.name.clone()).or_insert_with(|| {
                    out.speakers.push(s);
                    out.speakers.len() - 1
                })
            })
            .collect();
        out.articles.extend(p.articles);
        out.quotes.extend(p.quotes.iter().map(|q| {
            let mut q = q.to_quote();
            q.article += a0;
            q.event += e0;
            q.speaker = q.speaker.map(|s| sp_map[s]);
            q.continues = q.continues.map(|c| c + q0);
            q.same_as.iter_mut().for_each(|x| *x += q0);
            q
        }));
        out.events.extend(p.events.into_iter().map(|mut e| {
            e.articles.iter_mut().for_each(|a| *a += a0);
            e.quotes.iter_mut().for_each(|q| *q += q0);
            e
        }));
    }
    crate::corpus::build::assemble::finish_events(&mut out);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn combined_corpus_keeps_every_quote_in_its_event() {
        let a = crate::testing::sample_corpus();
        let b = crate::testing::sample_corpus();
        let c = super::combine("both".into(), vec![a, b]);
        assert_eq!(c.quotes.len(), 12);
        assert_eq!(c.speakers.len(), 3, "same names merge");
        for (i, q) in c.quotes.iter().enumerate() {
            assert!(c.events[q.event()].quotes.contains(&i));
            assert_eq!(crate::model::fold_whitespace(&c.articles[q.article()].text[q.span().clone()]), *q.text());
        }
        assert!(c.events.windows(2).all(|w| w[0].date <= w[1].date));
        assert_eq!(c.quote(c.quote(8).same_as()[0]).id(), "a1#q1");
    }

    #[test]
    fn one_part_is_kept_as_it_is() {
        let a = crate::testing::sample_corpus();
        let json = crate::export::json::to_string(&a);
        let c = super::combine("one".into(), vec![a]);
        assert_eq!(c.name, "one");
        assert_eq!(crate::export::json::to_string(&c), json);
    }
}
