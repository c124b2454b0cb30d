//! The loader: from article files (or the embedded seeds) to a [`Corpus`], in three stages:
//! [`input`] (what the user named, read with its metadata) → [`read`] (each article on its own:
//! dates, layout, events, quotes and who said them) → [`build`] (one timeline across articles
//! and files of quotes).

pub mod build;
pub mod input;
pub mod read;
pub mod snapshot;

pub use input::{Diagnostic, Input, Metadata, Problem};
pub use read::SpeakerRef;

use crate::gazetteer::Gazetteer;
use crate::model::Corpus;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// Load a corpus: the embedded seeds when `paths` is empty, else the named files and folders.
/// Files that cannot be read are reported in the diagnostics; the others still load.
pub fn load(paths: &[PathBuf], gazetteer: &Gazetteer) -> (Corpus, Vec<Diagnostic>) {
    load_with_progress(paths, gazetteer, &Progress::default())
}

/// How far a load has got, readable from another thread while it runs.
#[derive(Debug, Default)]
pub struct Progress {
    /// Articles and quote files found to load (known once the paths are read).
    pub total: AtomicUsize,
    /// Articles and quote files loaded so far.
    pub done: AtomicUsize,
    /// Bytes of the files of quotes to read (as stored: compressed files count compressed).
    pub bytes_total: AtomicU64,
    /// Bytes of them read so far.
    pub bytes_done: AtomicU64,
    /// Quotes read so far from files of quotes.
    pub quotes: AtomicUsize,
    /// Set by a caller that can show a first part of a big file of quotes while the rest
    /// loads (the browser); the loader then leaves one in `preview`.
    pub want_preview: std::sync::atomic::AtomicBool,
    pub preview: std::sync::Mutex<Option<Corpus>>,
}

impl Progress {
    pub fn get(&self) -> (usize, usize) {
        (self.done.load(Ordering::Relaxed), self.total.load(Ordering::Relaxed))
    }
}

/// How to load, beyond what to load.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Where to keep snapshots of files of quotes (`None`: read every file from scratch).
    pub cache: Option<snapshot::Cache>,
}

/// [`load`], counting progress in `progress` as it goes.
pub fn load_with_progress(paths: &[PathBuf], gazetteer: &Gazetteer, progress: &Progress) -> (Corpus, Vec<Diagnostic>) {
    load_with(paths, gazetteer, progress, &Options::default())
}

/// [`load_with_progress`], with `options`.
pub fn load_with(
    paths: &[PathBuf],
    gazetteer: &Gazetteer,
    progress: &Progress,
    options: &Options,
) -> (Corpus, Vec<Diagnostic>) {
    if paths.is_empty() {
        let seeds = input::seeds::embedded_seeds();
        progress.total.store(seeds.len(), Ordering::Relaxed);
        let analysed = read::analyse_all(seeds, gazetteer, &progress.done);
        return (build::assemble::assemble("seeds".into(), analysed, gazetteer), vec![]);
    }
    let (files, _) = input::list_files(paths);
    let name = match paths {
        [one] => one.display().to_string(),
        _ => format!("{} paths", paths.len()),
    };
    if let Some(d) = input::budget::check(input::budget::estimate(&files), input::budget::available(), &name) {
        return (Corpus { name, ..Corpus::default() }, vec![d]);
    }
    let (inputs, bulk_files, mut diagnostics) = input::read_paths(paths);
    progress.total.store(inputs.len() + bulk_files.len(), Ordering::Relaxed);
    let bytes: u64 = bulk_files.iter().map(|f| std::fs::metadata(f).map_or(0, |m| m.len())).sum();
    progress.bytes_total.store(bytes, Ordering::Relaxed);
    let mut parts = Vec::new();
    if !inputs.is_empty() {
        let analysed = read::analyse_all(inputs, gazetteer, &progress.done);
        parts.push(build::assemble::assemble(name.clone(), analysed, gazetteer));
    }
    for f in bulk_files {
        match build::load_quote_file(&f, gazetteer, progress, options.cache.as_ref()) {
            Ok((c, d)) => {
                parts.push(c);
                diagnostics.extend(d);
            }
            Err(d) => diagnostics.push(d),
        }
        progress.done.fetch_add(1, Ordering::Relaxed);
    }
    (build::combine::combine(name, parts), diagnostics)
}
