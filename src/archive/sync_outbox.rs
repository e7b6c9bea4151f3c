//! The push side of a sync: the outbox of changes made here, read as records with their
//! bodies as they are now, and emptied of what the team acknowledged. Apart from sync.rs so
//! that pulling and pushing each read in one sitting.

use super::Archive;
use super::error::{Result, SqlContext as _};
use super::sync::{
    CorrectionBody, KIND_CORRECTION, KIND_HIGHLIGHT, KIND_NOTE, KIND_TAG, SyncRecord,
};
use super::sync_saved::KIND_SAVED_SEARCH;
use rusqlite::{OptionalExtension as _, TransactionBehavior, params};

/// A record read from the outbox, with the stamp that lets `clear_outbox` leave a row that
/// changed again while it was being pushed.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub record: SyncRecord,
    changed_at: String,
}

impl Archive {
    /// Up to `limit` changes still to push, built from the archive as it is now. Deletions of
    /// articles the team never held are dropped here: they have nothing to delete there.
    pub fn outbox(&mut self, limit: usize) -> Result<Vec<Outgoing>> {
        self.conn
            .execute(
                "DELETE FROM sync_outbox WHERE kind = 'tombstone'
                   AND NOT EXISTS (SELECT 1 FROM sync_known k WHERE k.content_hash = sync_outbox.content_hash)",
                [],
            )
            .context("dropping local deletions")?;
        let rows: Vec<(String, String, String, String)> = {
            let mut stmt = self
                .conn
                .prepare_cached(
                    "SELECT kind, content_hash, key, changed_at FROM sync_outbox
                     ORDER BY changed_at, kind, content_hash, key LIMIT ?1",
                )
                .context("preparing the outbox")?;
            let rows = stmt
                .query_map([limit as i64], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .context("reading the outbox")?;
            rows.collect::<rusqlite::Result<_>>()
                .context("reading the outbox")?
        };
        let mut out = Vec::with_capacity(rows.len());
        for (kind, content_hash, key, changed_at) in rows {
            let (body, made_at) = match kind.as_str() {
                KIND_CORRECTION => self.correction_body(&content_hash, &key, &changed_at)?,
                KIND_TAG => self.tag_body(&content_hash, &key, &changed_at)?,
                KIND_NOTE => self.note_body(&content_hash, &changed_at)?,
                KIND_HIGHLIGHT => self.highlight_body(&content_hash, &key, &changed_at)?,
                KIND_SAVED_SEARCH => self.saved_search_body(&key, &changed_at)?,
                _ => ("{}".to_string(), changed_at.clone()),
            };
            out.push(Outgoing {
                record: SyncRecord {
                    kind,
                    content_hash,
                    key,
                    body,
                    made_at,
                },
                changed_at,
            });
        }
        Ok(out)
    }

    /// A correction's record body and time: the row as it is, or its undoing at `changed_at`.
    fn correction_body(&self, hash: &str, key: &str, changed_at: &str) -> Result<(String, String)> {
        let (target, locator) = key.split_once('/').unwrap_or((key, ""));
        let row: Option<(String, String, String)> = self
            .conn
            .prepare_cached(
                "SELECT change, original, made_at FROM corrections
                 WHERE content_hash = ?1 AND target = ?2 AND locator = ?3",
            )
            .and_then(|mut s| {
                s.query_row(params![hash, target, locator], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })
                .optional()
            })
            .context("reading a correction to push")?;
        let json = |text: &str| serde_json::from_str(text).ok();
        let (body, made_at) = match row {
            Some((change, original, made_at)) => (
                CorrectionBody {
                    target: target.into(),
                    locator: locator.into(),
                    change: json(&change),
                    original: json(&original),
                },
                made_at,
            ),
            None => (
                CorrectionBody {
                    target: target.into(),
                    locator: locator.into(),
                    change: None,
                    original: None,
                },
                changed_at.to_string(),
            ),
        };
        Ok((serde_json::to_string(&body).unwrap_or_default(), made_at))
    }

    /// Empties the outbox of what was pushed, unless it changed again meanwhile.
    pub fn clear_outbox(&mut self, sent: &[Outgoing]) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting to clear the outbox")?;
        {
            let mut stmt = tx
                .prepare_cached(
                    "DELETE FROM sync_outbox
                     WHERE kind = ?1 AND content_hash = ?2 AND key = ?3 AND changed_at = ?4",
                )
                .context("preparing the outbox")?;
            for o in sent {
                let r = &o.record;
                stmt.execute(params![r.kind, r.content_hash, r.key, o.changed_at])
                    .context("clearing the outbox")?;
            }
        }
        tx.commit().context("clearing the outbox")
    }
}
