//! The search language, in one place: what a query means (`parse`), how words are cut and
//! folded (`text`), what to highlight (`Highlighter`) and how the window writes a query
//! (`field_value`, `any_of`), with what a search asks for (`Filter`, `Sort`). Pure: the archive
//! turns a `Query` into SQL (archive/fts_query.rs).
//!
//! The language: words (all must match), `"exact phrases"`, `word*` (words starting so),
//! `OR`, `AND`, `NOT word` or `-word` (without), parentheses, and fields `title:`, `author:`,
//! `source:`, `speaker:`, `category:`, `quote:`, `lead:`, `body:`, and `tag:` and `note:` (the user's tags and notes). Punctuation and spaces
//! around words never change what a query finds (`deepmind`, `deepmind ` and `deepmind.` are
//! one query); a word that no article contains whole matches as the start of longer words,
//! which the archive decides (`Archive::resolve`), so `ukr` finds Ukraine while `war` does
//! not find Warsaw.

mod highlight;
mod parse;
pub mod tags;
pub mod text;

pub use highlight::Highlighter;
pub use parse::{MAX_QUERY_CHARS, Node, Query, QueryError, Term, parse};

use chrono::NaiveDate;

/// Marks the start of a matched word in `archive::Hit::snippet` (ASCII STX; never in article text).
pub const HIGHLIGHT_START: char = '\u{2}';
/// Marks the end of a matched word in `archive::Hit::snippet` (ASCII ETX).
pub const HIGHLIGHT_END: char = '\u{3}';

/// Which articles to show: a query in the filter syntax and an optional publication range.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Filter {
    pub query: String,
    /// First day included.
    pub from: Option<NaiveDate>,
    /// Last day included.
    pub to: Option<NaiveDate>,
}

/// Result order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Sort {
    /// Best match first (bm25); newest first when there is no query.
    #[default]
    Relevance,
    Newest,
    Oldest,
    /// Most recently imported first (the table's *Added* column).
    AddedNewest,
    AddedOldest,
    /// Titles A to Z (case folded); untitled articles last in both directions.
    TitleAz,
    TitleZa,
    /// Authors as written, A to Z; articles without authors last in both directions.
    AuthorsAz,
    AuthorsZa,
    /// First source A to Z; articles without a source last in both directions.
    SourceAz,
    SourceZa,
    MostQuotes,
    FewestQuotes,
}

/// A part of an article a query can be limited to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Field {
    Title,
    Lead,
    Body,
    Authors,
    Sources,
    Category,
    Quotes,
    Speakers,
    /// The user's tags (`tag:name`), matched whole (tags.rs); not a column of its own.
    Tag,
    /// The user's note on the article (`note:word`, tags.rs); not a column of its own.
    Note,
}

impl Field {
    /// Every field, in the index's column order.
    pub const ALL: [Field; 8] = [
        Field::Title,
        Field::Lead,
        Field::Body,
        Field::Authors,
        Field::Sources,
        Field::Category,
        Field::Quotes,
        Field::Speakers,
    ];

    /// The field a name typed before `:` means, with its usual synonyms.
    pub fn from_name(name: &str) -> Option<Field> {
        Some(match name.to_lowercase().as_str() {
            "author" | "authors" | "by" => Field::Authors,
            "source" | "sources" | "publisher" => Field::Sources,
            "speaker" | "speakers" | "said" => Field::Speakers,
            "category" | "section" => Field::Category,
            "title" => Field::Title,
            "quote" | "quotes" => Field::Quotes,
            "lead" => Field::Lead,
            "body" | "text" => Field::Body,
            "tag" | "tags" => Field::Tag,
            "note" | "notes" => Field::Note,
            _ => return None,
        })
    }

    /// The name to type before `:`.
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Lead => "lead",
            Field::Body => "body",
            Field::Authors => "author",
            Field::Sources => "source",
            Field::Category => "category",
            Field::Quotes => "quote",
            Field::Speakers => "speaker",
            Field::Tag => "tag",
            Field::Note => "note",
        }
    }

    /// Whether the field is words of the article's text (highlighted in snippets and the
    /// reader) rather than its metadata.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Field::Title | Field::Lead | Field::Body | Field::Quotes
        )
    }
}

/// The query that finds `value` in `field` as an exact phrase: `speaker:"Jane Doe"`. Any
/// character that is query syntax inside a phrase (the double quote) is dropped; the index
/// ignores it anyway.
pub fn field_value(field: Field, value: &str) -> String {
    let value: String = value
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    format!("{}:\"{}\"", field.name(), value.trim())
}

/// Queries joined so that an article matching any of them matches.
pub fn any_of(queries: &[String]) -> String {
    let parts: Vec<String> = queries
        .iter()
        .filter(|q| !q.trim().is_empty())
        .map(|q| format!("({q})"))
        .collect();
    parts.join(" OR ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_round_trip() {
        for field in Field::ALL {
            assert_eq!(Field::from_name(field.name()), Some(field));
        }
        assert_eq!(Field::from_name("BY"), Some(Field::Authors));
        assert_eq!(Field::from_name("autor"), None);
    }

    #[test]
    fn the_builder_escapes_what_it_composes() {
        let q = field_value(Field::Speakers, "The \"Rock\" (Dwayne)");
        assert_eq!(q, "speaker:\"The Rock (Dwayne)\"");
        let parsed = parse(&q).expect("valid");
        let terms = parsed.terms();
        assert_eq!(terms.len(), 1);
        assert_eq!(terms[0].field, Some(Field::Speakers));
        assert_eq!(terms[0].text, "The Rock (Dwayne)");
        let both = any_of(&[
            field_value(Field::Speakers, "Jo Lee"),
            field_value(Field::Authors, "Jo Lee"),
        ]);
        assert_eq!(both, "(speaker:\"Jo Lee\") OR (author:\"Jo Lee\")");
        assert!(matches!(
            parse(&both).expect("valid").root,
            Some(Node::Any(_))
        ));
    }
}
