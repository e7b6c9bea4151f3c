//! What an empty archive shows: how to add articles, and a button loading the samples.

use super::AppCommand;
use eframe::egui;

/// Draws the empty-archive invitation.
pub fn empty_state_ui(ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
    let height = ui.available_height();
    ui.vertical_centered(|ui| {
        ui.add_space((height * 0.28).max(20.0));
        newspaper_icon(ui);
        ui.add_space(10.0);
        ui.label(egui::RichText::new("Drop article files or folders here").size(24.0).strong());
        ui.add_space(6.0);
        ui.label(egui::RichText::new("Chronicle reads text, Markdown and saved web pages (HTML, MHTML) and its own JSON exports, and keeps them in one archive file.").weak());
        ui.add_space(18.0);
        ui.horizontal(|ui| {
            // Centre the three buttons as a group.
            let width = 420.0;
            ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
            if ui.button("Import files…").clicked() {
                commands.push(AppCommand::PickImportFiles);
            }
            if ui.button("Import folder…").clicked() {
                commands.push(AppCommand::PickImportFolder);
            }
            if ui.button(egui::RichText::new("Load sample articles").strong()).clicked() {
                commands.push(AppCommand::LoadSamples);
            }
        });
    });
}

/// A small folded-newspaper drawing (the default fonts have no emoji).
fn newspaper_icon(ui: &mut egui::Ui) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(64.0, 52.0), egui::Sense::hover());
    let painter = ui.painter();
    let stroke = egui::Stroke::new(2.0, ui.visuals().weak_text_color());
    painter.rect_stroke(rect.shrink(2.0), 5.0, stroke, egui::StrokeKind::Inside);
    let left = rect.left() + 10.0;
    let right = rect.right() - 10.0;
    let headline = egui::Rect::from_min_max(
        egui::pos2(left, rect.top() + 9.0),
        egui::pos2(right, rect.top() + 17.0),
    );
    painter.rect_filled(headline, 2.0, ui.visuals().selection.bg_fill);
    for i in 0..3 {
        let y = rect.top() + 25.0 + 7.0 * i as f32;
        painter.line_segment(
            [
                egui::pos2(left, y),
                egui::pos2(right - if i == 2 { 14.0 } else { 0.0 }, y),
            ],
            stroke,
        );
    }
}
