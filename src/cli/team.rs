//! `chronicle team init|status|search` and `chronicle sync`: the team archive on PostgreSQL
//! from the terminal (src/team/). Errors keep their `TeamError` so `main` exits with its code.

use super::{open_archive, open_for_reading};
use anyhow::Result;
use chronicle::archive::team::{self, SyncOptions, TeamAddress};
use chronicle::terminal::clean_line;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// `chronicle team init ADDRESS`: creates or upgrades the schema and the two roles.
pub fn team_init(address: &str) -> Result<ExitCode> {
    let address = TeamAddress::parse(address)?;
    let report = team::init(&address)?;
    let mut out = std::io::stdout().lock();
    if report.from_version == report.version {
        writeln!(
            out,
            "The team archive at {} is up to date (schema version {}).",
            address.target(),
            report.version
        )?;
    } else {
        writeln!(
            out,
            "The team archive at {} is ready (schema version {}).",
            address.target(),
            report.version
        )?;
    }
    writeln!(
        out,
        "Roles: {} (read and push), {} (pull only). Add users with\n  CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE {};",
        report.roles.member, report.roles.reader, report.roles.member
    )?;
    Ok(ExitCode::SUCCESS)
}

/// What `chronicle sync` does with the archive's subset (the part of the team it pulls).
#[derive(Debug, Clone)]
pub enum Subset {
    /// The one the archive holds (everything when none was set).
    Keep,
    /// `--only`, `--since`, `--until`: this one from now on.
    Set(super::Selection),
    /// `--everything`: none.
    Everything,
}

/// `chronicle sync [--team ADDRESS] [--pull-only] [--only QUERY] [--since DAY] [--until DAY]
/// [--everything]`.
pub fn sync(
    archive: &Path,
    address: Option<&str>,
    pull_only: bool,
    subset: Subset,
) -> Result<ExitCode> {
    let mut archive = open_archive(archive)?;
    let address = team::resolve_address(address, Some(&archive))?;
    match subset {
        Subset::Keep => {}
        Subset::Set(selection) => {
            let filter = selection.filter()?;
            // A query that cannot run is the user's mistake: a usage error, as for `search`.
            if let Err(e) = chronicle::query::parse(&filter.query) {
                return Err(super::UsageError(format!("--only: {e}")).into());
            }
            archive.set_team_subset(Some(&filter))?;
        }
        Subset::Everything => {
            archive.set_team_subset(None)?;
        }
    }
    let options = SyncOptions {
        pull_only,
        batch: env_number("CHRONICLE_SYNC_BATCH").unwrap_or(SyncOptions::default().batch),
        abort_after_batches: env_number("CHRONICLE_SYNC_ABORT_AFTER"),
    };
    let report = team::sync(&mut archive, &address, &options)?;
    println!(
        "Synced with {}: pulled {} articles and {} changes, pushed {} articles and {} changes.",
        address.target(),
        report.pulled_articles,
        report.pulled_changes,
        report.pushed_articles,
        report.pushed_changes
    );
    if let Some(subset) = archive.team_subset()? {
        println!("Pulling only: {}", describe_subset(&subset));
    }
    Ok(ExitCode::SUCCESS)
}

/// `"wind" published 2020-01-01 to 2020-12-31`: a subset in words.
pub fn describe_subset(subset: &chronicle::query::Filter) -> String {
    let mut parts = Vec::new();
    if !subset.query.trim().is_empty() {
        parts.push(format!(
            "articles matching {}",
            clean_line(subset.query.trim())
        ));
    }
    match (subset.from, subset.to) {
        (Some(from), Some(to)) => parts.push(format!("published {from} to {to}")),
        (Some(from), None) => parts.push(format!("published since {from}")),
        (None, Some(to)) => parts.push(format!("published until {to}")),
        (None, None) => {}
    }
    parts.join(", ")
}

fn env_number<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok()?.parse().ok()
}

/// `chronicle team status [--team ADDRESS]`: the last successful sync and what waits to be
/// pushed; the server's counts when it can be reached (an unreachable one is no error here).
pub fn team_status(archive: &Path, address: Option<&str>) -> Result<ExitCode> {
    let archive = open_for_reading(archive)?;
    let local = team::local_status(&archive)?;
    let mut out = std::io::stdout().lock();
    let Ok(address) = team::resolve_address(address, Some(&archive)) else {
        writeln!(out, "Not set up: no team archive given or synced with.")?;
        return Ok(ExitCode::SUCCESS);
    };
    writeln!(out, "Team archive: {}", address.target())?;
    let last = local
        .state
        .as_ref()
        .and_then(|s| s.last_success.clone())
        .unwrap_or_else(|| "never".into());
    writeln!(out, "Last successful sync: {last}")?;
    writeln!(
        out,
        "To push: {} articles, {} changes",
        local.pending.articles, local.pending.records
    )?;
    match archive.team_subset()? {
        Some(subset) => writeln!(out, "Pulling only: {}", describe_subset(&subset))?,
        None => writeln!(out, "Pulling: everything")?,
    }
    match team::server_status(&address) {
        Ok(server) => writeln!(
            out,
            "On the server: {} articles, {} changes; {} may {}",
            server.articles,
            server.records,
            address.user(),
            if server.may_push {
                "pull and push"
            } else {
                "only pull"
            }
        )?,
        Err(e) => writeln!(out, "Server: {}", clean_line(&e.to_string()))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// `chronicle team search QUERY [--team ADDRESS] [--limit N]`: searches the whole team
/// archive on the server, for a desktop whose copy is partial.
pub fn team_search(
    archive: &Path,
    address: Option<&str>,
    query: &str,
    limit: i64,
) -> Result<ExitCode> {
    let local = open_for_reading(archive).ok();
    let address = team::resolve_address(address, local.as_ref())?;
    let (mut client, _) = team::open(&address)?;
    let filter = chronicle::query::Filter {
        query: query.to_string(),
        ..Default::default()
    };
    let hits = team::search(&mut client, &filter, limit)?;
    let mut out = std::io::stdout().lock();
    for hit in &hits {
        writeln!(
            out,
            "{}  {}  {}",
            hit.published.as_deref().unwrap_or("undated"),
            clean_line(&hit.title),
            &hit.content_hash[..hit.content_hash.len().min(12)]
        )?;
    }
    if hits.is_empty() {
        writeln!(out, "No articles on the team archive match.")?;
    }
    Ok(ExitCode::SUCCESS)
}
