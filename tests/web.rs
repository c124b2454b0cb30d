//! Web pages as articles (tests/fixtures/web/): pages of several layouts, each the same article
//! as a `.txt` elsewhere in the fixtures, must give the same quotes, by the same speakers, at
//! the same reported meeting, and none of the quotes their menus, boxes, comments and scripts
//! carry; their metadata comes from the page (JSON-LD, OpenGraph, `<meta>`), under a sidecar.

#[path = "fixtures/hostile/invariants.rs"]
mod invariants;

use chronique::corpus::{self, input::html};
use chronique::model::{Corpus, EventKind};
use std::path::PathBuf;

fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn load(paths: &[PathBuf]) -> Corpus {
    let (c, diags) = corpus::load(paths, invariants::gazetteer());
    assert!(diags.is_empty(), "{diags:?}");
    invariants::check(&c).unwrap();
    c
}

/// Every quote as (words, speaker, fragment or not), in text order.
fn quotes(c: &Corpus) -> Vec<(String, Option<String>, bool)> {
    c.quotes
        .iter()
        .map(|q| {
            (
                q.text().to_string(),
                c.speaker_name(q).map(str::to_string),
                q.kind() == chronique::model::QuoteKind::Fragment,
            )
        })
        .collect()
}

fn reported_date(c: &Corpus) -> Option<String> {
    c.events.iter().find(|e| e.kind == EventKind::Reported).and_then(|e| e.date).map(|d| d.iso())
}

/// (page, the same article as text, words of its furniture that must not be read as article).
const PAIRS: &[(&str, &str, &[&str])] = &[
    (
        // A newspaper: menu, cookie banner, in-text "Lire aussi", related links, comments, "Les
        // plus lus", newsletter footer, scripts and styles full of quotes, JSON-LD NewsArticle.
        "tests/fixtures/web/lemonde_zelensky.html",
        "tests/fixtures/unseen/lemonde_zelensky.txt",
        &[
            "cookies",
            "Le Kremlin teste nos défenses",
            "Nous tiendrons aussi longtemps",
            "Trop peu, trop tard",
            "On verra",
            "Les plus lus",
            "Le pays n’est pas ingouvernable",
            "La Matinale",
            "Texte injecté",
            "Nous ne céderons jamais",
            "Citation",
            "Mentions légales",
        ],
    ),
    (
        // A wire agency's page: search form, sections, "Dernières dépêches" rail, microdata.
        "tests/fixtures/web/afp_macron.html",
        "tests/fixtures/unseen/afp_macron.txt",
        &["Dernières dépêches", "La situation humanitaire", "Nous ne lâcherons rien", "Je me sens prêt", "Rechercher"],
    ),
    (
        // A WordPress blog: widgets, sharing, related posts, comment list and form, Yoast @graph.
        "tests/fixtures/web/regional_conseil.html",
        "tests/fixtures/unseen/regional_conseil.txt",
        &[
            "Nous n'avons pas le choix",
            "Les finances sont saines",
            "On nous prend pour des imbéciles",
            "je ne veux plus aller",
            "Une rentrée réussie",
            "On a montré du caractère",
            "Texte par défaut",
            "Répondre",
            "Articles récents",
        ],
    ),
    (
        // An AMP page: amp-sidebar menu, amp-ad, "À lire aussi" link, JSON-LD array with a type list.
        "tests/fixtures/web/figaro_otan.html",
        "tests/fixtures/unseen/figaro_otan.txt",
        &["Nous ne sommes pas en guerre", "L'Otan ne sera pas partie", "Un conflit direct serait", "Vox"],
    ),
    (
        // An old table layout with OpenGraph only: <br><br> paragraphs, entities, "LES PLUS LUS".
        "tests/fixtures/web/lemonde_entretien.html",
        "tests/fixtures/unseen/lemonde_entretien.txt",
        &["Le gouvernement doit démissionner", "La réforme est un échec", "Nous ne laisserons personne", "Archives"],
    ),
    (
        // A seed article as its news site shows it: photo gallery, "Read Next", "More from".
        "tests/fixtures/web/reuters_poutine.html",
        "seeds/000_a5779f173ae89623.txt",
        &["Nous reprendrons chaque mètre", "La réunification est inévitable", "nouvelle guerre froide", "Sign In"],
    ),
];

#[test]
fn each_page_gives_the_same_quotes_as_its_text() {
    for (page, text, _) in PAIRS {
        let from_page = load(&[fixture(page)]);
        let from_text = load(&[fixture(text)]);
        assert!(!from_text.quotes.is_empty(), "{text} has quotes to compare");
        assert_eq!(quotes(&from_page), quotes(&from_text), "{page} vs {text}");
        assert_eq!(reported_date(&from_page), reported_date(&from_text), "{page}: the reported meeting's date");
        let reported =
            |c: &Corpus| c.events.iter().find(|e| e.kind == EventKind::Reported).map(|e| e.participants.clone());
        assert_eq!(reported(&from_page), reported(&from_text), "{page}: its participants");
    }
}

#[test]
fn furniture_is_not_read_as_article() {
    for (page, _, furniture) in PAIRS {
        let c = load(&[fixture(page)]);
        let text = &c.articles[0].text;
        for words in *furniture {
            assert!(!text.contains(words), "{page}: {words:?} read as article text:\n{text}");
        }
    }
}

