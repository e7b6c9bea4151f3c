-- Chronicle archive schema: the one source of truth.
-- A new archive runs this whole file; `PRAGMA user_version` then records ARCHIVE_VERSION
-- (src/archive/schema.rs). Changing anything here means a new version and a migration step.

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    -- SHA-256 of the normalized title, lead and body: the same content imported twice is one article.
    content_hash   TEXT NOT NULL UNIQUE,
    -- Small columns first: SQLite reads a row from its start, so filters and result lists
    -- never have to page through the article text stored after them.
    -- ISO 8601 as precise as the file was (no invented offset); published_text as written.
    published      TEXT,
    -- First ten characters of `published` (YYYY-MM-DD), for date ranges and the timeline.
    published_day  TEXT GENERATED ALWAYS AS (substr(published, 1, 10)) VIRTUAL,
    published_text TEXT,
    modified       TEXT,
    title          TEXT NOT NULL,
    category       TEXT,
    language       TEXT,
    publisher      TEXT,
    format         TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    file_name      TEXT NOT NULL DEFAULT '',
    file_path      TEXT NOT NULL DEFAULT '',
    -- Denormalized search text for the FTS index, written with the article.
    authors_text   TEXT NOT NULL DEFAULT '',
    sources_text   TEXT NOT NULL DEFAULT '',
    speakers_text  TEXT NOT NULL DEFAULT '',
    lead           TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL DEFAULT '',
    quotes_text    TEXT NOT NULL DEFAULT '',
    -- Stored, never indexed: legal notices would match every search.
    rights         TEXT
) STRICT;

CREATE INDEX articles_by_day ON articles(published_day);
-- Serves the newest-first list without sorting the archive.
CREATE INDEX articles_by_published ON articles(published, id);

CREATE TABLE authors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE sources (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE images (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    caption    TEXT,
    credit     TEXT,
    PRIMARY KEY (article_id, position)
) STRICT, WITHOUT ROWID;

-- start/end are character offsets into the lead or the body (`part`). `text` is '' when it is
-- exactly that stretch of the article (nearly always): the article holds the words once.
CREATE TABLE quotes (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    speaker     TEXT,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'dash', 'unquoted')),
    part        TEXT NOT NULL CHECK (part IN ('lead', 'body')),
    PRIMARY KEY (article_id, position)
) STRICT, WITHOUT ROWID;

CREATE INDEX quotes_by_speaker ON quotes(speaker);

-- Dates the text mentions, resolved against the publication date. `text` (the sentence) is ''
-- when it is the stretch start_char..end_char of the lead or body, as for quotes.
CREATE TABLE events (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    day         TEXT NOT NULL,
    text        TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    part        TEXT NOT NULL CHECK (part IN ('lead', 'body')),
    PRIMARY KEY (article_id, position)
) STRICT, WITHOUT ROWID;

CREATE INDEX events_by_day ON events(day);

-- Full-text index over the article and its people. External content: the text lives once,
-- in `articles`. The triggers below keep the index in step with updates and deletes; new
-- articles are indexed by the writer with one INSERT ... SELECT per batch (src/archive/write.rs).
-- An insert trigger would index row by row, and FTS5 writes out its pending terms at every
-- statement savepoint, so each article became its own index segment: 3x slower, measured.
-- remove_diacritics 2 folds `Spółka` to `spolka`; prefix indexes make as-you-type prefixes cheap.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, lead, body, authors, sources, category, quotes, speakers,
    content = 'articles_fts_source',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
-- Import speed: FTS5 writes a new index segment whenever its in-memory table of pending
-- terms passes `hashsize` (1 MB by default, a few dozen articles with the prefix indexes), and
-- merges segments 4 at a time. A 64 MB table flushes once per import batch and merging 8 at a
-- time does less work: together they took the index's share of an import from ~4.0 to ~2.5
-- CPU seconds per 20,000 articles (measured). The memory is only used while writing.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 67108864);
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);

-- FTS5 reads column values by name from its content table, so this view renames the columns.
CREATE VIEW articles_fts_source AS
    SELECT id, title, lead, body,
           authors_text AS authors, sources_text AS sources, coalesce(category, '') AS category,
           quotes_text AS quotes, speakers_text AS speakers
    FROM articles;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, lead, body, authors, sources, category, quotes, speakers)
    VALUES ('delete', old.id, old.title, old.lead, old.body, old.authors_text, old.sources_text,
            coalesce(old.category, ''), old.quotes_text, old.speakers_text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, lead, body, authors, sources, category, quotes, speakers)
    VALUES ('delete', old.id, old.title, old.lead, old.body, old.authors_text, old.sources_text,
            coalesce(old.category, ''), old.quotes_text, old.speakers_text);
    INSERT INTO articles_fts(rowid, title, lead, body, authors, sources, category, quotes, speakers)
    VALUES (new.id, new.title, new.lead, new.body, new.authors_text, new.sources_text,
            coalesce(new.category, ''), new.quotes_text, new.speakers_text);
END;
