//! Round 15 (session 19): rules from the opened halves (text-shapes-15's, until then frozen)
//! and text-shapes-16's tuning half, each on a small input of the shape it reads.

use super::super::read_text;
use super::round14::menu;

/// A local site's whole page: cookie line, logo, menu, `header`, five paragraphs, `footer`.
pub(super) fn local_page(header: &str, footer: &str) -> String {
    let mut text = String::from(
        "We value your privacy. We use cookies.\nAccept all\nThe Fife Coast Courier\n",
    );
    text.push_str(&menu(&[
        "Subscribe",
        "Sign in",
        "News",
        "Sport",
        "What's On",
        "Community",
        "Notices",
        "Jobs",
        "Motors",
        "Property",
        "Contact",
        "Events",
    ]));
    text.push_str(header);
    for n in 0..5 {
        text.push_str(&format!(
            "New pontoons will be installed at the harbour next spring after October's storm left {n} of the existing berths unsafe, the council said.\n"
        ));
    }
    text.push_str(footer);
    text
}

#[test]
fn a_report_by_line_closing_the_story_names_the_writer_not_the_related_stories_bylines() {
    let article = read_text(&local_page(
        "News\nAnstruther harbour pontoons to be replaced after storm damage\n\
         Tuesday, 24th November 2026, 3:15 pm\n",
        "Report by Callum McInnes – callum.mcinnes@fifecoastcourier.co.uk\nRead more\n\
         St Andrews bypass consultation opens\n23rd November 2026\n\
         Crail Festival announces 2027 dates\nBy Isla Robertson\n20th November 2026\n\
         Contact Us\nAdvertise\n© 2026 Kingdom Press Group Ltd.\n",
    ));
    assert_eq!(article.authors, ["Callum McInnes"]);
}

#[test]
fn compiled_by_and_hong_kong_reporting_labels_open_bylines() {
    let article = read_text(&local_page(
        "News\nJinja fish traders protest new landing site fees\nCompiled by Ruth Nakato\n\
         Published: 24 Nov 2026 | 18:40 EAT\n",
        "Contact Us\n",
    ));
    assert_eq!(article.authors, ["Ruth Nakato"]);
    let article = read_text(
        "泰國南部水災持續　合艾逾三萬人撤離\n報道：陳嘉欣、李浩然\n發布時間：2026/11/24 20:48\n\
         泰國南部宋卡府連日暴雨，合艾市多區水浸，當局已撤離逾三萬名居民。\n",
    );
    assert_eq!(article.authors, ["陳嘉欣", "李浩然"]);
}

#[test]
fn an_author_box_names_the_writers_an_organisation_byline_hid() {
    let article = read_text(&local_page(
        "News\nAssemblies received only 41% of Common Fund allocations, tracker finds\n\
         November 24, 2026\nPublished by: CFA Communications Unit\nShare\n",
        "About the authors\nEfua Asante\nSenior Research Fellow\n\
         Efua leads CFA-Ghana's work on local government finance.\nKwabena Osei-Bonsu\n\
         Programme Officer, Public Finance\n\
         Kwabena manages the District Budget Tracker and trains assembly members.\n\
         Related posts\nSubscribe to our newsletter\n",
    ));
    assert_eq!(article.authors, ["Efua Asante", "Kwabena Osei-Bonsu"]);
    assert_eq!(article.provenance.get("authors"), Some(&"author-box"));
    // The organisation's credit line is neither writer nor text.
    assert!(!article.lead.contains("Published by"), "{}", article.lead);
    assert!(!article.body.contains("Published by"));
}

#[test]
fn a_contribution_in_brackets_after_a_bare_name_is_dropped_and_a_filmer_is_no_writer() {
    let article = read_text(
        "Région\nLa Tène: le camping du lac fermera deux ans pour renaturer la rive\n\
         Nadia Perrin (texte) et Loïc Berset (vidéo)\nPublié le 24 novembre 2026 à 18h05\n\
         Le Conseil général a accepté un crédit de 4,2 millions de francs pour renaturer la rive du lac.\n\
         Les campeurs à l'année devront partir d'ici l'automne 2027, a précisé la commune mardi soir.\n\
         ats/npe\n",
    );
    assert_eq!(article.authors, ["Nadia Perrin"]);
    // The agency signs in lower case before the editor's initials.
    assert_eq!(article.sources, ["ats"]);
}

