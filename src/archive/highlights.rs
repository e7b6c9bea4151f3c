//! Passages the user highlighted (schema.sql, `highlights`): kept by character range of the
//! lead or body, like quotes; their comments are searched with `note:` (indexed with the
//! note, tags.rs).

use super::Archive;
use super::error::{ArchiveError, Result, SqlContext as _};
use crate::model::{CharIndex, Highlight, TextPart};
use rusqlite::{Connection, TransactionBehavior, params};

/// The highlights of article `article_id` in reading order, their text read from `lead` and
/// `body`.
pub(super) fn of_article(
    conn: &Connection,
    article_id: i64,
    lead: &str,
    body: &str,
) -> Result<Vec<Highlight>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT part, start_char, end_char, comment, made_at FROM highlights
             WHERE article_id = ?1 ORDER BY part = 'body', start_char, end_char",
        )
        .context("preparing highlights")?;
    let rows = stmt
        .query_map([article_id], |r| {
            Ok(Highlight {
                part: TextPart::parse(&r.get::<_, String>(0)?).unwrap_or_default(),
                start: usize::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
                end: usize::try_from(r.get::<_, i64>(2)?).unwrap_or(0),
                comment: r.get(3)?,
                made_at: r.get(4)?,
                text: String::new(),
            })
        })
        .context("reading highlights")?;
    let mut out = rows
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading highlights")?;
    if !out.is_empty() {
        let (lead, body) = (CharIndex::new(lead), CharIndex::new(body));
        for h in &mut out {
            let index = match h.part {
                TextPart::Lead => &lead,
                TextPart::Body => &body,
            };
            h.text = index.slice(h.start, h.end).to_string();
        }
    }
    Ok(out)
}

/// The comments of an article's highlights, one a line (searched with its note).
pub(super) fn comments(conn: &Connection, article_id: i64) -> Result<String> {
    conn.prepare_cached(
        "SELECT coalesce(group_concat(comment, char(10)), '') FROM highlights
         WHERE article_id = ?1 AND comment IS NOT NULL",
    )
    .and_then(|mut s| s.query_row([article_id], |r| r.get(0)))
    .context("reading highlight comments")
}

/// Stores the highlights an article brings (an imported export, an undone delete) that it
/// lacks; a range outside its text is left out. `true` when one was added.
pub(super) fn attach(
    conn: &Connection,
    article_id: i64,
    highlights: &[Highlight],
    lengths: (usize, usize),
) -> Result<bool> {
    let mut added = false;
    for h in highlights {
        let len = match h.part {
            TextPart::Lead => lengths.0,
            TextPart::Body => lengths.1,
        };
        if h.start >= h.end || h.end > len {
            continue;
        }
        let comment = h
            .comment
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty());
        added |= conn
            .prepare_cached(
                "INSERT OR IGNORE INTO highlights (article_id, part, start_char, end_char, comment, made_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    article_id,
                    h.part.as_str(),
                    h.start as i64,
                    h.end as i64,
                    comment,
                    h.made_at
                ])
            })
            .context("storing a highlight")?
            == 1;
    }
    Ok(added)
}

impl Archive {
    /// Highlights characters `start..end` of the lead or body of article `article_id`, with
    /// an optional comment (replacing a highlight of exactly that stretch).
    pub fn add_highlight(&mut self, article_id: i64, highlight: &Highlight) -> Result<()> {
        let record = self
            .article(article_id)?
            .ok_or(ArchiveError::NoSuchArticle { id: article_id })?;
        let a = &record.article;
        let lengths = (a.lead.chars().count(), a.body.chars().count());
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a highlight")?;
        remove(
            &tx,
            article_id,
            highlight.part,
            highlight.start,
            highlight.end,
        )?;
        if !attach(&tx, article_id, std::slice::from_ref(highlight), lengths)? {
            return Err(ArchiveError::BadRange { id: article_id });
        }
        super::reindex::reindex_article(&tx, article_id)?;
        tx.commit().context("committing a highlight")
    }

    /// Removes the highlight of characters `start..end` of `part`; `false` when there was
    /// none.
    pub fn remove_highlight(
        &mut self,
        article_id: i64,
        part: TextPart,
        start: usize,
        end: usize,
    ) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting to remove a highlight")?;
        let removed = remove(&tx, article_id, part, start, end)?;
        if removed {
            super::reindex::reindex_article(&tx, article_id)?;
        }
        tx.commit().context("committing a highlight removal")?;
        Ok(removed)
    }
}

pub(super) fn remove(
    conn: &Connection,
    article_id: i64,
    part: TextPart,
    start: usize,
    end: usize,
) -> Result<bool> {
    conn.prepare_cached(
        "DELETE FROM highlights WHERE article_id = ?1 AND part = ?2 AND start_char = ?3 AND end_char = ?4",
    )
    .and_then(|mut s| s.execute(params![article_id, part.as_str(), start as i64, end as i64]))
    .map(|n| n == 1)
    .context("removing a highlight")
}
