//! The headline of a page dump: which line above the article run is its title.

use std::collections::{HashMap, HashSet};

use super::super::byline;
use super::super::lines::ends_sentence;
use super::{TITLE_REACH, is_boilerplate_line, is_cjk, is_sentence, word_count};

mod anchors;
use anchors::{is_byline_or_date, name_over_role, named_by_opening, names_author};

/// The headline above the article run (`best_from..=best_to`, indices into `nonempty`): the
/// most headline-like line within reach, the nearest on a tie (the nearest alone is often a
/// caption credit or a share button). Evidence for a line: it reads like a headline, a byline or
/// date follows it, the page prints it twice (the page's and the share card's), and its words
/// come back in the article's opening. The reach extends above a byline or date found in it, as
/// share bars and photo galleries often sit between the headline block and the text.
pub(super) fn choose_title(
    lines: &[String],
    nonempty: &[usize],
    best_from: usize,
    best_to: usize,
    seen: &HashMap<&str, usize>,
    stop_words: &[&str],
) -> Option<usize> {
    if let Some(k) = named_by_opening(lines, nonempty, best_from, best_to) {
        return Some(k);
    }
    let mut top = best_from.saturating_sub(TITLE_REACH);
    if let Some(meta_at) = (top..best_from).find(|&k| is_byline_or_date(&lines[nonempty[k]])) {
        top = top.min(meta_at.saturating_sub(TITLE_REACH));
    }
    let opening = opening_words(lines, &nonempty[best_from..=best_to], stop_words);
    // Pages print the headline above the byline; below it sit galleries, captions and teasers.
    let byline_at = (top..best_from).rev().find(|&k| {
        names_author(&lines[nonempty[k]]) || name_over_role(lines, &nonempty[k..best_from])
    });
    (top..best_from)
        .rev()
        .filter(|&k| is_headline(&lines[nonempty[k]]))
        .map(|k| {
            let line = lines[nonempty[k]].as_str();
            // A headline-shaped line right below is the deck (standfirst): the headline sits
            // above it, and the block's byline and date follow both.
            let mut below = &nonempty[k + 1..best_from.max(k + 1)];
            let mut has_deck = false;
            // A headline and its deck tell one story: the deck's words agree for both.
            let mut deck_agreement = 0;
            if let Some((&deck, rest)) = below.split_first() {
                if is_headline(&lines[deck]) {
                    below = rest;
                    has_deck = true;
                    // Only a headline of a headline's length has a deck: a three-word line
                    // above a headline (`Good Morning America`) is the site's or a show's name.
                    if word_count(line) >= 5 || line.chars().any(is_cjk) {
                        deck_agreement = agreement(&lines[deck], &opening, stop_words);
                    }
                }
            }
            let next_is_meta = below.iter().take(3).any(|&j| {
                super::super::title::is_metadata_line(&lines[j])
                    || byline::looks_like_name(&lines[j], 2)
            });
            // A line printed more often than twice is furniture (`Continue reading the main
            // story`). A deck is printed twice too, its second copy opening the article: that
            // repeat is no headline's.
            let repeated = seen.get(line) == Some(&2)
                && !nonempty[best_from.saturating_sub(1)..=(best_from + 1).min(best_to)]
                    .iter()
                    .any(|&j| j != nonempty[k] && lines[j] == line);
            let repeated = repeated || quoted_elsewhere(lines, nonempty[k]);
            let score =
                headline_score(line) + 3 * i64::from(next_is_meta) + 2 * i64::from(has_deck)
                    - 2 * i64::from(k > top && is_headline(&lines[nonempty[k - 1]]))
                    + 4 * i64::from(repeated)
                    + 2 * agreement(line, &opening, stop_words).max(deck_agreement)
                    - 10 * i64::from(byline_at.is_some_and(|b| k > b))
                    - 6 * i64::from(above_photo_credit(lines, nonempty, k, best_from));
            (score, k)
        })
        .fold(None, |best: Option<(i64, usize)>, (score, k)| match best {
            Some((b, _)) if b >= score => best,
            _ => Some((score, k)),
        })
        .map(|(_, k)| above_its_deck(lines, nonempty, top, k))
        .map(|k| without_site_suffix(lines, nonempty, top..best_from, k))
}

