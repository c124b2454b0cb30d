use super::*;
use std::collections::HashMap;

fn locale(vars: &[(&str, &str)]) -> Lang {
    let m: HashMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    Lang::from_locale(|k| m.get(k).cloned())
}

#[test]
fn the_locale_decides_first_set_and_non_empty_wins() {
    assert_eq!(locale(&[]), Lang::En);
    assert_eq!(locale(&[("LANG", "fr_FR.UTF-8")]), Lang::Fr);
    assert_eq!(locale(&[("LANG", "fr")]), Lang::Fr);
    assert_eq!(locale(&[("LANG", "C")]), Lang::En);
    assert_eq!(locale(&[("LANG", "POSIX")]), Lang::En);
    assert_eq!(locale(&[("LANG", "de_DE.UTF-8")]), Lang::En);
    // LC_ALL over LC_MESSAGES over LANG; an empty one does not count.
    assert_eq!(locale(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "fr_FR.UTF-8")]), Lang::En);
    assert_eq!(locale(&[("LC_ALL", ""), ("LC_MESSAGES", "fr_CA.UTF-8"), ("LANG", "C")]), Lang::Fr);
    assert_eq!(locale(&[("LC_MESSAGES", "C"), ("LANG", "fr_FR.UTF-8")]), Lang::En);
    assert_eq!(locale(&[("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "fr_BE")]), Lang::Fr);
}

#[test]
fn lang_on_the_command_line_is_found_before_parsing() {
    assert_eq!(Lang::from_args(&["chronique", "list", "--lang", "fr"]), Some(Lang::Fr));
    assert_eq!(Lang::from_args(&["chronique", "--lang=en", "check"]), Some(Lang::En));
    assert_eq!(Lang::from_args(&["chronique", "list"]), None);
    assert_eq!(Lang::from_args(&["chronique", "--lang", "de"]), None);
    assert_eq!(Lang::from_args(&["chronique", "search", "--", "--lang", "fr"]), None);
}

#[test]
fn language_tags_and_codes() {
    for (tag, lang) in [("fr", Lang::Fr), ("FR-ca", Lang::Fr), ("fr_FR.UTF-8", Lang::Fr), ("en-GB", Lang::En)] {
        assert_eq!(Lang::from_code(tag), Some(lang), "{tag}");
    }
    assert_eq!(Lang::from_code("de"), None);
    assert_eq!(Lang::from_code(""), None);
    for l in Lang::ALL {
        assert_eq!(Lang::from_code(l.code()), Some(l));
    }
}

#[test]
fn quotes_tell_their_language() {
    assert_eq!(Lang::detect("La Russie et la Chine ne construisent pas une alliance militaire"), Some(Lang::Fr));
    assert_eq!(Lang::detect("We will never accept this pressure from anyone"), Some(Lang::En));
    assert_eq!(Lang::detect("It is a great day for the people of this country"), Some(Lang::En));
    assert_eq!(Lang::detect("Nous défendons nos positions"), Some(Lang::Fr));
    assert_eq!(Lang::detect("Sanders"), None);
    assert_eq!(Lang::detect(""), None);
}

#[test]
fn each_language_has_its_quotation_marks() {
    assert_eq!(Lang::Fr.quoted("mot"), "« mot »");
    assert_eq!(Lang::En.quoted("word"), "“word”");
}

#[test]
fn counts_agree_with_their_number() {
    let (fr, en) = (Lang::Fr.words(), Lang::En.words());
    assert_eq!(en.count(1, en.nouns.quote), "1 quote");
    assert_eq!(en.count(0, en.nouns.quote), "0 quotes");
    assert_eq!(en.count(2, en.nouns.quote), "2 quotes");
    assert_eq!(fr.count(0, fr.nouns.quote), "0 citation");
    assert_eq!(fr.count(1, fr.nouns.event), "1 événement");
    assert_eq!(fr.count(3, fr.nouns.event), "3 événements");
}

#[test]
fn the_two_tables_differ_where_they_should() {
    // A message left in the other language in one table is the commonest slip.
    let (fr, en) = (Lang::Fr.words(), Lang::En.words());
    assert_ne!(fr.dates.months, en.dates.months);
    assert_ne!(fr.dates.seasons, en.dates.seasons);
    assert_ne!(fr.cite.also_reported_by, en.cite.also_reported_by);
    assert_ne!(fr.browser.mode_titles, en.browser.mode_titles);
    assert_ne!(fr.detail.speaker, en.detail.speaker);
    assert_ne!(fr.keys.quit, en.keys.quit);
    assert_ne!(fr.problems.not_found, en.problems.not_found);
}
