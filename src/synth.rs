//! Synthetic corpora of any size, for benchmarks and for reproducing the README's figures:
//! articles in the seeds' style (datelines, « », “ ” and straight quotes, incises, pronouns,
//! titles, context dates), Quotebank-shaped JSON Lines, and plain quote lines for fzf.
//! Deterministic for a given seed.

use std::fmt::Write;

/// SplitMix64: small, fast, good enough to vary synthetic text; no dependency needed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const FIRST: &[&str] = &[
    "Sergueï",
    "Andreï",
    "Dmitri",
    "Maria",
    "Li",
    "Wang",
    "Zhang",
    "Anna",
    "Pierre",
    "Hélène",
    "Jean",
    "Olga",
    "Mikhaïl",
    "Chen",
    "Liu",
    "Nadia",
    "Igor",
    "Valentina",
    "Yuri",
    "Xu",
];
const LAST: &[&str] = &[
    "Karpov", "Belenko", "Rostova", "Zhukova", "Mironov", "Haiping", "Lianjun", "Xiaodong", "Dubois", "Martin",
    "Ivanov", "Petrova", "Sokolov", "Wen", "Hua", "Morozov", "Volkova", "Leclerc", "Fabre", "Guo", "Tang", "Orlov",
];
const TITLES: &[&str] = &[
    "le ministre russe de la Défense",
    "le porte-parole du Kremlin",
    "le ministre chinois des Affaires étrangères",
    "le vice-président de la Commission militaire centrale",
    "le chef de la diplomatie russe",
    "l'ambassadeur de Chine",
];
const PLACES: &[&str] = &["Moscou", "Pékin", "Kazan", "Samarkand", "Vladivostok", "Shanghai", "Minsk", "Astana"];
const VERBS: &[&str] =
    &["a déclaré", "a affirmé", "a souligné", "a ajouté", "a estimé", "a insisté", "a expliqué", "a précisé"];
const PRON_VERBS: &[&str] =
    &["a-t-il ajouté", "a-t-il souligné", "s'est-il félicité", "a-t-il poursuivi", "a-t-elle noté"];
const SUBJ: &[&str] = &[
    "La Russie et la Chine",
    "Nos deux pays",
    "La coopération militaire",
    "Notre partenariat stratégique",
    "Pékin et Moscou",
    "Nos forces armées",
    "Le dialogue entre nos ministères",
    "La sécurité régionale",
];
const PRED: &[&str] = &[
    "ne construisent aucune alliance sur le modèle de la guerre froide",
    "renforcent leur coordination face aux pressions occidentales",
    "se développent dynamiquement dans tous les domaines",
    "contribuent à la stabilité stratégique du monde",
    "atteignent un niveau sans précédent de confiance mutuelle",
    "résistent à toutes les épreuves et sanctions",
    "ne sont dirigés contre aucun pays tiers",
    "doivent garantir la paix et la sécurité internationales",
];
const TAIL: &[&str] = &[
    "et nous continuerons sur cette voie avec détermination",
    "comme en témoignent les exercices navals conjoints de cette année",
    "malgré les tentatives de certains pays occidentaux agressifs",
    "dans le respect du droit international et de la Charte des Nations unies",
    "grâce aux contacts réguliers entre nos départements militaires",
];
const FAMOUS: &[&str] =
    &["Vladimir Putin", "Xi Jinping", "Sergei Shoigu", "Zhang Youxia", "Emmanuel Macron", "Joe Biden"];
/// The articles are French: their dates are written with French month names.
const MONTHS: [&str; 12] = crate::lang::FRENCH.dates.months;
const WEEKDAYS: &[&str] = &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

/// A speaker name from the synthetic pool (a few hundred distinct names).
pub fn name(r: &mut Rng) -> String {
    format!("{} {}", r.pick(FIRST), r.pick(LAST))
}

/// A French quote sentence of roughly `target` bytes.
pub fn sentence(r: &mut Rng, target: usize) -> String {
    let mut s = format!("{} {}", r.pick(SUBJ), r.pick(PRED));
    while s.len() < target {
        s.push_str(", ");
        s.push_str(r.pick::<&str>(TAIL));
    }
    // Cut back to a word boundary at or under the target length.
    let mut cut = target.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = s[..cut].rfind(' ').filter(|&i| i > target / 2).unwrap_or(cut);
    s.truncate(cut);
    s.trim_end_matches([',', ' ']).to_string()
}

