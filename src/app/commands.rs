//! What panels ask for (`AppCommand`) and what workers answer (`Event`), applied to the app
//! state once per frame.

use super::people::{PeopleSort, person_query};
use super::selection::{PAGE_SIZE, ResultsCache};
use super::timeline::TimelineMode;
use super::worker::{
    self, DialogKind, DialogResult, Event, ExportSource, ImportEvent, ImportSource, Request,
};
use super::{ChronicleApp, Focus, LeftView, RunningImport};
use crate::archive::{DayCounts, Person, QuoteAt};
use crate::export::ExportFormat;
use crate::import::Progress;
use crate::model::{QuoteChange, TextPart};
use crate::query::Sort;
use chrono::NaiveDate;
use eframe::egui::Modifiers;
use std::path::PathBuf;

/// Something a panel, a shortcut or a test wants done.
#[derive(Debug, Clone, PartialEq)]
pub enum AppCommand {
    /// The Search text changed.
    QueryEdited,
    /// Replaces the search text (clicking an author or a speaker).
    SetQuery(String),
    SetSort(Sort),
    /// Limits the list to a publication period (both days included); `None` clears it.
    SetRange(Option<(NaiveDate, NaiveDate)>),
    /// The list needs the page holding this row.
    FetchRow(usize),
    /// A click on a result row, with the keyboard modifiers held.
    ClickRow {
        row: usize,
        article_id: i64,
        modifiers: Modifiers,
    },
    /// Moves the keyboard cursor by this many rows.
    MoveCursor(isize),
    /// Opens the row under the cursor (Enter).
    OpenCursor,
    SelectAll,
    /// Closes the article in the reader.
    CloseArticle,
    /// Scrolls the reader to a quote and marks it.
    FocusQuote(usize),
    FocusSearch,
    ImportPaths(Vec<PathBuf>),
    LoadSamples,
    CancelImport,
    PickImportFiles,
    PickImportFolder,
    /// Export the selection (or all results) through a save dialog.
    Export,
    /// Export the selection (or all results) to this file, without a dialog.
    ExportTo(PathBuf),
    /// Export the selection (or all results) as CSL-JSON through a save dialog.
    ExportCitations,
    /// Export the selection (or all results) as CSL-JSON to this file, without a dialog.
    ExportCitationsTo(PathBuf),
    AskDelete,
    ConfirmDelete,
    CancelDelete,
    Undo,
    ShowFailures(bool),
    DismissSummary,
    /// Shows Articles, People or the Event list in the left panel.
    ShowLeft(LeftView),
    /// Switches the left panel between Articles and People (Ctrl+P).
    TogglePeople,
    /// The "Find person" text changed.
    PeopleFilterEdited,
    SetPeopleSort(PeopleSort),
    /// Filters the articles to this person and lists their quotes; `None` forgets the choice.
    ChoosePerson(Option<Person>),
    /// Lists organisations instead of people in the People view (or people again).
    ShowOrganisations(bool),
    /// Corrects a quote of the open article; `None` undoes its correction.
    CorrectQuote {
        at: QuoteAt,
        change: Option<QuoteChange>,
    },
    /// Looks up persons of the archive whose name holds this text, for the correction editor.
    SuggestSpeakers(String),
    /// Opens an article in the reader scrolled to the quote with this text.
    OpenQuote {
        article_id: i64,
        text: String,
    },
    /// What the timeline counts: publications or the events articles mention.
    SetTimelineMode(TimelineMode),
    /// Picks a period on the Events timeline (both days included); `None` clears it.
    SetEventRange(Option<(NaiveDate, NaiveDate)>),
    /// Opens an article in the reader scrolled to a sentence, which is highlighted.
    OpenEvent {
        article_id: i64,
        part: TextPart,
        start: usize,
        end: usize,
    },
    /// Something was put on the clipboard (a citation, a quote with its citation).
    Copied(&'static str),
    /// Opens an address in the browser or a file's folder in the file manager (a click on
    /// *Open original* or *Show file*).
    Launch(super::Launch),
    /// How the window looks: cards or table, columns, theme, text size, Help/About/Settings.
    View(super::view::ViewCommand),
    /// Opens (or creates) this archive in the window.
    OpenArchive(PathBuf),
    /// *File → New archive…* or *Open archive…*: a file dialog, then `OpenArchive`.
    PickArchive(super::archives::ArchiveDialog),
    /// Field edits and tags (research.rs).
    Research(super::research::ResearchCommand),
    /// Opens an article in the reader (the Team scope's *Open*).
    OpenArticle(i64),
}

impl ChronicleApp {
    pub(super) fn apply(&mut self, command: AppCommand) {
        match command {
            AppCommand::QueryEdited => self.refresh_query(),
            AppCommand::SetQuery(query) => {
                self.settings.query = query;
                self.refresh_query();
            }
            AppCommand::SetSort(sort) => {
                self.settings.sort = sort;
                self.refresh_query();
            }
            AppCommand::SetRange(range) => {
                if range != self.range {
                    self.range = range.map(|(a, b)| (a.min(b), a.max(b)));
                    self.refresh_query();
                }
            }
            AppCommand::FetchRow(row) => {
                if let Some(offset) = self.results.want(row) {
                    let (generation, filter, sort) = (
                        self.results.generation,
                        self.results.filter.clone(),
                        self.results.sort,
                    );
                    self.request(Request::Search {
                        generation,
                        filter,
                        sort,
                        offset,
                        limit: PAGE_SIZE,
                    });
                }
            }
            AppCommand::ClickRow {
                row,
                article_id,
                modifiers,
            } => self.click_row(row, article_id, modifiers),
            AppCommand::MoveCursor(delta) => self.move_cursor(delta),
            AppCommand::OpenCursor => {
                if let Some(id) = self
                    .selection
                    .cursor_row
                    .and_then(|r| self.results.hit(r))
                    .map(|h| h.id)
                {
                    self.open(id);
                }
            }
            AppCommand::SelectAll => {
                let (generation, filter) = (self.results.generation, self.results.filter.clone());
                self.request(Request::AllIds { generation, filter });
            }
            AppCommand::CloseArticle => {
                self.open_id = None;
                self.article = None;
                self.open_unmatched = false;
            }
            AppCommand::FocusQuote(index) => {
                self.focused_quote = Some(index);
                self.focused_span = None;
                self.scroll_to_quote = true;
            }
            AppCommand::FocusSearch => self.focus_search = true,
            AppCommand::View(command) => self.apply_view(command),
            AppCommand::OpenArchive(path) => self.switch_archive(path),
            AppCommand::PickArchive(kind) => {
                if let Err(e) = super::archives::spawn_archive_dialog(kind, self.events.clone()) {
                    self.status = e;
                }
            }
            AppCommand::Launch(launch) => {
                self.status = match self.launcher.launch(&launch) {
                    Ok(()) => match launch {
                        super::Launch::OpenUrl(url) => format!("Opening {url}"),
                        super::Launch::ShowFile(path) => format!("Showing {}", path.display()),
                    },
                    Err(e) => e,
                }
            }
            AppCommand::Copied(what) => {
                self.status = format!("Copied the {what} to the clipboard.")
            }
            AppCommand::ImportPaths(paths) => self.start_import(ImportSource::Paths(paths)),
            AppCommand::LoadSamples => self.start_import(ImportSource::Samples),
            AppCommand::CancelImport => {
                if let Some(run) = &self.import {
                    worker::cancel(&run.cancel);
                    self.status = "Cancelling the import…".into();
                }
            }
            AppCommand::PickImportFiles => self.dialog(DialogKind::ImportFiles),
            AppCommand::PickImportFolder => self.dialog(DialogKind::ImportFolder),
            AppCommand::Export => self.dialog(DialogKind::Export),
            AppCommand::ExportTo(path) => self.export_to(path, ExportFormat::Chronicle),
            AppCommand::ExportCitations => self.dialog(DialogKind::ExportCitations),
            AppCommand::ExportCitationsTo(path) => self.export_to(path, ExportFormat::CslJson),
            AppCommand::AskDelete => {
                let ids: Vec<i64> = match (self.selection.ids.is_empty(), self.open_id) {
                    (false, _) => self.selection.ids.iter().copied().collect(),
                    (true, Some(id)) => vec![id],
                    (true, None) => Vec::new(),
                };
                if !ids.is_empty() {
                    self.confirm_delete = Some(ids);
                }
            }
            AppCommand::ConfirmDelete => {
                if let Some(article_ids) = self.confirm_delete.take() {
                    self.request(Request::Delete { article_ids });
                }
            }
            AppCommand::CancelDelete => self.confirm_delete = None,
            AppCommand::Undo => {
                if let Some(records) = self.last_deleted.take() {
                    self.request(Request::Restore { records });
                }
            }
            AppCommand::ShowFailures(show) => self.show_failures = show,
            AppCommand::DismissSummary => {
                self.last_summary = None;
                self.show_failures = false;
            }
            AppCommand::ShowLeft(view) => self.show_left(view),
            AppCommand::Research(command) => self.apply_research(command),
            AppCommand::TogglePeople => {
                let view = if self.left == LeftView::People {
                    LeftView::Articles
                } else {
                    LeftView::People
                };
                self.show_left(view);
            }
            AppCommand::PeopleFilterEdited => self.refresh_people(),
            AppCommand::SetPeopleSort(sort) => self.people.sort = sort,
            AppCommand::ChoosePerson(person) => self.choose_person(person),
            AppCommand::ShowOrganisations(organisations) => {
                if organisations != self.people.organisations {
                    self.choose_person(None);
                    self.people.organisations = organisations;
                    self.people.loaded = false;
                    self.refresh_people();
                }
            }
            AppCommand::SuggestSpeakers(contains) => {
                self.request(Request::SuggestSpeakers { contains })
            }
            AppCommand::CorrectQuote { at, change } => {
                if let Some(article_id) = self.open_id {
                    self.status = "Saving the correction…".into();
                    self.request(Request::CorrectQuote {
                        article_id,
                        at,
                        change,
                    });
                }
            }
            AppCommand::OpenQuote { article_id, text } => {
                self.people.opened = Some((article_id, text.clone()));
                self.open_at(article_id, Focus::Quote(text));
            }
            AppCommand::SetTimelineMode(mode) => self.set_timeline_mode(mode),
            AppCommand::OpenArticle(id) => self.open(id),
            AppCommand::SetEventRange(range) => {
                let range = range.map(|(a, b)| (a.min(b), a.max(b)));
                if range != self.event_list.range {
                    self.event_list.range = range;
                    self.event_list.events = None;
                    if let Some((from, to)) = range {
                        self.request(Request::EventsBetween { from, to });
                        self.left = LeftView::Events;
                    }
                }
            }
            AppCommand::OpenEvent {
                article_id,
                part,
                start,
                end,
            } => {
                self.event_list.opened = Some((article_id, start));
                self.open_at(article_id, Focus::Span(part, start..end));
            }
        }
    }

