//! Publications shown by a platform: an e-paper reader (`… - The Karoo Courier - ReadPapers`),
//! a reader app's web preview, a podcast or newsletter host. The page declares the platform as
//! its site (`og:site_name`), while the publication is named by several other parts of the
//! page at once: a part of the `<title>` or of the description, the feed's title, the logo, an
//! image's alternative text (the cover), a link to the publication's own folder of the
//! address, the copyright line. Agreement of two of them names the publication when one is
//! what the page calls itself (`<title>`, description, feed) and one is beyond the `<title>` and
//! the folder link (a section's name is only ever in those two; a platform's company in its
//! logo and copyright line names no other document).

use super::dom::Dom;
use super::metadata::{Meta, host_of, simplify};
use crate::model::normalize_line;

/// Where a name was read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    TitlePart,
    Description,
    FolderLink,
    Logo,
    Cover,
    Feed,
    Copyright,
}

/// The publication a platform's page shows, when parts of the page agree on a name other than
/// the declared site's.
pub fn publication(page: &Dom, meta: &Meta) -> Option<String> {
    let site = simplify(&meta.first(&["og:site_name"])?);
    if site.is_empty() {
        return None;
    }
    let mut names: Vec<(String, Source)> = Vec::new();
    let mut first_is_name = false;
    if let Some(title) = meta.title_tag.as_deref() {
        // The first part is the headline on most pages; a platform's page may hold none in its
        // `<title>` (`Die Karoo Koerier — Koerantkiosk`), and then it names the publication:
        // a short first part that no `<h1>` and no `og:title` holds or is held by.
        let parts: Vec<String> = title_parts(title).collect();
        let headlines: Vec<String> = (meta.h1s.iter().cloned())
            .chain(meta.all("og:title"))
            .map(|h| simplify(&h))
            .collect();
        first_is_name = parts.len() >= 2
            && parts[0].split_whitespace().count() <= 5
            && !headlines.iter().any(|h| {
                let first = simplify(&parts[0]);
                h.contains(&first) || first.contains(h.as_str())
            });
        let skipped = usize::from(!first_is_name);
        names.extend((parts.into_iter().skip(skipped)).map(|p| (p, Source::TitlePart)));
    }
    // `The Nile Dispatch · PaperStand`: a description naming the publication, then the site.
    if let Some(description) = meta.first(&["og:description"]) {
        let parts: Vec<String> = title_parts(&description).collect();
        if parts.len() >= 2 && parts.last().is_some_and(|p| simplify(p) == site) {
            let named = parts.len() - 1;
            names.extend(
                parts
                    .into_iter()
                    .take(named)
                    .map(|p| (p, Source::Description)),
            );
        }
    }
    names.extend(meta.logo_alts.iter().map(|a| (a.clone(), Source::Logo)));
    let address = meta.canonical.clone().or_else(|| meta.first(&["og:url"]));
    let folder = address.as_deref().and_then(path_of);
    let host = address.as_deref().and_then(host_of);
    for (id, node) in page.nodes.iter().enumerate() {
        match node.tag.as_str() {
            "" if node.text.contains('©') && node.text.len() < 300 => {
                let from = node.text.find('©').unwrap_or(0);
                let line = normalize_line(&node.text[from..]);
                if let Some(owner) = crate::extract::text::copyright_owner(&line) {
                    names.push((owner, Source::Copyright));
                }
            }
            // An image's alternative text beyond the logo's (`<img src="/covers/…" alt="Die
            // Karoo Koerier">`) on a page whose `<title>` holds no headline: the issue's cover
            // names the publication. (Beside a headline, an image names a story or a work.)
            "img" if first_is_name => {
                let alt = normalize_line(node.attr("alt").unwrap_or_default());
                if !alt.is_empty() && alt.chars().count() <= 80 && !meta.logo_alts.contains(&alt) {
                    names.push((alt, Source::Cover));
                }
            }
            "link" if is_feed(node) => {
                if let Some(title) = node.attr("title") {
                    names.push((normalize_line(title), Source::Feed));
                }
            }
            "a" => {
                let (Some(href), Some(folder)) = (node.attr("href"), folder.as_deref()) else {
                    continue;
                };
                if links_to_folder(href, host.as_deref(), folder) {
                    names.push((page.text(id), Source::FolderLink));
                }
            }
            _ => {}
        }
    }
    let agreed = |key: &str| {
        let sources: Vec<Source> = names
            .iter()
            .filter(|(n, _)| simplify(n) == key)
            .map(|(_, s)| *s)
            .collect();
        let kinds = [
            Source::TitlePart,
            Source::Description,
            Source::FolderLink,
            Source::Logo,
            Source::Cover,
            Source::Feed,
            Source::Copyright,
        ]
        .iter()
        .filter(|k| sources.contains(k))
        .count();
        let declared =
            |s: &&Source| matches!(s, Source::TitlePart | Source::Description | Source::Feed);
        kinds >= 2
            && sources.iter().any(|s| declared(&s))
            && sources
                .iter()
                .any(|s| !matches!(s, Source::TitlePart | Source::FolderLink))
    };
    // A section has its own feed (`Monde`); a platform hosting a blog (`stevenhgm.pixnet.net`)
    // is named in the `<title>` and logo while the site is the blog: neither is a publication.
    let section: Vec<String> = [meta.ld.section.clone(), meta.first(&["article:section"])]
        .into_iter()
        .flatten()
        .map(|s| simplify(&s))
        .collect();
    let host_labels: Vec<String> = host
        .as_deref()
        .map(|h| h.split('.').collect::<Vec<_>>())
        .map(|labels| {
            labels[..labels.len().saturating_sub(1)]
                .iter()
                .map(|l| simplify(l))
                .collect()
        })
        .unwrap_or_default();
    names.iter().map(|(n, _)| normalize_line(n)).find(|n| {
        let key = simplify(n);
        // Not the site under another spelling (`The Guardian` for `Guardian`).
        !key.is_empty()
            && !key.contains(&site)
            && !site.contains(&key)
            && !section.contains(&key)
            && !host_labels
                .iter()
                .any(|l| l.len() >= 4 && key.contains(l.as_str()))
            && n.split_whitespace().count() <= 8
            && agreed(&key)
    })
}

