//! Help (F1 or ?): the keyboard shortcuts, from the one table input.rs uses
//! (shortcuts.rs), and the search syntax; About: version, archive, counts and size.

use super::AppCommand;
use super::shortcuts::SHORTCUTS;
use super::view::ViewCommand;
use crate::model::Stats;
use eframe::egui;
use std::path::Path;

/// The search syntax as the help screen lists it: what to type, what it finds. The README's
/// syntax table holds each example too (a test checks).
pub const SYNTAX: &[(&str, &str)] = &[
    (
        "kursk pyongyang",
        "articles with both words (any case, accents folded)",
    ),
    ("\"victory plan\"", "the exact phrase"),
    ("ukr*", "words starting with ukr"),
    ("kursk OR donbas", "either word (operators in capitals)"),
    ("(a OR b) c", "grouping"),
    ("kursk -pyongyang", "leave a word out (also NOT pyongyang)"),
    (
        "author:zubel",
        "words in one field: author, source, speaker, category, title, quote, lead, body",
    ),
    (
        "speaker:zelensky",
        "quotes by a speaker (spelling variants found too)",
    ),
];

fn close_button(ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
    ui.add_space(8.0);
    if ui.button("Close").on_hover_text("Esc").clicked() {
        commands.push(AppCommand::View(ViewCommand::Show(None)));
    }
}

/// A window over the main one that Esc or its × closes.
pub(super) fn floating(
    ctx: &egui::Context,
    title: &str,
    commands: &mut Vec<AppCommand>,
    body: impl FnOnce(&mut egui::Ui, &mut Vec<AppCommand>),
) {
    let mut open = true;
    egui::Window::new(title)
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            body(ui, commands);
            close_button(ui, commands);
        });
    if !open {
        commands.push(AppCommand::View(ViewCommand::Show(None)));
    }
}

/// The help screen.
pub fn help_ui(ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
    floating(ctx, "Help", commands, |ui, _| {
        ui.heading("Keyboard shortcuts");
        egui::Grid::new("help-shortcuts")
            .num_columns(2)
            .striped(true)
            .spacing([24.0, 4.0])
            .show(ui, |ui| {
                for shortcut in SHORTCUTS {
                    ui.label(egui::RichText::new(shortcut.keys).strong().monospace());
                    ui.label(shortcut.what);
                    ui.end_row();
                }
            });
        ui.add_space(12.0);
        ui.heading("Search syntax");
        egui::Grid::new("help-syntax")
            .num_columns(2)
            .striped(true)
            .spacing([24.0, 4.0])
            .show(ui, |ui| {
                for (example, meaning) in SYNTAX {
                    ui.label(egui::RichText::new(*example).monospace());
                    ui.label(*meaning);
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        ui.label(
            egui::RichText::new(
                "A word no article holds whole counts as the start of longer words while you type.",
            )
            .weak(),
        );
    });
}

/// What the About window shows.
pub struct AboutData<'a> {
    pub archive_path: &'a Path,
    pub stats: Option<&'a Stats>,
}

/// The About window.
pub fn about_ui(ctx: &egui::Context, data: &AboutData<'_>, commands: &mut Vec<AppCommand>) {
    floating(ctx, "About Chronicle", commands, |ui, _| {
        ui.heading(format!("Chronicle {}", env!("CARGO_PKG_VERSION")));
        ui.label(env!("CARGO_PKG_DESCRIPTION"));
        ui.add_space(8.0);
        egui::Grid::new("about")
            .num_columns(2)
            .spacing([16.0, 4.0])
            .show(ui, |ui| {
                ui.label("Archive");
                ui.label(data.archive_path.display().to_string());
                ui.end_row();
                match data.stats {
                    Some(stats) => {
                        let n = |v: u64| super::thousands(v as usize);
                        for (name, value) in [
                            ("Articles", n(stats.articles)),
                            ("Quotes", n(stats.quotes)),
                            ("Authors", n(stats.authors)),
                            ("Speakers", n(stats.speakers)),
                            ("File size", file_size(stats.size_bytes)),
                        ] {
                            ui.label(name);
                            ui.label(value);
                            ui.end_row();
                        }
                    }
                    None => {
                        ui.label("Counts");
                        ui.spinner();
                        ui.end_row();
                    }
                }
            });
    });
}

/// 1536 → "1.5 KB"; 3 × 2^20 → "3.0 MB".
pub fn file_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_in_the_largest_whole_unit() {
        assert_eq!(file_size(900), "900 bytes");
        assert_eq!(file_size(1536), "1.5 KB");
        assert_eq!(file_size(3 * 1024 * 1024), "3.0 MB");
    }

    #[test]
    fn every_syntax_example_parses() {
        for (example, _) in SYNTAX {
            assert!(crate::query::parse(example).is_ok(), "{example}");
        }
    }
}
