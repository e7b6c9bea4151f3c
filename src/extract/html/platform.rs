//! Publications hosted on a platform (`name.tumblr.com`, `name.livejournal.com`): the page
//! declares the platform as its site (`og:site_name` = `Tumblr`), while the publication names
//! itself in the link to its own home page.

use super::metadata::{Meta, host_of, is_company, simplify};

/// The publication's name on a platform's page: when `og:site_name` is the platform that the
/// page's address is a sub-domain of (`accraeyewitness.tumblr.com` and `Tumblr`), what the link
/// to that sub-domain's home page prints when it spells the sub-domain (`Accra Eyewitness`).
pub fn publication(meta: &Meta, url: Option<&str>) -> Option<String> {
    let host = host_of(url?)?;
    let labels: Vec<&str> = host.split('.').collect();
    // A sub-domain of a platform's domain: three labels or more.
    let platform = labels.len().checked_sub(2).filter(|_| labels.len() >= 3)?;
    let site = simplify(&meta.first(&["og:site_name"])?);
    if site != simplify(labels[platform]) {
        return None;
    }
    meta.home_links
        .iter()
        .find(|(link_host, text)| *link_host == host && simplify(text) == simplify(labels[0]))
        .map(|(_, text)| text.clone())
}

/// The site's name as its link home prints it (`<h1><a href="https://site.example/">Kampala
/// Corner Notes</a></h1>`), when the page's `<title>` opens or ends with the same name
/// (Blogger's `Blog name: Post title`).
pub fn home_link_name(meta: &Meta, url: Option<&str>) -> Option<String> {
    let host = host_of(url?)?;
    let title = meta.title_tag.as_deref()?;
    meta.home_links
        .iter()
        .find(|(link_host, text)| {
            *link_host == host
                && (super::title::ends_with_name(title, text)
                    || super::title::opens_with_name(title, text))
        })
        .map(|(_, text)| text.clone())
}

/// Whether `og:site_name` names the publisher before a JSON-LD publisher that is another
/// (the legal company `Groenwinkel B.V.`, a portal's partner paper): the `<title>` ends with the
/// site's name, or the page's address spells it and its logo prints it (a portal's
/// `beaconstart.com`, `Beacon Start`, showing a partner's story).
pub(super) fn brand_first(meta: &Meta, site: &str, url: Option<&str>) -> bool {
    let Some(publisher) = meta.ld.publisher.as_deref() else {
        return false;
    };
    let titled = meta
        .title_tag
        .as_deref()
        .is_some_and(|t| super::title::ends_with_name(t, site));
    let own_address = url.and_then(host_of).is_some_and(|host| {
        let labels: Vec<&str> = host.split('.').collect();
        labels.len() >= 2 && simplify(labels[labels.len() - 2]) == simplify(site)
    }) && meta.logo_alts.iter().any(|l| simplify(l) == simplify(site));
    (titled || own_address)
        && simplify(publisher) != simplify(site)
        // A platform (`… | Civic Bytes | Medium`) names the publication too.
        && !meta
            .title_tag
            .as_deref()
            .is_some_and(|t| super::title::names_part(t, publisher))
        // A site that calls itself by its address (`lechomosan.be`) is named by the JSON-LD
        // publisher, unless that is the legal company (`Groenwinkel B.V.`).
        && (!is_host_name(site) || is_company(publisher))
}

/// The name a site written as its address (`KabarNasional.id`) goes by, when its logo prints
/// it spaced (`Kabar Nasional`) and the `<title>` ends with it: the same letters, read apart.
pub(super) fn spaced_site_name(meta: &Meta) -> Option<String> {
    let site = meta.first(&["og:site_name"]).filter(|s| is_host_name(s))?;
    let (head, _) = site.trim().rsplit_once('.')?;
    super::logo::logo_name(meta).filter(|logo| simplify(logo) == simplify(head))
}

