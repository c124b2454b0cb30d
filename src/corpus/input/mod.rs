//! Stage 1 of the loader: what the user named (files, folders, or the embedded seeds), read
//! into memory with its metadata. Problems become [`Diagnostic`]s and the rest goes on.

pub mod budget;
pub mod bulk;
pub mod header;
pub mod holds;
pub mod html;
pub mod seeds;
pub mod source;

pub use holds::Holds;
pub use source::{list_files, parse_sidecar, read_paths, Diagnostic, Input, Metadata, Problem};
