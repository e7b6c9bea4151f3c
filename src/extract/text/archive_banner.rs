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
    let original = labelled_address(&lines[top[at]])?;
    clear(lines, top[at]);
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

/// The first web address in a line.
fn address_in(line: &str) -> Option<String> {
    line.split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',', ')']))
        .find(|w| (w.starts_with("http://") || w.starts_with("https://")) && is_web_address(w))
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
    closed && words.max(wide) >= NOTICE_WORDS && dates::find_date(line).is_some()
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
             The Courier\nBridge upgrade to begin in June",
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
    fn a_headline_over_its_address_is_no_banner() {
        // A reader app's copy: the headline and its date, then the address; no notice sentence.
        let mut page = lines(
            "Bridge upgrade to begin in June\n2 April 2004\n\
             Source: http://www.courier.example/news/2004/03/30/story1.html\nWork will begin.",
        );
        assert!(strip(&mut page).is_none());
        assert_eq!(page[0], "Bridge upgrade to begin in June");
    }
}
