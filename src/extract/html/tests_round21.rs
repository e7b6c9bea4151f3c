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

#[test]
fn a_bold_line_of_an_unknown_label_and_a_name_is_the_byline() {
    let html = "<html lang=\"en\"><head><title>Clinic opens</title></head><body>\
        <main><h1>Clinic opens in Anse Royale</h1>\
        <p><span style=\"font-weight:bold;\">Report: Josianne Payet</span></p>\
        <p>The new district clinic opened its doors on Monday morning with two doctors and \
        four nurses, and the health ministry said a dentist would join them in January.</p>\
        </main></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, vec!["Josianne Payet".to_string()]);
}

#[test]
fn a_bold_line_beside_an_account_byline_names_the_writer_and_plain_lines_do_not() {
    let html = "<html lang=\"ps\"><head><title>د ښار خبرونه</title></head><body>\
        <main><h2>په ښار کې نوی پل پرانیستل شو</h2>\
        <dl><dd class=\"createdby\">Written by: Administrator</dd></dl>\
        <p><strong>راپور: زرمینه احمدزۍ</strong></p>\
        <p>د ښار نوی پل نن سهار د ولایت د چارواکو په شتون کې پرانیستل شو او موټرو ته خلاص \
        شو چې د ښار د ترافیک ستونزې به کمې کړي.</p></main></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, vec!["زرمینه احمدزۍ".to_string()]);
    // Not bold: a contact line in the text names nobody.
    let html = "<html lang=\"en\"><head><title>Clinic opens</title></head><body>\
        <main><h1>Clinic opens in Anse Royale</h1>\
        <p>The new district clinic opened its doors on Monday morning with two doctors and \
        four nurses, and the health ministry said a dentist would join them in January.</p>\
        <p>Contact: Josianne Payet</p></main></body></html>";
    let a = read_html_str(html).expect("read");
    assert!(a.authors.is_empty());
}
