//! The article from the rendered text and the tool's metadata. The text is read by the
//! plain-text reader, as the same article copied as text would be; the metadata fills what the
//! text does not print (the article's own text wins wherever both give a field).

use super::front::Front;
use super::render::{Block, Kind, Picture};
use crate::extract::text::read_text;
use crate::model::{Article, Image};

/// Separators between a headline and the site's name in a page title.
pub(super) const SITE_SEPARATORS: [&str; 5] = [" | ", " - ", " – ", " — ", " · "];

/// Paragraphs shorter than this may be bylines, date lines, credits or kickers: the text
/// reader looks at them.
const PROSE_CHARS: usize = 100;
/// The closing paragraphs of a plain post read for an agency's credit.
const CREDIT_PARAGRAPHS: usize = 2;

pub(super) fn article(
    front: Front,
    blocks: Vec<Block>,
    images: Vec<Image>,
    pictures: &[Picture],
) -> Article {
    if let Some(article) = plain_post(&front, &blocks, &images) {
        return article;
    }
    let (front_title, title_site) = match front.title.as_deref() {
        Some(t) => split_site(t, &blocks),
        None => (None, None),
    };
    let mut lines: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    // A post whose title lives only in its metadata: the page shows it above the text, under
    // the kicker if the post opens with one.
    if !prints_headline(&blocks) {
        if let Some(title) = front_title.as_deref() {
            let at = usize::from(blocks.first().is_some_and(is_kicker));
            lines.insert(at, title);
        }
    }
    let mut article = read_text(&lines.join("\n\n"));
    article.format = "markdown".into();
    article.images.extend(images);
    super::category::settle(&mut article);
    // The logo heading the clip names the masthead, over a copyright line's company.
    if let Some((name, alt)) = super::logo::site_name(pictures, &blocks) {
        article
            .images
            .retain(|i| i.caption.as_deref() != Some(alt.as_str()));
        if article.publisher.as_deref() != Some(name.as_str()) {
            article.publisher = Some(name);
            article.provenance.insert("publisher", "logo");
        }
    }
    super::headline::settle(&mut article, &blocks);
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
        if let Some(site) = super::origin::site_of_source_line(lines_of(&blocks)) {
            article.publisher = Some(site);
            article.provenance.insert("publisher", "source-line");
        }
    }
    if article.publisher.is_none() {
        if let Some(site) = front.site.or(title_site) {
            article.publisher = Some(site);
            from_front(&mut article, "publisher");
        }
    }
    if article.category.is_none() {
        if let Some(kicker) = blocks.iter().find(|b| b.kicker) {
            article.category = Some(kicker.text.clone());
            article.provenance.insert("category", "kicker-class");
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
    article.title =
        super::headline::without_tags_and_site(&article.title, article.publisher.as_deref());
    article
}

/// A post whose metadata gives title, author and date and whose text is its title heading (or
/// none) and prose alone (no short line that could be a byline, date, credit or kicker, no
/// second headline) says nothing the text reader could add: it is read directly, as it is
/// cheaper (import speed). Crossheads further down stay paragraphs.
fn plain_post(front: &Front, blocks: &[Block], images: &[Image]) -> Option<Article> {
    let title = front.title.as_deref()?;
    if front.authors.is_empty() || front.published.is_none() {
        return None;
    }
    let text = match blocks.first() {
        Some(b) if matches!(b.kind, Kind::Heading(_)) && same_words(&b.text, title) => &blocks[1..],
        _ => blocks,
    };
    let prose = |b: &Block| b.text.chars().count() >= PROSE_CHARS;
    let crosshead = |i: usize, b: &Block| {
        matches!(b.kind, Kind::Heading(_)) && i > 0 && text.get(i + 1).is_some_and(prose)
    };
    if text.is_empty()
        || !text
            .iter()
            .enumerate()
            .all(|(i, b)| prose(b) || crosshead(i, b))
        || !text.last().is_some_and(prose)
    {
        return None;
    }
    let mut article = Article {
        format: "markdown".into(),
        title: title.to_string(),
        authors: front.authors.clone(),
        published: front.published.clone(),
        published_text: front.published_text.clone(),
        modified: front.modified.clone(),
        publisher: front.site.clone(),
        category: front.category.clone(),
        sources: front.source_names.clone(),
        url: front.url.clone(),
        language: front.language.clone(),
        images: images.to_vec(),
        body: text
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n"),
        ..Article::default()
    };
    // An agency credited at the story's end (`(ANSA)`, `…, AAP reports.`) is a source the
    // metadata does not list; reading the last paragraphs alone keeps the shortcut cheap.
    if article.sources.is_empty() {
        let tail = text.len().saturating_sub(CREDIT_PARAGRAPHS);
        let tail: Vec<&str> = text[tail..].iter().map(|b| b.text.as_str()).collect();
        let sources = read_text(&tail.join("\n\n")).sources;
        if !sources.is_empty() {
            article.sources = sources;
            article.provenance.insert("sources", "credit-line");
        }
    }
    for (field, filled) in [
        ("title", true),
        ("authors", true),
        ("published", true),
        ("publisher", article.publisher.is_some()),
        ("category", article.category.is_some()),
        ("sources", !article.sources.is_empty()),
        ("url", article.url.is_some()),
    ] {
        if filled {
            article.provenance.insert(field, "front-matter");
        }
    }
    Some(article)
}

fn lines_of(blocks: &[Block]) -> impl Iterator<Item = &str> {
    blocks.iter().map(|b| b.text.as_str())
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

/// A kicker opening a post: a few words in bold or in capitals, no sentence, no digits.
fn is_kicker(block: &Block) -> bool {
    let words = block.text.split_whitespace().count();
    let capitals =
        block.text.chars().any(char::is_alphabetic) && !block.text.chars().any(char::is_lowercase);
    (1..=5).contains(&words)
        && (block.emphasised || capitals)
        && !block.text.contains(|c: char| c.is_numeric() || c == ':')
        && !block.text.ends_with(['.', '!', '?'])
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

#[cfg(test)]
mod tests {
    use crate::extract::markdown::read_markdown;

    const STORY: &str = "The council approved the plan on Tuesday after a long debate about costs.\n\n\
                         Work will start in spring and take two years, the mayor said.\n";

    #[test]
    fn the_text_wins_over_the_metadata_and_clip_dates_are_none() {
        let md = format!(
            "---\ntitle: \"Council approves harbour plan - The Harbour Times\"\n\
             author: \"[[Note Taker]]\"\npublished: 2026-11-24T12:15:00.000Z\n\
             created: 2026-11-29\ntags: [clippings]\n---\n\
             # Council approves harbour plan\n\nBy Ann Lee\n\n24 November 2026, 09:15\n\n{STORY}"
        );
        let a = read_markdown(&md);
        assert_eq!(a.title, "Council approves harbour plan");
        assert_eq!(a.authors, ["Ann Lee"]);
        assert_eq!(a.published.as_deref(), Some("2026-11-24T09:15"));
        assert_eq!(a.publisher.as_deref(), Some("The Harbour Times"));
        assert_eq!(a.category, None);
        assert_eq!(a.provenance.get("publisher"), Some(&"front-matter"));
        assert_ne!(a.provenance.get("authors"), Some(&"front-matter"));
        let bare = read_markdown(&format!(
            "---\ntitle: Council approves harbour plan\ncreated: 2026-11-29\n---\n{STORY}"
        ));
        assert_eq!(bare.published, None);
        assert_eq!(bare.title, "Council approves harbour plan");
    }

    #[test]
    fn a_plain_post_is_read_from_its_metadata_and_paragraphs() {
        let para = "The council approved the harbour plan on Tuesday after a long debate about \
                    its costs, its schedule and the ferries it will displace for two years.";
        let md = format!(
            "---\ntitle: Council approves harbour plan\nauthor: Ann Lee\ndate: 2026-11-24\n\
             source: Harbour Wire\n---\n# Council approves harbour plan\n\n{para}\n\n\
             ## Costs\n\n{para} Again.\n"
        );
        let a = read_markdown(&md);
        assert_eq!(a.body, format!("{para}\n\nCosts\n\n{para} Again."));
        // Read without the text reader: the heading repeats the metadata's title.
        assert_eq!(a.provenance.get("title"), Some(&"front-matter"));
        assert_eq!(a.sources, ["Harbour Wire"]);
        // A short line might be a byline: the text reader reads it.
        let bylined = md.replace("\n\n## Costs", "\n\nBy Bo Chen\n\n## Costs");
        assert_eq!(read_markdown(&bylined).authors, ["Bo Chen"]);
    }

    #[test]
    fn the_logo_names_the_masthead_and_a_hashtag_is_no_section() {
        let md = format!(
            "[![The Harbour Times](https://cdn.example/logo.svg)](https://harbour.example/)\n\n\
             # Council approves harbour plan\n\nCategory: #articles\n\nBy Ann Lee\n\n{STORY}\n\
             © 2026 Harbour Media Holdings Ltd. All rights reserved.\n"
        );
        let a = read_markdown(&md);
        assert_eq!(a.publisher.as_deref(), Some("The Harbour Times"));
        assert_eq!(a.provenance.get("publisher"), Some(&"logo"));
        assert!(a.images.is_empty(), "{:?}", a.images);
        assert_eq!(a.category, None);
        assert_eq!(a.authors, ["Ann Lee"]);
    }

    #[test]
    fn a_notes_source_line_names_the_outlet() {
        let md = format!(
            "---\ntitle: Harbour note\nauthor: Note Taker\ndate: 2026-11-30\n---\n\
             Source: *The Harbour Times*, <https://www.harbourtimes.example/news/a-1>\n\n\
             ## Council approves harbour plan\n\nBy Ann Lee\n\n{STORY}"
        );
        let a = read_markdown(&md);
        assert_eq!(a.publisher.as_deref(), Some("The Harbour Times"));
        assert_eq!(a.provenance.get("publisher"), Some(&"source-line"));
    }

    #[test]
    fn a_span_with_a_kickers_class_is_the_section() {
        let md = format!(
            "% Council approves harbour plan\n% Ann Lee\n% 24 November 2026\n\n\
             [Skip to main content](#main){{.skip-link}}\n\n[Home](/)\n\n[Harbour]{{.kicker}}\n\n{STORY}"
        );
        let a = read_markdown(&md);
        assert_eq!(a.category.as_deref(), Some("Harbour"));
        assert_eq!(a.provenance.get("category"), Some(&"kicker-class"));
    }

    #[test]
    fn a_metadata_title_goes_under_the_posts_kicker() {
        let md = format!(
            "---\ntitle: Council approves harbour plan\ndate: 2026-11-24 17:05:00 -0500\n---\n\
             **CITY HALL**\n\nBy Ann Lee and Bo Chen\n\n{STORY}"
        );
        let a = read_markdown(&md);
        assert_eq!(a.title, "Council approves harbour plan");
        assert_eq!(a.category.as_deref(), Some("CITY HALL"));
        assert_eq!(a.published.as_deref(), Some("2026-11-24T17:05"));
        assert!(a.body.starts_with("The council approved"), "{}", a.body);
    }
}
