//! Social posts embedded in a story carry the post's own date, not the story's. Copied from a
//! page, a post shows as its card (the author's handle alone on a line, the post's words, then
//! `10:14 PM · Nov 24, 2025`) or as the signature line a quoted post ends with (`— West Ham
//! United (@WestHam) October 31, 2021`). Read as date lines, they dated pages that print only
//! an update time, or no date at all, by the post.

use super::super::Role;
use crate::extract::dates;

/// How many non-blank lines below the handle the post's date may sit.
const POST_REACH: usize = 6;
/// A line of this many words between handle and date is the post's text: a byline's handle
/// (`By Brian Otieno` / `@BrianOtienoKE` / `Published on: …`) has none.
const POST_WORDS: usize = 4;

/// Drops the date lines of embedded posts (they are neither the story's date nor its text).
pub(super) fn drop_post_dates(lines: &[String], roles: &mut [Role]) {
    for i in 0..lines.len() {
        if roles[i] != Role::Content {
            continue;
        }
        if is_signature(&lines[i]) {
            roles[i] = Role::Dropped;
            continue;
        }
        if !is_handle(lines[i].trim()) {
            continue;
        }
        let mut post_text = false;
        let below = (i + 1..lines.len()).filter(|&j| roles[j] != Role::Blank);
        for j in below.take(POST_REACH) {
            if roles[j] != Role::Content || is_handle(lines[j].trim()) {
                break;
            }
            if is_date_line(&lines[j]) {
                if post_text {
                    roles[j] = Role::Dropped;
                }
                break;
            }
            post_text |= lines[j].split_whitespace().count() >= POST_WORDS;
        }
    }
}

/// `@name`: a social handle alone.
fn is_handle(line: &str) -> bool {
    line.strip_prefix('@').is_some_and(|name| {
        (1..=30).contains(&name.chars().count())
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
    })
}

/// A short line that is a date (and maybe a time) with little else.
fn is_date_line(line: &str) -> bool {
    line.split_whitespace().count() <= 8 && dates::find_date(line).is_some()
}

/// `— Name (@handle) date`: a quoted post's closing line, as the post's embed code writes it.
fn is_signature(line: &str) -> bool {
    let Some(rest) = line.trim_start().strip_prefix(['—', '–', '-']) else {
        return false;
    };
    let Some((_, after_open)) = rest.split_once("(@") else {
        return false;
    };
    let Some((handle, after)) = after_open.split_once(')') else {
        return false;
    };
    is_handle(&format!("@{handle}")) && dates::find_date(after).is_some()
}

#[cfg(test)]
mod tests {
    use crate::extract::text::read_text;

    #[test]
    fn an_embedded_posts_card_does_not_date_the_story() {
        let page = "Harbour club releases goalkeeper after derby errors\n\nBy Tom Reyes\n\
                    Updated: Nov. 24, 2025, 10:02 p.m. ET\n\n\
                    The Harbour club released its goalkeeper on Monday night, a day after two errors \
                    cost them the derby in front of a full stadium.\n\
                    The move was first reported by the club's beat writer.\n\
                    Sam Okafor\n@SamOkaforFC\nFollow\n\
                    Harbour are releasing their keeper, sources say. Trials on Tuesday.\n\
                    10:14 PM · Nov 24, 2025\n\
                    The keeper had conceded 31 goals in 14 matches this season, the most in the league.\n";
        let article = read_text(page);
        assert_eq!(article.published.as_deref(), Some("2025-11-24T22:02"));
        assert!(!article.body.contains("10:14 PM"));
    }

    #[test]
    fn a_quoted_posts_signature_does_not_date_the_story() {
        let page = "Why the Hammers keep winning\n\n\
                    The club has found a structure that survives every change of the line-up, and \
                    its rivals have noticed it.\n\n\
                    Highlights from our 4-1 win at Villa Park pic.twitter.com/abc123\n\n\
                    — West Ham United (@WestHam) October 31, 2021\n\n\
                    In the Europa League the club has a full haul of points after three matches.\n";
        let article = read_text(page);
        assert_eq!(article.published, None);
    }

    #[test]
    fn a_handle_under_the_byline_keeps_the_date_below_it() {
        let page = "Nakuru traders relocate as county rebuilds market\nBy Brian Otieno\n\
                    @BrianOtienoKE\nPublished on: November 22, 2025 9:14\n\
                    More than 1,200 traders will move to a temporary site from next month as the \
                    county begins a long-delayed rebuild.\n";
        let article = read_text(page);
        assert_eq!(article.published.as_deref(), Some("2025-11-22T09:14"));
    }
}
