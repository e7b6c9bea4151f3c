//! Dates written the ways news sites write them: `27 October 2024 09:01`, `Oct. 27, 2024 9:01 AM`,
//! `2024-10-27T09:01:00+02:00`, `27.10.2024, 09:01`, `Sunday, 27 października 2024`, with an
//! optional `Published:` / `Updated:` label in front.
//!
//! The parsers are anchored: the whole string must be a date (plus label, weekday, time and time
//! zone). That is what lets the readers treat "a line that parses" as a metadata line, and keeps
//! dates mentioned inside sentences out of the metadata.
//!
//! Precision is never invented: a date without a time gives `YYYY-MM-DD`, a time without seconds
//! gives `YYYY-MM-DDTHH:MM`, and an offset is appended only when the text writes one
//! (`+02:00`, `Z`, `UTC`, `GMT+2`). Zone abbreviations such as `CET` are accepted but dropped,
//! because their offset is ambiguous.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::model::normalize_line;

mod around;
mod bikram_sambat;
mod clauses;
mod datelines;
mod digits;
mod ethiopic;
mod forms;
mod inside;
mod labels;
mod month_clashes;
mod near;
mod other_dates;
mod part_words;
mod solar_hijri;
mod suffixes;
mod two_word_months;
mod us_order;
mod weekday;
mod year_first;
mod yearless;
mod zone_words;

use around::{after_other_calendar, after_year_mark};
pub use clauses::parse_date_clauses;
pub use datelines::dateline_date;
pub use inside::find_date;
use labels::strip_label;
pub use labels::{label_alone, label_prefix};
pub use month_clashes::in_language;
pub use near::near_headline;
use other_dates::cjk_year;
pub use other_dates::names_other_date;
use weekday::{strip_weekday, word_len};
pub use yearless::is_yearless_date_line;

/// A date found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedDate {
    /// ISO 8601 as precise as the text: `2024-10-27`, `2024-10-27T09:01`,
    /// `2024-10-27T09:01:00`, `2024-10-27T09:01:00+02:00`.
    pub iso: String,
    /// The date as written, without its label (`27 October 2024 09:01`).
    pub text: String,
}

/// What a labelled date line says the date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRole {
    /// No label, or `Published:`, `Posted on`, `Opublikowano:` and the like.
    Published,
    /// `Updated:`, `Last modified:`, `Aktualizacja:` and the like.
    Updated,
}

fn month_number(name: &str) -> Option<u32> {
    crate::extract::lexicon::month_number(name)
}

/// Numeric dates: `2024-10-27`, `2024/10/27`, `27.10.2024`, `27/10/2024`, `27-10-2024`, and
/// the spaced Czech and Slovak form `5. 3. 2025`.
static YMD: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(\d{4})(?:[-/]|\.\s?)(\d{1,2})(?:[-/]|\.\s?)(\d{1,2})\.?"));
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^(\d{1,2})([./-])\s?(\d{1,2})[./-]\s?(\d{4})(?:\s*r\.|\s+r\b|\s+roku\b)?\.?")
});
/// Numeric dates with a two-digit year, as US blogs print them (`3/09/15`, `10.15.15`):
/// month first with a slash unless the first number cannot be a month, day first with dots
/// unless the second cannot be one. Years 00–69 are 2000s.
static SHORT_YEAR: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(\d{1,2})([./])(\d{1,2})[./](\d{2})(?:[\s,]|$)"));
/// `27 October 2024`, `27. Oktober 2024`, `1er octobre 2024`, `27 de octubre de 2024`, `27-Oct-2024`,
/// `21.dez.2018` (Folha's dotted form), `24 พ.ย. 2569` (a Thai abbreviation, dotted inside).
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(\d{1,2})(?:(?:\.|st|nd|rd|th|er|º)?[\s-]+|\.)(?:(?:de|ta['’])\s+)?([\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*)(?:\.?,?[\s-]+|\.)(?:de\s+)?(\d{4})(?:\s*r\.|\s+r\b|\s+roku\b)?",
    )
});
/// `2024. október 8.`: year, month name, day, as Hungarian writes it.
static YEAR_MONTH_DAY: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(\d{4})\.?\s+([\p{L}\p{M}]+)\s+(\d{1,2})\.?"));
/// `October 27, 2024`, `Oct. 27th 2024`.
static MONTH_DAY: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^([\p{L}\p{M}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"));
/// What may sit between a date and its time.
static JOINER: LazyLock<Regex> = LazyLock::new(|| {
    // Longest first, so `a las` is tried before `a`-words and `la ora` before `ora`.
    let words: Vec<String> = crate::extract::lexicon::longest_first(include_str!(
        "../../../assets/lexicon/time-joiners.txt"
    ))
    .iter()
    .map(|w| regex::escape(w))
    .collect();
    compile(&format!(
        // A short preposition may open the joiner (`على الساعة 15:20`, "on the hour").
        r"(?i)^(?:\.?\s*[,،|·•@–—/:-]\s*|\.?\s+)(?:(?:\p{{L}}{{1,4}}\s+)?(?:{})\.?\s+)?",
        words.join("|")
    ))
});
/// `2016年10月14日07:17`, `2023年4月5日 9時30分`, `2023년 4월 5일`: the year–month–day order of
/// Chinese, Japanese and Korean, with an optional time in either script; Taiwan's official
/// years, counted from 1912 (`115年3月2日`, `民國99年`), too.
static CJK_DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:民國|民国)?\s*(\d{2,4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(?:\s*\([^)]{1,4}\)|\s*（[^）]{1,4}）)?(?:\s*(?:星期|週|周|禮拜|礼拜)[一二三四五六日天])?(?:\s*(?:(上午|午前|오전)|(下午|午後|오후))?\s*(\d{1,2})\s*[:：時时시]\s*(\d{2})\s*[分분]?)?",
    )
});

