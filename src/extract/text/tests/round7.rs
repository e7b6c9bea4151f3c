//! Round 7 (session 11): rules from the tuning and seen halves of the labelled sets (sets 5
//! and 6 opened, 7 and 8 written), each on a small input of the shape it reads.

use super::super::read_text;

/// Four paragraphs of prose after a header.
fn page(header: &str) -> String {
    let mut page = header.to_string();
    for n in ["first", "second", "third", "fourth"] {
        page.push_str(&format!(
            "\n\nThe council said the {n} phase of the programme would start next year, after a \
             review of the costs and the public consultation that closed in October."
        ));
    }
    page
}

#[test]
fn a_menu_row_of_places_and_menu_items_is_no_headline() {
    let article = read_text(&page(
        "Home Legazpi Daraga Sorsogon Contact\n\nLegazpi boulevard night market to move to Albay Park starting August",
    ));
    assert_eq!(
        article.title,
        "Legazpi boulevard night market to move to Albay Park starting August"
    );
}

#[test]
fn a_label_waiting_for_its_value_and_a_mail_sender_are_no_headlines() {
    let article = read_text(&page(
        "Author of the article:\nSaskatoon transit ridership tops pre-pandemic levels for first time",
    ));
    assert_eq!(
        article.title,
        "Saskatoon transit ridership tops pre-pandemic levels for first time"
    );
    let article = read_text(&page(
        "Buongiorno Torino <buongiorno@gazzetta.example>\nLa linea 2 della metro perde un pezzo: stop alle stazioni oltre Rebaudengo",
    ));
    assert_eq!(
        article.title,
        "La linea 2 della metro perde un pezzo: stop alle stazioni oltre Rebaudengo"
    );
}

#[test]
fn a_line_crediting_a_photo_in_any_language_is_no_headline() {
    let article = read_text(&page(
        "سارة المهيري | تصوير: خالد النعيمي\nموانئ أبوظبي تطلق خطاً ملاحياً مباشراً إلى شرق أفريقيا",
    ));
    assert_eq!(
        article.title,
        "موانئ أبوظبي تطلق خطاً ملاحياً مباشراً إلى شرق أفريقيا"
    );
    // Nor is the name beside the credit the site's.
    assert_eq!(article.publisher, None);
}

#[test]
fn agencies_credited_in_more_shapes() {
    use super::super::agencies::{credit_line, dateline};
    for (line, agency) in [
        ("Erredakzioa / EFE", "EFE"),
        ("(APA/red.)", "APA"),
        ("Như Tâm (Theo AFP)", "AFP"),
        ("- African News Agency (ANA)", "African News Agency (ANA)"),
    ] {
        assert_eq!(credit_line(line), Some(vec![agency.to_string()]), "{line}");
    }
    // A caption's photo credit in brackets is no source.
    assert_eq!(credit_line("観光客＝新潟県内で2024年10月（時事）"), None);
    for (paragraph, agency) in [
        (
            "Tiranë, 22 korrik /ATSH/ - Autoriteti Portual Durrës nënshkroi sot kontratën.",
            "ATSH",
        ),
        (
            "أبوظبي - وام: أعلنت مجموعة بحر الخليج للملاحة إطلاق خط ملاحي",
            "وام",
        ),
        (
            "नई दिल्ली, 25 नवंबर (पीटीआई) सोने की कीमतों में मंगलवार को गिरावट आई।",
            "पीटीआई",
        ),
    ] {
        assert_eq!(dateline(paragraph).as_deref(), Some(agency), "{paragraph}");
    }
}

