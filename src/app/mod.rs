//! The desktop window (egui/eframe).
//!
//! `ChronicleApp` holds three kinds of state: persisted `Settings`, runtime handles (channels,
//! the import's cancel flag, never persisted) and cached query results. Panels (one file each)
//! receive data and push `AppCommand`s; commands are applied once per frame (`commands.rs`).
//! The UI thread never runs SQL nor reads files: the query worker, import, export and file
//! dialogs run on their own threads (`worker.rs`) and answer through one event channel.

mod archives;
mod chrome;
mod commands;
mod correct;
mod dates;
mod dialogs;
mod edit_fields;
mod empty_state;
mod events;
pub mod fonts;
pub mod help;
mod highlight;
mod highlights;
mod history;
mod import_panel;
mod input;
mod launch;
mod metadata;
mod notes;
mod people;
mod preferences;
mod quotes;
mod reader;
mod research;
mod results;
mod samples;
mod saved_searches;
mod screenshot_mode;
mod selection;
pub mod shortcuts;
mod source;
mod status_bar;
mod table;
mod tags;
mod team;
mod team_search;
mod team_subset;
pub mod theme;
mod timeline;
mod timeline_model;
mod view;
mod watch;
mod worker;

pub use commands::AppCommand;
pub use launch::{Launch, Launcher};
pub use table::TableColumn;
pub use view::{ResultsView, Shown, ThemeChoice, ViewCommand};

use crate::archive::{ArticleRecord, DayCounts};
use crate::query::{Filter, Sort};
use chrono::NaiveDate;
use eframe::egui;
use selection::{ResultsCache, Selection};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};
use worker::{Event, EventSink, Request, Waker};

/// Environment variable: take an in-app screenshot to this PNG path, then close. The first
/// result is opened; `CHRONICLE_SCREENSHOT_QUERY` sets the search, `CHRONICLE_THEME=light|dark`
/// the theme and `CHRONICLE_SCREENSHOT_VIEW=people` opens the People view on the most quoted
/// person and their first quote (`table`, `help`, `settings`, `about`: those views; `details`
/// scrolls the details panel to the user's tags and edits).
pub const SCREENSHOT_ENV: &str = "CHRONICLE_SCREENSHOT";

