//! What bylines print around the names, taken off before the names are split: a role before
//! them (`Door onze redacteur Sanne de Vries`), what follows a separator (`Rohan Deshpande |
//! Edited by Sneha Iyer`, `Ana Lima e Carlos Souza — Brasília`), the outlet written for
//! (`By HARRIET COLE FOR MAILBEACON`), the place reported from (`Daniela Fuentes in
//! Santiago`), and an agency credited beside the writer (`Par Julien Marchand avec AFP`, kept
//! as a name so that it moves to the sources).

use crate::extract::lexicon;

/// Separators after which a byline goes on with something other than a co-author.
const ALWAYS_CUT: [&str; 5] = [" | ", " — ", " – ", " · ", " • "];

/// The byline's value (after its label) with everything but the names and credited agencies
/// taken off.
pub(super) fn clean(value: &str) -> String {
    let mut value = value.trim().to_string();
    // `By Maria BorgTuesday, 24 November 2026`: a phone's copy runs the date into the name.
    if let Some(at) = glued_date_word(&value) {
        value.truncate(at);
    }
    if let Some(at) = ALWAYS_CUT.iter().filter_map(|sep| value.find(sep)).min() {
        value.truncate(at);
    }
    // `Anna Wiśniewska /ab`: the editor's initials after the writer.
    if let Some((name, mark)) = value.rsplit_once(" /") {
        if (1..=4).contains(&mark.chars().count()) && mark.chars().all(|c| c.is_lowercase()) {
            value.truncate(name.len());
        }
    }
    // `Name / Foto: Other`: a slash cuts only before a label or a non-writing role.
    if let Some(at) = value.find(" / ") {
        if labelled(&value[at + 3..]) {
            value.truncate(at);
        }
    }
    value = without_outlet(&value);
    value = with_agency(&value);
    without_leading_role(&value)
}

