//! The user's note on an article (schema.sql, `notes`): plain text, searched with `note:`
//! (its words are indexed behind a marker in the category column, query/tags.rs).

use super::Archive;
use super::error::{ArchiveError, Result, SqlContext as _};
use rusqlite::{Connection, OptionalExtension as _, TransactionBehavior, params};

/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 100_000;

/// The note on article `article_id`, if any.
pub(super) fn of_article(conn: &Connection, article_id: i64) -> Result<Option<String>> {
    conn.prepare_cached("SELECT text FROM notes WHERE article_id = ?1")
        .and_then(|mut s| s.query_row([article_id], |r| r.get(0)).optional())
        .context("reading a note")
}

/// Stores `text` as the note of article `article_id` (none or only spaces: no note). Unless
/// `replace`, a note the article has is kept. `true` when the stored note changed; the caller
/// re-indexes the article (or indexes it, when new).
pub(super) fn keep(
    conn: &Connection,
    article_id: i64,
    text: Option<&str>,
    updated_at: &str,
    replace: bool,
) -> Result<bool> {
    let text = text.map(str::trim).filter(|t| !t.is_empty());
    let changed = match text {
        Some(text) => {
            let verb = if replace {
                "INSERT OR REPLACE"
            } else {
                "INSERT OR IGNORE"
            };
            let before = of_article(conn, article_id)?;
            if before.as_deref() == Some(text) {
                return Ok(false);
            }
            conn.prepare_cached(&format!(
                "{verb} INTO notes (article_id, text, updated_at) VALUES (?1, ?2, ?3)"
            ))
            .and_then(|mut s| s.execute(params![article_id, text, updated_at]))
            .context("storing a note")?
        }
        None if replace => conn
            .prepare_cached("DELETE FROM notes WHERE article_id = ?1")
            .and_then(|mut s| s.execute([article_id]))
            .context("removing a note")?,
        None => 0,
    };
    Ok(changed > 0)
}

impl Archive {
    /// Sets the note of article `article_id`; an empty text removes it. Returns whether the
    /// note changed.
    pub fn set_note(&mut self, article_id: i64, text: &str, updated_at: &str) -> Result<bool> {
        if text.chars().count() > MAX_NOTE_CHARS {
            return Err(ArchiveError::NoteTooLong {
                max: MAX_NOTE_CHARS,
            });
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting to save a note")?;
        let exists = tx
            .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")
            .and_then(|mut s| s.exists([article_id]))
            .context("checking an article id")?;
        if !exists {
            return Err(ArchiveError::NoSuchArticle { id: article_id });
        }
        let changed = keep(&tx, article_id, Some(text), updated_at, true)?;
        if changed {
            super::reindex::reindex_article(&tx, article_id)?;
        }
        tx.commit().context("committing a note")?;
        Ok(changed)
    }
}
