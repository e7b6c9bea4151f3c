//! The People view of the left panel: every person quoted or writing with their counts
//! (quotes, articles quoting them, articles they wrote), sortable by column, with its own
//! "Find person" filter; *Persons | Organisations* switches to the organisations quoted
//! (speakers that are descriptions or unresolved are in neither list). Choosing a person filters the articles and the timeline to `speaker:"Name" OR
//! author:"Name"` and lists their quotes, oldest first; clicking a quote opens its article there.

use super::AppCommand;
use crate::model::SpeakerKind;
use crate::model::{Person, PersonQuote};
use eframe::egui::{self, FontId, Sense};

mod chosen;

use chosen::chosen_ui;

const ROW_HEIGHT: f32 = 24.0;
const COUNT_WIDTH: f32 = 64.0;

/// The column the people list is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PeopleSort {
    Name,
    /// Most quoted first (then most articles written).
    #[default]
    Quotes,
    /// Quoted in the most articles first.
    QuotedIn,
    /// Wrote the most articles first.
    Authored,
}

/// The People view's state (runtime only).
#[derive(Default)]
pub struct PeopleState {
    /// The "Find person" text.
    pub filter: String,
    pub sort: PeopleSort,
    /// Generation of the newest list request; older answers are dropped.
    pub generation: u64,
    /// The filter the shown list answers (`None`: never asked).
    pub asked: Option<String>,
    pub people: Vec<Person>,
    pub loaded: bool,
    /// The chosen person and their quotes (`None` until they arrive).
    pub chosen: Option<Person>,
    pub quotes: Option<Vec<PersonQuote>>,
    /// The article and quote text last opened from the quote list.
    pub opened: Option<(i64, String)>,
    /// The "Find person" field's id (shortcuts leave it alone while it has focus).
    pub filter_id: Option<egui::Id>,
    /// Organisations are listed instead of people.
    pub organisations: bool,
}

impl PeopleState {
    /// The kind of speaker listed.
    pub fn kind(&self) -> SpeakerKind {
        if self.organisations {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Person
        }
    }
}

/// The search that shows a person's articles: quoted (any spelling) or written by them.
pub fn person_query(name: &str) -> String {
    use crate::query::{Field, any_of, field_value};
    any_of(&[
        field_value(Field::Speakers, name),
        field_value(Field::Authors, name),
    ])
}

/// The people in display order.
pub fn sorted(people: &[Person], sort: PeopleSort) -> Vec<&Person> {
    let mut out: Vec<&Person> = people.iter().collect();
    let by_name = |a: &&Person, b: &&Person| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.name.cmp(&b.name))
    };
    match sort {
        PeopleSort::Name => out.sort_by(by_name),
        PeopleSort::Quotes => out.sort_by(|a, b| {
            b.quotes
                .cmp(&a.quotes)
                .then(b.authored.cmp(&a.authored))
                .then_with(|| by_name(a, b))
        }),
        PeopleSort::QuotedIn => out.sort_by(|a, b| {
            b.quoted_in
                .cmp(&a.quoted_in)
                .then(b.quotes.cmp(&a.quotes))
                .then_with(|| by_name(a, b))
        }),
        PeopleSort::Authored => out.sort_by(|a, b| {
            b.authored
                .cmp(&a.authored)
                .then(b.quotes.cmp(&a.quotes))
                .then_with(|| by_name(a, b))
        }),
    }
    out
}

/// "7 quotes in 2 articles · wrote 1 article".
pub fn summary(person: &Person) -> String {
    let plural = |n: u64, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let mut parts = Vec::new();
    if person.quotes > 0 {
        parts.push(format!(
            "{} in {}",
            plural(person.quotes, "quote", "quotes"),
            plural(person.quoted_in, "article", "articles")
        ));
    }
    if person.authored > 0 {
        parts.push(format!(
            "wrote {}",
            plural(person.authored, "article", "articles")
        ));
    }
    if parts.is_empty() {
        "no quotes".to_string()
    } else {
        parts.join("  ·  ")
    }
}

