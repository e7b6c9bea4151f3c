//! The publisher's name, from the sources that name the site in order of trust: what a
//! platform's page shows, the declared site name (brand first), JSON-LD, the logo's name where
//! another place agrees with it, the link home, and the `<title>` with the address.

use super::MainContent;
use super::metadata::Meta;

/// Each source's name for the site with where it was read (`meta`, `json-ld`, `logo`…), in
/// order of trust; the first that names one is the publisher.
pub(super) fn declared<'a>(
    meta: &'a Meta,
    main: Option<&'a MainContent>,
    url: Option<&'a str>,
) -> impl Iterator<Item = (&'static str, Option<String>)> + 'a {
    let site_name = meta.first(&["og:site_name"]);
    let brand_first = site_name
        .as_deref()
        .is_some_and(|site| super::platform::brand_first(meta, site, url));
    [
        ("agreement", meta.shown_publication.clone()),
        ("home-link", super::platform::publication(meta, url)),
        ("meta", site_name.filter(|_| brand_first)),
        ("json-ld", meta.ld.publisher.clone()),
        ("logo", super::platform::spaced_site_name(meta)),
        (
            "meta",
            meta.first(&[
                "og:site_name",
                "application-name",
                "citation_publisher",
                "dc.publisher",
            ]),
        ),
        // The JSON-LD `WebSite`'s name, the site's own name for itself.
        ("json-ld", meta.ld.website.clone()),
        ("extractor", main.and_then(|m| m.site_name.clone())),
        ("logo", super::logo::logo_name(meta)),
        ("logo", super::logo::logo_as_author(meta)),
        ("logo", super::logo::logo_in_footer(meta)),
        ("home-link", super::platform::home_link_name(meta, url)),
        ("title", super::title_name::site_in_title(meta, url)),
        ("logo", super::logo_parts::logo_name_part(meta)),
    ]
    .into_iter()
    // An archive's copy declares the archive's name for the site it keeps.
    .map(|(source, name)| {
        (
            source,
            name.filter(|n| !super::archive_copy::names_archive(meta, n)),
        )
    })
}
