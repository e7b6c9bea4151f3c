//! Opening, creating and migrating archive files.

use super::Archive;
use super::error::{ArchiveError, Result, SqlContext as _, classify};
use super::schema::{APPLICATION_ID, ARCHIVE_VERSION, MIGRATIONS, SCHEMA};
use crate::model::MigrationProgress;
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
        check_archive_path(path)?;
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

    /// Opens an existing archive for reading only: a missing file is an error (a mistyped
    /// path must not become a new, empty archive), and nothing is written to it. A file this
    /// user may not write (permissions, a read-only disk) is opened `immutable`, so SQLite
    /// creates no `-shm` beside it that would later block a writer. An older archive still
    /// has to be migrated first, which only a writable file allows.
    pub fn open_read_only(path: &Path) -> Result<Self> {
        Self::open_read_only_with_progress(path, &mut |_| {})
    }

    /// Like `open_read_only`, telling `progress` how far a migration an older archive needs
    /// first has got.
    pub fn open_read_only_with_progress(
        path: &Path,
        progress: &mut dyn FnMut(MigrationProgress),
    ) -> Result<Self> {
        check_archive_path(path)?;
        if !path.exists() {
            return Err(ArchiveError::Missing {
                path: path.to_path_buf(),
            });
        }
        let writable = may_write(path);
        let conn = open_reader_connection(path, writable)
            .map_err(|e| not_an_archive_or(e, path, "opening the archive"))?;
        let mut archive = Archive::with_connection(conn, Some(path.to_path_buf()));
        archive.read_only = !writable;
        archive.prepare_connection()?;
        match archive.check_version(path)? {
            Some(version) if version == ARCHIVE_VERSION => {}
            // An empty file or an older version: opening it for writing creates or migrates it.
            _ if writable => return Archive::open_with_progress(path, progress),
            _ => return Err(ArchiveError::ReadOnly),
        }
        archive
            .conn
            .execute_batch("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000;")
            .context("setting up the connection")?;
        archive.register_ranking()?;
        Ok(archive)
    }

    /// Another read-only connection to this archive, opened the way the first one was.
    pub(super) fn reader_connection(&self) -> Option<Connection> {
        let path = self.path.as_ref()?;
        open_reader_connection(path, !self.read_only).ok()
    }

    /// A fresh archive in memory, for tests and dry runs.
    pub fn open_in_memory() -> Result<Self> {
        let conn = Connection::open_in_memory().context("opening an in-memory archive")?;
        let mut archive = Archive::with_connection(conn, None);
        archive.prepare(Path::new(":memory:"), &mut |_| {})?;
        Ok(archive)
    }

    fn prepare_connection(&mut self) -> Result<()> {
        self.conn
            .busy_timeout(BUSY_TIMEOUT)
            .context("setting the busy timeout")?;
        super::days::register(&self.conn, &self.days)?;
        super::compress::register(&self.conn).context("registering SQL functions")
    }

    /// `chronicle_rank` (rank.rs) and the vocabulary heads.rs counts with. Asking for FTS5's API reads the file's schema, so this
    /// comes once the file is known to be an archive (and is created or migrated), so that a
    /// foreign or newer file is reported as such.
    fn register_ranking(&self) -> Result<()> {
        super::rank::register(&self.conn).context("registering the ranking function")?;
        super::heads::register(&self.conn)
    }

    /// The archive version of the file (`None` for an empty file); a newer or foreign file
    /// is an error.
    fn check_version(&self, path: &Path) -> Result<Option<i64>> {
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
        Ok((version > 0).then_some(version))
    }

    fn prepare(&mut self, path: &Path, progress: &mut dyn FnMut(MigrationProgress)) -> Result<()> {
        self.prepare_connection()?;
        let version = self.check_version(path)?.unwrap_or(0);
        if version == 0 {
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
        self.register_ranking()
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

    /// Copies the archive to `<name>.v<N>.bak` before migrating, and checks the copy before
    /// the original is touched: written under a temporary name, checked, then renamed into
    /// place, so a kill leaves no half backup under the real name. A backup left by an
    /// earlier run is used only when it passes the same check; otherwise it is replaced.
    fn backup_before_migration(&self, path: &Path, version: i64) -> Result<()> {
        if self.path.is_none() {
            return Ok(());
        }
        let backup = backup_path(path, version);
        let articles: i64 = self
            .conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
            .context("counting articles before the backup")?;
        if backup.exists() && super::backup::verify(&backup, version, articles).is_ok() {
            return Ok(());
        }
        let mut partial = backup.clone().into_os_string();
        partial.push(format!(".partial-{}", std::process::id()));
        let partial = PathBuf::from(partial);
        let _ = std::fs::remove_file(&partial);
        let written = self
            .conn
            .execute("VACUUM INTO ?1", [partial.to_string_lossy()])
            .context("writing a backup before migrating")
            .and_then(|_| {
                super::backup::verify(&partial, version, articles).map_err(|reason| {
                    ArchiveError::BackupFailed {
                        path: backup.clone(),
                        reason,
                    }
                })
            })
            .and_then(|()| {
                let io = |source| ArchiveError::Io {
                    context: format!("cannot write the backup {}", backup.display()),
                    source,
                };
                std::fs::File::open(&partial)
                    .and_then(|f| f.sync_all())
                    .map_err(io)?;
                std::fs::rename(&partial, &backup).map_err(io)
            });
        if written.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        written
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
            if step + 2 == 11 {
                super::rank::register(&tx).context("registering the ranking function")?;
                super::heads::choose(&tx, progress)?;
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

/// Refuses the names that are not an archive file: SQLite's `:memory:` (an import into it
/// would vanish) and a folder.
fn check_archive_path(path: &Path) -> Result<()> {
    if path.as_os_str().is_empty() || path.as_os_str() == ":memory:" {
        return Err(ArchiveError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    if path.is_dir() {
        return Err(ArchiveError::IsFolder {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Whether the file may be written: its owner left a write permission on it and this
/// process can open it for writing (the disk is not read-only). A file marked read-only
/// counts as read-only even for root, who could write it anyway.
fn may_write(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.permissions().readonly())
        && std::fs::OpenOptions::new().append(true).open(path).is_ok()
}

/// A read-only connection; `immutable` when the file cannot be written, which needs a URI.
/// An immutable connection ignores the `-wal` file, so with committed transactions still in
/// one (a writer killed before its checkpoint) a plain read-only connection is tried first.
fn open_reader_connection(path: &Path, writable: bool) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if writable {
        return Connection::open_with_flags(path, flags);
    }
    let mut wal = path.as_os_str().to_os_string();
    wal.push("-wal");
    if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
        let plain = Connection::open_with_flags(path, flags).and_then(|conn| {
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
            Ok(conn)
        });
        if plain.is_ok() {
            return plain;
        }
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let uri = format!("file:{}?immutable=1", uri_path(&absolute));
    Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
}

/// A path as a `file:` URI path: every byte but unreserved ones and `/` percent-encoded.
fn uri_path(path: &Path) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for &b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
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
        if f.code == rusqlite::ErrorCode::CannotOpen && path.is_file() && !may_write(path) {
            return ArchiveError::ReadOnly;
        }
    }
    classify(e, context)
}
