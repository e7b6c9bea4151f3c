//! Tests of metadata.rs.

use super::*;
use crate::extract::html::element_classes::is_date_class;

#[test]
fn date_classes_end_in_time_and_access_dates_are_none() {
    assert!(is_date_class("post_time "));
    assert!(is_date_class("create "));
    assert!(!is_date_class("read-time "));
    assert!(!is_date_class("reference-accessdate "));
}

#[test]
fn a_portal_names_its_writer_in_an_author_class_and_itself_in_its_logo() {
    let html = "<html><head><title>Metro line opens|Metro|City_Yunyi</title>\
        <meta name=\"author\" content=\"Yunyi\"></head><body>\
        <a class=\"logo\" href=\"/\"><img src=\"l.png\" alt=\"Yunyi\"></a>\
        <h1>Metro line opens</h1><p class=\"post_author\">By Li Ming</p>\
        <div class=\"author-bio\">Li Ming writes about transport.</div></body></html>";
    let page = Dom::parse(html);
    let meta = read(&page);
    assert_eq!(meta.logo_alts, vec!["Yunyi"]);
    assert_eq!(meta.byline_elements, vec!["By Li Ming"]);
    let article = super::super::read_html_str(html).expect("read");
    assert_eq!(article.publisher.as_deref(), Some("Yunyi"));
    assert_eq!(article.provenance.get("publisher"), Some(&"logo"));
    assert_eq!(article.authors, vec!["Li Ming"]);
}

#[test]
fn the_link_home_names_the_site_that_the_title_ends_with() {
    // No declaration names the site; the logo link prints the name the `<title>` ends with.
    let html = "<html><head><title>Council pauses stopbank work :: The Kapiti Ledger</title>\
        <meta name=\"author\" content=\"The Kapiti Ledger\"></head><body>\
        <header class=\"header\"><a href=\"/\" class=\"logo\">The Kapiti Ledger</a>\
        <a href=\"/\">Home</a></header>\
        <h1>Council pauses stopbank work</h1></body></html>";
    let article = super::super::read_html_str(html).expect("read");
    assert_eq!(article.publisher.as_deref(), Some("The Kapiti Ledger"));
    // A home link with an image (`<a href="/" class="brand">`) gives its alternative text.
    let html = "<html><head><title>Coral survey: volunteers wanted | Pacific Reef Watch</title>\
        </head><body><div class=\"site-header\"><a href=\"/\" class=\"brand w-nav-brand\">\
        <img src=\"l.svg\" alt=\"Pacific Reef Watch\"></a></div>\
        <h1>Coral survey: volunteers wanted</h1></body></html>";
    let article = super::super::read_html_str(html).expect("read");
    assert_eq!(article.publisher.as_deref(), Some("Pacific Reef Watch"));
}

#[test]
fn every_writer_of_a_nested_byline_block_is_read() {
    // Each writer's name and role in elements of their own, inside one byline block.
    let html = "<html><head><title>Ferry berth repairs cut timetable</title></head><body>\
        <h1>Ferry berth repairs cut timetable</h1><div class=\"cmp-byline\">\
        <div class=\"cmp-byline__contributors\"><span class=\"cmp-byline__name\">Rhian \
        Pritchard</span> <span class=\"cmp-byline__role\">Wales transport correspondent</span>\
        </div> <div class=\"cmp-byline__contributors\"><span class=\"cmp-byline__name\">Callum \
        Doherty</span> <span class=\"cmp-byline__role\">APB News NI</span></div></div>\
        <p>Sailings from Holyhead will run every other hour while the berth is repaired.</p>\
        </body></html>";
    let article = super::super::read_html_str(html).expect("read");
    assert_eq!(article.authors, vec!["Rhian Pritchard", "Callum Doherty"]);
}

#[test]
fn a_block_of_credits_one_a_line_names_the_writer() {
    let html = "<html><head><title>Cold room opens</title></head><body>\
        <h1>Cold room opens for the fishers</h1>\
        <div class=\"t-text\">Words: Marcia Joseph-Auguste<br>Photos: Kendall St. Rose<br>\
        12 February 2026</div><p>The cold room at the fishing complex was switched on.</p>\
        </body></html>";
    let article = super::super::read_html_str(html).expect("read");
    assert_eq!(article.authors, vec!["Marcia Joseph-Auguste"]);
    assert_eq!(article.published.as_deref(), Some("2026-02-12"));
}

#[test]
fn the_mastheads_plain_link_home_names_the_site() {
    let html = "<html><head><title>River clean-up fills forty trucks - Nature Isle Notebook\
        </title><link rel=\"canonical\" href=\"https://www.natureisle.example/2026/11/river.html\">\
        </head><body><div id=\"header\"><div id=\"header-name\">\
        <a href=\"https://www.natureisle.example/\">Nature Isle Notebook</a></div></div>\
        <h1>River clean-up fills forty trucks</h1><p>Volunteers filled forty trucks.</p>\
        </body></html>";
    let article = super::super::read_html_str(html).expect("read");
    assert_eq!(article.publisher.as_deref(), Some("Nature Isle Notebook"));
}
