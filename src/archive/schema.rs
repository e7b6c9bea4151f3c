//! The schema and its versions. `schema.sql` is the whole schema of the current version;
//! `MIGRATIONS[n]` upgrades an archive from version `n + 1` to `n + 2`.
//!
//! To change the schema: edit `schema.sql`, bump `ARCHIVE_VERSION`, append the step that
//! brings the previous version's file to the new shape, and extend the upgrade test.

/// The archive version this build writes, stored in `PRAGMA user_version`.
pub const ARCHIVE_VERSION: i64 = 11;

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
    // 3 → 4: contentless full-text tables (one with positions, no prefix indexes; one with
    // prefixes, no positions) and compressed bodies; the archive shrinks to about half. The
    // day index goes: the in-memory days read the published index instead.
    // Needs `chronicle_deflate` (compress.rs), registered on every connection that opens.
    "DROP TRIGGER articles_fts_delete;
     DROP TRIGGER articles_fts_update;
     DROP VIEW articles_fts_source;
     DROP TABLE articles_fts;
     CREATE VIRTUAL TABLE articles_fts USING fts5(
         title, lead, body, authors, sources, category, quotes, speakers,
         content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
     CREATE VIRTUAL TABLE articles_prefix USING fts5(
         title, lead, body, authors, sources, category, speakers,
         content = '', contentless_delete = 1, detail = none, prefix = '1 2 3',
         tokenize = 'unicode61 remove_diacritics 2');
     INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 67108864);
     INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);
     INSERT INTO articles_prefix(articles_prefix, rank) VALUES ('hashsize', 67108864);
     INSERT INTO articles_prefix(articles_prefix, rank) VALUES ('automerge', 8);
     INSERT INTO articles_fts(rowid, title, lead, body, authors, sources, category, quotes, speakers)
         SELECT id, title, lead, body, authors_text, sources_text, coalesce(category, ''), quotes_text, speakers_text
         FROM articles ORDER BY id;
     INSERT INTO articles_prefix(rowid, title, lead, body, authors, sources, category, speakers)
         SELECT id, title, lead, body, authors_text, sources_text, coalesce(category, ''), speakers_text
         FROM articles ORDER BY id;
     ALTER TABLE articles ADD COLUMN body_zlib BLOB NOT NULL DEFAULT x'';
     UPDATE articles SET body_zlib = chronicle_deflate(body);
     ALTER TABLE articles DROP COLUMN body;
     ALTER TABLE articles DROP COLUMN quotes_text;
     DROP INDEX articles_by_day;
     ALTER TABLE articles DROP COLUMN published_day;
     CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
         DELETE FROM articles_fts WHERE rowid = old.id;
         DELETE FROM articles_prefix WHERE rowid = old.id;
     END;",
    // 4 → 5: runs of Chinese, Japanese and Korean are indexed as overlapping pairs of
    // characters (query/text.rs). No SQL: the articles holding such text are indexed again in
    // Rust (reindex.rs, called by open.rs for this step).
    "",
    // 5 → 6: the article's address (canonical link, og:url, Content-Location, a URL: line).
    "ALTER TABLE articles ADD COLUMN url TEXT;",
    // 6 → 7: what each speaker is and how it was found, and the user's corrections (see
    // schema.sql). Old quotes were all taken for persons found by a cue; a speaker starting
    // with a small letter (`the company`, `one trader`) is a description instead. Telling
    // organisations and places from persons needs the extractor's data, not SQL: importing
    // the files again after deleting their articles refreshes them.
    "ALTER TABLE quotes ADD COLUMN speaker_kind TEXT NOT NULL DEFAULT 'unresolved' CHECK (speaker_kind IN ('unresolved', 'person', 'organisation', 'description'));
     ALTER TABLE quotes ADD COLUMN attribution TEXT NOT NULL DEFAULT 'none' CHECK (attribution IN ('none', 'cue', 'appositive', 'resolved', 'carried', 'corrected'));
     UPDATE quotes SET speaker_kind = CASE WHEN speaker GLOB '[a-z]*' THEN 'description' ELSE 'person' END,
                       attribution = 'cue'
         WHERE speaker IS NOT NULL;
     DROP INDEX quotes_by_speaker;
     CREATE INDEX quotes_by_speaker ON quotes(speaker_kind, speaker);
     CREATE TABLE corrections (
         content_hash TEXT NOT NULL,
         target       TEXT NOT NULL,
         locator      TEXT NOT NULL,
         change       TEXT NOT NULL,
         original     TEXT NOT NULL,
         made_at      TEXT NOT NULL,
         PRIMARY KEY (content_hash, target, locator)
     ) STRICT, WITHOUT ROWID;",
    // 7 → 8: sync with a team archive (issue 20; see schema.sql): sync state, the articles the
    // team holds, tombstones and the outbox of changes to push, filled by triggers. The
    // corrections made so far are all still to push.
    "CREATE TABLE sync_state (
         team_id      TEXT PRIMARY KEY,
         url          TEXT NOT NULL,
         articles_seq INTEGER NOT NULL DEFAULT 0,
         records_seq  INTEGER NOT NULL DEFAULT 0,
         last_success TEXT
     ) STRICT;
     -- Articles the team archive holds (pushed from here or pulled): the rest are pushed.
     CREATE TABLE sync_known (content_hash TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
     -- Deleted articles, by content: the deletion travels to the team, and an article deleted
     -- on the team is never pulled or pushed again.
     CREATE TABLE tombstones (
         content_hash TEXT PRIMARY KEY,
         deleted_at   TEXT NOT NULL
     ) STRICT, WITHOUT ROWID;
     -- Changes still to push, one row per record (`kind` 'correction' or 'tombstone', `key` as the
     -- team archive's `records`), filled by the triggers below.
     CREATE TABLE sync_outbox (
         kind         TEXT NOT NULL,
         content_hash TEXT NOT NULL,
         key          TEXT NOT NULL,
         changed_at   TEXT NOT NULL,
         PRIMARY KEY (kind, content_hash, key)
     ) STRICT, WITHOUT ROWID;
     CREATE TRIGGER articles_tombstone AFTER DELETE ON articles BEGIN
         INSERT OR REPLACE INTO tombstones VALUES (old.content_hash, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
         INSERT OR REPLACE INTO sync_outbox VALUES ('tombstone', old.content_hash, '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
     END;
     -- Undo of a deletion not yet pushed: the deletion is forgotten.
     CREATE TRIGGER articles_undelete AFTER INSERT ON articles
     WHEN EXISTS (SELECT 1 FROM sync_outbox WHERE kind = 'tombstone' AND content_hash = new.content_hash AND key = '')
     BEGIN
         DELETE FROM sync_outbox WHERE kind = 'tombstone' AND content_hash = new.content_hash AND key = '';
         DELETE FROM tombstones WHERE content_hash = new.content_hash;
     END;
     CREATE TRIGGER corrections_outbox_insert AFTER INSERT ON corrections BEGIN
         INSERT OR REPLACE INTO sync_outbox VALUES ('correction', new.content_hash, new.target || '/' || new.locator, new.made_at);
     END;
     CREATE TRIGGER corrections_outbox_delete AFTER DELETE ON corrections BEGIN
         INSERT OR REPLACE INTO sync_outbox VALUES ('correction', old.content_hash, old.target || '/' || old.locator, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
     END;
     INSERT INTO sync_outbox SELECT 'correction', content_hash, target || '/' || locator, made_at FROM corrections;",
    // 8 → 9: the user's tags, notes, highlights and saved searches (issue 18; see schema.sql). Field edits need no table: they
    // are rows of `corrections` with target 'field'.
    "CREATE TABLE tags (
         id   INTEGER PRIMARY KEY,
         name TEXT NOT NULL,
         key  TEXT NOT NULL UNIQUE
     ) STRICT;
     CREATE TABLE article_tags (
         article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
         tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
         PRIMARY KEY (article_id, tag_id)
     ) STRICT, WITHOUT ROWID;
     CREATE INDEX article_tags_by_tag ON article_tags(tag_id);
     CREATE TABLE saved_searches (
         name     TEXT PRIMARY KEY,
         query    TEXT NOT NULL,
         from_day TEXT,
         to_day   TEXT,
         saved_at TEXT NOT NULL
     ) STRICT;
     CREATE TABLE notes (
         article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
         text       TEXT NOT NULL,
         updated_at TEXT NOT NULL
     ) STRICT;
     CREATE TABLE highlights (
         article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
         part       TEXT NOT NULL CHECK (part IN ('lead', 'body')),
         start_char INTEGER NOT NULL,
         end_char   INTEGER NOT NULL,
         comment    TEXT,
         made_at    TEXT NOT NULL,
         PRIMARY KEY (article_id, part, start_char, end_char)
     ) STRICT, WITHOUT ROWID;",
    // 9 → 10: tags, notes and highlights travel to the team archive (issue 20; see schema.sql):
    // triggers queue them in the outbox. Those made so far are all still to push.
    "CREATE TRIGGER article_tags_outbox_insert AFTER INSERT ON article_tags BEGIN
         INSERT OR REPLACE INTO sync_outbox SELECT 'tag', a.content_hash, t.key, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             FROM articles a, tags t WHERE a.id = new.article_id AND t.id = new.tag_id;
     END;
     CREATE TRIGGER article_tags_outbox_delete AFTER DELETE ON article_tags BEGIN
         INSERT OR REPLACE INTO sync_outbox SELECT 'tag', a.content_hash, t.key, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             FROM articles a, tags t WHERE a.id = old.article_id AND t.id = old.tag_id;
     END;
     CREATE TRIGGER tags_outbox_rename AFTER UPDATE OF key ON tags BEGIN
         INSERT OR REPLACE INTO sync_outbox SELECT 'tag', a.content_hash, k.key, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             FROM article_tags x JOIN articles a ON a.id = x.article_id, (SELECT old.key AS key UNION SELECT new.key) k
             WHERE x.tag_id = new.id;
     END;
     CREATE TRIGGER tags_outbox_delete BEFORE DELETE ON tags BEGIN
         INSERT OR REPLACE INTO sync_outbox SELECT 'tag', a.content_hash, old.key, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             FROM article_tags x JOIN articles a ON a.id = x.article_id WHERE x.tag_id = old.id;
     END;
     CREATE TRIGGER notes_outbox_insert AFTER INSERT ON notes BEGIN
         INSERT OR REPLACE INTO sync_outbox SELECT 'note', content_hash, '', new.updated_at FROM articles WHERE id = new.article_id;
     END;
     CREATE TRIGGER notes_outbox_update AFTER UPDATE ON notes BEGIN
         INSERT OR REPLACE INTO sync_outbox SELECT 'note', content_hash, '', new.updated_at FROM articles WHERE id = new.article_id;
     END;
     CREATE TRIGGER notes_outbox_delete AFTER DELETE ON notes BEGIN
         INSERT OR REPLACE INTO sync_outbox SELECT 'note', content_hash, '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM articles WHERE id = old.article_id;
     END;
     CREATE TRIGGER highlights_outbox_insert AFTER INSERT ON highlights BEGIN
         INSERT OR REPLACE INTO sync_outbox SELECT 'highlight', content_hash, new.part || ':' || new.start_char || ':' || new.end_char, new.made_at
             FROM articles WHERE id = new.article_id;
     END;
     CREATE TRIGGER highlights_outbox_delete AFTER DELETE ON highlights BEGIN
         INSERT OR REPLACE INTO sync_outbox SELECT 'highlight', content_hash, old.part || ':' || old.start_char || ':' || old.end_char, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             FROM articles WHERE id = old.article_id;
     END;
     INSERT OR REPLACE INTO sync_outbox SELECT 'tag', a.content_hash, t.key, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
         FROM article_tags x JOIN articles a ON a.id = x.article_id JOIN tags t ON t.id = x.tag_id;
     INSERT OR REPLACE INTO sync_outbox SELECT 'note', a.content_hash, '', n.updated_at
         FROM notes n JOIN articles a ON a.id = n.article_id;
     INSERT OR REPLACE INTO sync_outbox SELECT 'highlight', a.content_hash, h.part || ':' || h.start_char || ':' || h.end_char, h.made_at
         FROM highlights h JOIN articles a ON a.id = h.article_id;",
    // 10 → 11: impact lists of the commonest words (heads.rs; see schema.sql), filled in Rust
    // after this SQL (open.rs calls `heads::choose` for this step).
    "CREATE TABLE rank_words (
         term  TEXT PRIMARY KEY,
         avgdl REAL NOT NULL,
         floor REAL NOT NULL
     ) STRICT;
     CREATE TABLE rank_heads (
         term    TEXT NOT NULL REFERENCES rank_words(term) ON DELETE CASCADE,
         score   REAL NOT NULL,
         article INTEGER NOT NULL,
         freq    REAL NOT NULL,
         length  INTEGER NOT NULL,
         PRIMARY KEY (term, score, article)
     ) STRICT, WITHOUT ROWID;
     CREATE INDEX rank_heads_by_article ON rank_heads(article);
     CREATE TABLE rank_choice (
         id         INTEGER PRIMARY KEY CHECK (id = 1),
         max_id     INTEGER NOT NULL,
    covered    INTEGER NOT NULL
     ) STRICT;
     CREATE TRIGGER rank_heads_delete AFTER DELETE ON articles BEGIN
         DELETE FROM rank_heads WHERE article = old.id;
     END;",
];
