//! Times of day as pages write them: `09:01`, `9.01 pm`, `18h45`, `14:12 GMT`, `9:01 AM EDT`,
//! `12:55:00+01:00`, with the offset kept only when the text gives one.

use std::sync::LazyLock;

use regex::Regex;

use super::compile;

/// `09:01`, `9:01 AM`, `09:01:00+02:00`, `9.01 a.m. EDT`, `09h01`, `09:01 Uhr`.
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^T?(\d{1,2})(?:[:.h]| h )(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([aApP])?(?:\.?\s?[mM]\.?)?\s*(?:(Z|[+-]\d{2}:?\d{2})|(UTC|GMT)(?:\s*([+-])(\d{1,2})(?::?(\d{2}))?)?|(?:Uhr|uur|hrs|[A-Z]{2,5}))?",
    )
});

/// A time of day with whatever precision and offset the text gave.
pub(super) struct TimeOfDay {
    hour: u32,
    minute: u32,
    second: Option<u32>,
    offset: Option<String>,
}

impl TimeOfDay {
    pub(super) fn iso(&self) -> String {
        let mut out = format!("{:02}:{:02}", self.hour, self.minute);
        if let Some(second) = self.second {
            out.push_str(&format!(":{second:02}"));
        }
        if let Some(offset) = &self.offset {
            // An offset needs seconds to be valid RFC 3339; add `:00` rather than drop the offset.
            if self.second.is_none() {
                out.push_str(":00");
            }
            out.push_str(offset);
        }
        out
    }
}

/// A time at the start of `s`, and the byte length it covers.
pub(super) fn time_prefix(s: &str) -> Option<(TimeOfDay, usize)> {
    let m = TIME.captures(s)?;
    let num = |i: usize| m.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
    let mut hour = num(1)?;
    let minute = num(2)?;
    let second = num(3);
    if let Some(half) = m.get(4) {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let pm = half.as_str().eq_ignore_ascii_case("p");
        hour = match (pm, hour) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
    }
    if hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) {
        return None;
    }
    let offset = if let Some(numeric) = m.get(5) {
        numeric_offset(numeric.as_str())
    } else if m.get(6).is_some() {
        match (m.get(7), num(8)) {
            (Some(sign), Some(hours)) if hours <= 14 => Some(format!(
                "{}{hours:02}:{:02}",
                sign.as_str(),
                num(9).unwrap_or(0)
            )),
            (Some(_), _) => return None,
            _ => Some("+00:00".to_string()),
        }
    } else {
        None
    };
    Some((
        TimeOfDay {
            hour,
            minute,
            second,
            offset,
        },
        m.get(0)?.end(),
    ))
}

fn numeric_offset(raw: &str) -> Option<String> {
    if raw == "Z" {
        return Some("+00:00".to_string());
    }
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let (hours, minutes) = (
        digits.get(..2)?.parse::<u32>().ok()?,
        digits.get(2..4)?.parse::<u32>().ok()?,
    );
    (hours <= 14 && minutes <= 59).then(|| format!("{}{hours:02}:{minutes:02}", &raw[..1]))
}
