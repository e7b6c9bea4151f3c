//! Each rule of the text reader on a small input, and whole-page dumps.

use super::super::*;

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

#[test]
fn a_kicker_above_the_headline_below_its_title_line_is_the_category() {
    let article = read_text(
        "Ferry service resumes after three days of storms\nharbourtimes.example\n\
         Saved Nov 25, 2026\n4 min read\nTransport\nFerry service resumes after three days of storms\n\
         By Ana Lee\nMonday 23 November 2026 5:00 pm\nThe ferry is back on Tuesday after three \
         days of storms, the operator said.\n\nPassengers queued from dawn.",
    );
    assert_eq!(
        article.title,
        "Ferry service resumes after three days of storms"
    );
    assert_eq!(article.category.as_deref(), Some("Transport"));
}

#[test]
fn a_title_line_and_its_headline_below_agree_on_the_title() {
    let article = read_text(
        "25/11/2026, 08:03 Soap star reveals secret wedding in barn | Daily Beacon\n\
         Skip to content\nCelebrity\nSoap star reveals secret wedding in barn\n\
         Actress wed long-term partner in front of 20 guests\n\
         Couple kept the ceremony secret for a month\nBy CHARLOTTE BRIGGS, SHOWBIZ REPORTER\n\
         Published: 22:14 GMT, 24 November 2026\n\
         The soap star has revealed she secretly married her partner of eight years in a \
         converted barn.",
    );
    assert_eq!(article.title, "Soap star reveals secret wedding in barn");
    assert_eq!(article.publisher.as_deref(), Some("Daily Beacon"));
    assert_eq!(article.category.as_deref(), Some("Celebrity"));
    assert_eq!(
        article.published.as_deref(),
        Some("2026-11-24T22:14:00+00:00")
    );
}

#[test]
fn a_wires_own_site_credits_the_wire_in_its_dateline() {
    let article = read_text(
        "Developer asks bondholders to waive covenant\n\n\
         HONG KONG, Nov 24 (Harbour Wire) - A Hong Kong developer said on Tuesday it had asked \
         holders of its bonds to waive a covenant.\n\nShares fell 4.6%.\n\n\
         © 2026 Harbour Wire. All rights reserved",
    );
    assert_eq!(article.publisher.as_deref(), Some("Harbour Wire"));
    assert_eq!(article.sources, ["Harbour Wire"]);
}

#[test]
fn an_obituarys_birth_date_is_no_publication_date() {
    let article = read_text(
        "Obituaries\nGrace Ellington, teacher and choir leader, dies at 88\n\n\
         Born: March 3, 1938\nDied: November 19, 2026\n\nBy Marcia Clarke\n\
         Published: November 24, 2026, 12:05 AM\n\nGrace Ellington taught music in Mandeville \
         for four decades and led the parish choir.",
    );
    assert_eq!(article.published.as_deref(), Some("2026-11-24T00:05"));
}

