//! The publication's name printed directly above the headline, as read-later apps, reader
//! views and news apps copy it (`The Tallgrass Courier` / headline / byline). A short line
//! made of a newspaper-name word (`Courier`, `Gazeta`, `Kurýr`, `日報`; data in
//! `assets/lexicon/masthead-words.txt`) there is the masthead, not a section label.

use super::{Role, lines, title};
use crate::extract::lexicon;
use crate::model::Provenance;

/// Most words in a masthead.
const MASTHEAD_WORDS: usize = 6;

/// Whether `line` is shaped like a newspaper's name.
pub(super) fn is_masthead(line: &str) -> bool {
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    // One word alone (`Kurier`) is as often a section's label; scripts without spaces write
    // a name as one word.
    let unspaced = line.chars().any(title::is_unspaced_script);
    if words.is_empty()
        || words.len() < 2 && !unspaced
        || words.len() > MASTHEAD_WORDS
        || lines::ends_sentence(line)
        || line.contains(':')
        || line.chars().any(|c| c.is_ascii_digit())
        || line.chars().next().is_some_and(char::is_lowercase)
    {
        return false;
    }
    let lower: Vec<String> = words
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let pairs = lower.windows(2).map(|p| p.join(" "));
    lower.iter().any(|w| {
        lexicon::is_masthead_word(w)
            // `北港日報`, `钱塘都市报`: the name ends with the word in scripts without spaces.
            || w.chars().any(title::is_unspaced_script)
                && w.char_indices().rev().take(2).any(|(at, _)| lexicon::is_masthead_word(&w[at..]))
    }) || pairs.into_iter().any(|p| lexicon::is_masthead_word(&p))
}

/// The masthead directly above the headline, as the publisher when nothing else named one; it
/// is then no category either.
pub(super) fn above_title(
    lines: &[String],
    roles: &[Role],
    publisher: &mut Option<String>,
    category: &mut Option<String>,
    provenance: &mut Provenance,
) {
    if publisher.is_some() {
        return;
    }
    let Some(title) = roles.iter().position(|r| *r == Role::Title) else {
        return;
    };
    let Some(above) = (0..title).rev().find(|&i| !lines[i].trim().is_empty()) else {
        return;
    };
    let line = lines[above].trim();
    if title - above > 2 || !is_masthead(line) {
        return;
    }
    if category.as_deref() == Some(line) {
        *category = None;
        provenance.remove("category");
    }
    *publisher = Some(line.to_string());
    provenance.insert("publisher", "masthead-above-headline");
}

#[cfg(test)]
mod tests {
    use super::is_masthead;

    #[test]
    fn newspaper_names_are_mastheads_and_sections_are_not() {
        assert!(is_masthead("The Tallgrass Courier"));
        assert!(is_masthead("Hospodářský kurýr"));
        assert!(is_masthead("北港日報"));
        assert!(!is_masthead("Business"));
        assert!(!is_masthead("Local News"));
        assert!(!is_masthead("地方新聞"));
        assert!(!is_masthead("Local Politics"));
        assert!(!is_masthead("Sign up for our newsletter."));
    }
}
