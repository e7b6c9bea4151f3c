//! The user's edits of an article's fields (issue 18): kept apart from what extraction found,
//! like quote corrections, so a re-import or a new extractor never overwrites them.

use super::{Article, TextPart};
use serde::{Deserialize, Serialize};

/// An article field the user can edit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EditableField {
    #[default]
    Title,
    Category,
    Authors,
    Published,
    Sources,
    Publisher,
    Url,
    Language,
}

impl EditableField {
    /// Every editable field, in the details panel's order.
    pub const ALL: [EditableField; 8] = [
        EditableField::Title,
        EditableField::Category,
        EditableField::Authors,
        EditableField::Published,
        EditableField::Sources,
        EditableField::Publisher,
        EditableField::Url,
        EditableField::Language,
    ];

    /// The name the export, the archive (`corrections.locator`) and `--revert` use.
    pub fn name(self) -> &'static str {
        match self {
            EditableField::Title => "title",
            EditableField::Category => "category",
            EditableField::Authors => "authors",
            EditableField::Published => "published",
            EditableField::Sources => "sources",
            EditableField::Publisher => "publisher",
            EditableField::Url => "url",
            EditableField::Language => "language",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        let name = name.trim().to_lowercase();
        let name = match name.as_str() {
            "author" => "authors",
            "source" => "sources",
            "date" => "published",
            other => other,
        };
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Holds several values (authors, sources) rather than one.
    pub fn is_list(self) -> bool {
        matches!(self, EditableField::Authors | EditableField::Sources)
    }
}

/// A field's value: several names, or one text (or none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FieldValue {
    List(Vec<String>),
    Text(Option<String>),
}

impl Default for FieldValue {
    fn default() -> Self {
        FieldValue::Text(None)
    }
}

impl FieldValue {
    /// The value as one line: names joined by `; `, nothing as ''.
    pub fn display(&self) -> String {
        match self {
            FieldValue::List(names) => names.join("; "),
            FieldValue::Text(text) => text.clone().unwrap_or_default(),
        }
    }
}

/// The user's edit of one field of an article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FieldCorrection {
    pub field: EditableField,
    /// What the user set.
    pub value: FieldValue,
    /// What extraction had found, which "revert to extracted" restores.
    pub original: FieldValue,
    /// When the user made it (ISO 8601, UTC).
    pub made_at: String,
}

/// A passage the user highlighted in the reader, optionally with a comment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Highlight {
    pub part: TextPart,
    /// Character offsets into the lead or body (`part`), like a quote's.
    pub start: usize,
    pub end: usize,
    /// The passage: the stretch `start..end` of the part.
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// When the user made it (ISO 8601, UTC).
    pub made_at: String,
}

/// Why a typed value cannot be a field's value; shown to the user as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("the title cannot be empty")]
    EmptyTitle,
    #[error("{0:?} is not a date (use YYYY-MM-DD, optionally with a time: 2024-10-27T09:30)")]
    BadDate(String),
    #[error("{0:?} is not a web address (it must start with http:// or https://)")]
    BadUrl(String),
    #[error("{0:?} is not a language tag (such as en, pl or pt-BR)")]
    BadLanguage(String),
    #[error("{0:?} is too long (at most {MAX_VALUE_CHARS} characters)")]
    TooLong(String),
}

/// Longest value accepted for one field, in characters.
pub const MAX_VALUE_CHARS: usize = 2_000;

