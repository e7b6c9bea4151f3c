//! The site's own name in a whole-page copy: the logo's text at the top of the page, which a
//! reader calls the publication (`CNET`, `The Guardian`), where the copyright line names the
//! company that owns it (`CBS Interactive Inc.`, `Guardian News & Media Limited`).
//!
//! A top line counts only with evidence from elsewhere on the page, never by position alone:
//! a `Back to home` link beside it, or its words coming back in the copyright line or after the
//! slash of a photo credit (`Photo by James Martin/CNET`). Menu items recur all over a page, so
//! mere recurrence is no evidence.

use super::{meta, rights};

pub(super) mod logo_owner;
mod origin;

pub use origin::{first_appeared_in, named_origin, named_origin_below, named_origin_date};

/// How many non-empty lines at the top may hold the logo's text.
const TOP: usize = 6;

/// The site's name from the top of a whole-page copy, when the rest of the page confirms it.
pub fn site_name(lines: &[String]) -> Option<String> {
    let nonempty: Vec<&str> = lines
        .iter()
        .map(String::as_str)
        .filter(|l| !l.is_empty())
        .collect();
    for line in nonempty.iter().take(TOP) {
        if let Some(name) = back_to_home(line).or_else(|| super::self_names::logo_text(line)) {
            return Some(rights::quoted_brand(&name).map_or(name.clone(), str::to_string));
        }
    }
    // Lines that credit someone: the copyright notice, photo credits (`James Martin/CNET`).
    let credits: Vec<String> = nonempty
        .iter()
        .filter(|l| l.split_whitespace().count() <= 40)
        .filter(|l| {
            let lower = l.to_lowercase();
            lower.contains('©')
                || lower.contains("copyright")
                || rights::credit(l).is_some_and(|(m, _)| m == rights::CreditMark::Label)
        })
        .map(|l| l.to_lowercase())
        .collect();
    // Metadata lines near the top: a dateline or byline may name the site again
    // (`Philippine Daily Bulletin / 08:35 AM October 23, 2024`, `Por Ana Souza, portal1 SP`).
    let metadata: Vec<String> = nonempty
        .iter()
        .take(META_REACH)
        .filter(|l| super::title::is_metadata_line(l))
        // A photo's credit names its photographer (`Foto: … (Rizky Pratama/wartaNews)`).
        .filter(|l| rights::credit(l).is_none_or(|(m, _)| m != rights::CreditMark::Label))
        .map(|l| l.to_lowercase())
        .collect();
    nonempty
        .iter()
        .take(TOP)
        // A line is no evidence for itself (`Name | Photo: X` is metadata that holds `Name`).
        .filter(|line| !metadata.contains(&line.to_lowercase()))
        // A story's first sentence opens with a dateline (`DALLAS (KDFX) - Middle school …`),
        // whose part before the dash names a place, not the site.
        .filter(|line| line.chars().count() <= 100)
        .map(|line| brand_part(line))
        .filter(|line| {
            is_brand_shaped(line)
                && !super::self_names::is_navigation(line)
                && !crate::extract::lexicon::is_news_agency(line)
                && !super::title::is_metadata_line(line)
        })
        .find(|line| {
            let key = line.to_lowercase();
            let credited = credits.iter().any(|c| {
                c != &key
                    && if c.contains('©') || c.contains("copyright") {
                        contains_word(c, &key) || shares_distinctive_word(c, &key)
                    } else {
                        c.contains(&format!("/{key}"))
                    }
            });
            credited
                || !looks_like_person(line)
                    && metadata
                        .iter()
                        .any(|m| m != &key && contains_word(m, &key) && !names_a_desk(m, &key))
                || credits.iter().any(|c| initials_of(c, line))
                || credits.iter().any(|c| spelled_out_in(c, line))
                || named_in_text(&nonempty, line)
        })
        // `Информационное агентство «Исеть-Пресс»`: the agency trades under the quoted name.
        .map(|line| rights::quoted_brand(line).unwrap_or(line).to_string())
}

