//! The site's logo: which elements are it (named for it, the link home, a link holding an
//! image whose file is named for it), the names it gives, and where those names agree with
//! the page's other names for the site (the `<title>`'s end, `<meta name="author">`, the
//! footer), which is what makes a logo's name the publisher.

use super::dom::{Dom, Node};
use super::metadata::{Meta, simplify};
use super::metadata_elements::read_home_link;
use super::title::ends_with_name;
use crate::model::normalize_line;

/// The names the site's logo gives: the alternative text of its images, and its own words when
/// it prints the name (`<a class="logo">The Kapiti Ledger</a>`). The logo is an element named
/// for it (`logo`, `brand`) or the link home (`rel="home"`, `href="/"`); what it says counts
/// only where the `<title>` names the site the same way ([`logo_name`]).
pub(super) fn read_logo(page: &Dom, id: usize, class: &str, meta: &mut Meta) {
    let node = &page.nodes[id];
    let logo = class.contains("logo")
        || class
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|part| part == "brand")
        || node.attr("rel") == Some("home")
        || (node.tag == "a" && node.attr("href") == Some("/"))
        || (node.tag == "a" && node.attr("href").is_some_and(super::archive_copy::links_site_root))
        || (node.tag == "a" && holds_logo_image(page, id))
        // A print view or a reader save drops the link home but keeps the logo's image.
        || (node.tag == "img" && is_logo_image(node));
    read_home_link(page, id, meta);
    if !logo || meta.logo_alts.len() >= 6 {
        return;
    }
    let mut add = |name: &str| {
        let name = normalize_line(name);
        if !name.is_empty() && !meta.logo_alts.contains(&name) {
            meta.logo_alts.push(name);
        }
    };
    for d in page.descendants(id) {
        let img = &page.nodes[d];
        if let Some(alt) = img.attr("alt").filter(|_| img.tag == "img") {
            add(alt);
        }
    }
    let text = page.text(id);
    if (1..=6).contains(&text.split_whitespace().count()) && text.chars().count() <= 60 {
        add(&text);
    }
}

/// Whether link `id` holds an image whose file is named for the logo (`/themes/mowi/logo.png`,
/// `fcl-logo.svg`): a logo linked to a home page other than `/` (`/am`, `/en`), which sites
/// with a path per language have.
fn holds_logo_image(page: &Dom, id: usize) -> bool {
    page.nodes[id]
        .children
        .iter()
        .any(|&c| page.nodes[c].tag == "img" && is_logo_image(&page.nodes[c]))
}

/// Whether an image's file is named for the logo (`/themes/mowi/logo.png`, `bb-logo.png`).
fn is_logo_image(img: &Node) -> bool {
    img.attr("src").is_some_and(|src| {
        let path = src.split(['?', '#']).next().unwrap_or(src);
        let file = path.rsplit('/').next().unwrap_or(path);
        file.to_ascii_lowercase().contains("logo")
    })
}

/// How many footers are read: a page's own and a few nested or per-section ones.
pub(super) const MAX_FOOTERS: usize = 4;

/// A page's or a section's footer: the element, or one named so by its class or id.
pub(super) fn is_footer(node: &Node) -> bool {
    node.tag == "footer"
        || ["class", "id"].iter().any(|a| {
            node.attr(a).is_some_and(|v| {
                v.split_whitespace()
                    .any(|p| p.eq_ignore_ascii_case("footer"))
            })
        })
}

/// The site's name as its logo's alternative text gives it, when the `<title>` ends with the
/// same name after a separator (`…|上海_云易新闻` and a logo `云易新闻`): two places where a site
/// names itself agree.
pub fn logo_name(meta: &Meta) -> Option<String> {
    let title = meta.title_tag.as_deref()?;
    meta.logo_alts
        .iter()
        .find(|alt| ends_with_name(title, alt))
        .cloned()
}

/// The logo's alternative text when the page's footer prints the same name (its masthead
/// line, `© 2026 … · കേരളവാണി വാരിക, കോഴിക്കോട്`): two places where a site names itself
/// agree, which outweighs a `<title>`'s part beside the headline (`| Print`). A name of two
/// words or more, or of a dozen characters, so that a word the footer uses anyway is none.
pub fn logo_in_footer(meta: &Meta) -> Option<String> {
    meta.logo_alts
        .iter()
        .find(|alt| {
            let name = simplify(alt);
            (alt.split_whitespace().count() >= 2 || name.chars().count() >= 12)
                && footer_names(meta, alt)
        })
        .cloned()
}

/// Whether a footer of the page prints `name` (letters and digits compared).
pub(super) fn footer_names(meta: &Meta, name: &str) -> bool {
    let name = simplify(name);
    !name.is_empty() && meta.footers.iter().any(|f| simplify(f).contains(&name))
}

/// The logo's alternative text when `<meta name="author">` gives the same name: a site that
/// declares itself as the author (an NGO's or a ministry's page) names itself twice.
pub fn logo_as_author(meta: &Meta) -> Option<String> {
    let authors = meta.all("author");
    meta.logo_alts
        .iter()
        .find(|alt| authors.iter().any(|a| simplify(a) == simplify(alt)))
        .cloned()
}
