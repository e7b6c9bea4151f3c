//! The publication time the story's header prints under its label (`Published November 18,
//! 2026 09:40am`) against a declaration of the same day in the site's own offset that gives a
//! later time (Arc's `display_date`, a template's last publish): both are the site's wall
//! clock, and of two statements that can both be true the earlier one is the first
//! publication.

use super::metadata::Meta;
use crate::extract::dates::{self, DateRole};
use crate::model::normalize_line;
use chrono::{DateTime, NaiveDateTime};

/// The header's labelled publication date and time, when `chosen` (a declaration with a
/// non-zero offset) gives the same day and a later clock. A declaration in UTC is left to the
/// zone readers: its clock is not the page's.
pub(super) fn earlier_printed(meta: &Meta, chosen: &str) -> Option<(String, String, &'static str)> {
    let declared = DateTime::parse_from_rfc3339(chosen).ok()?;
    if declared.offset().local_minus_utc() == 0 {
        return None;
    }
    let wall = declared.naive_local();
    meta.header_dates.iter().find_map(|line| {
        let line = normalize_line(line);
        if !matches!(dates::label_prefix(&line), Some((DateRole::Published, _))) {
            return None;
        }
        let (DateRole::Published, printed) = dates::parse_date_line(&line)? else {
            return None;
        };
        let at = NaiveDateTime::parse_from_str(printed.iso.get(..16)?, "%Y-%m-%dT%H:%M").ok()?;
        (at.date() == wall.date() && at < wall - chrono::Duration::minutes(1))
            .then(|| (printed.iso, line.clone(), "date-element"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(lines: &[&str]) -> Meta {
        Meta {
            header_dates: lines.iter().map(|l| l.to_string()).collect(),
            ..Meta::default()
        }
    }

    #[test]
    fn a_labelled_earlier_time_of_the_same_day_is_the_publication() {
        let m = meta(&["Published November 18, 2026 09:40am"]);
        let found = earlier_printed(&m, "2026-11-18T17:05:00+05:00").map(|f| f.0);
        assert_eq!(found.as_deref(), Some("2026-11-18T09:40"));
        // A later printed time, another day, an unlabelled line or a UTC declaration: no.
        assert!(earlier_printed(&m, "2026-11-18T08:05:00+05:00").is_none());
        assert!(earlier_printed(&m, "2026-11-19T17:05:00+05:00").is_none());
        assert!(earlier_printed(&m, "2026-11-18T17:05:00Z").is_none());
        let unlabelled = meta(&["November 18, 2026 09:40am"]);
        assert!(earlier_printed(&unlabelled, "2026-11-18T17:05:00+05:00").is_none());
        let updated = meta(&["Updated November 18, 2026 09:40am"]);
        assert!(earlier_printed(&updated, "2026-11-18T17:05:00+05:00").is_none());
    }
}
