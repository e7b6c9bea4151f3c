//! Bytes in, articles out. Pure functions only: no file system, no SQL, no clock.
//!
//! `extract` detects the format of one file's bytes, decodes its text, runs the reader for
//! that format and then the shared passes (quotes) over the result.

pub mod dates;
pub mod decode;
pub mod events;
pub mod html;
pub mod json;
pub mod lexicon;
pub mod limits;
pub mod markdown;
pub mod mhtml;
pub mod names;
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
    /// Too large to read within the memory bound (the reason says which limit).
    #[error("{0}")]
    TooLarge(String),
    #[error("malformed {format}: {reason}")]
    Malformed {
        format: &'static str,
        reason: String,
    },
}

/// An article read from a file, with its origin when the file says where it came from
/// (a Chronicle export records each article's original file and id).
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    pub article: Article,
    pub origin: Option<Origin>,
    /// What was changed to keep the article within bounds (caps, invalid dates dropped); the
    /// import reports these without failing the file.
    pub notes: Vec<String>,
    /// The saved searches of the export this article came from (on its first article only).
    pub saved_searches: Vec<crate::model::SavedSearchRecord>,
}

/// The original file of an article read from an export: its id there, and its file as the
/// export recorded it (the archive recomputes the hash and stamps its own import time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub id: Option<i64>,
    pub file: crate::model::FileInfo,
}

/// The formats told apart by `detect` from a file's decoded text. Saved MHTML pages are
/// recognised by their extension before any decoding (they name their own charsets) and
/// never reach it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    ChronicleJson,
    Html,
}

/// File extensions taken from folders (files named explicitly are always tried).
pub const KNOWN_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "json", "html", "htm", "xhtml", "mhtml", "mht",
];

/// Picks the reader of a decoded file from the extension and, failing that, from the content.
pub fn detect(file_name: &str, text: &str) -> Result<Format, ExtractError> {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "json" => Ok(Format::ChronicleJson),
        "md" | "markdown" => Ok(Format::Markdown),
        "html" | "htm" | "xhtml" => Ok(Format::Html),
        _ if json::looks_like_export(text) => Ok(Format::ChronicleJson),
        _ if looks_like_html(text) => Ok(Format::Html),
        "txt" | "text" | "" => Ok(Format::Text),
        other => Err(ExtractError::Unsupported(format!(
            ".{other} files are not supported"
        ))),
    }
}

/// A page saved with a text extension still starts like one.
fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(256)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with("<?xml") && head.contains("<html"))
}

/// Reads one file's bytes into the articles it holds. `file_name` gives the format (its
/// extension) and, for plain text, evidence for the title (its words).
pub fn extract(file_name: &str, bytes: &[u8]) -> Result<Vec<Extracted>, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    // Saved pages name their own charset, so their readers take the raw bytes.
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if matches!(ext.as_str(), "mhtml" | "mht") {
        return Ok(finished(vec![mhtml::read_mhtml(bytes)?]));
    }
    let text = decode::decode(bytes, None)?;
    if text
        .chars()
        .all(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
    {
        return Err(ExtractError::Blank);
    }
    let articles = match detect(file_name, &text)? {
        Format::ChronicleJson => return json::read_export(&text),
        Format::Text => vec![text::read_text_named(&text, file_name)],
        Format::Markdown => vec![markdown::read_markdown(&text)],
        Format::Html => vec![html::read_html(bytes)?],
    };
    Ok(finished(articles))
}

fn finished(articles: Vec<Article>) -> Vec<Extracted> {
    articles
        .into_iter()
        .map(|mut article| {
            finish(&mut article);
            let notes = limits::cap(&mut article);
            Extracted {
                article,
                origin: None,
                notes,
                saved_searches: Vec::new(),
            }
        })
        .collect()
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00A0}' | '\u{00AD}'
    )
}

/// The passes every reader's output goes through.
fn finish(article: &mut Article) {
    if article.title.trim().is_empty() {
        article.title = fallback_title(article);
    }
    article.quotes = quotes::extract_quotes(&article.lead, &article.body);
    article.events =
        events::extract_events(&article.lead, &article.body, article.published.as_deref());
}

/// A title for a file that names none: the start of its first paragraph, cut at a word.
fn fallback_title(article: &Article) -> String {
    let first = [&article.lead, &article.body]
        .into_iter()
        .find_map(|t| t.split("\n\n").map(str::trim).find(|p| !p.is_empty()))
        .unwrap_or("");
    if first.chars().count() <= 90 {
        return first.to_string();
    }
    let cut: String = first.chars().take(90).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untitled_pages_get_their_first_words_as_title() {
        let html = b"<html><body><article><p>Residents of the valley were told on Monday to leave their homes as the river rose past its highest mark since records began in the nineteenth century.</p><p>More text follows here in a second paragraph of the story.</p></article></body></html>";
        let articles = extract("page.html", html).expect("reads");
        assert_eq!(
            articles[0].article.title,
            "Residents of the valley were told on Monday to leave their homes as the river rose past…"
        );
    }

    #[test]
    fn formats_are_detected_by_extension_and_content() {
        assert_eq!(detect("a.HTM", ""), Ok(Format::Html));
        assert_eq!(detect("a.txt", "<!DOCTYPE html><html>"), Ok(Format::Html));
        assert_eq!(detect("a.txt", "Plain title"), Ok(Format::Text));
        assert!(matches!(
            detect("a.pdf", "x"),
            Err(ExtractError::Unsupported(_))
        ));
    }
}
