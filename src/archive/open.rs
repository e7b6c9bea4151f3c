//! Opening, creating and migrating archive files.

use super::Archive;
use super::error::{ArchiveError, Result, SqlContext as _, classify};
use super::reindex::MigrationProgress;
use super::schema::{APPLICATION_ID, ARCHIVE_VERSION, MIGRATIONS, SCHEMA};
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
        Self::open_with_progress(path, &mut |_| {})
    }

    /// Like `open`, telling `progress` how far a migration that rewrites the index has got.
    pub fn open_with_progress(
        path: &Path,
        progress: &mut dyn FnMut(MigrationProgress),
    ) -> Result<Self> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| ArchiveError::Io {
                context: format!("cannot create the folder {}", parent.display()),
                source,
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| not_an_archive_or(e, path, "opening the archive"))?;
        let mut archive = Archive::with_connection(conn, Some(path.to_path_buf()));
        archive.prepare(path, progress)?;
        Ok(archive)
    }

    /// A fresh archive in memory, for tests and dry runs.
    pub fn open_in_memory() -> Result<Self> {
        let conn = Connection::open_in_memory().context("opening an in-memory archive")?;
        let mut archive = Archive::with_connection(conn, None);
        archive.prepare(Path::new(":memory:"), &mut |_| {})?;
        Ok(archive)
    }

    fn prepare(&mut self, path: &Path, progress: &mut dyn FnMut(MigrationProgress)) -> Result<()> {
        self.conn
            .busy_timeout(BUSY_TIMEOUT)
            .context("setting the busy timeout")?;
        super::days::register(&self.conn, &self.days)?;
        super::compress::register(&self.conn).context("registering SQL functions")?;
        // Read the version before any pragma that writes, so a newer or foreign file stays
        // untouched. One statement reads everything from one snapshot: another process may be
        // creating the schema at this very moment.
        let (version, app_id, tables): (i64, i64, i64) = self
            .conn
            .query_row(
                "SELECT (SELECT user_version FROM pragma_user_version), (SELECT application_id FROM pragma_application_id),
                        (SELECT count(*) FROM sqlite_master)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(|e| not_an_archive_or(e, path, "reading the archive version"))?;
        if version > ARCHIVE_VERSION {
            return Err(ArchiveError::NewerVersion {
                path: path.to_path_buf(),
                found: version,
                supported: ARCHIVE_VERSION,
            });
        }
        if (version == 0 && tables > 0) || (version > 0 && app_id != APPLICATION_ID) {
            return Err(ArchiveError::NotAnArchive {
                path: path.to_path_buf(),
            });
        }
        if version == 0 && tables == 0 {
            // Only an empty file takes a page size. 16 KB pages hold several articles'
            // rows where 4 KB pages left a third of each page empty (measured: -10 % size).
            self.conn
                .execute_batch("PRAGMA page_size = 16384")
                .context("setting the page size")?;
        }
        // WAL lets the window read while an import writes; NORMAL sync is safe with WAL
        // (a crash loses at most the last commits, never consistency) and avoids an fsync per commit.
        self.set_pragmas()?;
        if version == 0 {
            self.create()?;
        } else if version < ARCHIVE_VERSION {
            self.backup_before_migration(path, version)?;
            self.migrate(version, progress)?;
            if version < 4 {
                // Version 4 halved what the rows and the index need; give the space back.
                // Only a size matter, so a failure (another process has the file open) is not one.
                let _ = self.conn.execute_batch("VACUUM");
            }
        }
        Ok(())
    }

    fn set_pragmas(&self) -> Result<()> {
        const PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000;";
        // Switching a new file to WAL needs a moment alone with it; another process opening
        // the same new archive can make that fail at once instead of waiting.
        let mut attempts = 0;
        loop {
            match self
                .conn
                .execute_batch(PRAGMAS)
                .context("setting up the connection")
            {
                Err(ArchiveError::Busy) if attempts < 50 => {
                    attempts += 1;
                    std::thread::sleep(Duration::from_millis(100));
                }
                other => return other,
            }
        }
    }

    fn create(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting schema creation")?;
        // Another process may have created it while we waited for the lock.
        let version: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .context("reading the archive version")?;
        if version == 0 {
            tx.execute_batch(SCHEMA)
                .context("creating the archive schema")?;
            tx.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {ARCHIVE_VERSION};"
            ))
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

    fn migrate(
        &mut self,
        from_version: i64,
        progress: &mut dyn FnMut(MigrationProgress),
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting the migration")?;
        let current: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .context("reading the archive version")?;
        for (step, sql) in MIGRATIONS
            .iter()
            .enumerate()
            .skip(usize::try_from(current.max(from_version) - 1).unwrap_or(0))
        {
            tx.execute_batch(sql).context("migrating the archive")?;
            if step + 2 == 5 {
                super::reindex::reindex_cjk(&tx, progress)?;
            }
            tx.execute_batch(&format!("PRAGMA user_version = {}", step + 2))
                .context("recording the archive version")?;
        }
        tx.commit().context("committing the migration")
    }
}

/// Where the copy taken before migrating a version-`version` archive goes.
pub fn backup_path(path: &Path, version: i64) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(format!(".v{version}.bak"));
    path.with_file_name(name)
}

fn not_an_archive_or(e: rusqlite::Error, path: &Path, context: &'static str) -> ArchiveError {
    if let rusqlite::Error::SqliteFailure(f, _) = &e {
        if f.code == rusqlite::ErrorCode::NotADatabase {
            return ArchiveError::NotAnArchive {
                path: path.to_path_buf(),
            };
        }
        // SQLite says only "unable to open"; a file we cannot write to is the usual cause
        // (WAL needs its -shm file beside the archive).
        if f.code == rusqlite::ErrorCode::CannotOpen
            && path.exists()
            && std::fs::OpenOptions::new().append(true).open(path).is_err()
        {
            return ArchiveError::ReadOnly;
        }
    }
    classify(e, context)
}