fn compile(pattern: &str) -> Regex {
    // The patterns are constants checked by the tests; a typo must fail loudly in development.
    #[allow(clippy::expect_used)]
    Regex::new(pattern).expect("date pattern is valid")
}

/// Parses a string that is wholly a date, with an optional label (`Published:`) and weekday.
/// Returns `None` for anything else, including impossible dates such as `31 February 2024`.
pub fn parse_date(s: &str) -> Option<ParsedDate> {
    parse_date_line(s).map(|(_, date)| date)
}

/// A date that is one segment of a page's title (`Una solución… - 07.12.2017 - LA NACION`).
pub fn title_segment_date(title: &str) -> Option<ParsedDate> {
    title
        .split(" - ")
        .flat_map(|part| part.split(" | "))
        .flat_map(|part| part.split(" – "))
        .flat_map(|part| part.split(" — "))
        .find_map(|part| parse_date(part.trim()))
}

/// Like [`parse_date`], and also says whether the label called the date an update.
pub fn parse_date_line(s: &str) -> Option<(DateRole, ParsedDate)> {
    let (role, date) = parse_date_line_any(s)?;
    Some((role, us_order::month_first(s, date)))
}

fn parse_date_line_any(s: &str) -> Option<(DateRole, ParsedDate)> {
    parse_date_line_once(s)
        .or_else(|| parse_date_line_once(&two_word_months::one_word_month(s)?))
        .or_else(|| {
            // A label before a year-first date stays before it.
            let (role, rest) = strip_label(s);
            let date = parse_date_line_once(&year_first::without_marks(rest)?)?;
            Some((role, date.1))
        })
        .or_else(|| parse_date_line_once(&part_words::without_part_words(s)?))
        .or_else(|| {
            // `24ی تشرینی دووەمی 2026`: the letters CLDR's pattern glues to each part, then a
            // month of two words.
            let bare = suffixes::without_suffixes(s)?;
            parse_date_line_once(&bare)
                .or_else(|| parse_date_line_once(&two_word_months::one_word_month(&bare)?))
        })
}

