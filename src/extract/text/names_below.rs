//! Authors printed without a label where no date line anchors them: the names directly under
//! the headline (`Kiri Henare, Oliver Strand and Mei-Lin Chow`, `Seán Gallagher`), and a byline
//! that goes on to the next line (`By ANDREW PEMBERTON` / `and LISA WONG`).

use super::{Found, Role, byline};

/// How many non-empty lines under the headline (a deck, the names) are looked at.
const BELOW_TITLE: usize = 3;

/// Names under the headline, when nothing else named an author: a list of two or more names,
/// or one name whose first word is a known given name (a site's name is also two capitalised
/// words: `Southern Gazette`).
pub(super) fn names_below_title(lines: &[String], roles: &mut [Role], found: &mut Found) {
    if !found.authors.is_empty() {
        return;
    }
    let Some(title) = roles.iter().position(|r| *r == Role::Title) else {
        return;
    };
    let below: Vec<usize> = (title + 1..lines.len())
        .filter(|&j| roles[j] != Role::Blank && roles[j] != Role::Title)
        .take(BELOW_TITLE)
        .collect();
    for j in below {
        if roles[j] != Role::Content {
            continue;
        }
        let Some(names) = byline::name_line(&lines[j]) else {
            // Prose starts: the names would have come before it.
            if super::lines::ends_sentence(&lines[j]) && lines[j].chars().count() >= 100 {
                return;
            }
            continue;
        };
        let known = names.len() >= 2
            || names[0].split_whitespace().next().is_some_and(|first| {
                crate::extract::lexicon::given_name(&first.to_lowercase()).is_some()
            });
        let site = found
            .publisher
            .as_deref()
            .is_some_and(|p| names.iter().any(|n| n == p));
        if known && !site {
            roles[j] = Role::Author;
            found
                .provenance
                .entry("authors")
                .or_insert("name-below-title");
            found.authors.extend(names.into_iter().map(|n| (j, n)));
            return;
        }
    }
}

/// `By ANDREW PEMBERTON` then `and LISA WONG`: the second line's names join the byline.
pub(super) fn continued_bylines(lines: &[String], roles: &mut [Role], found: &mut Found) {
    for i in 0..lines.len() {
        if roles[i] != Role::Author {
            continue;
        }
        let Some(j) = (i + 1..lines.len()).find(|&j| roles[j] != Role::Blank) else {
            continue;
        };
        if roles[j] != Role::Content {
            continue;
        }
        let rest = ["and ", "And ", "AND ", "& "]
            .iter()
            .find_map(|and| lines[j].strip_prefix(and));
        if let Some(names) = rest.and_then(|rest| byline::byline(&format!("By {rest}"))) {
            roles[j] = Role::Author;
            found.authors.extend(names.into_iter().map(|n| (j, n)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::read_text;

    const PROSE: &str = "The existing hotel on the Quay Road in Westport will close for a year while \
                         the work is done, the group said on Monday.";

    #[test]
    fn names_under_the_headline_are_its_authors() {
        let article = read_text(&format!(
            "Inside the lab trying to save the rarest lizard\nSouthern Gazette\n\
             Kiri Henare, Oliver Strand and Mei-Lin Chow\n9 min read\n\n{PROSE}\n"
        ));
        assert_eq!(
            article.authors,
            ["Kiri Henare", "Oliver Strand", "Mei-Lin Chow"]
        );
        let article = read_text(&format!(
            "Mayo hotel group plans €12m spa extension in Westport\nSeán Gallagher\nListen\n\n{PROSE}\n"
        ));
        assert_eq!(article.authors, ["Seán Gallagher"]);
        let article = read_text(&format!(
            "Mayo hotel group plans €12m spa extension in Westport\nSouthern Gazette\n\n{PROSE}\n"
        ));
        assert!(article.authors.is_empty());
    }

    #[test]
    fn a_byline_goes_on_to_the_next_line() {
        let article = read_text(&format!(
            "Senate appropriators eye stopgap into February\n\nBy ANDREW PEMBERTON\nand LISA WONG\n\n{PROSE}\n"
        ));
        assert_eq!(article.authors, ["Andrew Pemberton", "Lisa Wong"]);
    }

    #[test]
    fn names_with_places_roles_after_a_slash_and_bracketed_credits() {
        let article = read_text(&format!(
            "Euro zone bond yields climb\n\nHelen Carraway in London and Jonas Wendt in Frankfurt\n\
             November 20, 2025\n\n{PROSE}\n"
        ));
        assert_eq!(article.authors, ["Helen Carraway", "Jonas Wendt"]);
        let article = read_text(&format!(
            "Fuel prices rise again\n\nJovan Barnes/Staff Reporter\nNovember 20, 2025\n\n{PROSE}\n"
        ));
        assert_eq!(article.authors, ["Jovan Barnes"]);
        let article = read_text(&format!(
            "Fuel prices rise again\n\n{PROSE}\n\n(Reporting by Kirra Madden in Sydney and Lucas \
             Crane in Wellington; Editing by Martin Pell)\n"
        ));
        assert_eq!(article.authors, ["Kirra Madden", "Lucas Crane"]);
    }
}
