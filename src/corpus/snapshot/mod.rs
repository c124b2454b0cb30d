//! On-disk snapshots of loaded files of quotes, so a corpus opened before opens again without
//! parsing: in the user's cache folder (`$XDG_CACHE_HOME/chronique`, else
//! `~/.cache/chronique`), one file per source path, valid for the source's size and
//! modification time, this build's snapshot format and the gazetteer in use. A snapshot that is
//! stale is rebuilt silently; one that is damaged or foreign is reported and rebuilt; one that
//! cannot be written is reported once, and the load goes on without it. A snapshot is written
//! to a temporary file in the same folder and renamed into place, so a reader never sees half
//! of one.
//!
//! A snapshot is mapped into memory and used where it lies (see [`format`]): reopening a corpus
//! costs the checks of the file, not a copy of it. Only corpora of the shape files of quotes
//! give (one source, quotes without offsets or links) are kept; others load as usual.

mod format;

use crate::corpus::{Diagnostic, Problem};
use crate::gazetteer::Gazetteer;
use crate::model::Corpus;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// Where snapshots go, and which sources are worth one.
#[derive(Debug, Clone)]
pub struct Cache {
    pub dir: PathBuf,
    /// Files smaller than this load fast enough without a snapshot.
    pub min_size: u64,
}

/// Sources under this size are not cached: they parse in a few milliseconds.
pub const MIN_SIZE: u64 = 1 << 20;

impl Cache {
    /// The user's cache folder for chronique, when the environment names one.
    pub fn from_env() -> Option<Cache> {
        // Snapshots are read in place as little-endian 64-bit numbers.
        if !cfg!(all(target_endian = "little", target_pointer_width = "64")) {
            return None;
        }
        let base = std::env::var_os("XDG_CACHE_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| std::env::var_os("HOME").filter(|v| !v.is_empty()).map(|h| PathBuf::from(h).join(".cache")))?;
        Some(Cache { dir: base.join("chronique"), min_size: MIN_SIZE })
    }

    /// The snapshot file for `source`.
    pub fn file_for(&self, source: &Path) -> PathBuf {
        let canon = source.canonicalize().unwrap_or_else(|_| source.to_path_buf());
        self.dir.join(format!("{:016x}.snapshot", fingerprint(canon.to_string_lossy().as_bytes())))
    }
}

/// What a snapshot must match to stand for its source.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Key {
    pub source: String,
    pub size: u64,
    pub modified_ns: u128,
    pub gazetteer: u64,
}

impl Key {
    /// The key of `source` as it is now, loaded with `gazetteer`.
    pub fn of(source: &Path, gazetteer: &Gazetteer) -> Option<Key> {
        let canon = source.canonicalize().ok()?;
        let meta = std::fs::metadata(&canon).ok()?;
        let modified_ns = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
        Some(Key {
            source: canon.to_string_lossy().into_owned(),
            size: meta.len(),
            modified_ns,
            gazetteer: fingerprint(format!("{:?}", gazetteer.entries).as_bytes()),
        })
    }
}

/// What looking for a snapshot gave.
pub enum Found {
    /// The corpus and the diagnostics its load gave, as when the source was read.
    Hit(Box<Corpus>, Vec<Diagnostic>),
    /// None usable; with a note when one was there but damaged or foreign.
    Miss(Option<Diagnostic>),
}

/// The snapshot of `source` for `key`, if one is there and sound.
pub fn open(cache: &Cache, source: &Path, shown: &str, key: &Key) -> Found {
    let file = cache.file_for(source);
    let Ok(f) = std::fs::File::open(&file) else { return Found::Miss(None) };
    match format::open(&f, key) {
        Ok(Some((corpus, diags))) => Found::Hit(Box::new(corpus), diags),
        Ok(None) => Found::Miss(None),
        Err(e) => Found::Miss(Some(Diagnostic {
            path: file.display().to_string(),
            message: Problem::BadSnapshot { why: e.to_string(), source: shown.to_string() },
            fatal: false,
        })),
    }
}

/// Whether `corpus` has the shape a snapshot keeps (what a file of quotes gives).
pub fn fits(corpus: &Corpus) -> bool {
    format::fits(corpus)
}

/// Write the snapshot of `corpus` (loaded from the source of `key`, with `diags`) in the
/// background: to a temporary file, then renamed over the old one. [`finish_writes`] waits for
/// the writes and gives their errors.
pub fn save(cache: &Cache, source: &Path, key: &Key, corpus: &Corpus, diags: &[Diagnostic]) {
    let prepared = format::prepare(key, corpus, diags);
    let (cache, source) = (cache.clone(), source.to_path_buf());
    let writer = std::thread::Builder::new()
        .name("chronique-snapshot".into())
        .spawn(move || write(&cache, &source, &prepared))
        .map_err(|e| e.to_string());
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    match writer {
        Ok(w) => pending.push(w),
        Err(e) => pending.push(std::thread::spawn(move || Err(e))),
    }
}

static PENDING: std::sync::Mutex<Vec<std::thread::JoinHandle<Result<(), String>>>> = std::sync::Mutex::new(Vec::new());

/// Wait for the snapshots being written; the problems met, in plain words. (The lock is held
/// while waiting, so that a second caller also returns only once every write is done.)
pub fn finish_writes() -> Vec<String> {
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    std::mem::take(&mut *pending)
        .into_iter()
        .filter_map(|w| w.join().unwrap_or_else(|_| Err("the snapshot writer failed".into())).err())
        .collect()
}

/// Write a prepared snapshot now.
fn write(cache: &Cache, source: &Path, prepared: &format::Prepared) -> Result<(), String> {
    let fail =
        |what: &str, e: std::io::Error| format!("cannot write the cache in {}: {what}: {e}", cache.dir.display());
    std::fs::create_dir_all(&cache.dir).map_err(|e| fail("creating the folder", e))?;
    remove_stale_temporaries(cache);
    let file = cache.file_for(source);
    let tmp = file.with_extension(format!("tmp-{}", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let f = std::fs::File::create(&tmp)?;
        let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
        format::encode(&mut w, prepared)?;
        // (No fsync: a snapshot cut short by a crash fails its checksum and is rebuilt.)
        w.into_inner().map_err(|e| e.into_error())?;
        std::fs::rename(&tmp, &file)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail("writing the snapshot", e)
    })
}

/// Leftovers of writers that were stopped (their process ended before the rename).
pub fn remove_stale_temporaries(cache: &Cache) {
    let Ok(entries) = std::fs::read_dir(&cache.dir) else { return };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.split(".tmp-").nth(1).and_then(|p| p.parse::<u32>().ok()) else { continue };
        if pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// FNV-1a: a stable 64-bit fingerprint (the same in every run and build).
fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}
