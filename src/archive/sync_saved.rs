//! Saved searches travel with a team sync: each one is a record of kind `saved_search`, keyed
//! by its name, with no article (`content_hash` ''), the latest save or deletion winning.
//! There is no trigger for them (no schema change): saving and deleting queue the record
//! themselves (saved.rs), and a first sync with a team queues those saved before.

use super::Archive;
use super::error::{Result, SqlContext as _};
use super::sync::SyncRecord;
use super::sync_apply::later;
use super::sync_research::{unpushed_at, unqueue};
use super::sync_subset::SUBSET_NAME;
use rusqlite::{Connection, OptionalExtension as _, TransactionBehavior, params};

/// A saved search (key: its name); body `{"query", "from", "to", "present"}`.
pub const KIND_SAVED_SEARCH: &str = "saved_search";

#[derive(serde::Serialize, serde::Deserialize)]
struct SavedBody {
    query: String,
    from: Option<String>,
    to: Option<String>,
    /// `false` when it was deleted.
    present: bool,
}

/// Queues the saved search `name` (saved or deleted at `at`) for the next push.
pub(super) fn queue(conn: &Connection, name: &str, at: &str) -> Result<()> {
    if name == SUBSET_NAME {
        return Ok(());
    }
    conn.prepare_cached("INSERT OR REPLACE INTO sync_outbox VALUES (?1, '', ?2, ?3)")
        .and_then(|mut s| s.execute(params![KIND_SAVED_SEARCH, name, at]))
        .map(|_| ())
        .context("queueing a saved search")
}

/// Queues every saved search: a first sync with a team sends those saved before.
pub(super) fn queue_all(conn: &Connection) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO sync_outbox
         SELECT ?1, '', name, saved_at FROM saved_searches WHERE name <> ?2",
        params![KIND_SAVED_SEARCH, SUBSET_NAME],
    )
    .map(|_| ())
    .context("queueing the saved searches")
}

impl Archive {
    /// A saved search's record body and time: as it is now, or its deletion at `changed_at`.
    pub(super) fn saved_search_body(
        &self,
        name: &str,
        changed_at: &str,
    ) -> Result<(String, String)> {
        let row: Option<(String, Option<String>, Option<String>, String)> = self
            .conn
            .prepare_cached(
                "SELECT query, from_day, to_day, saved_at FROM saved_searches WHERE name = ?1",
            )
            .and_then(|mut s| {
                s.query_row([name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                    .optional()
            })
            .context("reading a saved search to push")?;
        let (body, at) = match row {
            Some((query, from, to, saved_at)) => (
                SavedBody {
                    query,
                    from,
                    to,
                    present: true,
                },
                saved_at,
            ),
            None => (
                SavedBody {
                    query: String::new(),
                    from: None,
                    to: None,
                    present: false,
                },
                changed_at.to_string(),
            ),
        };
        Ok((serde_json::to_string(&body).unwrap_or_default(), at))
    }

    /// A saved search saved or deleted on another desktop: kept when newer than this
    /// archive's of the same name.
    pub(super) fn apply_saved_search(&mut self, record: &SyncRecord) -> Result<bool> {
        let Ok(body) = serde_json::from_str::<SavedBody>(&record.body) else {
            return Ok(false);
        };
        let name = &record.key;
        if name == SUBSET_NAME || (body.present && crate::query::parse(&body.query).is_err()) {
            return Ok(false);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a pulled saved search")?;
        let local: Option<String> = match unpushed_at(&tx, KIND_SAVED_SEARCH, "", name)? {
            Some(at) => Some(at),
            None => tx
                .query_row(
                    "SELECT saved_at FROM saved_searches WHERE name = ?1",
                    [name],
                    |r| r.get(0),
                )
                .optional()
                .context("reading a saved search")?,
        };
        if local.is_some_and(|at| !later(&record.made_at, &at)) {
            return Ok(false);
        }
        let changed = if body.present {
            tx.execute(
                "INSERT OR REPLACE INTO saved_searches (name, query, from_day, to_day, saved_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![name, body.query, body.from, body.to, record.made_at],
            )
            .context("storing a pulled saved search")?
        } else {
            tx.execute("DELETE FROM saved_searches WHERE name = ?1", [name])
                .context("removing a pulled saved search")?
        };
        unqueue(&tx, KIND_SAVED_SEARCH, "", name)?;
        tx.commit().context("committing a pulled saved search")?;
        Ok(changed > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::Filter;

    fn record(name: &str, body: &str, made_at: &str) -> SyncRecord {
        SyncRecord {
            kind: KIND_SAVED_SEARCH.into(),
            content_hash: String::new(),
            key: name.into(),
            body: body.into(),
            made_at: made_at.into(),
        }
    }

    #[test]
    fn saves_and_deletions_are_queued_and_the_latest_pulled_one_wins() {
        let mut archive = Archive::open_in_memory().expect("archive");
        let filter = Filter {
            query: "wind".into(),
            ..Filter::default()
        };
        archive
            .save_search("Energy", &filter, "2026-11-30T05:00:00Z")
            .expect("save");
        let out = archive.outbox(10).expect("outbox");
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].record.key, "Energy");
        assert!(
            out[0].record.body.contains("\"query\":\"wind\""),
            "{}",
            out[0].record.body
        );
        archive.clear_outbox(&out).expect("clear");

        // An older one from the team loses; a newer one wins; a newer deletion deletes.
        let older = record(
            "Energy",
            r#"{"query":"oil","present":true}"#,
            "2026-11-30T04:00:00Z",
        );
        assert!(!archive.apply_saved_search(&older).expect("apply"));
        let newer = record(
            "Energy",
            r#"{"query":"solar","present":true}"#,
            "2026-11-30T06:00:00Z",
        );
        assert!(archive.apply_saved_search(&newer).expect("apply"));
        assert_eq!(
            archive.saved_searches().expect("list")[0].filter.query,
            "solar"
        );
        assert!(
            archive.outbox(10).expect("outbox").is_empty(),
            "not sent back"
        );
        let gone = record(
            "Energy",
            r#"{"query":"","present":false}"#,
            "2026-11-30T07:00:00Z",
        );
        assert!(archive.apply_saved_search(&gone).expect("apply"));
        assert!(archive.saved_searches().expect("list").is_empty());

        // A local deletion travels as one.
        archive
            .save_search("Ports", &filter, "2026-11-30T08:00:00Z")
            .expect("save");
        assert!(archive.delete_saved_search("Ports").expect("delete"));
        let out = archive.outbox(10).expect("outbox");
        assert_eq!(out.len(), 1);
        assert!(
            out[0].record.body.contains("\"present\":false"),
            "{}",
            out[0].record.body
        );
    }
}
