//! The site's name printed at both ends of a page: a copy of a whole page opens with the
//! masthead and closes with a footer that names the site again (`Hälsinge Nyhetsblad` …
//! `Hälsinge Nyhetsblad`, `La Pente Croix-Rousse` … `La Pente Croix-Rousse — blog associatif`).
//! No site's layout is assumed: only that the same name stands at the top and at the bottom.
//! Over the labelled text copies it named the publisher right 47 times in 49.

use super::byline;
use crate::extract::lexicon;

/// A page shorter than this has no separate header and footer to compare.
const MIN_LINES: usize = 20;
/// How many non-empty lines at the top may hold the masthead.
const TOP: usize = 4;
/// How many non-empty lines at the bottom may hold the footer's name.
const BOTTOM: usize = 8;
/// What may follow the name in a footer line (`NRV – Norsk Riksvisjon. Ansvarlig redaktør …`).
const AFTER_NAME: [&str; 8] = [" —", " –", " -", " |", ".", " ·", ",", " /"];

/// The name the page's first lines and its last lines both print, if any.
pub(super) fn repeated_masthead(lines: &[String]) -> Option<String> {
    let printed: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    if printed.len() < MIN_LINES {
        return None;
    }
    let bottom = &printed[printed.len() - BOTTOM..];
    let same = (0..TOP)
        .filter(|&i| name_shaped(printed[i]))
        .find(|&i| {
            let name = printed[i];
            bottom.iter().any(|line| {
                *line == name
                    || line.strip_prefix(name).is_some_and(|rest| {
                        AFTER_NAME.iter().any(|mark| rest.starts_with(mark))
                            && !repeats_menu(rest, printed[i + 1])
                    })
            })
        })
        .map(|i| printed[i].to_string());
    same.or_else(|| edition_of_footer_name(&printed[..TOP], bottom))
}

/// A footer's row of links that goes on as the top's menu does (`Home Page | World | U.S.` under
/// a menu of `Home Page`, `World`, …): its first item is a menu's, not the site's name.
fn repeats_menu(rest: &str, next_at_top: &str) -> bool {
    rest.strip_prefix(" |")
        .and_then(|r| r.split('|').next())
        .is_some_and(|item| item.trim() == next_at_top)
}

static EDITION_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        lexicon::word_list(include_str!("../../../assets/lexicon/edition-words.txt"))
    });

/// `東洋新聞デジタル` at the top and `東洋新聞` in the footer: the logo names the web edition,
/// the footer the publication.
fn edition_of_footer_name(top: &[&str], bottom: &[&str]) -> Option<String> {
    bottom
        .iter()
        .copied()
        .filter(|name| name_shaped(name))
        .find(|name| {
            top.iter().any(|logo| {
                logo.strip_prefix(name).is_some_and(|rest| {
                    let rest = rest.trim_start_matches([' ', '-', '·']);
                    EDITION_WORDS.contains(lexicon::lower(rest).as_str())
                })
            })
        })
        .map(str::to_string)
}

/// How many non-empty lines from the top may hold the masthead and the byline naming it.
const BYLINE_REACH: usize = 30;

/// A name printed as a line of its own near the top and again after the writer's role in the
/// byline (`Denver Business Record` … `By Kyle Brennan – Staff Reporter, Denver Business
/// Record`): the publication the writer works for and the copy shows.
pub(super) fn named_in_byline(lines: &[String]) -> Option<String> {
    let printed: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(BYLINE_REACH)
        .collect();
    let bylines: Vec<&str> = printed
        .iter()
        .copied()
        .filter(|l| byline::byline(l).is_some())
        .collect();
    printed
        .iter()
        .copied()
        .filter(|line| name_shaped(line) && line.split_whitespace().count() >= 2)
        .find(|name| {
            bylines.iter().any(|b| {
                b.len() > name.len()
                    && b.strip_suffix(name)
                        .is_some_and(|head| head.trim_end().ends_with([',', '–', '—', '|']))
            })
        })
        .map(str::to_string)
}

/// A short logo on the page's first line printed longer in the byline block, with a word
/// after it (`CBN` … `Priya Sandhu · CBN News · Posted: …`, `BPC` … `Tom Ashdown` / `BPC
/// News`): the name the outlet gives its writers' work. `bylines` are the indices of the
/// lines read as authors or dates.
pub(super) fn logo_named_in_byline(
    logo: &str,
    lines: &[String],
    bylines: &[usize],
) -> Option<String> {
    let logo = logo.trim();
    if !name_shaped(logo) || logo.split_whitespace().count() > 2 {
        return None;
    }
    let longer = |part: &str| {
        let part = part.trim();
        let rest = part.strip_prefix(logo)?.strip_prefix(' ')?;
        let words: Vec<&str> = rest.split_whitespace().collect();
        ((1..=2).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && name_shaped(part))
        .then(|| part.to_string())
    };
    bylines.iter().find_map(|&i| {
        let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty());
        lines[i]
            .split(['·', '|', '•'])
            .find_map(longer)
            .or_else(|| next.and_then(|l| longer(l)))
    })
}

