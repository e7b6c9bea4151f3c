//! Where the fields settle once every line has its role: the authors left after the site's own
//! names are taken out, and the publisher chosen among the names the page gives itself.

use super::{Found, Role, agencies, app_share, byline, footer, masthead_top, section};
use crate::extract::lexicon;
use crate::extract::limits::MAX_AUTHORS;

/// The names a page gives itself, read before its lines were placed.
pub(super) struct PageNames {
    /// The logo's text (see `site::site_name`).
    pub site_name: Option<String>,
    /// The logo after a "Skip to content" link.
    pub skip_brand: Option<String>,
    /// `(headline, site)` from `Headline | Site` title lines.
    pub title_lines: Vec<(String, String)>,
    /// The publication a copy names as its origin.
    pub origin: Option<String>,
    /// A clip's masthead that spells its address.
    pub domain_brand: Option<String>,
    pub standalone_masthead: masthead_top::Standalone,
    /// A forwarded newsletter's sender.
    pub email_sender: Option<String>,
    /// The name both the page's first and its last lines print.
    pub repeated_masthead: Option<String>,
    /// The site a hosting disclaimer names (see `disclaimer::host`).
    pub disclaimer_host: Option<String>,
    /// Logos at the top of the page (see `site::logo_owner::logos`).
    pub top_logos: super::site::logo_owner::TopLogos,
    /// The site a prompt names (`Follow The Padma Observer on Google News`).
    pub promoted: Option<String>,
    /// A portal's partner outlet (see `partner::outlet`).
    pub partner: Option<super::partner::Outlet>,
    /// The source a web clipper's field box names (see `field_box::clip_source`).
    pub clip_source: Option<String>,
    /// A chat export's channel (see `chat_copy`).
    pub chat_channel: Option<String>,
}

/// Letters and digits in lower case: `The Daily Wrap ©` and `the daily wrap` are one name.
pub(super) fn name_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The credited writers in file order, without repeats, agencies or the site's own names.
pub(super) fn authors(found: &mut Found, site_name: Option<&str>, lines: &[String]) -> Vec<String> {
    found.authors.sort_by_key(|(i, _)| *i);
    let mut authors: Vec<String> = Vec::new();
    for (_, name) in std::mem::take(&mut found.authors) {
        // One past the cap is enough for the note (limits.rs); the look-up stays bounded.
        if authors.len() > MAX_AUTHORS {
            break;
        }
        if !authors.contains(&name) {
            authors.push(name);
        }
    }
    agencies::sort_authors(&mut authors, &mut found.sources);
    // `প্ৰাঞ্জল বৰাৰ প্ৰফাইল ছবি` over `প্ৰাঞ্জল বৰা`: an avatar's alt text (the writer's name
    // and more words) beside the name itself is no second writer.
    let named: Vec<String> = authors.clone();
    authors.retain(|a| {
        !named.iter().any(|n| {
            n != a
                && a.starts_with(n.as_str())
                && a.split_whitespace().count() > n.split_whitespace().count()
        })
    });
    // The first name is the writer's; a later one the copy credits as an outlet is a source.
    let first = authors.first().cloned().unwrap_or_default();
    let credited: Vec<String> = authors
        .iter()
        .skip(1)
        .filter(|a| super::outlet_names::is_credited_outlet(a, &first, lines))
        .cloned()
        .collect();
    for name in &credited {
        agencies::add_source(&mut found.sources, name);
    }
    authors.retain(|a| !credited.contains(a));
    // `Le Monde | 04.05.2015 à 13h36`: the site's name beside the date is no author.
    // `© 2024 Priya Raman` under a newsletter: a person who owns the copyright is its writer,
    // not a site's name to keep out of the authors.
    let owner_is_person = found.provenance.get("publisher") == Some(&"copyright-line")
        && found
            .publisher
            .as_deref()
            .is_some_and(byline::is_known_person);
    let publisher = found.publisher.as_deref().filter(|_| !owner_is_person);
    let site_names: Vec<String> = [publisher, site_name]
        .into_iter()
        .flatten()
        .map(name_key)
        .collect();
    // `Local Democracy Reporting Service` after the writer's name: a body, not a person.
    authors.retain(|a| !is_body_name(a));
    // Nor is the logo's text (`Logo Η Φωτοβολίδα`) when it sits where a byline might.
    authors.retain(|a| {
        let a = name_key(a);
        !site_names.iter().any(|s| {
            *s == a
                || (a.chars().count() >= 4 && s.starts_with(&a))
                || (s.chars().count() >= 4 && a.ends_with(s.as_str()))
        })
    });
    authors
}

/// Three words or more ending in an organisation's form (`… Reporting Service`, `… Media
/// Council`) and not opened by a given name: an organisation, where a person's name was looked
/// for (`Iain Banks` and `Tyra Banks` stay persons).
fn is_body_name(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(lexicon::lower).collect();
    words.len() >= 3
        && words
            .last()
            .is_some_and(|w| lexicon::is_organisation_form(w))
        && lexicon::given_name(&words[0]).is_none()
}

