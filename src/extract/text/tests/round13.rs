//! Round 13 (session 17): rules from the opened halves (text-shapes-13's, until then frozen)
//! and text-shapes-14's tuning half, each on a small input of the shape it reads.

use super::super::language::page_function_words;

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
