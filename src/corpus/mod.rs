//! The loader: from article files (or the embedded seeds) to a [`Corpus`].
//!
//! Pipeline per article: `source` (read bytes, sidecar) → `header` (metadata, body start) →
//! `layout` (paragraphs, sentences, page furniture) → `page` (each body paragraph's words, split
//! once) → `events` (the reported meeting and dated context, with `dates`) → `quotes` +
//! `attribution` (who said what); then across articles:
//! `assemble` (merge events, build speakers) and `corroborate` (same statement, other source).

pub mod attribution;
pub mod dates;
pub mod events;
pub mod french;
pub mod layout;
pub mod page;
pub mod quotes;

/// Who a quote or a participant refers to, before speakers are numbered corpus-wide.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SpeakerRef {
    /// An entry of the gazetteer (index into `Gazetteer::entries`).
    Entry(usize),
    /// A name the gazetteer does not know, as written in the article (cleaned of titles).
    Name(String),
}

pub mod assemble;
pub mod budget;
pub mod bulk;
pub mod combine;
pub mod corroborate;
pub mod header;
pub mod source;

pub use source::{Diagnostic, Input, Metadata};

use crate::gazetteer::Gazetteer;
use crate::model::Corpus;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

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
}

impl Progress {
    pub fn get(&self) -> (usize, usize) {
        (self.done.load(Ordering::Relaxed), self.total.load(Ordering::Relaxed))
    }
}

/// [`load`], counting progress in `progress` as it goes.
pub fn load_with_progress(paths: &[PathBuf], gazetteer: &Gazetteer, progress: &Progress) -> (Corpus, Vec<Diagnostic>) {
    if paths.is_empty() {
        let seeds = source::embedded_seeds();
        progress.total.store(seeds.len(), Ordering::Relaxed);
        let analysed = assemble::analyse_all(seeds, gazetteer, &progress.done);
        return (assemble::assemble("seeds".into(), analysed, gazetteer), vec![]);
    }
    let (files, _) = source::list_files(paths);
    let name = match paths {
        [one] => one.display().to_string(),
        _ => format!("{} paths", paths.len()),
    };
    if let Some(d) = budget::check(budget::estimate(&files), budget::available(), &name) {
        return (Corpus { name, ..Corpus::default() }, vec![d]);
    }
    let (inputs, bulk_files, mut diagnostics) = source::read_paths(paths);
    progress.total.store(inputs.len() + bulk_files.len(), Ordering::Relaxed);
    let mut parts = Vec::new();
    if !inputs.is_empty() {
        let analysed = assemble::analyse_all(inputs, gazetteer, &progress.done);
        parts.push(assemble::assemble(name.clone(), analysed, gazetteer));
    }
    for f in bulk_files {
        match bulk::load(&f, gazetteer) {
            Ok((c, d)) => {
                parts.push(c);
                diagnostics.extend(d);
            }
            Err(d) => diagnostics.push(d),
        }
        progress.done.fetch_add(1, Ordering::Relaxed);
    }
    (combine::combine(name, parts), diagnostics)
}
