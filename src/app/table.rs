//! The results as a table: one line per article in resizable columns (egui_extras), sorted by
//! a click on any column header (a second click reverses), columns moved from the header's
//! context menu. Only visible rows are drawn; rows whose page has not arrived ask for it.

use super::AppCommand;
use super::dates::short_date;
use super::selection::{ResultsCache, Selection};
use super::view::ViewCommand;
use crate::model::Hit;
use crate::query::Sort;
use eframe::egui::{self, Sense};
use egui_extras::{Column, TableBuilder};

const ROW_HEIGHT: f32 = 24.0;

/// A column of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TableColumn {
    Title,
    Date,
    Authors,
    Source,
    /// The user's tags.
    Tags,
    Quotes,
    /// When the article was imported.
    Added,
}

/// The columns in their first order.
pub const DEFAULT_COLUMNS: [TableColumn; 7] = [
    TableColumn::Title,
    TableColumn::Date,
    TableColumn::Authors,
    TableColumn::Source,
    TableColumn::Tags,
    TableColumn::Quotes,
    TableColumn::Added,
];

/// Saved columns with any column this build added since put back in its first place, so a
/// window state from an older build still shows every column.
pub fn with_new_columns(mut columns: Vec<TableColumn>) -> Vec<TableColumn> {
    for (at, column) in DEFAULT_COLUMNS.iter().enumerate() {
        if !columns.contains(column) {
            columns.insert(at.min(columns.len()), *column);
        }
    }
    columns
}

impl TableColumn {
    pub fn name(self) -> &'static str {
        match self {
            TableColumn::Title => "Title",
            TableColumn::Date => "Date",
            TableColumn::Authors => "Authors",
            TableColumn::Source => "Source",
            TableColumn::Tags => "Tags",
            TableColumn::Quotes => "Quotes",
            TableColumn::Added => "Added",
        }
    }

    /// The column's two orders, the one a first click picks first; tags have none (`tag:`
    /// filters by them).
    fn sorts(self) -> Option<(Sort, Sort)> {
        Some(match self {
            TableColumn::Title => (Sort::TitleAz, Sort::TitleZa),
            TableColumn::Date => (Sort::Newest, Sort::Oldest),
            TableColumn::Authors => (Sort::AuthorsAz, Sort::AuthorsZa),
            TableColumn::Source => (Sort::SourceAz, Sort::SourceZa),
            TableColumn::Tags => return None,
            TableColumn::Quotes => (Sort::MostQuotes, Sort::FewestQuotes),
            TableColumn::Added => (Sort::AddedNewest, Sort::AddedOldest),
        })
    }

    /// The order after a click on this column's header while `current` is in force (`None`
    /// for a column that does not sort).
    pub fn next_sort(self, current: Sort) -> Option<Sort> {
        let (first, second) = self.sorts()?;
        Some(if current == first { second } else { first })
    }

    /// Which way the arrow beside the header points when the list is sorted by this column
    /// (`Some(true)`: up).
    fn arrow_up(self, current: Sort) -> Option<bool> {
        let (first, second) = self.sorts()?;
        // A–Z, oldest and fewest read as "up"; newest and most as "down".
        let down_first = matches!(
            self,
            TableColumn::Date | TableColumn::Quotes | TableColumn::Added
        );
        if current == first {
            Some(!down_first)
        } else if current == second {
            Some(down_first)
        } else {
            None
        }
    }

    fn width(self) -> Column {
        let column = match self {
            TableColumn::Title => Column::initial(260.0).at_least(80.0),
            TableColumn::Date | TableColumn::Added => Column::initial(92.0).at_least(50.0),
            TableColumn::Authors | TableColumn::Source | TableColumn::Tags => {
                Column::initial(120.0).at_least(50.0)
            }
            TableColumn::Quotes => Column::initial(58.0).at_least(40.0),
        };
        column.clip(true).resizable(true)
    }

    fn cell(self, hit: &Hit) -> (String, Option<String>) {
        match self {
            TableColumn::Title if hit.title.is_empty() => ("(untitled)".into(), None),
            TableColumn::Title => (hit.title.clone(), None),
            TableColumn::Date => match &hit.published {
                Some(iso) => (short_date(iso), Some(iso.clone())),
                None => ("undated".into(), None),
            },
            TableColumn::Authors => (hit.authors.clone(), None),
            TableColumn::Source => (hit.sources.clone(), None),
            TableColumn::Tags => (hit.tags.join(", "), None),
            TableColumn::Quotes => (hit.quotes.to_string(), None),
            TableColumn::Added => (local_day(&hit.imported_at), Some(hit.imported_at.clone())),
        }
    }
}

/// An import time (UTC) as the local day it was.
fn local_day(iso: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(iso) {
        Ok(t) => t
            .with_timezone(&chrono::Local)
            .format("%-d %b %Y")
            .to_string(),
        Err(_) => short_date(iso),
    }
}

/// What the table draws.
pub struct TableData<'a> {
    pub cache: &'a ResultsCache,
    pub selection: &'a Selection,
    pub open_id: Option<i64>,
    pub scroll_to_row: Option<usize>,
    pub columns: &'a [TableColumn],
    pub sort: Sort,
}

