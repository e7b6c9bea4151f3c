//! Whether a paragraph is running prose. Quotes, speakers and events come only from prose:
//! tables of contents, infoboxes, navigation, link lists, reference lists (`Retrieved 7
//! January 2011`), captions and tables never yield them. Extraction sees plain paragraphs, so
//! this is decided from the text's shape: citation patterns, list-like runs of short lines
//! without sentence punctuation, and long runs of words with no punctuation at all.

/// Words a paragraph may have and still be a caption or a navigation line when nothing in it
/// ends a sentence.
const SHORT_WORDS: usize = 4;
/// A run of this many words with no punctuation at all is a menu or a table of contents.
const UNPUNCTUATED_WORDS: usize = 14;

/// Whether a paragraph reads as running prose.
pub fn is_prose(para: &str) -> bool {
    let text = para.trim();
    if text.is_empty() || is_citation(text) || is_caption(text) || is_table(text) {
        return false;
    }
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() >= 3 {
        let listy = lines.iter().filter(|l| is_list_line(l)).count();
        if listy * 3 >= lines.len() * 2 {
            return false;
        }
    }
    let words = text.split_whitespace().count();
    let sentence_mark = text.chars().any(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '。' | '！' | '？' | '"' | '“' | '”' | '«' | '»' | '„'
        )
    });
    if words <= SHORT_WORDS && !sentence_mark {
        return false;
    }
    if words >= UNPUNCTUATED_WORDS && !has_punctuation_run(text) {
        return false;
    }
    true
}

/// Byte ranges of the paragraphs (blank-line separated) of `text` that are not prose.
pub fn non_prose_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for p in text.split("\n\n") {
        if !is_prose(p) {
            out.push((offset, offset + p.len()));
        }
        offset += p.len() + 2;
    }
    out
}

/// Whether `byte` falls in one of the sorted `ranges`.
pub fn in_ranges(ranges: &[(usize, usize)], byte: usize) -> bool {
    let i = ranges.partition_point(|&(_, end)| end <= byte);
    ranges.get(i).is_some_and(|&(start, _)| start <= byte)
}

/// A reference-list entry: `Retrieved 7 January 2011`, `Archived from the original`, an
/// `ISBN`, a `doi:`, or a line starting with a back-reference caret.
fn is_citation(text: &str) -> bool {
    let start = text.trim_start();
    if start.starts_with('^') || start.starts_with('↑') {
        return true;
    }
    const MARKS: [&str; 8] = [
        "Retrieved ",
        "Archived from the original",
        "ISBN ",
        "ISBN-",
        "doi:",
        "Accessed ",
        "Archived at ",
        "Retrieved on ",
    ];
    MARKS.iter().any(|m| {
        text.match_indices(m).any(|(i, _)| {
            // `Retrieved` and `Accessed` followed by a date or a month; the rest as they are.
            let after = &text[i + m.len()..];
            !(m.starts_with("Retrieved") || m.starts_with("Accessed"))
                || after.starts_with(|c: char| c.is_ascii_digit())
                || after
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| crate::extract::lexicon::month_number(w).is_some())
        })
    })
}

/// A photo caption's credit: `Photo: …`, `Photograph: …`, `(AP Photo/…)`, `/Getty Images`.
fn is_caption(text: &str) -> bool {
    const MARKS: [&str; 7] = [
        "Photo: ",
        "Photograph: ",
        "Image: ",
        "Picture: ",
        "AP Photo/",
        "/Getty Images",
        "Photo credit",
    ];
    MARKS.iter().any(|m| text.contains(m))
}

/// Tab-separated or pipe-separated cells.
fn is_table(text: &str) -> bool {
    text.contains('\t') || text.matches(" | ").count() >= 2
}

/// A short line that does not end like a sentence (a menu entry, a link, a list item).
fn is_list_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let ends_sentence = line
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?', ':', '。']);
    words <= 8 && !ends_sentence
}

/// Whether sentence or clause punctuation stands somewhere among the words (a table of
/// contents or a menu run on one line has none).
fn has_punctuation_run(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '“' | '”' | '。' | '，' | '、'
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_is_prose() {
        assert!(is_prose(
            "\"We will win,\" said the mayor on Friday, to cheers from the crowd."
        ));
        assert!(is_prose("\"Yes,\" he said."));
        assert!(is_prose("It rained."));
    }

    #[test]
    fn page_debris_is_not() {
        assert!(!is_prose(
            "Smith, John (2010). \"Dutch roots\". The Review. Retrieved 7 January 2011."
        ));
        assert!(!is_prose("^ \"History of the town\". Council. 2009."));
        assert!(!is_prose(
            "Contents Etymology Dutch English History Early period Modern period Geography \
             Climate Demographics Economy Culture See also References"
        ));
        assert!(!is_prose("Home\nNews\nSport\nWeather\nContact us"));
        assert!(!is_prose("Related articles"));
        assert!(!is_prose(
            "The mayor opens the new bridge. Photo: Jane Doe/Reuters"
        ));
        assert!(!is_prose("Population | 12,000 | 2011 census"));
        assert!(!is_prose("ISBN 978-0-19-953556-9"));
    }

    #[test]
    fn ranges() {
        let text = "A sentence here.\n\nHome\nNews\nSport\n\nAnother one.";
        let r = non_prose_ranges(text);
        assert_eq!(r.len(), 1);
        assert!(in_ranges(&r, text.find("News").unwrap_or(0)));
        assert!(!in_ranges(&r, text.find("Another").unwrap_or(0)));
    }
}
