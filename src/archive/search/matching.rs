//! One filter as SQL over a full-text table: the MATCH expression, the table and the day
//! range, and the statements that count, rank or list its matches. Apart from search.rs,
//! which decides which of them a keystroke runs and on which connection.

use super::super::error::{Result, SqlContext as _};
use super::super::fts_query::FtsTable;
use super::super::order::order_by;
use super::Sort;
use rusqlite::{Connection, params};

/// One filter as SQL pieces: the MATCH expression, the full-text table it runs on and the
/// day range (`?2..=?3`, day numbers).
#[derive(Clone, Copy)]
pub(super) struct Matching<'a> {
    pub(super) expr: &'a str,
    pub(super) table: FtsTable,
    pub(super) days: Option<(i32, i32)>,
}

impl Matching<'_> {
    /// The table, the join and the condition for a query over the full-text table.
    pub(super) fn sql(self, joined: bool) -> (&'static str, String, String) {
        let t = self.table.name();
        let join = if joined {
            format!(" JOIN articles a ON a.id = {t}.rowid")
        } else {
            String::new()
        };
        let cond = if self.days.is_some() {
            format!(" AND chronicle_day({t}.rowid) BETWEEN ?2 AND ?3")
        } else {
            String::new()
        };
        (t, join, cond)
    }

    /// bm25 with column weights: title, lead, body, authors, sources, category, (quotes,)
    /// speakers. The prefix table has no positions, so every match counts once there.
    pub(super) fn rank(self) -> &'static str {
        match self.table {
            FtsTable::Words => "bm25(articles_fts, 10.0, 4.0, 1.0, 5.0, 3.0, 3.0, 2.0, 5.0)",
            FtsTable::Prefixes => "bm25(articles_prefix, 10.0, 4.0, 1.0, 5.0, 3.0, 3.0, 5.0)",
        }
    }

    /// `chronicle_top` (rank/top.rs): the same order as `rank` for the rows `collect` keeps.
    pub(super) fn top_rank(self) -> &'static str {
        match self.table {
            FtsTable::Words => {
                "chronicle_top(articles_fts, 10.0, 4.0, 1.0, 5.0, 3.0, 3.0, 2.0, 5.0)"
            }
            FtsTable::Prefixes => {
                "chronicle_top(articles_prefix, 10.0, 4.0, 1.0, 5.0, 3.0, 3.0, 5.0)"
            }
        }
    }

    pub(super) fn bounds(self) -> (i32, i32) {
        self.days.unwrap_or((i32::MIN, i32::MAX))
    }
}

impl Matching<'_> {
    /// The number of matches; the FTS index counts them without reading articles.
    pub(super) fn count(self, conn: &Connection) -> Result<usize> {
        let (t, join, cond) = self.sql(false);
        let sql = format!("SELECT count(*) FROM {t}{join} WHERE {t} MATCH ?1{cond}");
        let stmt = conn.prepare_cached(&sql);
        let n: i64 = if self.days.is_none() {
            stmt.and_then(|mut s| s.query_row([self.expr], |r| r.get(0)))
        } else {
            stmt.and_then(|mut s| {
                s.query_row(params![self.expr, self.bounds().0, self.bounds().1], |r| {
                    r.get(0)
                })
            })
        }
        .context("counting results")?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// Every match ranked by bm25 with the field weights, best first, ties newest first.
    /// FTS5 scores each match (about 1.2 µs each: 130 ms for a word in every article of
    /// 100,000): the reference the relevance pages (halves.rs) are checked against.
    pub(super) fn ranked_all_ids(
        self,
        conn: &Connection,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<i64>> {
        let rank = self.rank();
        let (t, join, cond) = self.sql(false);
        let sql = format!(
            "SELECT {t}.rowid FROM {t}{join} WHERE {t} MATCH ?1{cond} ORDER BY {rank}, {t}.rowid DESC LIMIT ?4 OFFSET ?5"
        );
        let mut stmt = conn.prepare_cached(&sql).context("preparing a search")?;
        let (from, to) = self.bounds();
        let rows = stmt
            .query_map(
                params![self.expr, from, to, limit as i64, offset as i64],
                |r| r.get::<_, i64>(0),
            )
            .context("searching")?;
        rows.collect::<rusqlite::Result<_>>()
            .context("reading search results")
    }

    /// In any order but relevance (order.rs).
    pub(super) fn dated_ids(
        self,
        conn: &Connection,
        sort: Sort,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<i64>> {
        let order = order_by(sort);
        let (t, join, cond) = self.sql(true);
        let sql = format!(
            "SELECT {t}.rowid FROM {t}{join} WHERE {t} MATCH ?1{cond} ORDER BY {order} LIMIT ?4 OFFSET ?5"
        );
        let mut stmt = conn.prepare_cached(&sql).context("preparing a search")?;
        let rows = stmt
            .query_map(
                params![
                    self.expr,
                    self.bounds().0,
                    self.bounds().1,
                    limit as i64,
                    offset as i64
                ],
                |r| r.get(0),
            )
            .context("searching")?;
        rows.collect::<rusqlite::Result<_>>()
            .context("reading search results")
    }
}
