//! Times of day as pages write them: `09:01`, `9.01 pm`, `18h45`, `14:12 GMT`, `9:01 AM EDT`,
//! `12:55:00+01:00`, with the offset kept only when the text gives one.

use std::sync::LazyLock;

use regex::Regex;

use super::compile;
use crate::extract::lexicon::DayPeriod;

/// `09:01`, `9:01 AM`, `09:01:00+02:00`, `9.01 a.m. EDT`, `09h01`, `09:01 Uhr`, Flemish `17u55`.
/// The `m` of `a.m.` only after its `a` or `p`: `10:00 March 3, 2015` opens no `m.`.
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^T?(\d{1,2})(?:[:.hu]| h )(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:([aApP])(?:\.?\s?[mM]\.?)?)?\s*(?:(Z|[+-]\d{2}:?\d{2})|(UTC|GMT)(?:\s*([+-])(\d{1,2})(?::?(\d{2}))?)?|(?:Uhr|uur|hrs|h\b|ч\.|ч\b|น\.?|[A-Z]{2,5}))?",
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

/// The hour and minute of a time a short line prints without a date (`ساعت ۱۵:۳۰ به وقت
/// تهران`, `8:12 am SAST`): the first time written with a colon in a line with no year.
pub fn printed_time_alone(line: &str) -> Option<(u32, u32)> {
    if line.len() > 80 {
        return None;
    }
    let s = super::digits::fold(line);
    let year = s
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() >= 4);
    if year {
        return None;
    }
    s.char_indices()
        .filter(|&(at, c)| c.is_ascii_digit() && !s[..at].ends_with(|p: char| p.is_ascii_digit()))
        .find_map(|(at, _)| {
            let rest = &s[at..];
            let colon = rest.char_indices().take(3).any(|(_, c)| c == ':');
            let (time, _) = time_prefix(rest).filter(|_| colon)?;
            Some((time.hour, time.minute))
        })
}

/// A time at the start of `s`, and the byte length it covers.
pub(super) fn time_prefix(s: &str) -> Option<(TimeOfDay, usize)> {
    // `오후 4:27`, `下午 3:45`, `ص 10:20`: the mark before the time, as Korean, Chinese and
    // Arabic pages print it.
    let (before, skip) = day_period_before(s).map_or((None, 0), |(p, len)| (Some(p), len));
    let s = &s[skip..];
    let m = TIME.captures(s)?;
    let num = |i: usize| m.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
    let mut hour = num(1)?;
    let minute = num(2)?;
    let second = num(3);
    let mut end = m.get(0)?.end();
    // `4.15yh`, `3:40 na yamma`, `9.30 pop.`: the before/after-noon mark of another language.
    // `3:45 petang`, `9:15 malam`: an `a` or `p` that opens a word is no `a.m.`/`p.m.`; the
    // word itself may be a day period.
    let half = m.get(4).filter(|half| {
        let mut after = s[half.end()..].chars();
        let opens_word = |c: char| c.is_alphabetic() && !c.eq_ignore_ascii_case(&'m');
        match after.next() {
            Some(c) if opens_word(c) => false,
            Some(m) if m.eq_ignore_ascii_case(&'m') => {
                !after.next().is_some_and(char::is_alphabetic)
            }
            _ => true,
        }
    });
    if m.get(4).is_some() && half.is_none() {
        end = m.get(3).or(m.get(2)).map_or(end, |g| g.end());
    }
    let period = match half {
        Some(half) if half.as_str().eq_ignore_ascii_case("p") => Some(DayPeriod::AfterNoon),
        Some(_) => Some(DayPeriod::BeforeNoon),
        None => before.or_else(|| {
            day_period_after(&s[end..]).map(|(period, len)| {
                end += len;
                period
            })
        }),
    };
    if let Some(period) = period {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let pm = period.is_after_noon(hour);
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
        skip + end,
    ))
}

/// A day-period word directly before a time's digits (`오후 4:27`, `下午3:45`), and the bytes it
/// and the space after it cover.
fn day_period_before(s: &str) -> Option<(DayPeriod, usize)> {
    let digit = s.find(|c: char| c.is_ascii_digit())?;
    let word = s[..digit].trim();
    if word.is_empty() || word.contains(char::is_whitespace) {
        return None;
    }
    crate::extract::lexicon::day_period(word).map(|period| (period, digit))
}

/// A day-period mark at the start of `rest` (after a time), and the bytes it covers: one or two
/// words, perhaps after a short preposition (`na yamma`). A two-letter mark must end the clause
/// (`às 5:30 em Lisboa` is no time after noon).
fn day_period_after(rest: &str) -> Option<(DayPeriod, usize)> {
    let trimmed = rest.trim_start();
    let skipped = rest.len() - trimmed.len();
    // The first three words as byte ranges of `trimmed`.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in trimmed.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(st)) => {
                words.push((st, i));
                start = None;
                if words.len() == 3 {
                    break;
                }
            }
            _ => {}
        }
    }
    if let (Some(st), true) = (start, words.len() < 3) {
        words.push((st, trimmed.len()));
    }
    // Three words only as one compound written apart (`بعد از ظهر`, see `day_period`).
    for (from, n) in [(0, 2), (0, 3), (0, 1), (1, 2), (1, 1)] {
        if words.len() < from + n {
            continue;
        }
        if from == 1 && trimmed[..words[0].1].chars().count() > 3 {
            continue;
        }
        let (first, last) = (words[from].0, words[from + n - 1].1);
        let phrase = trimmed[first..last].trim_end_matches([',', ';', ')', '|']);
        let Some(period) = crate::extract::lexicon::day_period(phrase) else {
            continue;
        };
        let len = first + phrase.len();
        let after = trimmed[len..].trim_start();
        let short = phrase.trim_end_matches('.').chars().count() <= 2;
        if short && !(after.is_empty() || after.starts_with([',', ';', ')', '|'])) {
            continue;
        }
        return Some((period, skipped + len));
    }
    None
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

#[cfg(test)]
mod tests {
    #[test]
    fn a_time_before_a_month_that_opens_with_m() {
        let iso = |s: &str| super::super::parse_date(s).map(|d| d.iso);
        assert_eq!(
            iso("10:00 AM ET Mar. 3, 2015").as_deref(),
            Some("2015-03-03T10:00")
        );
        assert_eq!(
            iso("10:00 March 3, 2015").as_deref(),
            Some("2015-03-03T10:00")
        );
        assert_eq!(iso("9:30 May 5, 2016").as_deref(), Some("2016-05-05T09:30"));
        // The `m` after its `a` or `p` still marks the half of the day.
        assert_eq!(
            iso("9:30 p.m. May 5, 2016").as_deref(),
            Some("2016-05-05T21:30")
        );
    }
}
