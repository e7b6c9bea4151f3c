//! The site's name as the `<title>` and the address give it together, for a page that names
//! its site nowhere else (no `og:site_name`, JSON-LD or logo text): a government office's
//! print view (`Headline | Wizara ya Uvuvi na Uchumi wa Buluu` on `uvuvibuluu.go.tz`), a site
//! builder's page (`Khanya Reading Trust - News` under the `<h1>` `News`, on
//! `khanyareading.org.za`).

use super::metadata::{Meta, host_of, simplify};
use super::title::SEPARATORS;

/// The `<title>`'s other part, when one separator parts it from the printed headline (the
/// first `<h1>`) and the page's host is written with its words (some of them run together in
/// order, or its initials): the title says it is a name, the address that it is the site's.
pub(super) fn site_in_title(meta: &Meta, url: Option<&str>) -> Option<String> {
    let title = meta.title_tag.as_deref()?;
    let headline = simplify(meta.h1s.first()?);
    let host = host_of(url?)?;
    if headline.is_empty() {
        return None;
    }
    let other = SEPARATORS.iter().find_map(|sep| {
        let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
        match parts[..] {
            [a, b] if simplify(a) == headline => Some(b),
            [a, b] if simplify(b) == headline => Some(a),
            _ => None,
        }
    })?;
    let words: Vec<String> = other.split_whitespace().map(simplify).collect();
    let spelled = host
        .split('.')
        .any(|label| label.len() >= 4 && spells(&simplify(label), &words));
    (spelled && (2..=8).contains(&words.len())).then(|| other.to_string())
}

/// Whether `label` is some of `words` run together in order (`uvuvibuluu`: `Uvuvi`, `Buluu`),
/// two at least, or their initials.
fn spells(label: &str, words: &[String]) -> bool {
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    initials == label || runs_together(label, words, 0)
}

fn runs_together(label: &str, words: &[String], used: usize) -> bool {
    if label.is_empty() {
        return used >= 2;
    }
    words.iter().enumerate().any(|(i, w)| {
        !w.is_empty()
            && label
                .strip_prefix(w.as_str())
                .is_some_and(|rest| runs_together(rest, &words[i + 1..], used + 1))
    })
}
