//! The title, and the section or kicker line above it, decided by the shape of the top lines
//! rather than by position alone:
//!
//! - A line repeated within the first lines is the title (pages print the headline twice); a
//!   short prefix glued to one copy (`NewsNorth Korean troops…`) is the category.
//! - A short label (at most three words, no end punctuation) directly above a headline-shaped
//!   line is a kicker or section (`Business`, `WORLD`, `社会`): the category, not the title.
//! - A section name glued to a headline that is not repeated (`NewsPunta Gorda Isles…`) is split
//!   off when the prefix is a known section name (`assets/lexicon/sections.txt`).
//! - A masthead line (`Metro Courier · metro edition`, `The Harbour Herald · 2 min read`) is
//!   neither.

use super::{Found, Role, byline, lines};
// The shapes of lines, asked by most rules as `title::is_…`.
use super::line_shapes::is_site_name_shaped;
pub(super) use super::line_shapes::{
    is_editor_line, is_headline, is_kicker, is_metadata_line, is_short_label, is_unspaced_script,
    starts_with_date,
};

/// Most words in a menu item (`Tài chính - Ngân hàng`).
const MENU_ITEM_WORDS: usize = 6;
/// How many non-empty lines at the top may hold the title and its repeat.
const TITLE_WINDOW: usize = 12;

