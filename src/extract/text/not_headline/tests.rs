use super::*;

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_sites_own_name_is_no_headline() {
    let site = names(&["University of Eastfield", "Meridian Review"]);
    for line in [
        "University of Eastfield | News",
        "The Meridian Review",
        "TheMeridianReview.com",
        "News | Demerara Daily",
        "VnCoast English — Latest news",
        "Переслано от: Вечерний Тагил | Новости",
    ] {
        assert_eq!(reason(line, &site), Some("site-name"), "{line}");
    }
    for line in [
        "Twenty years of backyard bird counts show cardinals moving north",
        "Eastfield council approves budget",
        "Business | Markets slide as rates rise",
        "World | Floods hit Kerala",
    ] {
        assert_eq!(reason(line, &site), None, "{line}");
    }
}

#[test]
fn bylines_credits_and_labels_are_no_headline() {
    assert_eq!(
        reason("Senior Correspondent, Northern Europe", &[]),
        Some("byline")
    );
    assert_eq!(
        reason("Iliyoandikwa na Wanjiru Kamau na Otieno Odhiambo", &[]),
        Some("byline")
    );
    for line in [
        "Selma Haufiku - NAMPA",
        "Fact-checked by Renee Calder",
        "Medically reviewed by Dr. Arjun Mehra, MD",
        "Written by Tamsin Holloway",
        "Author of the article:",
        "6 min de leitura",
        "Lesezeit: 3 Min.",
        "Logo Thể Thao Phương Nam",
        "City › Bengaluru News",
        "Ministry    Activities    News    Contacts",
    ] {
        assert!(reason(line, &[]).is_some(), "{line}");
    }
    for line in [
        "Man bitten by shark off Bondi as swimmers flee",
        "Stand by Me: the film that made a generation",
        "Operadoras vão desligar o 3G em 412 cidades até março",
    ] {
        assert_eq!(reason(line, &[]), None, "{line}");
    }
}

fn roles_of(text: &str) -> (Vec<String>, Vec<Role>) {
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let roles = super::super::first_roles(&lines);
    (lines, roles)
}

#[test]
fn a_menu_printed_one_item_per_line_is_hidden_whole() {
    let (lines, roles) = roles_of(
        "Logo Thể Thao\nBóng đá Việt Nam\nBóng đá quốc tế\nV-League\nQuần vợt\nVideo\n\
         CLB Cần Thơ thắng ngược kịch tính, lần đầu vào top 3 V-League",
    );
    assert_eq!(menu_run(&lines, &roles, 1), Some(vec![0, 1, 2, 3, 4, 5]));
    // A kicker, a headline and a byline are no menu.
    let (lines, roles) =
        roles_of("Economy\nFed holds rates\nBy Jane Doe\n\nThe Fed held rates on Wednesday.");
    assert_eq!(menu_run(&lines, &roles, 1), None);
    // A Chinese headline has no spaces but is no menu item.
    let (lines, roles) =
        roles_of("华东在线\n首页\n新闻\n财经\n长三角铁路春运首日发送旅客超百万人次\n作者：王晓东");
    assert_eq!(menu_run(&lines, &roles, 4), None);
    assert_eq!(menu_run(&lines, &roles, 1), Some(vec![0, 1, 2, 3]));
}

#[test]
fn a_shouted_or_section_label_above_a_longer_line_is_its_kicker() {
    let (lines, roles) = roles_of(
        "FINANSE\nBanki tną oprocentowanie lokat. Najlepsze oferty już poniżej 5 proc.\nTomasz Grabowski",
    );
    assert!(is_kicker_above_headline(&lines, &roles, 0));
    let (lines, roles) = roles_of("NASA\nMoon\n\nThe agency said.");
    assert!(!is_kicker_above_headline(&lines, &roles, 0));
    let (lines, roles) = roles_of(
        "上海地铁19号线年底通车？官方回应来了\n原创 刘晓雯 申江晚报 2025年11月22日 20:15 上海",
    );
    assert!(!is_kicker_above_headline(&lines, &roles, 0));
}
