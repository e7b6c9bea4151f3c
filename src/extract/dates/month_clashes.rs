//! Month names that mean another month in some languages than the calendar table reads them as
//! (`listopada`: November in Polish and Czech, October in Croatian), from
//! `assets/lexicon/month-clashes.tsv`: a date is re-read in the article's own language.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use super::ParsedDate;

/// `(language, name, month)` rows.
static CLASHES: LazyLock<Vec<(&'static str, &'static str, u32)>> = LazyLock::new(|| {
    include_str!("../../../assets/lexicon/month-clashes.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let (lang, name, month) = (cols.next()?, cols.next()?, cols.next()?);
            Some((lang, name, month.parse().ok()?))
        })
        .collect()
});

/// `date` as the article's language reads its month name, when that differs from the table's.
pub fn in_language(date: ParsedDate, language: Option<&str>) -> ParsedDate {
    let Some(language) = language else {
        return date;
    };
    let lower = date.text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let Some(month) = CLASHES
        .iter()
        .find(|(lang, name, _)| *lang == language && words.contains(name))
        .map(|(_, _, month)| *month)
    else {
        return date;
    };
    let Some(day) = date
        .iso
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    else {
        return date;
    };
    let Some(moved) = day.with_month(month) else {
        return date;
    };
    ParsedDate {
        iso: format!("{}{}", moved.format("%Y-%m-%d"), &date.iso[10..]),
        text: date.text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_croatian_listopad_is_october() {
        let date = super::super::parse_date("14. listopada 2025. u 9:12").expect("a date");
        assert_eq!(
            date.iso, "2025-11-14T09:12",
            "the table reads the Polish month"
        );
        assert_eq!(
            in_language(date.clone(), Some("hr")).iso,
            "2025-10-14T09:12"
        );
        assert_eq!(in_language(date, Some("pl")).iso, "2025-11-14T09:12");
    }
}
