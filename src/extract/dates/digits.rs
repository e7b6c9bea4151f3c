//! Digits of other scripts (`۱۴۰۴`, `२०२५`, `๒๕๖๘`, `２０２５`) read as ASCII digits, and
//! Buddhist-era years (`2568`, Thailand's calendar) as the Gregorian years they name.

use std::borrow::Cow;

/// The zero of each block of Unicode decimal digits (general category Nd, UnicodeData.txt)
/// in the Basic Multilingual Plane: each block runs zero to nine in order.
const ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
];

fn ascii_digit(c: char) -> Option<char> {
    let code = c as u32;
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .and_then(|&zero| char::from_digit(code - zero, 10))
}

/// `s` with every decimal digit of another script written as an ASCII digit; borrowed when
/// there is none (nearly every line).
pub(super) fn fold(s: &str) -> Cow<'_, str> {
    if s.is_ascii() || !s.chars().any(|c| !c.is_ascii() && ascii_digit(c).is_some()) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(|c| ascii_digit(c).unwrap_or(c)).collect())
}

/// A year as the Gregorian calendar counts it: Buddhist-era years (543 ahead) are far beyond
/// any date a news page prints in the Common Era.
pub(super) fn common_era(year: i32) -> i32 {
    if (2400..=2700).contains(&year) {
        year - 543
    } else {
        year
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse_date;

    #[test]
    fn digits_of_other_scripts_and_buddhist_years() {
        let iso = |s: &str| parse_date(s).map(|d| d.iso);
        assert_eq!(iso("२१/०८/२०२५"), Some("2025-08-21".into()));
        assert_eq!(iso("２０２５年８月２１日"), Some("2025-08-21".into()));
        assert_eq!(iso("۲۰۲۵-۱۰-۰۷"), Some("2025-10-07".into()));
        assert_eq!(iso("21 สิงหาคม 2568"), Some("2025-08-21".into()));
        assert_eq!(iso("٢١ أغسطس ٢٠٢٥"), Some("2025-08-21".into()));
    }
}
