//! Metadata lines that hold several fields: a name and a date joined by `|`, `·` or `•`, a
//! date with its author, labelled Chinese fields on one line.

use super::{Found, Role, byline, lines, meta, record_date};
use crate::extract::dates::{self, DateRole};

/// `Jane Doe | 27 October 2024 09:01`, `By Jane Doe · Updated: 28.10.2024`, `BY JANE SMITH |
/// MARCH 3, 2021 | 4:50 PM`, `Posted on Monday, 1 April 2013 at 2:12 pm by Tom Hardy`,
/// `发布时间：2021-08-09 16:20 来源：新华社 作者：李明`: every part must be a date, a time
/// following a date, a byline, a labelled source or a name, and at least one a date or a byline.
pub(super) fn split_meta_line(i: usize, line: &str, found: &mut Found) -> Option<Role> {
    if line.len() > 200 {
        return None;
    }
    let parts = meta_parts(line);
    if parts.len() < 2 {
        return None;
    }
    let mut dated = Vec::new();
    let mut names = Vec::new();
    let mut sources = Vec::new();
    let mut has_byline = false;
    let mut timed = false;
    let mut last_date: Option<String> = None;
    let mut time_before: Option<String> = None;
    // `WRVP | By Nora Kessler`: beside a byline, a short capitalised part is the outlet.
    let any_byline = parts.iter().any(|p| byline::byline(p).is_some());
    for part in &parts {
        let clauses = dates::parse_date_clauses(part);
        if !clauses.is_empty() {
            // `2:15 PM PST • November 24, 2026`: the time printed before its date.
            let with_time = time_before
                .take()
                .and_then(|time| dates::parse_date_line(&format!("{part} {time}")));
            match with_time {
                Some(both) => dated.push(both),
                None => dated.extend(clauses),
            }
            last_date = Some(part.clone());
            continue;
        }
        if dated.is_empty() && lines::is_time_of_day(part) {
            time_before = Some(part.clone());
        }
        // A time of day on its own after the date (`MARCH 3, 2021 | 4:50 PM`).
        if let Some(joined) = last_date.take().map(|d| format!("{d} {part}")) {
            if let Some(both) = dates::parse_date_line(&joined) {
                dated.pop();
                dated.push(both);
                continue;
            }
        }
        if let Some(byline) = byline::byline(part) {
            has_byline = true;
            names.extend(byline);
        } else if byline::is_role_line(part) {
            // `By Jane Doe - Staff Writer`: the title goes with the name before it.
            continue;
        } else if is_age(part) {
            // `James Akinaka • 8h`: the line is the byline block even without a calendar date.
            timed = true;
        } else if let Some(list) = meta::sources(part) {
            sources.extend(list);
        } else if crate::extract::lexicon::is_place(&part.to_lowercase()) {
            // `Por Ana Souza, portal1 SP — São Paulo`: the dateline's place.
            continue;
        } else if part.starts_with('@') && !part.contains(' ') {
            // The writer's handle (`Reporter / @mkdizonPDB`).
            continue;
        } else if crate::extract::lexicon::is_news_agency(part) {
            sources.push(part.to_string());
        } else if any_byline && byline::is_known_person(part) {
            // `Autori: Ivana Matić / Marko Perić`: the byline's second writer.
            names.push(part.to_string());
        } else if any_byline && is_outlet_shaped(part) {
            continue;
        } else if let Some(list) = byline::name_list(part).filter(|list| {
            // A slash also follows a dateline's place (`Ciudad de México / 14.02.2025`): there
            // the names must open with a known given name.
            !line.contains(" / ") || list.iter().all(|n| opens_with_given_name(n))
        }) {
            names.extend(list);
        } else {
            return None;
        }
    }
    let timed_name = timed && !names.is_empty();
    if dated.is_empty() && !has_byline && !timed_name {
        return None;
    }
    // `PHILADELPHIA PORT CLOSED BY TANKER CRASH`: cut only at its ` by `, with no date, a line
    // is a headline, not a byline after a field.
    let separated = line.contains(['|', '·', '•'])
        || [" - ", " – ", " — ", " / "]
            .iter()
            .any(|d| line.contains(d));
    if dated.is_empty() && !separated {
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
    for source in sources {
        if !found.sources.contains(&source) {
            found.sources.push(source);
        }
    }
    if !names.is_empty() {
        found.provenance.entry("authors").or_insert("meta-line");
    }
    found.authors.extend(names.into_iter().map(|n| (i, n)));
    Some(role)
}

fn opens_with_given_name(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(|first| crate::extract::lexicon::given_name(&first.to_lowercase()).is_some())
}

/// Two or three capitalised words, or one in capitals, without digits or a sentence's end: an
/// outlet's name or call letters (`WRVP`, `CBN News`). One capitalised word is a label's
/// (`Reviewed by …`).
fn is_outlet_shaped(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let call_letters = words.len() == 1
        && part.chars().count() >= 2
        && part.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    (call_letters || (2..=3).contains(&words.len()))
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !part.chars().any(|c| c.is_ascii_digit())
        && !lines::ends_sentence(part)
}

/// A relative age or a time of day, perhaps labelled (`8h`, `Last Updated: 2 hours ago`).
fn is_age(part: &str) -> bool {
    let part = dates::label_prefix(part).map_or(part, |(_, rest)| rest.trim());
    lines::is_relative_time(part) || lines::is_time_of_day(part)
}

/// Whether `line` is such a metadata line (nothing recorded).
pub(super) fn is_meta_line(line: &str) -> bool {
    split_meta_line(0, line, &mut Found::default()).is_some()
}

/// A short line with a date among other metadata (`by Jane Doe July 10, 2015`, `Oct 18, 2019 ·
/// 8 min read`, `Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST`): only
/// when the words around the date are few and no sentence. Above the headline, an unlabelled
/// one (`2026년 12월 2일 수요일`) is the site's date strip, as a bare date there is: it dates the
/// story only when nothing below does.
pub(super) fn date_inside_line(
    i: usize,
    line: &str,
    above_title: bool,
    found: &mut Found,
) -> Option<Role> {
    let (role, date, before, after) = dated_meta_line(line)?;
    let unlabelled = role == DateRole::Published
        && dates::label_prefix(line.trim()).is_none()
        && dates::label_alone(before.trim()).is_none();
    if above_title && unlabelled && byline::byline(&before).is_none() {
        found.date_above_title.get_or_insert(date);
        return Some(Role::Date);
    }
    record_date(found, role, date);
    if let Some((update_role, update, _, _)) = dates::find_date(&after) {
        if update_role == DateRole::Updated {
            record_date(found, update_role, update);
        }
    }
    if let Some(names) = byline::byline(&before) {
        found.provenance.entry("authors").or_insert("meta-line");
        found.authors.extend(names.into_iter().map(|n| (i, n)));
    }
    Some(Role::Date)
}

/// The date in a short metadata line and the words around it, when those are few and the line
/// is no sentence.
pub(super) fn dated_meta_line(line: &str) -> Option<(DateRole, dates::ParsedDate, String, String)> {
    if line.split_whitespace().count() > 16 || lines::ends_sentence(line) && !line.ends_with(')') {
        return None;
    }
    // A row of a table drawn with box characters (`2020-08-01 18:00 │ 200 │ 4084`) is data.
    if line.chars().any(|c| ('\u{2500}'..='\u{257F}').contains(&c)) {
        return None;
    }
    let found = dates::find_date(line)?;
    // `Saved 21 Nov 2025`: the reader's own date; `Born: March 3, 1938`: an obituary's.
    if dates::names_other_date(&found.2) {
        return None;
    }
    (found.2.split_whitespace().count() <= 6 && found.3.split_whitespace().count() <= 10)
        .then_some(found)
}

/// A metadata line cut into its parts: at `|`, `·`, `•`, spaced dashes, before ` by ` (a date
/// then its author), and before a labelled field after a wide gap (`来源：`, `作者：`).
fn meta_parts(line: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for piece in line.split(['|', '·', '•']) {
        for piece in piece
            .split(" - ")
            .flat_map(|p| p.split(" / "))
            .flat_map(|p| p.split(" – "))
            .flat_map(|p| p.split(" — "))
        {
            let lower = piece.to_lowercase();
            match lower.find(" by ").filter(|&at| piece.is_char_boundary(at)) {
                Some(at) if at > 0 => {
                    parts.push(piece[..at].to_string());
                    parts.push(format!("By {}", &piece[at + 4..]));
                }
                _ => parts.extend(split_labelled_fields(piece)),
            }
        }
    }
    parts
        .into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// `发布时间：2021-08-09 16:20 来源：新华社 作者：李明` as its three fields: a new field starts at a
/// word that ends in a full-width colon.
fn split_labelled_fields(piece: &str) -> Vec<String> {
    if !piece.contains('：') {
        return vec![piece.to_string()];
    }
    let mut out: Vec<String> = Vec::new();
    for word in piece.split(' ') {
        let starts_field = word.contains('：') && !word.starts_with('：');
        match out.last_mut() {
            Some(last) if !starts_field => {
                last.push(' ');
                last.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
    }
    out
}
