use super::*;
use crate::model::{Precision, Season};

const FR: &French = &French;
use crate::corpus::read::knowledge::french::French;

fn nd(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (matched text, iso, precision) of every date in `text` read on `reference`.
fn read(text: &str, reference: &str) -> Vec<(String, String, Precision)> {
    find_dates(FR, text, 0..text.len(), Some(nd(reference)), None)
        .into_iter()
        .map(|m| (text[m.span.clone()].to_string(), m.date.start.to_string(), m.date.precision))
        .collect()
}

fn one(text: &str, reference: &str) -> (String, Precision) {
    let v = read(text, reference);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    (v[0].1.clone(), v[0].2)
}

#[test]
fn day_and_month() {
    assert_eq!(one("MOSCOU, 8 novembre (Reuters)", "2023-11-08"), ("2023-11-08".into(), Precision::Day));
    assert_eq!(one("le 16 avril 2023.", "2024-01-01"), ("2023-04-16".into(), Precision::Day));
    assert_eq!(one("ce vendredi 30 décembre vouloir", "2022-12-30"), ("2022-12-30".into(), Precision::Day));
    assert_eq!(one("le 1er mai", "2023-05-03"), ("2023-05-01".into(), Precision::Day));
    assert_eq!(one("lors d'un point de presse le 30 avril que", "2023-04-16"), ("2023-04-30".into(), Precision::Day));
}

#[test]
fn year_rollover_and_weekday_check() {
    // Read in early January, "30 décembre" is last year's.
    assert_eq!(one("le 30 décembre", "2023-01-03").0, "2022-12-30");
    // Read in late December, "2 janvier" is next year's.
    assert_eq!(one("le 2 janvier", "2022-12-29").0, "2023-01-02");
    // The weekday decides between two candidate years: 30 June 2022 was a Thursday.
    assert_eq!(one("jeudi 30 juin", "2022-12-31").0, "2022-06-30");
}

#[test]
fn invalid_days_and_leap_years() {
    assert!(read("le 31 février", "2023-03-01").is_empty());
    assert!(read("le 29 février 2023", "2023-03-01").is_empty());
    assert_eq!(one("le 29 février 2024", "2024-03-01").0, "2024-02-29");
    assert_eq!(one("le 29 février", "2024-03-10").0, "2024-02-29");
    assert!(read("31/02/2023", "2023-03-01").is_empty());
}

#[test]
fn bare_weekdays() {
    // 2023-11-08 is a Wednesday: "mercredi" is the publication day itself.
    assert_eq!(one("Poutine a salué mercredi la coopération", "2023-11-08").0, "2023-11-08");
    // 2024-10-16 is a Wednesday: "Mardi" is the day before.
    assert_eq!(one("Mardi, lors de la réunion, Zhang a répété", "2024-10-16").0, "2024-10-15");
    assert_eq!(one("a rencontré dimanche au Kremlin", "2023-04-16").0, "2023-04-16");
    // Future clause: the coming day.
    assert_eq!(one("Il se rendra jeudi à Pékin", "2024-10-16").0, "2024-10-17");
    assert_eq!(one("Une réunion est prévue lundi", "2024-10-16").0, "2024-10-21");
    assert_eq!(one("mercredi dernier", "2023-11-08").0, "2023-11-01");
    assert_eq!(one("mercredi prochain", "2023-11-08").0, "2023-11-15");
    // Capitalised mid-sentence: a name, not a day.
    assert!(read("le roman de Robinson et Vendredi est lu", "2023-11-08").is_empty());
    assert!(read("à mardi gras", "2023-11-08").is_empty() || read("à mardi gras", "2023-11-08").is_empty());
}

#[test]
fn months_seasons_years() {
    assert_eq!(one("un partenariat en février 2022 lorsque", "2023-11-08"), ("2022-02-01".into(), Precision::Month));
    let v = read("début février 2022, la Chine", "2022-12-30");
    assert_eq!(v[0].0, "début février 2022");
    assert_eq!(one("au printemps 2023 en Russie", "2022-12-30"), ("2023-03-01".into(), Precision::Season));
    assert_eq!(one("exercices conjoints en été, y compris", "2024-10-16"), ("2024-06-01".into(), Precision::Season));
    // "en juin" is the last June; in a future clause the next one.
    assert_eq!(one("un rapport publié en juin a révélé", "2023-11-08"), ("2023-06-01".into(), Precision::Month));
    assert_eq!(one("un rapport publié en décembre", "2023-11-08").0, "2022-12-01");
    assert_eq!(one("il se rendra en décembre", "2023-11-08").0, "2023-12-01");
    assert_eq!(
        one("qui a commencé en février de l'année dernière", "2023-04-16"),
        ("2022-02-01".into(), Precision::Month)
    );
    assert_eq!(one("en 2024 est en passe", "2022-12-30"), ("2024-01-01".into(), Precision::Year));
    let winter = FuzzyDate::season(2023, Season::Winter).unwrap();
    assert_eq!(one("en hiver", "2024-01-15").0, winter.start.to_string());
}

#[test]
fn relative_forms() {
    assert_eq!(one("hier", "2024-03-01"), ("2024-02-29".into(), Precision::Day));
    assert_eq!(one("S'exprimant aujourd'hui, Poutine", "2023-11-08").0, "2023-11-08");
    assert_eq!(one("la semaine prochaine pour un sommet", "2024-10-16"), ("2024-10-21".into(), Precision::Week));
    assert_eq!(one("La semaine dernière, Poutine", "2022-12-30"), ("2022-12-19".into(), Precision::Week));
    assert_eq!(one("a déclaré le mois dernier que", "2023-11-08"), ("2023-10-01".into(), Precision::Month));
    assert_eq!(one("le mois dernier", "2024-01-10").0, "2023-12-01");
    assert_eq!(one("L'année dernière, les relations", "2024-10-16"), ("2023-01-01".into(), Precision::Year));
    assert_eq!(one("l'an prochain", "2024-10-16").0, "2025-01-01");
    assert_eq!(one("il y a deux ans", "2023-11-08"), ("2021-01-01".into(), Precision::Year));
    assert_eq!(one("il y a trois jours", "2023-03-02"), ("2023-02-27".into(), Precision::Day));
    let m = find_dates(FR, "il y a près de deux ans", 0..23, Some(nd("2023-11-08")), None);
    assert!(m[0].approximate);
}

#[test]
fn anchored_forms_count_from_the_discussed_date() {
    let text = "Belousov a également rencontré Dong Jun un jour plus tôt.";
    let anchor = FuzzyDate::day(nd("2024-10-15"));
    let m = find_dates(FR, text, 0..text.len(), Some(nd("2024-10-16")), Some(anchor));
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].date, FuzzyDate::day(nd("2024-10-14")));
    assert!(m[0].anchored);
    let m = find_dates(FR, "la veille, il", 0..13, Some(nd("2024-10-16")), Some(anchor));
    assert_eq!(m[0].date.start, nd("2024-10-14"));
    // Without an anchor the reference is used.
    let m = find_dates(FR, "deux jours plus tard", 0..20, Some(nd("2024-10-16")), None);
    assert_eq!(m[0].date.start, nd("2024-10-18"));
}

