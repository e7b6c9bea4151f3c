//! The plain-text reader: a copied or saved news page as text in, an [`Article`] out.
//!
//! Pure like the rest of `extract`: no I/O, no clock. Nothing here knows any particular site;
//! the rules describe shapes that copied articles share:
//!
//! - **Title and category.** A line repeated within the first few lines is the title; when one
//!   copy has a short prefix glued on (`NewsNorth Korean troops…` then `North Korean troops…`),
//!   the prefix is the category. Without a repeat, the first line that is not metadata is the
//!   title. A `Category:` / `Section:` line also gives the category.
//! - **Dates.** A line that is wholly a date (see [`crate::extract::dates`]), optionally
//!   labelled, is metadata. The first publication date fills `published` (and
//!   `published_text`, as written); an `Updated:` date fills `modified`.
//! - **Authors.** `By …`, `Author: …`, `Autor: …`, `Written by …` lines; a bare name-shaped line
//!   (2–4 capitalised words) just before or after a date line; name and date on one line
//!   joined by `|`, `·` or `•`. Several authors split on `,`, `and`, `&`.
//! - **Images.** A credit line (`Images source:`, `Photo:`, `Fot.`, `©`, `Getty Images`…) is an
//!   image; the line directly above it (or a line repeated twice in a row above it) is the
//!   caption. A line repeated twice in a row with no credit is a caption alone.
//! - **Sources, publisher, rights.** `Source:` lines (split on `/`, `,`, `and`); a `©` or
//!   `Copyright` line in the tail of the file is the publisher; long legal notices at the end
//!   (reproduction, cookies, terms, rights reserved) are the rights text.
//! - **Paragraphs.** Blank-line separated, or one per line when the file is not hard-wrapped
//!   (see [`lines::is_hard_wrapped`]). Separator lines (`·`, `***`) and page furniture
//!   (`Advertisement`) are dropped.
//! - **Lead.** See [`choose_lead`].
//! - **Whole-page dumps.** A file shaped like Select All + Copy of a web page (many short
//!   non-sentence lines) is cut down to the article first; see [`dump`].

mod affiliated;
mod agencies;
mod agreement;
mod anchor;
mod app_share;
mod byline;
mod byline_clean;
mod captions;
pub(crate) mod cjk_byline;
mod classify;
mod date_lines;
mod domain_name;
mod dump;
mod email;
mod field_box;
mod file_name;
mod footer;
mod glued;
mod label_byline;
mod language;
mod lead;
mod lines;
mod masthead_top;
mod meta;
pub(crate) use meta::split_at_conjunctions;
mod meta_line;
mod names_after;
mod names_below;
mod not_headline;
mod print_header;
mod rights;
mod score_box;
mod section;
mod self_names;
mod site;
mod tail;
mod teasers;
#[cfg(test)]
mod tests;
mod title;

use crate::extract::dates::{self, DateRole};
use crate::extract::limits::MAX_AUTHORS;
use crate::model::{Article, Image};

use captions::{find_repeated_captions, place_leftover_copyrights};
use lead::choose_lead;
use meta_line::dated_meta_line;

/// What a line turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Blank,
    Content,
    Title,
    Date,
    Author,
    Image,
    Source,
    /// A `©` line not yet placed: the publisher if it is in the tail, else an image credit.
    Copyright,
    Publisher,
    Rights,
    /// Separators, page furniture, category labels: dropped.
    Dropped,
}

impl Role {
    /// Metadata that opens an article (what sits between the lead and the body in the
    /// sample shape).
    fn is_header_meta(self) -> bool {
        matches!(self, Role::Date | Role::Author | Role::Image)
    }
}

/// How many non-empty lines at the bottom may hold the publisher and the legal notice.
pub(super) const TAIL_WINDOW: usize = 16;
/// Captions longer than this are paragraphs, not captions.
const MAX_CAPTION_CHARS: usize = 300;

/// Everything found so far, keyed by line so that lists come out in file order.
#[derive(Default, Clone)]
struct Found {
    authors: Vec<(usize, String)>,
    images: Vec<(usize, Image)>,
    sources: Vec<String>,
    published: Option<dates::ParsedDate>,
    modified: Option<dates::ParsedDate>,
    category: Option<String>,
    publisher: Option<String>,
    rights_in_copyright: Option<String>,
    /// The site's name from a masthead line at the top (`Metro Courier · metro edition`).
    masthead: Option<String>,
    /// An unlabelled date line above the headline (a site's "today" line, or the article's).
    date_above_title: Option<dates::ParsedDate>,
    /// Whether `published` came from a bare date line (no label): a labelled one beats it.
    published_bare: bool,
    url: Option<String>,
    provenance: crate::model::Provenance,
}

