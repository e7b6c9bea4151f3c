//! Interviews written as turns: `Q: …` / `A: …`, or the speakers' initials or names before a
//! colon (`NB: …`, `GD: …`). Each turn's text is one quote; the label says who speaks.

/// The longest label, in bytes (`Gráinne Doherty`).
const MAX_LABEL: usize = 24;

/// The label of a turn paragraph and where its text starts, as byte offsets into `para`.
pub fn turn(para: &str) -> Option<((usize, usize), usize)> {
    let colon = para.get(..MAX_LABEL + 1).unwrap_or(para).find(':')?;
    let label = &para[..colon];
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 3
        || label.starts_with(char::is_whitespace)
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        || !words.iter().all(|w| w.chars().all(char::is_alphabetic))
    {
        return None;
    }
    let rest = &para[colon + 1..];
    let text_start = colon + 1 + (rest.len() - rest.trim_start().len());
    (text_start < para.len()).then_some(((0, colon), text_start))
}

/// Whether a part reads as an interview: at least two labels, each opening two or more
/// paragraphs.
pub fn is_interview(paragraphs: &[&str]) -> bool {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for p in paragraphs {
        if let Some(((a, b), _)) = turn(p) {
            let label = &p[a..b];
            match counts.iter_mut().find(|(l, _)| *l == label) {
                Some((_, n)) => *n += 1,
                None => counts.push((label, 1)),
            }
        }
    }
    counts.iter().filter(|(_, n)| *n >= 2).count() >= 2
}

/// Whether a label stands for the interviewer (`Q`) or the one interviewed (`A`).
pub fn role(label: &str) -> Option<bool> {
    match label {
        "Q" => Some(true),
        "A" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_and_interviews() {
        let paras = [
            "Q: Why a ship?",
            "A: A friend is a sailor.",
            "Q: And now?",
            "A: A lighthouse.",
        ];
        assert!(is_interview(&paras));
        assert_eq!(turn("NB: Has the minister said yes?"), Some(((0, 2), 4)));
        assert_eq!(turn("The minister said: no."), None);
        assert!(!is_interview(&["Q: Why?", "He said: no."]));
    }
}
