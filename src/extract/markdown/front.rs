//! What a tool's metadata says about the article: YAML front matter, a Pandoc title block
//! (`% Title` / `% A; B` / `% Date`) or Logseq page properties (`author:: [[Jane Doe]]`), read
//! field by field. Keys are looked up in `assets/lexicon/front-matter-keys.tsv`; keys that date
//! the note or the clip (`created`, `clipped`, `date_saved`) are not there and give nothing.

use crate::extract::{dates, html, lexicon};
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Key (lower-cased) → the field it means.
static KEYS: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("../../../assets/lexicon/front-matter-keys.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(field, key)| (key.trim(), field.trim()))
        .collect()
});

/// The article field a tool's metadata key (lower-cased) means, if any.
pub(super) fn field_of(key: &str) -> Option<&'static str> {
    KEYS.get(key).copied()
}

/// The metadata's fields, as evidence for the text reader's findings.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Front {
    pub title: Option<String>,
    pub authors: Vec<String>,
    /// ISO date, the time as printed (an offset or `Z` dropped like a zone).
    pub published: Option<String>,
    pub published_text: Option<String>,
    pub modified: Option<String>,
    pub site: Option<String>,
    pub category: Option<String>,
    pub url: Option<String>,
    /// A `source:` that names rather than links (`source: Nordic Energy Review`).
    pub source_names: Vec<String>,
    pub description: Option<String>,
    pub language: Option<String>,
}

/// Reads `(key, values)` pairs, the first value of a key winning.
pub(super) fn read_fields(fields: Vec<(String, Vec<String>)>) -> Front {
    let mut front = Front::default();
    for (key, values) in fields {
        let key = key.trim().to_lowercase();
        let Some(field) = KEYS.get(key.as_str()) else {
            continue;
        };
        let values: Vec<String> = values
            .iter()
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect();
        let first = values.first().cloned();
        match *field {
            "title" if front.title.is_none() => front.title = first,
            "author" if front.authors.is_empty() => {
                front.authors = authors(&values);
                // An agency in the author field credits the text, as a byline of agencies does.
                for agency in values.iter().filter(|v| lexicon::is_news_agency(v)) {
                    if !front.source_names.contains(agency) {
                        front.source_names.push(agency.clone());
                    }
                }
            }
            "published" if front.published.is_none() => {
                if let Some(date) = first.as_deref().and_then(dates::parse_date) {
                    front.published = Some(as_printed(&date.iso));
                    front.published_text = first;
                }
            }
            "modified" if front.modified.is_none() => {
                front.modified = first
                    .as_deref()
                    .and_then(dates::parse_date)
                    .map(|d| as_printed(&d.iso))
            }
            "site" if front.site.is_none() => {
                front.site = first.filter(|v| !html::is_web_address(v) && !is_domain(v))
            }
            "url" => {
                for v in values {
                    let v = v.trim_matches(['<', '>']).to_string();
                    if html::is_web_address(&v) {
                        front.url.get_or_insert(v);
                    } else if key == "source" && !is_domain(&v) && !front.source_names.contains(&v)
                    {
                        front.source_names.push(v);
                    }
                }
            }
            "category" if front.category.is_none() => front.category = first,
            // A post filed under several categories has no one section.
            "categories" if front.category.is_none() && values.len() == 1 => front.category = first,
            "description" if front.description.is_none() => front.description = first,
            "language" if front.language.is_none() => front.language = first,
            _ => {}
        }
    }
    front
}

/// `2026-11-24T08:15:00+01:00` → `2026-11-24T08:15`: the time as the metadata prints it.
fn as_printed(iso: &str) -> String {
    if iso.len() > 16 && iso.as_bytes()[10] == b'T' {
        iso[..16].to_string()
    } else {
        iso.to_string()
    }
}

