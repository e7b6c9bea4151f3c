//! A saved page's date from its visible text, when it declares none: the date line printed
//! next to the headline (see `dates::near_headline`).

use super::dom::Dom;
use super::visible::dom_text;
use crate::extract::dates::{self, ParsedDate};
use crate::model::normalize_line;

/// A date printed near `headline` in the page's visible text, or `None` when the headline is
/// not found or no line near it is a date line.
pub(super) fn near_headline(page: &Dom, headline: &str) -> Option<ParsedDate> {
    let headline = normalize_line(headline);
    if headline.chars().count() < 8 {
        return None;
    }
    // A headline inside an `<article>` is dated from within it: a date line beside it but
    // outside (a rail of the latest stories after the article) is another story's.
    let text = match article_of_headline(page, &headline) {
        Some(article) => super::visible::subtree_text(page, article),
        None => dom_text(page),
    };
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let at = lines.iter().position(|l| normalize_line(l) == headline)?;
    dates::near_headline(&lines, at)
}

/// The `<article>` holding the first `<h1>` that prints `headline`.
fn article_of_headline(page: &Dom, headline: &str) -> Option<usize> {
    let h1 = (page.nodes.iter().enumerate())
        .find(|(id, n)| n.tag == "h1" && normalize_line(&page.text(*id)) == headline)?
        .0;
    let mut at = page.nodes[h1].parent;
    while at != 0 {
        if page.nodes[at].tag == "article" {
            return Some(at);
        }
        at = page.nodes[at].parent;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(html: &str, headline: &str) -> Option<String> {
        near_headline(&Dom::parse(html), headline).map(|d| d.iso)
    }

    #[test]
    fn a_byline_with_a_date_under_the_headline() {
        let html = "<body><nav>Home</nav><h1>The council votes on the bridge</h1>\
            <div class=a>Posted by Nikhil Marathe on March 10, 2015 at 08:05</div>\
            <p>The council met on Tuesday to vote on the new bridge across the river, which has \
            been debated since 2009 by everyone who lives in the town and many who do not.</p></body>";
        assert_eq!(
            date(html, "The council votes on the bridge").as_deref(),
            Some("2015-03-10T08:05")
        );
    }

    #[test]
    fn a_date_above_the_headline() {
        let html = "<body><div>12 May 2019</div><h1>Storm closes the coast road</h1>\
            <p>Short.</p></body>";
        assert_eq!(
            date(html, "Storm closes the coast road").as_deref(),
            Some("2019-05-12")
        );
    }

    #[test]
    fn infoboxes_sentences_and_old_dates_are_not_the_pages_date() {
        let html = "<body><h1>New Zealand history</h1><table><tr><th>Treaty</th>\
            <td>6 February 2005</td></tr></table><p>The treaty was signed on 6 February 2005.</p>\
            <div>6 February 1840</div></body>";
        assert_eq!(date(html, "New Zealand history"), None);
        // Without the headline on the page nothing is searched.
        let html = "<body><div>Posted on March 10, 2015</div><h2>Other</h2></body>";
        assert_eq!(date(html, "The council votes on the bridge"), None);
    }

    #[test]
    fn a_date_among_the_parts_of_a_meta_row_after_a_long_deck() {
        let deck = "word ".repeat(30);
        let html = format!(
            "<body><h1>Le projet de loi est approuvé</h1><p>{deck}</p>\
            <div>Le Monde | Mis à jour le 05.05.2015 à 20h13 • 04.05.2015 à 13h36 | Par Martin</div></body>"
        );
        assert_eq!(
            date(&html, "Le projet de loi est approuvé").as_deref(),
            Some("2015-05-04T13:36")
        );
    }

    #[test]
    fn an_update_line_is_not_a_publication_date() {
        let html =
            "<body><h1>Storm closes the coast road</h1><div>Updated 3 June 2020</div></body>";
        assert_eq!(date(html, "Storm closes the coast road"), None);
    }

    #[test]
    fn a_press_release_line_with_a_time_in_ap_style_and_no_print_stamp() {
        let html = "<body><p>Printed from https://courts.example/node/5521 on 11/30/2026 4:07 PM</p>\
                    <h1>Court opens Saturday clinics</h1><p><strong>For immediate release:</strong> \
                    Monday, November 16, 2026 — 2:30 p.m.</p></body>";
        assert_eq!(
            date(html, "Court opens Saturday clinics").as_deref(),
            Some("2026-11-16T14:30")
        );
        let html = "<body><p>Printed from https://courts.example/node/5521 on 11/30/2026 4:07 PM</p>\
                    <h1>Court opens Saturday clinics</h1></body>";
        assert_eq!(date(html, "Court opens Saturday clinics"), None);
    }

    #[test]
    fn an_update_label_in_a_block_of_its_own_names_the_date_under_it() {
        // Webflow's blog template: label and date in sibling blocks.
        let html = "<body><h1>Storm closes the coast road</h1><div><div>Uppdaterad</div>\
                    <div>24 november 2026</div><div>6 min läsning</div></div></body>";
        assert_eq!(date(html, "Storm closes the coast road"), None);
        let html = "<body><h1>Storm closes the coast road</h1><div><div>Publicerad</div>\
                    <div>24 november 2026</div></div></body>";
        assert_eq!(
            date(html, "Storm closes the coast road").as_deref(),
            Some("2026-11-24")
        );
    }
}
