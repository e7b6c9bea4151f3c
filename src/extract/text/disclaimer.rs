//! A hosting site's disclaimer under a press release or a reader's post: `SG Business Review is
//! not responsible for the content of press releases.` The name before the phrase (data:
//! `assets/lexicon/disclaimer-phrases.txt`) is the site that carries the text.

use crate::extract::lexicon;
use std::sync::LazyLock;

static PHRASES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::longest_first(include_str!(
        "../../../assets/lexicon/disclaimer-phrases.txt"
    ))
});

/// How many non-empty lines at the bottom may hold the disclaimer.
const TAIL: usize = 15;

/// The site a disclaimer near the bottom names.
pub(super) fn host(lines: &[String]) -> Option<String> {
    lines
        .iter()
        .rev()
        .filter(|l| !l.trim().is_empty())
        .take(TAIL)
        .filter(|l| l.chars().count() <= 400)
        .find_map(|l| subject(l))
}

fn subject(line: &str) -> Option<String> {
    let lower = lexicon::lower(line);
    let at = PHRASES.iter().find_map(|p| lower.find(&format!(" {p}")))?;
    // Lower-casing keeps these scripts' byte lengths; a line where it does not is skipped.
    let before = line.get(..at).filter(|_| lower.len() == line.len())?;
    // The sentence the phrase is in, after a label (`Disclaimer:`).
    let name = before
        .rsplit([':', '.', ';', '!', '?'])
        .next()?
        .trim()
        .trim_start_matches(['"', '“']);
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    ((1..=5).contains(&words.len()) && capitalised && !lexicon::is_news_agency(name))
        .then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn the_site_a_disclaimer_names() {
        assert_eq!(
            host(&lines(
                "SOURCE Tembusu Logistics Pte Ltd\nThis press release is distributed by AsiaPress \
                 Wire. SG Business Review is not responsible for the content of press releases."
            ))
            .as_deref(),
            Some("SG Business Review")
        );
        assert_eq!(
            host(&lines(
                "Disclaimer: EurekaWire is not responsible for the accuracy of news releases."
            ))
            .as_deref(),
            Some("EurekaWire")
        );
        // A sentence's subject in lower case or a long clause names no site.
        assert_eq!(
            host(&lines(
                "The council said it is not responsible for the damage."
            )),
            None
        );
    }
}
