//! Import: walks the given files and folders, reads and extracts them in parallel, and hands
//! the articles to one writer (the calling thread) that commits them in batches.
//!
//! One bad file never stops an import: it becomes a `FileFailure` naming the file and the
//! reason, and the rest goes on. Each batch is one transaction, so a crash or a kill leaves
//! only whole articles behind and a rerun completes the import (duplicates are skipped).

use crate::archive::{Archive, ArchiveError, NewArticle};
use crate::extract::{self, Extracted, KNOWN_EXTENSIONS};
use crate::model::FileInfo;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

mod files;
mod reextract;
mod report;
mod writer;

use files::io_reason;
pub use files::read_file;
pub use reextract::{Reextracted, reextract};
pub use report::{Failure, FileFailure, FileOutcome, Progress, Summary};

/// Files larger than this are refused unless the caller raises the limit.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// Tuning and limits for one import.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Files larger than this are refused without being read.
    pub max_file_bytes: u64,
    /// Articles per transaction.
    pub batch_size: usize,
    /// Longest time an extracted article waits before its batch is committed (keeps the
    /// progress display moving on slow imports).
    pub max_batch_delay: Duration,
    /// Most extracted text held between the readers and the writer (one file's articles
    /// always pass): a folder of large files must not pile up gigabytes.
    pub max_in_flight_bytes: usize,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            batch_size: 4000,
            max_batch_delay: Duration::from_millis(1000),
            max_in_flight_bytes: 256 << 20,
        }
    }
}

/// The files an import will read: files as given, folders walked recursively (only files
/// with a known extension, hidden ones left out). Walking errors (a symlink loop, an
/// unreadable folder) become failures.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<FileFailure>, usize) {
    let mut files = Vec::new();
    let mut failures = Vec::new();
    let mut skipped = 0;
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let walker = walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter();
        for entry in walker
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    if has_known_extension(e.path()) {
                        files.push(e.into_path());
                    } else {
                        skipped += 1;
                    }
                }
                Ok(_) => {}
                Err(err) => failures.push(walk_failure(path, &err)),
            }
        }
    }
    (files, failures, skipped)
}

fn has_known_extension(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| KNOWN_EXTENSIONS.contains(&e.as_str()))
}

fn walk_failure(root: &Path, err: &walkdir::Error) -> FileFailure {
    let path = err.path().unwrap_or(root).to_path_buf();
    let reason = if err.loop_ancestor().is_some() {
        "a symbolic link loops back to a parent folder; skipped".to_string()
    } else if let Some(io) = err.io_error() {
        io_reason(io)
    } else {
        err.to_string()
    };
    FileFailure {
        path,
        reason: Failure::Walk(reason),
    }
}

/// A file already in memory (the samples bundled in the binary), imported like one on disk.
#[derive(Debug, Clone)]
pub struct MemoryFile {
    /// Recorded as the article's file path (no file by that name need exist).
    pub path: String,
    /// The file name, whose extension picks the reader.
    pub name: String,
    pub bytes: &'static [u8],
}

/// One file to import.
enum Source {
    Disk(PathBuf),
    Memory(MemoryFile),
}

impl Source {
    /// The path progress and failures name.
    fn path(&self) -> PathBuf {
        match self {
            Source::Disk(path) => path.clone(),
            Source::Memory(file) => PathBuf::from(&file.path),
        }
    }
}

/// Imports `paths` into `archive`. Returns the summary, or an error when the archive itself
/// fails (disk full, read-only): batches committed before that stay.
pub fn import_paths(
    archive: &mut Archive,
    paths: &[PathBuf],
    options: &ImportOptions,
    cancel: &AtomicBool,
    progress: &mut dyn FnMut(&Progress),
) -> Result<Summary, ArchiveError> {
    let (files, walk_failures, skipped) = collect_files(paths);
    let summary = Summary {
        failed: walk_failures,
        skipped,
        ..Summary::default()
    };
    let files = files.into_iter().map(Source::Disk).collect();
    import_sources(archive, files, summary, options, cancel, progress)
}

/// Imports files held in memory (the bundled samples) through the same readers and writer.
pub fn import_memory(
    archive: &mut Archive,
    files: &[MemoryFile],
    options: &ImportOptions,
    cancel: &AtomicBool,
    progress: &mut dyn FnMut(&Progress),
) -> Result<Summary, ArchiveError> {
    let files = files.iter().cloned().map(Source::Memory).collect();
    import_sources(
        archive,
        files,
        Summary::default(),
        options,
        cancel,
        progress,
    )
}

