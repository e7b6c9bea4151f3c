//! A described speaker named further on: `A top Iranian military official said … "a crushing
//! blow."` and two paragraphs later `The official, Kamal Kharrazi, said …`. News copy often
//! opens on a description and names its person in the next sentence that takes the role up
//! again with `the`; the quotes before belong to that person.

use super::*;

/// How far after the quote the naming apposition may stand, in bytes (a few paragraphs).
const LATER_BYTES: usize = 1500;
/// Most words of the name in the apposition.
const MAX_NAME_WORDS: usize = 4;

impl People<'_> {
    /// The person a description speaker (`a top Iranian military official`) at `pos` is named
    /// as later, in an apposition to the same role noun with `the` (`The official, Kamal
    /// Kharrazi,`), when that name is a person of the article.
    pub(super) fn named_later(&self, description: &str, pos: Position) -> Option<String> {
        let head = description_head(description)?;
        let needle = format!("the {head}, ");
        // The rest of the quote's part, then the body after the lead.
        let mut rests = vec![(pos.0, pos.1)];
        if pos.0 == 0 {
            rests.push((1, 0));
        }
        let mut budget = LATER_BYTES;
        for (part, from) in rests {
            let text = self.texts[usize::from(part.min(1))];
            let from = words::floor_boundary(text, from.min(text.len()));
            let to = words::floor_boundary(text, (from + budget).min(text.len()));
            budget = budget.saturating_sub(to - from);
            let window = &text[from..to];
            let lower = window.to_lowercase();
            // Lower-casing may change byte lengths outside ASCII: search only when it did not.
            if lower.len() != window.len() {
                continue;
            }
            for (i, _) in lower.match_indices(&needle) {
                let word_start = i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphanumeric();
                if !word_start {
                    continue;
                }
                let after = &window[i + needle.len()..];
                if let Some(name) = self.apposed_person(after) {
                    return Some(name);
                }
            }
        }
        None
    }

    /// The person an apposition's words name (`Kamal Kharrazi, said …`), up to the comma.
    fn apposed_person(&self, after: &str) -> Option<String> {
        let comma = after.find(',')?;
        let words: Vec<String> = after[..comma]
            .split_whitespace()
            .map(str::to_string)
            .collect();
        if words.is_empty()
            || words.len() > MAX_NAME_WORDS
            || !words.iter().all(|w| w.starts_with(char::is_uppercase))
        {
            return None;
        }
        let i = self.fullest(&words)?;
        Some(self.persons[i].tokens.join(" "))
    }
}

/// The role noun a description is headed by (`official` in `a top Iranian military official`
/// and `a senior official at the ministry`), when it is one.
fn description_head(description: &str) -> Option<String> {
    let lower = description.to_lowercase();
    let ws: Vec<&str> = lower.split_whitespace().collect();
    if !ws
        .first()
        .is_some_and(|w| matches!(*w, "a" | "an" | "one" | "the"))
    {
        return None;
    }
    let end = ws
        .iter()
        .skip(1)
        .position(|w| PHRASE_STOPS.contains(w) || matches!(*w, "of" | "for" | "near"))
        .map_or(ws.len(), |k| k + 1);
    let head = ws[..end]
        .last()?
        .trim_matches(|c: char| !c.is_alphanumeric());
    ROLE_NOUNS.contains(&head).then(|| head.to_string())
}
