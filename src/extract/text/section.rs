//! The section a story is filed under, as pages print it around the headline: the step of a
//! breadcrumb (`Gazeta Nadwiślańska > Region`), a label above the headline, cleaned of web
//! addresses and furniture.

use super::title::{is_headline, is_kicker, is_metadata_line, is_short_label};

/// `Food & Drink »`: a section link without its arrow.
pub(super) fn without_arrow(line: &str) -> &str {
    line.trim()
        .trim_end_matches(['»', '›', '>', '→'])
        .trim_end()
}

/// The section a page prints directly above its headline (at most one blank line between):
/// the last step of a breadcrumb (`Home / Cronaca / Venezia`, `Anasayfa > Ekonomi`), or a
/// kicker-shaped label that is not furniture (`NATION & WORLD`, `Queensland`; not
/// `Subscribe Now`). A page copy prints its menu's last item there too; a section that is a
/// menu item is the lesser error, and menus end with account and sign-up items more often.
pub(super) fn section_above(lines: &[String], headline: usize) -> Option<String> {
    let above = (0..headline).rev().find(|&i| !lines[i].trim().is_empty())?;
    if headline - above > 2 {
        return None;
    }
    let line = without_arrow(&lines[above]);
    if let Some(last) = breadcrumb_last(line) {
        return Some(last);
    }
    let label = is_kicker(line)
        && line.chars().any(char::is_alphabetic)
        && !is_metadata_line(line)
        && !super::dump::is_boilerplate_label(line)
        && !is_no_section(line);
    label.then(|| line.to_string())
}

/// Lines a kicker's place may hold that name no section: a time (`5h`, `1:39 PM`), a
/// subscription badge or a listen button (`Member-only story`, `ABONNÉS`, `Artikel vorlesen`;
/// `assets/lexicon/furniture-lines.txt`), a menu word (`Subscribe`), a label with its value
/// (`Story ID: MNW20251124-0412`), a web address.
pub(super) fn is_no_section(line: &str) -> bool {
    let line = line.trim();
    super::lines::is_relative_time(line)
        || super::lines::is_time_of_day(line)
        || super::meta::is_boilerplate(line)
        || crate::extract::lexicon::is_menu_word(&crate::extract::lexicon::lower(line))
        || line.contains(": ")
        // A link card's address (`GAZETANADODRZANSKA.PL`) names a site, not a section.
        || is_bare_domain(&line.to_lowercase())
}

/// The last step of a breadcrumb: two or more short steps joined by an arrow-like mark or
/// `/` (`Správy / Košice`), or three or more joined by `|`.
pub(super) fn breadcrumb_last(line: &str) -> Option<String> {
    // Most lines hold none of the marks; one scan rules them out.
    if !line.contains(['>', '›', '»', '＞', '/', '|']) {
        return None;
    }
    for (sep, least) in [
        (" > ", 2),
        (">>", 2),
        ("＞", 2),
        (" › ", 2),
        (" » ", 2),
        (" / ", 2),
        (" | ", 3),
    ] {
        let steps: Vec<&str> = line.split(sep).map(str::trim).collect();
        if steps.len() >= least && steps.iter().all(|s| !s.is_empty() && is_short_label(s)) {
            let last = steps.last()?;
            return is_kicker(last).then(|| last.to_string());
        }
        // `Home » Local News » Kitwe council to rehabilitate…`: a blog's breadcrumb ends with
        // the post's headline; the section is the step before it.
        if let [head @ .., section, last] = steps.as_slice() {
            let labels = head
                .iter()
                .chain([section])
                .all(|s| !s.is_empty() && is_short_label(s));
            if sep != " / " && !head.is_empty() && labels && is_headline(last) {
                return is_kicker(section).then(|| section.to_string());
            }
        }
    }
    None
}

/// A category as a reader files it: the last step of a breadcrumb (`Gazeta Nadwiślańska >
/// Region`, `Business | Markets`; a slash may join two labels, so it stays), and none for a web
/// address or a piece of furniture (`More`, `Follow`, `deltacourier.com.eg`).
pub(super) fn clean_category(category: String) -> Option<String> {
    let lower = category.to_lowercase();
    if crate::extract::html::is_web_address(&category)
        || is_bare_domain(&category)
        || crate::extract::lexicon::is_menu_word(&lower)
        || super::dump::is_boilerplate_label(&category)
        || super::wire_copy::is_priority(&category)
    {
        return None;
    }
    for sep in [" > ", ">>", "＞", " › ", " » ", " | "] {
        if let Some((_, last)) = category.rsplit_once(sep) {
            let last = last.trim();
            if is_kicker(last) {
                return Some(last.to_string());
            }
        }
    }
    Some(category)
}

/// `deltacourier.com.eg`, `stackwire.news`: a host name without its scheme, as reader views
/// print the source (top-level names run to ten letters: `.network`, `.example`).
pub(super) fn is_bare_domain(s: &str) -> bool {
    let Some((head, tld)) = s.rsplit_once('.') else {
        return false;
    };
    !head.is_empty()
        && (2..=10).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_badges_and_labelled_values_name_no_section() {
        assert!(is_no_section("5h"));
        assert!(is_no_section("Member-only story"));
        assert!(is_no_section("LIVE"));
        assert!(is_no_section("En direct"));
        assert!(is_no_section("TOP STORY"));
        assert!(is_no_section("Story ID: MNW20251124-0412"));
        assert!(!is_no_section("Automobile"));
        assert!(!is_no_section("JUST NU"));
    }

    #[test]
    fn categories_as_a_reader_files_them() {
        let clean = |c: &str| clean_category(c.to_string());
        assert_eq!(
            clean("Gazeta Nadwiślańska > Region").as_deref(),
            Some("Region")
        );
        assert_eq!(clean("Business | Markets").as_deref(), Some("Markets"));
        // A slash may join two labels (`NATIONAL / TRANSPORT`): kept.
        assert_eq!(
            clean("NATIONAL / TRANSPORT").as_deref(),
            Some("NATIONAL / TRANSPORT")
        );
        assert_eq!(clean("deltacourier.com.eg"), None);
        assert_eq!(clean("More"), None);
        assert_eq!(clean("Follow"), None);
        // Furniture words count whole: `Commentary` is a section, `Comments` a link.
        assert_eq!(clean("Commentary").as_deref(), Some("Commentary"));
        assert_eq!(clean("Comments"), None);
        assert_eq!(
            clean("Energy & Environment").as_deref(),
            Some("Energy & Environment")
        );
    }
}
