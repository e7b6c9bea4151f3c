//! The site's name from the `<title>` alone, when nothing else on the page names the publisher
//! (small templates and reader views declare no `og:site_name`): the `<title>` is the headline,
//! one separator and the site's name (`Harbour plan approved | Alder County Courts`), as CMSs
//! write it by default.

use super::MainContent;
use super::cleanup::Cleaned;
use super::metadata::{Meta, simplify};
use super::title::SEPARATORS;
use crate::model::Article;

/// Chooses the article's title (an episode number left out, the story's heading for a page's
/// name) and gives back the publisher, named by the `<title>` when nothing else named one.
pub fn set_title(
    article: &mut Article,
    meta: &Meta,
    main: Option<&MainContent>,
    (publisher, host): (Option<String>, Option<&str>),
    cleaned: &Cleaned,
) -> Option<String> {
    if let Some(found) = super::title_printed::agreed(meta) {
        article.title = found.headline.clone();
        article.provenance.insert("title", "title");
        return publisher.or_else(|| {
            let name = super::title_printed::site_name(found)?;
            article.provenance.insert("publisher", "title");
            Some(name)
        });
    }
    let (title, title_source) = super::title::choose(meta, main, publisher.as_deref(), host);
    article.title = without_episode_number(&title).to_string();
    article.provenance.insert("title", title_source);
    // Nothing else names the site: the `<title>` beside the headline does.
    let publisher = publisher.or_else(|| {
        let name = site_beside_headline(
            meta.title_tag.as_deref()?,
            &article.title,
            meta.first(&["og:title"]).as_deref(),
        )?;
        article.provenance.insert("publisher", "title");
        Some(name)
    });
    if let Some(heading) = story_heading(&article.title, publisher.as_deref(), &cleaned.paragraphs)
    {
        article.title = heading;
        article.provenance.insert("title", "heading");
    }
    publisher
}

/// The part of `title_tag` beside the headline: after it and one separator (`Headline | Site`),
/// or before the shorter title the page declares for sharing (`og:title`), as Google Sites
/// writes `Site - Page`; only when it is the one part left and short enough for a name. A
/// section's name (`Opinion | …`) is none, and a tagline after a dash is left out (`Ještěd plus
/// – magazín o Liberci` → `Ještěd plus`).
pub fn site_beside_headline(title_tag: &str, title: &str, short: Option<&str>) -> Option<String> {
    let tag = crate::model::normalize_line(title_tag);
    let headline = simplify(title);
    if headline.is_empty() {
        return None;
    }
    let short = short.map(simplify).filter(|s| !s.is_empty());
    let rest = SEPARATORS.iter().find_map(|sep| {
        let (head, tail) = tag.split_once(sep)?;
        // The head may be the headline cut down for search (`is_cut_from`), or rewritten for
        // it with most of its words (an SEO title the printed headline won over).
        if simplify(head) == headline
            || super::headline_words::is_cut_from(title, head)
            || super::headline_words::spells_out(title, head)
            || super::headline_words::spells_out(head, title)
        {
            Some(tail.trim())
        } else {
            let (site, page) = tag.rsplit_once(sep)?;
            (short.as_deref() == Some(simplify(page).as_str())).then_some(site.trim())
        }
    })?;
    if crate::extract::lexicon::is_section_name(&rest.to_lowercase()) {
        return None;
    }
    // The tagline a site writes after its name: a dash, then words in lower case.
    let name = [" – ", " — ", " - "]
        .iter()
        .find_map(|dash| {
            let (name, tagline) = rest.split_once(dash)?;
            tagline
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
                .then_some(name.trim())
        })
        .unwrap_or(rest);
    let words = name.split_whitespace().count();
    // Another separator leaves the site's name unsure (a section, then the site).
    let single = !SEPARATORS.iter().any(|sep| name.contains(sep));
    (single
        && (1..=6).contains(&words)
        && name.chars().count() <= 60
        && name.chars().any(char::is_alphabetic)
        // A description (`evolve extension for Mercurial`) is no name; an address may be one.
        && !(name.starts_with(char::is_lowercase) && name.contains(' '))
        && simplify(name) != headline)
        .then(|| name.to_string())
}

/// The story's own heading when the chosen title is only a page's or site's name (Google
/// Sites' `News` page, whose `<h1>` is the page name): the first paragraph of the story's
/// text, a heading worded as a headline (four words or more).
pub fn story_heading(
    title: &str,
    publisher: Option<&str>,
    paragraphs: &[super::cleanup::Para],
) -> Option<String> {
    let name_only = crate::extract::lexicon::is_section_name(&title.trim().to_lowercase())
        || publisher.is_some_and(|p| simplify(p) == simplify(title));
    let first = paragraphs.first()?;
    (name_only
        && first.heading
        && first.text.split_whitespace().count() >= 4
        && first.text.chars().count() <= 200
        && simplify(&first.text) != simplify(title))
    .then(|| crate::model::normalize_line(&first.text))
}

