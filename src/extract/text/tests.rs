//! Fixture tests: each file in `tests/fixtures/text/` read whole and checked field by field.

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
        include_str!("../../../tests/fixtures/text/daily-wrap-north-korean-troops.txt"),
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
        include_str!("../../../tests/fixtures/text/byline-first-harbour-bridge.txt"),
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
        include_str!("../../../tests/fixtures/text/iso-dates-wind-farm.txt"),
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
        include_str!("../../../tests/fixtures/text/single-newline-village-library.txt"),
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
        include_str!("../../../tests/fixtures/text/polish-powodz.txt"),
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
        include_str!("../../../tests/fixtures/text/no-metadata-beekeeping.txt"),
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
        include_str!("../../../tests/fixtures/text/hard-wrapped-crlf-cycle-lanes.txt"),
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
        include_str!("../../../tests/fixtures/text/german-getty-caption.txt"),
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

#[test]
fn a_sentence_starting_with_by_is_body() {
    let article =
        read_text("Title line\n\nBy the end of the day, the rain had stopped.\n\nMore text.");
    assert!(article.authors.is_empty());
    assert_eq!(
        article.body,
        "By the end of the day, the rain had stopped.\n\nMore text."
    );
}

#[test]
fn odd_inputs_never_panic() {
    for text in [
        "",
        "\n\n\n",
        "\u{FEFF}",
        "\r\r\r",
        "©",
        "·\n·\n·",
        "\u{0}\u{1}\u{7f}",
        "By",
        "Source:",
        "x\nx\nx\nx",
    ] {
        let article = read_text(text);
        assert_eq!(article.format, "text");
    }
    let long_line = "word ".repeat(1_000_000);
    let article = read_text(&long_line);
    assert_eq!(article.title.len(), long_line.trim_end().len());
    let many_lines = "Same line\n".repeat(20_000);
    let article = read_text(&many_lines);
    assert_eq!(article.title, "Same line");
}

#[test]
fn a_repeated_caption_near_the_top_is_not_the_title() {
    let article = read_text(
        "Ferry service resumes after storm\nA ferry leaves port\nA ferry leaves port\nPhoto: Port Authority\n\nBy Ann Lee\n2 May 2024\n\nThe ferry is back.\n\nMore to come.",
    );
    assert_eq!(article.title, "Ferry service resumes after storm");
    assert_eq!(
        article.images,
        [Image {
            caption: Some("A ferry leaves port".into()),
            credit: Some("Port Authority".into())
        }]
    );
    assert_eq!(article.authors, ["Ann Lee"]);
    assert_eq!(article.body, "The ferry is back.\n\nMore to come.");
}

#[test]
fn a_section_label_above_a_repeated_title_is_the_category() {
    let article = read_text(
        "Sport\n\nLocal club wins the cup final\n\nLocal club wins the cup final\n\n3 May 2024\n\nIt was close.\n\nVery close.",
    );
    assert_eq!(article.title, "Local club wins the cup final");
    assert_eq!(article.category.as_deref(), Some("Sport"));
    assert_eq!(article.published.as_deref(), Some("2024-05-03"));
}

/// Per-page scores of `read_text` on the benchmark's text dumps (for tuning; needs the corpus).
/// Run: `CHRONICLE_DUMP_DIR=… cargo test --release --lib extract::text::tests::dump_pages -- --ignored --nocapture`.
#[test]
#[ignore]
fn dump_pages() {
    let Ok(dir) = std::env::var("CHRONICLE_DUMP_DIR") else {
        return;
    };
    let out = std::env::var("CHRONICLE_DUMP_OUT").ok();
    let mut folders: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("source.html").is_file())
        .collect();
    folders.sort();
    let (mut sp, mut sr, mut n) = (0.0, 0.0, 0.0);
    for folder in folders {
        let name = folder.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read(folder.join("source.html")).unwrap();
        let expected = crate::extract::html::text_dump(&String::from_utf8_lossy(
            &std::fs::read(folder.join("expected.html")).unwrap(),
        ));
        let dump = crate::extract::html::text_dump(
            &crate::extract::decode::decode(
                &source,
                crate::extract::html::sniff_charset(&source).as_deref(),
            )
            .unwrap_or_default(),
        );
        let article = read_text(&dump);
        let (p, r) = crate::bench_extract::shingle_score(&article.body, &expected);
        println!(
            "{p:.3} {r:.3} {name} | {} | {:?} | {:?}",
            article.title, article.authors, article.published
        );
        if let Some(out) = &out {
            std::fs::create_dir_all(out).unwrap();
            std::fs::write(format!("{out}/{name}.dump.txt"), &dump).unwrap();
            std::fs::write(format!("{out}/{name}.expected.txt"), &expected).unwrap();
            std::fs::write(format!("{out}/{name}.ours.txt"), &article.body).unwrap();
        }
        sp += p;
        sr += r;
        n += 1.0;
    }
    let (p, r) = (sp / n, sr / n);
    println!("P {p:.3} R {r:.3} F1 {:.3}", 2.0 * p * r / (p + r));
}

