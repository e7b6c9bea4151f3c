//! Round 21 (session 25): rules from the opened halves (text-shapes-21's, until then frozen)
//! and text-shapes-22's tuning half (older articles as archivists copy them), each on a small
//! input of the shape it reads.

use super::super::read_text;
use crate::extract::dates::parse_date_clauses;

const STORY: &str = "Signal fault delays the morning trains by an hour\n\
    A signal fault near the central station held up trains for more than an hour on Tuesday.\n\
    Thousands of commuters were late for work, and some stations closed their gates.\n";

#[test]
fn a_date_strip_with_its_weekday_over_the_headline_gives_way_to_the_story_date() {
    // The site's "today" line (a date with its weekday, unlabelled) over the headline, the
    // story's own labelled date under it.
    let page = |date_line: &str| {
        format!(
            "The Morning Ledger\n2026년 12월 2일 수요일\nHome | News | Sport | Opinion\nSearch\n\
             Society\n{}\n{date_line}{}Kim Min-su, reporter\nShare | Print\n\
             Copyright The Morning Ledger. All rights reserved.\n",
            STORY.lines().next().unwrap_or_default(),
            STORY
                .lines()
                .skip(1)
                .map(|l| format!("{l}\n"))
                .collect::<String>()
        )
    };
    let a = read_text(&page("입력 : 2002-06-25 14:05\n"));
    assert_eq!(a.published.as_deref(), Some("2002-06-25T14:05"));
    // With no date under the headline, the strip still dates the page.
    let a = read_text(&page(""));
    assert_eq!(a.published.as_deref(), Some("2026-12-02"));
}

#[test]
fn a_spaced_slash_parts_date_clauses() {
    let clauses = parse_date_clauses("입력 : 2002-06-25 14:05 / 수정 : 2002-06-25 18:30");
    let isos: Vec<&str> = clauses.iter().map(|(_, d)| d.iso.as_str()).collect();
    assert_eq!(isos, ["2002-06-25T14:05", "2002-06-25T18:30"]);
    // A slash inside a date is no clause's end.
    let clauses = parse_date_clauses("Posted: 25/06/2002, 14:05");
    assert_eq!(clauses.len(), 1);
}

/// A whole page of an old template: masthead, menu, section, headline, date, then `body`.
fn old_page(between: &str) -> String {
    format!(
        "The Valley Courier\nHome Page\nWorld\nU.S.\nWeather\nBusiness\nSports\nSEARCH\nU.S.\n\
         Late storm strands hundreds at the airport\nPosted: 2:14 PM, 12/03/2007\n{between}\
         A late storm dumped up to 20 inches of snow on the valley overnight, cancelling \
         hundreds of flights and leaving travellers sleeping on cots at the airport.\n\
         Airport staff said more than 600 flights had been cancelled by Monday afternoon and \
         that crews were clearing two of the runways.\n\
         Schools in 14 districts were closed, and the utility said about 25,000 customers \
         were without power at the height of the storm.\n\
         E-mail to a friend\n© 2007 Valley Courier Holdings Inc. All Rights Reserved.\n"
    )
}

#[test]
fn a_highlights_list_and_its_heading_are_no_headline_or_writer() {
    let a = read_text(&old_page(
        "Story Highlights\n• Up to 20 inches of snow fell overnight in parts of the valley\n\
         • More than 600 flights cancelled; travellers spent the night at the airport\n",
    ));
    assert_eq!(a.title, "Late storm strands hundreds at the airport");
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

#[test]
fn links_to_the_previous_and_next_posts_are_no_headline() {
    let a = read_text(
        "Wieści z Podhala\nNiezależny serwis informacyjny\n\n\
         « Nowy Targ: remont ulicy Kolejowej przedłużony\nKino „Tatry” znów otwarte »\n\
         Radni zgodzili się na budowę krytego lodowiska\n18 września 2009 o 20:15\n\
         Tekst: Anna Gąsienica-Marcinek\n\
         Nowy Targ będzie miał kryte lodowisko z prawdziwego zdarzenia. Na czwartkowej sesji \
         Rada Miasta przyjęła uchwałę o budowie hali przy ulicy Szaflarskiej.\n\
         Inwestycja ma kosztować 28 mln zł. Miasto liczy, że połowę pieniędzy uda się \
         pozyskać z funduszy unijnych.\n\
         Wpisano w Gmina | 4 komentarze »\nDodaj komentarz\n",
    );
    assert_eq!(a.title, "Radni zgodzili się na budowę krytego lodowiska");
    // A headline quoted in guillemets closes what it opens, and stays a headline.
    let a = read_text(
        "« Nous ne lâcherons rien », dit le maire de Brest\n\n\
         Le maire a répondu mardi aux critiques sur le projet de tramway, qui doit relier le \
         port à l'université d'ici 2030.\n",
    );
    assert_eq!(a.title, "« Nous ne lâcherons rien », dit le maire de Brest");
}

#[test]
fn a_headline_a_share_bar_repeats_beats_a_longer_deck() {
    let a = read_text(
        "Okanagan Sentinel\nSubscribe\nSign In\nNews\nLocal News\nCanada\nWorld\nOpinion\n\
         Business\nSports\nLocal News\nCouncil backs protected bike lanes on Ellis Street\n\
         Cyclists welcome the $1.2-million plan, but some downtown merchants worry about losing \
         parking\nRachel Dubois, Okanagan Sentinel\nPublished on: May 4, 2016\n\
         The city will build its first protected bike lanes downtown after council voted 6-3 on \
         Tuesday to approve a $1.2-million plan for Ellis Street.\n\
         The lanes, separated from traffic by concrete curbs, will run for 1.4 kilometres \
         between Clement Avenue and the highway.\n\
         About 40 on-street parking spaces will be removed, and merchants said customers would \
         have nowhere to stop.\n\
         Share this story: Council backs protected bike lanes on Ellis Street\nFacebook\n\
         Twitter\nEmail\n",
    );
    assert_eq!(
        a.title,
        "Council backs protected bike lanes on Ellis Street"
    );
}

#[test]
fn the_brand_before_a_copyright_mark_in_a_script_without_case() {
    use crate::extract::text::footer::brand_before_mark;
    // "Hong Kong Daily all rights reserved © 2012 Hong Kong Press Group Ltd. No reproduction."
    assert_eq!(
        brand_before_mark("香江日報版權所有 © 2012 香江報業集團有限公司。不得轉載。").as_deref(),
        Some("香江日報")
    );
    assert_eq!(
        brand_before_mark("Zprávy Vltava © 2024 Vltava Media a.s.").as_deref(),
        Some("Zprávy Vltava")
    );
    // A lower-case word before the mark is no brand.
    assert_eq!(brand_before_mark("photo © Anna Keller"), None);
}

#[test]
fn a_beat_and_role_under_the_writer_is_no_second_writer() {
    let page = |byline: &str| {
        format!(
            "Council approves 24-hour bus service on two routes\n{byline}\nNov. 24, 2026 5:30 p.m.\n\
             The regional council voted on Tuesday to run buses around the clock on two of the \
             busiest routes from the spring.\n\
             The service will cost about $3 million a year, the transit agency said.\n"
        )
    };
    let a = read_text(&page("Megan O'Rourke\nMunicipal Affairs Reporter"));
    assert_eq!(a.authors, ["Megan O'Rourke"]);
    // A name and its role on a line of its own stays a writer.
    let a = read_text(&page("Gwenllian Harries Chief Reporter"));
    assert_eq!(a.authors, ["Gwenllian Harries"]);
}