/// Words for an episode before its number (`assets/lexicon/episode-words.txt`).
static EPISODE_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::word_list(include_str!(
            "../../../assets/lexicon/episode-words.txt"
        ))
    });

/// `title` without the episode number opening it (`#41: Hvem skal bo på Sydhavnen?`, `Episode
/// 41 – …`), which podcast pages print like a kicker.
pub fn without_episode_number(title: &str) -> &str {
    let mut rest = title.trim_start();
    if let Some((word, after)) = rest.split_once(' ')
        && EPISODE_WORDS.contains(word.to_lowercase().as_str())
    {
        rest = after.trim_start();
    } else if let Some(after) = rest.strip_prefix('#') {
        rest = after;
    } else {
        return title;
    }
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return title;
    }
    let after = rest[digits..].trim_start();
    let after = [":", "–", "—", "-", "|", "."]
        .iter()
        .find_map(|sep| after.strip_prefix(sep))
        .map(str::trim_start);
    match after {
        // What follows must be a title of its own (`Episode 4: The Return`, not `#1 in sales`).
        Some(title) if title.split_whitespace().count() >= 2 => title,
        _ => title,
    }
}

#[cfg(test)]
mod tests {
    use super::site_beside_headline;

    #[test]
    fn the_title_after_the_headline_names_the_site() {
        let name = |tag, title| site_beside_headline(tag, title, None);
        assert_eq!(
            name("Pool reopens | Alder County Courts", "Pool reopens").as_deref(),
            Some("Alder County Courts")
        );
        assert_eq!(
            name(
                "Tramvaj pojede | Ještěd plus – magazín o Liberci",
                "Tramvaj pojede"
            )
            .as_deref(),
            Some("Ještěd plus")
        );
        // A section before the site, a title that is not the headline first, the headline alone.
        assert_eq!(
            name("Pool reopens | Local | Alder Courts", "Pool reopens"),
            None
        );
        assert_eq!(name("Alder Courts: Pool reopens", "Pool reopens"), None);
        assert_eq!(name("Pool reopens", "Pool reopens"), None);
        assert_eq!(
            name("Evolve — evolve extension for Mercurial", "Evolve"),
            None
        );
        assert_eq!(name("Pool reopens | Opinion", "Pool reopens"), None);
    }

    #[test]
    fn the_title_before_the_shorter_sharing_title_names_the_site() {
        let tag = "Rarotonga Residents' Association - Ara Tapu resealing";
        let h1 = "Ara Tapu resealing: what to know";
        assert_eq!(
            site_beside_headline(tag, h1, Some("Ara Tapu resealing")).as_deref(),
            Some("Rarotonga Residents' Association")
        );
        assert_eq!(site_beside_headline(tag, h1, None), None);
        let opinion = "Opinion | Pool reopens";
        assert_eq!(
            site_beside_headline(opinion, "Pool reopens now", Some("Pool reopens")),
            None
        );
    }

    #[test]
    fn an_episode_number_opening_a_title_is_left_out() {
        use super::without_episode_number as strip;
        assert_eq!(
            strip("#41: Hvem skal bo på Sydhavnen?"),
            "Hvem skal bo på Sydhavnen?"
        );
        assert_eq!(strip("Episode 12 – The harbour vote"), "The harbour vote");
        assert_eq!(strip("Afsnit 41: Hvem skal bo her"), "Hvem skal bo her");
        assert_eq!(strip("#1 in sales again"), "#1 in sales again");
        assert_eq!(strip("Episode of the year"), "Episode of the year");
        assert_eq!(strip("10 things to know"), "10 things to know");
    }

    #[test]
    fn a_page_name_gives_way_to_the_storys_heading() {
        use super::super::cleanup::Para;
        let heading = Para {
            text: "Harbour plan approved after a long debate".into(),
            heading: true,
            ..Para::default()
        };
        let paragraphs = [heading];
        assert_eq!(
            super::story_heading("News", Some("Valley Trust"), &paragraphs).as_deref(),
            Some("Harbour plan approved after a long debate")
        );
        assert_eq!(
            super::story_heading("Valley Trust", Some("Valley Trust"), &paragraphs).as_deref(),
            Some("Harbour plan approved after a long debate")
        );
        assert_eq!(
            super::story_heading("Harbour vote", Some("Valley Trust"), &paragraphs),
            None
        );
    }
}
