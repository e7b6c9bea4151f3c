//! Where a note says its clip came from: `Source: *The Gulf Tribune*, <https://www.gulftribune.co.tt/…>`.
//! A user or a note app writes the outlet's name beside the article's address; when the
//! name spells the address's host, the line names the publisher.

use super::logo::{host, letters, letters_of_label};
use crate::extract::lexicon;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Labels of a line crediting where a text came from (`Source:`, `Quelle:`, `Fonte:`).
static SOURCE_LABELS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| lexicon::word_list(include_str!("../../../assets/lexicon/source-labels.txt")));

/// A site's name is a few words.
const MAX_NAME_WORDS: usize = 6;
/// A host label shorter than this (`www`, `news`) spells no name.
const MIN_LABEL_LETTERS: usize = 5;

/// The outlet a `Source:` line names beside an address whose host its letters spell.
pub(super) fn site_of_source_line<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<String> {
    lines.into_iter().find_map(site)
}

fn site(line: &str) -> Option<String> {
    let (label, value) = line.split_once([':', '：'])?;
    if !SOURCE_LABELS.contains(lexicon::lower(label.trim()).as_str()) {
        return None;
    }
    let at = value.find("https://").or_else(|| value.find("http://"))?;
    let (name, address) = value.split_at(at);
    let name = name
        .trim()
        .trim_end_matches([',', ';', '-', '–', '—', '|', '<', '('])
        .trim()
        .trim_matches(['"', '“', '”', '*', '_']);
    let words = name.split_whitespace().count();
    if !(1..=MAX_NAME_WORDS).contains(&words) || lexicon::is_news_agency(name) {
        return None;
    }
    let address = address
        .split_whitespace()
        .next()?
        .trim_end_matches(['>', ')']);
    let name_letters = letters(name);
    host(address)?
        .split(['.', '-'])
        .map(letters_of_label)
        .any(|l| spells(&name_letters, &l))
        .then(|| name.to_string())
}

/// Whether a host label (`gulftribune`) spells a name (`thegulftribune`): the name ends with
/// it and it is most of the name (`health` does not spell `ministryofhealth`).
pub(super) fn spells(name_letters: &str, label: &str) -> bool {
    label.len() >= MIN_LABEL_LETTERS
        && label.len() * 2 >= name_letters.len()
        && name_letters.ends_with(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_line_naming_the_outlet_beside_its_address() {
        let site = |line: &str| site_of_source_line([line]);
        assert_eq!(
            site("Source: The Gulf Tribune, https://www.gulftribune.example/news/a-1").as_deref(),
            Some("The Gulf Tribune")
        );
        // An agency credited, a name the address does not spell, a bare address: no site.
        assert_eq!(site("Source: Reuters, https://www.reuters.com/a"), None);
        assert_eq!(
            site("Source: My notes, https://www.gulftribune.example/a"),
            None
        );
        assert_eq!(site("Source: https://www.gulftribune.example/a"), None);
        assert_eq!(
            site("Source: Ministry of Health, https://www.health.example/a"),
            None
        );
    }
}
