//! The filter as the window sends it on every keystroke: the first page of results with
//! snippets, and the exact number of matches.
//!
//! What keeps a keystroke within a frame or two at 100,000 articles (measured with
//! `chronicle bench`, figures in docs/performance.md):
//! - relevance ranks every match by bm25 with field weights, but scores exactly only the
//!   matches that can still reach the page (`chronicle_top`, rank/top.rs): FTS5's own bm25
//!   took 130 ms for a common word, mostly reading every match's length. The same pass
//!   counts the matches, and it runs in two halves of the archive on two connections at once
//!   (halves.rs); a common word's page comes from its impact list (heads.rs) and its count
//!   from the index's vocabulary;
//! - in other orders the count runs on a second, read-only connection while this one finds
//!   the page, so a keystroke waits for the slower of the two rather than both;
//! - a date range is checked with `chronicle_day(rowid)`, the publication days held in memory
//!   (days.rs), so no article row is read for it;
//! - queries of plain words are counted and listed on `articles_prefix`, whose lists of
//!   articles carry no word positions, and a one- to three-letter prefix is ranked there too
//!   (see `FtsMatch`): only ranking needs `articles_fts`.

use super::error::{Result, SqlContext as _, damaged_body};
use super::fts_query::{FtsTable, compile};
use super::order::{QUOTE_COUNT, order_by};
use super::read::{day_range, hit_from_row};
use super::{Archive, Filter, Hit, SearchPage, Sort};
use crate::query::{Highlighter, Node, Query, Term};
use chrono::NaiveDate;
use matching::Matching;
use rusqlite::{Connection, OptionalExtension as _, params};

/// The WHERE clause of a list without a query (`?2`/`?3` the bounds on `published`): a
/// plain range the published index can seek to. The `?2 IS NULL OR` form of FILTER_WHERE made
/// SQLite walk the index from the newest article (120 ms for a month at 1M articles).
fn listed_range(from: &Option<String>, to: &Option<String>) -> &'static str {
    match (from.is_some(), to.is_some()) {
        (false, false) => " WHERE ?1 IS NULL",
        _ => {
            " WHERE ?1 IS NULL AND a.published >= coalesce(?2, '') AND a.published < coalesce(?3, '\u{FFFF}')"
        }
    }
}

impl Archive {
    /// The `limit` results from `offset` on, with the total count (exact).
    pub fn search(
        &self,
        filter: &Filter,
        sort: Sort,
        limit: usize,
        offset: usize,
    ) -> Result<SearchPage> {
        let (from, to) = day_range(filter);
        let query = self.resolve(&filter.query)?;
        let highlight = Highlighter::new(&query);
        let Some(fts) = super::read::compile_query(&query, &filter.query)? else {
            let total = self.count_listed(&from, &to)?;
            let mut hits = self.listed_hits(&from, &to, sort, limit, offset)?;
            super::tags::fill_hits(&self.conn, &mut hits)?;
            return Ok(SearchPage {
                hits,
                total,
                highlight,
            });
        };
        let days = self.filter_days(filter)?;
        // Ranking needs the table with positions; finding the set (the count, lists in date
        // order) is faster on the prefix table whenever it can answer (see FtsMatch).
        let m = Matching {
            expr: &fts.expr,
            table: fts.set_table(),
            days,
        };
        let ranked = Matching {
            table: fts.rank_table(),
            ..m
        };
        let (total, ids) = if sort == Sort::Relevance {
            self.relevance_page(&query, ranked, limit, offset)?
        } else {
            self.dated_page(m, sort, limit, offset)?
        };
        let mut hits = self.hits_with_snippets(&ids, &highlight)?;
        super::tags::fill_hits(&self.conn, &mut hits)?;
        Ok(SearchPage {
            hits,
            total,
            highlight,
        })
    }

    /// The page in an order other than relevance, and the number of matches, counted on the
    /// second connection while this one finds the page.
    fn dated_page(
        &self,
        m: Matching<'_>,
        sort: Sort,
        limit: usize,
        offset: usize,
    ) -> Result<(usize, Vec<i64>)> {
        let mut counter = self.counter.lock().ok();
        let (total, ids) = match counter.as_mut().and_then(|c| self.counter_connection(c)) {
            Some(conn) => std::thread::scope(|s| {
                let count = s.spawn(move || m.count(conn));
                let ids = m.dated_ids(&self.conn, sort, limit, offset);
                // Should the counting thread panic, count here rather than report 0.
                let total = count.join().unwrap_or_else(|_| m.count(&self.conn));
                (total, ids)
            }),
            None => (
                m.count(&self.conn),
                m.dated_ids(&self.conn, sort, limit, offset),
            ),
        };
        Ok((total?, ids?))
    }

    /// The first `limit` of every match ranked by bm25 with the field weights on the table
    /// with positions, ties newest first: the reference `chronicle bench` compares the first
    /// page with.
    pub fn ranked_exhaustively(&self, filter: &Filter, limit: usize) -> Result<Vec<i64>> {
        let Some(fts) = compile(&self.resolve(&filter.query)?) else {
            return Ok(Vec::new());
        };
        let days = self.filter_days(filter)?;
        let m = Matching {
            expr: &fts.expr,
            table: FtsTable::Words,
            days,
        };
        m.ranked_all_ids(&self.conn, limit, 0)
    }

