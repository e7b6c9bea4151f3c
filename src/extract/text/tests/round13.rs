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
