//! A portal's partner outlet: the name a portal or an aggregator app prints with the story and a
//! button to follow it (`The Malabar Herald` / `Follow`, `Караганда Сегодня` / `Подписаться`),
//! printed again elsewhere on the page (`More from The Malabar Herald`, a teaser's `Караганда
//! Сегодня · 2 часа назад`, `Originally published by …`). The story belongs to that outlet, not
//! to the portal whose logo heads the page. The follow button and the repeat agreeing is the
//! evidence: a writer's name has a follow button too, but is a person's name.

use super::{byline, line_shapes, lines};
use crate::extract::lexicon;

/// How many non-empty lines from the top may hold the outlet's line.
const REACH: usize = 30;
/// Most words in an outlet's name.
const NAME_WORDS: usize = 6;

/// The outlet a follow button names, when the page names it again elsewhere.
pub(super) fn outlet(all: &[String]) -> Option<String> {
    let nonempty: Vec<&str> = all
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let top = nonempty.len().min(REACH);
    (0..top.saturating_sub(1)).find_map(|i| {
        let name = nonempty[i];
        let is_prompt = crate::extract::html::is_prompt_row;
        // A share row (`Facebook` / `X` / `WhatsApp` / `Email`) is buttons, not a name and its.
        let in_row = nonempty[i.saturating_sub(2)..i]
            .iter()
            .chain(nonempty.get(i + 2))
            .any(|l| is_prompt(l));
        let followed = is_prompt(nonempty[i + 1]) && !in_row;
        let again: Vec<&str> = nonempty
            .iter()
            .enumerate()
            .filter(|&(j, l)| j != i && *l != name && l.contains(name))
            .map(|(_, l)| *l)
            .collect();
        // `Written by Sokha Chea` below: the writer's own follow button.
        let signed = again
            .iter()
            .any(|l| byline::byline(l).is_some_and(|names| names.iter().any(|n| n == name)));
        (followed && !again.is_empty() && !signed && is_outlet_shaped(name))
            .then(|| name.to_string())
    })
}

/// A short name that is no person's, date, menu item or byline.
fn is_outlet_shaped(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=NAME_WORDS).contains(&words)
        && line.chars().count() <= 50
        && line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_numeric)
        && !lines::ends_sentence(line)
        && !lines::is_navigation(line)
        && !line_shapes::is_metadata_line(line)
        && !crate::extract::html::is_prompt_row(line)
        && !lexicon::is_menu_word(&line.to_lowercase())
        && !lexicon::is_section_name(&line.to_lowercase())
        && !lexicon::is_news_agency(line)
        && byline::byline(line).is_none()
        && !byline::is_known_person(line)
}

#[cfg(test)]
mod tests {
    use super::outlet;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn the_outlet_with_a_follow_button_named_again_below() {
        let page = lines(
            "Horizon\nSearch\nThe Malabar Herald\nFollow\nStory by Anjali Menon\n\
             Ferry routes added\nText of the story goes on here.\nMore for you\n\
             The Malabar Herald · 9h\n© 2026 Horizon",
        );
        assert_eq!(outlet(&page).as_deref(), Some("The Malabar Herald"));
        let page = lines(
            "Вектор Новости\nКараганда Сегодня\nПодписаться\nЗаголовок\nТекст.\n\
             Караганда Сегодня · 2 часа назад",
        );
        assert_eq!(outlet(&page).as_deref(), Some("Караганда Сегодня"));
    }

    #[test]
    fn a_writer_or_a_name_printed_once_is_no_outlet() {
        // A writer's follow button: a person's name.
        let page = lines("Blog\nSarah Mitchell\nFollow\nHeadline\nText.\nMore from Sarah Mitchell");
        assert_eq!(outlet(&page), None);
        let page = lines("Blog\nSokha Chea\nFollow\nHeadline\nText.\nWritten by Sokha Chea");
        assert_eq!(outlet(&page), None);
        // A share row's buttons.
        let page = lines("Headline\nShare\nFacebook\nX\nWhatsApp\nEmail\nText.\nJoin our WhatsApp");
        assert_eq!(outlet(&page), None);
        // Nothing on the page agrees.
        let page = lines("Portal\nThe Malabar Herald\nFollow\nHeadline\nText.");
        assert_eq!(outlet(&page), None);
    }
}
