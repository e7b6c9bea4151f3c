//! The time of a printed date that leaves out its year (`March 18 at 12:22 PM`, `3/9(木)
//! 18:45`, `18 mars à 12h22`): when another source gives only the day and it is the same month
//! and day, the printed time completes it. Pages print the year only for older stories.

use crate::extract::dates::{self, DateRole};
use crate::model::normalize_line;
use regex::Regex;
use std::sync::LazyLock;

/// `March 18 …`, `Mar. 18th …`.
static MONTH_DAY: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^([\p{L}\p{M}]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(\D.*)$"));
/// `18 March …`, `18. März …`, `18 de marzo …`.
static DAY_MONTH: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(\d{1,2})\.?\s+((?:de\s+)?[\p{L}\p{M}]+\.?)(\s.*)$"));
/// `3/9 …`, `3/9(木) …`: month first, as the pages that print it without a year do.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| compile(r"^(\d{1,2})/(\d{1,2})(\D.*)$"));

fn compile(pattern: &str) -> Regex {
    // Constant patterns checked by the tests; a typo must fail loudly in development.
    #[allow(clippy::expect_used)]
    Regex::new(pattern).expect("year-less date pattern is valid")
}

/// The date and time `line` prints for `day` (`YYYY-MM-DD`) without writing the year, as ISO
/// (`2015-03-18T12:22`); `None` when it prints no time, another day, or an update's time.
pub(super) fn time_on(line: &str, day: &str) -> Option<String> {
    let year = day.get(..4)?;
    let line = normalize_line(line);
    let (role, rest) = match dates::label_prefix(&line) {
        Some((role, rest)) => (role, rest.to_string()),
        None => (DateRole::Published, line.clone()),
    };
    if role == DateRole::Updated {
        return None;
    }
    let rest = without_weekday(&rest);
    let with_year = if let Some(m) = NUMERIC.captures(rest) {
        format!("{year}/{}/{}{}", &m[1], &m[2], &m[3])
    } else if let Some(m) = MONTH_DAY.captures(rest) {
        format!("{} {}, {year}{}", &m[1], &m[2], &m[3])
    } else if let Some(m) = DAY_MONTH.captures(rest) {
        format!("{} {} {year}{}", &m[1], &m[2], &m[3])
    } else {
        return None;
    };
    let parsed = dates::parse_date(&with_year)?;
    (parsed.iso.get(..10) == Some(day) && parsed.iso.len() >= 16).then_some(parsed.iso)
}

/// `line` without a weekday opening it (`Tuesday, March 18 …`).
fn without_weekday(line: &str) -> &str {
    let end = line
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(line.len());
    if end > 0 && crate::extract::lexicon::is_weekday(&line[..end]) {
        line[end..].trim_start_matches(['.', ',', ' '])
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_printed_time_completes_a_day_given_elsewhere() {
        assert_eq!(
            time_on("March 18 at 12:22 PM", "2015-03-18").as_deref(),
            Some("2015-03-18T12:22")
        );
        assert_eq!(
            time_on("Tuesday, 18 mars à 12h22", "2015-03-18").as_deref(),
            Some("2015-03-18T12:22")
        );
        assert_eq!(
            time_on("3/9(木) 18:45配信", "2017-03-09").as_deref(),
            None,
            "a word after the time is no date line"
        );
        assert_eq!(
            time_on("Published 3/9 18:45", "2017-03-09").as_deref(),
            Some("2017-03-09T18:45")
        );
        // Another day, no time, or an update: nothing.
        assert_eq!(time_on("March 19 at 12:22 PM", "2015-03-18"), None);
        assert_eq!(time_on("Mar 17", "2015-03-17"), None);
        assert_eq!(time_on("Updated March 18 at 12:22 PM", "2015-03-18"), None);
    }
}
