//! Datelines: the date a story's first paragraph opens with, before the dash that ends the
//! dateline, or after a place and a date label (Indian papers).

use super::{DateRole, ParsedDate, date_prefix, digits, label_prefix, parse_date_clauses};

/// The date a story's first paragraph opens with, wire-style: `April 17, 2015 -- Imagine…`,
/// `WASHINGTON, March 5, 2024 — The Senate…`. Only before a dash that ends the dateline, so
/// a date inside the first sentence is not taken.
pub fn dateline_date(paragraph: &str) -> Option<ParsedDate> {
    let head: String = paragraph.chars().take(80).collect();
    // `Monterrey, N.L., 18 de noviembre de 2025.- La tasa …`: Mexican papers end theirs `.-`.
    let Some(end) = [" -- ", " — ", " – ", " - ", "—", " ―", ".- "]
        .iter()
        .filter_map(|dash| head.find(dash))
        .min()
    else {
        return labelled_dateline(&head);
    };
    let before = head[..end].trim();
    // `SINGAPORE, Nov. 24, 2026 /AsiaPress Wire/ --`, `… 2026 (Reuters) -`: the wire after the
    // date.
    let before = before
        .strip_suffix('/')
        .and_then(|b| b.rsplit_once('/'))
        .or_else(|| before.strip_suffix(')').and_then(|b| b.rsplit_once('(')))
        .map_or(before, |(date, _)| date.trim());
    parse_date_clauses(before)
        .into_iter()
        .find(|(role, _)| *role == DateRole::Published)
        .map(|(_, date)| date)
}

/// `અમદાવાદ, તા. 24 નવેમ્બર 2026 અમદાવાદ મ્યુનિસિપલ…`: a place, then a labelled date running
/// into the story without a dash, as Indian-language papers print their datelines. The label
/// (`તા.`, `दिनांक`) is what tells the date from one the first sentence mentions.
fn labelled_dateline(head: &str) -> Option<ParsedDate> {
    let (place, rest) = head.split_once(", ")?;
    let words = place.split_whitespace().count();
    if !(1..=3).contains(&words) || place.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let (DateRole::Published, rest) = label_prefix(rest)? else {
        return None;
    };
    let rest = digits::fold(rest.trim_start());
    let (date, _) = date_prefix(&rest)?;
    Some(ParsedDate {
        iso: date.format("%Y-%m-%d").to_string(),
        text: rest.trim().to_string(),
    })
}
