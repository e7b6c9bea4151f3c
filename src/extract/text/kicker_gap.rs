//! The section label over a headline that the title rules passed by. Pages print their menu's
//! active section again over the headline (`Vie de quartier` after a menu that lists it),
//! sometimes with a badge (`PREMIUM`), the date or the site's name between them. Read once the
//! title and the publisher are settled, and only when no other rule found a category.

use super::section::{breadcrumb_last, is_no_section, without_arrow};
use super::settle::name_key;
use super::title::{is_kicker, is_metadata_line};
use super::{Found, Role};

/// The category from the label over the headline, when no rule found one. `page_lines` is the
/// page as printed when a page dump cleared its header from `lines`.
pub(super) fn fill_category(
    found: &mut Found,
    roles: &[Role],
    lines: &[String],
    page_lines: Option<&[String]>,
) {
    if found.category.is_some() {
        return;
    }
    let Some(at) = roles.iter().position(|r| *r == Role::Title) else {
        return;
    };
    let own: Vec<&str> = found.publisher.iter().map(String::as_str).collect();
    let printed = page_lines.unwrap_or(lines);
    if let Some(section) = label_over_headline(printed, at, &own, page_lines.is_some()) {
        found.category = Some(section);
        found.provenance.insert("category", "line-above-headline");
    } else if let Some(section) = header_breadcrumb(printed, at, &own) {
        found.category = Some(section);
        found.provenance.insert("category", "breadcrumb");
    }
}

/// How far above the headline a page's header may print its breadcrumb.
const HEADER_LINES: usize = 40;

/// A breadcrumb at the top of the page, with the menu between it and the headline
/// (`BBN Homepage >> BBN News >> UK Politics`): its last step is the section when it has three
/// steps or more joined by arrows and the menu lists the step too. Not the site's own name.
fn header_breadcrumb(lines: &[String], headline: usize, own_names: &[&str]) -> Option<String> {
    let from = headline.saturating_sub(HEADER_LINES);
    let header: Vec<&str> = lines[from..headline]
        .iter()
        .map(|l| without_arrow(l.trim()))
        .filter(|l| !l.is_empty())
        .collect();
    header.iter().find_map(|line| {
        // Arrows only: bars and slashes part link rows and language switches as well.
        let steps = [">>", " > ", " › ", " » ", "＞"]
            .iter()
            .map(|sep| line.split(sep).count())
            .max()
            .unwrap_or(1);
        if steps < 3 {
            return None;
        }
        let last = breadcrumb_last(line)?;
        let listed = header.contains(&last.as_str());
        let own = own_names.iter().any(|n| name_key(n) == name_key(&last));
        (listed && !own && is_kicker(&last)).then_some(last)
    })
}

/// How many lines between the label and the headline may be a badge, a time or the site's name.
const MAX_BETWEEN: usize = 2;

/// The label over the headline at `headline`, past badges, dates and the site's own names
/// (`own_names`, or a line the page repeats just under the headline: a syndicating portal's
/// source line). With `in_menu`, for the header a page dump set aside as furniture, only a
/// label the menu above lists as well: buttons and boxes sit there too (`Write`, `Your email`).
pub(super) fn label_over_headline(
    lines: &[String],
    headline: usize,
    own_names: &[&str],
    in_menu: bool,
) -> Option<String> {
    let below: Vec<&str> = lines[headline + 1..]
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(3)
        .collect();
    let own = |line: &str| {
        below.contains(&line) || own_names.iter().any(|n| name_key(n) == name_key(line))
    };
    // The file's first line is the site's name far more often than a section.
    let first_line = lines.iter().position(|l| !l.trim().is_empty());
    let mut between = 0;
    for i in (0..headline).rev() {
        let line = without_arrow(lines[i].trim());
        if line.is_empty() {
            continue;
        }
        if is_no_section(line) || is_metadata_line(line) || is_timed(line) || own(line) {
            between += 1;
            if between > MAX_BETWEEN {
                return None;
            }
            continue;
        }
        // A language switch (`EST | ENG | RUS`) names no section.
        let code = |s: &str| s.chars().count() <= 3 && s.chars().all(|c| c.is_ascii_uppercase());
        if let Some(last) = breadcrumb_last(line) {
            return (!code(&last)).then_some(last);
        }
        let in_menu_above =
            |at: usize, label: &str| lines[..at].iter().any(|l| without_arrow(l.trim()) == label);
        // Listed in the menu above, or under a parent section that is (`Industrie` then
        // `Automobile`: a breadcrumb printed one step a line).
        let listed = || {
            in_menu_above(i, line)
                || (0..i)
                    .rev()
                    .find(|&j| !lines[j].trim().is_empty())
                    .is_some_and(|j| {
                        let parent = without_arrow(lines[j].trim());
                        is_kicker(parent) && in_menu_above(j, parent)
                    })
        };
        let label = Some(i) != first_line
            && (!in_menu || listed())
            && !code(line)
            // A list item or a quoted value (`- "guyana"`) is no label.
            && line.chars().next().is_some_and(char::is_alphanumeric)
            && is_kicker(line)
            && line.chars().any(char::is_alphabetic)
            && !super::dump::is_boilerplate_label(line);
        return label.then(|| line.to_string());
    }
    None
}

