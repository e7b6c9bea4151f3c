//! Where a page names itself beside its logo and title: a logo image's alternative text, the
//! line after a "Skip to content" link, and the `<title>` line a copy keeps (`Headline | Site`).
//! Each is weaker or stronger evidence for the publisher; `site.rs` and the reader weigh them.

use super::site::{brand_part, is_brand_shaped};
use crate::extract::{dates, lexicon};

/// How many non-empty lines at the top may hold the page's title line.
const TITLE_LINE_REACH: usize = 40;

static SKIP_LINKS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("../../../assets/lexicon/skip-links.txt"))
        .into_iter()
        .collect()
});

fn is_skip_link(line: &str) -> bool {
    let lower = line.to_lowercase();
    line.chars().count() <= 60 && SKIP_LINKS.iter().any(|p| lower.starts_with(p))
}

/// The line after the "Skip to content" link that opens a whole-page copy: the logo's text,
/// where most sites put it. Weaker evidence than [`site_name`]'s, so it only stands in for a
/// company's name from the copyright line or for none. An all-capitals logo (`THE GULF
/// CHRONICLE`) takes the case the page writes it in elsewhere.
pub fn after_skip_link(lines: &[String]) -> Option<String> {
    let mut nonempty = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty());
    if !is_skip_link(nonempty.next()?) {
        return None;
    }
    let line = nonempty.find(|l| !is_skip_link(l))?;
    let name = brand_part(line);
    let usable = is_brand_shaped(name)
        && !is_navigation(name)
        && !super::dump::is_boilerplate_label(name)
        && !lexicon::is_news_agency(name)
        && !super::title::is_metadata_line(name)
        && dates::find_date(name).is_none();
    if !usable {
        return None;
    }
    let shouted = name.chars().any(char::is_alphabetic) && name.to_uppercase() == name;
    let written = shouted
        .then(|| {
            lines.iter().find_map(|l| {
                let at = l.to_lowercase().find(&name.to_lowercase())?;
                let found = l.get(at..at + name.len())?;
                (found != name).then(|| found.to_string())
            })
        })
        .flatten();
    Some(written.unwrap_or_else(|| name.to_string()))
}

/// `Local News`: section words alone name no site; nor does a control of the page's navigation
/// (`Main menu`, `Site search`).
pub(super) fn is_navigation(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    words
        .iter()
        .all(|w| lexicon::is_section_name(w) || lexicon::is_menu_word(w))
        || words.len() <= 2 && words.last().is_some_and(|w| lexicon::is_menu_word(w))
}

/// `Headline | The Highland Clarion`, `Headline - Dinas Online`: the page's `<title>` as copies
/// keep it, the headline then the site's own name for itself. Gives each such line's two
/// halves; the reader keeps the one whose first half is the headline it chose, so a related
/// story's title line names nothing.
pub fn title_lines(lines: &[String]) -> Vec<(String, String)> {
    // The title line heads a copy (or its front matter); the story's own lines are not read.
    lines
        .iter()
        .filter(|line| !line.is_empty())
        .take(TITLE_LINE_REACH)
        .filter(|line| line.len() <= 600 && line.contains(['|', '-', '–', '—', ':', '·']))
        .filter_map(|line| {
            let (headline, name) = [" | ", " - ", " – ", " — ", " :: ", " · "]
                .iter()
                .find_map(|sep| line.rsplit_once(sep))?;
            let name = name.trim();
            // `Headline | Business | The Sentinel`: the section between headline and site.
            let headline = headline
                .rsplit_once(" | ")
                .filter(|(_, section)| {
                    crate::extract::lexicon::is_section_name(&section.trim().to_lowercase())
                })
                .map_or(headline, |(headline, _)| headline);
            // `Wohngeld: Headline | Site` in a print view: the topic before the headline the
            // page prints alone.
            let headline = headline
                .split_once(": ")
                .filter(|(topic, rest)| {
                    topic.split_whitespace().count() <= 3
                        && lines.iter().any(|l| l.trim() == rest.trim())
                })
                .map_or(headline, |(_, rest)| rest);
            (headline.chars().count() >= 10 && is_brand_shaped(name))
                .then(|| (headline.trim().to_string(), name.to_string()))
        })
        .collect()
}

