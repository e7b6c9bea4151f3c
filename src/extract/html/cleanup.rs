//! Turns the extracted article HTML into paragraphs and removes what news pages wrap around
//! a story even inside the article container: share bars, "read more" and related-link
//! lists, newsletter boxes, advertisement labels, captions and credits (kept as images).
//! Rules look at patterns (class names, link density, short labelled lines), never at one site.

use super::boilerplate::drop_boilerplate;
use super::dom::{Dom, collapse_spaces};
use super::media::{MediaRun, flush_after_media, is_caption, is_media, is_player, take_caption};
use crate::model::{Article, Image, normalize_line};

/// One block of text from the article.
#[derive(Debug, Clone, Default)]
pub struct Para {
    pub text: String,
    /// Characters of the text inside links.
    pub link_chars: usize,
    /// Characters of the text inside `<time>`.
    pub time_chars: usize,
    pub heading: bool,
    pub list_item: bool,
    /// The block comes right after an image or a video with no caption of its own.
    pub after_media: bool,
}

/// The article as paragraphs, with what was taken out of it.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    pub paragraphs: Vec<Para>,
    pub images: Vec<Image>,
    /// `By ...` lines removed from the text.
    pub bylines: Vec<String>,
    /// Short lines that look like a date line (`Published 27 October 2024`).
    pub date_lines: Vec<String>,
}

/// Elements whose text never belongs to the article body.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "form", "button", "nav", "aside", "iframe", "svg",
    "select", "input", "textarea", "object", "embed", "head", "title", "dialog", "menu",
];

/// Elements that start and end a paragraph.
#[rustfmt::skip]
const BLOCK: &[&str] = &[
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "section",
    "article", "header", "footer", "table", "tr", "td", "th", "ul", "ol", "dl", "dt", "dd", "main",
    "hr", "address", "details", "summary", "center", "caption", "tbody", "thead",
];

/// Parts of class names and ids that mark page furniture.
const FURNITURE: &[&str] = &[
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "signup",
    "sign-up",
    "related",
    "promo",
    "advert",
    "outbrain",
    "taboola",
    "sponsor",
    "recommend",
    "readmore",
    "read-more",
    "more-stories",
    "breadcrumb",
    "paywall",
    "toolbar",
    "comments",
    "disqus",
];

/// Whole class names that mark page furniture.
const FURNITURE_WORDS: &[&str] = &[
    "ad", "ads", "adslot", "tags", "trending", "popular", "follow", "print", "email", "hidden",
    "vjs",
];

/// Cleans the extractor's article HTML.
pub fn clean(content: &Dom) -> Cleaned {
    walk(content, 0, false)
}

/// Fallback when the extractor finds no article: the page's `<article>`, `<main>` or `<body>`,
/// without headers, footers and navigation.
pub fn clean_page(page: &Dom) -> Cleaned {
    let root = page
        .find("article")
        .or_else(|| page.find("main"))
        .or_else(|| page.find("body"))
        .unwrap_or(0);
    walk(page, root, true)
}

/// Whether an element's class or id marks it as furniture. Ids are often made from a
/// heading's words (`sharing-with-a-single-developer`), so they count only when short.
fn is_furniture(dom: &Dom, id: usize) -> bool {
    let node = &dom.nodes[id];
    if node.attr("hidden").is_some()
        || node.attr("aria-hidden") == Some("true")
        || is_player(dom, id)
    {
        return true;
    }
    let class = node.attr("class").unwrap_or_default().to_ascii_lowercase();
    let class_hit = class.split_whitespace().any(|class| {
        FURNITURE.iter().any(|f| class.contains(f))
            || class
                .split(['-', '_'])
                .any(|w| FURNITURE_WORDS.contains(&w))
    });
    let id_attr = node.attr("id").unwrap_or_default().to_ascii_lowercase();
    let pieces: Vec<&str> = id_attr
        .split(['-', '_'])
        .filter(|p| !p.is_empty())
        .collect();
    let id_hit = pieces.len() <= 3
        && pieces
            .iter()
            .any(|p| FURNITURE.iter().any(|f| p.starts_with(f)) || FURNITURE_WORDS.contains(p));
    class_hit || id_hit
}