#[test]
fn numeric_and_iso() {
    assert_eq!(one("publié le 16/04/2023 à 10h", "2020-01-01"), ("2023-04-16".into(), Precision::Day));
    assert_eq!(one("2023-04-16T10:00", "2020-01-01").0, "2023-04-16");
    assert_eq!(one("le 08.11.2023", "2020-01-01").0, "2023-11-08");
    assert!(read("[1/4] Le président", "2023-11-08").is_empty());
    assert!(read("score 3-2-2023x", "2023-11-08").is_empty());
}

#[test]
fn false_positives() {
    for s in [
        "200 milliards de dollars",
        "au XXIe siècle",
        "Mai Lan chante",
        "le Mars rover",
        "2024 soldats",
        "de 2024 soldats",
        "il a été cité",
        "il y a deux pays",
        "le mercredi des Cendres.",
        "Le 8 est un chiffre",
    ] {
        let v = read(s, "2023-11-08");
        assert!(
            v.iter().all(|(t, ..)| !t.contains("Mai")
                && !t.contains("Mars")
                && !t.contains("2024")
                && !t.contains("été")
                && !t.contains("deux")
                && t != "8"),
            "{s}: {v:?}"
        );
    }
    assert!(read("200 milliards de dollars en 2024", "2022-12-30").iter().any(|(t, ..)| t == "2024"));
}

