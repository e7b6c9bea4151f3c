//! The metadata panel: everything known about the open article. Clicking an author filters
//! the list by `author:"Name"`.

use super::AppCommand;
use super::dates::long_date;
use crate::model::ArticleRecord;
use crate::model::Image;
use eframe::egui;

/// Draws the metadata of `record`.
pub fn metadata_ui(ui: &mut egui::Ui, record: &ArticleRecord, commands: &mut Vec<AppCommand>) {
    let a = &record.article;
    ui.add_space(6.0);
    ui.label(egui::RichText::new("Details").heading().strong());
    ui.add_space(4.0);
    egui::Grid::new("metadata")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .striped(false)
        .show(ui, |ui| {
            let key = |ui: &mut egui::Ui, k: &str| {
                ui.label(egui::RichText::new(k).weak());
            };
            if let Some(c) = &a.category {
                key(ui, "Category");
                ui.label(c);
                ui.end_row();
            }
            key(
                ui,
                if a.authors.len() > 1 {
                    "Authors"
                } else {
                    "Author"
                },
            );
            ui.vertical(|ui| {
                if a.authors.is_empty() {
                    ui.label(egui::RichText::new("unknown").weak());
                }
                for name in &a.authors {
                    if ui
                        .link(name)
                        .on_hover_text(format!("Show articles by {name}"))
                        .clicked()
                    {
                        commands.push(AppCommand::SetQuery(crate::query::field_value(
                            crate::query::Field::Authors,
                            name,
                        )));
                    }
                }
            });
            ui.end_row();
            key(ui, "Published");
            ui.vertical(|ui| {
                match a.published.as_deref() {
                    Some(p) => ui.label(long_date(p)).on_hover_text(p),
                    None => ui.label(egui::RichText::new("unknown").weak()),
                };
                if let Some(original) = a
                    .published_text
                    .as_deref()
                    .filter(|t| Some(*t) != a.published.as_deref())
                {
                    ui.label(
                        egui::RichText::new(format!("as written: {original}"))
                            .small()
                            .weak(),
                    );
                }
            });
            ui.end_row();
            if let Some(m) = &a.modified {
                key(ui, "Modified");
                ui.label(long_date(m)).on_hover_text(m);
                ui.end_row();
            }
            if !a.sources.is_empty() {
                key(
                    ui,
                    if a.sources.len() > 1 {
                        "Sources"
                    } else {
                        "Source"
                    },
                );
                ui.label(a.sources.join(", "));
                ui.end_row();
            }
            if let Some(p) = &a.publisher {
                key(ui, "Publisher");
                ui.label(p);
                ui.end_row();
            }
            super::source::url_row_ui(ui, record, commands);
            if let Some(l) = &a.language {
                key(ui, "Language");
                ui.label(l);
                ui.end_row();
            }
            if !a.images.is_empty() {
                key(ui, "Images");
                ui.vertical(|ui| images_ui(ui, &a.images));
                ui.end_row();
            }
        });
    ui.add_space(10.0);
    ui.label(egui::RichText::new("File").strong());
    egui::Grid::new("file-metadata")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            let key = |ui: &mut egui::Ui, k: &str| {
                ui.label(egui::RichText::new(k).weak());
            };
            key(ui, "Name");
            // A saved page's long name has no spaces to wrap at: cut to the panel, whole on hover
            // (it would widen the panel past the window and hide the labels).
            ui.add(egui::Label::new(&record.file.name).truncate())
                .on_hover_text(&record.file.name);
            ui.end_row();
            key(ui, "Path");
            ui.add(egui::Label::new(egui::RichText::new(&record.file.path).small()).wrap());
            ui.end_row();
            key(ui, "Format");
            ui.label(a.format.as_str());
            ui.end_row();
            key(ui, "Imported");
            ui.label(long_date(&record.file.imported_at))
                .on_hover_text(&record.file.imported_at);
            ui.end_row();
            key(ui, "Hash");
            let short = record.file.sha256.get(..16).unwrap_or(&record.file.sha256);
            ui.label(egui::RichText::new(format!("{short}…")).monospace().small())
                .on_hover_text(&record.file.sha256);
            ui.end_row();
        });
}

/// Images shown before the rest fold under *N more images*: a page with 25 captions would
/// push everything else out of the panel.
const IMAGES_SHOWN: usize = 4;

/// Each image's caption with its credit under it, separated from the next by a rule.
fn images_ui(ui: &mut egui::Ui, images: &[Image]) {
    let one = |ui: &mut egui::Ui, i: usize, image: &Image| {
        if i > 0 {
            ui.separator();
        }
        let caption = image.caption.as_deref().unwrap_or("(no caption)");
        ui.label(caption);
        if let Some(credit) = &image.credit {
            ui.label(egui::RichText::new(format!("© {credit}")).small().weak());
        }
    };
    for (i, image) in images.iter().take(IMAGES_SHOWN).enumerate() {
        one(ui, i, image);
    }
    if images.len() > IMAGES_SHOWN {
        let more = images.len() - IMAGES_SHOWN;
        egui::CollapsingHeader::new(format!("{more} more images"))
            .id_salt("more-images")
            .show(ui, |ui| {
                for (i, image) in images.iter().enumerate().skip(IMAGES_SHOWN) {
                    one(ui, i, image);
                }
            });
    }
}