/// Opens the window on the archive at `archive_path`.
pub fn run(archive_path: &Path) -> anyhow::Result<ExitCode> {
    let screenshot = std::env::var_os(SCREENSHOT_ENV).map(PathBuf::from);
    let title = archives::window_title(archive_path);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id("chronicle")
        .with_inner_size([1320.0, 820.0])
        .with_min_inner_size([760.0, 480.0]);
    if let Ok(icon) =
        eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/chronicle.png"))
    {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        // A screenshot shows the defaults, not whatever the last session left behind.
        persist_window: screenshot.is_none(),
        // Characters egui's fonts and the shipped symbols lack come from the system's fonts,
        // found on demand (fonts.rs).
        system_font_fallback: true,
        ..Default::default()
    };
    let path = archive_path.to_path_buf();
    eframe::run_native(
        "Chronicle",
        options,
        Box::new(move |cc| {
            let settings = match (&screenshot, cc.storage) {
                (None, Some(storage)) => {
                    let mut settings: Settings =
                        eframe::get_value(storage, eframe::APP_KEY).unwrap_or_default();
                    settings.query = archives::starting_query(&settings, &path);
                    settings.columns = table::with_new_columns(settings.columns);
                    settings
                }
                // A screenshot starts from the defaults, optionally with a query to show highlights.
                _ => Settings {
                    query: std::env::var("CHRONICLE_SCREENSHOT_QUERY").unwrap_or_default(),
                    ..Settings::default()
                },
            };
            let mut settings = settings;
            // CHRONICLE_THEME=light|dark overrides Settings' theme (screenshots).
            match std::env::var("CHRONICLE_THEME").as_deref() {
                Ok("light") => settings.theme = ThemeChoice::Light,
                Ok("dark") => settings.theme = ThemeChoice::Dark,
                _ => {}
            }
            let shot_view = std::env::var("CHRONICLE_SCREENSHOT_VIEW").unwrap_or_default();
            if screenshot.is_some() && shot_view == "table" {
                // Sorted by a column, so the header shows its arrow.
                settings.view = ResultsView::Table;
                settings.sort = Sort::Newest;
            }
            fonts::install(&cc.egui_ctx);
            theme::install(&cc.egui_ctx);
            let mut app = ChronicleApp::new(&path, settings);
            app.waker.set(&cc.egui_ctx);
            if let Some(shot) = screenshot {
                let mut shot = Screenshot::new(shot);
                shot.people = shot_view == "people";
                if shot.people {
                    app.commands.push(AppCommand::ShowLeft(LeftView::People));
                }
                let shown = match shot_view.as_str() {
                    "help" => Some(Shown::Help),
                    "settings" => Some(Shown::Settings),
                    "about" => Some(Shown::About),
                    _ => None,
                };
                if shown.is_some() {
                    app.commands
                        .push(AppCommand::View(ViewCommand::Show(shown)));
                }
                // `details`: the details panel scrolled to the user's tags, note and edits.
                let details = shot_view == "details";
                app.tags.scroll_here = details;
                app.edit_fields.force_open = details;
                app.note.force_open = details;
                app.screenshot = Some(shot);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// What survives a restart (eframe storage). Missing fields take their defaults.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Width of the result list, in points.
    pub list_width: f32,
    /// Width of the metadata and quotes panel.
    pub details_width: f32,
    pub sort: Sort,
    /// The text in the Search box.
    pub query: String,
    /// Cards or table (Ctrl+T; Settings).
    pub view: ResultsView,
    /// The table's columns, in their order.
    pub columns: Vec<TableColumn>,
    /// Width of the result list while it is a table.
    pub table_width: f32,
    pub theme: ThemeChoice,
    /// egui's zoom factor (Settings' text size).
    pub text_scale: f32,
    /// Each archive's search, period and selection, most recently used first.
    pub archives: Vec<archives::ArchiveMemory>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            list_width: 400.0,
            details_width: 310.0,
            sort: Sort::Relevance,
            query: String::new(),
            view: ResultsView::Cards,
            columns: table::DEFAULT_COLUMNS.to_vec(),
            table_width: 720.0,
            theme: ThemeChoice::System,
            text_scale: 1.0,
            archives: Vec::new(),
        }
    }
}

/// The import job currently running.
struct RunningImport {
    cancel: Arc<AtomicBool>,
    done_files: usize,
    total_files: usize,
    current: Option<PathBuf>,
}

/// State of the in-app screenshot (`CHRONICLE_SCREENSHOT`).
struct Screenshot {
    path: PathBuf,
    frames: u32,
    ready_frames: u32,
    requested: bool,
    saved: Arc<AtomicBool>,
    /// Show the People view with a person chosen and a quote open.
    people: bool,
}

impl Screenshot {
    fn new(path: PathBuf) -> Self {
        Screenshot {
            path,
            frames: 0,
            ready_frames: 0,
            requested: false,
            saved: Arc::new(AtomicBool::new(false)),
            people: false,
        }
    }
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
enum Focus {
    /// The quote with this text.
    Quote(String),
    /// A character range (an event's sentence), highlighted.
    Span(crate::model::TextPart, std::ops::Range<usize>),
}

/// The window's state.
pub struct ChronicleApp {
    settings: Settings,
    archive_path: PathBuf,
    // Runtime handles.
    waker: Waker,
    events: EventSink,
    inbox: mpsc::Receiver<Event>,
    queries: Option<mpsc::Sender<Request>>,
    import: Option<RunningImport>,
    commands: Vec<AppCommand>,
    // Query state and cached results.
    /// Generation of the newest query sent; older answers are stale.
    generation: u64,
    /// The newest query sent and not yet answered.
    pending: Option<(u64, Filter, Sort)>,
    results: ResultsCache,
    /// The first page has arrived at least once (before that the list says "Loading…").
    results_loaded: bool,
    query_error: Option<String>,
    /// What the current results matched, for the reader's highlights.
    highlight: crate::query::Highlighter,
    /// The open article does not match the current search.
    open_unmatched: bool,
    range: Option<(NaiveDate, NaiveDate)>,
    day_counts: DayCounts,
    counts_query: Option<String>,
    archive_count: Option<u64>,
    selection: Selection,
    /// Rows the list should scroll to next frame.
    scroll_to_row: Option<usize>,
    open_id: Option<i64>,
    article: Option<Box<ArticleRecord>>,
    /// The open article's file was still there when the article was read.
    file_exists: bool,
    /// Hands addresses and folders to the desktop (a recorder in tests).
    launcher: Arc<dyn Launcher>,
    focused_quote: Option<usize>,
    /// A highlighted sentence in the open article (an event opened from the Event list).
    focused_span: Option<(crate::model::TextPart, std::ops::Range<usize>)>,
    pending_focus: Option<Focus>,
    scroll_to_quote: bool,
    // Panels.
    left: LeftView,
    people: people::PeopleState,
    /// The quote correction being edited in the details panel.
    correct: correct::CorrectState,
    /// The field being edited in the details panel.
    edit_fields: edit_fields::EditState,
    tags: tags::TagsState,
    saved: saved_searches::SavedState,
    note: notes::NoteState,
    highlights: highlights::HighlightState,
    timeline_mode: timeline::TimelineMode,
    event_list: events::EventsState,
    timeline: timeline::TimelineState,
    results_view: results::ResultsViewState,
    last_summary: Option<crate::import::Summary>,
    show_failures: bool,
    confirm_delete: Option<Vec<i64>>,
    last_deleted: Option<Vec<ArticleRecord>>,
    status: String,
    focus_search: bool,
    screenshot: Option<Screenshot>,
    /// The team archive: set-up dialog, indicator, background sync (team.rs).
    team: team::TeamPanel,
    /// Help, About or Settings, when one is open.
    shown: Option<Shown>,
    /// The theme and text size in effect, to apply a change once.
    appearance: Option<(ThemeChoice, f32)>,
    /// The archive's counts and size (About), from the last count.
    stats: Option<crate::archive::Stats>,
    /// Why the archive cannot be opened and what to do, when it cannot.
    cannot_open: Option<String>,
    /// The window title names this archive already.
    title_sent: bool,
}

impl ChronicleApp {
    /// The app over the archive at `archive_path` (opened by the worker threads, not here).
    pub fn new(archive_path: &Path, settings: Settings) -> Self {
        let waker = Waker::default();
        let (events, inbox) = EventSink::new(waker.clone());
        let (queries, status) = match worker::spawn_query_worker(archive_path, events.clone()) {
            Ok(sender) => (Some(sender), String::new()),
            Err(e) => (None, e),
        };
        let team = team::TeamPanel::new(archive_path, waker.clone());
        let mut app = ChronicleApp {
            settings,
            archive_path: archive_path.to_path_buf(),
            waker,
            events,
            inbox,
            queries,
            import: None,
            commands: Vec::new(),
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
            launcher: Arc::new(launch::SystemLauncher),
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
            screenshot: None,
            team,
            shown: None,
            appearance: None,
            stats: None,
            cannot_open: None,
            title_sent: false,
        };
        app.restore_archive();
        app.request(Request::Count);
        app.refresh_query();
        app
    }

    /// Queues a command, as a panel would (tests use this for actions behind OS dialogs).
    pub fn command(&mut self, command: AppCommand) {
        self.commands.push(command);
    }

    /// Replaces how addresses and folders reach the desktop (tests record them instead).
    pub fn set_launcher(&mut self, launcher: Arc<dyn Launcher>) {
        self.launcher = launcher;
    }

    /// The persisted settings.
    /// The timeline period the results are limited to, if any.
    pub fn period(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.range
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// How many articles the current results hold (`None` until the first answer).
    pub fn result_count(&self) -> Option<usize> {
        self.results_loaded.then_some(self.results.total)
    }

    /// How many articles the archive holds (`None` until the worker answered).
    pub fn archive_count(&self) -> Option<u64> {
        self.archive_count
    }

    /// The selected article ids.
    pub fn selected_ids(&self) -> Vec<i64> {
        self.selection.ids.iter().copied().collect()
    }

    /// The article shown in the reader.
    pub fn open_article(&self) -> Option<&ArticleRecord> {
        self.article.as_deref()
    }

    /// How many pages of the result list have been fetched.
    pub fn result_pages_loaded(&self) -> usize {
        self.results.pages_loaded()
    }

    /// True while an import runs or a query is unanswered.
    pub fn is_busy(&self) -> bool {
        self.import.is_some() || self.pending.is_some()
    }

    /// Where the timeline band was drawn last frame (tests drag across it).
    pub fn timeline_rect(&self) -> Option<egui::Rect> {
        self.timeline.band_rect
    }

    /// What the left panel shows.
    pub fn left_view(&self) -> LeftView {
        self.left
    }

    /// The x coordinate of the middle of `day` on the timeline band, as drawn last frame.
    pub fn timeline_x_of(&self, day: NaiveDate) -> Option<f32> {
        self.timeline.x_of_day(day)
    }

    /// The per-day counts the timeline band shows: publications, or events in Events mode
    /// (`None` while those are loading).
    pub fn timeline_counts(&self) -> Option<&DayCounts> {
        match self.timeline_mode {
            timeline::TimelineMode::Published => Some(&self.day_counts),
            timeline::TimelineMode::Events => self.event_list.counts.as_ref(),
        }
    }

    /// The quote focused in the reader (index into the open article's quotes).
    pub fn focused_quote(&self) -> Option<usize> {
        self.focused_quote
    }

    /// The highlighted sentence in the reader, as a character range of the lead or body.
    pub fn focused_span(&self) -> Option<(crate::model::TextPart, std::ops::Range<usize>)> {
        self.focused_span.clone()
    }

    /// The query error shown under the Search box, if any.
    pub fn query_error(&self) -> Option<&str> {
        self.query_error.as_deref()
    }

    /// Whether the reader says its article does not match the current search.
    pub fn open_article_unmatched(&self) -> bool {
        self.open_unmatched
    }

    /// The last status-bar message.
    pub fn status(&self) -> &str {
        &self.status
    }

    /// The whole window; `eframe::App::ui` calls it, and so do the kittest tests.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.waker.set(&ctx);
        self.apply_appearance(&ctx);
        self.title_ui(&ctx);
        self.receive_events();
        let (filter, address) = (
            self.current_filter(),
            self.team.active().map(str::to_string),
        );
        if self.team.poll(&ctx) | self.team.search.poll(address.as_deref(), &filter) {
            self.request(Request::Count);
            self.refresh_query();
        }
        self.highlights.catch(&ctx, self.article.as_deref());
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| {
            let data = status_bar::StatusData {
                archive_count: self.archive_count,
                archive_path: &self.archive_path,
                message: &self.status,
                can_undo: self.last_deleted.as_ref().map(Vec::len),
                team: self.team.status_text(),
            };
            status_bar::status_bar_ui(ui, &data, &mut self.commands);
        });
        if self.import.is_some() || self.last_summary.is_some() {
            egui::Panel::bottom("import").show(ui, |ui| self.import_ui(ui));
        }
        if let Some(message) = self.cannot_open.clone() {
            egui::CentralPanel::default().show(ui, |ui| self.cannot_open_ui(ui, &message));
        } else if self.archive_count == Some(0) && self.import.is_none() {
            egui::CentralPanel::default()
                .show(ui, |ui| empty_state::empty_state_ui(ui, &mut self.commands));
        } else {
            self.browse_ui(ui);
        }
        self.dialogs_ui(&ctx);
        self.team.dialog_ui(&ctx);
        self.shown_ui(&ctx);
        import_panel::drop_overlay_ui(&ctx);

        let applied = !self.commands.is_empty();
        for command in std::mem::take(&mut self.commands) {
            self.apply(command);
        }
        if applied {
            ctx.request_repaint();
        }
        self.screenshot_step(&ctx);
    }

    fn browse_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("search").show(ui, |ui| self.search_bar_ui(ui));
        egui::Panel::top("timeline").show(ui, |ui| {
            let no_events = DayCounts::default();
            let (counts, range) = match self.timeline_mode {
                timeline::TimelineMode::Published => (&self.day_counts, self.range),
                timeline::TimelineMode::Events => (
                    self.event_list.counts.as_ref().unwrap_or(&no_events),
                    self.event_list.range,
                ),
            };
            timeline::timeline_ui(
                ui,
                &mut self.timeline,
                counts,
                range,
                self.timeline_mode,
                &mut self.commands,
            );
        });
        // The table has its own panel, so each view keeps its own width.
        let table = self.settings.view == ResultsView::Table;
        let (id, width) = match table {
            true => ("results-table", self.settings.table_width),
            false => ("results", self.settings.list_width),
        };
        let list = egui::Panel::left(id)
            .default_size(width)
            .size_range(260.0..=1400.0)
            .show(ui, |ui| {
                self.left_tabs_ui(ui);
                match self.left {
                    LeftView::Articles if self.team.search.showing() => {
                        let address = self.team.active().map(str::to_string);
                        if let Some(id) = self.team.search.results_ui(ui, address.as_deref()) {
                            self.commands.push(AppCommand::OpenArticle(id));
                        }
                    }
                    LeftView::Articles => self.articles_ui(ui),
                    LeftView::People => people::people_ui(ui, &mut self.people, &mut self.commands),
                    LeftView::Events => events::events_ui(ui, &self.event_list, &mut self.commands),
                    LeftView::Tags => tags::tag_list_ui(ui, &mut self.tags, &mut self.commands),
                    LeftView::Saved => {
                        let current = self.current_filter();
                        saved_searches::saved_ui(ui, &mut self.saved, &current, &mut self.commands)
                    }
                }
            });
        match table {
            true => self.settings.table_width = list.response.rect.width(),
            false => self.settings.list_width = list.response.rect.width(),
        }
        if let Some(record) = self.article.as_deref() {
            let details = egui::Panel::right("details")
                .default_size(self.settings.details_width)
                .size_range(220.0..=600.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("details-scroll")
                        .auto_shrink([false, false])
                        .show(ui, |ui| {
                            metadata::metadata_ui(ui, record, &mut self.commands);
                            ui.add_space(14.0);
                            quotes::quotes_ui(
                                ui,
                                &record.article,
                                &record.article.quotes,
                                &record.article.corrections.quotes,
                                self.focused_quote,
                                &mut self.correct,
                                &mut self.commands,
                            );
                            // The user's own work on the article, after what was found in it.
                            ui.add_space(14.0);
                            tags::details_tags_ui(
                                ui,
                                record,
                                &self.selection.ids,
                                &mut self.tags,
                                &mut self.commands,
                            );
                            ui.add_space(10.0);
                            notes::note_ui(ui, record, &mut self.note, &mut self.commands);
                            highlights::details_highlights_ui(ui, record, &mut self.commands);
                            ui.add_space(10.0);
                            edit_fields::edit_fields_ui(
                                ui,
                                record,
                                &mut self.edit_fields,
                                &mut self.commands,
                            );
                            let address = self.team.active().map(str::to_string);
                            self.team.history.ui(ui, record, address.as_deref());
                        });
                });
            self.settings.details_width = details.response.rect.width();
        }
        egui::CentralPanel::default().show(ui, |ui| match self.article.as_deref() {
            Some(record) => {
                let view = reader::ReaderView {
                    record,
                    highlight: &self.highlight,
                    unmatched: self.open_unmatched,
                    focused_quote: self.focused_quote,
                    focused_span: self.focused_span.clone(),
                    file_exists: self.file_exists,
                };
                highlights::selection_bar_ui(
                    ui,
                    &mut self.highlights,
                    self.open_id,
                    &mut self.commands,
                );
                reader::reader_ui(ui, &view, &mut self.scroll_to_quote, &mut self.commands);
            }
            None => reader::no_article_ui(ui, self.results.total, self.selection.ids.len()),
        });
    }

    /// Drains the worker events, stopping after a few milliseconds to keep frames short.
    fn receive_events(&mut self) {
        let budget = Instant::now() + Duration::from_millis(8);
        while Instant::now() < budget {
            match self.inbox.try_recv() {
                Ok(event) => self.handle_event(event),
                Err(_) => return,
            }
        }
        // More is waiting: come back next frame.
        self.waker.wake();
    }

    fn request(&mut self, request: Request) {
        let sent = self
            .queries
            .as_ref()
            .is_some_and(|q| q.send(request).is_ok());
        if !sent {
            self.status = "The query worker stopped; restart Chronicle.".into();
        }
    }

    fn filter(&self) -> Filter {
        Filter {
            query: self.settings.query.clone(),
            from: self.range.map(|r| r.0),
            to: self.range.map(|r| r.1),
        }
    }

    /// Sends the current query (first page) and, when the words changed, the timeline counts.
    fn refresh_query(&mut self) {
        self.generation += 1;
        let generation = self.generation;
        let filter = self.filter();
        let sort = self.settings.sort;
        self.pending = Some((generation, filter.clone(), sort));
        self.request(Request::Search {
            generation,
            filter: filter.clone(),
            sort,
            offset: 0,
            limit: selection::PAGE_SIZE,
        });
        if self.counts_query.as_deref() != Some(filter.query.as_str()) {
            self.counts_query = Some(filter.query.clone());
            self.request(Request::DayCounts { generation, filter });
        }
    }

    /// Re-reads everything after the archive changed (import, delete, undo).
    fn archive_changed(&mut self) {
        self.counts_query = None;
        self.request(Request::Count);
        self.refresh_query();
        if self.people.asked.is_some() {
            self.refresh_people();
        }
        if let Some(person) = &self.people.chosen {
            let name = person.name.clone();
            let kind = self.people.kind();
            self.request(Request::QuotesBy { name, kind });
        }
        if self.event_list.counts.is_some() {
            self.request(Request::EventCounts);
        }
        if let Some((from, to)) = self.event_list.range {
            self.request(Request::EventsBetween { from, to });
        }
    }

    fn open(&mut self, article_id: i64) {
        if self.open_id != Some(article_id) {
            self.correct = correct::CorrectState::default();
            self.open_id = Some(article_id);
            self.open_unmatched = false;
            self.focused_quote = None;
            self.focused_span = None;
            self.pending_focus = None;
            self.request(Request::Article { article_id });
        }
    }

    /// Opens an article and scrolls the reader to `focus` once it is there.
    fn open_at(&mut self, article_id: i64, focus: Focus) {
        self.open(article_id);
        self.pending_focus = Some(focus);
        self.resolve_focus();
    }

    /// Applies the pending focus if its article is the one shown.
    fn resolve_focus(&mut self) {
        let Some(record) = self.article.as_deref() else {
            return;
        };
        if self.open_id != Some(record.id) {
            return;
        }
        match self.pending_focus.take() {
            Some(Focus::Quote(text)) => {
                let quotes = &record.article.quotes;
                let index = quotes
                    .iter()
                    .position(|q| q.text == text)
                    .or_else(|| quotes.iter().position(|q| q.text.trim() == text.trim()));
                self.focused_quote = index;
                self.focused_span = None;
                self.scroll_to_quote = index.is_some();
            }
            Some(Focus::Span(part, range)) => {
                self.focused_span = Some((part, range));
                self.focused_quote = None;
                self.scroll_to_quote = true;
            }
            None => {}
        }
    }
}

impl eframe::App for ChronicleApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ChronicleApp::ui(self, ui);
    }

    fn persist_egui_memory(&self) -> bool {
        // A screenshot run (and its theme override) must not change the user's saved state.
        self.screenshot.is_none()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_none() {
            self.remember_archive();
            eframe::set_value(storage, eframe::APP_KEY, &self.settings);
        }
    }
}

/// 12345 → "12,345".
pub(crate) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
