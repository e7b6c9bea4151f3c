//! The plain-text reader.
use crate::model::Article;

/// Reads a plain-text article.
pub fn read_text(text: &str) -> Article {
    Article { title: text.lines().next().unwrap_or_default().to_string(), body: text.to_string(), format: "text".into(), ..Default::default() }
}