#[test]
fn a_match_score_box_is_no_headline() {
    let article = read_text(
        "Rugby\n\nValleys Kestrels 24 – 27 Highveld Rhinos\nFull-time | Kestrel Park, Newport\n\n\
         Rhinos edge Kestrels with last-gasp penalty in Newport\n\nBy Pieter van der Merwe\n\
         24 November 2026, 22:40\n\nThe Highveld Rhinos won in Newport on Saturday with a \
         penalty after the siren, the coach said.",
    );
    assert_eq!(
        article.title,
        "Rhinos edge Kestrels with last-gasp penalty in Newport"
    );
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
        let (p, r) = crate::scoring::shingle_score(&article.body, &expected);
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
        "../../../../tests/fixtures/text/dump-english-harbour-ferry.txt"
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
        "../../../../tests/fixtures/text/dump-polish-tramwaje.txt"
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
        include_str!("../../../../tests/fixtures/text/daily-wrap-north-korean-troops.txt"),
        include_str!("../../../../tests/fixtures/text/byline-first-harbour-bridge.txt"),
        include_str!("../../../../tests/fixtures/text/german-getty-caption.txt"),
        include_str!("../../../../tests/fixtures/text/polish-powodz.txt"),
        include_str!("../../../../tests/fixtures/text/single-newline-village-library.txt"),
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

#[test]
fn an_address_line_above_the_title_is_the_url_not_the_title() {
    let a = read_text(
        "URL: https://news.example.org/2024/05/01/harbour\n\nHarbour reopens after storm repairs\n\n\
         The harbour reopened on Friday after three weeks of repairs to the pier and the slipway.\n\n\
         The operator said it would run extra sailings this weekend to clear the backlog.\n",
    );
    assert_eq!(a.title, "Harbour reopens after storm repairs");
    assert_eq!(
        a.url.as_deref(),
        Some("https://news.example.org/2024/05/01/harbour")
    );
}

#[test]
fn a_menu_at_the_top_is_no_title_the_headline_below_it_is() {
    let article = read_text(
        "topicseed\n☰\nFeatures\nPricing\nBlog\n\
         Content Depth — Write Comprehensively About Your Core Topics\n\n\
         Content writers find it hard to write a lot about one topic, and they lose readers.\n",
    );
    assert_eq!(
        article.title,
        "Content Depth — Write Comprehensively About Your Core Topics"
    );
    assert!(!article.body.contains("Pricing"));
}

#[test]
fn two_labels_at_the_top_are_furniture_above_the_headline() {
    // A menu button and the account links above the headline, as a browser copies them.
    let article = read_text(
        "Menu\n\n   Log in Subscribe\n\n\
         Harbour council approves the new ferry terminal after a decade\n\n\
         The council voted on Tuesday to build the terminal, ending ten years of argument.\n\n\
         Work begins next spring and should take two years, the council said.\n",
    );
    assert_eq!(
        article.title,
        "Harbour council approves the new ferry terminal after a decade"
    );
    assert!(!article.body.contains("Subscribe"));
}

#[test]
fn the_headline_a_page_dump_chose_is_the_title_even_below_a_label() {
    let mut page = String::new();
    for item in [
        "Home",
        "Contents",
        "History",
        "Geography",
        "Economy",
        "Culture",
        "Sport",
        "Help",
        "Donate",
        "Log in",
        "Talk",
        "Edit",
        "Tools",
    ] {
        page.push_str(&format!("{item}\n"));
    }
    page.push_str(
        "New Zealand\n\
         Location of New Zealand, including outlying islands and its territorial claim\n\
         New Zealand (Māori: Aotearoa) is a sovereign island country in the southwestern Pacific \
         Ocean, made of two main islands and more than seven hundred smaller ones.\n\
         Sometime between 1250 and 1300, Polynesians settled in the islands that later were named \
         New Zealand and developed a distinctive culture of their own.\n",
    );
    let article = read_text(&page);
    assert_eq!(article.title, "New Zealand");
}

#[test]
fn in_a_page_dump_the_headline_sits_above_its_deck_and_above_the_byline() {
    let mut page = String::new();
    for item in [
        "Home",
        "Politics",
        "Sport",
        "Culture",
        "Money",
        "Opinion",
        "Video",
        "Podcasts",
        "Newsletters",
        "Sign in",
        "Subscribe",
        "Menu",
        "Search",
    ] {
        page.push_str(&format!("{item}\n"));
    }
    page.push_str(
        "Coach says he erred in taking the cup to the former president\n\
         At the time, the club's coach handed a replica of the trophy to the former president\n\
         Copy link\n\
         21.dez.2018 às 12h55\n\
         By Ana Souza\n\
         Replica of the trophy seen in the gallery. Jane Roe/Reuters\n\
         Gallery: the club's trophy and the former president's visit\n\
         The coach said on Friday that he had erred when he took a replica of the cup to the \
         former president in 2012, a visit that divided the club's supporters.\n\
         The club's supporters had asked the coach for years to explain the visit, and he \
         answered them in an interview with a radio station on Friday morning.\n\
         The former president has not commented on the coach's words, his office said.\n",
    );
    let article = read_text(&page);
    assert_eq!(
        article.title,
        "Coach says he erred in taking the cup to the former president"
    );
    assert_eq!(article.authors, vec!["Ana Souza".to_string()]);
    assert_eq!(article.published.as_deref(), Some("2018-12-21T12:55"));
}

#[test]
fn a_wire_dateline_under_a_short_line_dates_the_story_and_a_table_row_does_not() {
    let a = read_text(
        "Superbugs: what you should know\n\nReviewed by Hansa D. Bhargava, MD\n\n\
         April 17, 2015 -- Imagine being sick in the hospital with a bacterial infection and \
         doctors can't stop it from spreading.\n",
    );
    assert_eq!(a.published.as_deref(), Some("2015-04-17"));
    let a = read_text(
        "Counting requests per minute in Postgres\n\n\
         We store every request in a table and count them by minute, as shown below.\n\n\
         2020-08-01 18:00:00+00 │ 200 │ 4084\n\n\
         The query groups by the truncated time stamp and runs in a few milliseconds.\n",
    );
    assert_eq!(a.published, None);
}

#[test]
fn share_buttons_in_other_languages_are_furniture() {
    let a = read_text(
        "长三角铁路春运首日发送旅客超百万人次\n\n分享到：\n\n\
         新华社上海1月14日电 记者从中国铁路上海局集团有限公司获悉，春运首日长三角铁路发送旅客超过一百万人次。\n\n\
         Dela\n\nTrafiken flöt på utan större förseningar under dagen, enligt bolaget.\n",
    );
    assert!(!a.body.contains("分享到"), "{}", a.body);
    assert!(!a.body.contains("Dela"), "{}", a.body);
}
