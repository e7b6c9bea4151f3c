//! `a OR b OR …` of listed words, from their lists: bm25 adds one term per word, each its
//! IDF times the word's factor, so the lists are read together (the threshold algorithm):
//! the best unread entry of any list is taken next, and each article met is scored
//! exactly (its frequencies and length read from the index). An article met in none of the
//! lists scores at most the sum of each word's IDF times the `bound` of its next listed
//! score (or its floor once read), so reading stops when that sum is below the page's last
//! exact score.

use super::{WEIGHTS, bound, phrase};
use crate::archive::error::{Result, SqlContext as _};
use crate::archive::rank::{idf_of, impact::decode, term_score};
use crate::query::{Node, Query};
use rusqlite::{Connection, OptionalExtension as _, params};
use std::collections::HashSet;

/// The words of a query that is only `a OR b OR …` of different plain words (as
/// `single_word` takes them), in the query's order (FTS5's phrase order); else `None`.
pub(super) fn any_words(query: &Query) -> Option<Vec<String>> {
    let Some(Node::Any(options)) = &query.root else {
        return None;
    };
    let mut words = Vec::with_capacity(options.len());
    for option in options {
        let word = super::single_word(&Query {
            root: Some(option.clone()),
        })?;
        if words.contains(&word) {
            return None;
        }
        words.push(word);
    }
    (words.len() >= 2).then_some(words)
}

/// One word's list, best first, with what bounds it.
struct List {
    /// (score with `avgdl`, article), best first.
    rows: Vec<(f64, i64)>,
    at: usize,
    avgdl: f64,
    floor: f64,
    idf: f64,
}

impl List {
    /// The most an article not yet met through this list adds to a score now.
    fn reach(&self, now: f64) -> f64 {
        let next = self.rows.get(self.at).map_or(self.floor, |r| r.0);
        self.idf * bound(next.max(self.floor), self.avgdl, now)
    }
}

/// The page `offset..offset + limit` of `words` joined by OR, by bm25, ties newest first;
/// `None` when a word has no list or the lists cannot answer this page exactly.
pub(super) fn top(
    conn: &Connection,
    words: &[String],
    limit: usize,
    offset: usize,
) -> Result<Option<Vec<i64>>> {
    let need = offset.saturating_add(limit);
    let expr = words
        .iter()
        .map(|w| phrase(w))
        .collect::<Vec<_>>()
        .join(" OR ");
    let sql = format!(
        "SELECT chronicle_impact(articles_fts, {WEIGHTS}) FROM articles_fts WHERE articles_fts MATCH ?1 LIMIT 1"
    );
    let first: Option<Vec<u8>> = conn
        .prepare_cached(&sql)
        .and_then(|mut s| s.query_row([&expr], |r| r.get(0)).optional())
        .context("reading the index's mean length")?;
    let Some(&[now, _, n_row, ..]) = first.map(|b| decode(&b)).as_deref() else {
        return Ok(None);
    };
    let mut lists = Vec::with_capacity(words.len());
    for word in words {
        let Some(list) = read_list(conn, word, n_row as i64)? else {
            return Ok(None);
        };
        lists.push(list);
    }
    let score_sql = format!(
        "SELECT chronicle_impact(articles_fts, {WEIGHTS}) FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid = ?2"
    );
    let mut exact = conn
        .prepare_cached(&score_sql)
        .context("scoring an article")?;
    let mut met = HashSet::new();
    let most = need.saturating_mul(8).saturating_add(100);
    let mut best: Vec<(f64, i64)> = Vec::with_capacity(need + 1);
    loop {
        let reach: f64 = lists.iter().map(|l| l.reach(now)).sum();
        if best.len() >= need && best.last().is_some_and(|b| reach < b.0) {
            break;
        }
        // The list whose next entry could add the most, among those not read to the end.
        let Some(list) = lists
            .iter_mut()
            .filter(|l| l.at < l.rows.len())
            .max_by(|a, b| a.reach(now).total_cmp(&b.reach(now)))
        else {
            return Ok(None);
        };
        let id = list.rows[list.at].1;
        list.at += 1;
        if !met.insert(id) {
            continue;
        }
        if met.len() > most {
            // Scores near their ceiling in every list (a word common everywhere) leave the
            // bound above the page for long: ranking every match is then cheaper.
            return Ok(None);
        }
        let blob: Option<Vec<u8>> = exact
            .query_row(params![expr, id], |r| r.get(0))
            .optional()
            .context("scoring an article")?;
        let Some(values) = blob.map(|b| decode(&b)) else {
            continue;
        };
        let length = values.get(1).copied().unwrap_or(0.0);
        // bm25's sum, phrase by phrase in the query's order (a phrase absent adds 0).
        let mut score = 0.0;
        for (l, &f) in lists.iter().zip(values.iter().skip(3)) {
            if f != 0.0 {
                score += l.idf * term_score(f, length, now);
            }
        }
        let at = best.partition_point(|&(s, a)| s > score || (s == score && a > id));
        best.insert(at, (score, id));
        best.truncate(need);
    }
    Ok(Some(
        best.iter().skip(offset).take(limit).map(|b| b.1).collect(),
    ))
}

/// `word`'s list and its IDF in a table of `n_row` rows (its articles counted on the prefix
/// table, which finds the same ones); `None` without a list.
fn read_list(conn: &Connection, word: &str, n_row: i64) -> Result<Option<List>> {
    let listed: Option<(f64, f64)> = conn
        .prepare_cached("SELECT avgdl, floor FROM rank_words WHERE term = ?1")
        .and_then(|mut s| {
            s.query_row([word], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()
        })
        .context("reading a word's list")?;
    let Some((avgdl, floor)) = listed else {
        return Ok(None);
    };
    let rows: Vec<(f64, i64)> = conn
        .prepare_cached(
            "SELECT score, article FROM rank_heads WHERE term = ?1 ORDER BY score DESC, article DESC",
        )
        .and_then(|mut s| {
            s.query_map([word], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect()
        })
        .context("reading a word's list")?;
    let n_hit: i64 = conn
        .prepare_cached("SELECT count(*) FROM articles_prefix WHERE articles_prefix MATCH ?1")
        .and_then(|mut s| s.query_row([phrase(word)], |r| r.get(0)))
        .context("counting a word's articles")?;
    Ok(Some(List {
        rows,
        at: 0,
        avgdl,
        floor,
        idf: idf_of(n_row, n_hit),
    }))
}
