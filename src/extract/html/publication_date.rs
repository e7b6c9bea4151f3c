//! A saved page's publication date: the most precise of the sources that agree on the day
//! (JSON-LD, meta, `<time>`, the URL, visible date lines), and machine-written dates as ISO.

use super::MainContent;
use super::cleanup::Cleaned;
pub use super::iso_date::iso_date;
use super::metadata::Meta;
pub use super::url_date::url_date;
use super::zones::{
    local_clock, same_instant_with_offset, same_moment_elsewhere, same_stamp_other_zone,
    utc_neighbour,
};
use crate::extract::dates::{self, DateRole};
use crate::model::normalize_line;
use std::sync::LazyLock;

/// More `<meta>` names of a publication date (`assets/lexicon/date-meta-names.txt`).
static MORE_META_NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::longest_first(include_str!(
        "../../../assets/lexicon/date-meta-names.txt"
    ))
});

/// Keys of a story's publication date in a page's inline state (`assets/lexicon/state-date-keys.txt`).
static STATE_DATE_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::longest_first(include_str!(
        "../../../assets/lexicon/state-date-keys.txt"
    ))
});

/// The first publication date an inline script's JSON state gives (`"published_at":
/// "2026-06-11T09:12:00+02:00"`), as written: SvelteKit, Next.js and Nuxt pages print only a
/// relative time and keep the date in the state they hydrate from.
pub(super) fn state_date(script: &str) -> Option<String> {
    // Nuxt 3's payload (`__NUXT_DATA__`, devalue) is one array whose objects give the index of
    // each value (`"publishedAt":13`): the date is the array's item at that index.
    let payload: Option<Vec<serde_json::Value>> = script
        .trim_start()
        .starts_with('[')
        .then(|| serde_json::from_str(script).ok())
        .flatten();
    STATE_DATE_KEYS
        .iter()
        .filter_map(|key| {
            let at = script.find(&format!("\"{key}\""))?;
            let rest = script[at + key.len() + 2..].trim_start();
            let rest = rest.strip_prefix(':')?.trim_start();
            let value = match rest.strip_prefix('"') {
                Some(value) => &value[..value.find('"')?],
                None => {
                    let digits = &rest[..rest.find(|c: char| !c.is_ascii_digit())?];
                    payload
                        .as_ref()?
                        .get(digits.parse::<usize>().ok()?)?
                        .as_str()?
                }
            };
            iso_date(value).map(|_| (at, value.to_string()))
        })
        .min_by_key(|(at, _)| *at)
        .map(|(_, value)| value)
}

/// Attributes that hold the JSON state a page's scripts hydrate from.
const STATE_ATTRIBUTES: [&str; 4] = ["data-page", "data-props", "data-react-props", "data-state"];

/// [`state_date`] of the state a page keeps in an attribute of its root element (Inertia's
/// `data-page`, React on Rails' `data-react-props`) rather than in a script.
pub(super) fn attribute_state_date(node: &super::dom::Node) -> Option<String> {
    STATE_ATTRIBUTES
        .iter()
        .filter_map(|a| node.attr(a))
        .find(|v| v.trim_start().starts_with('{'))
        .and_then(state_date)
}

