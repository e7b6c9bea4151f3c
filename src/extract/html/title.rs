//! The headline, by agreement among what the page declares: JSON-LD `headline`, `og:title`,
//! `<h1>`, `twitter:title` and citation titles, `<title>`, and the extractor's title. Each is
//! cleaned of a site name that other evidence confirms (`| BBC News` where the publisher is BBC
//! News); one that is only the site's name (`Yahoo News`) is no candidate; the candidate most
//! others agree with wins, in order of trust on a tie. A JSON-LD headline that nothing agrees
//! with while others agree among themselves (a Wikipedia short description) loses.

use super::MainContent;
use super::byline_parts::is_cased_lower;
use super::dom::collapse_spaces;
use super::headline_words::{is_cut_from, spells_out};
use super::metadata::{Meta, simplify};
use crate::model::normalize_line;

/// The chosen title and where it came from (`json-ld`, `meta`, `h1`, `title`, `extractor`).
pub fn choose(
    meta: &Meta,
    main: Option<&MainContent>,
    publisher: Option<&str>,
    host: Option<&str>,
) -> (String, &'static str) {
    let printed = printed_headlines(meta);
    let raw: Vec<(&'static str, String)> = [
        ("json-ld", meta.ld.headline.clone()),
        ("meta", meta.first(&["og:title"])),
        ("h1", printed.first().cloned()),
        // A second `<h1>`: the first is often the site's logo (`<h1>Site</h1>` then the post's).
        ("h1", printed.get(1).cloned()),
        (
            "meta",
            meta.first(&["twitter:title", "citation_title", "dc.title", "headline"]),
        ),
        ("title", meta.title_tag.clone()),
        ("extractor", main.map(|m| m.title.clone())),
    ]
    .into_iter()
    .filter_map(|(source, t)| Some((source, t?)))
    .collect();
    let site_names: Vec<String> = publisher
        .into_iter()
        .chain(meta.first(&["og:site_name", "application-name"]).as_deref())
        .map(simplify)
        .chain(host.map(site_of_host))
        .filter(|n| !n.is_empty())
        .collect();
    let candidates: Vec<(&'static str, String)> = raw
        .into_iter()
        .map(|(source, t)| {
            let t = normalize_line(&collapse_spaces(&t));
            (source, clean_title(&t, publisher, host))
        })
        .filter(|(_, t)| {
            let s = simplify(t);
            !s.is_empty() && !site_names.contains(&s)
        })
        .collect();
    // The headline printed on the page wins when an independent declaration backs it and the
    // og:title, if any, stands alone: a sharing title that nothing else repeats was rewritten
    // or shortened for sharing, the `<h1>` is what readers see. (A headline starting in lower
    // case is a site's heading or a description.)
    let og = candidates
        .iter()
        .position(|(source, _)| *source == "meta")
        .filter(|_| meta.first(&["og:title"]).is_some());
    // A declaration that backs the `<h1>` too (a `<title>` cut short) is no backing of its own.
    let backs_h1 = |other: &str| {
        candidates
            .iter()
            .any(|(source, h1)| *source == "h1" && corroborates(h1, other))
    };
    // The Twitter card's title is written with the og:title, in the same box of the CMS: a
    // copy of it is no second declaration.
    let twitter = meta
        .first(&["twitter:title"])
        .map(|t| simplify(&clean_title(&normalize_line(&t), publisher, host)));
    let og_alone = og.is_none_or(|o| {
        !candidates.iter().enumerate().any(|(j, (source, other))| {
            j != o
                && independent(source)
                && agree(&candidates[o].1, other)
                && !backs_h1(other)
                && twitter.as_deref() != Some(simplify(other).as_str())
        })
    });
    // The JSON-LD headline, written for machines, agreeing with the printed one settles it.
    let ld_backed = |h1: &str| {
        candidates
            .iter()
            .any(|(source, other)| *source == "json-ld" && agree(h1, other))
    };
    // A printed headline marked for machines (`<h2 itemprop="headline">`) is both what readers
    // see and what the page declares: it wins unless a printed `<h1>` says otherwise.
    if let Some(marked) = meta.itemprop_headline.as_deref() {
        let marked = clean_title(&normalize_line(&collapse_spaces(marked)), publisher, host);
        let h1_disagrees = candidates
            .iter()
            .any(|(source, h1)| *source == "h1" && !corroborates(h1, &marked));
        if !h1_disagrees && !opens_in_lower_case(&marked) {
            return (marked, "itemprop");
        }
    }
    if let Some(i) = (0..candidates.len()).find(|&i| {
        let (source, h1) = &candidates[i];
        (og_alone || ld_backed(h1))
            && *source == "h1"
            && !opens_in_lower_case(h1)
            && candidates
                .iter()
                .any(|(source, other)| independent(source) && corroborates(h1, other))
    }) {
        return finish(&candidates, i);
    }
    // The printed headline spells out the shorter title that two declarations or more give
    // (an SEO title in `<title>` and og:title): what readers see wins over what was cut from
    // it for search and sharing. One `<title>` alone may be the page's own name for itself,
    // or a title written apart from the headline: it gives way only when it is the headline
    // with words cut out (`is_cut_from`).
    if let Some(i) = (0..candidates.len()).find(|&i| {
        let (source, h1) = &candidates[i];
        let declared = || candidates.iter().filter(|(s, _)| independent(s));
        let cut = declared().count() >= 1 && declared().all(|(_, other)| is_cut_from(h1, other));
        let spelled = declared()
            .filter(|(_, other)| spells_out(h1, other))
            .count()
            >= 2
            && declared().all(|(_, other)| corroborates(h1, other) || spells_out(h1, other));
        *source == "h1" && !opens_in_lower_case(h1) && (spelled || cut)
    }) {
        return finish(&candidates, i);
    }
    // The page's one `<h1>`, worded as a headline, is the title readers see: on a page that
    // declares a title for sharing or for machines (og:title, JSON-LD), declarations that
    // differ from it were rewritten for search or sharing (Yoast's SEO title, an og:title
    // written for social cards), however much they agree among themselves. So does a
    // `<title>` the site's template built around its title field (`SEO title – Site`); a
    // `<title>` alone without parts may be the page's own name for itself.
    let declared = meta.first(&["og:title"]).is_some() || meta.ld.headline.is_some();
    if printed.len() == 1 && (declared || templated_title(meta, &printed[0])) {
        if let Some(i) = candidates
            .iter()
            .position(|(source, h1)| *source == "h1" && worded_as_headline(h1))
        {
            return finish(&candidates, i);
        }
    }
    let has_og_title = meta.first(&["og:title"]).is_some();
    let first_meta = candidates
        .iter()
        .position(|(source, _)| *source == "meta" && has_og_title)
        .unwrap_or(usize::MAX);
    // Agreement with the other candidates, plus a point for `og:title` (what the site declares
    // for sharing, the usual reference) and minus one for a headline that starts in lower case,
    // as descriptions do (`constitutional monarchy in Oceania`).
    let agreement = |i: usize| {
        let (source, title) = &candidates[i];
        let agreeing = candidates
            .iter()
            .enumerate()
            .filter(|&(j, (_, other))| j != i && agree(title, other))
            .count() as i32;
        let declared = i32::from(*source == "meta" && i == first_meta);
        let lower_start = i32::from(opens_in_lower_case(title));
        agreeing + declared - lower_start
    };
    let mut best: Option<(i32, usize)> = None;
    for i in 0..candidates.len() {
        let score = agreement(i);
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    let Some((_, i)) = best else {
        return (String::new(), "none");
    };
    finish(&candidates, i)
}

/// Whether a heading reads as a story's headline rather than a section's or a site's name:
/// four words or more (`Opinion`, `Latest News` are not), or, in a script written without
/// spaces, a dozen characters; not starting in lower case as a description does.
/// Whether `text` opens in lower case as a description does (`constitutional monarchy in
/// Oceania`); a brand written so (`e-Invois`, `iPhone`, `eBay`: a capital inside the first
/// word) opens headlines too.
fn opens_in_lower_case(text: &str) -> bool {
    // Georgian's letters are classed lower case but written without case (`is_cased_lower`).
    text.chars().next().is_some_and(is_cased_lower)
        && !text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().any(char::is_uppercase))
}

/// Whether the `<title>` was built by the site's template around a title field: parts beside
/// a separator (`SEO title – Site`, `Section | Site`), none of which is the page's `<h1>` or
/// holds it, and an `<h1>` that is no logo's name (`Archive of Our Own beta`, the site's name
/// linked to its front page). Such a `<title>`
/// is the CMS's title field, often written for search apart from the printed headline, and
/// on its own it declares no headline the `<h1>` must yield to; a `<title>` without parts (a
/// document's own name) may still be the title.
fn templated_title(meta: &Meta, h1: &str) -> bool {
    let Some(title) = meta.title_tag.as_deref() else {
        return false;
    };
    let title = normalize_line(&collapse_spaces(title));
    let parts: Vec<&str> = SEPARATORS
        .iter()
        .find(|sep| title.contains(**sep))
        .map(|sep| title.split(sep).map(str::trim).collect())
        .unwrap_or_default();
    parts.len() >= 2
        && parts.iter().all(|p| !p.is_empty())
        && parts.iter().all(|p| !agree(h1, p))
        && !meta.logo_alts.iter().any(|logo| agree(h1, logo))
}

/// The headlines printed on the page: its `<h1>`s with text, or, when none holds any (the
/// `<h1>` is a logo's image, as DedeCMS and portal templates print it, or there is none), the
/// first `<h2>` before the story's text, which such templates print the headline in, when it
/// is worded as one.
fn printed_headlines(meta: &Meta) -> Vec<String> {
    if meta.h1s.is_empty() {
        // Worded as a headline, four words or a dozen characters of a script written
        // without spaces: a section's heading (`Open Journalism Project:`) is none.
        (meta.first_h2.iter())
            .filter(|h2| {
                let words = h2.split_whitespace().count();
                worded_as_headline(h2) && (words >= 4 || words == 1)
            })
            .cloned()
            .collect()
    } else {
        meta.h1s.clone()
    }
}

fn worded_as_headline(h1: &str) -> bool {
    let words = h1.split_whitespace().count();
    let chars = h1.chars().count();
    !opens_in_lower_case(h1) && (words >= 4 || (chars >= 12 && chars >= words * 8))
}

/// Sources that are not another source's copy: the extractor's title is og:title or `<title>`,
/// and a second `<h1>` backs nothing.
fn independent(source: &str) -> bool {
    !matches!(source, "extractor" | "h1")
}

/// Whether `other` backs the headline `h1`: they agree, or one begins the other (a `<title>`
/// cut short: `Cần Thơ khởi công cầu Trần Hoàng Na 2` for the whole headline).
fn corroborates(h1: &str, other: &str) -> bool {
    let (a, b) = (simplify(h1), simplify(other));
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    agree(h1, other)
        || (short.chars().count() >= 12 && long.starts_with(&short))
        || super::title_parts::first_part_opens(h1, other)
}

/// The chosen candidate, or another that is it without a separated suffix: `Lorem ipsum – My
/// website` and `Lorem ipsum` confirm that suffix as the site's name. Not the other way round:
/// a site's own heading is often the suffix of every page's `<title>`.
fn finish(candidates: &[(&'static str, String)], i: usize) -> (String, &'static str) {
    let chosen = &candidates[i].1;
    let shorter = candidates.iter().find(|(_, other)| {
        other.len() < chosen.len()
            && SEPARATORS.iter().any(|sep| {
                chosen
                    .strip_prefix(other.as_str())
                    .is_some_and(|rest| rest.starts_with(sep))
            })
    });
    match shorter {
        Some((source, title)) => (title.clone(), source),
        None => (chosen.clone(), candidates[i].0),
    }
}

/// Whether a part of `title` after a separator is `name`.
pub(super) fn names_part(title: &str, name: &str) -> bool {
    let name = simplify(name);
    SEPARATORS
        .iter()
        .any(|sep| title.split(sep).skip(1).any(|part| simplify(part) == name))
}

/// Whether one of the last two separated parts of `title` is `name` (`…_星浪财经_星浪网`: the
/// channel, then the portal).
pub fn ends_with_name(title: &str, name: &str) -> bool {
    if ends_after_bare_mark(title, name) {
        return true;
    }
    let name = simplify(name);
    !name.is_empty()
        && SEPARATORS.iter().any(|sep| {
            title
                .rsplit(sep)
                .take(2)
                .zip([true, title.matches(sep).count() >= 2])
                .any(|(part, asked)| asked && simplify(part) == name)
        })
}

/// Whether `title` ends with `name` after a hyphen or bar without spaces that follows a letter
/// of a script written without spaces (`国务院常务会议部署…-华夏通讯网`, `…｜星浪网`), as
/// Chinese and Japanese sites part the headline from their name.
fn ends_after_bare_mark(title: &str, name: &str) -> bool {
    let (title, name) = (title.trim(), name.trim());
    let Some(head) = title.strip_suffix(name).filter(|_| !name.is_empty()) else {
        return false;
    };
    let mut back = head.chars().rev();
    matches!(back.next(), Some('-' | '－' | '|' | '｜' | '丨'))
        && back.next().is_some_and(|c| {
            matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
        })
}

/// Whether `title` opens with `name` and a separator (`Kampala Corner Notes: Boda boda…`).
pub fn opens_with_name(title: &str, name: &str) -> bool {
    let name = simplify(name);
    !name.is_empty()
        && SEPARATORS.iter().chain(&[": "]).any(|sep| {
            title
                .split_once(sep)
                .is_some_and(|(first, rest)| simplify(first) == name && !rest.trim().is_empty())
        })
}

/// The site's name in a host: its longest label (`en.wikipedia.org` → `wikipedia`,
/// `www.bbc.co.uk` → `bbc`).
fn site_of_host(host: &str) -> String {
    host.split('.')
        .filter(|l| *l != "www")
        .max_by_key(|l| l.len())
        .map(simplify)
        .unwrap_or_default()
}

/// What sites put between a headline and their name.
pub(super) const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " » ", " · ", "_"];

/// Two titles agree when, letters and digits only, one holds the other and is at least half
/// its length (`Mozilla` and `Mozilla - Wikipedia` agree; a description does not).
fn agree(a: &str, b: &str) -> bool {
    let (a, b) = (simplify(a), simplify(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    long.contains(&short) && short.len() * 2 >= long.len()
}

/// Drops a ` | Site Name` or ` - Site` suffix (or a `Site | ` prefix) when the part is the site's
/// name: the publisher or the host, not merely a phrase that mentions it (`How we designed
/// Dropbox's ATF - an async task framework` keeps its first half).
pub fn clean_title(title: &str, publisher: Option<&str>, host: Option<&str>) -> String {
    let names: Vec<String> = publisher
        .into_iter()
        .map(simplify)
        .chain(host.map(site_of_host))
        .filter(|n| !n.is_empty())
        .collect();
    let is_site = |part: &str| {
        let p = simplify(part);
        !p.is_empty()
            && names.iter().any(|n| {
                p == *n
                    || (n.len() >= 4
                        && p.len() >= 4
                        && ((p.contains(n.as_str()) && p.len() <= n.len() * 2)
                            || (n.contains(p.as_str()) && n.len() <= p.len() * 2)))
            })
    };
    let mut title = title.to_string();
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if !head.trim().is_empty() && is_site(tail) {
                title = head.trim().to_string();
                continue;
            }
        }
        if let Some((head, tail)) = title.split_once(sep) {
            if !tail.trim().is_empty() && is_site(head) {
                title = tail.trim().to_string();
            }
        }
    }
    // A pipe suffix that is short next to the headline is a site or section name.
    if let Some((head, tail)) = title.rsplit_once(" | ") {
        if tail.split_whitespace().count() <= 3 && head.split_whitespace().count() >= 4 {
            title = head.trim().to_string();
        }
    }
    title
}

#[cfg(test)]
#[path = "title_tests.rs"]
mod tests;
