//! The command line as a user runs it: the real binary, real files, exit codes and messages.

use std::path::Path;
use std::process::{Command, Output};

/// The real binary, in an English locale unless the arguments say otherwise, with no terminal:
/// stdin from /dev/null, stdout and stderr to pipes.
fn chronique(args: &[&str], dir: Option<&Path>) -> Output {
    chronique_in("C.UTF-8", args, dir)
}

fn chronique_in(locale: &str, args: &[&str], dir: Option<&Path>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_chronique"));
    c.args(args)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .stdin(std::process::Stdio::null());
    if let Some(d) = dir {
        c.current_dir(d);
    }
    c.output().expect("binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}
fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn export_json_of_embedded_seeds_works_from_any_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let o = chronique(&["export"], Some(tmp.path()));
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 5);
    // Chronological by the first day of each date's period ("2023" as a season starts in March).
    let starts: Vec<chronique::model::FuzzyDate> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| chronique::model::FuzzyDate::parse_iso(e["date"].as_str()?))
        .collect();
    assert!(starts.len() >= 4);
    assert!(starts.windows(2).all(|w| w[0].start.format("%Y").to_string() <= w[1].start.format("%Y").to_string()));
    for a in v["articles"].as_array().unwrap() {
        assert!(a["published"].is_string(), "{a}");
    }
}

#[test]
fn export_formats_csv_and_markdown() {
    let o = chronique(&["export", "--format", "csv"], None);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("event,date,precision,event_title,quote,speaker"));
    let o = chronique(&["export", "--format", "markdown"], None);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("# seeds\n"));
}