fn parse_date_line_once(s: &str) -> Option<(DateRole, ParsedDate)> {
    // Dates are short; a long string is never one, and this keeps huge lines cheap. Counted in
    // characters: a Bengali or Persian date line with its other calendars takes three bytes a
    // letter, and the byte count shut out lines a Latin one of the same length passes.
    if s.len() > 480 || s.chars().count() > 160 {
        return None;
    }
    let s = &*digits::fold(s);
    // Every form needs a four-digit year: most lines have no four digits, and the regexes
    // (called for every short line of every file) cost far more than this count.
    if s.bytes().filter(u8::is_ascii_digit).count() < 4 {
        return None;
    }
    let mut line = collapse_spaces(&normalize_line(s));
    // `06:00 (GMT+7)`, `08:15 PM (IST)`: the zone in brackets.
    if let Some(at) = line.rfind(" (") {
        let inner = &line[at + 2..];
        let zone = inner.strip_suffix(')').is_some_and(|z| {
            z.starts_with("GMT")
                || z.starts_with("UTC")
                || (2..=5).contains(&z.len()) && z.chars().all(|c| c.is_ascii_uppercase())
        });
        if zone {
            line = format!("{} {}", &line[..at], &inner[..inner.len() - 1]);
        }
    }
    let (role, rest) = strip_label(&line);
    let rest = rest.trim().trim_end_matches(['.', ',', ';']).trim();
    let date = parse_date_and_time(rest)
        .or_else(|| parse_time_then_date(rest))
        .or_else(|| parse_cjk(rest))?;
    Some((role, date))
}

