//! Page furniture: the parts of a page around the story whose dates and names are not the
//! story's (comments, reviews, related lists, menus, tickers, site headers and footers), and
//! "today is" banners. htmldate and trafilatura discard the same parts before they look for a
//! date; Chronicle keeps the page whole and only skips them when it reads dates and bylines.

use super::dom::{Dom, Node};
use crate::extract::lexicon::word_list;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

static CLASSES: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    word_list(include_str!(
        "../../../assets/lexicon/furniture-classes.txt"
    ))
});

/// Entries compared with each part of a class name.
static PARTS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    CLASSES
        .iter()
        .filter(|c| !c.starts_with('='))
        .copied()
        .collect()
});

/// Entries compared with a whole class name (written after `=`).
static WHOLE: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| CLASSES.iter().filter_map(|c| c.strip_prefix('=')).collect());

static TODAY: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../../assets/lexicon/today-words.txt")));

/// For each node of `page`: whether it or an element around it is furniture. An element that
/// holds an `<h1>` is never furniture: layouts name their wrappers after the sidebar beside
/// the story (`<body class="ast-right-sidebar">`).
pub fn flags(page: &Dom) -> Vec<bool> {
    let holds_h1 = holds_h1(page);
    let mut flags = vec![false; page.nodes.len()];
    // (node, inside furniture, inside an `<article>`)
    let mut stack = vec![(0usize, false, false)];
    while let Some((id, inherited, in_article)) = stack.pop() {
        let Some(node) = page.nodes.get(id) else {
            continue;
        };
        // A `<header>` outside any `<article>` without the headline is the site's banner
        // (its "today" date, its menu); the story's own `<header>` holds the `<h1>`.
        let banner = node.tag == "header" && !in_article;
        let here = inherited || (!holds_h1[id] && (banner || is_furniture(node)));
        flags[id] = here;
        let in_article = in_article || node.tag == "article";
        stack.extend(node.children.iter().map(|&c| (c, here, in_article)));
    }
    flags
}

/// For each node: whether an `<h1>` is inside it (or it is one).
fn holds_h1(page: &Dom) -> Vec<bool> {
    let mut order = Vec::with_capacity(page.nodes.len());
    let mut stack = vec![0usize];
    while let Some(id) = stack.pop() {
        if let Some(node) = page.nodes.get(id) {
            order.push(id);
            stack.extend(node.children.iter().copied());
        }
    }
    let mut holds = vec![false; page.nodes.len()];
    // Children come after their parent in `order`: walked backwards, each is done before it.
    for &id in order.iter().rev() {
        let node = &page.nodes[id];
        holds[id] = node.tag == "h1" || node.children.iter().any(|&c| holds[c]);
    }
    holds
}

/// `<nav>`, or an element whose class or id names furniture. Not `<aside>`: blogs put the
/// post's own byline and date in one inside the `<article>`.
fn is_furniture(node: &Node) -> bool {
    if node.tag == "nav" {
        return true;
    }
    ["class", "id"]
        .into_iter()
        .filter_map(|a| node.attr(a))
        .flat_map(str::split_whitespace)
        .any(|name| {
            let name = name.to_ascii_lowercase();
            let parts = || name.split(['-', '_']).filter(|part| !part.is_empty());
            // A row named for several things (`date-and-comments`) holds the story's own date
            // beside its comment count: not the comments themselves.
            let row = parts().any(|part| part == "and");
            WHOLE.contains(name.as_str()) || (!row && parts().any(|part| PARTS.contains(part)))
        })
}

/// A line that opens with "today" (`امروز: …`, `Today is …`): the current date, not the story's.
pub fn is_today_banner(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | ',' | '|'))
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    let first = words.first().copied().unwrap_or_default();
    TODAY.contains(first) || (words.len() == 2 && TODAY.contains(words.join(" ").as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_comments_menus_and_reviews_are_furniture() {
        let page = Dom::parse(
            "<body class=\"ast-right-sidebar\"><div class=\"site-header\"><span class=\"header-date\">today</span></div>\
             <article><header class=\"entry-header\"><h1>Headline</h1><span class=\"posted-on\">x</span></header>\
             <div id=\"comments\"><time datetime=\"2024-04-18\">y</time></div>\
             <aside><time datetime=\"2013-09-29\">own</time></aside>\
             <span class=\"review__date\">2024/10/28</span>\
             <div class=\"post-footer\"><abbr class=\"published\">t</abbr></div></article>\
             <div class=\"article-date-and-comments\"><time>x</time></div>\
             <span class=\"ntes-nav-date\">z</span></body>",
        );
        let flags = flags(&page);
        let flag_of = |class: &str| {
            let id = page
                .nodes
                .iter()
                .position(|n| n.attr("class") == Some(class))
                .expect("element");
            flags[id]
        };
        assert!(flag_of("header-date"));
        assert!(!flag_of("posted-on"));
        assert!(!flag_of("entry-header"));
        assert!(flag_of("review__date"));
        assert!(flag_of("ntes-nav-date"));
        assert!(!flag_of("published"));
        assert!(!flag_of("article-date-and-comments"));
        let time = page
            .nodes
            .iter()
            .position(|n| n.tag == "time")
            .expect("time");
        assert!(flags[time]);
    }

    #[test]
    fn a_site_header_outside_the_article_is_furniture() {
        let page = Dom::parse(
            "<body><header class=\"site\"><div class=\"header_date\">16 квітня</div></header>\
             <main><header class=\"top\"><span class=\"top-strip__date\">15 मई</span></header>\
             <article><header class=\"own\"><time>x</time></header><h1>H</h1></article></main></body>",
        );
        let banner_flags = super::flags(&page);
        let flag_of = |class: &str| {
            let id = page
                .nodes
                .iter()
                .position(|n| n.attr("class") == Some(class));
            banner_flags[id.expect("element")]
        };
        assert!(flag_of("header_date"));
        assert!(flag_of("top-strip__date"));
        assert!(!flag_of("own"));
    }

    #[test]
    fn today_banners() {
        assert!(is_today_banner("امروز: دوشنبه ۲۳ مهر ۱۴۰۳"));
        assert!(is_today_banner("Today is Tuesday, 8 October 2024"));
        assert!(is_today_banner("Hari ini, Selasa 20 Agustus 2024"));
        assert!(!is_today_banner("Published 8 October 2024"));
        assert!(!is_today_banner("Todays news"));
    }
}
