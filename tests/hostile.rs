//! Hostile and broken input, end to end: hard article files (generated here, not committed),
//! escape sequences in every text output of the real binary, and bad paths,
//! each named clearly while the other articles still load.

#[path = "fixtures/hostile/invariants.rs"]
mod invariants;

use chronique::model::Corpus;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn load(paths: &[PathBuf]) -> (Corpus, Vec<chronique::corpus::Diagnostic>) {
    chronique::corpus::load(paths, invariants::gazetteer())
}

fn quote_texts(c: &Corpus) -> Vec<(String, Option<String>)> {
    c.quotes.iter().map(|q| (q.text().to_string(), c.speaker_name(q).map(str::to_string))).collect()
}

const ARTICLE: &str = "MOSCOU, 8 novembre (Reuters) – Le président russe a reçu son homologue.\n\n\
« La Russie et la Chine ne construisent aucune alliance militaire », a déclaré Vladimir Poutine.\n\n\
Le ministre a ajouté : « Nous renforçons notre coopération dans tous les domaines ».\n";

/// The hard cases of the issue, as (file name, content). The single paragraph is 1 MB here
/// (debug builds); tests/e2e/hostile.sh gives a 10 MB one to the release binary.
fn hard_cases() -> Vec<(&'static str, String)> {
    // Numbered, so each is its own statement (the same words twice in an article are one quote).
    let sentence = |i| {
        format!("Le 8 novembre, à Moscou, « nous ne céderons rien à personne, point {i} », a déclaré le ministre, et il a ajouté que la coopération progresse. ")
    };
    let mut big = String::with_capacity(1 << 20);
    for i in 0.. {
        if big.len() >= 1 << 20 {
            break;
        }
        big.push_str(&sentence(i));
    }
    let nest_open = ["«", "“", "‹", "\"", "'", "„", "‘", "「", "«", "“"];
    let nest_close = ["»", "”", "›", "\"", "'", "“", "’", "」", "»", "”"];
    let mut nested = String::from("Il a dit ");
    for (i, o) in nest_open.iter().enumerate() {
        nested.push_str(&format!("{o} niveau {i} des mots "));
    }
    for c in nest_close.iter().rev() {
        nested.push_str(&format!("fin {c} "));
    }
    nested.push_str(", a déclaré Vladimir Poutine.\n");
    vec![
        ("big_paragraph.txt", big),
        ("unbalanced_guillemets.txt", format!("Il a dit {} fin, a déclaré Poutine.\n\n« Et ceci aussi », a-t-il ajouté.\n", "« mot ".repeat(5000))),
        ("unbalanced_closing.txt", format!("{} « Nous refusons cela fermement », a déclaré Poutine.\n", "mot » ".repeat(5000))),
        ("unbalanced_straight.txt", format!("{}\"Nous refusons cela fermement\", a déclaré Poutine. \"\n", "\"un mot ".repeat(5001))),
        ("nested.txt", nested),
        ("scripts.txt", "« Россия и Китай не строят военный союз », заявил Путин.\n\n「中俄不搞军事同盟」，习近平说。 « 中俄不搞军事同盟，我们合作 », a déclaré Xi Jinping.\n\n« لن نتنازل عن أي شيء أبدا », قال بوتين.\n".into()),
        ("combining.txt", "« Nous avons de\u{301}cide\u{301} d’e\u{301}tendre la coope\u{301}ration », a de\u{301}clare\u{301} Vladimir Poutine.\n".into()),
        ("precomposed.txt", "« Nous avons décidé d’étendre la coopération », a déclaré Vladimir Poutine.\n".into()),
        ("invisible.txt", "« Nous\u{200b} ne\u{200d} céderons \u{202e}rien\u{202c} à \u{2066}personne\u{2069} », a\u{feff} déclaré Vladimir\u{200b} Poutine.\n".into()),
        ("lf.txt", ARTICLE.into()),
        ("crlf.txt", ARTICLE.replace('\n', "\r\n")),
        ("cr.txt", ARTICLE.replace('\n', "\r")),
        ("bom.txt", format!("\u{feff}date: 2023-11-08\nsource: AFP\n\n{ARTICLE}")),
        ("bom_marker.txt", format!("\u{feff}date 2023-11 légende de la photo\n{ARTICLE}")),
        ("empty.txt", String::new()),
        ("header_only.txt", "date: 2023-11-08\nsource: AFP\ntitle: Rien d’autre\n".into()),
        ("marker_only.txt", "date 2023-11".into()),
        ("whitespace_only.txt", " \n\r\n\t\u{a0}\u{202f}\n".into()),
    ]
}

