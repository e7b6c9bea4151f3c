//! The status bar: article count, archive path, the team archive's last sync, last message
//! and Undo after a delete.

use super::AppCommand;
use eframe::egui;
use std::path::Path;

/// What the status bar shows.
pub struct StatusData<'a> {
    pub archive_count: Option<u64>,
    pub archive_path: &'a Path,
    pub message: &'a str,
    /// How many articles the last delete removed, while it can be undone.
    pub can_undo: Option<usize>,
    /// The team archive's indicator, once one is set up (team.rs).
    pub team: Option<String>,
}

/// Draws the status bar.
pub fn status_bar_ui(ui: &mut egui::Ui, data: &StatusData<'_>, commands: &mut Vec<AppCommand>) {
    ui.horizontal(|ui| {
        let count = match data.archive_count {
            Some(1) => "1 article in the archive".to_string(),
            Some(n) => format!("{} articles in the archive", super::thousands(n as usize)),
            None => "Opening the archive…".to_string(),
        };
        ui.label(count);
        ui.separator();
        ui.label(
            egui::RichText::new(data.archive_path.display().to_string())
                .weak()
                .small(),
        );
        if let Some(team) = &data.team {
            ui.separator();
            ui.label(team);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if data.can_undo.is_some()
                && ui
                    .button("Undo")
                    .on_hover_text("Restore the deleted articles (Ctrl+Z)")
                    .clicked()
            {
                commands.push(AppCommand::Undo);
            }
            ui.add(egui::Label::new(data.message).truncate());
        });
    });
}
