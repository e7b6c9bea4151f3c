//! Reading: filtered and ranked search, one article, per-day counts, statistics.

use super::Archive;
use super::error::{ArchiveError, Result, SqlContext as _};
use super::fts_query::{FtsMatch, FtsTable, compile};
use crate::model::{
    Article, ArticleFormat, Attribution, CharIndex, Event, Image, Quote, QuoteKind, SpeakerKind,
    TextPart,
};
use crate::model::{ArticleRecord, DayCounts, Hit, Stats};
use crate::query::{Filter, Query};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension as _, Row, params};

/// The filter's query compiled. A query with text but no term (`€`, `author:""`) is refused:
/// matching every article would be the opposite of what was asked.
/// The match for a parsed query; a query that was typed but holds no word to look for (only
/// punctuation, empty fields) is refused rather than matching every article.
pub(super) fn compile_query(query: &Query, typed: &str) -> Result<Option<FtsMatch>> {
    let compiled = compile(query);
    if compiled.is_none() && has_search_text(typed) {
        return Err(ArchiveError::NothingToSearch);
    }
    Ok(compiled)
}

/// Whether the user typed anything but spaces.
fn has_search_text(typed: &str) -> bool {
    !typed.trim().is_empty()
}

/// The WHERE clause of a filtered list: `?1` the MATCH expression for `table` (or NULL),
/// `?2`/`?3` the day range (or NULL).
fn filter_where(table: FtsTable) -> String {
    let t = table.name();
    format!(
        "(?1 IS NULL OR a.id IN (SELECT rowid FROM {t} WHERE {t} MATCH ?1))
         AND (?2 IS NULL OR a.published >= ?2) AND (?3 IS NULL OR a.published < ?3)"
    )
}

impl Archive {
    /// Every id the filter selects, newest first (for "select all" and export).
    pub fn matching_ids(&self, filter: &Filter) -> Result<Vec<i64>> {
        let fts = compile_query(&self.resolve(&filter.query)?, &filter.query)?;
        let (from, to) = day_range(filter);
        let table = fts.as_ref().map_or(FtsTable::Words, |m| m.set_table());
        let sql = format!(
            "SELECT a.id FROM articles a WHERE {} ORDER BY a.published DESC, a.id DESC",
            filter_where(table)
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .context("preparing a selection")?;
        let ids = stmt
            .query_map(params![fts.map(|m| m.expr), from, to], |r| r.get(0))
            .context("selecting articles")?;
        ids.collect::<rusqlite::Result<Vec<_>>>()
            .context("reading the selection")
    }

    /// Whether the article `article_id` is one the filter selects.
    pub fn article_matches(&self, filter: &Filter, article_id: i64) -> Result<bool> {
        let fts = compile(&self.resolve(&filter.query)?);
        let (from, to) = day_range(filter);
        let table = fts.as_ref().map_or(FtsTable::Words, |m| m.set_table());
        let sql = format!(
            "SELECT 1 FROM articles a WHERE a.id = ?4 AND {}",
            filter_where(table)
        );
        self.conn
            .prepare_cached(&sql)
            .and_then(|mut s| s.exists(params![fts.map(|m| m.expr), from, to, article_id]))
            .context("checking an article against the search")
    }

    /// Every article id in the archive, oldest id first.
    pub fn all_ids(&self) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM articles ORDER BY id")
            .context("preparing the id list")?;
        let ids = stmt.query_map([], |r| r.get(0)).context("listing ids")?;
        ids.collect::<rusqlite::Result<Vec<_>>>()
            .context("reading ids")
    }

