//! The name part of a logo's alternative text (`Chintheche FM 89.7 — The voice of the
//! lakeshore`, `Shirasagi Town International Association (SIA)`): the words before a tagline,
//! a bracketed short form or a broadcast frequency. Where another place the site names itself
//! (the `<title>`'s first or last part, the footer) prints that part, it is the publisher:
//! the agreement is on the name, not on the words a logo adds to it.

use super::logo::footer_names;
use super::metadata::{Meta, simplify};
use super::title::{SEPARATORS, ends_with_name, opens_with_name};

/// The first logo name part that the `<title>` or the footer also prints; only asked when no
/// other source named the site.
pub fn logo_name_part(meta: &Meta) -> Option<String> {
    meta.logo_alts.iter().find_map(|alt| {
        name_parts(alt).into_iter().find(|name| {
            // Two words at least: one word (`Home`, `Logo`) agrees with too much.
            name.split_whitespace().count() >= 2
                && (meta
                    .title_tag
                    .as_deref()
                    .is_some_and(|t| opens_with_name(t, name) || ends_with_name(t, name))
                    || footer_names(meta, name))
        })
    })
}

/// The alternative text and the shorter names inside it, longest first: before a tagline's
/// separator, without a bracketed short form at its end, without trailing words with digits.
pub(super) fn name_parts(alt: &str) -> Vec<String> {
    let mut parts = vec![alt.trim().to_string()];
    let head = SEPARATORS
        .iter()
        .chain(&[": "])
        .filter_map(|sep| alt.find(sep))
        .min()
        .map_or(alt, |i| &alt[..i]);
    let mut name = head.trim();
    if let Some(open) = name
        .rfind(['(', '（'])
        .filter(|_| name.ends_with([')', '）']))
    {
        name = name[..open].trim_end();
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let kept = words
        .iter()
        .rposition(|w| !w.chars().any(char::is_numeric))
        .map_or(0, |i| i + 1);
    let name = words[..kept].join(" ");
    for part in [head.trim().to_string(), name] {
        if !part.is_empty() && !parts.iter().any(|p| simplify(p) == simplify(&part)) {
            parts.push(part);
        }
    }
    parts
}