#[test]
fn a_japanese_papers_closing_reporters_agency_and_app_line() {
    let article = read_text(
        "松本空港、来春から国際チャーター便を拡大\n2026年11月24日 17時40分\n\
         長野県は24日、松本空港で来年3月から台湾と韓国を結ぶ国際チャーター便を拡大すると発表した。\n\
         （山本拓也、中村彩）\n（一部共同）\n信州日報デジタルアプリで見る\n",
    );
    assert_eq!(article.authors, ["山本拓也", "中村彩"]);
    assert_eq!(article.sources, ["共同"]);
    assert_eq!(article.publisher.as_deref(), Some("信州日報"));
}

#[test]
fn a_nordic_app_footer_joins_the_word_for_app_to_the_name() {
    let article = read_text(
        "Lokalt\nByrådet dropper lukning af Gadbjerg Skole\nAf Mette Kjærsgaard og Jonas Bach\n\
         24. nov. 2026 kl. 16.45\n\
         Gadbjerg Skole bliver alligevel ikke lukket. Et flertal i byrådet besluttede tirsdag at bevare skolen.\n\
         Forældrene har i to måneder protesteret mod lukningen med underskrifter og fakkeloptog.\n\
         Delt fra Midtjysk Ugeavis-appen\n",
    );
    assert_eq!(article.publisher.as_deref(), Some("Midtjysk Ugeavis"));
}

#[test]
fn a_bare_name_over_a_labelled_byline_is_the_photos_credit() {
    let article = read_text(
        "Politics\nSenate Deal Would Extend Farm Aid Through 2028\n\
         The bipartisan agreement would keep crop insurance and nutrition programs running.\n\
         Dairy cows at a farm near Eau Claire, Wis. Without an extension, supports would revert.\n\
         Lauren Pike for The National Ledger\nBy Rebecca Thornton, Daniel Okafor and Mei-Ling Chu\n\
         Published Nov. 24, 2026\n\
         WASHINGTON — Senate negotiators reached a bipartisan deal on Monday that would extend the farm bill through 2028.\n\
         The agreement, which still needs votes in both chambers, would keep crop insurance and nutrition programs running.\n",
    );
    assert_eq!(
        article.authors,
        ["Rebecca Thornton", "Daniel Okafor", "Mei-Ling Chu"]
    );
}

#[test]
fn a_role_between_two_bare_names_is_the_first_writers() {
    let article = read_text(
        "Education\nLeaving Cert reform: oral Irish exam to move to fifth year from 2028\n\
         Aoife Brennan, Education Correspondent and Ciarán Walsh\nTue Nov 24 2026 - 06:00\n\
         Students will sit the oral in spring of fifth year and carry the marks forward, the Minister said on Monday.\n\
         The change follows two years of consultation with schools, teachers and students across the country.\n",
    );
    assert_eq!(article.authors, ["Aoife Brennan", "Ciarán Walsh"]);
}

#[test]
fn a_writer_and_web_brand_over_the_headline_give_author_and_site() {
    let article = read_text(
        "Rizky Pratama - wartaNews\nSelasa, 24 Nov 2026 14:32 WIB\n\
         Pemerintah Tambah Kuota KUR 2027 Jadi Rp 320 Triliun\n\
         Foto: Ilustrasi pelaku UMKM (Rizky Pratama/wartaNews)\n\
         Jakarta - Pemerintah menaikkan kuota penyaluran Kredit Usaha Rakyat (KUR) tahun 2027 menjadi Rp 320 triliun.\n\
         Menteri Koordinator Bidang Perekonomian Budi Santoso mengatakan tambahan kuota akan diprioritaskan untuk sektor produksi.\n",
    );
    assert_eq!(article.authors, ["Rizky Pratama"]);
    assert_eq!(article.publisher.as_deref(), Some("wartaNews"));
}

