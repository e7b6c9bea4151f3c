//! Image credits: the credit split off a caption (`… Photograph: Jane Doe/Reuters`,
//! `(Photo: AP)`, `© …`, `… / Getty Images`).

use super::dom::collapse_spaces;
use crate::model::{Image, normalize_line};

/// Splits a trailing or labelled credit off a caption: `... Photograph: Jane Doe/Reuters`,
/// `... (Photo: AP)`, `Credit: ...`, `© ...`, `... / Getty Images`.
pub fn split_credit(text: &str) -> (Option<String>, Option<String>) {
    let labels = [
        "photograph:",
        "photo:",
        "photos:",
        "picture:",
        "image:",
        "credit:",
        "photo by",
        "foto:",
        "fot.",
        "zdjęcie:",
        "source:",
        "©",
        "(c)",
    ];
    let lower = text.to_lowercase();
    let mut best: Option<usize> = None;
    for label in labels {
        if let Some(pos) = lower.rfind(label) {
            if best.is_none_or(|b| pos < b) {
                best = Some(pos);
            }
        }
    }
    if let Some(pos) = best {
        // `lower` can differ in length from `text` for a few letters; map back safely.
        if text.is_char_boundary(pos) && lower.len() == text.len() {
            let caption = text[..pos]
                .trim()
                .trim_end_matches(['(', '[', '|', '-', '–'])
                .trim();
            let credit = text[pos..].trim().trim_end_matches([')', ']']).trim();
            let credit = credit
                .split_once(':')
                .map_or(credit, |(l, r)| if l.len() < 14 { r } else { credit })
                .trim();
            return (
                Some(caption.to_string()).filter(|c| !c.is_empty()),
                Some(credit.to_string()).filter(|c| !c.is_empty()),
            );
        }
    }
    for agency in [
        "Getty Images",
        "Reuters",
        "AP",
        "AFP",
        "EPA",
        "PAP",
        "Shutterstock",
        "Associated Press",
    ] {
        for open in ["(", "["] {
            let close = if open == "(" { ")" } else { "]" };
            if let Some(start) = text.rfind(open) {
                let tail = &text[start..];
                if tail.ends_with(close) && tail.contains(agency) && tail.len() < 80 {
                    let credit = tail[1..tail.len() - 1].trim().to_string();
                    return (
                        Some(text[..start].trim().to_string()).filter(|c| !c.is_empty()),
                        Some(credit),
                    );
                }
            }
        }
        if let Some((head, tail)) = text.rsplit_once(" / ").or_else(|| text.rsplit_once('/')) {
            if tail.contains(agency) && tail.len() < 60 && !head.contains("://") {
                let start = head.rfind(['.', '!', '?']).map_or(0, |p| p + 1);
                let credit = text[start..].trim().to_string();
                return (
                    Some(head[..start].trim().to_string()).filter(|c| !c.is_empty()),
                    Some(credit),
                );
            }
        }
    }
    (Some(text.to_string()).filter(|t| !t.is_empty()), None)
}

/// A figure caption split into caption and credit.
pub fn image_from_caption(text: &str, credit: Option<String>) -> Option<Image> {
    let text = normalize_line(&collapse_spaces(text));
    let (caption, found_credit) = split_credit(&text);
    let credit = credit
        .map(|c| normalize_line(&c))
        .filter(|c| !c.is_empty())
        .or(found_credit);
    let caption = caption
        .map(|c| normalize_line(&c))
        .filter(|c| !c.is_empty());
    (caption.is_some() || credit.is_some()).then_some(Image { caption, credit })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_split_from_captions() {
        assert_eq!(
            split_credit("A boat at sea. Photograph: Jane Doe/Reuters"),
            (
                Some("A boat at sea.".into()),
                Some("Jane Doe/Reuters".into())
            )
        );
        assert_eq!(
            split_credit("A boat at sea (Getty Images)"),
            (Some("A boat at sea".into()), Some("Getty Images".into()))
        );
        assert_eq!(
            split_credit("A boat at sea"),
            (Some("A boat at sea".into()), None)
        );
    }
}
