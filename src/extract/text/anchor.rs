//! The headline found from the byline and date block below it, whatever sits above: skip
//! links, the site's name, a menu copied as one line, an account row, a cookie banner. Pages
//! print the headline directly above that block (a standfirst or a photo credit may sit
//! between), and the section's label directly above the headline. Position at the top of the
//! file says little in a whole-page copy; this order says a lot.

use super::{Found, Role, byline, lines, meta_line, title};
use crate::extract::dates;

/// How many non-empty lines from the top are searched for the byline or date block.
const REACH: usize = 30;
/// How many non-empty lines below the block may come before the article's first paragraph
/// (whole-page copies print share buttons, read counts and credits there).
const PROSE_WITHIN: usize = 12;
/// How many lines (a standfirst, the authors' names, a caption, a credit) may sit between the headline and the
/// block.
const BETWEEN: usize = 3;
/// Most words in a line with a number that is a relative time or a reading time, not a headline.
const SHORT_WITH_NUMBER: usize = 5;

/// The headline above the first byline or date line near the top, when furniture sits above
/// it (at least two lines besides its section label). Marks the lines it uses.
pub(super) fn anchored_title(
    lines: &[String],
    roles: &mut [Role],
    found: &mut Found,
) -> Option<String> {
    let nonempty: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Content)
        .take(REACH)
        .collect();
    // The byline or date line that has a headline above it and the article's prose nearest
    // below (a site's date line at the very top has neither; a teaser's date has the next
    // teaser below it, and the article further down than the article's own block).
    let (above, h) = nonempty
        .iter()
        .enumerate()
        .filter(|&(_, &i)| is_block_line(&lines[i]))
        .filter_map(|(anchor, &i)| {
            let distance = prose_distance(lines, i)?;
            let run = prose_run(lines, i, distance);
            Some(((run, distance), headline_above(lines, &nonempty, anchor)?))
        })
        // An author box under the story (`ავტორი` / the name / a bio) is a block with one
        // paragraph below it; the article's own block has the story's paragraphs below it.
        .min_by_key(|((run, distance), _)| (std::cmp::Reverse(*run), *distance))
        .map(|(_, found)| found)?;
    let section = super::section::section_above(lines, above[h])
        .or_else(|| menu_item_above(lines, above, h))
        .filter(|_| h > 0);
    let furniture_above = h - usize::from(section.is_some());
    if furniture_above < 2 {
        return None;
    }
    for &i in &above[..h] {
        roles[i] = Role::Dropped;
    }
    // A date printed a few lines over the headline (`24 Nov 2025 14:32 GMT` / `Story ID: …` /
    // the headline) dates the story, as a wire's header prints it.
    // Not when the block below dates it: the line above is then the site's date strip.
    let block = &nonempty[above.len()..(above.len() + 3).min(nonempty.len())];
    let dated_below = block.iter().any(|&i| {
        !dates::parse_date_clauses(&lines[i]).is_empty()
            || meta_line::is_meta_line(&lines[i]) && dates::find_date(&lines[i]).is_some()
    });
    if found.published.is_none() && !dated_below {
        for &i in above[h.saturating_sub(3)..h].iter().rev() {
            let clauses = dates::parse_date_clauses(&lines[i]);
            if !clauses.is_empty() {
                roles[i] = Role::Date;
                for (role, date) in clauses {
                    super::record_date(found, role, date);
                }
                break;
            }
        }
    }
    if let Some(section) = section {
        found.category.get_or_insert(section);
        found.provenance.insert("category", "line-above-headline");
    }
    roles[above[h]] = Role::Title;
    found.provenance.insert("title", "line-above-byline");
    // A credit stacked under the writer's line (`Орус тилинен которгон: …`, a translator's) is
    // no part of the story.
    for pair in above[h + 1..].windows(2) {
        if labelled_name(&lines[pair[1]]) && super::label_byline::names(&lines[pair[0]]).is_some() {
            roles[pair[1]] = Role::Dropped;
        }
    }
    // `الرياض - فهد العتيبي` between the headline and the date: the dateline's place and the
    // reporter.
    for &i in &above[h + 1..] {
        if let Some(name) = byline::caseless_dateline_byline(&lines[i]) {
            if found.authors.is_empty() {
                roles[i] = Role::Author;
                found.authors.push((i, name));
                found.provenance.insert("authors", "dateline-byline");
            }
        }
    }
    Some(lines[above[h]].clone())
}

