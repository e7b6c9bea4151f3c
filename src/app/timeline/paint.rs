//! Painting the timeline band: the bars per bucket, the selected period, a drag under way,
//! the axis labels and the hovered bar's tooltip. Apart from timeline.rs, which lays the band
//! out and turns the pointer into zooms, pans and commands.

use super::super::timeline_model::{self as model, BucketSize, TimelineView};
use super::{AXIS_HEIGHT, TimelineMode, TimelineState, fraction_at, x_of};
use crate::model::DayCounts;
use chrono::NaiveDate;
use eframe::egui::{self, Color32, FontId};

const MAX_BAR_WIDTH: f32 = 22.0;

pub(super) fn paint(
    ui: &egui::Ui,
    band: egui::Rect,
    view: &TimelineView,
    counts: &DayCounts,
    range: Option<(NaiveDate, NaiveDate)>,
    state: &TimelineState,
    response: &egui::Response,
) {
    let mode = state.mode;
    let visuals = ui.visuals();
    let painter = ui.painter_at(
        band.expand2(egui::vec2(0.0, AXIS_HEIGHT))
            .intersect(ui.clip_rect()),
    );
    painter.rect_filled(band, 4.0, visuals.extreme_bg_color);
    let size = model::bucket_size_for(view.span(), band.width());
    let buckets: Vec<_> = model::buckets(&counts.days, size)
        .into_iter()
        .filter(|b| {
            model::day_number(b.last_day) + 1.0 >= view.start
                && model::day_number(b.first_day) <= view.end
        })
        .collect();
    let max = buckets.iter().map(|b| b.count).max().unwrap_or(1).max(1) as f32;
    let accent = match mode {
        TimelineMode::Published => bar_color(visuals.dark_mode),
        TimelineMode::Events => event_bar_color(visuals.dark_mode),
    };
    let dim = if visuals.dark_mode {
        Color32::from_gray(120)
    } else {
        Color32::from_gray(150)
    };
    let hover_day = response
        .hover_pos()
        .and_then(|p| model::day_at(view.day_number_at(fraction_at(band, p.x))));
    let mut hovered = None;
    for b in &buckets {
        let (mut x0, mut x1) = (
            x_of(band, view, model::day_number(b.first_day)),
            x_of(band, view, model::day_number(b.last_day) + 1.0),
        );
        // Wide slots (few buckets on screen) get a slimmer bar in their middle.
        if x1 - x0 > MAX_BAR_WIDTH {
            let middle = (x0 + x1) / 2.0;
            (x0, x1) = (middle - MAX_BAR_WIDTH / 2.0, middle + MAX_BAR_WIDTH / 2.0);
        }
        // Taller bars for bigger counts; a square root keeps small counts visible.
        let height = 3.0 + (band.height() - 8.0) * (b.count as f32 / max).sqrt();
        let bar = egui::Rect::from_min_max(
            egui::pos2(x0 + 0.5, band.bottom() - height),
            egui::pos2((x1 - 1.0).max(x0 + 1.5), band.bottom()),
        );
        let in_range = range.is_some_and(|(f, t)| b.last_day >= f && b.first_day <= t);
        let is_hovered = hover_day.is_some_and(|d| d >= b.first_day && d <= b.last_day);
        let color = match (range.is_some(), in_range, is_hovered) {
            (_, _, true) => visuals.widgets.hovered.fg_stroke.color,
            (true, true, _) | (false, _, _) => accent,
            (true, false, _) => dim,
        };
        painter.rect_filled(bar, 1.5, color);
        if is_hovered {
            hovered = Some(*b);
        }
    }
    if let Some((from, to)) = range {
        let x0 = x_of(band, view, model::day_number(from));
        let x1 = x_of(band, view, model::day_number(to) + 1.0);
        let sel =
            egui::Rect::from_min_max(egui::pos2(x0, band.top()), egui::pos2(x1, band.bottom()));
        painter.rect_filled(sel, 2.0, accent.gamma_multiply(0.18));
        painter.rect_stroke(
            sel,
            2.0,
            egui::Stroke::new(1.0, accent),
            egui::StrokeKind::Inside,
        );
    }
    if let (Some(from), Some(pointer)) = (state.drag_from, response.interact_pointer_pos()) {
        let (a, b) = (
            x_of(band, view, from),
            pointer.x.clamp(band.left(), band.right()),
        );
        let sel = egui::Rect::from_min_max(
            egui::pos2(a.min(b), band.top()),
            egui::pos2(a.max(b), band.bottom()),
        );
        painter.rect_filled(sel, 2.0, accent.gamma_multiply(0.3));
    }
    // Axis labels with small ticks.
    let weak = visuals.weak_text_color();
    for (day, label) in model::axis_labels(view, band.width(), 56.0) {
        let x = x_of(band, view, model::day_number(day));
        // A label whose day lies left of the band would be cut at the window's edge (`ov`).
        if x < band.left() || x + 7.0 * label.len() as f32 > band.right() {
            continue;
        }
        painter.line_segment(
            [
                egui::pos2(x, band.bottom()),
                egui::pos2(x, band.bottom() + 4.0),
            ],
            egui::Stroke::new(1.0, weak),
        );
        painter.text(
            egui::pos2(x + 3.0, band.bottom() + 2.0),
            egui::Align2::LEFT_TOP,
            label,
            FontId::proportional(11.0),
            weak,
        );
    }
    if let Some(b) = hovered {
        let (one, many) = mode.nouns();
        let noun = if b.count == 1 { one } else { many };
        response.clone().on_hover_text_at_pointer(format!(
            "{}: {} {noun}",
            size_name(size, b.first_day),
            b.count
        ));
    }
}

fn size_name(size: BucketSize, first_day: NaiveDate) -> String {
    size.describe(first_day)
}

/// The bars' colour: a clear blue that reads on both themes.
fn bar_color(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(86, 156, 226)
    } else {
        Color32::from_rgb(46, 112, 196)
    }
}

/// The bars' colour in Events mode: amber, so the mode is obvious at a glance.
fn event_bar_color(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(224, 160, 72)
    } else {
        Color32::from_rgb(196, 120, 24)
    }
}
