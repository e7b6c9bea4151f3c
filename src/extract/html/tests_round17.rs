//! Rules of saved pages round 17 (session 21) on small pages: the language a reader view's
//! container declares.

use super::read_html_str;

#[test]
fn a_reader_views_container_gives_the_language() {
    let html = "<html><head><title>Hà Nội mở thêm 3 tuyến buýt điện | Báo Thời Sự Nhanh</title>\
        </head><body><div class=\"toolbar\"><a lang=\"en\" href=\"/en\">English</a></div>\
        <div class=\"container\" lang=\"vi\"><h1 class=\"reader-title\">Hà Nội mở thêm 3 tuyến \
        buýt điện</h1><p>Từ ngày 1-12, Hà Nội sẽ đưa vào khai thác thêm 3 tuyến xe buýt điện kết \
        nối trung tâm thành phố với sân bay Nội Bài.</p></div></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.language.as_deref(), Some("vi"));
}

#[test]
fn an_update_classed_time_of_the_same_instant_gives_the_local_clock() {
    // WordPress's Newspaper theme classes the published date `entry-date updated`; it gives
    // the instant the metadata declares in UTC, in the site's own offset.
    let html = "<html><head><title>County board OKs library annex</title>\
        <meta property=\"article:published_time\" content=\"2026-11-09T17:42:18+00:00\">\
        </head><body><h1>County board OKs library annex</h1><div class=\"tdb_single_date\">\
        <span>Published</span> <time class=\"entry-date updated td-module-date\" \
        datetime=\"2026-11-09T11:42:18-06:00\">November 9, 2026</time></div><p>The county board \
        approved a library annex in Millbrook on Monday after two years of planning.</p>\
        </body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.published.as_deref().map(|p| &p[..16]),
        Some("2026-11-09T11:42")
    );
}

#[test]
fn a_newsletters_edition_line_gives_the_local_clock() {
    let html = "<html><head><title>Maize prices slide</title><script type=\"application/ld+json\">\
        {\"@type\":\"NewsArticle\",\"headline\":\"Maize prices slide\",\
        \"datePublished\":\"2026-11-26T04:00:00.000Z\"}</script></head><body>\
        <h1>Maize prices slide</h1><p class=\"bh-date\">Nov 26, 2026</p>\
        <div class=\"bh-content\"><p class=\"bh-edition\">Thursday edition · sent 7:00 am EAT</p>\
        <p>Good morning. Maize is the story of the week again, for the opposite reason to last \
        month. Wholesale maize in Eldoret fell by twelve per cent in two weeks.</p></div>\
        </body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.published.as_deref().map(|p| &p[..16]),
        Some("2026-11-26T07:00")
    );
}

#[test]
fn a_closing_notes_first_sentence_names_the_writer() {
    let story = "<p>Siobhán and Cathal head to Kilkenny to talk turf-cutting rights with a \
        solicitor, a farmer and an ecologist, after the ruling on the bog.</p>\
        <p>The hearing on the new rules is set for December, and the consultation closes \
        soon after that, the department said on Tuesday.</p>";
    let html = format!(
        "<html><head><title>Who owns the bog?</title></head><body><h1>Who owns the bog?</h1>\
         {story}<p><em>Show notes by Niamh Kerrigan. The Bog Road is made by Turf Audio with \
         support from the Rural Media Fund.</em></p></body></html>"
    );
    let a = read_html_str(&html).expect("read");
    assert_eq!(a.authors, ["Niamh Kerrigan"]);
    let html = format!(
        "<html><head><title>Who owns the bog?</title></head><body><h1>Who owns the bog?</h1>\
         {story}<p class=\"firma\"><em>Testo di Chiara Lombardi</em></p></body></html>"
    );
    let a = read_html_str(&html).expect("read");
    assert_eq!(a.authors, ["Chiara Lombardi"]);
}

#[test]
fn a_committees_name_with_and_is_no_writer() {
    let html = "<html><head><title>Committee opens inquiry into rail fares</title>\
        <meta name=\"dcterms.creator\" content=\"Transport and Infrastructure Committee\">\
        </head><body><h1>Committee opens inquiry into rail fares</h1><p>The committee has opened \
        an inquiry into rail fares and will hear evidence from operators later this month.</p>\
        </body></html>";
    let a = read_html_str(html).expect("read");
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

#[test]
fn a_role_on_the_line_below_the_name_is_no_part_of_it() {
    let html = "<html><head><title>Inside the fight over mining</title></head><body><article>\
        <h1>Inside the fight over mining</h1><p class=\"nc-byline\">By Olivia Grant<br>\
        <span>Senior political reporter</span></p><div class=\"nc-body\"><p>Three mining \
        projects on the West Coast were moved to the front of the fast-track queue after \
        representations to the office.</p><p>The documents, released after a seven-month wait, \
        include emails from officials at the Ministry warning in March.</p></div></article>\
        </body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, ["Olivia Grant"]);
}

#[test]
fn tigrinya_month_names_date_a_page() {
    let parsed = crate::extract::dates::parse_date("ቀዳም 21 ሕዳር 2026").expect("a date");
    assert_eq!(parsed.iso.get(..10), Some("2026-11-21"));
}
