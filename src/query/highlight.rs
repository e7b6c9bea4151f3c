//! What a query highlights in article text: the words of the terms an article must contain,
//! folded and cut as the index does (text.rs), so that what is marked is what matched.
//! Used by the result snippets (archive) and the reader (window).

use super::Query;
use super::text::{Piece, fold, piece_spans, pieces};
use std::ops::Range;

/// The words to mark, from a query the archive has resolved (so each word's `prefix` is
/// what the search used).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlighter {
    /// Folded words, each with whether longer words starting with it match too.
    words: Vec<(String, bool)>,
    /// Runs of `is_cjk` characters, found anywhere inside a run of the text.
    runs: Vec<String>,
}

impl Highlighter {
    /// The words of `query`'s wanted terms in text fields (not authors, sources, speakers
    /// or categories, which the text does not show).
    pub fn new(query: &Query) -> Self {
        let mut h = Highlighter::default();
        for term in query.wanted_terms() {
            if term.field.is_some_and(|f| !f.is_text()) {
                continue;
            }
            let parts = pieces(&term.text);
            let n = parts.len();
            for (i, piece) in parts.into_iter().enumerate() {
                match piece {
                    Piece::Word(w) => {
                        let entry = (fold(&w), term.prefix && i + 1 == n);
                        if !h.words.contains(&entry) {
                            h.words.push(entry);
                        }
                    }
                    Piece::Run(r) => {
                        let r = fold(&r);
                        if !h.runs.contains(&r) {
                            h.runs.push(r);
                        }
                    }
                }
            }
        }
        h
    }

    /// Nothing to mark.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.runs.is_empty()
    }

    /// Byte ranges of `text` to mark, in order, not overlapping.
    pub fn spans(&self, text: &str) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.is_empty() {
            return out;
        }
        for (range, cjk) in piece_spans(text) {
            let piece = &text[range.clone()];
            if !cjk {
                let word = fold(piece);
                let hit = self.words.iter().any(|(w, prefix)| {
                    if *prefix {
                        word.starts_with(w.as_str())
                    } else {
                        word == *w
                    }
                });
                if hit {
                    out.push(range);
                }
                continue;
            }
            let mut found: Vec<Range<usize>> = Vec::new();
            for run in &self.runs {
                for (at, m) in piece.match_indices(run.as_str()) {
                    found.push(range.start + at..range.start + at + m.len());
                }
            }
            found.sort_by_key(|r| r.start);
            for r in found {
                match out.last_mut() {
                    Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                    _ => out.push(r),
                }
            }
        }
        out
    }

    /// Whether some word of `text` is marked.
    pub fn matches(&self, text: &str) -> bool {
        !self.spans(text).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;

    fn marked(query: &str, text: &str) -> String {
        let mut q = parse(query).expect("valid");
        // As the archive would settle it for a word it does not hold whole.
        q.for_each_term_mut(&mut |t| {
            if t.open_ended() && t.text.ends_with("ukr") {
                t.prefix = true;
            }
        });
        let h = Highlighter::new(&q);
        let mut out = String::new();
        let mut at = 0;
        for r in h.spans(text) {
            out.push_str(&text[at..r.start]);
            out.push('[');
            out.push_str(&text[r.clone()]);
            out.push(']');
            at = r.end;
        }
        out.push_str(&text[at..]);
        out
    }

    #[test]
    fn words_fold_case_and_accents_and_prefixes_stay_prefixes() {
        assert_eq!(
            marked("spolka ukr", "Spółka z Ukrainy i ukraiński rynek."),
            "[Spółka] z [Ukrainy] i [ukraiński] rynek."
        );
        assert_eq!(marked("war", "War in Warsaw"), "[War] in Warsaw");
        assert_eq!(
            marked("librar*", "Libraries, library."),
            "[Libraries], [library]."
        );
    }

    #[test]
    fn excluded_words_and_metadata_fields_are_not_marked() {
        assert_eq!(marked("oil -prices", "oil prices"), "[oil] prices");
        assert_eq!(
            marked(
                "author:\"Priya Natarajan\" council",
                "Priya met the council"
            ),
            "Priya met the [council]"
        );
        assert_eq!(
            marked("quote:books speaker:hughes", "books by Hughes"),
            "[books] by Hughes"
        );
        assert_eq!(
            marked("\"city hall\"", "The City Hall."),
            "The [City] [Hall]."
        );
    }

    #[test]
    fn runs_are_found_inside_longer_runs() {
        assert_eq!(
            marked("人民", "中华人民共和国成立。人民日报"),
            "中华[人民]共和国成立。[人民]日报"
        );
        assert_eq!(
            marked("共和国 成立", "中华人民共和国成立"),
            "中华人民[共和国成立]"
        );
        assert_eq!(marked("Apple公司", "Apple公司的"), "[Apple公司]的");
    }
}
