//! Round 20 (session 24): rules from the opened halves (text-shapes-20's, until then frozen)
//! and the open halves' misses grouped by kind, each on a small input of the shape it reads.

use super::super::read_text;

const MENU: &str =
    "The Harbour Times\nSubscribe\nLog in\nHome\nPolitics\nHealth\nBusiness\nSport\n";
const STORY: &str = "Ferry fares to rise by 4 per cent from January\n\
    The operator says fuel and crew costs have gone up since the last review.\n\
    24 November 2026 — 6:42pm\n\
    Ferry fares on all harbour routes will rise by 4 per cent from January 1, the operator \
    said on Tuesday, the first increase in three years.\n\
    The company said fuel and crew costs had risen by more than a tenth since its last review.\n";

/// The page with `byline` under STORY's headline, then the rest of the story (its deck too, or
/// not).
fn with_byline(byline: &str, deck: bool) -> String {
    let mut lines = STORY.lines();
    let headline = lines.next().unwrap_or_default();
    let rest: String = lines
        .skip(usize::from(!deck))
        .map(|l| format!("{l}\n"))
        .collect();
    format!("{MENU}Health\n{headline}\n{byline}\n{rest}")
}

#[test]
fn names_with_a_writing_role_under_each_are_the_writers() {
    // Over the headline, one name per line with its role under it.
    let a = read_text(&format!(
        "{MENU}Bridie Coughlan\nHealth Reporter\nTom Vukovic\nState Political Reporter\n\
         Health\n{STORY}Related\nAbout us\n© 2026 Harbour Times Media Pty Ltd\n"
    ));
    assert_eq!(a.authors, ["Bridie Coughlan", "Tom Vukovic"]);
    // After the last paragraph, the name over its role and beat.
    let a = read_text(&format!(
        "{MENU}Health\n{STORY}Paolo Santiago\nCorrespondent, Legazpi City\nRead Next\n\
         Storm signal raised over the islands\n© 2026 Harbour Times Media Pty Ltd\n"
    ));
    assert_eq!(a.authors, ["Paolo Santiago"]);
}

#[test]
fn a_site_name_over_its_tagline_is_no_writer() {
    // `News` is a role word, but the site's name opens with no given name.
    let a = read_text(&format!(
        "Copperbelt Voice\nBreaking News\nHome\nPolitics\nHealth\n{STORY}\
         © 2026 Copperbelt Voice\n"
    ));
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

#[test]
fn the_byline_affiliation_the_copy_credits_as_the_origin_is_a_source() {
    // `By A, Outlet`, and a sentence naming the outlet alone: where the story came from.
    let a = read_text(&format!(
        "{}This story was produced by Karoo Voices, a non-profit newsroom, and is published \
         here as part of a content-sharing partnership.\n",
        with_byline("By Anele Dlamini, Karoo Voices", true)
    ));
    assert_eq!(a.authors, ["Anele Dlamini"]);
    assert_eq!(a.sources, ["Karoo Voices"]);
    // A co-writer the copy writes about beside the first writer stays a writer.
    let a = read_text(&format!(
        "{}Rebecca Thornton reported from Washington, and Mei-Ling Chu from Des Moines for \
         this story.\n",
        with_byline("By Rebecca Thornton and Mei-Ling Chu", true)
    ));
    assert_eq!(a.authors, ["Rebecca Thornton", "Mei-Ling Chu"]);
}

#[test]
fn a_copyright_notice_does_not_introduce_a_name_in_the_author_box() {
    let a = read_text(&format!(
        "{MENU}Health\n{STORY}About the author\nSadia Khattak\n\
         Sadia Khattak reports on health and education from Peshawar.\nLatest News\n\
         Polio drive to begin in 14 districts next week\nThe Frontier Ledger\n\
         © 2026 Frontier Media Group (Pvt) Ltd. All rights reserved.\n"
    ));
    assert_eq!(a.authors, ["Sadia Khattak"]);
}

#[test]
fn a_writing_word_beside_a_non_writing_one_makes_a_writers_role() {
    let a = read_text(&with_byline(
        "Zanele Mthembu, Senior Reporter\nAaliyah Davids, Data Journalist\n\
         Sipho Ndlovu, Political Reporter",
        false,
    ));
    assert_eq!(
        a.authors,
        ["Zanele Mthembu", "Aaliyah Davids", "Sipho Ndlovu"]
    );
}

#[test]
fn an_avatars_alt_text_beside_the_name_is_no_second_writer() {
    // `<name>'s profile picture` in Assamese over the name itself, under the headline.
    let a = read_text(
        "প্ৰভাতী বাৰ্তা\nগুৱাহাটী\nগুৱাহাটীত ব্ৰহ্মপুত্ৰৰ পাৰত নতুন নদী-পথ সেৱা আৰম্ভ\n\
         প্ৰাঞ্জল বৰাৰ প্ৰফাইল ছবি\nপ্ৰাঞ্জল বৰা\n৩ ঘণ্টা আগতে\n২৪ নৱেম্বৰ, ২০২৬, ০৪:১০ অপৰাহ্ন\n\
         গুৱাহাটীৰ উজান বজাৰৰ পৰা উত্তৰ গুৱাহাটীলৈ মঙলবাৰৰ পৰা নতুন নদী-পথ সেৱা আৰম্ভ হৈছে। \
         অভ্যন্তৰীণ জলপৰিবহণ বিভাগে এই সেৱা আৰম্ভ কৰিছে।\n\
         নতুন জাহাজখনত একেলগে ২০০ জন যাত্ৰী যাব পাৰিব আৰু প্ৰতি আধা ঘণ্টাৰ মূৰে মূৰে যাত্ৰা কৰিব।\n",
    );
    assert_eq!(a.authors, ["প্ৰাঞ্জল বৰা"]);
}

#[test]
fn names_in_their_own_script_with_a_role_after_a_comma() {
    // Cyrillic given names are known (Faker's non-Latin locales), and each writer's line
    // carries its own lower-case role and post.
    let a = read_text(
        "Балтийский вестник\nЭстония\nВ Нарве откроют новый пункт пропуска для пешеходов к весне\n\
         Ирина Васильева, корреспондент в Ида-Вирумаа\n\
         Андрей Кузнецов, редактор отдела новостей\nОбновлено 2 часа назад\n\
         Новый пешеходный терминал на пограничном пункте Нарва-1 должен заработать в апреле 2027 \
         года, сообщил во вторник Департамент полиции и погранохраны.\n\
         В терминале будет восемь кабин паспортного контроля вместо нынешних четырех.\n",
    );
    assert_eq!(a.authors, ["Ирина Васильева", "Андрей Кузнецов"]);
    assert!(crate::extract::lexicon::given_name("ирина").is_some());
}