    /// Publication counts per day for the articles the filter selects (ignoring its date
    /// range, so the timeline still shows the whole span while a range is selected).
    pub fn day_counts(&self, filter: &Filter) -> Result<DayCounts> {
        let match_expr = compile_query(&self.resolve(&filter.query)?, &filter.query)?;
        // Both read the days held in memory (days.rs), not the article rows.
        self.refresh_days()?;
        let mut counts = DayCounts::default();
        let Some(fts) = match_expr else {
            let (days, undated) = self.days.read().map(|d| d.counts()).unwrap_or_default();
            counts.days = days
                .into_iter()
                .filter_map(|(day, n)| Some((super::days::date_of(day)?, n)))
                .collect();
            counts.undated = undated;
            return Ok(counts);
        };
        let t = fts.set_table().name();
        let sql = format!(
            "SELECT chronicle_day(rowid) AS day, count(*) FROM {t} WHERE {t} MATCH ?1 GROUP BY day ORDER BY day"
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .context("preparing the timeline")?;
        let mut rows = stmt.query([fts.expr]).context("counting per day")?;
        while let Some(row) = rows.next().context("reading the timeline")? {
            let day: Option<i32> = row.get(0).context("reading a day")?;
            let n: u32 = row.get(1).context("reading a count")?;
            match day.and_then(super::days::date_of) {
                Some(date) => counts.days.push((date, n)),
                None => counts.undated += n,
            }
        }
        Ok(counts)
    }

    /// One article with everything known about it.
    pub fn article(&self, article_id: i64) -> Result<Option<ArticleRecord>> {
        let record = self
            .conn
            .prepare_cached(
                "SELECT id, title, category, lead, body_zlib, rights, language, published, published_text, modified,
                        publisher, format, content_hash, file_path, file_name, imported_at, url
                 FROM articles WHERE id = ?1",
            )
            .and_then(|mut s| s.query_row([article_id], record_from_row).optional())
            .context("reading an article")?;
        let Some((mut record, body)) = record else {
            return Ok(None);
        };
        record.article.body =
            super::compress::inflate(&body).map_err(|source| ArchiveError::Damaged {
                id: article_id,
                source,
            })?;
        let a = &mut record.article;
        a.authors = self.strings(
            "SELECT name FROM authors WHERE article_id = ?1 ORDER BY position",
            article_id,
        )?;
        a.sources = self.strings(
            "SELECT name FROM sources WHERE article_id = ?1 ORDER BY position",
            article_id,
        )?;
        a.images = self.images(article_id)?;
        a.quotes = self.quotes(article_id)?;
        a.events = self.events(article_id)?;
        // Text stored as '' is the stretch of the article the offsets give (see schema.sql).
        let (lead, body) = (CharIndex::new(&a.lead), CharIndex::new(&a.body));
        let index = |part| match part {
            TextPart::Lead => &lead,
            TextPart::Body => &body,
        };
        for q in a.quotes.iter_mut().filter(|q| q.text.is_empty()) {
            q.text = index(q.part).slice(q.start, q.end).to_string();
        }
        for e in a.events.iter_mut().filter(|e| e.text.is_empty()) {
            e.text = index(e.part).slice(e.start, e.end).to_string();
        }
        a.corrections = super::corrections::stored(&self.conn, &record.file.sha256)?;
        a.tags = super::tags::of_article(&self.conn, article_id)?;
        a.note = super::notes::of_article(&self.conn, article_id)?;
        a.highlights = super::highlights::of_article(&self.conn, article_id, &a.lead, &a.body)?;
        Ok(Some(record))
    }

    fn strings(&self, sql: &str, article_id: i64) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(sql).context("preparing a list")?;
        let rows = stmt
            .query_map([article_id], |r| r.get(0))
            .context("reading a list")?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .context("reading a list")
    }

    fn images(&self, article_id: i64) -> Result<Vec<Image>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT caption, credit FROM images WHERE article_id = ?1 ORDER BY position",
            )
            .context("preparing images")?;
        let rows = stmt
            .query_map([article_id], |r| {
                Ok(Image {
                    caption: r.get(0)?,
                    credit: r.get(1)?,
                })
            })
            .context("reading images")?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .context("reading images")
    }

    fn quotes(&self, article_id: i64) -> Result<Vec<Quote>> {
        stored_quotes(&self.conn, article_id)
    }

    fn events(&self, article_id: i64) -> Result<Vec<Event>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT day, text, start_char, end_char, part FROM events WHERE article_id = ?1 ORDER BY position")
            .context("preparing events")?;
        let rows = stmt
            .query_map([article_id], |r| {
                Ok(Event {
                    date: r.get(0)?,
                    text: r.get(1)?,
                    start: r.get::<_, i64>(2)? as usize,
                    end: r.get::<_, i64>(3)? as usize,
                    part: TextPart::parse(&r.get::<_, String>(4)?).unwrap_or_default(),
                })
            })
            .context("reading events")?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .context("reading events")
    }

    /// Counts, date range and file size.
    pub fn stats(&self) -> Result<Stats> {
        let one = |sql: &str| -> Result<u64> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n.max(0) as u64)
                .context("computing statistics")
        };
        let (first, last): (Option<String>, Option<String>) = self
            .conn
            .query_row(
                "SELECT min(published), max(published) FROM articles",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .context("computing the date range")?;
        let page_count = one("PRAGMA page_count")?;
        let page_size = one("PRAGMA page_size")?;
        Ok(Stats {
            articles: one("SELECT count(*) FROM articles")?,
            quotes: one("SELECT count(*) FROM quotes")?,
            authors: one("SELECT count(DISTINCT name) FROM authors")?,
            speakers: one("SELECT count(DISTINCT speaker) FROM quotes WHERE speaker IS NOT NULL")?,
            undated: one("SELECT count(*) FROM articles WHERE published IS NULL")?,
            first_published: first,
            last_published: last,
            size_bytes: page_count * page_size,
        })
    }

    /// Checks SQLite's and the FTS index's integrity; `Ok(())` when both are sound.
    pub fn check_integrity(&self) -> Result<std::result::Result<(), String>> {
        let verdict: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .context("checking integrity")?;
        if verdict != "ok" {
            return Ok(Err(verdict));
        }
        for table in [FtsTable::Words, FtsTable::Prefixes] {
            let t = table.name();
            if let Err(e) = self.conn.execute(
                &format!("INSERT INTO {t}({t}, rank) VALUES ('integrity-check', 1)"),
                [],
            ) {
                return Ok(Err(format!("full-text index {t}: {e}")));
            }
        }
        Ok(Ok(()))
    }
}