/// Draws the People view.
pub fn people_ui(ui: &mut egui::Ui, state: &mut PeopleState, commands: &mut Vec<AppCommand>) {
    ui.horizontal(|ui| {
        let choices = [
            (false, "Persons", "People quoted or writing"),
            (
                true,
                "Organisations",
                "Companies, ministries, parties… quoted",
            ),
        ];
        for (organisations, name, hover) in choices {
            let chosen = state.organisations == organisations;
            if ui
                .add(egui::Button::selectable(chosen, name))
                .on_hover_text(hover)
                .clicked()
                && !chosen
            {
                commands.push(AppCommand::ShowOrganisations(organisations));
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Find person");
        let edit = egui::TextEdit::singleline(&mut state.filter)
            .hint_text("name or part of it")
            .desired_width(ui.available_width() - 28.0);
        let response = ui.add(edit).labelled_by(label.id);
        state.filter_id = Some(response.id);
        if response.changed() {
            commands.push(AppCommand::PeopleFilterEdited);
        }
        let clear = egui::Button::new("×").frame(false);
        if ui
            .add_enabled(!state.filter.is_empty(), clear)
            .on_hover_text("Clear the name filter")
            .clicked()
        {
            state.filter.clear();
            commands.push(AppCommand::PeopleFilterEdited);
        }
    });
    ui.add_space(4.0);
    if !state.loaded {
        ui.centered_and_justified(|ui| ui.spinner());
        return;
    }
    if state.people.is_empty() {
        ui.add_space(24.0);
        ui.vertical_centered(|ui| {
            let text = if !state.filter.trim().is_empty() {
                "Nobody matches"
            } else if state.organisations {
                "No organisations quoted yet"
            } else {
                "No speakers or authors yet"
            };
            ui.label(egui::RichText::new(text).size(16.0));
        });
        return;
    }
    header_ui(ui, state.sort, commands);
    let people = sorted(&state.people, state.sort);
    let list_height = if state.chosen.is_some() {
        (ui.available_height() * 0.38).max(4.0 * ROW_HEIGHT)
    } else {
        f32::INFINITY
    };
    let chosen_name = state.chosen.as_ref().map(|p| p.name.clone());
    egui::ScrollArea::vertical()
        .id_salt("people-scroll")
        .max_height(list_height)
        .auto_shrink([false, true])
        .show_rows(ui, ROW_HEIGHT, people.len(), |ui, rows| {
            for person in &people[rows] {
                person_row(
                    ui,
                    person,
                    chosen_name.as_deref() == Some(person.name.as_str()),
                    commands,
                );
            }
        });
    if let Some(person) = &state.chosen {
        ui.separator();
        chosen_ui(
            ui,
            person,
            state.quotes.as_deref(),
            state.opened.as_ref(),
            commands,
        );
    }
}

fn header_ui(ui: &mut egui::Ui, sort: PeopleSort, commands: &mut Vec<AppCommand>) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(ui.available_width(), 20.0), Sense::hover());
    let columns = [
        (PeopleSort::Name, "Name", "Sort by name"),
        (PeopleSort::Quotes, "Quotes", "Sort by number of quotes"),
        (
            PeopleSort::QuotedIn,
            "Quoted in",
            "Sort by number of articles quoting them",
        ),
        (
            PeopleSort::Authored,
            "Wrote",
            "Sort by number of articles they wrote",
        ),
    ];
    for (i, (column, name, hover)) in columns.into_iter().enumerate() {
        let cell = column_rect(rect, i);
        let layout = if i == 0 {
            egui::Layout::left_to_right(egui::Align::Center)
        } else {
            egui::Layout::right_to_left(egui::Align::Center)
        };
        let mut child = ui.new_child(egui::UiBuilder::new().max_rect(cell).layout(layout));
        let rich = egui::RichText::new(name).small().strong();
        let response = child
            .add(egui::Button::selectable(column == sort, rich).frame_when_inactive(false))
            .on_hover_text(hover);
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::Button, true, column == sort, name)
        });
        if column == sort {
            // A small triangle beside the active column: up for A–Z, down for most first.
            let r = response.rect;
            let x = if i == 0 {
                r.right() + 7.0
            } else {
                r.left() - 7.0
            };
            let (y, dy) = (
                r.center().y,
                if column == PeopleSort::Name {
                    -3.0
                } else {
                    3.0
                },
            );
            let points = vec![
                egui::pos2(x - 4.0, y - dy),
                egui::pos2(x + 4.0, y - dy),
                egui::pos2(x, y + dy),
            ];
            ui.painter().add(egui::Shape::convex_polygon(
                points,
                ui.visuals().strong_text_color(),
                egui::Stroke::NONE,
            ));
        }
        if response.clicked() && column != sort {
            commands.push(AppCommand::SetPeopleSort(column));
        }
    }
    ui.painter().hline(
        rect.x_range(),
        rect.bottom() + 1.0,
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
}

