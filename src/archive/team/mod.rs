//! The team archive: a PostgreSQL database that several desktops sync their local archives
//! with (`chronicle team init`, `chronicle sync`). The local archive stays the heart of the
//! app; this module only talks to the server, and reads and writes the local archive through
//! `archive`'s sync functions (src/archive/sync.rs), never with SQL of its own.
//!
//! A sync pulls first (so an article the team already holds is not sent back), then pushes.
//! Articles are known by content hash; corrections (of quotes and fields), tags, notes and
//! deletions travel as records, the latest winning. See `pull.rs` and `push.rs` for why every step can be killed and rerun.

mod address;
mod error;
mod fetch;
mod filter;
mod pull;
mod push;
mod schema;
mod search;

pub use address::TeamAddress;
pub use error::{EXIT_LOGIN, EXIT_PERMISSION, EXIT_SCHEMA, EXIT_UNREACHABLE, Result, TeamError};
pub use fetch::{HistoryEntry, fetch, history};
pub use schema::{InitReport, Roles, TEAM_VERSION, init as init_schema};
pub use search::{TeamHit, search};

use crate::archive::{Archive, Pending, SyncState};
use error::ServerContext as _;

/// How a sync runs.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// Articles or records per batch (one server transaction, one local transaction).
    pub batch: usize,
    /// Only pull (a reader's desktop with articles of its own).
    pub pull_only: bool,
    /// Test hook: end the process abruptly after this many batches (pulled or pushed), as a
    /// kill would.
    pub abort_after_batches: Option<u32>,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            batch: 500,
            pull_only: false,
            abort_after_batches: None,
        }
    }
}

/// What a sync did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub pulled_articles: u64,
    pub pulled_changes: u64,
    pub pushed_articles: u64,
    pub pushed_changes: u64,
}

/// Connects and checks the server's schema; returns the connection and the team's id.
pub fn open(address: &TeamAddress) -> Result<(postgres::Client, String)> {
    let mut client = address.connect()?;
    let team_id = schema::check(&mut client, &address.target())?;
    Ok((client, team_id))
}

/// Creates or upgrades the team archive at `address` (its owner's or a superuser's login).
pub fn init(address: &TeamAddress) -> Result<InitReport> {
    let mut client = address.connect()?;
    schema::init(&mut client)
}

/// Syncs `archive` with the team archive at `address`: pull, then push.
pub fn sync(
    archive: &mut Archive,
    address: &TeamAddress,
    options: &SyncOptions,
) -> Result<SyncReport> {
    let (mut client, team_id) = open(address)?;
    let state = archive.start_sync(&team_id, address.text())?;
    let subset = archive.team_subset()?;
    let batch = options.batch.max(1);
    let mut batches = 0u32;
    let limit = options.abort_after_batches;
    let mut tick = || {
        batches += 1;
        if limit.is_some_and(|n| batches >= n) {
            std::process::abort();
        }
    };
    let mut report = SyncReport {
        pulled_articles: pull::articles(
            &mut client,
            archive,
            &team_id,
            subset.as_ref(),
            state.articles_seq,
            batch as i64,
            &mut tick,
        )?,
        ..SyncReport::default()
    };
    report.pulled_changes = pull::records(
        &mut client,
        archive,
        &team_id,
        state.records_seq,
        batch as i64,
        &mut tick,
    )?;
    if !options.pull_only {
        let pending = archive.pending()?;
        if pending != Pending::default() && !may_push(&mut client)? {
            return Err(TeamError::ReaderCannotPush {
                user: address.user().to_string(),
                pending: describe(pending),
            });
        }
        report.pushed_articles = push::articles(&mut client, archive, batch, &mut tick)?;
        report.pushed_changes = push::records(&mut client, archive, batch, &mut tick)?;
    }
    archive.finish_sync(&team_id)?;
    Ok(report)
}

/// Whether this login may write the team archive (a member; a reader may not).
fn may_push(client: &mut postgres::Client) -> Result<bool> {
    let row = client
        .query_one(
            "SELECT has_table_privilege('articles', 'INSERT') AND has_table_privilege('records', 'INSERT')",
            &[],
        )
        .context("checking the role")?;
    Ok(row.get(0))
}

/// `3 articles and 1 change`.
fn describe(p: Pending) -> String {
    let plural = |n: u64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{} and {}",
        plural(p.articles, "article", "articles"),
        plural(p.records, "change", "changes")
    )
}

/// The local side of `team status`: the team, the last successful sync and what waits.
#[derive(Debug, Clone)]
pub struct LocalStatus {
    pub state: Option<SyncState>,
    pub pending: Pending,
}

/// Reads the local side of the status (no network).
pub fn local_status(archive: &Archive) -> Result<LocalStatus> {
    Ok(LocalStatus {
        state: archive.sync_state()?,
        pending: archive.pending()?,
    })
}

/// The server side of `team status`.
#[derive(Debug, Clone, Copy)]
pub struct ServerStatus {
    pub articles: i64,
    pub records: i64,
    pub may_push: bool,
}

/// Counts on the server (one connection).
pub fn server_status(address: &TeamAddress) -> Result<ServerStatus> {
    let (mut client, _) = open(address)?;
    let row = client
        .query_one(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM records)",
            &[],
        )
        .context("counting")?;
    Ok(ServerStatus {
        articles: row.get(0),
        records: row.get(1),
        may_push: may_push(&mut client)?,
    })
}

/// The team address to use: the one given, else `CHRONICLE_TEAM`, else the one this archive
/// last synced with.
pub fn resolve_address(given: Option<&str>, archive: Option<&Archive>) -> Result<TeamAddress> {
    if let Some(text) = given {
        return TeamAddress::parse(text);
    }
    if let Some(text) = std::env::var("CHRONICLE_TEAM")
        .ok()
        .filter(|t| !t.is_empty())
    {
        return TeamAddress::parse(&text);
    }
    match archive.map(Archive::sync_state).transpose()?.flatten() {
        Some(state) => TeamAddress::parse(&state.url),
        None => Err(TeamError::NoAddress),
    }
}
