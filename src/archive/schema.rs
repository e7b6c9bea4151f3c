//! The schema and its versions. `schema.sql` is the whole schema of the current version;
//! `MIGRATIONS[n]` upgrades an archive from version `n + 1` to `n + 2`.
//!
//! To change the schema: edit `schema.sql`, bump `ARCHIVE_VERSION`, append the step that
//! brings the previous version's file to the new shape, and extend the upgrade test.

/// The archive version this build writes, stored in `PRAGMA user_version`.
pub const ARCHIVE_VERSION: i64 = 2;

/// Marks a SQLite file as a Chronicle archive (`PRAGMA application_id`, "CHRN").
pub const APPLICATION_ID: i64 = 0x4348_524E;

/// The full schema of `ARCHIVE_VERSION`.
pub const SCHEMA: &str = include_str!("../../schema.sql");

/// Upgrade steps, oldest first.
pub const MIGRATIONS: &[&str] = &[
    // 1 → 2: the newest-first list is served from an index instead of a sort.
    "CREATE INDEX IF NOT EXISTS articles_by_published ON articles(published, id);",
];