/// A few words, a colon and a list of names (`Орус тилинен которгон: Айгерим Токтосунова`).
fn labelled_name(line: &str) -> bool {
    line.split_once([':', '：']).is_some_and(|(label, value)| {
        (1..=4).contains(&label.split_whitespace().count())
            && label.chars().all(|c| c.is_alphabetic() || c == ' ')
            && byline::name_list(value.trim()).is_some()
    })
}

/// The line directly above the headline at `above[h]` when the menu printed it already (the
/// active section, `Tài chính - Ngân hàng`).
fn menu_item_above(lines: &[String], above: &[usize], h: usize) -> Option<String> {
    let upper = &lines[*above.get(h.checked_sub(1)?)?];
    let in_menu = above[..h - 1].iter().any(|&m| lines[m] == *upper);
    let label = upper.chars().any(char::is_alphabetic) && upper.split_whitespace().count() <= 6;
    (in_menu && label && !super::section::is_no_section(upper)).then(|| upper.trim().to_string())
}

/// The headline above the block line at `nonempty[anchor]`, as (the lines above the anchor,
/// the headline's position among them), when prose follows the block.
fn headline_above<'a>(
    lines: &[String],
    nonempty: &'a [usize],
    anchor: usize,
) -> Option<(&'a [usize], usize)> {
    let above = &nonempty[..anchor];
    let mut headline = None;
    for (n, &i) in above.iter().enumerate().rev().take(BETWEEN + 1) {
        let line = &lines[i];
        // Only the first block line anchors: another above it would have been found first.
        if title::is_metadata_line(line) {
            return None;
        }
        // A caption with its credit at the end (`… water. Photo: Herald / Sam Whitby`) often
        // sits between the headline and the byline; it is no headline.
        let caption = super::teasers::captioned_credit(line).is_some();
        // `Автору: Наталья Ким` / `Орус тилинен которгон: Айгерим Токтосунова`: labels
        // Chronicle does not know, each before a name, stacked under the headline.
        let stacked_credit = labelled_name(line)
            && n > 0
            && super::label_byline::names(&lines[above[n - 1]]).is_some();
        let place_byline = byline::caseless_dateline_byline(line).is_some()
            || super::label_byline::names(line).is_some()
            || stacked_credit;
        // An audio player's line, or its prompt over its length (`Poslušaj vijest` / `2 min`).
        let player = super::player_line::is_player_line(line)
            || above
                .get(n + 1)
                .is_some_and(|&k| super::player_line::is_player_prompt(line, &lines[k]));
        if title::is_headline(line)
            && !player
            && !caption
            && !place_byline
            && !lines::is_navigation(line)
            && !is_furniture(line)
            && byline::name_line(line).is_none()
        {
            headline = Some(n);
            break;
        }
        // Only a standfirst, a caption or a credit may stand between.
        let passable = lines::ends_sentence(line)
            || caption
            || place_byline
            || super::rights::credit(line).is_some()
            || byline::name_line(line).is_some()
            || byline::is_role_line(line)
            || lines::is_relative_time(line)
            || lines::is_time_of_day(line)
            || player;
        if !passable {
            return None;
        }
    }
    let mut h = headline?;
    // A line under a byline is the outlet the writer wrote for (`By Harriet Cole, …` /
    // `Herts & Essex Echo` / the date): the byline's own block holds the headline.
    if h > 0 && byline::byline(&lines[above[h - 1]]).is_some() {
        return None;
    }
    // A headline above a longer headline-shaped line: that one is its deck. A line the menu
    // printed already is the active section over the headline, not a headline.
    if h > 0 {
        let upper = &lines[above[h - 1]];
        let words = |l: &str| l.split_whitespace().count();
        let in_menu = above[..h - 1].iter().any(|&m| lines[m] == *upper);
        // A short line with a number under a longer headline-shaped line is what pages print
        // under a headline in any language (`Awa 3 da suka wuce`, `Čas branja: 4 min`), not
        // its headline: a deck is longer than its headline, never shorter.
        let own = &lines[above[h]];
        let counted_furniture = words(own) <= SHORT_WITH_NUMBER
            && own.chars().any(|c| c.is_numeric())
            && !title::is_metadata_line(upper)
            && dates::find_date(upper).is_none();
        if title::is_headline(upper)
            && !in_menu
            && !lines::is_navigation(upper)
            && !is_furniture(upper)
            && (words(upper) <= words(own) || counted_furniture)
            && byline::name_line(upper).is_none()
        {
            h -= 1;
        }
    }
    Some((above, h))
}

