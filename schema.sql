-- Chronicle archive schema: the one source of truth.
-- A new archive runs this whole file; `PRAGMA user_version` then records ARCHIVE_VERSION
-- (src/archive/schema.rs). Changing anything here means a new version and a migration step.
-- New archives use 16 KB pages (src/archive/open.rs): rows of a few KB waste less of them.

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    -- SHA-256 of the normalized title, lead and body: the same content imported twice is one article.
    content_hash   TEXT NOT NULL UNIQUE,
    -- Small columns first: SQLite reads a row from its start, so filters and result lists
    -- never have to page through the article text stored after them.
    -- ISO 8601 as precise as the file was (no invented offset); published_text as written.
    published      TEXT,
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
    -- Stored, never indexed: legal notices would match every search.
    rights         TEXT,
    -- The body, zlib-compressed (src/archive/compress.rs; `chronicle_inflate(body_zlib)` in
    -- Chronicle's own connections): about half the size of the text.
    body_zlib      BLOB NOT NULL DEFAULT x'',
    -- The article's address when the file gave one (version 6; added last by its migration).
    url            TEXT
) STRICT;

-- Serves the newest-first list without sorting the archive, and the publication days
-- Chronicle keeps in memory for date ranges and the timeline (src/archive/days.rs).
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
    -- What the speaker is and how it was found (version 7; model.rs, SpeakerKind and
    -- Attribution). Only 'person' speakers are people; 'corrected' marks the user's choice.
    speaker_kind TEXT NOT NULL DEFAULT 'unresolved' CHECK (speaker_kind IN ('unresolved', 'person', 'organisation', 'description')),
    attribution TEXT NOT NULL DEFAULT 'none' CHECK (attribution IN ('none', 'cue', 'appositive', 'resolved', 'carried', 'corrected')),
    PRIMARY KEY (article_id, position)
) STRICT, WITHOUT ROWID;

-- Serves the People view's count per speaker of one kind from the index alone.
CREATE INDEX quotes_by_speaker ON quotes(speaker_kind, speaker);

-- The user's corrections, kept apart from what extraction found (version 7). They are keyed
-- by the article's content, not its id, so deleting and re-importing the article, importing
-- an export of it or extracting it again keeps them; the writer applies them to the rows
-- above whenever the article is written (src/archive/corrections.rs).
-- `target` says what is corrected and `locator` which one of it: a quote ('quote') by its
-- part and character range ('body:120:168'). `change` is the user's change and `original`
-- what extraction had found, both JSON (model.rs, QuoteChange and Quote), so undoing needs no
-- extraction. Issue 18's article fields follow the same pattern (target 'field', locator the
-- field's name).
CREATE TABLE corrections (
    content_hash TEXT NOT NULL,
    target       TEXT NOT NULL,
    locator      TEXT NOT NULL,
    change       TEXT NOT NULL,
    original     TEXT NOT NULL,
    made_at      TEXT NOT NULL,
    PRIMARY KEY (content_hash, target, locator)
) STRICT, WITHOUT ROWID;

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

