//! A page's prompt that names the site itself (`Follow The Padma Observer on Google News`,
//! `Segui Salento Sera su WhatsApp`, `Lasiet Pierīgas Ziņas arī Telegram kanālā!`): the
//! masthead its readers know, by templates in `assets/lexicon/promo-templates.txt`.

use crate::extract::lexicon;
use std::sync::LazyLock;

static LINES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::word_list(include_str!("../../../assets/lexicon/promo-templates.txt"))
        .into_iter()
        .collect()
});

/// The templates as (text before `{name}`, text after it), shortest opening first: `Download
/// The Malaysian Herald app` keeps the capitalised article in the name (`download {name} app`),
/// `Get the Coastline Post app` leaves the lower-case one out (`get the {name} app`).
static TEMPLATES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut templates: Vec<(&str, &str)> = LINES
        .iter()
        .filter(|t| !t.starts_with('-'))
        .filter_map(|t| t.split_once("{name}"))
        .collect();
    templates.sort_by_key(|(before, after)| (before.len(), after.len(), *before, *after));
    templates
});

/// The templates' first words, lower-cased: a line opening with another word is no prompt,
/// which spares comparing it with every template.
static FIRST_WORDS: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    TEMPLATES
        .iter()
        .filter_map(|(before, _)| before.split_whitespace().next())
        .map(str::to_lowercase)
        .collect()
});

/// Prompts that name no site (`Follow us`), the data's lines with a leading `-`.
static NAMELESS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| LINES.iter().filter_map(|t| t.strip_prefix('-')).collect());

static NETWORKS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::word_list(include_str!("../../../assets/lexicon/social-networks.txt"))
        .into_iter()
        .collect()
});

/// `line` without `prefix`, compared in lower case.
fn strip_prefix_ci<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let mut chars = line.char_indices();
    for p in prefix.chars() {
        let (_, c) = chars.next()?;
        if !c.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(at, _)| &line[at..]))
}

/// `line` without `suffix`, compared in lower case.
fn strip_suffix_ci<'a>(line: &'a str, suffix: &str) -> Option<&'a str> {
    let mut chars = line.char_indices().rev();
    let mut end = line.len();
    for s in suffix.chars().rev() {
        let (at, c) = chars.next()?;
        if !c.to_lowercase().eq(s.to_lowercase()) {
            return None;
        }
        end = at;
    }
    Some(&line[..end])
}

/// The site's name in a capitalised name of one to five words without digits or sentence
/// punctuation, and no person's (`Follow Derek Lyles on X` follows a writer).
fn is_site_name(name: &str) -> bool {
    let words = name.split_whitespace().count();
    (1..=5).contains(&words)
        && name.chars().next().is_some_and(char::is_uppercase)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '&' | '\'' | '’' | '-'))
        && name.split_whitespace().all(|w| {
            w == "&"
                || w.chars().next().is_some_and(char::is_uppercase)
                || lexicon::is_name_particle(w)
        })
        && !super::byline::is_known_person(name)
        && !super::self_names::is_navigation(name)
}

/// Where a prompt's own words may stop before what it promises (`…su WhatsApp: tutte le
/// notizie`, `…WhatsApp Channel and get the latest news`).
const PROMISE_MARKS: &[&str] = &[
    ": ", ". ", " and ", " for ", ", ", " – ", " - ", " e ", " per ", " to ", " untuk ", " pour ",
];

/// The site a prompt line names.
pub(super) fn named_in_prompt(line: &str) -> Option<String> {
    let line = line.trim();
    let opens_prompt = line
        .split_whitespace()
        .next()
        .is_some_and(|w| FIRST_WORDS.contains(&w.to_lowercase()));
    if !opens_prompt
        || line.chars().count() > 160
        || NAMELESS.iter().any(|p| strip_prefix_ci(line, p).is_some())
    {
        return None;
    }
    let cuts = PROMISE_MARKS
        .iter()
        .filter_map(|m| line.find(m).map(|at| &line[..at]));
    std::iter::once(line)
        .chain(cuts)
        .find_map(|part| named_in_whole_prompt(part.trim_end_matches(['!', '.', '…']).trim_end()))
}

/// The site a whole prompt (nothing after its own words) names.
fn named_in_whole_prompt(line: &str) -> Option<String> {
    TEMPLATES.iter().find_map(|(before, after)| {
        let rest = strip_prefix_ci(line, before)?;
        let on_network = after.contains("{network}");
        let name = if on_network {
            NETWORKS
                .iter()
                .find_map(|n| strip_suffix_ci(rest, &after.replace("{network}", n)))?
        } else {
            strip_suffix_ci(rest, after)?
        };
        let name = name.trim();
        // Without a network the prompt may be a menu's (`Support Tickets`): two words at least.
        let long_enough = on_network || name.split_whitespace().count() >= 2;
        // A button in title case (`Subscribe To Our Newsletter`) capitalises every word: the
        // capitals after its small words say nothing of a name.
        let prompt_words: Vec<&str> = line
            .split_whitespace()
            .take(before.split_whitespace().count())
            .collect();
        let title_cased = prompt_words.len() >= 2
            && prompt_words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        (long_enough && !title_cased && is_site_name(name)).then(|| name.to_string())
    })
}

/// The first site a prompt on the page names.
pub(super) fn site(lines: &[String]) -> Option<String> {
    lines.iter().find_map(|l| named_in_prompt(l))
}

#[cfg(test)]
mod tests {
    use super::named_in_prompt;

    #[test]
    fn prompts_naming_the_site_in_several_languages() {
        for (line, name) in [
            (
                "Follow The Padma Observer on Google News",
                "The Padma Observer",
            ),
            (
                "Segui Salento Sera su WhatsApp: tutte le notizie",
                "Salento Sera",
            ),
            (
                "Lasiet Pierīgas Ziņas arī Telegram kanālā!",
                "Pierīgas Ziņas",
            ),
            (
                "Join The Lion City Times' WhatsApp Channel and get the latest news.",
                "The Lion City Times",
            ),
            ("Support The Courier & Review", "The Courier & Review"),
            ("Follow Fenbridge Evening Star", "Fenbridge Evening Star"),
            (
                "Download The Malaysian Herald app for the latest news, anytime.",
                "The Malaysian Herald",
            ),
            (
                "Download The Economic Ledger App to get Daily Market Updates & Live Business News.",
                "The Economic Ledger",
            ),
            ("Get the Coastline Post app", "Coastline Post"),
            (
                "Get Quanta Magazine delivered to your inbox",
                "Quanta Magazine",
            ),
            (
                "Get the most out of Medical News Today. Subscribe to our Newsletter to recieve:",
                "Medical News Today",
            ),
            (
                "Sign up for a free Medical News Today account to customize your experience.",
                "Medical News Today",
            ),
            (
                "Unduh aplikasi Harian Nusantara untuk berita terkini",
                "Harian Nusantara",
            ),
        ] {
            let want = (!name.is_empty()).then(|| name.to_string());
            assert_eq!(named_in_prompt(line), want, "{line}");
        }
    }

    #[test]
    fn prompts_naming_a_person_or_no_site_give_nothing() {
        for line in [
            "Follow Derek Lyles on X",
            "Support us",
            "Support independent journalism",
            "Follow the topics in this article",
            "Support Indigenous journalism. Donate today.",
            "Support Tickets",
            "Follow Us On",
            "Follow Us on Facebook",
            "Download the app",
            "Download our app to get alerts",
            // A title-cased button: its capitals name nothing.
            "Subscribe To Our Newsletter",
        ] {
            assert_eq!(named_in_prompt(line), None, "{line}");
        }
    }
}
