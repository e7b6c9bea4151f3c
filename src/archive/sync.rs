//! The local side of syncing with a team archive (src/team/ holds the server side): which
//! articles and changes are still to push, applying what was pulled, and how far each pull
//! got (the outbox of changes to push: sync_outbox.rs). Tables and triggers: schema.sql,
//! version 8 (tags, notes and highlights: version 10, sync_research.rs).
//!
//! Every step is idempotent: a pulled batch and its new position commit together, and a
//! record applied twice changes nothing the second time (the latest `made_at` wins, ties
//! keep what is there), so a sync killed anywhere and run again ends in the same state.

use super::Archive;
use super::error::{ArchiveError, Result, SqlContext as _};
use super::write::NewArticle;
use crate::model::Article;
use rusqlite::{OptionalExtension as _, TransactionBehavior, params};

/// Record kinds this build knows ('correction' covers quotes and field edits). Another kind
/// is a new value here, a trigger filling the outbox, a body in `outbox` and a
/// branch in `apply_record`; the server's `records` table and the pull need no change.
pub const KIND_CORRECTION: &str = "correction";
pub const KIND_TOMBSTONE: &str = "tombstone";
/// One tag of one article (key: the tag's folded name); body `{"name", "present"}`.
pub const KIND_TAG: &str = "tag";
/// The user's note on an article (key ''); body `{"text"}`, `null` when removed.
pub const KIND_NOTE: &str = "note";
/// One highlight (key `part:start:end`); body `{"present", "comment"}`.
pub const KIND_HIGHLIGHT: &str = "highlight";

/// The team this archive syncs with and how far its pulls got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncState {
    pub team_id: String,
    /// The team's address, never with a password.
    pub url: String,
    pub articles_seq: i64,
    pub records_seq: i64,
    /// When the last sync succeeded (RFC 3339, UTC).
    pub last_success: Option<String>,
}

/// A change to one article other than its content, as it travels to and from the team:
/// `body` is JSON, `key` says which part of the article ('' for a tombstone; `quote/body:1:9`
/// for a quote's correction).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncRecord {
    pub kind: String,
    pub content_hash: String,
    pub key: String,
    pub body: String,
    pub made_at: String,
}

/// An article pulled from the team.
#[derive(Debug, Clone)]
pub struct PulledArticle {
    pub content_hash: String,
    pub article: Article,
    pub file_name: String,
}

/// What is still to push.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pending {
    pub articles: u64,
    pub records: u64,
}

