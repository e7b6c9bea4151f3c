//! The timeline band: articles per day, week, month or year (the bucket follows the zoom).
//! Scroll or Ctrl+scroll zooms around the pointer; Shift+drag or middle-drag pans; dragging
//! selects a period and clicking a bar selects its bucket; double-click fits the data.
//! Painting the band: timeline/paint.rs.

use super::AppCommand;
use super::timeline_model::{self as model, TimelineView};
use crate::model::DayCounts;
use chrono::{Duration, NaiveDate};
use eframe::egui::{self, FontId, PointerButton, Sense};

mod paint;
use paint::paint;

const BAND_HEIGHT: f32 = 64.0;
const AXIS_HEIGHT: f32 = 16.0;

/// What the bars count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TimelineMode {
    /// Articles by publication day.
    #[default]
    Published,
    /// Events the articles mention, by the day they happen.
    Events,
}

impl TimelineMode {
    /// The command picking `range` in this mode.
    fn range_command(self, range: Option<(NaiveDate, NaiveDate)>) -> AppCommand {
        match self {
            TimelineMode::Published => AppCommand::SetRange(range),
            TimelineMode::Events => AppCommand::SetEventRange(range),
        }
    }

    fn nouns(self) -> (&'static str, &'static str) {
        match self {
            TimelineMode::Published => ("article", "articles"),
            TimelineMode::Events => ("event", "events"),
        }
    }
}

/// Zoom, pan and drag state (runtime only).
#[derive(Default)]
pub struct TimelineState {
    view: Option<TimelineView>,
    /// The span the view was last fitted to; a new span refits.
    fitted_to: Option<(NaiveDate, NaiveDate)>,
    /// Day number where a selecting drag started.
    drag_from: Option<f64>,
    /// Generation of the counts shown (older answers are dropped).
    pub counts_generation: u64,
    /// Where the band was drawn last frame, once it has bars (tests drag across it).
    pub band_rect: Option<egui::Rect>,
    /// What the bars count this frame.
    mode: TimelineMode,
}

impl TimelineState {
    /// Where the middle of `day` was drawn last frame (tests click on a day's bar).
    pub fn x_of_day(&self, day: NaiveDate) -> Option<f32> {
        let (rect, view) = (self.band_rect?, self.view.as_ref()?);
        Some(x_of(rect, view, model::day_number(day) + 0.5))
    }
}

/// Draws the timeline and pushes `SetRange` when the user picks a period.
pub fn timeline_ui(
    ui: &mut egui::Ui,
    state: &mut TimelineState,
    counts: &DayCounts,
    range: Option<(NaiveDate, NaiveDate)>,
    mode: TimelineMode,
    commands: &mut Vec<AppCommand>,
) {
    state.mode = mode;
    let span = counts
        .days
        .first()
        .zip(counts.days.last())
        .map(|(a, b)| (a.0, b.0));
    if span.is_some() && state.fitted_to != span {
        state.fitted_to = span;
        state.view = span.map(|(a, b)| TimelineView::fit(a, b));
    }
    ui.add_space(2.0);
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new("Timeline").strong());
        for (m, name, hover) in [
            (
                TimelineMode::Published,
                "Published",
                "Articles per publication day",
            ),
            (
                TimelineMode::Events,
                "Events",
                "Events the articles mention, by the day they happen",
            ),
        ] {
            if ui
                .selectable_label(mode == m, name)
                .on_hover_text(hover)
                .clicked()
                && mode != m
            {
                commands.push(AppCommand::SetTimelineMode(m));
            }
        }
        ui.separator();
        if let Some(view) = &state.view {
            let width = ui.available_width();
            ui.label(
                egui::RichText::new(model::bucket_size_for(view.span(), width).label()).weak(),
            );
        }
        if let Some((from, to)) = range {
            let text = format!(
                "{} – {}  ×",
                from.format("%-d %b %Y"),
                to.format("%-d %b %Y")
            );
            let chip = egui::Button::new(
                egui::RichText::new(text).color(ui.visuals().strong_text_color()),
            )
            .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.45))
            .corner_radius(10.0);
            if ui.add(chip).on_hover_text("Show all dates (Esc)").clicked() {
                commands.push(mode.range_command(None));
            }
        } else {
            ui.label(
                egui::RichText::new("drag across the bars to pick a period")
                    .weak()
                    .small(),
            );
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if counts.undated > 0 {
                ui.label(
                    egui::RichText::new(format!(
                        "{} undated",
                        super::thousands(counts.undated as usize)
                    ))
                    .weak(),
                );
            }
            if state.view.is_some()
                && ui
                    .small_button("Fit")
                    .on_hover_text("Show the whole span (double-click)")
                    .clicked()
            {
                state.view = span.map(|(a, b)| TimelineView::fit(a, b));
            }
        });
    });
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), BAND_HEIGHT + AXIS_HEIGHT),
        Sense::click_and_drag(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Slider, true, "Timeline"));
    let Some(mut view) = state.view else {
        // No bars yet (the counts may still be on their way): nothing to drag across.
        state.band_rect = None;
        let empty = if mode == TimelineMode::Events {
            "No dated events"
        } else {
            "No dated articles"
        };
        ui.painter().text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            empty,
            FontId::proportional(13.0),
            ui.visuals().weak_text_color(),
        );
        ui.add_space(4.0);
        return;
    };
    state.band_rect = Some(rect);
    let band = egui::Rect::from_min_max(
        rect.min,
        egui::pos2(rect.right(), rect.bottom() - AXIS_HEIGHT),
    );
    interact(ui, &response, band, &mut view, state, span, commands);
    state.view = Some(view);
    paint(ui, band, &view, counts, range, state, &response);
    ui.add_space(4.0);
}

