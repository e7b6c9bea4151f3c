//! The timeline's view model, pure and unit-tested: the visible span, which bucket size
//! (day, week, month, year) fits the width, and the per-bucket counts. `timeline.rs` only draws it.

use chrono::{Datelike as _, Duration, NaiveDate};

/// Narrowest bar worth drawing, in points; the bucket grows until bars are at least this wide.
pub const MIN_BAR_WIDTH: f32 = 7.0;

/// How many days one bar covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BucketSize {
    Day,
    Week,
    Month,
    Year,
}

impl BucketSize {
    /// Approximate length in days (for choosing a size, not for arithmetic).
    fn approx_days(self) -> f64 {
        match self {
            BucketSize::Day => 1.0,
            BucketSize::Week => 7.0,
            BucketSize::Month => 30.44,
            BucketSize::Year => 365.25,
        }
    }

    /// "per day", "per week"...
    pub fn label(self) -> &'static str {
        match self {
            BucketSize::Day => "per day",
            BucketSize::Week => "per week",
            BucketSize::Month => "per month",
            BucketSize::Year => "per year",
        }
    }

    /// The first day of the bucket holding `day` (weeks start on Monday).
    pub fn start_of(self, day: NaiveDate) -> NaiveDate {
        match self {
            BucketSize::Day => day,
            BucketSize::Week => {
                day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
            }
            BucketSize::Month => day.with_day(1).unwrap_or(day),
            BucketSize::Year => NaiveDate::from_ymd_opt(day.year(), 1, 1).unwrap_or(day),
        }
    }

    /// The first day of the bucket after the one starting at `start`.
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            BucketSize::Day => start + Duration::days(1),
            BucketSize::Week => start + Duration::days(7),
            BucketSize::Month => start
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(start + Duration::days(31)),
            BucketSize::Year => start
                .checked_add_months(chrono::Months::new(12))
                .unwrap_or(start + Duration::days(366)),
        }
    }

    /// A short name for the bucket starting at `start`, for tooltips.
    pub fn describe(self, start: NaiveDate) -> String {
        match self {
            BucketSize::Day => start.format("%-d %b %Y").to_string(),
            BucketSize::Week => format!("week of {}", start.format("%-d %b %Y")),
            BucketSize::Month => start.format("%B %Y").to_string(),
            BucketSize::Year => start.format("%Y").to_string(),
        }
    }
}

/// The smallest bucket whose bars are at least `MIN_BAR_WIDTH` wide when `span_days` fill `width`.
pub fn bucket_size_for(span_days: f64, width: f32) -> BucketSize {
    let points_per_day = f64::from(width) / span_days.max(1.0);
    [BucketSize::Day, BucketSize::Week, BucketSize::Month]
        .into_iter()
        .find(|size| size.approx_days() * points_per_day >= f64::from(MIN_BAR_WIDTH))
        .unwrap_or(BucketSize::Year)
}

/// One bar: the days it covers (both included) and how many articles fall in them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bucket {
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub count: u32,
}

/// Groups per-day counts (sorted by day) into buckets; empty buckets are left out.
pub fn buckets(days: &[(NaiveDate, u32)], size: BucketSize) -> Vec<Bucket> {
    let mut out: Vec<Bucket> = Vec::new();
    for &(day, count) in days {
        let start = size.start_of(day);
        match out.last_mut() {
            Some(last) if last.first_day == start => last.count += count,
            _ => {
                let last_day = size.next(start) - Duration::days(1);
                out.push(Bucket {
                    first_day: start,
                    last_day,
                    count,
                });
            }
        }
    }
    out
}

/// Day number used for positions: days since 1 January of year 1.
pub fn day_number(day: NaiveDate) -> f64 {
    f64::from(day.num_days_from_ce())
}

/// The day at a (fractional) day number.
pub fn day_at(number: f64) -> Option<NaiveDate> {
    let n = number.floor();
    if !(f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&n) {
        return None;
    }
    NaiveDate::from_num_days_from_ce_opt(n as i32)
}

/// The visible span of the timeline, in day numbers (`start` included, `end` excluded).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimelineView {
    pub start: f64,
    pub end: f64,
}

/// Never zoom in closer than a week, nor out beyond two centuries.
const MIN_SPAN_DAYS: f64 = 7.0;
const MAX_SPAN_DAYS: f64 = 200.0 * 365.25;

