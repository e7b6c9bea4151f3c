//! What a byline holds besides its writers' names, taken off before the names are split: a web
//! or mail address beside the name (`Bradley M. Kuhn (http://ebb.org/bkuhn/)`, the RSS form
//! `jane@example.com (Jane Doe)`), handles, the date printed after the names (`By Nathan Willis
//! March 25, 2015`, `… Updated 12:00 PM`), credits for pictures and editing (`Edited by …`,
//! `／写真：木村 健`), prompts at a name's edges (`Jane Doe Follow`) and a name printed twice
//! (the avatar's text and the link's).

use crate::extract::dates;
use crate::extract::lexicon::{longest_first, word_list};
use crate::extract::names;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Labels of a credit that is not for writing (`assets/lexicon/non-writing-credits.txt`):
/// pictures, editing, translation; a clause opening with one names no author.
static NON_WRITING_CREDITS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    longest_first(include_str!(
        "../../../assets/lexicon/non-writing-credits.txt"
    ))
});

/// Words that open a place or an outlet after a writer's name (`assets/lexicon/byline-tails.txt`).
static TAILS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../../assets/lexicon/byline-tails.txt")));

/// Words of prompts and links printed at a byline's edges (`assets/lexicon/byline-prompts.txt`).
static PROMPTS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../../assets/lexicon/byline-prompts.txt")));

/// Academic titles before a writer's name (`assets/lexicon/academic-titles.txt`).
static ACADEMIC_TITLES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../../assets/lexicon/academic-titles.txt")));

/// Whether every word of `line` is a byline prompt (`Slijedite   Podijeli   Spremi`, `Follow`).
pub fn is_prompt_row(line: &str) -> bool {
    let mut words = line.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            PROMPTS.contains(w.as_str())
        })
}

/// `raw` without web and mail addresses and handles. The RSS form `mail (Name)` gives the name.
pub fn without_addresses(raw: &str) -> String {
    let is_address = |w: &str| {
        let w = w.trim_matches(|c: char| matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | ','));
        w.contains("://") || w.starts_with("www.") || w.contains('@')
    };
    // `jane@example.com (Jane Doe)`: the name in brackets after the address.
    let trimmed = raw.trim();
    if let Some((head, inner)) = trimmed.split_once(" (")
        && is_address(head)
        && !head.contains(' ')
    {
        return inner.trim_end_matches(')').trim().to_string();
    }
    let kept: Vec<&str> = trimmed
        .split_whitespace()
        .filter(|w| !is_address(w))
        .collect();
    let joined = kept.join(" ");
    // Brackets that held only the address are left empty.
    joined
        .replace("()", "")
        .replace("<>", "")
        .replace("[]", "")
        .trim()
        .to_string()
}

/// Whether `clause` opens with the label of a credit that is not for writing (`Foto:`,
/// `写真：`, `Edited by`).
pub fn is_non_writing_credit(clause: &str) -> bool {
    let lower = clause.trim().to_lowercase();
    NON_WRITING_CREDITS.iter().any(|label| {
        lower.strip_prefix(label).is_some_and(|rest| {
            rest.starts_with([':', '：', '='])
                || rest.trim_start().starts_with([':', '：'])
                || label.ends_with(" by")
                || label.ends_with(" av")
                || label.ends_with(" von")
                || label.ends_with(" par")
                || label.ends_with(" por")
        })
    })
}

