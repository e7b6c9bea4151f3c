//! The lead: which paragraph of a text copy opens the article, and which the body.

use super::{Role, lines};

/// Splits the content lines into the lead and the body.
///
/// The lead is chosen by the first rule that applies:
/// 1. **Lead before the metadata block** (the shape of copied news pages): title, then one or
///    two paragraphs, then a block with a date, author or image, then more text. The first of
///    those paragraphs is the lead; a second one opens the body.
/// 2. **Byline first**: the metadata block follows the title directly. The first body paragraph
///    is the lead when it is lead-shaped (40–400 characters, ends a sentence) and at least two
///    paragraphs remain for the body.
/// 3. Otherwise (no date or author anywhere, or they sit further down or at the end) there is no
///    lead and everything is body.
pub(super) fn choose_lead(lines: &[String], roles: &[Role]) -> (String, String) {
    let paragraphs = paragraphs(lines, roles);
    let has_byline_meta = roles.iter().any(|r| matches!(r, Role::Date | Role::Author));
    let header_at = roles
        .iter()
        .position(|r| r.is_header_meta())
        .unwrap_or(lines.len());
    let before = paragraphs.iter().filter(|(at, _)| *at < header_at).count();
    let lead_before_meta = (1..=2).contains(&before) && before < paragraphs.len();
    let byline_first = before == 0 && paragraphs.len() >= 3 && is_lead_shaped(&paragraphs[0].1);
    let lead_count = usize::from(has_byline_meta && (lead_before_meta || byline_first));
    let lead = paragraphs
        .iter()
        .take(lead_count)
        .map(|(_, p)| p.clone())
        .collect::<Vec<_>>()
        .join("\n\n");
    let body = paragraphs
        .iter()
        .skip(lead_count)
        .map(|(_, p)| p.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    (lead, body)
}

/// The content paragraphs with the index of the line each starts on.
fn paragraphs(lines: &[String], roles: &[Role]) -> Vec<(usize, String)> {
    let mut groups: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut current: Option<(usize, Vec<&str>)> = None;
    for (i, role) in roles.iter().enumerate() {
        if *role == Role::Content {
            current
                .get_or_insert_with(|| (i, Vec::new()))
                .1
                .push(&lines[i]);
        } else if let Some(group) = current.take() {
            groups.push(group);
        }
    }
    groups.extend(current);
    let plain: Vec<Vec<&str>> = groups.iter().map(|(_, g)| g.clone()).collect();
    let wrapped = lines::is_hard_wrapped(&plain);
    let mut out = Vec::new();
    for (start, group) in groups {
        if wrapped {
            out.push((start, group.join(" ")));
        } else {
            out.extend(
                group
                    .into_iter()
                    .enumerate()
                    .map(|(k, line)| (start + k, line.to_string())),
            );
        }
    }
    out
}

/// One to a few sentences: 40–400 characters, ending like a sentence.
fn is_lead_shaped(paragraph: &str) -> bool {
    let chars = paragraph.chars().count();
    (40..=400).contains(&chars) && lines::ends_sentence(paragraph)
}
