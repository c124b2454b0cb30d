//! The command line in each language, and its errors, as a script or cron job meets them: the
//! real binary with no terminal (stdin from /dev/null, stdout and stderr to pipes).

use chronique::lang::Lang;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The binary in `locale` (LANG; LC_ALL and LC_MESSAGES unset), with no terminal.
fn run(locale: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chronique"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .stdin(Stdio::null())
        .output()
        .expect("binary runs")
}

fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}
fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr_FR.UTF-8",
        Lang::En => "C.UTF-8",
    }
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    }
}

/// Lowercase words of three letters or more.
fn words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 3).map(str::to_lowercase).collect()
}

/// Every word of a language's table: the words of the texts its `Debug` form lists (the
/// strings between quotes, not the field names).
fn table_words(lang: Lang) -> BTreeSet<String> {
    let debug = format!("{:?}", lang.words());
    let mut texts = String::new();
    let mut inside = false;
    let mut escaped = false;
    for c in debug.chars() {
        match (inside, escaped, c) {
            (true, false, '\\') => escaped = true,
            (true, false, '"') => {
                inside = false;
                texts.push('\n');
            }
            (true, _, c) => {
                escaped = false;
                texts.push(c);
            }
            (false, _, '"') => inside = true,
            _ => {}
        }
    }
    words(&texts)
}

/// Words that give a language away: those of its table that the other table does not use,
/// and common words of the language (which catch a word of one language left in the other's
/// table, where it would be in both).
fn only_in(lang: Lang) -> BTreeSet<String> {
    let theirs = table_words(other(lang));
    let common: &[&str] = match lang {
        Lang::En => &[
            "the",
            "and",
            "with",
            "of",
            "not",
            "quote",
            "quotes",
            "event",
            "events",
            "speaker",
            "speakers",
            "context",
            "timeline",
            "help",
            "quit",
            "move",
            "copy",
            "filter",
            "unknown",
            "undated",
            "published",
            "doubt",
            "attributed",
            "also",
            "reported",
            "week",
            "spring",
            "summer",
            "autumn",
            "winter",
            "january",
            "february",
            "april",
            "june",
            "july",
            "august",
            "october",
            "november",
            "december",
            "read",
            "loaded",
            "detail",
            "small",
            "enlarge",
            "marked",
            "folded",
        ],
        Lang::Fr => &[
            "les",
            "des",
            "avec",
            "sans",
            "lieu",
            "événement",
            "événements",
            "contexte",
            "chronologie",
            "aide",
            "quitter",
            "inconnu",
            "publié",
            "doute",
            "attribuée",
            "attribuées",
            "aussi",
            "rapporté",
            "semaine",
            "printemps",
            "été",
            "automne",
            "hiver",
            "janvier",
            "février",
            "avril",
            "juin",
            "juillet",
            "août",
            "octobre",
            "novembre",
            "décembre",
            "lus",
            "chargé",
            "locuteur",
            "locuteurs",
            "détail",
            "trop",
            "petit",
            "repliés",
            "marquée",
        ],
    };
    let mut out: BTreeSet<String> = table_words(lang).into_iter().filter(|w| !theirs.contains(w)).collect();
    out.extend(common.iter().map(|w| w.to_string()));
    out
}

/// Every word that comes from the articles (their text, and the titles, places, names and
/// outlets chronique shows): these are never translated, so they say nothing of the language
/// chronique writes in.
fn article_words() -> BTreeSet<String> {
    let mut all = String::new();
    for f in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")).unwrap() {
        all += &std::fs::read_to_string(f.unwrap().path()).unwrap();
    }
    all += include_str!("../assets/seeds.json");
    all += include_str!("../assets/speakers.json");
    all += include_str!("../assets/places.json");
    all += &out(&run("C.UTF-8", &["export"]));
    words(&all)
}

/// chronique's own words in `text`: what is left once the articles' words are taken out.
fn own_words(text: &str, articles: &BTreeSet<String>) -> BTreeSet<String> {
    words(text).into_iter().filter(|w| !articles.contains(w)).collect()
}

