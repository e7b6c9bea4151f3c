//! The headline block's anchors in a page dump: a byline, a date line or a name over its role
//! under the headline, and a short name the article's first sentence starts from.

use super::super::super::byline;
use super::super::super::lines::ends_sentence;
use super::super::{is_sentence, word_count};

/// A short name above the article that its first sentence starts from, as encyclopedias and
/// wikis write (`New Zealand` above `New Zealand (Māori: Aotearoa) is a sovereign island
/// country…`): the strongest evidence a one- or two-word title can have.
pub(super) fn named_by_opening(
    lines: &[String],
    nonempty: &[usize],
    best_from: usize,
    best_to: usize,
) -> Option<usize> {
    let opening = nonempty[best_from..=best_to]
        .iter()
        .map(|&i| lines[i].as_str())
        .find(|l| is_sentence(l))?;
    (0..best_from).rev().find(|&k| {
        let name = lines[nonempty[k]].trim();
        let words = name.split_whitespace().count();
        (1..=6).contains(&words)
            && name.chars().count() >= 3
            && name.chars().next().is_some_and(char::is_uppercase)
            && opening
                .strip_prefix(name)
                .is_some_and(|rest| rest.starts_with(" (") || rest.starts_with(", "))
    })
}

/// A byline, alone or beside a date (`on March 10, 2015 by Nikhil Marathe`).
pub(super) fn names_author(line: &str) -> bool {
    byline::byline(line).is_some()
        // `WRVP | By Nora Kessler`: the outlet, then the byline.
        || (line.len() <= 120
            && line
                .split(['|', '·', '•'])
                .skip(1)
                .any(|part| byline::byline(part.trim()).is_some()))
        || super::super::super::dated_meta_line(line).is_some_and(|(_, _, before, after)| {
            byline::byline(before.trim()).is_some() || byline::byline(after.trim()).is_some()
        })
}

/// A name alone on its line with the writer's role on the next (`Eleanor Pike` over `Political
/// correspondent`): a byline block without a `By`, as broadcasters print theirs.
pub(super) fn name_over_role(lines: &[String], block: &[usize]) -> bool {
    let [name, role, ..] = block else {
        return false;
    };
    let (name, role) = (lines[*name].as_str(), lines[*role].as_str());
    // A known given name first: menus stack capitalised pairs too (`Today's Paper` over
    // `Local News`).
    let given = name
        .split_whitespace()
        .next()
        .is_some_and(|first| crate::extract::lexicon::given_name(&first.to_lowercase()).is_some());
    given
        && byline::looks_like_name(name, 2)
        && word_count(role) <= 5
        && !ends_sentence(role)
        && byline::is_role(role)
}

/// A byline or a date line: the headline block's anchor.
pub(super) fn is_byline_or_date(line: &str) -> bool {
    byline::byline(line).is_some() || super::super::super::dated_meta_line(line).is_some()
}
