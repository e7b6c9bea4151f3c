//! Round 6 (session 10): rules from the tuning and seen halves of the labelled sets, each on a
//! small input of the shape it reads.

use super::super::read_text;

/// A whole-page copy: a menu of `n` short items, then `body`, then paragraphs of prose.
fn page(menu: &[&str], header: &str) -> String {
    let mut page = menu.join("\n");
    page.push('\n');
    page.push_str(header);
    for n in ["first", "second", "third", "fourth"] {
        page.push_str(&format!(
            "\nThe council said the {n} phase of the programme would start next year, after a \
             review of the costs and the public consultation that closed in October.\n"
        ));
    }
    page
}

#[test]
fn a_deck_printed_again_above_the_text_is_not_the_headline() {
    let text = page(
        &[
            "Riverfront Weekly",
            "News",
            "Music",
            "Food & Drink",
            "Arts & Culture",
            "Film",
            "Cannabis",
            "Best Of",
            "Events",
            "Newsletters",
            "Support Us",
            "Food & Drink »",
        ],
        "The Last Dive Bar on Grand Avenue Is Closing. Regulars Aren't Ready.\n\
         After 47 years, Shorty's will pour its last shot on New Year's Eve\n\
         by Dee Hartwell | November 6, 2025\nShare on Facebook\nShare on X\nEmail\nPrint\n\
         After 47 years, Shorty's will pour its last shot on New Year's Eve",
    );
    assert_eq!(
        read_text(&text).title,
        "The Last Dive Bar on Grand Avenue Is Closing. Regulars Aren't Ready."
    );
}

#[test]
fn a_title_tag_line_gives_way_to_the_headline_printed_alone() {
    let text = page(
        &[
            "Skip to Main Content",
            "CPBC",
            "Search",
            "Sign In",
            "Menu",
            "News",
            "Sports",
            "Radio",
            "Music",
            "Listen Live",
            "Watch",
        ],
        "Halifax council approves pilot for overnight warming centres | CPBC News\nLoaded\n\
         Nova Scotia\nHalifax council approves pilot for overnight warming centres\n\
         Pilot will run from December to March, cost $480K\nRachel Côté · CPBC News\n\
         Posted: Nov 18, 2025 4:00 AM AST",
    );
    assert_eq!(
        read_text(&text).title,
        "Halifax council approves pilot for overnight warming centres"
    );
}

#[test]
fn share_rows_between_the_header_block_and_the_text_do_not_hide_the_headline() {
    let text = page(
        &[
            "Gorenjski utrip - novice z Gorenjske",
            "Novice",
            "Kranj",
            "Jesenice",
            "Šport",
            "Prijava",
        ],
        "Novice › Jesenice\nNa Hrušici bodo do prihodnje jeseni zgradili nov vrtec za 140 otrok\n\
         Občina Jesenice je podpisala pogodbo z izvajalcem, dela se začnejo prihodnji teden\n\
         Objavljeno: torek, 3. 6. 2025, 17.40\nAvtor: Matej Zupan\nVir: STA\nDeli na Facebooku\n\
         Deli na X\nNatisni\nČas branja: 2 min\nKomentarji: 4",
    );
    let article = read_text(&text);
    assert_eq!(
        article.title,
        "Na Hrušici bodo do prihodnje jeseni zgradili nov vrtec za 140 otrok"
    );
    assert_eq!(article.authors, ["Matej Zupan"]);
}

#[test]
fn a_long_deck_under_a_shorter_headline_is_not_the_headline() {
    let text = page(
        &[
            "Harbour Morning Post",
            "Subscribe",
            "Sign in",
            "Hong Kong",
            "China",
            "Asia",
            "World",
            "Business",
            "Tech",
            "Lifestyle",
            "Opinion",
            "Sport",
        ],
        "Hong Kong to double subsidy for older buildings' lift upgrades\n\
         Owners of blocks aged 30 years or more will be able to claim up to HK$1.2 million for \
         each lift under the revamped scheme, housing chief says\n\
         Kelly Ho and Marcus Leung\nPublished: 8:45pm, 21 Nov 2025\nListen\nSave",
    );
    let article = read_text(&text);
    assert_eq!(
        article.title,
        "Hong Kong to double subsidy for older buildings' lift upgrades"
    );
    assert_eq!(article.published.as_deref(), Some("2025-11-21T20:45"));
}

