//! Refuse, with a clear message, a corpus that cannot fit in memory, rather than be killed
//! half-way (which, in the browser, would also leave the terminal raw).
//!
//! The estimate is what loading costs per byte of input, measured on this project's benchmarks
//! (docs/performance.md): articles about 12× their text (a 100 MB article: 1.2 GB), Quotebank
//! JSON Lines about 2× the file, compressed files about 6-8× more.

use super::Diagnostic;
use std::path::PathBuf;

fn cost_per_byte(path: &std::path::Path) -> u64 {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let expand = if name.ends_with(".gz") {
        6
    } else if name.ends_with(".bz2") {
        8
    } else {
        1
    };
    let per = if super::bulk::is_bulk(path) { 2 } else { 12 };
    per * expand
}

/// Bytes the load of `files` would need, roughly.
pub fn estimate(files: &[PathBuf]) -> u64 {
    files.iter().map(|f| std::fs::metadata(f).map_or(0, |m| m.len()).saturating_mul(cost_per_byte(f))).sum()
}

/// Memory the system can still give (Linux `MemAvailable`); None when unknown.
pub fn available() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemAvailable:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// A fatal diagnostic when `need` clearly exceeds `avail`.
pub fn check(need: u64, avail: Option<u64>, what: &str) -> Option<Diagnostic> {
    let avail = avail?;
    (need > avail).then(|| Diagnostic {
        path: what.to_string(),
        message: super::Problem::Memory { need, available: avail },
        fatal: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_large_is_refused_with_the_figures() {
        let d = check(30_000_000_000, Some(8_000_000_000), "corpus/").unwrap();
        let m = d.to_string();
        assert!(d.fatal && m.contains("30.0 GB") && m.contains("8.0 GB"), "{d}");
        assert!(d.describe(crate::lang::Lang::Fr).contains("30.0 Go"), "{d}");
        assert!(check(1_000, Some(8_000_000_000), "x").is_none());
        assert!(check(u64::MAX, None, "x").is_none(), "unknown memory: no refusal");
    }

    #[test]
    fn estimates_follow_the_kind_of_file() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let q = dir.path().join("q.jsonl.gz");
        std::fs::write(&a, vec![b'x'; 1000]).unwrap();
        std::fs::write(&q, vec![b'x'; 1000]).unwrap();
        assert_eq!(estimate(&[a]), 12_000);
        assert_eq!(estimate(&[q]), 12_000);
    }
}
