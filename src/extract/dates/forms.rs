//! Date forms of languages the common patterns miss, tried last: Vietnamese `25 tháng 11, 2025`
//! and `ngày 25 tháng 11 năm 2025` (month by number), the Baltic and Basque year-first forms
//! (`2025 m. lapkričio 25 d.`, `2025. gada 25. novembris`, `2025eko azaroaren 25a`), and
//! Japanese era years (`令和7年11月25日`, `R8.11.18`) and Taiwan's numeric official dates
//! (`115-11-24`). The month names come from the calendar lexicon.

use super::compile;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// `25 tháng 11, 2025`, `ngày 25 tháng 11 năm 2025`.
static VIETNAMESE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?i:ngày\s+)?(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})(?:\s*,\s*|\s+(?i:năm)\s+|\s+)(\d{4})",
    )
});
/// `2025 m. lapkričio 25 d.` (Lithuanian).
static LITHUANIAN: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(\d{4})\s*m\.\s+([\p{L}\p{M}]+)\s+(\d{1,2})(?:\s*d\.?)?"));
/// `2025. gada 25. novembris` (Latvian).
static LATVIAN: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(\d{4})\.\s*gada\s+(\d{1,2})\.\s*([\p{L}\p{M}]+)"));
/// `2025eko azaroaren 25a` (Basque: the year's `-(e)ko`, the month's genitive `-(r)en`).
static BASQUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^(\d{4})(?:eko|ko)\s+([\p{L}\p{M}]+?)(?:ren)?\s+(\d{1,2})(?:a|ean)?\b")
});
/// `令和7年11月25日`, `平成31年4月30日`: the era's name, its year, month and day.
static JAPANESE_ERA: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^(令和|平成|昭和)\s*(\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
});

/// `R8.11.18`, `H31.4.30`: the era's initial (as Japanese offices and forms abbreviate it),
/// its year, month and day.
static JAPANESE_ERA_INITIAL: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^([RHS])\s?(\d{1,2})[./-](\d{1,2})[./-](\d{1,2})"));
/// `115-11-24`, `115/11/24`: Taiwan's official (ROC, Minguo) year of three digits, counted from
/// 1912, as government sites print it; no Gregorian date of news has a three-digit year.
static ROC_NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(1\d\d)([./-])(\d{1,2})[./-](\d{1,2})"));

/// The Gregorian year before the first year of each era (令和 1 = 2019).
fn era_base(era: &str) -> Option<i32> {
    match era {
        "令和" | "R" => Some(2018),
        "平成" | "H" => Some(1988),
        "昭和" | "S" => Some(1925),
        _ => None,
    }
}

/// A date of these forms at the start of `s`, and the byte length it covers.
pub(super) fn date_prefix(s: &str) -> Option<(NaiveDate, usize)> {
    let num = |m: &regex::Captures, i: usize| m.get(i)?.as_str().parse::<u32>().ok();
    let year = |m: &regex::Captures, i: usize| m.get(i)?.as_str().parse::<i32>().ok();
    let month =
        |m: &regex::Captures, i: usize| crate::extract::lexicon::month_number(m.get(i)?.as_str());
    let end = |m: &regex::Captures| m.get(0).map_or(0, |g| g.end());
    let (date, len) = if let Some(m) = VIETNAMESE.captures(s) {
        (
            NaiveDate::from_ymd_opt(year(&m, 3)?, num(&m, 2)?, num(&m, 1)?)?,
            end(&m),
        )
    } else if let Some(m) = LITHUANIAN.captures(s) {
        (
            NaiveDate::from_ymd_opt(year(&m, 1)?, month(&m, 2)?, num(&m, 3)?)?,
            end(&m),
        )
    } else if let Some(m) = LATVIAN.captures(s) {
        (
            NaiveDate::from_ymd_opt(year(&m, 1)?, month(&m, 3)?, num(&m, 2)?)?,
            end(&m),
        )
    } else if let Some(m) = BASQUE.captures(s) {
        (
            NaiveDate::from_ymd_opt(year(&m, 1)?, month(&m, 2)?, num(&m, 3)?)?,
            end(&m),
        )
    } else if let Some(m) = JAPANESE_ERA.captures(s) {
        let year = era_base(m.get(1)?.as_str())? + year(&m, 2)?;
        (
            NaiveDate::from_ymd_opt(year, num(&m, 3)?, num(&m, 4)?)?,
            end(&m),
        )
    } else if let Some(m) = JAPANESE_ERA_INITIAL.captures(s) {
        let year = era_base(m.get(1)?.as_str())? + year(&m, 2)?;
        (
            NaiveDate::from_ymd_opt(year, num(&m, 3)?, num(&m, 4)?)?,
            end(&m),
        )
    } else if let Some(m) = ROC_NUMERIC.captures(s) {
        (
            NaiveDate::from_ymd_opt(1911 + year(&m, 1)?, num(&m, 3)?, num(&m, 4)?)?,
            end(&m),
        )
    } else {
        return None;
    };
    Some((date, len))
}

#[cfg(test)]
mod tests {
    use super::super::parse_date;

    fn iso(s: &str) -> Option<String> {
        parse_date(s).map(|d| d.iso)
    }

    #[test]
    fn vietnamese_baltic_basque_and_japanese_era_dates() {
        assert_eq!(iso("25 tháng 11, 2025").as_deref(), Some("2025-11-25"));
        assert_eq!(
            iso("Cập nhật ngày 25 tháng 11 năm 2025 09:40").as_deref(),
            Some("2025-11-25T09:40")
        );
        assert_eq!(
            iso("2025 m. lapkričio 25 d.").as_deref(),
            Some("2025-11-25")
        );
        assert_eq!(
            iso("2025. gada 25. novembris").as_deref(),
            Some("2025-11-25")
        );
        assert_eq!(iso("2025eko azaroaren 25a").as_deref(), Some("2025-11-25"));
        assert_eq!(iso("令和7年11月25日").as_deref(), Some("2025-11-25"));
        assert_eq!(iso("平成31年4月30日").as_deref(), Some("2019-04-30"));
        // A month number that is none, an era nobody has.
        assert_eq!(iso("25 tháng 13, 2025"), None);
        assert_eq!(iso("大正7年11月25日"), None);
    }
}
