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

use super::{Found, Role, byline, lines, meta, rights};
use crate::extract::dates;

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
            // A menu or breadcrumb row above the headline is no title.
            !is_metadata_line(&lines[i]) && !lines::is_navigation(&lines[i])
        })
        .collect();
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
    let labels = candidates
        .iter()
        .take_while(|&&i| is_kicker(&lines[i]) || !lines[i].chars().any(char::is_alphanumeric))
        .count();
    if labels >= 2 {
        if let Some(&headline) = candidates.get(labels).filter(|&&i| is_headline(&lines[i])) {
            for &label in &candidates[..labels] {
                roles[label] = Role::Dropped;
            }
            roles[headline] = Role::Title;
            found.provenance.insert("title", "line-below-menu");
            return lines[headline].clone();
        }
    }
    if let Some(&next) = candidates.get(1) {
        // A label directly above the headline (blank lines and a date or byline aside: a blog's
        // name, its date, the post's title) is its kicker; so is a short sentence used as a
        // tagline (`Words need defenders.`) above a headline without a full stop.
        let adjacent =
            (first + 1..next).all(|j| roles[j] == Role::Blank || is_metadata_line(&lines[j]));
        let tagline = lines::ends_sentence(&lines[first])
            && lines[first].split(' ').count() <= 6
            && !lines::ends_sentence(&lines[next]);
        if adjacent && (is_kicker(&lines[first]) || tagline) && is_headline(&lines[next]) {
            found.category.get_or_insert_with(|| lines[first].clone());
            found.provenance.insert("category", "kicker-line");
            found.provenance.insert("title", "line-below-kicker");
            roles[first] = Role::Dropped;
            roles[next] = Role::Title;
            return lines[next].clone();
        }
    }
    roles[first] = Role::Title;
    found.provenance.insert("title", "first-line");
    if let Some((section, title)) = glued_section(&lines[first]) {
        found.category.get_or_insert(section);
        found.provenance.insert("category", "glued-prefix");
        return title;
    }
    lines[first].clone()
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
            // `Laurie Oakes` above `by: Laurie Oakes` is a name and its byline, not a title.
            if is_metadata_line(&lines[a]) || is_metadata_line(&lines[b]) {
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
            // A short label above a repeated title is a section name.
            for &before in &top[..a_pos] {
                if found.category.is_none() {
                    found.category = Some(lines[before].clone());
                }
                roles[before] = Role::Dropped;
            }
            let glued = category.is_some();
            found.category = category.or(found.category.take());
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

/// A section-name-like line: at most four words, not a sentence, not metadata.
fn is_short_label(line: &str) -> bool {
    line.split(' ').count() <= 4
        && line.chars().count() <= 40
        && !lines::ends_sentence(line)
        && !is_metadata_line(line)
}

/// A kicker or section line: one to three words (six characters in scripts written without
/// spaces), no digits, no end punctuation.
pub(super) fn is_kicker(line: &str) -> bool {
    let chars = line.chars().count();
    let unspaced = line.chars().any(is_unspaced_script);
    let short = if unspaced {
        chars <= 6
    } else {
        line.split(' ').count() <= 3 && chars <= 30
    };
    short
        && !line.chars().any(|c| c.is_ascii_digit())
        && !lines::ends_sentence(line)
        && !line.ends_with(':')
}

/// A headline: longer than a kicker, no full stop at the end, not a paragraph.
pub(super) fn is_headline(line: &str) -> bool {
    let chars = line.chars().count();
    let long_enough = if line.chars().any(is_unspaced_script) {
        chars >= 7
    } else {
        line.split(' ').count() >= 4
    };
    long_enough && chars <= 250 && !line.trim_end().ends_with('.')
}

/// Han, kana and Thai: scripts that write words without spaces.
fn is_unspaced_script(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{0E00}'..='\u{0E7F}')
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

/// `NewsPunta Gorda Isles…`: a section name glued to the first word of a headline.
fn glued_section(line: &str) -> Option<(String, String)> {
    let first_word = line.split(' ').next()?;
    let chars: Vec<(usize, char)> = first_word.char_indices().collect();
    for w in chars.windows(2).skip(2) {
        let ((_, before), (at, c)) = (w[0], w[1]);
        if before.is_lowercase() && c.is_uppercase() {
            let section = &line[..at];
            let rest = &line[at..];
            let rest_ok = rest.chars().nth(1).is_some_and(char::is_lowercase);
            if rest_ok && crate::extract::lexicon::is_section_name(&section.to_lowercase()) {
                return Some((section.to_string(), rest.to_string()));
            }
            return None;
        }
    }
    None
}

/// Two lines that are one title: equal, or one is the other with a short prefix glued on,
/// which is the category.
fn repeated_title(a: &str, b: &str) -> Option<(String, Option<String>)> {
    if a == b {
        return (a.chars().count() <= 300).then(|| (a.to_string(), None));
    }
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if short.chars().count() < 12 || short.chars().count() > 300 || !long.ends_with(short) {
        return None;
    }
    let prefix = long[..long.len() - short.len()].trim();
    let short_label =
        !prefix.is_empty() && prefix.chars().count() <= 40 && prefix.split(' ').count() <= 4;
    short_label.then(|| (short.to_string(), Some(prefix.to_string())))
}

/// Whether a line is one of the metadata kinds that can sit above the title.
pub(super) fn is_metadata_line(line: &str) -> bool {
    meta::is_separator(line)
        || !dates::parse_date_clauses(line).is_empty()
        || super::dated_meta_line(line).is_some()
        || byline::byline(line).is_some()
        || meta::sources(line).is_some()
        || meta::url_line(line).is_some()
        || rights::credit(line).is_some()
        || meta::category(line).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kickers_and_headlines() {
        assert!(is_kicker("Business"));
        assert!(is_kicker("WORLD"));
        assert!(is_kicker("社会"));
        assert!(!is_kicker(
            "Tallinn port operator plans second container terminal"
        ));
        assert!(is_headline(
            "Tallinn port operator plans second container terminal"
        ));
        assert!(!is_headline("He said it was over."));
        assert!(is_headline("上海地铁新线路年底试运行"));
    }

    #[test]
    fn glued_sections_need_a_known_section_name() {
        assert_eq!(
            glued_section("NewsPunta Gorda Isles residents fight plan"),
            Some((
                "News".into(),
                "Punta Gorda Isles residents fight plan".into()
            ))
        );
        assert_eq!(glued_section("BlackRock profits rise"), None);
        assert_eq!(glued_section("McDonald's opens in Kyiv"), None);
    }

    #[test]
    fn mastheads() {
        assert_eq!(
            masthead("Metro Courier · metro edition").as_deref(),
            Some("Metro Courier")
        );
        assert!(masthead("The Harbour Herald · 2 min read").is_some());
        assert_eq!(masthead("Oil prices rise · markets"), None);
    }
}
