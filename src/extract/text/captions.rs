//! Image captions: the line above a credit, a caption printed twice, a `©` credit left over
//! outside the tail.

use super::{Found, MAX_CAPTION_CHARS, Role, rights};
use crate::model::Image;

/// Marks the caption above a credit line at `credit_at`: the line directly above (no blank
/// between), and its twin when the caption is repeated twice in a row.
pub(super) fn take_caption(
    lines: &[String],
    roles: &mut [Role],
    credit_at: usize,
) -> Option<String> {
    let above = credit_at.checked_sub(1)?;
    if let Some(below) = caption_below(lines, roles, credit_at) {
        roles[below] = Role::Image;
        return Some(lines[below].clone());
    }
    if roles[above] != Role::Content || lines[above].chars().count() > MAX_CAPTION_CHARS {
        return None;
    }
    // `… gratis. (APA)`: a story's last paragraph with its wire's credit, above a photo credit
    // printed after the story, is no caption.
    if super::lines::ends_sentence_before_credit(&lines[above]) {
        return None;
    }
    roles[above] = Role::Image;
    if let Some(twin) = above
        .checked_sub(1)
        .filter(|&t| roles[t] == Role::Content && lines[t] == lines[above])
    {
        roles[twin] = Role::Image;
    }
    Some(lines[above].clone())
}

/// The caption printed under its credit, as broadcasters print theirs (`Getty Images` over
/// `Cornwall has more than 20,000 properties listed as short-term lets, according to the
/// council`): when the line above is a short label (the byline's outlet, a name), not a
/// caption, and the line below reads as one (six words or more, no full stop: a story's first
/// paragraph ends with one).
fn caption_below(lines: &[String], roles: &[Role], credit_at: usize) -> Option<usize> {
    let above = lines[..credit_at]
        .iter()
        .rposition(|l| !l.trim().is_empty());
    let short_above = above.is_none_or(|a| {
        lines[a].split_whitespace().count() <= 4 && !super::lines::ends_sentence(&lines[a])
    });
    let below = (credit_at + 1..lines.len()).find(|&j| !lines[j].trim().is_empty())?;
    let line = lines[below].as_str();
    let caption_like = roles[below] == Role::Content
        && line.split_whitespace().count() >= 6
        && line.chars().count() <= MAX_CAPTION_CHARS
        && !super::lines::ends_sentence(line);
    (short_above && caption_like).then_some(below)
}

/// A `©` line that is not in the tail credits the image above it.
pub(super) fn place_leftover_copyrights(lines: &[String], roles: &mut [Role], found: &mut Found) {
    for i in 0..lines.len() {
        if roles[i] != Role::Copyright {
            continue;
        }
        let credit = rights::credit(&lines[i]).map(|(_, c)| c);
        let caption = take_caption(lines, roles, i);
        found.images.push((i, Image { caption, credit }));
        roles[i] = Role::Image;
    }
}

/// A line repeated twice in a row without a credit under it is still a caption (pages print
/// the image's alt text and its caption).
pub(super) fn find_repeated_captions(lines: &[String], roles: &mut [Role], found: &mut Found) {
    for i in 1..lines.len() {
        let twins =
            roles[i] == Role::Content && roles[i - 1] == Role::Content && lines[i] == lines[i - 1];
        if twins && lines[i].chars().count() <= MAX_CAPTION_CHARS {
            roles[i - 1] = Role::Image;
            roles[i] = Role::Image;
            found.images.push((
                i,
                Image {
                    caption: Some(lines[i].clone()),
                    credit: None,
                },
            ));
        }
    }
}