    fn show_left(&mut self, view: LeftView) {
        self.left = view;
        if view == LeftView::People && self.people.asked.is_none() {
            self.refresh_people();
        }
        if view == LeftView::Tags {
            self.refresh_tags();
        }
        if view == LeftView::Saved {
            self.refresh_saved();
        }
    }

    pub(super) fn refresh_people(&mut self) {
        self.people.generation += 1;
        let contains = self.people.filter.trim().to_string();
        self.people.asked = Some(contains.clone());
        self.request(Request::People {
            generation: self.people.generation,
            contains,
            organisations: self.people.organisations,
        });
    }

    fn choose_person(&mut self, person: Option<Person>) {
        match person {
            Some(person) => {
                self.people.quotes = None;
                self.people.opened = None;
                self.request(Request::QuotesBy {
                    name: person.name.clone(),
                    kind: self.people.kind(),
                });
                self.commands
                    .push(AppCommand::SetQuery(person_query(&person.name)));
                self.people.chosen = Some(person);
            }
            None => {
                // Clear the search only if it still is the person's.
                if let Some(chosen) = self.people.chosen.take() {
                    if self.settings.query == person_query(&chosen.name) {
                        self.commands.push(AppCommand::SetQuery(String::new()));
                    }
                }
                self.people.quotes = None;
                self.people.opened = None;
            }
        }
    }

