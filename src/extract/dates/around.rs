//! What pages print between a date and its time: the era or the word for "year" (`2025م`,
//! `2025 г.,`, `2025. године`), a weekday in brackets (`(火)`), the same day in another
//! calendar (`০৩ আশ্বিন ১৪৩২`).

use super::time::time_prefix;
use super::{JOINER, compile};
use regex::Regex;
use std::sync::LazyLock;

/// Marks of the year (`YEAR_MARKS`).
static YEAR_MARKS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("../../../assets/lexicon/year-marks.txt"))
});

/// Whether `word` marks a year (`г.`, `m.`, `оны`).
pub(super) fn is_year_mark(word: &str) -> bool {
    YEAR_MARKS.contains(word.to_lowercase().as_str())
}

/// What follows a date once the era or the word for "year" written after its year (`2025م`,
/// `2025 г.,`; `assets/lexicon/year-marks.txt`) and a weekday in brackets (`2025/11/25(火)`,
/// `(화)`, `(Tue)`) are passed.
pub(super) fn after_year_mark(rest: &str) -> &str {
    // `2025. године`: the year's own dot before the word.
    let trimmed = rest.trim_start_matches('.').trim_start();
    let end = trimmed
        .find(|c: char| c.is_whitespace() || c == ',')
        .unwrap_or(trimmed.len());
    let rest = if end > 0 && YEAR_MARKS.contains(trimmed[..end].to_lowercase().as_str()) {
        &trimmed[end..]
    } else {
        rest
    };
    let open = rest.trim_start();
    for (left, right) in [('(', ')'), ('（', '）')] {
        if let Some(inner) = open.strip_prefix(left)
            && let Some((day, after)) = inner.split_once(right)
            && day.chars().count() <= 4
            && is_bracketed_weekday(day.trim())
        {
            return after;
        }
    }
    rest
}

/// The same day in other calendars, printed between the date and its time (`১৮ সেপ্টেম্বর
/// ২০২৫, ০৩ আশ্বিন ১৪৩২, ১১:৩০`: the Bangla calendar's day after the Gregorian one; `… ۱۴۰۵ هـ ش
/// – ۱۱ جمادی‌الثانی ۱۴۴۸ هـ ق – ساعت ۲:۴۰`: the Hijri day after the Solar Hijri one), passed,
/// however many there are, when a time follows them; otherwise `rest` as it is.
pub(super) fn after_other_calendar(rest: &str) -> &str {
    let time_follows = |after: &str| {
        let joiner = JOINER.find(after).map_or(0, |j| j.end());
        time_prefix(&after[joiner..]).is_some()
    };
    // The era of the first date, in one or two short marks (`هـ ش`, Solar Hijri), before a
    // separator.
    let mut after = ERA_MARKS
        .find(rest)
        .map(|m| &rest[m.end()..])
        .filter(|after| after.starts_with([',', '،', '|', '-', '–', '—']))
        .unwrap_or(rest);
    if after.len() < rest.len() && time_follows(after) {
        return after;
    }
    // Pages print at most a few calendars side by side; the bound keeps a stray line cheap.
    for _ in 0..4 {
        let Some(m) = OTHER_CALENDAR.find(after) else {
            break;
        };
        // The separator that closed this date opens the next one.
        let end = after[..m.end()]
            .trim_end()
            .trim_end_matches([',', '،', '|', '-', '–', '—'])
            .len();
        after = &after[end..];
        if time_follows(after) {
            return after;
        }
    }
    rest
}

/// One or two marks of one or two letters after a year (`هـ ش`, `هـ ق`).
static ERA_MARKS: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(?:\s+[\p{L}\p{M}]{1,2}\.?){1,2}\s*"));

/// `, 03 আশ্বিন 1432,`, `، 4 جمادى الآخرة 1447 هـ -`, `– ۱۱ جمادی‌الثانی ۱۴۴۸ هـ ق –`: a day,
/// a month of one or two words (a Persian compound joined by a zero-width non-joiner) and a
/// year, with an era mark of one or two short words, between separators.
static OTHER_CALENDAR: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s*[,،|–—-]\s*\d{1,2}\s+[\p{L}\p{M}\x{200C}]+(?:\s+[\p{L}\p{M}\x{200C}]+)?\s+\d{4}(?:\s*[\p{L}\p{M}]{1,2}\.?){0,2}\s*(?:[,،|–—-]|$)",
    )
});

/// A weekday as pages write it in brackets after a date: a name of the calendar lexicon, or
/// the one character of a Japanese, Chinese or Korean weekday (`火` for `火曜日`, `화` for `화요일`).
fn is_bracketed_weekday(day: &str) -> bool {
    use crate::extract::lexicon::is_weekday;
    !day.is_empty()
        && (is_weekday(day)
            || is_weekday(&format!("{day}曜日"))
            || is_weekday(&format!("{day}요일"))
            || is_weekday(&format!("星期{day}")))
}

#[cfg(test)]
#[path = "around_tests.rs"]
mod tests;
