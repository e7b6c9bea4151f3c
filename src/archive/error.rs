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
    #[error("there is no archive at {path} (check --archive; `chronicle import` creates one)")]
    Missing { path: PathBuf },
    #[error("{path} is a folder; give the archive file (for example {path}/archive.sqlite)")]
    IsFolder { path: PathBuf },
    #[error("{path:?} is not a file name; give the path of an archive file")]
    NotAFile { path: PathBuf },
    #[error(
        "the backup {path} taken before migrating could not be verified ({reason}); the archive was left untouched"
    )]
    BackupFailed { path: PathBuf, reason: String },
    #[error("the archive is busy: another Chronicle is writing to it; try again in a moment")]
    Busy,
    #[error(
        "the archive is read-only (a read-only disk or the file's permissions); nothing was changed"
    )]
    ReadOnly,
    #[error("the disk is full; nothing was written")]
    DiskFull,
    #[error(
        "the archive file is damaged ({context}); restore it from a backup (a .bak copy beside it, if any)"
    )]
    Corrupt {
        context: &'static str,
        #[source]
        source: rusqlite::Error,
    },
    #[error("invalid search: {0}")]
    Query(#[from] crate::query::QueryError),
    /// A search SQLite refused (nested too deeply, too complex); the text is SQLite's reason.
    #[error("invalid search: {0}")]
    QueryRefused(String),
    #[error("invalid search: it has no word to look for (only punctuation or empty fields)")]
    NothingToSearch,
    #[error("there is no article {id} in the archive")]
    NoSuchArticle { id: i64 },
    #[error("article {id} has no such quote (it may have changed; show the article again)")]
    NoSuchQuote { id: i64 },
    #[error("{name:?} is not a tag name (1 to 100 characters, not only spaces)")]
    BadTag { name: String },
    #[error("{name:?} is not a name (1 to 100 characters, not only spaces)")]
    BadName { name: String },
    #[error("article {id} has no such passage to highlight")]
    BadRange { id: i64 },
    #[error("the note is too long (at most {max} characters)")]
    NoteTooLong { max: usize },
    #[error("there is no tag {name:?}")]
    NoSuchTag { name: String },
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
            ErrorCode::DatabaseCorrupt => {
                return ArchiveError::Corrupt { context, source };
            }
            _ => {}
        }
    }
    // FTS5 refuses some valid-looking queries (a parser stack overflow on deep nesting):
    // a problem with the search, not with the archive.
    if let rusqlite::Error::SqliteFailure(_, Some(message)) = &source {
        if let Some(reason) = message.strip_prefix("fts5: ") {
            let reason = if reason.contains("stack overflow") {
                "it is nested too deeply (too many parentheses)"
            } else {
                reason
            };
            return ArchiveError::QueryRefused(reason.to_string());
        }
    }
    ArchiveError::Sql { context, source }
}
