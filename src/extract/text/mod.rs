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

mod dump;
mod language;
mod lines;
mod meta;
#[cfg(test)]
mod tests;

use crate::extract::dates::{self, DateRole};
use crate::extract::limits::{MAX_AUTHORS, MAX_SOURCES};
use crate::model::{Article, Image};

use meta::CreditMark;

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

/// How many non-empty lines at the top may hold the title and its repeat.
const TITLE_WINDOW: usize = 12;
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
    modified: Option<String>,
    category: Option<String>,
    publisher: Option<String>,
    rights_in_copyright: Option<String>,
}

/// Reads a plain-text article. Never fails: a file with no recognisable metadata becomes its
/// first line as title and the rest as body (a file of one line is both).
pub fn read_text(text: &str) -> Article {
    let mut lines = lines::split_lines(text);
    // A whole-page dump keeps only the article's lines; the rest become blank lines.
    if let Some(keep) = dump::article_lines(&lines) {
        for (line, keep) in lines.iter_mut().zip(keep) {
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

    let title = find_title(&lines, &mut roles, &mut found);
    classify_lines(&lines, &mut roles, &mut found);
    read_tail(&lines, &mut roles, &mut found);
    place_leftover_copyrights(&lines, &mut roles, &mut found);
    find_repeated_captions(&lines, &mut roles, &mut found);
    find_bare_authors(&lines, &mut roles, &mut found);

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
    let language = language::guess_language_of(&[&title, &lead, &body]);
    Article {
        title,
        category: found.category,
        authors,
        published: found.published.as_ref().map(|d| d.iso.clone()),
        published_text: found.published.map(|d| d.text),
        modified: found.modified,
        sources: found.sources,
        publisher: found.publisher,
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
        ..Default::default()
    }
}

/// Finds the title (and a glued-on category) near the top, marking the lines it uses.
fn find_title(lines: &[String], roles: &mut [Role], found: &mut Found) -> String {
    let top: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Content)
        .take(TITLE_WINDOW)
        .collect();
    // The first copy is the first line, or follows only short labels (a section name): a pair
    // of equal lines further down is more likely a repeated caption.
    let labels_above = top
        .iter()
        .take_while(|&&i| is_short_label(&lines[i]))
        .count()
        .min(2);
    for (a_pos, &a) in top.iter().enumerate().take(labels_above + 1) {
        for &b in &top[a_pos + 1..] {
            let Some((title, category)) = repeated_title(&lines[a], &lines[b]) else {
                continue;
            };
            // Below labels, a repeat shorter than a label is not the title (a repeated
            // caption or alt text under the real title, which must not become the category).
            let shortest_label = top[..a_pos].iter().map(|&i| lines[i].chars().count()).min();
            if shortest_label.is_some_and(|label| title.chars().count() <= label) {
                continue;
            }
            roles[a] = Role::Title;
            roles[b] = Role::Title;
            // A short label above a repeated title is a section name.
            for &before in &top[..a_pos] {
                if found.category.is_none() {
                    found.category = Some(lines[before].clone());
                }
                roles[before] = Role::Dropped;
            }
            found.category = category.or(found.category.take());
            return title;
        }
    }
    let first_plain = top
        .iter()
        .copied()
        .find(|&i| !is_metadata_line(&lines[i]))
        .or(top.first().copied());
    match first_plain {
        // A file of one line: that line is both the title and the body.
        Some(i) if top.len() == 1 => lines[i].clone(),
        Some(i) => {
            roles[i] = Role::Title;
            lines[i].clone()
        }
        None => String::new(),
    }
}

/// A section-name-like line: at most four words, not a sentence, not metadata.
fn is_short_label(line: &str) -> bool {
    line.split(' ').count() <= 4
        && line.chars().count() <= 40
        && !lines::ends_sentence(line)
        && !is_metadata_line(line)
}

/// Two lines that are one title: equal, or one is the other with a short prefix glued on,
/// which is the category.
fn repeated_title(a: &str, b: &str) -> Option<(String, Option<String>)> {
    if a == b {
        return (a.chars().count() <= 300).then(|| (a.to_string(), None));
    }
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if short.chars().count() < 12 || short.chars().count() > 300 || !long.ends_with(short) {
        return None;
    }
    let prefix = long[..long.len() - short.len()].trim();
    let short_label =
        !prefix.is_empty() && prefix.chars().count() <= 40 && prefix.split(' ').count() <= 4;
    short_label.then(|| (short.to_string(), Some(prefix.to_string())))
}

/// Whether a line is one of the metadata kinds that can sit above the title.
fn is_metadata_line(line: &str) -> bool {
    meta::is_separator(line)
        || dates::parse_date_line(line).is_some()
        || meta::byline(line).is_some()
        || meta::sources(line).is_some()
        || meta::credit(line).is_some()
        || meta::category(line).is_some()
}

/// One pass over the lines that settles everything a line says on its own.
fn classify_lines(lines: &[String], roles: &mut [Role], found: &mut Found) {
    for i in 0..lines.len() {
        if roles[i] != Role::Content {
            continue;
        }
        let line = lines[i].as_str();
        roles[i] = if meta::is_separator(line) || meta::is_boilerplate(line) {
            Role::Dropped
        } else if let Some(category) = meta::category(line) {
            found.category.get_or_insert(category);
            Role::Dropped
        } else if let Some((role, date)) = dates::parse_date_line(line) {
            record_date(found, role, date);
            Role::Date
        } else if let Some(names) = meta::byline(line) {
            found.authors.extend(names.into_iter().map(|n| (i, n)));
            Role::Author
        } else if let Some(role) = split_meta_line(i, line, found) {
            role
        } else if let Some(list) = meta::sources(line) {
            for source in list {
                // Past the cap the list is cut anyway (limits.rs); stop the linear look-up.
                if found.sources.len() <= MAX_SOURCES && !found.sources.contains(&source) {
                    found.sources.push(source);
                }
            }
            Role::Source
        } else if let Some((mark, credit)) = meta::credit(line) {
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
        } else {
            Role::Content
        };
    }
}

fn record_date(found: &mut Found, role: DateRole, date: dates::ParsedDate) {
    match role {
        DateRole::Published if found.published.is_none() => found.published = Some(date),
        DateRole::Updated if found.modified.is_none() => found.modified = Some(date.iso),
        _ => {}
    }
}

/// `Jane Doe | 27 October 2024 09:01` or `By Jane Doe · Updated: 28.10.2024`: every part must
/// be a date, a byline or a name, and at least one a date or a byline.
fn split_meta_line(i: usize, line: &str, found: &mut Found) -> Option<Role> {
    if line.len() > 200 {
        return None;
    }
    let parts: Vec<&str> = line
        .split(['|', '·', '•'])
        .flat_map(|p| {
            p.split(" - ")
                .flat_map(|p| p.split(" – "))
                .flat_map(|p| p.split(" — "))
        })
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let mut dated = Vec::new();
    let mut names = Vec::new();
    let mut has_byline = false;
    for part in parts {
        if let Some(date) = dates::parse_date_line(part) {
            dated.push(date);
        } else if let Some(byline) = meta::byline(part) {
            has_byline = true;
            names.extend(byline);
        } else if meta::looks_like_name(part, 2) {
            names.push(part.to_string());
        } else {
            return None;
        }
    }
    if dated.is_empty() && !has_byline {
        return None;
    }
    let role = if dated.is_empty() {
        Role::Author
    } else {
        Role::Date
    };
    for (date_role, date) in dated {
        record_date(found, date_role, date);
    }
    found.authors.extend(names.into_iter().map(|n| (i, n)));
    Some(role)
}

/// Marks the caption above a credit line at `credit_at`: the line directly above (no blank
/// between), and its twin when the caption is repeated twice in a row.
fn take_caption(lines: &[String], roles: &mut [Role], credit_at: usize) -> Option<String> {
    let above = credit_at.checked_sub(1)?;
    if roles[above] != Role::Content || lines[above].chars().count() > MAX_CAPTION_CHARS {
        return None;
    }
    roles[above] = Role::Image;
    if let Some(twin) = above
        .checked_sub(1)
        .filter(|&t| roles[t] == Role::Content && lines[t] == lines[above])
    {
        roles[twin] = Role::Image;
    }
    Some(lines[above].clone())
}

/// Walks up from the end over the publisher line, source lines and legal notices, stopping at
/// the first line of ordinary text. Only a notice with at least two legal phrases counts, so a
/// last paragraph that merely mentions copying stays in the body.
fn read_tail(lines: &[String], roles: &mut [Role], found: &mut Found) {
    let mut looked_at = 0;
    for i in (0..lines.len()).rev() {
        match roles[i] {
            Role::Blank => continue,
            Role::Content if meta::rights_score(&lines[i]) >= 2 => roles[i] = Role::Rights,
            Role::Content | Role::Title => break,
            Role::Copyright => {
                if found.publisher.is_none() {
                    found.publisher = meta::publisher(&lines[i]);
                }
                if meta::says_rights_reserved(&lines[i]) && found.rights_in_copyright.is_none() {
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

/// A `©` line that is not in the tail credits the image above it.
fn place_leftover_copyrights(lines: &[String], roles: &mut [Role], found: &mut Found) {
    for i in 0..lines.len() {
        if roles[i] != Role::Copyright {
            continue;
        }
        let credit = meta::credit(&lines[i]).map(|(_, c)| c);
        let caption = take_caption(lines, roles, i);
        found.images.push((i, Image { caption, credit }));
        roles[i] = Role::Image;
    }
}

/// A line repeated twice in a row without a credit under it is still a caption (pages print
/// the image's alt text and its caption).
fn find_repeated_captions(lines: &[String], roles: &mut [Role], found: &mut Found) {
    for i in 1..lines.len() {
        let twins =
            roles[i] == Role::Content && roles[i - 1] == Role::Content && lines[i] == lines[i - 1];
        if twins && lines[i].chars().count() <= MAX_CAPTION_CHARS {
            roles[i - 1] = Role::Image;
            roles[i] = Role::Image;
            found.images.push((
                i,
                Image {
                    caption: Some(lines[i].clone()),
                    credit: None,
                },
            ));
        }
    }
}

/// A name-shaped line next to a date line (blank lines between allowed) is the author.
fn find_bare_authors(lines: &[String], roles: &mut [Role], found: &mut Found) {
    let date_lines: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Date)
        .collect();
    for d in date_lines {
        let before = (0..d).rev().take(3).find(|&j| roles[j] != Role::Blank);
        let after = (d + 1..lines.len())
            .take(3)
            .find(|&j| roles[j] != Role::Blank);
        for j in [before, after].into_iter().flatten() {
            if roles[j] == Role::Content && meta::looks_like_name(&lines[j], 2) {
                roles[j] = Role::Author;
                found.authors.push((j, lines[j].clone()));
            }
        }
    }
}

/// Splits the content lines into the lead and the body.
///
/// The lead is chosen by the first rule that applies:
/// 1. **Lead before the metadata block** (the shape of copied news pages): title, then one or
///    two paragraphs, then a block with a date, author or image, then more text. The first of
///    those paragraphs is the lead; a second one opens the body.
/// 2. **Byline first**: the metadata block follows the title directly. The first body paragraph
///    is the lead when it is lead-shaped (40–400 characters, ends a sentence) and at least two
///    paragraphs remain for the body.
/// 3. Otherwise (no date or author anywhere, or they sit further down or at the end) there is no
///    lead and everything is body.
fn choose_lead(lines: &[String], roles: &[Role]) -> (String, String) {
    let paragraphs = paragraphs(lines, roles);
    let has_byline_meta = roles.iter().any(|r| matches!(r, Role::Date | Role::Author));
    let header_at = roles
        .iter()
        .position(|r| r.is_header_meta())
        .unwrap_or(lines.len());
    let before = paragraphs.iter().filter(|(at, _)| *at < header_at).count();
    let lead_before_meta = (1..=2).contains(&before) && before < paragraphs.len();
    let byline_first = before == 0 && paragraphs.len() >= 3 && is_lead_shaped(&paragraphs[0].1);
    let lead_count = usize::from(has_byline_meta && (lead_before_meta || byline_first));
    let lead = paragraphs
        .iter()
        .take(lead_count)
        .map(|(_, p)| p.clone())
        .collect::<Vec<_>>()
        .join("\n\n");
    let body = paragraphs
        .iter()
        .skip(lead_count)
        .map(|(_, p)| p.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    (lead, body)
}

/// The content paragraphs with the index of the line each starts on.
fn paragraphs(lines: &[String], roles: &[Role]) -> Vec<(usize, String)> {
    let mut groups: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut current: Option<(usize, Vec<&str>)> = None;
    for (i, role) in roles.iter().enumerate() {
        if *role == Role::Content {
            current
                .get_or_insert_with(|| (i, Vec::new()))
                .1
                .push(&lines[i]);
        } else if let Some(group) = current.take() {
            groups.push(group);
        }
    }
    groups.extend(current);
    let plain: Vec<Vec<&str>> = groups.iter().map(|(_, g)| g.clone()).collect();
    let wrapped = lines::is_hard_wrapped(&plain);
    let mut out = Vec::new();
    for (start, group) in groups {
        if wrapped {
            out.push((start, group.join(" ")));
        } else {
            out.extend(
                group
                    .into_iter()
                    .enumerate()
                    .map(|(k, line)| (start + k, line.to_string())),
            );
        }
    }
    out
}

/// One to a few sentences: 40–400 characters, ending like a sentence.
fn is_lead_shaped(paragraph: &str) -> bool {
    let chars = paragraph.chars().count();
    (40..=400).contains(&chars) && lines::ends_sentence(paragraph)
}
