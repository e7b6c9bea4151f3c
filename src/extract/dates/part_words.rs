//! Dates that name each part before it (`ទី១៩ ខែកុម្ភៈ ឆ្នាំ២០២៦`, Khmer "the 19th, month
//! February, year 2026"; `ເດືອນກຸມພາ`, Lao): the words (`assets/lexicon/date-part-words.txt`)
//! dropped, so the common patterns read the day, the month's name and the year.

use std::sync::LazyLock;

static PART_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::longest_first(include_str!(
        "../../../assets/lexicon/date-part-words.txt"
    ))
});

/// `s` without the words that name a date's parts, where a number, a month's or a weekday's
/// name follows
/// them at the start of a word; `None` when there is none (nearly every line).
pub(super) fn without_part_words(s: &str) -> Option<String> {
    // The words are in scripts other than Latin; dates are short.
    if s.is_ascii() || s.len() > 480 || s.chars().count() > 160 {
        return None;
    }
    let s = super::digits::fold(s);
    let mut out = String::with_capacity(s.len());
    let mut rest: &str = &s;
    let mut dropped = false;
    'scan: while !rest.is_empty() {
        let at_word_start = out.is_empty() || out.ends_with(char::is_whitespace);
        if at_word_start {
            for word in PART_WORDS.iter() {
                let Some(after) = rest.strip_prefix(word) else {
                    continue;
                };
                let next = after.trim_start();
                let word = &next[..super::word_len(next)];
                let named = next.starts_with(|c: char| c.is_ascii_digit())
                    || super::month_number(word).is_some()
                    || crate::extract::lexicon::is_weekday(word);
                if named {
                    out.push(' ');
                    rest = next;
                    dropped = true;
                    continue 'scan;
                }
            }
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.push(c);
        }
        rest = chars.as_str();
    }
    dropped.then(|| super::collapse_spaces(&out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn khmer_and_lao_part_words_go_where_a_part_follows() {
        assert_eq!(
            without_part_words("ថ្ងៃព្រហស្បតិ៍ ទី១៩ ខែកុម្ភៈ ឆ្នាំ២០២៦").as_deref(),
            Some("ព្រហស្បតិ៍ 19 កុម្ភៈ 2026")
        );
        assert_eq!(
            without_part_words("19 ເດືອນກຸມພາ 2026").as_deref(),
            Some("19 ກຸມພາ 2026")
        );
        assert_eq!(without_part_words("19 February 2026"), None);
    }
}
