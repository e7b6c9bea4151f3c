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
//! read, is below the page's last exact score: no article further down can reach the page. Otherwise (a page
//! deeper than the list, a list shrunk by deletions) `top` says so and the search ranks
//! every match as before. Ties sort newest first, as bm25's `ORDER BY` does.
//!
//! Kept in step by the writer: `after_insert` (new and restored articles, pulled ones; new
//! ids are scored from the index at query time until a few thousand have come and are added
//! in one pass), `refresh` (an article indexed again), a trigger (a deleted article leaves
//! every list). The
//! words are the ones in at least a tenth of the newest 1,000 articles, chosen when the
//! archive reaches 10,000 articles and again whenever its largest id has doubled since.

use super::error::{Result, SqlContext as _};
use super::rank::{K1, impact::decode, term_score};
use super::reindex::MigrationProgress;
use crate::query::{Node, Query};
use rusqlite::{Connection, OptionalExtension as _, params};
use std::collections::{HashMap, HashSet};

#[cfg(test)]
mod tests;

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

/// After articles were indexed (`ids`): those under the lists' coverage (restored under an
/// old id) are listed at once; new ones are left to be scored from the index by `top` until
/// `CATCH_UP` of them have come, then listed in one pass. The words are chosen again if
/// the archive has grown enough (module comment).
pub(super) fn after_insert(conn: &Connection, ids: &[i64]) -> Result<()> {
    let choice = choice(conn)?;
    let max_id: i64 = conn
        .query_row("SELECT coalesce(max(id), 0) FROM articles", [], |r| {
            r.get(0)
        })
        .context("reading the largest article id")?;
    let due = match choice {
        Some((chosen_at, covered)) => {
            let old: Vec<i64> = ids.iter().copied().filter(|&id| id <= covered).collect();
            add(conn, &old)?;
            if max_id - covered >= CATCH_UP {
                catch_up(conn, covered, max_id)?;
            }
            max_id >= chosen_at.saturating_mul(2)
        }
        None => max_id >= MIN_ARTICLES,
    };
    if due {
        choose(conn, &mut |_| {})?;
    }
    Ok(())
}

/// When the words were last chosen (the largest id then) and the largest id the lists
/// cover; `None` before the first choice.
fn choice(conn: &Connection) -> Result<Option<(i64, i64)>> {
    conn.prepare_cached("SELECT max_id, covered FROM rank_choice")
        .and_then(|mut s| s.query_row([], |r| Ok((r.get(0)?, r.get(1)?))).optional())
        .context("reading the ranked lists' coverage")
}

/// Takes an article indexed again (its text, tags or note changed) out of every list and
/// puts it back where its new text places it (if the lists cover it yet).
pub(super) fn refresh(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM rank_heads WHERE article = ?1")
        .and_then(|mut s| s.execute([id]))
        .context("taking an article out of the ranked lists")?;
    match choice(conn)? {
        Some((_, covered)) if id <= covered => add(conn, &[id]),
        _ => Ok(()),
    }
}

/// Lists each of `ids` under every listed word it holds whose floor it scores above: one
/// look-up per article, for the few written under the coverage.
fn add(conn: &Connection, ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let words = listed_words(conn)?;
    if words.is_empty() {
        return Ok(());
    }
    let expr = words
        .iter()
        .map(|(w, ..)| phrase(w))
        .collect::<Vec<_>>()
        .join(" OR ");
    let sql = format!(
        "SELECT chronicle_impact(articles_fts, {WEIGHTS}) FROM articles_fts
         WHERE articles_fts MATCH ?1 AND rowid = ?2"
    );
    let mut read = conn
        .prepare_cached(&sql)
        .context("preparing the ranked lists' update")?;
    let mut grown = HashSet::new();
    for &id in ids {
        let blob: Option<Vec<u8>> = read
            .query_row(params![expr, id], |r| r.get(0))
            .optional()
            .context("reading an article's words")?;
        let Some(values) = blob.map(|b| decode(&b)) else {
            continue;
        };
        let length = values.get(1).copied().unwrap_or(0.0);
        for ((word, avgdl, floor), &freq) in words.iter().zip(values.iter().skip(2)) {
            if list(conn, word, *avgdl, *floor, id, freq, length)? {
                grown.insert(word.as_str());
            }
        }
    }
    for word in grown {
        trim(conn, word)?;
    }
    Ok(())
}

