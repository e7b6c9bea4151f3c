//! Result snippets: a window of words around the first match, matched words wrapped in
//! `HIGHLIGHT_START`/`HIGHLIGHT_END`. Cut here rather than by FTS5's snippet(), which costs
//! as much as the ranking itself when it runs for every ranked row.

use crate::query::Highlighter;
use crate::query::text::{is_cjk, piece_spans};
use crate::query::{HIGHLIGHT_END, HIGHLIGHT_START};
use std::ops::Range;

/// Words shown in a snippet (a character of Chinese, Japanese or Korean counts as a word).
const WINDOW_WORDS: usize = 26;
/// Words of context kept before the first match.
const BEFORE_WORDS: usize = 6;

/// The snippet for an article whose lead and body are given, marking what `highlight`
/// marks. Without a match in the text (the query matched the title or a field) the snippet
/// is the start of the text.
pub fn snippet(lead: &str, body: &str, highlight: &Highlighter) -> String {
    let text = if lead.is_empty() {
        body.to_string()
    } else {
        format!("{lead} {body}")
    };
    let words = word_spans(&text);
    let marks = highlight.spans(&text);
    let first = marks
        .first()
        .map(|m| words.partition_point(|w| w.end <= m.start));
    let start = first.map_or(0, |i| i.saturating_sub(BEFORE_WORDS));
    let end = (start + WINDOW_WORDS).min(words.len());
    let Some(from) = words.get(start).map(|w| w.start) else {
        return String::new();
    };
    let to = words
        .get(end.saturating_sub(1))
        .map_or(text.len(), |w| w.end);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut cursor = from;
    for mark in marks.iter().filter(|m| m.start >= from && m.end <= to) {
        out.push_str(&text[cursor..mark.start]);
        out.push(HIGHLIGHT_START);
        out.push_str(&text[mark.clone()]);
        out.push(HIGHLIGHT_END);
        cursor = mark.end;
    }
    out.push_str(&text[cursor..to]);
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

/// Byte ranges of the words of `text`, each character of a run of `is_cjk` characters a
/// word of its own (those scripts put no spaces between words).
fn word_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    for (range, cjk) in piece_spans(text) {
        if cjk {
            spans.extend(
                text[range.clone()]
                    .char_indices()
                    .filter(|(_, c)| is_cjk(*c) || c.is_alphanumeric())
                    .map(|(i, c)| range.start + i..range.start + i + c.len_utf8()),
            );
        } else {
            spans.push(range);
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(query: &str) -> Highlighter {
        let mut q = crate::query::parse(query).expect("valid");
        q.for_each_term_mut(&mut |t| t.prefix |= t.text == "ukr");
        Highlighter::new(&q)
    }

    fn show(s: &str) -> String {
        s.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")
    }

    #[test]
    fn highlights_words_and_prefixes_folding_case_and_accents() {
        let s = snippet(
            "",
            "Spółka z Ukrainy i ukraiński rynek.",
            &marks("spolka ukr"),
        );
        assert_eq!(show(&s), "[Spółka] z [Ukrainy] i [ukraiński] rynek.");
    }

    #[test]
    fn the_window_starts_a_little_before_the_first_match() {
        let body = (1..=60)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let s = snippet("", &body, &marks("w30"));
        assert!(show(&s).starts_with("…w24 w25"), "{s}");
        assert!(show(&s).contains("[w30]"));
        assert!(s.ends_with('…'));
    }

    #[test]
    fn no_match_gives_the_start_and_empty_text_nothing() {
        assert_eq!(
            snippet("Lead here.", "Body.", &marks("zzz")),
            "Lead here. Body."
        );
        assert_eq!(snippet("", "", &marks("x")), "");
    }

    #[test]
    fn a_word_inside_a_chinese_sentence_is_marked_with_its_context() {
        let body = "新华社北京电。今天上午，国务院总理在人民大会堂会见了来访的代表团，双方就经济合作交换了意见。";
        let s = snippet("", body, &marks("经济"));
        assert!(show(&s).contains("[经济]"), "{s}");
        assert!(
            s.starts_with('…'),
            "the window starts a few characters before: {s}"
        );
        assert!(s.chars().count() < 40, "{s}");
    }
}
