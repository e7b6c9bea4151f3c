//! The publication's name printed directly above the headline, as read-later apps, reader
//! views and news apps copy it (`The Tallgrass Courier` / headline / byline). A short line
//! made of a newspaper-name word (`Courier`, `Gazeta`, `Kurýr`, `日報`; data in
//! `assets/lexicon/masthead-words.txt`) there is the masthead, not a section label.
//!
//! Where nothing else names the publisher, such a line standing alone elsewhere names it too:
//! as the first line of the copy (the logo), directly below the headline (a read-later app's
//! site line), or among the last lines (the name above the share buttons).

use super::{Role, lines, title};
use crate::extract::lexicon;
use crate::model::Provenance;

/// How many lines below the headline a read-later app's site line may sit.
const BELOW_TITLE: usize = 2;
/// How many non-empty lines at the bottom may hold the name above the share buttons.
const TAIL: usize = 12;

/// Most words in a masthead.
const MASTHEAD_WORDS: usize = 6;

/// Whether `line` is shaped like a newspaper's name.
pub(super) fn is_masthead(line: &str) -> bool {
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    // One word alone (`Kurier`) is as often a section's label; scripts without spaces write
    // a name as one word.
    let unspaced = line.chars().any(title::is_unspaced_script);
    if words
        .first()
        .is_some_and(|first| is_call_sign(first, words.get(1).copied()))
        && words.len() <= MASTHEAD_WORDS
        && !lines::ends_sentence(line)
    {
        return true;
    }
    if words.is_empty()
        || words.len() < 2 && !unspaced
        || words.len() > MASTHEAD_WORDS
        || lines::ends_sentence(line)
        || line.contains(':')
        || line.chars().any(|c| c.is_ascii_digit())
        || line.chars().next().is_some_and(char::is_lowercase)
    {
        return false;
    }
    let lower: Vec<String> = words
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let pairs = lower.windows(2).map(|p| p.join(" "));
    lower.iter().any(|w| {
        lexicon::is_masthead_word(w)
            // `Lofotposten`, `Abendblatt`: Germanic names build the word into one.
            || compound_ending(w)
            // `北港日報`, `钱塘都市报`: the name ends with the word in scripts without spaces.
            || w.chars().any(title::is_unspaced_script)
                && w.char_indices().rev().take(2).any(|(at, _)| lexicon::is_masthead_word(&w[at..]))
    }) || pairs.into_iter().any(|p| lexicon::is_masthead_word(&p))
}

/// A North American broadcaster's call sign (ITU prefixes K and W) as stations print their
/// name: four capitals, then a channel number or a band (`KRVT 7`, `WXYZ-TV`, `KQED FM`).
pub(super) fn is_call_sign(word: &str, next: Option<&str>) -> bool {
    let (letters, band) = word
        .split_once('-')
        .map_or((word, None), |(l, b)| (l, Some(b)));
    let is_band = |b: &str| matches!(b, "TV" | "FM" | "AM" | "DT");
    letters.len() == 4
        && letters.starts_with(['K', 'W'])
        && letters.chars().all(|c| c.is_ascii_uppercase())
        && (band.is_some_and(is_band)
            || band.is_none()
                && next.is_some_and(|n| {
                    is_band(n) || (n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()))
                }))
}

/// Whether a word ends with a newspaper-name word of five letters or more after at least three
/// letters of its own (`lofotposten`, `abendblatt`, `dagbladet`).
fn compound_ending(word: &str) -> bool {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    chars.len() >= 8
        && chars.iter().all(|(_, c)| c.is_alphabetic())
        && (3..=chars.len() - 5).any(|k| lexicon::is_masthead_word(&word[chars[k].0..]))
}

