//! The article from the rendered text and the tool's metadata. The text is read by the
//! plain-text reader, as the same article copied as text would be; the metadata fills what the
//! text does not print (the article's own text wins wherever both give a field).

use super::front::Front;
use super::render::{Block, Kind};
use crate::extract::text::read_text;
use crate::model::{Article, Image};

/// Separators between a headline and the site's name in a page title.
const SITE_SEPARATORS: [&str; 5] = [" | ", " - ", " – ", " — ", " · "];

pub(super) fn article(front: Front, blocks: Vec<Block>, images: Vec<Image>) -> Article {
    let (front_title, title_site) = match front.title.as_deref() {
        Some(t) => split_site(t, &blocks),
        None => (None, None),
    };
    let mut lines: Vec<&str> = Vec::new();
    // A post whose title lives only in its metadata: the page shows it above the text.
    if !prints_headline(&blocks) {
        if let Some(title) = front_title.as_deref() {
            lines.push(title);
        }
    }
    lines.extend(blocks.iter().map(|b| b.text.as_str()));
    let mut article = read_text(&lines.join("\n\n"));
    article.format = "markdown".into();
    article.images.extend(images);
    let from_front = |article: &mut Article, field: &'static str| {
        article.provenance.insert(field, "front-matter");
    };
    // A clipper's `# Headline | Site` heading copies the metadata's title.
    if front.title.as_deref() == Some(article.title.as_str()) {
        if let Some(title) = front_title.clone() {
            article.title = title;
        }
    }
    if article.title.is_empty() {
        if let Some(title) = front_title {
            article.title = title;
            from_front(&mut article, "title");
        }
    }
    if article.authors.is_empty() && !front.authors.is_empty() {
        article.authors = front.authors;
        from_front(&mut article, "authors");
    }
    if article.published.is_none() && front.published.is_some() {
        article.published = front.published;
        article.published_text = front.published_text;
        from_front(&mut article, "published");
    }
    if article.modified.is_none() {
        article.modified = front.modified;
    }
    if article.publisher.is_none() {
        if let Some(site) = front.site.or(title_site) {
            article.publisher = Some(site);
            from_front(&mut article, "publisher");
        }
    }
    if article.category.is_none() && front.category.is_some() {
        article.category = front.category;
        from_front(&mut article, "category");
    }
    if article.sources.is_empty() && !front.source_names.is_empty() {
        article.sources = front.source_names;
        from_front(&mut article, "sources");
    }
    if front.url.is_some() {
        article.url = front.url;
        from_front(&mut article, "url");
    }
    if front.language.is_some() {
        article.language = front.language;
    }
    article
}

/// Whether a heading stands above the story's first paragraph (a block of 100 characters or
/// more, or one ending a sentence): a crosshead further down is no headline.
fn prints_headline(blocks: &[Block]) -> bool {
    blocks
        .iter()
        .take_while(|b| {
            matches!(b.kind, Kind::Heading(_))
                || b.text.chars().count() < 100 && !b.text.ends_with(['.', '!', '?', '。'])
        })
        .any(|b| matches!(b.kind, Kind::Heading(_)))
}

/// A metadata title with the site's name after a separator (`Headline | The Harbour Times`):
/// the headline and the site, when the text prints the headline or the suffix is short and
/// names no sentence. Otherwise the title as written.
fn split_site(title: &str, blocks: &[Block]) -> (Option<String>, Option<String>) {
    for sep in SITE_SEPARATORS {
        let Some((head, site)) = title.rsplit_once(sep) else {
            continue;
        };
        let (head, site) = (head.trim(), site.trim());
        let printed = blocks.iter().any(|b| same_words(&b.text, head));
        let short = site.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 4;
        if !head.is_empty() && !site.is_empty() && (printed || short) {
            return (Some(head.to_string()), Some(site.to_string()));
        }
    }
    (Some(title.to_string()), None)
}

/// The same words whatever their case (`Title Case` in metadata, sentence case on the page).
fn same_words(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}
