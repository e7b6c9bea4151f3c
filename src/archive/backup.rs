//! Checking the copy taken before a migration: a backup is trusted only once it is shown to
//! be a whole, sound copy of the archive it was taken from.

use rusqlite::{Connection, OpenFlags};
use std::path::Path;

/// `Ok` when `backup` is a complete, sound archive of version `version` holding `articles`
/// articles; otherwise what is wrong with it.
pub(super) fn verify(backup: &Path, version: i64, articles: i64) -> Result<(), String> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(backup, flags).map_err(|e| e.to_string())?;
    let one = |sql: &str| -> Result<i64, String> {
        conn.query_row(sql, [], |r| r.get(0))
            .map_err(|e| e.to_string())
    };
    // A copy cut short (a kill, a full disk) is shorter than its pages say.
    let pages = one("PRAGMA page_count")?;
    let page_size = one("PRAGMA page_size")?;
    let length = std::fs::metadata(backup).map_err(|e| e.to_string())?.len();
    if pages < 1 || u64::try_from(pages * page_size).ok() != Some(length) {
        return Err(format!(
            "the copy is incomplete ({length} bytes for {pages} pages)"
        ));
    }
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    if verdict != "ok" {
        return Err(format!("the copy is damaged ({verdict})"));
    }
    let found = one("PRAGMA user_version")?;
    if found != version {
        return Err(format!(
            "the copy is of archive version {found}, not {version}"
        ));
    }
    let copied = one("SELECT count(*) FROM articles")?;
    if copied != articles {
        return Err(format!(
            "the copy holds {copied} articles, the archive {articles}"
        ));
    }
    Ok(())
}
