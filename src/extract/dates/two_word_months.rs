//! Month names of two words (Levantine `تشرين الثاني`, Irish `Meán Fómhair`), written as one
//! so the date forms, which take a month of one word, read them.

/// English names for the months, to stand in for a name of several words.
const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `s` with a month name of several words (`24 تشرين الثاني 2026`) written as one, which the
/// date forms take; `None` when it has none.
pub(super) fn one_word_month(s: &str) -> Option<String> {
    let lower = s.to_lowercase();
    // Byte offsets of the lower-cased text must be the original's.
    if lower.len() != s.len() {
        return None;
    }
    let (at, len, n) = crate::extract::lexicon::multi_word_month(&lower)?;
    let name = ENGLISH_MONTHS.get(usize::try_from(n).ok()?.checked_sub(1)?)?;
    Some(format!("{}{name}{}", &s[..at], &s[at + len..]))
}
