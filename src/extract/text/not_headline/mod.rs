//! Lines that are never a story's headline, whichever rule chose them: the site's own name
//! (alone or beside a section word), a logo's text, a byline (with its agency), a credit
//! (`Fact-checked by Renee Calder`), a label waiting for its value, a reading time, a
//! breadcrumb or a menu row. The title rules decide by the shape and order of the top lines;
//! this is the evidence that overrules them, so a rule tuned on one layout cannot put the
//! masthead or the byline of another in the results list.

use super::{
    Found, Role, agreement, byline, label_byline, lines, rights, section, self_names, title,
};
use crate::extract::lexicon;

/// How many chosen lines may be overruled before the rules' last choice stands.
const MAX_OVERRULED: usize = 4;

/// The title: the page dump's headline (`dumped`, with the section above it) or the title
/// rules' choice, each overruled while the chosen line is no headline (see [`reason`]). An
/// overruled line is hidden from the next try and given back afterwards, so a byline taken for
/// the headline is still read as the byline.
pub(super) fn checked_title(
    lines: &[String],
    roles: &mut [Role],
    found: &mut Found,
    mut dumped: Option<(usize, Option<String>)>,
    names: &[String],
) -> String {
    let mut overruled = Vec::new();
    let mut first: Option<(Vec<Role>, Found, String)> = None;
    let mut tries = 0;
    let title = loop {
        let (before_roles, before_found) = (roles.to_vec(), found.clone());
        // The headline the page dump's evidence chose beats the shape of the lines left above it.
        let title = match dumped.take() {
            Some((at, section)) => {
                roles[at] = Role::Title;
                found.provenance.insert("title", "page-headline");
                if let Some(section) = section {
                    found.category = Some(section);
                    found.provenance.insert("category", "line-above-headline");
                }
                super::repeat_near::unglued_repeat(lines, roles, found, at)
                    .unwrap_or_else(|| lines[at].clone())
            }
            None => title::find_title(lines, roles, found),
        };
        let chosen = roles.iter().position(|r| *r == Role::Title);
        // Nothing left to choose once a line was overruled: the first choice stands.
        if chosen.is_none()
            && let Some((first_roles, first_found, first_title)) = first.take()
        {
            roles.copy_from_slice(&first_roles);
            *found = first_found;
            overruled.clear();
            break first_title;
        }
        if first.is_none() {
            first = Some((roles.to_vec(), found.clone(), title.clone()));
        }
        let mut names = names.to_vec();
        names.extend(found.masthead.clone());
        let overrule = chosen.and_then(|at| {
            if let Some(run) = menu_run(lines, &before_roles, at) {
                return Some(run);
            }
            let kicker = is_kicker_above_headline(lines, &before_roles, at);
            let unbacked = agreement::is_unbacked(lines, &before_roles, at);
            let why = reason(&lines[at], &names);
            // A score box goes whole: the score and the lines under it (`Full-time | Venue`).
            if why == Some("score") {
                let box_end = (at..lines.len())
                    .find(|&i| lines[i].trim().is_empty())
                    .unwrap_or(lines.len());
                return Some((at..box_end).collect());
            }
            (kicker || unbacked || why.is_some()).then(|| vec![at])
        });
        match overrule {
            Some(hidden) if tries < MAX_OVERRULED => {
                tries += 1;
                roles.copy_from_slice(&before_roles);
                *found = before_found;
                for &at in &hidden {
                    roles[at] = Role::Dropped;
                }
                overruled.extend(hidden);
            }
            _ => break title,
        }
    };
    for at in overruled {
        if roles[at] == Role::Dropped {
            roles[at] = Role::Content;
        }
    }
    title
}

/// Why `line` cannot be the headline, if it cannot. `names` are the names the copy gives itself
/// elsewhere (a logo, a copyright owner, a `Headline | Site` line).
pub(super) fn reason(line: &str, names: &[String]) -> Option<&'static str> {
    let line = line.trim();
    if self_names::logo_text(line).is_some() {
        return Some("logo");
    }
    if line.ends_with([':', '：']) {
        return Some("label");
    }
    if is_reading_time(line) || super::player_line::is_player_line(line) {
        return Some("reading-time");
    }
    if is_site_name(line, names) {
        return Some("site-name");
    }
    if byline::byline(line).is_some()
        || byline_with_agency(line)
        || is_credit(line)
        || label_byline::names_beyond_doubt(line).is_some()
        || is_job_title(line)
    {
        return Some("byline");
    }
    let arrows = !line.contains(" / ") && !line.contains(" | ");
    if arrows && section::breadcrumb_last(line).is_some() {
        return Some("breadcrumb");
    }
    if lines::is_section_row(line) || is_spaced_row(line) {
        return Some("menu");
    }
    if super::score_box::is_score_line(line) {
        return Some("score");
    }
    if is_list_item(line) {
        return Some("list-item");
    }
    if is_post_link(line) {
        return Some("post-link");
    }
    if is_ticker(line) {
        return Some("ticker");
    }
    // `Mir benotze Cookien, fir Iech…`, `We use cookies to…`: a consent banner's sentence; the
    // word is the same in most languages, and a headline about biscuits ends with no full stop.
    if lines::ends_sentence(line) && line.to_lowercase().contains("cookie") {
        return Some("consent-banner");
    }
    None
}

