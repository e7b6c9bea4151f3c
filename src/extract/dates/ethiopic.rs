//! Dates of the Ethiopian calendar, which Ethiopian papers print (`ኅዳር 15 ቀን 2019 ዓ.ም`), as
//! the Gregorian dates they name. Thirteen months (twelve of 30 days and a short one), a year
//! seven or eight behind the Gregorian, starting on 11 or 12 September.
//!
//! Eritrean papers give the Gregorian months the same Ge'ez names (`ሕዳር` is November there), so
//! a name that is also a Gregorian month is read as Ethiopian only before the era's mark
//! (`ዓ.ም`, "year of mercy").

use chrono::NaiveDate;
use regex::Regex;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use super::compile;

/// Month names to numbers (`assets/lexicon/ethiopic-months.tsv`, from CLDR), spelled the
/// one way [`one_spelling`] gives.
static MONTHS: LazyLock<FxHashMap<String, u32>> = LazyLock::new(|| {
    include_str!("../../../assets/lexicon/ethiopic-months.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut fields = l.split('\t');
            let (_lang, number, name) = (fields.next()?, fields.next()?, fields.next()?);
            Some((one_spelling(name.trim()), number.trim().parse().ok()?))
        })
        .collect()
});

/// `ኅዳር 15 ቀን 2019 ዓ.ም`, `ኅዳር 15, 2019`: month, day, the word for day, year, the era.
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^([\p{Ethiopic}]+)\s+(\d{1,2})(?:\s+ቀን)?\s*,?\s+(\d{4})(\s*ዓ\s*[./]?\s*ም\.?)?")
});
/// `15 ኅዳር 2019 ዓ.ም`: day, month, year, the era.
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^(\d{1,2})\s+([\p{Ethiopic}]+)\s*,?\s+(\d{4})(\s*ዓ\s*[./]?\s*ም\.?)?")
});

/// Amharic writes several sounds with two or three letters (`ሀ ሐ ኀ`, `ሰ ሠ`, `አ ዐ`, `ጸ ፀ`), and
/// papers spell month names either way (`ኅዳር`, `ህዳር`, `ሕዳር`): each letter of such a family,
/// in any of its seven vowel orders, as the family's first.
fn one_spelling(name: &str) -> String {
    name.chars()
        .map(|c| {
            let code = c as u32;
            let (base, to) = match code {
                0x1210..=0x1217 | 0x1280..=0x1287 => (code & !0x7, 0x1200),
                0x1220..=0x1227 => (0x1220, 0x1230),
                0x12D0..=0x12D7 => (0x12D0, 0x12A0),
                0x1340..=0x1347 => (0x1340, 0x1338),
                _ => return c,
            };
            char::from_u32(to + (code - base)).unwrap_or(c)
        })
        .collect()
}

/// Whether `word` names a month of the Ethiopian calendar, in any of its spellings.
pub(super) fn is_month(word: &str) -> bool {
    MONTHS.contains_key(&one_spelling(word))
}

/// An Ethiopian date at the start of `s` (ASCII digits), as a Gregorian date, and the byte
/// length it covers (the era's mark included).
pub(super) fn date_prefix(s: &str) -> Option<(NaiveDate, usize)> {
    let (m, month_at, day_at) = if let Some(m) = MONTH_DAY.captures(s) {
        (m, 1, 2)
    } else {
        (DAY_MONTH.captures(s)?, 2, 1)
    };
    let name = m.get(month_at)?.as_str();
    let with_era = m.get(4).is_some();
    if !with_era && crate::extract::lexicon::month_number(name).is_some() {
        return None;
    }
    let month = *MONTHS.get(&one_spelling(name))?;
    let day = m.get(day_at)?.as_str().parse().ok()?;
    let year = m.get(3)?.as_str().parse().ok()?;
    Some((to_gregorian(year, month, day)?, m.get(0)?.end()))
}

/// The Gregorian date of Ethiopian year `year`, month `month`, day `day` (the arithmetic of
/// Calendrical Calculations: the era starts on the day Rata Die 2796, Julian 29 August 8).
fn to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let last = if month == 13 {
        5 + u32::from(year % 4 == 3)
    } else {
        30
    };
    if !(1900..=2200).contains(&year) || !(1..=13).contains(&month) || !(1..=last).contains(&day) {
        return None;
    }
    let days = 2795 + 365 * (year - 1) + year / 4 + 30 * (month as i32 - 1) + day as i32;
    NaiveDate::from_num_days_from_ce_opt(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ethiopian_dates_as_gregorian() {
        let day = |s: &str| date_prefix(s).map(|(d, _)| d.to_string());
        assert_eq!(day("ኅዳር 15 ቀን 2019 ዓ.ም").as_deref(), Some("2026-11-24"));
        // Spelled with the other letters of the same sounds.
        assert_eq!(day("ህዳር 15, 2019").as_deref(), Some("2026-11-24"));
        assert_eq!(day("8 ኅዳር 2019 ዓ.ም").as_deref(), Some("2026-11-17"));
        // New Year's Day, 1 Meskerem: 11 September, or the 12th before a Gregorian leap year.
        assert_eq!(day("መስከረም 1 2019 ዓ.ም").as_deref(), Some("2026-09-11"));
        assert_eq!(day("መስከረም 1 2016 ዓ.ም").as_deref(), Some("2023-09-12"));
        assert_eq!(day("ጳጉሜን 6 2015 ዓ.ም").as_deref(), Some("2023-09-11"));
        assert_eq!(day("ጳጉሜን 6 2016 ዓ.ም"), None);
        // Tigrinya's `ሕዳር` is the Gregorian November in Eritrea: Ethiopian only with the era.
        assert_eq!(day("ሕዳር 24 2026"), None);
        assert_eq!(day("ሕዳር 15 2019 ዓ/ም").as_deref(), Some("2026-11-24"));
    }
}
