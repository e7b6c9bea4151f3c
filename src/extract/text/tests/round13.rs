//! Round 13 (session 17): rules from the opened halves (text-shapes-13's, until then frozen)
//! and text-shapes-14's tuning half, each on a small input of the shape it reads.

use super::super::language::page_function_words;
use super::super::read_text;

#[test]
fn a_page_teaches_its_own_function_words() {
    let lines = [
        "D'Gemeng huet e neie Plang fir de Veloswee tëscht Esch an Belval virgestallt.",
        "De Projet soll an zwee Joer fäerdeg sinn an kascht der Gemeng vill Suen.",
        "Fir d'Awunner ass de Wee eng gutt Noriicht, sot de Buergermeeschter an der Sëtzung.",
        "Menu",
        "Sport Kultur Welt",
    ];
    let words = page_function_words(lines.into_iter());
    assert!(words.contains(&"an".to_string()), "{words:?}");
    assert!(words.contains(&"de".to_string()), "{words:?}");
    // A word of one line only is no function word; nor is a long word.
    assert!(!words.contains(&"wee".to_string()), "{words:?}");
    assert!(!words.iter().any(|w| w.chars().count() > 3), "{words:?}");
}

#[test]
fn a_whole_page_in_a_language_without_a_stop_word_table_is_read_as_a_page() {
    // Punjabi: no stop-word table has it, so the page's own short words tell its prose from
    // its menu, and the headline over the prose is found (not a caption lower down).
    let text = include_str!(
        "../../../../tests/fixtures/text-shapes-14/tuning/pa-in-daily-whole-page-lekhak-weekday-paren-date-no-time-agency.txt"
    );
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let dump = super::super::dump::article_lines(&lines).expect("read as a page dump");
    let title = dump.title.map(|at| lines[at].as_str());
    assert_eq!(
        title,
        Some("ਲੁਧਿਆਣਾ ਵਿੱਚ ਪਰਾਲੀ ਸਾੜਨ ਦੇ ਮਾਮਲੇ ਪਿਛਲੇ ਸਾਲ ਨਾਲੋਂ ਅੱਧੇ ਰਹਿ ਗਏ")
    );
    assert!(!dump.keep[0], "the masthead is furniture");
}

#[test]
fn writer_and_source_labels_of_more_languages() {
    for line in [
        "Qoraal: Maxamed Cali Warsame",
        "ਲੇਖਕ: ਹਰਪ੍ਰੀਤ ਕੌਰ",
        "Muallif: Dilnoza Karimova",
    ] {
        assert!(super::super::byline::byline(line).is_some(), "{line}");
    }
    for (line, source) in [
        ("Ilo: SONNA", "SONNA"),
        ("Крыніца: БелаПАН", "БелаПАН"),
        ("Эх сурвалж: МОНЦАМЭ", "МОНЦАМЭ"),
    ] {
        let sources = super::super::meta::sources(line).unwrap_or_default();
        assert_eq!(sources, vec![source.to_string()], "{line}");
    }
}

/// A page's menu, one item per line, as whole-page copies print it.
fn menu(items: &[&str]) -> String {
    items.iter().map(|i| format!("{i}\n")).collect()
}

#[test]
fn the_menus_active_item_printed_again_over_the_headline_is_the_section() {
    let mut text = String::from("Tạp chí Kinh tế Miền Tây\nThứ Ba, 24/11/2026\n");
    text.push_str(&menu(&[
        "Thời sự",
        "Kinh doanh",
        "Tài chính - Ngân hàng",
        "Bất động sản",
        "Nông nghiệp",
        "Tạp chí in",
    ]));
    text.push_str(
        "Tài chính - Ngân hàng\n\
         Ngân hàng tại Cần Thơ giảm lãi suất cho vay nông nghiệp cuối năm\n\
         Minh Anh\n\
         24/11/2026 08:30 GMT+7\n\
         Nhiều ngân hàng thương mại trên địa bàn TP. Cần Thơ đồng loạt giảm lãi suất cho vay lĩnh vực nông nghiệp.\n\
         Theo Ngân hàng Nhà nước, dư nợ cho vay nông nghiệp trên địa bàn đạt khoảng 98.000 tỷ đồng.\n",
    );
    let article = read_text(&text);
    assert_eq!(
        article.title,
        "Ngân hàng tại Cần Thơ giảm lãi suất cho vay nông nghiệp cuối năm"
    );
    assert_eq!(article.category.as_deref(), Some("Tài chính - Ngân hàng"));
}

