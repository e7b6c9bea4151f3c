//! Round 17 (session 21): rules from the opened halves (text-shapes-17's, until then frozen)
//! and the open halves' misses grouped by kind, each on a small input of the shape it reads.

use super::super::read_text;

const STORY: &str = "The county hospital suspended all non-emergency surgeries after its oxygen \
                     plant broke down on Monday night, its chief executive said.\n\n\
                     Engineers from the manufacturer were expected to arrive on Thursday to \
                     repair the plant, which was installed in 2021.\n\n";

#[test]
fn a_logo_holding_the_owners_own_name_is_the_publisher() {
    let page = |logo: &str, owner: &str| {
        read_text(&format!(
            "{logo}\nePaper\nSubscribe\nNews\nCounties\nBusiness\n\
             Kisumu referral hospital suspends surgeries after oxygen plant breaks down\n\
             First published: Tuesday, November 24, 2026 — 7:05 PM\n\n{STORY}\
             About Us\nContact Us\n© 2026 {owner}. All rights reserved.\n"
        ))
    };
    let a = page("The Kenya Chronicle", "Chronicle Media Group Ltd");
    assert_eq!(a.publisher.as_deref(), Some("The Kenya Chronicle"));
    let a = page("Dziennik Powszechny", "Wydawnictwo Powszechne S.A");
    assert_eq!(a.publisher.as_deref(), Some("Dziennik Powszechny"));
    // A logo that does not hold the owner's name leaves the company's.
    let a = page("The Lakeside Post", "Chronicle Media Group Ltd");
    assert_eq!(a.publisher.as_deref(), Some("Chronicle"));
}

#[test]
fn an_app_prompt_names_the_site_without_its_verb() {
    let a = read_text(&format!(
        "Kisumu referral hospital suspends surgeries after oxygen plant breaks down\n\
         By Wanjiru Kamau\nNovember 24, 2026\n\n{STORY}\
         Download The Economic Ledger App to get Daily Market Updates & Live Business News.\n"
    ));
    assert_eq!(a.publisher.as_deref(), Some("The Economic Ledger"));
}

#[test]
fn a_story_first_published_elsewhere_credits_its_first_publisher_as_a_source() {
    let page = |credit: &str| {
        read_text(&format!(
            "Straits Maritime Review\nShipping\nPorts\nBunkering\n\
             Tuas terminal adds four berths as transhipment volumes climb\n\
             By Darren Koh\nNovember 24, 2026\n\n{STORY}{credit}\n\
             © 2026 Straits Maritime Review. All rights reserved.\n"
        ))
    };
    let a = page("This story first appeared in our sister title Port Asia Weekly.");
    assert_eq!(a.publisher.as_deref(), Some("Straits Maritime Review"));
    assert_eq!(a.sources, ["Port Asia Weekly"]);
    let a = page("نُشر هذا المقال أولاً في جريدة الوادي.");
    assert_eq!(a.sources, ["جريدة الوادي"]);
    // The site's own name in the credit is no source of its own.
    let a = page("This article first appeared in Straits Maritime Review.");
    assert!(a.sources.is_empty(), "{:?}", a.sources);
}

#[test]
fn a_platforms_published_in_line_names_the_publication_before_a_later_credit() {
    let a = read_text(&format!(
        "Apri nell'app\nAccedi\nPubblicato in\nCronache dal Sud\n\
         Matera, la città che ha imparato a vivere con meno acqua\nGiulia Ferraro\nSegui\n\
         6 min di lettura\n24 nov 2026\n\n{STORY}\
         Questo articolo è apparso originariamente su Il Corriere di Matera.\n"
    ));
    assert_eq!(a.publisher.as_deref(), Some("Cronache dal Sud"));
    assert_eq!(a.sources, ["Il Corriere di Matera"]);
}

#[test]
fn writers_stacked_with_their_roles_without_an_and() {
    let a = read_text(&format!(
        "Waiting list for hip and knee operations falls below 400,000 for first time\n\
         Helen Ashworth\nHealth correspondent\nSamir Dhaliwal\nData journalist\n\
         24 November 2026\n\n{STORY}"
    ));
    assert_eq!(a.authors, ["Helen Ashworth", "Samir Dhaliwal"]);
    // Under the date, as broadcasters print them.
    let a = read_text(&format!(
        "Waiting list for hip and knee operations falls below 400,000 for first time
         24 November 2026
Helen Ashworth
Health correspondent
Samir Dhaliwal
         Data journalist

{STORY}"
    ));
    assert_eq!(a.authors, ["Helen Ashworth", "Samir Dhaliwal"]);
    // A photographer stacked under the writer credits no writing.
    let a = read_text(&format!(
        "Ferjesamband innstilt i tre døgn – øybuer må ta hurtigbåt til sykehuset\n\
         Ingrid Solberg\nJournalist\nKari Lunde\nFotograf\n24. november 2026\n\n{STORY}"
    ));
    assert_eq!(a.authors, ["Ingrid Solberg"]);
}

#[test]
fn role_lines_in_scripts_without_capitals_are_no_writers() {
    let a = read_text(&format!(
        "بنزین سه‌نرخی از دی ماه؛ سهمیه خودروهای شخصی کاهش می‌یابد\n\
         مریم صالحی\nگزارشگر اقتصادی\nکیوان رستمی\nخبرنگار، لندن\n۳ آذر ۱۴۰۵\n\n{STORY}"
    ));
    assert_eq!(a.authors, ["مریم صالحی", "کیوان رستمی"]);
    // `Name, role` lines (Armenian) between the kicker and the date are no headline.
    let a = read_text(&format!(
        "Համալսարան\nՀամալսարանի գրադարանը կաշխատի մինչև կեսգիշեր քննաշրջանի ընթացքում\n\
         Անի Հակոբյան, լրագրող\nԴավիթ Սարգսյան, բաժնի խմբագիր\n24 նոյեմբերի, 2026 | 15:10\n\n{STORY}"
    ));
    assert_eq!(
        a.title,
        "Համալսարանի գրադարանը կաշխատի մինչև կեսգիշեր քննաշրջանի ընթացքում"
    );
}

#[test]
fn writers_joined_by_a_bar_over_a_desk_line() {
    let a = read_text(&format!(
        "Societat\nEl Govern amplia el transport públic gratuït als menors de 16 anys\n\
         Escolta la notícia\n2 min\nLaia Puigdomènech | Jordi Casals\nRedacció NCat Notícies\n\
         Publicat 24/11/2026 - 19.40 h\n\n{STORY}"
    ));
    assert_eq!(
        a.title,
        "El Govern amplia el transport públic gratuït als menors de 16 anys"
    );
    assert_eq!(a.authors, ["Laia Puigdomènech", "Jordi Casals"]);
}