/// Finds the title (and a category) near the top, marking the lines it uses.
pub(super) fn find_title(lines: &[String], roles: &mut [Role], found: &mut Found) -> String {
    let top: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Content)
        .take(TITLE_WINDOW)
        .collect();
    if let Some(title) = repeated(lines, roles, found, &top) {
        return title;
    }
    if let Some(title) = super::repeat_near::repeated_nearby(lines, roles, found, &top) {
        return title;
    }
    if let Some(title) = super::anchor::anchored_title(lines, roles, found) {
        return title;
    }
    // Masthead lines and metadata are not candidates.
    let candidates: Vec<usize> = top
        .iter()
        .copied()
        .filter(|&i| {
            if let Some(name) = masthead(&lines[i]) {
                found.masthead.get_or_insert(name);
                roles[i] = Role::Dropped;
                return false;
            }
            // `City › Bengaluru News`: a breadcrumb of arrows is never the headline (a slash
            // may join a desk and an agency, `Erredakzioa / EFE`). The section above the
            // headline is read from it later.
            let arrows = !lines[i].contains(" / ") && !lines[i].contains(" | ");
            if arrows && super::section::breadcrumb_last(&lines[i]).is_some() {
                return false;
            }
            // A menu or breadcrumb row above the headline is no title, nor a time alone, nor
            // a label waiting for its value (`Author of the article:`), nor a mail header's
            // sender (`Buongiorno Torino <buongiorno@gazzetta.it>`).
            !is_metadata_line(&lines[i])
                && !lines[i].trim_end().ends_with([':', '：'])
                && !is_mail_sender(&lines[i])
                && !lines::is_navigation(&lines[i])
                && !lines::is_time_of_day(&lines[i])
                && !lines::is_relative_time(&lines[i])
        })
        .collect();
    // A menu of sections comes before the article: when one sits in the header and a headline
    // follows it, what is above it (the site's name, its tagline) is the masthead.
    let last_menu = top
        .iter()
        .copied()
        .filter(|&i| lines::is_section_row(&lines[i]))
        .max();
    let candidates = match last_menu {
        Some(menu)
            if candidates
                .iter()
                .find(|&&i| i > menu)
                .is_some_and(|&i| is_headline(&lines[i])) =>
        {
            for &i in candidates.iter().filter(|&&i| i < menu) {
                roles[i] = Role::Dropped;
            }
            candidates.into_iter().filter(|&i| i > menu).collect()
        }
        _ => candidates,
    };
    // A file of one line: that line is both the title and the body.
    if top.len() == 1 {
        return lines[top[0]].clone();
    }
    let Some(&first) = candidates.first() else {
        return top.first().map(|&i| lines[i].clone()).unwrap_or_default();
    };
    // A menu at the top (two or more labels in a row: `☰`, `Features`, `Pricing`, `Blog`;
    // `Menu`, `Log in Subscribe`)
    // above a headline: the headline is the title, the labels are furniture.
    // The run may open with the site's name (`The Front Range Daily`, `portal1`).
    let labels = candidates
        .iter()
        .enumerate()
        .take_while(|&(n, &i)| {
            is_kicker(&lines[i])
                || !lines[i].chars().any(char::is_alphanumeric)
                || super::dump::is_boilerplate_line(&lines[i])
                || (n == 0 && is_site_name_shaped(&lines[i]))
        })
        .count();
    if labels >= 2 {
        // The menu's active item printed again over the headline: the section, then the headline.
        let mut labels = labels;
        let repeats_menu = |i: usize| candidates[..labels].iter().any(|&m| lines[m] == lines[i]);
        if candidates.get(labels).is_some_and(|&i| repeats_menu(i))
            && candidates
                .get(labels + 1)
                .is_some_and(|&i| is_headline(&lines[i]))
        {
            found
                .category
                .get_or_insert_with(|| lines[candidates[labels]].clone());
            found.provenance.insert("category", "kicker-line");
            labels += 1;
        }
        if let Some(&headline) = candidates.get(labels).filter(|&&i| is_headline(&lines[i])) {
            for &label in &candidates[..labels] {
                roles[label] = Role::Dropped;
            }
            // Menu rows and breadcrumbs above the headline go with the labels.
            for &i in top.iter().filter(|&&i| i < headline) {
                if lines::is_navigation(&lines[i]) {
                    roles[i] = Role::Dropped;
                }
            }
            roles[headline] = Role::Title;
            found.provenance.insert("title", "line-below-menu");
            if let Some(section) = super::section::section_above(lines, headline) {
                found.category.get_or_insert(section);
                found.provenance.insert("category", "line-above-headline");
            }
            return lines[headline].clone();
        }
    }
    if let Some(&next) = candidates.get(1) {
        // A label directly above the headline (blank lines and a date or byline aside: a blog's
        // name, its date, the post's title) is its kicker; so is a short sentence used as a
        // tagline (`Words need defenders.`) above a headline without a full stop.
        // A menu row between them makes the label the site's name, not a kicker.
        let adjacent = (first + 1..next).all(|j| {
            (roles[j] == Role::Blank || is_metadata_line(&lines[j]))
                && !lines::is_navigation(&lines[j])
        });
        let tagline = lines::ends_sentence(&lines[first])
            && lines[first].split(' ').count() <= 6
            && !lines::ends_sentence(&lines[next]);
        if adjacent && (is_kicker(&lines[first]) || tagline) && is_headline(&lines[next]) {
            if !super::section::is_no_section(&lines[first]) {
                found.category.get_or_insert_with(|| {
                    super::section::without_arrow(&lines[first]).to_string()
                });
                found.provenance.insert("category", "kicker-line");
            }
            found.provenance.insert("title", "line-below-kicker");
            roles[first] = Role::Dropped;
            roles[next] = Role::Title;
            return lines[next].clone();
        }
    }
    // A first line that reads as furniture (the site's name, a skip link, a breadcrumb, a
    // menu) above a headline that the text's opening anchors further down: that headline.
    if looks_like_furniture(&lines[first]) {
        if let Some(headline) = super::anchor::headline_above_prose(lines, roles, 3) {
            roles[headline] = Role::Title;
            found.provenance.insert("title", "line-above-text");
            if let Some(section) = super::section::section_above(lines, headline) {
                found.category.get_or_insert(section);
                found.provenance.insert("category", "line-above-headline");
            }
            return lines[headline].clone();
        }
    }
    if let Some(title) = super::link_preview::card_title(lines, roles, found) {
        return title;
    }
    roles[first] = Role::Title;
    found.provenance.insert("title", "first-line");
    // The label directly above the chosen line (a shouted section after the menu: `ФУДБАЛ`).
    if found.category.is_none() && first > 0 {
        if let Some(section) = super::section::section_above(lines, first) {
            found.category = Some(section);
            found.provenance.insert("category", "line-above-headline");
        }
    }
    if let Some((section, title)) = super::glued::glued_section(&lines[first], lines) {
        found.category.get_or_insert(section);
        found.provenance.insert("category", "glued-prefix");
        return title;
    }
    lines[first].clone()
}

/// `Buongiorno Torino <buongiorno@gazzetta.it>`: a mail header's sender.
fn is_mail_sender(line: &str) -> bool {
    line.contains('@') && line.contains('<')
}

/// The line at `top[at]` sits in a menu printed one item per line: the lines on both sides are
/// short labels.
pub(super) fn is_menu_item(lines: &[String], top: &[usize], at: usize) -> bool {
    let label = |i: &usize| is_kicker(&lines[*i]) && !is_metadata_line(&lines[*i]);
    let short = top
        .get(at)
        .is_some_and(|&i| lines[i].split_whitespace().count() <= MENU_ITEM_WORDS);
    short && at > 0 && top.get(at - 1).is_some_and(label) && top.get(at + 1).is_some_and(label)
}

/// A top line that is no headline: a short label (`Xəbər Lent`, `Skip to main content`), a
/// breadcrumb (`City › Bengaluru News`), a menu row (`ニュース　地域　政治　経済` too).
fn looks_like_furniture(line: &str) -> bool {
    is_short_label(line)
        || lines::is_navigation(line)
        || super::section::breadcrumb_last(line).is_some()
        || super::dump::is_boilerplate_line(line)
}

