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

mod agencies;
mod anchor;
mod byline;
mod byline_clean;
mod captions;
mod cjk_byline;
mod date_lines;
mod dump;
mod email;
mod file_name;
mod footer;
mod language;
mod lead;
mod lines;
mod meta;
mod meta_line;
mod names_below;
mod rights;
mod site;
mod teasers;
#[cfg(test)]
mod tests;
mod title;

use crate::extract::dates::{self, DateRole};
use crate::extract::limits::{MAX_AUTHORS, MAX_SOURCES};
use crate::model::{Article, Image};

use crate::extract::html::is_web_address;
use captions::{find_repeated_captions, place_leftover_copyrights, take_caption};
use lead::choose_lead;
use meta_line::dated_meta_line;
use meta_line::{date_inside_line, split_meta_line};
use rights::CreditMark;

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
const TAIL_WINDOW: usize = 16;
/// Captions longer than this are paragraphs, not captions.
const MAX_CAPTION_CHARS: usize = 300;

/// Everything found so far, keyed by line so that lists come out in file order.
#[derive(Default)]
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
    url: Option<String>,
    provenance: crate::model::Provenance,
}

/// Reads a plain-text article. Never fails: a file with no recognisable metadata becomes its
/// first line as title and the rest as body (a file of one line is both).
pub fn read_text(text: &str) -> Article {
    read_text_named(text, "")
}

