//! Fixture tests: each file in `tests/fixtures/text/` read whole and checked field by field.
//! Rules on small inputs and page dumps are in `rules.rs`.

mod byline;
mod dates_round2;
mod round11;
mod round12;
mod round13;
mod round14;
mod round14_dates;
mod round15;
mod round16;
mod round17;
mod round18;
mod round19;
mod round20;
mod round21;
mod round22;
mod round23;
mod round6;
mod round7;
mod rules;

use super::*;

/// The fields every fixture test checks, so a failing assert names the field.
struct Expected<'a> {
    title: &'a str,
    category: Option<&'a str>,
    authors: &'a [&'a str],
    published: Option<&'a str>,
    published_text: Option<&'a str>,
    modified: Option<&'a str>,
    sources: &'a [&'a str],
    publisher: Option<&'a str>,
    images: &'a [(Option<&'a str>, Option<&'a str>)],
    lead_start: &'a str,
    body_start: &'a str,
    body_end: &'a str,
    rights_start: Option<&'a str>,
    language: Option<&'a str>,
    /// Lines of the file that must not reach the lead or the body.
    not_in_text: &'a [&'a str],
}

fn check(file: &str, expected: &Expected) -> Article {
    let article = read_text(file);
    assert_eq!(article.title, expected.title, "title");
    assert_eq!(article.category.as_deref(), expected.category, "category");
    assert_eq!(article.authors, expected.authors, "authors");
    assert_eq!(
        article.published.as_deref(),
        expected.published,
        "published"
    );
    assert_eq!(
        article.published_text.as_deref(),
        expected.published_text,
        "published_text"
    );
    assert_eq!(article.modified.as_deref(), expected.modified, "modified");
    assert_eq!(article.sources, expected.sources, "sources");
    assert_eq!(
        article.publisher.as_deref(),
        expected.publisher,
        "publisher"
    );
    let images: Vec<Image> = expected
        .images
        .iter()
        .map(|(caption, credit)| Image {
            caption: caption.map(str::to_string),
            credit: credit.map(str::to_string),
        })
        .collect();
    assert_eq!(article.images, images, "images");
    if expected.lead_start.is_empty() {
        assert_eq!(article.lead, "", "lead");
    } else {
        assert!(
            article.lead.starts_with(expected.lead_start),
            "lead starts: {:?}",
            article.lead
        );
    }
    assert!(
        article.body.starts_with(expected.body_start),
        "body starts: {:?}",
        article.body
    );
    assert!(
        article.body.ends_with(expected.body_end),
        "body ends: {:?}",
        article.body
    );
    match expected.rights_start {
        Some(start) => assert!(
            article
                .rights
                .as_deref()
                .is_some_and(|r| r.starts_with(start)),
            "rights: {:?}",
            article.rights
        ),
        None => assert_eq!(article.rights, None, "rights"),
    }
    assert_eq!(article.language.as_deref(), expected.language, "language");
    for line in expected.not_in_text {
        assert!(!article.body.contains(line), "body holds {line:?}");
        assert!(!article.lead.contains(line), "lead holds {line:?}");
    }
    for text in [&article.title, &article.lead, &article.body] {
        assert!(
            !text.contains(['\u{A0}', '\u{200B}', '\r', '\u{FEFF}']),
            "odd characters left in {text:?}"
        );
        assert!(!text.contains("  "), "double space left in {text:?}");
    }
    assert!(article.quotes.is_empty() && article.events.is_empty());
    assert_eq!(article.format, "text");
    article
}

#[test]
fn daily_wrap_sample() {
    let article = check(
        include_str!("../../../../tests/fixtures/text/daily-wrap-north-korean-troops.txt"),
        &Expected {
            title: "North Korean troops bolster Russia as conflict escalates",
            category: Some("News"),
            authors: &["Maciej Zubel"],
            published: Some("2024-10-27T09:01"),
            published_text: Some("27 October 2024 09:01"),
            modified: None,
            sources: &["Ukrainian Pravda", "PAP"],
            publisher: Some("Daily Wrap"),
            images: &[(
                Some("Kim's troops are heading to Ukraine. Thousands of soldiers."),
                Some("East News | GENYA SAVILOV"),
            )],
            lead_start: "- Ukraine will be forced to fight in Europe against soldiers from North Korea",
            body_start: "South Korean intelligence reported",
            body_end: "concluded the Ukrainian president.",
            rights_start: Some("Downloading, reproduction, storage"),
            language: Some("en"),
            not_in_text: &[
                "North Korean troops bolster",
                "Kim's troops are heading",
                "Images source",
                "East News",
                "Maciej Zubel",
                "27 October 2024",
                "Source:",
                "Daily Wrap",
                "·",
                "Downloading",
            ],
        },
    );
    assert!(article.lead.ends_with("to end the war.\""));
    assert!(article.body.contains(
        "\n\nThey will fight not only with Russians. Foreign troops are heading to the front\n\n"
    ));
    assert!(
        article.body.contains("since August 6 at 3:00 PM"),
        "NBSP normalized inside the body"
    );
    assert_eq!(article.body.split("\n\n").count(), 8);
}