/// The repeated-title rule: the first copy is the first line, or follows only short labels (a
/// section name); a pair of equal lines further down is more likely a repeated caption.
fn repeated(
    lines: &[String],
    roles: &mut [Role],
    found: &mut Found,
    top: &[usize],
) -> Option<String> {
    let labels_above = top
        .iter()
        .take_while(|&&i| is_short_label(&lines[i]))
        .count()
        .min(2);
    for (a_pos, &a) in top.iter().enumerate().take(labels_above + 1) {
        for &b in &top[a_pos + 1..] {
            let Some((title, category)) = repeated_title(&lines[a], &lines[b]) else {
                continue;
            };
            // `Laurie Oakes` above `by: Laurie Oakes` is a name and its byline, not a title;
            // a section printed in the menu and again as the kicker (`Internacional`) is none.
            if is_metadata_line(&lines[a])
                || is_metadata_line(&lines[b])
                || is_kicker(&title)
                || starts_with_date(&title)
            {
                continue;
            }
            // A menu item printed again over the headline is the active section, not the
            // title (`Kinh doanh`, `Tài chính - Ngân hàng`, `Bất động sản`, …).
            if is_menu_item(lines, top, a_pos) {
                continue;
            }
            // Below labels, a repeat shorter than a label is not the title (a repeated
            // caption or alt text under the real title, which must not become the category).
            let shortest_label = top[..a_pos].iter().map(|&i| lines[i].chars().count()).min();
            if shortest_label.is_some_and(|label| title.chars().count() <= label) {
                continue;
            }
            roles[a] = Role::Title;
            roles[b] = Role::Title;
            // The page's title line (`Headline | Site`) is no copy of the headline to show, and
            // what is above it is the page's header, not the headline's section.
            let mut title_line = false;
            for at in [a, b] {
                if lines[at].len() > title.len() && lines[at].starts_with(title.as_str()) {
                    roles[at] = Role::Dropped;
                    title_line = true;
                }
            }
            // A short label above a repeated title is a section name.
            for &before in &top[..a_pos] {
                if found.category.is_none() && !title_line {
                    found.category = Some(lines[before].clone());
                }
                roles[before] = Role::Dropped;
            }
            let glued = category.is_some();
            found.category = category.or(found.category.take());
            // A page's title line on top and its headline further down: the kicker is above the
            // headline (`Régions`).
            if found.category.is_none() && b > a + 1 {
                found.category = super::section::section_above(lines, b);
            }
            found.provenance.insert("title", "repeated-line");
            if found.category.is_some() {
                let source = if glued { "glued-prefix" } else { "kicker-line" };
                found.provenance.insert("category", source);
            }
            return Some(title);
        }
    }
    None
}

/// A short line of a site's name and furniture joined by a middle dot or bar:
/// `Metro Courier · metro edition`, `The Harbour Herald · 2 min read`.
/// Gives the site's name.
fn masthead(line: &str) -> Option<String> {
    let (name, rest) = line.split_once(" · ").or_else(|| line.split_once(" | "))?;
    let lower = rest.to_lowercase();
    let furniture =
        lower.contains("edition") || lower.contains("min read") || lower.contains("read");
    (line.split(' ').count() <= 8 && byline::looks_like_name(name.trim(), 1) && furniture)
        .then(|| name.trim().to_string())
}

/// Two lines that are one title: equal, or one is the other with a short prefix glued on,
/// which is the category.
pub(super) fn repeated_title(a: &str, b: &str) -> Option<(String, Option<String>)> {
    if a == b {
        return (a.chars().count() <= 300).then(|| (a.to_string(), None));
    }
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if short.chars().count() < 12 || short.chars().count() > 300 {
        return None;
    }
    // `Headline | Daily Beacon` above `Headline`: the page's title line and its headline.
    if let Some(rest) = long.strip_prefix(short) {
        let site = [" | ", " - ", " – ", " — "]
            .iter()
            .find_map(|sep| rest.strip_prefix(sep))?;
        let words = site.split_whitespace().count();
        return ((1..=6).contains(&words) && !site.contains(['.', '!', '?'])
            || site.contains('.') && words == 1)
            .then(|| (short.to_string(), None));
    }
    if !long.ends_with(short) {
        return None;
    }
    let prefix = long[..long.len() - short.len()].trim();
    let short_label =
        !prefix.is_empty() && prefix.chars().count() <= 40 && prefix.split(' ').count() <= 4;
    short_label.then(|| (short.to_string(), Some(prefix.to_string())))
}

#[cfg(test)]
mod tests;
