//! Background threads of the window. The UI thread never touches the archive file: it sends
//! `Request`s to the query worker, starts import and export jobs and file dialogs here, and
//! reads everything back as `Event`s from one channel, drained once per frame.
//!
//! Every thread opens its OWN `Archive` connection to the same file (WAL lets the query worker
//! read while an import writes). After each event the thread wakes the UI through `Waker`.
//! Search results carry the generation number of the request, so the UI can drop a stale answer.

use crate::archive::QuoteAt;
use crate::archive::{
    Archive, ArchiveError, ArticleRecord, DayCounts, EventHit, Filter, NewArticle, Person,
    PersonQuote, SearchPage, Sort,
};
use crate::import::{FileFailure, ImportOptions, Progress, Summary};
use crate::model::{QuoteChange, SpeakerKind};
use chrono::NaiveDate;
use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock, mpsc};
use std::time::{Duration, Instant};

/// Asks the UI for a new frame after a worker sent something. The `egui::Context` is only
/// known once the first frame runs (tests build the app before the harness), hence the cell.
#[derive(Clone, Default)]
pub struct Waker(Arc<OnceLock<egui::Context>>);

impl Waker {
    /// Remembers the context to wake (the first call wins; later calls are free).
    pub fn set(&self, ctx: &egui::Context) {
        self.0.get_or_init(|| ctx.clone());
    }

    /// Requests a repaint, if the UI is already running.
    pub fn wake(&self) {
        if let Some(ctx) = self.0.get() {
            ctx.request_repaint();
        }
    }
}

/// Sends events to the UI and wakes it; cloned into every thread.
#[derive(Clone)]
pub struct EventSink {
    sender: mpsc::Sender<Event>,
    waker: Waker,
}

impl EventSink {
    /// A sink and the receiver the UI drains.
    pub fn new(waker: Waker) -> (Self, mpsc::Receiver<Event>) {
        let (sender, receiver) = mpsc::channel();
        (EventSink { sender, waker }, receiver)
    }

    /// Sends one event; `false` when the window is gone (the thread should stop).
    pub fn send(&self, event: Event) -> bool {
        let delivered = self.sender.send(event).is_ok();
        self.waker.wake();
        delivered
    }
}

/// Work for the query worker.
#[derive(Debug)]
pub enum Request {
    /// One page of results.
    Search {
        generation: u64,
        filter: Filter,
        sort: Sort,
        offset: usize,
        limit: usize,
    },
    /// Per-day counts for the timeline.
    DayCounts {
        generation: u64,
        filter: Filter,
    },
    /// Every id the filter selects (Ctrl+A).
    AllIds {
        generation: u64,
        filter: Filter,
    },
    /// One article for the reader.
    Article {
        article_id: i64,
    },
    /// Whether the open article matches the filter.
    StillMatches {
        generation: u64,
        article_id: i64,
        filter: Filter,
    },
    /// How many articles the archive holds.
    Count,
    Delete {
        article_ids: Vec<i64>,
    },
    /// Undo of a delete.
    Restore {
        records: Vec<ArticleRecord>,
    },
    /// Persons (speakers and authors), or organisations, whose name contains `contains`.
    People {
        generation: u64,
        contains: String,
        organisations: bool,
    },
    /// Every quote by one person or organisation (all spellings), oldest first.
    QuotesBy {
        name: String,
        kind: SpeakerKind,
    },
    /// Names of persons holding `contains`, most quoted first (the correction editor).
    SuggestSpeakers {
        contains: String,
    },
    /// Corrects a quote of an article (or undoes its correction, `change: None`); answered
    /// with `Corrected` and the article read again.
    CorrectQuote {
        article_id: i64,
        at: QuoteAt,
        change: Option<QuoteChange>,
    },
    /// Field edits and tags (research.rs).
    Research(super::research::ResearchRequest),
    /// Events per day, for the timeline's Events mode.
    EventCounts,
    /// The events of a period.
    EventsBetween {
        from: NaiveDate,
        to: NaiveDate,
    },
}