#[test]
fn without_reference_only_dates_with_years() {
    let text = "hier, le 8 novembre, puis le 16 avril 2023 et en février 2022";
    let got: Vec<String> = find_dates(FR, text, 0..text.len(), None, None).into_iter().map(|m| m.date.iso()).collect();
    assert_eq!(got, ["2023-04-16", "2022-02"]);
}

#[test]
fn never_panics_on_odd_input() {
    let nasty = [
        "",
        "é",
        "1/",
        "31/12/",
        "2023-",
        "1er",
        "il y a",
        "dans",
        "\u{0}\u{1b}[31m 8 novembre",
        "８ novembre",
        "29 février 1900",
    ];
    for s in nasty {
        let _ = find_dates(FR, s, 0..s.len(), Some(nd("2023-11-08")), None);
        let _ = find_dates(FR, s, 0..s.len() + 5, Some(nd("2023-11-08")), None);
        let _ = dateline(FR, s, 0..s.len());
    }
    // A span off a char boundary yields nothing rather than a panic.
    assert!(find_dates(FR, "é 8 novembre", 1..5, Some(nd("2023-11-08")), None).is_empty());
}

#[test]
fn datelines() {
    let t = "MOSCOU, 8 novembre (Reuters) – Le président Vladimir Poutine a salué mercredi";
    let d = dateline(FR, t, 0..t.len()).unwrap();
    assert_eq!(d.place, "MOSCOU");
    assert_eq!((d.day, d.month, d.year), (Some(8), Some(11), None));
    assert_eq!(d.outlet.as_deref(), Some("Reuters"));
    assert_eq!(&t[d.span.clone()], "MOSCOU, 8 novembre (Reuters) –");
    assert_eq!(d.date(Some(nd("2023-11-09"))), Some(FuzzyDate::day(nd("2023-11-08"))));
    assert_eq!(d.date(None), None);
    let t = "\nPARIS (AFP) - Le gouvernement";
    let d = dateline(FR, t, 0..t.len()).unwrap();
    assert_eq!((d.place.as_str(), d.outlet.as_deref(), d.day), ("PARIS", Some("AFP"), None));
    let t = "Pékin, 15 octobre 2024 (Xinhua) — Le ministre";
    let d = dateline(FR, t, 0..t.len()).unwrap();
    assert_eq!(d.date(None), Some(FuzzyDate::day(nd("2024-10-15"))));
    // Place, outlet and date between bars.
    let t = "Cherbourg, France | AFP | dimanche 09/07/2017 - Le Premier ministre";
    let d = dateline(FR, t, 0..t.len()).unwrap();
    assert_eq!((d.place.as_str(), d.outlet.as_deref()), ("Cherbourg", Some("AFP")));
    assert_eq!(d.date(None), Some(FuzzyDate::day(nd("2017-07-09"))));
    assert!(dateline(FR, "Les uns | les autres - x", 0..24).is_none());
    // The article "le" before the day, as many outlets write it.
    let t = "Moscou, le 7 décembre 2022 (Sputnik) — Le ministre";
    let d = dateline(FR, t, 0..t.len()).unwrap();
    assert_eq!((d.place.as_str(), d.outlet.as_deref()), ("Moscou", Some("Sputnik")));
    assert_eq!(d.date(None), Some(FuzzyDate::day(nd("2022-12-07"))));
    // A date then its place.
    let t = "30 juillet 2016, Pologne. –\nComme de tradition";
    let d = dateline(FR, t, 0..t.len()).unwrap();
    assert_eq!((d.place.as_str(), d.day, d.month, d.year), ("Pologne", Some(30), Some(7), Some(2016)));
    assert_eq!(&t[d.span.clone()], "30 juillet 2016, Pologne. –");
    for no in [
        "30 juillet 2016, une veillée a eu lieu – de nuit",
        "Le président russe a affirmé – en substance – que",
        "La Chine (et la Russie) – ensemble",
        "MOSCOU, 31 février (Reuters) – x",
        "Moscou – la ville",
    ] {
        assert!(dateline(FR, no, 0..no.len()).is_none(), "{no}");
    }
}

