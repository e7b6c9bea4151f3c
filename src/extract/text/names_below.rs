//! Authors printed without a label: names next to the date line (`Daniel Okoye | Senior
//! Editor` above it, one per line under a lone `By`), the names directly under the headline
//! when no date line anchors them (`Kiri Henare, Oliver Strand and Mei-Lin Chow`, `Seán
//! Gallagher`), and a byline that goes on to the next line (`By ANDREW PEMBERTON` / `and LISA
//! WONG`).

use super::{Found, Role, agencies, byline, dump, lines};

/// How many non-empty lines under the headline (a deck, the names) are looked at.
const BELOW_TITLE: usize = 3;

/// Names under the headline, when nothing else named an author: a list of two or more names,
/// or one name whose first word is a known given name (a site's name is also two capitalised
/// words: `Southern Gazette`).
pub(super) fn names_below_title(lines: &[String], roles: &mut [Role], found: &mut Found) {
    if !found.authors.is_empty() {
        return;
    }
    let Some(title) = roles.iter().position(|r| *r == Role::Title) else {
        return;
    };
    let below: Vec<usize> = (title + 1..lines.len())
        .filter(|&j| roles[j] != Role::Blank && roles[j] != Role::Title)
        .take(BELOW_TITLE)
        .collect();
    for j in below {
        if roles[j] != Role::Content {
            continue;
        }
        // `الرياض - فهد العتيبي` over the date: the dateline's place and the reporter.
        let dated_next = (j + 1..lines.len())
            .find(|&k| roles[k] != Role::Blank)
            .is_some_and(|k| roles[k] == Role::Date);
        if let Some(name) = byline::caseless_dateline_byline(&lines[j]).filter(|_| dated_next) {
            roles[j] = Role::Author;
            found
                .provenance
                .entry("authors")
                .or_insert("dateline-byline");
            found.authors.push((j, name));
            return;
        }
        let Some(names) = byline::name_line(&lines[j]) else {
            // Prose starts: the names would have come before it.
            if super::lines::ends_sentence(&lines[j]) && lines[j].chars().count() >= 100 {
                return;
            }
            continue;
        };
        // A follow button under the name (`Tamsin Okoro` / `Follow`) says it is a person's
        // (`assets/lexicon/byline-prompts.txt`).
        let followed = (j + 1..lines.len())
            .find(|&k| !lines[k].trim().is_empty())
            .is_some_and(|k| crate::extract::html::is_prompt_row(&lines[k]));
        let known = names.len() >= 2
            || followed
            || names[0].split_whitespace().next().is_some_and(|first| {
                crate::extract::lexicon::given_name(&first.to_lowercase()).is_some()
            });
        let site = found
            .publisher
            .as_deref()
            .is_some_and(|p| names.iter().any(|n| n == p))
            || super::outlet_names::is_outlet(&names, lines);
        if known && !site && !super::not_headline::heads_list(lines, j) {
            roles[j] = Role::Author;
            found
                .provenance
                .entry("authors")
                .or_insert("name-below-title");
            found.authors.extend(names.into_iter().map(|n| (j, n)));
            super::stacked::extend_stacked(lines, roles, found, j + 1);
            return;
        }
    }
}

/// `By ANDREW PEMBERTON` then `and LISA WONG`: the second line's names join the byline.
pub(super) fn continued_bylines(lines: &[String], roles: &mut [Role], found: &mut Found) {
    super::stacked::stacked_above(lines, roles, found);
    for i in 0..lines.len() {
        if roles[i] != Role::Author {
            continue;
        }
        // `By ANDREW PEMBERTON` / `Follow` / `and LISA WONG`: a follow button after each name.
        let is_prompt = |l: &str| {
            let lower = l.trim().to_lowercase();
            l.split_whitespace().count() <= 2
                && (crate::extract::lexicon::is_menu_word(&lower) || lower.starts_with("follow"))
        };
        let Some(j) =
            (i + 1..lines.len()).find(|&j| roles[j] != Role::Blank && !is_prompt(&lines[j]))
        else {
            continue;
        };
        // The writer's role under the name may have been read as a line of its own kind.
        if roles[j] != Role::Content && !super::stacked::is_role_line(&lines[j]) {
            continue;
        }
        if super::stacked::extend_stacked(lines, roles, found, j) {
            continue;
        }
        let rest = ["and ", "And ", "AND ", "& "]
            .iter()
            .find_map(|and| lines[j].strip_prefix(and));
        if let Some(names) = rest.and_then(|rest| byline::byline(&format!("By {rest}"))) {
            roles[j] = Role::Author;
            found.authors.extend(names.into_iter().map(|n| (j, n)));
        }
    }
}

