//! Round 14 (session 18), continued: sections, publishers and dates, each on a small input of
//! the shape it reads.

use super::super::read_text;
use super::round14::menu;

#[test]
fn an_apps_open_in_browser_button_and_a_newsletters_chat_link_name_no_section() {
    for button in ["Open in browser", "Chat"] {
        let lines: Vec<String> = [
            button,
            "Walvis Bay green hydrogen plant gets environmental clearance",
        ]
        .iter()
        .map(|l| l.to_string())
        .collect();
        assert_eq!(
            super::super::section::section_above(&lines, 1),
            None,
            "{button}"
        );
    }
}

#[test]
fn a_stations_dateline_is_no_site_name_and_its_app_names_it_in_full() {
    let article = read_text(
        "Education\n\n\
         Dallas ISD approves later start times for middle schools beginning next fall\n\n\
         By Kendra Mills and Luis Ortega\n\n\
         Published: Nov. 23, 2026 at 6:48 PM CST\n\n\
         DALLAS (KDFX) - Middle school students in Dallas ISD will start class nearly an hour later beginning in the 2027-28 school year.\n\n\
         Middle schools will start at 8:45 a.m. instead of 7:50 a.m., while most elementary schools will move earlier.\n\n\
         Copyright 2026 KDFX. All rights reserved.\n\n\
         Shared from the KDFX 8 News app\n",
    );
    assert_eq!(article.publisher.as_deref(), Some("KDFX 8 News"));
}

#[test]
fn a_wires_contribution_line_and_a_magazines_masthead_name_the_publisher() {
    let article = read_text(
        "Federal judge blocks Missouri law limiting mail-in voting, citing Postal Service delays\n\n\
         By Grant Whitfield and Alicia Romero\n\n\
         Updated 4:17 PM EST, November 24, 2026\n\n\
         JEFFERSON CITY, Mo. (UNW) — A federal judge on Tuesday blocked a Missouri law that would have required mail-in ballots to arrive by Election Day.\n\n\
         Missouri Secretary of State Kyle Bremmer said his office would appeal.\n\n\
         United Newswire writer Carla Mendez in Chicago contributed to this report.\n",
    );
    assert_eq!(article.publisher.as_deref(), Some("United Newswire"));
    let article = read_text(
        "The American Review\n\n\
         The Last Mill Town\n\n\
         When the paper mill in Harlow Falls, Maine, closed, the town expected to die. Instead it became an experiment.\n\n\
         By Laura Kim and Peter Hale\n\n\
         November 20, 2026\n\n\
         The whistle at the Harlow Falls Paper mill used to sound at 6:45 every morning, and people set their clocks by it.\n\n\
         When it went silent for good in 2008, the town had 4,500 people; today it has just under 3,900.\n",
    );
    assert_eq!(article.publisher.as_deref(), Some("The American Review"));
    assert_eq!(article.category, None);
}

#[test]
fn a_byline_under_a_short_last_paragraph_or_over_the_writers_bio() {
    let story = "Galway's Salthill promenade to get storm barrier after winter of flooding\n\n\
                 A €6.5 million storm barrier is to be built along a 600-metre stretch of Salthill promenade after a winter of floods.\n\n\
                 Galway City Council has approved plans for a raised wall with glass panels, designed to keep waves off the road.\n\n";
    let article = read_text(&format!(
        "{story}The Office of Public Works is funding 90pc of the cost.\n\nAoife Kennelly\n"
    ));
    assert_eq!(article.authors, ["Aoife Kennelly"]);
    let article = read_text(&format!(
        "{story}Meera Dhaliwal\n\nMeera Dhaliwal is a reporter with Island Tidewater News based in Campbell River.\n\nMore from Island Tidewater News\n"
    ));
    assert_eq!(article.authors, ["Meera Dhaliwal"]);
}

#[test]
fn a_follow_button_under_a_name_makes_it_a_writers() {
    // `Tamsin` is in no given-name list: the button says the name is a person's.
    let article = read_text(
        "What Three Years of Running a Community Fridge Taught Me About My City\n\n\
         The people who use it are not who you think — and neither are the people who fill it\n\n\
         Tamsin Okoro\n\nFollow\n\n\
         When we plugged in the fridge outside the laundrette on Selby Road in 2023, I expected it to be empty within a week.\n\n\
         Neither happened. On the first day a retired baker left four loaves and a note saying she would be back.\n",
    );
    assert_eq!(article.authors, ["Tamsin Okoro"]);
}

#[test]
fn an_arabic_dateline_place_and_reporter_under_the_headline() {
    let article = read_text(
        "محليات\n\
         إطلاق المرحلة الثانية من مشروع النقل العام في الرياض مطلع العام المقبل\n\
         الرياض - فهد العتيبي\n\
         25 نوفمبر 2026\n\
         أعلنت الهيئة الملكية لمدينة الرياض أمس عن إطلاق المرحلة الثانية من مشروع النقل العام في المدينة مطلع العام المقبل.\n\
         وأوضحت الهيئة أن المرحلة الجديدة تشمل تشغيل حافلات إضافية على مسارات جديدة تربط الأحياء بمحطات القطار.\n",
    );
    assert_eq!(
        article.title,
        "إطلاق المرحلة الثانية من مشروع النقل العام في الرياض مطلع العام المقبل"
    );
    assert_eq!(article.authors, ["فهد العتيبي"]);
}