#[test]
fn byline_first_with_curly_quotes() {
    let article = check(
        include_str!("../../../../tests/fixtures/text/byline-first-harbour-bridge.txt"),
        &Expected {
            title: "Harbour bridge to close for six months of repairs",
            category: None,
            authors: &["Jane Doe", "Tom Reyes"],
            published: Some("2024-10-27T09:01"),
            published_text: Some("October 27, 2024 9:01 AM"),
            modified: None,
            sources: &[],
            publisher: Some("The Harbour Herald"),
            images: &[(
                Some("Traffic queues on the Harbour Bridge during the morning rush."),
                Some("Harbour Herald/Alex Kim"),
            )],
            lead_start: "The Harbour Bridge will close to all traffic from January",
            body_start: "Commuters will be diverted over the North Causeway",
            body_end: "free shuttle buses will run every ten minutes during the closure.",
            rights_start: Some("© 2024 The Harbour Herald. All rights reserved."),
            language: Some("en"),
            not_in_text: &[
                "By Jane Doe",
                "October 27, 2024",
                "Traffic queues",
                "Photo:",
                "©",
                "All rights reserved",
            ],
        },
    );
    assert!(article.body.contains("\n\n“We cannot keep patching a structure that is nearly ninety years old,” said Mayor Ruth Okafor."));
    assert!(
        article.body.contains("\n\nWhat happens next\n\n"),
        "crosshead kept as its own paragraph"
    );
}

#[test]
fn iso_dates_and_labelled_metadata() {
    check(
        include_str!("../../../../tests/fixtures/text/iso-dates-wind-farm.txt"),
        &Expected {
            title: "Offshore wind farm delivers first power to the grid",
            category: None,
            authors: &["Lena Fischer"],
            published: Some("2024-03-14T08:30:00+01:00"),
            published_text: Some("2024-03-14T08:30:00+01:00"),
            modified: Some("2024-03-14T12:05"),
            sources: &["Reuters", "dpa", "AFP"],
            publisher: None,
            images: &[],
            lead_start: "The first turbines of the Nordlicht offshore wind farm",
            body_start: "When complete, the 68 turbines",
            body_end: "before the farm can run at full capacity.",
            rights_start: None,
            language: Some("en"),
            not_in_text: &[
                "Published",
                "Updated",
                "Author",
                "Lena Fischer",
                "Sources",
                "Reuters",
            ],
        },
    );
}

#[test]
fn single_newline_paragraphs_with_british_quotes() {
    let article = check(
        include_str!("../../../../tests/fixtures/text/single-newline-village-library.txt"),
        &Expected {
            title: "Village library saved by volunteers",
            category: None,
            authors: &["Oliver Grant"],
            published: Some("2023-06-05"),
            published_text: Some("5 June 2023"),
            modified: None,
            sources: &[],
            publisher: Some("Midshire Gazette"),
            images: &[],
            lead_start: "A village library that was due to close this summer",
            body_start: "The county council had said it could no longer afford",
            body_end: "'We didn't want to be the generation that let it go,' Ms Hale added.",
            rights_start: Some("This article may not be copied, reproduced or redistributed"),
            language: Some("en"),
            not_in_text: &[
                "Oliver Grant",
                "5 June 2023",
                "Copyright",
                "Midshire Gazette",
                "may not be copied",
            ],
        },
    );
    assert_eq!(
        article.body.split("\n\n").count(),
        5,
        "one paragraph per line"
    );
    assert!(article.body.contains("\n\nA new chapter\n\n"));
}

