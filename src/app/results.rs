//! The result list: only the visible rows are drawn (`ScrollArea::show_rows`); rows whose page
//! has not arrived ask for it and show a placeholder. Each row: title, date · authors · source,
//! and the snippet with the matched words highlighted.

use super::AppCommand;
use super::dates::short_date;
use super::highlight::snippet_parts;
use super::selection::{ResultsCache, Selection};
use crate::model::Hit;
use eframe::egui::{self, Color32, FontId, Sense, TextFormat, text::LayoutJob};

const ROW_HEIGHT: f32 = 76.0;

/// What the list remembers between frames (runtime only).
#[derive(Default)]
pub struct ResultsViewState {
    /// Rows visible last frame, to scroll only when the cursor leaves them.
    visible: std::ops::Range<usize>,
    viewport_height: f32,
    /// The Search field's id (shortcuts behave differently while it has focus).
    pub search_id: Option<egui::Id>,
}

/// What the list draws.
pub struct ResultsData<'a> {
    pub cache: &'a ResultsCache,
    pub loaded: bool,
    pub selection: &'a Selection,
    pub open_id: Option<i64>,
    pub scroll_to_row: Option<usize>,
    /// While the typed query is invalid: the last valid one, whose results the list shows.
    pub last_valid_query: Option<&'a str>,
}

/// Draws the list and pushes clicks and page requests.
pub fn results_ui(
    ui: &mut egui::Ui,
    state: &mut ResultsViewState,
    data: &ResultsData<'_>,
    commands: &mut Vec<AppCommand>,
) {
    if !list_preamble_ui(ui, data) {
        return;
    }
    draw_rows(ui, state, data, commands);
}

/// The spinner, the last-valid-search line and *No articles match*, shared by the cards and
/// the table; `false` when there are no rows to draw.
pub fn list_preamble_ui(ui: &mut egui::Ui, data: &ResultsData<'_>) -> bool {
    if !data.loaded {
        ui.centered_and_justified(|ui| ui.spinner());
        return false;
    }
    if let Some(query) = data.last_valid_query {
        let shown = if query.trim().is_empty() {
            "Showing the last valid search: every article".to_string()
        } else {
            format!("Showing the last valid search: {query}")
        };
        ui.label(egui::RichText::new(shown).italics().weak());
    }
    if data.cache.total == 0 {
        ui.add_space(24.0);
        ui.vertical_centered(|ui| {
            ui.label(egui::RichText::new("No articles match").size(16.0));
            ui.label(
                egui::RichText::new("Try fewer words, or clear the period on the timeline.").weak(),
            );
        });
        return false;
    }
    true
}

fn draw_rows(
    ui: &mut egui::Ui,
    state: &mut ResultsViewState,
    data: &ResultsData<'_>,
    commands: &mut Vec<AppCommand>,
) {
    let spacing = ui.spacing().item_spacing.y;
    let mut area = egui::ScrollArea::vertical()
        .id_salt("results-scroll")
        .auto_shrink([false, false]);
    if let Some(row) = data.scroll_to_row {
        let row_top = row as f32 * (ROW_HEIGHT + spacing);
        if row < state.visible.start + 1 {
            area = area.vertical_scroll_offset(row_top);
        } else if row + 2 > state.visible.end {
            area = area
                .vertical_scroll_offset((row_top + ROW_HEIGHT - state.viewport_height).max(0.0));
        }
    }
    let output = area.show_rows(ui, ROW_HEIGHT, data.cache.total, |ui, rows| {
        state.visible = rows.clone();
        for row in rows {
            match data.cache.hit(row) {
                Some(hit) => row_ui(ui, row, hit, data, commands),
                None => {
                    commands.push(AppCommand::FetchRow(row));
                    ui.add_sized(
                        [ui.available_width(), ROW_HEIGHT],
                        egui::Label::new(egui::RichText::new("Loading…").weak()),
                    );
                }
            }
        }
    });
    state.viewport_height = output.inner_rect.height();
}

