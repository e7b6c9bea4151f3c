//! What an import reports, typed: progress (`Started`, one `FileDone` per file with its
//! outcome, `Finished` with the summary) and why a file failed. The messages name no
//! command-line flag: the terminal and the window each add their own advice.

use crate::extract::ExtractError;
use std::path::PathBuf;

/// Why a file was not imported, or what is worth knowing about one that was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Failure {
    /// The file could not be read: missing, a folder, a pipe or device, no permission.
    #[error("{0}")]
    Unreadable(String),
    /// Larger than the import's limit (`ImportOptions::max_file_bytes`).
    #[error("the file is too large ({:.1} MB; the limit is {:.1} MB)", megabytes(*size), megabytes(*limit))]
    TooLarge { size: u64, limit: u64 },
    /// Its bytes hold no article Chronicle can read.
    #[error(transparent)]
    Extract(#[from] ExtractError),
    /// It was read, and no article came out of it.
    #[error("no article found in the file")]
    NoArticle,
    /// A folder could not be walked (a loop of links, no permission).
    #[error("{0}")]
    Walk(String),
    /// The import's reading threads could not start.
    #[error("cannot start the import threads: {0}")]
    Threads(String),
    /// Imported, with a change worth knowing (a cap reached, an invalid date left out).
    #[error("{0}")]
    Note(String),
}

fn megabytes(bytes: u64) -> f64 {
    bytes as f64 / 1_048_576.0
}

/// A file that could not be imported (or a note about one that was), and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFailure {
    pub path: PathBuf,
    pub reason: Failure,
}

impl std::fmt::Display for FileFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// What one import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Articles newly archived.
    pub imported: usize,
    /// Articles already in the archive (same content).
    pub duplicates: usize,
    pub failed: Vec<FileFailure>,
    /// Files imported with a change worth knowing (a cap reached, an invalid date left out).
    pub notes: Vec<FileFailure>,
    /// Files in folders skipped for their extension (images, scripts...).
    pub skipped: usize,
    /// Ids of the new articles, in import order.
    pub new_ids: Vec<i64>,
    pub cancelled: bool,
}

/// What became of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileOutcome {
    /// Its articles are in the archive: `new` added, `duplicates` already there.
    Archived {
        new: usize,
        duplicates: usize,
    },
    Failed(Failure),
}

/// Progress reports, in order: one `Started`, one `FileDone` per file, one `Finished` (unless
/// the archive itself failed: then the import returns the error instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    Started {
        total_files: usize,
    },
    FileDone {
        done_files: usize,
        total_files: usize,
        path: PathBuf,
        outcome: FileOutcome,
    },
    Finished(Summary),
}
