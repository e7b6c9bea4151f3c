//! Round 16 (session 20): rules from the opened halves (text-shapes-16's, until then frozen)
//! and the open halves' misses grouped by kind, each on a small input of the shape it reads.

use super::super::read_text;

const STORY: &str = "Ukrainian Railways added six trains between Kyiv and Lviv for the holidays, the \
                     company said on Monday morning.\n\n\
                     Tickets go on sale on Tuesday at ten in the morning on the website and in the \
                     app, the company added.\n\n";

#[test]
fn a_name_beside_a_relative_time_in_any_language_is_the_author() {
    let a = read_text(&format!(
        "Економіка\n\
         Укрзалізниця призначила ще 6 додаткових потягів\n\
         2 години тому\n\
         Андрій Литвиненко\n\n{STORY}"
    ));
    assert_eq!(a.authors, vec!["Андрій Литвиненко"]);
    assert!(!a.body.contains("години тому"), "{}", a.body);
}

#[test]
fn a_reader_beside_a_relative_age_under_the_story_is_no_author() {
    let a = read_text(&format!(
        "Arequipa declara emergencia hídrica en cuatro distritos\n\
         Arequipa, 14 de marzo de 2025 | 08:45 a. m.\n\n{STORY}{STORY}\
         Comentarios (12)\n\
         Julio R. · hace 3 horas\n\
         Todos los años lo mismo y nadie construye represas.\n"
    ));
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

#[test]
fn a_dash_and_a_name_over_an_address_under_a_whole_pages_story_sign_it() {
    let article = read_text(&super::round15::local_page(
        "News\nAnstruther harbour pontoons to be replaced after storm damage\n\
         Tuesday, 24th November 2026\n",
        "– Nirmala Perera\nnirmalap@fifecoastcourier.co.uk\n(Courtesy: Lankapuvath)\n\
         More News\nContact Us\n© 2026 Kingdom Press Group Ltd.\n",
    ));
    assert_eq!(article.authors, ["Nirmala Perera"]);
    assert_eq!(article.sources, ["Lankapuvath"]);
}

#[test]
fn greek_vietnamese_and_italian_by_words_and_a_greek_related_list() {
    let a = read_text(&super::round15::local_page(
        "Νέα γραμμή θαλάσσιου λεωφορείου προς την Περαία\n\
         Γράφει ο Νίκος Καραγιάννης\n24 Νοεμβρίου 2026 | 19:35\n",
        "Με πληροφορίες από ΑΠΕ-ΜΠΕ\nΣχετικές ειδήσεις\n\
         Κυκλοφοριακές ρυθμίσεις στη Λεωφόρο Νίκης\nΓράφει η Ελένη Δήμου\nContact Us\n",
    ));
    assert_eq!(a.authors, ["Νίκος Καραγιάννης"]);
    assert_eq!(a.sources, ["ΑΠΕ-ΜΠΕ"]);
    let a = read_text(&format!(
        "Hơn 600 hộ dân vùng sạt lở được hỗ trợ di dời\n25/11/2026 09:12\n\n{STORY}\
         Bài, ảnh: Hoàng Minh Tâm\n"
    ));
    assert_eq!(a.authors, ["Hoàng Minh Tâm"]);
    let a = read_text(&format!(
        "Lecce, chiude per tre mesi il sottopasso\n24/11/2026 ore 17:20\n\n{STORY}\
         A cura di Chiara Mazzotta e Luca Greco\n"
    ));
    assert_eq!(a.authors, ["Chiara Mazzotta", "Luca Greco"]);
}

#[test]
fn bylines_of_the_related_stories_under_their_label_are_no_authors() {
    for label in ["Related news", "More from City", "Citește și"] {
        let article = read_text(&super::round15::local_page(
            "News\nAnstruther harbour pontoons to be replaced after storm damage\n\
             Words and photos by Marcus Lavallee\nTuesday, 24th November 2026\n",
            &format!(
                "{label}\nCrail Festival announces 2027 dates\nAutor: Radu Ilie\n\
                 20th November 2026\nTop Stories\nContact Us\n"
            ),
        ));
        assert_eq!(article.authors, ["Marcus Lavallee"], "{label}");
    }
    // A tidy copy, not a whole page: the teaser's byline under the label all the same.
    let article = read_text(&format!(
        "Suceava modernizează 40 de stații de autobuz\n24 noiembrie 2026\n\n{STORY}{STORY}\
         Autor: Ioana Căpraru\nCitește și\nConsiliul Local a aprobat bugetul\nAutor: Radu Ilie\n"
    ));
    assert_eq!(article.authors, ["Ioana Căpraru"]);
}

#[test]
fn a_players_prompt_over_its_length_and_two_writers_after_a_slash() {
    let article = read_text(&super::round15::local_page(
        "Hrvatska\nZagreb od siječnja uvodi besplatan javni prijevoz za umirovljenike\n\
         Poslušaj vijest\n2 min\nAutori: Ivana Matić / Marko Perić\n24. studenoga 2026. u 19:15\n",
        "Izvor: HINA\nContact Us\n",
    ));
    assert_eq!(
        article.title,
        "Zagreb od siječnja uvodi besplatan javni prijevoz za umirovljenike"
    );
    assert_eq!(article.authors, ["Ivana Matić", "Marko Perić"]);
}

#[test]
fn a_print_views_title_line_with_a_topic_and_agencies_joined_by_a_plus() {
    let article = read_text(&format!(
        "24.11.26, 21:14\n\
         Wohngeld: Bundesregierung erhöht Wohngeld zum Januar | Der Zeitspiegel\n\
         Sozialpolitik\nBundesregierung erhöht Wohngeld zum Januar\n\
         Von Jana Roth und Felix Haberland\n24. November 2026, 17:54 Uhr\n\n{STORY}\
         Quelle: Reuters + dpa\n"
    ));
    assert_eq!(article.title, "Bundesregierung erhöht Wohngeld zum Januar");
    assert_eq!(article.category.as_deref(), Some("Sozialpolitik"));
    assert_eq!(article.publisher.as_deref(), Some("Der Zeitspiegel"));
    assert_eq!(article.sources, ["Reuters", "dpa"]);
}

#[test]
fn a_prompt_naming_the_site_gives_the_publisher_over_a_company() {
    let article = read_text(&format!(
        "Lecce, chiude per tre mesi il sottopasso\n24/11/2026 ore 17:20\n\n{STORY}\
         Segui Salento Sera su WhatsApp: tutte le notizie di Lecce sul tuo telefono\n"
    ));
    assert_eq!(article.publisher.as_deref(), Some("Salento Sera"));
    // No logo at the top (`local_page`'s would name the site as well).
    let article = read_text(
        &super::round15::local_page(
            "News\nAnstruther harbour pontoons to be replaced after storm damage\n\
             Tuesday, 24th November 2026\n",
            "Support The Courier & Review\nContact Us\n\
             © 2024 Courier News & Media Limited or its affiliated companies.\n",
        )
        .replacen("The Fife Coast Courier\n", "", 1),
    );
    assert_eq!(article.publisher.as_deref(), Some("The Courier & Review"));
}

#[test]
fn labels_with_a_slash_and_a_bengali_pm() {
    let article = read_text(&format!(
        "HSE to lift recruitment cap for nurses from January\n\
         Updated / Tuesday, 24 Nov 2026 21:14\nPublished / Tuesday, 24 Nov 2026 18:02\n\n{STORY}"
    ));
    assert_eq!(article.published.as_deref(), Some("2026-11-24T18:02"));
    let article = read_text(&format!(
        "ঢাকায় নতুন মেট্রো লাইনের কাজ শুরু\nপ্রকাশিত: ২৪ নভেম্বর ২০২৬, ০৭:১০ পিএম\n\n{STORY}"
    ));
    assert_eq!(article.published.as_deref(), Some("2026-11-24T19:10"));
}

#[test]
fn a_name_without_capitals_between_headline_and_date_is_the_writer() {
    let article = read_text(&format!(
        "সারা দেশ\nখুলনায় ভবদহের জলাবদ্ধতা: আট মাস ধরে পানিবন্দী ৪০ গ্রামের মানুষ\n\
         তানভীর হাসান, খুলনা\nপ্রকাশ: ১৮ সেপ্টেম্বর ২০২৫, ১১:৩০\n\n{STORY}"
    ));
    assert_eq!(article.authors, ["তানভীর হাসান"]);
    let article = read_text(&format!(
        "כלכלה\nנמל אילת יקבל הלוואה של 120 מיליון שקל\nנועה ברק ורויטרס\n13.11.25 | 10:42\n\n{STORY}"
    ));
    assert_eq!(article.authors, ["נועה ברק"]);
    assert_eq!(article.sources, ["רויטרס"]);
    // `هيئة التحرير` ("the editorial board") is a desk.
    let article = read_text(&format!(
        "الرباط تطلق خطة جديدة للنقل الحضري\nهيئة التحرير\n24 نونبر 2026 - 18:20\n\n{STORY}"
    ));
    assert!(article.authors.is_empty(), "{:?}", article.authors);
    let article = read_text(&format!(
        "น้ำท่วมเชียงรายคลี่คลาย ชาวบ้านเริ่มทำความสะอาดบ้าน\n\
         ข่าวโดย สมชาย วงศ์ใหญ่ และ ปิยะนุช แก้วมณี\n๒๔ พ.ย. ๒๕๖๙ ๑๔:๓๐ น.\n\n{STORY}"
    ));
    assert_eq!(article.authors, ["สมชาย วงศ์ใหญ่", "ปิยะนุช แก้วมณี"]);
}
