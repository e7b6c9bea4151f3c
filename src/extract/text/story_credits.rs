//! Credits the story's own text gives when the page's header gave none: a dateline's date,
//! reporters opening the first paragraph, a wire in the dateline, an agency closing the story.

use super::{Found, agencies, cjk_byline};
use crate::extract::dates;

/// Lead and body as one run of paragraphs.
fn paragraphs<'a>(lead: &'a str, body: &'a str) -> impl Iterator<Item = &'a str> {
    [lead, body].into_iter().flat_map(|t| t.split("\n\n"))
}

pub(super) fn fill(lead: &str, body: &str, found: &mut Found, authors: &mut Vec<String>) {
    if found.published.is_none() {
        // The story's first paragraph: a short line above it (`Reviewed by …`) is not it, and
        // a deck may come before it.
        let dated = paragraphs(lead, body)
            .take(3)
            .filter(|p| p.chars().count() >= 80)
            .take(2)
            .find_map(dates::dateline_date);
        if let Some(date) = dated {
            // A date line over the headline that gives the dateline's day to the minute is the
            // more precise (`Mar 05, 2024, 08:00 ET` over `AUSTIN, Texas, March 5, 2024 /Wire/`).
            let timed_above = found.date_above_title.take_if(|above| {
                above.iso.len() > date.iso.len() && above.iso.starts_with(&date.iso)
            });
            let how = if timed_above.is_some() {
                "date-line"
            } else {
                "dateline"
            };
            found.published = Some(timed_above.unwrap_or(date));
            found.provenance.insert("published", how);
        }
    }
    if authors.is_empty() {
        // A caption or a font-size row may come before the paragraph that opens with them.
        let reporters = paragraphs(lead, body)
            .take(4)
            .find_map(cjk_byline::opening_reporters);
        if let Some(names) = reporters {
            *authors = names;
            found.provenance.insert("authors", "dateline");
        }
    }
    // The dateline opens the story's text, which a deck or a caption may precede.
    let dateline_agency = paragraphs(lead, body).take(3).find_map(agencies::dateline);
    if let Some(agency) = dateline_agency {
        // `(AP)` repeats the `Associated Press` a byline already credited.
        if found.sources.is_empty() {
            found.sources.push(agency);
            found.provenance.entry("sources").or_insert("dateline");
        }
    }
    // `… millones de euros. (Europa Press)`: the agency credited where the story ends.
    if found.sources.is_empty() {
        let paragraphs: Vec<&str> = paragraphs(lead, body).collect();
        // Some agencies close the story's first paragraph (after a deck) with it instead.
        let ends = paragraphs
            .iter()
            .rev()
            .take(2)
            .chain(paragraphs.iter().take(2));
        let bare = || {
            paragraphs
                .iter()
                .rev()
                .take(3)
                .find_map(|p| agencies::bare_closing_credit(p))
        };
        if let Some(agency) = ends
            .into_iter()
            .find_map(|p| agencies::closing_credit(p))
            .or_else(bare)
        {
            found.sources.push(agency);
            found.provenance.insert("sources", "closing-credit");
        }
        // A round-up's items each close with their agency (`… 今日贯通。（新华社）`, `… (PTI)`,
        // `… (UNI)`): every agency so credited.
        for agency in paragraphs
            .iter()
            .filter_map(|p| agencies::closing_credit(p))
        {
            if !found.sources.contains(&agency) {
                found.sources.push(agency);
                found.provenance.insert("sources", "closing-credit");
            }
        }
    }
}
