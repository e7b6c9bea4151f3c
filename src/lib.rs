//! Chronicle: a desktop archive of news articles.
//!
//! Data flows one way:
//! - `extract`: bytes to articles. Pure: no I/O, no SQL, no clock.
//! - `query`: the search language (parsing, word cutting and folding, highlights). Pure.
//! - `archive`: the SQLite file, and (`archive::team`) the shared team archive on PostgreSQL
//!   it syncs with. The only module with SQL.
//! - `import`: files and folders to the archive, in parallel, one writer.
//! - `export`: a selection to JSON.
//! - `app`: the window. Never blocks: work runs on a worker thread with its own connection.
//! - `terminal`: imported text made safe to print.
//!
//! The terminal commands, the benchmark and the extraction scorers live on the binary side
//! (`main.rs` declares `cli`, `bench`, `bench_extract` and `bench_text`): no library module
//! depends on them.

// Unit tests may unwrap; library code may not (the `unwrap_used` lint in Cargo.toml).
#![cfg_attr(test, allow(clippy::unwrap_used))]

#[cfg(feature = "gui")]
pub mod app;
pub mod archive;
pub mod export;
pub mod extract;
pub mod import;
pub mod model;
pub mod query;
pub mod scoring;
pub mod terminal;
