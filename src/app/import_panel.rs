//! Import feedback: the drop overlay, the progress bar with Cancel, the summary line and the
//! list of failed files.

use super::AppCommand;
use crate::import::{FileFailure, Summary};
use eframe::egui;
use std::path::Path;

/// What the import strip shows.
pub enum ImportView<'a> {
    Running {
        done_files: usize,
        total_files: usize,
        current: Option<&'a Path>,
    },
    Finished(&'a Summary),
}

/// "Imported 5 articles, 1 duplicate, 2 failed".
pub fn summary_line(summary: &Summary) -> String {
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let mut line = format!(
        "Imported {}, {}, {} failed",
        plural(summary.imported, "article", "articles"),
        plural(summary.duplicates, "duplicate", "duplicates"),
        summary.failed.len()
    );
    if summary.cancelled {
        line.push_str(" (cancelled)");
    }
    line
}

/// The strip above the status bar.
pub fn import_panel_ui(ui: &mut egui::Ui, view: &ImportView<'_>, commands: &mut Vec<AppCommand>) {
    ui.add_space(4.0);
    ui.horizontal(|ui| match view {
        ImportView::Running {
            done_files,
            total_files,
            current,
        } => {
            ui.spinner();
            let fraction = if *total_files == 0 {
                0.0
            } else {
                *done_files as f32 / *total_files as f32
            };
            let bar = egui::ProgressBar::new(fraction)
                .text(format!("{done_files} / {total_files} files"))
                .desired_width(260.0);
            ui.add(bar);
            if let Some(path) = current {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                ui.label(egui::RichText::new(name).weak())
                    .on_hover_text(path.display().to_string());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("Cancel").clicked() {
                    commands.push(AppCommand::CancelImport);
                }
            });
        }
        ImportView::Finished(summary) => {
            let icon = if summary.failed.is_empty() {
                "Done:"
            } else {
                "Finished with problems:"
            };
            ui.label(format!("{icon} {}", summary_line(summary)));
            if summary.skipped > 0 {
                ui.label(
                    egui::RichText::new(format!("({} other files skipped)", summary.skipped))
                        .weak(),
                );
            }
            if !summary.failed.is_empty() && ui.button("Show failures").clicked() {
                commands.push(AppCommand::ShowFailures(true));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.small_button("×").on_hover_text("Dismiss").clicked() {
                    commands.push(AppCommand::DismissSummary);
                }
            });
        }
    });
    ui.add_space(4.0);
}

/// The window listing the files that could not be imported, and why.
pub fn failures_window(
    ctx: &egui::Context,
    failures: &[FileFailure],
    commands: &mut Vec<AppCommand>,
) {
    let mut open = true;
    egui::Window::new("Import failures")
        .open(&mut open)
        .default_width(560.0)
        .collapsible(false)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    egui::Grid::new("failures")
                        .num_columns(2)
                        .striped(true)
                        .spacing([12.0, 4.0])
                        .show(ui, |ui| {
                            ui.label(egui::RichText::new("File").strong());
                            ui.label(egui::RichText::new("Reason").strong());
                            ui.end_row();
                            for failure in failures {
                                let name = failure
                                    .path
                                    .file_name()
                                    .map(|n| n.to_string_lossy().into_owned())
                                    .unwrap_or_else(|| failure.path.display().to_string());
                                ui.label(name)
                                    .on_hover_text(failure.path.display().to_string());
                                ui.label(failure.reason.to_string());
                                ui.end_row();
                            }
                        });
                });
        });
    if !open {
        commands.push(AppCommand::ShowFailures(false));
    }
}

/// "Drop N files to import" over the whole window while files are dragged over it.
pub fn drop_overlay_ui(ctx: &egui::Context) {
    let hovered = ctx.input(|i| i.raw.hovered_files.len());
    if hovered == 0 {
        return;
    }
    let text = if hovered == 1 {
        "Drop 1 file to import".to_string()
    } else {
        format!("Drop {hovered} files to import")
    };
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-overlay"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(170));
    let inner = screen.shrink(24.0);
    painter.rect_stroke(
        inner,
        12.0,
        egui::Stroke::new(2.0, egui::Color32::from_white_alpha(200)),
        egui::StrokeKind::Inside,
    );
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(28.0),
        egui::Color32::WHITE,
    );
}