/// Every line is content until a rule places it; empty lines are blank.
fn first_roles(lines: &[String]) -> Vec<Role> {
    lines
        .iter()
        .map(|l| {
            if l.is_empty() {
                Role::Blank
            } else {
                Role::Content
            }
        })
        .collect()
}

/// Reads a plain-text article. Never fails: a file with no recognisable metadata becomes its
/// first line as title and the rest as body (a file of one line is both).
pub fn read_text(text: &str) -> Article {
    read_text_named(text, "")
}

/// [`read_text`] with the file's name as evidence for the title (see [`file_name`]).
pub fn read_text_named(text: &str, file_name: &str) -> Article {
    let mut lines = lines::split_lines(text);
    print_header::strip(&mut lines);
    let site_name = site::site_name(&lines);
    let skip_brand = self_names::after_skip_link(&lines);
    let title_lines = self_names::title_lines(&lines);
    let origin = lines.iter().find_map(|l| site::named_origin(l));
    let origin_date = lines.iter().find_map(|l| site::named_origin_date(l));
    let domain_brand = domain_name::publisher(&lines);
    // A whole-page dump keeps only the article's lines; the rest become blank lines.
    let dump = dump::article_lines(&lines);
    let standalone_masthead = masthead_top::standalone(&lines, dump.is_some());
    // The line above a dump's headline is cleared with the furniture, but may be its section.
    let section = dump
        .as_ref()
        .and_then(|d| d.title)
        .and_then(|at| section::section_above(&lines, at));
    if let Some(dump) = &dump {
        for (line, keep) in lines.iter_mut().zip(&dump.keep) {
            if !keep {
                line.clear();
            }
        }
    }
    let mut roles = first_roles(&lines);
    let mut found = Found::default();
    field_box::drop_unknown_fields(&lines, &mut roles);

    let names: Vec<String> = skip_brand
        .iter()
        .cloned()
        .chain(title_lines.iter().map(|(_, name)| name.clone()))
        .chain(not_headline::copyright_names(&lines))
        .collect();
    let title = not_headline::checked_title(
        &lines,
        &mut roles,
        &mut found,
        dump.and_then(|d| d.title).map(|at| (at, section)),
        &names,
    );
    let title = file_name::agree(
        &lines,
        &mut roles,
        &mut found,
        title,
        &file_name::name_words(file_name),
    );
    // A newsletter forwarded or saved as text: its header names title, sender and date.
    let email = email::header(&lines);
    let title = match &email {
        Some(header) => {
            found.provenance.insert("title", "email-subject");
            email::title(&lines, header)
        }
        None => title,
    };
    // Whichever rule chose it, a headline with its section glued on (`OpinionWe Built…`).
    let title = match glued::glued_section(&title, &lines) {
        Some((section, rest)) if found.provenance.get("category") != Some(&"glued-prefix") => {
            // The kicker glued to the headline is nearer it than a label found above.
            found.category = Some(section);
            found.provenance.insert("category", "glued-prefix");
            rest
        }
        _ => title,
    };
    // `Headline | Site` chosen while the headline is also printed alone: the headline is the
    // title (the site's name is read from the title line below).
    let title = match title_lines.iter().find(|(headline, name)| {
        title.len() > headline.len() + name.len()
            && title.starts_with(headline.as_str())
            && title.ends_with(name.as_str())
    }) {
        Some((headline, _)) if lines.iter().any(|l| l == headline) => {
            for (line, role) in lines.iter().zip(roles.iter_mut()) {
                if line == headline && *role == Role::Content {
                    *role = Role::Dropped;
                }
            }
            headline.clone()
        }
        _ => title,
    };
    date_lines::join_split_dates(&mut lines, &mut roles);
    classify::classify_lines(&lines, &mut roles, &mut found);
    // What is still unplaced above the headline is the page's header (menus, a cookie banner,
    // a breadcrumb): the story starts below its headline.
    if let Some(at) = roles.iter().position(|r| *r == Role::Title) {
        for role in roles[..at].iter_mut().filter(|r| **r == Role::Content) {
            *role = Role::Dropped;
        }
    }
    tail::read_tail(&lines, &mut roles, &mut found);
    place_leftover_copyrights(&lines, &mut roles, &mut found);
    find_repeated_captions(&lines, &mut roles, &mut found);
    names_below::find_bare_authors(&lines, &mut roles, &mut found);
    names_below::continued_bylines(&lines, &mut roles, &mut found);
    names_below::names_below_title(&lines, &mut roles, &mut found);
    label_byline::below_title(&lines, &mut roles, &mut found);
    names_after::names_after_text(&lines, &mut roles, &mut found);

    let (lead, body) = choose_lead(&lines, &roles);
    let rights: Vec<&str> = lines
        .iter()
        .zip(&roles)
        .filter(|(_, r)| **r == Role::Rights)
        .map(|(l, _)| l.as_str())
        .collect();

    found.authors.sort_by_key(|(i, _)| *i);
    found.images.sort_by_key(|(i, _)| *i);
    let mut authors: Vec<String> = Vec::new();
    for (_, name) in found.authors {
        // One past the cap is enough for the note (limits.rs); the look-up stays bounded.
        if authors.len() > MAX_AUTHORS {
            break;
        }
        if !authors.contains(&name) {
            authors.push(name);
        }
    }
    agencies::sort_authors(&mut authors, &mut found.sources);
    // `Le Monde | 04.05.2015 à 13h36`: the site's name beside the date is no author.
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    // `© 2024 Priya Raman` under a newsletter: a person who owns the copyright is its writer,
    // not a site's name to keep out of the authors.
    let owner_is_person = found.provenance.get("publisher") == Some(&"copyright-line")
        && found.publisher.as_deref().is_some_and(|p| {
            byline::looks_like_name(p, 2)
                && p.split_whitespace().next().is_some_and(|first| {
                    crate::extract::lexicon::given_name(&first.to_lowercase()).is_some()
                })
        });
    let publisher = found.publisher.as_deref().filter(|_| !owner_is_person);
    let site_names: Vec<String> = [publisher, site_name.as_deref()]
        .into_iter()
        .flatten()
        .map(key)
        .collect();
    // Nor is the logo's text (`Logo Η Φωτοβολίδα`) when it sits where a byline might.
    authors.retain(|a| {
        let a = key(a);
        !site_names.iter().any(|s| {
            *s == a
                || (a.chars().count() >= 4 && s.starts_with(&a))
                || (s.chars().count() >= 4 && a.ends_with(s.as_str()))
        })
    });
    if found.published.is_none() {
        // The story's first paragraph: a short line above it (`Reviewed by …`) is not it.
        let first = [&lead, &body]
            .into_iter()
            .flat_map(|t| t.split("\n\n"))
            .take(3)
            .find(|p| p.chars().count() >= 80);
        if let Some(date) = first.and_then(dates::dateline_date) {
            found.published = Some(date);
            found.provenance.insert("published", "dateline");
        }
    }
    if authors.is_empty() {
        // A caption or a font-size row may come before the paragraph that opens with them.
        let reporters = [&lead, &body]
            .into_iter()
            .flat_map(|t| t.split("\n\n"))
            .take(4)
            .find_map(cjk_byline::opening_reporters);
        if let Some(names) = reporters {
            authors = names;
            found.provenance.insert("authors", "dateline");
        }
    }
    // The dateline opens the story's text, which a deck or a caption may precede.
    let dateline_agency = [&lead, &body]
        .into_iter()
        .flat_map(|t| t.split("\n\n"))
        .take(3)
        .find_map(agencies::dateline);
    if let Some(agency) = dateline_agency {
        // `(AP)` repeats the `Associated Press` a byline already credited.
        if found.sources.is_empty() {
            found.sources.push(agency);
            found.provenance.entry("sources").or_insert("dateline");
        }
    }
    // `… millones de euros. (Europa Press)`: the agency credited where the story ends.
    if found.sources.is_empty() {
        let paragraphs: Vec<&str> = [&lead, &body]
            .into_iter()
            .flat_map(|t| t.split("\n\n"))
            .collect();
        // Some agencies close the story's first paragraph (after a deck) with it instead.
        let ends = paragraphs
            .iter()
            .rev()
            .take(2)
            .chain(paragraphs.iter().take(2));
        if let Some(agency) = ends.into_iter().find_map(|p| agencies::closing_credit(p)) {
            found.sources.push(agency);
            found.provenance.insert("sources", "closing-credit");
        }
    }
    let language = language::guess_language_of(&[&title, &lead, &body]);
    // A page that gives only an update time (`Updated: Mon 01 Apr 2013 14:12`, `Stand: …`)
    // is dated by it rather than left off the timeline.
    if found.published.is_none() && found.modified.is_some() {
        found.published = found.modified.clone();
        found.provenance.insert("published", "update-line");
    }
    // `This article first appeared in … on November 9, 2025`.
    if found.published.is_none() {
        if let Some(date) = origin_date {
            found.published = Some(date);
            found.provenance.insert("published", "origin-line");
        }
    }
    if found.published.is_none() {
        if let Some(date) = found.date_above_title.take() {
            found.published = Some(date);
            found.provenance.insert("published", "date-line");
        }
    }
    // The brand a masthead names beats the company's longer legal name in the copyright line
    // (`Metro Courier` over `Metro Courier Media Group`).
    if let Some(masthead) = found.masthead.take() {
        if found
            .publisher
            .as_deref()
            .is_none_or(|p| p.starts_with(masthead.as_str()))
        {
            found.publisher = Some(masthead);
            found.provenance.insert("publisher", "masthead");
        }
    }
    // The publication a copy names as its origin beats the owner's name in a copyright line;
    // the site's own name (its logo's text) beats both.
    if let Some(name) = origin {
        found.publisher = Some(name);
        found.provenance.insert("publisher", "origin-line");
    }
    if let Some(name) = site_name.clone().filter(|name| *name != title) {
        found.publisher = Some(name);
        found.provenance.insert("publisher", "site-name");
    }
    // The page's own title line names the site as the site names itself.
    // (A copy's stated origin stays: a syndicated page's title line names the host.)
    let from_origin = found.provenance.get("publisher") == Some(&"origin-line");
    let title_line_site = title_lines
        .into_iter()
        .find(|(headline, _)| *headline == title)
        .map(|(_, name)| name);
    if let Some(name) = title_line_site.filter(|_| !from_origin) {
        found.publisher = Some(name);
        found.provenance.insert("publisher", "title-line");
    }
    // The logo after a "Skip to content" link, where nothing better names the site.
    let from_company = matches!(
        found.provenance.get("publisher").copied(),
        None | Some("copyright-line" | "company-line")
    );
    if site_name.is_none() && from_company {
        if let Some(name) = skip_brand.filter(|name| *name != title) {
            found.publisher = Some(name);
            found.provenance.insert("publisher", "skip-link");
        }
    }
    // A reader view's or app's copy: the masthead directly above the headline.
    masthead_top::above_title(
        &lines,
        &roles,
        &mut found.publisher,
        &mut found.category,
        &mut found.provenance,
    );
    // A clip's masthead that spells the address it was clipped from.
    if found.publisher.is_none() {
        if let Some(name) = domain_brand {
            found.publisher = Some(name);
            found.provenance.insert("publisher", "address-masthead");
        }
    }
    // A copy shared from an app names the publication in its footer, where nothing else does.
    if found.publisher.is_none() {
        if let Some(name) = app_share::app_name(&lines) {
            found.publisher = Some(name);
            found.provenance.insert("publisher", "app-footer");
        }
    }
    masthead_top::standing_alone(
        standalone_masthead,
        &lines,
        &roles,
        &mut found.publisher,
        &mut found.provenance,
    );
    if let Some(header) = email {
        if let Some(sender) = header.sender {
            found.publisher = Some(sender);
            found.provenance.insert("publisher", "email-sender");
        }
        if let Some(date) = header.date {
            found.published = Some(date);
            found.provenance.insert("published", "email-date");
        }
    }
    if let Some(named) = found
        .publisher
        .as_deref()
        .and_then(|p| footer::with_article(p, &lines))
    {
        found.publisher = Some(named);
    }
    // `Źródło: PAP, Głos Poznania`: the site crediting itself is no source. A wire's own site
    // still credits the wire in its dateline (`HONG KONG, Nov 24 (Harbour Wire) -`).
    let from_dateline = found.provenance.get("sources") == Some(&"dateline");
    if let Some(publisher) = found
        .publisher
        .as_deref()
        .map(key)
        .filter(|_| !from_dateline)
    {
        found.sources.retain(|s| key(s) != publisher);
    }
    // `THE LAGOS LANTERN` above the headline is the site, not a section.
    if found.category.as_deref().is_some_and(|c| {
        [found.publisher.as_deref(), site_name.as_deref()]
            .into_iter()
            .flatten()
            .any(|p| key(p) == key(c))
    }) {
        found.category = None;
    }
    Article {
        title,
        category: found.category.and_then(section::clean_category),
        authors,
        published: found.published.as_ref().map(|d| d.iso.clone()),
        published_text: found.published.map(|d| d.text),
        modified: found.modified.map(|d| d.iso),
        sources: found.sources,
        publisher: found.publisher,
        url: found.url,
        images: found.images.into_iter().map(|(_, image)| image).collect(),
        lead,
        body,
        rights: if rights.is_empty() {
            found.rights_in_copyright
        } else {
            Some(rights.join("\n\n"))
        },
        language,
        format: "text".into(),
        provenance: found.provenance,
        ..Default::default()
    }
}

fn record_date(found: &mut Found, role: DateRole, date: dates::ParsedDate) {
    match role {
        DateRole::Published if found.published.is_none() => {
            found.published = Some(date);
            found.provenance.insert("published", "date-line");
        }
        DateRole::Updated if found.modified.is_none() => found.modified = Some(date),
        _ => {}
    }
}
