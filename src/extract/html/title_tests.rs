//! Tests of title.rs.

use super::*;
use crate::extract::html::logo::logo_name;

#[test]
fn titles_lose_the_site_suffix() {
    assert_eq!(
        clean_title("Storm hits coast - BBC News", Some("BBC News"), None),
        "Storm hits coast"
    );
    assert_eq!(
        clean_title(
            "Storm hits coast | The Daily Planet",
            None,
            Some("dailyplanet.com")
        ),
        "Storm hits coast"
    );
    assert_eq!(
        clean_title("Left - right - centre", None, None),
        "Left - right - centre"
    );
    assert_eq!(
        clean_title("Mozilla - Wikipedia", None, Some("en.wikipedia.org")),
        "Mozilla"
    );
    assert_eq!(
        clean_title(
            "How we designed Dropbox’s ATF - an async task framework",
            Some("Dropbox"),
            Some("dropbox.tech")
        ),
        "How we designed Dropbox’s ATF - an async task framework"
    );
}

#[test]
fn agreement_beats_a_lone_description() {
    let meta = Meta {
        h1s: vec!["New Zealand".into()],
        title_tag: Some("New Zealand - Wikipedia".into()),
        ld: super::super::jsonld::LdArticle {
            headline: Some("constitutional monarchy in Oceania".into()),
            ..Default::default()
        },
        ..Default::default()
    };
    assert_eq!(
        choose(&meta, None, None, Some("en.wikipedia.org")),
        ("New Zealand".to_string(), "h1")
    );
}

#[test]
fn the_printed_headline_wins_when_a_declaration_backs_it() {
    // og:title rewritten for sharing; `<title>` (minus the site) and the `<h1>` agree.
    let mut meta = Meta {
        h1s: vec!["Rosario: el puerto vuelve a recibir cruceros después de 15 años".into()],
        title_tag: Some(
            "Rosario: el puerto vuelve a recibir cruceros después de 15 años - La Voz".into(),
        ),
        ..Default::default()
    };
    meta.tags.insert(
        "og:title".into(),
        vec!["Después de 15 años, los cruceros vuelven a Rosario".into()],
    );
    let main = MainContent {
        title: "Después de 15 años, los cruceros vuelven a Rosario".into(),
        ..Default::default()
    };
    assert_eq!(
        choose(&meta, Some(&main), Some("La Voz"), None),
        (
            "Rosario: el puerto vuelve a recibir cruceros después de 15 años".to_string(),
            "h1"
        )
    );
    // A `<title>` cut short backs the whole headline; the site's logo `<h1>` comes first.
    let mut meta = Meta {
        h1s: vec![
            "Báo Miền Tây".into(),
            "Cần Thơ khởi công cầu Trần Hoàng Na 2, dự kiến hoàn thành sau 18 tháng".into(),
        ],
        title_tag: Some("Cần Thơ khởi công cầu Trần Hoàng Na 2 | Báo Miền Tây".into()),
        ..Default::default()
    };
    meta.tags.insert(
        "og:title".into(),
        vec!["Khởi công cầu Trần Hoàng Na 2".into()],
    );
    assert_eq!(
        choose(&meta, None, Some("Báo Miền Tây"), None).0,
        "Cần Thơ khởi công cầu Trần Hoàng Na 2, dự kiến hoàn thành sau 18 tháng"
    );
    // An `<h1>` nothing backs (a section name) does not beat an agreeing pair.
    let meta = Meta {
        h1s: vec!["Opinion".into()],
        title_tag: Some("Why the bridge matters".into()),
        ld: super::super::jsonld::LdArticle {
            headline: Some("Why the bridge matters".into()),
            ..Default::default()
        },
        ..Default::default()
    };
    assert_eq!(choose(&meta, None, None, None).0, "Why the bridge matters");
}

#[test]
fn a_logo_names_the_site_when_the_title_ends_with_it() {
    let mut meta = Meta {
        title_tag: Some("上海地铁18号线二期开工 预计2027年通车|地铁|上海_云易新闻".into()),
        logo_alts: vec!["云易新闻".into()],
        ..Default::default()
    };
    assert_eq!(logo_name(&meta).as_deref(), Some("云易新闻"));
    meta.logo_alts = vec!["Home".into()];
    assert_eq!(logo_name(&meta), None);
}

#[test]
fn a_site_name_is_no_title() {
    let mut meta = Meta {
        title_tag: Some("These are the 8 coolest PlayStation VR games".into()),
        ..Default::default()
    };
    meta.tags
        .insert("og:title".into(), vec!["Yahoo News".into()]);
    meta.tags
        .insert("og:site_name".into(), vec!["Yahoo News".into()]);
    assert_eq!(
        choose(&meta, None, None, None).0,
        "These are the 8 coolest PlayStation VR games"
    );
}

#[test]
fn the_one_printed_headline_beats_agreeing_seo_titles() {
    // `<title>`, og:title and the Twitter card agree on an SEO title; the page's one `<h1>`
    // prints another headline.
    let mut meta = Meta {
        h1s: vec!["Grannarna säger nej till nytt färjeläge i Kapellskär".into()],
        title_tag: Some("Färjeläget kan flyttas – grannarna protesterar | Roslagsbladet".into()),
        ..Default::default()
    };
    for key in ["og:title", "twitter:title"] {
        meta.tags.insert(
            key.into(),
            vec!["Färjeläget kan flyttas – grannarna protesterar | Roslagsbladet".into()],
        );
    }
    assert_eq!(
        choose(&meta, None, Some("Roslagsbladet"), None),
        (
            "Grannarna säger nej till nytt färjeläge i Kapellskär".to_string(),
            "h1"
        )
    );
    // A short heading is a section's name, and two `<h1>`s leave the choice to agreement.
    meta.h1s = vec!["Lokalt".into()];
    assert_eq!(
        choose(&meta, None, Some("Roslagsbladet"), None).0,
        "Färjeläget kan flyttas – grannarna protesterar"
    );
}