/// An e-paper page's running header (`6 LOFOTPOSTEN VEST TIRSDAG 24. NOVEMBER 2026`): a page
/// number, the masthead and the date. Gives the masthead.
pub(super) fn page_header(line: &str) -> Option<String> {
    let (_, _, before, _) = crate::extract::dates::find_date(line)?;
    // `THE DECCAN MIRROR | HYDERABAD | TUESDAY, …`: fields apart, the masthead first; the
    // edition's city is no part of the name.
    let fields: Vec<&str> = line
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    if let [first, _, _, ..] = fields[..] {
        if is_masthead_loose(first) {
            return Some(first.to_string());
        }
    }
    let words: Vec<&str> = before
        .split_whitespace()
        .skip_while(|w| w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    // The weekday before the date belongs to it.
    let words = match words.split_last() {
        Some((last, rest)) if lexicon::is_weekday(last.trim_end_matches(',')) => rest,
        _ => &words[..],
    };
    // `原创 刘晓雯 申江晚报`: in a script without spaces the name is one word, the last.
    if let Some(last) = words
        .last()
        .filter(|w| w.chars().any(title::is_unspaced_script))
    {
        return is_masthead(last).then(|| last.to_string());
    }
    let name = words.join(" ");
    let name = name.trim_end_matches([',', '|', '–', '-', ' ']);
    (!words.is_empty() && is_masthead_loose(name)).then(|| name.to_string())
}

/// [`is_masthead`] allowing a single compound word (`LOFOTPOSTEN`).
fn is_masthead_loose(name: &str) -> bool {
    is_masthead(name)
        || name.split_whitespace().count() == 1 && compound_ending(&name.to_lowercase())
}

/// The masthead directly above the headline, as the publisher when nothing else named one; it
/// is then no category either.
pub(super) fn above_title(
    lines: &[String],
    roles: &[Role],
    publisher: &mut Option<String>,
    category: &mut Option<String>,
    provenance: &mut Provenance,
) {
    // A portal's logo heads the page (`Yahoo News`) while the story's own masthead stands
    // over its headline (`The Coastal Ledger`): the story's publication is the latter.
    let host_only = matches!(
        provenance.get("publisher").copied(),
        Some("site-name" | "skip-link")
    );
    if publisher.is_some() && !host_only {
        return;
    }
    let Some(title) = roles.iter().position(|r| *r == Role::Title) else {
        return;
    };
    // A whole page's line above the headline was cleared with its furniture and kept as the
    // category.
    let cleared = provenance.get("category") == Some(&"line-above-headline");
    let line = match (0..title).rev().find(|&i| !lines[i].trim().is_empty()) {
        _ if cleared => category.clone().unwrap_or_default(),
        Some(above) if title - above <= 2 => lines[above].trim().to_string(),
        _ => return,
    };
    let line = line.as_str();
    // The menu printed it already (`… Sports / Press Releases` then `Press Releases` over the
    // headline): the active section, however much it reads like a name.
    let in_menu = lines[..title].iter().filter(|l| l.trim() == line).count() >= 2;
    if !is_masthead(line) || in_menu {
        return;
    }
    if category.as_deref() == Some(line) {
        *category = None;
        provenance.remove("category");
    }
    let (name, section) = split_section(line);
    if let Some(section) = section.filter(|_| category.is_none()) {
        *category = Some(section.to_string());
        provenance.insert("category", "masthead-section");
    }
    *publisher = Some(name.to_string());
    provenance.insert("publisher", "masthead-above-headline");
}

/// `Fagbladet Byg & Anlæg` / headline / `Af Mette Lykkegaard`: a reader view's site line, first
/// in the copy, taken for the headline. When the title chosen is the copy's first line and
/// shaped like a masthead, and directly below it stand a headline that is none and then a
/// byline or a date, that headline is the title; the masthead is returned as the site's name.
pub(super) fn title_below_masthead(
    lines: &[String],
    roles: &mut [Role],
    title: String,
) -> (String, Option<String>) {
    let nonempty: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .take(3)
        .collect();
    let [first, next, meta] = nonempty[..] else {
        return (title, None);
    };
    let usable = roles[first] == Role::Title
        && lines[first] == title
        && is_masthead(&title)
        && roles[next] == Role::Content
        && title::is_headline(&lines[next])
        && !is_masthead(&lines[next])
        && title::is_metadata_line(&lines[meta]);
    if !usable {
        return (title, None);
    }
    roles[first] = Role::Dropped;
    roles[next] = Role::Title;
    (lines[next].clone(), Some(title))
}

/// `The Merlion Ledger · Darren Koh`: a read-later app's line of the site and the writer. Gives
/// the masthead and the rest of the line.
pub(super) fn beside_byline(line: &str) -> Option<(&str, &str)> {
    for sep in [" · ", " | ", " • "] {
        let Some((left, right)) = line.split_once(sep) else {
            continue;
        };
        let (left, right) = (left.trim(), right.trim());
        if is_masthead(left) && !is_masthead(right) {
            return Some((left, right));
        }
        if is_masthead(right) && !is_masthead(left) {
            return Some((right, left));
        }
    }
    None
}

/// `The Visayas-Mindanao Chronicle – Business`: a feed's or a page's name for itself, the site
/// then the section; the site's name and the section apart.
fn split_section(line: &str) -> (&str, Option<&str>) {
    for sep in [" – ", " - ", " — ", " | ", " › ", " > "] {
        if let Some((name, section)) = line.rsplit_once(sep) {
            let section = section.trim();
            if lexicon::is_section_name(&section.to_lowercase()) {
                return (name.trim(), Some(section));
            }
        }
    }
    (line, None)
}

/// A masthead line standing alone where copies keep the site's name, looked for in the copy
/// as it came (before a whole-page copy's furniture is cleared).
pub(super) struct Standalone {
    top: Option<String>,
    tail: Option<String>,
}

/// The first line if it is a masthead, and the lowest masthead line near the bottom of a copy
/// that is not a whole page (`whole_page`): a whole page's footer lists the owner's other titles.
pub(super) fn standalone(lines: &[String], whole_page: bool) -> Standalone {
    let nonempty: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    // `The Canadian Press` credits an agency; `Press release` labels the page.
    let usable = |line: &str| {
        is_masthead(line)
            && !names_a_role(line)
            && !lexicon::is_news_agency(line)
            && !lexicon::is_section_name(&line.to_lowercase())
    };
    let page_header = nonempty.iter().take(3).find_map(|l| page_header(l));
    Standalone {
        top: nonempty
            .first()
            .filter(|l| usable(l))
            .map(|l| l.to_string())
            .or(page_header),
        tail: if whole_page {
            None
        } else {
            nonempty
                .iter()
                .rev()
                .take(TAIL)
                .find(|l| usable(l) && !has_long_lowercase_word(l))
                .map(|l| l.to_string())
        },
    }
}

/// `Le journal d'aujourd'hui`: a promotion's phrase near the bottom, not a title's name, whose
/// words are capitalised but for short particles.
fn has_long_lowercase_word(line: &str) -> bool {
    line.split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .any(|w| w.chars().count() >= 5 && w.chars().all(char::is_lowercase))
}

/// `Midlands Herald Reporter`, `Observer staff reporter`: a desk's byline, not the masthead.
fn names_a_role(line: &str) -> bool {
    line.split_whitespace()
        .any(|w| lexicon::is_role_word(&w.to_lowercase()))
}

/// The publisher from a masthead line standing alone, when nothing else named one: the copy's
/// first line, a line just below the headline, or one near the bottom, in that order.
pub(super) fn standing_alone(
    found_first: Standalone,
    lines: &[String],
    roles: &[Role],
    publisher: &mut Option<String>,
    provenance: &mut Provenance,
) {
    if publisher.is_some() {
        return;
    }
    let below_title = roles
        .iter()
        .position(|r| *r == Role::Title)
        .and_then(|title| {
            (title + 1..lines.len())
                .filter(|&i| !lines[i].trim().is_empty())
                .take(BELOW_TITLE)
                .find(|&i| roles[i] != Role::Author && is_masthead(&lines[i]))
        })
        .map(|i| lines[i].trim().to_string())
        .filter(|l| !names_a_role(l) && !lexicon::is_news_agency(l));
    // A headline that happens to hold a newspaper word (`Chicago Tribune Sale Approved`).
    let headline = roles
        .iter()
        .position(|r| *r == Role::Title)
        .map(|t| lines[t].trim());
    let top = found_first.top.filter(|top| Some(top.as_str()) != headline);
    let tail = found_first
        .tail
        .filter(|tail| Some(tail.as_str()) != headline);
    let (name, how) = match (top, below_title, tail) {
        (Some(top), _, _) => (top, "masthead-first-line"),
        (None, Some(below), _) => (below, "masthead-below-headline"),
        (None, None, Some(tail)) => (tail, "masthead-at-bottom"),
        (None, None, None) => return,
    };
    *publisher = Some(split_section(&name).0.to_string());
    provenance.insert("publisher", how);
}

#[cfg(test)]
mod tests;