    fn set_timeline_mode(&mut self, mode: TimelineMode) {
        if mode == self.timeline_mode {
            return;
        }
        self.timeline_mode = mode;
        match mode {
            TimelineMode::Events => {
                if self.event_list.counts.is_none() {
                    self.request(Request::EventCounts);
                }
                if self.left == LeftView::Articles {
                    self.left = LeftView::Events;
                }
            }
            TimelineMode::Published => {
                if self.left == LeftView::Events {
                    self.left = LeftView::Articles;
                }
            }
        }
    }

    fn click_row(&mut self, row: usize, article_id: i64, modifiers: Modifiers) {
        if modifiers.shift {
            let results = &self.results;
            self.selection.extend_to(row, |rows| results.ids_in(rows));
        } else if modifiers.command || modifiers.ctrl {
            self.selection.toggle(row, article_id);
        } else {
            self.selection.select_only(row, article_id);
            self.open(article_id);
        }
    }

    fn move_cursor(&mut self, delta: isize) {
        if self.results.total == 0 {
            return;
        }
        let last = self.results.total - 1;
        let row = match self.selection.cursor_row {
            Some(r) => r.saturating_add_signed(delta).min(last),
            None => 0,
        };
        match self.results.hit(row).map(|h| h.id) {
            Some(id) => self.selection.select_only(row, id),
            None => self.commands.push(AppCommand::FetchRow(row)),
        }
        self.scroll_to_row = Some(row);
    }