/// Walks the tree once, without recursion, collecting paragraphs.
fn walk(dom: &Dom, root: usize, page: bool) -> Cleaned {
    let total = dom.text(root).chars().count().max(1);
    let mut out = Cleaned::default();
    let mut current = Para::default();
    let mut in_link = 0usize;
    let mut in_time = 0usize;
    let mut list_depth = 0usize;
    // An image or video was passed and no text has followed it yet.
    let mut media = MediaRun::default();
    // (node id, leaving?)
    let mut stack: Vec<(usize, bool)> = vec![(root, false)];
    while let Some((id, leaving)) = stack.pop() {
        let node = &dom.nodes[id];
        let tag = node.tag.as_str();
        if leaving {
            match tag {
                "a" => in_link = in_link.saturating_sub(1),
                "time" => in_time = in_time.saturating_sub(1),
                "ul" | "ol" | "dl" => list_depth = list_depth.saturating_sub(1),
                _ => {}
            }
            if BLOCK.contains(&tag) {
                flush_after_media(&mut current, &mut out, &mut media);
            }
            continue;
        }
        if tag.is_empty() {
            if current.text.trim().is_empty() && !node.text.trim().is_empty() {
                current.after_media = media.armed;
                // Text in the image's own block: the image sat inside a line.
                media.pending = false;
            }
            current.text.push_str(&node.text);
            if in_link > 0 {
                current.link_chars += node.text.trim().chars().count();
            }
            if in_time > 0 {
                current.time_chars += node.text.trim().chars().count();
            }
            continue;
        }
        if SKIP.contains(&tag) || (page && matches!(tag, "header" | "footer")) {
            continue;
        }
        // An image inside a line of text (an icon, an emoji) is not a figure.
        if id != root && is_media(dom, id) && current.text.trim().is_empty() {
            let img = dom
                .descendants(id)
                .into_iter()
                .find(|&d| dom.nodes[d].tag == "img")
                .unwrap_or(id);
            media.alt = dom.nodes[img].attr("alt").unwrap_or_default().to_string();
            if matches!(tag, "img" | "picture") {
                // Armed when its block ends with no text beside it.
                media.pending = true;
            } else {
                media.armed = true;
                continue;
            }
        }
        if id != root && is_caption(dom, id) {
            flush_after_media(&mut current, &mut out, &mut media);
            take_caption(dom, id, &mut out.images);
            continue;
        }
        if id != root && is_furniture(dom, id) && dom.text(id).chars().count() * 10 < total * 3 {
            continue;
        }
        if matches!(tag, "ul" | "ol") && id != root && is_link_list(dom, id) {
            continue;
        }
        if tag == "br" {
            flush_after_media(&mut current, &mut out, &mut media);
            continue;
        }
        if BLOCK.contains(&tag) {
            flush_after_media(&mut current, &mut out, &mut media);
            current.heading = matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
            current.list_item = tag == "li";
        } else if matches!(tag, "img" | "wbr") {
            continue;
        }
        match tag {
            "a" => in_link += 1,
            "time" => in_time += 1,
            "ul" | "ol" | "dl" => list_depth += 1,
            _ => {}
        }
        stack.push((id, true));
        stack.extend(node.children.iter().rev().map(|&c| (c, false)));
    }
    flush_after_media(&mut current, &mut out, &mut media);
    out.paragraphs = drop_boilerplate(std::mem::take(&mut out.paragraphs), &mut out);
    out
}

/// Ends the current paragraph, keeping it when it has text.
pub(super) fn flush(current: &mut Para, out: &mut Cleaned) {
    let text = normalize_line(&collapse_spaces(&current.text));
    if !text.is_empty() {
        out.paragraphs.push(Para {
            text,
            ..current.clone()
        });
    }
    *current = Para::default();
}

/// A list whose text is mostly links: navigation, "related", tags.
fn is_link_list(dom: &Dom, id: usize) -> bool {
    let items: Vec<usize> = dom.nodes[id]
        .children
        .iter()
        .copied()
        .filter(|&c| dom.nodes[c].tag == "li")
        .collect();
    if items.len() < 2 {
        return false;
    }
    let total = dom.text(id).chars().count().max(1);
    let linked: usize = dom
        .descendants(id)
        .into_iter()
        .filter(|&d| dom.nodes[d].tag == "a")
        .map(|a| dom.text(a).chars().count())
        .sum();
    linked * 10 >= total * 7
}

/// The body text: paragraphs joined by blank lines, without a repeat of the title at the
/// top and without short lines repeated back to back.
pub fn finish_body(paragraphs: &[Para], article: &Article) -> String {
    let title = article.title.to_lowercase();
    let mut out: Vec<&str> = Vec::new();
    for para in paragraphs {
        if out.is_empty()
            && (para.text.to_lowercase() == title
                || (para.heading && title.starts_with(&para.text.to_lowercase())))
        {
            continue;
        }
        // Short lines repeated back to back are widget echoes; long ones are the author's.
        if para.text.chars().count() < 120 && out.last() == Some(&para.text.as_str()) {
            continue;
        }
        out.push(&para.text);
    }
    out.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines_are_dropped() {
        let html = "<div><p>Real text of the story goes here and is long enough.</p><p>Advertisement</p>\
            <p>Share on Facebook | Share on Twitter | Email</p><p>Sign up for our daily newsletter</p>\
            <h3>Related</h3><ul><li><a href=x>Other story</a></li><li><a href=y>Another</a></li></ul>\
            <p>Last real paragraph.</p></div>";
        let cleaned = clean(&Dom::parse(html));
        let texts: Vec<_> = cleaned.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Real text of the story goes here and is long enough.",
                "Last real paragraph."
            ]
        );
    }
}
