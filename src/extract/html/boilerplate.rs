//! Page furniture among an article's paragraphs: ad and share labels, sign-up prompts, credit
//! and byline lines, related-link lists and author bios, dropped from the body.

use super::byline_lines::{closing_credit, dated_byline, is_byline, is_sign_off};
use super::cleanup::{Cleaned, Para};
use super::metadata::image_from_caption;
use crate::extract::dates;

/// Labels of whole lines that are page furniture.
const LABELS: &[&str] = &[
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "story continues below advertisement",
    "continue reading below",
    "continue reading",
    "scroll to continue with content",
    "skip advertisement",
    "reklama",
    "anzeige",
    "publicité",
    "publicidad",
    "pubblicità",
    "werbung",
    "read more",
    "show more",
    "load more",
    "see more",
];

/// Words a share bar is made of.
const SHARE_WORDS: &[&str] = &[
    "share",
    "this",
    "article",
    "story",
    "page",
    "on",
    "via",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "email",
    "e-mail",
    "mail",
    "print",
    "copy",
    "link",
    "pinterest",
    "reddit",
    "tweet",
    "messenger",
    "telegram",
    "flipboard",
    "save",
    "comments",
    "comment",
    "google",
    "tumblr",
    "sms",
    "opens",
    "in",
    "new",
    "window",
    "|",
    "/",
    "•",
    "·",
];

/// Prefixes of lines that point elsewhere (`Read more: ...`, `Related: ...`).
const POINTERS: &[&str] = &[
    "read more:",
    "read more ›",
    "read more »",
    "read more →",
    "related:",
    "related article",
    "related articles",
    "related stories",
    "related content",
    "see also:",
    "more:",
    "also read:",
    "read also:",
    "read next:",
    "recommended:",
    "more on this story",
    "more from",
    "you may also like",
    "you might also like",
    "most popular",
    "most read",
    "czytaj także",
    "czytaj też",
    "zobacz także",
    "lesen sie auch",
    "mehr zum thema",
    "à lire aussi",
    "lire aussi",
    "leer más",
    "lee también",
    "leggi anche",
    "watch:",
    "listen:",
    "click here",
    "follow us",
    "follow @",
    "powered by ",
    "原标题",
    "责任编辑",
    "[责任编辑",
    "【责任编辑",
];

/// Headings that introduce a list of links.
const LIST_HEADINGS: &[&str] = &[
    "related",
    "read more",
    "more on this",
    "more from",
    "see also",
    "recommended",
    "you may also like",
    "you might also like",
    "most popular",
    "most read",
    "latest",
    "latest news",
    "more stories",
    "read next",
    "further reading",
    "trending",
    "top stories",
    "also read",
    "related articles",
    "related stories",
    "related links",
    "more news",
    "share this",
    "more about",
    "tags",
    "topics",
];

/// Labels that open a credit line in brackets: `(Artist: Jane Doe)`, `[Photo: AP]`.
const CREDIT_LABELS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "picture",
    "image",
    "images",
    "artist",
    "illustration",
    "source",
    "credit",
    "video",
    "graphic",
    "map",
    "foto",
    "fot",
    "zdjęcie",
    "bild",
];

/// Prefixes of caption lines in Chinese news pages (`图为...` "the picture shows").
const CAPTION_PREFIXES: &[&str] = &["图为", "图注", "图片来源", "图片：", "圖為", "圖注"];

/// What an author's bio or a contributor line at the foot of a story says.
const BIO_MARKS: &[&str] = &[
    "follow him on",
    "follow her on",
    "follow them on",
    "is on twitter",
    "on twitter at",
    "email him at",
    "email her at",
    "contributed to this report",
    "contributed reporting",
    "contributed to this article",
];