/// The filter's days as bounds on `published`: from the first day included to the day
/// after the last, excluded. ISO text sorts like time (`2024-10-31T23:59` < `2024-11-01`),
/// so the index on `published` serves both the range and the order.
pub(super) fn day_range(filter: &Filter) -> (Option<String>, Option<String>) {
    let fmt = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    (
        filter.from.map(fmt),
        filter.to.map(|d| fmt(d.succ_opt().unwrap_or(d))),
    )
}

pub(super) fn hit_from_row(r: &Row<'_>) -> rusqlite::Result<Hit> {
    let sources: String = r.get(4)?;
    Ok(Hit {
        id: r.get(0)?,
        title: r.get(1)?,
        published: r.get(2)?,
        authors: r.get(3)?,
        // The publisher is appended after " | " for searching only.
        sources: sources.split(" | ").next().unwrap_or_default().to_string(),
        snippet: r
            .get::<_, Option<String>>(5)?
            .unwrap_or_default()
            .replace('\n', " "),
        imported_at: r.get(6)?,
        quotes: r.get(7)?,
        tags: Vec::new(),
    })
}

/// The record without its body, and the body's stored bytes.
fn record_from_row(r: &Row<'_>) -> rusqlite::Result<(ArticleRecord, Vec<u8>)> {
    let record = ArticleRecord {
        id: r.get(0)?,
        article: Article {
            title: r.get(1)?,
            category: r.get(2)?,
            lead: r.get(3)?,
            rights: r.get(5)?,
            language: r.get(6)?,
            published: r.get(7)?,
            published_text: r.get(8)?,
            modified: r.get(9)?,
            publisher: r.get(10)?,
            format: ArticleFormat::from(r.get_ref(11)?.as_str_or_null()?.unwrap_or_default()),
            url: r.get(16)?,
            ..Article::default()
        },
        file: crate::model::FileInfo {
            sha256: r.get(12)?,
            path: r.get(13)?,
            name: r.get(14)?,
            imported_at: r.get(15)?,
        },
    };
    Ok((record, r.get(4)?))
}

/// An article's quote rows in order; text stored as '' stays '' (see schema.sql).
pub(super) fn stored_quotes(conn: &rusqlite::Connection, article_id: i64) -> Result<Vec<Quote>> {
    let mut stmt = conn
            .prepare_cached("SELECT text, speaker, start_char, end_char, kind, part, speaker_kind, attribution FROM quotes WHERE article_id = ?1 ORDER BY position")
            .context("preparing quotes")?;
    let rows = stmt
        .query_map([article_id], |r| {
            Ok(Quote {
                text: r.get(0)?,
                speaker: r.get(1)?,
                start: r.get::<_, i64>(2)? as usize,
                end: r.get::<_, i64>(3)? as usize,
                kind: QuoteKind::parse(&r.get::<_, String>(4)?).unwrap_or_default(),
                part: TextPart::parse(&r.get::<_, String>(5)?).unwrap_or_default(),
                speaker_kind: SpeakerKind::parse(&r.get::<_, String>(6)?).unwrap_or_default(),
                attribution: Attribution::parse(&r.get::<_, String>(7)?).unwrap_or_default(),
            })
        })
        .context("reading quotes")?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .context("reading quotes")
}
