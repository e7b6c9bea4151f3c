//! The file's own name as evidence for the title. Users save a copied page under its headline
//! (`tallinn-port-plans-second-terminal.txt`, a browser's `Port plans second terminal.txt`), so a
//! line near the top that says what the name says is the headline, even when a teaser, a
//! site's tagline or another story's headline sits above it. Names that say little
//! (`article.txt`, `Untitled (3).txt`) give no evidence.

use super::{Found, Role, agreement, title};

/// Fewer distinct words than this in a file name say too little to choose a headline by.
const MIN_NAME_WORDS: usize = 3;
/// Share of the name's words a line must hold to be the headline the name names.
const AGREEING: f64 = 0.6;
/// How many non-empty lines at the top are looked at.
const WINDOW: usize = 12;

/// The words of a file name without its extension: lower case, three letters or more, no
/// numbers (dates and counters in names are not headline words).
pub fn name_words(file_name: &str) -> Vec<String> {
    let stem = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = stem.rsplit_once('.').map_or(stem, |(stem, _)| stem);
    let mut words: Vec<String> = Vec::new();
    for word in stem.split(|c: char| !c.is_alphanumeric()) {
        let word = word.to_lowercase();
        if word.chars().count() >= 3
            && !word.chars().all(|c| c.is_ascii_digit())
            && !words.contains(&word)
        {
            words.push(word);
        }
    }
    words
}

/// Share of `words` that `line` holds.
fn agreement(line: &str, words: &[String]) -> f64 {
    if words.is_empty() {
        return 0.0;
    }
    let mine: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    let held = words.iter().filter(|w| mine.contains(w)).count();
    held as f64 / words.len() as f64
}

/// When the file's name names a different line near the top than the title chosen from the
/// lines' shapes, that line is the title: lines above it are furniture (the one directly
/// above, when shaped like one, its kicker), and the line first chosen goes back to the text
/// when it sits below.
pub(super) fn agree(
    lines: &[String],
    roles: &mut [Role],
    found: &mut Found,
    title: String,
    words: &[String],
) -> String {
    if words.len() < MIN_NAME_WORDS || agreement(&title, words) >= AGREEING {
        return title;
    }
    // A headline heads its story: the lines after the chosen title's first paragraph are the
    // story and what follows it (`Shared from the … app` is no title however well it agrees).
    let chosen = roles.iter().position(|r| *r == Role::Title).unwrap_or(0);
    let story = (chosen + 1..lines.len())
        .find(|&i| agreement::is_prose(&lines[i]))
        .unwrap_or(lines.len());
    let top: Vec<usize> = (0..story)
        .filter(|&i| roles[i] != Role::Blank)
        .take(WINDOW)
        .collect();
    let best = top
        .iter()
        .copied()
        .filter(|&i| matches!(roles[i], Role::Content | Role::Dropped))
        .filter(|&i| title::is_headline(&lines[i]) && !title::is_metadata_line(&lines[i]))
        .map(|i| (i, agreement(&lines[i], words)))
        .filter(|&(_, share)| share >= AGREEING)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
    let Some((at, _)) = best else {
        return title;
    };
    for &i in &top {
        if roles[i] == Role::Title {
            roles[i] = if i < at { Role::Dropped } else { Role::Content };
        }
    }
    let kicker = top
        .iter()
        .copied()
        .take_while(|&i| i < at)
        .last()
        .filter(|&i| title::is_kicker(&lines[i]));
    for &i in top.iter().take_while(|&&i| i < at) {
        if roles[i] == Role::Content {
            roles[i] = Role::Dropped;
        }
    }
    if let Some(kicker) = kicker {
        found.category = Some(lines[kicker].clone());
        found.provenance.insert("category", "kicker-line");
    }
    roles[at] = Role::Title;
    found.provenance.insert("title", "file-name");
    lines[at].clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_give_their_words_without_extension_numbers_or_short_words() {
        assert_eq!(
            name_words("/home/a/2024-07-16 Tallinn port plans a second terminal (2).txt"),
            ["tallinn", "port", "plans", "second", "terminal"]
        );
        assert!(name_words("article.txt").len() < MIN_NAME_WORDS);
    }

    #[test]
    fn a_file_named_after_its_headline_skips_a_teaser_above_it() {
        let text = "Watch live: markets react to the rate decision\n\n\
                    Tallinn port operator plans second container terminal\n\n\
                    By Anna Kowalska\n\n\
                    The operator of Tallinn's main port said on Tuesday it would seek permits.\n";
        let plain = super::super::read_text(text);
        assert_eq!(
            plain.title,
            "Watch live: markets react to the rate decision"
        );
        let named = super::super::read_text_named(text, "tallinn-port-operator-terminal.txt");
        assert_eq!(
            named.title,
            "Tallinn port operator plans second container terminal"
        );
        assert!(!named.body.contains("Watch live"));
        assert_eq!(named.authors, ["Anna Kowalska"]);
    }

    #[test]
    fn a_line_below_the_story_is_no_title_however_well_it_agrees_with_the_name() {
        let text = "School board delays vote on four-day week\n\
                    By Luis Echeverria\n\
                    More than 200 parents filled the gym on Tuesday night, and the board voted to wait.\n\
                    The board will take up the question again in January, its president said.\n\
                    Shared from the Valley Public Radio app\n";
        let named =
            super::super::read_text_named(text, "public-radio-app-share-copy-shared-from-app.txt");
        assert_eq!(named.title, "School board delays vote on four-day week");
        // The story opens the text (a two-paragraph story has no lead apart from its body).
        let text = format!("{}{}", named.lead, named.body);
        assert!(text.starts_with("More than 200 parents"), "{text}");
    }

    #[test]
    fn a_name_that_agrees_with_the_chosen_title_or_with_nothing_changes_nothing() {
        let text = "Business\n\nTallinn port operator plans second container terminal\n\n\
                    The operator of Tallinn's main port said on Tuesday it would seek permits.\n";
        let agreeing = super::super::read_text_named(text, "tallinn-port-terminal.txt");
        assert_eq!(
            agreeing.title,
            "Tallinn port operator plans second container terminal"
        );
        assert_eq!(agreeing.category.as_deref(), Some("Business"));
        let unrelated = super::super::read_text_named(text, "notes from the week.txt");
        assert_eq!(unrelated.title, agreeing.title);
    }
}