    fn start_import(&mut self, source: ImportSource) {
        if self.import.is_some() {
            self.status = "An import is already running; wait for it or cancel it.".into();
            return;
        }
        match worker::spawn_import(&self.archive_path, source, self.events.clone()) {
            Ok(cancel) => {
                self.import = Some(RunningImport {
                    cancel,
                    done_files: 0,
                    total_files: 0,
                    current: None,
                });
                self.last_summary = None;
                self.show_failures = false;
                self.status = "Importing…".into();
            }
            Err(e) => self.status = e,
        }
    }

    fn dialog(&mut self, kind: DialogKind) {
        if let Err(e) = worker::spawn_dialog(kind, self.events.clone()) {
            self.status = e;
        }
    }

    fn export_to(&mut self, path: PathBuf, format: ExportFormat) {
        let source = if self.selection.ids.is_empty() {
            ExportSource::Filter(self.results.filter.clone())
        } else {
            ExportSource::Ids(self.selection.ids.iter().copied().collect())
        };
        self.status = format!("Exporting to {}…", path.display());
        if let Err(e) = worker::spawn_export(
            &self.archive_path,
            format,
            source,
            path,
            self.events.clone(),
        ) {
            self.status = e;
        }
    }

    pub(super) fn handle_event(&mut self, event: Event) {
        match event {
            Event::Page {
                generation,
                offset,
                page,
            } => self.page_arrived(generation, offset, page),
            Event::QueryFailed {
                generation,
                message,
            } => {
                if self.pending.as_ref().is_some_and(|p| p.0 == generation) {
                    self.pending = None;
                    self.query_error = Some(message);
                }
            }
            Event::DayCounts { generation, counts } => {
                if generation >= self.timeline.counts_generation {
                    self.timeline.counts_generation = generation;
                    self.day_counts = counts;
                }
            }
            Event::AllIds { generation, ids } => {
                if generation == self.results.generation {
                    self.status = format!("Selected {} articles", super::thousands(ids.len()));
                    self.selection.set_all(ids);
                }
            }
            Event::Article {
                article_id,
                record,
                file_exists,
            } => {
                if self.open_id == Some(article_id) {
                    self.file_exists = file_exists;
                    if record.is_none() {
                        self.open_id = None;
                    }
                    self.article = record;
                    self.resolve_focus();
                }
            }
            // Our own import refreshes when it ends; another process's write, now.
            Event::ChangedElsewhere if self.import.is_none() => self.archive_changed(),
            Event::ChangedElsewhere => {}
            Event::Count(stats) => {
                self.archive_count = Some(stats.articles);
                self.stats = Some(stats);
            }
            Event::StillMatches {
                generation,
                article_id,
                matches,
            } => {
                if generation == self.results.generation && self.open_id == Some(article_id) {
                    self.open_unmatched = !matches;
                }
            }
            Event::Status(message) => self.status = message,
            Event::Deleted(records) => {
                let n = records.len();
                for r in &records {
                    self.selection.ids.remove(&r.id);
                    if self.open_id == Some(r.id) {
                        self.open_id = None;
                        self.article = None;
                    }
                }
                self.status = if n == 1 {
                    "Deleted 1 article".into()
                } else {
                    format!("Deleted {n} articles")
                };
                self.last_deleted = Some(records);
                self.archive_changed();
            }
            Event::Restored(n) => {
                self.status = if n == 1 {
                    "Restored 1 article".into()
                } else {
                    format!("Restored {n} articles")
                };
                self.archive_changed();
            }
            Event::Import(event) => self.import_event(event),
            Event::Exported { count, path } => {
                let noun = if count == 1 { "article" } else { "articles" };
                self.status = format!("Exported {count} {noun} to {}", path.display());
            }
            Event::Dialog(DialogResult::ImportPaths(Some(paths))) => {
                self.commands.push(AppCommand::ImportPaths(paths))
            }
            Event::Dialog(DialogResult::ExportPath(Some(path), format)) => {
                self.commands.push(match format {
                    ExportFormat::Chronicle => AppCommand::ExportTo(path),
                    ExportFormat::CslJson => AppCommand::ExportCitationsTo(path),
                })
            }
            Event::Dialog(DialogResult::Archive(Some(path))) => {
                self.commands.push(AppCommand::OpenArchive(path))
            }
            Event::Dialog(_) => {}
            Event::CannotOpen(message) => self.cannot_open = Some(message),
            Event::Failed(message) => self.status = message,
            Event::People { generation, people } => {
                if generation == self.people.generation {
                    self.people.people = people;
                    self.people.loaded = true;
                }
            }
            Event::Suggestions { contains, names } => self.correct.suggested(contains, names),
            Event::Research(event) => self.research_event(event),
            Event::Corrected { record, message } => {
                if self.open_id == Some(record.id) {
                    self.article = Some(record);
                    self.focused_quote = None;
                }
                self.status = message;
                self.archive_changed();
            }
            Event::QuotesBy { name, quotes } => {
                if self.people.chosen.as_ref().is_some_and(|p| p.name == name) {
                    self.people.quotes = Some(quotes);
                }
            }
            Event::DatedEventCounts(days) => {
                self.event_list.counts = Some(DayCounts { days, undated: 0 })
            }
            Event::DatedEvents { from, to, events } => {
                if self.event_list.range == Some((from, to)) {
                    self.event_list.events = Some(events);
                }
            }
        }
    }

