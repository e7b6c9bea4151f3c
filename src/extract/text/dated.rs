//! The publication date settled after every line is read: dates in the story's language, and
//! what dates a page that printed no publication line (an update, a stated origin, a date over
//! the headline, a chat's header, a newsletter's header), in the order they are trusted.

use super::Found;
use crate::extract::dates::{self, DateRole, ParsedDate};

/// `fallbacks` date the page, first first, when no publication line did; `email` is a
/// forwarded newsletter's story date and header date, which beat everything.
pub(super) fn settle(
    found: &mut Found,
    date_language: Option<&str>,
    fallbacks: [Option<(ParsedDate, &'static str)>; 3],
    email: Option<(Option<ParsedDate>, Option<ParsedDate>)>,
) {
    found.published = found
        .published
        .take()
        .map(|d| dates::in_language(d, date_language));
    found.modified = found
        .modified
        .take()
        .map(|d| dates::in_language(d, date_language));
    // A page that gives only an update time (`Updated: Mon 01 Apr 2013 14:12`, `Stand: …`)
    // is dated by it rather than left off the timeline.
    if found.published.is_none() && found.modified.is_some() {
        found.published = found.modified.clone();
        found.provenance.insert("published", "update-line");
    }
    // `This article first appeared in … on November 9, 2025`, then a date over the headline,
    // then a chat's header.
    if found.published.is_none() {
        if let Some((date, how)) = fallbacks.into_iter().flatten().next() {
            found.published = Some(date);
            found.provenance.insert("published", how);
        }
    }
    match email {
        Some((Some(story), _)) => {
            found.published = Some(story);
            found.provenance.insert("published", "email-story");
        }
        Some((None, Some(header))) => {
            found.published = Some(header);
            found.provenance.insert("published", "email-date");
        }
        _ => {}
    }
}

/// Keeps the first publication and update dates the lines give.
pub(super) fn record_date(found: &mut Found, role: DateRole, date: dates::ParsedDate) {
    match role {
        DateRole::Published if found.published.is_none() => {
            found.published = Some(date);
            found.provenance.insert("published", "date-line");
        }
        DateRole::Updated if found.modified.is_none() => found.modified = Some(date),
        _ => {}
    }
}