#[test]
fn every_relative_form_is_read() {
    // One of each first word the scanner accepts (`lexicon::may_start` gates them all), read
    // on Wednesday 2023-11-08.
    for (text, iso, p) in [
        ("hier", "2023-11-07", Precision::Day),
        ("demain", "2023-11-09", Precision::Day),
        ("aujourd'hui", "2023-11-08", Precision::Day),
        ("avant-hier", "2023-11-06", Precision::Day),
        ("après-demain", "2023-11-10", Precision::Day),
        ("ce matin", "2023-11-08", Precision::Day),
        ("cet après-midi", "2023-11-08", Precision::Day),
        ("ce midi", "2023-11-08", Precision::Day),
        ("cette semaine", "2023-11-06", Precision::Week),
        ("cette année", "2023-01-01", Precision::Year),
        ("ce mois-ci", "2023-11-01", Precision::Month),
        ("le lendemain", "2023-11-09", Precision::Day),
        ("la veille", "2023-11-07", Precision::Day),
        ("l'an passé", "2022-01-01", Precision::Year),
        ("il y a deux ans", "2021-01-01", Precision::Year),
        ("dans trois jours", "2023-11-11", Precision::Day),
        ("un jour plus tôt", "2023-11-07", Precision::Day),
        ("premier mai 2023", "2023-05-01", Precision::Day),
        ("cet hiver", "2022-12-01", Precision::Season),
    ] {
        let v = read(text, "2023-11-08");
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        assert_eq!((v[0].1.as_str(), v[0].2), (iso, p), "{text}");
    }
}

#[test]
fn a_day_without_its_year_follows_the_tense() {
    // Read on 25 October: in a past clause, or said "précédent", the last 28 March; in a future
    // clause the next one; with neither, the nearest.
    assert_eq!(one("Elle a été approuvée le 28 mars par le conseil", "2016-10-25").0, "2016-03-28");
    assert_eq!(one("approuvée le 28 mars précédent", "2016-10-25").0, "2016-03-28");
    assert_eq!(one("Le texte entrera en vigueur le 28 mars", "2016-10-25").0, "2017-03-28");
    assert_eq!(one("le 28 mars", "2016-10-25").0, "2017-03-28");
    // Read on 29 December: "a annoncé le 2 janvier" is past, so this year's.
    assert_eq!(one("Il a annoncé le 2 janvier son départ", "2022-12-29").0, "2022-01-02");
    assert_eq!(one("la réunion du 2 janvier prochain", "2023-12-20").0, "2024-01-02");
    // The nearest verb group governs: a future earlier in the sentence does not make the day
    // of the announcement a coming one (2024-05-15 is a Wednesday).
    assert_eq!(one("Les loyers baisseront de 2 %, a annoncé lundi le ministre", "2024-05-15").0, "2024-05-13");
    assert_eq!(one("Les loyers baisseront, a annoncé le 3 mai le ministre", "2024-05-15").0, "2024-05-03");
    assert_eq!(one("Les loyers baisseront lundi", "2024-05-15").0, "2024-05-20");
}

