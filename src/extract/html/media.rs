//! Pictures and players inside a story: which elements are media and captions, a figure's
//! caption and credit kept as an image, and a caption-like block right after a picture whose
//! markup the extractor dropped (split from `cleanup.rs`).

use super::cleanup::{Cleaned, Para};
use super::dom::{Dom, collapse_spaces};
use super::metadata::image_from_caption;
use crate::model::{Image, normalize_line};

/// A video or audio player's controls (`aria-label="video player"`): their labels (`Play`,
/// `Current Time 0:00`, `Fullscreen`) are not text.
pub(super) fn is_player(dom: &Dom, id: usize) -> bool {
    dom.nodes[id]
        .attr("aria-label")
        .is_some_and(|label| label.to_ascii_lowercase().contains("player"))
}

/// An image, picture or video, or a figure without a caption of its own: a short block right
/// after one is its caption even when the extractor dropped the caption's markup.
pub(super) fn is_media(dom: &Dom, id: usize) -> bool {
    match dom.nodes[id].tag.as_str() {
        "img" | "picture" | "video" => true,
        "figure" => !dom
            .descendants(id)
            .into_iter()
            .any(|d| dom.nodes[d].tag == "figcaption"),
        _ => is_player(dom, id),
    }
}

pub(super) fn is_caption(dom: &Dom, id: usize) -> bool {
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

/// The last image or video met while walking, for recognising a caption whose markup the
/// extractor dropped.
#[derive(Default)]
pub(super) struct MediaRun {
    /// An image began the current block; it arms the run if the block ends without text.
    pub(super) pending: bool,
    /// A media block ended and no text has come since.
    pub(super) armed: bool,
    /// The image's `alt` text.
    pub(super) alt: String,
}

/// Ends the current paragraph. A caption-like block right after an image or a video is that
/// media's caption (`Even posh hotels might not wash a blanket in between stays`) and goes to
/// the images; any text ends the run that started at the media.
pub(super) fn flush_after_media(current: &mut Para, out: &mut Cleaned, media: &mut MediaRun) {
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
    super::cleanup::flush(current, out);
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

/// Collects a figure's caption and credit.
pub(super) fn take_caption(dom: &Dom, id: usize, images: &mut Vec<Image>) {
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
