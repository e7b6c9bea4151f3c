//! Whole-page text dumps: what Select All + Copy gives on a news page. Menus, cookie banners,
//! "related" lists and footers surround the article; this module decides whether a file is
//! such a dump and, if so, which lines hold the article.
//!
//! The signals are paragraph-level ones in the spirit of jusText and boilerpipe, and none of
//! them knows a site:
//!
//! - **Dump shape.** Many short lines that are not sentences (menu items, buttons), most of all
//!   at the top. Tidy article files have a few (title, name, date) and are left alone.
//! - **Line score.** A line that reads like prose (ends like a sentence, enough words, a fair
//!   share of the language's stop words) scores its length minus a constant, so long paragraphs
//!   count most and a one-line teaser little. Short non-sentence lines (menu items, labels),
//!   long lines with no stop words (tag clouds, link rows), lines repeated elsewhere on the page
//!   and lines with typical boilerplate phrases (cookies, subscribe, newsletter, share, related,
//!   read more, comments, advertisement, rights reserved, in several languages) score negative.
//! - **Position.** The article is the contiguous run of lines with the largest total score
//!   (maximum-sum segment, one linear pass), so short crossheads and quotes between paragraphs
//!   stay while menus above and lists below, whose negative scores outweigh their teasers, go.
//! - **Header.** The title is the nearest headline-shaped line above that run (skipping
//!   bylines, dates, captions, labels and a standfirst); the lines between it and the run are
//!   kept so that the usual metadata rules find the author and the date.

use std::collections::HashMap;

use super::language;
use super::lines::ends_sentence;
use super::{byline, meta, rights};

/// How many non-empty lines at the top are looked at to decide dump mode.
const TOP_LINES: usize = 40;
/// Menu-shaped lines among the top lines that make a file a dump.
const TOP_MENU_LINES: usize = 12;
/// A segment must score at least this much to be taken as the article.
const MIN_ARTICLE_SCORE: i64 = 150;
/// How many non-empty lines above the article may hold the title.
const TITLE_REACH: usize = 16;
/// What a non-prose line costs.
const SHORT_LINE_COST: i64 = 15;
/// What a line with a boilerplate phrase costs.
const BOILERPLATE_COST: i64 = 80;
/// What a prose line must make up for before it counts (a teaser sentence scores little).
const PROSE_OFFSET: i64 = 60;

