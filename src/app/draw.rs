//! Drawing: the window's panels from the view state. Panels push `AppCommand`s, applied
//! right after drawing (apply.rs); answers arrive before it, in `logic` (receive.rs).

use super::worker::Request;
use super::{
    AppCommand, ChronicleApp, LeftView, ResultsView, edit_fields, empty_state, events, highlights,
    import_panel, metadata, notes, people, quotes, reader, saved_searches, status_bar, tags,
    timeline,
};
use crate::model::DayCounts;
use eframe::egui;

impl ChronicleApp {
    /// Once per frame before drawing (eframe's `logic`): answers in, input read.
    pub fn logic(&mut self, ctx: &egui::Context) {
        self.runtime.waker.set(ctx);
        self.apply_appearance(ctx);
        self.title_ui(ctx);
        self.receive_answers();
        let (filter, address) = (
            self.current_filter(),
            self.team.active().map(str::to_string),
        );
        if self.team.poll(ctx) | self.team.search.poll(address.as_deref(), &filter) {
            self.request(Request::Count);
            self.refresh_query();
            // A sync may bring tags and saved searches too.
            self.refresh_tags();
            self.refresh_saved();
        }
        self.view
            .highlights
            .catch(ctx, self.view.article.as_deref());
        self.shortcuts(ctx);
        self.dropped_files(ctx);
    }

    /// One whole frame, as eframe runs it: `logic`, then `draw` (the kittest tests call it).
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.logic(&ctx);
        self.draw(ui);
    }

    /// Draws the window, then applies what its panels asked for.
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| {
            let data = status_bar::StatusData {
                archive_count: self.view.archive_count,
                archive_path: &self.archive_path,
                message: &self.view.status,
                can_undo: self.view.last_deleted.as_ref().map(Vec::len),
                team: self.team.status_text(),
            };
            status_bar::status_bar_ui(ui, &data, &mut self.commands);
        });
        if self.view.import.is_some() || self.view.last_summary.is_some() {
            egui::Panel::bottom("import").show(ui, |ui| self.import_ui(ui));
        }
        if let Some(message) = self.view.cannot_open.clone() {
            egui::CentralPanel::default().show(ui, |ui| self.cannot_open_ui(ui, &message));
        } else if self.view.archive_count == Some(0) && self.view.import.is_none() {
            egui::CentralPanel::default()
                .show(ui, |ui| empty_state::empty_state_ui(ui, &mut self.commands));
        } else {
            self.browse_ui(ui);
        }
        self.dialogs_ui(&ctx);
        self.team.dialog_ui(&ctx);
        self.shown_ui(&ctx);
        import_panel::drop_overlay_ui(&ctx);

        self.apply_commands(&ctx);
    }

    fn browse_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("search").show(ui, |ui| self.search_bar_ui(ui));
        egui::Panel::top("timeline").show(ui, |ui| {
            let no_events = DayCounts::default();
            let (counts, range) = match self.view.timeline_mode {
                timeline::TimelineMode::Published => (&self.view.day_counts, self.view.range),
                timeline::TimelineMode::Events => (
                    self.view.event_list.counts.as_ref().unwrap_or(&no_events),
                    self.view.event_list.range,
                ),
            };
            timeline::timeline_ui(
                ui,
                &mut self.view.timeline,
                counts,
                range,
                self.view.timeline_mode,
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
                match self.view.left {
                    LeftView::Articles if self.team.search.showing() => {
                        let address = self.team.active().map(str::to_string);
                        if let Some(id) = self.team.search.results_ui(ui, address.as_deref()) {
                            self.commands.push(AppCommand::OpenArticle(id));
                        }
                    }
                    LeftView::Articles => self.articles_ui(ui),
                    LeftView::People => {
                        people::people_ui(ui, &mut self.view.people, &mut self.commands)
                    }
                    LeftView::Events => {
                        events::events_ui(ui, &self.view.event_list, &mut self.commands)
                    }
                    LeftView::Tags => {
                        tags::tag_list_ui(ui, &mut self.view.tags, &mut self.commands)
                    }
                    LeftView::Saved => {
                        let current = self.current_filter();
                        saved_searches::saved_ui(
                            ui,
                            &mut self.view.saved,
                            &current,
                            &mut self.commands,
                        )
                    }
                }
            });
        match table {
            true => self.settings.table_width = list.response.rect.width(),
            false => self.settings.list_width = list.response.rect.width(),
        }
        if let Some(record) = self.view.article.as_deref() {
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
                                self.view.focused_quote,
                                &mut self.view.correct,
                                &mut self.commands,
                            );
                            // The user's own work on the article, after what was found in it.
                            ui.add_space(14.0);
                            tags::details_tags_ui(
                                ui,
                                record,
                                &self.view.selection.ids,
                                &mut self.view.tags,
                                &mut self.commands,
                            );
                            ui.add_space(10.0);
                            notes::note_ui(ui, record, &mut self.view.note, &mut self.commands);
                            highlights::details_highlights_ui(ui, record, &mut self.commands);
                            ui.add_space(10.0);
                            edit_fields::edit_fields_ui(
                                ui,
                                record,
                                &mut self.view.edit_fields,
                                &mut self.commands,
                            );
                            let address = self.team.active().map(str::to_string);
                            self.team.history.ui(ui, record, address.as_deref());
                        });
                });
            self.settings.details_width = details.response.rect.width();
        }
        egui::CentralPanel::default().show(ui, |ui| match self.view.article.as_deref() {
            Some(record) => {
                let view = reader::ReaderView {
                    record,
                    highlight: &self.view.highlight,
                    unmatched: self.view.open_unmatched,
                    focused_quote: self.view.focused_quote,
                    focused_span: self.view.focused_span.clone(),
                    file_exists: self.view.file_exists,
                };
                highlights::selection_bar_ui(
                    ui,
                    &mut self.view.highlights,
                    self.view.open_id,
                    &mut self.commands,
                );
                reader::reader_ui(
                    ui,
                    &view,
                    &mut self.view.scroll_to_quote,
                    &mut self.commands,
                );
            }
            None => {
                reader::no_article_ui(ui, self.view.results.total, self.view.selection.ids.len())
            }
        });
    }
}
