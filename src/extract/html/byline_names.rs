//! What kind of name a byline gives: a person's alone, a desk's, a body's (`Department of
//! Rural Affairs`), and the names a byline element holds beside a declaration's.

use super::byline::split_names;
use super::byline_parts::is_cased_lower;
use super::metadata::simplify;
use crate::extract::names;

/// `visible` when it names more writers than `declared` and opens with them, in order.
pub(super) fn opens_with(declared: &[String], visible: &[String]) -> Option<Vec<String>> {
    (visible.len() > declared.len()
        && declared
            .iter()
            .zip(visible)
            .all(|(d, v)| simplify(d) == simplify(v)))
    .then(|| visible.to_vec())
}

/// A person's name and nothing else: two to four capitalised words of letters (no outlet's
/// initials, place after a dash or organisation word).
pub(super) fn is_plain_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && !names::is_organisation(name)
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
                && (w.chars().count() < 2 || w.chars().skip(1).any(char::is_lowercase))
        })
}

/// A desk or team signing alone in one word (`Rédaction`, `Redaktion`, `Staff`): no person.
pub(super) fn is_desk(name: &str) -> bool {
    !name.contains(' ') && names::is_organisation_word(name)
}

/// Whether a name holds, after its first word, a word in lower case that is no particle of a
/// person's name (`of` in `Department of Rural Affairs`; `de` in `Michiel de Jong` is one, and
/// so is `al-Sayed`, capitalised inside).
pub(super) fn holds_common_word(name: &str) -> bool {
    name.split(' ').skip(1).any(|w| {
        w.chars().next().is_some_and(is_cased_lower)
            && !w.chars().any(char::is_uppercase)
            && w != "and"
            && !crate::extract::lexicon::is_name_particle(w)
    })
}

/// A body's name rather than a person's: a word in lower case that is neither a name's
/// particle nor a conjunction between names.
pub(super) fn is_body_name(name: &str) -> bool {
    // `Mac & i` (a magazine) is one name joined by `&`, kept whole elsewhere.
    !name.contains('&')
        && crate::extract::text::split_at_conjunctions(name)
            .iter()
            .any(|piece| holds_common_word(piece))
}

/// The names of the byline element that each of `people` holds with the most around it
/// (`Jane Doe Staff correspondentMonday` holds `Jane Doe`; a wrapper's `Jane Doe Staff` less
/// so), or `None`.
pub(super) fn element_names(elements: &[String], people: &[String]) -> Option<Vec<String>> {
    elements
        .iter()
        .filter_map(|element| {
            let names = split_names(element);
            let holds = |p: &String| names.iter().any(|n| simplify(p).contains(&simplify(n)));
            (!names.is_empty()
                && people.iter().all(holds)
                && names.iter().all(|n| !people.contains(n)))
            .then_some(names)
        })
        .min_by_key(|names| names.iter().map(String::len).sum::<usize>())
}

/// A name one person's tag writes surname first (`citation_author` = `Costa, Maria J.`,
/// `DC.creator` = `Costa, Maria`), as Google Scholar's and Dublin Core's conventions ask, in
/// reading order (`Maria J. Costa`). Only a surname of one or two capitalised words before the
/// one comma and given names of one to three after it; anything else is left as it is (`Maria
/// Costa, Jon Berg` names two people).
pub(super) fn uninverted(name: &str) -> String {
    let Some((surname, given)) = name.split_once(',') else {
        return name.to_string();
    };
    let (surname, given) = (surname.trim(), given.trim());
    // A particle sorted after the given names (`Jong, Michiel de`) goes back before the surname.
    let capitalised = |part: &str, most: usize| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (1..=most).contains(&words.len())
            && words
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) || crate::extract::lexicon::is_name_particle(w)
            })
    };
    let one_surname =
        surname.split_whitespace().count() == 1 || given.split_whitespace().count() == 1;
    // `Goodman, MA`: a degree after the comma is no given name.
    let degree = crate::extract::names::tidy(&format!("X Y, {given}")) == "X Y";
    if given.contains(',')
        || !one_surname
        || degree
        || !capitalised(surname, 2)
        || !capitalised(given, 3)
    {
        return name.to_string();
    }
    format!("{given} {surname}")
}

/// `Transport and Infrastructure Committee` split at its `and`: a lone capitalised word, then
/// an organisation. The conjunction was inside one body's name; no writer is named.
pub(super) fn is_split_body(parts: &[String]) -> bool {
    parts.len() >= 2
        && parts
            .last()
            .is_some_and(|p| crate::extract::names::is_organisation(p))
        && parts[..parts.len() - 1]
            .iter()
            .all(|p| !p.contains(' ') && p.chars().next().is_some_and(char::is_uppercase))
}

