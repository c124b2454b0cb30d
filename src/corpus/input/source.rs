//! Where articles come from: files and folders named by the user, or the seeds embedded in the
//! binary. Reads bytes and sidecar metadata; problems become [`Diagnostic`]s and the rest goes on.

use crate::lang::Lang;
use serde::Deserialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Metadata for an article, from a sidecar `NAME.json` (or, for the seeds, `assets/seeds.json`).
/// Every field is optional.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub published: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
}

/// One article's raw input.
#[derive(Debug, Clone)]
pub struct Input {
    /// File name without `.txt`.
    pub id: String,
    /// As the user named it (or "seeds/NAME" for the embedded seeds).
    pub path: String,
    pub text: String,
    pub metadata: Option<Metadata>,
    /// Problems that did not stop the article from loading (bad sidecar...).
    pub warnings: Vec<String>,
}

/// A problem with one input that the user must hear about. `fatal` means the file was not loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    pub message: Problem,
    pub fatal: bool,
}

impl Diagnostic {
    /// "PATH: what is wrong", in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        format!("{}: {}", self.path, self.message.describe(lang))
    }
}

/// In English (the tests' and logs' form; people are told [`Diagnostic::describe`]).
impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// What is wrong with an input, told in the reader's language by [`Problem::describe`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Problem {
    NotFound,
    BrokenLink,
    LinkLoop,
    /// A folder met again inside itself through a link.
    FolderLoop,
    /// The system's own words for why a file could not be read.
    CannotRead(String),
    CannotList(String),
    /// A folder named on the command line with nothing to load in it.
    NoArticles,
    NotUtf8 {
        offset: usize,
        line: usize,
    },
    Binary,
    /// No text once its header is taken away.
    Empty,
    /// Bytes the load would need, and bytes available.
    Memory {
        need: u64,
        available: u64,
    },
    /// A `.json`/`.jsonl` file that is neither an export nor Quotebank.
    NotQuotes,
    /// A line of a quote file that could not be read (skipped).
    BadLine {
        line: usize,
        why: String,
    },
    /// Bad lines past those told one by one.
    MoreBadLines(usize),
    /// A line too long to be a quote (the limit in bytes), skipped unread.
    LongLine {
        line: usize,
        limit: usize,
    },
    /// Reading stopped at a damaged or cut-short part; the quotes before it were loaded.
    StoppedEarly {
        why: String,
        quotes: usize,
    },
    /// The file changed while it was read.
    ChangedWhileRead,
    /// A cache snapshot that could not be used (it is rebuilt from `source`).
    BadSnapshot {
        why: String,
        source: String,
    },
    UnknownArticle {
        quote: String,
        article: String,
    },
    ChangedSinceExport,
    BadExport {
        line: usize,
        column: usize,
        error: String,
    },
    /// Told in other words already (a parser's message).
    Other(String),
}

impl Eq for Problem {}

/// "64 MB", "1000 bytes": a limit as people read it.
fn size(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{} MB", bytes >> 20)
    } else {
        format!("{bytes} B")
    }
}

impl Problem {
    pub fn describe(&self, lang: Lang) -> String {
        let w = &lang.words().problems;
        match self {
            Problem::NotFound => w.not_found.into(),
            Problem::BrokenLink => w.broken_link.into(),
            Problem::LinkLoop => w.link_loop.into(),
            Problem::FolderLoop => w.folder_loop.into(),
            Problem::CannotRead(e) => (w.cannot_read)(e),
            Problem::CannotList(e) => (w.cannot_list)(e),
            Problem::NoArticles => w.no_articles.into(),
            Problem::NotUtf8 { offset, line } => (w.not_utf8)(*offset, *line),
            Problem::Binary => w.binary.into(),
            Problem::Empty => w.empty.into(),
            Problem::Memory { need, available } => (w.memory)(*need as f64 / 1e9, *available as f64 / 1e9),
            Problem::NotQuotes => w.not_quotes.into(),
            Problem::BadLine { line, why } => (w.bad_line)(*line, why),
            Problem::MoreBadLines(n) => (w.more_bad_lines)(*n),
            Problem::LongLine { line, limit } => (w.long_line)(*line, &size(*limit)),
            Problem::StoppedEarly { why, quotes } => (w.stopped_early)(why, *quotes),
            Problem::ChangedWhileRead => w.changed_while_read.into(),
            Problem::BadSnapshot { why, source } => (w.bad_snapshot)(why, source),
            Problem::UnknownArticle { quote, article } => (w.unknown_article)(quote, article),
            Problem::ChangedSinceExport => w.changed_since_export.into(),
            Problem::BadExport { line, column, error } => (w.bad_export)(*line, *column, error),
            Problem::Other(s) => s.clone(),
        }
    }
}

