//! Whether a headline agrees with the story below it: a headline names what the first
//! paragraphs tell (`Čukarički presents its new coach` above a lead about Čukarički's coach),
//! a live-score strip, a cookie banner or a sharing line above the headline shares nothing
//! with them. This is evidence in any language, so it is used where the layout rules, tuned on
//! layouts seen before, picked a line that the text does not back.
//!
//! Words are compared by their first letters (inflected forms agree: `Raadsleden` and
//! `raadsleden`, `presents` and `presented`); scripts written without spaces by pairs of
//! characters.

use std::collections::HashSet;

use super::{Role, lines, title};
use crate::extract::lexicon;

/// How many of the story's first paragraphs the headline is compared with.
const OPENING_PARAGRAPHS: usize = 3;
/// How many non-empty lines below a line its story's first paragraph may start.
const OPENING_WITHIN: usize = 16;
/// Words shorter than this carry little (`the`, `и`, `dan`); longer ones are cut to
/// [`STEM_CHARS`].
const MIN_WORD_CHARS: usize = 4;
const STEM_CHARS: usize = 5;
/// Shared words that make another line the headline the story backs. A headline sharing one
/// word with its lead is common (a deck below it shares more), so only none overrules.
const BACKED: usize = 2;
/// Shared words that make another line the headline when the chosen one shares one word.
const BACKED_OVER_ONE: usize = 5;

/// Calls `f` with the first letters of each word (pairs of characters in Han, kana and Thai),
/// lower-cased; without `content_only`, of words that say little (`which`, `después`) too.
fn each_stem(line: &str, content_only: bool, mut f: impl FnMut(&str)) {
    let mut chars: Vec<char> = Vec::new();
    let mut stem = String::new();
    for word in line.split(|c: char| !c.is_alphanumeric()) {
        chars.clear();
        chars.extend(word.chars().flat_map(char::to_lowercase));
        if chars.iter().any(|&c| title::is_unspaced_script(c)) {
            for pair in chars.windows(2) {
                stem.clear();
                stem.extend(pair);
                f(&stem);
            }
        } else if chars.len() >= MIN_WORD_CHARS && !chars.iter().all(|c| c.is_numeric()) {
            // `which`, `people`, `después`: shared by any two texts of a language.
            if content_only {
                stem.clear();
                stem.extend(chars.iter());
                if lexicon::is_stopword(&stem) {
                    continue;
                }
            }
            stem.clear();
            stem.extend(chars.iter().take(STEM_CHARS));
            f(&stem);
        }
    }
}

fn stems(line: &str, content_only: bool) -> HashSet<String> {
    let mut out = HashSet::new();
    each_stem(line, content_only, |s| {
        if !out.contains(s) {
            out.insert(s.to_string());
        }
    });
    out
}

/// A paragraph of the story: a long line that ends a sentence.
pub(super) fn is_prose(line: &str) -> bool {
    let most = if line.chars().any(title::is_unspaced_script) {
        40
    } else {
        80
    };
    line.chars().count() >= most && lines::ends_sentence(line)
}

/// A headline, or one that ends with a number's or an abbreviation's full stop (`… до 2028.`)
/// but is too short for a paragraph.
fn headline_shaped(line: &str) -> bool {
    title::is_headline(line)
        || (line.split_whitespace().count() >= 4
            && line.trim_end().ends_with('.')
            && !is_prose(line))
}

/// Where the first paragraph below `at` starts, and the first paragraphs.
fn opening(lines: &[String], roles: &[Role], at: usize) -> Option<(usize, Vec<usize>)> {
    let mut found = (at + 1..lines.len())
        .filter(|&j| roles[j] != Role::Blank)
        .skip_while(|&j| !is_prose(&lines[j]))
        .peekable();
    let first = *found.peek()?;
    let within = (at + 1..first).filter(|&j| roles[j] != Role::Blank).count();
    if within > OPENING_WITHIN {
        return None;
    }
    let paragraphs = found
        .filter(|&j| is_prose(&lines[j]))
        .take(OPENING_PARAGRAPHS)
        .collect();
    Some((first, paragraphs))
}

/// The line chosen as the headline at `at` shares no word with the story's first paragraphs,
/// while a headline-shaped line between it and the story shares several: the chosen line is
/// something above the headline.
pub(super) fn is_unbacked(lines: &[String], roles: &[Role], at: usize) -> bool {
    let Some((first, paragraphs)) = opening(lines, roles, at) else {
        return false;
    };
    // Most chosen lines share two words with the story early on: stop there.
    let chosen = stems(&lines[at], false);
    let mut matched: Vec<String> = Vec::new();
    for &j in &paragraphs {
        each_stem(&lines[j], false, |s| {
            if matched.len() < 2 && chosen.contains(s) && !matched.iter().any(|m| m == s) {
                matched.push(s.to_string());
            }
        });
        if matched.len() >= 2 {
            return false;
        }
    }
    let story: HashSet<String> = paragraphs
        .iter()
        .flat_map(|&j| stems(&lines[j], false))
        .collect();
    // Any word shared backs the chosen line; only words that say something back another.
    let shared =
        |i: usize, content_only| stems(&lines[i], content_only).intersection(&story).count();
    // One word in common may be chance (`Ministry`); a line then needs to share many more.
    let needed = match matched.len() {
        0 => BACKED,
        1 => BACKED_OVER_ONE,
        _ => return false,
    };
    // Over a line that shares a word, a deck of sentences (`… ogni anno. Ma in …`) is no
    // better headline.
    let deck = |j: usize| needed > BACKED && (lines[j].contains(". ") || lines[j].len() > 150);
    (at + 1..first).any(|j| {
        roles[j] == Role::Content
            && headline_shaped(&lines[j])
            && !deck(j)
            && shared(j, true) >= needed
    })
}

#[cfg(test)]
mod tests {
    use super::super::read_text;

    #[test]
    fn a_line_the_story_does_not_back_gives_way_to_the_headline_that_it_does() {
        let page = "ŽIVĚ: Sparta – Slavia 1:0 (67')\n\n\
                    Nový trenér Bohemians podepsal smlouvu do roku 2028\n\n\
                    Autor: Jan Novák\n\n\
                    Bohemians představili nového trenéra, který podepsal smlouvu do roku 2028. \
                    Klub to oznámil v úterý na tiskové konferenci.\n\n\
                    Trenér přichází z Liberce a s týmem začne pracovat od ledna.\n";
        assert_eq!(
            read_text(page).title,
            "Nový trenér Bohemians podepsal smlouvu do roku 2028"
        );
    }

    #[test]
    fn a_line_sharing_one_word_gives_way_only_to_a_headline_sharing_many() {
        let page = "LIVE: Lahore Lions 186/4 | Karachi Kings 142/9\n\n\
                    Sialkot beat Faisalabad by one wicket in thrilling Quaid-e-Azam Trophy finish\n\n\
                    By Imran Shahid\n\n\
                    LAHORE: Sialkot beat Faisalabad by one wicket in the seventh round of the \
                    Quaid-e-Azam Trophy on Tuesday, after a thrilling finish at Gaddafi Stadium.\n";
        assert_eq!(
            read_text(page).title,
            "Sialkot beat Faisalabad by one wicket in thrilling Quaid-e-Azam Trophy finish"
        );
    }

    #[test]
    fn a_headline_that_shares_no_word_with_its_story_stays_when_nothing_else_is_backed() {
        let page = "Gotcha!\n\nBy Jane Doe\n\n\
                    The council finally agreed on Tuesday to close the old harbour car park \
                    after years of complaints from residents.\n";
        assert_eq!(read_text(page).title, "Gotcha!");
    }
}
