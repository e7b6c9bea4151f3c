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

mod headline;

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
pub(super) const TITLE_REACH: usize = 16;
/// What a non-prose line costs.
const SHORT_LINE_COST: i64 = 15;
/// What a line with a boilerplate phrase costs.
const BOILERPLATE_COST: i64 = 80;
/// What a prose line must make up for before it counts (a teaser sentence scores little).
const PROSE_OFFSET: i64 = 60;

/// The most a gap inside an article may cost before its two parts are taken as two texts.
const MAX_GAP_COST: i64 = 400;

/// What a page dump holds: the lines to keep and the headline among them.
pub struct Dump {
    /// `keep[i]` is false for page furniture.
    pub keep: Vec<bool>,
    /// The headline's line, when one was found above the article.
    pub title: Option<usize>,
}

/// The article's lines and headline when the file is a dump. `None` when the file does not
/// look like a dump (or no article-like run was found).
#[cfg(test)]
pub fn article_lines(lines: &[String]) -> Option<Dump> {
    article_lines_of(lines, false)
}

/// [`article_lines`], told whether the copy is known to be a whole page (an archive's banner
/// was over it, and clearing the banner took the menus that would have said so).
pub fn article_lines_of(lines: &[String], whole_page: bool) -> Option<Dump> {
    let nonempty: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
    if !whole_page && !looks_like_dump(lines, &nonempty) {
        return None;
    }
    let sample: String = nonempty
        .iter()
        .take(3000)
        .map(|&i| lines[i].as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let guess = language::guess_language(&sample);
    // A language the table lacks: the page's own function words tell its prose from its menus.
    let learned = match guess {
        Some(_) => Vec::new(),
        None => language::page_function_words(nonempty.iter().map(|&i| lines[i].as_str())),
    };
    let stop_words: Vec<&str> = language::stop_words(guess.as_deref())
        .into_iter()
        .chain(learned.iter().map(String::as_str))
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for &i in &nonempty {
        *seen.entry(lines[i].as_str()).or_insert(0) += 1;
    }
    let scores: Vec<i64> = nonempty
        .iter()
        .map(|&i| line_score(&lines[i], &stop_words, seen[lines[i].as_str()] > 1))
        .collect();

    let (best, mut best_from, best_to) = max_run(&scores)?;
    if best < MIN_ARTICLE_SCORE {
        return None;
    }
    // The article's first part, when a video player, a gallery or a share bar split it: a
    // strong run above, across a gap whose cost is capped (a player lists forty controls).
    while let Some((above, from, to)) = max_run(&scores[..best_from]) {
        let gap: i64 = scores[to + 1..best_from].iter().sum();
        if above < 2 * MIN_ARTICLE_SCORE || above + gap.max(-MAX_GAP_COST) <= 0 {
            break;
        }
        best_from = from;
    }

    let mut keep = vec![false; lines.len()];
    // Inside the run: everything but boilerplate phrases.
    for &i in &nonempty[best_from..=best_to] {
        keep[i] = !is_boilerplate_line(&lines[i]);
    }
    // Above the run: the title and the metadata between it and the run.
    let title_at = headline::choose_title(lines, &nonempty, best_from, best_to, &seen, &stop_words);
    if let Some(t) = title_at {
        keep[nonempty[t]] = true;
        // A date printed just above the headline (between a kicker and it, or over it) dates
        // the article too.
        for &i in nonempty[t.saturating_sub(3)..t].iter() {
            if !crate::extract::dates::parse_date_clauses(&lines[i]).is_empty() {
                keep[i] = true;
            }
        }
        // A byline Chronicle reads already: the header's other labelled names are credits.
        let mut bylined = nonempty[t + 1..best_from]
            .iter()
            .any(|&i| byline::byline(&lines[i]).is_some());
        for &i in &nonempty[t + 1..best_from] {
            let line = lines[i].as_str();
            keep[i] = super::title::is_metadata_line(line)
                || crate::extract::dates::label_alone(line).is_some()
                || super::meta_line::is_meta_line(line)
                || byline::looks_like_name(line, 2)
                || byline::name_line(line).is_some()
                || super::cjk_byline::bare_name(line).is_some()
                || unknown_label_byline(line, &mut bylined)
                || super::meta::is_conjunction(line)
                || (!is_menu_line(line) && !is_boilerplate_line(line));
        }
    }
    // Just below the run: an agency's credit (`(ANSA)`, `— with AAP`, `Quelle: dpa`) or the
    // wire's byline (`(Reporting by …)`) closes the story. Bylines under a `Read more` label
    // are the related stories'.
    let mut related = false;
    // `– Nirmala Perera` (perhaps over the writer's e-mail): a sign-off under the last paragraph.
    if let Some(&i) = nonempty.get(best_to + 1) {
        let address_below = nonempty
            .get(best_to + 2)
            .is_some_and(|&k| is_address_line(&lines[k]));
        if signs_off(&lines[i], address_below) {
            keep[i] = true;
        }
    }
    for &i in nonempty[best_to + 1..].iter().take(6) {
        let line = lines[i].as_str();
        related |= super::teasers::teaser(line) == Some(super::teasers::Teaser::LabelAlone);
        if super::agencies::credit_line(line).is_some()
            || super::meta::sources(line).is_some()
            || !related && byline::byline(line).is_some()
        {
            keep[i] = true;
        }
    }
    // The publication's name before its company's (`NRK – Norsk rikskringkasting AS`) or its
    // rights (`Le Fleuve Matin – Tous droits réservés`).
    if let Some(&i) = nonempty[best_to + 1..].iter().rev().find(|&&i| {
        super::footer::name_before_company(&lines[i]).is_some()
            || rights::named_rights(&lines[i]).is_some()
    }) {
        keep[i] = true;
    }
    // Below the run: the story's one labelled publication date, which some pages print under
    // their related links (`Published 14 August 2024, 09:12 BST`); teasers' dates carry no
    // label, and two labelled dates there would be teasers' too.
    let labelled: Vec<usize> = nonempty[best_to + 1..]
        .iter()
        .copied()
        .filter(|&i| is_labelled_publication(&lines[i]))
        .collect();
    if let [i] = labelled[..] {
        keep[i] = true;
    }
    // Below the run: the last copyright line, which names the publisher.
    if let Some(&i) = nonempty[best_to + 1..].iter().rev().find(|&&i| {
        rights::credit(&lines[i]).is_some_and(|(m, _)| m == rights::CreditMark::Copyright)
    }) {
        keep[i] = true;
    }
    Some(Dump {
        keep,
        title: title_at.map(|t| nonempty[t]),
    })
}

/// `Tekstur: Jógvan Olsen`, `Автору: Наталья Ким`: one word Chronicle does not know as a label,
/// a colon and names, under the headline of a page with no byline it knows (`bylined`): the
/// writer's line in a language whose labels are not listed. Only the first: the credits below
/// it (`Mynd: …`, a photographer's) are furniture.
fn unknown_label_byline(line: &str, bylined: &mut bool) -> bool {
    let writer = !*bylined
        && line
            .split_once([':', '：'])
            .is_some_and(|(label, _)| label.split_whitespace().count() == 1)
        && super::label_byline::names(line).is_some();
    *bylined |= writer;
    writer
}

/// A writer's sign-off: a dash and a name (`– Nirmala Perera`), or a bare name over an e-mail
/// address.
fn signs_off(line: &str, address_below: bool) -> bool {
    let rest = line.trim().trim_start_matches(['—', '–']);
    (rest.len() < line.trim().len() || address_below)
        && byline::name_line(rest.trim_start()).is_some()
}

/// A line that is only an e-mail address (`nirmalap@sundaysentinel.lk`).
fn is_address_line(line: &str) -> bool {
    let t = line.trim();
    !t.contains(char::is_whitespace)
        && t.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.starts_with('.')
        })
}