/// In English; see [`Problem::describe`].
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl From<String> for Problem {
    fn from(s: String) -> Problem {
        Problem::Other(s)
    }
}

impl From<&str> for Problem {
    fn from(s: &str) -> Problem {
        Problem::Other(s.to_string())
    }
}

/// Read every article named by `paths` (files, or folders searched recursively for `.txt`).
/// Returns what could be read, and a diagnostic for everything that could not.
/// Files of extracted quotes (JSON Lines, exports) are returned apart, for `corpus::bulk`.
pub fn read_paths(paths: &[PathBuf]) -> (Vec<Input>, Vec<PathBuf>, Vec<Diagnostic>) {
    let mut bulk = Vec::new();
    let (files, mut diags) = list_files(paths);
    let mut inputs = Vec::new();
    for f in files {
        if super::bulk::is_bulk(&f) {
            bulk.push(f);
            continue;
        }
        match read_article(&f) {
            Ok(input) => inputs.push(input),
            Err(d) => diags.push(d),
        }
    }
    // A copy of a bundled seed (e.g. the repository's seeds/ folder) gets the seed's metadata.
    let seeds = super::seeds::embedded_seeds();
    for inp in inputs.iter_mut().filter(|i| i.metadata.is_none()) {
        if let Some(seed) = seeds.iter().find(|s| s.text == inp.text) {
            inp.metadata = seed.metadata.clone();
        }
    }
    // Two files with the same name in different folders would share an id; keep ids unique.
    let mut ids = HashSet::new();
    for inp in &mut inputs {
        if !ids.insert(inp.id.clone()) {
            let mut n = 2;
            while !ids.insert(format!("{}-{n}", inp.id)) {
                n += 1;
            }
            inp.warnings.push(format!("another article is named {}; this one is {}-{n}", inp.id, inp.id));
            inp.id = format!("{}-{n}", inp.id);
        }
    }
    (inputs, bulk, diags)
}

/// The files `paths` name (folders searched recursively for articles and quote files), each
/// once, with a diagnostic for every path that cannot be used.
pub fn list_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    for p in paths {
        collect(p, true, &mut HashSet::new(), &mut files, &mut diags);
    }
    let mut seen = HashSet::new();
    files.retain(|f: &PathBuf| seen.insert(f.canonicalize().unwrap_or_else(|_| f.clone())));
    (files, diags)
}