/// What threads report to the UI.
#[derive(Debug)]
pub enum Event {
    Page {
        generation: u64,
        offset: usize,
        page: SearchPage,
    },
    /// The query could not run (a syntax error, usually); the previous results stay.
    QueryFailed {
        generation: u64,
        message: String,
    },
    DayCounts {
        generation: u64,
        counts: DayCounts,
    },
    AllIds {
        generation: u64,
        ids: Vec<i64>,
    },
    Article {
        article_id: i64,
        record: Option<Box<ArticleRecord>>,
        /// The article's file is still where it was imported from.
        file_exists: bool,
    },
    /// The archive's counts and size.
    Count(crate::archive::Stats),
    StillMatches {
        generation: u64,
        article_id: i64,
        matches: bool,
    },
    /// A line for the status bar (the progress of updating an older archive).
    Status(String),
    Deleted(Vec<ArticleRecord>),
    Restored(usize),
    People {
        generation: u64,
        people: Vec<Person>,
    },
    /// Persons' names for the correction editor.
    Suggestions {
        contains: String,
        names: Vec<String>,
    },
    /// A field edit or tag change was saved, or the tag list read.
    Research(super::research::ResearchEvent),
    /// A quote was corrected (or its correction undone); `message` says which.
    Corrected {
        record: Box<ArticleRecord>,
        message: String,
    },
    QuotesBy {
        name: String,
        quotes: Vec<PersonQuote>,
    },
    DatedEventCounts(Vec<(NaiveDate, u32)>),
    DatedEvents {
        from: NaiveDate,
        to: NaiveDate,
        events: Vec<EventHit>,
    },
    Import(ImportEvent),
    Exported {
        count: usize,
        path: PathBuf,
    },
    /// A file dialog closed; `None` means the user cancelled it.
    Dialog(DialogResult),
    /// Something failed that the user should hear about (status bar).
    Failed(String),
    /// The archive cannot be opened: why, and what to do (archives.rs).
    CannotOpen(String),
    /// Another process wrote to the archive (watch.rs).
    ChangedElsewhere,
}

/// Progress of the running import.
#[derive(Debug)]
pub enum ImportEvent {
    Progress(Progress),
    Finished(Result<Summary, String>),
}

/// What a file dialog returned.
#[derive(Debug)]
pub enum DialogResult {
    ImportPaths(Option<Vec<PathBuf>>),
    ExportPath(Option<PathBuf>, crate::export::ExportFormat),
    /// An archive to open or create (archives.rs).
    Archive(Option<PathBuf>),
}

/// Which file dialog to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    ImportFiles,
    ImportFolder,
    Export,
    /// Export as CSL-JSON (citations for Zotero).
    ExportCitations,
}

/// Which articles an export writes.
#[derive(Debug, Clone)]
pub enum ExportSource {
    Ids(Vec<i64>),
    Filter(Filter),
}

/// What an import job reads.
#[derive(Debug, Clone)]
pub enum ImportSource {
    Paths(Vec<PathBuf>),
    /// The sample articles bundled in the binary.
    Samples,
}

pub(super) fn spawn_named(name: &str, body: impl FnOnce() + Send + 'static) -> Result<(), String> {
    std::thread::Builder::new()
        .name(name.to_string())
        .spawn(body)
        .map(|_| ())
        .map_err(|e| format!("cannot start a background thread: {e}"))
}

/// Starts the query worker on its own connection; returns where to send requests.
pub fn spawn_query_worker(
    archive_path: &Path,
    events: EventSink,
) -> Result<mpsc::Sender<Request>, String> {
    let (sender, receiver) = mpsc::channel::<Request>();
    let path = archive_path.to_path_buf();
    spawn_named("chronicle-query", move || {
        let progress_events = events.clone();
        let mut progress = |p: crate::archive::MigrationProgress| {
            progress_events.send(Event::Status(if p.done == p.total {
                format!("Updated the archive to version {}", p.to_version)
            } else {
                format!(
                    "Updating the archive to version {}: {} of {} articles…",
                    p.to_version, p.done, p.total
                )
            }));
        };
        let mut archive = match Archive::open_with_progress(&path, &mut progress) {
            Ok(a) => a,
            Err(e) => {
                let message = super::archives::cannot_open_message(&path, &e);
                events.send(Event::CannotOpen(message));
                return;
            }
        };
        query_loop(&mut archive, &receiver, &events);
    })?;
    Ok(sender)
}

