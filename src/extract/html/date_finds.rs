//! Where a printed date sits on the page, and what the words around it say: the story's own
//! date sits between its headline and its text; a banner's "today" above the headline; the
//! dates of a related-stories list repeat one class after the story's text began; a `<time>`
//! printed after `Updated` is an update's. htmldate skips the same parts of a page (header,
//! related lists) before it looks for a date; Chronicle keeps them and ranks them last.

use super::dom::Dom;
use crate::extract::dates::{self, DateRole};
use crate::model::normalize_line;

/// A date printed in an element named for one (or a `<time>`), with where it sits.
#[derive(Debug, Clone, Default)]
pub struct DateFind {
    /// The element's node.
    pub node: usize,
    /// What the element prints (or, for a `<time>`, its machine date).
    pub text: String,
    /// The element's class and id, lower-cased.
    pub class: String,
    /// Printed before the page's first `<h1>`.
    pub before_headline: bool,
    /// Printed above the headline in the block that holds it (a kicker's date, `08.04.2015
    /// 12:46` over the title), not in the site's banner.
    pub beside_headline: bool,
    /// Printed after the story's text began (a long paragraph below the headline).
    pub after_body_start: bool,
}

/// How many elements of one class make a list of stories (a related list shows three or more).
const LISTING: usize = 3;

/// The finds in the order to trust them: those between the headline and the story's text (or
/// anywhere on a page without a headline) in page order, then those above the headline; dates
/// of a list (one class on three or more elements) printed after the story's text began are
/// other stories' and are dropped.
pub(super) fn rank(finds: &[DateFind], has_headline: bool) -> Vec<String> {
    let listing = |find: &DateFind| {
        !find.class.trim().is_empty()
            && finds.iter().filter(|f| f.class == find.class).count() >= LISTING
    };
    let mut kept: Vec<(u8, &DateFind)> = finds
        .iter()
        .filter(|f| !(f.after_body_start && listing(f)))
        .map(|f| {
            let above = has_headline && f.before_headline && !f.beside_headline;
            (u8::from(above), f)
        })
        .collect();
    // A stable sort: page order within each rank.
    kept.sort_by_key(|(rank, _)| *rank);
    kept.into_iter().map(|(_, f)| f.text.clone()).collect()
}

/// What makes a `<time>` one of a list: its class, or without one, its tag under its
/// parent's (`li>time`), as a related list of unclassed `<li><a>…</a><time>` rows repeats it.
pub(super) fn shape(page: &Dom, id: usize) -> String {
    let node = &page.nodes[id];
    let class = super::element_classes::classes(node);
    if !class.trim().is_empty() {
        return class;
    }
    format!("{}>{}", page.nodes[node.parent].tag, node.tag)
}

/// The finds between the headline and the story's text, in page order: the story's header.
pub(super) fn in_header(finds: &[DateFind], has_headline: bool) -> Vec<String> {
    finds
        .iter()
        .filter(|f| {
            has_headline && (f.beside_headline || !f.before_headline) && !f.after_body_start
        })
        .map(|f| f.text.clone())
        .collect()
}

/// The times printed alone in the element just after a date of the story's header (`<time>
/// 2026年11月16日</time> <span>北京时间 14:12</span>`, `<span class="date">16 Nov 2026</span>
/// <span class="time">14:12</span>`): one date row, its day in one element and its clock in
/// the next, as many templates print it.
pub(super) fn times_beside_header(
    page: &Dom,
    finds: &[DateFind],
    has_headline: bool,
) -> Vec<String> {
    let mut out = Vec::new();
    for f in finds.iter().filter(|f| {
        has_headline && (f.beside_headline || !f.before_headline) && !f.after_body_start
    }) {
        let siblings = &page.nodes[page.nodes[f.node].parent].children;
        let next = siblings
            .iter()
            .skip_while(|&&s| s != f.node)
            .skip(1)
            .find(|&&s| !page.nodes[s].tag.is_empty() || !page.nodes[s].text.trim().is_empty());
        let Some(&next) = next.filter(|&&n| !page.nodes[n].tag.is_empty()) else {
            continue;
        };
        let text = page.text(next);
        if text.chars().count() <= 40 && dates::printed_time_alone(&text).is_some() {
            out.push(text);
        }
    }
    out
}

