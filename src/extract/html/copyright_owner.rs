//! The owner a page's copyright line names (`© 2026 Radyo Vwa Lagonav. Tout dwa rezève.`),
//! the publication where nothing else names one: small sites, old templates and print views
//! name themselves only there.

use super::metadata::{Meta, is_company};
use crate::extract::lexicon;
use std::sync::LazyLock;

/// Rights phrases (`assets/lexicon/rights-reserved.txt`): never part of the owner's name.
static RIGHTS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::longest_first(include_str!("../../../assets/lexicon/rights-reserved.txt"))
});

/// Words that make a name a company's (`assets/lexicon/corporate-words.txt`: `Media`, `Group`,
/// `Verlag`): the owner of the publication, not its masthead.
static CORPORATE: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    lexicon::word_list(include_str!("../../../assets/lexicon/corporate-words.txt"))
});

/// What ends the owner's name: the sentence, a list of owners, a masthead's other fields.
const ENDS: &[&str] = &[
    ". ", ", ", " · ", " | ", "; ", " - ", " – ", " — ", " (", " /",
];

/// The longest name taken for a publication.
const MAX_WORDS: usize = 6;

/// The owner the page's last copyright line names, unless it is a company's legal name (the
/// masthead is the publication, not the company), a person (a blog's writer), a news agency
/// (a photo's credit) or the archive the page was copied from.
pub(super) fn owner(meta: &Meta) -> Option<String> {
    meta.copyright_lines
        .iter()
        .rev()
        .filter_map(|line| owner_in(line))
        .find(|name| {
            !is_company(name)
                && !name
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| CORPORATE.contains(lexicon::lower(w).as_str()))
                && !is_person(name)
                && !lexicon::is_news_agency(name)
                && !super::archive_copy::names_archive(meta, name)
        })
}

/// The name after the mark and its years in one copyright line (the text after `©`).
fn owner_in(line: &str) -> Option<String> {
    let mut rest = line.trim();
    // `© Copyright 2002,`, `© 1996–2006`, `© MMVI`: the word and the years before the owner.
    loop {
        let word = rest.split_whitespace().next()?;
        let bare = word.trim_end_matches([',', '.', ':']);
        let year = bare
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '—' | '/'))
            || (bare.len() >= 2 && bare.chars().all(|c| "MDCLXVI".contains(c)));
        if !year && !bare.eq_ignore_ascii_case("copyright") {
            break;
        }
        rest = rest[word.len()..].trim_start();
    }
    let mut end = rest.trim_end_matches('.').len();
    for mark in ENDS {
        end = end.min(rest.find(mark).unwrap_or(end));
    }
    let lower = lexicon::lower(rest);
    if lower.len() == rest.len() {
        for phrase in RIGHTS.iter() {
            end = end.min(lower.find(phrase).unwrap_or(end));
        }
    }
    let name = rest[..end].trim();
    // The years may close the line (`© Kinzigtaler Abendpost 1996–2003`).
    let words: Vec<&str> = name
        .split_whitespace()
        .take_while(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .collect();
    let opens_name = words
        .first()
        .and_then(|w| w.chars().next())
        .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()));
    // One Latin word (`© 2026 Lakeside`) agrees with too much to name a publication alone.
    let enough = words.len() >= 2
        || words
            .iter()
            .all(|w| !w.chars().any(|c| c.is_ascii_alphabetic()));
    (opens_name && enough && words.len() <= MAX_WORDS).then(|| words.join(" "))
}

/// A person's name: two or three words, the first a given name, none a word of organisations
/// or mastheads (`Ray Ostrowski`, not `Hua Hin Weekly Courier`).
fn is_person(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(lexicon::lower).collect();
    (2..=3).contains(&words.len())
        && lexicon::given_name(&words[0]).is_some()
        && !words.iter().any(|w| {
            lexicon::is_organisation_word(w)
                || lexicon::is_masthead_word(w)
                || lexicon::is_publication_noun(w)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owner_of(lines: &[&str]) -> Option<String> {
        let meta = Meta {
            copyright_lines: lines.iter().map(|l| l.to_string()).collect(),
            ..Meta::default()
        };
        owner(&meta)
    }

    #[test]
    fn the_copyright_line_names_the_owner_after_the_years() {
        assert_eq!(
            owner_of(&[" 2026 Radyo Vwa Lagonav. Tout dwa rezève."]).as_deref(),
            Some("Radyo Vwa Lagonav")
        );
        assert_eq!(
            owner_of(&[" Kinzigtaler Abendpost 1996–2003. Alle Rechte vorbehalten."]).as_deref(),
            Some("Kinzigtaler Abendpost")
        );
        assert_eq!(
            owner_of(&[
                " 1998 The Evening Mail, Island Newspaper Holdings Ltd. All rights reserved."
            ])
            .as_deref(),
            Some("The Evening Mail")
        );
    }

    #[test]
    fn a_company_a_person_or_an_agency_is_no_publication() {
        assert_eq!(owner_of(&[" MMVI Harbour Broadcasting plc"]), None);
        assert_eq!(owner_of(&[" 2011 Rural Press Regional Media."]), None);
        assert_eq!(
            owner_of(&[" 2002-2003 Ray Ostrowski. Some rights reserved."]),
            None
        );
        assert_eq!(owner_of(&[" Reuters"]), None);
        assert_eq!(owner_of(&[" 2026 all rights reserved"]), None);
        assert_eq!(owner_of(&[" 2026 Lakeside · A community station"]), None);
    }
}