fn collect(
    p: &Path,
    named: bool,
    visiting: &mut HashSet<PathBuf>,
    out: &mut Vec<PathBuf>,
    diags: &mut Vec<Diagnostic>,
) {
    let shown = p.display().to_string();
    let meta = match std::fs::metadata(p) {
        Ok(m) => m,
        Err(e) => {
            let message = match e.kind() {
                std::io::ErrorKind::NotFound if p.symlink_metadata().is_ok() => Problem::BrokenLink,
                std::io::ErrorKind::NotFound => Problem::NotFound,
                _ if e.raw_os_error() == Some(40) => Problem::LinkLoop,
                _ => Problem::CannotRead(e.to_string()),
            };
            diags.push(Diagnostic { path: shown, message, fatal: true });
            return;
        }
    };
    if meta.is_dir() {
        let canon = p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
        if !visiting.insert(canon.clone()) {
            diags.push(Diagnostic { path: shown, message: Problem::FolderLoop, fatal: false });
            return;
        }
        let entries = match std::fs::read_dir(p) {
            Ok(rd) => rd,
            Err(e) => {
                diags.push(Diagnostic { path: shown, message: Problem::CannotList(e.to_string()), fatal: true });
                return;
            }
        };
        let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        children.sort();
        let before = out.len();
        for c in children {
            let is_dir = std::fs::metadata(&c).map(|m| m.is_dir()).unwrap_or(false);
            let name = c.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
            // In folders: articles, and quote files in JSON Lines (a bare .json is a sidecar).
            let bulk = super::bulk::is_bulk(&c) && !name.ends_with(".json");
            let article = c.extension().is_some_and(|e| e == "txt") || super::html::is_web_page(&c);
            if is_dir || article || bulk || std::fs::metadata(&c).is_err() {
                collect(&c, false, visiting, out, diags);
            }
        }
        visiting.remove(&canon);
        if named && out.len() == before {
            diags.push(Diagnostic { path: shown, message: Problem::NoArticles, fatal: true });
        }
    } else {
        out.push(p.to_path_buf());
    }
}

fn read_article(p: &Path) -> Result<Input, Diagnostic> {
    let shown = p.display().to_string();
    let bytes = std::fs::read(p).map_err(|e| Diagnostic {
        path: shown.clone(),
        message: Problem::CannotRead(e.to_string()),
        fatal: true,
    })?;
    // A web page is read as its article's text (UTF-8 by construction), with its own metadata;
    // its reader tells binary and oversized pages itself.
    if !super::html::is_web_page(p) && is_binary(&bytes) {
        return Err(Diagnostic { path: shown, message: Problem::Binary, fatal: true });
    }
    let mut page = None;
    let bytes = if super::html::is_web_page(p) {
        let mut read = super::html::read(&bytes).map_err(|why| Diagnostic {
            path: shown.clone(),
            message: Problem::Other(why),
            fatal: true,
        })?;
        let text = std::mem::take(&mut read.text);
        page = Some(read);
        text.into_bytes()
    } else {
        bytes
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
        Diagnostic { path: shown.clone(), message: Problem::NotUtf8 { offset: at, line }, fatal: true }
    })?;
    // Nothing but a header, or nothing at all: no article to read, and no event to make of it.
    if text[super::header::parse(&text).body_start..].chars().all(|c| c.is_whitespace() || c == '\u{feff}') {
        return Err(Diagnostic { path: shown, message: Problem::Empty, fatal: true });
    }
    let id = p.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let mut warnings = Vec::new();
    let sidecar = p.with_extension("json");
    let metadata = if sidecar.is_file() {
        match std::fs::read_to_string(&sidecar).map_err(|e| e.to_string()).and_then(|s| parse_sidecar(&s)) {
            Ok(m) => Some(m),
            Err(e) => {
                warnings.push(format!("sidecar {}: {e}; ignored", sidecar.display()));
                None
            }
        }
    } else {
        None
    };
    let metadata = match page {
        Some(page) => {
            warnings.extend(page.warnings);
            Some(fill(metadata.unwrap_or_default(), page.metadata))
        }
        None => metadata,
    };
    Ok(Input { id, path: shown, text, metadata, warnings })
}

/// `first`, with what it leaves out taken from `then` (a sidecar over a page's own metadata).
fn fill(first: Metadata, then: Metadata) -> Metadata {
    Metadata {
        published: first.published.or(then.published),
        source: first.source.or(then.source),
        title: first.title.or(then.title),
        url: first.url.or(then.url),
        lang: first.lang.or(then.lang),
    }
}

