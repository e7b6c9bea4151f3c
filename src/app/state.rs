//! The window's state in three parts: persisted `Settings` (settings.rs), the plain
//! `ViewState` the panels draw and tests read, and the `Runtime` handles (channels, the
//! waker, the launcher) that are never persisted nor compared.

use super::selection;
use super::worker::{self, Answer, AnswerSink, Request, Waker};
use super::{
    AppCommand, Launcher, Settings, correct, edit_fields, events, highlights, launch, notes,
    people, results, saved_searches, tags, team, timeline,
};
use super::{Shown, ThemeChoice};
use crate::model::{ArticleRecord, DayCounts};
use crate::query::{Filter, Sort};
use chrono::NaiveDate;
use selection::{ResultsCache, Selection};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, mpsc};

/// The import job currently running.
pub(super) struct RunningImport {
    pub(super) cancel: Arc<AtomicBool>,
    pub(super) done_files: usize,
    pub(super) total_files: usize,
    pub(super) current: Option<PathBuf>,
}

/// What the left panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LeftView {
    #[default]
    Articles,
    People,
    /// The events of the period picked on the Events timeline.
    Events,
    /// The user's tags with their counts (tags.rs).
    Tags,
    /// Saved searches (saved_searches.rs).
    Saved,
}

/// Where the reader should scroll once the article it waits for arrives.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Focus {
    /// The quote with this text.
    Quote(String),
    /// A character range (an event's sentence), highlighted.
    Span(crate::model::TextPart, std::ops::Range<usize>),
}

/// What the window shows and what it waits for: plain data, no handles.
pub(super) struct ViewState {
    pub(super) import: Option<RunningImport>,
    /// Generation of the newest query sent; older answers are stale.
    pub(super) generation: u64,
    /// The newest query sent and not yet answered.
    pub(super) pending: Option<(u64, Filter, Sort)>,
    pub(super) results: ResultsCache,
    /// The first page has arrived at least once (before that the list says "Loading…").
    pub(super) results_loaded: bool,
    pub(super) query_error: Option<String>,
    /// What the current results matched, for the reader's highlights.
    pub(super) highlight: crate::query::Highlighter,
    /// The open article does not match the current search.
    pub(super) open_unmatched: bool,
    pub(super) range: Option<(NaiveDate, NaiveDate)>,
    pub(super) day_counts: DayCounts,
    pub(super) counts_query: Option<String>,
    pub(super) archive_count: Option<u64>,
    pub(super) selection: Selection,
    /// Rows the list should scroll to next frame.
    pub(super) scroll_to_row: Option<usize>,
    pub(super) open_id: Option<i64>,
    pub(super) article: Option<Box<ArticleRecord>>,
    /// The open article's file was still there when the article was read.
    pub(super) file_exists: bool,
    pub(super) focused_quote: Option<usize>,
    /// A highlighted sentence in the open article (an event opened from the Event list).
    pub(super) focused_span: Option<(crate::model::TextPart, std::ops::Range<usize>)>,
    pub(super) pending_focus: Option<Focus>,
    pub(super) scroll_to_quote: bool,
    pub(super) left: LeftView,
    pub(super) people: people::PeopleState,
    /// The quote correction being edited in the details panel.
    pub(super) correct: correct::CorrectState,
    /// The field being edited in the details panel.
    pub(super) edit_fields: edit_fields::EditState,
    pub(super) tags: tags::TagsState,
    pub(super) saved: saved_searches::SavedState,
    pub(super) note: notes::NoteState,
    pub(super) highlights: highlights::HighlightState,
    pub(super) timeline_mode: timeline::TimelineMode,
    pub(super) event_list: events::EventsState,
    pub(super) timeline: timeline::TimelineState,
    pub(super) results_view: results::ResultsViewState,
    pub(super) last_summary: Option<crate::import::Summary>,
    pub(super) show_failures: bool,
    pub(super) confirm_delete: Option<Vec<i64>>,
    pub(super) last_deleted: Option<Vec<ArticleRecord>>,
    pub(super) status: String,
    pub(super) focus_search: bool,
    /// Help, About or Settings, when one is open.
    pub(super) shown: Option<Shown>,
    /// The theme and text size in effect, to apply a change once.
    pub(super) appearance: Option<(ThemeChoice, f32)>,
    /// The archive's counts and size (About), from the last count.
    pub(super) stats: Option<crate::model::Stats>,
    /// Why the archive cannot be opened and what to do, when it cannot.
    pub(super) cannot_open: Option<String>,
    /// The window title names this archive already.
    pub(super) title_sent: bool,
}

