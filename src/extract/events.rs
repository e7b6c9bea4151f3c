//! Events: dates the text mentions (`on Friday`, `August 6`, `on 24 February 2022`,
//! `in 2014`, `last week`), resolved against the publication date, with the sentence each
//! comes from. Relative dates are resolved only when the article has a publication date;
//! nothing is guessed.
//!
//! Dates are ISO 8601 at the precision the text gives: `2024-10-25`, `2024-09` (a month),
//! `2024-W42` (a week), `2014` (a year).

use super::limits::MAX_EVENTS;
use crate::model::{Event, TextPart};
use chrono::{Datelike as _, Days, NaiveDate, Weekday};
use regex::Regex;
use std::sync::LazyLock;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

static MENTION: LazyLock<Regex> = LazyLock::new(|| {
    let month = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";
    let pattern = format!(
        r"(?x)
        (?-u:\b)(?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{month})(?:,?\s+(?P<dm_year>(?:19|20)\d\d))?(?-u:\b)
      | (?-u:\b)(?P<md_month>{month})\s+(?P<md_day>[0-3]?\d)(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<md_year>(?:19|20)\d\d)(?-u:\b))?
      | (?-u:\b)(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?-u:\b)
      | (?-u:\b)(?P<rel>(?i:last|next|this|on|by|since|until|from))\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)
      | (?-u:\b)(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\s+(?:speech|statement|meeting|talks|attack|vote|morning|afternoon|evening|night)(?-u:\b)
      | (?-u:\b)(?P<day_word>[Yy]esterday|[Tt]omorrow)(?-u:\b)
      | (?-u:\b)(?P<period_rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<period>week|month|year)(?-u:\b)
      | (?-u:\b)[Bb]y\s+the\s+end\s+of\s+(?:the|this)\s+(?P<end_of>year|month)(?-u:\b)
      | (?-u:\b)(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y)\s+(?P<year>(?:19|20)\d\d)(?-u:\b)
    "
    );
    Regex::new(&pattern).unwrap_or_else(|e| panic!("events pattern: {e}"))
});

/// Finds the dated events in the lead and the body. `published` is the article's ISO
/// publication date (only its first ten characters are used). Linear in the text: at most
/// `MAX_EVENTS + 1` events are collected (the caller cuts to the cap and notes it), each
/// sentence is looked for within `SENTENCE_WINDOW` bytes, and character offsets are counted
/// on from the previous event instead of from the start.
pub fn extract_events(lead: &str, body: &str, published: Option<&str>) -> Vec<Event> {
    let published =
        published.and_then(|p| NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok());
    let mut events = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (part, text) in [(TextPart::Lead, lead), (TextPart::Body, body)] {
        let mut chars = CharCursor::default();
        // Reference lists (`Retrieved 7 January 2011`), tables and menus date no event.
        let debris = super::quotes::prose::non_prose_ranges(text);
        for caps in MENTION.captures_iter(text) {
            if events.len() > MAX_EVENTS {
                return events;
            }
            if caps
                .get(0)
                .is_some_and(|m| super::quotes::prose::in_ranges(&debris, m.start()))
            {
                continue;
            }
            let Some(date) = resolve(&caps, published) else {
                continue;
            };
            let Some(whole) = caps.get(0) else { continue };
            let (start, end) = sentence_around(text, whole.start(), whole.end());
            let start_char = chars.to(text, start);
            if !seen.insert((date.clone(), start_char, part)) {
                continue;
            }
            events.push(Event {
                date,
                text: text[start..end].to_string(),
                start: start_char,
                end: start_char + text[start..end].chars().count(),
                part,
            });
        }
    }
    events
}

/// Byte to character offsets for positions that mostly move forward: counts from the last
/// position asked, backwards when a sentence starts before it (at most a window away).
#[derive(Default)]
struct CharCursor {
    byte: usize,
    chars: usize,
}

impl CharCursor {
    fn to(&mut self, text: &str, byte: usize) -> usize {
        if byte >= self.byte {
            self.chars += text[self.byte..byte].chars().count();
        } else {
            self.chars -= text[byte..self.byte].chars().count();
        }
        self.byte = byte;
        self.chars
    }
}

