//! Where articles come from: files and folders named by the user, or the seeds embedded in the
//! binary. Reads bytes and sidecar metadata; problems become [`Diagnostic`]s and the rest goes on.

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
    pub message: String,
    pub fatal: bool,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
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
                std::io::ErrorKind::NotFound if p.symlink_metadata().is_ok() => "broken symbolic link".to_string(),
                std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
                _ if e.raw_os_error() == Some(40) => "symbolic link loop".to_string(),
                _ => format!("cannot read: {e}"),
            };
            diags.push(Diagnostic { path: shown, message, fatal: true });
            return;
        }
    };
    if meta.is_dir() {
        let canon = p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
        if !visiting.insert(canon.clone()) {
            diags.push(Diagnostic {
                path: shown,
                message: "symbolic link loop (folder already being read)".into(),
                fatal: false,
            });
            return;
        }
        let entries = match std::fs::read_dir(p) {
            Ok(rd) => rd,
            Err(e) => {
                diags.push(Diagnostic { path: shown, message: format!("cannot list folder: {e}"), fatal: true });
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
            if is_dir || c.extension().is_some_and(|e| e == "txt") || bulk || std::fs::metadata(&c).is_err() {
                collect(&c, false, visiting, out, diags);
            }
        }
        visiting.remove(&canon);
        if named && out.len() == before {
            diags.push(Diagnostic {
                path: shown,
                message: "folder has no article (.txt) or quote (.jsonl) files".into(),
                fatal: true,
            });
        }
    } else {
        out.push(p.to_path_buf());
    }
}

fn read_article(p: &Path) -> Result<Input, Diagnostic> {
    let shown = p.display().to_string();
    let bytes = std::fs::read(p).map_err(|e| Diagnostic {
        path: shown.clone(),
        message: format!("cannot read: {e}"),
        fatal: true,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
        Diagnostic {
            path: shown.clone(),
            message: format!(
                "not UTF-8 text (invalid byte at offset {at}, line {line}); skipped — convert it first, e.g. iconv -f latin1 -t utf-8"
            ),
            fatal: true,
        }
    })?;
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
    Ok(Input { id, path: shown, text, metadata, warnings })
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
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        let (inputs, _, diags) = read_paths(&[dir.path().to_path_buf(), dir.path().join("missing.txt"), empty]);
        assert_eq!(inputs.len(), 1);
        assert!(inputs[0].warnings[0].contains("a.json"));
        let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert!(msgs.iter().any(|m| m.contains("b.txt") && m.contains("not UTF-8")), "{msgs:?}");
        assert!(msgs.iter().any(|m| m.contains("missing.txt") && m.contains("no such file")), "{msgs:?}");
        assert!(msgs.iter().any(|m| m.contains("empty") && m.contains("no article")), "{msgs:?}");
    }
}
