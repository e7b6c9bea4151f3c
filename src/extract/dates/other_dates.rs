//! Dates that are not the article's (a reader's, an obituary's, an event's), and the years of
//! Taiwan's official calendar in CJK dates.

use std::sync::LazyLock;

/// Labels of dates that are not the article's (`assets/lexicon/not-publication-labels.txt`).
static NOT_PUBLICATION: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!(
        "../../../assets/lexicon/not-publication-labels.txt"
    ))
    .into_iter()
    .collect()
});

/// Whether the words before a date (`Saved`, `Born:`, `When:`) make it some other date than
/// the article's: a reader's, an obituary's, an event's.
pub fn names_other_date(before: &str) -> bool {
    let before = before
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase();
    NOT_PUBLICATION.iter().any(|label| {
        before
            .strip_suffix(label)
            .is_some_and(|head| head.is_empty() || head.ends_with(' '))
            // `Printed from https://… on`, `Retrieved from … on`, `Archived from the original
            // on`: the label and where from before the date.
            || before
                .strip_prefix(label)
                .is_some_and(|rest| rest.starts_with(" from "))
    })
}

/// The Gregorian year of a CJK date's year: four digits as written; three digits, or two after
/// `民國`, are a year of the Republic of China (Taiwan's official calendar: 115 is 2026).
pub(super) fn cjk_year(date: &str, year: &str) -> Option<i32> {
    let number: i32 = year.parse().ok()?;
    let republic = date.starts_with("民國") || date.starts_with("民国");
    match year.len() {
        4 => Some(number),
        3 if number >= 1 => Some(number + 1911),
        2 if republic => Some(number + 1911),
        _ => None,
    }
}