/// Lines to keep when the file is a dump: `keep[i]` is false for page furniture. `None` when
/// the file does not look like a dump (or no article-like run was found).
pub fn article_lines(lines: &[String]) -> Option<Vec<bool>> {
    let nonempty: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
    if !looks_like_dump(lines, &nonempty) {
        return None;
    }
    let sample: String = nonempty
        .iter()
        .take(3000)
        .map(|&i| lines[i].as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let stop_words = language::stop_words(language::guess_language(&sample).as_deref());
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for &i in &nonempty {
        *seen.entry(lines[i].as_str()).or_insert(0) += 1;
    }
    let scores: Vec<i64> = nonempty
        .iter()
        .map(|&i| line_score(&lines[i], &stop_words, seen[lines[i].as_str()] > 1))
        .collect();

    // The maximum-sum run of lines (Kadane).
    let (mut best, mut best_from, mut best_to) = (i64::MIN, 0, 0);
    let (mut sum, mut from) = (0i64, 0);
    for (k, &score) in scores.iter().enumerate() {
        if sum <= 0 {
            sum = 0;
            from = k;
        }
        sum += score;
        if sum > best {
            (best, best_from, best_to) = (sum, from, k);
        }
    }
    if best < MIN_ARTICLE_SCORE {
        return None;
    }

    let mut keep = vec![false; lines.len()];
    // Inside the run: everything but boilerplate phrases.
    for &i in &nonempty[best_from..=best_to] {
        keep[i] = !is_boilerplate_line(&lines[i]);
    }
    // Above the run: the title and the metadata between it and the run.
    let title_at = choose_title(lines, &nonempty, best_from, best_to, &seen, &stop_words);
    if let Some(t) = title_at {
        keep[nonempty[t]] = true;
        for &i in &nonempty[t + 1..best_from] {
            let line = lines[i].as_str();
            keep[i] = super::title::is_metadata_line(line)
                || byline::looks_like_name(line, 2)
                || (!is_menu_line(line) && !is_boilerplate_line(line));
        }
    }
    // Below the run: the last copyright line, which names the publisher.
    if let Some(&i) = nonempty[best_to + 1..].iter().rev().find(|&&i| {
        rights::credit(&lines[i]).is_some_and(|(m, _)| m == rights::CreditMark::Copyright)
    }) {
        keep[i] = true;
    }
    Some(keep)
}

/// The headline above the article run (`best_from..=best_to`, indices into `nonempty`): the
/// most headline-like line within reach, the nearest on a tie (the nearest alone is often a
/// caption credit or a share button). Evidence for a line: it reads like a headline, a byline or
/// date follows it, the page prints it twice (the page's and the share card's), and its words
/// come back in the article's opening. The reach extends above a byline or date found in it, as
/// share bars and photo galleries often sit between the headline block and the text.
fn choose_title(
    lines: &[String],
    nonempty: &[usize],
    best_from: usize,
    best_to: usize,
    seen: &HashMap<&str, usize>,
    stop_words: &[&str],
) -> Option<usize> {
    let mut top = best_from.saturating_sub(TITLE_REACH);
    if let Some(meta_at) = (top..best_from).find(|&k| is_byline_or_date(&lines[nonempty[k]])) {
        top = top.min(meta_at.saturating_sub(TITLE_REACH));
    }
    let opening = opening_words(lines, &nonempty[best_from..=best_to], stop_words);
    (top..best_from)
        .rev()
        .filter(|&k| is_headline(&lines[nonempty[k]]))
        .map(|k| {
            let line = lines[nonempty[k]].as_str();
            let next_is_meta = nonempty[k + 1..best_from.max(k + 1)]
                .iter()
                .take(3)
                .any(|&j| {
                    super::title::is_metadata_line(&lines[j])
                        || byline::looks_like_name(&lines[j], 2)
                });
            // A line printed more often than twice is furniture (`Continue reading the main
            // story`).
            let repeated = seen.get(line) == Some(&2);
            let score = headline_score(line)
                + 3 * i64::from(next_is_meta)
                + 4 * i64::from(repeated)
                + 2 * agreement(line, &opening, stop_words);
            (score, k)
        })
        .fold(None, |best: Option<(i64, usize)>, (score, k)| match best {
            Some((b, _)) if b >= score => best,
            _ => Some((score, k)),
        })
        .map(|(_, k)| k)
}

/// A byline or a date line: the headline block's anchor.
fn is_byline_or_date(line: &str) -> bool {
    byline::byline(line).is_some() || super::dated_meta_line(line).is_some()
}

/// How many words of the article's opening are looked at for the title's agreement.
const OPENING_WORDS: usize = 400;

/// The content words (not stop words, four letters or more; CJK as character pairs) of the
/// first paragraphs of the article run.
fn opening_words(
    lines: &[String],
    run: &[usize],
    stop_words: &[&str],
) -> std::collections::HashSet<String> {
    let mut words = std::collections::HashSet::new();
    let mut counted = 0;
    for &i in run {
        if counted >= OPENING_WORDS {
            break;
        }
        let line = lines[i].as_str();
        if !is_sentence(line) {
            continue;
        }
        for word in content_words(line, stop_words) {
            counted += 1;
            words.insert(word);
        }
    }
    words
}

/// The distinct content words of a headline found in the opening, at most four: a headline
/// tells what the text then tells, a teaser for another story shares little with it.
fn agreement(line: &str, opening: &std::collections::HashSet<String>, stop_words: &[&str]) -> i64 {
    let mut mine = content_words(line, stop_words);
    mine.sort();
    mine.dedup();
    let shared = mine.iter().filter(|w| opening.contains(*w)).count();
    i64::try_from(shared.min(4)).unwrap_or(4)
}

/// Lowercase words of four letters or more that are not stop words, with a trailing
/// possessive cut (`Facebook's` → `facebook`); runs of CJK characters as overlapping pairs.
fn content_words(line: &str, stop_words: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for word in line.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        let word = word.trim_matches(['\'', '’']).to_lowercase();
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(&word);
        let cjk: Vec<char> = word.chars().filter(|&c| is_cjk(c)).collect();
        if cjk.len() >= 2 {
            out.extend(cjk.windows(2).map(|w| w.iter().collect::<String>()));
        } else if word.chars().count() >= 4 && !stop_words.contains(&word) {
            out.push(word.to_string());
        }
    }
    out
}