#[test]
fn a_japanese_papers_reporters_one_per_line_over_the_date() {
    let mut text = String::from("東洋新聞デジタル\n");
    text.push_str(&menu(&[
        "ログイン",
        "無料会員登録",
        "ニュース",
        "速報",
        "政治",
        "経済",
        "国際",
        "社会",
        "スポーツ",
        "テック",
        "カルチャー",
        "ライフ",
    ]));
    text.push_str(
        "社会\n路線バス、来春から12路線廃止へ　運転手不足で県内最大手\n有料記事\n佐藤健太\n中村美咲\n\
         2026年11月24日 19時30分\nリスト\nメール\nシェア\n",
    );
    for n in 0..5 {
        text.push_str(&format!(
            "群馬県内で最大の路線バス網を持つ上州中央バスは{n}日、来年4月から12路線を廃止すると発表した。運転手の不足が続いているためだという。\n"
        ));
    }
    text.push_str("関連ニュース\n東洋新聞\n東洋新聞について\nお問い合わせ\n利用規約\nCopyright © Toyo Shimbun Company. All rights reserved.\n");
    let article = read_text(&text);
    assert_eq!(article.authors, ["佐藤健太", "中村美咲"]);
    // The logo names the digital edition; the footer the paper.
    assert_eq!(article.publisher.as_deref(), Some("東洋新聞"));
}

#[test]
fn a_label_in_both_genders_and_the_editors_initials_after_the_writer() {
    assert_eq!(
        super::super::byline::byline("Autorka/Autor: Anna Wiśniewska /ab"),
        Some(vec!["Anna Wiśniewska".to_string()])
    );
    assert_eq!(
        super::super::byline::byline("Autor/in: Lena Huber"),
        Some(vec!["Lena Huber".to_string()])
    );
}

#[test]
fn a_print_view_with_its_time_on_a_line_of_its_own_and_a_section_in_the_title_line() {
    let article = read_text(
        "25/11/2026, 08:14\nBank of England signals rate cut as inflation falls | Business | The Sentinel\n\
         The Sentinel\nEconomics\nBank of England signals rate cut as inflation falls\n\
         By Harriet Langford, Economics Editor and Oliver Nash\n24 November 2026 5:10pm GMT\n\
         The Bank of England has given its strongest signal yet that interest rates will be cut next month.\n\
         Speaking to MPs on the Treasury committee, the governor said the December meeting was live.\n",
    );
    assert_eq!(
        article.title,
        "Bank of England signals rate cut as inflation falls"
    );
    // `Economics` names the writer's desk in the byline, not the site.
    assert_eq!(article.publisher.as_deref(), Some("The Sentinel"));
    assert_eq!(article.category.as_deref(), Some("Economics"));
}

#[test]
fn publish_date_labels_zones_in_brackets_and_credit_lines_read() {
    let article = read_text(
        "यूपी में 1 दिसंबर से बदलेगा स्कूलों का समय\nलेखक: अमित तिवारी\nEdited By: नेहा सिंह\n\
         Publish Date: Tue, 24 Nov 2026 08:15 PM (IST)\nUpdated Date: Tue, 24 Nov 2026 10:32 PM (IST)\n\
         उत्तर प्रदेश में बेसिक शिक्षा परिषद के सभी स्कूलों का समय 1 दिसंबर से बदल जाएगा। सर्दी और कोहरे को देखते हुए अब स्कूल सुबह 9 बजे से खुलेंगे।\n\
         (समाचार एजेंसी पीटीआई के इनपुट के साथ)\n",
    );
    assert_eq!(article.published.as_deref(), Some("2026-11-24T20:15"));
    assert_eq!(article.modified.as_deref(), Some("2026-11-24T22:32"));
    assert_eq!(article.sources, ["पीटीआई"]);
    assert_eq!(
        super::super::agencies::credit_line(
            "Information from The Associated Press was used in this report."
        ),
        Some(vec!["The Associated Press".to_string()])
    );
}

