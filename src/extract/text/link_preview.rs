//! A social post's link preview: the post's own words first, then the card a platform draws
//! for the link (`GAZETANADODRZANSKA.PL`, the story's headline, its description). Facebook,
//! LinkedIn, X and chat apps print the card the same way. When the copy opens with the post's
//! prose rather than a headline, the card's headline is the story's title and the post's words
//! are the story, though they sit above it.

use super::line_shapes::{is_headline, is_metadata_line};
use super::{Found, Role, lines, section};

/// Most words a line may have and still be a headline rather than a post's prose.
const PROSE_WORDS: usize = 12;
/// How many non-blank lines may come before the post's first sentence (the page's name, a time).
const POST_OPENS_WITHIN: usize = 4;
/// How many lines below the post's first sentence the card's address may sit.
const CARD_WINDOW: usize = 12;

/// Where a post's link card sits in the copy.
#[derive(Debug, Clone)]
pub(super) struct Card {
    /// The post's first sentence.
    pub(super) post: usize,
    /// The bare web address over the card (`GAZETANADODRZANSKA.PL`).
    pub(super) address: usize,
    pub(super) headline: usize,
}

/// The card of a post that opens with prose, read before a page dump clears the page's
/// furniture (the card and the reactions around it).
pub(super) fn find_card(lines: &[String]) -> Option<Card> {
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let (n, &post) = filled
        .iter()
        .enumerate()
        .take(POST_OPENS_WITHIN + 1)
        .find(|(_, i)| is_prose(&lines[**i]))?;
    // No headline above the post's first sentence.
    if filled[..n]
        .iter()
        .any(|&i| is_headline(&lines[i]) && !is_metadata_line(&lines[i]))
    {
        return None;
    }
    let address = filled
        .iter()
        .copied()
        .filter(|&i| i > post)
        .take(CARD_WINDOW)
        .find(|&i| section::is_bare_domain(&lines[i].trim().to_lowercase()))?;
    let headline = filled.iter().copied().find(|&i| i > address)?;
    is_headline(&lines[headline]).then_some(Card {
        post,
        address,
        headline,
    })
}

/// Takes the card's headline as the title: the address and the card's description are
/// furniture, the post's lines above the card the story.
pub(super) fn card_title(
    lines: &[String],
    roles: &mut [Role],
    found: &mut Found,
) -> Option<String> {
    let card = found.card.clone()?;
    if roles[card.headline] == Role::Blank {
        return None;
    }
    roles[card.address] = Role::Dropped;
    roles[card.headline] = Role::Title;
    // The card's description under its headline repeats the story in brief.
    if let Some(description) = (card.headline + 1..lines.len()).find(|&j| roles[j] != Role::Blank) {
        if roles[description] == Role::Content && lines[description].chars().count() <= 300 {
            roles[description] = Role::Dropped;
        }
    }
    found.post_above = Some(card.post..card.address);
    found.provenance.insert("title", "link-preview");
    Some(lines[card.headline].clone())
}

/// A line that reads as running text: it ends a sentence and is long, or holds two sentences.
fn is_prose(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let sentences =
        line.matches(". ").count() + line.matches("! ").count() + line.matches("? ").count();
    lines::ends_sentence(line) && (words > PROSE_WORDS || sentences >= 1)
}

#[cfg(test)]
mod tests {
    use super::super::read_text;

    #[test]
    fn a_post_with_a_link_card_takes_the_cards_headline() {
        let text = "Gazeta Nadodrzańska\n24 listopada o 19:42 ·\n\
            Od poniedziałku kierowcy muszą się przygotować na utrudnienia. Drogowcy wymienią tory.\n\
            Tramwaje linii 2 i 5 pojadą w tym czasie przez ulicę Lipową, a samochody objazdem.\n\
            GAZETANADODRZANSKA.PL\n\
            Od poniedziałku objazdy na Kościuszki. Tramwaje pojadą zastępczą trasą\n\
            Remont torowiska kosztuje 6,4 mln zł.\n";
        let article = read_text(text);
        assert_eq!(
            article.title,
            "Od poniedziałku objazdy na Kościuszki. Tramwaje pojadą zastępczą trasą"
        );
        // The post's own words are the story; the card's address and description are not.
        assert!(
            article.body.starts_with("Od poniedziałku kierowcy"),
            "{}",
            article.body
        );
        assert!(!article.body.contains("Remont"), "{}", article.body);
        assert_eq!(article.category, None);
    }

    #[test]
    fn a_headline_on_top_keeps_its_place_over_an_address() {
        let text = "Bus operator to axe eight rural routes in North Yorkshire\n\
            yorkdalesgazette.co.uk\n\
            Eight rural bus routes will be withdrawn in January, the operator said on Monday.\n";
        assert_eq!(
            read_text(text).title,
            "Bus operator to axe eight rural routes in North Yorkshire"
        );
    }
}
