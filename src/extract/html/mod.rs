//! Saved web pages (`.html`, `.htm`, `.xhtml`). Only parsed: no script runs, nothing is
//! fetched. The article text comes from a Readability port behind `main_content`, then
//! Chronicle's own cleanup drops what news pages wrap around a story (share bars, related
//! links, sign-up boxes, captions); metadata comes from the page's own declarations first.

mod archive_copy;
mod author_links;
mod boilerplate;
mod bold_credit;
mod byline;
mod byline_labels;
mod byline_lines;
mod byline_links;
mod byline_names;
mod byline_parts;
mod byline_role_label;
mod byline_split;
mod cleanup;
mod copyright_owner;
mod credit;
mod credit_cut;
mod date_finds;
mod dom;
mod element_classes;
mod element_dates;
mod entities;
mod field_row;
mod first_published;
mod furniture;
mod header_time;
mod headline_date;
mod headline_words;
mod iso_date;
mod jsonld;
mod logo;
mod logo_parts;
mod media;
mod meta_row;
mod metadata;
mod metadata_elements;
mod platform;
mod print_edition;
mod publication_date;
mod publisher;
mod script_language;
mod shown_by;
mod site_agreement;
mod snapshot;
mod title;
mod title_name;
mod title_parts;
mod title_printed;
mod title_site;
mod url_date;
mod visible;
mod year_less;
mod zones;

pub use byline::split_names as split_byline;
pub use byline_parts::{is_non_writing_credit, is_prompt_row};
pub use metadata::{host_of, is_web_address};
pub use publication_date::url_date;
pub use snapshot::original_address;
pub use visible::text_dump;

use super::{ExtractError, decode};
use crate::model::Article;
use dom::Dom;

/// Documents nested deeper than this are refused. Real pages stay under ~60 levels; the
/// Readability port walks the tree recursively, and a hostile page nested thousands deep
/// would exhaust the stack.
pub const MAX_DEPTH: usize = 400;

/// Pages with more elements than this are refused before they are parsed. Parsing takes
/// about a kilobyte per element (the page tree, then the Readability port's own tree and
/// its copies); a million elements took 1.2 GB. Real article pages have a few thousand.
pub const MAX_ELEMENTS: usize = 200_000;

/// Pages with more markup than this (in bytes, once decoded) are refused before they are
/// parsed: a few huge text nodes cost as much as many elements (a 51 MB page took 3.45 GB).
pub const MAX_PAGE_BYTES: usize = 8 << 20;

/// Refuses a page too large to parse within the memory bound (`MAX_ELEMENTS`,
/// `MAX_PAGE_BYTES`), counting start tags without building anything.
fn check_size(html: &str) -> Result<(), ExtractError> {
    if html.len() > MAX_PAGE_BYTES {
        return Err(ExtractError::TooLarge(format!(
            "the page is too large to read ({:.1} MB of HTML; pages up to {} MB are read)",
            html.len() as f64 / 1_048_576.0,
            MAX_PAGE_BYTES >> 20
        )));
    }
    let elements = html
        .as_bytes()
        .windows(2)
        .filter(|w| w[0] == b'<' && w[1].is_ascii_alphabetic())
        .count();
    if elements > MAX_ELEMENTS {
        return Err(ExtractError::TooLarge(format!(
            "the page has more than {MAX_ELEMENTS} elements ({elements}); pages this large are not read"
        )));
    }
    Ok(())
}

/// Reads a saved web page into an article.
pub fn read_html(bytes: &[u8]) -> Result<Article, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    let declared = sniff_charset(bytes);
    let html = decode::decode(bytes, declared.as_deref())?;
    read_html_str(&html)
}

/// Pages whose tags alone nest deeper than this are refused before they are parsed (see
/// `dom.rs`: the HTML5 parser's time grows with the depth). The estimate can exceed the depth
/// the parser builds on sloppy markup, so the limit is well above `MAX_DEPTH`, which the
/// parsed tree is held to.
const MAX_NESTING_ESTIMATE: usize = 5_000;

fn too_deep(found: usize) -> ExtractError {
    ExtractError::Malformed {
        format: "html",
        reason: format!("elements nested deeper than {MAX_DEPTH} levels ({found} found)"),
    }
}