/// Column `i` of a row: the name takes what the three count columns leave.
fn column_rect(row: egui::Rect, i: usize) -> egui::Rect {
    let counts_left = row.right() - 3.0 * COUNT_WIDTH - 8.0;
    if i == 0 {
        egui::Rect::from_min_max(
            row.min + egui::vec2(6.0, 0.0),
            egui::pos2(counts_left, row.bottom()),
        )
    } else {
        let left = counts_left + (i - 1) as f32 * COUNT_WIDTH;
        egui::Rect::from_min_max(
            egui::pos2(left, row.top()),
            egui::pos2(left + COUNT_WIDTH, row.bottom()),
        )
    }
}

fn person_row(ui: &mut egui::Ui, person: &Person, chosen: bool, commands: &mut Vec<AppCommand>) {
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), ROW_HEIGHT), Sense::click());
    // Screen readers hear the counts too: "Jo Lee — 2 quotes in 1 article".
    response.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::Role::Button,
            true,
            chosen,
            format!("{} — {}", person.name, summary(person)),
        )
    });
    let response = if person.variants.len() > 1 {
        response.on_hover_text(format!("Also spelled {}", person.variants[1..].join(", ")))
    } else {
        response
    };
    if response.clicked() {
        commands.push(AppCommand::ChoosePerson((!chosen).then(|| person.clone())));
    }
    if !ui.is_rect_visible(rect) {
        return;
    }
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);
    if chosen {
        painter.rect_filled(rect, 3.0, visuals.selection.bg_fill.gamma_multiply(0.45));
    } else if response.hovered() {
        painter.rect_filled(rect, 3.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let strong = visuals.strong_text_color();
    let weak = visuals.weak_text_color();
    let name_cell = column_rect(rect, 0);
    let mut job = egui::text::LayoutJob::simple_singleline(
        person.name.clone(),
        FontId::proportional(14.0),
        strong,
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(name_cell.width() - 4.0);
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    painter.galley(
        egui::pos2(name_cell.left(), rect.center().y - galley.size().y / 2.0),
        galley,
        strong,
    );
    for (i, n) in [person.quotes, person.quoted_in, person.authored]
        .into_iter()
        .enumerate()
    {
        let cell = column_rect(rect, i + 1);
        let (text, color) = if n == 0 {
            ("–".to_string(), weak)
        } else {
            (super::thousands(n as usize), visuals.text_color())
        };
        painter.text(
            egui::pos2(cell.right() - 8.0, rect.center().y),
            egui::Align2::RIGHT_CENTER,
            text,
            FontId::monospace(13.0),
            color,
        );
    }
}

#[cfg(test)]
mod tests;