/// The clauses of a byline (split at bars, bullets and slashes), without credits for pictures
/// or editing: `Texto: Ana Silva | Fotos: João Costa` keeps `Texto: Ana Silva`.
pub fn writing_clauses(line: &str) -> Vec<String> {
    let mut clauses: Vec<String> = line
        .split(['|', '•', '·', '／'])
        .flat_map(|c| c.split(" / "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| super::credit_cut::before_next_credit(c).to_string())
        .collect();
    // A credit written after the names without a separator: `Written by A Edited by B`.
    for clause in &mut clauses {
        let lower = clause.to_lowercase();
        let cut = NON_WRITING_CREDITS
            .iter()
            .filter(|label| label.contains(' '))
            .filter_map(|label| lower.find(&format!(" {label} ")))
            .min();
        if let Some(at) = cut.filter(|&at| clause.is_char_boundary(at)) {
            clause.truncate(at);
        }
    }
    clauses.retain(|c| !is_non_writing_credit(c));
    clauses
}

/// The byline before the date printed after its names (`Nathan Willis March 25, 2015`,
/// `Jane Doe and Ann Lee Updated 12:00 PM`), with the words in lower case left hanging before
/// it (`on`, `le`) dropped. Unchanged when no date follows a name.
pub fn before_date(byline: &str) -> &str {
    let words: Vec<(usize, &str)> = byline
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    // A date's label after two words or more (`Published`, `Updated`, `Posted`).
    let mut end = words
        .iter()
        .skip(2)
        .find(|(_, w)| dates::label_alone(w).is_some())
        .map_or(byline.len(), |(at, _)| *at);
    if let Some((_, _, before, _)) = dates::find_date(&byline[..end])
        && !before.trim().is_empty()
        && let Some(at) = byline.find(before.trim())
    {
        end = end.min(at + before.trim().len());
    }
    let mut head = byline[..end].trim_end();
    // `Posted by Jane Doe on`: the preposition before the date.
    while let Some((rest, last)) = head.rsplit_once(' ').filter(|_| end < byline.len()) {
        if last.chars().any(is_cased_lower) && !last.chars().any(char::is_uppercase) {
            head = rest.trim_end();
        } else {
            break;
        }
    }
    if head.is_empty() { byline } else { head }
}

/// A name part without the prompts printed at its edges (`Jane Doe Follow`, `Follow Jane Doe`)
/// and without its own repetition (`Jane Doe Jane Doe`).
pub fn tidy_part(part: &str) -> String {
    let mut words: Vec<&str> = part.split_whitespace().collect();
    let is_prompt = |w: &str| {
        PROMPTS.contains(
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
                .as_str(),
        )
    };
    while words.first().is_some_and(|w| is_prompt(w)) {
        words.remove(0);
    }
    while words.last().is_some_and(|w| is_prompt(w)) {
        words.pop();
    }
    // `Dr. Alan Greer`, `ד״ר נועה ברגר`: an academic title is no part of the name.
    while words.len() > 2
        && words.first().is_some_and(|w| {
            ACADEMIC_TITLES.contains(w.trim_end_matches('.').to_lowercase().as_str())
        })
    {
        words.remove(0);
    }
    // `Follow Author`, `View Profile`: what a prompt leaves of one word is its object.
    if words.len() < 2 && words.len() < part.split_whitespace().count() {
        return String::new();
    }
    // `Jane Doe in Paris`, `Jane Doe For Dailymail.com`: the place or outlet after the name.
    if let Some(at) = (2..words.len()).find(|&i| {
        let w = words[i];
        let lower = w.to_lowercase();
        TAILS.contains(lower.as_str()) && (w == lower || w.chars().skip(1).all(char::is_lowercase))
    }) {
        words.truncate(at);
    }
    let half = words.len() / 2;
    if half >= 2 && words.len() % 2 == 0 && words[..half] == words[half..] {
        words.truncate(half);
    }
    let mut part = words.join(" ");
    // A note in brackets closing the name (`佐藤 美咲（こもれび スタッフ）`, `Jane Doe (AFP)`).
    if let Some(at) = part.find(['(', '（'])
        && at > 0
        && part.ends_with([')', '）'])
    {
        part.truncate(at);
        part.truncate(part.trim_end().len());
    }
    part
}

/// Whether a part of a byline, cleaned, reads as a person's or a body's name.
pub fn looks_like_name(p: &str) -> bool {
    const ROLES: &[&str] = &[
        "staff",
        "reporter",
        "correspondent",
        "editor",
        "writer",
        "contributor",
        "updated",
        "published",
        "associated",
    ];
    // Prompts and links printed where the byline is.
    const PROMPTS: &[&str] = &[
        "follow",
        "subscribe",
        "view",
        "profile",
        "more",
        "email",
        "share",
    ];
    let words: Vec<&str> = p.split_whitespace().collect();
    // A body's name may be longer than a person's (`Department of Rural and Coastal Affairs`).
    let most = if names::is_organisation(p) { 8 } else { 5 };
    if words.is_empty() || words.len() > most || p.chars().count() > 60 {
        return false;
    }
    let lower = p.to_lowercase();
    let has = |list: &[&str]| lower.split_whitespace().any(|w| list.contains(&w));
    // A part holding a job title (`Reporter`, `Deputy General Manager`; the shared roles
    // lexicon) is no name; an organisation (`BBC News`) is kept for the sources.
    let role = lower
        .split(|c: char| !c.is_alphanumeric() && !is_mark(c))
        .any(crate::extract::lexicon::is_role_word)
        && !names::is_organisation(p);
    if has(PROMPTS) || role || (has(ROLES) && words.len() > 1) {
        return false;
    }
    // A name does not end in a short word in lower case (`Jane Doe is`, split at `a`), except
    // a particle (`Jong, Michiel de`) or a name joined by `&` (`Mac & i`).
    let last = words.last().copied().unwrap_or_default();
    if words.len() > 1
        && !p.contains('&')
        && last.chars().count() <= 3
        && last.chars().any(is_cased_lower)
        && !last.chars().any(char::is_uppercase)
        && !crate::extract::lexicon::is_name_particle(last)
    {
        return false;
    }
    // A place after the name (`Hans Müller, Berlin`, `…, Port Harcourt`), a weekday before a date.
    if crate::extract::lexicon::is_place(&lower)
        || (words.len() == 1 && crate::extract::lexicon::is_weekday(&lower))
    {
        return false;
    }
    // Digits of any script (`۱۱۰۴۵`, a story's number after its label).
    if p.chars().any(char::is_numeric) {
        return false;
    }
    // Scripts without case (Chinese, Arabic) pass; lowercase Latin starts do not.
    p.chars().next().is_some_and(|c| !is_cased_lower(c))
}

/// A letter in lower case in a script that writes case: Georgian's Mkhedruli letters are
/// classed lower case since Unicode 11 (which added capitals, Mtavruli, for headings set in
/// capitals), but names and sentences are written in them without case (`ნინო ბერიძე`).
pub(super) fn is_cased_lower(c: char) -> bool {
    c.is_lowercase() && !('\u{10D0}'..='\u{10FF}').contains(&c)
}

/// Combining marks that end a name in scripts written with them (the nukta of `राठौड़`, Thai,
/// Lao and Tibetan vowel and tone marks, Arabic vowel signs, Myanmar's asat in `မြတ်` and
/// Khmer's signs, the zero-width joiners of Persian): not punctuation to trim.
pub(super) fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
            | '\u{591}'..='\u{5c7}'
            | '\u{610}'..='\u{61a}'
            | '\u{64b}'..='\u{65f}'
            | '\u{670}'
            | '\u{900}'..='\u{963}'
            | '\u{966}'..='\u{dff}'
            | '\u{e31}'..='\u{e4e}'
            | '\u{eb1}'..='\u{ece}'
            | '\u{f71}'..='\u{f84}'
            | '\u{f8d}'..='\u{fbc}'
            | '\u{102b}'..='\u{103e}'
            | '\u{1056}'..='\u{109d}'
            | '\u{17b4}'..='\u{17d3}'
            | '\u{200c}'
            | '\u{200d}')
}

