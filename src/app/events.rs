//! The Event list of the left panel: the dated events articles mention in the period picked
//! on the timeline's Events mode (date, sentence, article title). Clicking one opens the
//! article in the reader at that sentence.

use super::AppCommand;
use crate::model::{DayCounts, EventHit};
use chrono::NaiveDate;
use eframe::egui::{self, Sense};

/// The Events mode's state (runtime only).
#[derive(Default)]
pub struct EventsState {
    /// Events per day (`None` until the worker answered).
    pub counts: Option<DayCounts>,
    /// The period picked on the Events timeline.
    pub range: Option<(NaiveDate, NaiveDate)>,
    /// The events of `range`, once they arrived.
    pub events: Option<Vec<EventHit>>,
    /// The event last opened (article, start).
    pub opened: Option<(i64, usize)>,
}

/// "25 Oct 2024", "21 – 27 Oct 2024", "1 Sep 2024 – 31 Oct 2024".
pub fn period_title(from: NaiveDate, to: NaiveDate) -> String {
    use chrono::Datelike as _;
    if from == to {
        from.format("%-d %b %Y").to_string()
    } else if (from.year(), from.month()) == (to.year(), to.month()) {
        format!("{} – {}", from.format("%-d"), to.format("%-d %b %Y"))
    } else {
        format!("{} – {}", from.format("%-d %b %Y"), to.format("%-d %b %Y"))
    }
}

/// "2024-10-25" → "Fri 25 Oct 2024"; anything else as is.
pub fn event_date(date: &str) -> String {
    match NaiveDate::parse_from_str(date, "%Y-%m-%d") {
        Ok(d) => d.format("%a %-d %b %Y").to_string(),
        Err(_) => date.to_string(),
    }
}

/// Draws the event list.
pub fn events_ui(ui: &mut egui::Ui, state: &EventsState, commands: &mut Vec<AppCommand>) {
    let Some((from, to)) = state.range else {
        ui.add_space(24.0);
        ui.vertical_centered(|ui| {
            ui.label(egui::RichText::new("Pick a day or a period on the timeline").size(16.0));
            ui.label(
                egui::RichText::new(
                    "The bars count the events articles mention, by the day they happen.",
                )
                .weak(),
            );
        });
        return;
    };
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(format!("Events {}", period_title(from, to)))
                .heading()
                .strong(),
        );
        if let Some(events) = &state.events {
            ui.label(egui::RichText::new(format!("({})", events.len())).weak());
        }
    });
    ui.add_space(4.0);
    let Some(events) = &state.events else {
        ui.spinner();
        return;
    };
    if events.is_empty() {
        ui.label(egui::RichText::new("No events in this period.").weak());
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("events-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let mut last_date = None;
            for event in events {
                if last_date != Some(event.date.as_str()) {
                    last_date = Some(event.date.as_str());
                    ui.add_space(4.0);
                    ui.label(
                        egui::RichText::new(event_date(&event.date))
                            .strong()
                            .color(ui.visuals().hyperlink_color),
                    );
                }
                let is_open = state.opened == Some((event.article_id, event.start));
                let fill = if is_open {
                    super::reader::event_color(ui.visuals().dark_mode).gamma_multiply(0.8)
                } else {
                    ui.visuals().faint_bg_color
                };
                egui::Frame::new()
                    .fill(fill)
                    .corner_radius(4.0)
                    .inner_margin(6.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        let response = ui
                            .add(egui::Label::new(event.text.trim()).sense(Sense::click()))
                            .on_hover_text("Open the article at this sentence");
                        if response.clicked() {
                            commands.push(AppCommand::OpenEvent {
                                article_id: event.article_id,
                                part: event.part,
                                start: event.start,
                                end: event.end,
                            });
                        }
                        let title = if event.title.is_empty() {
                            "(untitled)"
                        } else {
                            event.title.as_str()
                        };
                        ui.add(
                            egui::Label::new(egui::RichText::new(title).small().weak()).truncate(),
                        );
                    });
                ui.add_space(3.0);
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn period_titles() {
        assert_eq!(
            period_title(d("2024-10-25"), d("2024-10-25")),
            "25 Oct 2024"
        );
        assert_eq!(
            period_title(d("2024-10-21"), d("2024-10-27")),
            "21 – 27 Oct 2024"
        );
        assert_eq!(
            period_title(d("2024-09-30"), d("2024-10-06")),
            "30 Sep 2024 – 6 Oct 2024"
        );
    }

    #[test]
    fn event_dates() {
        assert_eq!(event_date("2024-10-25"), "Fri 25 Oct 2024");
        assert_eq!(event_date("2024-W42"), "2024-W42");
    }
}