/// A bulleted line (`• Up to 20 inches of snow fell overnight`): a highlights box's or a
/// list's item, never the headline over it.
pub(super) fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    let bullet = chars
        .next()
        .is_some_and(|c| matches!(c, '•' | '▪' | '◦' | '‣' | '●' | '■' | '►' | '▶' | '▸'));
    bullet && chars.next().is_some_and(char::is_whitespace)
}

/// Whether the next line printed under `at` is a bulleted item: `at` is the list's heading
/// (`Story Highlights`), no name or headline.
pub(super) fn heads_list(lines: &[String], at: usize) -> bool {
    let next = (at + 1..lines.len()).find(|&k| !lines[k].trim().is_empty());
    next.is_some_and(|k| is_list_item(&lines[k]))
}

/// A link to the previous or next post (`« Nowy Targ: remont ulicy…`, `Kino znów otwarte »`,
/// `← Older post`): an arrow at one end with a space beside it. A headline quoted in
/// guillemets (`« Nous ne lâcherons rien », dit le maire`) closes what it opens.
pub(super) fn is_post_link(line: &str) -> bool {
    let back = ["« ", "‹ ", "← "].iter().any(|a| line.starts_with(a));
    let on = [" »", " ›", " →"].iter().any(|a| line.ends_with(a));
    let opened = line.contains(['«', '‹']);
    let closed = line.contains(['»', '›']);
    (back && !closed) || (on && !opened)
}

/// A market or weather strip (`USD 3,452.00  EUR 3,638.40  CNY 476.10`, `FTSE 8,102 ▲0.4%`):
/// most of its words are figures.
fn is_ticker(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let figures = words
        .iter()
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()) && !w.chars().any(char::is_lowercase))
        .count();
    words.len() >= 4 && figures * 2 >= words.len()
}

/// Small words a publication's name keeps in lower case (`University of Eastfield`).
const BRAND_SMALL_WORDS: [&str; 6] = ["of", "the", "and", "for", "on", "&"];

/// How many short lines in a row make a menu printed one item per line.
const MENU_RUN: usize = 4;

/// A short line (at most four words) inside a run of at least [`MENU_RUN`] short lines with no
/// blank line between them: a menu copied one item per line (`Bóng đá Việt Nam`, `V-League`,
/// `Quần vợt`, …), with the site's name above it. Gives the whole run, hidden together.
fn menu_run(lines: &[String], roles: &[Role], at: usize) -> Option<Vec<usize>> {
    let short = |i: usize| {
        roles[i] == Role::Content && {
            let l = lines[i].trim();
            // Han, kana and Thai write a headline without spaces: count characters there.
            let unspaced = l.chars().any(title::is_unspaced_script);
            let most = if unspaced { 8 } else { 32 };
            l.split_whitespace().count() <= 4
                && l.chars().count() <= most
                && !lines::ends_sentence(l)
                && !l.chars().any(|c| c.is_ascii_digit())
        }
    };
    if !short(at) {
        return None;
    }
    let start = (0..at).rev().take_while(|&i| short(i)).last().unwrap_or(at);
    let end = (at..lines.len())
        .take_while(|&i| short(i))
        .last()
        .unwrap_or(at);
    (end + 1 - start >= MENU_RUN).then(|| (start..=end).collect())
}

/// `FINANSE` directly above a longer line: the kicker, even when the headline
/// below it ends with an abbreviation's full stop (`… poniżej 5 proc.`).
fn is_kicker_above_headline(lines: &[String], roles: &[Role], at: usize) -> bool {
    let line = lines[at].trim();
    let words = line.split_whitespace().count();
    // Capitals of a cased script: Han or Thai have no lower case to shout against.
    let shouted =
        line.chars().any(char::is_uppercase) && !line.chars().any(char::is_lowercase) && words == 1;
    // A section's name in normal case may be an article's title too (`New Zealand` above
    // `From Wikipedia, the free encyclopedia`); a single shouted word is the kicker's style.
    if !shouted {
        return false;
    }
    let next = (at + 1..lines.len()).find(|&i| roles[i] != Role::Blank);
    next.is_some_and(|i| {
        i == at + 1
            && roles[i] == Role::Content
            && lines[i].split_whitespace().count() >= words + 3
            && lines[i].chars().count() <= 200
    })
}

/// `Ministry    Activities    News    Contacts`: three or more short items spaced apart by runs
/// of spaces or tabs, a menu or a table's row.
fn is_spaced_row(line: &str) -> bool {
    let items: Vec<&str> = line
        .split("  ")
        .flat_map(|p| p.split('\t'))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    items.len() >= 3 && items.iter().all(|p| p.split_whitespace().count() <= 3)
}