/// [`read_text`] with the file's name as evidence for the title (see [`file_name`]).
pub fn read_text_named(text: &str, file_name: &str) -> Article {
    let mut lines = lines::split_lines(text);
    let site_name = site::site_name(&lines);
    let origin = lines.iter().find_map(|l| site::named_origin(l));
    let origin_date = lines.iter().find_map(|l| site::named_origin_date(l));
    // A whole-page dump keeps only the article's lines; the rest become blank lines.
    let dump = dump::article_lines(&lines);
    // The line above a dump's headline is cleared with the furniture, but may be its section.
    let section = dump
        .as_ref()
        .and_then(|d| d.title)
        .and_then(|at| title::section_above(&lines, at));
    if let Some(dump) = &dump {
        for (line, keep) in lines.iter_mut().zip(&dump.keep) {
            if !keep {
                line.clear();
            }
        }
    }
    let mut roles: Vec<Role> = lines
        .iter()
        .map(|l| {
            if l.is_empty() {
                Role::Blank
            } else {
                Role::Content
            }
        })
        .collect();
    let mut found = Found::default();

    // The headline the page dump's evidence chose beats the shape of the lines left above it.
    let title = match dump.and_then(|d| d.title) {
        Some(at) => {
            roles[at] = Role::Title;
            found.provenance.insert("title", "page-headline");
            if let Some(section) = section {
                found.category = Some(section);
                found.provenance.insert("category", "line-above-headline");
            }
            lines[at].clone()
        }
        None => title::find_title(&lines, &mut roles, &mut found),
    };
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
    let title = match title::glued_section(&title, &lines) {
        Some((section, rest)) if found.provenance.get("category") != Some(&"glued-prefix") => {
            if found.category.is_none() {
                found.category = Some(section);
                found.provenance.insert("category", "glued-prefix");
            }
            rest
        }
        _ => title,
    };
    date_lines::join_split_dates(&mut lines, &mut roles);
    classify_lines(&lines, &mut roles, &mut found);
    read_tail(&lines, &mut roles, &mut found);
    place_leftover_copyrights(&lines, &mut roles, &mut found);
    find_repeated_captions(&lines, &mut roles, &mut found);
    find_bare_authors(&lines, &mut roles, &mut found);
    names_below::continued_bylines(&lines, &mut roles, &mut found);
    names_below::names_below_title(&lines, &mut roles, &mut found);

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
    let site_names: Vec<String> = [found.publisher.as_deref(), site_name.as_deref()]
        .into_iter()
        .flatten()
        .map(key)
        .collect();
    authors.retain(|a| {
        let a = key(a);
        !site_names
            .iter()
            .any(|s| *s == a || (a.chars().count() >= 4 && s.starts_with(&a)))
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
    let opening = if lead.is_empty() { &body } else { &lead };
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
    if let Some(agency) = agencies::dateline(opening) {
        // `(AP)` repeats the `Associated Press` a byline already credited.
        if found.sources.is_empty() {
            found.sources.push(agency);
            found.provenance.entry("sources").or_insert("dateline");
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
    // `Źródło: PAP, Głos Poznania`: the site crediting itself is no source.
    if let Some(publisher) = found.publisher.as_deref().map(key) {
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
        category: found.category,
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

/// One pass over the lines that settles everything a line says on its own.
fn classify_lines(lines: &[String], roles: &mut [Role], found: &mut Found) {
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
            for (role, date) in clauses {
                if above_title && role == DateRole::Published && !lines::is_labelled_date(line) {
                    found.date_above_title.get_or_insert(date);
                } else {
                    record_date(found, role, date);
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
        } else if let Some(role) = date_inside_line(i, line, found) {
            role
        } else if let Some(address) = meta::url_line(line) {
            if found.url.is_none() {
                found.url = Some(address);
                found.provenance.insert("url", "url-line");
            }
            Role::Source
        } else if let Some(list) = meta::sources(line) {
            found.provenance.insert("sources", "source-line");
            if found.url.is_none() {
                if let Some(address) = list.iter().find(|s| is_web_address(s)) {
                    found.url = Some(address.clone());
                    found.provenance.insert("url", "source-line");
                }
            }
            for source in list {
                // Past the cap the list is cut anyway (limits.rs); stop the linear look-up.
                if found.sources.len() <= MAX_SOURCES && !found.sources.contains(&source) {
                    found.sources.push(source);
                }
            }
            Role::Source
        } else if let Some((mark, credit)) = rights::credit(line) {
            match mark {
                CreditMark::Label => {
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
            let caption = take_caption(lines, roles, i);
            found.images.push((
                i,
                Image {
                    caption,
                    credit: Some(credit),
                },
            ));
            Role::Image
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

/// Walks up from the end over the publisher line, source lines and legal notices, stopping at
/// the first line of ordinary text. Only a notice with at least two legal phrases counts, so a
/// last paragraph that merely mentions copying stays in the body.
fn read_tail(lines: &[String], roles: &mut [Role], found: &mut Found) {
    let mut looked_at = 0;
    let mut furniture = 0;
    for i in (0..lines.len()).rev() {
        match roles[i] {
            Role::Blank => continue,
            // `Le Fleuve Matin – Tous droits réservés`: a name and its rights, without a `©`.
            Role::Content if rights::named_rights(&lines[i]).is_some() => {
                if found.publisher.is_none() {
                    found.publisher = rights::named_rights(&lines[i]);
                    found.provenance.insert("publisher", "copyright-line");
                }
                roles[i] = Role::Publisher;
            }
            Role::Content if rights::rights_score(&lines[i]) >= 2 => roles[i] = Role::Rights,
            // `2024 Todos os direitos reservados` under the name and its `©`.
            Role::Content
                if lines[i].chars().count() <= 60 && rights::says_rights_reserved(&lines[i]) =>
            {
                roles[i] = Role::Rights
            }
            // `NRK – Norsk rikskringkasting AS`: the name before the company's.
            Role::Content if footer::name_before_company(&lines[i]).is_some() => {
                if found.publisher.is_none() {
                    found.publisher = footer::name_before_company(&lines[i]);
                    found.provenance.insert("publisher", "company-line");
                }
                roles[i] = Role::Publisher;
            }
            // Footer links between the notice and the end (`Impressum · Datenschutz · AGB`).
            Role::Content if footer::is_footer_furniture(&lines[i]) && furniture < 3 => {
                furniture += 1;
            }
            Role::Content | Role::Title => break,
            Role::Copyright => {
                // `Zprávy Vltava © 2024 Vltava Media a.s.`: the brand before the mark; else the
                // owner without its legal form and corporate words.
                let owner = footer::brand_before_mark(&lines[i]).or_else(|| {
                    rights::publisher(&lines[i])
                        .map(|o| footer::without_corporate_words(&o).to_string())
                });
                // `© La Presse Canadienne, 2024`: the agency owns the text, the site did not
                // publish it under its own name.
                if let Some(agency) = owner
                    .as_ref()
                    .filter(|o| crate::extract::lexicon::is_news_agency(o))
                {
                    agencies::add_source(&mut found.sources, agency);
                } else if found.publisher.is_none() {
                    found.publisher = owner;
                    found.provenance.insert("publisher", "copyright-line");
                }
                if rights::says_rights_reserved(&lines[i]) && found.rights_in_copyright.is_none() {
                    found.rights_in_copyright = Some(lines[i].clone());
                }
                roles[i] = Role::Publisher;
            }
            _ => {}
        }
        looked_at += 1;
        if looked_at >= TAIL_WINDOW {
            break;
        }
    }
}

/// A short label in capitals (`USA LOCAL`, `WORLD`).
fn is_caps_label(line: &str) -> bool {
    line.chars().count() <= 30
        && line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
}

/// A name-shaped line next to a date line (blank lines between allowed) is the author; so is a
/// list of them (`Diego Lewandowska, Kofi Schmidt`).
fn find_bare_authors(lines: &[String], roles: &mut [Role], found: &mut Found) {
    // A line with only a time of day (`1:39 PM ET`) or a job title (`Games Editor`) sits where
    // a date line would: under the author's name.
    let anchors: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            roles[i] == Role::Date
                || roles[i] == Role::Content
                    && (lines::is_time_of_day(&lines[i])
                        || byline::is_role_line(&lines[i])
                            && byline::name_line(&lines[i]).is_none())
        })
        .collect();
    for &i in &anchors {
        if roles[i] == Role::Content {
            roles[i] = Role::Dropped;
        }
    }
    let date_lines = anchors;
    for d in date_lines {
        // The nearest line on each side, or the one beyond it when the nearest is a short
        // all-capitals label (`USA LOCAL`).
        let near = |range: &mut dyn Iterator<Item = usize>| -> Option<usize> {
            let mut lines_seen = range.filter(|&j| roles[j] != Role::Blank).take(2);
            let first = lines_seen.next()?;
            if roles[first] == Role::Content
                && is_caps_label(&lines[first])
                && byline::name_line(&lines[first]).is_none()
            {
                return lines_seen.next();
            }
            Some(first)
        };
        let before = near(&mut (0..d).rev().take(4));
        let after = near(&mut (d + 1..lines.len()).take(4));
        // Authors one per line above the date (`Daniel Okoye | Senior Editor`, `Tom Becker |
        // Contributing Writer`), under a lone `By`.
        let mut above = Vec::new();
        if let Some(b) = before {
            above.push(b);
            let mut k = b;
            while let Some(up) = (0..k).rev().take(2).find(|&j| roles[j] != Role::Blank) {
                let name = roles[up] == Role::Content && byline::name_line(&lines[up]).is_some();
                if !name || above.len() >= 6 {
                    if roles[up] == Role::Content && byline::is_bare_by(&lines[up]) {
                        roles[up] = Role::Dropped;
                    }
                    break;
                }
                above.push(up);
                k = up;
            }
        }
        // The line below the date only when none above names the author (below sit share
        // prompts, a match's venue).
        let named_above = above
            .iter()
            .any(|&j| roles[j] == Role::Content && byline::name_line(&lines[j]).is_some());
        let after = after.filter(|&j| !named_above && !dump::is_boilerplate_line(&lines[j]));
        for j in above.into_iter().rev().chain(after) {
            if roles[j] != Role::Content {
                continue;
            }
            // `Erik Lundgren/TT`: the name, and its agency as a source.
            let (line, agency) = match agencies::name_and_agency(&lines[j]) {
                Some((name, agency)) => (name, Some(agency)),
                None => (lines[j].as_str(), None),
            };
            // `Kari Lunde` over `Fotograf`: the photographer is no author.
            let role_below = (j + 1..lines.len())
                .find(|&k| !lines[k].is_empty())
                .filter(|&k| byline::is_role_line(&lines[k]));
            if role_below.is_some_and(|k| byline::is_non_writing(&lines[k])) {
                continue;
            }
            if let Some(names) = byline::name_line(line) {
                if let Some(agency) = agency.filter(|a| !found.sources.iter().any(|s| s == a)) {
                    found.sources.push(agency.to_string());
                }
                roles[j] = Role::Author;
                found.provenance.entry("authors").or_insert("name-line");
                found.authors.extend(names.into_iter().map(|n| (j, n)));
            }
        }
    }
}
