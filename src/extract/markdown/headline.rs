//! What the Markdown's structure says about the headline, beyond what the plain-text reader
//! sees in the lines: the heading over the byline is the headline, a site's name after a
//! separator in it is the masthead, and a short label between it and the byline its section.

use super::render::{Block, Kind};
use crate::model::Article;

/// How many blocks above the byline or date line the headline may stand (a kicker, a deck, a
/// row of badges between them).
const HEADLINE_REACH: usize = 4;
/// How many blocks between the headline and the byline may hold the section label (a note
/// app's property rows stand there too).
const LABEL_REACH: usize = 8;

/// Settles title, publisher and category from the blocks the text was rendered from.
pub(super) fn settle(article: &mut Article, blocks: &[Block]) {
    let header = header_block(article, blocks);
    if let Some(header) = header {
        headline_over_byline(article, blocks, header);
    }
    cut_site_suffix(article, blocks);
    if article.category.is_none() {
        if let Some(header) = header {
            label_under_headline(article, blocks, header);
        }
    }
}

/// The block holding the text's byline (its first author) or, without one, its date as written.
fn header_block(article: &Article, blocks: &[Block]) -> Option<usize> {
    let from_text = |field| article.provenance.get(field) != Some(&"front-matter");
    let needle = if from_text("authors") && !article.authors.is_empty() {
        article.authors[0].as_str()
    } else if from_text("published") {
        article.published_text.as_deref()?
    } else {
        return None;
    };
    blocks.iter().position(|b| b.text.contains(needle))
}

fn heading_level(block: &Block) -> Option<usize> {
    match block.kind {
        Kind::Heading(level) => Some(level),
        Kind::Text => None,
    }
}

/// The heading just above the byline is the headline when the text reader took a line that
/// is no heading (a user's note on top) or a heading of lower rank (a digest's first item under
/// the digest's own `#` headline).
fn headline_over_byline(article: &mut Article, blocks: &[Block], header: usize) {
    let chosen = blocks
        .iter()
        .find(|b| b.text == article.title)
        .map(heading_level);
    let heading = (header.saturating_sub(HEADLINE_REACH)..header)
        .rev()
        .find(|&i| heading_level(&blocks[i]).is_some());
    // A note app's page keeps the user's own title as its heading and the clipped headline as
    // a bold line right over the byline, under its section label (Craft, Notion, Bear): the
    // bold line is the headline, not the heading. A kicker never stands between a headline
    // and its deck.
    let bold = header.checked_sub(2).and_then(|label| {
        let i = label + 1;
        let labelled = blocks[label].kind == Kind::Text && is_label(&blocks[label], article);
        (labelled && is_bold_headline(&blocks[i])).then_some(i)
    });
    let Some(above) = bold.or(heading) else {
        return;
    };
    let level = heading_level(&blocks[above]).unwrap_or(0);
    let outranks = match chosen {
        None | Some(None) => true,
        Some(Some(chosen_level)) => chosen_level > level,
    };
    if outranks && blocks[above].text != article.title {
        article.title = blocks[above].text.clone();
        article.provenance.insert("title", "heading");
        // The label straight above the headline is its section, as in a text copy.
        let label = above.checked_sub(1).map(|i| &blocks[i]);
        if let Some(label) = label.filter(|b| is_label(b, article)) {
            if article.category.is_none() {
                article.category = Some(label.text.clone());
                article.provenance.insert("category", "label");
            }
        }
    }
}

/// A line wholly in bold, of a headline's length (three words or more, or twelve characters in
/// a script without spaces) and no sentence.
fn is_bold_headline(b: &Block) -> bool {
    b.kind == Kind::Text
        && b.emphasised
        && (b.text.split_whitespace().count() >= 3 || b.text.chars().count() >= 12)
        && !b.text.ends_with(['.', ':'])
}

/// The longest label in a script without case, in characters.
const MAX_CASELESS_LABEL_CHARS: usize = 6;

/// A section label's shape: one to three words, capitalised, no digits, no colon, no
/// sentence, not the site's name.
fn is_label(b: &Block, article: &Article) -> bool {
    let words = b.text.split_whitespace().count();
    // In a script without case (`사회`, `社会`) a label is one short word.
    let caseless = b.text.chars().count() <= MAX_CASELESS_LABEL_CHARS
        && words == 1
        && b.text
            .chars()
            .all(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase());
    (1..=3).contains(&words)
        && (b.text.chars().next().is_some_and(char::is_uppercase) || caseless)
        && !b.text.contains(|c: char| c.is_numeric() || c == ':')
        && !b.text.ends_with(['.', '!', '?'])
        && article.publisher.as_deref() != Some(b.text.as_str())
}

/// `Headline | The Scioto Ledger` as the headline, when the part after the separator is the
/// site the text names (the publisher found, or a line of its own): the site is cut off.
fn cut_site_suffix(article: &mut Article, blocks: &[Block]) {
    for sep in super::merge::SITE_SEPARATORS {
        let Some((head, site)) = article.title.rsplit_once(sep) else {
            continue;
        };
        let (head, site) = (head.trim().to_string(), site.trim().to_string());
        let named = article.publisher.as_deref() == Some(site.as_str())
            || blocks.iter().any(|b| b.text == site);
        if named && head.split_whitespace().count() >= 3 {
            article.title = head;
            if article.publisher.is_none() {
                article.publisher = Some(site);
                article.provenance.insert("publisher", "title");
            }
            return;
        }
    }
}

