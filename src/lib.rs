//! chronique: a terminal timeline browser of who said what.
//!
//! Layers, from the bottom up (each knows nothing of the ones above it):
//! - [`lang`]: the words chronique writes, one table per language.
//! - [`model`]: the domain (corpus, articles, events, quotes, speakers, fuzzy dates).
//! - [`text`]: folding, word splitting and terminal-safety for untrusted text.
//! - [`gazetteer`]: who people are, their spellings and dated roles (data in `assets/`).
//! - [`corpus`]: the loader, from article files to a [`model::Corpus`].
//! - [`search`]: the query engine (matches and highlight positions).
//! - [`export`] and [`cite`]: text forms of the corpus and of quotes; [`speakers`]: who speaks.
//! - [`app`]: the browser's pure state and `update(state, action) -> effects`.
//! - [`ui`]: drawing an immutable view of the state with ratatui.
//! - [`runtime`]: the one impure corner (terminal, event loop, clipboard).
//! - [`cli`]: argument parsing and the subcommands.
// One module-file layout across the tree: a module with submodules is a folder with a mod.rs.
#![warn(clippy::self_named_module_files)]
pub mod app;
pub mod cite;
pub mod cli;
pub mod corpus;
pub mod export;
pub mod gazetteer;
pub mod lang;
pub mod model;
pub mod runtime;
pub mod search;
pub mod speakers;
pub mod synth;
pub mod testing;
pub mod text;
pub mod ui;