/// How many non-empty lines above the first paragraph may hold the headline and what pages
/// print between it and the text.
const ABOVE_PROSE: usize = 14;

/// The headline found from the article's first paragraph upward, for pages whose header block
/// Chronicle cannot read (a language without known labels): passing dates, names, captions,
/// credits and short furniture (share buttons, read counts), the first headline-shaped line;
/// a shorter headline-shaped line directly above it is the headline and it the deck. Only
/// taken when at least `min_above` lines sit above it (a tidy file's first line is its title).
pub(super) fn headline_above_prose(
    lines: &[String],
    roles: &[Role],
    min_above: usize,
) -> Option<usize> {
    let nonempty: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Content)
        .take(REACH + ABOVE_PROSE)
        .collect();
    let prose = nonempty
        .iter()
        .position(|&i| lines::ends_sentence(&lines[i]) && lines[i].chars().count() >= 100)?;
    let mut found = None;
    for n in (0..prose).rev().take(ABOVE_PROSE) {
        let line = &lines[nonempty[n]];
        if title::is_headline(line)
            && !lines::is_navigation(line)
            && !is_furniture(line)
            && !title::is_metadata_line(line)
            && super::teasers::captioned_credit(line).is_none()
            && byline::name_line(line).is_none()
        {
            found = Some(n);
            break;
        }
    }
    let mut n = found?;
    if n > 0 {
        let upper = &lines[nonempty[n - 1]];
        let words = |l: &str| l.split_whitespace().count();
        if title::is_headline(upper)
            && !lines::is_navigation(upper)
            && !is_furniture(upper)
            && !title::is_metadata_line(upper)
            && words(upper) <= words(&lines[nonempty[n]])
            && byline::name_line(upper).is_none()
        {
            n -= 1;
        }
    }
    (n >= min_above).then_some(nonempty[n])
}

/// How many non-empty lines below `at` the article's first paragraph starts, when it starts
/// within [`PROSE_WITHIN`] of them.
fn prose_distance(lines: &[String], at: usize) -> Option<usize> {
    (at + 1..lines.len())
        .filter(|&j| !lines[j].is_empty())
        .take(PROSE_WITHIN)
        .position(|j| lines::ends_sentence(&lines[j]) && lines[j].chars().count() >= 100)
}

/// How many paragraphs of prose (up to [`PROSE_RUN`]) stand among the few lines from the first
/// one below the block line `at`, `distance` non-empty lines below it.
fn prose_run(lines: &[String], at: usize, distance: usize) -> usize {
    (at + 1..lines.len())
        .filter(|&j| !lines[j].is_empty())
        .skip(distance)
        .take(PROSE_RUN * 2)
        .filter(|&j| lines::ends_sentence(&lines[j]) && lines[j].chars().count() >= 100)
        .count()
        .min(PROSE_RUN)
}