/// A masthead: a few words, no digits, no sentence, not a menu item, a section or a byline.
fn name_shaped(line: &str) -> bool {
    let lower = lexicon::lower(line);
    (1..=6).contains(&line.split_whitespace().count())
        && line.chars().count() >= 3
        && !line.ends_with(['.', '!', '?', ':'])
        && !line.chars().any(|c| c.is_ascii_digit())
        && line.chars().any(|c| c.is_uppercase() || !c.is_ascii())
        && !lexicon::is_section_name(&lower)
        && !lexicon::is_menu_word(&lower)
        && byline::byline(line).is_none()
        // `Accessibility Help` heads and ends many pages: a link, not a name.
        && !super::dump::is_boilerplate_label(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(top: &[&str], bottom: &[&str]) -> Vec<String> {
        let middle = (0..16).map(|n| format!("Paragraph {n} of the story, which goes on."));
        top.iter()
            .map(|s| s.to_string())
            .chain(middle)
            .chain(bottom.iter().map(|s| s.to_string()))
            .collect()
    }

    #[test]
    fn the_name_over_the_story_and_after_the_writers_role_is_the_publications() {
        let lines: Vec<String> = [
            "Denver Business Record",
            "Credit union to buy two Colorado Springs branches",
            "By Kyle Brennan – Staff Reporter, Denver Business Record",
            "Nov 24, 2026, 7:45am MST",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            named_in_byline(&lines).as_deref(),
            Some("Denver Business Record")
        );
    }

    #[test]
    fn the_name_at_the_top_and_in_the_footer_is_the_sites() {
        let lines = page(
            &["Meny", "Hälsinge Nyhetsblad", "Ljusdal"],
            &["Kontakt", "Hälsinge Nyhetsblad", "Integritetspolicy"],
        );
        assert_eq!(
            repeated_masthead(&lines).as_deref(),
            Some("Hälsinge Nyhetsblad")
        );
        let lines = page(
            &["La Pente Croix-Rousse", "Accueil", "Vie de quartier"],
            &[
                "Mentions légales",
                "La Pente Croix-Rousse — blog associatif, propulsé par WordPress",
            ],
        );
        assert_eq!(
            repeated_masthead(&lines).as_deref(),
            Some("La Pente Croix-Rousse")
        );
    }

    #[test]
    fn a_footers_link_row_going_on_as_the_menu_does_names_no_site() {
        let lines = page(
            &["USNC", "Home Page", "World", "U.S."],
            &["Home Page | World | U.S. | Weather | Business", "Privacy"],
        );
        assert_eq!(repeated_masthead(&lines), None);
        let lines = page(
            &["Valley Post", "Home", "Local"],
            &["Valley Post | Privacy | Terms"],
        );
        assert_eq!(repeated_masthead(&lines).as_deref(), Some("Valley Post"));
    }

    #[test]
    fn the_logo_names_the_web_edition_and_the_footer_the_publication() {
        let lines = page(
            &["東洋新聞デジタル", "ログイン", "ニュース"],
            &["東洋新聞", "東洋新聞について", "利用規約"],
        );
        assert_eq!(repeated_masthead(&lines).as_deref(), Some("東洋新聞"));
        let lines = page(
            &["Kurier Online", "Login", "Politik"],
            &["Impressum", "Kurier", "Datenschutz"],
        );
        assert_eq!(repeated_masthead(&lines).as_deref(), Some("Kurier"));
        // Another word after the name is no edition.
        let lines = page(&["Kurier Sport", "Login"], &["Impressum", "Kurier"]);
        assert_eq!(repeated_masthead(&lines), None);
    }

    #[test]
    fn a_section_a_menu_item_or_a_longer_name_is_no_masthead() {
        // The menu repeated in the footer names sections, not the site.
        let lines = page(&["Sport", "Home"], &["Sport", "Home"]);
        assert_eq!(repeated_masthead(&lines), None);
        // A link to the help pages heads and ends many sites.
        let lines = page(&["Accessibility Help"], &["Accessibility Help"]);
        assert_eq!(repeated_masthead(&lines), None);
        // `Hälsinge Nyhetsbladet` is another name.
        let lines = page(&["Hälsinge Nyhet"], &["Hälsinge Nyhetsblad"]);
        assert_eq!(repeated_masthead(&lines), None);
        // A short file has no header and footer apart.
        let short: Vec<String> = ["Hälsinge Nyhetsblad", "Text.", "Hälsinge Nyhetsblad"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(repeated_masthead(&short), None);
    }
}
