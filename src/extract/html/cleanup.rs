//! Turns the extracted article HTML into paragraphs and removes what news pages wrap around
//! a story even inside the article container: share bars, "read more" and related-link
//! lists, newsletter boxes, advertisement labels, captions and credits (kept as images).
//! Rules look at patterns (class names, link density, short labelled lines), never at one site.

use super::boilerplate::drop_boilerplate;
use super::dom::{Dom, collapse_spaces};
use super::metadata::image_from_caption;
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

/// A video or audio player's controls (`aria-label="video player"`): their labels (`Play`,
/// `Current Time 0:00`, `Fullscreen`) are not text.
fn is_player(dom: &Dom, id: usize) -> bool {
    dom.nodes[id]
        .attr("aria-label")
        .is_some_and(|label| label.to_ascii_lowercase().contains("player"))
}

/// An image, picture or video, or a figure without a caption of its own: a short block right
/// after one is its caption even when the extractor dropped the caption's markup.
fn is_media(dom: &Dom, id: usize) -> bool {
    match dom.nodes[id].tag.as_str() {
        "img" | "picture" | "video" => true,
        "figure" => !dom
            .descendants(id)
            .into_iter()
            .any(|d| dom.nodes[d].tag == "figcaption"),
        _ => is_player(dom, id),
    }
}

fn is_caption(dom: &Dom, id: usize) -> bool {
    let node = &dom.nodes[id];
    if matches!(node.tag.as_str(), "figure" | "figcaption") {
        return true;
    }
    let class = node.attr("class").unwrap_or_default().to_ascii_lowercase();
    class
        .split_whitespace()
        .any(|c| c.contains("caption") || c.contains("credit"))
        // A story's credits naming its writer (`<p class="credits">Shownotes: Ida Lauritsen ·
        // Lyd og klip: …`) are no picture's.
        && super::byline_lines::closing_credit(&dom.text(id)).is_none()
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
fn flush(current: &mut Para, out: &mut Cleaned) {
    let text = normalize_line(&collapse_spaces(&current.text));
    if !text.is_empty() {
        out.paragraphs.push(Para {
            text,
            ..current.clone()
        });
    }
    *current = Para::default();
}

/// The last image or video met while walking, for recognising a caption whose markup the
/// extractor dropped.
#[derive(Default)]
struct MediaRun {
    /// An image began the current block; it arms the run if the block ends without text.
    pending: bool,
    /// A media block ended and no text has come since.
    armed: bool,
    /// The image's `alt` text.
    alt: String,
}

/// Ends the current paragraph. A caption-like block right after an image or a video is that
/// media's caption (`Even posh hotels might not wash a blanket in between stays`) and goes to
/// the images; any text ends the run that started at the media.
fn flush_after_media(current: &mut Para, out: &mut Cleaned, media: &mut MediaRun) {
    let text = normalize_line(&collapse_spaces(&current.text));
    if text.is_empty() {
        *current = Para::default();
        media.armed |= std::mem::take(&mut media.pending);
        return;
    }
    let caption = current.after_media && !current.heading && is_media_caption(&text, &media.alt);
    *media = MediaRun::default();
    if caption {
        if let Some(image) = image_from_caption(&text, None) {
            if !out.images.contains(&image) {
                out.images.push(image);
            }
        }
        *current = Para::default();
        return;
    }
    flush(current, out);
}

/// Whether a block right after an image reads like its caption: it repeats the image's `alt`
/// text, or it is a short label that does not end like a sentence (`Put luggage on the floor`).
fn is_media_caption(text: &str, alt: &str) -> bool {
    let chars = text.chars().count();
    if chars > 300 {
        return false;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .collect();
    let alt = alt.to_lowercase();
    let echoes_alt = words.len() >= 4
        && words.iter().filter(|w| alt.contains(w.as_str())).count() * 10 >= words.len() * 8;
    let unfinished = !text.ends_with([
        '.', '!', '?', ':', ';', ',', '…', '"', '”', '»', ')', '。', '！', '？', '：',
    ]);
    echoes_alt || (chars <= 150 && unfinished && words.len() >= 3)
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

/// Collects a figure's caption and credit.
fn take_caption(dom: &Dom, id: usize, images: &mut Vec<Image>) {
    let node = &dom.nodes[id];
    let caption_root = if node.tag == "figure" {
        dom.descendants(id)
            .into_iter()
            .find(|&d| dom.nodes[d].tag == "figcaption")
    } else {
        Some(id)
    };
    let Some(caption_root) = caption_root else {
        return;
    };
    // A credit marked up inside the caption.
    let credit_id = dom
        .descendants(caption_root)
        .into_iter()
        .skip(1)
        .find(|&d| {
            let class = dom.nodes[d]
                .attr("class")
                .unwrap_or_default()
                .to_ascii_lowercase();
            [
                "credit",
                "copyright",
                "source",
                "photographer",
                "byline",
                "author",
            ]
            .iter()
            .any(|c| class.contains(c))
        });
    let credit = credit_id.map(|c| dom.text(c)).filter(|c| !c.is_empty());
    let mut text = dom.text(caption_root);
    if let Some(credit) = &credit {
        if let Some(stripped) = text.strip_suffix(credit.as_str()) {
            text = stripped.trim().to_string();
        } else {
            text = text.replacen(credit.as_str(), "", 1).trim().to_string();
        }
    }
    if let Some(image) = image_from_caption(&text, credit) {
        if !images.contains(&image) {
            images.push(image);
        }
    }
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
