//! The import's one writer: commits the readers' articles in batches (one transaction each)
//! and reports every file's outcome in order.

use super::{
    Failure, FileFailure, FileOutcome, ImportOptions, Message, Progress, Summary, text_bytes,
};
use crate::archive::{Archive, ArchiveError, Inserted, NewArticle};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

/// A file's articles waiting for the next commit.
struct Pending {
    path: PathBuf,
    articles: usize,
}

/// The one writer: what it writes to and reports through.
pub(super) struct Writer<'a> {
    pub archive: &'a mut Archive,
    pub options: &'a ImportOptions,
    pub cancel: &'a AtomicBool,
    /// Text extracted and not yet committed, shared with the readers (they wait above the cap).
    pub in_flight: &'a AtomicUsize,
    pub total_files: usize,
    pub summary: &'a mut Summary,
    pub progress: &'a mut dyn FnMut(&Progress),
}

impl Writer<'_> {
    /// Commits what the readers send, a batch at a time, until they are done (or cancelled).
    pub fn run(self, receiver: &mpsc::Receiver<Message>) -> Result<(), ArchiveError> {
        let Writer {
            archive,
            options,
            cancel,
            in_flight,
            total_files,
            summary,
            progress,
        } = self;
        let imported_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let mut batch: Vec<NewArticle> = Vec::new();
        let mut pending: Vec<Pending> = Vec::new();
        let mut done_files = 0;
        let mut batch_started = Instant::now();
        let mut batch_bytes = 0;
        loop {
            let message = receiver.recv_timeout(options.max_batch_delay);
            let finished = matches!(message, Err(mpsc::RecvTimeoutError::Disconnected));
            if let Ok((path, _, notes)) = &message {
                summary.notes.extend(notes.iter().map(|note| FileFailure {
                    path: path.clone(),
                    reason: Failure::Note(note.clone()),
                }));
            }
            match message {
                Ok((path, Ok(extracted), _)) => {
                    if batch.is_empty() {
                        batch_started = Instant::now();
                    }
                    pending.push(Pending {
                        path,
                        articles: extracted.len(),
                    });
                    batch_bytes += extracted.iter().map(text_bytes).sum::<usize>();
                    batch.extend(extracted);
                }
                Ok((path, Err(reason), _)) => {
                    done_files += 1;
                    progress(&Progress::FileDone {
                        done_files,
                        total_files,
                        path: path.clone(),
                        outcome: FileOutcome::Failed(reason.clone()),
                    });
                    summary.failed.push(FileFailure { path, reason });
                }
                Err(_) => {}
            }
            let due = batch.len() >= options.batch_size
                || batch_bytes >= options.max_in_flight_bytes / 4
                || batch_started.elapsed() >= options.max_batch_delay;
            if !pending.is_empty() && (due || finished || cancel.load(Ordering::Relaxed)) {
                // Outcomes come in batch order: each file's articles are the next `articles`.
                let mut outcomes = archive.insert_batch(&batch, &imported_at)?.into_iter();
                for p in pending.drain(..) {
                    done_files += 1;
                    let (mut new, mut duplicates) = (0, 0);
                    for outcome in outcomes.by_ref().take(p.articles) {
                        match outcome {
                            Inserted::New(id) => {
                                new += 1;
                                summary.new_ids.push(id);
                            }
                            Inserted::Duplicate(_) => duplicates += 1,
                        }
                    }
                    summary.imported += new;
                    summary.duplicates += duplicates;
                    let outcome = if p.articles == 0 {
                        summary.failed.push(FileFailure {
                            path: p.path.clone(),
                            reason: Failure::NoArticle,
                        });
                        FileOutcome::Failed(Failure::NoArticle)
                    } else {
                        FileOutcome::Archived { new, duplicates }
                    };
                    progress(&Progress::FileDone {
                        done_files,
                        total_files,
                        path: p.path,
                        outcome,
                    });
                }
                batch.clear();
                in_flight.fetch_sub(
                    batch_bytes.min(in_flight.load(Ordering::Relaxed)),
                    Ordering::Relaxed,
                );
                batch_bytes = 0;
            }
            if finished || (cancel.load(Ordering::Relaxed) && pending.is_empty()) {
                return Ok(());
            }
        }
    }
}
