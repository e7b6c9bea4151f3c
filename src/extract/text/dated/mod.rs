//! The publication date settled after every line is read: dates in the story's language, and
//! what dates a page that printed no publication line (an update, a stated origin, a date over
//! the headline, a chat's header, a newsletter's header), in the order they are trusted.

mod embargo;
mod embedded_posts;
mod field_row;
mod filing_line;
mod pairs;
pub(super) mod reprints;

use super::{Found, Role};
use crate::extract::dates::{self, DateRole, ParsedDate};

/// What the date lines say before each line is read alone: an embedded post's date is none of
/// the story's, and an update printed above its publication is the update.
pub(super) fn before_classify(lines: &[String], roles: &mut [Role], found: &mut Found) {
    embedded_posts::drop_post_dates(lines, roles);
    pairs::settle_update_first(lines, roles, found);
}

/// Dates a copy's filing prints at its top: an embargo's lifting time and a database's header
/// line. Read before a whole page's furniture is cleared.
pub(super) struct FiledDates {
    embargo: Option<ParsedDate>,
    header_line: Option<ParsedDate>,
    field_row: Option<ParsedDate>,
}

pub(super) fn filed_dates(lines: &[String]) -> FiledDates {
    FiledDates {
        embargo: embargo::lift_time(lines),
        header_line: filing_line::date(lines),
        field_row: field_row::date(lines),
    }
}

/// After the records and wire stamps had their say: a header line or a row of fields dates a
/// story nothing else dated, and an embargo's lifting time beats every date.
pub(super) fn settle_filed(filed: FiledDates, found: &mut Found) {
    filing_line::settle(filed.header_line.or(filed.field_row), found);
    embargo::settle(filed.embargo, found);
}

/// A paragraph, not a headline, once it is this long: only then may it open with a dateline.
const PARAGRAPH_CHARS: usize = 80;

/// `April 17, 2015 -- Imagine being sick…` taken as the title (a whole page's first paragraph
/// can be): its wire dateline dates the story as it would have in the lead. No headline opens
/// with a date and a dash and runs on for a paragraph.
pub(super) fn dateline_in_title(title: &str, found: &mut Found) {
    if found.published.is_some() || title.chars().count() < PARAGRAPH_CHARS {
        return;
    }
    if let Some(date) = dates::dateline_date(title) {
        found.published = Some(date);
        found.provenance.insert("published", "dateline");
    }
}

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
    // A date the copy prints under an e-mail's header is the story's; the header's own date
    // is when the mail was sent (a forward, an alert, a release's e-mail) and dates only a
    // copy that printed none.
    let printed = found.published.is_some();
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
        Some((None, Some(header))) if !printed => {
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

#[cfg(test)]
mod tests {
    use super::{Found, ParsedDate, settle};
    use crate::extract::text::read_text;

    #[test]
    fn a_dateline_opening_a_paragraph_taken_as_title_dates_the_story() {
        let page = "April 17, 2015 -- Imagine being sick in the hospital with an infection that \
                    doctors cannot stop from spreading through the ward.\n\n\
                    Every year about two million people get sick from a resistant germ, and about \
                    twenty thousand of them die, health officials say.\n";
        let article = read_text(page);
        assert!(article.title.starts_with("April 17, 2015"));
        assert_eq!(article.published.as_deref(), Some("2015-04-17"));
    }

    #[test]
    fn the_date_a_mailed_copy_prints_beats_the_mails_send_time() {
        let date = |iso: &str| ParsedDate {
            iso: iso.into(),
            text: iso.into(),
        };
        let sent = Some((None, Some(date("2024-03-04T09:03"))));
        let mut printed = Found {
            published: Some(date("2024-03-04T08:00")),
            ..Found::default()
        };
        settle(&mut printed, None, [None, None, None], sent.clone());
        assert_eq!(
            printed.published.map(|d| d.iso).as_deref(),
            Some("2024-03-04T08:00")
        );
        // A copy that printed no date of its own is dated by the mail.
        let mut undated = Found::default();
        settle(&mut undated, None, [None, None, None], sent);
        assert_eq!(
            undated.published.map(|d| d.iso).as_deref(),
            Some("2024-03-04T09:03")
        );
    }
}