    fn page_arrived(&mut self, generation: u64, offset: usize, page: crate::archive::SearchPage) {
        if generation == self.results.generation && self.results_loaded {
            self.results.insert(offset, page.hits, page.total);
            return;
        }
        let Some((pending_generation, filter, sort)) = self.pending.clone() else {
            return;
        };
        if generation != pending_generation || offset != 0 {
            return;
        }
        self.pending = None;
        self.query_error = None;
        self.highlight = page.highlight.clone();
        let first_id = page.hits.first().map(|h| h.id);
        self.results = ResultsCache::new(generation, filter, sort, page.total, page.hits);
        self.results_loaded = true;
        self.selection.forget_rows();
        match self.open_id.map(|id| (id, self.results.row_of(id))) {
            Some((_, Some(row))) => {
                self.selection.cursor_row = Some(row);
                self.open_unmatched = false;
            }
            // Not on the first page: ask whether it matches at all.
            Some((article_id, None)) => self.request(Request::StillMatches {
                generation,
                article_id,
                filter: self.results.filter.clone(),
            }),
            None => {}
        }
        // The screenshot shows an open article.
        if self.screenshot.is_some() && self.open_id.is_none() {
            if let Some(id) = first_id {
                self.selection.select_only(0, id);
                self.open(id);
            }
        }
    }

    fn import_event(&mut self, event: ImportEvent) {
        match event {
            ImportEvent::Progress(Progress::Started { total_files }) => {
                if let Some(run) = &mut self.import {
                    run.total_files = total_files;
                }
            }
            ImportEvent::Progress(Progress::FileDone {
                done_files,
                total_files,
                path,
            }) => {
                if let Some(run) = &mut self.import {
                    run.done_files = done_files;
                    run.total_files = total_files;
                    run.current = Some(path);
                }
            }
            ImportEvent::Finished(result) => {
                self.import = None;
                match result {
                    Ok(summary) => {
                        self.status = super::import_panel::summary_line(&summary);
                        self.last_summary = Some(summary);
                    }
                    Err(e) => self.status = format!("Import failed: {e}"),
                }
                self.archive_changed();
            }
        }
    }
}