/// A name written as a host (`lechomosan.be`, `Groenwinkel.nl`): one word with a dot before
/// two to six letters.
fn is_host_name(name: &str) -> bool {
    let name = name.trim();
    !name.contains(char::is_whitespace)
        && name.rsplit_once('.').is_some_and(|(head, tld)| {
            !head.is_empty()
                && (2..=6).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_alphabetic())
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_blog_on_a_platform_is_its_own_publisher() {
        let html = "<html><head><title>Kaneshie floods again</title>\
            <meta property=\"og:site_name\" content=\"Tumblr\">\
            <link rel=\"canonical\" href=\"https://accraeyewitness.tumblr.com/post/7981/floods\">\
            </head><body><a href=\"https://accraeyewitness.tumblr.com/\" class=\"blog-title\">\
            Accra Eyewitness</a><h1>Kaneshie floods again</h1></body></html>";
        let article = super::super::read_html_str(html).expect("read");
        assert_eq!(article.publisher.as_deref(), Some("Accra Eyewitness"));
        // A site on its own domain keeps the name it declares.
        let html = html.replace("accraeyewitness.tumblr.com", "tumblr.com");
        let article = super::super::read_html_str(&html).expect("read");
        assert_eq!(article.publisher.as_deref(), Some("Tumblr"));
    }

    #[test]
    fn a_portal_named_by_its_address_and_logo_publishes_a_partners_story() {
        let html = "<html><head><title>Cruise berth expansion approved</title>\
            <meta property=\"og:site_name\" content=\"Beacon Start\">\
            <link rel=\"canonical\" href=\"https://www.beaconstart.com/en-xl/news/ar-BB1xQ7rT\">\
            <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\
            \"publisher\":{\"@type\":\"Organization\",\"name\":\"The Vincentian Herald\"}}\
            </script></head><body><a href=\"https://www.beaconstart.com/en-xl\" class=\"bs-logo\">\
            Beacon Start</a><h1>Cruise berth expansion approved</h1><p>Cabinet has approved a \
            second cruise berth at Kingstown.</p></body></html>";
        let article = super::super::read_html_str(html).expect("read");
        assert_eq!(article.publisher.as_deref(), Some("Beacon Start"));
        // On the partner's own address, its declaration stands.
        let html = html.replace("beaconstart.com", "vincentianherald.com");
        let article = super::super::read_html_str(&html).expect("read");
        assert_eq!(article.publisher.as_deref(), Some("The Vincentian Herald"));
    }

    #[test]
    fn a_site_written_as_its_address_goes_by_its_logos_spaced_name() {
        let html = "<html><head><title>UMP 2027 naik 6,2 persen - Kabar Nasional</title>\
            <meta property=\"og:site_name\" content=\"KabarNasional.id\"></head><body>\
            <a class=\"kn-logo\" href=\"https://www.kabarnasional.id/\"><img src=\"/l.svg\" \
            alt=\"Kabar Nasional\"></a><h1>UMP 2027 naik 6,2 persen</h1><p>Pemerintah menetapkan \
            upah minimum provinsi 2027 naik 6,2 persen.</p></body></html>";
        let article = super::super::read_html_str(html).expect("read");
        assert_eq!(article.publisher.as_deref(), Some("Kabar Nasional"));
    }

    #[test]
    fn a_blogs_name_linked_home_and_opening_the_title_is_the_site() {
        let html = "<html><head><title>Kampala Corner Notes: Boda boda stages move</title>\
            <meta property=\"og:title\" content=\"Boda boda stages move\">\
            <link rel=\"canonical\" href=\"https://kampalacorner.blogspot.com/2026/02/stages.html\">\
            </head><body><h1><a href=\"https://kampalacorner.blogspot.com/\">Kampala Corner Notes\
            </a></h1><h3>Boda boda stages move</h3><p>Riders are still arguing.</p></body></html>";
        let article = super::super::read_html_str(html).expect("read");
        assert_eq!(article.publisher.as_deref(), Some("Kampala Corner Notes"));
        assert_eq!(article.title, "Boda boda stages move");
    }
}
