//! The user's corrections (schema.sql, `corrections`): kept by the article's content hash,
//! applied whenever the article is written (so a re-import or an imported export keeps
//! them), made and undone here. The quote rows always hold the corrected quotes, so the
//! People view, search and export read them like any other.

use super::Archive;
use super::error::{ArchiveError, Result, SqlContext as _};
use super::write::{Parts, insert_quote, speakers_text};
use crate::model::QuoteAt;
use crate::model::{
    Article, Attribution, Corrections, FieldCorrection, Quote, QuoteChange, QuoteCorrection,
    TextPart,
};
use rusqlite::{Connection, TransactionBehavior, params};
use std::borrow::Cow;

/// Where the quote sits in reading order (the lead before the body).
fn reading_order(q: &Quote) -> (u8, usize, usize) {
    (u8::from(q.part == TextPart::Body), q.start, q.end)
}

/// Applies one correction to an article's quotes: a new speaker (marked `Corrected`), or
/// the passage taken out. A corrected quote extraction no longer finds is put back where it
/// belongs in reading order.
pub fn apply(quotes: &mut Vec<Quote>, correction: &QuoteCorrection) {
    let at = QuoteAt::of(&correction.quote);
    let found = quotes.iter().position(|q| QuoteAt::of(q) == at);
    match (&correction.change, found) {
        (QuoteChange::Speaker { name, kind }, found) => {
            let index = found.unwrap_or_else(|| insert_in_order(quotes, &correction.quote));
            let q = &mut quotes[index];
            q.speaker = Some(name.clone());
            q.speaker_kind = *kind;
            q.attribution = Attribution::Corrected;
        }
        (QuoteChange::NotAQuote, Some(index)) => {
            quotes.remove(index);
        }
        (QuoteChange::NotAQuote, None) => {}
    }
}

/// Undoes one correction: the quote as extraction found it comes back.
fn unapply(quotes: &mut Vec<Quote>, correction: &QuoteCorrection) {
    let at = QuoteAt::of(&correction.quote);
    match quotes.iter().position(|q| QuoteAt::of(q) == at) {
        Some(index) => quotes[index] = correction.quote.clone(),
        None => {
            insert_in_order(quotes, &correction.quote);
        }
    }
}

/// Takes every correction off an article: its quotes and fields as extraction found them, and no
/// corrections (how an article travels to a team archive, src/archive/sync.rs).
pub(super) fn unapply_all(article: &mut Article) {
    let corrections = std::mem::take(&mut article.corrections);
    for c in corrections.quotes.iter().rev() {
        unapply(&mut article.quotes, c);
    }
    // Field edits travel as records too: the fields go back to what extraction found.
    for c in &corrections.fields {
        article.set_field(c.field, &c.original);
    }
}

fn insert_in_order(quotes: &mut Vec<Quote>, quote: &Quote) -> usize {
    let index = quotes
        .iter()
        .position(|q| reading_order(q) > reading_order(quote))
        .unwrap_or(quotes.len());
    quotes.insert(index, quote.clone());
    index
}

/// Whether the archive holds any correction (one look per import batch).
pub(super) fn any(conn: &Connection) -> Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM corrections)")
        .and_then(|mut s| s.query_row([], |r| r.get(0)))
        .context("looking for corrections")
}

/// One stored correction as text: its locator, change, original and time.
pub(super) struct Row {
    pub locator: String,
    pub change: String,
    pub original: String,
    pub made_at: String,
}

/// The rows of the article with content hash `hash` for `target` (`quote`, `field`), oldest
/// first.
pub(super) fn rows(conn: &Connection, hash: &str, target: &str) -> Result<Vec<Row>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT locator, change, original, made_at FROM corrections
             WHERE content_hash = ?1 AND target = ?2 ORDER BY made_at, locator",
        )
        .context("preparing corrections")?;
    let rows = stmt
        .query_map([hash, target], |r| {
            Ok(Row {
                locator: r.get(0)?,
                change: r.get(1)?,
                original: r.get(2)?,
                made_at: r.get(3)?,
            })
        })
        .context("reading corrections")?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .context("reading a correction")
}

