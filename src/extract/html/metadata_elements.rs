//! What single elements of a page declare: microdata (`itemprop` authors, dates and
//! headline), `<time>`, byline and date elements found by class, label or links into writers'
//! pages, the first `<h1>`s and `<h2>`, and links home (the logo is read in `logo.rs`).

use super::date_finds::{DateFind, is_update_time, labelled_value, shape};
use super::dom::Dom;
use super::element_classes::{classes, is_byline_element, is_date_class};
use super::metadata::Meta;
use super::publication_date::iso_date;
use crate::extract::dates;
use crate::model::normalize_line;

/// How many dates printed in elements are kept: enough to see a related list past the story's own.
const MAX_FINDS: usize = 16;

/// A paragraph this long below the headline is the story's text.
const BODY_PARAGRAPH: usize = 150;

/// A date found now, with where it sits (before the headline, after the text began).
fn find(id: usize, text: String, class: String, meta: &Meta) -> DateFind {
    DateFind {
        node: id,
        text,
        class,
        before_headline: meta.h1s.is_empty(),
        beside_headline: false,
        after_body_start: meta.body_started,
    }
}

/// Microdata, `<time>`, and elements whose class names a byline or a date.
pub(super) fn read_element(page: &Dom, id: usize, meta: &mut Meta) {
    let node = &page.nodes[id];
    let itemprop = node.attr("itemprop").unwrap_or_default();
    // `dateCreated` too, as htmldate reads it: a page that marks no publication date marks
    // its creation, and it stands with the `<time>`s; so do the custom elements that print a
    // relative time over their `datetime` (AMP's `<amp-timeago>`, `<relative-time>`).
    if node.tag == "time"
        || super::element_dates::is_custom_time(node)
        || itemprop == "datePublished"
        || itemprop == "dateCreated"
    {
        let value = node.attr("datetime").or(node.attr("content"));
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            let preferred = itemprop == "datePublished" || node.attr("pubdate").is_some();
            if preferred {
                meta.time_preferred
                    .get_or_insert_with(|| value.trim().to_string());
            } else if !is_update_time(page, id) {
                if meta.time_finds.len() < MAX_FINDS {
                    meta.time_finds
                        .push(find(id, value.trim().to_string(), shape(page, id), meta));
                }
            } else if meta.update_times.len() < MAX_FINDS {
                meta.update_times.push(value.trim().to_string());
            }
        }
    }
    for (key, date) in super::element_dates::rdfa_dates(node) {
        meta.tags.entry(key).or_default().push(date);
    }
    if node.tag == "p" && !meta.text_seen {
        meta.text_seen = page.text(id).chars().count() >= BODY_PARAGRAPH;
    }
    if node.tag == "h2" && meta.first_h2.is_none() && !meta.text_seen {
        let text = super::headline_words::without_kicker(page, id);
        if !text.is_empty() && text.chars().count() <= 300 {
            meta.first_h2 = Some(text);
        }
    }
    if node.tag == "p" && !meta.h1s.is_empty() && !meta.body_started {
        meta.body_started = page.text(id).chars().count() >= BODY_PARAGRAPH;
    }
    if meta.date_finds.len() < MAX_FINDS
        && let Some(line) = labelled_value(page, id)
    {
        meta.date_finds.push(find(id, line, classes(node), meta));
    }
    if itemprop == "headline" && node.tag != "meta" && meta.itemprop_headline.is_none() {
        let text = page.text(id);
        if !text.is_empty() && text.chars().count() <= 300 {
            meta.itemprop_headline = Some(text);
        }
    }
    // Drupal 7's RDFa byline: `Submitted by <a typeof="sioc:UserAccount" property="foaf:name">`.
    let rdfa_user = node
        .attr("typeof")
        .is_some_and(|t| t.split_whitespace().any(|t| t == "sioc:UserAccount"))
        && node
            .attr("property")
            .is_some_and(|p| p.split_whitespace().any(|p| p == "foaf:name"));
    if rdfa_user {
        let text = page.text(id);
        if !text.is_empty() && text.len() < 100 {
            meta.itemprop_authors.push(text);
        }
    }
    if itemprop == "author" || itemprop == "creator" {
        let names: Vec<usize> = page
            .descendants(id)
            .into_iter()
            .filter(|&d| page.nodes[d].attr("itemprop") == Some("name"))
            .collect();
        let text = match names.first() {
            Some(&n) => page.nodes[n]
                .attr("content")
                .map(str::to_string)
                .unwrap_or_else(|| page.text(n)),
            None => node
                .attr("content")
                .map(str::to_string)
                .unwrap_or_else(|| page.text(id)),
        };
        if !text.is_empty() && text.len() < 100 {
            meta.itemprop_authors.push(text);
        }
    }
    let class = classes(node);
    super::logo::read_logo(page, id, &class, meta);
    if meta.author_links.is_empty() {
        // The writers' pages the head declares (`article:author` as an address).
        let declared_pages = meta.all("article:author");
        let declared: Vec<&str> = declared_pages
            .iter()
            .filter(|a| a.contains("://") || a.starts_with('/'))
            .map(|a| super::author_links::path_of(a))
            .filter(|p| p.len() > 1)
            .collect();
        meta.author_links = super::author_links::names(page, id, &declared);
    }
    let labelled = || {
        matches!(
            node.tag.as_str(),
            "span" | "div" | "p" | "li" | "em" | "small" | "strong" | "address"
        ) && super::author_links::opens_with_label(page, id)
    };
    // Four byline elements at most, but every part of the first (each writer's name and role
    // in a block of several writers, which alone would fill the four).
    let inside_first = || {
        let mut at = node.parent;
        while at != 0 {
            if meta.byline_block == Some(at) {
                return true;
            }
            at = page.nodes[at].parent;
        }
        false
    };
    // A byline in another `<article>` than the first byline's (a forum reply, a teaser card)
    // is that article's, not this one's.
    let other_article = || {
        let first = meta.byline_block.map(|b| nearest_article(page, b));
        first.is_some_and(|first| {
            let here = nearest_article(page, id);
            here.is_some() && here != first
        })
    };
    if meta.byline_elements.len() < 16
        && (meta.byline_elements.len() < 4 || inside_first())
        && !other_article()
        && (is_byline_element(node, &class) || labelled())
    {
        // A labelled block of credits one a line (`Words: A<br>Photos: B<br>12 February
        // 2026`) is read line by line: run together, no credit reads as one.
        let lines = page.lines_at_breaks(id);
        // `By Olivia Grant<br><span>Senior political reporter</span>`: the writer's role on
        // the lines below the name is no part of it.
        let text = match lines.split_first() {
            Some((name, roles)) if !roles.is_empty() && roles.iter().all(|l| is_role_line(l)) => {
                name.clone()
            }
            _ => page.text(id),
        };
        // Whoever the byline credits for pictures or editing (`· Photographs: Anil Tamang`),
        // however long the element.
        for clause in text.split(['|', '•', '·', '／']) {
            if super::byline_parts::is_non_writing_credit(clause) {
                let names = clause.split_once([':', '：']).map_or(clause, |(_, n)| n);
                meta.credited_names.push(names.trim().to_string());
            }
        }
        if labelled() && lines.len() > 1 && lines.len() <= 4 {
            meta.byline_block.get_or_insert(id);
            meta.byline_elements.extend(lines);
        } else if !text.is_empty() && text.chars().count() < 100 {
            meta.byline_block.get_or_insert(id);
            meta.byline_elements.push(text);
            let links = super::byline_links::linked_names(page, id);
            if !links.is_empty() {
                meta.byline_links.push(links);
            }
        }
    }
    if node.tag == "h1" && meta.h1s.len() < 3 {
        let text = super::headline_words::without_kicker(page, id);
        if !text.is_empty() && text.chars().count() <= 300 {
            meta.h1s.push(text);
            meta.h1_langs.push(headline_lang(page, Some(id)));
            meta.headline_node.get_or_insert(id);
        }
    }
    // What a `<time>` prints is a date the reader sees, whatever its class
    // (`<time>5/14(火) 18:02</time>`, `<time datetime=…>Feb. 21, 2019</time>`), as htmldate
    // reads `time` and `abbr` elements; an update's is not the story's.
    let dated_element = if node.tag == "time" {
        !is_update_time(page, id)
    } else {
        is_date_class(&class)
    };
    if meta.date_finds.len() < MAX_FINDS && dated_element {
        // `<abbr class="published" title="2015-03-10T08:05">`: the machine date in a title;
        // and the absolute time in the title of a relative one (`3 घंटे पहले` titled `Tue, 14
        // May 2024 07:45 PM (IST)`), when the printed text gives no date.
        let printed = printed_date(page, id);
        let title = node.attr("title").and_then(|t| {
            if node.tag == "abbr" {
                iso_date(t)
            } else {
                let undated =
                    dates::parse_date(&printed).is_none() && dates::find_date(&printed).is_none();
                // A zone's abbreviation in brackets closing it (`(IST)`) is a note.
                let t = match t.trim().rsplit_once(" (") {
                    Some((head, zone))
                        if zone.len() <= 6
                            && zone.strip_suffix(')').is_some_and(|z| {
                                z.len() >= 2 && z.chars().all(|c| c.is_ascii_uppercase())
                            }) =>
                    {
                        head
                    }
                    _ => t,
                };
                undated
                    .then(|| dates::parse_date(t))
                    .flatten()
                    .map(|_| t.to_string())
            }
        });
        // A relative time's absolute moment in a data attribute (`<span class="date"
        // data-time="2026-02-19T14:10:00+04:00">3 საათის წინ</span>`), as scripts that refresh
        // relative times keep it, when the printed text gives no date.
        let title = title.or_else(|| data_date(node, &printed));
        let text = title.unwrap_or(printed);
        if !text.is_empty()
            && text.chars().count() < 120
            && !super::furniture::is_today_banner(&text)
        {
            meta.date_finds.push(find(id, text, class, meta));
        }
    }
}