#[test]
fn polish_article_with_polish_date() {
    check(
        include_str!("../../../../tests/fixtures/text/polish-powodz.txt"),
        &Expected {
            title: "Woda na Odrze opada, mieszkańcy wracają do domów",
            category: Some("Kraj"),
            authors: &["Anna Nowak"],
            published: Some("2024-09-17T10:42"),
            published_text: Some("17 września 2024, 10:42"),
            modified: None,
            sources: &["PAP", "TVN24"],
            publisher: Some("Wiadomości Dnia"),
            images: &[(
                Some("Strażacy na wale przeciwpowodziowym we Wrocławiu"),
                Some("PAP/Maciej Kulczyński"),
            )],
            lead_start: "Poziom wody w Odrze we Wrocławiu spada od niedzieli.",
            body_start: "Według Instytutu Meteorologii",
            body_end: "w wysokości 10 tysięcy złotych.",
            rights_start: Some("Wszelkie prawa zastrzeżone."),
            language: Some("pl"),
            not_in_text: &[
                "Woda na Odrze opada",
                "Strażacy na wale",
                "Fot.",
                "Anna Nowak",
                "września",
                "Źródło",
                "©",
                "Wszelkie prawa",
            ],
        },
    );
}

#[test]
fn no_metadata_at_all() {
    let article = check(
        include_str!("../../../../tests/fixtures/text/no-metadata-beekeeping.txt"),
        &Expected {
            title: "Beekeepers report a record honey harvest",
            category: None,
            authors: &[],
            published: None,
            published_text: None,
            modified: None,
            sources: &[],
            publisher: None,
            images: &[],
            lead_start: "",
            body_start: "Beekeepers across the region have reported",
            body_end: "vulnerable to the varroa mite.",
            rights_start: None,
            language: Some("en"),
            not_in_text: &["record honey harvest"],
        },
    );
    assert_eq!(article.body.split("\n\n").count(), 3);
}

#[test]
fn hard_wrapped_crlf_with_bom() {
    let article = check(
        include_str!("../../../../tests/fixtures/text/hard-wrapped-crlf-cycle-lanes.txt"),
        &Expected {
            title: "Council approves new cycle lanes on High Street",
            category: None,
            authors: &["Sam Patel"],
            published: Some("2024-03-03"),
            published_text: Some("Sunday, 3 March 2024"),
            modified: None,
            sources: &[],
            publisher: None,
            images: &[],
            lead_start: "The town council has approved plans for protected cycle lanes along the full length of High Street, ending",
            body_start: "Work is due to begin in September and will take about four months. Parking bays",
            body_end: "before deciding whether to challenge them.",
            rights_start: None,
            language: Some("en"),
            not_in_text: &["Sam Patel", "Posted on", "\n\nthe full length"],
        },
    );
    assert_eq!(
        article.body.split("\n\n").count(),
        2,
        "wrapped lines joined into paragraphs"
    );
}

#[test]
fn german_article_with_agency_credit() {
    check(
        include_str!("../../../../tests/fixtures/text/german-getty-caption.txt"),
        &Expected {
            title: "Bahn kündigt neue Sprinter-Verbindung an",
            category: None,
            authors: &["Klaus Becker"],
            published: Some("2024-10-27T09:01"),
            published_text: Some("27. Oktober 2024, 09:01 Uhr"),
            modified: None,
            sources: &["dpa"],
            publisher: None,
            images: &[(
                Some("Ein ICE im Berliner Hauptbahnhof."),
                Some("Getty Images/Sean Gallup"),
            )],
            lead_start: "Die Bahn will ab Dezember eine neue Sprinter-Verbindung",
            body_start: "Die Verbindung soll zunächst zweimal täglich fahren.",
            body_end: "die hohen Preise für die neuen Tickets.",
            rights_start: None,
            language: Some("de"),
            not_in_text: &["Von Klaus", "Oktober 2024", "Ein ICE", "Getty", "Quelle"],
        },
    );
}

#[test]
fn name_and_date_on_one_line_and_repeated_caption_without_credit() {
    let text = "A quiet title here\n\nJane Doe | 2024-10-27 09:01 · Updated: 28/10/2024\n\nFirst paragraph of the story, long enough to be a lead sentence.\n\nA harbour at dawn\nA harbour at dawn\n\nSecond paragraph.\n\nThird paragraph.";
    let article = read_text(text);
    assert_eq!(article.authors, ["Jane Doe"]);
    assert_eq!(article.published.as_deref(), Some("2024-10-27T09:01"));
    assert_eq!(article.modified.as_deref(), Some("2024-10-28"));
    assert_eq!(
        article.images,
        [Image {
            caption: Some("A harbour at dawn".into()),
            credit: None
        }]
    );
    assert_eq!(
        article.lead,
        "First paragraph of the story, long enough to be a lead sentence."
    );
    assert_eq!(article.body, "Second paragraph.\n\nThird paragraph.");
}