/// The parts of a `<title>` between separators, trimmed.
fn title_parts(title: &str) -> impl Iterator<Item = String> + '_ {
    let mut parts = vec![title.to_string()];
    for sep in super::title::SEPARATORS {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    parts.into_iter().map(|p| normalize_line(&p))
}

/// `<link rel="alternate" type="application/rss+xml">`: a feed, whose title is the publication's.
fn is_feed(node: &super::dom::Node) -> bool {
    let rel = node.attr("rel").unwrap_or_default().to_ascii_lowercase();
    let kind = node.attr("type").unwrap_or_default().to_ascii_lowercase();
    rel.split_whitespace().any(|r| r == "alternate")
        && (kind.contains("rss") || kind.contains("atom"))
}

/// The path of an absolute address, without the query and a trailing slash.
fn path_of(address: &str) -> Option<String> {
    let (_, rest) = address.split_once("://")?;
    let path = &rest[rest.find('/')?..];
    let path = path.split(['?', '#']).next().unwrap_or(path);
    Some(path.trim_end_matches('/').to_string())
}

/// Whether `href` leads to a folder the page's own path lies in (`/karoo-courier` for
/// `/karoo-courier/20261126/2824…`), on the same site: the publication's home on the platform.
fn links_to_folder(href: &str, host: Option<&str>, page_path: &str) -> bool {
    let path = if href.starts_with('/') && !href.starts_with("//") {
        href.split(['?', '#'])
            .next()
            .unwrap_or(href)
            .trim_end_matches('/')
            .to_string()
    } else if host.is_some() && host_of(href).as_deref() == host {
        path_of(href).unwrap_or_default()
    } else {
        return false;
    };
    !path.is_empty()
        && page_path
            .strip_prefix(&path)
            .is_some_and(|rest| rest.starts_with('/') && rest.len() > 1)
}

#[cfg(test)]
mod tests {
    fn publisher(html: &str) -> Option<String> {
        super::super::read_html_str(html).expect("read").publisher
    }

    #[test]
    fn an_e_paper_readers_page_is_the_newspapers() {
        let html = "<html><head><title>Towns pin hopes on star route - The Karoo Courier - \
            ReadPapers</title><meta property=\"og:site_name\" content=\"ReadPapers\">\
            <link rel=\"canonical\" href=\"https://www.readpapers.co.za/karoo-courier/20261126/2824\">\
            </head><body><a href=\"/\" class=\"rp-logo\">ReadPapers</a>\
            <a href=\"/karoo-courier\">The Karoo Courier</a><h1>Towns pin hopes on star route</h1>\
            <p>Five Karoo towns have joined forces to market a dark skies route for visitors.</p>\
            <div>Added 25 Nov 2026 · © 2026 The Karoo Courier. All rights reserved.</div></body></html>";
        assert_eq!(publisher(html).as_deref(), Some("The Karoo Courier"));
        // The `<title>` and a folder link alone are what a site's section has too.
        let section = html.replace("© 2026 The Karoo Courier", "© 2026 ReadPapers");
        assert_eq!(publisher(&section).as_deref(), Some("ReadPapers"));
    }

