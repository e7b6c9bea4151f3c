//! Searching the whole team archive on the server, for a desktop whose local copy is partial
//! (`chronicle team search`, the window's Team scope): Chronicle's search language, turned
//! into PostgreSQL full-text search by filter.rs.

use super::error::{Result, ServerContext as _};
use crate::query::Filter;

/// One article found on the team archive.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TeamHit {
    pub content_hash: String,
    pub title: String,
    pub published: Option<String>,
    /// The first source or publisher, when the article names one.
    pub source: Option<String>,
}

/// The best `limit` articles matching `filter` (its query in Chronicle's search language and
/// its period), best first; newest first when it has no words.
pub fn search(client: &mut postgres::Client, filter: &Filter, limit: i64) -> Result<Vec<TeamHit>> {
    let condition = super::filter::condition(filter, 3)?;
    let rank = condition.rank.clone().unwrap_or_default();
    let sql = format!(
        "SELECT a.content_hash, a.title, a.published,
                coalesce(a.doc->'sources'->>0, a.doc->>'publisher')
         FROM articles a
         WHERE {}
         ORDER BY CASE WHEN $1 = '' THEN 0 ELSE ts_rank(a.search, to_tsquery('simple', $1)) END DESC,
                  a.published DESC NULLS LAST, a.seq
         LIMIT $2",
        condition.sql
    );
    let mut params: Vec<&(dyn postgres::types::ToSql + Sync)> = vec![&rank, &limit];
    params.extend(
        condition
            .params
            .iter()
            .map(|p| p as &(dyn postgres::types::ToSql + Sync)),
    );
    let rows = client.query(&sql, &params).context("searching")?;
    Ok(rows
        .iter()
        .map(|r| TeamHit {
            content_hash: r.get(0),
            title: r.get(1),
            published: r.get(2),
            source: r.get(3),
        })
        .collect())
}
