//! What the UI asks the workers (`Request`) and what they answer (`Answer`).

use crate::import::Progress;
use crate::model::{ArticleRecord, DayCounts, EventHit, Person, PersonQuote, QuoteAt, SearchPage};
use crate::model::{QuoteChange, SpeakerKind};
use crate::query::{Filter, Sort};
use chrono::NaiveDate;
use std::path::PathBuf;

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
    Research(crate::app::research::ResearchRequest),
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
pub enum Answer {
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
    Count(crate::model::Stats),
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
    Research(crate::app::research::ResearchAnswer),
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
    Import(ImportAnswer),
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
pub enum ImportAnswer {
    /// Started, a file done, or finished with its summary.
    Progress(Progress),
    /// The archive itself failed (it cannot be opened, the disk is full): batches committed
    /// before stay.
    Stopped(crate::archive::ArchiveError),
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
