//! The way back to the source, under the reader's header: *Copy citation* (the line
//! `export::citation` writes, to the clipboard through egui), *Open original* (the article's
//! address in the browser) and *Show file* (the imported file in the file manager). Nothing
//! is launched but on a click; the launch goes through `AppCommand::Launch`.

use super::AppCommand;
use super::launch::{Launch, is_web_address};
use crate::model::ArticleRecord;
use eframe::egui;
use std::path::PathBuf;

/// Draws the source buttons of the open article; `file_exists` says whether its file is
/// still where it was imported from.
pub fn source_actions_ui(
    ui: &mut egui::Ui,
    record: &ArticleRecord,
    file_exists: bool,
    commands: &mut Vec<AppCommand>,
) {
    ui.horizontal_wrapped(|ui| {
        let citation = crate::export::citation::citation(&record.article);
        if ui
            .small_button("Copy citation")
            .on_hover_text(format!("Copy to the clipboard:\n{citation}"))
            .clicked()
        {
            copy(ui, citation, "citation", commands);
        }
        let url = web_address(record);
        let open = ui.add_enabled(url.is_some(), egui::Button::new("Open original").small());
        let open = match (&url, record.article.url.as_deref()) {
            (Some(url), _) => open.on_hover_text(format!("Open {url} in the browser")),
            (None, Some(other)) => {
                open.on_disabled_hover_text(format!("Not a web address: {other}"))
            }
            (None, None) => {
                open.on_disabled_hover_text("The file gave no address for this article")
            }
        };
        if let (true, Some(url)) = (open.clicked(), url) {
            commands.push(AppCommand::Launch(Launch::OpenUrl(url.to_string())));
        }
        let show = ui
            .add_enabled(file_exists, egui::Button::new("Show file").small())
            .on_hover_text(format!("Show {} in the file manager", record.file.path))
            .on_disabled_hover_text(format!("The file is no longer there: {}", record.file.path));
        if show.clicked() {
            commands.push(AppCommand::Launch(Launch::ShowFile(PathBuf::from(
                &record.file.path,
            ))));
        }
    });
}

/// The details grid's address row: the article's URL, which opens it like *Open original*.
pub fn url_row_ui(ui: &mut egui::Ui, record: &ArticleRecord, commands: &mut Vec<AppCommand>) {
    let Some(url) = record.article.url.as_deref() else {
        return;
    };
    ui.label(egui::RichText::new("URL").weak());
    if is_web_address(url) {
        let text = egui::RichText::new(url)
            .small()
            .color(ui.visuals().hyperlink_color)
            .underline();
        if ui
            .add(egui::Label::new(text).sense(egui::Sense::click()).wrap())
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .on_hover_text("Open the original in the browser")
            .clicked()
        {
            commands.push(AppCommand::Launch(Launch::OpenUrl(url.trim().to_string())));
        }
    } else {
        ui.add(egui::Label::new(egui::RichText::new(url).small()).wrap());
    }
    ui.end_row();
}

/// The article's address when the browser may be given it.
fn web_address(record: &ArticleRecord) -> Option<&str> {
    record
        .article
        .url
        .as_deref()
        .map(str::trim)
        .filter(|u| is_web_address(u))
}

/// Puts `text` on the clipboard (egui hands it to the system at the end of the frame) and
/// says so in the status bar.
pub fn copy(ui: &egui::Ui, text: String, what: &'static str, commands: &mut Vec<AppCommand>) {
    ui.ctx().copy_text(text);
    commands.push(AppCommand::Copied(what));
}
