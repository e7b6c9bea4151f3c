//! A page by relevance and the number of matches, from one pass over the matches split in
//! two halves of the archive (by article id) ranked at once on the two connections.
//!
//! `chronicle_top` (rank/top.rs) scores the rows that can still reach the page and counts
//! every row it sees, so the count no longer needs a pass of its own. Each half keeps its
//! own `offset + limit` best; the whole's best are among them, so merging the two lists by
//! score (ties newest first) gives exactly the page bm25's full ranking gives. A broad query
//! at 1,000,000 articles spent 130–190 ms ranking on one core while the other counted.
//!
//! The halves are two statements on two connections: should another process commit between
//! their starts, they read different snapshots (as the count did before), and the page
//! settles with the next keystroke.

use super::super::error::{Result, SqlContext as _};
use super::super::fts_query::FtsTable;
use super::super::heads;
use super::super::rank::top::collect;
use super::{Archive, Matching};
use crate::query::Query;
use rusqlite::{Connection, OptionalExtension as _, params};
use std::cmp::Ordering;

/// The best rows of a pass, `(score, rowid)`, best first, and how many rows it saw.
type Ranked = (usize, Vec<(f64, i64)>);

impl Archive {
    /// The ids from `offset` to `offset + limit` by relevance, and the number of matches.
    pub(super) fn relevance_page(
        &self,
        query: &Query,
        ranked: Matching<'_>,
        limit: usize,
        offset: usize,
    ) -> Result<(usize, Vec<i64>)> {
        // One common word: its impact list, when it can answer this page exactly, and its
        // count from the index's vocabulary.
        if ranked.days.is_none() && ranked.table == FtsTable::Words {
            if let Some(word) = heads::single_word(query) {
                if let Some(ids) = heads::top(&self.conn, &word, limit, offset)? {
                    return Ok((heads::count(&self.conn, &word)?, ids));
                }
            }
        }
        let need = offset.saturating_add(limit).max(1);
        let mut counter = self.counter.lock().ok();
        let second = counter.as_mut().and_then(|c| self.counter_connection(c));
        let (total, best) = match (second, self.middle_id()?) {
            (Some(conn), Some(mid)) => std::thread::scope(|s| {
                let upper = s.spawn(move || ranked.top(conn, mid, i64::MAX, need));
                let lower = ranked.top(&self.conn, i64::MIN, mid - 1, need);
                // Should the other thread panic, rank its half here.
                let upper = upper
                    .join()
                    .unwrap_or_else(|_| ranked.top(&self.conn, mid, i64::MAX, need));
                Ok::<_, super::super::ArchiveError>(merge(lower?, upper?, need))
            })?,
            _ => ranked.top(&self.conn, i64::MIN, i64::MAX, need)?,
        };
        let ids = best.iter().skip(offset).take(limit).map(|b| b.1).collect();
        Ok((total, ids))
    }

    /// The id that splits the archive's range of ids in two; `None` when there is nothing to
    /// split.
    fn middle_id(&self) -> Result<Option<i64>> {
        let range: Option<(i64, i64)> = self
            .conn
            // Two subqueries: `min(id), max(id)` in one SELECT scans the table.
            .prepare_cached("SELECT (SELECT min(id) FROM articles), (SELECT max(id) FROM articles)")
            .and_then(|mut s| {
                s.query_row([], |r| {
                    Ok(r.get::<_, Option<i64>>(0)?.zip(r.get::<_, Option<i64>>(1)?))
                })
            })
            .optional()
            .context("reading the range of article ids")?
            .flatten();
        Ok(range
            .filter(|(lo, hi)| lo < hi)
            .map(|(lo, hi)| lo + (hi - lo) / 2 + 1))
    }
}

impl Matching<'_> {
    /// The `need` best matches with ids from `lo` to `hi`, and how many matches there are
    /// in that range.
    fn top(self, conn: &Connection, lo: i64, hi: i64, need: usize) -> Result<Ranked> {
        let (t, _, cond) = self.sql(false);
        // In the WHERE clause, last: FTS5 refuses an auxiliary function inside an aggregate,
        // and the function must see only the rows that pass the date range (it keeps what it
        // sees; it returns 1 for every row).
        let sql = format!(
            "SELECT count(*) FROM {t} WHERE {t} MATCH ?1 AND {t}.rowid BETWEEN ?4 AND ?5{cond} AND {rank}",
            rank = self.top_rank(),
        );
        let (from, to) = self.bounds();
        let (counted, best) = collect(need, || {
            conn.prepare_cached(&sql).and_then(|mut s| {
                s.query_row(params![self.expr, from, to, lo, hi], |r| r.get::<_, i64>(0))
            })
        });
        let n = counted.context("ranking results")?;
        Ok((usize::try_from(n).unwrap_or(0), best))
    }
}

/// The `need` best of two halves' best, ties newest first, and the matches of both.
fn merge((n_low, low): Ranked, (n_high, high): Ranked, need: usize) -> Ranked {
    let mut best = low;
    best.extend(high);
    best.sort_by(|a, b| {
        b.0.partial_cmp(&a.0)
            .unwrap_or(Ordering::Equal)
            .then(b.1.cmp(&a.1))
    });
    best.truncate(need);
    (n_low + n_high, best)
}

#[cfg(test)]
mod tests;
