//! Engine tests on the shared sample corpus and on small corpora built here.

use super::normalize::{normalize, word_start_hits};
use super::speakers::NameMatcher;
use super::*;
use crate::model::*;
use crate::testing::person;
use crate::testing::sample_corpus;

fn sample() -> Engine {
    Engine::new(Arc::new(sample_corpus()))
}

fn all(e: &Engine, q: &str) -> Vec<QuoteIx> {
    let (v, complete) = e.search(q, None);
    assert!(complete, "an unlimited search is complete");
    v
}

/// A corpus whose events hold the given (text, speaker) quotes. Quote indices are assigned in
/// REVERSE of timeline order so tests see whether results follow the timeline.
fn corpus(speakers: Vec<Speaker>, events: &[Vec<(&str, Option<usize>)>]) -> Corpus {
    let total: usize = events.iter().map(Vec::len).sum();
    let mut quotes: Vec<Option<Quote>> = (0..total).map(|_| None).collect();
    let mut evs = Vec::new();
    let mut next = total;
    for (ei, qs) in events.iter().enumerate() {
        let mut ids = Vec::new();
        for (text, sp) in qs {
            next -= 1;
            ids.push(next);
            quotes[next] = Some(Quote {
                id: format!("t#q{next}").into(),
                text: fold_whitespace(text).into(),
                speaker: *sp,
                kind: QuoteKind::Full,
                article: 0,
                span: 0..0,
                attribution: Attribution::default(),
                same_as: vec![],
                continues: None,
                unclosed: false,
                event: ei,
                urls: Box::default(),
            });
        }
        evs.push(Event {
            // Every fourth event (the first among them) undated, the others a day apart.
            date: (ei % 4 != 0).then(|| {
                FuzzyDate::day(chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new(ei as u64))
            }),
            kind: EventKind::Reported,
            title: format!("Événement {ei}").into(),
            place: (ei == 0).then(|| "Pékin".to_string()),
            participants: vec![],
            articles: smallvec::smallvec![],
            quotes: ids.into(),
        });
    }
    Corpus {
        name: "t".into(),
        articles: vec![],
        speakers,
        events: evs,
        quotes: quotes.into_iter().map(|q| q.expect("every quote placed")).collect(),
    }
}

