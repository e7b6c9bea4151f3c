//! A byline printed under the story's last paragraph, as many sites and apps print it: `Như
//! Tâm (Theo AFP)`, `Uxía Carballo Pazos` over `Redactora de Economía`, `Phương Linh - Minh
//! Quân`, `— Ni Jericho Santos`. Read only when nothing above the text named an author.

use super::{Found, Role, byline, lines};

/// How long a line of the story's text is at least.
const PROSE_CHARS: usize = 60;
/// How long a sentence of the story is at least.
const SENTENCE_CHARS: usize = 30;

/// The names on the first line after a paragraph of the text that holds only names, when the
/// text does not go on below them (a pull quote's `— John Smith` sits inside the text).
pub(super) fn names_after_text(lines: &[String], roles: &mut [Role], found: &mut Found) {
    if !found.authors.is_empty() {
        return;
    }
    let Some(title) = roles.iter().position(|r| *r == Role::Title) else {
        return;
    };
    let next_line = |from: usize| (from + 1..lines.len()).find(|&j| roles[j] != Role::Blank);
    let is_prose = |i: usize| {
        roles[i] == Role::Content
            && lines::ends_sentence(&lines[i])
            && lines[i].chars().count() >= PROSE_CHARS
    };
    // The last paragraph may be short (`The Office of Public Works is funding 90pc of the
    // cost.`): any sentence the story holds may stand above the byline.
    let is_sentence = |i: usize| {
        roles[i] == Role::Content
            && lines::ends_sentence(&lines[i])
            && lines[i].chars().count() >= SENTENCE_CHARS
    };
    for i in (title + 1..lines.len()).filter(|&i| is_sentence(i)) {
        let Some(mut j) = next_line(i) else {
            return;
        };
        // `(Ulat mula sa PNA)` between the text and the byline.
        if roles[j] == Role::Source && names_of(&lines[j]).is_none() {
            match next_line(j) {
                Some(k) => j = k,
                None => return,
            }
        }
        // `Như Tâm (Theo AFP)` was read as the agency's credit line: the name before it too.
        let credit_after_name = roles[j] == Role::Source && lines[j].trim_end().ends_with(')');
        if roles[j] != Role::Content && !credit_after_name {
            continue;
        }
        let Some(names) = names_of(&lines[j]) else {
            continue;
        };
        // A footer's link (`About Us`, `Contact Us`) below the last paragraph is no name.
        if names.iter().any(|n| opens_with_menu_word(n)) {
            continue;
        }
        // The photographer's name at the bottom (`Foto: Erik Sandberg/…` above) is a contact.
        let photographer = |name: &String| {
            lines.iter().any(|l| {
                l.contains(name.as_str())
                    && (super::rights::credit(l).is_some()
                        || super::teasers::captioned_credit(l).is_some())
            })
        };
        // The writer's bio under the name (`Meera Dhaliwal is a reporter with …`) is no text
        // going on.
        let bio = |k: usize| {
            names
                .iter()
                .any(|n| lines[k].trim_start().starts_with(n.as_str()))
        };
        let goes_on = next_line(j).is_some_and(|k| is_prose(k) && !bio(k));
        if goes_on || names.iter().any(photographer) {
            continue;
        }
        if roles[j] == Role::Content {
            roles[j] = Role::Author;
        }
        found
            .provenance
            .entry("authors")
            .or_insert("line-below-text");
        found.authors.extend(names.into_iter().map(|n| (j, n)));
        return;
    }
}

/// `About Us`: a name whose first word is a menu item's.
fn opens_with_menu_word(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(|w| crate::extract::lexicon::is_menu_word(&w.to_lowercase()))
}

/// The names a line below the text holds: a byline, or bare names joined by a list word or a
/// dash, with a short bracketed credit after them (`(Theo AFP)`, `(PV)`).
fn names_of(line: &str) -> Option<Vec<String>> {
    let line = line.trim().trim_start_matches(['—', '–', '-']).trim_start();
    if line.chars().count() > 80 {
        return None;
    }
    if let Some(names) = byline::byline(line) {
        return Some(names);
    }
    let bare = match line.rfind(" (") {
        Some(open) if line.ends_with(')') && line[open..].split_whitespace().count() <= 3 => {
            line[..open].trim()
        }
        _ => line,
    };
    if let Some(names) = byline::name_line(bare) {
        return Some(names);
    }
    let parts: Vec<&str> = bare.split(" - ").map(str::trim).collect();
    (parts.len() >= 2 && parts.iter().all(|p| byline::looks_like_name(p, 2)))
        .then(|| parts.iter().map(|p| p.to_string()).collect())
}

#[cfg(test)]
mod tests {
    use super::super::read_text;

    const PROSE: &str = "Philippines has more than 7,600 islands and travel between them \
                         depends on ferries, officials said on Monday.";

    #[test]
    fn a_byline_under_the_last_paragraph_names_the_authors() {
        for (byline, want) in [
            ("Như Tâm (Theo AFP)", vec!["Như Tâm"]),
            ("Phương Linh - Minh Quân", vec!["Phương Linh", "Minh Quân"]),
            ("— Ni Jericho Santos", vec!["Jericho Santos"]),
            (
                "(Ulat mula sa PNA)\n\n— Ni Jericho Santos",
                vec!["Jericho Santos"],
            ),
            (
                "Uxía Carballo Pazos\nRedactora de Economía",
                vec!["Uxía Carballo Pazos"],
            ),
        ] {
            let article = read_text(&format!(
                "Ferry operators cut routes as fuel costs rise\n\n{PROSE}\n\n{PROSE}\n\n{byline}\nRelated\n"
            ));
            assert_eq!(article.authors, want, "{byline}");
        }
    }

    #[test]
    fn the_photographers_name_at_the_bottom_is_no_byline() {
        let article = read_text(&format!(
            "Ferry operators cut routes as fuel costs rise\n\n{PROSE}\n\n\
             The ferry at Batangas. Foto: Erik Sandberg/Sveriges Radio\n\n{PROSE}\n\n\
             Erik Sandberg\nerik.sandberg@example.se\n"
        ));
        assert!(article.authors.is_empty(), "{:?}", article.authors);
    }

    #[test]
    fn a_name_inside_the_text_is_no_byline() {
        let article = read_text(&format!(
            "Ferry operators cut routes as fuel costs rise\n\n{PROSE}\n\n— Maria Santos\n\n{PROSE}\n"
        ));
        assert!(article.authors.is_empty(), "{:?}", article.authors);
    }
}
