//! Lines of one or more dated clauses (`Publié le … à 18h45, mis à jour le …`, `Published … •
//! Last updated … • 3 minute read`): each clause a date with its label, a time alone on the
//! day of the clause before it, a dateline's place first, a reading time last.

use super::{DateRole, ParsedDate, digits, parse_date_line, strip_label, time};

/// A line of one or more dated clauses: `Publié le 12 mars 2022 à 18h45, mis à jour le 13 mars
/// 2022 à 08h10`, `Málaga, 04/06/2020 - 11:30 CET`, `Opublikowano: 05.11.2023 | Aktualizacja: …`.
/// Clauses are separated by `,`, `;`, `|` or `·`; each must be a date (a clause without a label
/// is a publication date), except that the first may be a place name of one or two words.
/// Empty when the line is anything else.
pub fn parse_date_clauses(s: &str) -> Vec<(DateRole, ParsedDate)> {
    // `（最終更新：2025年1月18日 午後6時40分）`, `(Updated: …)`: a date line in brackets.
    let s = s
        .trim()
        .strip_prefix(['（', '('])
        .and_then(|inner| inner.strip_suffix(['）', ')']))
        .unwrap_or(s);
    if let Some(whole) = parse_date_line(s) {
        return vec![whole];
    }
    let s = &*digits::fold(s);
    let s = &*unglued_labels(s);
    if s.len() > 200 || s.bytes().filter(u8::is_ascii_digit).count() < 4 {
        return Vec::new();
    }
    // Byte offsets just past each separator, so a clause can be re-joined with its neighbours:
    // a comma also sits inside `October 27, 2024`.
    // A slash with a space on each side parts clauses too (`입력 : 2002-06-25 14:05 / 수정 :
    // …`); one inside a date (`25/06/2002`) does not.
    let spaced_slash = |i: usize| s[..i].ends_with(' ') && s[i + 1..].starts_with(' ');
    let cuts: Vec<usize> = s
        .char_indices()
        .filter(|&(i, c)| matches!(c, ',' | ';' | '|' | '·' | '•') || c == '/' && spaced_slash(i))
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    if cuts.is_empty() {
        return Vec::new();
    }
    let mut bounds = vec![0];
    bounds.extend(&cuts);
    bounds.push(s.len());
    let mut out = Vec::new();
    let mut start = 0;
    while start + 1 < bounds.len() {
        // The longest run of clauses from `start` that reads as one date.
        let found = (start + 1..bounds.len()).rev().find_map(|end| {
            let clause =
                s[bounds[start]..bounds[end]].trim_end_matches([',', ';', '|', '·', '•', '/', ' ']);
            parse_date_line(clause.trim()).map(|d| (end, d))
        });
        // `Updated November 24 2026 - 9:42pm, first published 6:00pm`: a labelled clause with a
        // time alone is on the day of the clause before it.
        let time_only = || {
            let clause = s[bounds[start]..bounds[start + 1]]
                .trim_matches([',', ';', '|', '·', '•', '/', ' ']);
            let (_, before) = out.last()?;
            same_day_time(clause, before)
        };
        match found {
            Some((end, date)) => {
                out.push(date);
                start = end;
            }
            None if time_only().is_some() => {
                out.extend(time_only());
                start += 1;
            }
            // `AMES, Iowa, Nov. 24, 2025`: a dateline's place, with its state or country.
            None if start < 2
                && out.is_empty()
                && is_place(s[bounds[start]..bounds[start + 1]].trim_end_matches(',')) =>
            {
                start += 1
            }
            // `… • 3 minute read`: how long the story takes to read, beside its dates.
            None if !out.is_empty() && is_reading_time(&s[bounds[start]..bounds[start + 1]]) => {
                start += 1;
            }
            None => return Vec::new(),
        }
    }
    out
}

/// `13:45, 24 Nov 2026Updated 14:10, 24 Nov 2026`: a copy that runs a clause's label into the
/// date before it. A separator goes back where a digit meets a date label.
fn unglued_labels(s: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::new();
    let mut copied = 0;
    let mut prev: Option<char> = None;
    for (at, c) in s.char_indices() {
        if c.is_uppercase() && prev.is_some_and(|p| p.is_ascii_digit()) {
            let rest = &s[at..];
            if strip_label(rest).1.len() < rest.len() {
                out.push_str(&s[copied..at]);
                out.push_str(" | ");
                copied = at;
            }
        }
        prev = Some(c);
    }
    if copied == 0 {
        return s.into();
    }
    out.push_str(&s[copied..]);
    out.into()
}

/// `3 minute read`, `Lesezeit: 3 Min.` (phrases in `assets/lexicon/reading-time.txt`).
fn is_reading_time(clause: &str) -> bool {
    let lower = clause.to_lowercase();
    clause.split_whitespace().count() <= 6
        && clause.chars().any(|c| c.is_ascii_digit())
        && crate::extract::lexicon::reading_time_phrases()
            .iter()
            .any(|p| lower.contains(p))
}

/// `first published 6:00pm` after a clause dated `day`: a label, then a time and nothing more.
fn same_day_time(clause: &str, day: &ParsedDate) -> Option<(DateRole, ParsedDate)> {
    let (role, rest) = strip_label(clause);
    // Without a label a lone time may be anything (a score, a duration).
    if rest.len() == clause.len() {
        return None;
    }
    let rest = rest.trim().trim_start_matches([':', ' ']);
    // `first published at 10.05pm`: the word for "at" before the time.
    let rest = super::JOINER
        .find(&format!(" {rest}"))
        .and_then(|m| rest.get(m.end().saturating_sub(1)..))
        .filter(|r| !r.is_empty())
        .unwrap_or(rest)
        .trim_start();
    let (time, len) = time::time_prefix(rest)?;
    if !rest[len..].trim().is_empty() {
        return None;
    }
    let date = day.iso.get(..10)?;
    Some((
        role,
        ParsedDate {
            iso: format!("{date}T{}", time.iso()),
            text: clause.to_string(),
        },
    ))
}

/// A dateline's place: one or two capitalised words without digits (`Málaga`, `NEW YORK`), or
/// a state's dotted abbreviation (`N.L.`, `D.C.`).
fn is_place(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let abbreviation = |w: &str| {
        w.len() <= 6 && w.ends_with('.') && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
    };
    (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && (w.chars().all(char::is_alphabetic) || abbreviation(w))
        })
}
