//! Bylines whose label Chronicle does not know: `Napísali: Zuzana Horváthová a Michal Kováč`,
//! `Iliyoandikwa na Wanjiru Kamau na Otieno Odhiambo`. The byline words of a language not in
//! `assets/lexicon/byline-labels.tsv` still come in one of two shapes: a word or two and a
//! colon, or a word or two ending in a lower-case word (`… na`, `… von`), then a list of names.
//! Read only under the headline, before the story and when nothing else named an author; a
//! photo, editor or source label (known in many languages) is never such a byline.

use super::{Found, Role, byline, lines, meta, rights, title};
use crate::extract::lexicon;

/// How many non-empty lines under the headline (a deck, a date, the byline) are looked at.
const BELOW_TITLE: usize = 4;
/// Most words in an unknown label.
const LABEL_WORDS: usize = 2;

/// The names of a byline opened by an unknown label, if `line` is shaped like one.
pub(super) fn names(line: &str) -> Option<Vec<String>> {
    if line.chars().count() > 120 {
        return None;
    }
    if let Some(name) = after_role(line) {
        return Some(vec![name]);
    }
    let (label, value) = match line.split_once([':', '：']) {
        Some((label, value)) => (label.trim(), value.trim()),
        None => lowercase_joined(line)?,
    };
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty()
        || words.len() > LABEL_WORDS
        || !words.iter().all(|w| w.chars().all(char::is_alphabetic))
    {
        return None;
    }
    if is_other_credit(label) {
        return None;
    }
    let names = byline::name_list(value).or_else(|| joined_names(value))?;
    // `Parties: Siyakhula Residents' Forum v Ndlovu Ridge Local Municipality`.
    (!names.iter().any(|n| is_organisation(n))).then_some(names)
}

fn is_organisation(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        lexicon::is_organisation_word(&w) || lexicon::is_organisation_form(&w)
    })
}

/// `Published by: CFA Communications Unit` under the headline: a label and a body's name,
/// the page's credit line (no writer, and not the story's text).
fn credits_a_body(line: &str) -> bool {
    let Some((label, value)) = line.split_once([':', '：']) else {
        return false;
    };
    let words = label.split_whitespace().count();
    (1..=LABEL_WORDS).contains(&words)
        && label.chars().all(|c| c.is_alphabetic() || c == ' ')
        && value.split_whitespace().count() <= 6
        && is_organisation(value.trim())
        && value.trim().chars().next().is_some_and(char::is_uppercase)
}

/// [`names`] where a headline could be meant too (`Welcome to Firefox Developer Edition`,
/// `Exclusive: Boris Johnson`): two names or more, or one that opens with a known given name.
pub(super) fn names_beyond_doubt(line: &str) -> Option<Vec<String>> {
    names(line).filter(|names| {
        names.len() >= 2
            || names[0]
                .split_whitespace()
                .next()
                .is_some_and(|first| lexicon::given_name(&first.to_lowercase()).is_some())
    })
}

/// `Wanjiru Kamau na Otieno Odhiambo`: two names joined by one short lower-case word that the
/// list conjunctions leave out (it is a preposition in another language: `na`, `at`, `u`).
/// Each side must be a name of two words or more, so `Jan Nowak na Słowacji` stays whole.
fn joined_names(value: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = value.split(' ').collect();
    let joiners: Vec<usize> = (1..words.len().saturating_sub(1))
        .filter(|&i| words[i].chars().count() <= 3 && words[i].chars().all(char::is_lowercase))
        .collect();
    let [at] = joiners[..] else {
        return None;
    };
    let (a, b) = (words[..at].join(" "), words[at + 1..].join(" "));
    (byline::looks_like_name(&a, 2) && byline::looks_like_name(&b, 2)).then(|| vec![a, b])
}

/// `Legal Reporter Thandeka Mokoena`: a writer's role (its words are data,
/// `assets/lexicon/roles.txt`) directly before the name, with nothing between.
fn after_role(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split(' ').collect();
    (1..=3.min(words.len().saturating_sub(2))).find_map(|k| {
        let (role, name) = (words[..k].join(" "), words[k..].join(" "));
        (role.chars().all(|c| c.is_alphabetic() || c == ' ')
            && byline::is_role_line(&role)
            && !is_other_credit(&role)
            && byline::looks_like_name(&name, 2)
            && byline::name_list(&name).is_some())
        .then_some(name)
    })
}

