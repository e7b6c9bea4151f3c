//! Rules of saved pages round 21 (session 23) on small pages: a picture credit after a full
//! stop ends the writer's name; a site name's tagline the logo leaves out is dropped.

use super::read_html_str;

#[test]
fn a_photo_credit_after_a_full_stop_is_no_part_of_the_writer() {
    let html = "<html lang=\"en\"><head><title>Market day in Bo</title></head><body>\
        <main><h1>Market day in Bo</h1>\
        <p><strong>Words: Amara Conteh. Photos: Musa Bangura.</strong></p>\
        <p>Traders came from six chiefdoms on Saturday to sell rice, palm oil and cassava at \
        the new covered market, which the town opened after two years of building.</p>\
        </main></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, vec!["Amara Conteh".to_string()]);
}

#[test]
fn a_site_name_tagline_the_logo_leaves_out_is_no_part_of_the_publisher() {
    let html = "<html lang=\"en\"><head><title>Bridge reopens » Valley Herald - News of the \
        valley</title><meta property=\"og:site_name\" content=\"Valley Herald - News of the \
        valley\"></head><body><header><a class=\"logo\" href=\"/\"><img src=\"/logo.png\" \
        alt=\"Valley Herald\"></a></header><main><h1>Bridge reopens</h1>\
        <p>The old river bridge reopened to traffic on Monday after four months of repairs to \
        its deck and railings, the county roads office said.</p></main></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.publisher.as_deref(), Some("Valley Herald"));
}