/// Many short non-sentence lines at the top, or most of the file made of them.
fn looks_like_dump(lines: &[String], nonempty: &[usize]) -> bool {
    let top = nonempty
        .iter()
        .take(TOP_LINES)
        .filter(|&&i| is_menu_line(&lines[i]))
        .count();
    let all = nonempty
        .iter()
        .filter(|&&i| is_menu_line(&lines[i]))
        .count();
    top >= TOP_MENU_LINES || (all >= 25 && all * 2 >= nonempty.len())
}

/// Words in a line; a run of CJK characters counts one word per two characters.
fn word_count(line: &str) -> usize {
    let spaced = line.split_whitespace().count();
    let cjk = line.chars().filter(|&c| is_cjk(c)).count();
    spaced.max(cjk / 2)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// Ends like a sentence, in Latin or CJK punctuation.
fn is_sentence(line: &str) -> bool {
    ends_sentence(line)
        || line
            .trim_end_matches(['」', '』', '）', ')', '"', '”'])
            .ends_with(['。', '！', '？', '：'])
}

/// A menu item, button or label: few words and no sentence end.
fn is_menu_line(line: &str) -> bool {
    !is_sentence(line)
        && (word_count(line) <= 4 || line.chars().count() < 30)
        && !super::title::is_metadata_line(line)
}

/// A headline: a few words to a long line, not a finished sentence (a question is fine), not
/// metadata, not furniture.
fn is_headline(line: &str) -> bool {
    let words = word_count(line);
    let chars = line.chars().count();
    let statement = ends_sentence(line)
        && !line
            .trim_end_matches(['"', '”', '’', '»'])
            .ends_with(['?', '!']);
    (3..=30).contains(&words)
        && (12..=250).contains(&chars)
        && !statement
        && !super::title::is_metadata_line(line)
        && !is_boilerplate_line(line)
}

/// How much a headline-shaped line reads like the article's headline: more words (up to
/// fifteen) count for it; buttons, credits and players (`Share via Email`, `Credit …`, `Your
/// video will play in 00:25`) and clock times against it.
fn headline_score(line: &str) -> i64 {
    const FURNITURE: &[&str] = &[
        "share",
        "email",
        "credit",
        "video",
        "play",
        "permalink",
        "menu",
        "modal",
        "reviewed",
        "photo",
        "photos",
        "listen",
        "print",
        "comments",
        "available",
        "close",
        "advertisement",
        "ouvir",
        "from:",
        "updated",
        "published",
    ];
    // Headlines run to about fifteen words; a longer line is more likely a caption or teaser.
    let count = i64::try_from(word_count(line)).unwrap_or(i64::MAX / 2);
    let words = count.min(15) - (count - 20).max(0);
    let lower = line.to_lowercase();
    let furniture = lower
        .split(|c: char| !c.is_alphanumeric() && c != ':')
        .any(|w| FURNITURE.contains(&w));
    let clock = line
        .split(|c: char| !c.is_ascii_digit() && c != ':')
        .any(|w| w.len() >= 4 && w.contains(':'));
    words - 8 * i64::from(furniture) - 6 * i64::from(clock) - 4 * i64::from(line.ends_with(':'))
}

/// A line carrying a boilerplate phrase and too short to be a paragraph that merely mentions one.
fn is_boilerplate_line(line: &str) -> bool {
    if line.chars().count() > 160 {
        return false;
    }
    let lower = line.to_lowercase();
    meta::is_boilerplate(line)
        || crate::extract::lexicon::page_furniture_phrases()
            .iter()
            .any(|p| lower.contains(p))
        || rights::rights_score(line) >= 2
}

/// How much a line looks like article prose (positive) or page furniture (negative).
fn line_score(line: &str, stop_words: &[&str], repeated: bool) -> i64 {
    let chars = line.chars().count() as i64;
    if is_boilerplate_line(line) {
        return -BOILERPLATE_COST;
    }
    if rights::rights_score(line) >= 2 {
        return -chars / 2;
    }
    let words = word_count(line);
    let cjk = line.chars().filter(|&c| is_cjk(c)).count() * 3 >= line.chars().count();
    let stops = line
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && stop_words.contains(&w.to_lowercase().as_str()))
        .count();
    let density = if words == 0 {
        0.0
    } else {
        stops as f64 / words as f64
    };
    let wordy = cjk || density >= 0.08;
    // CJK text packs about three times the meaning per character.
    let weight = if cjk { chars * 3 } else { chars };
    // CJK prose often leaves its line without a full stop.
    let score = if (is_sentence(line) && words >= 8 && wordy) || (cjk && chars >= 20) {
        weight - PROSE_OFFSET
    } else if words >= 15 && wordy && density >= 0.15 {
        // Prose that does not end with a full stop (a colon before a list, a cut-off line).
        weight / 2 - PROSE_OFFSET
    } else if words >= 15 {
        -weight / 4
    } else {
        -SHORT_LINE_COST
    };
    if repeated && score > 0 {
        -SHORT_LINE_COST
    } else {
        score
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_score_prefers_headlines_over_buttons_credits_and_players() {
        let headline =
            headline_score("Yahoo’s Sale to Verizon Leaves Shareholders With Little Say");
        for furniture in [
            "Credit Harry Campbell",
            "Share via Email",
            "Your video will play in 00:25",
            "Published Thursday 27 July 2017",
        ] {
            assert!(headline_score(furniture) < headline, "{furniture}");
        }
    }

    #[test]
    fn the_headline_is_the_one_the_article_then_tells_not_a_teaser_beside_it() {
        let mut page = String::new();
        for item in [
            "Home", "News", "Tech", "Science", "Culture", "Sport", "Video", "Podcasts", "Games",
            "Deals", "Sign in", "Search", "Menu",
        ] {
            page.push_str(item);
            page.push('\n');
        }
        page.push_str(
            "Zuckerberg offers peek at Facebook's acquisition strategies\n\
             Zuckerberg offers peek at Facebook's acquisition strategies\n\
             Tech Industry\n\
             Up Next Governments everywhere are failing at social media and you deserve some blame\n\n",
        );
        for n in ["first", "second", "third", "fourth"] {
            page.push_str(&format!(
                "Facebook chief Mark Zuckerberg described to a court how the company approaches its \
                 {n} acquisition, from the first contact with a founder to the closing of the deal.\n\n"
            ));
        }
        let lines = super::super::lines::split_lines(&page);
        let keep = article_lines(&lines).expect("a dump");
        let first_kept = lines
            .iter()
            .zip(&keep)
            .find(|(_, k)| **k)
            .map(|(l, _)| l.as_str());
        assert_eq!(
            first_kept,
            Some("Zuckerberg offers peek at Facebook's acquisition strategies")
        );
    }

    #[test]
    fn content_words_skip_short_and_stop_words_and_pair_cjk() {
        assert_eq!(
            content_words("Facebook's plan for the deal", &["plan"]),
            vec!["facebook", "deal"]
        );
        assert_eq!(
            content_words("宇航员喝酒", &[]),
            vec!["宇航", "航员", "员喝", "喝酒"]
        );
    }
}