/// A date line that opens with a publication label (`Published 14 August 2024, 09:12 BST`).
fn is_labelled_publication(line: &str) -> bool {
    line.len() <= 80
        && matches!(
            crate::extract::dates::label_prefix(line),
            Some((crate::extract::dates::DateRole::Published, _))
        )
        && crate::extract::dates::parse_date_line(line).is_some()
}

/// A line of program code: it ends in `;`, `{`, `}` or `(`, or holds a call or an assignment
/// with code punctuation; menus and labels do neither.
fn is_code(line: &str) -> bool {
    let t = line.trim();
    let punct = t.chars().filter(|c| "{}();=<>[]".contains(*c)).count();
    t.ends_with([';', '{', '}', '('])
        || t.starts_with("//")
        || (punct >= 3 && (t.contains("()") || t.contains(" = ") || t.contains("=>")))
}

/// The maximum-sum run of scores (Kadane): its sum and first and last index.
fn max_run(scores: &[i64]) -> Option<(i64, usize, usize)> {
    let mut best: Option<(i64, usize, usize)> = None;
    let (mut sum, mut from) = (0i64, 0);
    for (k, &score) in scores.iter().enumerate() {
        if sum <= 0 {
            sum = 0;
            from = k;
        }
        sum += score;
        if best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, from, k));
        }
    }
    best
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
pub(super) fn word_count(line: &str) -> usize {
    let spaced = line.split_whitespace().count();
    let cjk = line.chars().filter(|&c| is_cjk(c)).count();
    spaced.max(cjk / 2)
}

