//! A weekday opening a date (`Sunday, 27 października 2024`, `Dydd Iau`, Thai `วันพฤหัสบดีที่`):
//! the words it takes, so the date after it is read.

use std::sync::LazyLock;

use regex::Regex;

use super::compile;

/// A word of letters and their combining marks (the virama of `বৃহস্পতিবার` is no letter).
static WORD: LazyLock<Regex> = LazyLock::new(|| compile(r"^[\p{L}\p{M}]+"));

/// The byte length of the word `s` opens with.
pub(super) fn word_len(s: &str) -> usize {
    WORD.find(s).map_or(0, |m| m.end())
}

pub(super) fn strip_weekday(s: &str) -> &str {
    let end = word_len(s);
    if end == 0 {
        return s;
    }
    if crate::extract::lexicon::is_weekday(&s[..end]) {
        return s[end..].trim_start_matches(['.', ',']).trim_start();
    }
    // A particle glued on in a script written without spaces: Thai `วันพฤหัสบดีที่` ("on
    // Thursday the").
    let word = &s[..end];
    if !word.is_ascii() {
        let cuts = word.char_indices().map(|(at, _)| at).rev().take(3);
        for cut in cuts.filter(|&at| at > 0) {
            if crate::extract::lexicon::is_weekday(&word[..cut]) {
                return s[end..].trim_start_matches(['.', ',']).trim_start();
            }
        }
    }
    // Weekdays of two words: `Dydd Iau` (Welsh).
    let rest = &s[end..];
    if let Some(second) = rest.strip_prefix(' ') {
        let len = word_len(second);
        let two = end + 1 + len;
        if len > 0 && crate::extract::lexicon::is_weekday(&s[..two]) {
            return s[two..].trim_start_matches(['.', ',']).trim_start();
        }
    }
    s
}
