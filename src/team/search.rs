//! Full-text search on the team archive's shared articles (its `search` column and GIN
//! index), for desktops whose local copy is partial.

use super::error::{Result, ServerContext as _};

/// One article found on the team archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamHit {
    pub content_hash: String,
    pub title: String,
    pub published: Option<String>,
}

/// The best `limit` matches for `query` (web-search syntax: words, "phrases", -word, or).
pub fn search(client: &mut postgres::Client, query: &str, limit: i64) -> Result<Vec<TeamHit>> {
    let rows = client
        .query(
            "SELECT content_hash, title, published FROM articles
             WHERE search @@ websearch_to_tsquery('simple', $1)
             ORDER BY ts_rank(search, websearch_to_tsquery('simple', $1)) DESC, seq
             LIMIT $2",
            &[&query, &limit],
        )
        .context("searching")?;
    Ok(rows
        .iter()
        .map(|r| TeamHit {
            content_hash: r.get(0),
            title: r.get(1),
            published: r.get(2),
        })
        .collect())
}