#[test]
fn a_night_is_dated_by_its_second_day() {
    // 2024-03-11 is a Monday.
    let v = read("Dans la nuit de samedi à dimanche, un incendie a détruit le hangar", "2024-03-11");
    assert_eq!(v, [("nuit de samedi à dimanche".to_string(), "2024-03-10".to_string(), Precision::Day)]);
    // Written on the Sunday itself: the night that just ended.
    assert_eq!(one("dans la nuit de samedi à dimanche", "2024-03-10").0, "2024-03-10");
    assert_eq!(one("dans la nuit du 13 au 14 novembre 2015", "2015-11-20").0, "2015-11-14");
    // "Dans la nuit" alone: the night that just ended.
    assert_eq!(one("Dans la nuit, les États-Unis ont annoncé", "2022-04-15").0, "2022-04-15");
    // "dimanche soir" is Sunday; "hier" the day before the reference.
    assert_eq!(one("dimanche soir, la police a", "2024-03-11").0, "2024-03-10");
    assert_eq!(one("hier soir", "2024-03-11").0, "2024-03-10");
    // "la nuit dernière" ended on the day of writing.
    assert_eq!(one("la nuit dernière, un incendie", "2024-03-11").0, "2024-03-11");
}

#[test]
fn two_days_of_one_month_start_on_the_first() {
    let v = read("Le congrès s'est tenu les 13 et 14 mars à Lyon.", "2024-03-20");
    assert_eq!(v, [("13 et 14 mars".to_string(), "2024-03-13".to_string(), Precision::Day)]);
    assert_eq!(one("les 30 et 31 décembre 2023", "2024-01-10").0, "2023-12-30");
    // A span between two days starts on the first too.
    assert_eq!(one("entre 12 et 14 mars", "2024-03-20").0, "2024-03-12");
}

#[test]
fn the_start_or_end_of_this_month_or_week() {
    assert_eq!(one("a publié un rapport au début du mois", "2017-04-12"), ("2017-04-01".into(), Precision::Month));
    assert_eq!(one("à la fin du mois", "2017-04-12"), ("2017-04-01".into(), Precision::Month));
    assert_eq!(one("en début de semaine", "2024-03-13"), ("2024-03-11".into(), Precision::Week));
    assert!(read("à la mi-journée", "2024-03-13").is_empty());
}

#[test]
fn a_weekday_after_a_dateline_is_the_last_such_day() {
    // 26 January 2017 is a Thursday: "Lundi" is the 23rd.
    let t = "26 janvier 2017. – Lundi, le ministre a annoncé sa démission.";
    let m = find_dates(FR, t, 0..t.len(), Some(nd("2017-01-26")), None);
    let lundi = m.iter().find(|m| t[m.span.clone()].starts_with("Lundi")).unwrap();
    assert_eq!(lundi.date.start, nd("2017-01-23"));
}

#[test]
fn feasts_of_a_fixed_day() {
    assert_eq!(one("une attaque dans la nuit du Nouvel An", "2017-01-02").0, "2017-01-01");
    assert_eq!(one("le soir de Noël, un incendie", "2016-12-27").0, "2016-12-25");
    assert_eq!(one("le réveillon de Noël", "2016-12-27").0, "2016-12-24");
    assert_eq!(one("à la Saint-Sylvestre", "2017-01-03").0, "2016-12-31");
    // Things named after a feast, and another calendar's New Year, are no day.
    assert!(read("le marché de Noël de la ville", "2016-12-20").is_empty());
    assert!(read("le père Noël", "2016-12-20").is_empty());
    assert!(read("le Nouvel An chinois", "2017-01-20").is_empty());
}

#[test]
fn a_day_of_the_month_told_without_its_month() {
    assert_eq!(one("le 12 au soir, une explosion", "2017-03-14").0, "2017-03-12");
    // A day not yet come this month is last month's.
    assert_eq!(one("le 28 au matin", "2017-03-14").0, "2017-02-28");
    // A number alone is no day.
    assert!(read("le 12 au total", "2017-03-14").is_empty());
}

#[test]
fn next_digit_finds_the_first_digit_from_a_position() {
    let t = "Le sommet du 16/04/2023 à Pékin, puis plus rien pendant des lignes et des lignes 7";
    let b = t.as_bytes();
    for from in 0..=b.len() + 1 {
        let want = (from..b.len()).find(|&i| b[i].is_ascii_digit()).unwrap_or(b.len());
        assert_eq!(next_digit(b, from), want, "{from}");
    }
}
