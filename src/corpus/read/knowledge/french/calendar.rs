//! French calendar words, folded (lowercase, no accents), as the date scanner compares them.

use crate::model::Season;
use crate::text::hash::{FastSet, Shapes};
use chrono::Weekday;
use std::sync::OnceLock;

/// The unit of a duration ("jours", "semaines", "mois", "ans").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

const MONTHS: &[(&str, u32)] = &[
    ("janvier", 1),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("decembre", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("lundi", Weekday::Mon),
    ("mardi", Weekday::Tue),
    ("mercredi", Weekday::Wed),
    ("jeudi", Weekday::Thu),
    ("vendredi", Weekday::Fri),
    ("samedi", Weekday::Sat),
    ("dimanche", Weekday::Sun),
];

const SEASONS: &[(&str, Season)] =
    &[("printemps", Season::Spring), ("ete", Season::Summer), ("automne", Season::Autumn), ("hiver", Season::Winter)];

/// Small counts written in words.
const COUNTS: &[(&str, i64)] = &[
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("quinze", 15),
    ("vingt", 20),
    ("trente", 30),
];

const UNITS: &[(&str, Unit)] = &[
    ("jour", Unit::Day),
    ("jours", Unit::Day),
    ("semaine", Unit::Week),
    ("semaines", Unit::Week),
    ("mois", Unit::Month),
    ("an", Unit::Year),
    ("ans", Unit::Year),
    ("annee", Unit::Year),
    ("annees", Unit::Year),
];

/// Feasts of a fixed day, folded: (first word, second word or "", month, day, days its
/// "réveillon" comes before it: the eve of Christmas, but New Year's Eve is Saint-Sylvestre).
pub const HOLIDAYS: &[(&str, &str, u32, u32, i64)] =
    &[("noel", "", 12, 25, 1), ("nouvel", "an", 1, 1, 1), ("saint", "sylvestre", 12, 31, 0)];

/// Words before "de Noël" that make it the day ("le jour de Noël", "la nuit de Noël"), not a
/// thing named after it ("le marché de Noël", "le père Noël").
pub const HOLIDAY_PARTS: &[&str] = &["jour", "nuit", "soir", "matin", "veille", "lendemain", "reveillon"];

/// New Years of other calendars ("le Nouvel An chinois"): another day.
pub const OTHER_NEW_YEARS: &[&str] =
    &["chinois", "lunaire", "juif", "persan", "iranien", "vietnamien", "tibetain", "berbere", "orthodoxe"];

/// Other words a date expression may start with ("hier", "il y a", "la veille", "ce mois").
const OTHER_STARTS: &[&str] = &[
    "premier",
    "hier",
    "demain",
    "aujourd",
    "avant",
    "apres",
    "ce",
    "cet",
    "cette",
    "veille",
    "lendemain",
    "il",
    "dans",
    "nuit",
    "debut",
    "fin",
    "mi",
];

fn find<T: Copy>(table: &[(&str, T)], folded: &str) -> Option<T> {
    table.iter().find(|(w, _)| *w == folded).map(|(_, v)| *v)
}

pub fn month(folded: &str) -> Option<u32> {
    find(MONTHS, folded)
}

/// Months as page furniture abbreviates them ("26 avr. 2018"): only read where a date is all
/// the line says ("sept" is also seven).
pub fn month_abbreviated(folded: &str) -> Option<u32> {
    find(MONTHS_ABBREVIATED, folded)
}

const MONTHS_ABBREVIATED: &[(&str, u32)] = &[
    ("janv", 1),
    ("fevr", 2),
    ("fev", 2),
    ("avr", 4),
    ("juil", 7),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

pub fn weekday(folded: &str) -> Option<Weekday> {
    find(WEEKDAYS, folded)
}

pub fn season(folded: &str) -> Option<Season> {
    find(SEASONS, folded)
}

/// Small counts as articles write them in words ("il y a deux ans") or digits.
pub fn count(folded: &str) -> Option<i64> {
    if !folded.is_empty() && folded.len() <= 3 && folded.bytes().all(|b| b.is_ascii_digit()) {
        return folded.parse().ok();
    }
    find(COUNTS, folded)
}

pub fn unit(folded: &str) -> Option<Unit> {
    find(UNITS, folded)
}

/// "dernier", "passé" (→ -1), "prochain" (→ +1), "précédent" / "suivant" are relative to the
/// anchor rather than to publication and are left out on purpose.
pub fn direction(folded: &str) -> Option<i64> {
    match folded {
        "dernier" | "derniere" | "passe" | "passee" => Some(-1),
        "prochain" | "prochaine" => Some(1),
        _ => None,
    }
}

/// Words before a month or season name that make it a date ("en juin", "début février").
pub const MONTH_LEADS: &[&str] = &[
    "en", "depuis", "des", "debut", "fin", "mi", "courant", "mois", "jusqu", "d", "de", "avant", "apres", "entre", "et",
];

/// Words before a bare year that make it a date ("en 2024", "de 2024", "depuis 2014").
pub const YEAR_LEADS: &[&str] = &[
    "en", "de", "depuis", "des", "debut", "fin", "mi", "courant", "annee", "jusqu", "ici", "avant", "apres", "d", "et",
    "pour",
];

/// Words that put a clause in the future: auxiliaries of intent and planning.
pub const FUTURE_WORDS: &[&str] = &[
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "prevu",
    "prevue",
    "prevus",
    "prevues",
    "doit",
    "doivent",
    "devrait",
    "devraient",
    "ira",
    "iront",
    "attendu",
    "attendue",
    "programme",
    "programmee",
    "envisage",
    "compte",
    "demain",
];

/// Words of [`FUTURE_WORDS`] that are also nouns ("son compte Twitter", "le programme").
pub const FUTURE_NOUNS: &[&str] = &["compte", "programme"];

/// Words ending like a simple future ("-ra", "-ront") that are not verbs.
pub const NOT_FUTURE: &[&str] = &[
    "camera",
    "opera",
    "cholera",
    "extra",
    "ultra",
    "contra",
    "mantra",
    "cobra",
    "zebra",
    "sahara",
    "tiara",
    "sierra",
    "front",
    "fronts",
    "affront",
    "affronts",
    "para",
    "vera",
    "agora",
    "flora",
    "tora",
    "torah",
    "ora",
    // Nouns and adjectives ending like a conditional ("-rait").
    "portrait",
    "retrait",
    "attrait",
    "extrait",
    "trait",
    "abstrait",
    "distrait",
    "soustrait",
];

/// Approximation words in "il y a près de deux ans".
pub const APPROX: &[&str] = &["pres", "environ", "plus", "moins", "presque", "quelque", "bientot", "de", "d"];

/// The words (besides digits) at which a date expression can start (see [`may_start`]).
pub fn start_words() -> impl Iterator<Item = &'static str> {
    MONTHS
        .iter()
        .map(|(w, _)| *w)
        .chain(WEEKDAYS.iter().map(|(w, _)| *w))
        .chain(SEASONS.iter().map(|(w, _)| *w))
        .chain(COUNTS.iter().map(|(w, _)| *w))
        .chain(UNITS.iter().map(|(w, _)| *w))
        .chain(OTHER_STARTS.iter().copied())
        .chain(HOLIDAYS.iter().map(|h| h.0))
}

/// Whether a date expression can start at a word: the scanner tries its forms only there. (A
/// digit, or one of the words of the tables above, all in one set: most words are ruled out by
/// their shape, without hashing.)
pub fn may_start(folded: &str) -> bool {
    static STARTS: OnceLock<(FastSet<&'static str>, Shapes)> = OnceLock::new();
    let (set, shapes) = STARTS.get_or_init(|| {
        let set: FastSet<&'static str> = start_words().collect();
        let mut shapes = Shapes::default();
        for w in &set {
            shapes.add(w);
        }
        (set, shapes)
    });
    folded.as_bytes().first().is_some_and(u8::is_ascii_digit) || shapes.may_have(folded) && set.contains(folded)
}