/// The corrections of the article with content hash `hash`, oldest first. A row this build
/// cannot read (written by a newer one) is left alone.
pub(super) fn stored(conn: &Connection, hash: &str) -> Result<Corrections> {
    let mut out = Corrections::default();
    for row in rows(conn, hash, "quote")? {
        if let (Ok(change), Ok(quote)) = (
            serde_json::from_str(&row.change),
            serde_json::from_str(&row.original),
        ) {
            out.quotes.push(QuoteCorrection {
                quote,
                change,
                made_at: row.made_at,
            });
        }
    }
    out.fields = super::fields::stored(conn, hash)?;
    Ok(out)
}

/// Stores a correction, replacing one of the same quote or (`replace` false) keeping it;
/// `true` when the row was written.
pub(super) fn save(
    conn: &Connection,
    hash: &str,
    c: &QuoteCorrection,
    replace: bool,
) -> Result<bool> {
    let row = Row {
        locator: QuoteAt::of(&c.quote).locator(),
        change: to_json(&c.change)?,
        original: to_json(&c.quote)?,
        made_at: c.made_at.clone(),
    };
    save_row(conn, hash, "quote", &row, replace)
}

/// A correction's change or original as the table keeps it.
pub(super) fn to_json(value: &impl serde::Serialize) -> Result<String> {
    serde_json::to_string(value).map_err(|e| ArchiveError::Io {
        context: "cannot encode a correction".into(),
        source: std::io::Error::other(e),
    })
}

/// Stores one row of `target`, replacing one of the same locator or (`replace` false)
/// keeping it; `true` when the row was written.
pub(super) fn save_row(
    conn: &Connection,
    hash: &str,
    target: &str,
    row: &Row,
    replace: bool,
) -> Result<bool> {
    let verb = if replace {
        "INSERT OR REPLACE"
    } else {
        "INSERT OR IGNORE"
    };
    conn.prepare_cached(&format!(
        "{verb} INTO corrections (content_hash, target, locator, change, original, made_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
    ))
    .and_then(|mut s| {
        s.execute(params![
            hash,
            target,
            row.locator,
            row.change,
            row.original,
            row.made_at
        ])
    })
    .map(|rows| rows == 1)
    .context("storing a correction")
}

/// An article ready to be written, with its corrections applied.
pub(super) struct Prepared<'a> {
    pub article: Cow<'a, Article>,
    /// The corrections it carried (an imported export) that the archive did not hold.
    pub added: Vec<&'a QuoteCorrection>,
    /// The same for field edits.
    pub added_fields: Vec<&'a FieldCorrection>,
}

/// The article as it is to be stored: the corrections it carries (an imported export) are
/// kept, and every correction of its content is applied. `corrected`: the archive held some
/// before this batch.
pub(super) fn prepare<'a>(
    conn: &Connection,
    article: &'a Article,
    hash: &str,
    corrected: bool,
) -> Result<Prepared<'a>> {
    let mut added = Vec::new();
    for c in &article.corrections.quotes {
        if save(conn, hash, c, false)? {
            added.push(c);
        }
    }
    let mut added_fields = Vec::new();
    for c in &article.corrections.fields {
        if super::fields::save(conn, hash, c, false)? {
            added_fields.push(c);
        }
    }
    if !corrected && article.corrections.is_empty() {
        return Ok(Prepared {
            article: Cow::Borrowed(article),
            added,
            added_fields,
        });
    }
    let corrections = stored(conn, hash)?;
    if corrections.is_empty() {
        return Ok(Prepared {
            article: Cow::Borrowed(article),
            added,
            added_fields,
        });
    }
    let mut owned = article.clone();
    for c in &corrections.quotes {
        apply(&mut owned.quotes, c);
    }
    owned.corrections = corrections;
    owned.apply_field_edits();
    Ok(Prepared {
        article: Cow::Owned(owned),
        added,
        added_fields,
    })
}