/// `Iliyoandikwa na Wanjiru Kamau …`: the label is the words up to the last lower-case word
/// among the first [`LABEL_WORDS`], and what follows starts with a capital.
fn lowercase_joined(line: &str) -> Option<(&str, &str)> {
    let mut end = None;
    let mut at = 0;
    for (n, word) in line.split(' ').enumerate().take(LABEL_WORDS) {
        at += word.len();
        if word.chars().next().is_some_and(char::is_lowercase) {
            end = Some(at);
        }
        at += 1;
        if n + 1 == LABEL_WORDS {
            break;
        }
    }
    let end = end?;
    let value = line.get(end..)?.trim();
    value
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then_some((line[..end].trim(), value))
}

/// A photo, editor or source credit, or a role that writes nothing (`Foto`, `Redaktor`,
/// `Źródło`, `Fotograf`).
fn is_other_credit(label: &str) -> bool {
    let lower = label.to_lowercase();
    let with_colon = format!("{label}: X");
    rights::is_photo_label(&lower)
        || lower.split_whitespace().any(rights::is_photo_label)
        || title::is_editor_line(&with_colon)
        || meta::sources(&with_colon).is_some()
        || byline::is_non_writing(label)
}

/// The first line under the headline shaped like a byline with an unknown label, as the
/// authors, when nothing else named one.
pub(super) fn below_title(lines: &[String], roles: &mut [Role], found: &mut Found) {
    if !found.authors.is_empty() {
        return;
    }
    let Some(title) = roles.iter().position(|r| *r == Role::Title) else {
        return;
    };
    let below: Vec<usize> = (title + 1..lines.len())
        .filter(|&j| roles[j] != Role::Blank)
        .take(BELOW_TITLE)
        .collect();
    for j in below {
        // The story has started: a byline would have come before it.
        if lines::ends_sentence(&lines[j]) && lines[j].chars().count() >= 100 {
            return;
        }
        // A role line (`Legal Reporter …`) may have been dropped as a job title alone.
        if !matches!(roles[j], Role::Content | Role::Dropped) {
            continue;
        }
        if credits_a_body(&lines[j]) {
            roles[j] = Role::Dropped;
            continue;
        }
        if let Some(names) = names(&lines[j]) {
            roles[j] = Role::Author;
            found
                .provenance
                .entry("authors")
                .or_insert("labelled-names");
            found.authors.extend(names.into_iter().map(|n| (j, n)));
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::names;

    #[test]
    fn an_unknown_label_before_a_list_of_names() {
        assert_eq!(
            names("Napísali: Zuzana Horváthová a Michal Kováč"),
            Some(vec!["Zuzana Horváthová".into(), "Michal Kováč".into()])
        );
        assert_eq!(
            names("Iliyoandikwa na Wanjiru Kamau na Otieno Odhiambo"),
            Some(vec!["Wanjiru Kamau".into(), "Otieno Odhiambo".into()])
        );
    }

    #[test]
    fn a_headline_with_a_proper_name_is_no_byline_beyond_doubt() {
        use super::names_beyond_doubt;
        assert_eq!(
            names_beyond_doubt("Welcome to Firefox Developer Edition"),
            None
        );
        assert!(names_beyond_doubt("Napísali: Zuzana Horváthová a Michal Kováč").is_some());
    }

    #[test]
    fn a_writers_role_before_the_name() {
        assert_eq!(
            names("Legal Reporter Thandeka Mokoena"),
            Some(vec!["Thandeka Mokoena".into()])
        );
        assert_eq!(names("Photographer Thandeka Mokoena"), None);
    }

    #[test]
    fn photo_editor_and_source_labels_and_sentences_are_no_bylines() {
        assert_eq!(names("Foto: Zuzana Horváthová"), None);
        assert_eq!(names("Editor: Zuzana Horváthová"), None);
        assert_eq!(names("Photo by Zuzana Horváthová"), None);
        assert_eq!(names("Source: Michal Kováč"), None);
        assert_eq!(names("The mayor of Nitra met Michal Kováč"), None);
        assert_eq!(
            names("Parties: Siyakhula Residents' Forum v Ndlovu Ridge Local Municipality"),
            None
        );
    }
}