impl EditableField {
    /// The value typed for this field, checked and tidied: spaces trimmed, nothing typed as
    /// no value, a list split at `;` (names hold commas: `Smith, J.`).
    pub fn value_from_text(self, typed: &str) -> Result<FieldValue, EditError> {
        if typed.chars().count() > MAX_VALUE_CHARS {
            let head: String = typed.chars().take(40).collect();
            return Err(EditError::TooLong(head));
        }
        if self.is_list() {
            return Ok(FieldValue::List(
                typed
                    .split([';', '\n'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
            ));
        }
        let text = typed.trim();
        let value = (!text.is_empty()).then(|| text.to_string());
        match (self, value.as_deref()) {
            (EditableField::Title, None) => return Err(EditError::EmptyTitle),
            (EditableField::Published, Some(d)) if !is_date_time(d) => {
                return Err(EditError::BadDate(d.to_string()));
            }
            (EditableField::Url, Some(u))
                if !(u.starts_with("http://") || u.starts_with("https://"))
                    || u.contains(char::is_whitespace) =>
            {
                return Err(EditError::BadUrl(u.to_string()));
            }
            (EditableField::Language, Some(l))
                if !(l.len() <= 35
                    && l.split('-').all(|p| {
                        (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric())
                    })
                    && l.split('-').next().is_some_and(|p| p.len() >= 2)) =>
            {
                return Err(EditError::BadLanguage(l.to_string()));
            }
            _ => {}
        }
        Ok(FieldValue::Text(value))
    }
}

/// `YYYY-MM-DD`, optionally with a time (`T09:30`, `T09:30:00`, with `Z` or an offset).
fn is_date_time(s: &str) -> bool {
    use chrono::{DateTime, NaiveDate, NaiveDateTime};
    NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
        || NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").is_ok()
        || NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").is_ok()
        || DateTime::parse_from_rfc3339(s).is_ok()
        || DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M%:z").is_ok()
}

impl Article {
    /// The current value of a field.
    pub fn field(&self, field: EditableField) -> FieldValue {
        let text = |v: &Option<String>| FieldValue::Text(v.clone());
        match field {
            EditableField::Title => {
                FieldValue::Text(Some(self.title.clone()).filter(|t| !t.is_empty()))
            }
            EditableField::Category => text(&self.category),
            EditableField::Authors => FieldValue::List(self.authors.clone()),
            EditableField::Published => text(&self.published),
            EditableField::Sources => FieldValue::List(self.sources.clone()),
            EditableField::Publisher => text(&self.publisher),
            EditableField::Url => text(&self.url),
            EditableField::Language => text(&self.language),
        }
    }

    /// Sets a field (a list for a one-value field takes its first name, and the reverse).
    pub fn set_field(&mut self, field: EditableField, value: &FieldValue) {
        let (one, list) = match value {
            FieldValue::List(names) => (names.first().cloned(), names.clone()),
            FieldValue::Text(text) => (text.clone(), text.iter().cloned().collect()),
        };
        match field {
            EditableField::Title => self.title = one.unwrap_or_default(),
            EditableField::Category => self.category = one,
            EditableField::Authors => self.authors = list,
            EditableField::Published => self.published = one,
            EditableField::Sources => self.sources = list,
            EditableField::Publisher => self.publisher = one,
            EditableField::Url => self.url = one,
            EditableField::Language => self.language = one,
        }
    }

    /// The user's edit of `field`, if any.
    pub fn edit_of(&self, field: EditableField) -> Option<&FieldCorrection> {
        self.corrections.fields.iter().find(|c| c.field == field)
    }

    /// The title as extraction found it: the content hash is computed from it, so an edited
    /// title still identifies the same article.
    pub fn extracted_title(&self) -> &str {
        match self.edit_of(EditableField::Title).map(|c| &c.original) {
            Some(FieldValue::Text(Some(t))) => t,
            Some(FieldValue::List(names)) => names.first().map_or("", String::as_str),
            _ => &self.title,
        }
    }

    /// Applies the user's field edits (`corrections.fields`) to the fields.
    pub fn apply_field_edits(&mut self) {
        let edits = std::mem::take(&mut self.corrections.fields);
        for c in &edits {
            self.set_field(c.field, &c.value);
        }
        self.corrections.fields = edits;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_are_checked() {
        let f = EditableField::Published;
        assert!(f.value_from_text("2024-10-27").is_ok());
        assert!(f.value_from_text("2024-10-27T09:30").is_ok());
        assert!(f.value_from_text("2024-10-27T09:30:00+02:00").is_ok());
        assert!(f.value_from_text("27 October").is_err());
        assert!(f.value_from_text("2024-02-30").is_err());
        assert_eq!(f.value_from_text(" "), Ok(FieldValue::Text(None)));
        assert_eq!(
            EditableField::Title.value_from_text("  "),
            Err(EditError::EmptyTitle)
        );
        assert!(EditableField::Url.value_from_text("ftp://x").is_err());
        assert!(EditableField::Language.value_from_text("pt-BR").is_ok());
        assert!(EditableField::Language.value_from_text("english!").is_err());
        assert_eq!(
            EditableField::Authors.value_from_text("Smith, J.; Jo Lee ;"),
            Ok(FieldValue::List(vec!["Smith, J.".into(), "Jo Lee".into()]))
        );
    }

    #[test]
    fn an_edited_title_keeps_the_content_hash() {
        let mut a = Article {
            title: "Old".into(),
            body: "Text.".into(),
            ..Article::default()
        };
        let hash = a.content_hash();
        a.corrections.fields.push(FieldCorrection {
            field: EditableField::Title,
            value: FieldValue::Text(Some("New".into())),
            original: FieldValue::Text(Some("Old".into())),
            made_at: String::new(),
        });
        a.apply_field_edits();
        assert_eq!(a.title, "New");
        assert_eq!(a.content_hash(), hash);
    }

    #[test]
    fn values_serialize_as_plain_json() {
        let c = FieldCorrection {
            field: EditableField::Authors,
            value: FieldValue::List(vec!["A".into()]),
            original: FieldValue::List(vec![]),
            made_at: "t".into(),
        };
        let json = serde_json::to_string(&c).expect("encodes");
        assert_eq!(
            json,
            r#"{"field":"authors","value":["A"],"original":[],"made_at":"t"}"#
        );
        let back: FieldCorrection = serde_json::from_str(&json).expect("decodes");
        assert_eq!(back, c);
        let none: FieldValue = serde_json::from_str("null").expect("decodes");
        assert_eq!(none, FieldValue::Text(None));
    }
}