pub(super) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// Ends like a sentence, in Latin or CJK punctuation.
pub(super) fn is_sentence(line: &str) -> bool {
    ends_sentence(line)
        || super::lines::ends_sentence_before_credit(line)
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

/// A line carrying a boilerplate phrase and too short to be a paragraph that merely mentions one.
pub(super) fn is_boilerplate_line(line: &str) -> bool {
    if line.chars().count() > 160 {
        return false;
    }
    let lower = line.to_lowercase();
    // A sentence of the story may hold a furniture word inside another (`those who
    // registered`); in one, a phrase counts only as whole words (a plural `s` allowed).
    let sentence = is_sentence(line) && word_count(line) >= 12;
    meta::is_boilerplate(line)
        || crate::extract::lexicon::page_furniture_phrases()
            .iter()
            .any(|p| {
                if sentence {
                    holds_phrase(&lower, p)
                } else {
                    lower.contains(p)
                }
            })
        || rights::rights_score(line) >= 2
}

/// Whether `phrase` stands in `lower` as whole words, perhaps with a plural `s`.
fn holds_phrase(lower: &str, phrase: &str) -> bool {
    lower.match_indices(phrase).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let mut after = lower[at + phrase.len()..].chars();
        let next = match after.next() {
            Some('s') => after.next(),
            other => other,
        };
        !before.is_some_and(char::is_alphanumeric) && !next.is_some_and(char::is_alphanumeric)
    })
}

/// [`is_boilerplate_line`] for a short label, whose furniture phrases must be whole words: a
/// section called `Commentary` holds `comment` but is no comments link.
pub(super) fn is_boilerplate_label(line: &str) -> bool {
    if meta::is_boilerplate(line) || rights::rights_score(line) >= 2 {
        return true;
    }
    let lower = line.to_lowercase();
    crate::extract::lexicon::page_furniture_phrases()
        .iter()
        .any(|p| {
            lower.match_indices(p).any(|(at, _)| {
                let before = lower[..at].chars().next_back();
                let after = lower[at + p.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
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
    } else if is_code(line) {
        // A code listing inside a tutorial costs nothing, so the text around it stays one run.
        0
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
mod tests;