/// `example.com`, `www.example.co.uk`: a bare domain names no publisher or source.
fn is_domain(v: &str) -> bool {
    !v.contains(char::is_whitespace)
        && v.contains('.')
        && v.rsplit('.')
            .next()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// The people an `author` field names: a byline's By-word and roles dropped (`By Dana
/// Whitfield`), several split (`A and B`); agencies and desks are not authors.
fn authors(values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for value in values {
        let names = html::split_byline(value);
        let names = if names.is_empty() {
            vec![value.clone()]
        } else {
            names
        };
        for name in names {
            let desk = name
                .split_whitespace()
                .any(|w| lexicon::is_organisation_word(&lexicon::lower(w)));
            if !lexicon::is_news_agency(&name) && !desk && !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// Obsidian writes people as wiki links: `"[[Jane Doe]]"`.
pub(super) fn wiki_link(s: &str) -> String {
    s.trim()
        .trim_start_matches("[[")
        .trim_end_matches("]]")
        .trim()
        .to_string()
}

/// A Pandoc title block at the top: `% Title`, `% Author One; Author Two`, `% Date`.
pub(super) fn pandoc_title_block(text: &str) -> (Vec<(String, Vec<String>)>, &str) {
    let mut fields = Vec::new();
    let mut rest = text;
    for key in ["title", "author", "date"] {
        let Some(line) = rest.strip_prefix('%') else {
            break;
        };
        let (value, after) = line.split_once('\n').unwrap_or((line, ""));
        let values = match key {
            "author" => value.split(';').map(|a| a.trim().to_string()).collect(),
            _ => vec![value.trim().to_string()],
        };
        fields.push((key.to_string(), values));
        rest = after;
    }
    (fields, rest)
}

/// Logseq page properties at the top: `key:: value` lines (`author:: [[Jane Doe]]`).
pub(super) fn page_properties(text: &str) -> (Vec<(String, Vec<String>)>, &str) {
    let mut fields = Vec::new();
    let mut rest = text;
    while let Some((line, after)) = rest.split_once('\n').or(Some((rest, ""))) {
        let Some((key, value)) = line.split_once(":: ") else {
            break;
        };
        if key.is_empty() || key.contains(char::is_whitespace) {
            break;
        }
        let values = value
            .split("]],")
            .map(wiki_link)
            .filter(|v| !v.is_empty())
            .collect();
        fields.push((key.to_string(), values));
        rest = after;
        if rest.is_empty() {
            break;
        }
    }
    (fields, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(k: &str, v: &str) -> (String, Vec<String>) {
        (k.to_string(), vec![v.to_string()])
    }

    #[test]
    fn clip_dates_tags_and_urls_give_no_field() {
        let front = read_fields(vec![
            field("created", "2026-11-25T21:14:08"),
            field("tags", "clippings"),
            field("source", "https://www.example.com/a"),
            field("site", "example.com"),
        ]);
        assert_eq!(front.published, None);
        assert_eq!(front.category, None);
        assert_eq!(front.site, None);
        assert!(front.source_names.is_empty());
        assert_eq!(front.url.as_deref(), Some("https://www.example.com/a"));
    }

    #[test]
    fn times_are_read_as_printed_and_bylines_cleaned() {
        let front = read_fields(vec![
            field("published", "2026-11-24T12:15:00.000Z"),
            field("author", "By Dana Whitfield"),
            ("categories".into(), vec!["Cronaca".into(), "Garda".into()]),
        ]);
        assert_eq!(front.published.as_deref(), Some("2026-11-24T12:15"));
        assert_eq!(front.authors, ["Dana Whitfield"]);
        assert_eq!(front.category, None);
        let agency = read_fields(vec![field("作者", "新华社")]);
        assert!(agency.authors.is_empty());
        assert_eq!(agency.source_names, ["新华社"]);
    }

    #[test]
    fn pandoc_and_logseq_metadata() {
        let (fields, rest) = pandoc_title_block("% T\n% A B; C D\n% 25 listopada 2026\n\nText");
        assert_eq!(fields[1].1, ["A B", "C D"]);
        assert_eq!(rest, "\nText");
        let (fields, rest) = page_properties("author:: [[Jane Doe]]\nsite:: [[The Post]]\n- x");
        assert_eq!(
            fields,
            [field("author", "Jane Doe"), field("site", "The Post")]
        );
        assert_eq!(rest, "- x");
    }
}