/// A correction as a record's body: the `corrections` row's target, locator and JSON.
#[derive(serde::Serialize, serde::Deserialize)]
pub(super) struct CorrectionBody {
    pub(super) target: String,
    pub(super) locator: String,
    /// `None` when the correction was undone.
    pub(super) change: Option<serde_json::Value>,
    pub(super) original: Option<serde_json::Value>,
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Archive {
    /// The team this archive syncs with, if it ever synced.
    pub fn sync_state(&self) -> Result<Option<SyncState>> {
        self.conn
            .query_row(
                "SELECT team_id, url, articles_seq, records_seq, last_success FROM sync_state",
                [],
                |r| {
                    Ok(SyncState {
                        team_id: r.get(0)?,
                        url: r.get(1)?,
                        articles_seq: r.get(2)?,
                        records_seq: r.get(3)?,
                        last_success: r.get(4)?,
                    })
                },
            )
            .optional()
            .context("reading the sync state")
    }

    /// Starts a sync with team `team_id` at `url` (no password). An archive that synced with
    /// another team forgets it: everything is pushed to and pulled from the new one.
    pub fn start_sync(&mut self, team_id: &str, url: &str) -> Result<SyncState> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a sync")?;
        let other: bool = tx
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sync_state WHERE team_id <> ?1)",
                [team_id],
                |r| r.get(0),
            )
            .context("reading the sync state")?;
        if other {
            tx.execute_batch("DELETE FROM sync_state; DELETE FROM sync_known;")
                .context("forgetting the previous team")?;
        }
        let first: bool = tx
            .query_row(
                "SELECT NOT EXISTS (SELECT 1 FROM sync_state WHERE team_id = ?1)",
                [team_id],
                |r| r.get(0),
            )
            .context("reading the sync state")?;
        if first {
            // Saved searches have no trigger: those saved before the first sync go now.
            super::sync_saved::queue_all(&tx)?;
        }
        tx.execute(
            "INSERT INTO sync_state (team_id, url) VALUES (?1, ?2)
             ON CONFLICT (team_id) DO UPDATE SET url = excluded.url",
            params![team_id, url],
        )
        .context("recording the team")?;
        tx.commit().context("starting a sync")?;
        self.sync_state()?.ok_or(ArchiveError::Sql {
            context: "reading the sync state",
            source: rusqlite::Error::QueryReturnedNoRows,
        })
    }

    /// Records that a sync with `team_id` succeeded now.
    pub fn finish_sync(&mut self, team_id: &str) -> Result<()> {
        self.conn
            .execute(
                "UPDATE sync_state SET last_success = ?2 WHERE team_id = ?1",
                params![team_id, now()],
            )
            .context("recording the sync")?;
        Ok(())
    }

    /// Up to `limit` articles with an id above `after_id` that the team does not hold and
    /// that were not deleted, as (id, content hash), by id.
    pub fn unpushed_articles(&self, after_id: i64, limit: usize) -> Result<Vec<(i64, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, content_hash FROM articles a WHERE id > ?1
                   AND NOT EXISTS (SELECT 1 FROM sync_known k WHERE k.content_hash = a.content_hash)
                 ORDER BY id LIMIT ?2",
            )
            .context("preparing the articles to push")?;
        let rows = stmt
            .query_map(params![after_id, limit as i64], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .context("reading the articles to push")?;
        rows.collect::<rusqlite::Result<_>>()
            .context("reading the articles to push")
    }

    /// The article with id `id` as it travels to the team: quotes as extraction found them
    /// (the corrections travel as records and are applied on arrival), no corrections.
    pub fn article_for_team(&self, id: i64) -> Result<Option<(Article, String)>> {
        let Some(record) = self.article(id)? else {
            return Ok(None);
        };
        let mut article = record.article;
        super::corrections::unapply_all(&mut article);
        Ok(Some((article, record.file.name)))
    }

    /// Notes that the team holds these articles (pushed or found there).
    pub fn mark_known(&mut self, hashes: &[String]) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting to record pushed articles")?;
        insert_known(&tx, hashes)?;
        tx.commit().context("recording pushed articles")
    }

    /// What is still to push: articles the team lacks, and changes in the outbox.
    pub fn pending(&self) -> Result<Pending> {
        let count = |sql: &str| -> Result<u64> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n.max(0) as u64)
                .context("counting what is to push")
        };
        Ok(Pending {
            articles: count(
                "SELECT count(*) FROM articles a
                 WHERE NOT EXISTS (SELECT 1 FROM sync_known k WHERE k.content_hash = a.content_hash)",
            )?,
            // Deletions of articles the team never held are not sent (see `outbox`).
            records: count(
                "SELECT count(*) FROM sync_outbox o
                 WHERE o.kind <> 'tombstone'
                    OR EXISTS (SELECT 1 FROM sync_known k WHERE k.content_hash = o.content_hash)",
            )?,
        })
    }

    /// Of `hashes`, those this archive neither holds nor deleted: the articles a pull fetches.
    pub fn wanted(&self, hashes: &[String]) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash = ?1)
                     OR EXISTS (SELECT 1 FROM tombstones WHERE content_hash = ?1)",
            )
            .context("preparing the pull")?;
        let mut wanted = Vec::new();
        for hash in hashes {
            let have: bool = stmt
                .query_row([hash], |r| r.get(0))
                .context("looking up a pulled article")?;
            if !have {
                wanted.push(hash.clone());
            }
        }
        Ok(wanted)
    }

    /// Stores a pulled batch in one transaction with the pull's new position `through_seq`:
    /// the `articles` (none deleted here), and every hash of the batch (`seen`) as held by the
    /// team. Returns how many articles were new.
    pub fn apply_pulled_articles(
        &mut self,
        team_id: &str,
        articles: &[PulledArticle],
        seen: &[String],
        through_seq: i64,
    ) -> Result<usize> {
        let imported_at = now();
        let batch: Vec<NewArticle> = articles
            .iter()
            .map(|p| {
                let mut item = NewArticle {
                    article: p.article.clone(),
                    file: crate::model::FileInfo {
                        name: p.file_name.clone(),
                        sha256: p.content_hash.clone(),
                        ..Default::default()
                    },
                    ..NewArticle::default()
                };
                item.prepare();
                item
            })
            .collect();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a pulled batch")?;
        let corrected = super::corrections::any(&tx)?;
        let mut pending = Vec::new();
        let mut new = 0;
        for item in &batch {
            let deleted: bool = tx
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM tombstones WHERE content_hash = ?1)")
                .and_then(|mut s| s.query_row([&item.file.sha256], |r| r.get(0)))
                .context("looking for a deletion")?;
            if deleted {
                continue;
            }
            let (outcome, fields) = super::write::insert_one(&tx, item, &imported_at, corrected)?;
            if matches!(outcome, super::Inserted::New(_)) {
                new += 1;
            }
            pending.extend(fields.map(|f| (&item.article, f)));
        }
        super::fts_write::index_new(&tx, &pending)?;
        insert_known(&tx, seen)?;
        tx.execute(
            "UPDATE sync_state SET articles_seq = max(articles_seq, ?2) WHERE team_id = ?1",
            params![team_id, through_seq],
        )
        .context("recording the pull")?;
        tx.commit().context("committing a pulled batch")?;
        self.mark_days_stale();
        Ok(new)
    }
}

fn insert_known(conn: &rusqlite::Connection, hashes: &[String]) -> Result<()> {
    let mut stmt = conn
        .prepare_cached("INSERT OR IGNORE INTO sync_known VALUES (?1)")
        .context("preparing pushed articles")?;
    for hash in hashes {
        stmt.execute([hash]).context("recording a pushed article")?;
    }
    Ok(())
}