#[test]
fn blank_query_matches_everything_in_timeline_order() {
    let e = sample();
    assert_eq!(all(&e, ""), vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(all(&e, "   "), vec![0, 1, 2, 3, 4, 5]);
    let c = corpus(vec![], &[vec![("un", None), ("deux", None)], vec![("trois", None)]]);
    let e = Engine::new(Arc::new(c));
    // Quote indices run backwards; the timeline order is event 0 (quotes 2, 1), then event 1.
    assert_eq!(all(&e, ""), vec![2, 1, 0]);
    assert_eq!(all(&e, "t"), vec![0]);
}

#[test]
fn words_phrases_and_and() {
    let e = sample();
    assert_eq!(all(&e, "guerre froide"), vec![2, 4]);
    assert_eq!(all(&e, "\"guerre froide\""), vec![2, 4]);
    assert_eq!(all(&e, "\"froide guerre\""), Vec::<QuoteIx>::new());
    assert_eq!(all(&e, "russie"), vec![2, 3, 4]);
    assert_eq!(all(&e, "russie chine"), vec![2, 4]);
    assert_eq!(all(&e, "construisent aucune"), vec![2]);
    // A prefix of a word matches, the inside of a word does not.
    assert_eq!(all(&e, "milit"), vec![2, 4, 5]);
    assert_eq!(all(&e, "ilitaire"), Vec::<QuoteIx>::new());
}

#[test]
fn case_and_accents_do_not_count() {
    let e = sample();
    assert_eq!(all(&e, "precedent"), vec![0]);
    assert_eq!(all(&e, "PRÉCÉDENT"), vec![0]);
    assert_eq!(all(&e, "federation"), vec![3]);
    assert_eq!(all(&e, "l'occident"), vec![0]);
    assert_eq!(all(&e, "l’Occident"), vec![0]);
    assert_eq!(all(&e, "choigu"), vec![5]);
    assert_eq!(all(&e, "CHOÏGOU"), vec![5]);
    assert_eq!(all(&e, "creons"), vec![5]);
}

#[test]
fn speakers_by_name_alias_and_typo_only_their_quotes() {
    let e = sample();
    assert_eq!(all(&e, "shoigu"), vec![5]);
    assert_eq!(all(&e, "putin"), vec![0, 2, 4]);
    assert_eq!(all(&e, "poutine"), vec![0, 2, 4]);
    assert_eq!(all(&e, "vladimir"), vec![0, 2, 4]);
    assert_eq!(all(&e, "zhang"), vec![3]);
    assert_eq!(all(&e, "youxia"), vec![3]);
    // Typing mistakes in a name.
    assert_eq!(all(&e, "shiogu"), vec![5]);
    assert_eq!(all(&e, "poutnie"), vec![0, 2, 4]);
    // "xi" is no speaker here and no word of any quote.
    assert!(all(&e, "xi").is_empty());
}

#[test]
fn a_whole_name_word_finds_that_name_only() {
    let c = corpus(
        vec![
            person("Zhang Youxia", &["Zhang You-xia"]),
            person("Xi Jinping", &["Xi"]),
            person("Li Shangfu", &[]),
            person("Lin Jian", &[]),
        ],
        &[vec![("un", Some(0)), ("deux", Some(1)), ("trois", Some(2)), ("quatre", Some(3))]],
    );
    let e = Engine::new(Arc::new(c));
    // Quote indices run backwards: Zhang's is 3, Xi's 2, Li's 1, Lin's 0.
    assert_eq!(all(&e, "xi"), vec![2]);
    assert_eq!(all(&e, "@xi"), vec![2]);
    assert_eq!(all(&e, "li"), vec![1]);
    assert_eq!(all(&e, "zhang"), vec![3]);
    assert_eq!(all(&e, "you"), vec![3], "a part of a name word stays a prefix");
    assert_eq!(all(&e, "lin"), vec![0]);
}

#[test]
fn events_match_their_people_dates_and_titles() {
    let mut c = sample_corpus();
    // Xi Jinping takes part in event 1 and is quoted nowhere.
    c.speakers.push(person("Xi Jinping", &["Xi"]));
    let e = Engine::new(Arc::new(c));
    assert_eq!(e.events("xi"), vec![1]);
    assert_eq!(e.events("@xi"), vec![1]);
    assert!(all(&e, "xi").is_empty(), "never quoted");
    assert_eq!(e.events("poutine"), vec![1, 2]);
    assert_eq!(e.events("@zhang 2023"), vec![2]);
    assert_eq!(e.events("poutine !2023"), vec![1]);
    assert_eq!(e.events("2022"), vec![0, 1]);
    assert_eq!(e.events("!poutine 2022"), vec![0]);
    assert_eq!(e.events("#visio"), vec![1]);
    assert_eq!(e.events("xi #rencontre"), Vec::<EventIx>::new());
    // Words are looked for in the quotes: they match no event, alone or with a name.
    assert!(e.events("guerre").is_empty());
    assert!(e.events("poutine guerre").is_empty());
    assert!(e.events("!@poutine").is_empty());
    assert!(e.events("").is_empty());
}

#[test]
fn at_restricts_to_the_speaker() {
    let e = sample();
    assert_eq!(all(&e, "@poutine guerre froide"), vec![2, 4]);
    assert_eq!(all(&e, "@putin"), vec![0, 2, 4]);
    assert_eq!(all(&e, "@shoigu"), vec![5]);
    assert!(all(&e, "@zhang guerre").is_empty());
    // "russie" is a word of quotes, not a speaker.
    assert!(all(&e, "@russie").is_empty());
    assert_eq!(all(&e, "@\"vladimir poutine\""), vec![0, 2, 4]);
}

#[test]
fn bang_excludes() {
    let e = sample();
    assert_eq!(all(&e, "russie !@zhang"), vec![2, 4]);
    assert_eq!(all(&e, "russie !type"), vec![2, 3]);
    assert_eq!(all(&e, "russie !\"guerre froide\""), vec![3]);
    // Unattributed quotes are kept by a speaker exclusion.
    assert_eq!(all(&e, "!@poutine"), vec![1, 3, 5]);
    assert_eq!(all(&e, "@!poutine"), vec![1, 3, 5]);
    // A plain exclusion also looks at the speaker.
    assert_eq!(all(&e, "!poutine"), vec![1, 3, 5]);
}

#[test]
fn hash_matches_event_title_or_place_only() {
    let e = sample();
    assert_eq!(all(&e, "#rencontre"), vec![2, 3, 4, 5]);
    assert_eq!(all(&e, "#visio"), vec![0, 1]);
    assert_eq!(all(&e, "#novo"), vec![2, 3, 4, 5]);
    assert_eq!(all(&e, "!#rencontre"), vec![0, 1]);
    // Titles do not match plain terms: "rencontre" is said in no quote.
    assert!(all(&e, "rencontre").is_empty());
    let c = corpus(vec![], &[vec![("a", None)], vec![("b", None)]]);
    assert_eq!(all(&Engine::new(Arc::new(c)), "#pekin"), vec![1]);
}

#[test]
fn date_terms_match_the_event_date_and_combine() {
    let e = sample();
    // Event 1 is 30 December 2022 (quotes 0, 1), event 2 8 November 2023 (quotes 2 to 5).
    assert_eq!(all(&e, "2022"), vec![0, 1]);
    assert_eq!(all(&e, "2023-11"), vec![2, 3, 4, 5]);
    assert_eq!(all(&e, "2023-11-08"), vec![2, 3, 4, 5]);
    assert!(all(&e, "2023-11-09").is_empty());
    assert_eq!(all(&e, "..2023-06"), vec![0, 1]);
    assert_eq!(all(&e, "2023-01.."), vec![2, 3, 4, 5]);
    assert_eq!(all(&e, "2022-12..2023-11 @poutine"), vec![0, 2, 4]);
    assert_eq!(all(&e, "2023 russie !@zhang"), vec![2, 4]);
    assert_eq!(all(&e, "!2023"), vec![0, 1]);
    assert!(all(&e, "2021").is_empty());
    // In quotes a number is a word of the quotes: none says "2023".
    assert!(all(&e, "\"2023\"").is_empty());
    // An undated event matches no date term, and is kept by a date exclusion.
    let c = corpus(vec![], &[vec![("sans date", None)]]);
    let e = Engine::new(Arc::new(c));
    assert!(all(&e, "2023").is_empty());
    assert_eq!(all(&e, "!2023"), vec![0]);
}

#[test]
fn scattered_letters_do_not_match() {
    let long = "Pour une organisation qui souhaite, aujourd'hui, travailler ensemble, il faudra \
                beaucoup de patience et de temps, mais les résultats viendront un jour ou l'autre \
                pour nos deux pays qui ont toujours entretenu des liens étroits dans la durée";
    assert!(long.chars().count() > 200);
    let c = corpus(vec![person("Anne Martin", &[])], &[vec![(long, Some(0)), ("Poutine, dit-on, viendra.", Some(0))]]);
    let e = Engine::new(Arc::new(c));
    // Quote 1 is the long one (indices run backwards), quote 0 names Poutine.
    assert_eq!(all(&e, "poutine"), vec![0]);
    assert!(all(&e, "ptn").is_empty());
    assert_eq!(all(&e, "patience"), vec![1]);
}

#[test]
fn limit_and_completeness() {
    let e = sample();
    assert_eq!(e.search("russie", Some(2)), (vec![2, 3], false));
    assert_eq!(e.search("russie", Some(3)), (vec![2, 3, 4], true));
    assert_eq!(e.search("russie", Some(10)), (vec![2, 3, 4], true));
    assert_eq!(e.search("", Some(0)), (vec![], false));
    assert_eq!(e.search("nulle part", Some(5)), (vec![], true));
}

#[test]
fn highlight_positions_are_chars_with_accents() {
    let c = sample_corpus();
    let e = Engine::new(Arc::new(c.clone()));
    let chars = |q: QuoteIx, idx: &[usize]| -> String {
        let t: Vec<char> = c.quote(q).text().chars().collect();
        idx.iter().map(|&i| t[i]).collect()
    };
    let h = e.highlight("precedent", 0);
    assert_eq!(chars(0, &h.text), "précédent");
    assert!(h.speaker.is_empty());
    // Every occurrence at a word start; a phrase includes the space between its words.
    let h = e.highlight("\"guerre froide\" russie", 2);
    assert_eq!(chars(2, &h.text), "Russieguerre froide");
    // Excluded, speaker-only and event terms do not mark the text.
    assert!(e.highlight("!russie @russie #rencontre", 2).text.is_empty());
    // Speaker: exact in the canonical name, or fuzzy positions for an alias-only match.
    let name: Vec<char> = "Sergueï Choïgou".chars().collect();
    let h = e.highlight("choig", 5);
    assert_eq!(h.speaker.iter().map(|&i| name[i]).collect::<String>(), "Choïg");
    // An alias lights the word of the name it stands for.
    let h = e.highlight("@shoigu", 5);
    assert_eq!(h.speaker.iter().map(|&i| name[i]).collect::<String>(), "Choïgou");
    assert!(e.highlight("putin", 5).speaker.is_empty());
    assert_eq!(e.highlight("x", 999), Highlight::default());
}

#[test]
fn highlight_multibyte_text() {
    let text = "« Œuvre » de Москва: l’œuvre, ŒUVRES";
    let c = corpus(vec![], &[vec![(text, None)]]);
    let e = Engine::new(Arc::new(c));
    let h = e.highlight("oeuvre", 0);
    let t: Vec<char> = text.chars().collect();
    let got: String = h.text.iter().map(|&i| t[i]).collect();
    assert_eq!(got, "ŒuvreœuvreŒUVRE");
    let h = e.highlight("москв", 0);
    assert_eq!(h.text, vec![13, 14, 15, 16, 17]);
}

#[test]
fn narrowing_is_exact() {
    let e = sample();
    for (prev, next) in [
        ("pout", "poutine"),
        ("russie", "russie chine"),
        ("guerre", "\"guerre froide\""),
        ("@z", "@zhang"),
        ("!@zhang r", "!@zhang ru"),
        ("", "mil"),
    ] {
        assert!(e.narrows(prev, next), "{prev} -> {next}");
        let (before, _) = e.search(prev, None);
        assert_eq!(e.search_within(next, &before, None), e.search(next, None), "{prev} -> {next}");
        assert_eq!(e.search_within(next, &before, Some(1)), e.search(next, Some(1)), "{prev} -> {next}");
    }
    // Longer exclusions exclude less; shorter terms and other fields match more.
    for (prev, next) in [("!pout", "!pouti"), ("poutine", "pout"), ("@zhang", "zhang"), ("a b", "a")] {
        assert!(!e.narrows(prev, next), "{prev} -> {next}");
    }
    assert!(e.narrows("!pouti", "!pout"));
}

#[test]
fn search_within_filters_any_candidate_list() {
    let e = sample();
    // Not an earlier result: out of timeline order, with duplicates and unknown quotes.
    assert_eq!(e.search_within("russie", &[4, 0, 3, 999, 3], None), (vec![4, 3, 3], true));
    assert_eq!(e.search_within("russie", &[4, 0, 3], Some(1)), (vec![4], false));
    // In timeline order but not a superset: the intersection.
    assert_eq!(e.search_within("russie", &[0, 3, 5], None), (vec![3], true));
    assert_eq!(e.search_within("", &[1, 5], None), (vec![1, 5], true));
    assert_eq!(e.search_within("russie", &[], None), (vec![], true));
}

/// A plain reference implementation: each quote tested alone, no index, no threads.
fn reference(c: &Corpus, query: &str) -> Vec<QuoteIx> {
    let terms = parse(query);
    let names: Vec<_> = c.speakers.iter().map(super::speakers::SpeakerNames::new).collect();
    // Name matching has its own tests; decide it once per term and speaker here.
    let words = super::speakers::name_words(&names);
    let by_speaker: Vec<Vec<bool>> =
        terms.iter().map(|t| names.iter().map(|n| NameMatcher::new(&t.text, &words).matches(n)).collect()).collect();
    let mut out = Vec::new();
    for (ei, ev) in c.events.iter().enumerate() {
        for &q in &ev.quotes {
            let quote = c.quote(q);
            let ok = terms.iter().zip(&by_speaker).all(|(t, table)| {
                let spk = || quote.speaker().is_some_and(|s| table[s]);
                let m = match t.field {
                    Field::Any => spk() || word_start_hits(&normalize(&quote.text()), &t.text).next().is_some(),
                    Field::Speaker => spk(),
                    Field::Date(range) => c.events[ei].date.is_some_and(|d| range.overlaps(&d)),
                    Field::Event => {
                        let e = &c.events[ei];
                        let place = e.place.as_deref().map(normalize).unwrap_or_default();
                        word_start_hits(&normalize(&e.title), &t.text).next().is_some()
                            || word_start_hits(&place, &t.text).next().is_some()
                    }
                };
                m != t.negated
            });
            if ok {
                out.push(q);
            }
        }
    }
    out
}

/// Enough quotes to take the parallel and windowed paths (several times `PAR_MIN`).
fn big() -> Corpus {
    let speakers = vec![
        person("Vladimir Poutine", &["Putin"]),
        person("Zhang Youxia", &[]),
        person("Sergueï Choïgou", &["Shoigu"]),
        person("Anne Dupont", &[]),
    ];
    let words = ["guerre", "froide", "Russie", "Chine", "pékin", "alliance", "poutine", "sanctions", "é", "Œuvre"];
    let mut state = 7u64;
    let mut rnd = move |n: usize| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let mut events: Vec<Vec<(String, Option<usize>)>> = Vec::new();
    for _ in 0..1500 {
        let ev = (0..60)
            .map(|_| {
                let t: Vec<&str> = (0..6).map(|_| words[rnd(words.len())]).collect();
                let sp = rnd(5);
                (t.join(if rnd(3) == 0 { ", " } else { " " }), (sp < 4).then_some(sp))
            })
            .collect();
        events.push(ev);
    }
    let borrowed: Vec<Vec<(&str, Option<usize>)>> =
        events.iter().map(|e| e.iter().map(|(t, s)| (t.as_str(), *s)).collect()).collect();
    corpus(speakers, &borrowed)
}

#[test]
fn large_corpus_agrees_with_reference_limits_and_narrowing() {
    let c = big();
    assert!(c.quotes.len() > 80_000);
    let e = Engine::new(Arc::new(c.clone()));
    for q in [
        "guerre froide",
        "\"guerre froide\"",
        "@poutine guerre",
        "poutine",
        "!@zhang oeuvre chine",
        "#evenement",
        "shoigu alliance !e",
        "!2020-02 chine",
        "2020-02..2020-03 @zhang",
    ] {
        let expected = reference(&c, q);
        assert_eq!(e.search(q, None).0, expected, "{q}");
        let (first, complete) = e.search(q, Some(100));
        assert_eq!(first, expected[..expected.len().min(100)], "{q}");
        assert_eq!(complete, expected.len() <= 100, "{q}");
    }
    // The rarest kind of term: the first screen is only complete once everything is read.
    let (v, complete) = e.search("\"oeuvre oeuvre oeuvre oeuvre oeuvre\"", Some(100));
    assert_eq!(v, reference(&c, "\"oeuvre oeuvre oeuvre oeuvre oeuvre\"")[..v.len()]);
    assert_eq!(complete, v.len() < 100);
    let (prev, _) = e.search("guerre", None);
    assert!(e.narrows("guerre", "guerre froide"));
    assert_eq!(e.search_within("guerre froide", &prev, None), e.search("guerre froide", None));
}

#[test]
fn the_boxed_engine_answers_like_the_engine() {
    let b = engine(Arc::new(sample_corpus()));
    assert_eq!(b.search("shoigu", None), (vec![5], true));
    let (prev, _) = b.search("pout", None);
    assert!(b.narrows("pout", "poutine"));
    assert_eq!(b.search_within("poutine", &prev, None), (vec![0, 2, 4], true));
}

#[test]
fn empty_corpus_and_odd_queries_do_not_panic() {
    let e = Engine::new(Arc::new(Corpus::default()));
    assert_eq!(e.search("", None), (vec![], true));
    assert_eq!(e.search("x @y !#z \"", Some(10)), (vec![], true));
    assert_eq!(e.highlight("x", 0), Highlight::default());
    let e = sample();
    for q in ["\"", "!", "@", "#", "!@", "\"\"", "«»", "\u{1b}[31m", "🙂", "a\u{301}"] {
        let (v, complete) = e.search(q, Some(3));
        assert!(complete || v.len() == 3, "{q:?}");
        let _ = e.highlight(q, 0);
    }
    // A query of nothing but punctuation has no term: it matches everything.
    assert_eq!(all(&e, "« — »"), vec![0, 1, 2, 3, 4, 5]);
}

/// A file of quotes keeps file order, its events list them by day: the index scans in file
/// order and puts results in timeline order, a window at a time or in one pass.
#[test]
fn quotes_out_of_timeline_order_agree_with_reference() {
    let mut r = crate::synth::Rng::new(11);
    let text: String =
        (0..120_000).map(|n| crate::synth::quotebank_line(&mut r, n, 2020 + (n % 5) as i32) + "\n").collect();
    let (c, _) = crate::corpus::build::quotebank::load("q.jsonl", &text, &crate::gazetteer::Gazetteer::builtin());
    let e = Engine::new(Arc::new(c.clone()));
    assert!(
        c.events.iter().flat_map(|e| e.quotes.iter()).zip(0..).any(|(&q, p)| q != p),
        "the dates are shuffled in the file"
    );
    for q in ["guerre", "poutine", "@poutine guerre", "!@zhang chine", "2021..2022-06 nous", "zzqqx", ""] {
        let expected = reference(&c, q);
        assert_eq!(e.search(q, None).0, expected, "{q}");
        for limit in [1, 100, 5000, 40_000] {
            let (first, complete) = e.search(q, Some(limit));
            assert_eq!(first, expected[..expected.len().min(limit)], "{q} {limit}");
            assert_eq!(complete, expected.len() <= limit, "{q} {limit}");
        }
    }
    let (prev, _) = e.search("guerre", None);
    for limit in [None, Some(10), Some(50_000)] {
        let (got, _) = e.search_within("guerre froide", &prev, limit);
        let want = e.search("guerre froide", limit).0;
        assert_eq!(got, want, "{limit:?}");
    }
}

proptest::proptest! {
    /// The galloping search from a hit to its quote agrees with a binary search over the block.
    #[test]
    fn quote_of_finds_the_quote_holding_the_byte(lens in proptest::collection::vec(1usize..300, 1..200), pick in 0usize..1_000_000, from in 0usize..200) {
        let mut off = vec![0];
        for l in &lens {
            off.push(off.last().unwrap() + l);
        }
        let end = lens.len();
        let p = from % end;
        let h = off[p] + pick % (off[end] - off[p]);
        let want = p + off[p + 1..=end].partition_point(|&o| o <= h);
        proptest::prop_assert_eq!(super::engine::quote_of(&off, p, end, h), want);
        proptest::prop_assert!(off[want] <= h && h < off[want + 1]);
    }
}
