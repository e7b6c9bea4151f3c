//! A portal's partner outlet: the name a portal or an aggregator app prints with the story and a
//! button to follow it (`The Malabar Herald` / `Follow`, `Караганда Сегодня` / `Подписаться`),
//! printed again elsewhere on the page (`More from The Malabar Herald`, a teaser's `Караганда
//! Сегодня · 2 часа назад`, `Originally published by …`). The story belongs to that outlet, not
//! to the portal whose logo heads the page. The follow button and the repeat agreeing is the
//! evidence: a writer's name has a follow button too, but is a person's name.

use super::{byline, line_shapes, lines};
use crate::extract::{dates, lexicon};

/// The partner outlet and the date a line naming it gives (`This story was originally
/// published by The Malabar Herald on 24 November 2026 at 1:05 PM IST`): the story's own date,
/// where the portal's `Posted …` is only when the portal took it.
pub(super) struct Outlet {
    pub name: String,
    pub date: Option<dates::ParsedDate>,
}

/// How many non-empty lines from the top may hold the outlet's line.
const REACH: usize = 30;
/// Most words in an outlet's name.
const NAME_WORDS: usize = 6;

/// The outlet a follow button names, when the page names it again elsewhere.
pub(super) fn outlet(all: &[String]) -> Option<Outlet> {
    let nonempty: Vec<&str> = all
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let top = nonempty.len().min(REACH);
    // The first line is the page's own logo (`The Westminster Review` / `Subscribe`), never a
    // partner the portal names under its own.
    (1..top.saturating_sub(1)).find_map(|i| {
        // `Source: The Riverbend Daily Press` / `Follow`: an aggregator's labelled source line.
        let source = super::meta::sources(nonempty[i])
            .filter(|s| s.len() == 1 && nonempty[i].contains([':', '：']))
            .and_then(|s| s.into_iter().next());
        let name = source.as_deref().unwrap_or(nonempty[i]);
        let is_prompt = crate::extract::html::is_prompt_row;
        // A share row (`Facebook` / `X` / `WhatsApp` / `Email`) is buttons, not a name and its.
        // One tab (`Following`) above is an app's menu; a network's name or two prompts
        // around make a row.
        let around: Vec<&str> = nonempty[i.saturating_sub(2)..i]
            .iter()
            .chain(nonempty.get(i + 2))
            .copied()
            .filter(|l| is_prompt(l))
            .collect();
        let in_row = around.len() >= 2
            || around.iter().any(|l| super::story_end::is_share_bar(l))
            || super::story_end::is_share_bar(nonempty[i]);
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
        (followed && !again.is_empty() && !signed && is_outlet_shaped(name)).then(|| Outlet {
            name: name.to_string(),
            date: again
                .iter()
                .find_map(|l| dates::find_date(l).map(|(_, date, ..)| date)),
        })
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
        let found = outlet(&page);
        assert_eq!(
            found.as_ref().map(|o| o.name.as_str()),
            Some("The Malabar Herald")
        );
        assert!(found.is_some_and(|o| o.date.is_none()));
        let page = lines(
            "Horizon\nThe Malabar Herald\nFollow\nPosted on Horizon: 24 Nov 2026, 2:30 PM\n\
             Ferry routes added\nText of the story goes on here.\n\
             This story was originally published by The Malabar Herald on 24 November 2026 at \
             1:05 PM IST.",
        );
        let date = outlet(&page).and_then(|o| o.date).map(|d| d.iso);
        assert_eq!(date.as_deref(), Some("2026-11-24T13:05"));
        let page = lines(
            "Вектор Новости\nКараганда Сегодня\nПодписаться\nЗаголовок\nТекст.\n\
             Караганда Сегодня · 2 часа назад",
        );
        let name = outlet(&page).map(|o| o.name);
        assert_eq!(name.as_deref(), Some("Караганда Сегодня"));
    }

    #[test]
    fn an_aggregators_labelled_source_line_under_its_tabs() {
        // The app's `Following` tab over the source line is no share row.
        let page = lines(
            "Open in app\nFor You\nLocal\nFollowing\nSource: The Riverbend Daily Press\n\
             Follow\n5h\nHeadline\nText.\nRead more from The Riverbend Daily Press",
        );
        let name = outlet(&page).map(|o| o.name);
        assert_eq!(name.as_deref(), Some("The Riverbend Daily Press"));
    }

    #[test]
    fn a_writer_or_a_name_printed_once_is_no_outlet() {
        // A writer's follow button: a person's name.
        let page = lines("Blog\nSarah Mitchell\nFollow\nHeadline\nText.\nMore from Sarah Mitchell");
        assert!(outlet(&page).is_none());
        let page = lines("Blog\nSokha Chea\nFollow\nHeadline\nText.\nWritten by Sokha Chea");
        assert!(outlet(&page).is_none());
        // A share row's buttons.
        let page = lines("Headline\nShare\nFacebook\nX\nWhatsApp\nEmail\nText.\nJoin our WhatsApp");
        assert!(outlet(&page).is_none());
        // The page's own logo over its subscribe button.
        let page = lines(
            "The Westminster Review\nSubscribe\nHeadline\nText.\n\
                          This article appears in the 27 November 2026 issue of The Westminster Review",
        );
        assert!(outlet(&page).is_none());
        // Nothing on the page agrees.
        let page = lines("Portal\nThe Malabar Herald\nFollow\nHeadline\nText.");
        assert!(outlet(&page).is_none());
    }
}
