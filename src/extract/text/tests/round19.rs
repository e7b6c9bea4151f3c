//! Round 19 (session 23): rules from the opened halves (text-shapes-19's, until then frozen)
//! and the open halves' misses grouped by kind, each on a small input of the shape it reads.

use super::super::read_text;

#[test]
fn a_short_line_with_a_number_under_the_headline_is_not_the_headline() {
    // A relative time or a reading time between the headline and the date line, in a language
    // whose words Chronicle does not know: the longer headline-shaped line above it is the
    // headline, and the menu's active item above that its section.
    for furniture in ["Awa 3 da suka wuce", "Hace unas 2 horas ya"] {
        let a = read_text(&format!(
            "Skip to content\nRadio Pwani\nHabari\nVideo\nMichezo\nVideo\n\
             Wakulima wa Pwani waanza kupanda mbegu mpya za mahindi\n{furniture}\n\
             24 November 2026\n\
             Wakulima zaidi ya 300 katika kaunti ya Kilifi wameanza kupanda mbegu mpya za \
             mahindi zinazostahimili ukame msimu huu.\n\
             Mbegu hizo zilisambazwa na shirika la kilimo la kaunti wiki iliyopita, na kila \
             mkulima alipata kilo kumi bila malipo.\n"
        ));
        assert_eq!(
            a.title, "Wakulima wa Pwani waanza kupanda mbegu mpya za mahindi",
            "{furniture}"
        );
        assert_eq!(a.published.as_deref(), Some("2026-11-24"), "{furniture}");
    }
}