/// A short label between the headline and the byline or date line (`[Local News](…)`,
/// `[Trójmiasto]{.kategoria}`, a note app's clipped kicker under its property rows) is the
/// section.
fn label_under_headline(article: &mut Article, blocks: &[Block], header: usize) {
    let title = article.title.to_lowercase();
    let Some(headline) = blocks[..header]
        .iter()
        .rposition(|b| b.text.to_lowercase().starts_with(&title))
    else {
        return;
    };
    if header - headline > LABEL_REACH {
        return;
    }
    // A heading there is a tool's section (Readwise's `## Metadata`), not the story's label.
    let label = blocks[headline + 1..header]
        .iter()
        .find(|b| b.kind == Kind::Text && is_label(b, article));
    if let Some(label) = label {
        article.category = Some(label.text.clone());
        article.provenance.insert("category", "label");
    }
}

/// The title without what a note app or page title adds after it: an outliner's tags
/// (`… operator says #article`, a Tana supertag) and the site's name the metadata gives as the
/// publisher (`Headline | The Blue Mountain Star` in a Notion page's title).
pub(super) fn without_tags_and_site(title: &str, publisher: Option<&str>) -> String {
    let mut title = title.trim();
    while let Some((head, last)) = title.rsplit_once(' ') {
        let tag = last
            .strip_prefix('#')
            .is_some_and(|t| t.chars().next().is_some_and(char::is_alphabetic));
        if !tag {
            break;
        }
        title = head.trim_end();
    }
    if let Some(site) = publisher {
        for sep in super::merge::SITE_SEPARATORS {
            if let Some(head) = title.strip_suffix(site).and_then(|h| h.strip_suffix(sep)) {
                if !head.trim().is_empty() {
                    title = head.trim_end();
                }
            }
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_loses_its_tags_and_the_publishers_name() {
        assert_eq!(
            without_tags_and_site("Fares to rise, operator says #article", None),
            "Fares to rise, operator says"
        );
        assert_eq!(
            without_tags_and_site("We're #1 again", None),
            "We're #1 again"
        );
        assert_eq!(
            without_tags_and_site("Exports halted | The Star", Some("The Star")),
            "Exports halted"
        );
        assert_eq!(
            without_tags_and_site("Exports halted | The Star", Some("Other")),
            "Exports halted | The Star"
        );
    }

    fn block(level: usize, text: &str) -> Block {
        Block {
            kind: if level == 0 {
                Kind::Text
            } else {
                Kind::Heading(level)
            },
            text: text.into(),
            emphasised: false,
            kicker: false,
        }
    }

    #[test]
    fn the_heading_over_the_byline_is_the_headline() {
        let blocks = [
            block(0, "Saved for the fleet story, check figures"),
            block(0, "Mumbai"),
            block(2, "Buses to be retired by March as contracts end"),
            block(0, "Written by Ann Lee"),
            block(0, "A long paragraph of the story."),
        ];
        let mut a = Article {
            title: blocks[0].text.clone(),
            authors: vec!["Ann Lee".into()],
            ..Article::default()
        };
        settle(&mut a, &blocks);
        assert_eq!(a.title, blocks[2].text);
        assert_eq!(a.category.as_deref(), Some("Mumbai"));
        let mut digest = Article {
            title: "First item".into(),
            authors: vec!["Ann Lee".into()],
            ..Article::default()
        };
        let blocks = [
            block(1, "City Digest — Issue 48"),
            block(0, "Compiled by Ann Lee · Friday"),
            block(3, "First item"),
        ];
        settle(&mut digest, &blocks);
        assert_eq!(digest.title, "City Digest — Issue 48");
        let mut page = Article {
            title: "Fare rise – for the committee".into(),
            authors: vec!["Ann Lee".into()],
            ..Article::default()
        };
        let mut bold = block(
            0,
            "City raises bike-share fares for the first time in nine years",
        );
        bold.emphasised = true;
        let blocks = [
            block(1, "Fare rise – for the committee"),
            block(0, "사회"),
            bold,
            block(0, "Ann Lee, reporter"),
        ];
        settle(&mut page, &blocks);
        assert_eq!(page.title, blocks[2].text);
        assert_eq!(page.category.as_deref(), Some("사회"));
    }

    #[test]
    fn a_named_site_suffix_is_cut_and_a_label_under_the_headline_is_the_section() {
        let blocks = [
            block(1, "Board approves free weekend fares | The Ledger"),
            block(0, "Local News"),
            block(0, "Riders will not pay on weekends."),
            block(0, "By Dana Whitfield"),
            block(0, "The Ledger"),
        ];
        let mut a = Article {
            title: blocks[0].text.clone(),
            authors: vec!["Dana Whitfield".into()],
            ..Article::default()
        };
        settle(&mut a, &blocks);
        assert_eq!(a.title, "Board approves free weekend fares");
        assert_eq!(a.publisher.as_deref(), Some("The Ledger"));
        assert_eq!(a.category.as_deref(), Some("Local News"));
        let blocks = [
            block(1, "Board approves free weekend fares"),
            block(2, "Metadata"),
            block(0, "Author: Dana Whitfield"),
        ];
        let mut a = Article {
            title: blocks[0].text.clone(),
            authors: vec!["Dana Whitfield".into()],
            ..Article::default()
        };
        settle(&mut a, &blocks);
        assert_eq!(a.category, None);
    }
}
