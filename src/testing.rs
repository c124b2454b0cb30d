//! A small hand-built corpus for unit and snapshot tests of the layers above the loader
//! (search, browser, citations), so they do not depend on the loader's heuristics.

use crate::model::*;
use std::sync::Arc;

fn d(s: &str) -> Option<FuzzyDate> {
    FuzzyDate::parse_iso(s)
}

/// A known person without roles, for tests that need only names.
pub fn person(name: &str, aliases: &[&str]) -> Speaker {
    speaker(name, aliases, None, SpeakerKind::Person)
}

fn speaker(
    name: &str,
    aliases: &[&str],
    role: Option<(&str, Option<&str>, Option<&str>)>,
    kind: SpeakerKind,
) -> Speaker {
    Speaker {
        name: name.into(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        kind,
        roles: role
            .map(|(t, f, u)| Role {
                title: t.into(),
                aliases: vec![],
                from: f.map(Into::into),
                until: u.map(Into::into),
            })
            .into_iter()
            .collect(),
        known: true,
    }
}

/// Three reported events and one context entry, quotes by three speakers and one unknown,
/// one corroborated pair across two articles, accents, guillemets and a long quote.
pub fn sample_corpus() -> Corpus {
    let a0 = "MOSCOU, 8 novembre (Reuters) – “La Russie et la Chine ne construisent aucune alliance militaire sur le modèle de la guerre froide”, a déclaré Poutine.\n\n“La Fédération de Russie, sous votre direction, s’oppose obstinément aux sanctions occidentales”, a déclaré Zhang.\n";
    let a1 = "Mais il a ajouté : « La Russie et la Chine ne construisent pas une alliance militaire de type guerre froide ».\nLe ministre russe de la Défense Sergueï Choïgu a insisté : « Nous ne créons pas un bloc militaire contre des pays tiers ».\n";
    let a2 = "« Dans le contexte des pressions sans précédent et des provocations de l’Occident, nous défendons nos positions de principe, et nous continuerons de le faire avec constance et détermination dans les années à venir », s’est félicité Vladimir Poutine.\n« Quelqu’un a dit cela sans dire qui », lit-on.\n";
    let article = |id: &str, text: &str, source: Option<&str>, published: &str| Article {
        id: id.into(),
        path: format!("seeds/{id}.txt"),
        source: source.map(Into::into),
        published: d(published),
        title: None,
        url: None,
        lang: Some("fr".into()),
        text: Arc::from(text),
        body_start: 0,
        warnings: vec![],
        doubts: vec![],
    };
    let articles = vec![
        article("a0", a0, Some("Reuters"), "2023-11-08"),
        article("a1", a1, None, "2023-11-08"),
        article("a2", a2, None, "2022-12-30"),
    ];
    let speakers = vec![
        speaker(
            "Vladimir Poutine",
            &["Poutine", "Putin"],
            Some(("président russe", Some("2012-05-07"), None)),
            SpeakerKind::Person,
        ),
        speaker(
            "Zhang Youxia",
            &["Zhang Yuxia"],
            Some(("vice-président de la Commission militaire centrale", Some("2017-10-25"), None)),
            SpeakerKind::Person,
        ),
        speaker(
            "Sergueï Choïgou",
            &["Choïgu", "Shoigu", "Sergei Shoigu"],
            Some(("ministre russe de la Défense", Some("2012-11-06"), Some("2024-05-12"))),
            SpeakerKind::Person,
        ),
    ];
    let span_of = |text: &str, words: &str| {
        let s = text.find(words).expect("sample words present");
        s..s + words.len()
    };
    let mut quotes = Vec::new();
    let mut q = |id: &str,
                 art: usize,
                 words: &str,
                 speaker: Option<usize>,
                 kind: QuoteKind,
                 cue: Option<&str>,
                 event: usize| {
        let text = [a0, a1, a2][art];
        quotes.push(Quote {
            id: id.into(),
            text: fold_whitespace(words).into(),
            speaker,
            kind,
            article: art,
            span: span_of(text, words),
            attribution: Attribution {
                cue: cue.map(|c| c.to_string().into()),
                confidence: if cue.is_some() { 0.9 } else { 0.0 },
            },
            same_as: vec![],
            continues: None,
            unclosed: false,
            event,
            urls: Box::default(),
        });
    };
    // Event 0: 30 Dec 2022, event 1: context Feb 2022 is earlier; keep chronological order:
    // events[0] = context (Feb 2022), [1] = 2022-12-30, [2] = 2023-11-08.
    q("a2#q1", 2, "Dans le contexte des pressions sans précédent et des provocations de l’Occident, nous défendons nos positions de principe, et nous continuerons de le faire avec constance et détermination dans les années à venir", Some(0), QuoteKind::Full, Some("s’est félicité Vladimir Poutine"), 1);
    q("a2#q2", 2, "Quelqu’un a dit cela sans dire qui", None, QuoteKind::Full, None, 1);
    q(
        "a0#q1",
        0,
        "La Russie et la Chine ne construisent aucune alliance militaire sur le modèle de la guerre froide",
        Some(0),
        QuoteKind::Full,
        Some("a déclaré Poutine"),
        2,
    );
    q(
        "a0#q2",
        0,
        "La Fédération de Russie, sous votre direction, s’oppose obstinément aux sanctions occidentales",
        Some(1),
        QuoteKind::Full,
        Some("a déclaré Zhang"),
        2,
    );
    q(
        "a1#q1",
        1,
        "La Russie et la Chine ne construisent pas une alliance militaire de type guerre froide",
        Some(0),
        QuoteKind::Full,
        Some("il a ajouté :"),
        2,
    );
    q(
        "a1#q2",
        1,
        "Nous ne créons pas un bloc militaire contre des pays tiers",
        Some(2),
        QuoteKind::Full,
        Some("a insisté :"),
        2,
    );
    quotes[2].same_as = vec![4];
    quotes[4].same_as = vec![2];
    let events = vec![
        Event {
            date: FuzzyDate::month(2022, 2),
            kind: EventKind::Context,
            title: "Partenariat « sans limites »".into(),
            place: Some("Pékin".into()),
            participants: vec![],
            articles: smallvec::smallvec![0],
            quotes: smallvec::smallvec![],
        },
        Event {
            date: d("2022-12-30"),
            kind: EventKind::Reported,
            title: "Visioconférence Poutine – Xi Jinping".into(),
            place: None,
            participants: vec!["Vladimir Poutine".into(), "Xi Jinping".into()],
            articles: smallvec::smallvec![2],
            quotes: smallvec::smallvec![0, 1],
        },
        Event {
            date: d("2023-11-08"),
            kind: EventKind::Reported,
            title: "Rencontre Poutine – Zhang Youxia".into(),
            place: Some("Novo-Ogaryovo".into()),
            participants: vec!["Vladimir Poutine".into(), "Zhang Youxia".into(), "Sergueï Choïgou".into()],
            articles: smallvec::smallvec![0, 1],
            quotes: smallvec::smallvec![2, 3, 4, 5],
        },
    ];
    Corpus { name: "sample".into(), articles, speakers, events, quotes: quotes.into() }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sample_is_consistent() {
        let c = super::sample_corpus();
        for (i, q) in c.quotes.iter().enumerate() {
            assert!(c.events[q.event()].quotes.contains(&i));
            assert_eq!(crate::model::fold_whitespace(&c.articles[q.article()].text[q.span().clone()]), *q.text());
        }
    }
}