    /// The filter's days as day numbers for `chronicle_day`, with the days in memory brought
    /// up to date; `None` without a range.
    fn filter_days(&self, filter: &Filter) -> Result<Option<(i32, i32)>> {
        if filter.from.is_none() && filter.to.is_none() {
            return Ok(None);
        }
        self.refresh_days()?;
        let day = |d: Option<NaiveDate>, open: i32| d.map_or(open, super::days::day_number);
        Ok(Some((day(filter.from, i32::MIN), day(filter.to, i32::MAX))))
    }

    /// Parses `text` and settles each open-ended word (`Term::open_ended`): matched whole
    /// when some article holds it whole, else as the start of longer words. So `ukr` finds
    /// Ukraine while `war` does not find Warsaw, and a trailing space changes nothing.
    pub fn resolve(&self, text: &str) -> Result<Query> {
        let mut query = crate::query::parse(text)?;
        let mut failed = None;
        query.for_each_term_mut(&mut |term| {
            if term.open_ended() && failed.is_none() {
                match self.holds_whole(term) {
                    Ok(held) => term.prefix = !held,
                    Err(e) => failed = Some(e),
                }
            }
        });
        match failed {
            Some(e) => Err(e),
            None => Ok(query),
        }
    }

    /// Whether some article holds `term` as typed, as whole words: one row of the index
    /// is enough to know.
    fn holds_whole(&self, term: &Term) -> Result<bool> {
        let whole = Query {
            root: Some(Node::Term(Term {
                prefix: false,
                ..term.clone()
            })),
        };
        let Some(fts) = compile(&whole) else {
            return Ok(false);
        };
        let t = fts.set_table().name();
        let sql = format!("SELECT 1 FROM {t} WHERE {t} MATCH ?1 LIMIT 1");
        self.conn
            .prepare_cached(&sql)
            .and_then(|mut s| s.exists([&fts.expr]))
            .context("looking a word up")
    }

    /// The second connection, opened on first use; `None` for an in-memory archive or when
    /// it cannot be opened (the count then runs after the page, on this connection).
    fn counter_connection<'a>(
        &self,
        slot: &'a mut Option<Connection>,
    ) -> Option<&'a mut Connection> {
        if slot.is_none() {
            let conn = self.reader_connection()?;
            conn.busy_timeout(std::time::Duration::from_secs(10)).ok()?;
            // It ranks half of every broad query: the same page cache as the first.
            conn.execute_batch("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000;")
                .ok()?;
            super::days::register(&conn, &self.days).ok()?;
            super::rank::register(&conn).ok()?;
            *slot = Some(conn);
        }
        slot.as_mut()
    }

    fn count_listed(&self, from: &Option<String>, to: &Option<String>) -> Result<usize> {
        let counted = if from.is_none() && to.is_none() {
            self.conn
                .prepare_cached("SELECT count(*) FROM articles")
                .and_then(|mut s| s.query_row([], |r| r.get(0)))
        } else {
            let sql = format!("SELECT count(*) FROM articles a{}", listed_range(from, to));
            self.conn.prepare_cached(&sql).and_then(|mut s| {
                s.query_row(params![Option::<String>::None, from, to], |r| r.get(0))
            })
        };
        let n: i64 = counted.context("counting results")?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// The page's rows, with snippets cut here: FTS5's snippet() would be computed for every
    /// ranked row, doubling the time (measured).
    fn hits_with_snippets(&self, ids: &[i64], highlight: &Highlighter) -> Result<Vec<Hit>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT a.id, a.title, a.published, a.authors_text, a.sources_text, a.lead, a.imported_at, {QUOTE_COUNT}, a.body_zlib FROM articles a WHERE a.id = ?1"))
            .context("preparing result rows")?;
        let mut hits = Vec::with_capacity(ids.len());
        for &id in ids {
            let row = stmt
                .query_row([id], |r| {
                    Ok((
                        hit_from_row(r)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, Vec<u8>>(8)?,
                    ))
                })
                .optional()
                .context("reading a result")?;
            if let Some((mut hit, lead, body)) = row {
                let body = super::compress::inflate(&body).map_err(|e| damaged_body(id, e))?;
                hit.snippet = super::snippet::snippet(&lead, &body, highlight);
                hits.push(hit);
            }
        }
        Ok(hits)
    }

    fn listed_hits(
        &self,
        from: &Option<String>,
        to: &Option<String>,
        sort: Sort,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<Hit>> {
        let sql = format!(
            "SELECT a.id, a.title, a.published, a.authors_text, a.sources_text,
                    substr(CASE WHEN a.lead <> '' THEN a.lead ELSE chronicle_inflate(a.body_zlib) END, 1, 220),
                    a.imported_at, {QUOTE_COUNT}
             FROM articles a{range} ORDER BY {order} LIMIT ?4 OFFSET ?5",
            range = listed_range(from, to),
            order = order_by(sort),
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .context("preparing the article list")?;
        let rows = stmt
            .query_map(
                params![
                    Option::<String>::None,
                    from,
                    to,
                    limit as i64,
                    offset as i64
                ],
                hit_from_row,
            )
            .context("listing articles")?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .context("reading the article list")
    }
}

mod halves;
mod matching;
#[cfg(test)]
mod tests;
