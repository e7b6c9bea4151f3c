//! Date lines that leave the year out, as social posts and live pages print the current year's
//! dates (`24 listopada o 19:42 ·`, `November 24 at 7:42 PM`). They give no date (the year is
//! not invented) but they are metadata, never a headline.

use std::sync::LazyLock;

use regex::Regex;

use super::{compile, month_number, parse_date_line, strip_label};

/// `24 listopada`, `24. November`, `24 de noviembre`: a day and a month name, and the rest.
static DAY_MONTH: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(\d{1,2}\.?\s+(?:de\s+)?([\p{L}\p{M}]+)\.?)(,?(?:\s.*)?)$"));
/// `November 24`, `Nov. 24th`: a month name and a day, and the rest.
static MONTH_DAY: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(([\p{L}\p{M}]+)\.?\s+\d{1,2}(?:st|nd|rd|th)?)(,?(?:\s.*)?)$"));

/// A line that is wholly a date without its year (plus label, time and the `·` a post prints
/// after it): it parses once a year is put after its day and month.
pub fn is_yearless_date_line(line: &str) -> bool {
    if line.len() > 80 {
        return false;
    }
    let line = line.trim().trim_end_matches(['·', '•', '|', ' ']).trim();
    let (_, rest) = strip_label(line);
    let rest = rest.trim();
    // A four-digit year is the full parser's business.
    if rest.bytes().filter(u8::is_ascii_digit).count() >= 4 && parse_date_line(rest).is_some() {
        return false;
    }
    let with_year = |re: &Regex, year: &str| {
        let caps = re.captures(rest)?;
        month_number(caps.get(2)?.as_str())?;
        let (head, tail) = (caps.get(1)?.as_str(), caps.get(3)?.as_str());
        parse_date_line(&format!("{head}{year}{tail}"))
    };
    with_year(&DAY_MONTH, " 2000").is_some() || with_year(&MONTH_DAY, ", 2000").is_some()
}

#[cfg(test)]
mod tests {
    use super::is_yearless_date_line;

    #[test]
    fn dates_without_a_year_are_date_lines() {
        assert!(is_yearless_date_line("24 listopada o 19:42 · "));
        assert!(is_yearless_date_line("November 24 at 7:42 PM"));
        assert!(is_yearless_date_line("24. November, 19:42"));
        assert!(is_yearless_date_line("Posted: Nov. 24"));
    }

    #[test]
    fn headlines_and_full_dates_are_not() {
        assert!(!is_yearless_date_line("24 hours in Kraków"));
        assert!(!is_yearless_date_line("May 5 protesters freed"));
        assert!(!is_yearless_date_line("24 listopada 2026 o 19:42"));
        assert!(!is_yearless_date_line(
            "Od poniedziałku objazdy na Kościuszki"
        ));
    }
}
