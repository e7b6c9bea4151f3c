//! A date line printed next to a headline (`Posted by X on March 10, 2015 at 08:05`, a date
//! above the headline), as a reader finds it: the last resort for a page's or a copy's date
//! after everything it declares or labels. htmldate searches a page's whole text; Chronicle only
//! looks near the headline, because the rest of a page (infoboxes, comments, related stories,
//! the story itself) is full of dates that are not the page's.

use super::{DateRole, ParsedDate};

/// Lines after the headline searched for a date, and before it (a date above the headline).
const LINES_AFTER: usize = 12;
const LINES_BEFORE: usize = 3;

/// Pages older than the web are not dated from loose text: such dates near a headline are
/// the subject's (a treaty, a birth), not the page's.
const FIRST_WEB_YEAR: i32 = 1995;

/// A line with more words than this is running text: the search stops there.
const PROSE_WORDS: usize = 25;

/// A date printed next to the headline at `at` among `lines` (the non-empty lines of a page's
/// visible text): after it up to the story's start, or just above it.
pub fn near_headline(lines: &[&str], at: usize) -> Option<ParsedDate> {
    let after_start = (at + 1).min(lines.len());
    // A deck or a caption may be long too: the story starts at the second long line.
    let mut prose = 0;
    let after = (after_start..lines.len())
        .take(LINES_AFTER)
        .take_while(|&i| {
            prose += usize::from(lines[i].split_whitespace().count() > PROSE_WORDS);
            prose < 2
        });
    let before = (at.saturating_sub(LINES_BEFORE)..at.min(lines.len())).rev();
    // A builder prints an update's label and its date in blocks of their own (`Uppdaterad` /
    // `24 november 2026`): that date is no publication.
    let under_update_label =
        |i: usize| i > 0 && super::label_alone(lines[i - 1]) == Some(DateRole::Updated);
    after
        .chain(before)
        .filter(|&i| !under_update_label(i))
        .find_map(|i| date_line(lines[i]))
}

/// The publication date a short line near the headline gives, or one of its parts between
/// bars and bullets (`Le Monde | 04.05.2015 à 13h36 • Mis à jour le …`). Table rows (an
/// infobox's `Founded\t6 February 1840`) are not date lines, except a cell a publication
/// label opens: old templates lay the story's header out as a row of cells (the byline, then
/// `입력 : 2003.05.22 오후 3:42`).
fn date_line(line: &str) -> Option<ParsedDate> {
    if line.contains('\t') {
        return (line.split('\t').map(str::trim))
            .filter(|cell| matches!(super::label_prefix(cell), Some((DateRole::Published, _))))
            .find_map(date_part);
    }
    std::iter::once(line)
        .chain(line.split(['|', '•', '·']))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .find_map(date_part)
}

/// A date that is most of `part` or stands with a few words (a byline, a reading time); a
/// sentence that mentions a date is not a date line.
fn date_part(part: &str) -> Option<ParsedDate> {
    // `When: Saturday 11 April 2026`, `Rain date: …`: a label of an event's date.
    let label = part.split_once([':', '：']).map(|(label, _)| label);
    if label.is_some_and(|l| l.split_whitespace().count() <= 3 && super::names_other_date(l)) {
        return None;
    }
    // AP style's `2:30 p.m.` ends in a full stop that ends no sentence.
    let meridiem = ["a.m.", "p.m."]
        .iter()
        .any(|m| part.to_lowercase().ends_with(&format!(" {m}")));
    if part.ends_with(['.', '!', '?']) && !meridiem && !ends_with_date(part) {
        return None;
    }
    let date = match super::parse_date_clauses(part).into_iter().next() {
        Some((DateRole::Published, date)) => date,
        Some(_) => return None,
        None => {
            let (role, date, before, after) = super::find_date(part)?;
            let words = before.split_whitespace().count() + after.split_whitespace().count();
            // `When: Saturday 11 April 2026, 7:00 am`: an event's date, not the page's.
            if role != DateRole::Published || words > 8 || super::names_other_date(&before) {
                return None;
            }
            date
        }
    };
    let year: i32 = date.iso.get(..4)?.parse().ok()?;
    (year >= FIRST_WEB_YEAR).then_some(date)
}

/// `Posted on 3 Oct. 2015.`: a label or two words, a date and a full stop are still a date
/// line; `The treaty was signed on 6 February 2005.` is a sentence.
fn ends_with_date(line: &str) -> bool {
    super::find_date(line).is_some_and(|(_, _, before, after)| {
        after.trim_matches('.').is_empty() && before.split_whitespace().count() <= 2
    })
}