/// `By Harriet Langford, Economics Editor and Oliver Nash`: the word names the writer's desk
/// (a role word follows it), not the site.
fn names_a_desk(metadata: &str, key: &str) -> bool {
    metadata.match_indices(key).all(|(at, _)| {
        metadata[at + key.len()..]
            .split_whitespace()
            .next()
            .is_some_and(|next| {
                crate::extract::lexicon::is_role_word(
                    next.trim_matches(|c: char| !c.is_alphanumeric()),
                )
            })
    })
}

/// A multiword name's initials, lower-cased (`the` left out).
fn initials(name: &str) -> Option<String> {
    let initials: String = name
        .split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    (initials.chars().count() >= 3).then_some(initials)
}

/// A logo of initials (`CBN`) whose words a copyright line spells out (`©2026 Canadian
/// Broadcasting Network`).
fn spelled_out_in(copyright: &str, logo: &str) -> bool {
    let letters = logo.chars().count();
    if !(3..=5).contains(&letters) || !logo.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    if !(copyright.contains('©') || copyright.contains("copyright")) {
        return false;
    }
    let words: Vec<&str> = copyright
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "the")
        .collect();
    words.windows(letters).any(|run| spells(run, logo))
}

/// Whether the words' first letters spell `initials` (case aside): `Canadian Broadcasting
/// Network` spells `CBN`.
pub(super) fn spells(run: &[&str], initials: &str) -> bool {
    run.iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .eq(initials.chars().flat_map(char::to_lowercase))
}

/// The part of a top line that may be the site's name: the first step of a breadcrumb
/// (`Gazeta Nadwiślańska > Region`), the name before a tagline (`Gorenjski utrip - novice z
/// Gorenjske`).
pub(super) fn brand_part(line: &str) -> &str {
    for sep in [" > ", " › ", " » ", "＞", " - ", " – ", " — ", " | "] {
        if let Some((first, _)) = line.split_once(sep) {
            return first.trim();
        }
    }
    line
}

/// Two or three words opening with a known given name (`Vincent Vallet`, `Laurie Oakes`): a
/// person at the top of a blog or above a byline, not a publication.
fn looks_like_person(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && crate::extract::lexicon::given_name(&words[0].to_lowercase()).is_some()
}

/// The owner's name opens with the brand's initials (`LCT Media Ltd` for `The Lion City
/// Times`, `SCMP Publishers` for `South China Morning Post`).
fn initials_of(copyright: &str, brand: &str) -> bool {
    initials(brand).is_some_and(|initials| {
        copyright
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == initials)
    })
}

/// A name of two words or more that the page's own sentences use again (`Join The Lion City
/// Times' WhatsApp Channel`, `… may not be reproduced without permission from THE LAGOS
/// CHRONICLE`). Menus repeat their items as lines of their own, so only a use inside a longer
/// line counts. A name keeps its capitals in a sentence: a menu's `Computer Science` is no
/// site because a story mentions `computer science classes`.
fn named_in_text(nonempty: &[&str], brand: &str) -> bool {
    let words = brand.split_whitespace().count();
    // A blog's author at the top (`Vincent Vallet`) is named in its text too, but is a person.
    if words < 2 || looks_like_person(brand) {
        return false;
    }
    // A logo in capitals (`THE DECCAN LAMP`) says nothing of how the name is written.
    let shouted = brand.to_uppercase() == brand;
    // `the Lion City Times` mid-sentence still names `The Lion City Times`.
    let mid_sentence = brand.strip_prefix("The ").map(|rest| format!("the {rest}"));
    let spellings = [
        Some(brand.to_string()),
        Some(brand.to_uppercase()),
        mid_sentence,
    ];
    // A breadcrumb or a menu row repeats a section's name; it names nothing.
    let navigation = |line: &str| {
        super::section::breadcrumb_last(line).is_some() || super::lines::is_section_row(line)
    };
    // A photo's credit names its photographer (`Foto: … (Rizky Pratama/wartaNews)`).
    let photo_credit =
        |line: &str| rights::credit(line).is_some_and(|(m, _)| m == rights::CreditMark::Label);
    nonempty.iter().skip(TOP).any(|line| {
        line.split_whitespace().count() >= words + 2
            && !navigation(line)
            && if shouted {
                contains_word(&line.to_lowercase(), &brand.to_lowercase())
            } else {
                spellings
                    .iter()
                    .flatten()
                    .any(|key| contains_word(line, key) && !inside_longer_name(line, key))
            }
            && !photo_credit(line)
    })
}

