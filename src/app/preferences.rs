//! Settings (Ctrl+, or *View → Settings…*): theme, text size, the sort and the view the list
//! opens with. They are saved with the window state (eframe storage) and apply at once.

use super::AppCommand;
use super::help::floating;
use super::view::{ResultsView, TEXT_SIZES, ThemeChoice, ViewCommand};
use crate::query::Sort;
use eframe::egui;

/// What Settings shows and changes.
pub struct PreferencesData {
    pub theme: ThemeChoice,
    pub text_scale: f32,
    pub sort: Sort,
    pub view: ResultsView,
}

/// The orders the Sort boxes offer, with their names.
pub const SORTS: [(Sort, &str); 13] = [
    (Sort::Relevance, "Relevance"),
    (Sort::Newest, "Newest first"),
    (Sort::Oldest, "Oldest first"),
    (Sort::AddedNewest, "Added, newest first"),
    (Sort::AddedOldest, "Added, oldest first"),
    (Sort::TitleAz, "Title A–Z"),
    (Sort::TitleZa, "Title Z–A"),
    (Sort::AuthorsAz, "Authors A–Z"),
    (Sort::AuthorsZa, "Authors Z–A"),
    (Sort::SourceAz, "Source A–Z"),
    (Sort::SourceZa, "Source Z–A"),
    (Sort::MostQuotes, "Most quotes"),
    (Sort::FewestQuotes, "Fewest quotes"),
];

/// The name of an order, as the Sort boxes show it.
pub fn sort_name(sort: Sort) -> &'static str {
    SORTS
        .iter()
        .find(|(s, _)| *s == sort)
        .map_or("Relevance", |(_, name)| name)
}

/// The Settings window.
pub fn preferences_ui(ctx: &egui::Context, data: &PreferencesData, commands: &mut Vec<AppCommand>) {
    floating(ctx, "Settings", commands, |ui, commands| {
        let push = |commands: &mut Vec<AppCommand>, c| commands.push(AppCommand::View(c));
        egui::Grid::new("settings")
            .num_columns(2)
            .spacing([16.0, 10.0])
            .show(ui, |ui| {
                ui.label("Theme");
                ui.horizontal(|ui| {
                    for (theme, name) in [
                        (ThemeChoice::System, "System"),
                        (ThemeChoice::Light, "Light"),
                        (ThemeChoice::Dark, "Dark"),
                    ] {
                        if ui.radio(data.theme == theme, name).clicked() {
                            push(commands, ViewCommand::SetTheme(theme));
                        }
                    }
                });
                ui.end_row();
                ui.label("Text size");
                ui.horizontal(|ui| {
                    for (scale, name) in TEXT_SIZES {
                        let chosen = (data.text_scale - scale).abs() < 0.01;
                        if ui.radio(chosen, name).clicked() {
                            push(commands, ViewCommand::SetTextScale(scale));
                        }
                    }
                });
                ui.end_row();
                let label = ui.label("Sort");
                let mut sort = data.sort;
                egui::ComboBox::from_id_salt("settings-sort")
                    .selected_text(sort_name(sort))
                    .show_ui(ui, |ui| {
                        for (s, name) in SORTS {
                            ui.selectable_value(&mut sort, s, name);
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if sort != data.sort {
                    commands.push(AppCommand::SetSort(sort));
                }
                ui.end_row();
                ui.label("Results as");
                ui.horizontal(|ui| {
                    for (view, name) in
                        [(ResultsView::Cards, "Cards"), (ResultsView::Table, "Table")]
                    {
                        if ui.radio(data.view == view, name).clicked() {
                            push(commands, ViewCommand::SetResultsView(view));
                        }
                    }
                });
                ui.end_row();
            });
        ui.add_space(6.0);
        ui.label(
            egui::RichText::new(
                "Saved with the window; the sort and the view are also what the list opens with.",
            )
            .weak(),
        );
    });
}