/// Whether another line quotes line `at` whole inside itself, as a share bar (`Share this
/// story: Headline`) or a comments header (`4 komentarze do “Headline”`) repeats the headline.
/// Only lines of five words or more (a short one is found inside anything), and not glued to
/// a word before it (`EducationHeadline` is a kicker's link run into the headline).
fn quoted_elsewhere(lines: &[String], at: usize) -> bool {
    let line = lines[at].as_str();
    let quotes = |other: &str| {
        other.len() > line.len()
            && other.find(line).is_some_and(|i| {
                i > 0
                    && !other[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
            })
    };
    word_count(line) >= 5
        && lines
            .iter()
            .enumerate()
            .any(|(j, other)| j != at && quotes(other))
}

/// A line directly above a photo's credit (`Foto: Klaus-Dietmar Gabbert / dpa`) is the
/// photo's caption, whose words agree with the story as a headline's do.
fn above_photo_credit(lines: &[String], nonempty: &[usize], k: usize, best_from: usize) -> bool {
    nonempty.get(k + 1).is_some_and(|&j| {
        k + 1 < best_from
            && super::super::rights::credit(&lines[j])
                .is_some_and(|(mark, _)| mark == super::super::rights::CreditMark::Label)
    })
}

/// A shorter headline-shaped line directly above a chosen line of deck length (sixteen words
/// or more): that is the headline, and the chosen line its deck (decks run longer, and score
/// higher by length alone). A series name or a link above a headline is much shorter still.
fn above_its_deck(lines: &[String], nonempty: &[usize], top: usize, k: usize) -> usize {
    if k <= top {
        return k;
    }
    let (upper, line) = (&lines[nonempty[k - 1]], &lines[nonempty[k]]);
    let (words, deck_words) = (word_count(upper), word_count(line));
    if is_headline(upper) && words >= 7 && deck_words >= 16 && words + 4 <= deck_words {
        k - 1
    } else {
        k
    }
}

/// `Headline | Site News` (the page's `<title>`) when the page also prints `Headline` alone:
/// that line is the headline.
fn without_site_suffix(
    lines: &[String],
    nonempty: &[usize],
    reach: std::ops::Range<usize>,
    k: usize,
) -> usize {
    let line = lines[nonempty[k]].as_str();
    let Some(head) = [" | ", " - ", " – ", " — ", " :: "]
        .iter()
        .filter_map(|sep| line.rfind(sep).map(|at| &line[..at]))
        .max_by_key(|head| head.len())
    else {
        return k;
    };
    reach
        .filter(|&j| j != k)
        .find(|&j| lines[nonempty[j]].trim() == head.trim())
        .unwrap_or(k)
}

/// How many words of the article's opening are looked at for the title's agreement.
const OPENING_WORDS: usize = 400;

/// The content words (not stop words, four letters or more; CJK as character pairs) of the
/// first paragraphs of the article run.
fn opening_words(lines: &[String], run: &[usize], stop_words: &[&str]) -> HashSet<String> {
    let mut words = HashSet::new();
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
fn agreement(line: &str, opening: &HashSet<String>, stop_words: &[&str]) -> i64 {
    let mut mine = content_words(line, stop_words);
    mine.sort();
    mine.dedup();
    let shared = mine.iter().filter(|w| opening.contains(*w)).count();
    i64::try_from(shared.min(4)).unwrap_or(4)
}

/// Lowercase words of four letters or more that are not stop words, with a trailing
/// possessive cut (`Facebook's` → `facebook`); runs of CJK characters as overlapping pairs.
pub(super) fn content_words(line: &str, stop_words: &[&str]) -> Vec<String> {
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

/// A headline: a few words to a long line, not a finished sentence (a question is fine), not
/// metadata, not furniture.
fn is_headline(line: &str) -> bool {
    let words = word_count(line);
    let chars = line.chars().count();
    // Magazines end headlines with a full stop (`The Last Dive Bar Is Closing. Regulars Aren't
    // Ready.`); they write them in title case, which sentences are not.
    let statement = ends_sentence(line)
        && !line
            .trim_end_matches(['"', '”', '’', '»'])
            .ends_with(['?', '!'])
        && !title_case(line);
    (3..=30).contains(&words)
        && (12..=250).contains(&chars)
        && !statement
        && !super::super::title::is_metadata_line(line)
        && !is_boilerplate_line(line)
        && !super::super::lines::is_navigation(line)
        && super::super::section::breadcrumb_last(line).is_none()
        && !starts_in_lower_case(line)
        && !ends_with_photo_credit(line)
        && super::super::teasers::captioned_credit(line).is_none()
        && !super::super::not_headline::is_list_item(line)
        && !super::super::not_headline::is_post_link(line)
}

/// Most words of four letters or more capitalised (`Regulars Aren't Ready`).
fn title_case(line: &str) -> bool {
    let long: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    long.len() >= 3 && capitalised * 5 >= long.len() * 4
}

/// A line that starts with a lower-case word (`in Featured Article …`, `on Deadspin`) continues
/// something; headlines start with a capital, a digit or a quote (`iPhone` keeps its capital).
fn starts_in_lower_case(line: &str) -> bool {
    let mut letters = line.chars().take(2);
    letters.next().is_some_and(char::is_lowercase) && letters.next().is_some_and(char::is_lowercase)
}

/// A caption that ends with its photographer's credit (`… the capital. Fethi Belaid/AFP/Getty
/// Images`): the last words join a name and an agency with a slash.
fn ends_with_photo_credit(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.iter().rev().take(3).any(|w| {
        let parts: Vec<&str> = w.split('/').collect();
        parts.len() >= 2
            && parts
                .iter()
                .all(|p| p.chars().next().is_some_and(char::is_uppercase))
    })
}

/// How much a headline-shaped line reads like the article's headline: more words (up to
/// fifteen) count for it; buttons, credits and players (`Share via Email`, `Credit …`, `Your
/// video will play in 00:25`) and clock times against it.
pub(super) fn headline_score(line: &str) -> i64 {
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
        "caption",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menus_breadcrumbs_link_rows_table_rows_and_credited_captions_are_no_headlines() {
        for line in [
            "首页|新闻|图片|评论|共青团|娱乐|时尚|财经|军事|体育",
            "Home > Science > Space > Article",
            "Home » Local News » Kitwe council to rehabilitate Chisokone market drainage",
            "in Featured Article ServiceWorkers Web Workers WebAPI",
            "[Docs] [txt|pdf] [Tracker] [Email] [Diff1] [Diff2] [Nits]",
            "Currency\tNew Zealand dollar ($) (NZD)",
            "Tunisian security forces secure the area after gunmen attacked the museum. Fethi Belaid/AFP/Getty Images",
            "Residents of an old building have complained about lift breakdowns. Photo: Jelly Tse",
        ] {
            assert!(!is_headline(line), "{line}");
        }
        for line in [
            "Seven secrets that hotel owners don't want you to know",
            "Rewriting Rules of Engagement with Video in 2020 | Spiceworks",
            "Yes/No: the vote that split a town",
            "iPhone sales fall for the first time",
        ] {
            assert!(is_headline(line), "{line}");
        }
    }

    #[test]
    fn an_encyclopedia_title_is_the_name_its_first_sentence_starts_from() {
        let lines: Vec<String> = [
            "Contents",
            "New Zealand",
            "Currency\tNew Zealand dollar",
            "New Zealand (Māori: Aotearoa) is a sovereign island country in the southwestern Pacific Ocean.",
            "News",
        ]
        .map(String::from)
        .to_vec();
        let nonempty: Vec<usize> = (0..lines.len()).collect();
        assert_eq!(named_by_opening(&lines, &nonempty, 3, 4), Some(1));
        assert_eq!(named_by_opening(&lines, &nonempty, 4, 4), None);
    }
}
