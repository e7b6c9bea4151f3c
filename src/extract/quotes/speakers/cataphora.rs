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
        // `their community council chairwoman` before `Morag MacNeill, who has chaired the
        // council`: a possessive description names its person the same way.
        let lower = description.to_lowercase();
        let ws: Vec<&str> = lower.split_whitespace().collect();
        if let ([first, .., head], true) = (
            ws.as_slice(),
            ws.iter().skip(1).all(|w| !PHRASE_STOPS.contains(w)),
        ) {
            if matches!(*first, "their" | "his" | "her" | "its") && ROLE_NOUNS.contains(head) {
                return self.named_by_relative(head, pos);
            }
        }
        let (head, words) = description_head(description)?;
        let needle = format!("the {head}, ");
        // `The Chief Minister, …` before `The Chief Minister, Nicholas Bossano-Vinet,`: a
        // definite description is taken up again whole.
        let whole = format!("the {words}, ");
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
            let definite = description
                .get(..4)
                .is_some_and(|a| a.eq_ignore_ascii_case("the "));
            let wholes = lower
                .match_indices(&whole)
                .filter(|_| definite && whole != needle)
                .map(|(i, _)| (i, whole.len()));
            let heads = lower.match_indices(&needle).map(|(i, _)| (i, needle.len()));
            for (i, len) in heads.chain(wholes) {
                let word_start = i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphanumeric();
                if !word_start {
                    continue;
                }
                let after = &window[i + len..];
                if let Some(name) = self.apposed_person(after) {
                    return Some(name);
                }
            }
        }
        if definite_of(description) {
            return self
                .titled_later(&head, pos)
                .or_else(|| self.named_by_relative(&head, pos));
        }
        None
    }

    /// `The council's acting chief executive was more cautious. "…," he said.` and, opening the
    /// next paragraph, `Darren Oakes, who stepped into the chief executive role in August,`:
    /// a paragraph opening on a person of the article whose relative clause takes the
    /// description's head noun up again (or its stem: `chairwoman`, `who has chaired`).
    fn named_by_relative(&self, head: &str, pos: Position) -> Option<String> {
        let stem = ["woman", "man", "person"]
            .iter()
            .find_map(|end| head.strip_suffix(end))
            .unwrap_or(head);
        if stem.chars().count() < 4 {
            return None;
        }
        let text = self.texts[usize::from(pos.0.min(1))];
        let from = words::floor_boundary(text, pos.1.min(text.len()));
        let to = words::floor_boundary(text, (from + LATER_BYTES).min(text.len()));
        let mut paragraphs: Vec<&str> = text[from..to].split("\n\n").skip(1).collect();
        // A description in the lead is named in the body's first paragraph.
        if pos.0 == 0 {
            paragraphs.insert(0, self.texts[1].split("\n\n").next().unwrap_or(""));
        }
        // The next paragraph only: further on, someone else holds the role as often.
        let paragraph = paragraphs.first()?;
        let (name, rest) = paragraph.split_once(", who ")?;
        let clause = rest.split([',', '.']).next().unwrap_or("").to_lowercase();
        let takes_up = clause
            .split_whitespace()
            .any(|w| w.starts_with(stem) && w.chars().count() <= head.chars().count() + 3);
        if !takes_up {
            return None;
        }
        self.apposed_person(&format!("{name},"))
    }

    /// `the village's kgosi` before `Kgosi Tshepo Motswagole said`: a name written later with
    /// the description's head noun before it as a title (capitalised, two or three capitalised
    /// words after it that are no body's or place's), within a few paragraphs; the name
    /// without that word.
    fn titled_later(&self, head: &str, pos: Position) -> Option<String> {
        let mut title = head.to_string();
        let first = title.get(..1)?.to_uppercase();
        title.replace_range(..1, &first);
        let needle = format!("{title} ");
        let mut rests = vec![(pos.0, pos.1)];
        if pos.0 == 0 {
            rests.push((1, 0));
        }
        for (part, from) in rests {
            let text = self.texts[usize::from(part.min(1))];
            let from = words::floor_boundary(text, from.min(text.len()));
            let to = words::floor_boundary(text, (from + LATER_BYTES).min(text.len()));
            let window = &text[from..to];
            for (i, _) in window.match_indices(&needle) {
                let word_start = i == 0 || !window.as_bytes()[i - 1].is_ascii_alphanumeric();
                if !word_start {
                    continue;
                }
                if let Some(name) = name_after_title(&window[i + needle.len()..]) {
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

/// Whether a description is definite (`the village's kgosi`, `The Chief Minister`).
fn definite_of(description: &str) -> bool {
    description
        .get(..4)
        .is_some_and(|a| a.eq_ignore_ascii_case("the "))
}

/// The role noun a description is headed by (`official` in `a top Iranian military official`
/// and `a senior official at the ministry`), when it is one, with the description's words
/// after its article up to that noun; a definite description's head may be a title or any
/// noun (`the village's kgosi`).
fn description_head(description: &str) -> Option<(String, String)> {
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
    let words = ws[1..end].join(" ");
    let definite = ws[0] == "the" && end >= 2;
    (ROLE_NOUNS.contains(&head) || (definite && (is_title(head) || !head.ends_with('s'))))
        .then(|| (head.to_string(), words))
}

/// Two or three capitalised words opening `after` that end the name (a lower-case word, a
/// comma or a stop follows) and are no body's or place's words: `Tshepo Motswagole said`.
fn name_after_title(after: &str) -> Option<String> {
    let mut name = Vec::new();
    for w in after.split_whitespace().take(4) {
        let core = w.trim_end_matches([',', '.', ';', ':']);
        let capital = core.starts_with(char::is_uppercase) && core.chars().any(char::is_lowercase);
        if !capital {
            break;
        }
        let lower = core.to_lowercase();
        if kinds::is_organisation_word(&lower) || lexicon::is_place(&lower) || is_title(&lower) {
            return None;
        }
        name.push(core);
        if core.len() != w.len() {
            break;
        }
    }
    (2..=3).contains(&name.len()).then(|| name.join(" "))
}

/// Whether a speaker phrase is an office and where it is held (`The mayor of Douala V`, `the
/// Minister of Tourism`): `the`, lower-case modifiers, a role noun or title, `of` and one to
/// three capitalised words that name no body. A description, not the place.
pub(super) fn office_of_place(phrase: &str) -> bool {
    let ws: Vec<&str> = phrase.split_whitespace().collect();
    let Some(of) = ws.iter().position(|w| *w == "of") else {
        return false;
    };
    let place = &ws[of + 1..];
    (2..=4).contains(&of)
        && ws[0].eq_ignore_ascii_case("the")
        && ws[1..of - 1]
            .iter()
            .all(|w| !w.starts_with(char::is_uppercase))
        && {
            let office = ws[of - 1].to_lowercase();
            (ROLE_NOUNS.contains(&office.as_str()) || is_title(&office))
                && !kinds::is_organisation_word(&office)
        }
        && (1..=3).contains(&place.len())
        && place.iter().all(|w| {
            let lower = w.to_lowercase();
            w.starts_with(char::is_uppercase)
                && !kinds::is_organisation_word(&lower)
                && !lexicon::legal_forms().contains(&lower.as_str())
        })
}
