//! Dates as the window shows them, one way everywhere: `18 Sep 2024` in lists, `18 Sep 2024,
//! 16:20` where the time is known (with the offset when the file gave one), `Sep 2024` or
//! `2024` for what is known only to the month or year.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// The day alone: `2024-09-18T16:20:00+01:00` → `18 Sep 2024`; `2024-09` → `Sep 2024`.
pub fn short_date(iso: &str) -> String {
    let day = iso.get(..10).unwrap_or(iso);
    if let Ok(d) = NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        return d.format("%-d %b %Y").to_string();
    }
    partial_date(iso).unwrap_or_else(|| iso.to_string())
}

/// The day and, when known, the time: `2024-09-18T16:20` → `18 Sep 2024, 16:20`;
/// `2024-09-18T16:20:00+01:00` → `18 Sep 2024, 16:20 (UTC+01:00)`; an import time in UTC
/// (`…Z`) → `18 Sep 2024, 16:20 UTC`.
pub fn long_date(iso: &str) -> String {
    if let Ok(t) = DateTime::parse_from_rfc3339(iso) {
        let zone = if iso.ends_with('Z') {
            " UTC".to_string()
        } else {
            format!(" (UTC{})", t.format("%:z"))
        };
        return format!("{}{zone}", t.format("%-d %b %Y, %H:%M"));
    }
    for pattern in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(iso, pattern) {
            return t.format("%-d %b %Y, %H:%M").to_string();
        }
    }
    short_date(iso)
}

/// `2024-09` → `Sep 2024`, `2024` → `2024`.
fn partial_date(iso: &str) -> Option<String> {
    if iso.len() == 4 && iso.bytes().all(|b| b.is_ascii_digit()) {
        return Some(iso.to_string());
    }
    let first = NaiveDate::parse_from_str(&format!("{iso}-01"), "%Y-%m-%d").ok()?;
    Some(first.format("%b %Y").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_format_at_every_precision() {
        assert_eq!(short_date("2024-09-18T16:20:00+01:00"), "18 Sep 2024");
        assert_eq!(short_date("2024-09"), "Sep 2024");
        assert_eq!(short_date("2024"), "2024");
        assert_eq!(short_date("soon"), "soon");
        assert_eq!(long_date("2024-09-18"), "18 Sep 2024");
        assert_eq!(long_date("2024-09-18T16:20"), "18 Sep 2024, 16:20");
        assert_eq!(
            long_date("2024-09-18T16:20:00+01:00"),
            "18 Sep 2024, 16:20 (UTC+01:00)"
        );
        assert_eq!(long_date("2024-09-18T16:20:05Z"), "18 Sep 2024, 16:20 UTC");
    }
}