/// `2016年10月14日07:17`, `2023年4月5日 9時30分`, `2023년 4월 5일 오후 3:20`, covering the whole string.
fn parse_cjk(s: &str) -> Option<ParsedDate> {
    let m = CJK_DATE.captures(s)?;
    // `2025年1月14日 7:05（最終更新 1月14日 9:30）`: an update in brackets may follow.
    let rest = s[m.get(0)?.end()..].trim();
    let bracketed = rest.starts_with(['（', '(']) && rest.ends_with(['）', ')']);
    if !rest.is_empty() && !bracketed {
        return None;
    }
    let num = |i: usize| m.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
    let date = NaiveDate::from_ymd_opt(cjk_year(s, m.get(1)?.as_str())?, num(2)?, num(3)?)?;
    let mut iso = date.format("%Y-%m-%d").to_string();
    if let (Some(mut hour), Some(minute)) = (num(6), num(7)) {
        if m.get(5).is_some() && hour < 12 {
            hour += 12;
        }
        if m.get(4).is_some() && hour == 12 {
            hour = 0;
        }
        if hour > 23 || minute > 59 {
            return None;
        }
        iso.push_str(&format!("T{hour:02}:{minute:02}"));
    }
    Some(ParsedDate {
        iso,
        text: s.trim().to_string(),
    })
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A calendar date at the start of `s`, and the byte length it covers.
fn date_prefix(s: &str) -> Option<(NaiveDate, usize)> {
    let num = |m: &regex::Captures, i: usize| m.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
    let year = |m: &regex::Captures, i: usize| {
        m.get(i)
            .and_then(|g| g.as_str().parse::<i32>().ok())
            .map(digits::common_era)
    };
    // The forms of a few languages first: their words (`gada`, `tháng`) would stop the
    // common patterns halfway.
    let found = if let Some(found) = forms::date_prefix(s) {
        Some(found)
    } else if let Some(found) = solar_hijri::date_prefix(s) {
        Some(found)
    } else if let Some(found) = ethiopic::date_prefix(s) {
        Some(found)
    } else if let Some(found) = bikram_sambat::date_prefix(s) {
        Some(found)
    } else if let Some(m) = YMD.captures(s) {
        NaiveDate::from_ymd_opt(year(&m, 1)?, num(&m, 2)?, num(&m, 3)?)
            .map(|d| (d, m.get(0).map_or(0, |g| g.end())))
    } else if let Some(m) = DMY.captures(s) {
        let (first, second) = (num(&m, 1)?, num(&m, 3)?);
        // Day first, as in most of the world; a slash date whose second number cannot be a month
        // (10/27/2024) is read the US way.
        let (day, month) = if m.get(2)?.as_str() == "/" && second > 12 && first <= 12 {
            (second, first)
        } else {
            (first, second)
        };
        NaiveDate::from_ymd_opt(year(&m, 4)?, month, day)
            .map(|d| (d, m.get(0).map_or(0, |g| g.end())))
    } else if let Some(m) = DAY_MONTH.captures(s) {
        NaiveDate::from_ymd_opt(year(&m, 3)?, month_number(m.get(2)?.as_str())?, num(&m, 1)?)
            .map(|d| (d, m.get(0).map_or(0, |g| g.end())))
    } else if let Some(m) = MONTH_DAY.captures(s) {
        NaiveDate::from_ymd_opt(year(&m, 3)?, month_number(m.get(1)?.as_str())?, num(&m, 2)?)
            .map(|d| (d, m.get(0).map_or(0, |g| g.end())))
    } else if let Some(m) = YEAR_MONTH_DAY.captures(s) {
        NaiveDate::from_ymd_opt(year(&m, 1)?, month_number(m.get(2)?.as_str())?, num(&m, 3)?)
            .map(|d| (d, m.get(0).map_or(0, |g| g.end())))
    } else if let Some(m) = SHORT_YEAR.captures(s) {
        let (first, second, short) = (num(&m, 1)?, num(&m, 3)?, year(&m, 4)?);
        let slash = m.get(2)?.as_str() == "/";
        let month_first = if slash { first <= 12 } else { second > 12 };
        let (month, day) = if month_first {
            (first, second)
        } else {
            (second, first)
        };
        let full_year = if short < 70 {
            2000 + short
        } else {
            1900 + short
        };
        // `04.03.15, 10:20` (Israeli sites): the comma before the time is the joiner's.
        let len = m.get(0).map_or(0, |g| {
            g.as_str()
                .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
                .len()
        });
        NaiveDate::from_ymd_opt(full_year, month, day).map(|d| (d, len))
    } else {
        None
    }?;
    // `2024-10-271` is not a date followed by junk.
    s[found.1..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_ascii_digit())
        .then_some(found)
}

/// `[weekday] DATE [joiner TIME]`, covering the whole string. A weekday abbreviation can also
/// be a month's (`mar` is Tuesday in Spanish and March in English), so the string is also tried
/// as it is.
fn parse_date_and_time(s: &str) -> Option<ParsedDate> {
    let stripped = strip_weekday(s);
    let (body, (date, date_len)) = match date_prefix(stripped) {
        Some(found) => (stripped, found),
        None => (s, date_prefix(s)?),
    };
    let after_date = after_other_calendar(after_year_mark(&body[date_len..]));
    // `23 Ağustos 2025 Cumartesi, 21:47`: the weekday after the date.
    let rest = after_date.trim_start_matches([',', ' ']);
    let rest = match strip_weekday(rest) {
        after if after.len() < rest.len() => after,
        _ => after_date,
    };
    if rest.trim().is_empty() {
        return Some(ParsedDate {
            iso: date.format("%Y-%m-%d").to_string(),
            text: s.trim().to_string(),
        });
    }
    let joiner_len = JOINER.find(rest).map_or(0, |m| m.end());
    let (time, time_len) = time_prefix(&rest[joiner_len..])?;
    // Nothing may follow the time but its zone named by a place (`به وقت کابل`, "Kabul time").
    let after_time = &rest[joiner_len + time_len..];
    if !after_time.trim().is_empty() && !zone_words::is_zone_in_words(after_time) {
        return None;
    }
    Some(ParsedDate {
        iso: format!("{}T{}", date.format("%Y-%m-%d"), time.iso()),
        text: s.trim().to_string(),
    })
}

/// `TIME[,] [on] [weekday] DATE`, the order some wire services use (`9:01 AM EDT, Sun October 27, 2024`).
fn parse_time_then_date(s: &str) -> Option<ParsedDate> {
    let (time, time_len) = time_prefix(s)?;
    let rest = s[time_len..].trim_start_matches([',', ' ', '|', '·']);
    let rest = rest.strip_prefix("on ").unwrap_or(rest);
    // A month first, then a weekday: `Mar.` is March here, though Spanish and French write
    // Tuesday so too.
    let whole = |body: &str| date_prefix(body).filter(|(_, len)| body[*len..].trim().is_empty());
    let (date, _) = whole(rest).or_else(|| whole(strip_weekday(rest)))?;
    Some(ParsedDate {
        iso: format!("{}T{}", date.format("%Y-%m-%d"), time.iso()),
        text: s.trim().to_string(),
    })
}

#[cfg(test)]
mod filed_copies_tests;
#[cfg(test)]
mod own_words_tests;
#[cfg(test)]
mod tests;
mod time;
#[cfg(test)]
mod world_tests;

pub use time::printed_time_alone;
use time::time_prefix;
