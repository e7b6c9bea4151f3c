//! The archive: one SQLite file holding every article. This is the only module with SQL.
//!
//! `Archive` owns its connection and offers typed methods; callers never see SQL. Writes run
//! in transactions that commit only when the whole batch succeeded. Readers on other threads
//! open their own `Archive` on the same file: WAL lets them read while one writer writes.

mod backup;
pub mod baseline;
mod compress;
mod corrections;
mod days;
mod error;
mod fields;
pub mod fts_query;
mod fts_write;
mod heads;
mod highlights;
mod notes;
mod open;
mod order;
mod people;
mod rank;
mod read;
mod refresh;
mod reindex;
mod saved;
pub mod schema;
mod search;
mod snippet;
mod sync;
mod sync_apply;
mod sync_outbox;
mod sync_research;
mod sync_saved;
mod sync_subset;
mod tags;
pub mod team;
mod watch;
mod write;
mod write_children;

pub use corrections::apply as apply_correction;
pub use error::{ArchiveError, Result};
pub use people::name_key;
// The plain data the archive answers with lives in `model` (model/answers.rs), so readers
// need not depend on the archive; kept here too for the callers that take everything from it.
pub use crate::model::{
    ArticleRecord, DayCounts, EventHit, Hit, MigrationProgress, Person, PersonQuote, QuoteAt,
    SavedSearch, SearchPage, Stats, TagCount,
};
// What to search and how results mark matches belong to the search language (query/); kept
// here too for the callers that take everything from the archive.
pub use crate::query::{Filter, HIGHLIGHT_END, HIGHLIGHT_START, Sort};
pub use sync::{KIND_CORRECTION, KIND_TOMBSTONE, Pending, PulledArticle, SyncRecord, SyncState};
pub use sync_outbox::Outgoing;
pub use write::{Inserted, NewArticle};

use std::path::{Path, PathBuf};

/// An open archive file.
pub struct Archive {
    conn: rusqlite::Connection,
    path: Option<PathBuf>,
    /// A read-only connection that counts matches while `conn` ranks them (search.rs).
    counter: std::sync::Mutex<Option<rusqlite::Connection>>,
    /// Publication day by article id (days.rs), shared with `counter`.
    days: days::SharedDays,
    /// Set by this connection's writes, which `PRAGMA data_version` does not report.
    days_stale: std::sync::atomic::AtomicBool,
    /// Opened `immutable` because the file cannot be written (open.rs).
    read_only: bool,
}

impl Archive {
    fn with_connection(conn: rusqlite::Connection, path: Option<PathBuf>) -> Self {
        Archive {
            conn,
            path,
            counter: std::sync::Mutex::new(None),
            days: days::SharedDays::default(),
            days_stale: std::sync::atomic::AtomicBool::new(true),
            read_only: false,
        }
    }

    /// Brings the in-memory publication days up to date (see days.rs).
    fn refresh_days(&self) -> Result<()> {
        let stale = self
            .days_stale
            .swap(false, std::sync::atomic::Ordering::Relaxed);
        let refreshed = days::refresh(&self.conn, &self.days, stale);
        if refreshed.is_err() {
            // Try again next time rather than trust a map that missed this connection's writes.
            self.mark_days_stale();
        }
        refreshed
    }

    fn mark_days_stale(&self) {
        self.days_stale
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// The file this archive lives in (`None` for an in-memory archive).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}