/// Reads an already decoded page (MHTML parts arrive decoded). The page is parsed once: the
/// tree Chronicle reads metadata from is copied out, then the main-content pass takes it.
pub fn read_html_str(html: &str) -> Result<Article, ExtractError> {
    check_size(html)?;
    let estimate = dom::nesting_estimate(html);
    if estimate > MAX_NESTING_ESTIMATE {
        return Err(too_deep(estimate));
    }
    let document = dom_query::Document::from(html);
    let page = Dom::from_document(&document);
    if page.max_depth > MAX_DEPTH {
        return Err(too_deep(page.max_depth));
    }
    let meta = metadata::read(&page);
    let main = main_content(document);
    let mut article = Article {
        format: "html".into(),
        ..Article::default()
    };
    let cleaned = match &main {
        Some(main) => cleanup::clean(&Dom::parse(&main.html)),
        None => cleanup::clean_page(&page),
    };
    let h1 = meta.h1s.first().cloned();
    metadata::apply(&mut article, meta, main.as_ref(), &cleaned);
    if article.published.is_none() {
        let found = [Some(article.title.as_str()), h1.as_deref()]
            .into_iter()
            .flatten()
            .find_map(|headline| headline_date::near_headline(&page, headline));
        if let Some(date) = found {
            article.published = Some(date.iso);
            article.published_text = Some(date.text);
            article.provenance.insert("published", "page-text");
        }
    }
    if article.authors.is_empty() {
        // The box under the story that introduces its writer (`About the author` / name / bio).
        let lines: Vec<String> = visible::dom_text(&page)
            .lines()
            .map(str::to_string)
            .collect();
        let names = crate::extract::text::author_box::names(&lines);
        if !names.is_empty() {
            article.authors = names;
            article.provenance.insert("authors", "author-box");
        }
    }
    article.body = cleanup::finish_body(&cleaned.paragraphs, &article);
    if article.title.is_empty() && article.body.is_empty() {
        return Err(ExtractError::Unsupported(
            "an HTML page without a title or text".into(),
        ));
    }
    Ok(article)
}

/// What the main-content extractor found. Kept to plain data so the crate behind
/// `main_content` can be swapped without touching the rest.
#[derive(Debug, Clone, Default)]
pub struct MainContent {
    /// The article's HTML, cleaned of page chrome by the extractor.
    pub html: String,
    pub title: String,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
}

/// Finds the main content of a parsed page (`dom_smoothie`, a Readability.js port, which
/// changes the document as it goes). `None` when the extractor finds no article.
pub fn main_content(document: dom_query::Document) -> Option<MainContent> {
    let config = dom_smoothie::Config {
        keep_classes: true,
        max_elements_to_parse: 200_000,
        disable_json_ld: true,
        ..Default::default()
    };
    let mut reader = dom_smoothie::Readability::with_document(document, None, Some(config)).ok()?;
    let found = reader.parse().ok()?;
    Some(MainContent {
        html: found.content.to_string(),
        title: found.title,
        byline: found.byline,
        published: found.published_time,
        modified: found.modified_time,
        site_name: found.site_name,
        lang: found.lang,
    })
}

/// The visible text of what the Readability port keeps of a page, before any of Chronicle's
/// own clean-up; empty when it finds no article. The benchmark compares this with
/// `read_html`'s body to show what the clean-up adds.
pub fn raw_main_text(bytes: &[u8]) -> String {
    let declared = sniff_charset(bytes);
    let Ok(html) = decode::decode(bytes, declared.as_deref()) else {
        return String::new();
    };
    main_content(dom_query::Document::from(html.as_str()))
        .map(|main| text_dump(&main.html))
        .unwrap_or_default()
}

/// The charset a page declares in its first 4 KB (`<meta charset>` or an `http-equiv`
/// content type), read as ASCII before the page can be decoded.
pub fn sniff_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let head: String = head
        .iter()
        .map(|&b| {
            if b.is_ascii() {
                (b as char).to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    let mut from = 0;
    while let Some(i) = head[from..].find("<meta") {
        let start = from + i;
        let end = head[start..].find('>').map_or(head.len(), |e| start + e);
        let tag = &head[start..end];
        if let Some(pos) = tag.find("charset") {
            let value = tag[pos + 7..]
                .trim_start()
                .strip_prefix('=')
                .map(|v| v.trim_start().trim_start_matches(['"', '\'']));
            if let Some(value) = value {
                let label: String = value
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                    .collect();
                if !label.is_empty() {
                    return Some(label);
                }
            }
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_dates_round2;
#[cfg(test)]
mod tests_pages;
#[cfg(test)]
mod tests_round15;
#[cfg(test)]
mod tests_round16;
#[cfg(test)]
mod tests_round17;
#[cfg(test)]
mod tests_round18;
#[cfg(test)]
mod tests_round19;
#[cfg(test)]
mod tests_round20;
#[cfg(test)]
mod tests_round21;
#[cfg(test)]
mod tests_round22;
#[cfg(test)]
mod tests_round23;
#[cfg(test)]
mod tests_round24;
#[cfg(test)]
mod tests_round25;
#[cfg(test)]
mod tests_round26;
