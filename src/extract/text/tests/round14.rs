//! Round 14 (session 18): rules from the opened halves (text-shapes-14's, until then frozen)
//! and text-shapes-15's tuning half, each on a small input of the shape it reads.

use super::super::read_text;

/// A page's menu, one item per line, as whole-page copies print it.
pub(super) fn menu(items: &[&str]) -> String {
    items.iter().map(|i| format!("{i}\n")).collect()
}

/// A broadcaster's page: logo, menu, the section, then `header` and five paragraphs of story.
fn broadcaster_page(header: &str) -> String {
    let mut text = String::from("Skip to content\nBPC\n");
    text.push_str(&menu(&[
        "Home", "News", "Sport", "Business", "Culture", "Travel", "Earth", "Video", "Live",
        "Sign in", "Register", "UK", "Africa", "Asia", "Europe", "Politics",
    ]));
    text.push_str(header);
    for n in 0..5 {
        text.push_str(&format!(
            "Councils in England will be given {n} new powers to limit the number of short-term holiday lets in their areas, under plans announced by the government on Tuesday.\n"
        ));
    }
    text.push_str("Related\nHome\nNews\nSport\n");
    text
}

#[test]
fn stacked_bylines_with_roles_and_a_lone_and_name_every_writer() {
    let article = read_text(&broadcaster_page(
        "Councils in England to get powers to cap short-term holiday lets\n\
         2 hours ago\nShare\nSave\n\
         Eleanor Pike\nPolitical correspondent\nand\nTom Ashdown\nBPC News\n\
         Getty Images\n\
         Cornwall has more than 20,000 properties listed as short-term lets, according to the council\n",
    ));
    // The byline block (a name over a role) anchors the headline: the photo's caption below it
    // is no title.
    assert_eq!(
        article.title,
        "Councils in England to get powers to cap short-term holiday lets"
    );
    assert_eq!(article.authors, ["Eleanor Pike", "Tom Ashdown"]);
    // The logo (`BPC`) printed longer after the writers is the name the outlet signs with.
    assert_eq!(article.publisher.as_deref(), Some("BPC News"));
    // The caption is printed under its credit, the outlet's line above it.
    let captions: Vec<Option<&str>> = article
        .images
        .iter()
        .map(|i| i.caption.as_deref())
        .collect();
    assert_eq!(
        captions,
        [Some(
            "Cornwall has more than 20,000 properties listed as short-term lets, according to the council"
        )]
    );
}

#[test]
fn a_menu_pair_is_no_name_over_a_role() {
    // `Today's Paper` over `Local News` is a menu, not a byline block: the headline below them
    // keeps its place.
    let mut text = String::from("The Ovens Valley Chronicle\nSubscribe\nLog in\n");
    text.push_str(&menu(&[
        "Local News",
        "Sport",
        "Property",
        "Community",
        "Puzzles",
    ]));
    text.push_str(
        "Today's Paper\nLocal News\n\
         Council pulls pin on Wangaratta riverside caravan park sale after 900 objections\n\
         Ellie Drummond\nNovember 24 2026 - 4:30pm\n",
    );
    for n in 0..5 {
        text.push_str(&format!(
            "Rural City of Wangaratta has abandoned plans {n} to sell its riverside caravan park after more than 900 residents lodged objections with the council.\n"
        ));
    }
    let article = read_text(&text);
    assert_eq!(
        article.title,
        "Council pulls pin on Wangaratta riverside caravan park sale after 900 objections"
    );
}

#[test]
fn a_labelled_relative_update_closes_a_byline_and_date_line() {
    let article = read_text(
        "Ontario to end time changes if Quebec and New York agree, premier says\n\n\
         Priya Sandhu · CBN News · Posted: Nov 24, 2026 4:00 AM EST | Last Updated: 2 hours ago\n\n\
         Ontario will stop changing its clocks twice a year as soon as Quebec and New York state agree to do the same, the premier said Monday.\n\n\
         The province passed the Time Amendment Act in 2020, which would keep Ontario on daylight saving time all year.\n",
    );
    assert_eq!(article.authors, ["Priya Sandhu"]);
    assert_eq!(article.published.as_deref(), Some("2026-11-24T04:00"));
}