fn write_all(dir: &Path, files: &[(&str, String)]) {
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

#[test]
fn every_hard_case_loads_and_keeps_the_promises() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = hard_cases();
    write_all(tmp.path(), &cases);
    let (c, diags) = load(&[tmp.path().to_path_buf()]);
    // Files with no text (empty, blank, only a header) are told as empty and not loaded;
    // everything else is an article.
    let empty = ["empty.txt", "header_only.txt", "marker_only.txt", "whitespace_only.txt"];
    let mut told: Vec<&str> = diags
        .iter()
        .map(|d| {
            assert_eq!(d.message, chronique::corpus::Problem::Empty, "{d}");
            empty.iter().find(|e| d.path.ends_with(*e)).copied().unwrap_or_else(|| panic!("{d}"))
        })
        .collect();
    told.sort();
    assert_eq!(told, empty, "{diags:?}");
    assert_eq!(c.articles.len(), cases.len() - empty.len(), "every other file is an article");
    invariants::check(&c).unwrap();

    let by_id = |id: &str| c.articles.iter().position(|a| a.id == id).unwrap();
    let quotes_of = |id: &str| -> Vec<String> {
        let a = by_id(id);
        c.quotes.iter().filter(|q| q.article() == a).map(|q| q.text().into_owned()).collect()
    };
    // The 1 MB paragraph: its quotes are found all along, not only at the start.
    let big = quotes_of("big_paragraph");
    assert!(big.len() > 6_500, "{} quotes in the 1 MB paragraph", big.len());
    assert!(big.iter().all(|q| q.starts_with("nous ne céderons rien à personne, point ")), "{:?}", &big[..3]);
    assert!(big.last().is_some_and(|q| q.ends_with(&format!("point {}", big.len() - 1))), "{:?}", big.last());
    // Unbalanced marks do not swallow the well-formed quotes after them.
    assert!(
        quotes_of("unbalanced_guillemets").iter().any(|q| q == "Et ceci aussi"),
        "{:?}",
        quotes_of("unbalanced_guillemets")
    );
    assert!(quotes_of("unbalanced_closing").iter().any(|q| q == "Nous refusons cela fermement"));
    // Other scripts: the words kept byte for byte.
    assert!(
        quotes_of("scripts").iter().any(|q| q == "Россия и Китай не строят военный союз"),
        "{:?}",
        quotes_of("scripts")
    );
    assert!(quotes_of("scripts").iter().any(|q| q == "لن نتنازل عن أي شيء أبدا"), "{:?}", quotes_of("scripts"));
    // Combining accents stay as written: a quote is never normalized.
    let comb = quotes_of("combining");
    assert_eq!(comb, ["Nous avons de\u{301}cide\u{301} d’e\u{301}tendre la coope\u{301}ration"]);
    assert_eq!(quotes_of("precomposed"), ["Nous avons décidé d’étendre la coopération"]);
    // Invisible characters are kept in the data (JSON export keeps the original text).
    assert!(
        quotes_of("invisible").iter().any(|q| q.contains('\u{202e}') && q.contains('\u{200b}')),
        "{:?}",
        quotes_of("invisible")
    );
    // A BOM does not hide the header.
    let bom = &c.articles[by_id("bom")];
    assert_eq!((bom.source.as_deref(), bom.published.map(|d| d.iso())), (Some("AFP"), Some("2023-11-08".into())));
    // ...and its month is made precise by the dateline ("MOSCOU, 8 novembre (Reuters) –").
    assert_eq!(
        c.articles[by_id("bom_marker")].published.map(|d| d.iso()).as_deref(),
        Some("2023-11-08"),
        "the marker after a BOM"
    );
}

