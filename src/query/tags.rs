//! The user's own words in the search language: tags (`tag:name`, `tag:"two words"`) and
//! notes (`note:word`). The archive indexes each tag of an article as one word of its own
//! (`tag_token`), and each word of its note as the word behind a marker (`note_tokens`), in
//! the category column; so they are found like any other term: with AND, OR, NOT, in
//! counts, the timeline and selections, and never by a search of the article's own text.

use super::text::fold;

/// Longest tag name, in characters.
pub const MAX_TAG_CHARS: usize = 100;

/// The tag a user typed, tidied: spaces trimmed and collapsed, control characters and double
/// quotes (the search syntax's) dropped; `None` when nothing is left or it is too long.
pub fn tag_name(typed: &str) -> Option<String> {
    let name = typed
        .replace('"', "")
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (!name.is_empty() && name.chars().count() <= MAX_TAG_CHARS).then_some(name)
}

/// What makes two tag names the same tag: `Climate` and `climate`, `Zrodla` and `Źródła`.
pub fn tag_key(name: &str) -> String {
    fold(&name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The one word a tag is indexed as: a prefix no text holds and the key's bytes in hex, which
/// the index's tokenizer keeps whole whatever the name's script or punctuation.
pub fn tag_token(name: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let key = tag_key(name);
    let mut token = String::with_capacity(6 + key.len() * 2);
    token.push_str("chrtag");
    for b in key.bytes() {
        token.push(char::from(HEX[usize::from(b >> 4)]));
        token.push(char::from(HEX[usize::from(b & 15)]));
    }
    token
}

/// The marker before each word of a note as the index holds it.
const NOTE_MARK: &str = "chrnote";

/// The words of a note (or a query of `note:`) as the index holds them: each index token
/// (`text::tokens`) behind a marker no text holds.
pub fn note_tokens(text: &str) -> Vec<String> {
    super::text::tokens(text)
        .into_iter()
        .map(|t| format!("{NOTE_MARK}{t}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_tidied_and_keyed_without_case_or_accents() {
        assert_eq!(tag_name("  climate \t desk "), Some("climate desk".into()));
        assert_eq!(tag_name(" \n "), None);
        assert_eq!(tag_name("say \"hi\""), Some("say hi".into()));
        assert_eq!(tag_name(&"x".repeat(MAX_TAG_CHARS + 1)), None);
        assert_eq!(tag_token("Źródła"), tag_token("zrodla"));
        assert_ne!(tag_token("to read"), tag_token("to-read"));
        assert_eq!(
            note_tokens("Call Jo, re: covid-19"),
            vec![
                "chrnoteCall",
                "chrnoteJo",
                "chrnotere",
                "chrnotecovid",
                "chrnote19"
            ]
        );
        assert!(tag_token("a b").chars().all(|c| c.is_ascii_alphanumeric()));
    }
}