pub(super) fn drop_boilerplate(paragraphs: Vec<Para>, out: &mut Cleaned) -> Vec<Para> {
    let mut kept: Vec<Para> = Vec::with_capacity(paragraphs.len());
    let mut dropping_list = false;
    let count = paragraphs.len();
    for (index, para) in paragraphs.into_iter().enumerate() {
        let lower = para.text.to_lowercase();
        let lower_trim = lower.trim_end_matches([':', '.', '!', ' ']).trim();
        let chars = para.text.chars().count();
        let link_dense = para.link_chars * 10 >= chars * 7;
        if dropping_list {
            if para.list_item || link_dense {
                continue;
            }
            dropping_list = false;
        }
        if (para.heading || chars < 40) && LIST_HEADINGS.contains(&lower_trim) {
            dropping_list = true;
            continue;
        }
        if chars < 300 && index + 3 >= count && BIO_MARKS.iter().any(|m| lower.contains(m)) {
            continue;
        }
        // `新华社北京11月21日电（记者张明远、刘晓雯）…`: the reporters a Chinese dateline names,
        // kept in the text.
        if index < 6
            && let Some(credit) = crate::extract::text::cjk_byline::opening_credit(&para.text)
                .filter(|c| crate::extract::text::cjk_byline::reporters(c).is_some())
        {
            out.bylines.push(credit.to_string());
        }
        if chars < 200 {
            if LABELS.contains(&lower_trim)
                || is_share_bar(&lower)
                || POINTERS.iter().any(|p| lower.starts_with(p))
            {
                continue;
            }
            if is_signup(&lower) || is_credit_line(&lower) {
                continue;
            }
            if chars < 150 && CAPTION_PREFIXES.iter().any(|p| para.text.starts_with(p)) {
                if let Some(image) = image_from_caption(&para.text, None) {
                    out.images.push(image);
                }
                continue;
            }
            // A writer signing off under the story (`— Dana Kowalczyk`, before the tags at
            // most): kept in the text,
            // read as a byline when nothing else names the writer.
            if index + 2 >= count && chars < 60 && is_sign_off(&para.text) {
                out.bylines.push(para.text.clone());
            }
            // A credits line closing the story (`Texte : Émilie Gagnon | Photos : …`, a
            // podcast's `Shownotes: Ida Lauritsen · Lyd og klip: …`): kept in the text, its
            // writer's part read as a byline.
            if index + 3 >= count {
                out.bylines.extend(closing_credit(&para.text));
                // WordPress's closing line (`This entry was posted on Tuesday, March 3rd, 2015 at
                // 10:00 am and is filed under News.`): kept in the text, read as a date line.
                if labelled_date_inside(&para.text) {
                    out.date_lines.push(para.text.clone());
                }
            }
            if index < 6 && chars < 80 && is_byline(&para.text) {
                out.bylines.push(para.text.clone());
                continue;
            }
            // `By A and B | Tue, Nov 24th 2026 at 22:12 | 3 min read`: the byline's part.
            if index < 6
                && let Some(byline) = dated_byline(&para.text)
            {
                out.bylines.push(byline);
            }
            let near_edge = index < 8 || index + 3 >= count;
            let mostly_time = para.time_chars * 3 >= chars * 2;
            let bare_date = chars < 40
                && dates::parse_date(para.text.trim_matches(|c: char| !c.is_alphanumeric()))
                    .is_some();
            if near_edge && chars < 80 && (is_date_line(&lower) || mostly_time || bare_date) {
                out.date_lines.push(para.text.clone());
                continue;
            }
        }
        kept.push(para);
    }
    kept
}

/// A bracketed credit on a line of its own: `(Artist: Jane Doe)`, `[Photo: AP]`.
fn is_credit_line(lower: &str) -> bool {
    let inner = lower
        .strip_prefix(['(', '['])
        .and_then(|l| l.strip_suffix([')', ']']));
    inner.is_some_and(|inner| {
        inner.chars().count() < 80
            && CREDIT_LABELS.iter().any(|label| {
                inner.strip_prefix(label).is_some_and(|rest| {
                    rest.trim_start().starts_with([':', '.']) || rest.starts_with(" by ")
                })
            })
    })
}

fn is_share_bar(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words
            .iter()
            .any(|w| w.starts_with("share") || *w == "tweet")
        && words
            .iter()
            .all(|w| SHARE_WORDS.contains(w) || w.starts_with("share"))
}

fn is_signup(lower: &str) -> bool {
    let asks = [
        "sign up",
        "signup",
        "subscribe",
        "register",
        "enter your email",
        "inbox",
        "zapisz się",
        "abonnieren",
        "inscrivez",
    ];
    let offer = [
        "newsletter",
        "email",
        "e-mail",
        "inbox",
        "updates",
        "briefing",
        "digest",
    ];
    asks.iter().any(|a| lower.contains(a)) && offer.iter().any(|o| lower.contains(o))
}

/// Whether a publication label and its date stand inside a sentence (`… was posted on March
/// 3rd, 2015 at 10:00 am and is filed under …`): the label opens a word, the date follows it.
fn labelled_date_inside(text: &str) -> bool {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    text.char_indices()
        .filter(|&(i, c)| c.is_alphabetic() && (i == 0 || text[..i].ends_with(' ')))
        .any(|(i, _)| {
            dates::label_prefix(&text[i..]).is_some_and(|(role, rest)| {
                role == dates::DateRole::Published
                    && dates::find_date(rest).is_some_and(|(role, _, before, _)| {
                        role == dates::DateRole::Published && before.is_empty()
                    })
            })
        })
}

fn is_date_line(lower: &str) -> bool {
    [
        "published",
        "updated",
        "posted",
        "last modified",
        "opublikowano",
        "aktualizacja",
        "veröffentlicht",
        "aktualisiert",
        "publié",
        "mis à jour",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        && lower.chars().any(|c| c.is_ascii_digit())
}
