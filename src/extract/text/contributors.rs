//! The outlet a closing contribution line names for its own staff: `United Newswire writer
//! Carla Mendez in Chicago contributed to this report.`, `Associated Press writers A and B
//! contributed.` The words before the writer's role are the outlet the story's writers work
//! for, which names the publisher when nothing else does.

use super::byline;
use crate::extract::lexicon;

/// How many lines from the end of the copy are looked at.
const TAIL: usize = 12;

/// The outlet named before a writer's role in a closing contribution line.
pub(super) fn staff_outlet(lines: &[String]) -> Option<String> {
    lines
        .iter()
        .rev()
        .filter(|l| !l.trim().is_empty())
        .take(TAIL)
        .find_map(|l| outlet_in(l.trim()))
}

fn outlet_in(line: &str) -> Option<String> {
    if line.chars().count() > 200 {
        return None;
    }
    let lower = line.to_lowercase();
    if !lower.contains(" contributed") {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    // The role follows the outlet's capitalised words directly: `United Newswire writer …`.
    let role_at = words.iter().position(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        lexicon::is_role_word(&w)
    })?;
    let outlet = &words[..role_at];
    let capitalised = outlet
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if !(1..=4).contains(&outlet.len()) || !capitalised {
        return None;
    }
    // What follows the role is the writers' names (`writer Carla Mendez in Chicago`).
    let after = words[role_at + 1..].join(" ");
    let names = after.split(" contributed").next().unwrap_or_default();
    let names = names.split(" in ").next().unwrap_or_default();
    byline::name_list(names.trim())?;
    Some(outlet.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outlet_before_its_writers_role_in_a_contribution_line() {
        for (line, outlet) in [
            (
                "United Newswire writer Carla Mendez in Chicago contributed to this report.",
                Some("United Newswire"),
            ),
            (
                "Associated Press writers Jane Doe and John Roe contributed.",
                Some("Associated Press"),
            ),
            // A sentence of the story is no contribution line.
            ("The council said residents contributed to the fund.", None),
            ("Carla Mendez contributed to this report.", None),
        ] {
            assert_eq!(outlet_in(line).as_deref(), outlet, "{line}");
        }
    }
}