#[test]
fn a_desk_before_the_writer_after_a_bar_is_no_writer() {
    for line in [
        "Web Desk | Sana Mirza",
        "News Desk · Sana Mirza",
        "Redacción / Sana Mirza",
    ] {
        assert_eq!(
            super::super::byline::name_line(line),
            Some(vec!["Sana Mirza".to_string()]),
            "{line}"
        );
    }
}

#[test]
fn the_line_over_a_photo_credit_is_its_caption_not_the_headline() {
    let mut text = String::from("Der Zeitspiegel\nAbonnement\nAnmelden\n");
    text.push_str(&menu(&[
        "Politik",
        "Ausland",
        "Panorama",
        "Sport",
        "Wirtschaft",
        "Netzwelt",
        "Kultur",
        "Leben",
    ]));
    text.push_str(
        "Strompreise\n\
         Regierung einigt sich auf Entlastung bei Netzentgelten\n\
         Private Haushalte sollen im kommenden Jahr rund 120 Euro weniger für Strom zahlen.\n\
         Von Katrin Möller, Jonas Albrecht und Sebastian Richter\n\
         24.11.2026, 17.42 Uhr\n\
         Artikel anhören (3 Minuten)\nZur Merkliste hinzufügen\nLink kopieren\n\
         Strommasten bei Magdeburg: Der Bund will die Netzentgelte 2027 mit 6,5 Milliarden Euro bezuschussen\n\
         Foto: Klaus-Dietmar Gabbert / dpa\n",
    );
    for n in 0..5 {
        text.push_str(&format!(
            "Die Bundesregierung hat sich auf einen Zuschuss von 6,5 Milliarden Euro zu den Netzentgelten im Jahr {n} geeinigt, teilte das Ministerium am Dienstag in Berlin mit.\n"
        ));
    }
    let article = read_text(&text);
    assert_eq!(
        article.title,
        "Regierung einigt sich auf Entlastung bei Netzentgelten"
    );
    assert_eq!(
        article.authors,
        ["Katrin Möller", "Jonas Albrecht", "Sebastian Richter"]
    );
    assert_eq!(article.published.as_deref(), Some("2026-11-24T17:42"));
}

#[test]
fn the_outlet_before_a_byline_after_a_bar_anchors_the_header() {
    let mut text = String::from("Skip to content\nWRVP\nThree Rivers Public Radio\n");
    text.push_str(&menu(&[
        "Listen Live",
        "Donate",
        "News",
        "Local News",
        "Politics",
        "Health",
        "Education",
        "Programs",
        "Schedule",
        "Podcasts",
        "Events",
        "Support",
        "About",
        "Contact",
    ]));
    text.push_str(
        "Local News\n\
         Allegheny County's last rural hospital maternity ward will close in January\n\
         Expectant parents in the northern townships will have to drive up to 50 minutes to deliver.\n\
         WRVP | By Nora Kessler\n\
         Published November 24, 2026 at 5:12 PM EST\n\
         Facebook\nTwitter\nEmail\nListen • 4:12\n\
         Valley Ridge Medical Center in Harmar Township. Nora Kessler / WRVP\n",
    );
    for n in 0..5 {
        text.push_str(&format!(
            "Valley Ridge Medical Center will stop delivering babies on Jan. {n}, leaving no labor and delivery unit in the northern part of the county.\n"
        ));
    }
    let article = read_text(&text);
    assert_eq!(
        article.title,
        "Allegheny County's last rural hospital maternity ward will close in January"
    );
    assert_eq!(article.authors, ["Nora Kessler"]);
    assert_eq!(article.published.as_deref(), Some("2026-11-24T17:12"));
}