#[test]
fn line_ends_and_bom_do_not_change_what_is_found() {
    let found = |text: String| {
        let c = invariants::corpus_of(&[&text]);
        invariants::check(&c).unwrap();
        quote_texts(&c)
    };
    let lf = found(ARTICLE.into());
    assert_eq!(lf.len(), 2, "{lf:?}");
    assert_eq!(lf[0].1.as_deref(), Some("Vladimir Poutine"));
    assert_eq!(found(ARTICLE.replace('\n', "\r\n")), lf, "CRLF");
    assert_eq!(found(ARTICLE.replace('\n', "\r")), lf, "lone CR");
    assert_eq!(found(format!("\u{feff}{ARTICLE}")), lf, "BOM");
}

#[test]
fn combining_and_precomposed_accents_find_each_other() {
    let c = std::sync::Arc::new(invariants::corpus_of(&[
        "« Nous avons de\u{301}cide\u{301} d’e\u{301}tendre la coope\u{301}ration », a déclaré Vladimir Poutine.\n",
    ]));
    let engine = chronique::search::engine(c.clone());
    for query in ["coopération", "coope\u{301}ration", "cooperation"] {
        let (found, _) = engine.search(query, None);
        assert_eq!(found.len(), 1, "{query:?} finds the quote written with combining accents");
    }
}

// ---------------------------------------------------------------------------------------
// The real binary.

fn chronique(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chronique"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .output()
        .expect("binary runs")
}

/// A character that must never reach a terminal raw (newline apart, which outputs use).
fn unsafe_chars(s: &str) -> Vec<(usize, char)> {
    s.char_indices().filter(|&(_, c)| c != '\n' && chronique::text::sanitize::is_unsafe(c)).collect()
}

const ESCAPES: &str = "title: Sommet \x1b]0;TITRE-PIRATE\x07 à Moscou\x1b[2J\nsource: Agence\x1b[31m Rouge\n\n\
MOSCOU, 8 novembre (Reuters) – « Nous ne construisons \x1b]52;c;cGlyYXRl\x07 aucune\x08\x08 alliance\r militaire\tcontre \
personne », a déclaré Vladimir Poutine.\n\n« La coopération \x1b]2;owned\x1b\\renforcée\u{9b}2J est notre \x07priorité », a \
ajouté \x1b[1mSergueï Choïgou\x1b[0m.\n";