#[test]
fn one_word_between_two_writers_is_the_first_ones_outlet() {
    assert_eq!(
        super::super::byline::name_list("Lerato Molefe, News365 and Pieter van Wyk"),
        Some(vec![
            "Lerato Molefe".to_string(),
            "Pieter van Wyk".to_string()
        ])
    );
    // A list that ends with the lone word is no list of writers.
    assert_eq!(
        super::super::byline::name_list("Lerato Molefe, Pieter van Wyk and News365"),
        None
    );
    assert_eq!(
        super::super::byline::byline("short by Sneha Iyer"),
        Some(vec!["Sneha Iyer".to_string()])
    );
}

#[test]
fn a_croatian_story_reads_listopad_as_october_a_polish_one_as_november() {
    let croatian = read_text(
        "Kvote za nautičare u Kornatima od iduće godine\n\n\
         Objavljeno: 14. listopada 2025. u 9:12\n\n\
         Ministarstvo je najavilo da će broj plovila u parku biti ograničen, a odluka je donesena nakon što su ribari upozorili na štetu.\n\n\
         Prema podacima parka, broj posjetitelja je prošle godine bio veći nego ikad, kako je rekao ravnatelj koji nije htio komentirati kvote.\n",
    );
    assert_eq!(croatian.published.as_deref(), Some("2025-10-14T09:12"));
    let polish = read_text(
        "Nowe limity dla żeglarzy na Mazurach od przyszłego roku\n\n\
         Opublikowano: 14 listopada 2025 o 9:12\n\n\
         Ministerstwo zapowiedziało, że liczba łodzi na jeziorach zostanie ograniczona, a decyzja została podjęta po tym, jak rybacy ostrzegli przed szkodami.\n\n\
         Według danych parku liczba turystów jest w tym roku większa niż kiedykolwiek, ale dyrektor nie chciał komentować limitów.\n",
    );
    assert_eq!(polish.published.as_deref(), Some("2025-11-14T09:12"));
}

#[test]
fn a_pages_one_labelled_publication_date_under_its_related_links() {
    let mut text = String::from("Skip to content\nBBN\n");
    text.push_str(&menu(&[
        "Home",
        "News",
        "Sport",
        "Business",
        "Innovation",
        "Culture",
        "Travel",
        "Earth",
        "Video",
        "Live",
        "Sign In",
    ]));
    text.push_str(
        "Danube ferry operators halt crossings as river drops to record low\n\
         2 hours ago\nShare\nSave\nKatalin Vörös\nBBN News, Budapest\n",
    );
    for n in 0..5 {
        text.push_str(&format!(
            "Ferry operators on the Danube have halted {n} crossings after the river fell to its lowest level on record, officials said on Wednesday.\n"
        ));
    }
    text.push_str(
        "Related\nEurope's rivers run dry as heatwave lingers\n12 Aug 2024\nEurope\n\
         Why barge freight is so hard to replace\n3 Aug 2024\nBusiness\n\
         Published 14 August 2024, 09:12 BST\nMore from the BBN\nTerms of Use\n",
    );
    let article = read_text(&text);
    assert_eq!(article.published.as_deref(), Some("2024-08-14T09:12"));
}

#[test]
fn a_wires_date_over_its_headline_dates_the_story_unless_the_byline_block_does() {
    let story = "Nordhaven Shipping ASA cut its outlook for 2026 on Monday, saying container freight rates on its main routes had fallen faster than expected.\n\n\
                 The company now expects operating profit of between 1.1 and 1.4 billion crowns, down from an earlier forecast.\n";
    let article = read_text(&format!(
        "MERIDIAN NEWSWIRES\n\n24 Nov 2025 14:32 GMT\n\nStory ID: MNW20251124-0412\n\n\
         NORDHAVEN SHIPPING CUTS 2026 OUTLOOK AS FREIGHT RATES SLIDE -- UPDATE 2\n\n\
         By Katrin Solberg\n\n{story}"
    ));
    assert_eq!(
        article.published.as_deref(),
        Some("2025-11-24T14:32:00+00:00")
    );
    // A site's date strip over the headline gives way to the byline block's date.
    let article = read_text(&format!(
        "Novosadski puls\n\nPočetna\n\nUtorak, 24. novembar 2026.\n\n\
         Novi Sad dobija prvu noćnu autobusku liniju do aerodroma\n\n\
         Autor: Jelena Marković\n\nObjavljeno: 24.11.2026. u 12:15\n\n{story}"
    ));
    assert_eq!(article.published.as_deref(), Some("2026-11-24T12:15"));
}
