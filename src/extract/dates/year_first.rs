//! Dates written year first with the word for "year" after it, as CLDR's long patterns give
//! them for Mongolian (`2026 оны 11 сарын 24`), Lithuanian (`2026 m. lapkričio 24 d.`),
//! Latvian (`2026. gada 24. novembris`), Kazakh (`2026 ж. 24 қараша`) and Armenian
//! (`2026 թ. նոյեմբերի 24`). The marks are data (`assets/lexicon/year-marks.txt`, and the
//! words for "month" after a month's number in `month-marks.txt`).

use std::sync::LazyLock;

use regex::Regex;

use super::compile;

/// Words after a month's number (`11 сарын`: "of the eleventh month").
static MONTH_MARKS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("../../../assets/lexicon/month-marks.txt"))
});

/// The year, its mark and the rest.
static YEAR_AND_MARK: LazyLock<Regex> = LazyLock::new(|| compile(r"^(\d{4})\.?\s*(\S+)\s+(.+)$"));
/// A month's number with its word, then the day: `11 сарын 24`.
static NUMBERED_MONTH: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(\d{1,2})\s+(\S+)\s+(\d{1,2})(.*)$"));
/// A day with its mark: `24 d.` (Lithuanian `diena`).
static MARKED_DAY: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(\d{1,2}) d\.(\s|,|$)"));

/// `s` with the year's mark (and a day's mark) taken out, or with a numbered month written as
/// an ISO date, so the other date forms read it; `None` when it opens with no marked year.
pub(super) fn without_marks(s: &str) -> Option<String> {
    let caps = YEAR_AND_MARK.captures(s.trim())?;
    let (year, mark, rest) = (&caps[1], &caps[2], &caps[3]);
    if !super::around::is_year_mark(mark) {
        return None;
    }
    if let Some(m) = NUMBERED_MONTH.captures(rest) {
        if MONTH_MARKS.contains(m[2].to_lowercase().as_str()) {
            let (month, day) = (m[1].parse::<u32>().ok()?, m[3].parse::<u32>().ok()?);
            return Some(format!("{year}-{month:02}-{day:02}{}", &m[4]));
        }
    }
    let rest = MARKED_DAY.replace(rest, "$1$2");
    Some(format!("{year} {rest}"))
}

#[cfg(test)]
mod tests {
    use super::super::parse_date;

    #[test]
    fn years_with_their_word_first() {
        let iso = |s: &str| parse_date(s).map(|d| d.iso);
        assert_eq!(
            iso("2026 оны 11 сарын 24, 16:05"),
            Some("2026-11-24T16:05".into())
        );
        assert_eq!(iso("2026 m. lapkričio 24 d."), Some("2026-11-24".into()));
        assert_eq!(
            iso("2026 m. lapkričio 24 d. 09:15"),
            Some("2026-11-24T09:15".into())
        );
        assert_eq!(iso("2026 оны зорилт 24"), None);
    }
}