#[test]
fn list_check_and_citations_have_no_word_of_the_other_language() {
    let articles = article_words();
    for lang in Lang::ALL {
        let foreign = only_in(other(lang));
        let native = only_in(lang);
        let outputs = [
            ("list", out(&run(locale(lang), &["list"]))),
            // The loader's doubts about an article are written by the loader's own table.
            (
                "check",
                out(&run(locale(lang), &["check"]))
                    .lines()
                    .filter(|l| !l.trim_start().starts_with(lang.words().check.doubt.trim_end()))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            ("citations", out(&run(locale(lang), &["search", "--format", "cite", "alliance"]))),
            ("markdown", out(&run(locale(lang), &["export", "--format", "markdown"]))),
            ("speakers", out(&run(locale(lang), &["speakers"]))),
        ];
        for (what, text) in outputs {
            assert!(!text.is_empty(), "{lang:?} {what}: no output");
            let own = own_words(&text, &articles);
            let wrong: Vec<&String> = own.intersection(&foreign).collect();
            assert!(wrong.is_empty(), "{lang:?} {what} has words of the other language {wrong:?}:\n{text}");
            // And the check can fail: the output does have words that give its language away.
            assert!(words(&text).intersection(&native).next().is_some(), "{lang:?} {what}: none of its words:\n{text}");
        }
    }
}

#[test]
fn dates_citation_words_and_marks_follow_the_language() {
    let fr = out(&run("fr_FR.UTF-8", &["search", "--format", "cite", "@poutine aucune alliance"]));
    assert_eq!(
        fr.trim_end(),
        "« La Russie et la Chine ne construisent aucune alliance militaire sur le modèle de la guerre froide » \
         — Vladimir Poutine, 8 novembre 2023 (Reuters; aussi rapporté par Euronews)"
    );
    let en = out(&run("C.UTF-8", &["search", "--format", "cite", "@poutine aucune alliance"]));
    assert_eq!(
        en.trim_end(),
        "« La Russie et la Chine ne construisent aucune alliance militaire sur le modèle de la guerre froide » \
         — Vladimir Putin, 8 November 2023 (Reuters; also reported by Euronews)"
    );
    // --lang wins over the locale, before or after the command.
    assert_eq!(
        out(&run("fr_FR.UTF-8", &["--lang", "en", "search", "--format", "cite", "@poutine aucune alliance"])),
        en
    );
    assert_eq!(out(&run("C", &["search", "--format", "cite", "@poutine aucune alliance", "--lang=fr"])), fr);
    // LC_ALL over LANG.
    let o = Command::new(env!("CARGO_BIN_EXE_chronique"))
        .args(["search", "--format", "cite", "@poutine aucune alliance"])
        .env("LC_ALL", "fr_CA.UTF-8")
        .env("LANG", "en_US.UTF-8")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out(&o), fr);
}

#[test]
fn citations_name_an_outlet_or_a_title_never_an_id_and_nest_no_parentheses() {
    for lang in Lang::ALL {
        // Every quote of the seeds: their events are all dated, from 2022 to 2024.
        let cites = out(&run(locale(lang), &["search", "--format", "cite", "2022..2024"]));
        let paragraphs: Vec<&str> = cites.split("\n\n").filter(|p| !p.trim().is_empty()).collect();
        assert_eq!(paragraphs.len(), 33, "{lang:?}:\n{cites}");
        for p in paragraphs {
            let sources = &p[p.rfind(" (").unwrap_or_else(|| panic!("no source: {p}"))..];
            assert!(!sources.contains('_') && !sources.contains(".txt"), "an id or a file as the source: {p}");
            assert_eq!(sources.matches('(').count(), 1, "nested parentheses: {p}");
        }
    }
}

#[test]
fn a_missing_path_or_an_unknown_word_is_named_without_a_terminal() {
    for (lang, missing, command) in [
        (Lang::En, "no such file or folder", "is not a command either"),
        (Lang::Fr, "aucun fichier ni dossier de ce nom", "n’est pas non plus une commande"),
    ] {
        let o = run(locale(lang), &["/does/not/exist"]);
        assert_eq!(o.status.code(), Some(2));
        let e = err(&o);
        assert!(e.contains(&format!("/does/not/exist: {missing}")), "{e}");
        assert!(!e.contains("os error"), "{e}");
        let o = run(locale(lang), &["frobnicate"]);
        assert_eq!(o.status.code(), Some(2));
        let e = err(&o);
        assert!(e.contains("frobnicate") && e.contains(command), "{e}");
        assert!(out(&o).is_empty());
        // The bundled seeds, but nowhere to draw the browser: said plainly.
        let o = run(locale(lang), &[]);
        assert_eq!(o.status.code(), Some(2));
        assert!(
            err(&o).contains(if lang == Lang::Fr { "a besoin d’un terminal" } else { "needs a terminal" }),
            "{}",
            err(&o)
        );
    }
    let o = run("C.UTF-8", &["seeds", "list"]);
    assert!(err(&o).contains("“list” is a command: it comes first"), "{}", err(&o));
}

