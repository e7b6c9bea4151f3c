//! Applying records pulled from the team archive: deletions (tombstones), corrections and
//! field edits, tags, notes, highlights and saved searches. A record applied twice changes
//! nothing the second time: the latest `made_at` wins, ties keep what is there.

use super::Archive;
use super::error::{Result, SqlContext as _};
use super::sync::{
    CorrectionBody, KIND_CORRECTION, KIND_HIGHLIGHT, KIND_NOTE, KIND_TAG, KIND_TOMBSTONE,
    SyncRecord,
};
use super::sync_saved::KIND_SAVED_SEARCH;
use rusqlite::{OptionalExtension as _, TransactionBehavior, params};

impl Archive {
    /// Applies pulled records, then records the pull's new position `through_seq`. Each
    /// record is applied in its own transaction; applying one again changes nothing.
    /// Returns how many changed the archive.
    pub fn apply_pulled_records(
        &mut self,
        team_id: &str,
        records: &[SyncRecord],
        through_seq: i64,
    ) -> Result<usize> {
        let mut applied = 0;
        for record in records {
            if self.apply_record(record)? {
                applied += 1;
            }
        }
        self.conn
            .execute(
                "UPDATE sync_state SET records_seq = max(records_seq, ?2) WHERE team_id = ?1",
                params![team_id, through_seq],
            )
            .context("recording the pull")?;
        Ok(applied)
    }

    fn apply_record(&mut self, record: &SyncRecord) -> Result<bool> {
        match record.kind.as_str() {
            KIND_TOMBSTONE => self.apply_tombstone(&record.content_hash, &record.made_at),
            KIND_CORRECTION => self.apply_correction(record),
            KIND_TAG => self.apply_tag(record),
            KIND_NOTE => self.apply_note(record),
            KIND_HIGHLIGHT => self.apply_highlight(record),
            KIND_SAVED_SEARCH => self.apply_saved_search(record),
            // A kind from a newer Chronicle: left for a build that knows it.
            _ => Ok(false),
        }
    }

    fn apply_tombstone(&mut self, hash: &str, made_at: &str) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a deletion")?;
        let known: bool = tx
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM tombstones WHERE content_hash = ?1)",
                [hash],
                |r| r.get(0),
            )
            .context("looking for a deletion")?;
        if known {
            return Ok(false);
        }
        // The trigger records the tombstone and queues it; it came from the team, so it is
        // dated as there and not queued back.
        let deleted = tx
            .execute("DELETE FROM articles WHERE content_hash = ?1", [hash])
            .context("deleting a pulled deletion")?;
        tx.execute(
            "INSERT OR REPLACE INTO tombstones VALUES (?1, ?2)",
            params![hash, made_at],
        )
        .context("recording a deletion")?;
        tx.execute(
            "DELETE FROM sync_outbox WHERE kind = 'tombstone' AND content_hash = ?1",
            [hash],
        )
        .context("recording a deletion")?;
        tx.commit().context("committing a deletion")?;
        self.mark_days_stale();
        Ok(deleted > 0)
    }

    /// A correction made on another desktop: kept when it is newer than this archive's of the
    /// same quote, and the article's quotes rebuilt with it.
    fn apply_correction(&mut self, record: &SyncRecord) -> Result<bool> {
        let Ok(body) = serde_json::from_str::<CorrectionBody>(&record.body) else {
            return Ok(false);
        };
        let hash = &record.content_hash;
        // This archive's own time for the same quote: its correction, or a change (an undo)
        // still waiting in the outbox. The later one wins; a tie is the same change.
        let local: Option<String> = self
            .conn
            .query_row(
                "SELECT coalesce(
                     (SELECT changed_at FROM sync_outbox WHERE kind = 'correction' AND content_hash = ?1 AND key = ?4),
                     (SELECT made_at FROM corrections WHERE content_hash = ?1 AND target = ?2 AND locator = ?3))",
                params![hash, body.target, body.locator, record.key],
                |r| r.get(0),
            )
            .context("reading a correction")?;
        let newer = match &local {
            Some(made_at) => later(&record.made_at, made_at),
            None => body.change.is_some(),
        };
        if !newer {
            return Ok(false);
        }
        let id: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM articles WHERE content_hash = ?1",
                [hash],
                |r| r.get(0),
            )
            .optional()
            .context("looking up a corrected article")?;
        // The article as extraction found it, to apply the corrections to again.
        let before = match id {
            Some(id) => self.article(id)?.map(|r| {
                let mut a = r.article;
                super::corrections::unapply_all(&mut a);
                (id, a)
            }),
            None => None,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a pulled correction")?;
        match (&body.change, &body.original) {
            (Some(change), Some(original)) => {
                tx.execute(
                    "INSERT OR REPLACE INTO corrections (content_hash, target, locator, change, original, made_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![hash, body.target, body.locator, change.to_string(), original.to_string(), record.made_at],
                )
                .context("storing a pulled correction")?;
            }
            _ => {
                tx.execute(
                    "DELETE FROM corrections WHERE content_hash = ?1 AND target = ?2 AND locator = ?3",
                    params![hash, body.target, body.locator],
                )
                .context("removing a pulled correction")?;
            }
        }
        tx.execute(
            "DELETE FROM sync_outbox WHERE kind = 'correction' AND content_hash = ?1 AND key = ?2",
            params![hash, record.key],
        )
        .context("storing a pulled correction")?;
        if let Some((id, article)) = &before {
            let stored = super::corrections::stored(&tx, hash)?;
            let mut quotes = article.quotes.clone();
            for c in &stored.quotes {
                super::corrections::apply(&mut quotes, c);
            }
            super::corrections::rewrite_quotes(&tx, *id, article, &quotes)?;
            if body.target == "field" {
                // The edited values go into the article's own rows and index, as a local edit.
                let mut edited = article.clone();
                for c in &stored.fields {
                    edited.set_field(c.field, &c.value);
                }
                super::fields::rewrite_fields(&tx, *id, &edited)?;
            }
        }
        tx.commit().context("committing a pulled correction")?;
        if body.target == "field" {
            self.mark_days_stale();
        }
        Ok(true)
    }
}

/// Whether time `a` is after time `b` (RFC 3339, of any precision: corrections are stamped to
/// the second, deletions and undos to the millisecond).
pub(super) fn later(a: &str, b: &str) -> bool {
    match (
        chrono::DateTime::parse_from_rfc3339(a),
        chrono::DateTime::parse_from_rfc3339(b),
    ) {
        (Ok(a), Ok(b)) => a > b,
        _ => a > b,
    }
}
