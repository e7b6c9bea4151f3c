//! Times written as phrases, in any language, from Unicode CLDR's patterns: a time in the past
//! relative to now (`3 hours ago`, `vor 3 Stunden`, `3 години тому`, `3時間前`;
//! `assets/lexicon/relative-times.txt`), which pages print beside the byline instead of a date,
//! and a length of time (`3 min`, `dakika 3`, `4 دقائق`; `assets/lexicon/durations.txt`), which an
//! audio player's or a reading time's line prints beside the headline. Both are header
//! furniture, never a date.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

static RELATIVE: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../../assets/lexicon/relative-times.txt")));
static DURATIONS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../../assets/lexicon/durations.txt")));

/// Whether a whole line is a relative time in the past: its one number (in any script's
/// digits) stands for `{0}` in a CLDR pattern, or the line is a pattern without a number
/// (`قبل ساعة واحدة`, "an hour ago").
pub fn is_relative_past(line: &str) -> bool {
    pattern_shape(line).is_some_and(|shape| RELATIVE.contains(shape.as_str()))
}

/// Whether a whole part of a line is a length of time with its number (`3 min`, `dakika 3`).
pub fn is_duration(part: &str) -> bool {
    pattern_shape(part)
        .is_some_and(|shape| shape.contains("{0}") && DURATIONS.contains(shape.as_str()))
}

/// A short text lower-cased, spaces collapsed, its one number written `{0}` as CLDR writes
/// patterns; none for a long text or one with two numbers.
fn pattern_shape(text: &str) -> Option<String> {
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 40 {
        return None;
    }
    let lower = trimmed.to_lowercase();
    let mut shape = String::with_capacity(lower.len());
    let mut numbers = 0;
    let mut in_number = false;
    for c in lower.chars() {
        if c.is_numeric() {
            if !in_number {
                numbers += 1;
                shape.push_str("{0}");
            }
            in_number = true;
            continue;
        }
        in_number = false;
        if c.is_whitespace() {
            if !shape.ends_with(' ') {
                shape.push(' ');
            }
        } else {
            shape.push(c);
        }
    }
    (numbers <= 1).then_some(shape)
}

#[cfg(test)]
mod tests {
    use super::{is_duration, is_relative_past};

    #[test]
    fn relative_times_in_many_languages_are_read() {
        for line in [
            "3 hours ago",
            "2 години тому",
            "vor 5 Minuten",
            "hace 2 horas",
            "il y a 3 heures",
            "قبل 3 ساعات",
            "3時間前",
            "2小时前",
            "5시간 전",
            "2 ore fa",
            "٣ ساعت پیش",
        ] {
            assert!(is_relative_past(line), "{line}");
        }
    }

    #[test]
    fn dates_times_and_prose_are_not() {
        for line in [
            "24 November 2026",
            "10:42",
            "2 hours of talks",
            "3",
            "ago",
            "Read in English",
        ] {
            assert!(!is_relative_past(line), "{line}");
        }
    }

    #[test]
    fn lengths_of_time_in_many_languages_are_read() {
        for part in ["3 min", "dakika 3", "4 دقائق", "5 Minuten", "2 хв"] {
            assert!(is_duration(part), "{part}");
        }
        for part in ["3", "min", "3 min read", "Kuula artiklit", "24.11.2026"] {
            assert!(!is_duration(part), "{part}");
        }
    }
}