#[test]
fn sources_in_more_languages_after_the_text_and_never_the_site_itself() {
    let prose = "Şəkidə ipək fabrikinin yenidən qurulmasına başlanılıb, layihənin dəyəri 12 milyon \
                 manat təşkil edir və iş iki il davam edəcək.";
    let article = read_text(&format!("Başlıq burada yazılıb\n\n{prose}\n\nMənbə: APA\n"));
    assert_eq!(article.sources, ["APA"]);
    let article = read_text(&format!(
        "Cím itt\n\n{prose}\n\n(Forrás: MTI, Pesti Hét)\n\n© 2025 Pesti Hét\n"
    ));
    assert_eq!(article.sources, ["MTI"]);
    assert_eq!(article.publisher.as_deref(), Some("Pesti Hét"));
}

#[test]
fn a_site_name_on_the_first_line_gives_way_to_the_headline_above_the_text() {
    let prose = "Lễ khởi công diễn ra hôm qua tại thành phố Iloilo với sự tham dự của Tổng thống, \
                 các bộ trưởng và hàng nghìn người dân địa phương.";
    let text = format!(
        "Tin Nhanh Sài Gòn\nThời sự\nThế giới\nKinh doanh\nĐăng nhập\n\nThế giới\nChâu Á\n\
         Thứ năm, 21/8/2025, 06:00 (GMT+7)\n\
         Philippines khởi công cầu vượt biển dài nhất nước\n\n{prose}\n\n{prose}\n"
    );
    let article = read_text(&text);
    assert_eq!(
        article.title,
        "Philippines khởi công cầu vượt biển dài nhất nước"
    );
    assert_eq!(
        article.published.as_deref(),
        Some("2025-08-21T06:00:00+07:00")
    );
}

#[test]
fn full_stops_of_other_scripts_end_sentences() {
    use super::super::lines::ends_sentence;
    assert!(ends_sentence("जयपुर में मेट्रो के दूसरे चरण को मंजूरी मिली।"));
    assert!(ends_sentence("高岡市は17日、協定を結んだ。"));
    assert!(ends_sentence("یہ منصوبہ اگلے سال مکمل ہوگا۔"));
    assert!(!ends_sentence(
        "Philippines khởi công cầu vượt biển dài nhất nước"
    ));
}

#[test]
fn a_section_link_with_its_arrow_a_piped_photo_credit_and_prompts_below_the_date() {
    let prose = "Senate appropriators are coalescing around a short-term funding bill that would \
                 keep the government open into mid-February, three people said.";
    let article = read_text(&format!(
        "Food & Drink »\nThe last dive bar on Grand Avenue is closing this winter\n\
         by Dee Hartwell | November 6, 2025\n\n{prose}\n"
    ));
    assert_eq!(article.category.as_deref(), Some("Food & Drink"));
    let article = read_text(&format!(
        "CONGRESS\nSenate appropriators eye stopgap into February as shutdown deadline nears\n\
         Sen. Margaret Holloway speaks to reporters at the Capitol, Nov. 13, 2025. | Evan Dorsey\n\
         By ANDREW PEMBERTON\nand LISA WONG\nFollow\n11/17/2025 05:00 AM EST\nLink Copied\n\n{prose}\n"
    ));
    assert_eq!(
        article.title,
        "Senate appropriators eye stopgap into February as shutdown deadline nears"
    );
    assert_eq!(article.authors, ["Andrew Pemberton", "Lisa Wong"]);
}

#[test]
fn cjk_menus_account_rows_and_reporters() {
    let text = "跳到主要内容\n南岛日报\n首页　国内　地方　国际　财经　体育　娱乐　副刊\n登入　订阅电子报\n\
                首页 ＞ 地方 ＞ 槟城\n地方\n乔治市椰脚街周末步行街试行三个月　商家：人流增加但停车难\n\
                记者 王海燕 李明\n2025年6月18日 下午2:30\n\n\
                槟岛市政厅宣布，乔治市椰脚街周末步行街计划将从7月5日起试行三个月，每逢周六及周日下午4时至晚上11时，椰脚街及打铜仔街一带将封路，仅开放给行人。\n";
    let article = read_text(text);
    // The ideographic space is read as a space.
    assert_eq!(
        article.title,
        "乔治市椰脚街周末步行街试行三个月 商家：人流增加但停车难"
    );
    assert_eq!(article.authors, ["王海燕", "李明"]);
    assert!(!article.lead.contains("首页") && !article.body.contains("首页"));
}

