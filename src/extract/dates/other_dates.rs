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

/// "Today" in the languages of the news (`assets/lexicon/today-words.txt`).
static TODAY: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("../../../assets/lexicon/today-words.txt"))
});

/// Whether the words before a date (`Saved`, `Born:`, `When:`) make it some other date than
/// the article's: a reader's, an obituary's, an event's, or the day the page was seen (`आज:`,
/// `Today:`, a site's banner of the current date).
pub fn names_other_date(before: &str) -> bool {
    let before = before
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase();
    // The banner's word opens what stands before the date (`आज: मंगलबार,`, `Today is Tuesday,`).
    let words: Vec<&str> = before
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | ','))
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    let today = words.first().is_some_and(|w| TODAY.contains(w))
        || (words.len() == 2 && TODAY.contains(words.join(" ").as_str()));
    if today {
        return true;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_today_word_before_a_date_makes_it_the_banners() {
        assert!(names_other_date("आज: मंगलबार,"));
        assert!(names_other_date("Today is Tuesday,"));
        assert!(names_other_date("Heute:"));
        assert!(!names_other_date("Published:"));
        assert!(!names_other_date("By Ann Lee,"));
    }
}
