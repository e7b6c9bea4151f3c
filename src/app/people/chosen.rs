//! The chosen person under the People list: their summary and quotes, oldest first.

use super::summary;
use crate::app::AppCommand;
use crate::app::dates::short_date;
use crate::model::{Person, PersonQuote};
use eframe::egui::{self, Sense};

pub(super) fn chosen_ui(
    ui: &mut egui::Ui,
    person: &Person,
    quotes: Option<&[PersonQuote]>,
    opened: Option<&(i64, String)>,
    commands: &mut Vec<AppCommand>,
) {
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(&person.name).heading().strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button("×")
                .on_hover_text("Forget this person and clear the search")
                .clicked()
            {
                commands.push(AppCommand::ChoosePerson(None));
            }
            if ui
                .small_button("Show articles")
                .on_hover_text("Their articles in the Articles list (Ctrl+P)")
                .clicked()
            {
                commands.push(AppCommand::ShowLeft(crate::app::LeftView::Articles));
            }
        });
    });
    ui.label(egui::RichText::new(summary(person)).weak());
    if person.variants.len() > 1 {
        ui.label(
            egui::RichText::new(format!("Also spelled {}", person.variants[1..].join(", ")))
                .weak()
                .small(),
        );
    }
    ui.add_space(6.0);
    let Some(quotes) = quotes else {
        ui.spinner();
        return;
    };
    ui.label(egui::RichText::new(format!("Quotes ({})", quotes.len())).strong());
    if quotes.is_empty() {
        ui.label(egui::RichText::new("Not quoted in any article.").weak());
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt(("person-quotes", &person.name))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for quote in quotes {
                let is_open =
                    opened.is_some_and(|(id, text)| *id == quote.article_id && *text == quote.text);
                let fill = if is_open {
                    crate::app::reader::quote_color(ui.visuals().dark_mode, true)
                        .gamma_multiply(0.6)
                } else {
                    ui.visuals().faint_bg_color
                };
                egui::Frame::new()
                    .fill(fill)
                    .corner_radius(4.0)
                    .inner_margin(6.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        let date = quote
                            .published
                            .as_deref()
                            .map(short_date)
                            .unwrap_or_else(|| "undated".into());
                        let title = if quote.title.is_empty() {
                            "(untitled)"
                        } else {
                            quote.title.as_str()
                        };
                        ui.add(
                            egui::Label::new(
                                egui::RichText::new(format!("{date}  ·  {title}"))
                                    .small()
                                    .weak(),
                            )
                            .truncate(),
                        );
                        let text = format!("“{}”", quote.text.trim());
                        let response = ui
                            .add(egui::Label::new(text).sense(Sense::click()))
                            .on_hover_text("Open the article at this quote");
                        if response.clicked() {
                            commands.push(AppCommand::OpenQuote {
                                article_id: quote.article_id,
                                text: quote.text.clone(),
                            });
                        }
                    });
                ui.add_space(4.0);
            }
        });
}
