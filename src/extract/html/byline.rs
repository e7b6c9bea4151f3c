//! Authors from the page's declarations and bylines, cleaned: prompts (`Follow Author`) and
//! roles dropped, names in capitals put in normal case, unbalanced parentheses and degrees cut,
//! and organisations (`BBC News`, `AFP`, `Contributors to Wikimedia projects`) kept apart from
//! people, for the article's sources.

use super::MainContent;
pub(super) use super::byline_labels::{is_labelled_byline, opens_with_label_word};
use super::byline_links::fuller;
use super::byline_names::{
    after_label, element_names, ends_with_body_form, holds_site_name, is_body_name, is_desk,
    is_plain_person, opens_with, owned_by_copyright, uninverted,
};
pub use super::byline_split::split_names;
use super::cleanup::Cleaned;
use super::metadata::{Meta, is_company, simplify};
use crate::extract::names;
use crate::model::normalize_line;

/// The people who wrote the article, and the organisations the bylines name instead of people.
#[derive(Debug, Default, PartialEq)]
pub struct Bylines {
    pub people: Vec<String>,
    pub organisations: Vec<String>,
    /// Where the people were named: `json-ld`, `meta`, `itemprop`, `extractor`,
    /// `byline-element` or `text-line`.
    pub source: &'static str,
}

/// The source of each candidate list in [`authors`], in the same order.
const SOURCES: [&str; 13] = [
    "json-ld",
    "meta",
    "meta",
    "meta",
    "meta",
    "meta",
    "meta",
    "itemprop",
    "author-link",
    "extractor",
    "byline-link",
    "byline-element",
    "text-line",
];