#[test]
fn escape_sequences_are_inert_in_every_text_output() {
    let tmp = tempfile::tempdir().unwrap();
    // Even the file name carries an escape sequence: paths are shown too.
    let evil = tmp.path().join("evil\x1b]0;NOM\x07.txt");
    std::fs::write(&evil, ESCAPES).unwrap();
    std::fs::write(tmp.path().join("broken\x1b[2J.txt"), b"\xff\x1b]52;c;eA==\x07").unwrap();
    let dir = tmp.path().to_str().unwrap();
    let runs: Vec<Vec<&str>> = vec![
        vec!["list", dir],
        vec!["check", dir],
        vec!["export", "--format", "markdown", dir],
        vec!["search", "poutine", dir],
        vec!["search", "choïgou", dir, "--format", "cite"],
        vec!["search", "coopération", dir, "--format", "cite", "--cite", "markdown"],
        vec!["search", "coopération", dir, "--format", "cite", "--cite", "plain"],
        vec!["search", "nothing\x1b]0;q\x07", dir],
    ];
    for args in runs {
        let o = chronique(&args);
        for (stream, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
            let s = String::from_utf8_lossy(bytes);
            let bad = unsafe_chars(&s);
            assert!(bad.is_empty(), "{args:?} {stream} has raw control characters {bad:?}:\n{s}");
        }
        let out = String::from_utf8_lossy(&o.stdout);
        if args[0] != "check" && !args[1].starts_with("nothing") {
            assert!(out.contains("␛"), "{args:?}: the escape is shown, not dropped silently:\n{out}");
        }
    }
    // The quote itself is found and attributed despite the escapes.
    let o = chronique(&["search", "@poutine", dir, "--format", "json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn json_export_keeps_the_original_characters_escaped() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("evil.txt"), ESCAPES).unwrap();
    let o = chronique(&["export", tmp.path().to_str().unwrap()]);
    assert!(o.status.success());
    let raw = String::from_utf8(o.stdout).unwrap();
    // JSON must escape C0 controls (ESC, BEL, BS...); C1 and bidi characters are valid raw.
    let c0: Vec<char> = raw.chars().filter(|&c| c < ' ' && c != '\n').collect();
    assert!(c0.is_empty(), "raw JSON carries control characters {c0:?}");
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let quotes: Vec<&str> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["quotes"].as_array().unwrap())
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert!(quotes.iter().any(|q| q.contains("\x1b]52;c;cGlyYXRl\x07") && q.contains("\x08\x08")), "{quotes:?}");
    assert!(quotes.iter().any(|q| q.contains("\u{9b}2J")), "{quotes:?}");
    assert_eq!(v["articles"][0]["title"].as_str().unwrap(), "Sommet \x1b]0;TITRE-PIRATE\x07 à Moscou\x1b[2J");
    let text = std::fs::read_to_string(tmp.path().join("evil.txt")).unwrap();
    for q in v["events"].as_array().unwrap().iter().flat_map(|e| e["quotes"].as_array().unwrap()) {
        let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
        assert_eq!(chronique::model::fold_whitespace(&text[s..e]), q["text"].as_str().unwrap());
    }
}

// ---------------------------------------------------------------------------------------
// Bad input: clear words, nothing lost.

/// True when this process can read a file whose permissions say no one may (root can).
fn permissions_are_bypassed(p: &Path) -> bool {
    std::fs::File::open(p).is_ok()
}

#[test]
fn every_bad_input_is_named_once_and_the_rest_loads() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(d.join("good.txt"), ARTICLE).unwrap();
    std::fs::write(d.join("latin1.txt"), b"Premi\xe8re ligne.\nLe pr\xe9sident a dit.").unwrap();
    std::fs::write(d.join("locked.txt"), ARTICLE).unwrap();
    std::fs::set_permissions(d.join("locked.txt"), std::fs::Permissions::from_mode(0o000)).unwrap();
    let root = permissions_are_bypassed(&d.join("locked.txt"));
    symlink("loop_b.txt", d.join("loop_a.txt")).unwrap();
    symlink("loop_a.txt", d.join("loop_b.txt")).unwrap();
    std::fs::create_dir(d.join("sub")).unwrap();
    symlink("..", d.join("sub").join("up")).unwrap();
    std::fs::write(d.join("sidecar.txt"), ARTICLE).unwrap();
    std::fs::write(d.join("sidecar.json"), "{\n  \"published\": \"2023-11-08\",\n  \"source\": \n}").unwrap();
    std::fs::write(d.join("baddate.txt"), ARTICLE).unwrap();
    std::fs::write(d.join("baddate.json"), r#"{"published": "2023-13-45"}"#).unwrap();
    let missing = d.join("missing.txt");
    let dir = d.to_str().unwrap();

    // `check`: the report on stdout, the files it could not read on stderr (as every command).
    let o = chronique(&["check", dir, missing.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "check found unreadable files:\n{out}");
    let line_with = |what: &str| -> Vec<&str> { out.lines().filter(|l| l.contains(what)).collect() };
    let problems = [
        ("latin1.txt", "not UTF-8"),
        ("latin1.txt", "line 1"),
        ("loop_a.txt", "symbolic link loop"),
        ("loop_b.txt", "symbolic link loop"),
        ("missing.txt", "no such file"),
        ("sidecar.json", "invalid JSON: expected value at line 4"),
        ("baddate.json", "2023-13-45"),
    ];
    for (file, words) in problems {
        let lines = line_with(file);
        assert!(lines.iter().any(|l| l.contains(words)), "no message for {file} saying {words:?}:\n{out}");
    }
    if root {
        // Permissions do not stop root: the file is read, and that is the honest outcome.
        assert!(out.contains("locked (") && !out.contains("locked.txt: cannot read"), "{out}");
    } else {
        assert!(
            line_with("locked.txt").iter().any(|l| l.contains("cannot read") && l.contains("ermission denied")),
            "{out}"
        );
    }
    // The folder loop through sub/up is noticed, not followed for ever.
    assert!(out.contains("sub/up: symbolic link loop"), "{out}");
    // Everything readable still loads, bad sidecars only cost their metadata.
    for id in ["good (", "sidecar (", "baddate ("] {
        assert!(out.contains(id), "{id} missing:\n{out}");
    }

    // Other commands say the same once each on stderr, and still work.
    let o = chronique(&["list", dir, missing.to_str().unwrap()]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    for file in ["latin1.txt", "loop_a.txt", "loop_b.txt", "missing.txt"] {
        assert_eq!(err.lines().filter(|l| l.contains(file)).count(), 1, "{file} named once:\n{err}");
    }
    assert!(String::from_utf8_lossy(&o.stdout).contains("Vladimir Putin"));
    std::fs::set_permissions(d.join("locked.txt"), std::fs::Permissions::from_mode(0o644)).unwrap();
}

#[test]
fn unreadable_folder_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let locked = tmp.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("a.txt"), ARTICLE).unwrap();
    std::fs::write(tmp.path().join("b.txt"), ARTICLE).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let root = std::fs::read_dir(&locked).is_ok();
    let o = chronique(&["check", tmp.path().to_str().unwrap()]);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    if root {
        assert_eq!(o.status.code(), Some(0), "root reads the folder anyway:\n{out}");
        assert!(out.contains("a (") && out.contains("b ("), "{out}");
    } else {
        assert_eq!(o.status.code(), Some(1), "{out}");
        assert!(out.lines().any(|l| l.contains("locked") && l.contains("cannot list folder")), "{out}");
        assert!(out.contains("b ("), "{out}");
    }
}

#[test]
fn nothing_loadable_and_bad_command_lines_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("only.txt"), b"\xe9t\xe9").unwrap();
    let o = chronique(&["list", tmp.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("only.txt: not UTF-8") && err.contains("no article could be loaded"), "{err}");
    let o = chronique(&["search"]);
    assert_eq!(o.status.code(), Some(2), "missing QUERY");
    let o = chronique(&["export", "--format", "yaml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("yaml"));
    let o = chronique(&["search", "xylophonezzz"]);
    assert_eq!(o.status.code(), Some(1), "search with no match");
}

// ---------------------------------------------------------------------------------------
// Hostile web pages.

const PAGE_QUOTE: &str = "« Nous ne céderons rien à personne », a déclaré Vladimir Poutine.";

/// A page around `body`, with `head` in its <head>.
fn page(head: &str, body: &str) -> Vec<u8> {
    format!("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>")
        .into_bytes()
}

/// The hard cases for web pages, as (file name, content).
fn hostile_pages() -> Vec<(&'static str, Vec<u8>)> {
    // Numbered quotes: the same words twice in one article are one quote.
    let paragraph = |i| {
        format!("<p>Le 8 novembre, à Moscou, le président a longuement parlé, devant la presse, de la guerre. « Nous ne céderons rien, jour {i} », a déclaré Vladimir Poutine.</p>\n")
    };
    let quotes_everywhere = "« Je suis caché », a déclaré Vladimir Poutine. \"Moi aussi\", a dit Joe Biden.";
    let mut utf16 = vec![0xff, 0xfe];
    for u in String::from_utf8(page("", &format!("<p>{PAGE_QUOTE}</p>"))).unwrap().encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    let mut nul = page("", &format!("<p>{}</p><p>{PAGE_QUOTE}</p>", "mot ".repeat(3000)));
    nul.splice(9000..9000, *b"\0\0\0");
    vec![
        // 2 MB of article (`cargo bench --bench web` times such a page in release).
        ("huge.html", page("<title>Un très long article</title>", &format!("<article>{}</article>", (0..12_000).map(paragraph).collect::<String>()))),
        ("deep.html", page("", &format!("<p>{PAGE_QUOTE}</p>{}<p>Au fond.</p>", "<div>".repeat(100_000)))),
        ("deep_inline.html", page("", &format!("<p>{PAGE_QUOTE}</p><p>{}fin", "<b><i>".repeat(50_000)))),
        (
            "broken.html",
            page("", &format!(
                "<p>{PAGE_QUOTE}<div>< <<>><p>\" a dit <b>Paul<i> oui </b> non</i> </td></tr><table><p>« x » <tr><td><form><form>{}<a href=\"unterminated><!-- never closed",
                "<table><p>cellule « x » <tr><td><b>".repeat(3_000)
            )),
        ),
        (
            "scripts.html",
            page(
                &format!(
                    "<title>Titre</title><script>var q = \"{q}\"; document.write('<p>{q}</p>');</script>\
                     <style>p::after {{ content: \"{q}\" }}</style><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Titre\",\"description\":\"{q}\"}}</script>",
                    q = quotes_everywhere.replace('"', "'")
                ),
                &format!(
                    "<p>{PAGE_QUOTE}</p><noscript><p>{q}</p></noscript><template><p>{q}</p></template><!-- <p>{q}</p> -->\
                     <p hidden>{q}</p><div style=\"display:none\"><p>{q}</p></div><svg><text>{q}</text></svg><textarea>{q}</textarea>\
                     <script>{}</script>",
                    format!("var all = [\"{}\"];", quotes_everywhere.replace('"', "'")).repeat(2_000),
                    q = quotes_everywhere
                ),
            ),
        ),
        (
            "entities.html",
            page(
                "",
                "<p>&laquo;&nbsp;Nous ne c&eacute;derons rien &agrave; personne&nbsp;&raquo;, a d&#233;clar&#xE9; Vladimir Poutine.</p>\
                 <p>&#0; &#xD800; &#x110000; &#99999999999; &amp &copy &notanentity; &#x1b;[2J &#128; &lt;script&gt;</p>",
            ),
        ),
        (
            "controls.html",
            page(
                "<title>Titre \x1b]0;PIRATE\x07 \u{9b}2J</title>",
                &format!("<p>\x1b[31m rouge \x1b[0m \x07\x08 \u{202e}texte\u{202c}</p><p>{PAGE_QUOTE}</p>"),
            ),
        ),
        ("nul.html", nul),
        ("utf16.html", utf16),
        ("latin1.html", b"<p>\xab Nous ne c\xe9derons rien \xe0 personne \xbb, a d\xe9clar\xe9 Vladimir Poutine.</p>".to_vec()),
        (
            "attributes.html",
            page("", &format!("<p{}>{PAGE_QUOTE}</p>", (0..100_000).map(|i| format!(" a{i}=\"x>\"")).collect::<String>())),
        ),
        ("elements.html", page("", &format!("<div>{}</div><p>{PAGE_QUOTE}</p>", "<span>mot</span> ".repeat(120_000)))),
        ("guillemets.html", page("", &format!("<p>{}</p>", "« mot » ".repeat(120_000)))),
        ("binary.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".to_vec()),
        ("empty.html", Vec::new()),
        ("only_scripts.html", page("<script>var a = \"« x », a dit Y\";</script>", "<script>1</script><style>p{}</style>")),
    ]
}

#[test]
fn hostile_web_pages_load_or_are_named_and_keep_the_promises() {
    let tmp = tempfile::tempdir().unwrap();
    let pages = hostile_pages();
    for (name, bytes) in &pages {
        std::fs::write(tmp.path().join(name), bytes).unwrap();
    }
    // Over the size read: a sparse file, so the test writes nothing big.
    std::fs::File::create(tmp.path().join("too_large.html")).unwrap().set_len(70 << 20).unwrap();
    let (c, diags) = load(&[tmp.path().to_path_buf()]);
    invariants::check(&c).unwrap();

    let refused: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    for (file, words) in [
        ("binary.html", "binary data"),
        ("empty.html", "no text found"),
        ("only_scripts.html", "no text found"),
        ("too_large.html", "too large (73.4 MB"),
    ] {
        assert!(refused.iter().any(|d| d.contains(file) && d.contains(words)), "{file}: {words:?} in {refused:?}");
    }
    assert_eq!(diags.len(), 4, "{refused:?}");
    assert_eq!(c.articles.len(), pages.len() - 3, "every other page is an article");

    let article = |id: &str| c.articles.iter().position(|a| a.id == id).unwrap();
    let quotes_of = |id: &str| -> Vec<(String, Option<&str>)> {
        let a = article(id);
        c.quotes.iter().filter(|q| q.article() == a).map(|q| (q.text().to_string(), c.speaker_name(q))).collect()
    };
    let warnings_of = |id: &str| c.articles[article(id)].warnings.join(" | ");
    let the_quote = || ("Nous ne céderons rien à personne".to_string(), Some("Vladimir Poutine"));

    assert!(quotes_of("huge").len() >= 12_000, "{} quotes in the 2 MB page", quotes_of("huge").len());
    // Nothing from scripts, styles, JSON-LD, noscript, templates, comments, hidden parts, forms.
    assert_eq!(quotes_of("scripts"), [the_quote()]);
    assert_eq!(quotes_of("entities"), [the_quote()], "entities decoded, no-break spaces kept");
    assert_eq!(quotes_of("utf16"), [the_quote()]);
    assert_eq!(quotes_of("latin1"), [the_quote()]);
    assert!(warnings_of("latin1").contains("Windows-1252"), "{}", warnings_of("latin1"));
    for id in ["deep", "deep_inline", "broken", "attributes", "elements", "controls", "nul"] {
        assert!(quotes_of(id).contains(&the_quote()), "{id}: {:?}", quotes_of(id));
    }
    assert!(warnings_of("deep").contains("not read past byte"), "{}", warnings_of("deep"));
    assert!(warnings_of("broken").contains("nested over"), "{}", warnings_of("broken"));
    assert!(warnings_of("attributes").contains("extra attributes were dropped"), "{}", warnings_of("attributes"));
    assert!(warnings_of("elements").contains("elements (over 100,000)"), "{}", warnings_of("elements"));
    // Control characters stay in the data (shown inert by every output, tested above).
    let controls = &c.articles[article("controls")];
    assert!(controls.text.contains("\x1b[31m") && controls.title.as_deref().unwrap().contains('\x1b'));
    assert!(!c.articles[article("nul")].text.contains('\0'), "NUL dropped, as browsers do");
    assert!(c.articles[article("guillemets")].text.len() > 900_000, "the 1 MB paragraph is read whole");
}

#[test]
fn hostile_pages_keep_escape_sequences_inert_in_the_binary() {
    let tmp = tempfile::tempdir().unwrap();
    let (name, bytes) = hostile_pages().into_iter().find(|(n, _)| *n == "controls.html").unwrap();
    std::fs::write(tmp.path().join(name), bytes).unwrap();
    let dir = tmp.path().to_str().unwrap();
    for args in [vec!["list", dir], vec!["check", dir], vec!["export", "--format", "markdown", dir]] {
        let o = chronique(&args);
        assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(unsafe_chars(&out).is_empty(), "{args:?}: raw control characters in\n{out}");
    }
}
