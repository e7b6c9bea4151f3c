//! A web archive's or a library's banner over a copied page: the Wayback Machine's toolbar
//! (`The Wayback Machine - https://web.archive.org/web/20000815093411/http://site/…`, capture
//! counts, a calendar, `About this capture`), or a legal-deposit archive's notice that the page
//! was collected on a day, over the original address (`Original URL: http://site/…`). The
//! banner names the archive and the capture day, never the story's title, publisher or date;
//! it hides the page's own masthead from the readers that look at the top. So it is cleared,
//! and the original address is kept as the article's.

use crate::extract::dates;
use crate::extract::html::{is_web_address, original_address};

/// How far down (in lines with text) the address ending a collection notice may stand.
const NOTICE_LINES: usize = 6;
/// How far down a toolbar may repeat the archive's or the original address.
const TOOLBAR_LINES: usize = 40;
/// Fewest lines with text below an archive's notice: the page it copied.
const PAGE_BELOW: usize = 10;
/// Fewest words in a notice sentence (a CJK sentence counts its characters by three).
const NOTICE_WORDS: usize = 6;

/// What a banner over a copy tells.
pub(super) struct Banner {
    /// The address of the page the archive copied.
    pub original: String,
    /// The archive's toolbar was cleared: the copy is a whole page, though its top no longer
    /// shows the menus that would say so.
    pub toolbar: bool,
}

/// Clears the banner at the top of `lines`, giving the page's original address.
pub(super) fn strip(lines: &mut [String]) -> Option<Banner> {
    let top: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .take(TOOLBAR_LINES)
        .collect();
    // A toolbar: the archive's address for the copy names the capture and the original page.
    for (n, &i) in top.iter().enumerate().take(NOTICE_LINES) {
        let Some(archived) = address_in(&lines[i]).filter(|a| original_address(a) != *a) else {
            continue;
        };
        let original = original_address(&archived).to_string();
        // The toolbar (counts, a calendar, the collection) ends where it prints the archive's
        // address again; without that end it is left to the page dump as short furniture.
        let end = top[n + 1..]
            .iter()
            .rev()
            .find(|&&j| lines[j].contains(archived.as_str()))
            .copied();
        if let Some(end) = end {
            clear(lines, end);
            return Some(Banner {
                original,
                toolbar: true,
            });
        }
        return Some(Banner {
            original,
            toolbar: false,
        });
    }
    // A notice: a sentence with the capture day above the original page's address.
    let at = top
        .iter()
        .take(NOTICE_LINES)
        .position(|&i| labelled_address(&lines[i]).is_some())?;
    let noticed = top[..at].iter().any(|&i| is_dated_sentence(&lines[i]));
    if !noticed {
        return None;
    }
    // A share sheet ends with its link (`Read more: https://…`); an archive's notice stands
    // over the whole page it copied.
    if top.len() < at + PAGE_BELOW {
        return None;
    }
    let original = labelled_address(&lines[top[at]])?;
    clear(lines, top[at]);
    // The notice's own row of links under the address (`［保存事業について］　［収集日一覧］`,
    // `Other archived copies | About the archive`).
    if let Some(&next) = top.get(at + 1) {
        if is_link_row(&lines[next]) {
            lines[next].clear();
        }
    }
    Some(Banner {
        original,
        toolbar: false,
    })
}

fn clear(lines: &mut [String], through: usize) {
    for line in &mut lines[..=through] {
        line.clear();
    }
}

/// Two links or more in brackets, or items parted by bars.
fn is_link_row(line: &str) -> bool {
    line.matches(['［', '[']).count() >= 2 || line.matches(" | ").count() >= 2
}

/// The first web address in a line.
fn address_in(line: &str) -> Option<String> {
    line.split_whitespace()
        // A full-width colon glues the label to the address (`元のURL：http://…`).
        .filter_map(|w| {
            let at = [w.find("http://"), w.find("https://")]
                .into_iter()
                .flatten()
                .min()?;
            Some(&w[at..])
        })
        .map(|w| w.trim_end_matches(['.', ',', ')']))
        .find(|w| is_web_address(w))
        .map(str::to_string)
}

/// A line that is an address to a page (not a home page), alone or after a short label
/// (`Original URL: http://…`, `元のURL：http://…`).
fn labelled_address(line: &str) -> Option<String> {
    let line = line.trim();
    let address = address_in(line)?;
    let label = line[..line.find(address.as_str())?].trim();
    let after = line[line.find(address.as_str())? + address.len()..].trim();
    let short_label =
        label.split_whitespace().count() <= 3 && (label.is_empty() || label.ends_with([':', '：']));
    let path = address.split_once("://")?.1.split_once('/')?.1;
    (short_label && after.is_empty() && !path.trim_matches('/').is_empty()).then_some(address)
}