#[test]
fn photo_credits_in_more_languages_and_brackets() {
    use super::super::rights::credit;
    for line in [
        "（图：马新社档案照）",
        "写真：共同通信",
        "사진: 연합뉴스",
        "Фото: БГНЕС",
        "Ảnh: AFP",
    ] {
        assert!(credit(line).is_some(), "{line}");
    }
    assert!(credit("（北港市提供の資料による説明）").is_none());
}

#[test]
fn the_sites_name_from_a_breadcrumb_a_tagline_or_its_rights_line() {
    let prose = "Budowa trzeciej przeprawy w Toruniu nie zakończy się w tym roku, a konsorcjum \
                 twierdzi, że ceny stali wzrosły o połowę od podpisania umowy.";
    let article = read_text(&format!(
        "Gazeta Nadwiślańska > Region\nNowy most na Wiśle opóźniony. Wykonawca żąda 80 mln zł\n\n\
         {prose}\n\nCopyright © Gazeta Nadwiślańska Sp. z o.o.\nWszelkie prawa zastrzeżone.\n"
    ));
    assert_eq!(article.publisher.as_deref(), Some("Gazeta Nadwiślańska"));
    let article = read_text(&format!(
        "Le traversier reste à quai\n\n{prose}\n\n© La Presse Canadienne, 2024\n\
         Le Fleuve Matin – Tous droits réservés\n"
    ));
    assert_eq!(article.publisher.as_deref(), Some("Le Fleuve Matin"));
}

#[test]
fn an_origin_line_dates_the_copy_and_a_readers_saved_date_does_not() {
    let prose = "Westport is busy from May to September, but the hotel group wants to give people \
                 a reason to come in November and February too, its manager said.";
    let article = read_text(&format!(
        "Mayo hotel group plans spa extension in Westport\n\n{prose}\n\n\
         This article first appeared in The Connacht Journal on November 9, 2025\n"
    ));
    assert_eq!(article.published.as_deref(), Some("2025-11-09"));
    assert_eq!(article.publisher.as_deref(), Some("The Connacht Journal"));
    let article = read_text(&format!(
        "Inside the lab trying to save the rarest lizard\nSouthern Gazette\nSaved 21 Nov 2025\n\n{prose}\n"
    ));
    assert_eq!(article.published, None);
}

#[test]
fn cjk_reporters_after_a_caption_and_a_tamil_byline_label() {
    let article = read_text(
        "台中捷運藍線動工\n\n字級設定：小 中 大 特\n\n台中捷運藍線19日在沙鹿舉行動工典禮。（圖／中央社）\n\n\
         〔記者林怡君、陳冠宇／台中報導〕台中捷運藍線昨日在沙鹿區舉行動工典禮，全長約24.8公里，共設20座車站。\n",
    );
    assert_eq!(article.authors, ["林怡君", "陳冠宇"]);
    let article = read_text(
        "சென்னையில் புதிய மெட்ரோ பாதை\n\nஎழுத்து: ஆர். செந்தில்குமார்\n\n\
         சென்னை மெட்ரோ ரயில் நிறுவனம் புதிய பாதையின் பணிகளை அடுத்த மாதம் தொடங்க உள்ளதாக அதிகாரிகள் தெரிவித்தனர்.\n",
    );
    assert_eq!(article.authors, ["ஆர். செந்தில்குமார்"]);
}

#[test]
fn editors_times_and_pagination_are_no_headlines() {
    let prose = "The chancellor told the Commons that the cut would take effect in April and would \
                 be paid for by a freeze on income tax thresholds until the end of the decade.";
    let article = read_text(&format!(
        "14:32 GMT\nChancellor confirms 2p cut to national insurance\n\n{prose}\n"
    ));
    assert_eq!(
        article.title,
        "Chancellor confirms 2p cut to national insurance"
    );
    assert!(super::super::title::is_editor_line(
        "Edited By: Vikas Tripathi"
    ));
    assert!(super::super::lines::is_navigation(
        "Page 1 of 3 · 1 2 3 · Next ›"
    ));
}
