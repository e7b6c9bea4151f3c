//! Rules of saved pages round 20 (session 23) on small pages: a lone `<title>` that is the
//! printed headline with words cut out.

use super::headline_words::is_cut_from;
use super::read_html_str;

#[test]
fn a_lone_title_cut_from_the_printed_headline_gives_way_to_it() {
    let html = "<html lang=\"en\"><head>\
        <title>Ferry fares to rise in January | Harrowby District Council</title></head><body>\
        <main><h1>Ferry fares to rise by four per cent across Harrowby in January</h1>\
        <p>The council's transport committee agreed the rise on Tuesday evening after a long \
        debate about the cost of fuel and the new timetable.</p></main></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.title,
        "Ferry fares to rise by four per cent across Harrowby in January"
    );
    // The `<title>` beside the cut headline still names the site.
    assert_eq!(a.publisher.as_deref(), Some("Harrowby District Council"));
}

#[test]
fn a_title_with_words_of_its_own_is_not_cut_from_the_headline() {
    assert!(is_cut_from(
        "Ferry fares to rise by four per cent across Harrowby in January",
        "Ferry fares to rise in January"
    ));
    // `Hello there` is nowhere in the headline: written apart, not cut.
    assert!(!is_cut_from(
        "This is a long title with a colon: But the final text here is different",
        "This is a long title with a colon: Hello there"
    ));
    // Out of order, or too short to say what it was cut from.
    assert!(!is_cut_from(
        "Rise of fares in January",
        "January fares rise"
    ));
    assert!(!is_cut_from("Latest news from the district", "Latest news"));
}
