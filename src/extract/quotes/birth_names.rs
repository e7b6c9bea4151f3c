//! A person written under a birth name and a later one (`Ellen Gille, née Fetter`): quotes
//! credited to the birth name (`Ellen Fetter`, `Fetter`) are the later name's, the one the
//! article settles on.

use crate::model::{Attribution, SpeakerKind};

/// The names a person was known by before (`Ellen Fetter`, `Fetter`) and the name after.
struct Alias {
    before: Vec<String>,
    after: String,
}

/// Every `Given Surname, née Birth` (or `(née Birth)`, `nee`) in `text`.
fn aliases(text: &str) -> Vec<Alias> {
    let mut found = Vec::new();
    for marker in ["née ", "nee "] {
        for (at, _) in text.match_indices(marker) {
            // Only a word of its own: `nee` inside `knee` is none.
            let before_text = text[..at]
                .trim_end_matches(['(', ' '])
                .trim_end_matches(',');
            if text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let birth: String = text[at + marker.len()..]
                .chars()
                .take_while(|c| c.is_alphabetic() || *c == '-' || *c == '\'')
                .collect();
            if !birth.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            // The name before: two or three capitalised words right before the mark.
            let words: Vec<&str> = before_text
                .rsplit(' ')
                .take(3)
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .collect();
            if words.len() < 2 || words.iter().any(|w| !w.chars().all(char::is_alphabetic)) {
                continue;
            }
            let name: Vec<&str> = words.into_iter().rev().collect();
            found.push(Alias {
                before: vec![format!("{} {birth}", name[0]), birth],
                after: name.join(" "),
            });
        }
    }
    found
}

/// `speakers` with every birth name of a person written with `née` replaced by the later name.
pub(super) fn renamed(text: &str, speakers: &mut [Option<(String, SpeakerKind, Attribution)>]) {
    let aliases = aliases(text);
    if aliases.is_empty() {
        return;
    }
    for (name, _, _) in speakers.iter_mut().flatten() {
        if let Some(a) = aliases.iter().find(|a| a.before.contains(name)) {
            name.clone_from(&a.after);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::aliases;

    #[test]
    fn a_birth_name_after_nee_is_the_same_person() {
        let a = aliases("Rothman reached Ellen Gille, née Fetter, on the phone.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].after, "Ellen Gille");
        assert_eq!(a[0].before, ["Ellen Fetter", "Fetter"]);
        assert!(aliases("He hurt his knee Monday.").is_empty());
    }
}
