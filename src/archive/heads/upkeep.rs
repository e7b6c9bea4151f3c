//! Keeping the impact lists in step with the archive (heads.rs): choosing the words,
//! building their lists, listing new and re-indexed articles, cutting lists that grew.

use super::{CATCH_UP, COMMON, HEAD, MIN_ARTICLES, SAMPLE, WEIGHTS, phrase};
use crate::archive::error::{Result, SqlContext as _};
use crate::archive::rank::{impact::decode, term_score};
use crate::model::MigrationProgress;
use rusqlite::{Connection, OptionalExtension as _, params};
use std::collections::{HashMap, HashSet};

/// After articles were indexed (`ids`): those under the lists' coverage (restored under an
/// old id) are listed at once; new ones are left to be scored from the index by `top` until
/// `CATCH_UP` of them have come, then listed in one pass. The words are chosen again if
/// the archive has grown enough (module comment).
pub(in crate::archive) fn after_insert(conn: &Connection, ids: &[i64]) -> Result<()> {
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
pub(super) fn choice(conn: &Connection) -> Result<Option<(i64, i64)>> {
    conn.prepare_cached("SELECT max_id, covered FROM rank_choice")
        .and_then(|mut s| s.query_row([], |r| Ok((r.get(0)?, r.get(1)?))).optional())
        .context("reading the ranked lists' coverage")
}

/// Takes an article indexed again (its text, tags or note changed) out of every list and
/// puts it back where its new text places it (if the lists cover it yet).
pub(in crate::archive) fn refresh(conn: &Connection, id: i64) -> Result<()> {
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
    let mut read = conn
        .prepare_cached(&impact_of_row())
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
pub(super) fn listed_words(conn: &Connection) -> Result<Vec<(String, f64, f64)>> {
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
pub(in crate::archive) fn choose(
    conn: &Connection,
    progress: &mut dyn FnMut(MigrationProgress),
) -> Result<()> {
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
        let body = crate::archive::compress::inflate(&zlib)
            .map_err(|e| crate::archive::error::damaged_body(id, e))?;
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
    let mut read = conn
        .prepare_cached(&impact_of_row())
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

/// What bm25 reads of article `?2` for the phrases of `?1` (rank/impact.rs).
fn impact_of_row() -> String {
    format!(
        "SELECT chronicle_impact(articles_fts, {WEIGHTS}) FROM articles_fts
         WHERE articles_fts MATCH ?1 AND rowid = ?2"
    )
}
