//! `3/12/2007` beside a North American time zone (`2:14 PM EDT, 3/12/2007`) is March 12: the
//! zone says the page is American, and American pages write the month first. Without a zone
//! the day comes first, as in most of the world.

use std::sync::LazyLock;

use regex::Regex;

use super::{ParsedDate, compile};

static SLASH_DATE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?:^|[^\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?:[^\d/]|$)"));

/// North American zone abbreviations, standard and daylight.
const ZONES: [&str; 14] = [
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "PT", "AKST", "AKDT", "HST",
];

/// `date`, read from `line`, with its day and month swapped when the line writes a slash date
/// that could be either order beside a North American zone.
pub(super) fn month_first(line: &str, date: ParsedDate) -> ParsedDate {
    let Some(m) = SLASH_DATE.captures(line) else {
        return date;
    };
    let number = |i: usize| m.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
    let (Some(first), Some(second)) = (number(1), number(2)) else {
        return date;
    };
    let ambiguous = first <= 12 && second <= 12 && first != second;
    let american = line
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| ZONES.contains(&w));
    let read_day_first = date.iso.get(5..10) == Some(&format!("{second:02}-{first:02}"));
    if !(ambiguous && american && read_day_first) {
        return date;
    }
    ParsedDate {
        iso: format!(
            "{}{first:02}-{second:02}{}",
            &date.iso[..5],
            &date.iso[10..]
        ),
        text: date.text,
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse_date_line;

    #[test]
    fn a_slash_date_beside_an_american_zone_is_month_first() {
        let iso = |s: &str| parse_date_line(s).map(|(_, d)| d.iso);
        assert_eq!(
            iso("Posted: 2:14 PM EDT, 3/12/2007").as_deref(),
            Some("2007-03-12T14:14")
        );
        // No zone, or a zone of elsewhere: day first.
        assert_eq!(
            iso("Posted: 2:14 PM, 3/12/2007").as_deref(),
            Some("2007-12-03T14:14")
        );
        assert_eq!(
            iso("Posted: 2:14 PM CET, 3/12/2007").as_deref(),
            Some("2007-12-03T14:14")
        );
    }
}
