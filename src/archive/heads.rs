//! Relevance for the commonest words without reading every match (archive version 11).
//!
//! A word in nearly every article (`the`, `said`) has the whole archive as its matches, and
//! `chronicle_rank` (rank.rs) reads each one's word positions once: 20 ms at 100,000
//! articles, 200–300 ms at 1,000,000. For each word in `rank_words`, `rank_heads` keeps its
//! best articles by bm25's factor for that word alone (`term_score`), computed with the mean
//! article length `a` of the time, with the weighted frequency and length it came from; every
//! other article holding the word scores at most `floor` by that measure.
//!
//! The current mean `a'` differs from `a` as articles come and go; `bound` gives the most
//! an article that scored at most `s` with `a` can score with `a'`. A page is read from the
//! head of the list, scoring each article exactly (`term_score` with `a'`, bm25's own
//! operations), until the bound of the next listed score, or of the floor once the list is
//! read, is below the page's last exact score: no article further down can reach the page.
//! Otherwise (a page deeper than the list, a list shrunk by deletions) `top` says so and the
//! search ranks every match as before. Ties sort newest first, as bm25's `ORDER BY` does.
//!
//! Kept in step by the writer (upkeep.rs): `after_insert` (new and restored articles, pulled
//! ones; new ids are scored from the index at query time until a few thousand have come and
//! are added in one pass), `refresh` (an article indexed again), a trigger (a deleted article
//! leaves every list). The words are the ones in at least a tenth of the newest 1,000
//! articles, chosen when the archive reaches 10,000 articles and again whenever its largest
//! id has doubled since.

use super::error::{Result, SqlContext as _};
use super::rank::{K1, impact::decode, term_score};
use crate::query::{Node, Query};
use rusqlite::{Connection, OptionalExtension as _, params};

#[cfg(test)]
pub(super) mod tests;
mod upkeep;

use upkeep::choice;
pub(super) use upkeep::{after_insert, choose, refresh};

/// Articles a list keeps (between `HEAD` and twice as many): pages up to this deep are read
/// from it. Small in unit tests, so that lists are cut and run out there.
#[cfg(not(test))]
const HEAD: usize = 1_000;
#[cfg(test)]
const HEAD: usize = 40;
/// Below this many articles ranking every match takes a few milliseconds.
#[cfg(not(test))]
const MIN_ARTICLES: i64 = 10_000;
#[cfg(test)]
const MIN_ARTICLES: i64 = 200;
/// New articles left out of the lists (scored from the index at query time) before they
/// are added in one pass: listing each batch as it came read every list's index once per
/// batch, and made an import of 100,000 crawl.
#[cfg(not(test))]
const CATCH_UP: i64 = 2_000;
#[cfg(test)]
const CATCH_UP: i64 = 150;
/// Newest articles whose words are counted to choose the lists.
const SAMPLE: i64 = 1_000;
/// A word in at least this share of the sample gets a list.
const COMMON: f64 = 0.10;
/// The field weights of `articles_fts`, as search.rs ranks with them.
const WEIGHTS: &str = "10.0, 4.0, 1.0, 5.0, 3.0, 3.0, 2.0, 5.0";
/// Room for rounding in the bound (relative): scores are bm25's to the bit, the bound's
/// product is not.
const SLACK: f64 = 1e-9;

/// The word a query ranks on when it is one plain word the lists can hold (ASCII letters
/// and digits, as the index folds them: lower case), else `None`.
pub(super) fn single_word(query: &Query) -> Option<String> {
    let Some(Node::Term(t)) = &query.root else {
        return None;
    };
    let [token] = t.tokens.as_slice() else {
        return None;
    };
    (t.field.is_none()
        && !t.prefix
        && !token.is_empty()
        && token.bytes().all(|b| b.is_ascii_alphanumeric()))
    .then(|| token.to_ascii_lowercase())
}

