//! Page metadata, in order of trust: JSON-LD, OpenGraph and `article:*` meta, `citation_*`
//! and other named meta, `<time datetime>`, then what the visible text and the URL say.
//! Nothing is invented: a field no source gives stays empty.

use super::cleanup::Cleaned;
pub use super::credit::image_from_caption;
use super::dom::Dom;
use super::element_classes::{classes, is_byline_element};
use super::logo::{MAX_FOOTERS, is_footer, read_logo};
use super::metadata_elements::read_element;
use super::publication_date::{iso_date, published};
use super::{MainContent, jsonld};
use crate::model::{Article, normalize_line};
use std::collections::HashMap;

/// What the page declares about itself, before it is merged with the extractor's view.
#[derive(Debug, Default)]
pub struct Meta {
    /// The text of the first `<h1>` elements.
    pub h1s: Vec<String>,
    /// The text of the first `<h2>` outside the page's furniture, read before any paragraph
    /// long enough to be the story's text: the printed headline of a page whose `<h1>` holds
    /// no text (a logo image) or that has none.
    pub first_h2: Option<String>,
    /// Whether a paragraph long enough to be the story's text has been read (anywhere).
    pub text_seen: bool,
    /// The text of the page's footers (`<footer>`, an element whose class or id is `footer`),
    /// where sites print their masthead and copyright line.
    pub footers: Vec<String>,
    /// The page's copyright lines (a text run holding `©`), from the sign on.
    pub copyright_lines: Vec<String>,
    pub ld: jsonld::LdArticle,
    /// `property`/`name`/`itemprop` (lowercase) to every `content` given for it.
    pub tags: HashMap<String, Vec<String>>,
    pub html_lang: Option<String>,
    pub title_tag: Option<String>,
    pub canonical: Option<String>,
    pub time_datetime: Option<String>,
    pub itemprop_authors: Vec<String>,
    pub byline_elements: Vec<String>,
    /// The node of the first byline element: every part inside it is read.
    pub byline_block: Option<usize>,
    /// The linked names of each byline element that links its names (`By <a>A</a> and
    /// <a>B</a>` as `A, B`): the links hold the names without labels, roles or places.
    pub byline_links: Vec<String>,
    /// The names byline elements credit for pictures or editing (`Photographs: A`), not writing.
    pub credited_names: Vec<String>,
    /// The names in byline-classed elements inside furniture (comment authors): not the story's.
    pub furniture_names: Vec<String>,
    /// The first publication date in an inline script's JSON state (`"published_at": …`).
    pub state_date: Option<String>,
    /// The text of the first printed element marked `itemprop="headline"` (microdata).
    pub itemprop_headline: Option<String>,
    /// The names the first element linking to writers' pages prints (`/author/…`).
    pub author_links: Vec<String>,
    /// The dates printed in elements named for one, ranked (see `date_finds::rank`).
    pub date_elements: Vec<String>,
    /// The dates printed between the headline and the story's text, in page order.
    pub header_dates: Vec<String>,
    /// The dates printed above the headline outside its block: the site's banner (today's date).
    pub banner_dates: Vec<String>,
    /// The dates printed in elements named for one, with where they sit, in page order.
    pub date_finds: Vec<super::date_finds::DateFind>,
    /// The machine dates of `<time>` elements that are not an update's, in page order.
    pub time_finds: Vec<super::date_finds::DateFind>,
    /// The machine dates of `<time>` elements marked as an update's (`class="updated"`).
    pub update_times: Vec<String>,
    /// The first `<time>` or element marked as the publication date (`itemprop="datePublished"`,
    /// `pubdate`).
    pub time_preferred: Option<String>,
    /// The first `<h1>` read (its node).
    pub headline_node: Option<usize>,
    /// The language each of `h1s` is in, as the nearest element around it declares one.
    pub h1_langs: Vec<Option<String>>,
    /// Whether a long paragraph below the headline has been read: the story's text began.
    pub body_started: bool,
    /// The alternative text of images in elements named for the logo (`<a class="logo"><img
    /// alt="云易新闻">`).
    pub logo_alts: Vec<String>,
    /// Links to a site's home page by its full address (`<a href="https://name.tumblr.com/">
    /// Accra Eyewitness</a>`): the host and what the link prints.
    pub home_links: Vec<(String, String)>,
    /// The publication a platform's page shows (see `shown_by`).
    pub shown_publication: Option<String>,
    /// The `<title>`'s last part that the page prints alone (see `title_printed`).
    pub printed_title: Option<super::title_printed::PrintedTitle>,
    /// The web archive the page was copied from (see `archive_copy`).
    pub archive: Option<super::archive_copy::ArchiveCopy>,
}

impl Meta {
    pub(super) fn first(&self, keys: &[&str]) -> Option<String> {
        keys.iter()
            .filter_map(|k| self.tags.get(*k))
            .flat_map(|v| v.iter())
            .map(|v| normalize_line(v))
            .find(|v| !v.is_empty())
    }

