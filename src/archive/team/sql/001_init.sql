-- The team archive on PostgreSQL, version 1 (src/team/schema.rs runs the files of this folder
-- in order; `chronicle_meta.schema_version` records the last one applied).
--
-- Every change a desktop pushes takes the next number of `change_seq`; a desktop pulls what
-- has a number above the last it saw. Pushes hold one advisory lock for their transaction, so
-- numbers are committed in order and a pull never skips a row still being written.

CREATE TABLE chronicle_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE SEQUENCE change_seq;

-- One row per article, by content hash (the same file imported on two laptops is one
-- article). `doc` is the article as Chronicle's export writes it, without corrections (they
-- travel as records). Deleted articles leave the table; their tombstone stays in `records`.
CREATE TABLE articles (
    content_hash text PRIMARY KEY,
    seq          bigint NOT NULL,
    title        text NOT NULL,
    published    text,
    file_name    text NOT NULL DEFAULT '',
    doc          jsonb NOT NULL,
    pushed_by    text NOT NULL DEFAULT current_user,
    pushed_at    timestamptz NOT NULL DEFAULT now(),
    -- Full-text search on the shared articles. 'simple': the archive holds many languages,
    -- and one language's stemmer would mangle the others.
    search       tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('simple'::regconfig, coalesce(doc->>'title', '')), 'A') ||
                     setweight(to_tsvector('simple'::regconfig, coalesce(doc->>'lead', '')), 'B') ||
                     to_tsvector('simple'::regconfig, left(coalesce(doc->>'body', ''), 500000))
                 ) STORED
);
CREATE INDEX articles_by_seq ON articles (seq);
CREATE INDEX articles_by_published ON articles (published);
CREATE INDEX articles_search ON articles USING gin (search);

-- Everything else about an article that a desktop changes, one row per (kind, article, key),
-- the latest `made_at` winning: 'correction' (key: target/locator, as the local
-- `corrections` table), 'tombstone' (key ''). Later kinds (tags, notes, field edits) are new
-- values of `kind`, with no change here.
CREATE TABLE records (
    kind         text NOT NULL,
    content_hash text NOT NULL,
    key          text NOT NULL,
    body         jsonb NOT NULL,
    made_at      text NOT NULL,
    made_by      text NOT NULL DEFAULT current_user,
    seq          bigint NOT NULL,
    PRIMARY KEY (kind, content_hash, key)
);
CREATE INDEX records_by_seq ON records (seq);

-- What a newer record replaced, with who and when: a conflicting edit's loser stays visible.
CREATE TABLE records_history (
    kind         text NOT NULL,
    content_hash text NOT NULL,
    key          text NOT NULL,
    body         jsonb NOT NULL,
    made_at      text NOT NULL,
    made_by      text NOT NULL,
    replaced_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX records_history_by_article ON records_history (content_hash);

CREATE FUNCTION records_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO records_history (kind, content_hash, key, body, made_at, made_by)
    VALUES (OLD.kind, OLD.content_hash, OLD.key, OLD.body, OLD.made_at, OLD.made_by);
    RETURN NEW;
END $$;
CREATE TRIGGER records_history BEFORE UPDATE ON records
    FOR EACH ROW EXECUTE FUNCTION records_keep_history();
