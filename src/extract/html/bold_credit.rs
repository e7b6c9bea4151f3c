//! A writer's credit printed as a paragraph of its own, wholly in bold, of a one-word label,
//! a colon and a person's name (`Report: Marie-Claire Hoareau`, `راپور: زرمینه احمدزۍ`): the
//! label need not be in the byline lexicon, because the line's shape — set apart, emphasised,
//! a name alone after the label — is the evidence. Read only when no other byline was found
//! or the only ones found are accounts and desks (`Written by: Administrator`).

use super::dom::Dom;

/// The first such line after the headline (anywhere on a page whose headline is no `<h1>`,
/// as Joomla 3 prints it), as a labelled byline.
pub(super) fn bold_label_line(page: &Dom, headline: Option<usize>) -> Option<String> {
    let from = headline.map_or(0, |h| h + 1);
    (from..page.nodes.len()).find_map(|id| {
        let node = page.nodes.get(id)?;
        if node.tag != "p" || !is_wholly_bold(page, id) {
            return None;
        }
        let text = page.text(id);
        let text = text.trim();
        let (label, value) = text.split_once([':', '：'])?;
        let one_word = !label.trim().is_empty()
            && !label.trim().contains(char::is_whitespace)
            && label.trim().chars().all(char::is_alphabetic);
        let named = is_person_shaped(value.trim());
        (one_word && named && !super::byline_parts::is_non_writing_credit(text))
            .then(|| format!("{}: {}", label.trim(), value.trim()))
    })
}

/// Two to four words of letters; in a cased script each capitalised (the shared test), in an
/// uncased one (Arabic, Hebrew, Brahmic scripts) letters and marks alone.
fn is_person_shaped(value: &str) -> bool {
    if super::byline_names::is_plain_person(value) {
        return true;
    }
    let words: Vec<&str> = value.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().all(|c| {
                (c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase())
                    || super::byline_parts::is_mark(c)
            })
        })
}

/// Whether the paragraph's only child element holds all its text in bold (`<strong>`, `<b>`
/// or a `font-weight` style of bold).
fn is_wholly_bold(page: &Dom, id: usize) -> bool {
    let Some(node) = page.nodes.get(id) else {
        return false;
    };
    let children: Vec<usize> = node
        .children
        .iter()
        .copied()
        .filter(|&c| {
            page.nodes
                .get(c)
                .is_some_and(|n| !n.tag.is_empty() || !n.text.trim().is_empty())
        })
        .collect();
    let [only] = children.as_slice() else {
        return false;
    };
    page.nodes.get(*only).is_some_and(|n| {
        let style = n.attr("style").unwrap_or_default().replace(' ', "");
        matches!(n.tag.as_str(), "strong" | "b")
            || style.contains("font-weight:bold")
            || style.contains("font-weight:700")
    })
}

#[cfg(test)]
mod tests {
    use super::is_person_shaped;

    #[test]
    fn a_name_in_a_cased_or_uncased_script_is_person_shaped() {
        assert!(is_person_shaped("Marie-Claire Hoareau"));
        assert!(is_person_shaped("زرمینه احمدزۍ"));
        assert!(!is_person_shaped("Ministry of Health"));
        assert!(!is_person_shaped("+248 4 22 11 00"));
        assert!(!is_person_shaped("Hoareau"));
    }
}