/// A headline, `meta` under it, and two paragraphs of story.
fn story_with(meta: &str) -> crate::model::Article {
    read_text(&format!(
        "Lumastack raises $42M to sell battery storage to apartment buildings\n\n{meta}\n\n\
         Lumastack, a startup that installs shared battery systems in the basements of apartment buildings, has raised a $42 million round.\n\n\
         The Oakland-based company says its batteries charge from rooftop solar and cheap off-peak power.\n"
    ))
}

#[test]
fn slashes_part_writers_a_time_its_date_an_outlet_and_a_handle() {
    let article = story_with("Priya Natarajan, Owen Blake / 2:15 PM PST • November 24, 2026");
    assert_eq!(article.authors, ["Priya Natarajan", "Owen Blake"]);
    assert_eq!(article.published.as_deref(), Some("2026-11-24T14:15"));
    // A feed reader's line: the writer, the feed and the age.
    let article = story_with("by Chisomo Banda / The Lakeshore Chronicle / 3h");
    assert_eq!(article.authors, ["Chisomo Banda"]);
    let article = story_with("By: Maria Katrina Dizon - Reporter / @mkdizonPDB");
    assert_eq!(article.authors, ["Maria Katrina Dizon"]);
    // A dateline's place before a slash is no writer.
    let article = story_with("Ciudad de México / 14.02.2025 09:30 hrs");
    assert!(article.authors.is_empty(), "{:?}", article.authors);
}

#[test]
fn a_feed_readers_visit_website_button_is_no_writer() {
    let article = read_text(
        "The Lakeshore Chronicle\n\
         Lilongwe water board raises tariffs by 18 percent from January\n\
         Read Later\nSave to Board\n\
         The Lilongwe Water Board will raise water tariffs by 18 percent from January 1 after the regulator approved its application on Monday.\n\
         The spokesperson said the increase was needed to cover higher electricity and chemical costs and to repay loans for the dam project.\n\
         Visit Website\n",
    );
    assert!(article.authors.is_empty(), "{:?}", article.authors);
}

#[test]
fn turkish_desks_chinese_bars_and_maltese_bylines() {
    assert_eq!(
        super::super::byline::name_line("Selin Aydoğan - Ekonomi Servisi"),
        Some(vec!["Selin Aydoğan".to_string()])
    );
    assert_eq!(
        super::super::byline::byline("文｜王晓晨"),
        Some(vec!["王晓晨".to_string()])
    );
    assert_eq!(
        super::super::byline::byline("Minn Marija Camilleri u Ġorġ Farrugia"),
        Some(vec![
            "Marija Camilleri".to_string(),
            "Ġorġ Farrugia".to_string()
        ])
    );
}

#[test]
fn a_deck_before_an_indian_papers_labelled_dateline() {
    let article = read_text(
        "સાબરમતી રિવરફ્રન્ટ પર શિયાળુ ફ્લાવર શો 15 ડિસેમ્બરથી શરૂ\n\n\
         આ વર્ષે ફ્લાવર શોમાં 12 લાખથી વધુ છોડ પ્રદર્શિત કરાશે, ટિકિટના દરમાં કોઈ ફેરફાર નહીં કરવામાં આવે તેમ જણાવાયું છે.\n\n\
         અમદાવાદ, તા. 24 નવેમ્બર 2026 અમદાવાદ મ્યુનિસિપલ કોર્પોરેશન દ્વારા આ વર્ષે પણ સાબરમતી રિવરફ્રન્ટ પર ફ્લાવર શોનું આયોજન કરવામાં આવશે.\n\n\
         સ્થાયી સમિતિના ચેરમેને જણાવ્યું કે આ વર્ષે શોમાં નવી થીમ રાખવામાં આવી છે અને મુલાકાતીઓ માટે વધુ સુવિધાઓ ઊભી કરાશે.\n",
    );
    assert_eq!(article.published.as_deref(), Some("2026-11-24"));
}
