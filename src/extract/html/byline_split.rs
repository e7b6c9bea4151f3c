//! A byline split into names: labels (`By`, `作者：`), roles, dates, addresses and prompts
//! dropped, names joined by `and` in many languages, `&` or a dash told from one name.

use super::byline_labels::strip_lexicon_label;
use super::byline_names::is_body_name;
use super::byline_parts::{
    before_date, is_mark, is_non_writing_credit, looks_like_name, split_people, tidy_part,
    without_addresses, writing_clauses,
};
use super::dom::collapse_spaces;
use crate::extract::names;
use crate::model::normalize_line;

/// Splits a byline into names: drops `By`, roles, dates, URLs and prompts; the first line only.
pub fn split_names(raw: &str) -> Vec<String> {
    let first_line = raw
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    let raw = normalize_line(&collapse_spaces(first_line));
    if let Some(reporters) = super::byline_links::cjk_reporters(&raw) {
        return reporters;
    }
    // Addresses and handles beside the names go; credits for pictures or editing are no byline.
    let raw = without_addresses(&raw);
    let raw = super::byline_labels::writing_of_joint_credit(&raw);
    let Some(raw) = writing_clauses(&raw).into_iter().next() else {
        return Vec::new();
    };
    let lower = raw.to_lowercase();
    let mut rest = raw.as_str();
    let mut labelled = false;
    for prefix in [
        "by ",
        "von ",
        "par ",
        "por ",
        "door ",
        "di ",
        "autor: ",
        "autor ",
        "author: ",
        "written by ",
        "words by ",
        "text: ",
        "作者：",
        "作者:",
        "记者 ",
        "記者 ",
        "记者：",
        "文／",
        "文/",
    ] {
        if lower.starts_with(prefix) {
            rest = &raw[prefix.len()..];
            labelled = true;
            break;
        }
    }
    if !labelled {
        rest = strip_lexicon_label(rest);
    }
    if !labelled && rest == raw {
        rest = super::byline_role_label::without_unlisted_label(rest);
    }
    let rest = super::byline_parts::without_dash_place(before_date(rest));
    // `A & B` is two people only when both sides are names of two words or more; otherwise it is
    // one name (`Mac & i`, a magazine).
    // So is `A - B` (Vietnamese papers: `Nguyễn Đông - Hoàng Thảo`).
    let joins_people = |sep: &str| {
        rest.split(sep).count() > 1 && rest.split(sep).all(|p| p.split_whitespace().count() >= 2)
    };
    let (ampersand, dash) = (joins_people(" & "), joins_people(" - "));
    // `Department of Rural and Coastal Affairs`: a body's name holds words in lower case that
    // are no particles of a person's name (`of`), and is not split at its `and`.
    let body = rest.split([',', ';']).next().is_some_and(is_body_name);
    let and = if body { "\u{0}" } else { " and " };
    let found: Vec<String> = rest
        .split(and)
        .flat_map(|p| {
            if ampersand {
                p.split(" & ").collect::<Vec<_>>()
            } else {
                vec![p]
            }
        })
        .flat_map(|p| {
            if dash {
                p.split(" - ").collect()
            } else {
                vec![p]
            }
        })
        // `and` in the languages of CLDR's list patterns (`y`, `e`, `en`, `och`…); `&` only
        // where it joins two names (`Mac & i` is one).
        .flat_map(|p| {
            if body {
                vec![p]
            } else if ampersand || !p.contains(" & ") {
                split_people(p)
            } else {
                vec![p]
            }
        })
        .flat_map(|p| p.split(['/', ';']))
        .flat_map(split_commas)
        .filter(|p| !is_non_writing_credit(p))
        .map(|p| {
            let p = tidy_part(p);
            let p = p
                .trim()
                .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '(')
                .trim_end_matches(|c: char| {
                    !c.is_alphanumeric() && c != '.' && c != ')' && !is_mark(c)
                });
            names::normal_case(&names::tidy(p))
        })
        .fold((Vec::new(), false), |(mut names, after_role), p| {
            // A word after a desk's role (`নিজস্ব প্রতিবেদক, রাজশাহী`: "own reporter, Rajshahi")
            // is where the desk sits, not a writer.
            let place = after_role && p.split_whitespace().count() == 1;
            if looks_like_name(&p) && !place {
                names.push(p);
                (names, false)
            } else {
                let role = p
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric() && !is_mark(c))
                    .any(crate::extract::lexicon::is_role_word);
                (names, role)
            }
        })
        .0;
    without_filing_town(found, rest)
}

/// `Автор: Дмитрий Лапшин, Тверь`: one word after the last comma, after full names, is the
/// town the writer files from (which the places list may spell in another script, or not
/// hold), unless it names a body or an agency (`…, Reuters`, a source).
fn without_filing_town(mut names: Vec<String>, rest: &str) -> Vec<String> {
    let after_comma = rest
        .rsplit_once(',')
        .map(|(_, tail)| super::metadata::simplify(tail));
    let town = names.split_last().is_some_and(|(last, before)| {
        !before.is_empty()
            && before.iter().all(|n| n.split_whitespace().count() >= 2)
            && last.split_whitespace().count() == 1
            && after_comma.as_deref() == Some(super::metadata::simplify(last).as_str())
            && !names::is_organisation(last)
            && !crate::extract::lexicon::is_news_agency(last)
    });
    if town {
        names.pop();
    }
    names
}

/// Splits at commas, except before a degree (`Brenda Goodman, MA` stays one name for
/// [`names::tidy`]).
fn split_commas(p: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut start = 0;
    for (at, _) in p.match_indices(',') {
        let next = p[at + 1..].split_whitespace().next().unwrap_or_default();
        let degree = names::tidy(&format!("X Y, {next}")) == "X Y";
        if !degree {
            out.push(&p[start..at]);
            start = at + 1;
        }
    }
    out.push(&p[start..]);
    out
}
