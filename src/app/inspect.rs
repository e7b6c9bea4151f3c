//! What tests (and the benchmark) may read of the window, and the few things they may set.

use super::{AppCommand, ChronicleApp, Launcher, LeftView, Settings, timeline};
use crate::model::{ArticleRecord, DayCounts};
use chrono::NaiveDate;
use eframe::egui;
use std::sync::Arc;

impl ChronicleApp {
    /// Queues a command, as a panel would (tests use this for actions behind OS dialogs).
    pub fn command(&mut self, command: AppCommand) {
        self.commands.push(command);
    }

    /// Replaces how addresses and folders reach the desktop (tests record them instead).
    pub fn set_launcher(&mut self, launcher: Arc<dyn Launcher>) {
        self.runtime.launcher = launcher;
    }

    /// The timeline period the results are limited to, if any.
    pub fn period(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.view.range
    }

    /// The persisted settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// How many articles the current results hold (`None` until the first answer).
    pub fn result_count(&self) -> Option<usize> {
        self.view.results_loaded.then_some(self.view.results.total)
    }

    /// How many articles the archive holds (`None` until the worker answered).
    pub fn archive_count(&self) -> Option<u64> {
        self.view.archive_count
    }

    /// The selected article ids.
    pub fn selected_ids(&self) -> Vec<i64> {
        self.view.selection.ids.iter().copied().collect()
    }

    /// The article shown in the reader.
    pub fn open_article(&self) -> Option<&ArticleRecord> {
        self.view.article.as_deref()
    }

    /// How many pages of the result list have been fetched.
    pub fn result_pages_loaded(&self) -> usize {
        self.view.results.pages_loaded()
    }

    /// True while an import runs or a query is unanswered.
    pub fn is_busy(&self) -> bool {
        self.view.import.is_some() || self.view.pending.is_some()
    }

    /// Where the timeline band was drawn last frame (tests drag across it).
    pub fn timeline_rect(&self) -> Option<egui::Rect> {
        self.view.timeline.band_rect
    }

    /// What the left panel shows.
    pub fn left_view(&self) -> LeftView {
        self.view.left
    }

    /// The x coordinate of the middle of `day` on the timeline band, as drawn last frame.
    pub fn timeline_x_of(&self, day: NaiveDate) -> Option<f32> {
        self.view.timeline.x_of_day(day)
    }

    /// The per-day counts the timeline band shows: publications, or events in Events mode
    /// (`None` while those are loading).
    pub fn timeline_counts(&self) -> Option<&DayCounts> {
        match self.view.timeline_mode {
            timeline::TimelineMode::Published => Some(&self.view.day_counts),
            timeline::TimelineMode::Events => self.view.event_list.counts.as_ref(),
        }
    }

    /// The quote focused in the reader (index into the open article's quotes).
    pub fn focused_quote(&self) -> Option<usize> {
        self.view.focused_quote
    }

    /// The highlighted sentence in the reader, as a character range of the lead or body.
    pub fn focused_span(&self) -> Option<(crate::model::TextPart, std::ops::Range<usize>)> {
        self.view.focused_span.clone()
    }

    /// The query error shown under the Search box, if any.
    pub fn query_error(&self) -> Option<&str> {
        self.view.query_error.as_deref()
    }

    /// Whether the reader says its article does not match the current search.
    pub fn open_article_unmatched(&self) -> bool {
        self.view.open_unmatched
    }

    /// The last status-bar message.
    pub fn status(&self) -> &str {
        &self.view.status
    }
}