/// The ids of the articles from `offset` to `offset + limit` ranked by bm25 for `word`
/// alone, best first, ties newest first; `None` when `word` has no list or the list cannot
/// answer this page exactly.
pub(super) fn top(
    conn: &Connection,
    word: &str,
    limit: usize,
    offset: usize,
) -> Result<Option<Vec<i64>>> {
    let need = offset.saturating_add(limit);
    if need == 0 || need > HEAD {
        return Ok(None);
    }
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
    let Some(now) = current_avgdl(conn, word)? else {
        return Ok(None);
    };
    let mut stmt = conn
        .prepare_cached(
            "SELECT score, article, freq, length FROM rank_heads WHERE term = ?1 ORDER BY score DESC",
        )
        .context("reading a word's list")?;
    // (score now, article), best first; first the articles newer than the lists' coverage,
    // scored from the index (at most a few thousand).
    let mut best: Vec<(f64, i64)> = Vec::with_capacity(need + 1);
    let covered = choice(conn)?.map_or(i64::MAX, |c| c.1);
    let sql = format!(
        "SELECT rowid, chronicle_impact(articles_fts, {WEIGHTS}) FROM articles_fts
         WHERE articles_fts MATCH ?1 AND rowid > ?2"
    );
    let newer: Vec<(i64, Vec<u8>)> = conn
        .prepare_cached(&sql)
        .and_then(|mut s| {
            s.query_map(params![phrase(word), covered], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect()
        })
        .context("scoring the newest articles")?;
    for (article, blob) in newer {
        if let [_, length, freq, ..] = decode(&blob).as_slice() {
            keep(&mut best, need, term_score(*freq, *length, now), article);
        }
    }
    let mut threshold = page_threshold(&best, need);
    let mut rows = stmt.query([word]).context("reading a word's list")?;
    let mut reach = floor;
    while let Some(row) = rows.next().context("reading a word's list")? {
        let listed: f64 = row.get(0).context("reading a word's list")?;
        if best.len() >= need && bound(listed, avgdl, now) < threshold {
            reach = listed;
            break;
        }
        let (article, freq, length): (i64, f64, i64) = (
            row.get(1).context("reading a word's list")?,
            row.get(2).context("reading a word's list")?,
            row.get(3).context("reading a word's list")?,
        );
        if article > covered {
            // Scored above already: a writer that listed it since read another snapshot.
            continue;
        }
        keep(
            &mut best,
            need,
            term_score(freq, length as f64, now),
            article,
        );
        threshold = page_threshold(&best, need);
    }
    // Every article not read scored at most `reach` (listed) or `floor` (not listed) with
    // `avgdl`; `reach` is at least `floor`.
    if best.len() < need || bound(reach.max(floor), avgdl, now) >= threshold {
        return Ok(None);
    }
    Ok(Some(
        best.iter().skip(offset).take(limit).map(|b| b.1).collect(),
    ))
}

/// The number of articles holding `word` (lower case, as `single_word` gives it): its entry
/// in the vocabulary of `articles_prefix` (`temp.prefix_words`, made by `register`), which
/// FTS5 counts from the word's list of articles without a row per article through SQL. The
/// same number as `count(*)` of a match of the word (tests), at a fraction of its cost.
pub(super) fn count(conn: &Connection, word: &str) -> Result<usize> {
    let n: Option<i64> = conn
        .prepare_cached("SELECT doc FROM temp.prefix_words WHERE term = ?1")
        .and_then(|mut s| s.query_row([word], |r| r.get(0)).optional())
        .context("counting a word's articles")?;
    Ok(n.map_or(0, |n| usize::try_from(n).unwrap_or(0)))
}

/// Makes `temp.prefix_words`, the vocabulary `count` reads, on `conn` (once per connection).
pub(super) fn register(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.prefix_words USING fts5vocab(main, articles_prefix, row)",
    )
    .context("making the vocabulary table")
}

/// Puts (`score`, `article`) in its place among the `need` best, ties newest first.
fn keep(best: &mut Vec<(f64, i64)>, need: usize, score: f64, article: i64) {
    let at = best.partition_point(|&(s, id)| s > score || (s == score && id > article));
    best.insert(at, (score, article));
    best.truncate(need);
}

/// The score an article must beat to reach the page; infinite while the page is not full.
fn page_threshold(best: &[(f64, i64)], need: usize) -> f64 {
    match best.last() {
        Some(last) if best.len() >= need => last.0,
        _ => f64::INFINITY,
    }
}

/// The most an article whose `term_score` with mean length `then` was at most `s` can score
/// with mean length `now`. With `r = then / now`, `c = k1(1 - b)` and `e = k1·b·D`, the score
/// is `f(k1 + 1) / (f + c + e/a)`. When `r ≥ 1` the denominator only grows: at most `s`.
/// Otherwise, for a given `f` the score with `now` is largest for the smallest `e` allowed,
/// `e = then·(f(k1 + 1 - s)/s - c)` (or 0, where the score is the same at both means, ≤ s);
/// substituting, it is `f(k1 + 1) / (f(1 + r(k1 + 1 - s)/s) + c(1 - r))`, which grows with
/// `f` towards `(k1 + 1)s / (s + r(k1 + 1 - s))`: the bound. It is tight for long articles
/// full of the word, and a few thousandths above `s` for a 2 % change of the mean, where the
/// factor `max(1, now/then)` would add 2 %.
fn bound(s: f64, then: f64, now: f64) -> f64 {
    let top = K1 + 1.0;
    let r = then / now;
    let b = if r >= 1.0 || s >= top {
        s
    } else {
        top * s / (s + r * (top - s))
    };
    b * (1.0 + SLACK)
}

/// The mean article length in tokens bm25 uses now (`None` when no article holds `word`).
fn current_avgdl(conn: &Connection, word: &str) -> Result<Option<f64>> {
    let sql = format!(
        "SELECT chronicle_impact(articles_fts, {WEIGHTS}) FROM articles_fts WHERE articles_fts MATCH ?1 LIMIT 1"
    );
    let blob: Option<Vec<u8>> = conn
        .prepare_cached(&sql)
        .and_then(|mut s| s.query_row([phrase(word)], |r| r.get(0)).optional())
        .context("reading the index's mean length")?;
    Ok(blob.and_then(|b| decode(&b).first().copied()))
}

fn phrase(word: &str) -> String {
    format!("\"{word}\"")
}
