//! What the two full-text tables are given for an article: its words with their positions
//! (`articles_fts`) and the words alone (`articles_prefix`), written together.

use super::error::{Result, SqlContext as _};
use super::write::IndexFields;
use crate::model::Article;
use rusqlite::{Transaction, params};

/// Adds a batch's new articles to both full-text tables, after all its rows are written.
/// Any statement that can roll back alone (an insert into a table with constraints) makes
/// FTS5 write out its pending terms, so indexing between the article inserts turned every
/// article into an index segment of its own (measured: import at 27 % of the bare insert
/// instead of 62 %).
pub(super) fn index_new(tx: &Transaction<'_>, pending: &[(&Article, IndexFields)]) -> Result<()> {
    let rows: Vec<IndexText<'_>> = pending
        .iter()
        .map(|(a, f)| IndexText {
            id: f.id,
            title: &a.title,
            lead: &a.lead,
            body: &a.body,
            authors: &f.authors,
            sources: &f.sources,
            category: &f.category,
            quotes: &f.quotes,
            speakers: &f.speakers,
        })
        .collect();
    index_rows(tx, &rows)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    super::heads::after_insert(tx, &ids)
}

/// One article's searchable text, as the two full-text tables take it.
pub(super) struct IndexText<'a> {
    pub id: i64,
    pub title: &'a str,
    pub lead: &'a str,
    pub body: &'a str,
    pub authors: &'a str,
    pub sources: &'a str,
    pub category: &'a str,
    pub quotes: &'a str,
    pub speakers: &'a str,
}

/// Adds articles to both full-text tables, all to one table and then all to the other.
/// Runs of Chinese, Japanese and Korean are indexed as pairs of characters (query/text.rs).
pub(super) fn index_rows(conn: &rusqlite::Connection, rows: &[IndexText<'_>]) -> Result<()> {
    let seg = crate::query::text::index_text;
    let mut words = conn
        .prepare_cached(
            "INSERT INTO articles_fts (rowid, title, lead, body, authors, sources, category, quotes, speakers)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )
        .context("preparing the index update")?;
    for r in rows {
        words
            .execute(params![
                r.id,
                seg(r.title),
                seg(r.lead),
                seg(r.body),
                seg(r.authors),
                seg(r.sources),
                seg(r.category),
                seg(r.quotes),
                seg(r.speakers)
            ])
            .context("indexing an article")?;
    }
    // The prefix table has no quotes column: they are part of the lead and body already.
    let mut prefixes = conn
        .prepare_cached(
            "INSERT INTO articles_prefix (rowid, title, lead, body, authors, sources, category, speakers)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .context("preparing the index update")?;
    for r in rows {
        prefixes
            .execute(params![
                r.id,
                seg(r.title),
                seg(r.lead),
                seg(r.body),
                seg(r.authors),
                seg(r.sources),
                seg(r.category),
                seg(r.speakers)
            ])
            .context("indexing an article's prefixes")?;
    }
    Ok(())
}
