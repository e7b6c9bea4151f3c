//! Old templates (table layouts, portals, early blogs) print the headline in a styled `<div>`,
//! `<font>` or `<h2>` with no `<h1>`, or under an `<h1>` that is the site's or blog's name, and
//! build the `<title>` as `Site :: Section :: Headline` (`Site - Headline`, WordPress 2's `Blog
//! » Blog Archive » Post`). When the page prints the `<title>`'s last part alone in an element
//! of its own, two statements agree that the part is the headline, and the first part, which
//! the `<h1>` may repeat, is the site's name.

use super::dom::{Dom, collapse_spaces};
use super::metadata::{Meta, simplify};
use super::title::SEPARATORS;
use crate::model::normalize_line;

/// What a `<title>` of parts and the printed headline agree on.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintedTitle {
    pub headline: String,
    pub site: String,
}

/// The `<title>`'s last part, when an element of the page's body prints it alone (not as a
/// link: lists of recent posts link their titles), with the first part as the site's name.
pub fn read(page: &Dom, title_tag: Option<&str>) -> Option<PrintedTitle> {
    let title = normalize_line(&collapse_spaces(title_tag?));
    let sep = SEPARATORS
        .iter()
        .chain(OLD_SEPARATORS)
        .find(|sep| title.contains(**sep))?;
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    let (first, last) = (*parts.first()?, *parts.last()?);
    if parts.len() < 2 || first.is_empty() || last.is_empty() {
        return None;
    }
    // Exactly one end is printed alone: a page that prints both (`Headline | Site` under a
    // site-name line) leaves unsure which is which. The headline may end the title (`Site ::
    // Headline`) or open it (WordPress 2's `Post « Blog`).
    let (first_alone, last_alone) = (printed_alone(page, first), printed_alone(page, last));
    let (headline, site) = match (first_alone, last_alone) {
        (false, true) => (last, first),
        (true, false) if parts.len() == 2 => (first, last),
        _ => return None,
    };
    headline_shaped(headline).then(|| PrintedTitle {
        headline: headline.to_string(),
        site: site.to_string(),
    })
}

/// Separators of old templates' `<title>`s beside the usual ones: `Site : Section : Headline`,
/// Movable Type's `Blog: Entry`, WordPress 2's `Entry « Blog`. Read only where the page
/// prints one end alone, so a headline's own colon splits nothing.
const OLD_SEPARATORS: &[&str] = &[" : ", " « ", ": "];

/// The agreed headline, when nothing the page declares for the headline says otherwise: no
/// JSON-LD or microdata headline, an og:title that is the `<title>` itself or the headline,
/// and no `<h1>` but the site's name.
pub fn agreed(meta: &Meta) -> Option<&PrintedTitle> {
    let found = meta.printed_title.as_ref()?;
    let (headline, site) = (simplify(&found.headline), simplify(&found.site));
    let title = meta.title_tag.as_deref().map(simplify).unwrap_or_default();
    let quiet = meta.ld.headline.is_none()
        && meta.itemprop_headline.is_none()
        && meta.h1s.iter().all(|h1| simplify(h1) == site)
        && meta
            .first(&["og:title"])
            .is_none_or(|og| [&title, &headline].contains(&&simplify(&og)));
    quiet.then_some(found)
}

/// The site's part as a name: a few words, no section's name.
pub fn site_name(found: &PrintedTitle) -> Option<String> {
    let site = found.site.trim();
    let words = site.split_whitespace().count();
    ((1..=6).contains(&words)
        && site.chars().count() <= 60
        && !crate::extract::lexicon::is_section_name(&site.to_lowercase())
        && simplify(site) != simplify(&found.headline))
    .then(|| site.to_string())
}

/// Four words or more, or a dozen characters of a script written without spaces: no
/// section's name (`News`, `Xã hội`) or one long Latin word (`remoteStorage`).
fn headline_shaped(part: &str) -> bool {
    let words = part.split_whitespace().count();
    let chars = part.chars().count();
    words >= 4 || (chars >= 12 && chars >= words * 8 && !part.is_ascii())
}

/// Whether a text run of the page's body is `part` alone, outside a link (lists of recent
/// posts link their titles; a blog's `<h1>` links its name home).
fn printed_alone(page: &Dom, part: &str) -> bool {
    let wanted = simplify(part);
    page.nodes.iter().any(|node| {
        node.tag.is_empty()
            && simplify(&node.text) == wanted
            && !has_ancestor(
                page,
                node.parent,
                &["a", "title", "head", "option", "script"],
            )
    })
}

fn has_ancestor(page: &Dom, mut id: usize, tags: &[&str]) -> bool {
    while id != 0 {
        let Some(node) = page.nodes.get(id) else {
            return false;
        };
        if tags.contains(&node.tag.as_str()) {
            return true;
        }
        id = node.parent;
    }
    false
}
