//! The Saved tab: the current search and period saved under a name, and the saved searches
//! with how many articles each finds now. A click runs one: only the query is kept, so it
//! lists what the archive holds today (a live collection).

use super::AppCommand;
use super::research::ResearchCommand;
use crate::model::SavedSearch;
use eframe::egui;

/// The Saved tab's state (runtime only).
#[derive(Default)]
pub struct SavedState {
    /// Each saved search with how many articles it finds (`None`: it cannot run any more).
    pub searches: Option<Vec<(SavedSearch, Option<usize>)>>,
    /// The name being typed for the current search.
    pub name: String,
}

/// The tab: save the current search, then the list.
pub fn saved_ui(
    ui: &mut egui::Ui,
    state: &mut SavedState,
    current: &crate::query::Filter,
    commands: &mut Vec<AppCommand>,
) {
    let current_text = describe_filter(current);
    ui.label(egui::RichText::new(format!("Current search: {current_text}")).weak());
    ui.horizontal(|ui| {
        let label = ui.label("Search name");
        let response = ui
            .add(egui::TextEdit::singleline(&mut state.name).desired_width(140.0))
            .labelled_by(label.id);
        let name = state.name.trim().to_string();
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let clicked = ui
            .add_enabled(!name.is_empty(), egui::Button::new("Save search"))
            .on_hover_text("Keep this search and its period under this name")
            .clicked();
        if !name.is_empty() && (entered || clicked) {
            commands.push(AppCommand::Research(ResearchCommand::SaveSearch {
                name,
                filter: current.clone(),
            }));
            state.name.clear();
        }
    });
    ui.separator();
    let Some(searches) = &state.searches else {
        ui.label(egui::RichText::new("Reading the saved searches…").weak());
        return;
    };
    if searches.is_empty() {
        ui.label(egui::RichText::new("No saved searches yet.").weak());
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("saved-list")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (search, count) in searches {
                ui.horizontal(|ui| {
                    if ui
                        .link(&search.name)
                        .on_hover_text(format!("Run {}", describe_filter(&search.filter)))
                        .clicked()
                    {
                        commands.push(AppCommand::Research(ResearchCommand::RunSaved(
                            search.filter.clone(),
                        )));
                    }
                    let count = match count {
                        Some(n) => super::thousands(*n),
                        None => "cannot run".into(),
                    };
                    ui.label(egui::RichText::new(count).weak());
                    if ui
                        .small_button("Delete")
                        .on_hover_text("Forget this saved search")
                        .clicked()
                    {
                        commands.push(AppCommand::Research(ResearchCommand::DeleteSaved(
                            search.name.clone(),
                        )));
                    }
                });
            }
        });
}

/// `"oil" from 2024-01-01 to 2024-03-31`, or `everything`.
fn describe_filter(filter: &crate::query::Filter) -> String {
    let mut text = if filter.query.trim().is_empty() {
        "everything".to_string()
    } else {
        format!("“{}”", filter.query.trim())
    };
    if let Some(from) = filter.from {
        text.push_str(&format!(" from {from}"));
    }
    if let Some(to) = filter.to {
        text.push_str(&format!(" to {to}"));
    }
    text
}