/// The first source (in order of trust) that names a person gives the authors; organisations
/// named by the sources looked at on the way are kept apart.
pub fn authors(
    meta: &Meta,
    main: Option<&MainContent>,
    cleaned: &Cleaned,
    publisher: Option<&str>,
) -> Bylines {
    let site_names = site_names(meta, publisher);
    let candidates: Vec<Vec<String>> = vec![
        meta.ld.authors.clone(),
        meta.all("article:author"),
        // One person a tag, often surname first (`Costa, Maria`).
        [
            meta.all("dc:creator"),
            meta.all("dc.creator"),
            meta.all("dcterm:creator"),
            meta.all("dcterms.creator"),
        ]
        .concat()
        .iter()
        .map(|n| uninverted(n))
        .collect(),
        meta.all("citation_author")
            .iter()
            .map(|n| uninverted(n))
            .collect(),
        meta.all("author"),
        meta.all("parsely-author"),
        meta.all("sailthru.author"),
        meta.itemprop_authors.clone(),
        meta.author_links.clone(),
        main.and_then(|m| m.byline.clone())
            .filter(|b| !meta.furniture_names.contains(b))
            .into_iter()
            .collect(),
        meta.byline_links.clone(),
        meta.byline_elements.clone(),
        cleaned.bylines.clone(),
    ];
    // Declared sources come first; the visible-text ones (the extractor's byline, byline
    // elements, byline lines) are only asked when no declared source named anyone, since on a
    // page that declares an organisation they mostly find navigation (`Authority control`).
    const DECLARED: usize = 8;
    // The page's own typing (`"author": {"@type": "Organization"}`) says who is no person.
    let mut out = Bylines {
        organisations: meta
            .ld
            .author_organisations
            .iter()
            .map(|o| normalize_line(o))
            .collect(),
        ..Bylines::default()
    };
    // People named only as the site itself (`DC.creator` = the station): kept in case no other
    // source names anyone, since a personal blog is named after its author.
    let mut site_people: Option<(Vec<String>, &'static str)> = None;
    // What the byline elements print, for a declaration that names only the first writer.
    // Only linked names: an element's whole text also holds labels, desks and places.
    // The first byline element a label opens, when it prints people's names alone (`By A, B
    // and C`, `Av A & B`; no contribution in brackets): when it opens with the declared
    // writers, in order, it names the rest (a declaration that stops at the first).
    let labelled: Option<Vec<String>> = candidates[DECLARED + 3]
        .iter()
        .find(|raw| is_labelled_byline(raw))
        .filter(|raw| !raw.contains(['(', '（']))
        .map(|raw| split_names(raw))
        .filter(|names| names.iter().all(|n| is_plain_person(n)));
    let linked: Vec<String> = candidates[DECLARED + 2]
        .iter()
        .chain(&meta.author_links)
        .flat_map(|raw| split_names(raw))
        .filter(|n| !names::is_organisation(n))
        .fold(Vec::new(), |mut unique: Vec<String>, n| {
            // The same writer linked from the avatar, the name and a "more by" link.
            if !unique.iter().any(|u| simplify(u) == simplify(&n)) {
                unique.push(n);
            }
            unique
        });
    let extractor_text = simplify(&candidates[DECLARED + 1].join(" "));
    for (rank, mut list) in candidates.into_iter().enumerate() {
        let mut source = SOURCES.get(rank).copied().unwrap_or("text-line");
        // The extractor's guess and loose text lines are not asked once a declaration named an
        // organisation; an element marked as the byline still is (`한빛일보` declared, `김서연
        // 기자` printed).
        let marked = matches!(source, "author-link" | "byline-link" | "byline-element");
        if rank >= DECLARED && !out.organisations.is_empty() && !marked {
            // A line a byline label opens (`Texte : Émilie Gagnon`, `江城日报记者 王晓燕`)
            // names the writer behind a declared desk, account or partner paper.
            let labelled: Vec<String> = if source == "text-line" {
                list.into_iter()
                    .filter(|l| {
                        opens_with_label_word(l) || super::byline_links::cjk_reporters(l).is_some()
                    })
                    .collect()
            } else {
                Vec::new()
            };
            if labelled.is_empty() {
                continue;
            }
            list = labelled;
        }
        let mut people: Vec<String> = Vec::new();
        for raw in list {
            // The site's name is judged whole, before it is split at a conjunction (`Llais y
            // Dyffryn`, Welsh `y` read as Spanish "and"): its parts are no people either.
            let split = split_names(&raw);
            if split.len() > 1 && site_names.contains(&simplify(&raw)) {
                let whole = normalize_line(&raw);
                if !people.contains(&whole) {
                    people.push(whole);
                }
                continue;
            }
            if super::byline_names::is_split_body(&split) {
                out.organisations.push(normalize_line(&raw));
                continue;
            }
            for name in split {
                let Some(name) = after_label(&name).map(str::to_string) else {
                    continue;
                };
                // The site's own name in one word (`Меридиан` as `article:author`) is the
                // agency or paper, not a person: people's names in cased scripts have two.
                let site_word = !name.contains(' ')
                    && name.chars().any(char::is_uppercase)
                    && site_names.contains(&simplify(&name));
                // A legal form (`Pvt. Ltd.`, `GmbH`) names a company.
                // So does a body's name (`Komunikacijos ir kultūros skyrius`, a department).
                if site_word
                    || is_desk(&name)
                    || owned_by_copyright(&name, &meta.copyright_lines, &site_names)
                    || ends_with_body_form(&name)
                    || names::is_organisation(&name)
                    || is_company(&name)
                    || is_body_name(&name)
                {
                    if !out.organisations.contains(&name) {
                        out.organisations.push(name);
                    }
                } else if !people.contains(&name) {
                    people.push(name);
                }
            }
        }
        let site_like =
            |p: &String| site_names.contains(&simplify(p)) || holds_site_name(p, &site_names);
        if !people.is_empty() && people.iter().all(site_like) {
            site_people.get_or_insert((people, source));
        } else if !people.is_empty() {
            // The extractor too takes the first of several writers' elements (SPIP's `par
            // <span class="vcard author">A</span>, <span class="vcard author">B</span>`).
            if (rank < DECLARED || source == "extractor")
                && let Some(more) = fuller(&people, &linked).or_else(|| {
                    labelled
                        .as_deref()
                        .and_then(|names| opens_with(&people, names))
                })
            {
                people = more;
            }
            // The extractor's byline is an element's whole text (`रिपोर्ट: NAME, नई दिल्ली`):
            // the names it links, when it holds them all, are the names without the rest.
            if source == "extractor"
                && !linked.is_empty()
                && linked.iter().all(|n| extractor_text.contains(&simplify(n)))
            {
                people = linked.clone();
            }
            // The extractor glued an element's parts (`Abdulrahman Said Lamu County
            // correspondentThursday`): a byline element's own names that each of its names
            // holds, with less around them, are the names.
            if source == "extractor"
                && let Some(names) = element_names(&meta.byline_elements, &people)
            {
                people = names;
            }
            // A visible byline that prints the blog's own name with more around it (`NAME 發表在
            // 痞客邦 留言`: "posted on … comments") names the same person as the declaration.
            if rank >= DECLARED
                && let Some((declared, declared_source)) = site_people.take()
                && people
                    .iter()
                    .any(|p| declared.iter().any(|d| simplify(p).contains(&simplify(d))))
            {
                people = declared;
                source = declared_source;
            }
            // A declared writer whom the byline credits only for pictures or editing (`A · B
            // · Photographs: C` against a declaration of A, B and C) is no writer; nor is one
            // the story's byline (the first byline element; a rail's come later) names only in
            // such a credit, linked or not (`Words by <a>A</a> · Photos by <a>C</a>`).
            if rank < DECLARED {
                let credited: Vec<String> = (meta.credited_names.iter())
                    .flat_map(|c| split_names(c))
                    .map(|n| simplify(&n))
                    .filter(|n| !linked.iter().any(|l| simplify(l) == *n))
                    .collect();
                let only_in_credit = |p: &str| {
                    meta.byline_elements.first().is_some_and(|e| {
                        let (credits, others): (Vec<&str>, Vec<&str>) = (e.split(['|', '•', '·']))
                            .partition(|c| super::byline_parts::is_non_writing_credit(c));
                        credits.iter().any(|c| super::credit_cut::holds(c, p))
                            && !others.iter().any(|c| super::credit_cut::holds(c, p))
                    })
                };
                let is_credited = |p: &str| credited.contains(&simplify(p)) || only_in_credit(p);
                if people.iter().any(|p| !is_credited(p)) {
                    people.retain(|p| !is_credited(p));
                }
            }
            // A place written after the writer (`Reporting by A, Nkhata Bay.`) is what the
            // story is about: the headline prints it, and no writer of it.
            if rank >= DECLARED {
                super::byline_names::without_headline_places(&mut people, meta.h1s.first());
            }
            let people = super::byline_names::without_padded(people);
            out.people = super::byline_links::chinese_names(people, meta.html_lang.as_deref());
            out.source = source;
            return out;
        }
    }
    if let Some((people, source)) = site_people {
        // The site's name written as a body's (`Naujamiesčio rajono savivaldybė`: a word in
        // lower case that is no name particle) is the site itself, not a blogger; so is the
        // publication a platform's page shows (an app's preview's `meta name="author"`).
        let shown = |p: &String| {
            (meta.shown_publication.as_deref()).is_some_and(|s| simplify(s) == simplify(p))
        };
        if people.iter().any(|p| is_body_name(p) || shown(p)) {
            out.organisations.extend(people);
        } else {
            out.people = people;
            out.source = source;
        }
    }
    out
}

/// The names the site calls itself (publisher, `og:site_name`), letters and digits only: a
/// byline naming the site (`DC.creator` = the station) names a person only when nothing else
/// does.
fn site_names(meta: &Meta, publisher: Option<&str>) -> Vec<String> {
    publisher
        .map(str::to_string)
        .into_iter()
        .chain(meta.first(&["og:site_name", "application-name"]))
        .map(|n| simplify(&n))
        .filter(|n| !n.is_empty())
        .collect()
}

#[cfg(test)]
#[path = "byline_tests.rs"]
mod tests;