-- Full-text search uses two contentless FTS5 tables (the text itself is kept once, above).
-- The writer adds each new article to both (src/archive/write.rs); the trigger below removes
-- deleted ones. Articles are never updated in place (a changed file is a new article).
-- An insert trigger would index row by row, and FTS5 writes out its pending
-- terms at every statement savepoint, so each article became its own index segment.
-- remove_diacritics 2 folds `Spółka` to `spolka`. Runs of Chinese, Japanese and Korean
-- characters are indexed as overlapping pairs (`中华人民` as `中华 华人 人民 民`, see
-- src/query/text.rs), which the tables being contentless allows: only the indexed text differs.
--
-- `articles_fts` has word positions for phrases, column filters and bm25 ranking, but no
-- prefix indexes: they tripled its size.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, lead, body, authors, sources, category, quotes, speakers,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
-- `articles_prefix` answers what a user is still typing: queries with a one- to
-- three-letter prefix (`u`, `uk`, `oil pr`), which without a prefix index expand to thousands
-- of words (250 ms at 100,000 articles). It records only which articles hold which words and
-- prefixes (detail=none), a seventh of the size of prefix indexes with positions (measured).
-- Same columns minus the quotes, which are part of the lead and body already.
CREATE VIRTUAL TABLE articles_prefix USING fts5(
    title, lead, body, authors, sources, category, speakers,
    content = '',
    contentless_delete = 1,
    detail = none,
    prefix = '1 2 3',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Import speed: FTS5 writes a new index segment whenever its in-memory table of pending
-- terms passes `hashsize` (1 MB by default, a few dozen articles), and merges segments 4 at a
-- time. A 64 MB table flushes once per import batch and merging 8 at a time does less work
-- (measured in session 2: the index's share of an import fell from ~4.0 to ~2.5 CPU seconds
-- per 20,000 articles). The memory is only used while writing.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 67108864);
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);
INSERT INTO articles_prefix(articles_prefix, rank) VALUES ('hashsize', 67108864);
INSERT INTO articles_prefix(articles_prefix, rank) VALUES ('automerge', 8);

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.id;
    DELETE FROM articles_prefix WHERE rowid = old.id;
END;

-- Sync with a team archive on PostgreSQL (version 8; src/archive/sync.rs, src/team/).
-- `sync_state` holds the one team this archive syncs with: its id (set on the server by
-- `chronicle team init`), the address without any password, and how far each pull got.
CREATE TABLE sync_state (
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

-- The user's tags (version 9). `key` is the name folded (src/query/tags.rs), so `Climate`
-- and `climate` are one tag. Each tag of an article is also indexed, as one word of its own,
-- in the category column of both full-text tables: `tag:name` is a term like any other.
CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key  TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) STRICT, WITHOUT ROWID;

-- Serves the tag list's counts and renaming a tag.
CREATE INDEX article_tags_by_tag ON article_tags(tag_id);

-- Saved searches (version 9): a query and its period under a name; only the query is kept,
-- so running one again finds what the archive holds now (a live collection).
CREATE TABLE saved_searches (
    name     TEXT PRIMARY KEY,
    query    TEXT NOT NULL,
    from_day TEXT,
    to_day   TEXT,
    saved_at TEXT NOT NULL
) STRICT;

-- The user's note on an article (version 9): plain text. Its words are indexed behind a
-- marker in the category column (src/query/tags.rs), which `note:` searches.
CREATE TABLE notes (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- Passages the user highlighted (version 9), by character range of the lead or body like
-- quotes (the text is the article's own), with an optional comment, which `note:` searches.
CREATE TABLE highlights (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    part       TEXT NOT NULL CHECK (part IN ('lead', 'body')),
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    comment    TEXT,
    made_at    TEXT NOT NULL,
    PRIMARY KEY (article_id, part, start_char, end_char)
) STRICT, WITHOUT ROWID;

-- Tags, notes and highlights travel to the team archive too (version 10;
-- src/archive/sync_research.rs): a change queues the article's tag, note or highlight, whose
-- record is built from the archive when pushed (one no longer there travels as its removal).
CREATE TRIGGER article_tags_outbox_insert AFTER INSERT ON article_tags BEGIN
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

-- Relevance for the commonest words (version 11; src/archive/heads.rs). A word in most
-- articles (`the`, `said`) has every article as a match, and ranking them all reads every
-- one's word positions. For each word in `rank_words`, `rank_heads` keeps the articles that
-- score best for that word alone: bm25's factor computed with the mean article length of
-- the time (`avgdl`), with what it was computed from (weighted frequency, length in tokens)
-- so the current score can be computed exactly. Every other article holding the word scores
-- at most `floor` by the same measure. Kept by the writer (write.rs, reindex.rs) and the
-- trigger below; `rank_choice` holds the largest article id when the words were last chosen
-- and `covered`: articles with a larger id are not in the lists yet (they are scored from the
-- index at query time, and added in bulk every few thousand).
CREATE TABLE rank_words (
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
END;