/// Paragraphs enough to tell a story from a bio or a teaser's blurb.
const PROSE_RUN: usize = 2;

/// A byline or a date line: what opens the article's header block.
fn is_block_line(line: &str) -> bool {
    byline::byline(line).is_some()
        || byline::is_bare_by(line)
        || !dates::parse_date_clauses(line).is_empty()
        || meta_line::dated_meta_line(line).is_some()
}

/// Cookie banners and account rows are no headline.
fn is_furniture(line: &str) -> bool {
    super::dump::is_boilerplate_line(line) || line.contains("[") && line.contains("]")
}

#[cfg(test)]
mod tests {
    use super::super::read_text;

    #[test]
    fn the_headline_sits_above_the_byline_whatever_furniture_is_above_it() {
        let page = "Gå til indhold\nSydfyns Avis\nNyheder  Faaborg  Svendborg  Sport  Debat  Kultur  E-avis\n\
                    Log ind  Køb abonnement\n\
                    Vi bruger cookies til at forbedre din oplevelse. [Tillad alle] [Kun nødvendige]\n\
                    Faaborg\nFaaborg Havn vil bygge 120 nye bådpladser – sejlerne er delte\n\
                    Havnebestyrelsen vil udvide lystbådehavnen mod øst. Men flere sejlere frygter det.\n\
                    Skrevet af Mette Holm Jensen\nMandag den 7. april 2025 kl. 06:30\n\n\
                    Faaborg Havn har fremlagt en plan for 120 nye bådpladser, som skal stå klar i 2027, \
                    oplyser havnebestyrelsen.\n";
        let article = read_text(page);
        assert_eq!(
            article.title,
            "Faaborg Havn vil bygge 120 nye bådpladser – sejlerne er delte"
        );
        assert_eq!(article.category.as_deref(), Some("Faaborg"));
        assert!(!article.body.contains("cookies"));
    }

    #[test]
    fn a_teasers_date_is_no_anchor() {
        let mut lines: Vec<String> = "Menu\nFrance\nMonde\nIdées\n\
             «C'est important que les agricultures soient visibles au Salon»\n\
             1 mars 2019 à 15:20\n\
             Immobilier : à Paris, le mètre carré frôle la barre des 10 000 euros\n\
             2 mars 2019 à 10:00\nCulture"
            .lines()
            .map(str::to_string)
            .collect();
        lines.push(String::new());
        let mut roles = vec![super::Role::Content; lines.len()];
        roles[lines.len() - 1] = super::Role::Blank;
        let mut found = super::Found::default();
        assert_eq!(super::anchored_title(&lines, &mut roles, &mut found), None);
    }

    #[test]
    fn a_caption_with_its_credit_between_headline_and_byline_is_no_headline() {
        let page = "Skip to content\nLocal News\n\
                    Desalination plant expansion stalls as council demands new water study\n\n\
                    Residents of the northern beaches say they were never consulted.\n\n\
                    The existing plant, pictured in 2022, supplies a third of the water. Photo: Coast Herald / Sam Whitby\n\
                    By Priya Raman and Tom Aldous\nPublished 11:02am AEDT, Tue 12 March 2024\n\n\
                    A $410 million plan to double the capacity of the desalination plant has been put on \
                    hold after the council voted six to three on Monday night.\n";
        let article = read_text(page);
        assert_eq!(
            article.title,
            "Desalination plant expansion stalls as council demands new water study"
        );
        assert_eq!(article.authors, ["Priya Raman", "Tom Aldous"]);
    }

    #[test]
    fn a_tidy_file_keeps_its_first_line_title() {
        let page = "Oil prices rise as supply tightens\n\nBy Anna Kowalska\n\
                    Published 16 Jul 2024, 09:04 GMT\n\nOil prices rose on Tuesday as traders worried about \
                    supplies from the Middle East and a cold winter.\n";
        let article = read_text(page);
        assert_eq!(article.title, "Oil prices rise as supply tightens");
    }
}
