//! French calendar words, folded (lowercase, no accents), as the date scanner compares them.

use chrono::Weekday;

/// The unit of a duration ("jours", "semaines", "mois", "ans").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

pub fn month(folded: &str) -> Option<u32> {
    Some(match folded {
        "janvier" => 1,
        "fevrier" => 2,
        "mars" => 3,
        "avril" => 4,
        "mai" => 5,
        "juin" => 6,
        "juillet" => 7,
        "aout" => 8,
        "septembre" => 9,
        "octobre" => 10,
        "novembre" => 11,
        "decembre" => 12,
        _ => return None,
    })
}

pub fn weekday(folded: &str) -> Option<Weekday> {
    Some(match folded {
        "lundi" => Weekday::Mon,
        "mardi" => Weekday::Tue,
        "mercredi" => Weekday::Wed,
        "jeudi" => Weekday::Thu,
        "vendredi" => Weekday::Fri,
        "samedi" => Weekday::Sat,
        "dimanche" => Weekday::Sun,
        _ => return None,
    })
}

pub fn season(folded: &str) -> Option<crate::model::Season> {
    use crate::model::Season::*;
    Some(match folded {
        "printemps" => Spring,
        "ete" => Summer,
        "automne" => Autumn,
        "hiver" => Winter,
        _ => return None,
    })
}

/// Small counts as articles write them in words ("il y a deux ans") or digits.
pub fn count(folded: &str) -> Option<i64> {
    if !folded.is_empty() && folded.len() <= 3 && folded.bytes().all(|b| b.is_ascii_digit()) {
        return folded.parse().ok();
    }
    Some(match folded {
        "un" | "une" => 1,
        "deux" => 2,
        "trois" => 3,
        "quatre" => 4,
        "cinq" => 5,
        "six" => 6,
        "sept" => 7,
        "huit" => 8,
        "neuf" => 9,
        "dix" => 10,
        "onze" => 11,
        "douze" => 12,
        "quinze" => 15,
        "vingt" => 20,
        "trente" => 30,
        _ => return None,
    })
}

pub fn unit(folded: &str) -> Option<Unit> {
    Some(match folded {
        "jour" | "jours" => Unit::Day,
        "semaine" | "semaines" => Unit::Week,
        "mois" => Unit::Month,
        "an" | "ans" | "annee" | "annees" => Unit::Year,
        _ => return None,
    })
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

/// Words ending like a simple future ("-ra", "-ront") that are not verbs.
pub const NOT_FUTURE: &[&str] = &[
    "camera", "opera", "cholera", "extra", "ultra", "contra", "mantra", "cobra", "zebra", "sahara", "tiara", "sierra",
    "front", "fronts", "affront", "affronts", "para", "vera", "agora", "flora", "tora", "torah", "ora",
];

/// Approximation words in "il y a près de deux ans".
pub const APPROX: &[&str] = &["pres", "environ", "plus", "moins", "presque", "quelque", "bientot", "de", "d"];

/// Whether a date expression can start at a word: the scanner tries its forms only there.
pub fn may_start(folded: &str) -> bool {
    folded.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || month(folded).is_some()
        || weekday(folded).is_some()
        || season(folded).is_some()
        || unit(folded).is_some()
        || count(folded).is_some()
        || matches!(
            folded,
            "premier"
                | "hier"
                | "demain"
                | "aujourd"
                | "avant"
                | "apres"
                | "ce"
                | "cette"
                | "veille"
                | "lendemain"
                | "il"
                | "dans"
        )
}
