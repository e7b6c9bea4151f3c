use super::*;

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

#[test]
fn a_logo_confirmed_elsewhere_is_the_site() {
    let page = lines(
        "CNET\nReviews\nNews\nCNET 100\nZuckerberg offers peek\nPhoto by James Martin/CNET\n\
         © CBS Interactive Inc. / All Rights Reserved.",
    );
    assert_eq!(site_name(&page).as_deref(), Some("CNET"));
    let page = lines("Skip to main content\nThe Guardian - Back to home\nNews\nOpinion");
    assert_eq!(site_name(&page).as_deref(), Some("The Guardian"));
    let page = lines("topicseed\n☰\nFeatures\ntopicseed, 2018-2019 © All rights reserved.");
    assert_eq!(site_name(&page).as_deref(), Some("topicseed"));
}

#[test]
fn a_logo_named_again_by_a_dateline_or_by_its_owner_is_the_site() {
    let page = lines(
        "PHILIPPINE DAILY BULLETIN\nNEWSINFO\nSPORTS\nTyphoon triggers floods in Bicol\n\
         By: Maria Dizon - Reporter\nPhilippine Daily Bulletin / 08:35 AM October 23, 2024",
    );
    assert_eq!(
        site_name(&page).as_deref(),
        Some("PHILIPPINE DAILY BULLETIN")
    );
    let page = lines(
        "El Heraldo Capitalino\nNacional\nArgentina registra la inflación más baja\n\
         © 2025 Grupo Editorial Capitalino S.A. de C.V. Todos los derechos reservados.",
    );
    assert_eq!(site_name(&page).as_deref(), Some("El Heraldo Capitalino"));
    let page = lines("Daily Planet\nSport\nA story about something\n© 2019 Daily Mail Group");
    assert_eq!(site_name(&page), None);
    let page = lines(
        "Diário do Tejo\nAssinar\nÚltima Hora\nCheias no Ribatejo\n\
         © 2026 Tejo Media, S.A. Todos os direitos reservados.",
    );
    assert_eq!(site_name(&page).as_deref(), Some("Diário do Tejo"));
    let page = lines("ACLU Conference\nSign up now\nA story about rights\n© 2018 ACLU");
    assert_eq!(site_name(&page), None);
    let page = lines(
        "Meio Ambiente\n\nQueimadas no Cerrado batem recorde\n\nNúmero de focos é o maior\n\
         Por Ana Lima\n15/10/2024 06h00\nFumaça chega a Brasília.\nLEIA TAMBÉM: Brigadistas\n\
         O Ministério do Meio Ambiente afirmou que a maior parte dos incêndios é criminosa.",
    );
    assert_eq!(site_name(&page), None, "a section inside a ministry's name");
}

#[test]
fn a_logo_whose_initials_own_it_or_that_the_text_names_is_the_site() {
    let page = lines(
        "The Lion City Times\nSingapore\nHDB prices rise\nPrices rose.\n\
         Copyright © 2024 LCT Media Ltd. All rights reserved.",
    );
    assert_eq!(site_name(&page).as_deref(), Some("The Lion City Times"));
    let page = lines(
        "Aussie Daily Wire\nNational\nWorld\nLifestyle\nTravel\nSport\nShark sighting\n\
         Sign up to the Aussie Daily Wire newsletter\n© 2024 Coastline Digital Pty Ltd",
    );
    assert_eq!(site_name(&page).as_deref(), Some("Aussie Daily Wire"));
    let page = lines(
        "News\nLocal News\nSport\nCountry Life\nCouncil keeps pool open\nBy Bec Hallinan\n\
         More from Local News\n© 2026 Inland Regional Media Pty Ltd",
    );
    assert_eq!(site_name(&page), None, "a section is no site");
    let page = lines(
        "Physics\nBiology\nComputer Science\nAll Articles\nThe Hidden Heroines of Chaos\n\
         Share\nComments\nIn the 1970s, she took computer science classes in Boulder.",
    );
    assert_eq!(
        site_name(&page),
        None,
        "a menu item the story uses in lower case is no name"
    );
    let page = lines(
        "Top Stories\nNational\nWorld\nLifestyle\nTravel\nSport\nTop Stories\nMore Top Stories\n",
    );
    assert_eq!(
        site_name(&page),
        None,
        "a menu item repeated as a line is no site"
    );
    let page = lines(
        "Vincent Vallet\nBlog\nAbout\nTags\nFeed\nA post on lazy images\nImages load late.\n\
         Vincent Vallet in Voodoo Engineering\n",
    );
    assert_eq!(
        site_name(&page),
        None,
        "a person named in the text is no site"
    );
}

#[test]
fn a_copy_says_where_it_came_from() {
    assert_eq!(
        named_origin("Originally published at The Malawi Standard").as_deref(),
        Some("The Malawi Standard")
    );
    assert_eq!(
        named_origin("Imprimé depuis La Gazette du Saloum (gazettedusaloum.sn)").as_deref(),
        Some("La Gazette du Saloum")
    );
    assert_eq!(
        named_origin("Originally published at noon, the report said"),
        None
    );
    // A read-later app's metadata field.
    assert_eq!(
        named_origin("Site: The Western Herald").as_deref(),
        Some("The Western Herald")
    );
    assert_eq!(named_origin("Site: www.westernherald.ie"), None);
}

#[test]
fn a_menu_or_an_unconfirmed_top_line_is_no_site() {
    let page = lines("News\nBreast Cancer\nNews today\nBreast Cancer in brief\nWeather");
    assert_eq!(site_name(&page), None);
    let page = lines("Daily Planet\nSport\nA story about something\n© 2019 Someone Else");
    assert_eq!(site_name(&page), None);
}

#[test]
fn a_logo_of_initials_that_the_copyright_spells_out_is_the_site() {
    assert!(spelled_out_in(
        "©2026 canadian broadcasting network. all rights reserved.",
        "CBN"
    ));
    assert!(!spelled_out_in(
        "©2026 canadian broadcasting network.",
        "CNB"
    ));
    assert!(!spelled_out_in(
        "photo: canadian broadcasting network",
        "CBN"
    ));
}
