//! Applies the commands panels pushed this frame to the app's state, sending requests to
//! the workers.

use super::people::person_query;
use super::selection::PAGE_SIZE;
use super::timeline::TimelineMode;
use super::worker::{self, DialogKind, ExportSource, ImportSource, Request};
use super::{AppCommand, ChronicleApp, Focus, LeftView, RunningImport};
use crate::export::ExportFormat;
use crate::model::Person;
use eframe::egui::Modifiers;
use std::path::PathBuf;

impl ChronicleApp {
    /// Applies every command pushed this frame; another frame follows if there were any.
    pub(super) fn apply_commands(&mut self, ctx: &eframe::egui::Context) {
        let applied = !self.commands.is_empty();
        for command in std::mem::take(&mut self.commands) {
            self.apply(command);
        }
        if applied {
            ctx.request_repaint();
        }
    }

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
                if range != self.view.range {
                    self.view.range = range.map(|(a, b)| (a.min(b), a.max(b)));
                    self.refresh_query();
                }
            }
            AppCommand::FetchRow(row) => {
                if let Some(offset) = self.view.results.want(row) {
                    let (generation, filter, sort) = (
                        self.view.results.generation,
                        self.view.results.filter.clone(),
                        self.view.results.sort,
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
                    .view
                    .selection
                    .cursor_row
                    .and_then(|r| self.view.results.hit(r))
                    .map(|h| h.id)
                {
                    self.open(id);
                }
            }
            AppCommand::SelectAll => {
                let (generation, filter) = (
                    self.view.results.generation,
                    self.view.results.filter.clone(),
                );
                self.request(Request::AllIds { generation, filter });
            }
            AppCommand::CloseArticle => {
                self.view.open_id = None;
                self.view.article = None;
                self.view.open_unmatched = false;
            }
            AppCommand::FocusQuote(index) => {
                self.view.focused_quote = Some(index);
                self.view.focused_span = None;
                self.view.scroll_to_quote = true;
            }
            AppCommand::FocusSearch => self.view.focus_search = true,
            AppCommand::View(command) => self.apply_view(command),
            AppCommand::OpenArchive(path) => self.switch_archive(path),
            AppCommand::PickArchive(kind) => {
                if let Err(e) =
                    super::archives::spawn_archive_dialog(kind, self.runtime.answers.clone())
                {
                    self.view.status = e;
                }
            }
            AppCommand::Launch(launch) => {
                self.view.status = match self.runtime.launcher.launch(&launch) {
                    Ok(()) => match launch {
                        super::Launch::OpenUrl(url) => format!("Opening {url}"),
                        super::Launch::ShowFile(path) => format!("Showing {}", path.display()),
                    },
                    Err(e) => e,
                }
            }
            AppCommand::Copied(what) => {
                self.view.status = format!("Copied the {what} to the clipboard.")
            }
            AppCommand::ImportPaths(paths) => self.start_import(ImportSource::Paths(paths)),
            AppCommand::LoadSamples => self.start_import(ImportSource::Samples),
            AppCommand::CancelImport => {
                if let Some(run) = &self.view.import {
                    worker::cancel(&run.cancel);
                    self.view.status = "Cancelling the import…".into();
                }
            }
            AppCommand::PickImportFiles => self.dialog(DialogKind::ImportFiles),
            AppCommand::PickImportFolder => self.dialog(DialogKind::ImportFolder),
            AppCommand::Export => self.dialog(DialogKind::Export),
            AppCommand::ExportTo(path) => self.export_to(path, ExportFormat::Chronicle),
            AppCommand::ExportCitations => self.dialog(DialogKind::ExportCitations),
            AppCommand::ExportCitationsTo(path) => self.export_to(path, ExportFormat::CslJson),
            AppCommand::AskDelete => {
                let ids: Vec<i64> = match (self.view.selection.ids.is_empty(), self.view.open_id) {
                    (false, _) => self.view.selection.ids.iter().copied().collect(),
                    (true, Some(id)) => vec![id],
                    (true, None) => Vec::new(),
                };
                if !ids.is_empty() {
                    self.view.confirm_delete = Some(ids);
                }
            }
            AppCommand::ConfirmDelete => {
                if let Some(article_ids) = self.view.confirm_delete.take() {
                    self.request(Request::Delete { article_ids });
                }
            }
            AppCommand::CancelDelete => self.view.confirm_delete = None,
            AppCommand::Undo => {
                if let Some(records) = self.view.last_deleted.take() {
                    self.request(Request::Restore { records });
                }
            }
            AppCommand::ShowFailures(show) => self.view.show_failures = show,
            AppCommand::DismissSummary => {
                self.view.last_summary = None;
                self.view.show_failures = false;
            }
            AppCommand::ShowLeft(view) => self.show_left(view),
            AppCommand::Research(command) => self.apply_research(command),
            AppCommand::TogglePeople => {
                let view = if self.view.left == LeftView::People {
                    LeftView::Articles
                } else {
                    LeftView::People
                };
                self.show_left(view);
            }
            AppCommand::PeopleFilterEdited => self.refresh_people(),
            AppCommand::SetPeopleSort(sort) => self.view.people.sort = sort,
            AppCommand::ChoosePerson(person) => self.choose_person(person),
            AppCommand::ShowOrganisations(organisations) => {
                if organisations != self.view.people.organisations {
                    self.choose_person(None);
                    self.view.people.organisations = organisations;
                    self.view.people.loaded = false;
                    self.refresh_people();
                }
            }
            AppCommand::SuggestSpeakers(contains) => {
                self.request(Request::SuggestSpeakers { contains })
            }
            AppCommand::CorrectQuote { at, change } => {
                if let Some(article_id) = self.view.open_id {
                    self.view.status = "Saving the correction…".into();
                    self.request(Request::CorrectQuote {
                        article_id,
                        at,
                        change,
                    });
                }
            }
            AppCommand::OpenQuote { article_id, text } => {
                self.view.people.opened = Some((article_id, text.clone()));
                self.open_at(article_id, Focus::Quote(text));
            }
            AppCommand::SetTimelineMode(mode) => self.set_timeline_mode(mode),
            AppCommand::OpenArticle(id) => self.open(id),
            AppCommand::SetEventRange(range) => {
                let range = range.map(|(a, b)| (a.min(b), a.max(b)));
                if range != self.view.event_list.range {
                    self.view.event_list.range = range;
                    self.view.event_list.events = None;
                    if let Some((from, to)) = range {
                        self.request(Request::EventsBetween { from, to });
                        self.view.left = LeftView::Events;
                    }
                }
            }
            AppCommand::OpenEvent {
                article_id,
                part,
                start,
                end,
            } => {
                self.view.event_list.opened = Some((article_id, start));
                self.open_at(article_id, Focus::Span(part, start..end));
            }
        }
    }

    fn show_left(&mut self, view: LeftView) {
        self.view.left = view;
        if view == LeftView::People && self.view.people.asked.is_none() {
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
        self.view.people.generation += 1;
        let contains = self.view.people.filter.trim().to_string();
        self.view.people.asked = Some(contains.clone());
        self.request(Request::People {
            generation: self.view.people.generation,
            contains,
            organisations: self.view.people.organisations,
        });
    }

    fn choose_person(&mut self, person: Option<Person>) {
        match person {
            Some(person) => {
                self.view.people.quotes = None;
                self.view.people.opened = None;
                self.request(Request::QuotesBy {
                    name: person.name.clone(),
                    kind: self.view.people.kind(),
                });
                self.commands
                    .push(AppCommand::SetQuery(person_query(&person.name)));
                self.view.people.chosen = Some(person);
            }
            None => {
                // Clear the search only if it still is the person's.
                if let Some(chosen) = self.view.people.chosen.take() {
                    if self.settings.query == person_query(&chosen.name) {
                        self.commands.push(AppCommand::SetQuery(String::new()));
                    }
                }
                self.view.people.quotes = None;
                self.view.people.opened = None;
            }
        }
    }

    fn set_timeline_mode(&mut self, mode: TimelineMode) {
        if mode == self.view.timeline_mode {
            return;
        }
        self.view.timeline_mode = mode;
        match mode {
            TimelineMode::Events => {
                if self.view.event_list.counts.is_none() {
                    self.request(Request::EventCounts);
                }
                if self.view.left == LeftView::Articles {
                    self.view.left = LeftView::Events;
                }
            }
            TimelineMode::Published => {
                if self.view.left == LeftView::Events {
                    self.view.left = LeftView::Articles;
                }
            }
        }
    }

    fn click_row(&mut self, row: usize, article_id: i64, modifiers: Modifiers) {
        if modifiers.shift {
            let results = &self.view.results;
            self.view
                .selection
                .extend_to(row, |rows| results.ids_in(rows));
        } else if modifiers.command || modifiers.ctrl {
            self.view.selection.toggle(row, article_id);
        } else {
            self.view.selection.select_only(row, article_id);
            self.open(article_id);
        }
    }

    fn move_cursor(&mut self, delta: isize) {
        if self.view.results.total == 0 {
            return;
        }
        let last = self.view.results.total - 1;
        let row = match self.view.selection.cursor_row {
            Some(r) => r.saturating_add_signed(delta).min(last),
            None => 0,
        };
        match self.view.results.hit(row).map(|h| h.id) {
            Some(id) => self.view.selection.select_only(row, id),
            None => self.commands.push(AppCommand::FetchRow(row)),
        }
        self.view.scroll_to_row = Some(row);
    }

    fn start_import(&mut self, source: ImportSource) {
        if self.view.import.is_some() {
            self.view.status = "An import is already running; wait for it or cancel it.".into();
            return;
        }
        match worker::spawn_import(&self.archive_path, source, self.runtime.answers.clone()) {
            Ok(cancel) => {
                self.view.import = Some(RunningImport {
                    cancel,
                    done_files: 0,
                    total_files: 0,
                    current: None,
                });
                self.view.last_summary = None;
                self.view.show_failures = false;
                self.view.status = "Importing…".into();
            }
            Err(e) => self.view.status = e,
        }
    }

    fn dialog(&mut self, kind: DialogKind) {
        if let Err(e) = worker::spawn_dialog(kind, self.runtime.answers.clone()) {
            self.view.status = e;
        }
    }

    fn export_to(&mut self, path: PathBuf, format: ExportFormat) {
        let source = if self.view.selection.ids.is_empty() {
            ExportSource::Filter(self.view.results.filter.clone())
        } else {
            ExportSource::Ids(self.view.selection.ids.iter().copied().collect())
        };
        self.view.status = format!("Exporting to {}…", path.display());
        if let Err(e) = worker::spawn_export(
            &self.archive_path,
            format,
            source,
            path,
            self.runtime.answers.clone(),
        ) {
            self.view.status = e;
        }
    }
}
