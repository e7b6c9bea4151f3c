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