    #[test]
    fn an_apps_preview_names_the_publication_as_author_and_in_its_logo() {
        let html = "<html><head><title>Runway to close for nine days — Tuvalu Tide</title>\
            <meta name=\"Author\" content=\"Tuvalu Tide\">\
            <meta property=\"og:site_name\" content=\"Apple News\"></head><body>\
            <img class=\"an-publisher-logo\" src=\"/l.png\" alt=\"Tuvalu Tide\">\
            <h1>Runway to close for nine days</h1><p>Flights will be suspended while the runway \
            is resurfaced.</p></body></html>";
        let article = super::super::read_html_str(html).expect("read");
        assert_eq!(article.publisher.as_deref(), Some("Tuvalu Tide"));
        assert!(article.authors.is_empty(), "{:?}", article.authors);
    }

    #[test]
    fn a_hosted_newsletter_is_named_by_its_feed_and_title() {
        let html = "<html><head><title>#142 · El subte que no llega · Cuaderno del Sur</title>\
            <link rel=\"alternate\" type=\"application/rss+xml\" title=\"Cuaderno del Sur\" \
            href=\"https://letterpost.email/cuadernodelsur/rss\">\
            <meta property=\"og:site_name\" content=\"Letterpost\"></head><body>\
            <h1>El subte que no llega</h1><p>Hola, esta semana iba a escribirles sobre otra cosa.</p>\
            </body></html>";
        assert_eq!(publisher(html).as_deref(), Some("Cuaderno del Sur"));
        // A section's feed and folder are no publication.
        let section = "<html><head><title>Un troisième Français mort - Libération</title>\
            <meta property=\"og:site_name\" content=\"Libération.fr\">\
            <meta property=\"article:section\" content=\"Monde\">\
            <link rel=\"canonical\" href=\"https://www.liberation.fr/monde/2015/04/30/un\">\
            <link type=\"application/rss+xml\" rel=\"alternate\" title=\"Monde\" href=\"/rss/10/\">\
            </head><body><a href=\"/monde\">Monde</a><h1>Un troisième Français mort</h1>\
            <p>Laurent Fabius a accueilli jeudi matin un premier avion spécial.</p></body></html>";
        assert_eq!(publisher(section).as_deref(), Some("Libération.fr"));
    }

    #[test]
    fn the_platform_hosting_a_blog_is_not_its_publication() {
        let html = "<html><head><title>賞楓 (2) @ 史蒂文的家 :: 痞客邦 PIXNET ::</title>\
            <meta property=\"og:site_name\" content=\"史蒂文的家\">\
            <link rel=\"canonical\" href=\"http://stevenhgm.pixnet.net/blog/post/39926056\">\
            </head><body><a class=\"logo\" href=\"/\"><img src=\"/l.png\" alt=\"痞客邦 PIXNET\"></a>\
            <h1>賞楓 (2)</h1><p>一波波接續性低溫寒流報到，已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣。</p>\
            </body></html>";
        assert_eq!(publisher(html).as_deref(), Some("史蒂文的家"));
    }

    #[test]
    fn a_platforms_company_in_logo_and_copyright_is_no_publication() {
        // The logo and the copyright line agree, but the page never calls itself so.
        let html = "<html><head><title>Ferry sailings cut - APB News</title>\
            <meta property=\"og:site_name\" content=\"APB News\"></head><body>\
            <a href=\"/\" class=\"apb-logo\"><img src=\"/l.svg\" alt=\"Albion Broadcasting\"></a>\
            <h1>Ferry sailings cut</h1><p>Passengers face months of reduced sailings this winter.</p>\
            <footer>Copyright © 2026 Albion Broadcasting.</footer></body></html>";
        assert_eq!(publisher(html).as_deref(), Some("APB News"));
        // A description naming the publication before the site is what the page calls itself.
        let html = "<html><head><title>Juba traders welcome payments - PaperStand</title>\
            <meta property=\"og:site_name\" content=\"PaperStand\">\
            <meta property=\"og:description\" content=\"The Nile Dispatch · PaperStand\"></head><body>\
            <h1>Juba traders welcome payments</h1><p>Traders at Konyokonyo market welcomed it.</p>\
            <span>© The Nile Dispatch. All rights reserved.</span></body></html>";
        assert_eq!(publisher(html).as_deref(), Some("The Nile Dispatch"));
    }
}
