//! Bylines stacked one writer per line, as broadcasters print them: a name, its role under it,
//! a lone `and`, the next name (`Eleanor Pike` / `Political correspondent` / `and` / `Tom
//! Ashdown`).

use super::{Found, Role, byline, lines};

/// Adds the names stacked after an author's line from `from` on ([`stacked_after_role`]), the
/// lines between taken as the byline's; whether any were found.
pub(super) fn extend_stacked(
    lines: &[String],
    roles: &mut [Role],
    found: &mut Found,
    from: usize,
) -> bool {
    let mut from = from;
    let mut any = false;
    while let Some((k, names)) = stacked_after_role(lines, roles, from) {
        for r in &mut roles[from..=k] {
            if *r == Role::Content {
                *r = Role::Author;
            }
        }
        found.authors.extend(names.into_iter().map(|n| (k, n)));
        from = k + 1;
        any = true;
    }
    any
}

/// The writer stacked above a found one (`Eleanor Pike` / `Political correspondent` / `and` /
/// `Tom Ashdown`, the last found beside its outlet's line): the earlier names join, first.
pub(super) fn stacked_above(lines: &[String], roles: &mut [Role], found: &mut Found) {
    let found_at: Vec<usize> = found.authors.iter().map(|(i, _)| *i).collect();
    for j in found_at {
        let mut up = (0..j).rev().filter(|&k| roles[k] != Role::Blank);
        let Some(and) = up.next() else { continue };
        if !super::meta::is_conjunction(&lines[and]) {
            continue;
        }
        let Some(mut name_at) = up.next() else {
            continue;
        };
        if byline::is_role_line(&lines[name_at]) {
            let Some(k) = up.next() else { continue };
            name_at = k;
        }
        if roles[name_at] != Role::Content {
            continue;
        }
        let Some(names) = byline::name_line(&lines[name_at]) else {
            continue;
        };
        for r in &mut roles[name_at..and + 1] {
            if *r == Role::Content {
                *r = Role::Author;
            }
        }
        found
            .authors
            .extend(names.into_iter().map(|n| (name_at, n)));
    }
}

/// Stacked bylines, one name per line with the role under it and a lone `and` between
/// (`Eleanor Pike` / `Political correspondent` / `and` / `Tom Ashdown`), from the line after
/// the first name: the line of the next names and the names.
fn stacked_after_role(
    lines: &[String],
    roles: &[Role],
    from: usize,
) -> Option<(usize, Vec<String>)> {
    let mut next = (from..lines.len()).filter(|&j| roles[j] != Role::Blank);
    let mut at = next.next()?;
    if is_role_line(&lines[at]) {
        // `Андрей Кузнецов, редактор отдела новостей`: the next writer, with a role of their own.
        let own =
            byline::name_line(&lines[at]).filter(|n| n.len() == 1 && lines[at].contains(", "));
        if let Some(names) = own {
            return (roles[at] == Role::Content).then_some((at, names));
        }
        at = next.next()?;
    }
    if !super::meta::is_conjunction(&lines[at]) {
        // `Helen Ashworth` / `Health correspondent` / `Samir Dhaliwal` / `Data journalist`: a
        // name with its own role under it follows without the `and`.
        // A photographer's name and role (`Kari Lunde` / `Fotograf`) credit no writing.
        let role_below = next
            .next()
            .is_some_and(|r| is_role_line(&lines[r]) && is_writing_role(&lines[r]));
        let names = byline::name_line(&lines[at]).filter(|_| role_below)?;
        return (roles[at] == Role::Content).then_some((at, names));
    }
    let name_at = next.next()?;
    if roles[name_at] != Role::Content {
        return None;
    }
    let names = byline::name_line(&lines[name_at])?;
    Some((name_at, names))
}

/// A role with a word for a job that writes (`Data journalist`: `data` alone credits graphics).
fn is_writing_role(line: &str) -> bool {
    use crate::extract::lexicon;
    line.split(|c: char| !c.is_alphabetic()).any(|w| {
        let w = w.to_lowercase();
        lexicon::is_role_word(&w) && !lexicon::is_non_writing_role(&w)
    })
}

/// A role line right under a writer's name line whose first word is no given name
/// (`Megan O'Rourke` / `Municipal Affairs Reporter`): that writer's beat and role, not a second
/// writer. A line of its own (`Gwenllian Harries Chief Reporter`) stays a name and its role.
pub(super) fn is_beat_role(lines: &[String], at: usize) -> bool {
    let line = lines[at].as_str();
    let first = line
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let above = (0..at).rev().find(|&k| !lines[k].trim().is_empty());
    is_role_line(line)
        && !line.contains(',')
        && above.is_some_and(|k| byline::name_line(&lines[k]).is_some())
        && crate::extract::lexicon::given_name(&first).is_none()
}

/// A writer's role on a line of its own: a few words naming a job, no sentence.
pub(super) fn is_role_line(line: &str) -> bool {
    byline::is_role(line) && line.split_whitespace().count() <= 5 && !lines::ends_sentence(line)
}

/// Writers printed without a label as a name line with a writing role under it (`Bridie
/// Coughlan` / `Health Reporter` over the headline, `Paolo Santiago` / `Correspondent, Legazpi
/// City` after the last paragraph), read on the whole page before a dump clears its header:
/// the role is the evidence a label would give. The first such pair, and the pairs stacked
/// after it (a lone `and` between allowed).
pub(super) fn writers_over_roles(page: &[&str]) -> Vec<String> {
    let pair_at = |at: usize| -> Option<String> {
        let (name, role) = (page.get(at)?, page.get(at + 1)?);
        if !is_role_line(role) || !is_writing_role(role) {
            return None;
        }
        // One person's name alone on its line: a list or a sentence is something else.
        let names = byline::name_line(name).filter(|n| n.len() == 1)?;
        // A known given name first, as a site's name and tagline (`Copperbelt Voice` / `Zambia's
        // news, every day`) never has one.
        let person = super::name_shapes::is_known_person(&names[0])
            || super::name_shapes::is_caseless_name(&names[0]);
        person.then(|| names[0].clone())
    };
    let Some(first) = (0..page.len()).find(|&at| pair_at(at).is_some()) else {
        return Vec::new();
    };
    let mut writers = Vec::new();
    let mut at = first;
    while let Some(name) = pair_at(at) {
        writers.push(name);
        at += 2;
        if page.get(at).is_some_and(|l| super::meta::is_conjunction(l)) {
            at += 1;
        }
    }
    writers
}
