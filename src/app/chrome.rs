//! The window's chrome: menu bar, search bar, left-panel tabs, import bar and dialogs.

use super::shortcuts::{Action, keys_of};
use super::{
    AppCommand, ChronicleApp, LeftView, ResultsView, Shown, ViewCommand, import_panel, preferences,
    thousands, timeline,
};
use eframe::egui;

impl ChronicleApp {
    /// The Articles / People (/ Event list) switch above the left panel.
    pub(super) fn left_tabs_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let mut tabs = vec![
                (
                    LeftView::Articles,
                    "Articles",
                    "The articles matching the search (Ctrl+P switches)",
                ),
                (LeftView::People, "People", "Speakers and authors (Ctrl+P)"),
                (
                    LeftView::Tags,
                    "Tags",
                    "Your tags, with how many articles carry each",
                ),
                (
                    LeftView::Saved,
                    "Saved",
                    "Saved searches: one click runs one again",
                ),
            ];
            if self.view.timeline_mode == timeline::TimelineMode::Events {
                tabs.push((
                    LeftView::Events,
                    "Event list",
                    "The events of the period picked on the timeline",
                ));
            }
            for (view, name, hover) in tabs {
                let text = egui::RichText::new(name).strong();
                if ui
                    .add(egui::Button::selectable(self.view.left == view, text))
                    .on_hover_text(hover)
                    .clicked()
                    && self.view.left != view
                {
                    self.commands.push(AppCommand::ShowLeft(view));
                }
            }
        });
        ui.separator();
    }

    pub(super) fn search_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let label = ui.label(egui::RichText::new("Search").strong());
            let reserved = if self.team.active().is_some() { 430.0 } else { 330.0 };
            let edit = egui::TextEdit::singleline(&mut self.settings.query)
                .hint_text(
                    "words, \"a phrase\", -word, author:Name, speaker:Name, source:, category:   (Ctrl+F)",
                )
                // Room for the count, the sort and, with a team, *Local | Team*.
                .desired_width((ui.available_width() - reserved).max(160.0));
            let response = ui.add(edit).labelled_by(label.id);
            if self.view.focus_search {
                response.request_focus();
                self.view.focus_search = false;
            }
            self.view.results_view.search_id = Some(response.id);
            if response.changed() {
                self.commands.push(AppCommand::QueryEdited);
            }
            let clear = egui::Button::new("×").frame(false);
            if ui
                .add_enabled(!self.settings.query.is_empty(), clear)
                .on_hover_text("Clear the search")
                .clicked()
            {
                self.commands.push(AppCommand::SetQuery(String::new()));
            }
            if self.team.active().is_some() {
                self.team.search.scope_ui(ui);
            }
            let count = match self.result_count() {
                Some(1) => "1 article".to_string(),
                Some(n) => format!("{} articles", thousands(n)),
                None => "…".to_string(),
            };
            ui.add_sized(
                [96.0, 20.0],
                egui::Label::new(egui::RichText::new(count).strong()),
            );
            if self.view.pending.is_some() {
                ui.spinner();
            } else {
                ui.add_space(ui.spacing().interact_size.y + ui.spacing().item_spacing.x);
            }
            let sort_label = ui.label("Sort");
            let mut sort = self.settings.sort;
            let combo = egui::ComboBox::from_id_salt("sort")
                .selected_text(preferences::sort_name(sort))
                .width(120.0)
                .show_ui(ui, |ui| {
                    for (s, name) in preferences::SORTS {
                        ui.selectable_value(&mut sort, s, name);
                    }
                });
            combo.response.labelled_by(sort_label.id);
            if sort != self.settings.sort {
                self.commands.push(AppCommand::SetSort(sort));
            }
        });
        if let Some(error) = &self.view.query_error {
            ui.label(egui::RichText::new(error).color(ui.visuals().error_fg_color));
        }
        ui.add_space(4.0);
    }

    pub(super) fn menu_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                self.archive_menu_ui(ui);
                ui.separator();
                if ui
                    .add(egui::Button::new("Import files…").shortcut_text(keys_of(Action::ImportFiles)))
                    .clicked()
                {
                    self.commands.push(AppCommand::PickImportFiles);
                }
                if ui.button("Import folder…").clicked() {
                    self.commands.push(AppCommand::PickImportFolder);
                }
                if ui.button("Load sample articles").clicked() {
                    self.commands.push(AppCommand::LoadSamples);
                }
                ui.separator();
                if ui
                    .add(egui::Button::new("Export…").shortcut_text(keys_of(Action::Export)))
                    .clicked()
                {
                    self.commands.push(AppCommand::Export);
                }
                if ui
                    .button("Export citations (CSL-JSON)…")
                    .on_hover_text("A CSL-JSON file of the selection (or all results) for Zotero, Mendeley or pandoc")
                    .clicked()
                {
                    self.commands.push(AppCommand::ExportCitations);
                }
                ui.separator();
                if ui.button("Team archive…").clicked() {
                    self.team.open_dialog();
                }
                ui.separator();
                if ui
                    .add(egui::Button::new("Quit").shortcut_text(keys_of(Action::Quit)))
                    .clicked()
                {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("View", |ui| {
                let (text, view) = if self.view.left == LeftView::People {
                    ("Articles", LeftView::Articles)
                } else {
                    ("People", LeftView::People)
                };
                if ui
                    .add(
                        egui::Button::new(format!("Show {}", text.to_lowercase()))
                            .shortcut_text(keys_of(Action::TogglePeople)),
                    )
                    .clicked()
                {
                    self.commands.push(AppCommand::ShowLeft(view));
                }
                ui.separator();
                let events = self.view.timeline_mode == timeline::TimelineMode::Events;
                let next = if events {
                    timeline::TimelineMode::Published
                } else {
                    timeline::TimelineMode::Events
                };
                let label = if events {
                    "Timeline: count publications"
                } else {
                    "Timeline: count events"
                };
                if ui.button(label).clicked() {
                    self.commands.push(AppCommand::SetTimelineMode(next));
                }
                ui.separator();
                let table = self.settings.view == ResultsView::Table;
                if ui
                    .add(
                        egui::Button::new(if table { "Results as cards" } else { "Results as table" })
                            .shortcut_text(keys_of(Action::ToggleTable)),
                    )
                    .clicked()
                {
                    self.commands.push(AppCommand::View(ViewCommand::ToggleTable));
                }
                if ui
                    .add(egui::Button::new("Settings…").shortcut_text(keys_of(Action::Settings)))
                    .clicked()
                {
                    let shown = Some(Shown::Settings);
                    self.commands.push(AppCommand::View(ViewCommand::Show(shown)));
                }
            });
            ui.menu_button("Edit", |ui| {
                if ui
                    .add(egui::Button::new("Find").shortcut_text(keys_of(Action::FocusSearch)))
                    .clicked()
                {
                    self.commands.push(AppCommand::FocusSearch);
                }
                if ui
                    .add(egui::Button::new("Select all results").shortcut_text(keys_of(Action::SelectAll)))
                    .clicked()
                {
                    self.commands.push(AppCommand::SelectAll);
                }
                let can_delete = !self.view.selection.ids.is_empty();
                if ui
                    .add_enabled(
                        can_delete,
                        egui::Button::new("Delete selected…").shortcut_text(keys_of(Action::Delete)),
                    )
                    .clicked()
                {
                    self.commands.push(AppCommand::AskDelete);
                }
                if ui
                    .add_enabled(
                        self.view.last_deleted.is_some(),
                        egui::Button::new("Undo delete").shortcut_text(keys_of(Action::Undo)),
                    )
                    .clicked()
                {
                    self.commands.push(AppCommand::Undo);
                }
            });
            ui.menu_button("Help", |ui| {
                let entries = [
                    ("Shortcuts and search syntax", keys_of(Action::Help), Shown::Help),
                    ("About Chronicle", "", Shown::About),
                ];
                for (name, keys, shown) in entries {
                    let button = match keys {
                        "" => egui::Button::new(name),
                        keys => egui::Button::new(name).shortcut_text(keys),
                    };
                    if ui.add(button).clicked() {
                        self.commands.push(AppCommand::View(ViewCommand::Show(Some(shown))));
                    }
                }
            });
        });
    }

    pub(super) fn import_ui(&mut self, ui: &mut egui::Ui) {
        let state = match &self.view.import {
            Some(run) => import_panel::ImportView::Running {
                done_files: run.done_files,
                total_files: run.total_files,
                current: run.current.as_deref(),
            },
            None => match &self.view.last_summary {
                Some(summary) => import_panel::ImportView::Finished(summary),
                None => return,
            },
        };
        import_panel::import_panel_ui(ui, &state, &mut self.commands);
    }

    pub(super) fn dialogs_ui(&mut self, ctx: &egui::Context) {
        if let (true, Some(summary)) = (self.view.show_failures, &self.view.last_summary) {
            import_panel::failures_window(ctx, &summary.failed, &mut self.commands);
        }
        if let Some(ids) = &self.view.confirm_delete {
            let n = ids.len();
            let modal = egui::Modal::new(egui::Id::unique("confirm-delete")).show(ctx, |ui| {
                ui.set_width(340.0);
                ui.heading(if n == 1 {
                    "Delete 1 article?".to_string()
                } else {
                    format!("Delete {n} articles?")
                });
                ui.add_space(6.0);
                ui.label(
                    "They are removed from the archive. You can undo this from the status bar.",
                );
                ui.add_space(10.0);
                ui.horizontal(|ui| {
                    if ui
                        .button(egui::RichText::new("Delete").color(ui.visuals().error_fg_color))
                        .clicked()
                    {
                        self.commands.push(AppCommand::ConfirmDelete);
                    }
                    if ui.button("Cancel").clicked() {
                        self.commands.push(AppCommand::CancelDelete);
                    }
                });
            });
            if modal.should_close() {
                self.commands.push(AppCommand::CancelDelete);
            }
        }
    }
}