/// Where a weekday or a month glued to the end of a name starts (`BorgTuesday`,
/// `BorgNovember`): a lower-case letter, then a capitalised weekday or month name.
fn glued_date_word(value: &str) -> Option<usize> {
    let mut prev: Option<char> = None;
    for (at, c) in value.char_indices() {
        if c.is_uppercase() && prev.is_some_and(char::is_lowercase) {
            let word: String = value[at..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            if lexicon::is_weekday(&word) || lexicon::month_number(&word).is_some() {
                return Some(at);
            }
        }
        prev = Some(c);
    }
    None
}

/// `Daniel FaircloughSenior Reporter`: a copy that runs the writer's role into the name. A space
/// goes back where a lower-case letter meets a capitalised role word.
pub(super) fn unglued_role(line: &str) -> Option<String> {
    let mut prev: Option<char> = None;
    for (at, c) in line.char_indices() {
        if c.is_uppercase() && prev.is_some_and(char::is_lowercase) {
            let word: String = line[at..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            if lexicon::is_role_word(&word.to_lowercase()) {
                return Some(format!("{} {}", &line[..at], &line[at..]));
            }
        }
        prev = Some(c);
    }
    None
}

/// `Dr. Priyanka Raman`, `Prof. Anna Nowak`: a form of address before the writer's name
/// (`assets/lexicon/honorifics.tsv`) is no part of it.
pub(super) fn without_honorific(part: &str) -> &str {
    match part.split_once(' ') {
        Some((first, rest))
            if first.ends_with('.')
                && lexicon::honorific(&first.to_lowercase()).is_some()
                && !rest.trim().is_empty() =>
        {
            rest.trim()
        }
        _ => part,
    }
}

/// `Fotó: X`, `Edited by X`, `Photo X`: what follows is a credit of another kind.
fn labelled(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().take(3).collect();
    let colon = words.iter().any(|w| w.ends_with(':'));
    let by = words.get(1).is_some_and(|w| w.eq_ignore_ascii_case("by"));
    let role = words.first().is_some_and(|w| {
        let w = w.trim_end_matches(':').to_lowercase();
        lexicon::is_non_writing_role(&w) || lexicon::is_role_word(&w)
    });
    colon || by || role
}

/// `HARRIET COLE FOR MAILBEACON`, `Jane Doe for The Guardian`: the outlet after `for` is no
/// name. Only a capitalised word after it counts (`for` in a role: `editor for economics`).
fn without_outlet(value: &str) -> String {
    let words: Vec<&str> = value.split(' ').collect();
    let cut = words.iter().enumerate().skip(2).find(|(n, w)| {
        ["for", "für", "pour", "para"].contains(&w.to_lowercase().as_str())
            && words
                .get(n + 1)
                .and_then(|next| next.chars().next())
                .is_some_and(char::is_uppercase)
    });
    match cut {
        Some((n, _)) => words[..n].join(" "),
        None => value.to_string(),
    }
}

/// `Julien Marchand avec AFP`: the agency becomes a list item (and so a source).
fn with_agency(value: &str) -> String {
    for with in [" with ", " avec ", " mit ", " con ", " com ", " met "] {
        if let Some(at) = value.find(with) {
            let agency = value[at + with.len()..].trim();
            if lexicon::is_news_agency(agency) {
                return format!("{}, {agency}", &value[..at]);
            }
        }
    }
    value.to_string()
}

/// `onze redacteur Sanne de Vries`, `our correspondent Jane Doe`: lower-case words before the
/// first name, one of them a job title, are the role.
fn without_leading_role(value: &str) -> String {
    let words: Vec<&str> = value.split(' ').collect();
    let lower = words
        .iter()
        .take_while(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    let has_role = words[..lower].iter().any(|w| {
        lexicon::is_role_word(&w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
    });
    if (1..=4).contains(&lower) && has_role && words.len() > lower {
        words[lower..].join(" ")
    } else {
        value.to_string()
    }
}

/// `Daniela Fuentes in Santiago`: a name and the place it was reported from.
pub(super) fn without_place(part: &str) -> &str {
    for sep in [" in ", " en ", " à ", " aus ", " from "] {
        if let Some((name, place)) = part.rsplit_once(sep) {
            let words = place.split_whitespace().count();
            let capitalised = place.chars().next().is_some_and(char::is_uppercase);
            if (1..=3).contains(&words) && capitalised && name.contains(' ') {
                return name.trim();
            }
        }
    }
    part
}

#[cfg(test)]
mod tests {
    use super::super::byline::byline;

    fn names(line: &str) -> Vec<String> {
        byline(line).unwrap_or_default()
    }

    #[test]
    fn a_date_run_into_the_name_is_cut_off() {
        assert_eq!(
            names("By Maria BorgTuesday, 24 November 2026, 8:15am"),
            ["Maria Borg"]
        );
        // A name's own inner capital stays (`McDonald`, `DeSantis`).
        assert_eq!(names("By Ewan McDonald"), ["Ewan McDonald"]);
    }

    #[test]
    fn roles_before_the_names_and_credits_after_a_separator_go() {
        assert_eq!(
            names("Door onze redacteur Sanne de Vries"),
            ["Sanne de Vries"]
        );
        assert_eq!(
            names("Written by Rohan Deshpande | Edited by Sneha Iyer"),
            ["Rohan Deshpande"]
        );
        assert_eq!(
            names("Szöveg: Kovács Anna | Fotó: Tóth Bence"),
            ["Kovács Anna"]
        );
        assert_eq!(
            names("Por Ana Beatriz Lima e Carlos Henrique Souza — Brasília"),
            ["Ana Beatriz Lima", "Carlos Henrique Souza"]
        );
        assert_eq!(names("By Jane Doe / Photo: John Roe"), ["Jane Doe"]);
    }

    #[test]
    fn conjunctions_of_other_languages_split_names() {
        assert_eq!(
            names("di Marco Bellandi e Giulia Sarti"),
            ["Marco Bellandi", "Giulia Sarti"]
        );
        assert_eq!(
            names("Door Jan de Vries en Piet Jansen"),
            ["Jan de Vries", "Piet Jansen"]
        );
        assert_eq!(
            names("Autor: Jan Novák a Petr Svoboda"),
            ["Jan Novák", "Petr Svoboda"]
        );
    }

    #[test]
    fn outlets_places_and_agencies_beside_the_writer() {
        assert_eq!(names("By HARRIET COLE FOR MAILBEACON"), ["Harriet Cole"]);
        assert_eq!(
            names(
                "Reporting by Daniela Fuentes in Santiago and Pratima Rao in Bengaluru; Editing by Mark Heinrich"
            ),
            ["Daniela Fuentes", "Pratima Rao"]
        );
        assert_eq!(
            names("Par Julien Marchand avec AFP"),
            ["Julien Marchand", "AFP"]
        );
        // A headline that starts with a label word is no byline.
        assert_eq!(
            byline("By the time the polls closed, turnout was high."),
            None
        );
        assert_eq!(byline("De Niro returns to the stage in London"), None);
    }

    #[test]
    fn a_role_run_into_the_name_is_parted_from_it() {
        let line = "Daniel FaircloughSenior Reporter";
        assert_eq!(
            super::super::byline::name_line(line),
            Some(vec!["Daniel Fairclough".to_string()])
        );
        // A capital inside a name that opens no role stays (`McDonald`, `DeSantis`).
        assert_eq!(super::unglued_role("Fiona McDonald"), None);
        assert_eq!(super::unglued_role("Ron DeSantis"), None);
    }
}
