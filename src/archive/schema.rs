//! The schema and its versions. `schema.sql` is the whole schema of the current version;
//! `MIGRATIONS[n]` upgrades an archive from version `n + 1` to `n + 2`.
//!
//! To change the schema: edit `schema.sql`, bump `ARCHIVE_VERSION`, append the step that
//! brings the previous version's file to the new shape, and extend the upgrade test.

/// The archive version this build writes, stored in `PRAGMA user_version`.
pub const ARCHIVE_VERSION: i64 = 3;

/// Marks a SQLite file as a Chronicle archive (`PRAGMA application_id`, "CHRN").
pub const APPLICATION_ID: i64 = 0x4348_524E;

/// The full schema of `ARCHIVE_VERSION`.
pub const SCHEMA: &str = include_str!("../../schema.sql");

/// Upgrade steps, oldest first.
pub const MIGRATIONS: &[&str] = &[
    // 1 → 2: the newest-first list is served from an index instead of a sort.
    "CREATE INDEX IF NOT EXISTS articles_by_published ON articles(published, id);",
    // 2 → 3: new articles are indexed once per batch by the writer, not by a trigger;
    // quote and event text that is a stretch of the article is not stored twice;
    // the index flushes and merges segments less often (see schema.sql).
    "DROP TRIGGER articles_fts_insert;
     UPDATE quotes SET text = '' WHERE text = (SELECT substr(CASE quotes.part WHEN 'lead' THEN a.lead ELSE a.body END,
                                                          quotes.start_char + 1, quotes.end_char - quotes.start_char)
                                               FROM articles a WHERE a.id = quotes.article_id);
     UPDATE events SET text = '' WHERE text = (SELECT substr(CASE events.part WHEN 'lead' THEN a.lead ELSE a.body END,
                                                          events.start_char + 1, events.end_char - events.start_char)
                                               FROM articles a WHERE a.id = events.article_id);
     INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 67108864);
     INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);",
];
