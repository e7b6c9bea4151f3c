//! The last resort for a page's date, after everything it declares: a date line printed next to
//! the headline in the page's visible text (`Posted by X on March 10, 2015 at 08:05`, a date
//! above the headline), as a reader finds it. htmldate searches the whole text; Chronicle only
//! looks near the headline, because the rest of a page (infoboxes, comments, related stories,
//! the story itself) is full of dates that are not the page's.

use super::dom::Dom;
use super::visible::dom_text;
use crate::extract::dates::{self, DateRole, ParsedDate};
use crate::model::normalize_line;

/// Lines after the headline searched for a date, and before it (a date above the headline).
const LINES_AFTER: usize = 12;
const LINES_BEFORE: usize = 3;

/// Pages older than the web are not dated from loose text: such dates near a headline are
/// the subject's (a treaty, a birth), not the page's.
const FIRST_WEB_YEAR: i32 = 1995;

/// A line with more words than this is running text: the search stops there.
const PROSE_WORDS: usize = 25;

/// A date printed near `headline` in the page's visible text, or `None` when the headline is
/// not found or no line near it is a date line.
pub(super) fn near_headline(page: &Dom, headline: &str) -> Option<ParsedDate> {
    let headline = normalize_line(headline);
    if headline.chars().count() < 8 {
        return None;
    }
    let text = dom_text(page);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let at = lines.iter().position(|l| normalize_line(l) == headline)?;
    // A deck or a caption may be long too: the story starts at the second long line.
    let mut prose = 0;
    let after = lines[at + 1..].iter().take(LINES_AFTER).take_while(|l| {
        prose += usize::from(l.split_whitespace().count() > PROSE_WORDS);
        prose < 2
    });
    let before = lines[at.saturating_sub(LINES_BEFORE)..at].iter().rev();
    after.chain(before).find_map(|line| date_line(line))
}

/// The publication date a short line near the headline gives, or one of its parts between
/// bars and bullets (`Le Monde | 04.05.2015 à 13h36 • Mis à jour le …`). Table rows (an
/// infobox's `Founded\t6 February 1840`) are not date lines.
fn date_line(line: &str) -> Option<ParsedDate> {
    if line.contains('\t') {
        return None;
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
    if part.ends_with(['.', '!', '?']) && !ends_with_date(part) {
        return None;
    }
    let date = match dates::parse_date_clauses(part).into_iter().next() {
        Some((DateRole::Published, date)) => date,
        Some(_) => return None,
        None => {
            let (role, date, before, after) = dates::find_date(part)?;
            let words = before.split_whitespace().count() + after.split_whitespace().count();
            if role != DateRole::Published || words > 8 {
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
    dates::find_date(line).is_some_and(|(_, _, before, after)| {
        after.trim_matches('.').is_empty() && before.split_whitespace().count() <= 2
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(html: &str, headline: &str) -> Option<String> {
        near_headline(&Dom::parse(html), headline).map(|d| d.iso)
    }

    #[test]
    fn a_byline_with_a_date_under_the_headline() {
        let html = "<body><nav>Home</nav><h1>The council votes on the bridge</h1>\
            <div class=a>Posted by Nikhil Marathe on March 10, 2015 at 08:05</div>\
            <p>The council met on Tuesday to vote on the new bridge across the river, which has \
            been debated since 2009 by everyone who lives in the town and many who do not.</p></body>";
        assert_eq!(
            date(html, "The council votes on the bridge").as_deref(),
            Some("2015-03-10T08:05")
        );
    }

    #[test]
    fn a_date_above_the_headline() {
        let html = "<body><div>12 May 2019</div><h1>Storm closes the coast road</h1>\
            <p>Short.</p></body>";
        assert_eq!(
            date(html, "Storm closes the coast road").as_deref(),
            Some("2019-05-12")
        );
    }

    #[test]
    fn infoboxes_sentences_and_old_dates_are_not_the_pages_date() {
        let html = "<body><h1>New Zealand history</h1><table><tr><th>Treaty</th>\
            <td>6 February 2005</td></tr></table><p>The treaty was signed on 6 February 2005.</p>\
            <div>6 February 1840</div></body>";
        assert_eq!(date(html, "New Zealand history"), None);
        // Without the headline on the page nothing is searched.
        let html = "<body><div>Posted on March 10, 2015</div><h2>Other</h2></body>";
        assert_eq!(date(html, "The council votes on the bridge"), None);
    }

    #[test]
    fn a_date_among_the_parts_of_a_meta_row_after_a_long_deck() {
        let deck = "word ".repeat(30);
        let html = format!(
            "<body><h1>Le projet de loi est approuvé</h1><p>{deck}</p>\
            <div>Le Monde | Mis à jour le 05.05.2015 à 20h13 • 04.05.2015 à 13h36 | Par Martin</div></body>"
        );
        assert_eq!(
            date(&html, "Le projet de loi est approuvé").as_deref(),
            Some("2015-05-04T13:36")
        );
    }

    #[test]
    fn an_update_line_is_not_a_publication_date() {
        let html =
            "<body><h1>Storm closes the coast road</h1><div>Updated 3 June 2020</div></body>";
        assert_eq!(date(html, "Storm closes the coast road"), None);
    }
}
