//! The user's tags, notes and highlights as team records (src/archive/sync.rs): triggers on
//! `article_tags`, `tags`, `notes` and `highlights` queue a row in `sync_outbox` (schema.sql,
//! version 10); the bodies are built here from the archive as it is when pushed, and pulled
//! records applied here.
//!
//! A tag record says whether one article carries one tag (key: the tag's folded name), so a
//! removal travels like an addition; a note record holds the note's text or `null` when it was
//! removed; a highlight record (key `part:start:end`) its comment, or its removal. The later
//! `made_at` wins against this archive's own change.

use super::Archive;
use super::error::{Result, SqlContext as _};
use super::sync::{KIND_HIGHLIGHT, KIND_NOTE, KIND_TAG, SyncRecord};
use super::sync_apply::later;
use crate::model::{Highlight, TextPart};
use rusqlite::{Connection, OptionalExtension as _, TransactionBehavior, params};

#[derive(serde::Serialize, serde::Deserialize)]
struct TagBody {
    name: String,
    present: bool,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct NoteBody {
    /// `None` when the note was removed.
    text: Option<String>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct HighlightBody {
    present: bool,
    comment: Option<String>,
}

/// A highlight's key, `part:start:end`, read back.
fn highlight_at(key: &str) -> Option<(TextPart, usize, usize)> {
    let mut it = key.split(':');
    let part = TextPart::parse(it.next()?)?;
    let start = it.next()?.parse().ok()?;
    let end = it.next()?.parse().ok()?;
    Some((part, start, end))
}

/// The id of the article with content hash `hash`, if this archive holds it.
fn article_id(conn: &Connection, hash: &str) -> Result<Option<i64>> {
    conn.prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")
        .and_then(|mut s| s.query_row([hash], |r| r.get(0)).optional())
        .context("looking up an article by content")
}

/// When this archive changed the record (`kind`, `hash`, `key`) and has not pushed it yet.
pub(super) fn unpushed_at(
    conn: &Connection,
    kind: &str,
    hash: &str,
    key: &str,
) -> Result<Option<String>> {
    conn.prepare_cached(
        "SELECT changed_at FROM sync_outbox WHERE kind = ?1 AND content_hash = ?2 AND key = ?3",
    )
    .and_then(|mut s| {
        s.query_row(params![kind, hash, key], |r| r.get(0))
            .optional()
    })
    .context("reading the outbox")
}

/// Forgets the outbox row the triggers wrote while a pulled record was applied: it came from
/// the team and is not sent back.
pub(super) fn unqueue(conn: &Connection, kind: &str, hash: &str, key: &str) -> Result<()> {
    conn.prepare_cached(
        "DELETE FROM sync_outbox WHERE kind = ?1 AND content_hash = ?2 AND key = ?3",
    )
    .and_then(|mut s| s.execute(params![kind, hash, key]))
    .map(|_| ())
    .context("applying a pulled change")
}

fn to_body(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

impl Archive {
    /// A tag record's body: whether the article carries the tag with key `key` now.
    pub(super) fn tag_body(
        &self,
        hash: &str,
        key: &str,
        changed_at: &str,
    ) -> Result<(String, String)> {
        let name: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT t.name FROM tags t JOIN article_tags x ON x.tag_id = t.id
                 JOIN articles a ON a.id = x.article_id
                 WHERE a.content_hash = ?1 AND t.key = ?2",
            )
            .and_then(|mut s| s.query_row([hash, key], |r| r.get(0)).optional())
            .context("reading a tag to push")?;
        let body = TagBody {
            present: name.is_some(),
            name: name.unwrap_or_else(|| key.to_string()),
        };
        Ok((to_body(&body), changed_at.to_string()))
    }

    /// A note record's body: the note as it is now, with its time, or its removal.
    pub(super) fn note_body(&self, hash: &str, changed_at: &str) -> Result<(String, String)> {
        let note: Option<(String, String)> = self
            .conn
            .prepare_cached(
                "SELECT n.text, n.updated_at FROM notes n JOIN articles a ON a.id = n.article_id
                 WHERE a.content_hash = ?1",
            )
            .and_then(|mut s| {
                s.query_row([hash], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()
            })
            .context("reading a note to push")?;
        Ok(match note {
            Some((text, updated_at)) => (to_body(&NoteBody { text: Some(text) }), updated_at),
            None => (to_body(&NoteBody { text: None }), changed_at.to_string()),
        })
    }

    /// A tag added or removed on another desktop.
    pub(super) fn apply_tag(&mut self, record: &SyncRecord) -> Result<bool> {
        let Ok(body) = serde_json::from_str::<TagBody>(&record.body) else {
            return Ok(false);
        };
        let (hash, key) = (&record.content_hash, &record.key);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a pulled tag")?;
        if let Some(local) = unpushed_at(&tx, KIND_TAG, hash, key)?
            && !later(&record.made_at, &local)
        {
            return Ok(false);
        }
        let Some(id) = article_id(&tx, hash)? else {
            return Ok(false);
        };
        let changed = if body.present {
            super::tags::attach(&tx, id, &[&body.name])?
        } else {
            super::tags::detach(&tx, id, &[&body.name])?
        };
        if changed {
            super::tags::drop_unused(&tx)?;
            super::reindex::reindex_article(&tx, id)?;
        }
        unqueue(&tx, KIND_TAG, hash, key)?;
        tx.commit().context("committing a pulled tag")?;
        Ok(changed)
    }

    /// A note written or removed on another desktop: kept when newer than this archive's.
    pub(super) fn apply_note(&mut self, record: &SyncRecord) -> Result<bool> {
        let Ok(body) = serde_json::from_str::<NoteBody>(&record.body) else {
            return Ok(false);
        };
        let hash = &record.content_hash;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a pulled note")?;
        let Some(id) = article_id(&tx, hash)? else {
            return Ok(false);
        };
        let local = match unpushed_at(&tx, KIND_NOTE, hash, "")? {
            Some(at) => Some(at),
            None => tx
                .prepare_cached("SELECT updated_at FROM notes WHERE article_id = ?1")
                .and_then(|mut s| s.query_row([id], |r| r.get(0)).optional())
                .context("reading a note")?,
        };
        if local.is_some_and(|local| !later(&record.made_at, &local)) {
            return Ok(false);
        }
        let changed = super::notes::keep(&tx, id, body.text.as_deref(), &record.made_at, true)?;
        if changed {
            super::reindex::reindex_article(&tx, id)?;
        }
        unqueue(&tx, KIND_NOTE, hash, "")?;
        tx.commit().context("committing a pulled note")?;
        Ok(changed)
    }

    /// A highlight record's body: the highlight as it is now, with its time, or its removal.
    pub(super) fn highlight_body(
        &self,
        hash: &str,
        key: &str,
        changed_at: &str,
    ) -> Result<(String, String)> {
        let Some((part, start, end)) = highlight_at(key) else {
            return Ok(("{}".into(), changed_at.to_string()));
        };
        let found: Option<(Option<String>, String)> = self
            .conn
            .prepare_cached(
                "SELECT h.comment, h.made_at FROM highlights h JOIN articles a ON a.id = h.article_id
                 WHERE a.content_hash = ?1 AND h.part = ?2 AND h.start_char = ?3 AND h.end_char = ?4",
            )
            .and_then(|mut s| {
                s.query_row(params![hash, part.as_str(), start as i64, end as i64], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()
            })
            .context("reading a highlight to push")?;
        Ok(match found {
            Some((comment, made_at)) => (
                to_body(&HighlightBody {
                    present: true,
                    comment,
                }),
                made_at,
            ),
            None => (
                to_body(&HighlightBody {
                    present: false,
                    comment: None,
                }),
                changed_at.to_string(),
            ),
        })
    }

    /// A highlight made, changed or removed on another desktop: kept when newer than this
    /// archive's of the same stretch.
    pub(super) fn apply_highlight(&mut self, record: &SyncRecord) -> Result<bool> {
        let (Ok(body), Some((part, start, end))) = (
            serde_json::from_str::<HighlightBody>(&record.body),
            highlight_at(&record.key),
        ) else {
            return Ok(false);
        };
        let (hash, key) = (&record.content_hash, &record.key);
        let Some(id) = article_id(&self.conn, hash)? else {
            return Ok(false);
        };
        let Some(article) = self.article(id)? else {
            return Ok(false);
        };
        let a = &article.article;
        let lengths = (a.lead.chars().count(), a.body.chars().count());
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a pulled highlight")?;
        let local = match unpushed_at(&tx, KIND_HIGHLIGHT, hash, key)? {
            Some(at) => Some(at),
            None => tx
                .prepare_cached(
                    "SELECT made_at FROM highlights
                     WHERE article_id = ?1 AND part = ?2 AND start_char = ?3 AND end_char = ?4",
                )
                .and_then(|mut s| {
                    s.query_row(params![id, part.as_str(), start as i64, end as i64], |r| {
                        r.get(0)
                    })
                    .optional()
                })
                .context("reading a highlight")?,
        };
        if local.is_some_and(|local| !later(&record.made_at, &local)) {
            return Ok(false);
        }
        let mut changed = super::highlights::remove(&tx, id, part, start, end)?;
        if body.present {
            let highlight = Highlight {
                part,
                start,
                end,
                text: String::new(),
                comment: body.comment,
                made_at: record.made_at.clone(),
            };
            changed |= super::highlights::attach(&tx, id, &[highlight], lengths)?;
        }
        if changed {
            super::reindex::reindex_article(&tx, id)?;
        }
        unqueue(&tx, KIND_HIGHLIGHT, hash, key)?;
        tx.commit().context("committing a pulled highlight")?;
        Ok(changed)
    }
}
