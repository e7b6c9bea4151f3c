//! What the archive answers, as plain data: result rows, records, counts, people, tags and
//! saved searches. The archive fills them; the window, the terminal and export read them
//! without depending on the archive (the window's worker is the only part that asks it).

use super::{Article, FileInfo, Quote, TextPart};
use crate::query::Filter;
use chrono::NaiveDate;

/// One row of a result list.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Hit {
    pub id: i64,
    pub title: String,
    pub published: Option<String>,
    pub authors: String,
    pub sources: String,
    /// Text around the match; matched words are wrapped in `HIGHLIGHT_START`/`HIGHLIGHT_END`.
    pub snippet: String,
    /// When the article was imported (ISO 8601, UTC).
    pub imported_at: String,
    /// How many quotes the article has.
    pub quotes: u32,
    /// The user's tags, by name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

/// A page of results and how many match in all.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchPage {
    pub hits: Vec<Hit>,
    pub total: usize,
    /// What the search matched, to highlight in the reader as in the snippets.
    pub highlight: crate::query::Highlighter,
}

/// An archived article with its archive bookkeeping.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleRecord {
    pub id: i64,
    pub article: Article,
    /// Where it came from, its content hash and when it was imported.
    pub file: FileInfo,
}

/// How many articles were published on each day, and how many have no date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DayCounts {
    pub days: Vec<(NaiveDate, u32)>,
    pub undated: u32,
}

/// Archive-wide figures for `chronicle stats`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    pub articles: u64,
    pub quotes: u64,
    pub authors: u64,
    pub speakers: u64,
    pub undated: u64,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub size_bytes: u64,
}

/// One person in the archive, all spelling variants merged.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Person {
    /// The most frequent spelling.
    pub name: String,
    /// Every spelling seen, most frequent first.
    pub variants: Vec<String>,
    pub quotes: u64,
    /// Articles that quote this person.
    pub quoted_in: u64,
    /// Articles this person wrote.
    pub authored: u64,
}

/// A quote with the article it comes from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PersonQuote {
    pub article_id: i64,
    pub title: String,
    pub published: Option<String>,
    pub speaker: String,
    pub text: String,
}

/// A dated event with its article.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EventHit {
    pub article_id: i64,
    pub title: String,
    /// ISO date at the precision the text gave (`2024-10-25`, `2024-09`, `2024-W42`, `2014`).
    pub date: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub part: TextPart,
}

/// A saved search.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SavedSearch {
    pub name: String,
    pub filter: Filter,
}

/// A tag and how many articles carry it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TagCount {
    pub name: String,
    pub articles: usize,
}

/// Which quote of an article: its part and character range, as corrections key it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuoteAt {
    pub part: TextPart,
    pub start: usize,
    pub end: usize,
}

impl QuoteAt {
    pub fn of(quote: &Quote) -> Self {
        QuoteAt {
            part: quote.part,
            start: quote.start,
            end: quote.end,
        }
    }

    /// `body:120:168`, the `locator` of a quote's correction.
    pub fn locator(self) -> String {
        format!("{}:{}:{}", self.part.as_str(), self.start, self.end)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MigrationProgress {
    /// The version being reached.
    pub to_version: i64,
    /// Articles looked at so far, of `total`.
    pub done: usize,
    pub total: usize,
}
