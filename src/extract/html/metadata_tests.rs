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
