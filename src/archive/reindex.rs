//! The 4 → 5 migration: runs of Chinese, Japanese and Korean are indexed as pairs of
//! characters, and `ł`, `ø`, `đ` … as the Latin letters SQLite does not fold them to
//! (query/text.rs, `index_text`). Only articles with such text index differently, so only
//! they are taken out of both full-text tables and put back; the stored rows do not change.

use super::error::{Result, SqlContext as _, damaged_body};
use super::fts_write::{IndexText, index_rows};
use crate::model::MigrationProgress;
use crate::model::{TextPart, char_slice};
use crate::query::text::index_text;
use rusqlite::Connection;
use std::collections::HashSet;

/// How far a migration has got, for a progress line.
/// Re-indexes every article whose indexed text `index_text` changes; reports progress
/// every 1,000 articles.
pub(super) fn reindex_cjk(
    conn: &Connection,
    progress: &mut dyn FnMut(MigrationProgress),
) -> Result<usize> {
    let total: i64 = conn
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .context("counting articles to re-index")?;
    let total = usize::try_from(total).unwrap_or(0);
    let quoted_cjk = stored_quotes_indexed_differently(conn)?;
    let mut rows = conn
        .prepare(
            "SELECT id, title, lead, body_zlib, authors_text, sources_text, coalesce(category, ''), speakers_text
             FROM articles ORDER BY id",
        )
        .context("reading articles to re-index")?;
    let mut rows = rows.query([]).context("reading articles to re-index")?;
    let mut done = 0;
    let mut changed = 0;
    while let Some(row) = rows.next().context("reading an article to re-index")? {
        let id: i64 = row.get(0).context("reading an article id")?;
        let mut fields: [String; 7] = Default::default();
        for (i, field) in fields.iter_mut().enumerate() {
            *field = if i == 2 {
                let zlib: Vec<u8> = row.get(3).context("reading a body")?;
                super::compress::inflate(&zlib).map_err(|e| damaged_body(id, e))?
            } else {
                row.get(i + 1).context("reading an article")?
            };
        }
        done += 1;
        if done % 1_000 == 0 {
            progress(MigrationProgress {
                to_version: 5,
                done,
                total,
            });
        }
        let changes = |f: &String| matches!(index_text(f), std::borrow::Cow::Owned(_));
        if fields.iter().any(changes) || quoted_cjk.contains(&id) {
            reindex_one(conn, id, &fields)?;
            changed += 1;
        }
    }
    progress(MigrationProgress {
        to_version: 5,
        done,
        total,
    });
    Ok(changed)
}

/// Articles with a quote whose text is stored apart from the article (not a stretch of it)
/// and is indexed differently (`index_text`).
fn stored_quotes_indexed_differently(conn: &Connection) -> Result<HashSet<i64>> {
    let mut stmt = conn
        .prepare("SELECT article_id, text FROM quotes WHERE text <> ''")
        .context("reading quotes to re-index")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .context("reading quotes to re-index")?;
    let mut ids = HashSet::new();
    for row in rows {
        let (id, text) = row.context("reading a quote")?;
        if matches!(index_text(&text), std::borrow::Cow::Owned(_)) {
            ids.insert(id);
        }
    }
    Ok(ids)
}

/// Takes one article out of both full-text tables and indexes it again from its stored rows
/// and the user's tags and note (after a correction changed its quotes, speakers or fields,
/// or its tags or note changed).
pub(super) fn reindex_article(conn: &Connection, id: i64) -> Result<()> {
    let (fields, zlib): ([String; 7], Vec<u8>) = conn
        .prepare_cached(
            "SELECT title, lead, authors_text, sources_text, coalesce(category, ''), speakers_text, body_zlib
             FROM articles WHERE id = ?1",
        )
        .and_then(|mut s| {
            s.query_row([id], |r| {
                Ok((
                    [
                        r.get(0)?,
                        r.get(1)?,
                        String::new(),
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ],
                    r.get(6)?,
                ))
            })
        })
        .context("reading an article to re-index")?;
    let mut fields = fields;
    fields[2] = super::compress::inflate(&zlib).map_err(|e| damaged_body(id, e))?;
    let tags = super::tags::of_article(conn, id)?;
    let mut note = super::notes::of_article(conn, id)?.unwrap_or_default();
    note.push('\n');
    note.push_str(&super::highlights::comments(conn, id)?);
    fields[5] = super::tags::category_text(&fields[5], &tags, Some(note.as_str()));
    reindex_one(conn, id, &fields)?;
    super::heads::refresh(conn, id)
}

/// `fields`: title, lead, body, authors, sources, category, speakers (as the row stores them).
fn reindex_one(conn: &Connection, id: i64, fields: &[String; 7]) -> Result<()> {
    let quotes = quotes_text(conn, id, &fields[1], &fields[2])?;
    for table in ["articles_fts", "articles_prefix"] {
        conn.prepare_cached(&format!("DELETE FROM {table} WHERE rowid = ?1"))
            .and_then(|mut s| s.execute([id]))
            .context("taking an article out of the index")?;
    }
    let [title, lead, body, authors, sources, category, speakers] = fields.each_ref();
    let row = IndexText {
        id,
        title,
        lead,
        body,
        authors,
        sources,
        category,
        quotes: &quotes,
        speakers,
    };
    index_rows(conn, &[row])
}

/// The quotes' text as the writer indexes it (write.rs): one per line, text stored as ''
/// being the stretch of the lead or body its offsets give.
fn quotes_text(conn: &Connection, id: i64, lead: &str, body: &str) -> Result<String> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT text, start_char, end_char, part FROM quotes WHERE article_id = ?1 ORDER BY position",
        )
        .context("reading quotes")?;
    let rows = stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, String>(3)?,
            ))
        })
        .context("reading quotes")?;
    let mut lines = Vec::new();
    for row in rows {
        let (text, start, end, part) = row.context("reading a quote")?;
        if !text.is_empty() {
            lines.push(text);
            continue;
        }
        let source = match TextPart::parse(&part) {
            Some(TextPart::Lead) => lead,
            _ => body,
        };
        let (start, end) = (start.max(0) as usize, end.max(0) as usize);
        lines.push(char_slice(source, start, end).to_string());
    }
    Ok(lines.join("\n"))
}
