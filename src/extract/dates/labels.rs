//! Date labels (`Published:`, `Aktualizacja`, `更新时间`) and their roles, read from
//! `assets/lexicon/date-labels.tsv`, and how a line's label is taken off.

use std::sync::LazyLock;

use super::{DateRole, collapse_spaces};
use crate::model::normalize_line;

/// Date labels (`published on`, `aktualizacja`, `更新时间`) with their roles, from
/// `assets/lexicon/date-labels.tsv`: data, so a language is added without code.
static LABELS: LazyLock<Vec<(&'static str, DateRole)>> = LazyLock::new(|| {
    include_str!("../../../assets/lexicon/date-labels.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (label, role) = l.split_once('\t')?;
            let role = match role.trim() {
                "updated" => DateRole::Updated,
                _ => DateRole::Published,
            };
            Some((label.trim(), role))
        })
        .collect()
});

/// A line that is a date label and nothing else (`Updated`, `Published:`, `Aktualizacja`):
/// pages that print the label above its date.
pub fn label_alone(s: &str) -> Option<DateRole> {
    if s.len() > 40 {
        return None;
    }
    let line = collapse_spaces(&normalize_line(s));
    let line = line.trim().trim_end_matches([':', '：']).trim();
    let (role, rest) = strip_label(line);
    (rest.is_empty() && line != rest).then_some(role)
}

/// The label opening `line` (`Published:`, `Aktualizacja`) with its role, and what follows it;
/// `None` when no label opens it.
pub fn label_prefix(line: &str) -> Option<(DateRole, &str)> {
    let (role, rest) = strip_label(line);
    (rest.len() < line.len()).then_some((role, rest))
}

/// The labels, longest first, so `publicado em` wins over `publicado`.
static LABELS_LONGEST_FIRST: LazyLock<Vec<(&'static str, DateRole)>> = LazyLock::new(|| {
    let mut labels = LABELS.to_vec();
    labels.sort_by_key(|(label, _)| std::cmp::Reverse(label.len()));
    labels
});

/// The first words of the labels, lower-cased: a line or window starting with anything else
/// carries no label, which spares comparing it with every label.
pub(super) static LABEL_FIRST_WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| {
        LABELS
            .iter()
            .filter_map(|(label, _)| label.split(' ').next())
            .collect()
    });

/// The first word of `s`, lower-cased, without a trailing colon.
pub(super) fn first_word_lower(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == ':' || c == '：')
        .next()
        .unwrap_or_default()
        .to_lowercase()
}

pub(super) fn strip_label(line: &str) -> (DateRole, &str) {
    if !LABEL_FIRST_WORDS.contains(first_word_lower(line).as_str()) {
        return glued_label(line).unwrap_or((DateRole::Published, line));
    }
    for (label, role) in LABELS_LONGEST_FIRST.iter() {
        // Compare char by char on the original's own boundaries: lowercasing can change byte
        // lengths (`İ`, the Kelvin sign), so offsets into a lowercased copy are not safe.
        let Some(head) = line.get(..label.len()) else {
            continue;
        };
        if !head.chars().flat_map(char::to_lowercase).eq(label.chars()) {
            continue;
        }
        let rest = &line[label.len()..];
        if rest
            .chars()
            .next()
            .is_none_or(|c| c == ':' || c == '：' || c.is_whitespace())
        {
            // `Updated / Tuesday, 24 Nov 2026 21:14`: a slash or a bar may stand for the colon.
            let rest = rest.trim_start_matches([':', '：', ' ']);
            let rest = match rest.strip_prefix(['/', '|', '–', '—']) {
                Some(after) if after.starts_with(' ') => after.trim_start(),
                _ => rest,
            };
            return (*role, rest);
        }
    }
    (DateRole::Published, line)
}

/// `Published17:40, 2 NOV 2025`: a one-word label run into the time or date after it.
fn glued_label(line: &str) -> Option<(DateRole, &str)> {
    let end = line.find(|c: char| !c.is_alphabetic())?;
    let (word, rest) = line.split_at(end);
    if word.is_empty() || !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let lower = word.to_lowercase();
    LABELS
        .iter()
        .find(|(label, _)| *label == lower)
        .map(|(_, role)| (*role, rest))
}
