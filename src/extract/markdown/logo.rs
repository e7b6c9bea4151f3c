//! The site's logo at the top of a clip: an image alone in its paragraph above the story
//! whose alternative text is the site's name (`[![The Lagoon Courier](…/logo-dark.svg)](https://lagooncourier.ng/)`,
//! a newsletter's `![The Cape Coast Chronicle](…/masthead.png)`). Whole-page copies and
//! e-mails converted to Markdown keep it; it names the masthead, which a copyright line's
//! company does not.

use super::merge::SITE_SEPARATORS;
use super::render::{Block, Kind, Picture};

/// Blocks of prose at least this long are the story: a logo stands above them.
const PROSE_CHARS: usize = 100;
/// A site's name is a few words.
const MAX_NAME_WORDS: usize = 6;
/// A host label shorter than this (`news`, `cdn`, `www`) spells no name.
const MIN_LABEL_LETTERS: usize = 5;

/// The site's name from its logo, as the text prints it where it prints it again.
pub(super) fn site_name(pictures: &[Picture], blocks: &[Block]) -> Option<(String, String)> {
    pictures
        .iter()
        .take_while(|p| above_story(p, blocks))
        .find_map(|p| Some((name(p, blocks)?, p.alt.clone())))
}

/// No heading and no paragraph of prose (long, ending a sentence) above the picture: an
/// e-mail's header rows may stand there.
fn above_story(picture: &Picture, blocks: &[Block]) -> bool {
    blocks.iter().take(picture.blocks_above).all(|b| {
        matches!(b.kind, Kind::Text)
            && (b.text.chars().count() < PROSE_CHARS || !b.text.ends_with(['.', '!', '?', '。']))
    })
}

/// The part of the alternative text that names the site (`Nordhessen Kurier – Startseite`
/// names it before the dash), when the evidence agrees: the image links to the site's front
/// page, or the name spells the host of the image or the link, or the text prints the name
/// again at the start of a line. The printed form (its case) is preferred.
fn name(picture: &Picture, blocks: &[Block]) -> Option<String> {
    let mut parts = vec![picture.alt.as_str()];
    for sep in SITE_SEPARATORS {
        if let Some((head, tail)) = picture.alt.split_once(sep) {
            parts = vec![head.trim(), tail.trim()];
            break;
        }
    }
    let parts: Vec<&str> = parts.into_iter().filter(|p| is_name_shaped(p)).collect();
    let hosts: Vec<&str> = [Some(picture.src.as_str()), picture.link.as_deref()]
        .into_iter()
        .flatten()
        .filter_map(host)
        .collect();
    let spelled = |part: &str| {
        let letters = letters(part);
        hosts.iter().flat_map(|h| h.split(['.', '-'])).any(|label| {
            let label = letters_of_label(label);
            label.chars().count() >= MIN_LABEL_LETTERS && super::origin::spells(&letters, &label)
        })
    };
    // A one-word name printed again may be any word opening a line (`Photo: …`).
    let printed = |part: &str| {
        (part.split_whitespace().count() >= 2)
            .then(|| printed_form(part, blocks))
            .flatten()
    };
    if let Some(part) = parts.iter().find(|p| spelled(p) || printed(p).is_some()) {
        return Some(printed(part).unwrap_or_else(|| part.to_string()));
    }
    let home = picture.link.as_deref().is_some_and(is_front_page);
    parts
        .first()
        .filter(|_| home)
        .map(|part| printed(part).unwrap_or_else(|| part.to_string()))
}

/// One to six words, no digits, no sentence.
fn is_name_shaped(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=MAX_NAME_WORDS).contains(&words)
        && !text.contains(|c: char| c.is_numeric() || c == ':')
        && !text.ends_with(['.', '!', '?'])
        && text.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// The name as a line of the text opens with it, whatever the case, alone or before a
/// separator (`EGE POSTASI` as `Ege Postası · Sabah Bülteni`), not as a sentence's subject.
fn printed_form(name: &str, blocks: &[Block]) -> Option<String> {
    let wanted = letters(name);
    let count = name.chars().count();
    blocks.iter().find_map(|b| {
        let head: String = b.text.chars().take(count).collect();
        let next = b.text.chars().skip(count).find(|c| !c.is_whitespace());
        let ends = next.is_none_or(|c| !c.is_alphanumeric());
        (ends && letters(&head) == wanted).then_some(head)
    })
}

/// Lower-case letters and digits only; the Turkish dotless `ı` as `i`, as capitals print it.
pub(super) fn letters(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| if c == 'ı' { 'i' } else { c })
        .collect()
}

pub(super) fn letters_of_label(label: &str) -> String {
    label
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase()
}

/// `https://www.example.com/a/b` → `www.example.com`.
pub(super) fn host(address: &str) -> Option<&str> {
    let rest = address.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then_some(host)
}

/// A link to a site's front page: its address has no path (`https://lagooncourier.ng/`).
fn is_front_page(address: &str) -> bool {
    address == "/"
        || address
            .split_once("://")
            .is_some_and(|(_, rest)| rest.split_once('/').is_none_or(|(_, path)| path.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::markdown::render::render_with_pictures;

    fn logo(md: &str) -> Option<String> {
        let (blocks, pictures) = render_with_pictures(md, &mut Vec::new());
        site_name(&pictures, &blocks).map(|(name, _)| name)
    }

    #[test]
    fn a_logo_over_the_story_names_the_site() {
        let story = "# Headline of the story\n\nA paragraph.\n";
        // Linked to the front page.
        let linked = format!(
            "[![The Harbour Times](https://x.example/t/logo.svg)](https://harbour.example/)\n\n{story}"
        );
        assert_eq!(logo(&linked).as_deref(), Some("The Harbour Times"));
        // Its letters spell the host; the text prints it in its own case.
        let spelled = format!(
            "![EGE POSTASI](https://cdn.egepostasi.com.tr/logo.png)\n\n**Ege Postası** · Sabah\n\n{story}"
        );
        assert_eq!(logo(&spelled).as_deref(), Some("Ege Postası"));
        // A word for "front page" after a dash is not the name.
        let home = format!(
            "[![Nordhessen Kurier – Startseite](https://www.nordhessen-kurier.de/l.svg)](https://www.nordhessen-kurier.de/)\n\n{story}"
        );
        assert_eq!(logo(&home).as_deref(), Some("Nordhessen Kurier"));
        // A picture in the story, or one with no evidence, names nothing.
        let photo = format!(
            "{story}\n[![Harbour Times](https://x.example/a.jpg)](https://harbour.example/)\n"
        );
        assert_eq!(logo(&photo), None);
        let bare = format!("![Harbour at dawn](https://img.example/a.jpg)\n\n{story}");
        assert_eq!(logo(&bare), None);
        let subject =
            "![Mayor Ann Lee](https://img.example/a.jpg)\n\nMayor Ann Lee told the council.\n";
        assert_eq!(logo(subject), None);
        // Header rows of an e-mail may stand above it.
        let mail = format!(
            "**From:** The Cape Coast Chronicle <briefing@capecoastchronicle.example>\n**Subject:** Morning Briefing: Elmina fishers get a fuel reprieve\n\n\
             ![The Cape Coast Chronicle](https://mcusercontent.example/i/m.png)\n\n\
             **The Cape Coast Chronicle** | Morning Briefing\n\n{story}"
        );
        assert_eq!(logo(&mail).as_deref(), Some("The Cape Coast Chronicle"));
    }
}
