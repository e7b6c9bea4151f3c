//! One pass over the lines that settles everything a line says on its own: separators and
//! furniture, teasers, category labels, dates, bylines, URL and source lines, credits,
//! captions with their credit, agency credits and contacts.

use super::captions::take_caption;
use super::dated::reprints;
use super::meta_line::{date_inside_line, dated_meta_line, split_meta_line};
use super::rights::CreditMark;
use super::{Found, Role, agencies, byline, lines, meta, record_date, rights, teasers};
use crate::extract::dates::{self, DateRole};
use crate::extract::html::is_web_address;
use crate::extract::limits::MAX_SOURCES;
use crate::model::Image;

/// One pass over the lines that settles everything a line says on its own.
pub(super) fn classify_lines(lines: &[String], roles: &mut [Role], found: &mut Found) {
    let title_at = roles.iter().position(|r| *r == Role::Title);
    for i in 0..lines.len() {
        if roles[i] != Role::Content {
            continue;
        }
        let line = lines[i].as_str();
        roles[i] = if meta::is_separator(line) || meta::is_boilerplate(line) {
            Role::Dropped
        } else if let Some(teaser) = teasers::teaser(line) {
            // `À lire aussi` alone: the teaser's headline is the next line.
            if teaser == teasers::Teaser::LabelAlone {
                if let Some(j) = (i + 1..lines.len()).find(|&j| roles[j] != Role::Blank) {
                    if roles[j] == Role::Content && !lines::ends_sentence(&lines[j]) {
                        roles[j] = Role::Dropped;
                    }
                }
            }
            Role::Dropped
        } else if let Some(category) = meta::category(line) {
            if found.category.is_none() {
                found.category = Some(category);
                found.provenance.insert("category", "label-line");
            }
            Role::Dropped
        } else if let Some(clauses) =
            Some(dates::parse_date_clauses(line)).filter(|c| !c.is_empty())
        {
            // A bare date above the headline is often the site's "today" line: it dates the
            // article only when the header block below the headline gives no date.
            let above_title = title_at.is_some_and(|t| i < t);
            let labelled = lines::is_labelled_date(line);
            for (role, date) in clauses {
                if above_title && role == DateRole::Published && !labelled {
                    found.date_above_title.get_or_insert(date);
                    continue;
                }
                // A clipper's own date on a bare line (`Wednesday, 25 November 2026`) gives way
                // to the story's labelled one (`Published: Tue, 24 Nov 2026 3:17 PM`).
                if role == DateRole::Published
                    && labelled
                    && found.published_bare
                    && !reprints::keeps_page_date(line, &date, found.published.as_ref())
                {
                    found.published = None;
                    found.published_bare = false;
                }
                let first = role == DateRole::Published && found.published.is_none();
                record_date(found, role, date);
                if first && !labelled {
                    found.published_bare = true;
                }
            }
            Role::Date
        } else if let Some(role) = split_meta_line(i, line, found) {
            role
        } else if let Some(names) = byline::byline(line) {
            found.authors.extend(names.into_iter().map(|n| (i, n)));
            found.provenance.entry("authors").or_insert("byline");
            // `by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET` dates the article too.
            if let Some((role, date, _, _)) = dated_meta_line(line) {
                record_date(found, role, date);
            }
            Role::Author
        } else if let Some(role) = date_inside_line(i, line, title_at.is_some_and(|t| i < t), found)
        {
            role
        } else if let Some(address) = meta::url_line(line) {
            if found.url.is_none() {
                found.url = Some(address);
                found.provenance.insert("url", "url-line");
            }
            Role::Source
        } else if let Some(list) = meta::sources(line) {
            // `Zdroj: magistrát` credits no outlet: the line is placed, no source is given.
            if !list.is_empty() {
                found.provenance.insert("sources", "source-line");
            }
            if found.url.is_none() {
                if let Some(address) = list.iter().find(|s| is_web_address(s)) {
                    found.url = Some(address.clone());
                    found.provenance.insert("url", "source-line");
                }
            }
            for source in list {
                // `Source: Sunrise104.3FM.com/Akosua Boatemaa Owusu`: the site and its writer.
                // (`Contributing: Alex Rivera, Capitol Bureau` lists contributors, not writers.)
                let after_slash = line
                    .split_once(source.as_str())
                    .is_some_and(|(before, _)| before.trim_end().ends_with('/'));
                if after_slash && byline::is_known_person(&source) {
                    found.provenance.entry("authors").or_insert("source-line");
                    found.authors.push((i, source));
                    continue;
                }
                // Past the cap the list is cut anyway (limits.rs); stop the linear look-up.
                if found.sources.len() <= MAX_SOURCES && !found.sources.contains(&source) {
                    found.sources.push(source);
                }
            }
            Role::Source
        } else if let Some((mark, credit)) = rights::credit(line) {
            match mark {
                CreditMark::Label => credited_image(lines, roles, found, i, credit),
                CreditMark::Copyright => Role::Copyright,
            }
        } else if let Some((caption, credit)) = teasers::captioned_credit(line) {
            // The caption printed alone just above, then again with its credit.
            if let Some(j) = (0..i).rev().find(|&j| roles[j] != Role::Blank) {
                if roles[j] == Role::Content && lines[j].trim() == caption {
                    roles[j] = Role::Dropped;
                }
            }
            found.images.push((
                i,
                Image {
                    caption: Some(caption),
                    credit: Some(credit),
                },
            ));
            Role::Image
        } else if let Some(credit) = teasers::capital_credit(line) {
            credited_image(lines, roles, found, i, credit)
        } else if let Some(list) = agencies::credit_line(line) {
            found.provenance.insert("sources", "credit-line");
            for source in list {
                if found.sources.len() <= MAX_SOURCES && !found.sources.contains(&source) {
                    found.sources.push(source);
                }
            }
            Role::Source
        } else if is_contact(line) {
            Role::Dropped
        } else {
            Role::Content
        };
    }
}

/// A credit line at `i` and the caption above it become an image.
fn credited_image(
    lines: &[String],
    roles: &mut [Role],
    found: &mut Found,
    i: usize,
    credit: String,
) -> Role {
    let caption = take_caption(lines, roles, i);
    found.images.push((
        i,
        Image {
            caption,
            credit: Some(credit),
        },
    ));
    Role::Image
}

/// A reporter's or a press office's contact: an e-mail address alone, or on a short line with
/// a name and a telephone number (`Dana Whitfield: 253-555-0142; dwhitfield@example.com`).
fn is_contact(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() <= 8
        && words.iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !host.starts_with('.')
            })
        })
}
