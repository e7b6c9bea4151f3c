//! A time zone named in words by its place after a date line's time (`… ۲:۴۰ بعد از ظهر به وقت
//! کابل`, "2:40 p.m. Kabul time"; `9:15 am Eastern time`): the ways each language names a zone,
//! CLDR's region format (`assets/lexicon/zone-phrases.txt`). Its offset is not known, so it is
//! passed and dropped, as a zone's abbreviation is.

use std::sync::LazyLock;

/// The phrases, `{}` standing for the place, each cut there: (before the place, after it).
static PHRASES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    include_str!("../../../assets/lexicon/zone-phrases.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.trim().split_once("{}"))
        .collect()
});

/// Whether `s` (what follows a time) is wholly a zone named by a place: one of the phrases with a
/// place of one or two words, perhaps after a short preposition (`به وقت کابل`, "at Kabul time").
pub(super) fn is_zone_in_words(s: &str) -> bool {
    let s = s.trim().to_lowercase();
    if s.is_empty() || s.chars().count() > 40 {
        return false;
    }
    let after_preposition = s
        .split_once(' ')
        .filter(|(first, _)| first.chars().count() <= 4 && first.chars().all(char::is_alphabetic))
        .map(|(_, rest)| rest);
    [Some(s.as_str()), after_preposition]
        .into_iter()
        .flatten()
        .any(names_a_zone)
}

fn names_a_zone(s: &str) -> bool {
    PHRASES.iter().any(|(before, after)| {
        let place = s
            .strip_prefix(before)
            .and_then(|rest| rest.strip_suffix(after))
            .map(str::trim);
        place.is_some_and(|place| {
            let words: Vec<&str> = place.split_whitespace().collect();
            (1..=2).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\u{200c}'))
                        && w.chars().any(char::is_alphabetic)
                })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zone_named_by_its_place_in_any_language() {
        assert!(is_zone_in_words(" به وقت کابل"));
        assert!(is_zone_in_words("Eastern time"));
        assert!(is_zone_in_words("hora de Canarias"));
        assert!(!is_zone_in_words("at the town hall after the meeting"));
        assert!(!is_zone_in_words("Kabul"));
        assert!(!is_zone_in_words(""));
    }
}
