//! A field of writers printed as a label element and a value element side by side (a Notion
//! page's `Authors` property, a `<dt>Autor</dt><dd>…</dd>` pair, a table's `<th>` and `<td>`):
//! read as the labelled byline it stands for (`Authors: Maya Chen, Samuel Okafor`), since no
//! colon and no separator is printed between the label and the names, or between the names.

use super::dom::Dom;

/// The first such field on the page whose label is a byline label of the shared lexicon
/// (`Authors`, `Autor`, `Penulis`; with or without its colon) and whose value holds people's
/// names alone: one in each of its elements, or the value's whole text.
pub(super) fn labelled_field(page: &Dom) -> Option<String> {
    let elements = |id: usize| -> Vec<usize> {
        (page.nodes.get(id).map(|n| n.children.as_slice()))
            .unwrap_or_default()
            .iter()
            .copied()
            .filter(|&c| page.nodes.get(c).is_some_and(|n| !n.tag.is_empty()))
            .collect()
    };
    page.nodes.iter().enumerate().find_map(|(id, node)| {
        if node.tag.is_empty() {
            return None;
        }
        elements(id).windows(2).find_map(|pair| {
            // A label is a word or two in an element or two: its text is read only then, so
            // the walk stays linear on big pages.
            if !is_small(page, pair[0]) {
                return None;
            }
            let label = page.text(pair[0]);
            let label = label.trim().trim_end_matches([':', '：']).trim();
            if label.chars().count() > 20 || !super::byline_labels::is_colon_label(label) {
                return None;
            }
            let parts = elements(pair[1]);
            let names: Vec<String> = if parts.len() >= 2 {
                parts
                    .iter()
                    .map(|&p| page.text(p).trim().to_string())
                    .collect()
            } else {
                vec![page.text(pair[1]).trim().to_string()]
            };
            names
                .iter()
                .all(|n| super::byline_names::is_plain_person(n))
                .then(|| format!("{label}: {}", names.join(", ")))
        })
    })
}

/// An element holding text runs and at most two more elements of text runs alone.
fn is_small(page: &Dom, id: usize) -> bool {
    let leaf = |c: usize| {
        page.nodes.get(c).is_some_and(|n| {
            n.tag.is_empty()
                || (n.children.len() <= 2)
                    && n.children
                        .iter()
                        .all(|&g| page.nodes.get(g).is_some_and(|g| g.tag.is_empty()))
        })
    };
    page.nodes
        .get(id)
        .is_some_and(|n| n.children.len() <= 3 && n.children.iter().all(|&c| leaf(c)))
}
