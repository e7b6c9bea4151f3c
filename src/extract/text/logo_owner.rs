//! A logo at the top of a page that the copyright or name line's owner agrees with: initials
//! and the word for news (`RR Uudised`, `ABN Berita`, `НМ Новини`) that the owner spells out
//! (`© 2026 Rahvuslik Ringhääling`, `Agensi Berita Negara`), or a title the owner's company is
//! named after (`The Albion` over `© 2026 Albion News & Media Limited`). The logo is the
//! masthead the page reads under, the owner its company; the two agreeing is the evidence,
//! neither alone says it. A station's call sign (`KVMT 7`) over its owner's company needs no more.

/// How many non-empty lines at the top may hold the logo (a cookie banner and a menu's first
/// links come before it).
const TOP_LINES: usize = 12;

/// Short lines at the top of the page shaped like a logo, read before a whole page's header is
/// cleared.
pub(super) fn logos(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(TOP_LINES)
        .filter(|l| is_logo_shaped(l) || call_sign(l))
        .map(str::to_string)
        .collect()
}

/// One to four capitalised words, no digits or punctuation but `&` and apostrophes, not a
/// menu's or a section's words.
fn is_logo_shaped(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && line.chars().count() <= 40
        && line
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '&' | '\'' | '’'))
        && words
            .iter()
            .all(|w| *w == "&" || w.chars().next().is_some_and(char::is_uppercase))
        && (initials_of_logo(line).is_some() || !super::self_names::is_navigation(line))
}

/// The one word of initials in a logo of two to four words whose other words say "news"
/// (`Uudised`, `Vijesti`, `Новини`; a section's name): `NRK Nordland` is a district's page,
/// `ACLU Conference` a menu's link.
fn initials_of_logo(line: &str) -> Option<&str> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let is_initials = |w: &str| {
        (2..=6).contains(&w.chars().count())
            && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
    };
    let initials: Vec<&str> = words.iter().copied().filter(|w| is_initials(w)).collect();
    let news = words
        .iter()
        .filter(|w| !is_initials(w))
        .all(|w| crate::extract::lexicon::is_section_name(&w.to_lowercase()));
    match initials[..] {
        [one] if news && words.len() >= 2 => Some(one),
        _ => None,
    }
}

/// A station's call sign and channel (`KVMT 7`, `WXYZ-TV`): the name it goes by on air, never
/// its owner's.
fn call_sign(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let count = line.split_whitespace().count();
    (1..=3).contains(&count)
        && words
            .next()
            .is_some_and(|first| super::masthead_top::is_call_sign(first, words.next()))
}

/// Words of more than three letters: what names a title, without its article (`The`, `Le`).
fn content_words(name: &str) -> Vec<&str> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 3)
        .collect()
}

/// The logo the publisher's name agrees with: it is the logo's initials (`RTB`) or spells them
/// out (`Hrvatska nacionalna televizija` for `HNT`), or, read from a copyright or company line
/// (`company`), it is a longer name that opens with the logo's words (`Albion News & Media`
/// for `The Albion`); a site's own longer name (`Tuzla Danas`) keeps it over a menu's `Tuzla`.
pub(super) fn agreeing(logos: &[String], publisher: &str, company: bool) -> Option<String> {
    let words: Vec<&str> = publisher
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let spelled: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    let owner = content_words(publisher);
    logos
        .iter()
        .find(|logo| {
            if logo.as_str() == publisher {
                return false;
            }
            // `KVMT 7` at the top, `Copyright 2025 Mountain West Broadcasting Co.` below.
            if call_sign(logo) {
                return company;
            }
            if let Some(initials) = initials_of_logo(logo) {
                return words == [initials] || words.len() >= 2 && spelled.starts_with(initials);
            }
            let title = content_words(logo);
            company && !title.is_empty() && owner.len() > title.len() && owner.starts_with(&title)
        })
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn logos_of(text: &str) -> Vec<String> {
        logos(&text.lines().map(str::to_string).collect::<Vec<_>>())
    }

    #[test]
    fn initials_at_the_top_agree_with_the_name_spelled_out() {
        let top = logos_of("RR Uudised\nOtse\nEesti\nMaailm");
        assert_eq!(
            agreeing(&top, "Rahvuslik Ringhääling", true).as_deref(),
            Some("RR Uudised")
        );
        let top = logos_of("НМ Новини\nНаживо\nНовини");
        assert_eq!(
            agreeing(&top, "Національне мовлення України", true).as_deref(),
            Some("НМ Новини")
        );
        let top = logos_of("Cookies help us.\nAccept\nRTB News\nSport");
        assert_eq!(agreeing(&top, "RTB", true).as_deref(), Some("RTB News"));
    }

    #[test]
    fn a_title_the_company_is_named_after() {
        let top = logos_of("Skip to main content\nSupport us\nSign in\nThe Albion\nNews\nMedia");
        assert_eq!(
            agreeing(&top, "Albion News & Media Limited", true).as_deref(),
            Some("The Albion")
        );
    }

    #[test]
    fn names_that_do_not_agree_or_are_no_logos_give_nothing() {
        let top = logos_of("RR Uudised\nOtse");
        assert_eq!(agreeing(&top, "Tallinna Postimees", true), None);
        // Initials with a place or a menu's word; initials inside a longer name.
        assert_eq!(agreeing(&logos_of("NRK Nordland"), "NRK", true), None);
        assert_eq!(
            agreeing(&logos_of("PNG News"), "Island Times PNG", true),
            None
        );
        // A menu's word the company's name holds, not first.
        assert_eq!(
            agreeing(&logos_of("News\nMedia"), "Albion News & Media", true),
            None
        );
        // A call sign over a company's name; not over a site's own name.
        let top = logos_of("2 weather alerts\nKVMT 7\nTreasure Valley's News Leader");
        assert_eq!(
            agreeing(&top, "Mountain West Broadcasting Co", true).as_deref(),
            Some("KVMT 7")
        );
        assert_eq!(agreeing(&top, "Valley News Now", false), None);
        // A menu's town beside the site's own longer name, which no company line gave.
        assert_eq!(
            agreeing(&logos_of("Tuzla\nSport"), "Tuzla Danas", false),
            None
        );
        // Two words of initials, a dated line and a sentence.
        let top = logos_of("EN BM\nUK 24.11.2026\nThe BBC said so.");
        assert_eq!(agreeing(&top, "Agensi Berita Negara", true), None);
        assert_eq!(
            agreeing(&top, "British Broadcasting Corporation", true),
            None
        );
    }
}