/// Applies the corrections an imported article brought (`added`) to the archived article
/// `article_id` it duplicates, which extraction wrote without them.
pub(super) fn apply_to_duplicate(
    conn: &Connection,
    article_id: i64,
    added: &[&QuoteCorrection],
) -> Result<()> {
    if added.is_empty() {
        return Ok(());
    }
    let mut quotes = super::read::stored_quotes(conn, article_id)?;
    for c in added {
        apply(&mut quotes, c);
    }
    let (lead, body): (String, String) = conn
        .prepare_cached("SELECT lead, chronicle_inflate(body_zlib) FROM articles WHERE id = ?1")
        .and_then(|mut s| s.query_row([article_id], |r| Ok((r.get(0)?, r.get(1)?))))
        .context("reading an article to correct")?;
    let article = Article {
        lead,
        body,
        ..Article::default()
    };
    rewrite_quotes(conn, article_id, &article, &quotes)
}

impl Archive {
    /// Corrects one quote of article `article_id`: gives it a speaker or marks it as no
    /// quote. Replaces an earlier correction of the same quote (undo then restores what
    /// extraction found, not the earlier correction).
    pub fn correct_quote(
        &mut self,
        article_id: i64,
        at: QuoteAt,
        change: QuoteChange,
        made_at: &str,
    ) -> Result<()> {
        let record = self
            .article(article_id)?
            .ok_or(ArchiveError::NoSuchArticle { id: article_id })?;
        let a = &record.article;
        let earlier = a
            .corrections
            .quotes
            .iter()
            .find(|c| QuoteAt::of(&c.quote) == at);
        let original = match earlier {
            Some(c) => c.quote.clone(),
            None => a
                .quotes
                .iter()
                .find(|q| QuoteAt::of(q) == at)
                .cloned()
                .ok_or(ArchiveError::NoSuchQuote { id: article_id })?,
        };
        let correction = QuoteCorrection {
            quote: original,
            change,
            made_at: made_at.to_string(),
        };
        let mut quotes = a.quotes.clone();
        apply(&mut quotes, &correction);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a correction")?;
        save(&tx, &record.file.sha256, &correction, true)?;
        rewrite_quotes(&tx, article_id, a, &quotes)?;
        tx.commit().context("committing a correction")
    }

    /// Undoes the correction of one quote; `false` when it had none.
    pub fn undo_quote_correction(&mut self, article_id: i64, at: QuoteAt) -> Result<bool> {
        let record = self
            .article(article_id)?
            .ok_or(ArchiveError::NoSuchArticle { id: article_id })?;
        let a = &record.article;
        let Some(correction) = a
            .corrections
            .quotes
            .iter()
            .find(|c| QuoteAt::of(&c.quote) == at)
        else {
            return Ok(false);
        };
        let mut quotes = a.quotes.clone();
        unapply(&mut quotes, correction);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting an undo")?;
        tx.prepare_cached(
            "DELETE FROM corrections WHERE content_hash = ?1 AND target = 'quote' AND locator = ?2",
        )
        .and_then(|mut s| s.execute(params![record.file.sha256, at.locator()]))
        .context("removing a correction")?;
        rewrite_quotes(&tx, article_id, a, &quotes)?;
        tx.commit().context("committing an undo")?;
        Ok(true)
    }
}

/// Replaces an article's quote rows by `quotes` and brings its searchable speakers and its
/// index entry up to date.
pub(super) fn rewrite_quotes(
    conn: &Connection,
    article_id: i64,
    article: &Article,
    quotes: &[Quote],
) -> Result<()> {
    conn.prepare_cached("DELETE FROM quotes WHERE article_id = ?1")
        .and_then(|mut s| s.execute([article_id]))
        .context("replacing quotes")?;
    let parts = Parts::new(article);
    for (i, q) in quotes.iter().enumerate() {
        let text = parts.stored_text(q.part, q.start, q.end, &q.text);
        insert_quote(conn, article_id, i as i64, q, text)?;
    }
    let speakers = speakers_text(quotes.iter().filter_map(|q| q.speaker.as_deref()));
    conn.prepare_cached("UPDATE articles SET speakers_text = ?2 WHERE id = ?1")
        .and_then(|mut s| s.execute(params![article_id, speakers]))
        .context("updating the speakers")?;
    super::reindex::reindex_article(conn, article_id)
}

#[cfg(test)]
mod tests;
