//! A news database's display copy prints the story's head as short unlabelled lines around its
//! length (`487 words`, `587 mots`): the section, headline, byline, date, time, the paper, its
//! code and language, in the database's own order. No label says which line is the paper, but
//! the story's copyright line names its owner, and the head line that owner's name holds is
//! the paper (`The Deccan Ledger` in `Copyright 2023 Deccan Ledger Publications Pvt. Ltd.`).
//! The database's brand over the page is not the publisher.

use super::{record, rights};

/// Most lines of the head on each side of the length line.
const HEAD_LINES: usize = 10;
/// Most words of a paper's name.
const NAME_WORDS: usize = 8;

/// The paper a display copy's head names, when a copyright line agrees.
pub(super) fn paper(lines: &[String]) -> Option<String> {
    let at = lines.iter().position(|l| is_length_line(l))?;
    let start = (at.saturating_sub(HEAD_LINES)..at)
        .rev()
        .take_while(|&i| !lines[i].trim().is_empty())
        .last()
        .unwrap_or(at);
    let end = (at + 1..lines.len().min(at + 1 + HEAD_LINES))
        .take_while(|&i| !lines[i].trim().is_empty())
        .last()
        .unwrap_or(at);
    let owners: Vec<Vec<String>> = lines
        .iter()
        .filter(|l| l.contains('©') || l.to_lowercase().contains("copyright"))
        .filter_map(|l| rights::publisher(l))
        .map(|owner| words(&owner))
        .collect();
    lines[start..=end]
        .iter()
        .map(|l| l.trim())
        .filter(|l| {
            let n = l.split_whitespace().count();
            (1..=NAME_WORDS).contains(&n) && !l.chars().any(|c| c.is_numeric())
        })
        .find(|l| owners.iter().any(|owner| named_in(l, owner)))
        .map(str::to_string)
}

/// `487 words`, `1.204 palabras`, `587 mots`: a number and a unit a record's length row uses.
fn is_length_line(line: &str) -> bool {
    let line = line.trim();
    let Some((number, unit)) = line.split_once(' ') else {
        return false;
    };
    !number.is_empty()
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        && number.chars().next().is_some_and(|c| c.is_ascii_digit())
        && record::is_length_unit(unit)
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the line's name stands in the owner's words (`The Deccan Ledger` in `Deccan Ledger
/// Publications`): its words in order, a leading article aside.
fn named_in(line: &str, owner: &[String]) -> bool {
    let mine = words(line);
    let tries = [&mine[..], mine.get(1..).unwrap_or_default()];
    tries.iter().any(|name| {
        name.iter().map(|w| w.chars().count()).sum::<usize>() >= 4
            && owner.windows(name.len()).any(|window| window == *name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn the_head_line_the_copyright_owner_names_is_the_paper() {
        let page = lines(
            "NewsFinder\nArticle 4 of 38\n\nCities\nCouncil to meter borewells\n\
             Our Special Correspondent\n487 words\n14 March 2023\n10:42\nThe Plateau Ledger\n\
             PLATLED\nEnglish\nCopyright 2023 Plateau Ledger Publications Pvt. Ltd.\n\n\
             Body text.\n\n© 2026 NewsFinder, Inc. All rights reserved.",
        );
        assert_eq!(paper(&page).as_deref(), Some("The Plateau Ledger"));
    }

    #[test]
    fn the_paper_may_open_the_head() {
        let page = lines(
            "Le Courrier du Morbihan\nÉconomie, jeudi 17 novembre 2011, p. 9\n587 mots\n\n\
             Titre\n\nTexte.\n\n© 2011 Le Courrier du Morbihan. Tous droits réservés.",
        );
        assert_eq!(paper(&page).as_deref(), Some("Le Courrier du Morbihan"));
    }

    #[test]
    fn without_a_length_line_or_an_agreeing_owner_no_paper() {
        let no_length = lines("The Plateau Ledger\nTitle\n\nText.\n© Plateau Ledger Ltd");
        assert_eq!(paper(&no_length), None);
        let no_owner = lines("The Plateau Ledger\n487 words\n\nText.\n© 2026 NewsFinder");
        assert_eq!(paper(&no_owner), None);
    }
}
