//! Search speed on synthetic corpora of French-like quotes (about 236 bytes each, a few hundred
//! speakers): the first screen (limit 100) and the complete match set, at 10k and 100k quotes
//! (and 1M with CHRONIQUE_BENCH_1M=1).
//!
//! CHRONIQUE_BENCH_LINES=<path> also writes the 100k corpus as "speaker: quote" lines, for
//! comparing with `fzf --filter poutine --bench 2s < path`.

use chronique::model::*;
use chronique::search::Engine;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;
use std::sync::Arc;

const WORDS: &[&str] = &[
    "la", "le", "les", "des", "de", "du", "et", "à", "en", "une", "un", "nous", "pour", "avec", "dans", "sur",
    "pas", "ne", "qui", "que", "sans", "entre", "contre", "notre", "nos", "leur", "Russie", "Chine", "Occident",
    "coopération", "militaire", "stratégique", "partenariat", "relations", "sécurité", "défense", "économie",
    "sanctions", "pressions", "précédent", "principe", "détermination", "constance", "années", "venir",
    "développement", "intérêts", "mutuels", "souveraineté", "dialogue", "équilibre", "monde", "multipolaire",
    "hégémonie", "américaine", "pays", "tiers", "alliance", "bloc", "construire", "créer", "régional", "stabilité",
    "frontière", "commerce", "énergie", "gaz", "pétrole", "accords", "signés", "président", "ministre",
    "gouvernement", "délégation", "Pékin", "Moscou", "Washington", "Kiev", "Taïwan", "Ukraine", "conflit",
    "négociations", "paix", "préoccupations", "légitimes", "respect", "confiance", "amitié", "historique",
    "exercices", "conjoints", "manœuvres", "navires", "armée", "forces", "technologies", "avancées", "réunion",
    "sommet", "visite", "officielle", "déclaration", "commune", "ensemble", "toujours", "jamais", "aujourd'hui",
    "l'avenir", "d'abord", "qu'il", "s'agit", "c'est", "l'Otan", "élargissement", "menace", "réponse",
];

const FIRST: &[&str] = &[
    "Jean", "Marie", "Pierre", "Anne", "Sergueï", "Dmitri", "Andreï", "Li", "Wang", "Olivier", "Hélène", "Nikolaï",
    "Mikhaïl", "Xavier", "Émile", "Chloé", "Igor", "Olga", "Tatiana", "Wei",
];
const LAST: &[&str] = &[
    "Martin", "Bernard", "Dubois", "Lavrov", "Peskov", "Medvedev", "Belooussov", "Qiang", "Yi", "Lefèvre",
    "Moreau", "Girard", "Ivanov", "Petrov", "Zakharova", "Nabioullina", "Durand", "Fontaine",
];

/// A deterministic pseudo-random generator (no dependency, same corpus every run).
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

fn person(name: &str, aliases: &[&str]) -> Speaker {
    Speaker {
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        kind: SpeakerKind::Person,
        roles: vec![],
        known: true,
    }
}

fn synthetic(n: usize) -> Corpus {
    let mut speakers = vec![
        person("Vladimir Poutine", &["Poutine", "Putin"]),
        person("Zhang Youxia", &["Zhang Yuxia"]),
        person("Sergueï Choïgou", &["Choïgu", "Shoigu"]),
        person("Xi Jinping", &[]),
    ];
    for f in FIRST {
        for l in LAST {
            speakers.push(person(&format!("{f} {l}"), &[]));
        }
    }
    let mut rng = Rng(42);
    let mut quotes = Vec::with_capacity(n);
    let mut events: Vec<Event> = Vec::new();
    for i in 0..n {
        if i % 20 == 0 {
            events.push(Event {
                id: format!("e{}", events.len()),
                date: None,
                kind: EventKind::Reported,
                title: format!("Réunion {}", events.len()),
                place: Some("Moscou".into()),
                participants: vec![],
                articles: vec![],
                quotes: vec![],
            });
        }
        let mut text = String::with_capacity(260);
        while text.len() < 230 {
            if !text.is_empty() {
                text.push_str(if rng.below(12) == 0 { ", " } else { " " });
            }
            match rng.below(400) {
                0..=2 => text.push_str("guerre froide"),
                3..=5 => text.push_str("Poutine"),
                6 => text.push_str("Zhang"),
                _ => text.push_str(WORDS[rng.below(WORDS.len())]),
            }
        }
        // A few famous speakers speak often, the others now and then.
        let speaker = match rng.below(100) {
            0..=5 => Some(0),
            6..=8 => Some(1),
            9..=10 => Some(2),
            11..=14 => None,
            _ => Some(rng.below(speakers.len())),
        };
        let ev = events.len() - 1;
        events[ev].quotes.push(i);
        quotes.push(Quote {
            id: format!("s#q{i}"),
            text,
            speaker,
            kind: QuoteKind::Full,
            article: 0,
            span: 0..0,
            attribution: Attribution::default(),
            same_as: vec![],
            continues: None,
            unclosed: false,
            event: ev,
            urls: vec![],
        });
    }
    Corpus { name: "synthetic".into(), articles: vec![], speakers, events, quotes }
}

fn write_lines(c: &Corpus, path: &str) {
    let mut out = String::new();
    for q in &c.quotes {
        out.push_str(c.speaker_name(q).unwrap_or("?"));
        out.push_str(": ");
        out.push_str(&q.text);
        out.push('\n');
    }
    std::fs::write(path, out).expect("write the lines file");
}

/// The last one is in no quote and made of common letters: the worst case for a first screen,
/// which must then read everything.
const QUERIES: &[&str] = &["poutine", "zhang", "guerre froide", "@poutine guerre", "tension"];

fn bench(c: &mut Criterion) {
    let mut sizes = vec![10_000, 100_000];
    if std::env::var_os("CHRONIQUE_BENCH_1M").is_some() {
        sizes.push(1_000_000);
    }
    for n in sizes {
        let corpus = synthetic(n);
        if n == 100_000 {
            if let Ok(path) = std::env::var("CHRONIQUE_BENCH_LINES") {
                write_lines(&corpus, &path);
            }
        }
        let corpus = Arc::new(corpus);
        let mut g = c.benchmark_group(format!("search_{n}"));
        g.sample_size(10);
        g.bench_function("build", |b| b.iter(|| black_box(Engine::new(corpus.clone()))));
        let engine = Engine::new(corpus.clone());
        for q in QUERIES {
            let (all, _) = engine.search(q, None);
            eprintln!("{n} quotes, {q:?}: {} matches", all.len());
            g.bench_with_input(BenchmarkId::new("first_screen", q), q, |b, q| {
                b.iter(|| black_box(engine.search(q, Some(100))))
            });
            g.bench_with_input(BenchmarkId::new("complete", q), q, |b, q| b.iter(|| black_box(engine.search(q, None))));
        }
        let (pout, _) = engine.search("pout", None);
        g.bench_function("fresh_pouti", |b| b.iter(|| black_box(engine.search("pouti", None))));
        g.bench_function("narrow_pout_to_pouti", |b| b.iter(|| black_box(engine.search_within("pouti", &pout, None))));
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
