//! Words said through an interpreter belong to the speaker, not the interpreter (issue 14's
//! labelling guideline): `Tanaka's interpreter said`, `his translator said`, `the interpreter
//! said, translating for Garcia`. An interpreter speaking for themselves keeps the words (`said
//! the interpreter, Yuki Sato, "there is no English word for it"` has no one they speak for).

/// The head nouns of an attribution that relays someone else's words.
const INTERPRETERS: &[&str] = &["interpreter", "translator", "interpreters", "translators"];

/// What follows a relaying attribution to name whom it speaks for.
const SPEAKING_FOR: &[&str] = &["translating for ", "interpreting for ", "speaking for "];

/// How far after the speaker phrase `translating for X` may stand, in bytes.
const REACH: usize = 80;

/// The phrase naming whom an interpreter's words belong to, when the speaker phrase
/// `text[a..b]` is an interpreter: the possessor (`Tanaka's` gives `Tanaka`, `his` gives `he`)
/// or the one named after `translating for`.
pub(super) fn speaker_for(text: &str, a: usize, b: usize) -> Option<String> {
    let phrase = text.get(a..b)?;
    let mut ws = phrase.split_whitespace();
    let head = ws.next_back()?.trim_end_matches([',', '.']).to_lowercase();
    if !INTERPRETERS.contains(&head.as_str()) {
        return None;
    }
    let owner = ws.next_back().and_then(|w| {
        let pronoun = match w.to_lowercase().as_str() {
            "his" => Some("he"),
            "her" => Some("she"),
            "their" => Some("they"),
            _ => None,
        };
        pronoun.map(str::to_string).or_else(|| {
            let name = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))?;
            // The possessor's earlier words (`Prime Minister Tanaka's`) are its name too.
            let start = phrase.find(w).unwrap_or(0);
            let words: Vec<&str> = phrase[..start].split_whitespace().collect();
            let kept: Vec<&str> = words
                .iter()
                .rev()
                .take_while(|w| w.starts_with(char::is_uppercase))
                .copied()
                .collect();
            let mut full: Vec<&str> = kept.into_iter().rev().collect();
            full.push(name);
            Some(full.join(" "))
        })
    });
    if owner.is_some() {
        return owner;
    }
    let end = super::words::floor_boundary(text, (b + REACH).min(text.len()));
    let after = &text[b..end];
    let at = SPEAKING_FOR
        .iter()
        .find_map(|s| after.find(s).map(|i| i + s.len()))?;
    let name: Vec<&str> = after[at..]
        .split_whitespace()
        .take(4)
        .take_while(|w| w.starts_with(char::is_uppercase))
        .map(|w| w.trim_end_matches([',', '.', ';']))
        .collect();
    (!name.is_empty()).then(|| name.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interpreters_words_belong_to_whom_they_speak_for() {
        let t = "\"Yes,\" Tanaka's interpreter said.";
        let a = t.find("Tanaka").unwrap_or(0);
        let b = t.find(" said").unwrap_or(0);
        assert_eq!(speaker_for(t, a, b).as_deref(), Some("Tanaka"));
        let t = "\"Yes,\" the interpreter said, translating for Carlos Garcia.";
        let a = t.find("the interpreter").unwrap_or(0);
        assert_eq!(speaker_for(t, a, a + 15).as_deref(), Some("Carlos Garcia"));
        let t = "\"No word for it,\" said the interpreter, Yuki Sato.";
        let a = t.find("the interpreter").unwrap_or(0);
        assert_eq!(speaker_for(t, a, a + 15), None);
    }
}
