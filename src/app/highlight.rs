//! Where highlights fall, pure and unit-tested: matched words in a result snippet, the
//! search words and quotes inside a reader paragraph, and which paragraphs are crossheads.
//! The panels turn these segments into `LayoutJob`s.

use crate::query::{HIGHLIGHT_END, HIGHLIGHT_START, Highlighter};
use std::ops::Range;

/// Splits a search snippet into `(text, matched)` pieces.
pub fn snippet_parts(snippet: &str) -> Vec<(String, bool)> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut matched = false;
    for c in snippet.chars() {
        if c == HIGHLIGHT_START || c == HIGHLIGHT_END {
            if !current.is_empty() {
                parts.push((std::mem::take(&mut current), matched));
            }
            matched = c == HIGHLIGHT_START;
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        parts.push((current, matched));
    }
    parts
}

/// A piece of a paragraph and how to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Byte range in the paragraph.
    pub bytes: Range<usize>,
    /// Index of the quote covering it, if any.
    pub quote: Option<usize>,
    /// A search word.
    pub term: bool,
}

/// Splits `paragraph` into segments. `quotes` are `(quote index, character range)` relative
/// to the paragraph's first character (ranges may stick out of the paragraph; they are clipped).
/// Search matches are what `highlight` marks: the same words the snippets mark.
pub fn paragraph_segments(
    paragraph: &str,
    quotes: &[(usize, Range<isize>)],
    highlight: &Highlighter,
) -> Vec<Segment> {
    // Per-character marks, then runs of equal marks become segments.
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut quote_of: Vec<Option<usize>> = vec![None; chars.len()];
    for (index, range) in quotes {
        let start = range.start.max(0) as usize;
        let end = (range.end.max(0) as usize).min(chars.len());
        for slot in quote_of.iter_mut().take(end).skip(start) {
            *slot = Some(*index);
        }
    }
    let mut term_mark = vec![false; chars.len()];
    for span in highlight.spans(paragraph) {
        let first = chars.partition_point(|(b, _)| *b < span.start);
        let last = chars.partition_point(|(b, _)| *b < span.end);
        term_mark[first..last].iter_mut().for_each(|m| *m = true);
    }
    let mut segments: Vec<Segment> = Vec::new();
    for (k, &(byte, c)) in chars.iter().enumerate() {
        let end = byte + c.len_utf8();
        match segments.last_mut() {
            Some(last) if last.quote == quote_of[k] && last.term == term_mark[k] => {
                last.bytes.end = end
            }
            _ => segments.push(Segment {
                bytes: byte..end,
                quote: quote_of[k],
                term: term_mark[k],
            }),
        }
    }
    segments
}

/// Paragraphs of a text separated by blank lines, with the character offset each starts at.
pub fn paragraphs(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut char_pos = 0;
    let mut rest = text;
    loop {
        let (para, next) = match rest.find("\n\n") {
            Some(i) => (&rest[..i], Some(&rest[i + 2..])),
            None => (rest, None),
        };
        let trimmed_start = para.len() - para.trim_start().len();
        let body = para.trim();
        if !body.is_empty() {
            out.push((char_pos + para[..trimmed_start].chars().count(), body));
        }
        char_pos += para.chars().count() + 2;
        match next {
            Some(n) => rest = n,
            None => break,
        }
    }
    out
}

/// A crosshead: a short one-line paragraph without closing punctuation.
pub fn is_crosshead(paragraph: &str) -> bool {
    let count = paragraph.chars().count();
    (3..=80).contains(&count)
        && !paragraph.contains('\n')
        && !paragraph.ends_with(['.', '!', '?', ',', ';', ':', '"', '”', '’', '»', ')'])
        && !paragraph.starts_with(['-', '–', '—', '"', '“', '„', '«'])
        && paragraph.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(query: &str) -> Highlighter {
        Highlighter::new(&crate::query::parse(query).expect("valid"))
    }

    #[test]
    fn snippet_marks_become_parts() {
        let s = format!("the {HIGHLIGHT_START}budget{HIGHLIGHT_END} vote");
        assert_eq!(
            snippet_parts(&s),
            vec![
                ("the ".into(), false),
                ("budget".into(), true),
                (" vote".into(), false)
            ]
        );
    }

    #[test]
    fn segments_mark_quotes_and_terms() {
        let p = "He said \"Libraries matter\" today.";
        let segs = paragraph_segments(p, &[(0, 8..26)], &marks("librar*"));
        let text = |s: &Segment| &p[s.bytes.clone()];
        assert_eq!(text(&segs[0]), "He said ");
        assert_eq!(
            segs[1],
            Segment {
                bytes: 8..9,
                quote: Some(0),
                term: false
            }
        );
        assert_eq!(text(&segs[2]), "Libraries");
        assert!(segs[2].term && segs[2].quote == Some(0));
        assert_eq!(text(segs.last().expect("segments")), " today.");
        // Ranges outside the paragraph are clipped; non-ASCII text keeps char boundaries.
        let segs = paragraph_segments("żółw", &[(1, -3..2)], &Highlighter::default());
        assert_eq!(segs.len(), 2);
        assert_eq!(&"żółw"[segs[0].bytes.clone()], "żó");
    }

    #[test]
    fn reader_marks_fold_accents_and_find_words_inside_chinese_text() {
        let show = |p: &str, h: &Highlighter| -> String {
            paragraph_segments(p, &[], h)
                .iter()
                .map(|s| {
                    let t = &p[s.bytes.clone()];
                    if s.term {
                        format!("[{t}]")
                    } else {
                        t.to_string()
                    }
                })
                .collect()
        };
        assert_eq!(
            show("Spółka i spolka.", &marks("spolka")),
            "[Spółka] i [spolka]."
        );
        assert_eq!(
            show("他在人民大会堂发言。", &marks("大会")),
            "他在人民[大会]堂发言。"
        );
    }

    #[test]
    fn paragraphs_carry_char_offsets() {
        let text = "Łódź first.\n\nSecond one.\n\n\n\nThird";
        let paras = paragraphs(text);
        assert_eq!(
            paras.iter().map(|p| p.1).collect::<Vec<_>>(),
            vec!["Łódź first.", "Second one.", "Third"]
        );
        for (offset, p) in &paras {
            let start: String = text.chars().skip(*offset).take(p.chars().count()).collect();
            assert_eq!(&start, p);
        }
    }

    #[test]
    fn crossheads_are_short_unpunctuated_lines() {
        assert!(is_crosshead("Talks resume on Monday"));
        assert!(!is_crosshead("The talks resumed on Monday."));
        assert!(!is_crosshead("\"We are ready\""));
    }
}
