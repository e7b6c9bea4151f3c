//! Bytes in, articles out. Pure functions only: no file system, no SQL, no clock.
//!
//! `extract` detects the format of one file's bytes, decodes its text, runs the reader for
//! that format and then the shared passes (quotes) over the result.

pub mod dates;
pub mod html;
pub mod mhtml;
pub mod decode;
pub mod events;
pub mod json;
pub mod markdown;
pub mod quotes;
pub mod text;

use crate::model::Article;

/// Why a file could not be read as an article.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum ExtractError {
    #[error("the file is empty")]
    Empty,
    #[error("the file holds only whitespace")]
    Blank,
    #[error("not an article file Chronicle can read ({0})")]
    Unsupported(String),
    #[error("malformed {format}: {reason}")]
    Malformed { format: &'static str, reason: String },
}

/// An article read from a file, with its origin when the file says where it came from
/// (a Chronicle export records each article's original file and id).
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    pub article: Article,
    pub origin: Option<Origin>,
}

/// The original file of an article read from an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub id: Option<i64>,
    pub path: String,
    pub name: String,
}

/// The file formats Chronicle reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    ChronicleJson,
}

/// File extensions taken from folders (files named explicitly are always tried).
pub const KNOWN_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "json"];

/// Picks the reader from the extension and, failing that, from the content.
pub fn detect(file_name: &str, text: &str) -> Result<Format, ExtractError> {
    let ext = file_name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "json" => Ok(Format::ChronicleJson),
        "md" | "markdown" => Ok(Format::Markdown),
        _ if json::looks_like_export(text) => Ok(Format::ChronicleJson),
        "txt" | "text" | "" => Ok(Format::Text),
        other => Err(ExtractError::Unsupported(format!(".{other} files are not supported"))),
    }
}

/// Reads one file's bytes into the articles it holds. `file_name` is used only for its
/// extension.
pub fn extract(file_name: &str, bytes: &[u8]) -> Result<Vec<Extracted>, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    let text = decode::decode(bytes, None)?;
    if text.chars().all(|c| c.is_whitespace() || c.is_control() || is_invisible(c)) {
        return Err(ExtractError::Blank);
    }
    let articles = match detect(file_name, &text)? {
        Format::ChronicleJson => return json::read_export(&text),
        Format::Text => vec![text::read_text(&text)],
        Format::Markdown => vec![markdown::read_markdown(&text)],
    };
    Ok(articles
        .into_iter()
        .map(|mut article| {
            finish(&mut article);
            Extracted { article, origin: None }
        })
        .collect())
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00A0}' | '\u{00AD}')
}

/// The passes every reader's output goes through.
fn finish(article: &mut Article) {
    article.quotes = quotes::extract_quotes(&article.lead, &article.body);
    article.events = events::extract_events(&article.lead, &article.body, article.published.as_deref());
}