#[test]
fn every_message_has_the_one_prefix() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("bad.txt"), b"\xff\xfe\xfd").unwrap();
    std::fs::write(tmp.path().join("ok.txt"), "« Nous ne céderons rien », a déclaré Jean Dupont.\n").unwrap();
    let dir = tmp.path().to_str().unwrap();
    for lang in Lang::ALL {
        for args in [
            vec!["check", dir],
            vec!["list", dir, "/nope"],
            vec!["search", "zzzz", dir],
            vec!["--frobnicate"],
            vec!["search"],
            vec!["--clipboard", "nope", "list"],
            vec!["--date", "demain"],
            vec!["generate", "articles", "1"],
            vec!["list", "--speakers", "/nope.json"],
        ] {
            let o = run(locale(lang), &args);
            let e = err(&o);
            assert!(!e.is_empty(), "{lang:?} {args:?}: no message");
            for line in e.lines() {
                assert!(line.starts_with("chronique: "), "{lang:?} {args:?}: {line:?}");
                assert!(!line.starts_with("chronique: error: error"), "{line}");
            }
        }
    }
}

#[test]
fn binary_and_empty_files_are_called_so_and_not_loaded() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("scan.txt"), b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n").unwrap();
    std::fs::write(tmp.path().join("empty.txt"), "").unwrap();
    std::fs::write(tmp.path().join("header.txt"), "date: 2023-11-08\nsource: AFP\n\n").unwrap();
    let dir = tmp.path().to_str().unwrap();
    let o = run("C.UTF-8", &["list", dir]);
    assert_eq!(o.status.code(), Some(2), "nothing to load");
    let e = err(&o);
    assert!(e.contains("scan.txt: a binary file, not text; skipped"), "{e}");
    assert!(!e.contains("iconv"), "a binary file is not text to convert: {e}");
    assert!(e.contains("empty.txt: empty article") && e.contains("header.txt: empty article"), "{e}");
    std::fs::write(tmp.path().join("ok.txt"), "« Nous ne céderons rien », a déclaré Jean Dupont.\n").unwrap();
    let o = run("fr_FR.UTF-8", &["list", dir]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(err(&o).contains("empty.txt: article vide"), "{}", err(&o));
    assert!(err(&o).contains("scan.txt: fichier binaire"), "{}", err(&o));
    // No event made of the empty articles: only the one article's.
    let v: serde_json::Value = serde_json::from_str(&out(&run("C.UTF-8", &["export", dir]))).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 1, "{v}");
    assert!(v["events"].as_array().unwrap().iter().all(|e| e["articles"] == serde_json::json!(["ok"])), "{v}");
}

#[test]
fn command_help_describes_its_arguments_and_keeps_global_options_in_one_place() {
    for lang in Lang::ALL {
        let h = &lang.words().help;
        let top = out(&run(locale(lang), &["--help"]));
        assert!(top.contains(h.global_options), "{top}");
        for opt in ["--lang", "--speakers", "--clipboard", "--cite", "--no-color"] {
            let n = top.lines().filter(|l| l.trim_start().starts_with(opt)).count();
            assert_eq!(n, 1, "{opt} once in chronique --help:\n{top}");
        }
        for cmd in ["list", "check", "export", "search", "speakers"] {
            let help = out(&run(locale(lang), &[cmd, "--help"]));
            assert!(help.contains(h.paths), "{cmd}: PATH undescribed:\n{help}");
            assert!(!help.contains("--speakers <"), "{cmd}: global options mixed in:\n{help}");
            assert!(help.contains(h.global_note), "{cmd}: no word of where the global options are:\n{help}");
            for parser in ["Print help", "[default:", "Possible values", "[possible values"] {
                assert!(!help.contains(parser), "{cmd}: the parser's own words:\n{help}");
            }
        }
        // The whole query syntax, in `search --help`.
        let search = out(&run(locale(lang), &["search", "--help"]));
        for term in ["@", "!", "#", "\"", "2023", "2023-11", "2023-11-08", "2023-04..2023-11", "..2023-06", "2024-10.."]
        {
            assert!(search.contains(term), "{term} missing from search --help:\n{search}");
        }
    }
    // The help is in the language asked for, whatever the locale.
    assert!(out(&run("C.UTF-8", &["--lang", "fr", "list", "--help"])).contains("Afficher la chronologie en texte"));
}

