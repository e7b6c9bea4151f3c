//! A logo printed as initials and a word (`RR Uudised`, `ABN Berita`, `НМ Новини`) at the top of
//! a page whose copyright or name line spells the initials out (`© 2026 Rahvuslik
//! Ringhääling`, `Agensi Berita Negara`): the logo is the masthead the page reads under, the
//! spelled-out name its owner. The two agreeing is the evidence; neither alone says it.

/// How many non-empty lines at the top may hold the logo.
const TOP_LINES: usize = 8;

/// Short lines at the top of the page holding one word of initials (`RTB News`), read before a
/// whole page's header is cleared.
pub(super) fn logos(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(TOP_LINES)
        .filter(|l| initials_of_logo(l).is_some())
        .map(str::to_string)
        .collect()
}

/// The one word of initials in a logo's line of two to four capitalised words.
fn initials_of_logo(line: &str) -> Option<&str> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if !(2..=4).contains(&words.len())
        || line.chars().count() > 40
        || line
            .chars()
            .any(|c| c.is_numeric() || matches!(c, ':' | '.' | ',' | '|' | '©'))
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let is_initials = |w: &str| {
        (2..=6).contains(&w.chars().count())
            && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
    };
    let initials: Vec<&str> = words.iter().copied().filter(|w| is_initials(w)).collect();
    // The other words say "news" (`Uudised`, `Vijesti`, `Новини`; a section's name): `NRK
    // Nordland` is a district's page, `ACLU Conference` a menu's link.
    let news = words
        .iter()
        .filter(|w| !is_initials(w))
        .all(|w| crate::extract::lexicon::is_section_name(&w.to_lowercase()));
    match initials[..] {
        [one] if news => Some(one),
        _ => None,
    }
}

/// The logo whose initials the publisher's name is (`RTB`) or spells out (`Hrvatska nacionalna
/// televizija` for `HNT`, `Національне мовлення України` for `НМ`).
pub(super) fn agreeing(logos: &[String], publisher: &str) -> Option<String> {
    let words: Vec<&str> = publisher
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let spelled: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    logos
        .iter()
        .find(|logo| {
            let Some(initials) = initials_of_logo(logo) else {
                return false;
            };
            logo.as_str() != publisher
                && (words == [initials] || words.len() >= 2 && spelled.starts_with(initials))
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
        assert_eq!(top, ["RR Uudised"]);
        assert_eq!(
            agreeing(&top, "Rahvuslik Ringhääling").as_deref(),
            Some("RR Uudised")
        );
        let top = logos_of("НМ Новини\nНаживо\nНовини");
        assert_eq!(
            agreeing(&top, "Національне мовлення України").as_deref(),
            Some("НМ Новини")
        );
        let top = logos_of("Cookies help us.\nAccept\nRTB News\nSport");
        assert_eq!(agreeing(&top, "RTB").as_deref(), Some("RTB News"));
    }

    #[test]
    fn names_that_do_not_agree_or_are_no_logos_give_nothing() {
        let top = logos_of("RR Uudised\nOtse");
        assert_eq!(agreeing(&top, "Tallinna Postimees"), None);
        // Initials with a place or a menu's word; initials inside a longer name.
        assert!(logos_of("NRK Nordland\nACLU Conference").is_empty());
        assert_eq!(agreeing(&logos_of("PNG News"), "Island Times PNG"), None);
        // A menu of initials, a dated line and a sentence are no logos.
        assert!(logos_of("EN BM\nUK 24.11.2026\nThe BBC said so.").is_empty());
    }
}
