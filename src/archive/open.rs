//! Opening, creating and migrating archive files.

use super::error::{classify, ArchiveError, Result, SqlContext as _};
use super::schema::{APPLICATION_ID, ARCHIVE_VERSION, MIGRATIONS, SCHEMA};
use super::Archive;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a writer waits for another process's transaction before reporting `Busy`.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

impl Archive {
    /// Opens the archive at `path`, creating it (and its folder) if it does not exist and
    /// migrating an older one forward after copying it to `<name>.v<N>.bak`.
    /// A newer or foreign file is refused without being changed.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| ArchiveError::Io {
                context: format!("cannot create the folder {}", parent.display()),
                source,
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| not_an_archive_or(e, path, "opening the archive"))?;
        let mut archive = Archive { conn, path: Some(path.to_path_buf()) };
        archive.prepare(path)?;
        Ok(archive)
    }

    /// A fresh archive in memory, for tests and dry runs.
    pub fn open_in_memory() -> Result<Self> {
        let conn = Connection::open_in_memory().context("opening an in-memory archive")?;
        let mut archive = Archive { conn, path: None };
        archive.prepare(Path::new(":memory:"))?;
        Ok(archive)
    }

    fn prepare(&mut self, path: &Path) -> Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT).context("setting the busy timeout")?;
        // Read the version before any pragma that writes, so a newer or foreign file stays untouched.
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| not_an_archive_or(e, path, "reading the archive version"))?;
        let app_id: i64 = self.conn.query_row("PRAGMA application_id", [], |r| r.get(0)).context("reading the application id")?;
        if version > ARCHIVE_VERSION {
            return Err(ArchiveError::NewerVersion { path: path.to_path_buf(), found: version, supported: ARCHIVE_VERSION });
        }
        if version == 0 {
            let tables: i64 = self.conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).context("inspecting the file")?;
            if tables > 0 {
                return Err(ArchiveError::NotAnArchive { path: path.to_path_buf() });
            }
        } else if app_id != APPLICATION_ID {
            return Err(ArchiveError::NotAnArchive { path: path.to_path_buf() });
        }
        // WAL lets the window read while an import writes; NORMAL sync is safe with WAL
        // (a crash loses at most the last commits, never consistency) and avoids an fsync per commit.
        self.conn
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000;")
            .context("setting up the connection")?;
        if version == 0 {
            self.create()?;
        } else if version < ARCHIVE_VERSION {
            self.backup_before_migration(path, version)?;
            self.migrate(version)?;
        }
        Ok(())
    }

    fn create(&mut self) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).context("starting schema creation")?;
        // Another process may have created it while we waited for the lock.
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).context("reading the archive version")?;
        if version == 0 {
            tx.execute_batch(SCHEMA).context("creating the archive schema")?;
            tx.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {ARCHIVE_VERSION};"))
                .context("recording the archive version")?;
        }
        tx.commit().context("committing the new schema")
    }

    fn backup_before_migration(&self, path: &Path, version: i64) -> Result<()> {
        if self.path.is_none() {
            return Ok(());
        }
        let backup = backup_path(path, version);
        if backup.exists() {
            return Ok(());
        }
        self.conn
            .execute("VACUUM INTO ?1", [backup.to_string_lossy()])
            .context("writing a backup before migrating")?;
        Ok(())
    }

    fn migrate(&mut self, from_version: i64) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).context("starting the migration")?;
        let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).context("reading the archive version")?;
        for (step, sql) in MIGRATIONS.iter().enumerate().skip(usize::try_from(current.max(from_version) - 1).unwrap_or(0)) {
            tx.execute_batch(sql).context("migrating the archive")?;
            tx.execute_batch(&format!("PRAGMA user_version = {}", step + 2)).context("recording the archive version")?;
        }
        tx.commit().context("committing the migration")
    }
}

/// Where the copy taken before migrating a version-`version` archive goes.
pub fn backup_path(path: &Path, version: i64) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".v{version}.bak"));
    path.with_file_name(name)
}

fn not_an_archive_or(e: rusqlite::Error, path: &Path, context: &'static str) -> ArchiveError {
    if let rusqlite::Error::SqliteFailure(f, _) = &e {
        if f.code == rusqlite::ErrorCode::NotADatabase {
            return ArchiveError::NotAnArchive { path: path.to_path_buf() };
        }
        // SQLite says only "unable to open"; a file we cannot write to is the usual cause
        // (WAL needs its -shm file beside the archive).
        if f.code == rusqlite::ErrorCode::CannotOpen && path.exists() && std::fs::OpenOptions::new().append(true).open(path).is_err() {
            return ArchiveError::ReadOnly;
        }
    }
    classify(e, context)
}
