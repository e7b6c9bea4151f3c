//! A time in the past relative to now in any language (`3 hours ago`, `vor 3 Stunden`, `3 години
//! тому`, `3時間前`), from Unicode CLDR's patterns (`assets/lexicon/relative-times.txt`). Pages
//! print one beside the byline instead of a date: it is header furniture, never a date.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

static PATTERNS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../../assets/lexicon/relative-times.txt")));

/// Whether a whole line is a relative time in the past: its one number (in any script's
/// digits) stands for `{0}` in a CLDR pattern, or the line is a pattern without a number
/// (`قبل ساعة واحدة`, "an hour ago").
pub fn is_relative_past(line: &str) -> bool {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 40 {
        return false;
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
    numbers <= 1 && PATTERNS.contains(shape.as_str())
}

#[cfg(test)]
mod tests {
    use super::is_relative_past;

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
}