fn resolve(caps: &regex::Captures<'_>, published: Option<NaiveDate>) -> Option<String> {
    let get = |name: &str| caps.name(name).map(|m| m.as_str());
    if let (Some(day), Some(month)) = (get("dm_day"), get("dm_month")) {
        return day_month(day, month, get("dm_year"), published);
    }
    if let (Some(month), Some(day)) = (get("md_month"), get("md_day")) {
        return day_month(day, month, get("md_year"), published);
    }
    if let Some(iso) = get("iso") {
        return NaiveDate::parse_from_str(iso, "%Y-%m-%d")
            .ok()
            .map(|d| d.to_string());
    }
    if let Some(year) = get("year") {
        return Some(year.to_string());
    }
    let published = published?;
    if let Some(weekday) = get("wd").or(get("wd2")) {
        let forward = get("rel").is_some_and(|r| r.eq_ignore_ascii_case("next"));
        return weekday_near(published, weekday, forward).map(|d| d.to_string());
    }
    if let Some(word) = get("day_word") {
        let date = if word.eq_ignore_ascii_case("yesterday") {
            published.pred_opt()
        } else {
            published.succ_opt()
        };
        return date.map(|d| d.to_string());
    }
    if let (Some(rel), Some(period)) = (get("period_rel"), get("period")) {
        let shift: i32 = match rel.to_ascii_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        return Some(match period {
            "week" => {
                let day = published.checked_add_signed(chrono::Duration::weeks(shift.into()))?;
                let week = day.iso_week();
                format!("{}-W{:02}", week.year(), week.week())
            }
            "month" => {
                let months = published.year() * 12 + published.month0() as i32 + shift;
                format!("{}-{:02}", months.div_euclid(12), months.rem_euclid(12) + 1)
            }
            _ => (published.year() + shift).to_string(),
        });
    }
    if let Some(end_of) = get("end_of") {
        return Some(match end_of {
            "year" => format!("{}-12-31", published.year()),
            _ => {
                let next = NaiveDate::from_ymd_opt(
                    published.year() + i32::from(published.month() == 12),
                    published.month() % 12 + 1,
                    1,
                )?;
                next.pred_opt()?.to_string()
            }
        });
    }
    None
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|m| m.starts_with(&lower))
        .map(|i| i as u32 + 1)
}

fn day_month(
    day: &str,
    month: &str,
    year: Option<&str>,
    published: Option<NaiveDate>,
) -> Option<String> {
    let month = month_number(month)?;
    let day: u32 = day.parse().ok()?;
    let year: i32 = match year {
        Some(y) => y.parse().ok()?,
        // Without a year, the publication year; without a publication date, nothing.
        None => published?.year(),
    };
    NaiveDate::from_ymd_opt(year, month, day).map(|d| d.to_string())
}

/// The named weekday nearest the publication date: the last one on or before it, or with
/// `forward`, the next one after it.
fn weekday_near(published: NaiveDate, name: &str, forward: bool) -> Option<NaiveDate> {
    let index = WEEKDAYS.iter().position(|w| w.eq_ignore_ascii_case(name))?;
    let target = Weekday::try_from(index as u8).ok()?;
    let from = published.weekday().num_days_from_monday() as i64;
    let to = target.num_days_from_monday() as i64;
    if forward {
        let ahead = (to - from).rem_euclid(7);
        published.checked_add_days(Days::new(if ahead == 0 { 7 } else { ahead as u64 }))
    } else {
        published.checked_sub_days(Days::new((from - to).rem_euclid(7) as u64))
    }
}

/// How far a sentence is looked for on each side of its date: text without sentence ends
/// (a hostile file, a table dump) made every date walk the whole text.
const SENTENCE_WINDOW: usize = 1000;

