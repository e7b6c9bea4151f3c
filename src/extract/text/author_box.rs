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
        let bios = unlabelled(&nonempty);
        return if bios.is_empty() {
            super::stacked::writers_over_roles(&nonempty)
        } else {
            bios
        };
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
            // A copyright notice that shares the name's word (`The Frontier Ledger` over
            // `© 2026 Frontier Media Group …`) says who owns the page, not who wrote.
            let notice = next.contains('©') || super::rights::says_rights_reserved(next);
            name_shapes::is_role_line(next)
                || lines::ends_sentence(next)
                    && !notice
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

/// A box whose heading Chronicle does not know (`Дар бораи муаллиф`): in the page's second
/// half, a name line and a bio that opens with the same name and goes on in lower case
/// (`Фирӯза Назарова` / `Фирӯза Назарова хабарнигори … аст.`). The repeat is the evidence a
/// heading would give; a story's sentence about someone opens with more than the name alone.
fn unlabelled(nonempty: &[&str]) -> Vec<String> {
    let from = nonempty.len() / 2;
    nonempty
        .windows(2)
        .skip(from)
        .find_map(|pair| {
            let (name, bio) = (pair[0], pair[1]);
            let shaped = name_shapes::looks_like_name(name, 2)
                || name.split_whitespace().count() >= 2 && name_shapes::is_caseless_name(name);
            let goes_on = bio
                .strip_prefix(name)
                .and_then(|rest| rest.strip_prefix(' '))
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| c.is_lowercase() || c.is_alphabetic() && !c.is_uppercase());
            let about = lines::ends_sentence(bio) && bio.split_whitespace().count() >= 6;
            // `BPA News` / `BPA News is the trading name of …`: a company's line, no writer's.
            let company = lexicon::is_news_agency(name)
                || crate::extract::names::is_organisation(name)
                || name.split_whitespace().any(|w| {
                    let lower = lexicon::lower(w);
                    w.chars().count() >= 2 && w.chars().all(char::is_uppercase)
                        || lexicon::is_masthead_word(&lower)
                        || lexicon::is_section_name(&lower)
                });
            (shaped && goes_on && about && !company).then(|| vec![name.to_string()])
        })
        .unwrap_or_default()
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
    fn a_name_over_a_bio_that_opens_with_it_needs_no_heading() {
        let page = lines_of(
            "Headline\nThe story's first paragraph.\nThe second.\nThe third.\nYour questions\n\
             Firuza Nazarova\nFiruza Nazarova is a reporter on the city desk and covers schools.\n\
             Related",
        );
        assert_eq!(names(&page), ["Firuza Nazarova"]);
        // A sentence of the story that names someone goes on with more than the name.
        let page = lines_of(
            "Headline\nFirst.\nSecond.\nThird.\nFiruza Nazarova\n\
             Firuza Nazarova, 45, has taught at the school for twenty years and retires now.",
        );
        assert!(names(&page).is_empty());
        // A company's line in the footer.
        let page = lines_of(
            "Headline\nFirst.\nSecond.\nThird.\nBPA News\n\
             BPA News is the trading name of BPA Media Group Ltd, registered in England.",
        );
        assert!(names(&page).is_empty());
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
