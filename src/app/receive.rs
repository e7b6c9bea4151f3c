//! Receives the workers' answers (drained from eframe's `logic`, before drawing) into the
//! app's state.

use super::selection::ResultsCache;
use super::worker::{Answer, DialogResult, ImportAnswer, Request};
use super::{AppCommand, ChronicleApp};
use crate::export::ExportFormat;
use crate::import::Progress;
use crate::model::DayCounts;

impl ChronicleApp {
    pub(super) fn receive(&mut self, answer: Answer) {
        match answer {
            Answer::Page {
                generation,
                offset,
                page,
            } => self.page_arrived(generation, offset, page),
            Answer::QueryFailed {
                generation,
                message,
            } => {
                if self
                    .view
                    .pending
                    .as_ref()
                    .is_some_and(|p| p.0 == generation)
                {
                    self.view.pending = None;
                    self.view.query_error = Some(message);
                }
            }
            Answer::DayCounts { generation, counts } => {
                if generation >= self.view.timeline.counts_generation {
                    self.view.timeline.counts_generation = generation;
                    self.view.day_counts = counts;
                }
            }
            Answer::AllIds { generation, ids } => {
                if generation == self.view.results.generation {
                    self.view.status = format!("Selected {} articles", super::thousands(ids.len()));
                    self.view.selection.set_all(ids);
                }
            }
            Answer::Article {
                article_id,
                record,
                file_exists,
            } => {
                if self.view.open_id == Some(article_id) {
                    self.view.file_exists = file_exists;
                    if record.is_none() {
                        self.view.open_id = None;
                    }
                    self.view.article = record;
                    self.resolve_focus();
                }
            }
            // Our own import refreshes when it ends; another process's write, now.
            Answer::ChangedElsewhere if self.view.import.is_none() => self.archive_changed(),
            Answer::ChangedElsewhere => {}
            Answer::Count(stats) => {
                self.view.archive_count = Some(stats.articles);
                self.view.stats = Some(stats);
            }
            Answer::StillMatches {
                generation,
                article_id,
                matches,
            } => {
                if generation == self.view.results.generation
                    && self.view.open_id == Some(article_id)
                {
                    self.view.open_unmatched = !matches;
                }
            }
            Answer::Status(message) => self.view.status = message,
            Answer::Deleted(records) => {
                let n = records.len();
                for r in &records {
                    self.view.selection.ids.remove(&r.id);
                    if self.view.open_id == Some(r.id) {
                        self.view.open_id = None;
                        self.view.article = None;
                    }
                }
                self.view.status = if n == 1 {
                    "Deleted 1 article".into()
                } else {
                    format!("Deleted {n} articles")
                };
                self.view.last_deleted = Some(records);
                self.archive_changed();
            }
            Answer::Restored(n) => {
                self.view.status = if n == 1 {
                    "Restored 1 article".into()
                } else {
                    format!("Restored {n} articles")
                };
                self.archive_changed();
            }
            Answer::Import(event) => self.import_event(event),
            Answer::Exported { count, path } => {
                let noun = if count == 1 { "article" } else { "articles" };
                self.view.status = format!("Exported {count} {noun} to {}", path.display());
            }
            Answer::Dialog(DialogResult::ImportPaths(Some(paths))) => {
                self.commands.push(AppCommand::ImportPaths(paths))
            }
            Answer::Dialog(DialogResult::ExportPath(Some(path), format)) => {
                self.commands.push(match format {
                    ExportFormat::Chronicle => AppCommand::ExportTo(path),
                    ExportFormat::CslJson => AppCommand::ExportCitationsTo(path),
                })
            }
            Answer::Dialog(DialogResult::Archive(Some(path))) => {
                self.commands.push(AppCommand::OpenArchive(path))
            }
            Answer::Dialog(_) => {}
            Answer::CannotOpen(message) => self.view.cannot_open = Some(message),
            Answer::Failed(message) => self.view.status = message,
            Answer::People { generation, people } => {
                if generation == self.view.people.generation {
                    self.view.people.people = people;
                    self.view.people.loaded = true;
                }
            }
            Answer::Suggestions { contains, names } => self.view.correct.suggested(contains, names),
            Answer::Research(event) => self.research_event(event),
            Answer::Corrected { record, message } => {
                if self.view.open_id == Some(record.id) {
                    self.view.article = Some(record);
                    self.view.focused_quote = None;
                }
                self.view.status = message;
                self.archive_changed();
            }
            Answer::QuotesBy { name, quotes } => {
                if self
                    .view
                    .people
                    .chosen
                    .as_ref()
                    .is_some_and(|p| p.name == name)
                {
                    self.view.people.quotes = Some(quotes);
                }
            }
            Answer::DatedEventCounts(days) => {
                self.view.event_list.counts = Some(DayCounts { days, undated: 0 })
            }
            Answer::DatedEvents { from, to, events } => {
                if self.view.event_list.range == Some((from, to)) {
                    self.view.event_list.events = Some(events);
                }
            }
        }
    }

    fn page_arrived(&mut self, generation: u64, offset: usize, page: crate::model::SearchPage) {
        if generation == self.view.results.generation && self.view.results_loaded {
            self.view.results.insert(offset, page.hits, page.total);
            return;
        }
        let Some((pending_generation, filter, sort)) = self.view.pending.clone() else {
            return;
        };
        if generation != pending_generation || offset != 0 {
            return;
        }
        self.view.pending = None;
        self.view.query_error = None;
        self.view.highlight = page.highlight.clone();
        self.view.results = ResultsCache::new(generation, filter, sort, page.total, page.hits);
        self.view.results_loaded = true;
        self.view.selection.forget_rows();
        match self
            .view
            .open_id
            .map(|id| (id, self.view.results.row_of(id)))
        {
            Some((_, Some(row))) => {
                self.view.selection.cursor_row = Some(row);
                self.view.open_unmatched = false;
            }
            // Not on the first page: ask whether it matches at all.
            Some((article_id, None)) => self.request(Request::StillMatches {
                generation,
                article_id,
                filter: self.view.results.filter.clone(),
            }),
            None => {}
        }
    }

    fn import_event(&mut self, event: ImportAnswer) {
        match event {
            ImportAnswer::Progress(Progress::Started { total_files }) => {
                if let Some(run) = &mut self.view.import {
                    run.total_files = total_files;
                }
            }
            ImportAnswer::Progress(Progress::FileDone {
                done_files,
                total_files,
                path,
                ..
            }) => {
                if let Some(run) = &mut self.view.import {
                    run.done_files = done_files;
                    run.total_files = total_files;
                    run.current = Some(path);
                }
            }
            ImportAnswer::Progress(Progress::Finished(summary)) => {
                self.view.import = None;
                self.view.status = super::import_panel::summary_line(&summary);
                self.view.last_summary = Some(summary);
                self.archive_changed();
            }
            ImportAnswer::Stopped(e) => {
                self.view.import = None;
                self.view.status =
                    format!("Import stopped: {e}. Articles committed before the error are kept.");
                self.archive_changed();
            }
        }
    }
}