fn query_loop(archive: &mut Archive, receiver: &mpsc::Receiver<Request>, events: &EventSink) {
    let mut watch = super::watch::Watch::new(archive);
    while let Some(first) = watch.next_request(archive, receiver, events) {
        // Take everything queued, so a burst of keystrokes only runs the newest query.
        let mut batch = vec![first];
        batch.extend(receiver.try_iter());
        let newest_search = batch.iter().filter_map(|r| match r {
            Request::Search { generation, .. } => Some(*generation),
            _ => None,
        });
        let newest_search = newest_search.max().unwrap_or(0);
        let newest_counts = batch
            .iter()
            .filter_map(|r| match r {
                Request::DayCounts { generation, .. } => Some(*generation),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        let newest_people = batch
            .iter()
            .filter_map(|r| match r {
                Request::People { generation, .. } => Some(*generation),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        // Only the last name typed in the correction editor needs suggestions.
        let last_suggest = batch
            .iter()
            .rposition(|r| matches!(r, Request::SuggestSpeakers { .. }));
        for (i, request) in batch.into_iter().enumerate() {
            let stale = match &request {
                Request::People { generation, .. } => *generation < newest_people,
                Request::Search { generation, .. } => *generation < newest_search,
                Request::DayCounts { generation, .. } => *generation < newest_counts,
                Request::SuggestSpeakers { .. } => Some(i) != last_suggest,
                _ => false,
            };
            if !stale && !events.send(answer(archive, request)) {
                return;
            }
        }
    }
}

fn answer(archive: &mut Archive, request: Request) -> Event {
    match request {
        Request::Search {
            generation,
            filter,
            sort,
            offset,
            limit,
        } => match archive.search(&filter, sort, limit, offset) {
            Ok(page) => Event::Page {
                generation,
                offset,
                page,
            },
            Err(e) => Event::QueryFailed {
                generation,
                message: query_message(&e),
            },
        },
        Request::DayCounts { generation, filter } => match archive.day_counts(&filter) {
            Ok(counts) => Event::DayCounts { generation, counts },
            // The search request of the same generation reports the error.
            Err(e) => Event::QueryFailed {
                generation,
                message: query_message(&e),
            },
        },
        Request::AllIds { generation, filter } => match archive.matching_ids(&filter) {
            Ok(ids) => Event::AllIds { generation, ids },
            Err(e) => Event::Failed(format!("cannot select all: {e:#}")),
        },
        Request::Article { article_id } => match archive.article(article_id) {
            Ok(record) => Event::Article {
                article_id,
                file_exists: record
                    .as_ref()
                    .is_some_and(|r| Path::new(&r.file_path).is_file()),
                record: record.map(Box::new),
            },
            Err(e) => Event::Failed(format!("cannot read article {article_id}: {e:#}")),
        },
        Request::StillMatches {
            generation,
            article_id,
            filter,
        } => match archive.article_matches(&filter, article_id) {
            Ok(matches) => Event::StillMatches {
                generation,
                article_id,
                matches,
            },
            Err(e) => Event::Failed(format!("cannot check article {article_id}: {e:#}")),
        },
        Request::Count => match archive.stats() {
            Ok(stats) => Event::Count(stats),
            Err(e) => Event::Failed(format!("cannot count the articles: {e:#}")),
        },
        Request::Delete { article_ids } => match archive.delete(&article_ids) {
            Ok(records) => Event::Deleted(records),
            Err(e) => Event::Failed(format!("cannot delete: {e:#}")),
        },
        Request::Restore { records } => match archive.restore(&records) {
            Ok(n) => Event::Restored(n),
            Err(e) => Event::Failed(format!("cannot undo the delete: {e:#}")),
        },
        Request::People {
            generation,
            contains,
            organisations,
        } => {
            let listed = if organisations {
                archive.organisations(&contains)
            } else {
                archive.people(&contains)
            };
            match listed {
                Ok(people) => Event::People { generation, people },
                Err(e) => Event::Failed(format!("cannot list people: {e:#}")),
            }
        }
        Request::QuotesBy { name, kind } => match archive.quotes_by(&name, kind) {
            Ok(quotes) => Event::QuotesBy { name, quotes },
            Err(e) => Event::Failed(format!("cannot list the quotes of {name}: {e:#}")),
        },
        Request::SuggestSpeakers { contains } => match archive.people(&contains) {
            Ok(people) => Event::Suggestions {
                contains,
                names: people.into_iter().map(|p| p.name).collect(),
            },
            Err(e) => Event::Failed(format!("cannot list people: {e:#}")),
        },
        Request::CorrectQuote {
            article_id,
            at,
            change,
        } => correct_quote(archive, article_id, at, change),
        Request::Research(request) => super::research::answer(archive, request),
        Request::EventCounts => match archive.event_day_counts() {
            Ok(counts) => Event::DatedEventCounts(counts),
            Err(e) => Event::Failed(format!("cannot count the events: {e:#}")),
        },
        Request::EventsBetween { from, to } => match archive.events_between(from, to) {
            Ok(events) => Event::DatedEvents { from, to, events },
            Err(e) => Event::Failed(format!("cannot list the events: {e:#}")),
        },
    }
}

fn correct_quote(
    archive: &mut Archive,
    article_id: i64,
    at: QuoteAt,
    change: Option<QuoteChange>,
) -> Event {
    let message = match &change {
        Some(QuoteChange::Speaker { name, .. }) => format!("Speaker corrected to {name}"),
        Some(QuoteChange::NotAQuote) => "Marked as not a quote".to_string(),
        None => "Correction undone".to_string(),
    };
    let done = match change {
        Some(change) => {
            let now = crate::export::now();
            archive.correct_quote(article_id, at, change, &now)
        }
        None => archive.undo_quote_correction(article_id, at).map(|_| ()),
    };
    match done.and_then(|()| archive.article(article_id)) {
        Ok(Some(record)) => Event::Corrected {
            record: Box::new(record),
            message,
        },
        Ok(None) => Event::Failed(format!("article {article_id} is gone")),
        Err(e) => Event::Failed(format!("cannot correct the quote: {e:#}")),
    }
}

fn query_message(e: &ArchiveError) -> String {
    match e {
        // Its Display is already a one-line explanation.
        ArchiveError::Query(q) => q.to_string(),
        other => format!("{other:#}"),
    }
}

/// Starts an import on its own thread and connection; returns its cancel flag.
pub fn spawn_import(
    archive_path: &Path,
    source: ImportSource,
    events: EventSink,
) -> Result<Arc<AtomicBool>, String> {
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&cancel);
    let path = archive_path.to_path_buf();
    spawn_named("chronicle-import", move || {
        let result = Archive::open(&path).map_err(|e| format!("{e:#}")).and_then(|mut archive| match source {
            ImportSource::Paths(paths) => {
                let mut last_sent = Instant::now() - Duration::from_secs(1);
                let mut report = |p: &Progress| {
                    // Throttled: a 100,000-file import must not flood the UI.
                    let last = matches!(p, Progress::FileDone { done_files, total_files, .. } if done_files == total_files);
                    if matches!(p, Progress::Started { .. }) || last || last_sent.elapsed() >= Duration::from_millis(50) {
                        last_sent = Instant::now();
                        events.send(Event::Import(ImportEvent::Progress(p.clone())));
                    }
                };
                crate::import::import_paths(&mut archive, &paths, &ImportOptions::default(), &flag, &mut report)
                    .map_err(|e| format!("{e:#}"))
            }
            ImportSource::Samples => import_samples(&mut archive),
        });
        events.send(Event::Import(ImportEvent::Finished(result)));
    })?;
    Ok(cancel)
}

fn import_samples(archive: &mut Archive) -> Result<Summary, String> {
    let mut summary = Summary::default();
    let mut batch = Vec::new();
    for (name, bytes) in super::samples::SAMPLES {
        match crate::extract::extract(name, bytes) {
            Ok(found) => batch.extend(found.into_iter().map(|e| NewArticle {
                article: e.article,
                file_path: format!("(sample) {name}"),
                file_name: (*name).to_string(),
                ..NewArticle::default()
            })),
            Err(e) => summary.failed.push(FileFailure {
                path: PathBuf::from(name),
                reason: e.to_string(),
            }),
        }
    }
    let imported_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    for outcome in archive
        .insert_batch(&batch, &imported_at)
        .map_err(|e| format!("{e:#}"))?
    {
        match outcome {
            crate::archive::Inserted::New(id) => {
                summary.imported += 1;
                summary.new_ids.push(id);
            }
            crate::archive::Inserted::Duplicate(_) => summary.duplicates += 1,
        }
    }
    Ok(summary)
}

/// Exports on its own thread and connection, so the list stays responsive.
pub fn spawn_export(
    archive_path: &Path,
    format: crate::export::ExportFormat,
    source: ExportSource,
    out: PathBuf,
    events: EventSink,
) -> Result<(), String> {
    let path = archive_path.to_path_buf();
    spawn_named("chronicle-export", move || {
        let result = Archive::open(&path)
            .map_err(|e| format!("{e:#}"))
            .and_then(|archive| {
                let ids = match source {
                    ExportSource::Ids(ids) => ids,
                    ExportSource::Filter(filter) => archive
                        .matching_ids(&filter)
                        .map_err(|e| format!("{e:#}"))?,
                };
                crate::export::export_to_file_as(format, &archive, &ids, &out)
                    .map_err(|e| format!("{e:#}"))
            });
        events.send(match result {
            Ok(count) => Event::Exported { count, path: out },
            Err(e) => Event::Failed(format!("Export failed: {e}")),
        });
    })
}

/// Opens a native file dialog on a worker thread (it would block the UI otherwise).
pub fn spawn_dialog(kind: DialogKind, events: EventSink) -> Result<(), String> {
    spawn_named("chronicle-dialog", move || {
        let started = Instant::now();
        let extensions = crate::extract::KNOWN_EXTENSIONS;
        let result = match kind {
            DialogKind::ImportFiles => {
                let dialog = rfd::AsyncFileDialog::new()
                    .set_title("Import articles")
                    .add_filter("Articles", extensions);
                let files = pollster::block_on(dialog.pick_files());
                DialogResult::ImportPaths(
                    files.map(|f| f.iter().map(|h| h.path().to_path_buf()).collect()),
                )
            }
            DialogKind::ImportFolder => {
                let dialog = rfd::AsyncFileDialog::new().set_title("Import a folder of articles");
                let folder = pollster::block_on(dialog.pick_folder());
                DialogResult::ImportPaths(folder.map(|h| vec![h.path().to_path_buf()]))
            }
            DialogKind::Export => export_dialog(
                (
                    "Export articles",
                    "chronicle-export.json",
                    "Chronicle export",
                ),
                crate::export::ExportFormat::Chronicle,
            ),
            DialogKind::ExportCitations => export_dialog(
                (
                    "Export citations (CSL-JSON, for Zotero)",
                    "chronicle-citations.json",
                    "CSL-JSON",
                ),
                crate::export::ExportFormat::CslJson,
            ),
        };
        let chosen = match &result {
            DialogResult::ImportPaths(paths) => paths.is_some(),
            DialogResult::ExportPath(path, _) => path.is_some(),
            DialogResult::Archive(path) => path.is_some(),
        };
        events.send(
            match super::dialogs::no_chooser(chosen, started.elapsed()) {
                true => Event::Failed(super::dialogs::NO_CHOOSER.to_string()),
                false => Event::Dialog(result),
            },
        );
    })
}

/// A save dialog for an export: its title, suggested file name and filter name.
fn export_dialog(
    (title, file_name, filter): (&str, &str, &str),
    format: crate::export::ExportFormat,
) -> DialogResult {
    let dialog = rfd::AsyncFileDialog::new()
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(filter, &["json"]);
    let file = pollster::block_on(dialog.save_file());
    DialogResult::ExportPath(file.map(|h| h.path().to_path_buf()), format)
}

/// Sets the cancel flag of a running import (checked between files).
pub fn cancel(flag: &AtomicBool) {
    flag.store(true, Ordering::Relaxed);
}