    pub(super) fn all(&self, key: &str) -> Vec<String> {
        self.tags
            .get(key)
            .map(|v| {
                v.iter()
                    .map(|s| normalize_line(s))
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Collects the page's declarations.
pub fn read(page: &Dom) -> Meta {
    let mut meta = Meta::default();
    let furniture = super::furniture::flags(page);
    for (id, node) in page.nodes.iter().enumerate() {
        if meta.state_date.is_none() {
            meta.state_date = super::publication_date::attribute_state_date(node);
        }
        if meta.footers.len() < MAX_FOOTERS && is_footer(node) {
            meta.footers.push(page.text(id));
        }
        if let Some((_, line)) = node.text.split_once('©').filter(|_| node.text.len() < 300)
            && meta.copyright_lines.len() < MAX_FOOTERS
        {
            meta.copyright_lines.push(normalize_line(line));
        }
        match node.tag.as_str() {
            "" => continue,
            "html" if meta.html_lang.is_none() => {
                meta.html_lang = node
                    .attr("lang")
                    .or(node.attr("xml:lang"))
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string);
            }
            "title" if meta.title_tag.is_none() => {
                meta.title_tag = Some(page.text(id)).filter(|t| !t.is_empty())
            }
            "meta" => {
                let Some(content) = node.attr("content") else {
                    continue;
                };
                for key_attr in ["property", "name", "itemprop", "http-equiv"] {
                    if let Some(key) = node.attr(key_attr) {
                        for key in key.split_whitespace() {
                            meta.tags
                                .entry(key.to_ascii_lowercase())
                                .or_default()
                                .push(content.to_string());
                        }
                    }
                }
            }
            "link" => {
                let rel = node.attr("rel").unwrap_or_default().to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") && meta.canonical.is_none() {
                    meta.canonical = node.attr("href").map(str::to_string);
                }
            }
            "script" => {
                let kind = node.attr("type").unwrap_or_default().to_ascii_lowercase();
                let text = page
                    .nodes
                    .get(node.children.first().copied().unwrap_or(0))
                    .map(|n| n.text.as_str())
                    .unwrap_or("");
                if kind.contains("ld+json") {
                    jsonld::merge(&mut meta.ld, text);
                } else if meta.state_date.is_none() && !kind.contains("javascript+") {
                    meta.state_date = super::publication_date::state_date(text);
                }
            }
            _ if furniture.get(id).copied().unwrap_or(false) => {
                // Comments, related lists, menus: their dates and names are not the story's.
                if node.tag == "h1" {
                    read_element(page, id, &mut meta);
                } else if node.tag == "a"
                    || ["class", "id", "rel"]
                        .iter()
                        .any(|a| node.attr(a).is_some())
                {
                    let class = classes(node);
                    if meta.furniture_names.len() < 50 && is_byline_element(node, &class) {
                        meta.furniture_names.push(page.text(id));
                    }
                    // The site's header holds its logo; Jekyll's Minima marks its link home
                    // with the site's title `rel="author"` too.
                    read_logo(page, id, &class, &mut meta);
                }
            }
            _ => read_element(page, id, &mut meta),
        }
    }
    let has_headline = !meta.h1s.is_empty();
    if let Some(h1) = meta.headline_node {
        super::date_finds::mark_beside(page, h1, &mut meta.date_finds);
    }
    meta.date_elements = super::date_finds::rank(&meta.date_finds, has_headline);
    meta.header_dates = super::date_finds::in_header(&meta.date_finds, has_headline);
    let times = super::date_finds::times_beside_header(page, &meta.date_finds, has_headline);
    meta.header_dates.extend(times);
    meta.banner_dates = super::date_finds::in_banner(&meta.date_finds, has_headline);
    meta.time_datetime = meta.time_preferred.clone().or_else(|| {
        super::date_finds::rank(&meta.time_finds, has_headline)
            .into_iter()
            .next()
    });
    meta.shown_publication = super::shown_by::publication(page, &meta);
    meta.printed_title = super::title_printed::read(page, meta.title_tag.as_deref());
    meta.archive = super::archive_copy::read(page);
    if meta.byline_elements.is_empty() {
        meta.byline_elements
            .extend(super::meta_row::byline(page, meta.headline_node));
    }
    if !(meta.byline_elements.iter()).any(|b| super::byline::is_labelled_byline(b)) {
        meta.byline_elements
            .extend(super::field_row::labelled_field(page));
    }
    if meta.byline_elements.is_empty() {
        meta.byline_elements
            .extend(super::meta_row::closing_note(page, meta.headline_node));
    }
    let accounts_only = (meta.byline_elements.iter()).all(|b| {
        let name = super::byline_names::after_label(b).unwrap_or(b);
        super::byline_names::is_desk(name.trim())
    });
    if accounts_only {
        meta.byline_elements
            .extend(super::bold_credit::bold_label_line(
                page,
                meta.headline_node,
            ));
    }
    if meta.html_lang.is_none() {
        meta.html_lang = super::metadata_elements::headline_lang(page, meta.headline_node);
    }
    meta
}

/// Fills `article` from the page's declarations, the extractor's findings and the cleaned text.
pub fn apply(article: &mut Article, meta: Meta, main: Option<&MainContent>, cleaned: &Cleaned) {
    let url = meta
        .canonical
        .clone()
        .or_else(|| meta.first(&["og:url"]))
        .or_else(|| meta.ld.url.clone())
        .map(|u| super::snapshot::original_address(&u).to_string());
    let url = super::archive_copy::article_address(url, &meta);
    let publisher = super::publisher::declared(&meta, main, url.as_deref())
        .find_map(|(source, p)| {
            let p = normalize_line(&p?);
            (!p.is_empty()).then_some((p, source))
        })
        .map(|(p, source)| {
            article.provenance.insert("publisher", source);
            super::site_agreement::agreed_name(&meta, p)
        });
    let host = url.as_deref().and_then(host_of);
    if let Some(address) = url.as_deref().filter(|u| is_web_address(u)) {
        article.url = Some(address.trim().to_string());
        let source = if meta.canonical.is_some() {
            "canonical-link"
        } else if meta.first(&["og:url"]).is_some() {
            "meta"
        } else {
            "json-ld"
        };
        article.provenance.insert("url", source);
    }

    let publisher =
        super::title_site::set_title(article, &meta, main, (publisher, host.as_deref()), cleaned);
    // Where nothing else names the site, the owner its copyright line names.
    let publisher = publisher.or_else(|| {
        let owner = super::copyright_owner::owner(&meta)?;
        article.provenance.insert("publisher", "copyright-line");
        Some(owner)
    });

    let bylines = super::byline::authors(&meta, main, cleaned, publisher.as_deref());
    article.authors = bylines.people;
    if !article.authors.is_empty() {
        article.provenance.insert("authors", bylines.source);
    }
    // Organisations a byline names are sources, unless they are the publisher itself.
    for organisation in bylines.organisations {
        let is_publisher = publisher
            .as_deref()
            .is_some_and(|p| simplify(p) == simplify(&organisation));
        if !is_publisher && !article.sources.contains(&organisation) {
            article.sources.push(organisation);
        }
    }
    article.publisher = publisher;
    if let Some(host) = host {
        article.sources.push(host);
    }
    article.category = [
        ("json-ld", meta.ld.section.clone()),
        ("meta", meta.first(&["article:section", "section"])),
    ]
    .into_iter()
    .find_map(|(source, c)| {
        let c = c?;
        article.provenance.insert("category", source);
        Some(c)
    });
    // The language of the `<h1>` chosen as the title, as HTML inherits it, over the page's: a
    // platform's template in English around a story it marks as another's (`<article
    // lang="yi">`), under a site-name `<h1>` that declares nothing of its own.
    let title_lang = (meta.h1s.iter().zip(&meta.h1_langs))
        .find(|(h1, _)| article.title == **h1)
        .and_then(|(_, lang)| lang.clone());
    article.language = title_lang
        .or_else(|| meta.html_lang.clone())
        .or_else(|| meta.ld.language.clone())
        .or_else(|| {
            meta.first(&["content-language", "og:locale", "dc.language"])
                .map(|l| l.replace('_', "-"))
        })
        .or_else(|| main.and_then(|m| m.lang.clone()))
        // A page that declares no language is read in the one its story is written in.
        .or_else(|| super::script_language::guess(&cleaned.paragraphs));
    article.rights = meta
        .ld
        .rights
        .clone()
        .or_else(|| meta.first(&["copyright", "dcterms.rights", "dc.rights"]));

    if let Some((iso, text, source)) = published(&meta, main, cleaned, url.as_deref()) {
        article.published = Some(iso);
        article.published_text = Some(text);
        article.provenance.insert("published", source);
    }
    article.modified = [
        meta.ld.modified.clone(),
        meta.first(&[
            "article:modified_time",
            "og:updated_time",
            "dateModified",
            "last-modified",
        ]),
    ]
    .into_iter()
    .flatten()
    .chain(main.and_then(|m| m.modified.clone()))
    .find_map(|d| iso_date(&d));

    let mut images = cleaned.images.clone();
    for image in &meta.ld.images {
        if !images.iter().any(|i| i.caption == image.caption) {
            images.push(image.clone());
        }
    }
    article.images = images;
}

/// A company's legal name: it holds a legal form (`B.V.`, `S.A.S.`, `Ltd`).
pub(super) fn is_company(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        let w = w.trim_matches(',').to_lowercase();
        crate::extract::lexicon::legal_forms().contains(&w.as_str())
    })
}

/// An absolute http(s) address (a relative canonical link says nothing on its own).
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && host_of(url.trim()).is_some()
        && !url.trim().contains(char::is_whitespace)
}

/// The host of a URL without `www.`.
pub fn host_of(url: &str) -> Option<String> {
    let (_, rest) = url.split_once("://")?;
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .rsplit('@')
        .next()?
        .split(':')
        .next()?;
    let host = host.trim_start_matches("www.").to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Lowercase letters and digits only, for comparing site names.
pub(super) fn simplify(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
#[path = "metadata_tests.rs"]
mod tests;