/// Draws the table and pushes clicks, sorts and page requests.
pub fn table_ui(ui: &mut egui::Ui, data: &TableData<'_>, commands: &mut Vec<AppCommand>) {
    // The column widths are kept per column order, so a moved column keeps its own width.
    let salt: String = data.columns.iter().map(|c| c.name()).collect();
    let mut table = TableBuilder::new(ui)
        .id_salt(("results-table", salt))
        .striped(true)
        .resizable(true)
        .sense(Sense::click())
        .auto_shrink([false, false])
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for column in data.columns {
        table = table.column(column.width());
    }
    if let Some(row) = data.scroll_to_row {
        table = table.scroll_to_row(row, None);
    }
    let last = data.columns.len().saturating_sub(1);
    table
        .header(ROW_HEIGHT, |mut header| {
            for (i, &column) in data.columns.iter().enumerate() {
                header.col(|ui| header_ui(ui, column, data.sort, (i > 0, i < last), commands));
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, data.cache.total, |mut row| {
                let index = row.index();
                let Some(hit) = data.cache.hit(index) else {
                    commands.push(AppCommand::FetchRow(index));
                    row.col(|ui| {
                        ui.weak("Loading…");
                    });
                    return;
                };
                let selected = data.selection.ids.contains(&hit.id) || data.open_id == Some(hit.id);
                row.set_selected(selected);
                row.set_overline(data.selection.cursor_row == Some(index) && !selected);
                for &column in data.columns {
                    row.col(|ui| cell_ui(ui, column, hit));
                }
                if row.response().clicked() {
                    let modifiers = ui_modifiers(&row.response());
                    commands.push(AppCommand::ClickRow {
                        row: index,
                        article_id: hit.id,
                        modifiers,
                    });
                }
            });
        });
}

fn ui_modifiers(response: &egui::Response) -> egui::Modifiers {
    response.ctx.input(|i| i.modifiers)
}

fn header_ui(
    ui: &mut egui::Ui,
    column: TableColumn,
    sort: Sort,
    (can_left, can_right): (bool, bool),
    commands: &mut Vec<AppCommand>,
) {
    let name = column.name();
    let button = egui::Button::new(egui::RichText::new(name).strong()).frame(false);
    let hint = match column.sorts() {
        Some(_) => format!(
            "Sort by {} (click again to reverse; right-click to move the column)",
            name.to_lowercase()
        ),
        None => "Right-click to move the column; tag:NAME in the search finds a tag".to_string(),
    };
    let response = ui.add(button).on_hover_text(hint);
    if let Some(up) = column.arrow_up(sort) {
        // Painted, not a glyph: egui's own fonts have no arrows.
        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), Sense::hover());
        let (c, dy) = (rect.center(), if up { -3.0 } else { 3.0 });
        let points = vec![
            egui::pos2(c.x - 4.0, c.y - dy),
            egui::pos2(c.x + 4.0, c.y - dy),
            egui::pos2(c.x, c.y + dy),
        ];
        let color = ui.visuals().strong_text_color();
        ui.painter().add(egui::Shape::convex_polygon(
            points,
            color,
            egui::Stroke::NONE,
        ));
    }
    if response.clicked() {
        commands.push(AppCommand::View(ViewCommand::SortBy(column)));
    }
    response.context_menu(|ui| {
        if ui
            .add_enabled(can_left, egui::Button::new("Move left"))
            .clicked()
        {
            commands.push(AppCommand::View(ViewCommand::MoveColumn(column, -1)));
        }
        if ui
            .add_enabled(can_right, egui::Button::new("Move right"))
            .clicked()
        {
            commands.push(AppCommand::View(ViewCommand::MoveColumn(column, 1)));
        }
    });
}

fn cell_ui(ui: &mut egui::Ui, column: TableColumn, hit: &Hit) {
    let (text, hover) = column.cell(hit);
    let text = if column == TableColumn::Title {
        egui::RichText::new(text).strong()
    } else {
        egui::RichText::new(text)
    };
    // Not selectable: a click anywhere on the line is the row's.
    let label = ui.add(egui::Label::new(text).selectable(false).truncate());
    if let Some(hover) = hover {
        label.on_hover_text(hover);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_columns_from_an_older_build_get_the_new_ones() {
        let old = vec![
            TableColumn::Source,
            TableColumn::Title,
            TableColumn::Date,
            TableColumn::Authors,
            TableColumn::Quotes,
            TableColumn::Added,
        ];
        let columns = with_new_columns(old);
        assert_eq!(columns.len(), DEFAULT_COLUMNS.len());
        assert_eq!(columns[4], TableColumn::Tags);
        assert_eq!(columns[0], TableColumn::Source, "the user's order is kept");
    }

    #[test]
    fn a_header_click_sorts_by_its_column_and_a_second_reverses() {
        let title = TableColumn::Title;
        assert_eq!(title.next_sort(Sort::Relevance), Some(Sort::TitleAz));
        assert_eq!(title.next_sort(Sort::TitleAz), Some(Sort::TitleZa));
        assert_eq!(title.next_sort(Sort::TitleZa), Some(Sort::TitleAz));
        assert_eq!(
            TableColumn::Date.next_sort(Sort::Newest),
            Some(Sort::Oldest)
        );
        assert_eq!(TableColumn::Tags.next_sort(Sort::Newest), None);
        assert_eq!(TableColumn::Date.arrow_up(Sort::Newest), Some(false));
        assert_eq!(TableColumn::Title.arrow_up(Sort::TitleAz), Some(true));
        assert_eq!(TableColumn::Title.arrow_up(Sort::TitleZa), Some(false));
        assert_eq!(TableColumn::Source.arrow_up(Sort::TitleAz), None);
    }
}