/// The text chronique reads from an article file: the file, or a web page's extracted text
/// (which quote offsets point into). None when it cannot be read.
pub fn article_text(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    if super::html::is_web_page(path) {
        super::html::read(&bytes).ok().map(|page| page.text)
    } else {
        String::from_utf8(bytes).ok()
    }
}

/// Whether a file is binary (a PDF, an image, an archive, a program...) rather than text in
/// some encoding: it starts as such files do, or has a NUL byte early on (text in UTF-16, which
/// has NULs too, starts with its byte-order mark and is told to convert instead).
fn is_binary(bytes: &[u8]) -> bool {
    const MAGIC: &[&[u8]] = &[
        b"%PDF-",
        b"\x89PNG",
        b"GIF87a",
        b"GIF89a",
        b"\xFF\xD8\xFF",
        b"PK\x03\x04",
        b"\x1F\x8B",
        b"BZh",
        b"\x7FELF",
        b"\xD0\xCF\x11\xE0",
        b"RIFF",
        b"\x00\x00\x01\x00",
    ];
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return false;
    }
    MAGIC.iter().any(|m| bytes.starts_with(m)) || bytes[..bytes.len().min(8192)].contains(&0)
}

/// Parse and check a sidecar: valid JSON of the documented shape, and a possible date.
pub fn parse_sidecar(json: &str) -> Result<Metadata, String> {
    let m: Metadata = serde_json::from_str(json).map_err(|e| format!("invalid JSON: {e}"))?;
    if let Some(p) = &m.published {
        if crate::model::FuzzyDate::parse_iso(p).is_none() {
            return Err(format!("\"published\": \"{p}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"));
        }
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sidecar_problems_are_named() {
        assert!(parse_sidecar("{\"published\": \"2023-02-30\"}").unwrap_err().contains("2023-02-30"));
        assert!(parse_sidecar("{\"published\": ").unwrap_err().contains("line 1"));
        assert!(parse_sidecar("{\"publisher\": \"x\"}").is_err());
        assert_eq!(parse_sidecar("{\"source\": \"AFP\"}").unwrap().source.as_deref(), Some("AFP"));
    }

    #[test]
    fn bad_paths_give_diagnostics_and_the_rest_loads() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("a.txt");
        std::fs::write(&good, "Bonjour.").unwrap();
        std::fs::write(dir.path().join("b.txt"), [0x50, 0xe9, 0x6b]).unwrap();
        std::fs::write(dir.path().join("a.json"), "{oops").unwrap();
        std::fs::write(dir.path().join("photo.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
        std::fs::write(dir.path().join("nul.txt"), b"abc\0def").unwrap();
        std::fs::write(dir.path().join("utf16.txt"), b"\xFF\xFEa\0b\0").unwrap();
        std::fs::write(dir.path().join("blank.txt"), "date: 2023-11-08\nsource: AFP\n\n \n").unwrap();
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        let (inputs, _, diags) = read_paths(&[dir.path().to_path_buf(), dir.path().join("missing.txt"), empty]);
        assert_eq!(inputs.len(), 1);
        let problem = |file: &str| diags.iter().find(|d| d.path.ends_with(file)).map(|d| d.message.clone());
        assert_eq!(problem("photo.txt"), Some(Problem::Binary));
        assert_eq!(problem("nul.txt"), Some(Problem::Binary));
        assert!(matches!(problem("utf16.txt"), Some(Problem::NotUtf8 { .. })), "UTF-16 is text to convert");
        assert_eq!(problem("blank.txt"), Some(Problem::Empty));
        assert!(diags.iter().all(|d| d.fatal), "{diags:?}");
        assert!(inputs[0].warnings[0].contains("a.json"));
        let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert!(msgs.iter().any(|m| m.contains("b.txt") && m.contains("not UTF-8")), "{msgs:?}");
        assert!(msgs.iter().any(|m| m.contains("missing.txt") && m.contains("no such file")), "{msgs:?}");
        assert!(msgs.iter().any(|m| m.contains("empty") && m.contains("no article")), "{msgs:?}");
    }
}