/// What a date's element prints: its runs of text spaced apart, or joined as the browser joins
/// them when only that reads as a date (`<span><em>2026</em>/11/21</span> <span>10:32:15</span>`).
fn printed_date(page: &Dom, id: usize) -> String {
    let undated = |s: &str| dates::parse_date(s).is_none() && dates::find_date(s).is_none();
    let spaced = page.text(id);
    if !undated(&spaced) {
        return spaced;
    }
    let joined = page.inline_text(id);
    if joined != spaced && !undated(&joined) {
        joined
    } else {
        spaced
    }
}

/// A machine date (`2026-02-19T14:10:00+04:00`) in one of the element's `data-` attributes,
/// when what it prints is no date.
fn data_date(node: &super::dom::Node, printed: &str) -> Option<String> {
    if dates::parse_date(printed).is_some() || dates::find_date(printed).is_some() {
        return None;
    }
    node.attrs.iter().find_map(|(name, value)| {
        let v = value.trim();
        let machine = v.len() >= 10
            && v.as_bytes()[..10].iter().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        (name.starts_with("data-") && machine)
            .then(|| iso_date(v))
            .flatten()
            .map(|_| v.to_string())
            .or_else(|| epoch_date(name, v))
    })
}

/// The moment a Unix time in a date attribute gives (`data-timestamp="1425460800"`, seconds or
/// milliseconds), in UTC, when the attribute is named for a time and the moment is a web date.
fn epoch_date(name: &str, value: &str) -> Option<String> {
    use chrono::Datelike;
    let named = name.starts_with("data-")
        && ["time", "date", "stamp", "publish", "epoch"]
            .iter()
            .any(|w| name.contains(w));
    if !named || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let seconds: i64 = match value.len() {
        10 => value.parse().ok()?,
        13 => value.parse::<i64>().ok()? / 1000,
        _ => return None,
    };
    let moment = chrono::DateTime::from_timestamp(seconds, 0)?;
    let latest = chrono::Utc::now().year() + 1;
    (1995..=latest)
        .contains(&moment.year())
        .then(|| moment.format("%Y-%m-%dT%H:%M:%S+00:00").to_string())
}