fn fraction_at(band: egui::Rect, x: f32) -> f64 {
    f64::from((x - band.left()) / band.width().max(1.0))
}

fn x_of(band: egui::Rect, view: &TimelineView, day: f64) -> f32 {
    band.left() + band.width() * view.fraction_of(day) as f32
}

fn interact(
    ui: &egui::Ui,
    response: &egui::Response,
    band: egui::Rect,
    view: &mut TimelineView,
    state: &mut TimelineState,
    span: Option<(NaiveDate, NaiveDate)>,
    commands: &mut Vec<AppCommand>,
) {
    let mode = state.mode;
    let size = model::bucket_size_for(view.span(), band.width());
    if response.hovered() {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        if let Some(pointer) = response.hover_pos() {
            let anchor = fraction_at(band, pointer.x);
            if zoom != 1.0 {
                view.zoom(1.0 / f64::from(zoom), anchor);
            } else if scroll.y != 0.0 {
                view.zoom((-f64::from(scroll.y) * 0.003).exp(), anchor);
            }
        }
        if scroll.x != 0.0 {
            view.pan(-f64::from(scroll.x) / f64::from(band.width()) * view.span());
        }
    }
    let panning = ui.input(|i| i.modifiers.shift) || response.dragged_by(PointerButton::Middle);
    if response.dragged() && panning {
        view.pan(-f64::from(response.drag_delta().x) / f64::from(band.width()) * view.span());
        state.drag_from = None;
    } else if response.drag_started_by(PointerButton::Primary) {
        // From where the button went down, not where the drag was recognised.
        let origin = ui
            .input(|i| i.pointer.press_origin())
            .or(response.interact_pointer_pos());
        state.drag_from = origin.map(|p| view.day_number_at(fraction_at(band, p.x)));
    }
    if response.drag_stopped() {
        if let (Some(from), Some(pointer)) =
            (state.drag_from.take(), response.interact_pointer_pos())
        {
            let to = view.day_number_at(fraction_at(band, pointer.x));
            if let (Some(a), Some(b)) = (model::day_at(from.min(to)), model::day_at(from.max(to))) {
                // Snap to whole buckets, as the user sees them.
                let first = size.start_of(a);
                let last = size.next(size.start_of(b)) - Duration::days(1);
                commands.push(mode.range_command(Some((first, last))));
            }
        }
    }
    if response.double_clicked() {
        if let Some((a, b)) = span {
            *view = TimelineView::fit(a, b);
        }
    } else if response.clicked() {
        if let Some(day) = response
            .interact_pointer_pos()
            .and_then(|p| model::day_at(view.day_number_at(fraction_at(band, p.x))))
        {
            let first = size.start_of(day);
            commands.push(mode.range_command(Some((first, size.next(first) - Duration::days(1)))));
        }
    }
}