/// A part split at `and` in the languages of CLDR's list patterns, unless what follows is one
/// word after a name of two: a surname joined to another (`Jordi Serra i Puig`, `José Ortega y
/// Gasset`), since a second writer is named with more than a word.
pub(super) fn split_people(p: &str) -> Vec<&str> {
    let parts = crate::extract::text::split_at_conjunctions(p);
    let joined_surname = match parts.as_slice() {
        [first, last] => {
            first.split_whitespace().count() >= 2
                && last.split_whitespace().count() == 1
                && last.chars().next().is_some_and(char::is_uppercase)
                && !names::is_organisation(last)
        }
        _ => false,
    };
    if joined_surname { vec![p] } else { parts }
}

/// `Nimal Jayasekara - Galle`: a name, a dash and one word that is no agency's name (`- AFP`)
/// is a writer and the place filed from.
pub(super) fn without_dash_place(rest: &str) -> &str {
    [" - ", " – ", " — "]
        .iter()
        .find_map(|sep| {
            let (name, place) = rest.split_once(sep)?;
            let place = place.trim();
            let one_word = place.split_whitespace().count() == 1
                && place.chars().any(char::is_alphabetic)
                && !place
                    .chars()
                    .all(|c| c.is_uppercase() || !c.is_alphabetic())
                && !crate::extract::lexicon::is_news_agency(place);
            (one_word && name.split_whitespace().count() >= 2).then_some(name)
        })
        .unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_go_and_the_rss_form_gives_the_name() {
        assert_eq!(
            without_addresses("Bradley M. Kuhn (http://ebb.org/bkuhn/)"),
            "Bradley M. Kuhn"
        );
        assert_eq!(without_addresses("jane@example.com (Jane Doe)"), "Jane Doe");
        assert_eq!(without_addresses("Jane Doe <jane@example.com>"), "Jane Doe");
        assert_eq!(without_addresses("Jane Doe @janedoe"), "Jane Doe");
    }

    #[test]
    fn credits_for_pictures_and_editing_are_no_byline() {
        assert_eq!(
            writing_clauses("Texto: Ana Silva | Fotos: João Costa"),
            vec!["Texto: Ana Silva"]
        );
        assert_eq!(
            writing_clauses("文：佐藤 美咲（こもれび スタッフ）／写真：木村 健"),
            vec!["文：佐藤 美咲（こもれび スタッフ）"]
        );
        assert_eq!(
            writing_clauses("Written by Rob Ewaschuk Edited by Betsy Beyer"),
            vec!["Written by Rob Ewaschuk"]
        );
        assert!(is_non_writing_credit("Foto: Jan Kowalski"));
        assert!(!is_non_writing_credit("Jan Kowalski"));
    }

    #[test]
    fn the_date_after_the_names_is_cut() {
        assert_eq!(
            before_date("By Nathan Willis March 25, 2015"),
            "By Nathan Willis"
        );
        assert_eq!(
            before_date("Posted by Jane Doe on March 3, 2015"),
            "Posted by Jane Doe"
        );
        assert_eq!(
            before_date("Jane Doe and Ann Lee Updated 12:00 PM"),
            "Jane Doe and Ann Lee"
        );
        assert_eq!(before_date("Jane Doe"), "Jane Doe");
    }

    #[test]
    fn prompts_at_the_edges_and_repeated_names_go() {
        assert_eq!(tidy_part("Jane Doe Follow"), "Jane Doe");
        assert_eq!(tidy_part("Follow Jane Doe"), "Jane Doe");
        assert_eq!(tidy_part("Jane Doe Jane Doe"), "Jane Doe");
        assert_eq!(tidy_part("Follow Author"), "");
        assert_eq!(tidy_part("Jane Doe in Paris"), "Jane Doe");
        assert_eq!(tidy_part("Jane Doe For Dailymail.com"), "Jane Doe");
        assert_eq!(tidy_part("Jane Doe (AFP)"), "Jane Doe");
        assert_eq!(tidy_part("佐藤 美咲（こもれび スタッフ）"), "佐藤 美咲");
    }
}