#[test]
fn a_section_the_menu_printed_is_no_masthead_over_the_headline() {
    // `Free Press` names papers, but `Press Releases` printed by the menu and again over the
    // headline is the page's section; the site's name stands at the top and the bottom.
    let a = read_text(
        "The Coastal Ledger\nHome\nNation\nBusiness\nSports\nPress Releases\nPress Releases\n\
         Rice group to hand out 12,000 bags of certified seed to farmers\n\
         November 24, 2026 | 2:15 PM\n\
         TAGUM CITY – A farmers' research group will hand out 12,000 bags of certified rice \
         seed to farmers in the province ahead of the dry-season planting.\n\
         The seeds will go to about 4,800 farmers who lost part of their main crop to floods in \
         October, the group said.\n\
         This is a press release from the Rice Growers' Research Group.\n\
         The Coastal Ledger publishes press releases as a service to readers.\n\
         About Us\nContact\n© 2026 Ledger Media Inc.\n",
    );
    assert_eq!(a.category.as_deref(), Some("Press Releases"));
    assert_eq!(a.publisher.as_deref(), Some("The Coastal Ledger"));
    // The footer's `About Us` link under the last paragraph is no writer.
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

/// A whole page's header, menu and footer around four paragraphs (enough for the page-dump
/// reader), with `byline` and `date` under the headline.
fn whole_page(byline: &str, date: &str) -> String {
    format!(
        "Oyggjablaðið\nForsíða\nInnlendis\nÚtlendis\nVinna\nÍtróttur\nMentan\nKunngerðir\n\
         Innlendis\nLaksaprísurin fallin 18 prosent síðan í summar\n{byline}\n\
         Mynd: Rúni Joensen\n{date}\n\
         Prísurin á føroyskum laksi er fallin umleið 18 prosent síðan í juli, vísa nýggj tøl \
         frá Hagstovuni, og aliararnir siga, at tað er størri fall enn vanligt um heystið.\n\
         Í oktober fingu aliararnir í miðal 62 krónur fyri kilo, samanborið við 76 krónur í \
         summar. Orsøkin er serliga størri útboð av laksi úr Noregi og Chile.\n\
         „Tað er vanligt, at prísurin fellur um heystið, men í ár er fallið størri enn \
         vanligt,“ sigur búskaparfrøðingurin Sunneva Hansen.\n\
         Hóast prísfallið væntar vinnan, at útflutningurin í ár verður tann størsti \
         nakrantíð.\n\
         Fleiri tíðindi\nNýggjur bussleiðarskipan í Havn frá 1. januar\n\
         Oyggjablaðið P/F · Vaglið 5 · 100 Tórshavn\n"
    )
}

#[test]
fn a_whole_pages_dump_keeps_the_writers_line_under_an_unknown_label() {
    // The page-dump reader clears short lines around the story; a line of one unknown label
    // word, a colon and a name under the headline is the writer's, and only the first such
    // line: the photo credit below it stays out of the text.
    let a = read_text(&whole_page("Tekstur: Jógvan Olsen", "24.11.2026 kl. 13:40"));
    assert_eq!(a.authors, ["Jógvan Olsen"]);
    assert!(!a.body.contains("Mynd"), "{}", a.body);
}

#[test]
fn credits_stacked_under_an_unknown_byline_are_no_headline() {
    // `Author: …` over `Translated from Russian by: …`, both in words Chronicle does not know:
    // the headline is above them, the first is the writer and the second no part of the story.
    let a = read_text(
        "Xəbər Bakı\nƏsas\nSiyasət\nCəmiyyət\nİqtisadiyyat\nİdman\nCəmiyyət\n\
         Bakıda 40-dan çox yaşayış binası istiliksiz qalıb\nMüəllifi: Leyla Həsənova\n\
         Rus dilindən tərcümə edən: Orxan Məmmədov\n24.11.2026, 16:40\nPaylaş\n\
         Bakıda istilik mövsümü başlayandan bəri 40-dan çox çoxmərtəbəli binanın sakinləri \
         mənzillərində istilik olmadığından şikayət edirlər.\n\
         Şəhər istilik şəbəkəsinin məlumatına görə, problem əsasən köhnə boruların \
         dəyişdirilməsi ilə bağlıdır və bir neçə həftə çəkə bilər.\n\
         Bələdiyyə bu həftə 12 binadakı problemi həll edəcəyini bildirib.\n\
         Oxşar xəbərlər\nGəncədə yeni avtobuslar işə başladı\n© 2026 Xəbər Bakı\n",
    );
    assert_eq!(a.title, "Bakıda 40-dan çox yaşayış binası istiliksiz qalıb");
    assert_eq!(a.authors, ["Leyla Həsənova"]);
    assert!(!a.body.contains("tərcümə"), "{}", a.body);
    assert!(!a.lead.contains("tərcümə"), "{}", a.lead);
}

#[test]
fn national_agencies_of_more_countries_credit_the_story() {
    // Malawi's, Zambia's and Madagascar's national agencies, in a closing credit line.
    for agency in ["MANA", "ZANIS", "ANTA", "Somali National News Agency"] {
        let a = read_text(&format!(
            "Farmers get seed vouchers ahead of the rains\n\n\
             Farmers in the district began collecting seed vouchers on Monday, officials \
             said, ahead of the planting season.\n\n\
             About 4,000 households are expected to benefit this year.\n\n({agency})\n"
        ));
        assert_eq!(a.sources, [agency], "{agency}");
    }
}

#[test]
fn the_arabic_pen_byline_and_a_preposition_before_the_time_joiner() {
    // `بقلم` ("by the pen of") is how Arabic papers sign; Maghreb sites write the time after
    // `على الساعة` ("on the hour").
    let a = read_text(
        "ميناء سوسة يستقبل أول رحلة بحرية مباشرة\nبقلم سنية الزواري\n\
         نُشر في 24/11/2026 على الساعة 15:20\n\
         استقبل ميناء سوسة التجاري صباح الثلاثاء أول رحلة بحرية مباشرة للمسافرين من مرسيليا.\n",
    );
    assert_eq!(a.authors, ["سنية الزواري"]);
    assert_eq!(a.published.as_deref(), Some("2026-11-24T15:20"));
}

#[test]
fn the_khmer_byline_and_its_colon() {
    // `ដោយ` ("by") and Khmer's own colon sign `៖`.
    let a = read_text(
        "ហេតុអ្វីបានជាទីក្រុងត្រូវការចិញ្ចើមផ្លូវ\nដោយ៖ សុខ វណ្ណារ៉ា\n\
         ទីក្រុងភ្នំពេញកំពុងរីកធំយ៉ាងលឿន ប៉ុន្តែអ្នកថ្មើរជើងនៅតែគ្មានកន្លែងដើរ។\n",
    );
    assert_eq!(a.authors, ["សុខ វណ្ណារ៉ា"]);
}

#[test]
fn a_name_in_a_sentence_that_spells_the_pages_address() {
    // The e-mail address's site and the name in the closing line agree; neither alone says it.
    let story = "Did the council ban takeaways near schools?\n\n\
                 A post shared on Facebook claims new takeaways can no longer open near schools.\n\n\
                 The draft policy only discourages them, and it would not take effect until 2027.\n\n";
    let a = read_text(&format!(
        "{story}FactCheck is The Liffey Journal's fact-checking project. Send us a claim at \
         factcheck@liffeyjournal.ie\n"
    ));
    assert_eq!(a.publisher.as_deref(), Some("The Liffey Journal"));
    // A longer name that holds the address's words is another body (a PR agency's).
    let a = read_text(&format!(
        "{story}Issued by Liffey Journal Communications on behalf of the council. \
         press@liffeyjournal.ie\n"
    ));
    assert_eq!(a.publisher, None);
}

#[test]
fn the_logo_heading_the_page_over_a_company_of_another_name() {
    let a = read_text(
        "The Harbour Weekender\nNews\nFood & Drink\nArts\nTravel\nReviews\nReviews\n\
         The new bakery on Wale Street is worth the queue\n\
         By Thandeka Nkosi, Food Editor\n24 November 2026\n\
         There was a queue out the door at noon on a Thursday, which tells you most of what \
         you need to know about the new bakery.\n\
         The loaves are the same as at the original, and the pastries sell out by two.\n\
         Leave space for the custard tart, which is made every morning.\n\
         Share\nMore reviews\nContact\nPrivacy Policy\n© 2026 Atlantic Seaboard Media (Pty) Ltd\n",
    );
    assert_eq!(a.publisher.as_deref(), Some("The Harbour Weekender"));
}

#[test]
fn a_one_word_logo_over_a_media_company() {
    // A company's word (`Media`) marks the owner as a company as a legal form does.
    let a = read_text(
        "Грань\nНовости\nИстории\nРазборы\nПодкасты\n\
         В Риге открыли новый мост через Даугаву\n24 ноября 2026, 14:05\n\
         Новый пешеходный мост через Даугаву открыли в Риге во вторник, сообщили в думе.\n\
         Строительство заняло два года и обошлось в 40 миллионов евро.\n\
         © 2026 SIA Edge Media, Рига. Все права защищены.\n",
    );
    assert_eq!(a.publisher.as_deref(), Some("Грань"));
}

#[test]
fn a_lower_case_and_after_the_first_writers_place() {
    // Swahili `na` ("and", also "by") after the first writer's place joins the second writer.
    let a = read_text(
        "Kenya na Tanzania zakubaliana kuondoa vikwazo 14 vya biashara mpakani\n\
         Na Amina Juma, Dodoma na Baraka Mwakyusa, Dar es Salaam\n24 Novemba 2026, 19:10\n\
         Serikali za Kenya na Tanzania zimekubaliana kuondoa vikwazo 14 vya biashara.\n",
    );
    assert_eq!(a.authors, ["Amina Juma", "Baraka Mwakyusa"]);
}

#[test]
fn a_dated_credit_to_the_first_publisher_closes_no_story() {
    // The portal's closing line credits the story's first publisher with its date: furniture,
    // however it opens (`This story was …`).
    let a = read_text(
        "Kochi Water Metro to add six routes by March\n\n\
         The Kochi Water Metro will add six new routes by March 2027, officials said on Tuesday.\n\n\
         The state government has also proposed fare concessions for students from January.\n\n\
         This story was originally published by The Malabar Herald on 24 November 2026 at \
         1:05 PM IST.\n",
    );
    assert!(!a.body.contains("originally"), "{}", a.body);
}
