//! The box under a story that introduces its writers: a heading (`About the authors`, `Über
//! die Autorin`; data in `assets/lexicon/author-box-labels.txt`), then for each writer a name
//! line and a role or a bio about them (`Efua Asante` / `Senior Research Fellow` / `Efua leads
//! …`). Read from the whole page, before a dump clears it with the footer.

use super::{lines, name_shapes};
use crate::extract::lexicon;
use std::sync::LazyLock;

static LABELS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    lexicon::word_list(include_str!(
        "../../../assets/lexicon/author-box-labels.txt"
    ))
});

/// How many non-empty lines below the heading the box may fill.
const BOX_LINES: usize = 12;

fn is_heading(line: &str) -> bool {
    // Headings are short: most lines are ruled out before being lower-cased.
    if line.len() > 64 {
        return false;
    }
    let key = lexicon::lower(line.trim().trim_end_matches([':', '：']).trim());
    LABELS.contains(key.as_str())
}

/// The writers the page's author box introduces, in its order; empty without a box.
pub(crate) fn names(all: &[String]) -> Vec<String> {
    let nonempty: Vec<&str> = all
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let Some(at) = nonempty.iter().position(|l| is_heading(l)) else {
        return Vec::new();
    };
    let rest = &nonempty[at + 1..nonempty.len().min(at + 1 + BOX_LINES)];
    let mut names = Vec::new();
    for (i, line) in rest.iter().enumerate() {
        if name_shapes::is_role_line(line) {
            continue;
        }
        // One name, or two or more on one line (`Lena Pichlmayr und Markus Strobl`).
        let listed = if name_shapes::looks_like_name(line, 2) {
            vec![(*line).to_string()]
        } else {
            match name_shapes::name_list(line) {
                Some(list) if list.len() >= 2 => list,
                _ => continue,
            }
        };
        // A name counts with what the box says of it on the next two lines: a role, or a
        // sentence about them that uses one of its words.
        let words: Vec<&str> = line.split_whitespace().collect();
        let introduced = rest[i + 1..].iter().take(2).any(|next| {
            name_shapes::is_role_line(next)
                || lines::ends_sentence(next)
                    && next.split_whitespace().count() >= 5
                    && words.iter().any(|w| {
                        next.split(|c: char| !c.is_alphanumeric() && c != '-')
                            .any(|n| n == *w)
                    })
        });
        if introduced {
            for name in listed {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    names
}

/// The author box names the writers a byline gave only as an organisation (`Published by: CFA
/// Communications Unit`), in part, or not at all.
pub(super) fn prefer(
    box_authors: Vec<String>,
    authors: &mut Vec<String>,
    provenance: &mut crate::model::Provenance,
) {
    let replaceable = |a: &String| {
        box_authors.contains(a)
            || crate::extract::names::is_organisation(a)
            || super::agencies::is_desk(a)
    };
    if !box_authors.is_empty() && authors.iter().all(replaceable) {
        *authors = box_authors;
        provenance.insert("authors", "author-box");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn names_with_a_role_or_a_bio_under_the_heading() {
        let page = lines_of(
            "The full tracker is on our Publications page.\nAbout the authors\nEfua Asante\n\
             Senior Research Fellow\nEfua leads our work on local government finance.\n\
             Kwabena Osei-Bonsu\nProgramme Officer, Public Finance\n\
             Kwabena manages the District Budget Tracker and trains assembly members.\n\
             Related posts\nCFA submits proposals for 2027 budget",
        );
        assert_eq!(names(&page), ["Efua Asante", "Kwabena Osei-Bonsu"]);
        // Two writers on one line, one bio sentence about both.
        let page = lines_of(
            "Quelle: APA\nÜber die Autoren\nLena Pichlmayr und Markus Strobl\n\
             Lena Pichlmayr ist Redakteurin im Ressort Chronik und schreibt über Verkehr.\n\
             Mehr zum Thema",
        );
        assert_eq!(names(&page), ["Lena Pichlmayr", "Markus Strobl"]);
    }

    #[test]
    fn no_heading_or_no_introduction_gives_nobody() {
        let without = lines_of("Efua Asante\nSenior Research Fellow\nEfua leads our work.");
        assert!(names(&without).is_empty());
        // Link titles under the heading are no writers.
        let links = lines_of("About the author\nMore From Our Team\nRelated Posts Here\nSubscribe");
        assert!(names(&links).is_empty());
    }
}