/// A short label in capitals (`USA LOCAL`, `WORLD`).
fn is_caps_label(line: &str) -> bool {
    line.chars().count() <= 30
        && line.chars().any(char::is_uppercase)
        && !line.chars().any(char::is_lowercase)
}

/// Where the article's header ends: at its third paragraph of prose after the headline (the
/// lead and a deck may come before the byline block), or the end of the file.
fn header_end(lines: &[String], roles: &[Role]) -> usize {
    let title = roles.iter().position(|r| *r == Role::Title).unwrap_or(0);
    (title + 1..lines.len())
        .filter(|&j| lines::ends_sentence(&lines[j]) && lines[j].chars().count() >= 100)
        .nth(2)
        .unwrap_or(lines.len())
}

/// A name-shaped line next to a date line (blank lines between allowed) is the author; so is a
/// list of them (`Diego Lewandowska, Kofi Schmidt`).
pub(super) fn find_bare_authors(lines: &[String], roles: &mut [Role], found: &mut Found) {
    let header_end = header_end(lines, roles);
    let title = roles.iter().position(|r| *r == Role::Title);
    super::not_writers::drop_commenters(lines, roles, found, header_end);
    super::not_writers::drop_related_bylines(lines, found, header_end);
    // A line with only a time of day (`1:39 PM ET`), a relative time (`2 години тому`) or a
    // job title (`Games Editor`) sits where a date line would: beside the author's name.
    let anchors: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            roles[i] == Role::Date
                || roles[i] == Role::Content
                    && (lines::is_time_of_day(&lines[i])
                        || i < header_end && lines::is_relative_time(&lines[i])
                        || byline::is_role_line(&lines[i])
                            && byline::name_line(&lines[i]).is_none())
        })
        .collect();
    for &i in &anchors {
        if roles[i] == Role::Content {
            roles[i] = Role::Dropped;
        }
    }
    // Dates deep in the story or under it (comments: `Vasile T. · 24.11.2026`) stand beside
    // readers' names, not the writer's; one date under the story is its byline's (`Meera
    // Dhaliwal` / `24 Nov 2026` at the bottom of an app's copy), several are a comment thread.
    let below = anchors.iter().filter(|&&d| d >= header_end).count();
    let date_lines = anchors
        .into_iter()
        .filter(|&d| d < header_end || below == 1);
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
        // `佐藤健太` / `中村美咲` over the date: a Japanese paper's reporters, one per line,
        // between the headline and the date.
        let cjk_reporter = |j: usize| {
            title
                .is_some_and(|t| t < j && j < d)
                .then(|| super::cjk_byline::bare_name(&lines[j]).map(|n| vec![n]))
                .flatten()
        };
        // `তানভীর হাসান, খুলনা` between the headline and the date: a name in a script without
        // capitals, which only its place there marks.
        let caseless = |j: usize| {
            title
                .is_some_and(|t| t < j && j < d)
                .then(|| super::name_shapes::caseless_bare_byline(&lines[j]))
                .flatten()
                // `هيئة التحرير` ("the editorial board"): a desk.
                .filter(|(name, _)| !super::agencies::is_desk(name))
        };
        // `ሰላማዊት ታደሰ እና ዮናስ በቀለ`: two of them, joined by the language's `and`.
        let caseless_list = |j: usize| {
            title
                .is_some_and(|t| t < j && j < d)
                .then(|| super::name_shapes::caseless_bare_names(&lines[j]))
                .flatten()
                .filter(|names| !names.iter().any(|n| super::agencies::is_desk(n)))
        };
        let bare_names = |j: usize| {
            byline::name_line(&lines[j])
                .or_else(|| cjk_reporter(j))
                .or_else(|| caseless_list(j))
                .or_else(|| caseless(j).map(|(name, _)| vec![name]))
        };
        let before = near(&mut (0..d).rev().take(4));
        let after = near(&mut (d + 1..lines.len()).take(4));
        // Authors one per line above the date (`Daniel Okoye | Senior Editor`, `Tom Becker |
        // Contributing Writer`), under a lone `By`.
        let mut above = Vec::new();
        if let Some(b) = before {
            above.push(b);
            let mut k = b;
            // A labelled byline (`By A, B and C`) names every writer: a bare name above it is
            // the photo's credit (`Lauren Pike for The National Ledger` under the caption).
            let labelled =
                |k: usize| roles[k] == Role::Author && byline::byline(&lines[k]).is_some();
            while let Some(up) = (0..k)
                .rev()
                .take(2)
                .find(|&j| roles[j] != Role::Blank)
                .filter(|_| !labelled(k))
            {
                let name = roles[up] == Role::Content && bare_names(up).is_some();
                // `گزارشگر اقتصادی` ("economics reporter") under the name above: its role.
                let role = roles[up] == Role::Content
                    && byline::is_role(&lines[up])
                    && lines[up].split_whitespace().count() <= 5;
                if !name && role && above.len() < 6 {
                    k = up;
                    continue;
                }
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
        // A byline above (`By Naomi Feldstein, Senior Fellow`) names the author too: the line
        // below is then a button (`Download PDF`).
        let named_above = above.iter().any(|&j| {
            roles[j] == Role::Author || roles[j] == Role::Content && bare_names(j).is_some()
        });
        let after = after.filter(|&j| !named_above && !dump::is_boilerplate_line(&lines[j]));
        // A byline block over the headline (`Rizky Pratama - wartaNews` / `Selasa, 24 Nov
        // 2026 14:32 WIB` / headline): the header's lines above the headline were dropped with
        // the menus, but the one at the date is its writer.
        let over_title = title.is_some_and(|t| d < t);

        for j in above.into_iter().rev().chain(after) {
            let header_line = over_title
                && roles[j] == Role::Dropped
                && j < d
                && (j + 1..d).all(|k| roles[k] == Role::Blank);
            if roles[j] != Role::Content && !header_line {
                continue;
            }
            // `The Merlion Ledger · Darren Koh`: the site beside its writer.
            let line = match super::masthead_top::beside_byline(&lines[j]) {
                Some((site, rest)) => {
                    if found.publisher.is_none() {
                        found.publisher = Some(site.to_string());
                        found
                            .provenance
                            .insert("publisher", "masthead-beside-byline");
                    }
                    // `The Harbour Herald · 2 min read`: the site and its metadata, no text.
                    if byline::name_line(rest).is_none() {
                        roles[j] = Role::Dropped;
                        continue;
                    }
                    rest
                }
                None => lines[j].as_str(),
            };
            // `Erik Lundgren/TT`: the name, and its agency as a source.
            let (line, agency) = match agencies::name_and_agency(line) {
                Some((name, agency)) => (name, Some(agency)),
                None => (line, None),
            };
            // `Kari Lunde` over `Fotograf`: the photographer is no author.
            let role_below = (j + 1..lines.len())
                .find(|&k| !lines[k].is_empty())
                .filter(|&k| byline::is_role_line(&lines[k]));
            // `Story Highlights` over its bulleted list is the list's heading.
            let non_writing = role_below.is_some_and(|k| byline::is_non_writing(&lines[k]));
            if non_writing || super::not_headline::heads_list(lines, j) {
                continue;
            }
            // `Campo Grande` under the date: a dateline's city, not a writer.
            let place = crate::extract::lexicon::is_place(&line.trim().to_lowercase());
            // `נועה ברק ורויטרס`: the writer and an agency joined by Hebrew's ו.
            let (caseless_name, joined_agency) = caseless(j).unzip();
            let joined_agency = joined_agency.flatten();
            let agency = agency.or(joined_agency.as_deref());
            let names = byline::name_line(line)
                .or_else(|| cjk_reporter(j))
                .or_else(|| caseless_list(j))
                .or_else(|| caseless_name.map(|n| vec![n]))
                .filter(|n| !super::outlet_names::is_outlet(n, lines) && !place);
            // `Municipal Affairs Reporter` under the writer: the byline's beat and role.
            if names.is_some() && super::stacked::is_beat_role(lines, j) {
                roles[j] = Role::Author;
                continue;
            }
            if let Some(names) = names {
                if let Some(agency) = agency.filter(|a| !found.sources.iter().any(|s| s == a)) {
                    found.sources.push(agency.to_string());
                }
                roles[j] = Role::Author;
                found.provenance.entry("authors").or_insert("name-line");
                // The web brand beside the writer is the site, where nothing else names it.
                if let Some((_, brand)) = super::name_shapes::name_and_web_brand(line) {
                    if found.publisher.is_none() {
                        found.publisher = Some(brand.to_string());
                        found.provenance.insert("publisher", "brand-beside-byline");
                    }
                }
                found.authors.extend(names.into_iter().map(|n| (j, n)));
            }
        }
    }
}

#[cfg(test)]
#[path = "names_below_tests.rs"]
mod tests;
