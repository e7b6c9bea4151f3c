//! `The CNT management said`, `the ANC leadership`: the group that runs a body speaks for the
//! body its acronym names, spelled out where the article defines it (`Compagnie Nationale de
//! Transport (CNT)`).

use super::*;

/// Nouns for the group that runs a body (`assets/lexicon/governing-nouns.txt`).
static GOVERNING_NOUNS: std::sync::LazyLock<HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        lexicon::word_list(include_str!(
            "../../../../assets/lexicon/governing-nouns.txt"
        ))
    });

/// Most words of a name an acronym in brackets spells out.
const MAX_DEFINED_WORDS: usize = 10;

impl People<'_> {
    /// The body a phrase of an acronym and a governing noun (`CNT management`, without its
    /// `the`) speaks for.
    pub(super) fn governing_body(&self, bare: &[String]) -> Option<String> {
        let [acronym, noun] = bare else {
            return None;
        };
        let is_acronym =
            (2..=6).contains(&acronym.len()) && acronym.chars().all(|c| c.is_ascii_uppercase());
        if !is_acronym || !GOVERNING_NOUNS.contains(noun.as_str()) {
            return None;
        }
        self.organisation_of_acronym(acronym)
            .or_else(|| self.defined_acronym(acronym))
            .or_else(|| Some(acronym.clone()))
    }

    /// Whether the article writes `name` with an acronym of its initials in brackets after
    /// it (`Compagnie Nationale de Transport (CNT)`): a body's name, whatever its words.
    pub(super) fn defines_acronym(&self, name: &str) -> bool {
        let acronym: String = name
            .split_whitespace()
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect();
        (2..=6).contains(&acronym.len())
            && self
                .texts
                .iter()
                .any(|t| t.contains(&format!("{name} ({acronym})")))
    }

    /// `Compagnie Nationale de Transport (CNT)`: the capitalised words before the acronym in
    /// brackets whose initials spell it (small words between them skipped).
    fn defined_acronym(&self, acronym: &str) -> Option<String> {
        let needle = format!("({acronym})");
        for text in self.texts {
            let Some(at) = text.find(&needle) else {
                continue;
            };
            let before: Vec<&str> = text[..at].split_whitespace().collect();
            let mut initials = String::new();
            for (k, w) in before.iter().enumerate().rev().take(MAX_DEFINED_WORDS) {
                let first = w.chars().next()?;
                if first.is_uppercase() {
                    initials.insert(0, first);
                    if initials == acronym {
                        return Some(before[k..].join(" "));
                    }
                } else if !(w.len() <= 3 && w.chars().all(char::is_lowercase)) {
                    break;
                }
            }
        }
        None
    }
}