/// The finds above the headline outside its block (the site's banner), in page order.
pub(super) fn in_banner(finds: &[DateFind], has_headline: bool) -> Vec<String> {
    finds
        .iter()
        .filter(|f| has_headline && f.before_headline && !f.beside_headline)
        .map(|f| f.text.clone())
        .collect()
}

/// Marks the finds above the headline `h1` that sit in the block holding it: under its parent
/// or grandparent, when that is not the page's `body` or `main` (which hold the banner too).
pub(super) fn mark_beside(page: &Dom, h1: usize, finds: &mut [DateFind]) {
    let mut blocks = Vec::new();
    let mut at = h1;
    for _ in 0..2 {
        at = page.nodes[at].parent;
        if at == 0 || matches!(page.nodes[at].tag.as_str(), "body" | "main" | "html") {
            break;
        }
        blocks.push(at);
    }
    for find in finds.iter_mut().filter(|f| f.before_headline) {
        let mut at = find.node;
        for _ in 0..8 {
            at = page.nodes[at].parent;
            if at == 0 {
                break;
            }
            if blocks.contains(&at) {
                find.beside_headline = true;
                break;
            }
        }
    }
}

/// Whether the `<time>` at `id` gives an update's time: its class or `itemprop` names an
/// update (`<time class="updated">`, `dateModified`) and not the publication, or the words
/// printed before it in its line are an update label (`<span>Updated <time>…</time></span>`,
/// `Aktualisiert: <time>`; `assets/lexicon/date-labels.tsv`).
pub(super) fn is_update_time(page: &Dom, id: usize) -> bool {
    let node = &page.nodes[id];
    let named = format!(
        "{} {}",
        node.attr("class").unwrap_or_default(),
        node.attr("itemprop").unwrap_or_default()
    )
    .to_ascii_lowercase();
    if (named.contains("updated") || named.contains("modified"))
        && !named.contains("published")
        && !named.contains("created")
    {
        return true;
    }
    // The words before the `<time>` in the element it sits in, one level further up when it
    // opens its own element (`<p>Updated: <span><time>`).
    let mut child = id;
    for _ in 0..2 {
        let parent = page.nodes[child].parent;
        if parent == 0 {
            return false;
        }
        let before: String = page.nodes[parent]
            .children
            .iter()
            .take_while(|&&c| c != child)
            .map(|&c| page.text(c))
            .collect::<Vec<_>>()
            .join(" ");
        let before = normalize_line(&before);
        if !before.is_empty() {
            return dates::label_alone(&before) == Some(DateRole::Updated);
        }
        child = parent;
    }
    false
}

/// A date in a row of labelled values whose label is a publication label alone:
/// `<dt>Published on</dt><dd>19 March 2026</dd>`, `<th>Publicado</th><td>…</td>`, as one line
/// (`Published on 19 March 2026`). A bare `Date` label is not enough: infoboxes label the
/// dates of events that way.
pub(super) fn labelled_value(page: &Dom, id: usize) -> Option<String> {
    let node = &page.nodes[id];
    // A value is text alone (a leaf): this keeps the look cheap on every element of a page.
    if !matches!(node.tag.as_str(), "dd" | "td" | "span" | "div")
        || node.children.is_empty()
        || !node.children.iter().all(|&c| page.nodes[c].tag.is_empty())
    {
        return None;
    }
    let siblings = &page.nodes[node.parent].children;
    let at = siblings.iter().position(|&c| c == id)?;
    // The element just before, past the whitespace between them.
    let label_id = siblings[..at]
        .iter()
        .rev()
        .find(|&&c| !page.nodes[c].tag.is_empty() || !page.nodes[c].text.trim().is_empty())?;
    let label_node = &page.nodes[*label_id];
    if label_node.tag.is_empty()
        || !label_node
            .children
            .iter()
            .all(|&c| page.nodes[c].tag.is_empty())
    {
        return None;
    }
    let label = page.text(*label_id);
    let bare = label
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase();
    if matches!(bare.as_str(), "date" | "dated")
        || dates::label_alone(&label)? != DateRole::Published
    {
        return None;
    }
    let value = page.text(id);
    dates::parse_date(&value)?;
    Some(format!("{} {value}", bare_label(&label)))
}

/// The label without its colon.
fn bare_label(label: &str) -> &str {
    label.trim().trim_end_matches([':', '：']).trim()
}

#[cfg(test)]
#[path = "date_finds_tests.rs"]
mod tests;