#[test]
fn bad_paths_are_named_and_the_rest_loads() {
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good.txt");
    std::fs::write(&good, "PARIS, 3 mars (AFP) – « Nous ne céderons rien à personne », a déclaré Jean Dupont.\n")
        .unwrap();
    std::fs::write(tmp.path().join("latin1.txt"), b"Le pr\xe9sident a dit.").unwrap();
    let missing = tmp.path().join("absent.txt");
    let o = chronique(&["list", tmp.path().to_str().unwrap(), missing.to_str().unwrap()], None);
    assert!(o.status.success(), "some articles loaded: {}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("latin1.txt: not UTF-8"), "{err}");
    assert!(err.contains("absent.txt: no such file or folder"), "{err}");
    assert!(stdout(&o).contains("good") || stdout(&o).contains("Dupont"), "{}", stdout(&o));
}

#[test]
fn nothing_loadable_exits_2_and_check_exits_1_on_unreadable() {
    let tmp = tempfile::tempdir().unwrap();
    let o = chronique(&["list", tmp.path().join("nope").to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no article could be loaded"));
    let o = chronique(&["export", tmp.path().to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(2), "empty folder");
    assert!(stderr(&o).contains("no article (.txt, .html) or quote (.jsonl) files"), "{}", stderr(&o));

    std::fs::write(tmp.path().join("ok.txt"), "Texte.").unwrap();
    std::fs::write(tmp.path().join("bad.txt"), b"\xff\xfe").unwrap();
    let o = chronique(&["check", tmp.path().to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let (out, err) = (stdout(&o), stderr(&o));
    assert!(out.contains("ok (") && out.ends_with("1 article read, 1 file not loaded (listed on stderr)\n"), "{out}");
    // Problems are told as every command tells them: on stderr, after the one prefix.
    assert!(err.starts_with("chronique: error: ") && err.contains("bad.txt"), "{err}");
}

#[test]
fn check_reports_every_seed_article() {
    let o = chronique(&["check"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for id in ["000_", "001_", "002_", "003_", "004_"] {
        assert!(out.contains(id), "{out}");
    }
}

#[test]
fn sidecar_metadata_overrides_and_bad_sidecar_warns() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("a.txt"), "date 2023-11 légende\n\nLe texte.\n").unwrap();
    std::fs::write(tmp.path().join("a.json"), r#"{"published": "2023-11-09", "source": "Le Monde"}"#).unwrap();
    std::fs::write(tmp.path().join("b.txt"), "Le texte.\n").unwrap();
    std::fs::write(tmp.path().join("b.json"), r#"{"published": "2023-02-30"}"#).unwrap();
    let o = chronique(&["export", tmp.path().to_str().unwrap()], None);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let a = &v["articles"][0];
    assert_eq!(a["published"], "2023-11-09");
    assert_eq!(a["source"], "Le Monde");
    let b = &v["articles"][1];
    assert!(b["warnings"][0].as_str().unwrap().contains("b.json"), "{b}");
    assert!(b["warnings"].to_string().contains("2023-02-30"), "{b}");
}

#[test]
fn bad_gazetteer_file_is_named_and_work_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let g = tmp.path().join("people.json");
    std::fs::write(&g, "{\"speakers\": [\n  {\"name\": \"X\",}\n]}").unwrap();
    let o = chronique(&["list", "--speakers", g.to_str().unwrap()], None);
    assert!(o.status.success());
    let err = stderr(&o);
    assert!(err.contains("people.json: line 2"), "{err}");
}

#[test]
fn a_dateline_refines_a_month_header_before_relative_dates_are_read() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("a.txt");
    std::fs::write(&f, "date 2023-11 légende de photo\nMOSCOU, 8 novembre (Reuters) – Le président Vladimir Poutine a reçu mercredi le général Zhang Youxia.\n").unwrap();
    let o = chronique(&["export", f.to_str().unwrap()], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["articles"][0]["published"], "2023-11-08");
    let meeting = v["events"].as_array().unwrap().iter().find(|e| e["kind"] == "reported").unwrap();
    assert_eq!(meeting["date"], "2023-11-08", "mercredi = the dateline's day: {meeting}");
}

#[test]
fn json_export_escapes_every_control_character() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("c.txt");
    std::fs::write(&f, "« Nous refusons\u{9b}2J cela \u{7f}fermement ici », a déclaré Jean Dupont.\n").unwrap();
    let o = chronique(&["export", f.to_str().unwrap()], None);
    let out = stdout(&o);
    assert!(!out.contains('\u{9b}') && !out.contains('\u{7f}'), "raw C1/DEL in JSON");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let text = v["events"][0]["quotes"][0]["text"].as_str().unwrap();
    assert!(text.contains('\u{9b}') && text.contains('\u{7f}'), "the original characters survive: {text:?}");
}

#[test]
fn search_takes_date_ranges_with_other_terms() {
    let o = chronique(&["search", "2023-04..2023-11 @poutine"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let dates: Vec<&str> = out.lines().map(|l| &l[..10]).collect();
    assert!(dates.len() >= 4, "{out}");
    assert!(dates.iter().all(|d| ("2023-04-01".."2023-12-01").contains(d)), "{out}");
    assert!(out.lines().all(|l| l.contains("Vladimir Putin:")), "{out}");
    // Open ranges, and a range that holds nothing.
    let o = chronique(&["search", "2024-10.."], None);
    assert!(stdout(&o).lines().all(|l| l.starts_with("2024-10")), "{}", stdout(&o));
    let o = chronique(&["search", "..2021"], None);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn search_events_lists_the_events_people_took_part_in() {
    // Xi Jinping is never quoted in the seeds: no quote, but the events he took part in.
    let o = chronique(&["search", "xi"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--events lists them"), "{}", stderr(&o));
    let o = chronique(&["search", "xi", "--events"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.lines().count() >= 2, "{out}");
    assert!(out.lines().all(|l| l.contains("Xi Jinping")), "{out}");
    assert!(out.contains("Visioconférence Putin – Xi Jinping") && out.contains("0 of 5 quotes match"), "{out}");
    // JSON: the export's event objects with only the matching quotes.
    let o = chronique(&["search", "@zhang 2023", "--events", "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let events = v.as_array().unwrap();
    assert_eq!(events.len(), 1, "{v}");
    assert!(events[0]["quotes_total"].as_u64().unwrap() > events[0]["quotes"].as_array().unwrap().len() as u64);
    assert!(events[0]["quotes"].as_array().unwrap().iter().all(|q| q["speaker"] == "Zhang Youxia"));
}

#[test]
fn speakers_lists_who_speaks_most_quoted_first() {
    let o = chronique(&["speakers"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("quotes  events  speaker"), "{out}");
    assert!(lines[1].contains("Vladimir Putin") && lines[1].contains("président"), "{out}");
    let counts: Vec<usize> = lines[1..].iter().map(|l| l.split_whitespace().next().unwrap().parse().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "sorted by quotes: {counts:?}");
    assert!(out.contains("Xi Jinping"), "never quoted, but taking part: {out}");
    // JSON: the same list, the same order, and the counts add up to the quotes attributed.
    let o = chronique(&["speakers", "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), lines.len() - 1);
    assert_eq!(rows[0]["name"], "Vladimir Putin");
    assert_eq!(rows[0]["first"], "2022-12-30");
    let export: serde_json::Value = serde_json::from_str(&stdout(&chronique(&["export"], None))).unwrap();
    let attributed = export["events"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["quotes"].as_array().unwrap())
        .filter(|q| !q["speaker"].is_null())
        .count();
    assert_eq!(rows.iter().map(|r| r["quotes"].as_u64().unwrap() as usize).sum::<usize>(), attributed);
}

#[test]
fn the_browser_refuses_a_date_it_cannot_read() {
    let o = chronique(&["--date", "demain"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--date: “demain” is not a date"), "{}", stderr(&o));
}