/// Handles to the threads and the desktop; never persisted.
pub(super) struct Runtime {
    pub(super) waker: Waker,
    pub(super) answers: AnswerSink,
    pub(super) inbox: mpsc::Receiver<Answer>,
    pub(super) queries: Option<worker::Requests>,
    /// Hands addresses and folders to the desktop (a recorder in tests).
    pub(super) launcher: Arc<dyn Launcher>,
}

/// The window: its settings, its view state, its runtime handles, and the commands panels
/// pushed this frame.
pub struct ChronicleApp {
    pub(super) settings: Settings,
    pub(super) archive_path: PathBuf,
    pub(super) view: ViewState,
    pub(super) runtime: Runtime,
    pub(super) commands: Vec<AppCommand>,
    /// The team archive: set-up dialog, indicator, background sync (team.rs).
    pub(super) team: team::TeamPanel,
}

impl ChronicleApp {
    /// The app over the archive at `archive_path` (opened by the worker threads, not here).
    pub fn new(archive_path: &Path, settings: Settings) -> Self {
        let waker = Waker::default();
        let (answers, inbox) = AnswerSink::new(waker.clone());
        let (queries, status) = match worker::spawn_query_worker(archive_path, answers.clone()) {
            Ok(sender) => (Some(sender), String::new()),
            Err(e) => (None, e),
        };
        let team = team::TeamPanel::new(archive_path, waker.clone());
        let view = ViewState {
            import: None,
            generation: 0,
            pending: None,
            results: ResultsCache::default(),
            results_loaded: false,
            query_error: None,
            highlight: Default::default(),
            open_unmatched: false,
            range: None,
            day_counts: DayCounts::default(),
            counts_query: None,
            archive_count: None,
            selection: Selection::default(),
            scroll_to_row: None,
            open_id: None,
            article: None,
            file_exists: false,
            focused_quote: None,
            focused_span: None,
            pending_focus: None,
            scroll_to_quote: false,
            left: LeftView::Articles,
            people: people::PeopleState::default(),
            correct: correct::CorrectState::default(),
            edit_fields: edit_fields::EditState::default(),
            tags: tags::TagsState::default(),
            saved: saved_searches::SavedState::default(),
            note: notes::NoteState::default(),
            highlights: highlights::HighlightState::default(),
            timeline_mode: timeline::TimelineMode::Published,
            event_list: events::EventsState::default(),
            timeline: timeline::TimelineState::default(),
            results_view: results::ResultsViewState::default(),
            last_summary: None,
            show_failures: false,
            confirm_delete: None,
            last_deleted: None,
            status,
            focus_search: true,
            shown: None,
            appearance: None,
            stats: None,
            cannot_open: None,
            title_sent: false,
        };
        let mut app = ChronicleApp {
            settings,
            archive_path: archive_path.to_path_buf(),
            view,
            runtime: Runtime {
                waker,
                answers,
                inbox,
                queries,
                launcher: Arc::new(launch::SystemLauncher),
            },
            commands: Vec::new(),
            team,
        };
        app.restore_archive();
        // The results first: the archive's counts (a scan of several tables) can follow.
        app.refresh_query();
        app.request(Request::Count);
        app
    }
}
