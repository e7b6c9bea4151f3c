//! Round 11 (session 15): rules from the opened halves (text-shapes-11's, then frozen) and
//! text-shapes-12's tuning half, each on a small input of the shape it reads.

use super::super::read_text;

/// Three paragraphs of prose after a header.
fn page(header: &str) -> String {
    let mut page = header.to_string();
    for n in ["first", "second", "third"] {
        page.push_str(&format!(
            "\n\nThe assembly said the {n} group of traders would move next month, after a \
             review of the stalls and the consultation that closed in October."
        ));
    }
    page
}

#[test]
fn a_person_in_a_source_line_is_its_writer_and_the_sites_own_address_no_source() {
    let article = read_text(
        &(page(
            "Sunrise 104.3 FM\nHome\nNews\n\n\
         Assembly to relocate traders before new market opens\n\n\
         Source: Sunrise104.3FM.com/Akosua Boatemaa Owusu\n\
         24 November 2026 10:06 GMT",
        ) + "\n\n© 2026 Sunrise 104.3 FM"),
    );
    assert_eq!(article.authors, ["Akosua Boatemaa Owusu"]);
    assert_eq!(article.publisher.as_deref(), Some("Sunrise 104.3 FM"));
    assert!(article.sources.is_empty(), "{:?}", article.sources);
    // Another site's address stays a source.
    let other = read_text(
        &(page(
            "Sunrise 104.3 FM\nHome\nNews\n\n\
         Assembly to relocate traders before new market opens\n\n\
         Source: citypress.com.gh\n\
         24 November 2026 10:06 GMT",
        ) + "\n\n© 2026 Sunrise 104.3 FM"),
    );
    assert_eq!(other.sources, ["citypress.com.gh"]);
}

#[test]
fn a_reader_views_address_line_is_no_section() {
    let article = read_text(&page(
        "stackwire.network\n\nChipmakers race to package more memory beside each processor\n\n\
         By Dana Ortiz and Raj Patel\nNov 24, 2026",
    ));
    assert_eq!(article.category, None);
    assert_eq!(article.authors, ["Dana Ortiz", "Raj Patel"]);
}

#[test]
fn a_portals_logo_hosts_the_story_whose_own_masthead_stands_over_its_headline() {
    let mut page =
        String::from("Skip to main content\nyahoo!news\nSearch the web\nSign in\nMail\n");
    for item in [
        "News",
        "Finance",
        "Sport",
        "Weather",
        "Lifestyle",
        "Entertainment",
        "More",
    ] {
        page.push_str(item);
        page.push('\n');
    }
    page.push_str(
        "Advertisement\nThe Coastal Ledger\n\
         Island ferry operator cuts winter sailings as fuel costs bite\n\
         Story by Priya Nair\n",
    );
    for n in ["first", "second", "third"] {
        page.push_str(&format!(
            "The operator said the {n} round of cuts would start in January, after a review of \
             fuel costs and passenger numbers over the autumn months.\n"
        ));
    }
    page.push_str("View comments\nRelated\nAbout\nPrivacy\nTerms\nHelp\nFeedback\n");
    let article = read_text(&page);
    assert_eq!(article.publisher.as_deref(), Some("The Coastal Ledger"));
    assert_eq!(article.category, None);
}

#[test]
fn a_reader_views_site_line_over_the_headline_is_the_site_not_the_title() {
    let text = "Fagbladet Byg & Anlæg\n\
                Flere lærlinge i byggefagene, men frafaldet stiger\n\
                Af Mette Lykkegaard\n\
                24. november 2026\n\
                Antallet af nye lærlinge i bygge- og anlægsfagene er steget for tredje år i træk, men flere falder fra.\n\
                Det viser nye tal fra undervisningsministeriet, som fagbladet har set, og som dækker hele landet.\n";
    let article = read_text(text);
    assert_eq!(
        article.title,
        "Flere lærlinge i byggefagene, men frafaldet stiger"
    );
    assert_eq!(article.publisher.as_deref(), Some("Fagbladet Byg & Anlæg"));
    assert_eq!(article.authors, ["Mette Lykkegaard"]);
    // A headline over its byline stays the title though a masthead word is in it.
    let own = read_text(&text.replacen("Fagbladet Byg & Anlæg\n", "", 1));
    assert_eq!(own.title, article.title);
}

#[test]
fn a_role_or_affiliation_after_the_writers_name_is_no_writer() {
    for (byline, name) in [
        (
            "Par Marie-Ève Tremblay-Gagnon, Initiative de journalisme local",
            "Marie-Ève Tremblay-Gagnon",
        ),
        ("By Jane Doe, Local Journalism Initiative", "Jane Doe"),
        ("By Naomi Feld, Senior Fellow, Energy Program", "Naomi Feld"),
    ] {
        let article = read_text(&page(&format!(
            "Council approves new budget for the winter season\n\n{byline}\n24 November 2026"
        )));
        assert_eq!(article.authors, [name], "{byline}");
    }
}

#[test]
fn a_section_named_again_in_the_breadcrumb_is_no_site() {
    let mut page = String::from(
        "Siirry sisältöön\nJärvelän kaupunki\nAsuminen ja ympäristö\nKasvatus ja opetus\n\
         Kulttuuri ja vapaa-aika\nSosiaali- ja terveyspalvelut\nPäätöksenteko\nSvenska | English\n",
    );
    page.push_str("Etusivu / Ajankohtaista / Kulttuuri ja vapaa-aika\n\n");
    page.push_str("Keskustan kirjasto avataan uudelleen maanantaina 30. marraskuuta\n\n");
    page.push_str("Julkaistu 24.11.2026 14.05\n\n");
    for n in ["ensimmäinen", "toinen", "kolmas"] {
        page.push_str(&format!(
            "Kirjaston peruskorjauksen {n} vaihe valmistuu, ja kirjasto avautuu asiakkaille \
             maanantaina kello kahdeksan, kaupunki kertoo tiedotteessaan.\n\n"
        ));
    }
    let article = read_text(&page);
    assert_ne!(
        article.publisher.as_deref(),
        Some("Kulttuuri ja vapaa-aika")
    );
    assert_eq!(article.category.as_deref(), Some("Kulttuuri ja vapaa-aika"));
}

#[test]
fn a_form_of_address_and_an_outlet_in_the_byline_are_no_writers() {
    let article = read_text(&page(
        "Plankton breathe through tubes longer than themselves\n\nBy Dr. Priyanka Raman\nNov 24, 2026",
    ));
    assert_eq!(article.authors, ["Priyanka Raman"]);
    let republished = read_text(&page(
        "Lawmakers delay vote on school funding formula\n\n\
         By Rosa Delgado, The Capitol Ledger\nNov 24, 2026",
    ));
    assert_eq!(republished.authors, ["Rosa Delgado"]);
    assert_eq!(republished.sources, ["The Capitol Ledger"]);
    // A person whose surname is a newspaper word stays a writer.
    let post = read_text(&page(
        "Etiquette for the office party season\n\nBy Emily Post\nNov 24, 2026",
    ));
    assert_eq!(post.authors, ["Emily Post"]);
}

#[test]
fn swahili_and_tagalog_bylines_open_with_their_word_for_by() {
    let article = read_text(&page(
        "Wakulima wa Mbeya wapata mbegu mpya za mahindi\n\nNa Rehema Mwakyusa\n24 Novemba 2026",
    ));
    assert_eq!(article.authors, ["Rehema Mwakyusa"]);
}