/// A sentence (closed by a full stop) that holds a date: how an archive says when it
/// collected the page.
fn is_dated_sentence(line: &str) -> bool {
    let line = line.trim();
    let closed = line.ends_with(['.', '。', '।']);
    let words = line.split_whitespace().count();
    let wide = line.chars().filter(|c| (*c as u32) >= 0x3000).count() / 3;
    closed
        && words.max(wide) >= NOTICE_WORDS
        && (dates::find_date(line).is_some() || has_year(line))
}

/// A year of the web's time written in four digits (`2007年3月5日`), for scripts whose
/// dates the date reader finds only on a line of their own.
fn has_year(line: &str) -> bool {
    line.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .filter_map(|run| run.parse::<u32>().ok())
        .any(|year| (1990..=2099).contains(&year))
}

#[cfg(test)]
mod tests {
    use super::strip;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn a_toolbar_is_cleared_through_its_last_address() {
        let mut page = lines(
            "The Wayback Machine - https://web.archive.org/web/20000815093411/http://news.example.gr/1999/11/port.htm\n\
             Go\n6 captures\n15 Aug 2000 - 28 Feb 2003\nAbout this capture\n\
             The Wayback Machine - https://web.archive.org/web/20000815093411/http://news.example.gr/1999/11/port.htm\n\
             NEWS EXAMPLE\nPort to double in size\nBy Maria Kalogeraki",
        );
        let original = strip(&mut page).map(|b| b.original);
        assert_eq!(
            original.as_deref(),
            Some("http://news.example.gr/1999/11/port.htm")
        );
        assert!(page[..6].iter().all(String::is_empty));
        assert_eq!(page[6], "NEWS EXAMPLE");
    }

    #[test]
    fn a_collection_notice_is_cleared_through_the_original_address() {
        let mut page = lines(
            "STATE WEB ARCHIVE\n\
             This is an archived copy of a web page, collected by the State Library on 2 April 2004.\n\
             Original URL: http://www.courier.example/news/2004/03/30/story1.html\n\
             The Courier\nBridge upgrade to begin in June\nBy Dan Kearns\nTuesday, March 30, 2004\n\
             Work on the bridge will begin in June.\nIt will take 18 months.\nOne lane stays open.\n\
             The mayor welcomed it.\nDelays are expected.\nAAP\nMore Local News",
        );
        let original = strip(&mut page).map(|b| b.original);
        assert_eq!(
            original.as_deref(),
            Some("http://www.courier.example/news/2004/03/30/story1.html")
        );
        assert!(page[..3].iter().all(String::is_empty));
        assert_eq!(page[3], "The Courier");
    }

    #[test]
    fn a_notice_in_a_language_without_spaces() {
        let mut page = lines(
            "国立ウェブアーカイブ\n\
             このページは、ウェブ資料保存事業により2007年3月5日に収集・保存されたものです。\n\
             元のURL：http://www.minpo.example.jp/news/2007/03/02/kiji05.html\n\
             保存されたページのため、リンク切れがあります。 ［保存事業について］ ［収集日一覧］\n\
             越中民報\nトップ｜県内ニュース\n県内ニュース\n除雪費が過去最少に\n2007年3月2日 19時05分\n\
             記録的な暖冬の影響で除雪費が減った。\n県道路課によると約6億円。\n（共同）\n関連記事\n越中民報社",
        );
        let original = strip(&mut page).map(|b| b.original);
        assert_eq!(
            original.as_deref(),
            Some("http://www.minpo.example.jp/news/2007/03/02/kiji05.html")
        );
        assert!(page[3].is_empty());
        assert_eq!(page[4], "越中民報");
    }

    #[test]
    fn a_headline_over_its_address_is_no_banner() {
        // A share sheet: the headline and its first paragraph, then the link.
        let mut sheet = lines(
            "Bridge upgrade to begin in June\nWork begins on 2 April 2004, the council said.\n\
             Read more: http://www.courier.example/news/2004/03/30/story1.html\nSent from the app",
        );
        assert!(strip(&mut sheet).is_none());
        // A reader app's copy: the headline and its date, then the address; no notice sentence.
        let mut page = lines(
            "Bridge upgrade to begin in June\n2 April 2004\n\
             Source: http://www.courier.example/news/2004/03/30/story1.html\nWork will begin.",
        );
        assert!(strip(&mut page).is_none());
        assert_eq!(page[0], "Bridge upgrade to begin in June");
    }
}