/// Lists the articles with ids in `after + 1..=to` under each word, one range of each
/// word's index list at a time, and moves the coverage to `to`.
fn catch_up(conn: &Connection, after: i64, to: i64) -> Result<()> {
    let sql = format!(
        "SELECT rowid, chronicle_impact(articles_fts, {WEIGHTS}) FROM articles_fts
         WHERE articles_fts MATCH ?1 AND rowid > ?2 AND rowid <= ?3"
    );
    for (word, avgdl, floor) in listed_words(conn)? {
        let rows: Vec<(i64, Vec<u8>)> = conn
            .prepare_cached(&sql)
            .and_then(|mut s| {
                s.query_map(params![phrase(&word), after, to], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?
                .collect()
            })
            .context("reading new articles' words")?;
        let mut grown = false;
        for (id, blob) in rows {
            if let [_, length, freq, ..] = decode(&blob).as_slice() {
                grown |= list(conn, &word, avgdl, floor, id, *freq, *length)?;
            }
        }
        if grown {
            trim(conn, &word)?;
        }
    }
    conn.execute("UPDATE rank_choice SET covered = max(covered, ?1)", [to])
        .context("recording the ranked lists' coverage")?;
    Ok(())
}

/// Lists article `id` under `word` if it scores above the floor; whether it did.
fn list(
    conn: &Connection,
    word: &str,
    avgdl: f64,
    floor: f64,
    id: i64,
    freq: f64,
    length: f64,
) -> Result<bool> {
    if freq == 0.0 {
        return Ok(false);
    }
    let score = term_score(freq, length, avgdl);
    if score <= floor {
        return Ok(false);
    }
    conn.prepare_cached("INSERT OR REPLACE INTO rank_heads VALUES (?1, ?2, ?3, ?4, ?5)")
        .and_then(|mut s| s.execute(params![word, score, id, freq, length as i64]))
        .context("listing an article for a word")?;
    Ok(true)
}

/// The listed words with the mean length and floor of each.
fn listed_words(conn: &Connection) -> Result<Vec<(String, f64, f64)>> {
    let mut stmt = conn
        .prepare_cached("SELECT term, avgdl, floor FROM rank_words ORDER BY term")
        .context("reading the ranked words")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .context("reading the ranked words")?;
    rows.collect::<rusqlite::Result<_>>()
        .context("reading the ranked words")
}

/// Cuts a list grown past twice `HEAD` back to `HEAD`, raising its floor to the best score
/// cut (every article cut, or never listed, then scores at most the floor).
fn trim(conn: &Connection, word: &str) -> Result<()> {
    let n: i64 = conn
        .prepare_cached("SELECT count(*) FROM rank_heads WHERE term = ?1")
        .and_then(|mut s| s.query_row([word], |r| r.get(0)))
        .context("counting a word's list")?;
    if n as usize <= 2 * HEAD {
        return Ok(());
    }
    let cut: f64 = conn
        .prepare_cached(
            "SELECT score FROM rank_heads WHERE term = ?1 ORDER BY score DESC LIMIT 1 OFFSET ?2",
        )
        .and_then(|mut s| s.query_row(params![word, HEAD as i64], |r| r.get(0)))
        .context("trimming a word's list")?;
    conn.prepare_cached("DELETE FROM rank_heads WHERE term = ?1 AND score <= ?2")
        .and_then(|mut s| s.execute(params![word, cut]))
        .context("trimming a word's list")?;
    conn.prepare_cached("UPDATE rank_words SET floor = max(floor, ?2) WHERE term = ?1")
        .and_then(|mut s| s.execute(params![word, cut]))
        .context("trimming a word's list")?;
    Ok(())
}

/// Gives a list to every word common in the newest articles that has none yet, once the
/// archive has `MIN_ARTICLES`; reports progress in articles (the migration to version 11).
pub(super) fn choose(conn: &Connection, progress: &mut dyn FnMut(MigrationProgress)) -> Result<()> {
    let (count, max_id): (i64, i64) = conn
        .query_row(
            "SELECT count(*), coalesce(max(id), 0) FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .context("counting articles")?;
    let total = usize::try_from(count).unwrap_or(0);
    if count < MIN_ARTICLES {
        progress(MigrationProgress {
            to_version: 11,
            done: total,
            total,
        });
        return Ok(());
    }
    if let Some((_, covered)) = choice(conn)? {
        // The words listed already must cover every article before the coverage moves.
        catch_up(conn, covered, max_id)?;
    }
    let listed: HashSet<String> = listed_words(conn)?.into_iter().map(|w| w.0).collect();
    let words: Vec<String> = common_words(conn)?
        .into_iter()
        .filter(|w| !listed.contains(w))
        .collect();
    for (i, word) in words.iter().enumerate() {
        build(conn, word)?;
        progress(MigrationProgress {
            to_version: 11,
            done: total * i / words.len(),
            total,
        });
    }
    conn.execute(
        "INSERT OR REPLACE INTO rank_choice VALUES (1, ?1, ?1)",
        [max_id],
    )
    .context("recording when the ranked words were chosen")?;
    progress(MigrationProgress {
        to_version: 11,
        done: total,
        total,
    });
    Ok(())
}

/// The words (as `single_word` gives them) in at least `COMMON` of the newest `SAMPLE`
/// articles' titles, leads and bodies, commonest first.
fn common_words(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn
        .prepare("SELECT id, title, lead, body_zlib FROM articles ORDER BY id DESC LIMIT ?1")
        .context("sampling articles")?;
    let mut rows = stmt.query([SAMPLE]).context("sampling articles")?;
    let mut docs: HashMap<String, usize> = HashMap::new();
    let mut sampled = 0usize;
    while let Some(row) = rows.next().context("sampling articles")? {
        let id: i64 = row.get(0).context("sampling articles")?;
        let title: String = row.get(1).context("sampling articles")?;
        let lead: String = row.get(2).context("sampling articles")?;
        let zlib: Vec<u8> = row.get(3).context("sampling articles")?;
        let body =
            super::compress::inflate(&zlib).map_err(|e| super::error::damaged_body(id, e))?;
        let mut seen = HashSet::new();
        for text in [&title, &lead, &body] {
            for token in crate::query::text::tokens(text) {
                if token.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    seen.insert(token.to_ascii_lowercase());
                }
            }
        }
        for word in seen {
            *docs.entry(word).or_default() += 1;
        }
        sampled += 1;
    }
    let at_least = (sampled as f64 * COMMON).ceil().max(1.0) as usize;
    let mut common: Vec<(String, usize)> =
        docs.into_iter().filter(|(_, n)| *n >= at_least).collect();
    common.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(common.into_iter().map(|(w, _)| w).collect())
}

/// Makes the list of `word`: its best `HEAD` articles by `chronicle_rank` (which scores
/// exactly only those that can be among them), their frequency and length, and the score of
/// the next as the floor (0 when every article holding it is listed: scores are positive).
fn build(conn: &Connection, word: &str) -> Result<()> {
    let expr = phrase(word);
    let sql = format!(
        "SELECT rowid, chronicle_rank(articles_fts, ?2, {WEIGHTS}) AS r FROM articles_fts
         WHERE articles_fts MATCH ?1 ORDER BY r, rowid DESC LIMIT ?2"
    );
    let best: Vec<(i64, f64)> = conn
        .prepare_cached(&sql)
        .and_then(|mut s| {
            s.query_map(params![expr, (HEAD + 1) as i64], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect()
        })
        .context("ranking a word's articles")?;
    let floor = if best.len() > HEAD {
        best.get(HEAD).map_or(0.0, |b| -b.1)
    } else {
        0.0
    };
    let listed = &best[..best.len().min(HEAD)];
    let sql = format!(
        "SELECT chronicle_impact(articles_fts, {WEIGHTS}) FROM articles_fts
         WHERE articles_fts MATCH ?1 AND rowid = ?2"
    );
    let mut read = conn
        .prepare_cached(&sql)
        .context("reading a word's articles")?;
    let mut avgdl = None;
    let mut rows = Vec::with_capacity(listed.len());
    for &(id, _) in listed {
        let blob: Vec<u8> = read
            .query_row(params![expr, id], |r| r.get(0))
            .context("reading a word's articles")?;
        let v = decode(&blob);
        if let [a, length, freq, ..] = v.as_slice() {
            avgdl = Some(*a);
            rows.push((id, *freq, *length, term_score(*freq, *length, *a)));
        }
    }
    let Some(avgdl) = avgdl else {
        return Ok(());
    };
    conn.execute(
        "INSERT INTO rank_words VALUES (?1, ?2, ?3)",
        params![word, avgdl, floor],
    )
    .context("listing a word")?;
    let mut insert = conn
        .prepare_cached("INSERT OR REPLACE INTO rank_heads VALUES (?1, ?2, ?3, ?4, ?5)")
        .context("listing a word's articles")?;
    for (id, freq, length, score) in rows {
        insert
            .execute(params![word, score, id, freq, length as i64])
            .context("listing a word's articles")?;
    }
    Ok(())
}