#[test]
fn the_pages_title_line_names_the_site_over_its_owners_legal_name() {
    let mut text = page(
        "Els veïns de Salt tallen la carretera per reclamar un institut nou | La Veu del Ter\nVés al contingut\nSubscriu-te\nGirona\nComarques\nPolítica\nSocietat\n\nEls veïns de Salt tallen la carretera per reclamar un institut nou",
    );
    text.push_str("\n\n© 2025 Edicions del Ter SL. Tots els drets reservats.");
    let article = read_text(&text);
    assert_eq!(
        article.title,
        "Els veïns de Salt tallen la carretera per reclamar un institut nou"
    );
    assert_eq!(article.publisher.as_deref(), Some("La Veu del Ter"));
    // A related story's title line names nothing.
    let text = page(
        "Another story entirely about the harbour | Other Site\n\nStorm closes the coast road",
    );
    assert_eq!(read_text(&text).publisher, None);
}

#[test]
fn a_breadcrumb_of_arrows_is_no_headline() {
    let article = read_text(&page(
        "东岸日报 > 国内\n沿海高铁温州至福州段今日开通 两地最快1小时10分可达",
    ));
    assert_eq!(
        article.title,
        "沿海高铁温州至福州段今日开通 两地最快1小时10分可达"
    );
}

#[test]
fn what_is_left_above_the_headline_is_no_part_of_the_story() {
    // A Greek tabloid's whole page (set 8's tuning half): consent buttons, the logo, the menu
    // and a breadcrumb above the headline.
    let page = include_str!(
        "../../../../tests/fixtures/text-shapes-8/tuning/el-tabloid-whole-page-weekday-upd.txt"
    );
    let article = read_text(page);
    assert_eq!(
        article.title,
        "Απίστευτο κι όμως αληθινό: Κατσίκα «έκλεψε» την παράσταση στη σχολική γιορτή στη Νάξο!"
    );
    let text = format!("{}\n\n{}", article.lead, article.body);
    for furniture in ["cookies", "ΑΠΟΔΟΧΗ", "ΠΟΛΙΤΙΚΗ", "LIFESTYLE", "Αρχική"]
    {
        assert!(!text.contains(furniture), "{furniture} in {text}");
    }
    assert!(text.contains("Μια απρόσμενη «πρωταγωνίστρια»"));
}

#[test]
fn readers_names_beside_their_comments_dates_are_no_authors() {
    let page = "Harbour dredging to start in spring\n\n\
                The port authority will begin dredging the inner harbour in April, it said on Monday, after years of delays.\n\n\
                The work will take six weeks and close two of the berths to cargo ships while it lasts, the authority said.\n\n\
                Fishing boats will be moved to the outer harbour for the duration of the works in April and May, it added.\n\n\
                Comments (2)\n\
                Vasile Toma · 24.11.2026\n\
                About time!\n\
                Maria Cojocaru · 24.11.2026\n\
                Finally.\n";
    assert!(read_text(page).authors.is_empty());
}

#[test]
fn the_label_above_a_headline_chosen_as_the_first_line_is_its_section() {
    let page = "Sportski glasnik\nFudbal\nKošarka\nOdbojka\nTenis\nFUDBAL\n\n\
                Čukarički predstavio novog trenera: Jovanović potpisao do 2028.\n\n\
                Fudbalski klub Čukarički predstavio je u utorak Milana Jovanovića kao novog \
                šefa stručnog štaba, a ugovor važi do leta 2028. godine.\n";
    let article = read_text(page);
    assert_eq!(
        article.title,
        "Čukarički predstavio novog trenera: Jovanović potpisao do 2028."
    );
    assert_eq!(article.category.as_deref(), Some("FUDBAL"));
}

#[test]
fn a_person_who_owns_the_copyright_is_still_the_author() {
    let page = "The Grid Report\nSubscribe\nSign in\nShare this post\nThe Grid Report\n\
                The transformer shortage nobody is talking about\n\n\
                Priya Raman\nOct 17, 2024\n\n\
                Last month I spent a day at a substation yard in eastern Ohio, where a utility engineer \
                showed me a long list of orders that will not be filled before 2028.\n\n\
                © 2024 Priya Raman\n";
    assert_eq!(read_text(page).authors, vec!["Priya Raman".to_string()]);
}