fn import_sources(
    archive: &mut Archive,
    files: Vec<Source>,
    mut summary: Summary,
    options: &ImportOptions,
    cancel: &AtomicBool,
    progress: &mut dyn FnMut(&Progress),
) -> Result<Summary, ArchiveError> {
    let total_files = files.len();
    progress(&Progress::Started { total_files });
    let in_flight = AtomicUsize::new(0);
    let in_flight = &in_flight;
    std::thread::scope(|scope| {
        // Room for two batches: the readers keep extracting the next batch while the writer
        // commits one (with room for only a few files they sat idle during every commit).
        // Memory is bounded by `in_flight` (text extracted but not yet committed), not by
        // the channel's length.
        let (sender, receiver) = mpsc::sync_channel::<Message>(options.batch_size.max(1) * 2);
        let reader = std::thread::Builder::new()
            .name("chronicle-import-readers".into())
            .spawn_scoped(scope, move || {
                files.par_iter().for_each_with(sender, |sender, source| {
                    if cancel.load(Ordering::Relaxed) {
                        return;
                    }
                    let mut notes = Vec::new();
                    let result = read_and_extract(source, options.max_file_bytes).map(|found| {
                        found
                            .into_iter()
                            .map(|mut e| {
                                notes.append(&mut e.notes);
                                new_article(source, e)
                            })
                            .collect::<Vec<_>>()
                    });
                    let bytes = result
                        .as_ref()
                        .map_or(0, |found| found.iter().map(text_bytes).sum());
                    while in_flight.load(Ordering::Relaxed) > 0
                        && in_flight.load(Ordering::Relaxed) + bytes > options.max_in_flight_bytes
                        && !cancel.load(Ordering::Relaxed)
                    {
                        std::thread::sleep(Duration::from_millis(5));
                    }
                    in_flight.fetch_add(bytes, Ordering::Relaxed);
                    // A closed channel means the writer stopped (cancel or archive error).
                    sender.send((source.path(), result, notes)).ok();
                });
            });
        if let Err(e) = reader {
            summary.failed.push(FileFailure {
                path: PathBuf::new(),
                reason: Failure::Threads(e.to_string()),
            });
            return Ok(());
        }
        let writer = writer::Writer {
            archive,
            options,
            cancel,
            in_flight,
            total_files,
            summary: &mut summary,
            progress,
        };
        let result = writer.run(&receiver);
        // Dropping the receiver unblocks readers still sending, so the scope can end.
        drop(receiver);
        result
    })?;
    summary.cancelled = cancel.load(Ordering::Relaxed);
    progress(&Progress::Finished(summary.clone()));
    Ok(summary)
}

/// One file's outcome, from a reader to the writer: its articles or why it failed, and notes.
pub(crate) type Message = (PathBuf, Result<Vec<NewArticle>, Failure>, Vec<String>);

/// Files at least this large are read and extracted one at a time: parsing one takes many
/// times its size in memory, and one per core at once multiplied the peak (two 51 MB pages:
/// 6.2 GB).
const HUGE_FILE_BYTES: u64 = 4 << 20;

/// Held while a huge file is read and extracted.
static HUGE_FILE: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Reads and extracts one file; huge files wait for each other.
fn read_and_extract(source: &Source, max_bytes: u64) -> Result<Vec<Extracted>, Failure> {
    let path = match source {
        Source::Memory(file) => return Ok(extract::extract(&file.name, file.bytes)?),
        Source::Disk(path) => path,
    };
    let huge = std::fs::metadata(path).is_ok_and(|m| m.len() >= HUGE_FILE_BYTES);
    // A poisoned lock only means another file's extraction panicked; the lock still works.
    let _turn = huge.then(|| HUGE_FILE.lock().unwrap_or_else(|e| e.into_inner()));
    let bytes = read_file(path, max_bytes)?;
    Ok(extract::extract(&file_name(path), &bytes)?)
}

/// The text an article holds in memory, roughly.
pub(crate) fn text_bytes(a: &NewArticle) -> usize {
    let x = &a.article;
    x.title.len() + x.lead.len() + x.body.len() + x.rights.as_ref().map_or(0, String::len) + 256
}

/// Runs on the reader threads: everything the writer would otherwise compute per article.
fn new_article(source: &Source, extracted: Extracted) -> NewArticle {
    let saved_searches = extracted.saved_searches;
    let path = match source {
        Source::Disk(path) => path,
        Source::Memory(file) => {
            let mut item = NewArticle {
                article: extracted.article,
                file: FileInfo {
                    path: file.path.clone(),
                    name: file.name.clone(),
                    ..FileInfo::default()
                },
                ..NewArticle::default()
            };
            item.prepare();
            return item;
        }
    };
    let mut item = match extracted.origin {
        Some(origin) => NewArticle {
            article: extracted.article,
            file: FileInfo {
                sha256: String::new(),
                imported_at: String::new(),
                ..origin.file
            },
            preferred_id: origin.id,
            ..NewArticle::default()
        },
        None => NewArticle {
            article: extracted.article,
            file: FileInfo {
                path: std::path::absolute(path)
                    .unwrap_or_else(|_| path.to_path_buf())
                    .display()
                    .to_string(),
                name: file_name(path),
                ..FileInfo::default()
            },
            ..NewArticle::default()
        },
    };
    item.saved_searches = saved_searches;
    item.prepare();
    item
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