#[test]
fn a_page_dumps_headline_glued_to_its_kicker_gives_way_to_its_copy_alone() {
    let mut text = String::from(
        "Usamos cookies propias y de terceros para mejorar tu experiencia.\nAceptar   Configurar\nMetrópoli Viva\n",
    );
    text.push_str(&menu(&[
        "Ciudad",
        "Comida",
        "Cultura",
        "Vida Nocturna",
        "Guías",
        "Música",
        "Cine",
        "Arte",
        "Agenda",
        "Podcast",
        "Video",
        "Suscríbete",
        "Buscar",
    ]));
    text.push_str(
        "CiudadLa Roma Norte tendrá su primer mercado nocturno con permiso permanente\n\
         La Roma Norte tendrá su primer mercado nocturno con permiso permanente\n\
         Por Valeria Ortega Luna\n\
         24 noviembre, 2026 · 10:30 am\n",
    );
    for n in 0..5 {
        text.push_str(&format!(
            "La alcaldía aprobó que {n} puestos de comida funcionen de jueves a domingo en la plaza, según el acuerdo publicado por la alcaldía.\n"
        ));
    }
    text.push_str("Aviso de privacidad\nContacto\n© 2026 Metrópoli Viva\n");
    let article = read_text(&text);
    assert_eq!(
        article.title,
        "La Roma Norte tendrá su primer mercado nocturno con permiso permanente"
    );
    assert_eq!(article.category.as_deref(), Some("Ciudad"));
}

#[test]
fn a_shared_articles_headline_beats_the_share_message_over_a_deck() {
    let text = "De : Le Quotidien national <partage@quotidien.example>\n\
        Envoyé : 24 novembre 2026 à 08:17\n\
        À : jtremblay@courriel.example\n\
        Objet : Sylvie Gagnon vous a partagé un article du Quotidien national\n\
        Sylvie Gagnon vous a partagé un article du Quotidien national\n\
        Santé\n\
        Québec ferme trois urgences de nuit en Abitibi jusqu’au printemps\n\
        Le manque d’infirmières force Santé Québec à réduire les heures d’ouverture.\n\
        Par Marie-Ève Lachance\n\
        Publié le 24 novembre 2026 à 5 h 00 HNE\n\
        Trois urgences de l’Abitibi fermeront leurs portes la nuit à compter du 1er décembre.\n";
    let article = read_text(text);
    assert_eq!(
        article.title,
        "Québec ferme trois urgences de nuit en Abitibi jusqu’au printemps"
    );
    assert_eq!(article.published.as_deref(), Some("2026-11-24T05:00"));
}

#[test]
fn a_post_published_in_a_publication_names_it_on_one_line_or_two() {
    for text in [
        "Three Years of Running a Community Fridge\nTamsin Okoro\nFollow\nPublished in\nNeighbourly\n6 min read · Nov 24, 2026\nWhen we plugged in the fridge outside the laundrette, I expected it to be empty by lunchtime.\n",
        "Three Years of Running a Community Fridge\nTamsin Okoro\nPublished in Neighbourly\n6 min read · Nov 24, 2026\nWhen we plugged in the fridge outside the laundrette, I expected it to be empty by lunchtime.\n",
    ] {
        assert_eq!(
            read_text(text).publisher.as_deref(),
            Some("Neighbourly"),
            "{text}"
        );
    }
}

#[test]
fn a_short_lower_case_word_between_two_whole_names_joins_them() {
    let split = |s: &str| super::super::meta::split_list(s, false);
    assert_eq!(
        split("Claudine Weber an Pit Schmit"),
        ["Claudine Weber", "Pit Schmit"]
    );
    assert_eq!(
        split("Jose Dela Cruz at Maricel Santos"),
        ["Jose Dela Cruz", "Maricel Santos"]
    );
    // A particle belongs to the name; one word is no whole name.
    assert_eq!(split("Maria de Souza Lima"), ["Maria de Souza Lima"]);
    assert_eq!(split("Bank of England"), ["Bank of England"]);
}