#[test]
fn a_press_release_on_a_portal_dated_by_its_wire_dateline_and_hosted_by_the_disclaimer() {
    let article = read_text(
        "Tembusu Logistics opens S$85 million cold-chain hub in Tuas\n\
         SINGAPORE, Nov. 24, 2026 /AsiaPress Wire/ -- Tembusu Logistics Pte Ltd, a Singapore-based supply chain company, today opened a S$85 million hub.\n\
         The 28,000-square-metre facility has storage zones from -80C to 25C and is certified to Good Distribution Practice standards.\n\
         SOURCE Tembusu Logistics Pte Ltd\n\
         This press release is distributed by AsiaPress Wire. SG Business Review is not responsible for the content of press releases.\n",
    );
    assert_eq!(article.published.as_deref(), Some("2026-11-24"));
    assert_eq!(article.publisher.as_deref(), Some("SG Business Review"));
    // A date line over the headline gives the same day to the minute: it wins.
    let article = read_text(
        "Mar 05, 2024, 08:00 ET\nHalvorsen Biologics reports positive Phase 2 results\n\
         AUSTIN, Texas, March 5, 2024 /PRWirecast/ -- Halvorsen Biologics, Inc., a clinical-stage biotechnology company, today announced positive topline results.\n\
         The trial enrolled 240 adults with moderate-to-severe atopic dermatitis at 31 sites.\n",
    );
    assert_eq!(article.published.as_deref(), Some("2024-03-05T08:00"));
}

#[test]
fn a_flemish_time_and_a_common_noun_after_a_source_label() {
    let article = read_text(
        "Sint-Niklaas\nStad legt nieuwe fietsstraten aan in het centrum\n\
         Door Lotte Verhaegen\n24 november 2026 17u55\n\
         De stad Sint-Niklaas legt volgend jaar vijf nieuwe fietsstraten aan in het centrum, zo heeft het schepencollege beslist.\n\
         De werken starten in maart en moeten tegen de zomer klaar zijn, zegt de schepen van mobiliteit.\n\
         Zdroj: magistrát\n",
    );
    assert_eq!(article.published.as_deref(), Some("2026-11-24T17:55"));
    assert!(article.sources.is_empty(), "{:?}", article.sources);
    assert_eq!(article.provenance.get("sources"), None);
    assert!(!article.body.contains("magistrát"));
}

#[test]
fn blog_platforms_posted_by_in_other_languages_and_a_photo_credit_without_colon() {
    assert_eq!(
        super::super::byline::byline("Publié par Hélène Bouvard le 24 novembre 2026 à 18 h 12"),
        Some(vec!["Hélène Bouvard".to_string()])
    );
    assert_eq!(
        super::super::byline::name_line("Foto di Ilaria Sponza"),
        None
    );
    let article = read_text(
        "Scuola\nLe scuole di montagna che resistono con tre alunni\n\
         di Chiara Benvenuti e Marco Dell'Orso\nFoto di Ilaria Sponza\nVenerdì 21 novembre 2025 ore 12:30\n\
         In Appennino chiudono plessi ogni anno, ma in alcuni comuni sindaci, maestre e famiglie hanno trovato il modo di resistere.\n\
         A Fontecchio, in provincia dell'Aquila, la pluriclasse conta tre alunni e una maestra che arriva ogni mattina da Sulmona.\n",
    );
    assert_eq!(article.authors, ["Chiara Benvenuti", "Marco Dell'Orso"]);
}

#[test]
fn contact_and_imprint_in_any_language_are_menu_items_not_sections() {
    use super::super::section::is_no_section;
    for item in [
        "İletişim",
        "Kontakt",
        "Impressum",
        "Contatti",
        "お問い合わせ",
    ] {
        assert!(is_no_section(item), "{item}");
    }
    assert!(!is_no_section("Ekonomi"));
}
