//! Definite descriptions of one person that name nobody: `the Spaniard`, `the 23-year-old`.

use super::*;

/// Words after `the` that describe one person without naming them: a nationality (`Spaniard`,
/// `New Zealander`, `Swede`) or an age (`23-year-old`).
pub(super) fn describes_someone(rest: &[String]) -> bool {
    let Some(last) = rest.last() else {
        return false;
    };
    let lower = last.to_lowercase();
    if rest.len() == 1
        && lower.contains("-year-old")
        && lower.starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    if !rest
        .iter()
        .all(|t| t.chars().next().is_some_and(char::is_uppercase))
    {
        return false;
    }
    // `the West Virginia Democrat`, `the New Jersey Republican`: a place of several words
    // before a people's or party's word.
    if rest.len() > 2 {
        let place: Vec<String> = rest[..rest.len() - 1]
            .iter()
            .map(|t| t.to_lowercase())
            .collect();
        return rest.len() <= 4
            && lexicon::is_place(&place.join(" "))
            && DEMONYMS.contains(&lower.as_str());
    }
    if is_title(&lower) || NOT_DEMONYMS.contains(&lower.as_str()) {
        return false;
    }
    DEMONYMS.contains(&lower.as_str())
        || [
            "ian", "ean", "ican", "yan", "ard", "ese", "man", "woman", "ander", "iot",
        ]
        .iter()
        .any(|suffix| lower.ends_with(suffix) && lower.len() > suffix.len() + 2)
        || (lower.len() >= 5 && lower.ends_with('i') && !lower.ends_with("ii"))
}