/// The publication date as ISO, as written, and where it came from.
pub(super) fn published(
    meta: &Meta,
    main: Option<&MainContent>,
    cleaned: &Cleaned,
    url: Option<&str>,
) -> Option<(String, String, &'static str)> {
    // A wiki's page declares its creation as `datePublished`: no publication.
    let wiki = meta
        .first(&["generator"])
        .is_some_and(|g| is_wiki_engine(&g));
    let declared = [
        ("json-ld", meta.ld.published.clone().filter(|_| !wiki)),
        (
            "meta",
            meta.first(&[
                "article:published_time",
                "og:published_time",
                "datepublished",
                "published_time",
            ]),
        ),
        (
            "meta",
            meta.first(&[
                "citation_publication_date",
                "citation_date",
                "citation_online_date",
                "dc.date.issued",
                // Dublin Core's formal issue (publication) before its creation (a draft's time).
                "dcterms.issued",
                "dc.date",
                "dcterms.created",
                "dcterms.date",
            ]),
        ),
        (
            "meta",
            meta.first(&[
                "date",
                "pubdate",
                "publishdate",
                "publish-date",
                "sailthru.date",
                "parsely-pub-date",
                "article.published",
                "og:article:published_time",
            ]),
        ),
        ("time", meta.time_datetime.clone()),
        // Names of more CMSs, as data: the last of the declarations.
        ("meta", meta.first(&MORE_META_NAMES)),
    ];
    // Elements named for a date, then bylines (`By X | March 3, 2015`), then date lines.
    // A banner's date above the headline (today's, when the page was saved) ranks after a
    // date in the URL: it dates the visit, the URL the story.
    let url_found = url.and_then(url_date);
    let banner: Vec<String> = match url_found {
        Some(_) => meta
            .banner_dates
            .iter()
            .map(|l| normalize_line(l))
            .collect(),
        None => Vec::new(),
    };
    let visible = meta
        .date_elements
        .iter()
        .map(|l| ("date-element", l))
        .chain(meta.byline_elements.iter().map(|l| ("byline-element", l)))
        .chain(cleaned.date_lines.iter().map(|l| ("text-line", l)))
        .filter(|(_, l)| !banner.contains(&normalize_line(l)));
    // A print edition's date line (`Aus der Printausgabe vom …`) dates the paper: it comes
    // after every other date, as the last resort.
    let (print, visible): (Vec<_>, Vec<_>) =
        visible.partition(|(_, l)| super::print_edition::dates_print_edition(l));
    let [print, visible] = [print, visible].map(|lines| {
        lines.into_iter().filter_map(|(source, line)| {
            visible_date(line).map(|p| (p.iso, normalize_line(line), source))
        })
    });
    // In order of trust: what the page declares, its visible date lines, the URL, the extractor.
    let all: Vec<(String, String, &'static str)> =
        declared
            .into_iter()
            .filter_map(|(source, d)| {
                let d = d?;
                iso_date(&d).map(|iso| (iso, d, source))
            })
            .chain(visible)
            .chain(url_found.clone().map(|(iso, text)| (iso, text, "url")))
            .chain(banner.iter().filter_map(|line| {
                visible_date(line).map(|p| (p.iso, line.clone(), "date-element"))
            }))
            // A wire-style dateline opening the text (`April 17, 2015 -- …`), a date in the title.
            .chain(
                cleaned
                    .paragraphs
                    .iter()
                    .find(|p| !p.heading && p.text.chars().count() > 80)
                    .and_then(|p| dates::dateline_date(&p.text))
                    .map(|d| (d.iso, d.text, "dateline")),
            )
            .chain(
                meta.title_tag
                    .as_deref()
                    .and_then(dates::title_segment_date)
                    .map(|d| (d.iso, d.text, "title")),
            )
            .chain(
                main.and_then(|m| m.published.clone())
                    .and_then(|d| iso_date(&d).map(|iso| (iso, d, "extractor"))),
            )
            // The last resort: the date in the page's inline state, on a page that prints a
            // story's headline (a section front's state dates the section).
            .chain(
                meta.state_date
                    .clone()
                    .filter(|_| !meta.h1s.is_empty() || meta.itemprop_headline.is_some())
                    .and_then(|d| iso_date(&d).map(|iso| (iso, d, "page-state"))),
            )
            .chain(print)
            .collect();
    let url_day = url_found.as_ref().map(|(iso, _)| iso.as_str());
    let all = super::url_date::agreeing_with_url(all, url_day);
    let header = header_date(meta, &all);
    let first = header.as_ref().or(all.first())?;
    // The most trusted date fixes the day; another source that agrees on the day may give the
    // time (`<meta name="date">` the day, `<time datetime>` the minute).
    let precise = all
        .iter()
        .filter(|(iso, _, _)| iso.get(..10) == first.0.get(..10) && iso.len() > first.0.len())
        .max_by_key(|(iso, _, _)| iso.len());
    let chosen = precise.unwrap_or(first);
    // A declaration in UTC (`…T11:30:00+00:00`) and the page's printed time (`6:30 am`) of the
    // same moment in the site's zone: the reader's wall-clock time is the printed one.
    let local = all.iter().find(|(iso, _, source)| {
        matches!(*source, "date-element" | "byline-element" | "text-line")
            && same_moment_elsewhere(&chosen.0, iso)
    });
    // The same instant declared twice, in UTC and in the site's own offset (`parsely-pub-date`
    // `15:05Z`, `DC.date.issued` `16:05+01:00`): the site's day and clock are the reader's.
    // A `<time>` classed as an update that gives that same instant is the publication's
    // (WordPress themes class the published date `entry-date updated`).
    let updates: Vec<(String, String, &'static str)> = meta
        .update_times
        .iter()
        .filter_map(|d| iso_date(d).map(|iso| (iso, d.clone(), "time")))
        .collect();
    let zoned = || {
        all.iter()
            .find(|(iso, _, _)| {
                same_instant_with_offset(&chosen.0, iso) || same_stamp_other_zone(&chosen.0, iso)
            })
            .or_else(|| {
                (updates.iter()).find(|(iso, _, _)| same_instant_with_offset(&chosen.0, iso))
            })
    };
    // A declaration in UTC and the time alone the story's header prints beside its date (`ساعت
    // ۱۵:۳۰ به وقت تهران`, "15:30 Tehran time"): the reader's clock is the printed one.
    // So is an edition line opening the text that names the weekday and the time it was sent
    // (`Thursday edition · sent 7:00 am EAT`, a newsletter's).
    let edition = cleaned
        .paragraphs
        .iter()
        .take(2)
        .map(|p| &p.text)
        .filter(|t| t.chars().count() <= 60 && t.split_whitespace().any(is_weekday));
    let clock = || {
        meta.header_dates
            .iter()
            .chain(edition)
            .filter(|line| !matches!(dates::label_prefix(line), Some((DateRole::Updated, _))))
            .find_map(|line| {
                let (hour, minute) = dates::printed_time_alone(line)?;
                let iso = local_clock(&chosen.0, hour, minute)?;
                Some((iso, normalize_line(line), "date-element"))
            })
    };
    // So is the wall-clock time a page's state keeps without a zone (`"pubtime": "2026-11-20
    // 18:02:11"` beside a Unix time `1795168931`, read in UTC), when no declaration gives the
    // moment with its offset.
    let state_clock = || {
        all.iter().find(|(iso, _, source)| {
            *source == "page-state" && same_moment_elsewhere(&chosen.0, iso)
        })
    };
    let found = local
        .or_else(zoned)
        .or_else(state_clock)
        .cloned()
        .or_else(clock);
    let found = found.or_else(|| super::header_time::earlier_printed(meta, &chosen.0));
    let found = with_printed_time(meta, found.unwrap_or_else(|| chosen.clone()));
    // A story that states its first publication on an earlier day (a move, a re-import) was
    // first read then: its metadata dates the move.
    let own_names = super::first_published::own_names(meta);
    let stated = super::first_published::first_publication(cleaned, &own_names)
        .filter(|first| first.iso.get(..10) < found.0.get(..10));
    Some(stated.map_or(found, |first| (first.iso, first.text, "text-line")))
}

/// Whether a word (its punctuation aside) names a weekday.
fn is_weekday(word: &str) -> bool {
    crate::extract::lexicon::is_weekday(word.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Wiki engines (`assets/lexicon/wiki-generators.txt`).
static WIKI_ENGINES: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("../../../assets/lexicon/wiki-generators.txt"))
});

/// Whether a `generator` names a wiki engine (`MediaWiki 1.35.0-wmf.20`).
fn is_wiki_engine(generator: &str) -> bool {
    generator
        .split_whitespace()
        .next()
        .is_some_and(|w| WIKI_ENGINES.contains(w.to_lowercase().as_str()))
}

/// A day without a time, completed by the time a date element prints for the same month and
/// day without its year (`March 18 at 12:22 PM`, the day from the URL).
fn with_printed_time(
    meta: &Meta,
    found: (String, String, &'static str),
) -> (String, String, &'static str) {
    if found.0.len() != 10 {
        return found;
    }
    meta.date_elements
        .iter()
        .find_map(|line| {
            super::year_less::time_on(line, &found.0).map(|iso| (iso, line.clone(), "date-element"))
        })
        .unwrap_or(found)
}

/// The date the story's header prints (an element named for a date, or a `<time>`, between
/// the headline and the story's text or beside the headline), when the most trusted source
/// gives another day and the page backs the printed one: another source that gives its day (a
/// declaration holding the publication where the first holds the last update), which then
/// stands for it with its precision; or a first source in UTC on the neighbouring day (an
/// evening story in the Americas, a morning one in Asia), when the printed day is the reader's.
fn header_date(
    meta: &Meta,
    all: &[(String, String, &'static str)],
) -> Option<(String, String, &'static str)> {
    // Only a date the header calls the publication's: an `Updated …` line may stand alone.
    let printed = meta.header_dates.iter().find_map(|line| {
        match dates::parse_date_line(&normalize_line(line)) {
            Some((DateRole::Updated, _)) => None,
            _ => visible_date(line),
        }
    })?;
    let day = printed.iso.get(..10)?;
    let first = &all.first()?.0;
    if first.get(..10) == Some(day) {
        return None;
    }
    let backed = all.iter().skip(1).find(|(iso, _, source)| {
        iso.get(..10) == Some(day)
            && !matches!(*source, "date-element" | "byline-element" | "text-line")
    });
    match backed {
        Some(found) => Some(found.clone()),
        None => utc_neighbour(first, day).then_some((printed.iso, printed.text, "date-element")),
    }
}

/// The publication date a visible line gives: the whole line (its label dropped), the
/// publication clause of a dated line, or a date inside a short line that holds other things
/// too (`Posted by X on March 10, 2015`). An update date is not a publication date.
fn visible_date(line: &str) -> Option<dates::ParsedDate> {
    if let Some((role, p)) = dates::parse_date_line(&strip_date_label(line)) {
        return (role == DateRole::Published).then_some(p);
    }
    let clauses = dates::parse_date_clauses(line);
    if !clauses.is_empty() {
        return clauses
            .into_iter()
            .find(|(role, _)| *role == DateRole::Published)
            .map(|(_, p)| p);
    }
    // An update may come first (`Last updated on March 4, 2015. Published on March 3, 2015`):
    // the publication is looked for after it.
    let mut rest = line.to_string();
    for _ in 0..3 {
        let (role, date, _, after) = dates::find_date(&rest)?;
        if role == DateRole::Published {
            return Some(date);
        }
        rest = after;
    }
    None
}

/// Drops a leading `Published:` label from a date line (an `Updated` one stays, to be read).
fn strip_date_label(line: &str) -> String {
    let line = normalize_line(line);
    let lower = line.to_lowercase();
    for label in [
        "published on",
        "published",
        "posted on",
        "posted",
        "created on",
        "created",
        "opublikowano",
        "veröffentlicht",
        "publié le",
        "publié",
    ] {
        if lower.starts_with(label) {
            return line[label.len()..]
                .trim_start_matches([':', ' '])
                .to_string();
        }
    }
    line
}

#[cfg(test)]
#[path = "publication_date_tests.rs"]
mod tests;
