//! The story's meta row under its headline (`25 நவம்பர் 2026 · எழுத்து: ச. மலர்விழி · படங்கள்:
//! கி. அருண்`): a line of parts parted by dots or bars, one a date and one a labelled byline,
//! in whatever order the template prints them and whatever its class is called.

use super::dom::Dom;

/// The byline part of the first element after the headline (its next two sibling elements, or
/// its parent's when the headline closes its own block) that is such a meta row. Only there:
/// the same row in a rail of other stories is another story's byline.
pub(super) fn byline(page: &Dom, headline: Option<usize>) -> Option<String> {
    let mut at = headline?;
    for _ in 0..2 {
        let node = page.nodes.get(at)?;
        let siblings = &page.nodes.get(node.parent)?.children;
        let after = siblings.iter().skip_while(|&&s| s != at).skip(1);
        let mut elements = after
            .filter(|&&s| page.nodes.get(s).is_some_and(|n| !n.tag.is_empty()))
            .take(2)
            .peekable();
        if elements.peek().is_none() {
            at = node.parent;
            continue;
        }
        return elements.find_map(|&s| {
            let text = page.text(s);
            (text.chars().count() < 160)
                .then(|| super::byline_lines::dated_byline(&text))
                .flatten()
        });
    }
    None
}

/// The writer a closing note after the headline names in its first sentence (`Escribe: Martina
/// Ferraro. Cuaderno del Sur es un boletín independiente…`), when the extractor cut the note
/// from the story: a newsletter's or a blog's footer note under the text.
pub(super) fn closing_note(page: &Dom, headline: Option<usize>) -> Option<String> {
    let from = headline?;
    page.nodes
        .iter()
        .enumerate()
        .skip(from + 1)
        .find_map(|(id, node)| {
            if node.tag != "p" {
                return None;
            }
            let text = page.text(id);
            let first = text.split(". ").next().unwrap_or(&text);
            (text.chars().count() < 300 && first.len() < text.trim().len())
                .then(|| super::byline_lines::closing_credit(&text))
                .flatten()
        })
}
