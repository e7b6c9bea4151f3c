//! Times of one moment written in different zones: a declaration in UTC beside the page's own
//! clock, one stamp written twice by a CMS whose zone setting is off, the neighbouring day of
//! an evening story declared in UTC. The reader's day and clock are the site's.

/// Whether `declared` is a time in UTC whose day in the site's own zone can be `day`: the day
/// before when the UTC time is before noon (UTC−1 to −12), the day after when it is after (UTC+1
/// to +14).
pub(super) fn utc_neighbour(declared: &str, day: &str) -> bool {
    use chrono::{DateTime, NaiveDate, Timelike};
    let Ok(at) = DateTime::parse_from_rfc3339(declared) else {
        return false;
    };
    let Ok(day) = NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
        return false;
    };
    if at.offset().local_minus_utc() != 0 {
        return false;
    }
    let declared_day = at.date_naive();
    (day.succ_opt() == Some(declared_day) && at.hour() < 12)
        || (day.pred_opt() == Some(declared_day) && at.hour() >= 12)
}

/// Whether `utc` is a time in UTC and `zoned` a time with another offset that shows the same
/// minutes and seconds (not `:00`) a whole number of hours apart, at most 14: one stamp written
/// twice by a CMS whose zone setting is off by some hours (WordPress's `article:published_time`
/// `23:16:02+00:00` beside its `<time>` `18:16:02-04:00`); the page's own clock is the
/// reader's.
pub(super) fn same_stamp_other_zone(utc: &str, zoned: &str) -> bool {
    use chrono::{DateTime, Timelike};
    let (Ok(a), Ok(b)) = (
        DateTime::parse_from_rfc3339(utc),
        DateTime::parse_from_rfc3339(zoned),
    ) else {
        return false;
    };
    let hours = (a.naive_local() - b.naive_local()).num_seconds() as f64 / 3600.0;
    a.offset().local_minus_utc() == 0
        && b.offset().local_minus_utc() != 0
        && a.second() != 0
        && a.minute() == b.minute()
        && a.second() == b.second()
        && hours.fract() == 0.0
        && hours.abs() <= 14.0
}

/// Whether `utc` is a time in UTC and `zoned` the same instant written with another offset.
pub(super) fn same_instant_with_offset(utc: &str, zoned: &str) -> bool {
    use chrono::DateTime;
    let (Ok(a), Ok(b)) = (
        DateTime::parse_from_rfc3339(utc),
        DateTime::parse_from_rfc3339(zoned),
    ) else {
        return false;
    };
    a.offset().local_minus_utc() == 0 && b.offset().local_minus_utc() != 0 && a == b
}

/// Whether `utc` is a time in UTC and `printed` a wall-clock time without offset that is the
/// same moment in some zone: the same minutes past the hour, at most 14 hours apart.
pub(super) fn same_moment_elsewhere(utc: &str, printed: &str) -> bool {
    use chrono::NaiveDateTime;
    let Some(utc_time) = utc
        .strip_suffix("+00:00")
        .or_else(|| utc.strip_suffix('Z'))
        .and_then(|t| NaiveDateTime::parse_from_str(t.get(..16)?, "%Y-%m-%dT%H:%M").ok())
    else {
        return false;
    };
    let Some(printed_time) = printed
        .get(..16)
        .filter(|_| printed.len() <= 19)
        .and_then(|t| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M").ok())
    else {
        return false;
    };
    let minutes = (printed_time - utc_time).num_minutes();
    minutes != 0 && minutes % 60 == 0 && minutes.abs() <= 14 * 60
}