/// One article in the seeds' style, published on (year, month, day).
pub fn article(r: &mut Rng, year: i32, month: u32, day: u32) -> String {
    let mut t = String::new();
    let host = name(r);
    let guest = name(r);
    let place = r.pick(PLACES);
    let _ = writeln!(
        t,
        "{}, {day} {} (Reuters) – {host}, {}, a reçu {} {guest} à {place}, a annoncé le Kremlin.\n",
        place.to_uppercase(),
        MONTHS[(month - 1) as usize],
        r.pick(TITLES).trim_start_matches("le ").trim_start_matches("l'"),
        r.pick(WEEKDAYS)
    );
    for i in 0..(3 + r.below(5)) {
        let len = 120 + r.below(160);
        let q = sentence(r, len);
        let who = if i % 2 == 0 { &host } else { &guest };
        let line = match r.below(5) {
            0 => format!("« {q} », {} {who}.", r.pick(VERBS)),
            1 => format!("“{q}”, {}.", r.pick(PRON_VERBS)),
            2 => format!("\"{q}\", {} {}.", r.pick(VERBS), who.split(' ').next_back().unwrap_or(who)),
            3 => format!("Mais {who} {} : « {q} »", r.pick(VERBS)),
            _ => format!("{who} {} que les deux pays « {} ».", r.pick(VERBS), r.pick(PRED)),
        };
        let _ = writeln!(t, "{line}\n");
    }
    let _ = writeln!(
        t,
        "Les deux pays avaient proclamé un partenariat « sans limites » en février {}, rappelle-t-on à {place}.",
        year - 1 - r.below(2) as i32
    );
    t
}

/// The Wikidata ids Quotebank gives a speaker: none when unattributed, else one per name
/// (well-known people their real id, the synthetic names a stable made-up one).
fn qids(speaker: &str) -> Vec<String> {
    const REAL: &[(&str, &str)] = &[("Vladimir Putin", "Q7747"), ("Xi Jinping", "Q15031"), ("Joe Biden", "Q6279")];
    if speaker == "None" {
        return vec![];
    }
    let id = REAL.iter().find(|(n, _)| *n == speaker).map_or_else(
        || {
            let h = speaker.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
            format!("Q{}", 1_000_000 + h % 100_000_000)
        },
        |(_, q)| q.to_string(),
    );
    vec![id]
}

/// One Quotebank-shaped JSON line.
pub fn quotebank_line(r: &mut Rng, n: usize, year: i32) -> String {
    let month = 1 + r.below(12);
    let day = 1 + r.below(28);
    // One quote in ten is unattributed, one in ten is by a well-known speaker (spelled as
    // Quotebank spells them, in English), the rest by the synthetic pool.
    let speaker = match r.below(10) {
        0 => "None".to_string(),
        1 => r.pick(FAMOUS).to_string(),
        _ => name(r),
    };
    let quote = sentence(r, 236);
    let p = 0.5 + r.below(50) as f32 / 100.0;
    serde_json::json!({
        "quoteID": format!("{year}-{month:02}-{day:02}-{n:06}"),
        "quotation": quote,
        "speaker": speaker,
        "qids": qids(&speaker),
        "date": format!("{year}-{month:02}-{day:02} 00:00:00"),
        "numOccurrences": 1 + r.below(4),
        "probas": [[speaker, format!("{p:.4}")], ["None", format!("{:.4}", 1.0 - p)]],
        "urls": [format!("http://news.example/{year}/{month:02}/{day:02}/{n}")],
        "phase": "E",
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_articles_load_with_quotes_and_speakers() {
        let mut r = Rng::new(7);
        let text = article(&mut r, 2023, 11, 8);
        let input = crate::corpus::Input {
            id: "synthetic".into(),
            path: "synthetic.txt".into(),
            text,
            metadata: Some(crate::corpus::Metadata { published: Some("2023-11-08".into()), ..Default::default() }),
            warnings: vec![],
        };
        let g = crate::gazetteer::Gazetteer::builtin();
        let c = crate::corpus::build::assemble::assemble("s".into(), vec![crate::corpus::read::analyse(input, &g)], &g);
        assert_eq!(c.articles.len(), 1);
        assert!(!c.events.is_empty());
    }

    #[test]
    fn quotebank_lines_are_valid_and_deterministic() {
        let a = quotebank_line(&mut Rng::new(1), 1, 2020);
        let b = quotebank_line(&mut Rng::new(1), 1, 2020);
        assert_eq!(a, b);
        let (c, d) = crate::corpus::build::quotebank::load("q.jsonl", &a, &crate::gazetteer::Gazetteer::builtin());
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(c.quotes.len(), 1);
        assert!((200..=236).contains(&c.quote(0).text().len()), "{}", c.quote(0).text().len());
    }
}
