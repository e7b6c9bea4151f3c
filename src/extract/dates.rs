//! Dates written in the ways news sites write them. (Temporary minimal version: ISO only.)

/// A date found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedDate {
    pub iso: String,
    pub text: String,
}

/// Parses an ISO date (temporary).
pub fn parse_date(s: &str) -> Option<ParsedDate> {
    let t = s.trim();
    chrono::NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok()?;
    Some(ParsedDate { iso: t.to_string(), text: t.to_string() })
}
