//! Month names of two words (Levantine `تشرين الثاني`, Irish `Meán Fómhair`), written as one
//! so the date forms, which take a month of one word, read them.

/// `s` with a month name of several words (`24 تشرين الثاني 2026`) written as its English name,
/// which the date forms take; `None` when it has none.
pub(super) fn one_word_month(s: &str) -> Option<String> {
    // A date needs its year's four digits; most lines tried have fewer, and the search for a
    // month of several words costs far more than this count.
    if s.chars().filter(|c| c.is_numeric()).count() < 4 {
        return None;
    }
    let lower = s.to_lowercase();
    // Byte offsets of the lower-cased text must be the original's.
    if lower.len() != s.len() {
        return None;
    }
    let (at, len, n) = crate::extract::lexicon::multi_word_month(&lower)?;
    let month = chrono::Month::try_from(u8::try_from(n).ok()?).ok()?;
    // Equal lengths do not promise equal offsets (one letter may grow as another shrinks):
    // slice only on the original's character boundaries.
    Some(format!(
        "{}{}{}",
        s.get(..at)?,
        month.name(),
        s.get(at + len..)?
    ))
}
