//! A page saved from a web archive's copy, known by its links: the archive rewrites every link
//! of the page into its own address with the original inside (`https://web.archive.org/web/
//! STAMP/http://site/…`, `https://archive.ph/o/AbCdE/http://site/…`). Such a copy's canonical
//! link or `og:url`, when left on the archive's host (`https://archive.ph/AbCdE`), is the
//! archive's address for the copy and so is its `og:site_name`; the article's address is the
//! original the archive records for the copy (`<link rel="bookmark">`, the address field of
//! its banner), on the host the rewritten links lead back to.

use super::dom::Dom;
use super::metadata::{Meta, host_of, simplify};
use std::collections::HashMap;

/// What a web archive's copy says about itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArchiveCopy {
    /// The archive's host (`web.archive.org`, `archive.ph`).
    pub archive_host: String,
    /// The original address the archive records for the copy, on the archived site's host.
    pub original: Option<String>,
}

/// Fewer rewritten links than this is no archive's copy (a page quoting an archived source).
const MIN_REWRITTEN: usize = 3;

/// The archive a page was copied from, when most of its absolute links are rewritten into one
/// archive's addresses.
pub fn read(page: &Dom) -> Option<ArchiveCopy> {
    let (mut absolute, mut rewritten) = (0, 0);
    let mut archives: HashMap<String, usize> = HashMap::new();
    let mut sites: HashMap<String, usize> = HashMap::new();
    let mut recorded: Vec<&str> = Vec::new();
    for node in &page.nodes {
        match node.tag.as_str() {
            "a" => {
                let Some(href) = node.attr("href").map(str::trim).filter(|h| is_absolute(h)) else {
                    continue;
                };
                absolute += 1;
                if let Some((archive, original)) = embedded(href) {
                    rewritten += 1;
                    *archives.entry(archive).or_default() += 1;
                    if let Some(site) = host_of(original) {
                        *sites.entry(site).or_default() += 1;
                    }
                }
            }
            "link"
                if node
                    .attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("bookmark")) =>
            {
                recorded.extend(node.attr("href"));
            }
            "input" => recorded.extend(node.attr("value")),
            _ => {}
        }
    }
    if rewritten < MIN_REWRITTEN || rewritten * 2 < absolute {
        return None;
    }
    let most = |counts: HashMap<String, usize>| {
        counts
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
            .map(|(host, _)| host)
    };
    let archive_host = most(archives)?;
    let site = most(sites);
    let original = recorded
        .into_iter()
        .map(str::trim)
        .filter(|r| is_absolute(r) && embedded(r).is_none())
        .find(|r| host_of(r).is_some() && host_of(r) == site)
        .map(str::to_string);
    Some(ArchiveCopy {
        archive_host,
        original,
    })
}

/// The article's address: the page's declared one unless it is on the archive's host, then
/// the original the archive records (none rather than the archive's own address).
pub fn article_address(declared: Option<String>, meta: &Meta) -> Option<String> {
    let Some(copy) = meta.archive.as_ref() else {
        return declared;
    };
    match declared {
        Some(url) if host_of(&url).is_some_and(|h| h != copy.archive_host) => Some(url),
        _ => copy.original.clone(),
    }
}

/// Whether `name` is the archive's, not the archived site's (`archive.ph` as `og:site_name`).
pub fn names_archive(meta: &Meta, name: &str) -> bool {
    meta.archive.as_ref().is_some_and(|copy| {
        let name = simplify(name);
        let host = copy.archive_host.as_str();
        name == simplify(host) || host.split('.').any(|label| simplify(label) == name)
    })
}

/// Whether a link rewritten by an archive leads to the archived site's front page
/// (`https://archive.ph/o/AbCdE/http://site.com/`): the copy's link home, written `/` on the
/// live page.
pub(super) fn links_site_root(href: &str) -> bool {
    embedded(href.trim()).is_some_and(|(_, original)| {
        original
            .split_once("://")
            .is_some_and(|(_, rest)| rest.find('/').is_none_or(|at| rest[at..] == *"/"))
    })
}

fn is_absolute(href: &str) -> bool {
    let lower = href.get(..8).unwrap_or(href).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The archive's host and the original address inside a rewritten link.
fn embedded(href: &str) -> Option<(String, &str)> {
    let (_, rest) = href.split_once("://")?;
    let slash = rest.find('/')?;
    let path = &rest[slash..];
    let lower = path.to_ascii_lowercase();
    let at = lower.find("/http://").or_else(|| lower.find("/https://"))?;
    Some((host_of(href)?, &path[at + 1..]))
}