impl TimelineView {
    /// A view showing `first..=last` with a little room on both sides.
    pub fn fit(first: NaiveDate, last: NaiveDate) -> Self {
        let (a, b) = (day_number(first), day_number(last) + 1.0);
        let span = (b - a).max(MIN_SPAN_DAYS * 4.0);
        let middle = (a + b) / 2.0;
        let padded = span * 1.08;
        TimelineView {
            start: middle - padded / 2.0,
            end: middle + padded / 2.0,
        }
    }

    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    /// Zooms by `factor` (< 1 zooms in) keeping the day under `anchor` (0..1 across) in place.
    pub fn zoom(&mut self, factor: f64, anchor: f64) {
        let span = (self.span() * factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let pivot = self.start + self.span() * anchor;
        self.start = pivot - span * anchor;
        self.end = self.start + span;
    }

    /// Moves the view by `days` (positive: later).
    pub fn pan(&mut self, days: f64) {
        self.start += days;
        self.end += days;
    }

    /// Where day number `day` falls, as a fraction of the width.
    pub fn fraction_of(&self, day: f64) -> f64 {
        (day - self.start) / self.span()
    }

    /// The day number at a fraction of the width.
    pub fn day_number_at(&self, fraction: f64) -> f64 {
        self.start + fraction * self.span()
    }
}

/// Where axis labels go: the finest steps (days, weeks, months, years) whose labels are at
/// least `min_gap` points apart, inside the view. January shows its year, other months their name.
pub fn axis_labels(view: &TimelineView, width: f32, min_gap: f32) -> Vec<(NaiveDate, String)> {
    let points_per_day = f64::from(width) / view.span();
    let gap_days = f64::from(min_gap) / points_per_day;
    let (Some(first), Some(last)) = (day_at(view.start), day_at(view.end)) else {
        return Vec::new();
    };
    let (unit, keep): (BucketSize, Box<dyn Fn(NaiveDate) -> bool>) = if gap_days <= 1.0 {
        (BucketSize::Day, Box::new(|_| true))
    } else if gap_days <= 7.0 {
        (BucketSize::Week, Box::new(|_| true))
    } else if let Some(step) = [1, 2, 3, 6]
        .into_iter()
        .find(|&s| f64::from(s) * 30.44 >= gap_days)
    {
        (
            BucketSize::Month,
            Box::new(move |d: NaiveDate| d.month0() % step == 0),
        )
    } else {
        let step = [1, 2, 5, 10, 20, 50, 100]
            .into_iter()
            .find(|&s| f64::from(s) * 365.25 >= gap_days)
            .unwrap_or(200);
        (
            BucketSize::Year,
            Box::new(move |d: NaiveDate| d.year().rem_euclid(step) == 0),
        )
    };
    let mut day = unit.start_of(first);
    if day < first {
        day = unit.next(day);
    }
    let mut out = Vec::new();
    while day <= last && out.len() < 1000 {
        if keep(day) {
            let text = match unit {
                BucketSize::Day | BucketSize::Week => day.format("%-d %b").to_string(),
                BucketSize::Month if day.month() == 1 => day.format("%Y").to_string(),
                BucketSize::Month => day.format("%b").to_string(),
                BucketSize::Year => day.format("%Y").to_string(),
            };
            out.push((day, text));
        }
        day = unit.next(day);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn bucket_size_adapts_to_span() {
        assert_eq!(bucket_size_for(30.0, 900.0), BucketSize::Day);
        assert_eq!(bucket_size_for(365.0, 900.0), BucketSize::Week);
        assert_eq!(bucket_size_for(5.0 * 365.0, 900.0), BucketSize::Month);
        assert_eq!(bucket_size_for(80.0 * 365.0, 900.0), BucketSize::Year);
    }

    #[test]
    fn weeks_start_on_monday_and_months_sum() {
        // 2024-09-18 is a Wednesday.
        assert_eq!(BucketSize::Week.start_of(d("2024-09-18")), d("2024-09-16"));
        let days = [
            (d("2024-09-01"), 2),
            (d("2024-09-30"), 1),
            (d("2024-10-02"), 4),
        ];
        let months = buckets(&days, BucketSize::Month);
        assert_eq!(
            months,
            vec![
                Bucket {
                    first_day: d("2024-09-01"),
                    last_day: d("2024-09-30"),
                    count: 3
                },
                Bucket {
                    first_day: d("2024-10-01"),
                    last_day: d("2024-10-31"),
                    count: 4
                },
            ]
        );
        let years = buckets(&days, BucketSize::Year);
        assert_eq!(years.len(), 1);
        assert_eq!(years[0].count, 7);
        assert_eq!(years[0].last_day, d("2024-12-31"));
    }

    #[test]
    fn zoom_keeps_the_anchor_day_in_place() {
        let mut view = TimelineView {
            start: 0.0,
            end: 1000.0,
        };
        let before = view.day_number_at(0.25);
        view.zoom(0.5, 0.25);
        assert!((view.day_number_at(0.25) - before).abs() < 1e-9);
        assert!((view.span() - 500.0).abs() < 1e-9);
        view.zoom(1e-9, 0.5);
        assert_eq!(view.span(), MIN_SPAN_DAYS);
    }

    #[test]
    fn fit_covers_the_data() {
        let view = TimelineView::fit(d("2020-01-01"), d("2024-12-31"));
        assert!(view.start < day_number(d("2020-01-01")));
        assert!(view.end > day_number(d("2024-12-31")));
        assert_eq!(day_at(day_number(d("2024-02-29"))), Some(d("2024-02-29")));
    }

    #[test]
    fn axis_labels_are_inside_and_spaced() {
        let view = TimelineView::fit(d("2000-01-01"), d("2024-12-31"));
        let labels = axis_labels(&view, 1000.0, 60.0);
        assert!(!labels.is_empty());
        assert!(
            labels
                .iter()
                .all(|(day, text)| day.month() == 1 && day.day() == 1 && text.len() == 4)
        );
        assert!(labels.len() <= 17);
        let month_view = TimelineView::fit(d("2024-01-01"), d("2024-12-31"));
        let labels = axis_labels(&month_view, 1200.0, 60.0);
        assert!(labels.iter().any(|(_, t)| t == "Jun"), "{labels:?}");
        assert!(labels.iter().any(|(_, t)| t == "2024"), "{labels:?}");
    }
}
