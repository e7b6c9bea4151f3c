//! The Chronicle export format's records (README, "Export format").

use super::Article;
use serde::{Deserialize, Serialize};

/// Where an article came from (its file's path and name), its content hash and when it was
/// imported: the one provenance type of an archived article, written as the export's `file`.
/// An article on its way in leaves `sha256` empty until it is computed and `imported_at`
/// empty (the writer stamps the batch).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FileInfo {
    #[serde(deserialize_with = "null_as_empty")]
    pub path: String,
    #[serde(deserialize_with = "null_as_empty")]
    pub name: String,
    /// The content hash (`Article::content_hash`), which identifies the article.
    #[serde(deserialize_with = "null_as_empty")]
    pub sha256: String,
    #[serde(deserialize_with = "null_as_empty")]
    pub imported_at: String,
}

/// Reads `null` as an empty string, so hand-edited exports still import.
pub(super) fn null_as_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// A saved search in a Chronicle export (document level, beside `articles`): a query and its
/// period under a name (`from`/`to` as `YYYY-MM-DD`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSearchRecord {
    pub name: String,
    pub query: String,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

/// One article in a Chronicle export.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExportRecord {
    pub id: i64,
    #[serde(flatten)]
    pub article: Article,
    #[serde(default)]
    pub file: FileInfo,
}

/// The value of `format` in a Chronicle export.
pub const EXPORT_FORMAT: &str = "chronicle-export";
/// The export version this build writes; it reads every version from 1 up to it.
/// Version 2 added each quote's `speaker_kind` and `attribution` and the article's
/// `corrections`; a version-1 export reads as quotes of unresolved speakers found by no cue.
/// Version 3 added the user's field edits (`corrections.fields`), `tags`, `note`,
/// `highlights` and the document's `saved_searches`.
pub const EXPORT_VERSION: u32 = 3;
