//! Dates round 2 (session 25) on small pages: htmldate's sources that Chronicle lacked. A
//! custom element's `datetime` (AMP's `<amp-timeago>`) is a `<time>`; RDFa's `property` and
//! `content` on a body element declare a date as `<meta>` does; `posted` inside a class names
//! a date's element; a date line under the headline may be written in another calendar.

use super::read_html_str;

/// A story page: `header` between the headline and the text's block, `footer` after that
/// block, and a related list with another day's date.
fn page(header: &str, footer: &str) -> String {
    format!(
        "<html><head><title>Road works begin on the ring road | Valley Times</title></head>\
         <body><main><h1>Road works begin on the ring road</h1>{header}<div class=\"entry\">\
         <p>Crews began resurfacing the northern half of the ring road on Monday morning, and \
         the council said the work would close one lane in each direction until the end of \
         the month while the drains beside it are replaced.</p>\
         <p>Drivers were asked to use the old bridge instead during the morning rush, and the \
         bus company said its two routes along the ring road would run a few minutes late.</p>\
         <p>Shop owners on the northern stretch said they had been told of the works only last \
         week and asked the council to keep the side streets open for deliveries.</p></div>\
         {footer}</main>\
         <aside><h3>More news</h3><ul><li><a href=\"/n/1\">Market hall reopens</a> \
         <span>November 22, 2026</span></li></ul></aside></body></html>"
    )
}

fn published(html: &str) -> Option<String> {
    read_html_str(html).ok().and_then(|a| a.published)
}

#[test]
fn amp_timeago_gives_the_time_a_relative_line_prints() {
    let html = page(
        "<p class=\"meta\"><amp-timeago datetime=\"2026-11-23T11:05:00+05:30\" \
         layout=\"fixed\">3 hours ago</amp-timeago></p>",
        "",
    );
    assert_eq!(
        published(&html).as_deref(),
        Some("2026-11-23T11:05:00+05:30")
    );
}

#[test]
fn an_rdfa_span_declares_the_date_as_a_meta_tag_does() {
    let html = page(
        "<span property=\"dc:date dc:created\" content=\"2026-11-16T10:05:00+02:00\" \
         datatype=\"xsd:dateTime\" class=\"rdf-meta element-hidden\"></span>",
        "",
    );
    assert_eq!(
        published(&html).as_deref(),
        Some("2026-11-16T10:05:00+02:00")
    );
}

#[test]
fn posted_inside_a_class_names_the_dates_element() {
    let html = page(
        "",
        "<p class=\"cw-posted\">Posted 18/11/26 · <a href=\"/news\">Back to news</a></p>",
    );
    assert_eq!(published(&html).as_deref(), Some("2026-11-18"));
}

#[test]
fn a_date_line_under_the_headline_may_open_with_an_ethiopian_month() {
    // An Ethiopian date (Hidar 8, 2019 E.C.) beside the issuing office, under the headline.
    let html = page(
        "<div class=\"meta\">ኅዳር 8 ቀን 2019 ዓ.ም. | የሕዝብ ግንኙነት ዳይሬክቶሬት</div>",
        "",
    );
    assert_eq!(published(&html).as_deref(), Some("2026-11-17"));
}
