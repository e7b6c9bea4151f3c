use super::is_masthead;
use crate::extract::text::read_text;

#[test]
fn a_masthead_standing_alone_names_the_publisher() {
    for (copy, want) in [
        (
            "The Prairie Ledger\nNATION & WORLD\nGrain elevator explosion kills 2\n\n\
             By James Carter\nJune 9, 2024\n\nAn explosion ripped through a grain elevator \
             early Sunday, killing two workers, authorities said.",
            "The Prairie Ledger",
        ),
        (
            "Inside the lab trying to save a rare lizard\nSouthern Gazette\nKiri Henare\n\
             9 min read\n\nThe lizard lives on one island and nowhere else, researchers said on \
             Monday after a survey.",
            "Southern Gazette",
        ),
        (
            "Tonga seeks support for fisheries patrol\n24 November 2025\n\
             Tonga has asked its neighbours for help patrolling its waters, the ministry said \
             on Monday.\nThe ministry said surveillance had found 17 vessels.\n\
             Samoa Tribune\nShare on Facebook\nShare on X",
            "Samoa Tribune",
        ),
    ] {
        assert_eq!(read_text(copy).publisher.as_deref(), Some(want), "{copy}");
    }
    // A headline holding a newspaper word is no masthead.
    let copy = "Chicago Tribune Sale Approved\n\nThe sale of the Chicago Tribune was \
                approved by a court on Tuesday, lawyers for the buyer said.";
    assert_eq!(read_text(copy).publisher, None);
    // A promotion's phrase near the bottom is no masthead.
    let copy = "Sur vos écrans cette semaine\n\nLes séries de la semaine, choisies par la \
                rédaction pour les abonnés.\nVous êtes abonné\nLe journal d'aujourd'hui\n\
                découvrir le sommaire";
    assert_eq!(read_text(copy).publisher, None);
    // A desk's byline with a newspaper word is no masthead.
    let copy = "Boreholes repaired in Gweru\nMidlands Herald Reporter\n\n\
                The council said it would train residents to repair the new boreholes.";
    assert_eq!(read_text(copy).publisher, None);
}

#[test]
fn a_masthead_beside_the_writer_is_the_publisher() {
    let article = read_text(
        "STI edges up as banks gain\nThe Merlion Ledger · Darren Koh\nNov 24, 2026 5:42 PM\n\n\
         Singapore shares closed slightly higher on Tuesday, as gains in the banks outweighed \
         a fall in logistics stocks.",
    );
    assert_eq!(article.authors, vec!["Darren Koh".to_string()]);
    assert_eq!(article.publisher.as_deref(), Some("The Merlion Ledger"));
    // Beside a reading time instead, the line is no text of the story.
    let article = read_text(
        "LocalFerry service resumes after storm repairs\nFerry service resumes after storm \
         repairs\n\nThe Harbour Herald · 2 min read\n\nEwan McLeod\nSat 9 Nov 2019, 11:20\n\n\
         Ferries resumed on Friday after three weeks of repairs to the pier.\n\n\
         The operator said it would run extra sailings.",
    );
    let text = format!("{}\n\n{}", article.lead, article.body);
    assert!(!text.contains("Harbour Herald"), "{text}");
    assert!(text.contains("Ferries resumed"), "{text}");
}

#[test]
fn a_feeds_name_gives_the_site_and_the_section() {
    let article = read_text(
        "The Visayas-Mindanao Chronicle – Business\nDavao port expansion to double capacity\n\
         Jerome Albano · Nov 24, 2026 at 8:30 PM\nThe ports authority approved the expansion \
         on Tuesday, officials said.",
    );
    assert_eq!(
        article.publisher.as_deref(),
        Some("The Visayas-Mindanao Chronicle")
    );
    assert_eq!(article.category.as_deref(), Some("Business"));
}

#[test]
fn an_epaper_pages_header_names_the_masthead() {
    assert_eq!(
        super::page_header("6 LOFOTPOSTEN VEST TIRSDAG 24. NOVEMBER 2026").as_deref(),
        Some("LOFOTPOSTEN VEST")
    );
    assert_eq!(
        super::page_header("12 The Deccan Mirror Tuesday, November 24, 2026").as_deref(),
        Some("The Deccan Mirror")
    );
    assert_eq!(
        super::page_header("Updated Tuesday, November 24, 2026"),
        None
    );
    // Fields apart: the edition's city is no part of the name.
    assert_eq!(
        super::page_header("THE DECCAN MIRROR | HYDERABAD | TUESDAY, NOVEMBER 24, 2026 | PAGE 5")
            .as_deref(),
        Some("THE DECCAN MIRROR")
    );
    assert_eq!(
        super::page_header("原创 刘晓雯 申江晚报 2025年11月24日 07:30").as_deref(),
        Some("申江晚报")
    );
    assert!(is_masthead("Stavanger Aftenbladet"));
    assert!(is_masthead("Tidewater Quarterly"));
    assert!(is_masthead("Il Giornale di Vicenza"));
    assert!(!is_masthead("Fire Department"));
}

#[test]
fn newspaper_names_are_mastheads_and_sections_are_not() {
    assert!(is_masthead("The Tallgrass Courier"));
    assert!(is_masthead("Hospodářský kurýr"));
    assert!(is_masthead("北港日報"));
    assert!(!is_masthead("Business"));
    assert!(!is_masthead("Local News"));
    assert!(!is_masthead("地方新聞"));
    assert!(!is_masthead("Local Politics"));
    assert!(!is_masthead("Sign up for our newsletter."));
}

#[test]
fn a_stations_call_sign_with_its_channel_or_band_is_a_masthead() {
    for name in ["KRVT 7 Tri-Valley", "WXYZ-TV", "KQED FM"] {
        assert!(is_masthead(name), "{name}");
    }
    for label in ["WWII History", "KING Tide warning", "WHO 2"] {
        assert!(!is_masthead(label), "{label}");
    }
}