/// Whether `name` is one of the site's names with more words around it (`Prensa El Maulino`,
/// `El Maulino Staff`): the site's desk or account, which names a writer only when nothing
/// else does. The site's name must be two words or more of it, so that a one-word site name
/// (`Sandra`'s blog) does not catch its author's full name.
pub(super) fn holds_site_name(name: &str, site_names: &[String]) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (0..words.len()).any(|i| {
        (i + 2..=words.len())
            .any(|j| j - i < words.len() && site_names.contains(&simplify(&words[i..j].join(" "))))
    })
}

/// A name still holding a label before a colon (`كتبت: رنا الخطيب`, a form the label list
/// lacks): names hold no colon, so the name is what follows it; `None` when the label credits
/// pictures or editing (`تصوير: …`), which names no writer.
pub(super) fn after_label(name: &str) -> Option<&str> {
    let Some((label, rest)) = name.split_once([':', '：']) else {
        return Some(name);
    };
    let word_label = (1..=2).contains(&label.split_whitespace().count())
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || super::byline_parts::is_mark(c));
    if !word_label || rest.trim().is_empty() {
        return Some(name);
    }
    (!super::byline_parts::is_non_writing_credit(name)).then_some(rest.trim())
}

/// The visible byline's names without those the headline prints, when another stays: the
/// place a dateline adds after the writer is the story's subject, which a writer is not.
pub(super) fn without_headline_places(people: &mut Vec<String>, headline: Option<&String>) {
    let Some(headline) = headline else {
        return;
    };
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && !super::byline_parts::is_mark(c))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let headline = words(headline);
    let printed = |p: &String| {
        let name = words(p);
        !name.is_empty() && headline.windows(name.len()).any(|w| w == name.as_slice())
    };
    if people.len() >= 2 && people.iter().any(|p| !printed(p)) {
        people.retain(|p| !printed(p));
    }
}

/// The people without a name that another of them opens, followed by a clause of roles or
/// places (`陈思远 子午线记者，发自曼谷` beside `陈思远`: a byline element's whole text and
/// the name element inside it). The clause must hold punctuation or a digit, so that a fuller
/// name (`Maria Lopez` beside `Maria`) stays.
pub(super) fn without_padded(people: Vec<String>) -> Vec<String> {
    let padded = |p: &String| {
        people.iter().any(|q| {
            p.strip_prefix(q.as_str())
                .filter(|rest| q != p && rest.starts_with(char::is_whitespace))
                .is_some_and(|rest| {
                    rest.chars()
                        .any(|c| c.is_ascii_digit() || ",，、()（）|/;".contains(c))
                })
        })
    };
    people.iter().filter(|p| !padded(p)).cloned().collect()
}

/// A body's name ending in a word of the shared organisation forms (`Public Relations
/// Directorate`, `Corporate Communications Office`), as the plain-text byline reader and the
/// speaker reader judge it: three words or more, so that a surname that is also such a word
/// (`Margaret Court`) stays a person's.
pub(super) fn ends_with_body_form(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 3
        && words.last().is_some_and(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            crate::extract::lexicon::is_organisation_form(&w)
        })
}

/// Whether the page's copyright line names `name` as a body: with a legal form after it
/// (`© 2026 Falcon Crest Logistics LLC`), or beside another of the site's names (`© 2026
/// Ibaizabal Unibertsitatea · Komunikazio Zerbitzua`, the university's communication office).
/// A declared writer named so is the site or a unit of it, not a person; a blog's owner (`©
/// Haki Benita 2016-2020`, the site's only name) stays a writer.
pub(super) fn owned_by_copyright(name: &str, lines: &[String], site_names: &[String]) -> bool {
    let key = simplify(name);
    if key.is_empty() {
        return false;
    }
    lines.iter().any(|line| {
        let Some(at) = line.find(name) else {
            return false;
        };
        let next = line[at + name.len()..].split_whitespace().next();
        let legal = next.is_some_and(|w| {
            super::metadata::is_company(w.trim_matches(|c: char| !c.is_alphanumeric()))
        });
        let beside = site_names.iter().any(|site| {
            !site.is_empty()
                && !site.contains(&key)
                && !key.contains(site.as_str())
                && simplify(line).contains(site.as_str())
        });
        legal || beside
    })
}

#[cfg(test)]
mod tests {
    use super::uninverted;

    #[test]
    fn a_surname_first_is_put_last() {
        assert_eq!(uninverted("Costa, Maria"), "Maria Costa");
        assert_eq!(uninverted("Costa, Maria J."), "Maria J. Costa");
        assert_eq!(
            uninverted("García Márquez, Gabriel"),
            "Gabriel García Márquez"
        );
        // Two people, a degree, a name in reading order: left as they are.
        assert_eq!(uninverted("Maria Costa, Jon Berg"), "Maria Costa, Jon Berg");
        assert_eq!(uninverted("Brenda Goodman, MA"), "Brenda Goodman, MA");
        assert_eq!(uninverted("Maria Costa"), "Maria Costa");
    }
}