#[test]
fn the_article_text_is_headline_then_paragraphs_and_quotes_point_into_it() {
    for (page, _, _) in PAIRS {
        let c = load(&[fixture(page)]);
        let a = &c.articles[0];
        let extracted = html::read(&std::fs::read(fixture(page)).unwrap()).unwrap();
        // What the article view shows is exactly the extracted text, and every quote's span
        // lies in it (invariants::check verified the words; here, the view's text is the same).
        assert_eq!(&*a.text, extracted.text, "{page}");
        let first = a.text.split("\n\n").next().unwrap();
        assert_eq!(Some(first), a.title.as_deref(), "{page}: the headline comes first");
        assert!(!a.text.contains("\n\n\n") && a.text.ends_with('\n') && !a.text.ends_with("\n\n"), "{page}");
        for q in &c.quotes {
            assert_eq!(chronique::model::fold_whitespace(&a.text[q.span().clone()]), *q.text());
        }
    }
}

#[test]
fn metadata_comes_from_the_page() {
    let meta = |page: &str| {
        let c = load(&[fixture(page)]);
        let a = c.articles.into_iter().next().unwrap();
        (a.published.map(|d| d.iso()), a.source, a.lang, a.url)
    };
    let s = |v: &str| Some(v.to_string());
    // JSON-LD NewsArticle beats OpenGraph ("Le Monde.fr"); the canonical link gives the url.
    let (published, source, lang, url) = meta("tests/fixtures/web/lemonde_zelensky.html");
    assert_eq!((published, source, lang), (s("2024-06-07"), s("Le Monde"), s("fr")));
    assert!(url.unwrap().starts_with("https://www.lemonde.fr/international/article/2024/06/07/"));
    // Microdata on a wire page; a Yoast @graph whose publisher is an @id; a JSON-LD array.
    let (published, source, _, _) = meta("tests/fixtures/web/afp_macron.html");
    assert_eq!((published, source), (s("2024-03-12"), s("AFP")));
    assert_eq!(meta("tests/fixtures/web/regional_conseil.html").1, s("Le Petit Amandinois"));
    assert_eq!(meta("tests/fixtures/web/regional_conseil.html").0, s("2024-10-08"));
    assert_eq!(meta("tests/fixtures/web/figaro_otan.html").0, s("2024-04-04"));
    assert_eq!(meta("tests/fixtures/web/figaro_otan.html").1, s("Le Figaro"));
    // OpenGraph alone: the same metadata as the text's sidecar.
    let sidecar: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("tests/fixtures/unseen/lemonde_entretien.json")).unwrap(),
    )
    .unwrap();
    let (published, source, _, url) = meta("tests/fixtures/web/lemonde_entretien.html");
    assert_eq!(published.as_deref(), sidecar["published"].as_str());
    assert_eq!(source.as_deref(), sidecar["source"].as_str());
    assert_eq!(url.as_deref(), sidecar["url"].as_str());
}

#[test]
fn a_sidecar_wins_field_by_field() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("zelensky.html");
    std::fs::copy(fixture("tests/fixtures/web/lemonde_zelensky.html"), &page).unwrap();
    std::fs::write(
        tmp.path().join("zelensky.json"),
        r#"{"source": "Le Monde (édition abonnés)", "published": "2024-06-08"}"#,
    )
    .unwrap();
    let c = load(&[page]);
    let a = &c.articles[0];
    assert_eq!(a.source.as_deref(), Some("Le Monde (édition abonnés)"));
    assert_eq!(a.published.map(|d| d.iso()).as_deref(), Some("2024-06-08"));
    assert_eq!(a.title.as_deref(), Some("A Kiev, Volodymyr Zelensky réclame davantage de défense antiaérienne"));
    assert_eq!(a.lang.as_deref(), Some("fr"));
}

#[test]
fn folders_mix_pages_and_texts_and_an_export_reopens_with_the_page_text() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::copy(fixture("tests/fixtures/web/afp_macron.html"), d.join("macron.HTM")).unwrap();
    std::fs::copy(fixture("tests/fixtures/web/figaro_otan.html"), d.join("otan.html")).unwrap();
    std::fs::copy(fixture("tests/fixtures/unseen/ouestfrance_greve.txt"), d.join("greve.txt")).unwrap();
    std::fs::write(d.join("notes.md"), "« Pas un article », a dit X.").unwrap();
    let c = load(&[d.to_path_buf()]);
    let mut ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["greve", "macron", "otan"]);

    // Exported, then reopened: the page's text is extracted again, and the quotes' offsets hold.
    let export = d.join("export.json");
    std::fs::write(&export, chronique::export::json::to_string(&c)).unwrap();
    let (reopened, diags) = corpus::load(&[export], invariants::gazetteer());
    assert!(diags.is_empty(), "{diags:?}");
    let page = reopened.articles.iter().find(|a| a.id == "otan").unwrap();
    assert!(page.text.starts_with("Otan : Jens Stoltenberg"), "{}", &page.text[..page.text.len().min(80)]);
    invariants::check(&reopened).unwrap();
}

#[test]
fn the_binary_lists_a_page() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_chronique"))
        .args(["list", fixture("tests/fixtures/web/lemonde_zelensky.html").to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let list = String::from_utf8(out.stdout).unwrap();
    assert!(list.contains("Volodymyr Zelensky: « Chaque jour de retard se paie en vies humaines »"), "{list}");
    assert!(!list.contains("Trop peu"), "{list}");
}
