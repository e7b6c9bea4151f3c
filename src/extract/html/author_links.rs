//! Writers found by the links to their pages: an element whose own links point into a
//! writer's page (`/author/jane-doe/`, `/autor/…`, `/szerzo/…`; `assets/lexicon/author-paths.txt`)
//! prints the byline, whatever its class is called (`hb-autor`, `vk-autori`, `lm-by`), and the
//! links hold the names without labels, roles or places. Also the bylines a known label opens
//! (`Penulis: Dewi Anggraini`, `Аутор: <a>…</a>`) in an element of any class.

use super::dom::Dom;
use crate::extract::lexicon::word_list;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

static AUTHOR_PATHS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../../assets/lexicon/author-paths.txt")));

/// The path of an address, without host, query, fragment or a closing slash.
pub(super) fn path_of(href: &str) -> &str {
    let path = match href.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |i| &rest[i..]),
        None => href,
    };
    path.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('/')
}

/// Whether `href` leads to a writer's page: a path segment (before the writer's own) that is
/// one of the author paths, on this site.
fn is_author_page(href: &str) -> bool {
    let path = match href.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p),
        None => href,
    };
    let segments: Vec<&str> = path
        .split(['/', '?', '#'])
        .filter(|s| !s.is_empty())
        .collect();
    segments.len() >= 2
        && segments[..segments.len() - 1]
            .iter()
            .any(|s| AUTHOR_PATHS.contains(s.to_lowercase().as_str()))
}

/// The names element `id`'s own links to writers' pages print, in order; empty when it has
/// none with text (an avatar's link holds only an image). Writers one a row (`<div><a>Tan Wei
/// Ling</a> <span>role</span></div><div><a>Kelvin Goh</a> …</div>`): the rows of the same tag
/// that follow, each linking a writer, name the others.
pub fn names(page: &Dom, id: usize, declared: &[&str]) -> Vec<String> {
    let mut out = own_names(page, id, declared);
    if out.is_empty() {
        return out;
    }
    let node = &page.nodes[id];
    let siblings = &page.nodes[node.parent].children;
    let after = siblings.iter().skip_while(|&&s| s != id).skip(1);
    let rows =
        after.filter(|&&s| !page.nodes[s].tag.is_empty() || !page.nodes[s].text.trim().is_empty());
    for &row in rows.take(6) {
        let more = own_names(page, row, declared);
        if page.nodes[row].tag != node.tag || more.is_empty() {
            break;
        }
        for name in more {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// The names element `id`'s own links to writers' pages print, in order: pages under an
/// author path, or a page the head declares as the writer's (`article:author` given as an
/// address, whatever the site calls the folder: `/avtorji/mojca-kavcic`).
/// A second link to the same writer's page (`?follow=1`, `More by …`) is a prompt beside the
/// name, whatever its words: one page, one writer.
fn own_names(page: &Dom, id: usize, declared: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut pages: Vec<&str> = Vec::new();
    for &child in &page.nodes[id].children {
        let node = &page.nodes[child];
        let writers_page = |h: &str| is_author_page(h) || declared.iter().any(|d| path_of(h) == *d);
        let Some(href) = node
            .attr("href")
            .filter(|h| node.tag == "a" && writers_page(h))
        else {
            continue;
        };
        let text = page.text(child);
        if text.is_empty() || text.chars().count() > 60 || pages.contains(&path_of(href)) {
            continue;
        }
        pages.push(path_of(href));
        if !out.contains(&text) {
            out.push(text);
        }
    }
    out
}

/// Whether element `id`'s text opens with a byline label that needs a colon (`Penulis:`,
/// `Szerző:`), read from its first text: the element is a byline whatever its class.
pub fn opens_with_label(page: &Dom, id: usize) -> bool {
    let Some(first) = page.nodes[id]
        .children
        .first()
        .map(|&c| &page.nodes[c])
        .filter(|n| n.tag.is_empty())
    else {
        return false;
    };
    let text = first.text.trim_start();
    match text.split_once([':', '：']) {
        Some((label, _)) if label.chars().count() <= 20 => {
            super::byline_labels::is_label_before_colon(label.trim())
        }
        // `Von <a>…</a>` or `Story by Ruth Ann Keller`: a label word, then the names.
        _ => {
            let whole = page.text(id);
            let labelled = |t: &str| {
                t.chars().count() <= 80
                    && super::byline::opens_with_label_word(t)
                    && super::byline::is_labelled_byline(&whole)
            };
            // The label alone before names printed in elements of their own (`Av
            // <span>A</span> & <span>B</span>`), no links, is read with them.
            labelled(text)
                || (!page
                    .descendants(id)
                    .iter()
                    .any(|&d| page.nodes[d].tag == "a")
                    && labelled(&whole))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_into_writers_pages_give_the_names() {
        let page = Dom::parse(
            "<span class=\"hb-autor\">Por <a href=\"/author/lzamarripa/\">Lucía Zamarripa</a> y \
             <a href=\"https://x.mx/author/evillasenor/\">Ernesto Villaseñor</a> \
             <a href=\"/tag/politica/\">Política</a></span>",
        );
        let id = page.find("span").expect("span");
        assert_eq!(
            names(&page, id, &[]),
            vec!["Lucía Zamarripa", "Ernesto Villaseñor"]
        );
        // The author index itself, or a link elsewhere, is no writer.
        assert!(!is_author_page("/author/"));
        assert!(!is_author_page("/authority/x"));
    }

    #[test]
    fn writers_one_a_row_are_all_named() {
        let page = Dom::parse(
            "<div class=\"authors\"><div><a href=\"/authors/tan-wei-ling\">Tan Wei Ling</a> \
             <span>Senior Correspondent</span></div>\n<div><a href=\"/authors/kelvin-goh\">Kelvin \
             Goh</a> <span>Correspondent</span></div></div><p>Text</p>",
        );
        let id = page
            .find("div")
            .map(|d| page.nodes[d].children[0])
            .expect("row");
        assert_eq!(names(&page, id, &[]), vec!["Tan Wei Ling", "Kelvin Goh"]);
    }

    #[test]
    fn a_known_label_with_a_colon_opens_a_byline() {
        let page = Dom::parse("<span>Penulis: Dewi Anggraini</span>");
        let id = page.find("span").expect("span");
        assert!(opens_with_label(&page, id));
        let page = Dom::parse("<span>Harga: 20 ribu</span>");
        let id = page.find("span").expect("span");
        assert!(!opens_with_label(&page, id));
        let page = Dom::parse("<span>Von Jana Oberländer und Mehmet Aksoy</span>");
        let id = page.find("span").expect("span");
        assert!(opens_with_label(&page, id));
        let page = Dom::parse("<span>By the river, a new bridge</span>");
        let id = page.find("span").expect("span");
        assert!(!opens_with_label(&page, id));
    }
}
