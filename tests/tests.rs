//! Integration tests: one binary (each extra binary would re-link eframe), modules by topic.

#![allow(clippy::unwrap_used)]

/// The command line: import, search, show, export, stats, extract.
mod cli;
/// Speaker kinds, the user's corrections of quotes, export versions.
mod corrections;
/// `export --format csl-json`: citations for reference managers.
mod csl;
/// Extraction quality on the shared corpus against hand-corrected bodies.
mod extraction;
/// The window, driven headless with egui_kittest.
#[cfg(feature = "gui")]
mod gui;
/// A throwaway PostgreSQL cluster for the team archive tests.
mod pg;
/// Relevance over every match, not only the newest.
mod relevance;
/// The user's field edits, tags and notes from the terminal.
mod research;
/// Bad files, kills, concurrent writers, foreign and newer archives.
mod robustness;
/// Property test: export → import → export is the identity.
mod roundtrip;
/// Saved pages against hand labels: titles, authors, dates, publishers, addresses.
mod saved_pages;
/// Search: every script, one meaning per query, relevance, the re-index.
mod search;
/// The team archive on PostgreSQL: sync between desktops, roles, errors, kills.
mod team;
/// The team archive: a desktop's subset, searching the server, an article's history.
mod team_subset;
/// Temporary folders, fixtures and running the `chronicle` binary.
mod util;
