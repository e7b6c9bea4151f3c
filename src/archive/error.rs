//! Errors the archive reports. SQLite's own messages are kept as the source, with a context
//! string naming what Chronicle was doing, so `{:#}` prints a useful chain.

use std::path::PathBuf;

/// Everything that can go wrong opening, writing or querying an archive.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ArchiveError {
    #[error(
        "{path} was written by a newer Chronicle (archive version {found}, this build reads up to {supported}); it was left untouched"
    )]
    NewerVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{path} is not a Chronicle archive")]
    NotAnArchive { path: PathBuf },
    #[error("the archive is busy: another Chronicle is writing to it; try again in a moment")]
    Busy,
    #[error(
        "the archive is read-only (a read-only disk or the file's permissions); nothing was changed"
    )]
    ReadOnly,
    #[error("the disk is full; nothing was written")]
    DiskFull,
    #[error("invalid search: {0}")]
    Query(#[from] crate::query::QueryError),
    #[error("the query was cancelled")]
    Interrupted,
    #[error("{context}")]
    Sql {
        context: &'static str,
        #[source]
        source: rusqlite::Error,
    },
    #[error("article {id}'s stored text is damaged ({source}); the archive file may be corrupt")]
    Damaged {
        id: i64,
        #[source]
        source: std::io::Error,
    },
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

pub(crate) fn damaged_body(id: i64, source: std::io::Error) -> ArchiveError {
    ArchiveError::Damaged { id, source }
}

/// Result alias for archive operations.
pub type Result<T, E = ArchiveError> = std::result::Result<T, E>;

/// Tags a rusqlite result with what Chronicle was doing, turning the SQLite codes users can
/// cause (busy, read-only, full disk, interrupt) into plain variants.
pub(crate) trait SqlContext<T> {
    fn context(self, context: &'static str) -> Result<T>;
}

impl<T> SqlContext<T> for rusqlite::Result<T> {
    fn context(self, context: &'static str) -> Result<T> {
        self.map_err(|source| classify(source, context))
    }
}

pub(crate) fn classify(source: rusqlite::Error, context: &'static str) -> ArchiveError {
    use rusqlite::ErrorCode;
    if let rusqlite::Error::SqliteFailure(e, _) = &source {
        match e.code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => return ArchiveError::Busy,
            ErrorCode::ReadOnly => return ArchiveError::ReadOnly,
            ErrorCode::DiskFull => return ArchiveError::DiskFull,
            ErrorCode::OperationInterrupted => return ArchiveError::Interrupted,
            _ => {}
        }
    }
    ArchiveError::Sql { context, source }
}
