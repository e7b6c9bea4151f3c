//! `chronicle history ID [--team ADDRESS] [--json]`: an article's changes on the team archive,
//! the one that holds and those it replaced (a conflicting edit's loser), with who and when.

use super::open_for_reading;
use anyhow::Result;
use chronicle::archive::team::{self, HistoryEntry};
use chronicle::terminal::clean_line;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

pub fn history(archive: &Path, id: i64, address: Option<&str>, json: bool) -> Result<ExitCode> {
    let archive = open_for_reading(archive)?;
    let Some(record) = archive.article(id)? else {
        eprintln!("chronicle: no article with id {id}");
        return Ok(ExitCode::from(1));
    };
    let address = team::resolve_address(address, Some(&archive))?;
    let entries = team::history(&address, &record.file.sha256)?;
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &entries)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{}", clean_line(&record.article.title))?;
    if entries.is_empty() {
        writeln!(out, "No changes on the team archive.")?;
    }
    for entry in &entries {
        writeln!(out, "{}", line(entry))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `title: set to Wind farm — alice, 2026-11-30T05:00:00Z (replaced 2026-11-30T06:00:00Z)`.
fn line(e: &HistoryEntry) -> String {
    let what = e.subject();
    let state = match &e.replaced_at {
        Some(at) => format!("replaced {at}"),
        None => "holds".to_string(),
    };
    format!(
        "{}: {} — {}, {} ({state})",
        clean_line(&what),
        clean_line(&e.change),
        clean_line(&e.made_by),
        e.made_at
    )
}