fn row_ui(
    ui: &mut egui::Ui,
    row: usize,
    hit: &Hit,
    data: &ResultsData<'_>,
    commands: &mut Vec<AppCommand>,
) {
    let selected = data.selection.ids.contains(&hit.id);
    let is_open = data.open_id == Some(hit.id);
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), ROW_HEIGHT), Sense::click());
    let title = if hit.title.is_empty() {
        "(untitled)"
    } else {
        hit.title.as_str()
    };
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, title));
    if response.clicked() {
        let modifiers = ui.input(|i| i.modifiers);
        commands.push(AppCommand::ClickRow {
            row,
            article_id: hit.id,
            modifiers,
        });
    }
    if !ui.is_rect_visible(rect) {
        return;
    }
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);
    let fill = if selected {
        Some(
            visuals
                .selection
                .bg_fill
                .gamma_multiply(if is_open { 0.55 } else { 0.35 }),
        )
    } else if response.hovered() {
        Some(visuals.widgets.hovered.weak_bg_fill)
    } else {
        None
    };
    if let Some(fill) = fill {
        painter.rect_filled(rect, 4.0, fill);
    }
    if data.selection.cursor_row == Some(row) {
        painter.rect_stroke(
            rect.shrink(0.5),
            4.0,
            visuals.selection.stroke,
            egui::StrokeKind::Inside,
        );
    }
    let text_color = visuals.strong_text_color();
    let weak = visuals.weak_text_color();
    let inner = rect.shrink2(egui::vec2(10.0, 6.0));
    let width = inner.width();
    let title_galley = painter.layout(
        title.to_string(),
        FontId::proportional(15.0),
        text_color,
        width,
    );
    let title_galley = first_line(
        ui,
        title_galley,
        title,
        FontId::proportional(15.0),
        text_color,
        width,
    );
    painter.galley(inner.min, title_galley, text_color);
    let meta = meta_line(hit);
    let meta_galley = ui
        .painter()
        .layout_no_wrap(meta, FontId::proportional(12.0), weak);
    painter.galley(inner.min + egui::vec2(0.0, 21.0), meta_galley, weak);
    let snippet = snippet_job(ui, &hit.snippet, width);
    let galley = ui.fonts_mut(|f| f.layout_job(snippet));
    painter.galley(inner.min + egui::vec2(0.0, 38.0), galley, weak);
    painter.hline(
        rect.x_range(),
        rect.bottom() + ui.spacing().item_spacing.y / 2.0,
        visuals.widgets.noninteractive.bg_stroke,
    );
}

/// Keeps a title on one line, with an ellipsis when it is too long.
fn first_line(
    ui: &egui::Ui,
    galley: std::sync::Arc<egui::Galley>,
    title: &str,
    font: FontId,
    color: Color32,
    width: f32,
) -> std::sync::Arc<egui::Galley> {
    if galley.rows.len() <= 1 {
        return galley;
    }
    let mut job = LayoutJob::simple_singleline(title.to_string(), font, color);
    job.wrap = egui::text::TextWrapping::truncate_at_width(width);
    ui.fonts_mut(|f| f.layout_job(job))
}

fn meta_line(hit: &Hit) -> String {
    let date = hit
        .published
        .as_deref()
        .map(short_date)
        .unwrap_or_else(|| "undated".to_string());
    let mut parts = vec![date];
    if !hit.authors.is_empty() {
        parts.push(hit.authors.clone());
    }
    if !hit.sources.is_empty() {
        parts.push(hit.sources.clone());
    }
    if !hit.tags.is_empty() {
        let tags: Vec<String> = hit.tags.iter().map(|t| format!("#{t}")).collect();
        parts.push(tags.join(" "));
    }
    parts.join("  ·  ")
}

/// The snippet as two wrapped lines, matched words on a highlight.
fn snippet_job(ui: &egui::Ui, snippet: &str, width: f32) -> LayoutJob {
    let visuals = ui.visuals();
    let normal = TextFormat {
        font_id: FontId::proportional(13.0),
        color: visuals.text_color(),
        ..Default::default()
    };
    let matched = TextFormat {
        background: highlight_color(visuals.dark_mode),
        color: visuals.strong_text_color(),
        ..normal.clone()
    };
    let mut job = LayoutJob::default();
    for (text, is_match) in snippet_parts(snippet) {
        job.append(
            &text,
            0.0,
            if is_match {
                matched.clone()
            } else {
                normal.clone()
            },
        );
    }
    job.wrap = egui::text::TextWrapping {
        max_width: width,
        max_rows: 2,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    job
}

/// Background of matched search words (results and reader).
pub fn highlight_color(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(122, 94, 8)
    } else {
        Color32::from_rgb(255, 226, 110)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_shows_the_tags() {
        let hit = Hit {
            id: 1,
            title: "t".into(),
            published: None,
            authors: "Jo Lee".into(),
            sources: String::new(),
            snippet: String::new(),
            imported_at: String::new(),
            quotes: 0,
            tags: vec!["coast".into(), "to read".into()],
        };
        assert_eq!(meta_line(&hit), "undated  ·  Jo Lee  ·  #coast #to read");
    }
}
