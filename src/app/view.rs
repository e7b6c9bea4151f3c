//! How the window looks, as the user chose it: results as cards or a table, the table's
//! columns and sort, the theme and the text size; and which of Help, About and Settings is
//! open. Applied here so commands.rs only forwards `AppCommand::View`.

use super::table::TableColumn;
use super::worker::Request;
use super::{ChronicleApp, LeftView};
use eframe::egui;

/// How the result list is drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ResultsView {
    /// Title, date · authors · source and a snippet per result.
    #[default]
    Cards,
    /// One line per result, in resizable, sortable columns.
    Table,
}

/// The colour theme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    /// Follow the desktop's light or dark setting.
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// Which window is open over the main one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Help,
    About,
    Settings,
}

/// Text sizes offered in Settings (egui's zoom factor: everything scales with the text).
pub const TEXT_SIZES: [(f32, &str); 4] = [
    (0.9, "Small"),
    (1.0, "Normal"),
    (1.15, "Large"),
    (1.3, "Larger"),
];

/// A change of how the window looks.
#[derive(Debug, Clone, PartialEq)]
pub enum ViewCommand {
    /// Cards ↔ table (Ctrl+T).
    ToggleTable,
    SetResultsView(ResultsView),
    /// A click on a column header: sort by it, or reverse the order when it already is.
    SortBy(TableColumn),
    /// Moves a column left (negative) or right in the table.
    MoveColumn(TableColumn, isize),
    /// Opens Help, About or Settings; `None` closes it.
    Show(Option<Shown>),
    SetTheme(ThemeChoice),
    SetTextScale(f32),
}

impl ChronicleApp {
    pub(super) fn apply_view(&mut self, command: ViewCommand) {
        match command {
            ViewCommand::ToggleTable => {
                let next = match self.settings.view {
                    ResultsView::Cards => ResultsView::Table,
                    ResultsView::Table => ResultsView::Cards,
                };
                self.apply_view(ViewCommand::SetResultsView(next));
            }
            ViewCommand::SetResultsView(view) => {
                self.settings.view = view;
                self.view.left = LeftView::Articles;
            }
            ViewCommand::SortBy(column) => {
                if let Some(sort) = column.next_sort(self.settings.sort) {
                    self.settings.sort = sort;
                    self.refresh_query();
                }
            }
            ViewCommand::MoveColumn(column, by) => {
                let columns = &mut self.settings.columns;
                if let Some(at) = columns.iter().position(|c| *c == column) {
                    let to = at.saturating_add_signed(by).min(columns.len() - 1);
                    let moved = columns.remove(at);
                    columns.insert(to, moved);
                }
            }
            ViewCommand::Show(shown) => {
                if shown == Some(Shown::About) {
                    // Counts and size as they are now.
                    self.request(Request::Count);
                }
                self.view.shown = shown;
            }
            ViewCommand::SetTheme(theme) => self.settings.theme = theme,
            ViewCommand::SetTextScale(scale) => self.settings.text_scale = scale,
        }
    }

    /// Puts the chosen theme and text size into effect when they changed (every frame; cheap).
    pub(super) fn apply_appearance(&mut self, ctx: &egui::Context) {
        let wanted = (self.settings.theme, self.settings.text_scale);
        if self.view.appearance == Some(wanted) {
            return;
        }
        self.view.appearance = Some(wanted);
        ctx.set_theme(self.settings.theme.preference());
        let scale = self.settings.text_scale.clamp(0.5, 2.0);
        if (ctx.zoom_factor() - scale).abs() > f32::EPSILON {
            ctx.set_zoom_factor(scale);
        }
    }
}

impl ChronicleApp {
    /// The result list, as cards or as a table.
    pub(super) fn articles_ui(&mut self, ui: &mut egui::Ui) {
        let data = super::results::ResultsData {
            cache: &self.view.results,
            loaded: self.view.results_loaded,
            selection: &self.view.selection,
            open_id: self.view.open_id,
            scroll_to_row: self.view.scroll_to_row.take(),
            last_valid_query: self
                .view
                .query_error
                .is_some()
                .then_some(self.view.results.filter.query.as_str()),
        };
        let commands = &mut self.commands;
        match self.settings.view {
            ResultsView::Cards => {
                super::results::results_ui(ui, &mut self.view.results_view, &data, commands);
            }
            ResultsView::Table => {
                if super::results::list_preamble_ui(ui, &data) {
                    let table = super::table::TableData {
                        cache: data.cache,
                        selection: data.selection,
                        open_id: data.open_id,
                        scroll_to_row: data.scroll_to_row,
                        columns: &self.settings.columns,
                        sort: self.settings.sort,
                    };
                    super::table::table_ui(ui, &table, commands);
                }
            }
        }
    }

    /// Help, About or Settings, when one is open.
    pub(super) fn shown_ui(&mut self, ctx: &egui::Context) {
        match self.view.shown {
            None => {}
            Some(Shown::Help) => super::help::help_ui(ctx, &mut self.commands),
            Some(Shown::About) => {
                let data = super::help::AboutData {
                    archive_path: &self.archive_path,
                    stats: self.view.stats.as_ref(),
                };
                super::help::about_ui(ctx, &data, &mut self.commands);
            }
            Some(Shown::Settings) => {
                let data = super::preferences::PreferencesData {
                    theme: self.settings.theme,
                    text_scale: self.settings.text_scale,
                    sort: self.settings.sort,
                    view: self.settings.view,
                };
                super::preferences::preferences_ui(ctx, &data, &mut self.commands);
            }
        }
    }
}

impl ChronicleApp {
    /// The titles of the results fetched so far, in list order (tests check sorts with it).
    pub fn result_titles(&self) -> Vec<String> {
        (0..self.view.results.total)
            .map_while(|row| self.view.results.hit(row).map(|h| h.title.clone()))
            .collect()
    }

    /// Help, About or Settings, when one is open.
    pub fn shown(&self) -> Option<Shown> {
        self.view.shown
    }
}
