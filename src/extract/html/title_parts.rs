//! A `<title>` against the printed headline when the site's name beside it is not yet known
//! (the publisher is read from that `<title>` afterwards): the first part of `Headline –
//! Site` backs a printed headline that opens with it and goes on (`Headline: more words`),
//! as a `<title>` cut short does.

use super::metadata::simplify;
use super::title::SEPARATORS;

/// Whether `title`'s first part, before a separator, opens the printed headline `h1` (a
/// dozen letters at least): `Headline – Site` backs `Headline: more words`.
pub(super) fn first_part_opens(h1: &str, title: &str) -> bool {
    let Some(first) = SEPARATORS
        .iter()
        .filter_map(|sep| title.find(sep).map(|i| &title[..i]))
        .min_by_key(|part| part.len())
    else {
        return false;
    };
    let (first, h1) = (simplify(first), simplify(h1));
    first.chars().count() >= 12 && h1.starts_with(&first) && h1 != first
}