#[test]
fn english_page_dump_keeps_only_the_article() {
    let article = read_text(include_str!(
        "../../../tests/fixtures/text/dump-english-harbour-ferry.txt"
    ));
    assert_eq!(
        article.title,
        "Ferry service to Gull Island cut to three days a week"
    );
    assert_eq!(article.authors, ["Anna Whitlock"]);
    assert_eq!(article.published.as_deref(), Some("2024-03-14T08:30"));
    assert_eq!(article.publisher.as_deref(), Some("The Coastal Courier"));
    let text = format!("{}\n\n{}", article.lead, article.body);
    assert!(
        text.trim_start()
            .starts_with("The ferry that links Gull Island"),
        "starts: {text:?}"
    );
    assert!(
        article
            .body
            .ends_with("when the island's population doubles with visitors."),
        "ends: {:?}",
        article.body
    );
    assert!(
        article.body.contains("\n\nA hard winter\n\n"),
        "crosshead kept: {:?}",
        article.body
    );
    for line in [
        "Skip to main content",
        "Subscribe",
        "We use cookies",
        "Accept all cookies",
        "Share",
        "Tweet",
        "Advertisement",
        "Related articles",
        "New bridge at Kelby",
        "Most read",
        "Newsletter",
        "Privacy policy",
        "All rights reserved",
    ] {
        assert!(!text.contains(line), "text holds {line:?}");
    }
    assert_eq!(article.language.as_deref(), Some("en"));
}

#[test]
fn polish_page_dump_keeps_only_the_article() {
    let article = read_text(include_str!(
        "../../../tests/fixtures/text/dump-polish-tramwaje.txt"
    ));
    assert_eq!(
        article.title,
        "Nowe tramwaje wyjadą na ulice Gdańska jesienią"
    );
    assert_eq!(article.authors, ["Katarzyna Lewandowska"]);
    assert_eq!(
        article.published.as_deref().map(|d| &d[..10]),
        Some("2024-03-12")
    );
    let text = format!("{}\n\n{}", article.lead, article.body);
    assert!(
        text.trim_start()
            .starts_with("Miasto podpisało w poniedziałek umowę"),
        "starts: {text:?}"
    );
    assert!(
        article.body.ends_with("tramwaje będą jeździć częściej."),
        "ends: {:?}",
        article.body
    );
    for line in [
        "Przejdź do treści",
        "Zaloguj się",
        "cookies",
        "Akceptuję",
        "Udostępnij",
        "Reklama",
        "Czytaj także",
        "Remont wiaduktu",
        "Komentarze",
        "Regulamin",
        "prawa zastrzeżone",
    ] {
        assert!(!text.contains(line), "text holds {line:?}");
    }
    assert_eq!(article.language.as_deref(), Some("pl"));
}

#[test]
fn tidy_fixtures_are_not_dumps() {
    for file in [
        include_str!("../../../tests/fixtures/text/daily-wrap-north-korean-troops.txt"),
        include_str!("../../../tests/fixtures/text/byline-first-harbour-bridge.txt"),
        include_str!("../../../tests/fixtures/text/german-getty-caption.txt"),
        include_str!("../../../tests/fixtures/text/polish-powodz.txt"),
        include_str!("../../../tests/fixtures/text/single-newline-village-library.txt"),
    ] {
        assert!(dump::article_lines(&lines::split_lines(file)).is_none());
    }
}