/// A link to a site's home page by its full address, with what it prints.
pub(super) fn read_home_link(page: &Dom, id: usize, meta: &mut Meta) {
    let node = &page.nodes[id];
    let Some(href) = node.attr("href").filter(|_| node.tag == "a") else {
        return;
    };
    let Some((_, rest)) = href.split_once("://") else {
        return;
    };
    // Blogger's mobile template links home with `?m=1`: a query still asks for the home page.
    let path = rest.split(['?', '#']).next().unwrap_or(rest);
    if meta.home_links.len() < 8 && !path.trim_end_matches('/').contains('/') {
        let text = normalize_line(&page.text(id));
        if let Some(host) = super::metadata::host_of(href).filter(|_| {
            (1..=6).contains(&text.split_whitespace().count()) && text.chars().count() <= 60
        }) {
            meta.home_links.push((host, text));
        }
    }
}

/// The language the nearest element around the headline declares (the `<html>` itself when
/// none nearer does): a saved reader view keeps the page's language on its container (`<div
/// class="container" lang="vi">`), a platform marks a story's own on its `<article>`. An
/// element elsewhere (a language menu's `<a lang="fr">`) says nothing of the story.
pub(super) fn headline_lang(page: &Dom, headline: Option<usize>) -> Option<String> {
    let mut id = headline?;
    for _ in 0..page.max_depth.max(1) {
        let node = page.nodes.get(id)?;
        if let Some(lang) = node.attr("lang").map(str::trim).filter(|l| !l.is_empty()) {
            return Some(lang.to_string());
        }
        if id == 0 || node.parent == id {
            return None;
        }
        id = node.parent;
    }
    None
}

/// A line naming a job (`Senior political reporter`, `Chief Correspondent`): short, ending in
/// a role word of the shared roles lexicon.
fn is_role_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words.last().is_some_and(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            crate::extract::lexicon::is_role_word(&w)
        })
}

/// The nearest `<article>` holding node `id` (itself included).
fn nearest_article(page: &Dom, id: usize) -> Option<usize> {
    let mut at = id;
    loop {
        if page.nodes[at].tag == "article" {
            return Some(at);
        }
        if at == 0 {
            return None;
        }
        at = page.nodes[at].parent;
    }
}
