//! Knowledge tools' fields about an article, wherever in the note they stand: inline fields
//! (`author:: [[Jane Doe]]` in Obsidian's Dataview, Roam and Tana attributes written as list
//! items: `- Author:: [[Jane Doe]]`) and a Notion export's property table (`| Author | … |`).
//! They are the user's or the tool's metadata, never the article's text. A property that
//! names the source rather than linking to it (`Source:: [[The Harare Mirror]]`) names the
//! outlet the article came from: its publisher.

use super::forms::Fields;
use super::front;
use crate::extract::html;

/// Words a field's name holds at most (`Last edited time`, `yayın tarihi`).
const MAX_KEY_WORDS: usize = 3;

/// The inline fields of `text` and the text without their lines (code blocks left alone).
pub(super) fn inline_fields(text: &str) -> (Fields, String) {
    let mut fields = Fields::new();
    let mut kept = String::with_capacity(text.len());
    let mut in_code = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_code = !in_code;
        }
        match (!in_code).then(|| inline_field(trimmed)).flatten() {
            Some(field) => fields.push(field),
            None => kept.push_str(line),
        }
    }
    (fields, kept)
}

/// `key:: value`, under a list bullet or not.
fn inline_field(line: &str) -> Option<(String, Vec<String>)> {
    let line = line
        .strip_prefix(['-', '*', '+'])
        .map(str::trim_start)
        .unwrap_or(line);
    let (key, value) = line.split_once("::")?;
    let key = key.trim();
    let words = key.split_whitespace().count();
    if !(1..=MAX_KEY_WORDS).contains(&words)
        || key.contains(['[', ']', '#', ':', '(', ')', '*', '`'])
        || value.starts_with(':')
    {
        return None;
    }
    let values: Vec<String> = value
        .split("]],")
        .map(front::wiki_link)
        .map(|v| without_namespace(&v).to_string())
        .filter(|v| !v.is_empty())
        .collect();
    Some(outlet_named((key.to_lowercase(), values)))
}

/// A Notion export's property table: two-column rows (`| Author | Ann Lee |`), at least two of
/// them keys a tool's metadata uses.
pub(super) fn property_table(text: &str) -> Fields {
    let mut best = Fields::new();
    let mut rows = Fields::new();
    for line in text.lines().chain(std::iter::once("")) {
        let cells: Vec<&str> = line
            .trim()
            .strip_prefix('|')
            .and_then(|l| l.strip_suffix('|'))
            .map(|l| l.split('|').map(str::trim).collect())
            .unwrap_or_default();
        if let [key, value] = cells[..] {
            if !key.is_empty() && !key.starts_with('-') {
                let values = value
                    .split("]],")
                    .map(front::wiki_link)
                    .filter(|v| !v.is_empty())
                    .collect();
                rows.push(outlet_named((key.to_lowercase(), values)));
            }
            continue;
        }
        let known = rows
            .iter()
            .filter(|(k, _)| front::field_of(k).is_some())
            .count();
        if known >= 2 && best.is_empty() {
            best = std::mem::take(&mut rows);
        }
        rows.clear();
    }
    best
}

/// `Source:: The Harare Mirror`: a source property naming, not linking, is the outlet.
fn outlet_named((key, values): (String, Vec<String>)) -> (String, Vec<String>) {
    let names = front::field_of(&key) == Some("url")
        && values.first().is_some_and(|v| !html::is_web_address(v));
    if names {
        ("site".to_string(), values)
    } else {
        (key, values)
    }
}

/// Tana's typed links (`[[date:2014-05-27]]`): the value without its type.
fn without_namespace(v: &str) -> &str {
    match v.split_once(':') {
        Some((kind, rest))
            if kind.chars().all(|c| c.is_ascii_lowercase())
                && rest.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            rest
        }
        _ => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_fields_anywhere_are_metadata_not_text() {
        let text = "# My note\n\nauthor:: [[Ann Lee]]\n- Published:: [[date:2014-05-27]]\n  - Source:: [[The Post]]\nStory text.\n```\nx:: y\n```\n";
        let (fields, kept) = inline_fields(text);
        assert_eq!(
            fields,
            [
                ("author".to_string(), vec!["Ann Lee".to_string()]),
                ("published".to_string(), vec!["2014-05-27".to_string()]),
                ("site".to_string(), vec!["The Post".to_string()]),
            ]
        );
        assert_eq!(kept, "# My note\n\nStory text.\n```\nx:: y\n```\n");
    }

    #[test]
    fn a_property_table_needs_two_known_keys() {
        let table = "| Property | Value |\n| --- | --- |\n| Author | Ann Lee |\n| Outlet | The Post |\n| Status | Read |\n\nText.";
        let fields = property_table(table);
        assert_eq!(fields.len(), 4);
        assert_eq!(
            fields[1],
            ("author".to_string(), vec!["Ann Lee".to_string()])
        );
        assert!(
            property_table("| City | Population |\n| --- | --- |\n| Lagos | 15m |\n").is_empty()
        );
    }
}
