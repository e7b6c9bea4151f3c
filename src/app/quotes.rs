//! The quotes of the open article: "Speaker: quote". Clicking a quote scrolls the reader to
//! it; clicking a speaker filters the list by `speaker:"Name"`.

use super::AppCommand;
use crate::model::Quote;
use eframe::egui;

/// Draws the quote list.
pub fn quotes_ui(
    ui: &mut egui::Ui,
    quotes: &[Quote],
    focused: Option<usize>,
    commands: &mut Vec<AppCommand>,
) {
    ui.label(
        egui::RichText::new(format!("Quotes ({})", quotes.len()))
            .heading()
            .strong(),
    );
    ui.add_space(4.0);
    if quotes.is_empty() {
        ui.label(egui::RichText::new("No quotes found in this article.").weak());
        return;
    }
    for (index, quote) in quotes.iter().enumerate() {
        let frame_fill = if focused == Some(index) {
            super::reader::quote_color(ui.visuals().dark_mode, true).gamma_multiply(0.6)
        } else {
            ui.visuals().faint_bg_color
        };
        egui::Frame::new()
            .fill(frame_fill)
            .corner_radius(4.0)
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                match &quote.speaker {
                    Some(name) => {
                        if ui
                            .link(egui::RichText::new(name).strong())
                            .on_hover_text(format!("Show articles quoting {name}"))
                            .clicked()
                        {
                            commands.push(AppCommand::SetQuery(crate::query::field_value(
                                crate::query::Field::Speakers,
                                name,
                            )));
                        }
                    }
                    None => {
                        ui.label(egui::RichText::new("Unattributed").weak().italics());
                    }
                }
                let text = format!("“{}”", quote.text.trim());
                let response = ui
                    .add(egui::Label::new(text).sense(egui::Sense::click()))
                    .on_hover_text("Show in the text");
                if response.clicked() {
                    commands.push(AppCommand::FocusQuote(index));
                }
            });
        ui.add_space(4.0);
    }
}
