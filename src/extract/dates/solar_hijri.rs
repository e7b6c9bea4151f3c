//! Dates of the Solar Hijri calendar, which Iranian and Afghan sites print (`۱۵ مهر ۱۴۰۴`,
//! `1404/09/04`), as the Gregorian dates they name. No news is dated in the Gregorian years
//! 1300–1500, so a year there is a Solar Hijri one.

use chrono::NaiveDate;
use regex::Regex;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use super::compile;

/// Month names to numbers (`assets/lexicon/solar-hijri-months.tsv`, from CLDR).
static MONTHS: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    include_str!("../../../assets/lexicon/solar-hijri-months.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (name, number) = l.split_once('\t')?;
            Some((name.trim(), number.trim().parse().ok()?))
        })
        .collect()
});

/// `15 مهر 1404`: day, month name, year.
static DAY_MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(\d{1,2})\s+([\p{L}\p{M}\u{200C}]+)\s+(1[345]\d\d)"));
/// `1404/09/04`, `1404-9-4`: year, month, day.
static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(1[345]\d\d)[/.-](\d{1,2})[/.-](\d{1,2})"));

/// A Solar Hijri date at the start of `s` (ASCII digits), as a Gregorian date, and the byte
/// length it covers.
pub(super) fn date_prefix(s: &str) -> Option<(NaiveDate, usize)> {
    let num = |m: &regex::Captures, i: usize| m.get(i)?.as_str().parse::<i32>().ok();
    if let Some(m) = NUMERIC.captures(s) {
        let date = to_gregorian(num(&m, 1)?, num(&m, 2)?, num(&m, 3)?)?;
        return Some((date, m.get(0)?.end()));
    }
    let m = DAY_MONTH_YEAR.captures(s)?;
    let month = *MONTHS.get(m.get(2)?.as_str())? as i32;
    let date = to_gregorian(num(&m, 3)?, month, num(&m, 1)?)?;
    Some((date, m.get(0)?.end()))
}

/// The Gregorian date of Solar Hijri year `jy`, month `jm`, day `jd` (the arithmetic of the
/// widely used jalaali algorithm, exact for years 1–3000).
fn to_gregorian(jy: i32, jm: i32, jd: i32) -> Option<NaiveDate> {
    if !(1..=12).contains(&jm) || !(1..=31).contains(&jd) || jm > 6 && jd > 30 {
        return None;
    }
    let jy = jy + 1595;
    let mut days = -355_668
        + 365 * jy
        + (jy / 33) * 8
        + ((jy % 33) + 3) / 4
        + jd
        + if jm < 7 {
            (jm - 1) * 31
        } else {
            (jm - 7) * 30 + 186
        };
    let mut gy = 400 * (days / 146_097);
    days %= 146_097;
    if days > 36_524 {
        days -= 1;
        gy += 100 * (days / 36_524);
        days %= 36_524;
        if days >= 365 {
            days += 1;
        }
    }
    gy += 4 * (days / 1461);
    days %= 1461;
    if days > 365 {
        gy += (days - 1) / 365;
        days = (days - 1) % 365;
    }
    NaiveDate::from_yo_opt(gy, u32::try_from(days + 1).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solar_hijri_dates_as_gregorian() {
        let day = |s: &str| date_prefix(s).map(|(d, _)| d.to_string());
        assert_eq!(day("15 مهر 1404").as_deref(), Some("2025-10-07"));
        assert_eq!(day("1404/09/04").as_deref(), Some("2025-11-25"));
        assert_eq!(day("1 فروردین 1403").as_deref(), Some("2024-03-20"));
        // 1403 was a leap year: its Esfand has 30 days, the last the day before Nowruz 1404.
        assert_eq!(day("30 اسفند 1403").as_deref(), Some("2025-03-20"));
        assert_eq!(day("2024/09/04"), None);
        // Afghanistan's Pashto month names: لړم is Aqrab, the eighth.
        assert_eq!(day("28 لړم 1405").as_deref(), Some("2026-11-19"));
        assert_eq!(day("1 وری 1405").as_deref(), Some("2026-03-21"));
    }
}
