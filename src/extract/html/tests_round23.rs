//! Rules of saved pages round 23 (session 24) on small pages: the name part of a logo's text
//! (before a tagline, a bracketed short form or a frequency) that the title or the footer
//! prints names the site, and so does a logo image outside any link (a print view); a job
//! title or an abbreviation before a byline's colon is a label; a place the headline prints
//! after the writer is none; a `<title>`'s first part that opens the `<h1>` backs it.

use super::logo_parts::name_parts;
use super::read_html_str;

#[test]
fn a_logos_name_part_is_cut_from_its_tagline_short_form_and_frequency() {
    assert_eq!(
        name_parts("Chintheche FM 89.7 — The voice of the lakeshore"),
        vec![
            "Chintheche FM 89.7 — The voice of the lakeshore",
            "Chintheche FM 89.7",
            "Chintheche FM"
        ]
    );
    assert_eq!(
        name_parts("Kora Valley Residents Association (KVRA)"),
        vec![
            "Kora Valley Residents Association (KVRA)",
            "Kora Valley Residents Association"
        ]
    );
    assert_eq!(name_parts("The Harbour Times"), vec!["The Harbour Times"]);
}

#[test]
fn a_logos_name_part_the_footer_prints_is_the_publisher() {
    let html = "<html lang=\"en\"><head><title>Ferry timetable changes from Monday</title>\
        </head><body><header><a href=\"/\" class=\"top-logo\"><img src=\"x.png\" \
        alt=\"Lakeside FM 101.3 — Your station\"></a></header><main><h1>Ferry timetable \
        changes from Monday</h1><p>The morning ferry will leave half an hour earlier from \
        Monday, the operator said, to meet the first bus to the district hospital.</p></main>\
        <footer><p>© 2026 Lakeside FM · A community station</p></footer></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.publisher.as_deref(), Some("Lakeside FM"));
    // A one-word part agrees with too much and names nothing.
    let one_word = html.replace("Lakeside FM 101.3", "Lakeside 101.3");
    let one_word = one_word.replace("© 2026 Lakeside FM", "© 2026 Lakeside");
    let a = read_html_str(&one_word).expect("read");
    assert_ne!(a.publisher.as_deref(), Some("Lakeside"));
}

#[test]
fn a_logo_image_outside_a_link_names_the_site_the_title_opens_with() {
    // A print view: the logo's image without its link home, the title `Site - Print`.
    let html = "<html lang=\"en\"><head><title>Kora Valley Gazette - Print</title></head>\
        <body><div class=\"print-head\"><img src=\"/img/kvg-logo.png\" alt=\"Kora Valley \
        Gazette\"></div><h1>New footbridge opens over the Kora river</h1><p>The footbridge \
        between the market and the school opened on Tuesday, two months ahead of plan, the \
        works department said.</p></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.publisher.as_deref(), Some("Kora Valley Gazette"));
}

#[test]
fn a_role_or_an_abbreviation_before_a_bylines_colon_is_its_label() {
    let page = |byline: &str| {
        format!(
            "<html lang=\"en\"><head><title>Port gets two new cranes</title></head><body>\
            <article><h1>Port gets two new cranes</h1><div class=\"byline\">{byline}</div>\
            <p>The port received two new cranes for unloading containers on Thursday, which \
            traders expect to cut the time ships wait at anchor by half.</p></article>\
            </body></html>"
        )
    };
    for byline in ["Correspondent: Amina Yusuf", "W/Q: Amina Yusuf"] {
        let a = read_html_str(&page(byline)).expect("read");
        assert_eq!(a.authors, vec!["Amina Yusuf"], "{byline}");
    }
}

#[test]
fn a_place_the_headline_prints_after_the_writer_is_no_writer() {
    let html = "<html lang=\"en\"><head><title>Kasungu farmers share a new grain store</title>\
        </head><body><article><h1>Kasungu farmers share a new grain store</h1><p>Farmers from \
        nine villages will store their maize in a shared warehouse from next month, the \
        district agriculture office said on Monday.</p><p class=\"byline\">Reporting by \
        Tiwonge Phiri, Kasungu.</p></article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, vec!["Tiwonge Phiri"]);
}

#[test]
fn a_title_part_that_opens_the_printed_headline_backs_it() {
    // `Headline – Site` where the site is not yet known: the `<h1>` goes on after a colon.
    let html = "<html lang=\"en\"><head><title>New grain store opens in Kasungu - Lakeshore \
        Voice</title></head><body><article><h1>New grain store opens in Kasungu: farmers \
        relieved</h1><p>Farmers from nine villages will store their maize in a shared \
        warehouse from next month, the district agriculture office said on Monday.</p>\
        </article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.title,
        "New grain store opens in Kasungu: farmers relieved"
    );
}
