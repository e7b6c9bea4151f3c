//! Machine-written dates (ISO 8601, RFC 3339, RFC 2822) as a page's declarations write them,
//! turned into ISO 8601 with only the precision and offset they give.

use crate::extract::dates;

/// A machine-written date (ISO 8601, RFC 3339, RFC 2822) as ISO 8601, keeping only the
/// precision and offset it gives; other forms go to the shared date parser.
pub fn iso_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    let iso = parse_iso(s).or_else(|| dates::parse_date(s).map(|d| d.iso))?;
    let year: i32 = iso.get(..4)?.parse().ok()?;
    (1900..=2100).contains(&year).then_some(iso)
}

fn parse_iso(s: &str) -> Option<String> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime};
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.format("%Y-%m-%dT%H:%M:%S%:z").to_string());
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%d %H:%M:%S%.f%:z",
        "%Y-%m-%d %H:%M:%S%z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
            return Some(dt.format("%Y-%m-%dT%H:%M:%S%:z").to_string());
        }
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(dt.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
    for fmt in ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(dt.format("%Y-%m-%dT%H:%M").to_string());
        }
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.format("%Y-%m-%dT%H:%M:%S%:z").to_string());
    }
    for fmt in ["%Y-%m-%d", "%Y%m%d", "%Y/%m/%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return Some(d.format("%Y-%m-%d").to_string());
        }
    }
    // A date with a time this list does not know: keep the day, drop nothing else invented.
    let head = s.get(..10)?;
    let next = s[10..].chars().next();
    let d = NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()?;
    (next.is_none() || next.is_some_and(|c| c == 'T' || c == ' '))
        .then(|| d.format("%Y-%m-%d").to_string())
}
