//! A republished story under the page's own date: a "From our archive" or "On this day" column
//! prints today's date line, then the original's (`October 20, 2024 12:05 am` over
//! `Originally published on October 20, 1996`). The column is a new page of the outlet, so its
//! own date is the publication; the original date dates the page it came from. A labelled date
//! otherwise beats a bare date line read before it (a clipper's own date), but not this one.
//! On the same day the first publication is the story's (a portal's time over `เผยแพร่ครั้งแรก
//! … 14.30 น.`, "first published", at the end): see [`first_publication_same_day`].

use super::super::{Found, Role};
use crate::extract::dates::{self, ParsedDate};
use crate::extract::lexicon;
use std::sync::LazyLock;

/// Labels of a first publication (`assets/lexicon/first-publication-labels.txt`).
static LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::longest_first(include_str!(
        "../../../../assets/lexicon/first-publication-labels.txt"
    ))
});

/// Whether `line`, labelled as the story's original publication on another day than the bare
/// date line read above it (`bare`), leaves that line the page's date.
pub(in crate::extract::text) fn keeps_page_date(
    line: &str,
    date: &ParsedDate,
    bare: Option<&ParsedDate>,
) -> bool {
    let Some(bare) = bare else {
        return false;
    };
    let lower = lexicon::lower(line.trim());
    let first_publication = LABELS.iter().any(|label| lower.starts_with(label));
    first_publication && date.iso.get(..10) != bare.iso.get(..10)
}

/// A syndicating portal prints its own time above the story and the first publisher's below it
/// (`Source: … | first published 24 Nov 2026 14:30`): a first publication stated earlier on
/// the same day as the date read is the story's publication. Another day is a republication's
/// original, left to [`keeps_page_date`].
pub(in crate::extract::text) fn first_publication_same_day(
    lines: &[String],
    roles: &[Role],
    found: &mut Found,
) {
    let Some(published) = &found.published else {
        return;
    };
    let stated = lines
        .iter()
        .zip(roles)
        .filter(|(_, role)| **role != Role::Blank)
        .find_map(|(line, _)| stated_after_label(line));
    let Some(first) = stated else {
        return;
    };
    let same_day = first.iso.get(..10) == published.iso.get(..10);
    let earlier = first.iso.len() >= 16
        && published.iso.len() >= 16
        && first.iso.get(..16) < published.iso.get(..16);
    if same_day && earlier {
        found.published = Some(first);
        found.provenance.insert("published", "first-published");
    }
}

/// Most words in a line stating a first publication (`This story was first published in the
/// print edition of … on 3 March 1998, page 4.`).
const STATED_WORDS: usize = 40;

/// The date a first-publication label opening a line or a clause of it introduces.
fn stated_after_label(line: &str) -> Option<ParsedDate> {
    // A statement of first publication is a short line or clause with a date's digits (in any
    // script); a story's paragraphs are passed over without lower-casing them.
    if line.split_whitespace().count() > STATED_WORDS || !line.chars().any(char::is_numeric) {
        return None;
    }
    let lower = lexicon::lower(line);
    // Lower-casing keeps byte offsets only when it keeps lengths.
    if lower.len() != line.len() {
        return None;
    }
    LABELS.iter().find_map(|label| {
        let at = lower.find(label)?;
        let opens_clause = lower[..at]
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '|' | '·' | '•' | ',' | ';' | '(' | '—' | '–' | '-'));
        if !opens_clause {
            return None;
        }
        let (_, date, before, _) = dates::find_date(&line[at + label.len()..])?;
        // `first published in the print edition on …`: a few words may come between.
        (before.split_whitespace().count() <= 6).then_some(date)
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::text::read_text;

    #[test]
    fn a_republished_storys_original_date_leaves_the_columns_date() {
        let page = "From Our Archive\nWhen the river flooded the northern suburbs\n\
                    October 20, 2024 12:05 am\nOriginally published on October 20, 1996\n\n\
                    By Nihal Perera\n\n\
                    More than 40,000 people have been driven from their homes as the river rose to \
                    its highest level in seven years yesterday.\n";
        let article = read_text(page);
        assert_eq!(article.published.as_deref(), Some("2024-10-20T00:05"));
    }

    #[test]
    fn a_first_publication_earlier_the_same_day_is_the_storys() {
        let page = "Flights delayed as haze closes the airport\n\n\
                    Published 24 Nov 2026 16:05\n\n\
                    Airlines delayed eleven flights on Tuesday as thick haze closed the runway for \
                    most of the afternoon, the airport said.\n\n\
                    Source: Valley News | first published 24 Nov 2026 14:30\n";
        let article = read_text(page);
        assert_eq!(article.published.as_deref(), Some("2026-11-24T14:30"));
    }
}