/// The names a copy gives itself outside the headline: the copyright owner's brand and a logo's
/// text on any line, besides those the caller found (the skip link's brand, a title line's
/// site). A name found only because the text repeats it is no such evidence: an article's
/// subject is repeated too (`New Zealand`).
pub(super) fn copyright_names(lines: &[String]) -> Vec<String> {
    let copyright = lines
        .iter()
        .filter(|l| l.contains('©') || l.to_lowercase().contains("copyright"))
        .filter_map(|l| rights::publisher(l));
    let logos = lines.iter().filter_map(|l| self_names::logo_text(l));
    copyright.chain(logos).collect()
}

/// Letters and digits only, lower-cased: `TheMeridianReview.com` and `The Meridian Review`
/// differ only in what this drops and in the domain's ending.
fn key(s: &str) -> String {
    let s = s.trim();
    let s = [".com", ".org", ".net", ".co.uk"]
        .iter()
        .find_map(|end| s.strip_suffix(end))
        .unwrap_or(s);
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The site's name, alone or as a title line whose other part is only section or menu words
/// (`University of Eastfield | News`, `VnCoast English — Latest news`, `News | Demerara
/// Daily`).
fn is_site_name(line: &str, names: &[String]) -> bool {
    let known = |part: &str| {
        let k = key(part);
        // `The Meridian Review` against `Meridian Review`: an article is the difference.
        !k.is_empty()
            && names.iter().any(|n| {
                let n = key(n);
                n == k || (n.len() >= 6 && k.strip_prefix("the") == Some(&n))
            })
    };
    if known(line) {
        return true;
    }
    let Some((a, b)) = [" | ", " — ", " – ", " · ", " - "]
        .iter()
        .find_map(|sep| line.split_once(sep))
    else {
        return false;
    };
    let generic = |part: &str| {
        let words: Vec<String> = part
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        !words.is_empty()
            && words.len() <= 3
            && words
                .iter()
                .all(|w| lexicon::is_section_name(w) || lexicon::is_menu_word(w) || w == "latest")
    };
    // A brand is capitalised throughout (`Demerara Daily`); a short headline is not
    // (`World | Floods hit Kerala`).
    let capitalised = |part: &str| {
        part.split_whitespace().all(|w| {
            !w.chars().next().is_some_and(char::is_lowercase)
                || lexicon::is_name_particle(w)
                || BRAND_SMALL_WORDS.contains(&w)
        })
    };
    // `Forwarded from: Вечерний Тагил | Новости`: the brand is a label's value.
    let brand = |part: &str| {
        let part = part
            .rsplit_once(": ")
            .map_or(part, |(_, value)| value)
            .trim();
        known(part) || (super::site::is_brand_shaped(part) && capitalised(part))
    };
    (generic(a) && brand(b)) || (generic(b) && brand(a))
}

/// `Senior Correspondent, Northern Europe`, `Staff Writer`: a writer's job title under the
/// byline. A longer line with a role word may be a headline (`Chief editor of the Ledger
/// resigns after 30 years`).
fn is_job_title(line: &str) -> bool {
    byline::is_role_line(line) && (line.contains(',') || line.split_whitespace().count() <= 3)
}

/// `Selma Haufiku - NAMPA`, `Erik Lundgren | TT`: a name and the agency it writes for.
fn byline_with_agency(line: &str) -> bool {
    [" - ", " – ", " | ", ", ", "/"].iter().any(|sep| {
        line.rsplit_once(sep).is_some_and(|(name, agency)| {
            lexicon::is_news_agency(agency.trim()) && byline::looks_like_name(name.trim(), 2)
        })
    })
}

/// `Fact-checked by Renee Calder`, `Medically reviewed by Dr. Arjun Mehra, MD`, `Photos by
/// Miguel Santos`: a short label ending in "by" and a person's name.
fn is_credit(line: &str) -> bool {
    let lower = line.to_lowercase();
    let Some(at) = lower.find(" by ") else {
        return false;
    };
    let (label, name) = (&line[..at], &line[at + 4..]);
    let name = name.split(',').next().unwrap_or(name).trim();
    // `Dr. Arjun Mehra`: the honorific is no part of the name's shape.
    let name = name
        .split_once(' ')
        .filter(|(first, _)| {
            lexicon::honorific(&first.trim_end_matches('.').to_lowercase()).is_some()
        })
        .map_or(name, |(_, rest)| rest);
    (1..=3).contains(&label.split_whitespace().count())
        && !label.chars().any(|c| c.is_ascii_digit())
        && (byline::looks_like_name(name, 2) || byline::name_list(name).is_some())
}

/// `6 min de leitura`, `4 min read`, `Lesezeit: 3 Min.`: how long the story takes to read,
/// printed beside the byline; the phrases are data (`assets/lexicon/reading-time.txt`).
fn is_reading_time(line: &str) -> bool {
    let lower = line.to_lowercase();
    line.split_whitespace().count() <= 6
        && line.chars().any(|c| c.is_numeric())
        && lexicon::reading_time_phrases()
            .iter()
            .any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests;
