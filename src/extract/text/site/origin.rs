//! The publication a copy names as where it came from: a line saying so (`Originally published
//! at The Malawi Standard`, `Imprimé depuis La Gazette du Saloum`, Medium's `Published in` over
//! the publication's name) and the date it may give.

use super::is_brand_shaped;
use crate::extract::dates;

/// Where ` on DATE` starts in what follows an origin phrase, when the rest is a date.
fn origin_date_at(rest: &str) -> Option<usize> {
    rest.match_indices(" on ")
        .map(|(at, _)| at)
        .find(|&at| dates::parse_date(rest[at + 4..].trim().trim_end_matches('.')).is_some())
}

/// The date an origin line gives (`This article was originally published by Lagos Daily Mirror
/// on 26/05/2025 at 07:30.`).
pub fn named_origin_date(line: &str) -> Option<dates::ParsedDate> {
    if line.chars().count() > 160 || named_origin(line).is_none() {
        return None;
    }
    let at = origin_date_at(line)?;
    dates::parse_date(line[at + 4..].trim().trim_end_matches('.'))
}

/// The publication a line says the copy came from (`Originally published at The Malawi
/// Standard`, `Imprimé depuis La Gazette du Saloum (gazette.sn)`); phrases from
/// `assets/lexicon/publisher-phrases.txt`.
pub fn named_origin(line: &str) -> Option<String> {
    name_after(line, &PHRASES).or_else(|| first_appeared_in(line))
}

/// The publication a line says the story appeared in first (`Originally published at The
/// Malawi Standard`, `Questo articolo è apparso originariamente su Il Corriere di Matera`);
/// phrases from `assets/lexicon/first-appeared-phrases.txt`.
pub fn first_appeared_in(line: &str) -> Option<String> {
    name_after(line, &FIRST_APPEARED)
}

static PHRASES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::extract::lexicon::longest_first(include_str!(
        "../../../../assets/lexicon/publisher-phrases.txt"
    ))
});
// Longest first: `… in our sister title` before `… in`.
static FIRST_APPEARED: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::extract::lexicon::longest_first(include_str!(
        "../../../../assets/lexicon/first-appeared-phrases.txt"
    ))
});

/// How far into a line an origin phrase may start, in bytes and in words before it.
const LEAD_CHARS: usize = 40;
const LEAD_WORDS: usize = 4;

/// The publication named after one of `phrases` opening the line (or after a few words of the
/// line's own).
fn name_after(line: &str, phrases: &[&str]) -> Option<String> {
    if line.chars().count() > 120 {
        return None;
    }
    let lower = line.to_lowercase();
    // The phrase opens the line, or follows a few words of its own (`This story was` before
    // `originally published by`).
    let (at, phrase) = phrases.iter().find_map(|p| {
        lower
            .match_indices(*p)
            .find(|(at, _)| {
                *at == 0
                    || *at <= LEAD_CHARS
                        && lower[..*at].ends_with(' ')
                        && lower[..*at].split_whitespace().count() <= LEAD_WORDS
            })
            .map(|(at, _)| (at, *p))
    })?;
    // Lower-casing may change lengths outside ASCII: the phrase's place must hold in the line.
    let rest = line
        .get(at + phrase.len()..)
        .filter(|_| line.is_char_boundary(at))?;
    // `… in The Connacht Journal on November 9, 2025`: the date after the name.
    let rest = match origin_date_at(rest) {
        Some(at) => &rest[..at],
        None => rest,
    };
    let name = rest
        .split(" (")
        .next()?
        .trim()
        .trim_end_matches(['.', ':', ','])
        .trim();
    // A capital, or a script without capitals (`جريدة الوادي`).
    let capital = name
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_alphabetic() && !c.is_lowercase());
    (is_brand_shaped(name) && capital).then(|| name.to_string())
}

/// The phrase alone on its line and the publication on the next (`Published in` / `Neighbourly`,
/// as Medium prints it).
pub fn named_origin_below(lines: &[String]) -> Option<String> {
    let filled: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    filled.windows(2).find_map(|w| {
        is_phrase(w[0])
            .then(|| named_origin(&format!("{} {}", w[0], w[1])))
            .flatten()
    })
}

/// Whether `line` is one of the phrases and nothing else.
fn is_phrase(line: &str) -> bool {
    if line.chars().count() > 60 {
        return false;
    }
    let lower = line.to_lowercase();
    let lower = lower.trim_end_matches(':').trim();
    PHRASES
        .iter()
        .chain(FIRST_APPEARED.iter())
        .any(|p| p.trim_end_matches(':') == lower)
}
