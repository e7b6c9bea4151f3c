//! Result snippets: a window of words around the first match, matched words wrapped in
//! `HIGHLIGHT_START`/`HIGHLIGHT_END`. Cut here rather than by FTS5's snippet(), which costs
//! as much as the ranking itself when it runs for every ranked row.

use super::people::fold_word;
use super::read::{HIGHLIGHT_END, HIGHLIGHT_START};

/// Words shown in a snippet.
const WINDOW_WORDS: usize = 26;
/// Words of context kept before the first match.
const BEFORE_WORDS: usize = 6;

/// The snippet for an article whose lead and body are given, highlighting `terms`
/// (folded words, each with whether it matches as a prefix). Without a match in the text
/// (the query matched the title or a field) the snippet is the start of the text.
pub fn snippet(lead: &str, body: &str, terms: &[(String, bool)]) -> String {
    let text = if lead.is_empty() {
        body.to_string()
    } else {
        format!("{lead} {body}")
    };
    let words = word_spans(&text);
    let matches = |span: &(usize, usize)| {
        let word = fold_word(&text[span.0..span.1]);
        terms.iter().any(|(term, prefix)| {
            if *prefix {
                word.starts_with(term.as_str())
            } else {
                word == *term
            }
        })
    };
    let first = words.iter().position(matches);
    let start = first.map_or(0, |i| i.saturating_sub(BEFORE_WORDS));
    let end = (start + WINDOW_WORDS).min(words.len());
    let Some(&(from, _)) = words.get(start) else {
        return String::new();
    };
    let to = words.get(end.saturating_sub(1)).map_or(text.len(), |w| w.1);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut cursor = from;
    for span in &words[start..end] {
        out.push_str(&text[cursor..span.0]);
        if matches(span) {
            out.push(HIGHLIGHT_START);
            out.push_str(&text[span.0..span.1]);
            out.push(HIGHLIGHT_END);
        } else {
            out.push_str(&text[span.0..span.1]);
        }
        cursor = span.1;
    }
    // Keep closing punctuation right after the last word.
    let tail: String = text[to..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !c.is_alphanumeric())
        .collect();
    out.push_str(&tail);
    if end < words.len() {
        out.push('…');
    }
    out.replace('\n', " ")
}

/// Byte ranges of the alphanumeric runs in `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(s: &str) -> String {
        s.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")
    }

    #[test]
    fn highlights_words_and_prefixes_folding_case_and_accents() {
        let terms = vec![("spolka".to_string(), false), ("ukr".to_string(), true)];
        let s = snippet("", "Spółka z Ukrainy i ukraiński rynek.", &terms);
        assert_eq!(show(&s), "[Spółka] z [Ukrainy] i [ukraiński] rynek.");
    }

    #[test]
    fn the_window_starts_a_little_before_the_first_match() {
        let body = (1..=60)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let s = snippet("", &body, &[("w30".to_string(), false)]);
        assert!(show(&s).starts_with("…w24 w25"), "{s}");
        assert!(show(&s).contains("[w30]"));
        assert!(s.ends_with('…'));
    }

    #[test]
    fn no_match_gives_the_start_and_empty_text_nothing() {
        assert_eq!(
            snippet("Lead here.", "Body.", &[("zzz".to_string(), false)]),
            "Lead here. Body."
        );
        assert_eq!(snippet("", "", &[]), "");
    }
}