/// Chooses the publisher among the names found, strongest evidence last.
pub(super) fn publisher(
    found: &mut Found,
    names: PageNames,
    title: &str,
    lines: &[String],
    roles: &[Role],
) {
    // The brand a masthead names beats the company's longer legal name in the copyright line
    // (`Metro Courier` over `Metro Courier Media Group`).
    if let Some(masthead) = found.masthead.take() {
        if found
            .publisher
            .as_deref()
            .is_none_or(|p| p.starts_with(masthead.as_str()))
        {
            found.publisher = Some(masthead);
            found.provenance.insert("publisher", "masthead");
        }
    }
    // The publication a copy names as its origin beats the owner's name in a copyright line;
    // the site's own name (its logo's text) beats both.
    if let Some(name) = names.origin {
        found.publisher = Some(name);
        found.provenance.insert("publisher", "origin-line");
    }
    if let Some(name) = names.site_name.clone().filter(|name| name != title) {
        found.publisher = Some(name);
        found.provenance.insert("publisher", "site-name");
    }
    // The page's own title line names the site as the site names itself.
    // (A copy's stated origin stays: a syndicated page's title line names the host.)
    let from_origin = found.provenance.get("publisher") == Some(&"origin-line");
    let title_line_site = names
        .title_lines
        .into_iter()
        .find(|(headline, _)| headline == title)
        .map(|(_, name)| name);
    if let Some(name) = title_line_site.filter(|_| !from_origin) {
        found.publisher = Some(name);
        found.provenance.insert("publisher", "title-line");
    }
    // The logo after a "Skip to content" link, where nothing better names the site.
    let from_company = matches!(
        found.provenance.get("publisher").copied(),
        None | Some("copyright-line" | "company-line")
    );
    if names.site_name.is_none() && from_company {
        if let Some(name) = names.skip_brand.clone().filter(|name| name != title) {
            found.publisher = Some(name);
            found.provenance.insert("publisher", "skip-link");
        }
    }
    // A reader view's or app's copy: the masthead directly above the headline.
    masthead_top::above_title(
        lines,
        roles,
        &mut found.publisher,
        &mut found.category,
        &mut found.provenance,
    );
    // A clip's masthead that spells the address it was clipped from.
    if found.publisher.is_none() {
        if let Some(name) = names.domain_brand {
            found.publisher = Some(name);
            found.provenance.insert("publisher", "address-masthead");
        }
    }
    // A copy shared from an app names the publication in its footer, where nothing else does,
    // or more fully (`KDFX` in the copyright, `Shared from the KDFX 8 News app`).
    if let Some(name) = app_share::app_name(lines, title).filter(|name| {
        found
            .publisher
            .as_deref()
            .is_none_or(|p| name.starts_with(&format!("{p} ")))
    }) {
        found.publisher = Some(name);
        found.provenance.insert("publisher", "app-footer");
    }
    // A wire's own site credits its writers' contributions under its name.
    if found.publisher.is_none() {
        if let Some(name) = super::contributors::staff_outlet(lines)
            .filter(|name| !crate::extract::lexicon::is_news_agency(name))
        {
            found.publisher = Some(name);
            found.provenance.insert("publisher", "contribution-line");
        }
    }
    // A press-release portal's disclaimer names the portal.
    if found.publisher.is_none() {
        if let Some(name) = names.disclaimer_host.clone() {
            found.publisher = Some(name);
            found.provenance.insert("publisher", "disclaimer");
        }
    }
    // A broadcast transcript's sign-off names the broadcaster.
    if found.publisher.is_none() {
        if let Some(name) = super::sign_off::broadcaster(lines) {
            found.publisher = Some(name);
            found.provenance.insert("publisher", "sign-off");
        }
    }
    masthead_top::standing_alone(
        names.standalone_masthead,
        lines,
        roles,
        &mut found.publisher,
        &mut found.provenance,
    );
    // The name at both ends of the page beats a logo's text or a company's name read at one
    // end; a copy's stated origin stays (a portal's own name frames a syndicated story), and
    // so does a section the page prints over the headline and again in its footer.
    let from_origin = found.provenance.get("publisher") == Some(&"origin-line");
    let section = found.category.as_deref().map(name_key);
    if let Some(name) = names
        .repeated_masthead
        .filter(|name| !from_origin && section != Some(name_key(name)))
    {
        found.publisher = Some(name);
        found.provenance.insert("publisher", "masthead-and-footer");
    }
    if found.publisher.is_none() {
        if let Some(name) = super::masthead_repeat::named_in_byline(lines) {
            found.publisher = Some(name);
            found.provenance.insert("publisher", "masthead-and-byline");
        }
    }
    // The logo printed longer in the byline block (`BPC` … `BPC News`) is how the outlet signs
    // its writers' work; a copy's stated origin stays.
    let bylines: Vec<usize> = (0..lines.len())
        .filter(|&i| matches!(roles[i], Role::Author | Role::Date))
        .take(4)
        .collect();
    let logos = [names.site_name.as_deref(), names.skip_brand.as_deref()];
    if let Some(name) = logos
        .into_iter()
        .flatten()
        .filter(|_| !from_origin)
        .find_map(|logo| super::masthead_repeat::logo_named_in_byline(logo, lines, &bylines))
    {
        found.publisher = Some(name);
        found.provenance.insert("publisher", "logo-in-byline");
    }
    // `RR Uudised` at the top, `© 2026 Rahvuslik Ringhääling` at the bottom: the logo. So is
    // `The Albion` over `© 2026 Albion News & Media Limited`.
    if let Some(logo) = found
        .publisher
        .as_deref()
        .filter(|_| !from_origin)
        .and_then(|p| {
            let company = matches!(
                found.provenance.get("publisher").copied(),
                Some("copyright-line" | "company-line")
            );
            super::site::logo_owner::agreeing(&names.top_logos.names, p, company)
        })
    {
        found.publisher = Some(logo);
        found.provenance.insert("publisher", "logo-and-owner");
    }
    let company_only = matches!(
        found.provenance.get("publisher").copied(),
        Some("copyright-line" | "company-line")
    );
    if let Some(logo) = found
        .publisher
        .as_deref()
        .filter(|_| company_only && !from_origin)
        .and_then(|company| super::site::logo_owner::over_company(&names.top_logos, company))
    {
        found.publisher = Some(logo);
        found.provenance.insert("publisher", "logo-over-company");
    }
    // `Segui Salento Sera su WhatsApp`: the masthead, where only a company or nothing named
    // one; a company's name the prompt only lengthens (`Telegraph`, `Follow Telegraph News`)
    // stays.
    let company_only = matches!(
        found.provenance.get("publisher").copied(),
        None | Some("copyright-line" | "company-line")
    );
    let lengthens = |name: &String| {
        found.publisher.as_deref().is_some_and(|p| {
            let (p, n) = (name_key(p), name_key(name));
            n.starts_with(&p) || n.strip_prefix("the").is_some_and(|n| n.starts_with(&p))
        })
    };
    if let Some(name) = names
        .promoted
        .filter(|name| company_only && !from_origin && !lengthens(name))
    {
        found.publisher = Some(name);
        found.provenance.insert("publisher", "prompt-line");
    }
    // A portal's logo heads the page; the outlet it follows the story to owns the story.
    if let Some(partner) = names.partner {
        found.publisher = Some(partner.name);
        found.provenance.insert("publisher", "partner-line");
        if let Some(date) = partner.date {
            found.published = Some(date);
            found.provenance.insert("published", "partner-line");
        }
    }
    if let Some(sender) = names.email_sender {
        found.publisher = Some(sender);
        found.provenance.insert("publisher", "email-sender");
    }
    if let Some(named) = found
        .publisher
        .as_deref()
        .and_then(|p| footer::with_article(p, lines))
    {
        found.publisher = Some(named);
    }
    // `Źródło: PAP, Głos Poznania`: the site crediting itself is no source. A wire's own site
    // still credits the wire in its dateline (`HONG KONG, Nov 24 (Harbour Wire) -`).
    let from_dateline = found.provenance.get("sources") == Some(&"dateline");
    if let Some(publisher) = found
        .publisher
        .as_deref()
        .map(name_key)
        .filter(|_| !from_dateline)
    {
        // `Sunrise104.3FM.com` is the site `Sunrise 104.3 FM` by its address.
        let own = |s: &str| {
            let host = s.rsplit_once('.').map_or(s, |(host, _)| host);
            name_key(s) == publisher || (section::is_bare_domain(s) && name_key(host) == publisher)
        };
        found.sources.retain(|s| !own(s));
        // `This story first appeared in our sister title Port Asia Weekly` on another site's
        // page: the story's first publisher is a source the site credits.
        for name in lines
            .iter()
            .filter_map(|l| super::site::first_appeared_in(l))
        {
            let key = name_key(&name);
            if key != publisher && !found.sources.iter().any(|s| name_key(s) == key) {
                found.sources.push(name);
            }
        }
    }
    // `THE LAGOS LANTERN` above the headline is the site, not a section.
    if found.category.as_deref().is_some_and(|c| {
        [found.publisher.as_deref(), names.site_name.as_deref()]
            .into_iter()
            .flatten()
            .any(|p| name_key(p) == name_key(c))
    }) {
        found.category = None;
    }
    // Where nothing else named one: a clip's source field, then a chat export's channel.
    for (name, how) in [
        (names.clip_source, "clip-source"),
        (names.chat_channel, "chat-header"),
    ] {
        if let Some(name) = name.filter(|_| found.publisher.is_none()) {
            found.publisher = Some(name);
            found.provenance.insert("publisher", how);
        }
    }
}
