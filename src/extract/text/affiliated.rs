//! A writer's name printed with what they write for, in the layouts bylines share across
//! sites: `Carlo Mendoza, Bituin News`, `Ellie MacAskill, Local Journalism Initiative
//! Reporter`, `Selma Haufiku - NAMPA`, `KXRW | By Marisol Gutiérrez`, `Gwenllian Harries Chief
//! Reporter`. The outlet or role is evidence (organisation and role words are data), so the
//! name beside it needs no given-name check.

use super::byline;
use crate::extract::lexicon;

/// The names in a name line with an outlet, an agency or a role beside them. An agency is
/// given after the names (the reader moves it to the sources).
pub(super) fn name_with_affiliation(line: &str) -> Option<Vec<String>> {
    if line.chars().count() > 120 {
        return None;
    }
    // `KXRW | By Marisol Gutiérrez`: the outlet, then the byline.
    if let Some((_, rest)) = line.split_once(" | ") {
        if let Some(names) = byline::byline(rest.trim()) {
            return Some(names);
        }
    }
    for sep in [", ", " - ", " – ", " | "] {
        let Some((name, rest)) = line.rsplit_once(sep) else {
            continue;
        };
        let (name, rest) = (name.trim(), rest.trim());
        let Some(mut names) = byline::name_list(name) else {
            continue;
        };
        if name.split_whitespace().any(is_no_name_word) {
            continue;
        }
        if lexicon::is_news_agency(rest) {
            names.push(rest.to_string());
            return Some(names);
        }
        if is_outlet(rest) || byline::is_role_line(rest) && !byline::is_non_writing(rest) {
            return Some(names);
        }
    }
    role_after_name(line)
}

/// `Bituin News`, `Local Journalism Initiative Reporter`: capitalised words, one of them an
/// organisation's or a writer's role word.
fn is_outlet(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            lexicon::is_organisation_word(&w)
        })
}

/// `Gwenllian Harries Chief Reporter`: a name of two or three words, then a writer's role
/// with no separator.
fn role_after_name(line: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=3).find_map(|k| {
        let (name, role) = (words.get(..k)?.join(" "), words.get(k..)?.join(" "));
        (!role.is_empty()
            && byline::is_role_line(&role)
            && !byline::is_non_writing(&role)
            && byline::name_list(&name).is_some()
            && !byline::is_role_line(&name)
            && !name.split_whitespace().any(is_no_name_word))
        .then(|| vec![name])
    })
}

/// `Our`, `Follow`, `Ministry`: a desk's, a menu's or an organisation's word, no name's.
fn is_no_name_word(word: &str) -> bool {
    let w = word.to_lowercase();
    lexicon::opens_desk(&w) || lexicon::is_menu_word(&w) || lexicon::is_organisation_form(&w)
}

#[cfg(test)]
mod tests {
    use super::name_with_affiliation as names;

    fn one(name: &str) -> Option<Vec<String>> {
        Some(vec![name.to_string()])
    }

    #[test]
    fn a_name_with_its_outlet_agency_or_role() {
        assert_eq!(names("Carlo Mendoza, Bituin News"), one("Carlo Mendoza"));
        assert_eq!(
            names("Ellie MacAskill, Local Journalism Initiative Reporter"),
            one("Ellie MacAskill")
        );
        assert_eq!(
            names("Selma Haufiku - NAMPA"),
            Some(vec!["Selma Haufiku".into(), "NAMPA".into()])
        );
        assert_eq!(
            names("KXRW | By Marisol Gutiérrez"),
            one("Marisol Gutiérrez")
        );
        assert_eq!(
            names("Gwenllian Harries Chief Reporter"),
            one("Gwenllian Harries")
        );
    }

    #[test]
    fn a_photographer_or_a_plain_pair_of_names_is_not_read_here() {
        assert_eq!(names("Carlo Mendoza, Photographer"), None);
        assert_eq!(names("Carlo Mendoza, Manila"), None);
        assert_eq!(names("Our Sports Reporter"), None);
        assert_eq!(names("Ministry Activities News Contacts"), None);
    }
}