/// `O Ministério do Meio Ambiente afirmou`: the words are the end of a longer name (a
/// capitalised word and a particle before them), so they name a ministry, not the site.
fn inside_longer_name(line: &str, key: &str) -> bool {
    line.match_indices(key).all(|(at, _)| {
        let mut before = line[..at].split_whitespace().rev();
        let particle = before
            .next()
            .is_some_and(crate::extract::lexicon::is_name_particle);
        let capitalised = before
            .next()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        particle && capitalised
    })
}

/// How many non-empty lines from the top may hold a dateline or byline naming the site.
const META_REACH: usize = 40;

/// The owner's name in a copyright line and the logo's text share a word that names this
/// publication and no other: not a legal form or an organisation's generic word
/// (`Grupo Editorial Capitalino S.A.` and `El Heraldo Capitalino` share `capitalino`;
/// `Daily Mail Group` and `Daily Planet` share only `daily`, a word many titles hold).
fn shares_distinctive_word(copyright: &str, brand: &str) -> bool {
    let generic = |w: &str| {
        crate::extract::lexicon::is_organisation_word(w)
            || crate::extract::lexicon::is_organisation_form(w)
            || crate::extract::lexicon::is_section_name(w)
            || GENERIC_TITLE_WORDS.contains(&w)
    };
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| letters(w) >= 4)
            .map(str::to_string)
            .collect()
    };
    let owner = words(copyright);
    let brand_words = words(brand);
    // A word of four letters counts only as the name's last (`Diário do Tejo` and `Tejo
    // Media`), where a title puts its place; elsewhere it is as often an initialism another
    // name borrows (`ACLU Conference`).
    brand_words.iter().enumerate().any(|(n, w)| {
        (letters(w) >= 5 || n + 1 == brand_words.len()) && !generic(w) && owner.contains(w)
    })
}

/// Words that many newspapers' names hold, so sharing one says nothing
/// (`assets/lexicon/generic-title-words.txt`).
static GENERIC_TITLE_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::word_list(include_str!(
            "../../../../assets/lexicon/generic-title-words.txt"
        ))
    });

/// `The Guardian - Back to home`: a logo link's text.
fn back_to_home(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    let at = lower.find("back to home")?;
    let name = line[..at]
        .trim()
        .trim_end_matches(['-', '–', '—', '|', ':'])
        .trim();
    (is_brand_shaped(name)).then(|| name.to_string())
}

/// One to four words, no sentence, not a section or a piece of furniture (`News`, `Menu`,
/// `Skip to content`).
pub(super) fn is_brand_shaped(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let lower = line.to_lowercase();
    (1..=4).contains(&words)
        && line.chars().count() <= 40
        && line.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !super::lines::ends_sentence(line)
        && !crate::extract::lexicon::is_section_name(&lower)
        && !meta::is_boilerplate(line)
        && ![
            "skip",
            "menu",
            "search",
            "sign",
            "log",
            "subscribe",
            "home",
            "jump",
        ]
        .iter()
        .any(|w| lower.split_whitespace().next() == Some(w))
}

/// Whether `key` occurs in `text` on word boundaries (`cnet` in `james martin/cnet`, not in
/// `cnetwork`).
fn contains_word(text: &str, key: &str) -> bool {
    let mut from = 0;
    while let Some(at) = text[from..].find(key) {
        let start = from + at;
        let end = start + key.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = end;
    }
    false
}

#[cfg(test)]
mod tests;
