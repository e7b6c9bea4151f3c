//! A logo at the top of a page that the copyright or name line's owner agrees with: initials
//! and the word for news (`RR Uudised`, `ABN Berita`, `НМ Новини`) that the owner spells out
//! (`© 2026 Rahvuslik Ringhääling`, `Agensi Berita Negara`), a title the owner's company is
//! named after (`The Albion` over `© 2026 Albion News & Media Limited`), or a longer title that
//! holds every word of the owner's own (`The Kenya Chronicle` over `© 2026 Chronicle Media Group
//! Ltd.`, `Dziennik Powszechny` over `© 2026 Wydawnictwo Powszechne S.A.`). The logo is the
//! masthead the page reads under, the owner its company; the two agreeing is the evidence,
//! neither alone says it. A station's call sign (`KVMT 7`) over its owner's company needs no more.

/// How many non-empty lines at the top may hold the logo (a cookie banner and a menu's first
/// links come before it).
const TOP_LINES: usize = 12;

/// Short lines at the top of the page shaped like a logo, read before a whole page's header is
/// cleared.
pub(in crate::extract::text) struct TopLogos {
    pub names: Vec<String>,
    /// Whether the first of them is the page's first line.
    pub heads_page: bool,
}

/// The [`TopLogos`] of a page.
pub(in crate::extract::text) fn logos(lines: &[String]) -> TopLogos {
    let top: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(TOP_LINES)
        .collect();
    let names: Vec<String> = top
        .iter()
        .filter(|l| is_logo_shaped(l) || call_sign(l))
        .map(|l| l.to_string())
        .collect();
    let heads_page = names
        .first()
        .is_some_and(|n| top.first() == Some(&n.as_str()));
    TopLogos { names, heads_page }
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
        && (initials_of_logo(line).is_some() || !super::super::self_names::is_navigation(line))
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
            .is_some_and(|first| super::super::masthead_top::is_call_sign(first, words.next()))
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
pub(in crate::extract::text) fn agreeing(
    logos: &[String],
    publisher: &str,
    company: bool,
) -> Option<String> {
    let words: Vec<&str> = publisher
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let owner = content_words(publisher);
    let own_words = distinctive_words(publisher);
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
                return words == [initials]
                    || words.len() >= 2
                        && super::spells(
                            &words[..initials.chars().count().min(words.len())],
                            initials,
                        );
            }
            let title = content_words(logo);
            company
                && !title.is_empty()
                && (owner.len() > title.len() && owner.starts_with(&title)
                    || holds_every_word(logo, &own_words))
        })
        .cloned()
}

/// `The Cape Weekender` heading the page over its menu, `© 2026 Atlantic Seaboard Media (Pty)
/// Ltd` at its foot: a company (a legal form or a company's word: `Media`, `Group`) owns titles
/// by other names, and the page's
/// first line, shaped like a logo, is the title it reads under.
pub(in crate::extract::text) fn over_company(logos: &TopLogos, company: &str) -> Option<String> {
    let logo = logos.names.first().filter(|_| logos.heads_page)?;
    use crate::extract::lexicon;
    let corporate = company.split_whitespace().any(|w| {
        let w = lexicon::lower(w.trim_matches(|c: char| !c.is_alphanumeric()));
        lexicon::legal_forms().contains(&w.as_str())
            || crate::extract::text::footer::is_corporate_word(&w)
    });
    // A one-word logo must be no menu's or section's word (`Home`, `News`).
    let named = logo.split_whitespace().count() >= 2 || {
        let lower = lexicon::lower(logo);
        !lexicon::is_menu_word(&lower) && !lexicon::is_section_name(&lower)
    };
    (corporate && named && !call_sign(logo)).then(|| logo.clone())
}

/// The words of an owner's name that name it and no other: not a legal form or a company's word
/// (`Ltd`, `Holdings`, `Media`, `Wydawnictwo`), nor a section's (`News`). Initials
/// (`NRK`) are left to [`initials_of_logo`]: `NRK Nordland` is a district's page of `NRK`.
fn distinctive_words(owner: &str) -> Vec<String> {
    use crate::extract::lexicon;
    owner
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && w.chars().any(char::is_lowercase))
        .map(str::to_lowercase)
        .filter(|w| {
            w != "the"
                && !lexicon::is_strict_organisation_form(w)
                && !crate::extract::text::footer::is_corporate_word(w)
                && !lexicon::is_section_name(w)
        })
        .collect()
}

/// A logo longer than the owner's own words that holds each of them, perhaps with another
/// ending (`Powszechny` for `Powszechne`: Polish and Slovak titles decline the word).
fn holds_every_word(logo: &str, own: &[String]) -> bool {
    let logo_words: Vec<String> = logo
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("the"))
        .map(str::to_lowercase)
        .collect();
    !own.is_empty()
        && logo_words.len() > own.len()
        && own
            .iter()
            .all(|w| logo_words.iter().any(|l| same_stem(l, w)))
}

/// One word, or the same word with another ending: six letters or more that differ only in
/// their last two.
fn same_stem(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let shorter = a.len().min(b.len());
    shorter >= 6
        && a.len().abs_diff(b.len()) <= 1
        && a.iter().zip(&b).take_while(|(x, y)| x == y).count() + 2 >= a.len().max(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn logos_of(text: &str) -> Vec<String> {
        logos(&text.lines().map(str::to_string).collect::<Vec<_>>()).names
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
    fn a_longer_title_holding_the_owners_own_words() {
        let top = logos_of("The Kenya Chronicle\nePaper\nSubscribe\nNews");
        assert_eq!(
            agreeing(&top, "Chronicle", true).as_deref(),
            Some("The Kenya Chronicle")
        );
        let top = logos_of("Menu\nDziennik Powszechny\nKraj");
        assert_eq!(
            agreeing(&top, "Wydawnictwo Powszechne S.A", true).as_deref(),
            Some("Dziennik Powszechny")
        );
        let top = logos_of("Denník Deň\nDomov");
        assert_eq!(agreeing(&top, "Deň", true).as_deref(), Some("Denník Deň"));
        // Read from a site's own line, not a company's, the name stays.
        assert_eq!(
            agreeing(&logos_of("The Kenya Chronicle"), "Chronicle", false),
            None
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
        // The owner's own word alone stands in a menu's link, not in a longer title.
        assert_eq!(agreeing(&logos_of("Chronicle"), "Chronicle", true), None);
        // Nor does a company's word or a section's make the owner's name.
        assert_eq!(
            agreeing(&logos_of("Media Watch"), "Harbour Media", true),
            None
        );
        assert_eq!(agreeing(&logos_of("Local News"), "News Group", true), None);
        // Two words of initials, a dated line and a sentence.
        let top = logos_of("EN BM\nUK 24.11.2026\nThe BBC said so.");
        assert_eq!(agreeing(&top, "Agensi Berita Negara", true), None);
        assert_eq!(
            agreeing(&top, "British Broadcasting Corporation", true),
            None
        );
    }
}
