//! What a record settles once the page's own lines are read: the clipping's headline under it,
//! and its paper, date and section over what the other lines suggested.

use super::{Record, publication};
use crate::extract::lexicon;

/// A clipping's headline: the first line after the record when it is shaped as one and the
/// title rules chose a line above the record (the alert's or report's own heading).
pub(in crate::extract::text) fn headline_below(
    record: Option<&Record>,
    lines: &[String],
    roles: &mut [super::super::Role],
    found: &mut super::super::Found,
    title: String,
) -> String {
    let Some((record, after)) = record.and_then(|r| Some((r, r.after?))) else {
        return title;
    };
    let chosen = roles.iter().position(|r| *r == super::super::Role::Title);
    let above = chosen.is_none_or(|at| at < record.first_row);
    let candidate = lines[after].trim();
    // The story follows its headline: prose next, or a byline and then prose (a record under
    // the story has a notice or the end of the page below it instead).
    let mut below = lines[after + 1..]
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty());
    let story_follows = below.next().is_some_and(|next| {
        super::super::agreement::is_prose(next)
            || (super::super::byline::byline(next).is_some()
                && below.next().is_some_and(super::super::agreement::is_prose))
    });
    if !above
        || !story_follows
        || candidate.ends_with(['.', '。', '!', '?'])
        || !super::super::line_shapes::is_headline(candidate)
    {
        return title;
    }
    if let Some(at) = chosen {
        roles[at] = super::super::Role::Dropped;
    }
    roles[after] = super::super::Role::Title;
    found.provenance.insert("title", "record-headline");
    lines[after].clone()
}

/// The record's fields over what the page's other lines suggested: the paper it names is the
/// publisher (not the database's brand), no source; its date dates the story unless a line
/// gave the same day to the minute; its section is the category.
pub(in crate::extract::text) fn settle(
    record: Record,
    found: &mut super::super::Found,
    authors: &mut Vec<String>,
) {
    let brand_of_database = |name: &str| {
        let first = |s: &str| s.split_whitespace().next().map(lexicon::lower);
        record
            .database
            .as_deref()
            .is_some_and(|db| first(db).is_some() && first(db) == first(name))
    };
    // No row names the paper: a source the page prints on its own line over the record is it.
    let printed_over = record.publication.is_none().then(|| {
        found.sources.iter().position(|source| {
            record
                .above
                .iter()
                .any(|line| publication(line).is_some_and(|name| name == *source))
        })
    });
    // Or the paper printed under the headline was taken for its writer (`Solent Evening Post`
    // over `November 8, 2012 Thursday`), when the record's own author row names another.
    let printed_as_writer = || {
        let at = authors.iter().position(|a| {
            record.above.iter().any(|line| line == a)
                && !record.writers.is_empty()
                && !record.writers.contains(a)
        })?;
        Some(authors.remove(at))
    };
    let paper_named = match printed_over.flatten() {
        Some(at) => Some(found.sources.remove(at)),
        None => record.publication.clone().or_else(printed_as_writer),
    };
    // The record's author row is labelled evidence: it beats a name the page's lines only
    // suggested (a masthead or a section under the headline read as a writer).
    if !record.writers.is_empty() && !authors.iter().any(|a| record.writers.contains(a)) {
        *authors = record.writers.clone();
        found.provenance.insert("authors", "record");
    }
    if let Some(paper) = paper_named {
        let key = lexicon::lower(&paper);
        found
            .sources
            .retain(|s| !lexicon::lower(s).starts_with(key.as_str()));
        found.publisher = Some(paper);
        found.provenance.insert("publisher", "record");
    } else if found.publisher.as_deref().is_some_and(brand_of_database) {
        found.publisher = None;
        found.provenance.remove("publisher");
    } else if let Some(paper) = found.publisher.as_deref().and_then(publication) {
        // A record prints the paper with its place (`The Tri-County Ledger (Ohio)`).
        found.publisher = Some(paper);
    }
    if let Some(date) = record.date {
        // An e-mail's send time (a clipping alert's) is no evidence of the story's minute.
        let sent = found.provenance.get("published") == Some(&"email-date");
        let same_day_timed = !sent
            && found.published.as_ref().is_some_and(|p| {
                p.iso.len() > 10 && p.iso[..10] == date.iso[..date.iso.len().min(10)]
            });
        if !same_day_timed {
            found.published = Some(date);
            found.provenance.insert("published", "record");
        }
    }
    if let Some(rights) = record
        .rights
        .filter(|_| found.rights_in_copyright.is_none())
    {
        found.rights_in_copyright = Some(rights);
    }
    if let Some(section) = record.section {
        found.category = Some(section);
        found.provenance.insert("category", "record");
    }
}