/// `Headline | Site` chosen while the headline is also printed alone: the headline is the
/// title (the site's name is read from the title line later), its lines no text, and the label
/// printed over it alone the section. A print view's title line may put a topic before it
/// (`Wohngeld: Headline | Site`).
pub(super) fn headline_of_title_line(
    title: String,
    title_lines: &[(String, String)],
    lines: &[String],
    roles: &mut [super::Role],
    found: &mut super::Found,
) -> String {
    let chosen = title_lines.iter().find(|(headline, name)| {
        title.len() > headline.len() + name.len()
            && title.contains(headline.as_str())
            && title.ends_with(name.as_str())
    });
    let Some((headline, _)) = chosen.filter(|(h, _)| lines.iter().any(|l| l == h)) else {
        return title;
    };
    for (line, role) in lines.iter().zip(roles.iter_mut()) {
        if line == headline && *role == super::Role::Content {
            *role = super::Role::Dropped;
        }
    }
    // The section printed over the headline alone (`Sozialpolitik`).
    let at = lines.iter().position(|l| l == headline).unwrap_or(0);
    if let Some(label) = super::section::section_above(lines, at)
        .filter(|label| found.category.is_none() && !title.contains(label.as_str()))
    {
        found.category = Some(label);
        found.provenance.insert("category", "line-above-headline");
    }
    headline.clone()
}

/// `Logo Gazeta do Submédio`, `Logo: Piyasa Postası`, `港島日報 Logo`: a logo image's
/// alternative text, which a browser copy prints; the word for "logo" is data
/// (`assets/lexicon/logo-words.txt`).
pub(super) fn logo_text(line: &str) -> Option<String> {
    let is_logo =
        |w: &str| crate::extract::lexicon::is_logo_word(&w.trim_end_matches(':').to_lowercase());
    let trim = |s: &str| {
        s.trim()
            .trim_matches(['-', '–', '—', '|', ':'])
            .trim()
            .to_string()
    };
    let (first, rest) = line.trim().split_once(char::is_whitespace)?;
    let name = if is_logo(first) {
        trim(rest)
    } else {
        let (head, last) = line.trim().rsplit_once(char::is_whitespace)?;
        if !is_logo(last) {
            return None;
        }
        trim(head)
    };
    // `Logo de Marcador Total`, `Logo of The Harbour Herald`: the logo *of* the name.
    let name = name
        .split_once(' ')
        .filter(|(first, _)| LOGO_OF.contains(&first.to_lowercase().as_str()))
        .map_or(name.clone(), |(_, rest)| rest.trim().to_string());
    is_brand_shaped(&name).then_some(name)
}

/// The word for "of" between the word for "logo" and the name (`Logo de …`, `Logo di …`).
const LOGO_OF: [&str; 12] = [
    "of", "de", "del", "du", "des", "di", "della", "do", "da", "von", "der", "van",
];

#[cfg(test)]
mod tests {
    use super::super::site::site_name;
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn the_line_after_a_skip_link_is_the_logos_text() {
        let page =
            lines("Saltar para o conteúdo principal\nDiário do Alto Minho\nAssinar\n\nTítulo");
        assert_eq!(
            after_skip_link(&page).as_deref(),
            Some("Diário do Alto Minho")
        );
        let page = lines(
            "Skip to main content\nSkip to navigation\nTHE GULF CHRONICLE\nWorld\n\nRead The Gulf Chronicle daily.",
        );
        assert_eq!(
            after_skip_link(&page).as_deref(),
            Some("The Gulf Chronicle")
        );
        // A date, a section or a menu item after the link is no name; nor is a page without one.
        for page in [
            "Skip to content\nMonday, February 17, 2025\nHeadline",
            "Skip to content\nLocal News\nHeadline",
            "Skip to content\nSubscribe\nHeadline",
            "Jump to content\n Main menu\n\nSearch\nCreate account\nHeadline",
            "Skip to main content\nSupport us\nSign in\nHeadline",
            "Diário do Alto Minho\nAssinar",
        ] {
            assert_eq!(after_skip_link(&lines(page)), None, "{page}");
        }
    }

    #[test]
    fn a_logos_alternative_text_names_the_site() {
        for (top, name) in [
            ("Logo Gazeta do Submédio", "Gazeta do Submédio"),
            ("Logo: Piyasa Postası", "Piyasa Postası"),
            ("港島日報 Logo", "港島日報"),
            ("Λογότυπο Η Φωτοβολίδα", "Η Φωτοβολίδα"),
            ("Bituin News logo", "Bituin News"),
            ("Logo de Marcador Total", "Marcador Total"),
            ("Logo of The Harbour Herald", "The Harbour Herald"),
        ] {
            let page = lines(&format!(
                "{top}\nHome\nWorld\n\nA headline about the harbour\nText."
            ));
            assert_eq!(site_name(&page).as_deref(), Some(name), "{top}");
        }
        // The word alone, or in a sentence, names nothing.
        let page = lines("Logo\nOur new logo was designed by local students last year.");
        assert_eq!(site_name(&page), None);
    }
}
