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
/// same moment in some zone: an offset that zones use (see [`is_zone_offset`]).
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
    minutes != 0 && is_zone_offset(minutes)
}

/// Offsets from UTC that zones use, in minutes: whole hours from −12 to +14, and the half and
/// quarter hours of Iran, India, Nepal, Afghanistan, Myanmar, Newfoundland, central
/// Australia and the Chatham Islands (IANA tz database).
fn is_zone_offset(minutes: i64) -> bool {
    const PARTS: [i64; 12] = [-570, -210, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825];
    (minutes % 60 == 0 && (-12 * 60..=14 * 60).contains(&minutes)) || PARTS.contains(&minutes)
}

/// The wall-clock time in the site's zone of `utc` (a time in UTC), from the hour and minute the
/// page prints beside it without a date (`ساعت ۱۵:۳۰ به وقت تهران` beside `12:00:31Z`): the day
/// follows the clock across midnight.
pub(super) fn local_clock(utc: &str, hour: u32, minute: u32) -> Option<String> {
    use chrono::{DateTime, Duration, Timelike};
    let at = DateTime::parse_from_rfc3339(utc).ok()?;
    if at.offset().local_minus_utc() != 0 || hour > 23 || minute > 59 {
        return None;
    }
    let printed = i64::from(hour * 60 + minute);
    let declared = i64::from(at.hour() * 60 + at.minute());
    let mut minutes = printed - declared;
    if minutes > 14 * 60 {
        minutes -= 24 * 60;
    } else if minutes < -12 * 60 {
        minutes += 24 * 60;
    }
    if minutes == 0 || !is_zone_offset(minutes) {
        return None;
    }
    let local = at.naive_utc().with_second(0)? + Duration::minutes(minutes);
    Some(local.format("%Y-%m-%dT%H:%M").to_string())
}