#[test]
fn a_market_strip_and_a_consent_banner_are_no_headlines() {
    let reason = |l: &str| super::super::not_headline::reason(l, &[]);
    assert_eq!(
        reason("USD 3,452.00 EUR 3,638.40 CNY 476.10 RUB 35.20"),
        Some("ticker")
    );
    assert_eq!(
        reason("Mir benotze Cookien, fir Iech déi bescht Erfarung op eisem Site ze bidden."),
        Some("consent-banner")
    );
    assert_eq!(
        reason("Girl Scout cookie prices rise for the first time in a decade"),
        None
    );
    assert_eq!(
        reason("Ruble falls 3% against the dollar in early trade"),
        None
    );
}

#[test]
fn a_role_held_somewhere_follows_the_name_and_a_city_alone_is_no_writer() {
    let text = "Motoristas de aplicativo fazem protesto em Campo Grande\n\
        Luana Ferraz Cardoso - Repórter da Rádio Pública Campo Grande\n\
        Publicado em 24/11/2026 - 14:32\n\
        Campo Grande\n\
        Motoristas de aplicativo fizeram um protesto nesta terça-feira em frente à prefeitura.\n";
    assert_eq!(read_text(text).authors, ["Luana Ferraz Cardoso"]);
}

#[test]
fn badges_over_a_headline_name_no_section() {
    for badge in [
        "EXCLUSIVE",
        "For subscribers",
        "BREAKING NEWS",
        "Forwarded",
        "Eilmeldung",
    ] {
        assert!(super::super::section::is_no_section(badge), "{badge}");
    }
    assert!(!super::super::section::is_no_section("Money"));
}

#[test]
fn a_norwegian_credit_line_names_its_agency_and_ends_the_story() {
    let text = "Ny bru over Jølstra opnar før jul\nAv Kari Nes\n\
        Den nye brua over Jølstra opnar for trafikk 18. desember, melde kommunen måndag.\n\
        Arbeidet har kosta 140 millionar kroner og teke to år.\n\
        Delar av saka er henta frå NTB.\nLes òg\nNy tunnel under Dalsfjorden kan bli utsett i fem år\n\
        Mest lese\nBrann i bustadhus i Førde – ingen skadde\n";
    let article = read_text(text);
    assert_eq!(article.sources, ["NTB"]);
    let story = format!("{}\n\n{}", article.lead, article.body);
    assert!(!story.contains("Dalsfjorden"), "{story}");
}

#[test]
fn a_german_quote_closes_a_sentence_and_a_credited_last_paragraph_is_no_caption() {
    assert!(super::super::lines::ends_sentence(
        "Er sagte: „Für viele Familien ist das eine echte Alternative.“"
    ));
    let text = "Neue Straßenbahnlinie 12 fährt ab Dezember bis zur Seestadt\n\
        Erstellt am 24. November 2026, 17:30\n\
        Ab 13. Dezember fährt die Straßenbahnlinie 12 über die bisherige Endstation hinaus.\n\
        Bezirksvorsteher Ernst Wallner zeigte sich erfreut: „Für viele Familien ist das eine echte Alternative.“\n\
        Zum Start am 13. Dezember ist die Fahrt auf der neuen Strecke einen Tag lang gratis. (APA)\n\
        Foto: Wiener Linien/Johannes Zinner\n";
    let article = read_text(text);
    let story = format!("{}\n\n{}", article.lead, article.body);
    assert!(story.contains("Bezirksvorsteher"), "{story}");
    assert!(story.contains("gratis. (APA)"), "{story}");
    assert_eq!(article.sources, ["APA"]);
}

#[test]
fn pointers_to_the_rest_of_the_story_and_mail_footers_are_furniture() {
    let furniture = super::super::meta::is_boilerplate;
    assert!(furniture("Lire la suite sur lequotidiennational.ca"));
    assert!(furniture(
        "You are receiving this e-mail because you signed up for breaking news alerts from The Red River Tribune."
    ));
    assert!(furniture("Czytaj dalej"));
    assert!(!furniture(
        "Continued growth is expected in the region, the bank said."
    ));
    assert!(!furniture("Lire la suitee"));
}

#[test]
fn a_japanese_magazine_labels_its_writer_with_an_equals_sign() {
    assert_eq!(
        super::super::byline::byline("文＝森田沙織"),
        Some(vec!["森田沙織".to_string()])
    );
}