#[test]
fn stats_are_the_lines_the_readme_documents() {
    let o = run("C.UTF-8", &["search", "poutine", "--stats"]);
    assert!(o.status.success());
    let keys: Vec<String> = err(&o).lines().map(|l| l.split(':').next().unwrap().to_string()).collect();
    let mut expected = vec!["quotes", "matches", "load_ms", "match_ms"];
    if cfg!(target_os = "linux") {
        expected.extend(["rss_mb", "peak_rss_mb"]);
    }
    assert_eq!(keys, expected, "{}", err(&o));
    let readme = include_str!("../README.md");
    for k in expected {
        assert!(readme.contains(&format!("`{k}")), "README does not document {k}");
    }
    // Machine-readable: the same keys in French.
    let o = run("fr_FR.UTF-8", &["search", "poutine", "--stats"]);
    assert!(err(&o).starts_with("quotes: "), "{}", err(&o));
}

#[test]
fn list_keeps_its_columns_in_both_languages() {
    for lang in Lang::ALL {
        let text = out(&run(locale(lang), &["list"]));
        // Where each event's title starts: after the date column and two spaces.
        let title_at = |l: &str| {
            let i = l.find("  ").unwrap();
            l[..i].chars().count() + l[i..].chars().count() - l[i..].trim_start().chars().count()
        };
        let starts: BTreeSet<usize> = text.lines().filter(|l| !l.starts_with(' ')).map(title_at).collect();
        assert_eq!(starts.len(), 1, "{lang:?}: titles start in {starts:?}:\n{text}");
        let col = *starts.iter().next().unwrap();
        for facts in text.lines().filter(|l| l.starts_with(' ') && !l.starts_with("    ")) {
            assert_eq!(facts.len() - facts.trim_start().len(), col, "{lang:?}: {facts}");
        }
    }
}

#[test]
fn generate_says_what_it_wrote_and_where() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("corpus");
    let o = run("C.UTF-8", &["generate", "articles", "3", "--out", dir.to_str().unwrap()]);
    assert!(o.status.success());
    assert_eq!(
        err(&o).trim_end(),
        format!("chronique: wrote 3 articles (each with a .json sidecar) to {}", dir.display())
    );
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 6);
    let file = tmp.path().join("q.jsonl");
    let o = run("fr_FR.UTF-8", &["generate", "quotebank", "5", "--out", file.to_str().unwrap()]);
    assert_eq!(err(&o).trim_end(), format!("chronique: 5 lignes Quotebank écrites dans {}", file.display()));
    assert_eq!(std::fs::read_to_string(&file).unwrap().lines().count(), 5);
    let o = run("C.UTF-8", &["generate", "lines", "2"]);
    assert_eq!(out(&o).lines().count(), 2);
    assert_eq!(err(&o).trim_end(), "chronique: wrote 2 quote lines to standard output");
}

/// The browser's screen, drawn as the terminal would show it, in `lang`, after `keys`.
fn screen(lang: Lang, width: u16, height: u16, commands: &[chronique::app::Command]) -> String {
    use chronique::app::{update, Action, State};
    let (corpus, _) = chronique::corpus::load(&[], &chronique::gazetteer::Gazetteer::builtin());
    let mut s = State::new(std::sync::Arc::new(corpus), width, height);
    s.lang = lang;
    for &c in commands {
        update(&mut s, Action::Command(c));
    }
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    t.draw(|f| chronique::ui::draw(f, &s)).unwrap();
    t.backend().to_string()
}

#[test]
fn the_browsers_first_screen_has_no_word_of_the_other_language() {
    use chronique::app::Command::{FocusNext, Help, NextEvent};
    let articles = article_words();
    for lang in Lang::ALL {
        let (foreign, native) = (only_in(other(lang)), only_in(lang));
        for (what, text) in [
            ("first screen", screen(lang, 140, 45, &[])),
            ("narrow, the detail of a quote", screen(lang, 60, 30, &[NextEvent, FocusNext])),
            // (Narrow, so the popup covers the panes: no words cut in two at its border.)
            ("help", screen(lang, 60, 70, &[Help])),
            ("too small", screen(lang, 20, 4, &[])),
        ] {
            let own = own_words(&text, &articles);
            let wrong: Vec<&String> = own.intersection(&foreign).collect();
            assert!(wrong.is_empty(), "{lang:?} {what}: words of the other language {wrong:?}:\n{text}");
            assert!(words(&text).intersection(&native).next().is_some(), "{lang:?} {what}:\n{text}");
        }
    }
}
