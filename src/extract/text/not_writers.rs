//! Names read as bylines that belong to someone else than the story's writers: readers beside
//! their comments' dates, and the writers of related stories listed under the story.

use super::{Found, Role, lines};

/// Names read from lines that carry a date each (`Vasile Toma · 24.11.2026`), two or more of
/// them under the article's header: a comment thread's readers, not the writers. So is one
/// under the header with only a relative age (`Julio R. · hace 3 horas`): a writer's byline
/// there carries the calendar date.
pub(super) fn drop_commenters(
    lines: &[String],
    roles: &[Role],
    found: &mut Found,
    header_end: usize,
) {
    found.authors.retain(|&(i, _)| {
        i < header_end
            || !lines[i]
                .split(['|', '·', '•'])
                .any(|part| lines::is_relative_time(part.trim()))
    });
    let mut dated: Vec<usize> = found
        .authors
        .iter()
        .map(|(i, _)| *i)
        .filter(|&i| i >= header_end && roles[i] == Role::Date)
        .collect();
    dated.dedup();
    if dated.len() >= 2 {
        found.authors.retain(|(i, _)| !dated.contains(i));
    }
}

/// Bylines under a `Related news` / `Citește și` label below the story, with no paragraph of
/// text between: the related stories' writers (`Autor: Radu Ilie` under a teaser's headline).
pub(super) fn drop_related_bylines(lines: &[String], found: &mut Found, header_end: usize) {
    let prose = |k: usize| lines::ends_sentence(&lines[k]) && lines[k].chars().count() >= 100;
    found.authors.retain(|&(i, _)| {
        let Some(label) = (header_end..i)
            .rev()
            .find(|&k| super::teasers::teaser(&lines[k]).is_some())
        else {
            return true;
        };
        (label + 1..i).any(prose)
    });
}