/// A short line with a time of day (`Vandaag, 14:12`): a date the date rules may not know.
fn is_timed(line: &str) -> bool {
    line.split_whitespace().count() <= 4
        && line.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_ascii_digit());
            w.split_once([':', '.']).is_some_and(|(h, m)| {
                (1..=2).contains(&h.len())
                    && m.len() == 2
                    && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn a_breadcrumb_in_the_header_names_a_section_the_menu_lists() {
        let page = lines(
            "BBN NEWS\nBBN Homepage >> BBN News >> UK Politics\nNews Front Page\nWorld\nUK Politics\n\
             Business\nLast Updated: Thursday, 9 November 2006, 17:30 GMT\nMinisters back the plan\nText",
        );
        assert_eq!(
            header_breadcrumb(&page, 7, &[]).as_deref(),
            Some("UK Politics")
        );
        // Two steps, or a step the menu does not list, name nothing.
        let page = lines("Wires > PNA > Regional\nPNA\nMinisters back the plan\nText");
        assert_eq!(header_breadcrumb(&page, 2, &[]), None);
    }

    #[test]
    fn the_menus_active_section_over_the_headline_past_a_badge_or_a_date() {
        let page = lines(
            "週刊ミライONLINE\nニュース\n社会\n経済\n社会\n「駅前の本屋が消えた町」で始まった実験\n文＝森田沙織",
        );
        assert_eq!(
            label_over_headline(&page, 5, &[], true).as_deref(),
            Some("社会")
        );
        let page = lines(
            "Hälsinge Nyhetsblad\nLjusdal\nBollnäs\nSport\nLjusdal\nPREMIUM\nSkolskjutsarna i Ljusdal läggs om\nText",
        );
        assert_eq!(
            label_over_headline(&page, 6, &[], true).as_deref(),
            Some("Ljusdal")
        );
        let page = lines(
            "Radio Noordwest\nHome\nBinnenland\nVandaag, 14:12\n\nVeerpont bij Oosterwolde vaart weer\nText",
        );
        assert_eq!(
            label_over_headline(&page, 5, &[], false).as_deref(),
            Some("Binnenland")
        );
        // A breadcrumb printed a step a line: the child under a parent the menu lists.
        let crumbs = lines(
            "Économie\nIndustrie\nRégions\nIndustrie\nAutomobile\nABONNÉS\nBatteries : le projet de Thionville reporté\nText",
        );
        assert_eq!(
            label_over_headline(&crumbs, 6, &[], true).as_deref(),
            Some("Automobile")
        );
        // In a dump's header only a label its menu lists: a button is none.
        assert_eq!(label_over_headline(&page, 5, &[], true), None);
        // Nor a language switch, the site's name or a list item.
        let page = lines("Ministry\nEST | ENG | RUS\nRural shop vans get double support\nText");
        assert_eq!(label_over_headline(&page, 2, &[], false), None);
        let page = lines("Notes\nHarian Lintas\nBanjir rendam 14 desa di Kapuas\nHarian Lintas");
        assert_eq!(label_over_headline(&page, 2, &[], false), None);
        assert_eq!(label_over_headline(&page, 2, &["Notes"], false), None);
    }
}