/// The byte range of the sentence holding `start..end`: from after the previous sentence
/// end (or paragraph break) to the next one, at most `SENTENCE_WINDOW` bytes either side.
fn sentence_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut floor = start.saturating_sub(SENTENCE_WINDOW);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let ceiling = end.saturating_add(SENTENCE_WINDOW).min(text.len());
    let is_break = |window: &str| {
        window.starts_with("\n")
            || window.starts_with(". ")
            || window.starts_with("? ")
            || window.starts_with("! ")
    };
    let mut from = start;
    while from > floor {
        let prev = text[..from]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i);
        if is_break(&text[prev..]) {
            break;
        }
        from = prev;
    }
    let mut to = end;
    while to < ceiling {
        if is_break(&text[to..]) {
            if !text[to..].starts_with('\n') {
                to += 1;
            }
            break;
        }
        to += text[to..].chars().next().map_or(1, char::len_utf8);
    }
    let slice = &text[from..to];
    let lead_trim = slice.len() - slice.trim_start().len();
    (from + lead_trim, from + slice.trim_end().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(body: &str, published: Option<&str>) -> Vec<String> {
        extract_events("", body, published)
            .into_iter()
            .map(|e| e.date)
            .collect()
    }

    #[test]
    fn the_sample_resolves_against_its_publication_date() {
        let lead = "- Ukraine will be forced to fight, - said President Volodymyr Zelensky on Saturday. He announced more.";
        let body = "On Friday, Ukrainian President Volodymyr Zelensky stated that soldiers would be in the Kursk region, where Ukrainian forces have been operating since August 6 at 3:00 PM.\n\nIn response, in a Saturday speech, Zelensky called on allies.";
        let events = extract_events(lead, body, Some("2024-10-27T09:01"));
        let found: Vec<(&str, &str)> = events
            .iter()
            .map(|e| (e.date.as_str(), e.part.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("2024-10-26", "lead"),
                ("2024-10-25", "body"),
                ("2024-08-06", "body"),
                ("2024-10-26", "body")
            ]
        );
        assert!(events[1].text.starts_with("On Friday, Ukrainian President"));
        assert!(events[1].text.ends_with("3:00 PM."));
        let chars: String = body
            .chars()
            .skip(events[1].start)
            .take(events[1].end - events[1].start)
            .collect();
        assert_eq!(chars, events[1].text);
    }

    #[test]
    fn absolute_dates_need_no_publication_date() {
        assert_eq!(
            dates(
                "Russia invaded on 24 February 2022. Talks began on March 3, 2022.",
                None
            ),
            ["2022-02-24", "2022-03-03"]
        );
        assert_eq!(dates("The law was passed in 2014.", None), ["2014"]);
        assert_eq!(dates("Filed 2021-07-30 in court.", None), ["2021-07-30"]);
    }

    #[test]
    fn relative_dates_are_left_out_without_a_publication_date() {
        assert!(
            dates(
                "On Friday the minister resigned. Last week prices rose. August 6 was hot.",
                None
            )
            .is_empty()
        );
    }

    #[test]
    fn relative_periods() {
        let p = Some("2024-10-27");
        assert_eq!(dates("Prices rose last week.", p), ["2024-W42"]);
        assert_eq!(dates("Sales fell last month.", p), ["2024-09"]);
        assert_eq!(dates("Exports grew this year.", p), ["2024"]);
        assert_eq!(
            dates("Troops are expected by the end of the year.", p),
            ["2024-12-31"]
        );
        assert_eq!(dates("He spoke yesterday.", p), ["2024-10-26"]);
        assert_eq!(dates("They meet next Monday.", p), ["2024-10-28"]);
    }

    #[test]
    fn reference_lists_and_tables_date_no_event() {
        let body = "The bridge opened on 3 March 2010.\n\nSmith, J. (2010). \"Bridge\". The \
                    Review. Retrieved 7 January 2011.\n\nOpened | 3 March 2010 | Council";
        assert_eq!(dates(body, None), vec!["2010-03-03".to_string()]);
    }

    #[test]
    fn impossible_dates_and_plain_numbers_are_not_events() {
        assert!(
            dates(
                "On 31 February 2023 nothing happened. He scored 20 points in May.",
                Some("2024-01-01")
            )
            .is_empty()
        );
    }
}
