//! What survives a restart (eframe storage).

use super::{ResultsView, TableColumn, ThemeChoice, archives, table};
use crate::query::Sort;

/// What survives a restart (eframe storage). Missing fields take their defaults.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Width of the result list, in points.
    pub list_width: f32,
    /// Width of the metadata and quotes panel.
    pub details_width: f32,
    pub sort: Sort,
    /// The text in the Search box.
    pub query: String,
    /// Cards or table (Ctrl+T; Settings).
    pub view: ResultsView,
    /// The table's columns, in their order.
    pub columns: Vec<TableColumn>,
    /// Width of the result list while it is a table.
    pub table_width: f32,
    pub theme: ThemeChoice,
    /// egui's zoom factor (Settings' text size).
    pub text_scale: f32,
    /// Each archive's search, period and selection, most recently used first.
    pub archives: Vec<archives::ArchiveMemory>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            list_width: 400.0,
            details_width: 310.0,
            sort: Sort::Relevance,
            query: String::new(),
            view: ResultsView::Cards,
            columns: table::DEFAULT_COLUMNS.to_vec(),
            table_width: 720.0,
            theme: ThemeChoice::System,
            text_scale: 1.0,
            archives: Vec::new(),
        }
    }
}