#[test]
fn a_blog_name_and_date_above_the_post_title_are_not_the_title() {
    let a = read_text(
        "Silicon Exposed\n\nSunday, May 8, 2016\n\nOpen Verilog flow for programmable logic devices\n\n\
         I've written a couple of posts in the past few months but they were all for the blog at work.\n\n\
         So this one is about something else entirely, and it is long enough to be a paragraph.\n",
    );
    assert_eq!(a.title, "Open Verilog flow for programmable logic devices");
    assert_eq!(a.published.as_deref(), Some("2016-05-08"));
}

#[test]
fn a_tagline_sentence_above_a_headline_is_not_the_title() {
    let a = read_text(
        "Words need defenders.\n\nOn Behalf of “Literally”\n\n\
         You either are a “literally” abuser or know of one, and this essay is about both of you.\n\n\
         Literally means actually, and that is the whole of the argument made at length below.\n",
    );
    assert_eq!(a.title, "On Behalf of “Literally”");
}

#[test]
fn a_name_above_its_own_byline_is_no_repeated_title() {
    let a = read_text(
        "Laurie Oakes\n\nAngry media won't buckle over new surveillance laws\nby: Laurie Oakes\n\
         March 13, 2015 9:00PM\n\nA new Bill would require telecommunications providers to store metadata for two years.\n\n\
         A federal government team has been doing the rounds of media organisations in the past few days.\n",
    );
    assert_eq!(
        a.title,
        "Angry media won't buckle over new surveillance laws"
    );
    assert_eq!(a.authors, vec!["Laurie Oakes"]);
    assert_eq!(a.published.as_deref(), Some("2015-03-13T21:00"));
}

#[test]
fn handles_follow_prompts_and_dates_end_a_byline() {
    let a = read_text(
        "The birth lottery and economic mobility\n\
         by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET\n\n\
         The report assessed poverty levels, income and wealth inequality in ten wealthy countries.\n\n\
         Among its findings: the class you are born into matters more in some countries than others.\n",
    );
    assert_eq!(a.authors, vec!["Ahiza Garcia"]);
    assert_eq!(a.published.as_deref(), Some("2016-02-01T12:41"));
    let a = read_text(
        "Attack stokes instability fears in North Africa\n\
         By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham\n\n\
         Gunmen opened fire on visitors at the country's most renowned museum on Wednesday.\n\n\
         The assault threatened to upset the fragile stability of the region, officials said.\n",
    );
    assert_eq!(a.authors, vec!["Erin Cunningham"]);
}

#[test]
fn a_parenthetical_role_is_dropped_and_a_photographer_is_no_author() {
    let a = read_text(
        "Seven days on the glacier\n\
         by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)\n\n\
         The guides set out before dawn, when the ice is hardest and the light is flat and grey.\n\n\
         By noon the party had crossed the first of the crevasse fields without a single fall.\n",
    );
    assert_eq!(a.authors, vec!["Eleanor Ainge Roy"]);
}

#[test]
fn a_name_beside_a_relative_time_or_above_a_job_title_is_the_author() {
    let a = read_text(
        "Star Wars original cuts might get released for anniversary\n\
         James Akinaka • 8h\n\n\
         Fans might get another present for the saga's anniversary, according to a fan site.\n\n\
         Rumours abound that the studio might re-release the unaltered cuts of the trilogy.\n",
    );
    assert_eq!(a.authors, vec!["James Akinaka"]);
    let a = read_text(
        "These are the coolest virtual reality games\n\
         Ben Silverman\nGames Editor\nOctober 13, 2016\n\n\
         Virtual reality has officially reached the consoles, and it is pretty good on the whole.\n\n\
         But which games should you buy? I have played just about every launch title this month.\n",
    );
    assert_eq!(a.authors, vec!["Ben Silverman"]);
    assert_eq!(a.published.as_deref(), Some("2016-10-13"));
    let a = read_text(
        "Why neon is the ultimate symbol of the century\n\
         Sarah Archer\n1:39 PM ET\n\n\
         The once-ubiquitous form of lighting was novel when it first emerged in the early 1900s.\n\n\
         It has since come to represent decline, and the essay traces how that came about.\n",
    );
    assert_eq!(a.authors, vec!["Sarah Archer"]);
}

#[test]
fn a_reading_time_beside_the_site_name_names_no_author() {
    let a = read_text(
        "Ferry service resumes after storm repairs\n\nThe Harbour Herald · 2 min read\n\n\
         Ferries to the island resumed on Friday after three weeks of repairs to the pier.\n\n\
         The operator said it would run extra sailings this weekend to clear the backlog.\n",
    );
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}
