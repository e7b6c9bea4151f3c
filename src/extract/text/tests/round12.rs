//! Round 12 (session 16): rules from the opened halves (text-shapes-12's, then frozen) and
//! text-shapes-13's tuning half, each on a small input of the shape it reads.

use super::super::lines::ends_sentence_before_credit;
use super::super::read_text;

#[test]
fn a_sentence_may_end_with_a_credit_run_on_but_a_name_or_a_photo_credit_is_none() {
    for line in [
        "Lim said charging depots were being built in Sungai Nyior and Bayan Lepas. — Bernama",
        "Zum Start am 13. Dezember ist die Fahrt auf der neuen Strecke einen Tag lang gratis. (APA)",
        "交通局回應，明年將新增120輛電動公車，並調整30條路線的班次。（中央社）",
        "The corporation has also begun a survey for feeder routes to the colonies. PTI",
    ] {
        assert!(ends_sentence_before_credit(line), "{line}");
    }
    for line in [
        "The Hon. Karen Whitlock MLA",
        // A teaser's link on real pages: no credit, so related teasers stay out of the story.
        "The council voted on the plan after a long debate in the chamber. Read More",
        "Residents wade through floodwater in Tumpat. — Bernama photo",
        "The meeting starts at 5 p.m. today",
        "Tickets cost 5.30 EUR",
    ] {
        assert!(!ends_sentence_before_credit(line), "{line}");
    }
}

#[test]
fn an_agency_set_off_by_a_dash_after_the_last_sentence_is_the_source() {
    let text = "Penang to add 40 electric buses by mid-2027\n\n\
                GEORGE TOWN, Nov 24 — Penang will add 40 electric buses to the fleet by the middle of next year, the state said today.\n\n\
                The buses will first run on routes linking the Penang Sentral hub with industrial areas.\n\n\
                Lim said charging depots were being built in Sungai Nyior and Bayan Lepas. — Bernama\n\n\
                Read more\n\
                Ringgit opens firmer against US dollar\n";
    let article = read_text(text);
    assert_eq!(article.sources, ["Bernama"]);
    // Initials the list lacks, set off by a dash, credit a wire too; bare ones do not.
    let initials = read_text(&text.replace("— Bernama", "– DPI"));
    assert_eq!(initials.sources, ["DPI"]);
    let bare = read_text(&text.replace("— Bernama", "DPI"));
    assert!(bare.sources.is_empty(), "{:?}", bare.sources);
    assert!(
        article.body.ends_with("Bayan Lepas. — Bernama"),
        "{}",
        article.body
    );
}

#[test]
fn buttons_read_also_labels_and_roles_of_other_languages_are_no_authors() {
    let story = "\n\nGrad Split od sljedeće sezone naplaćivat će ulazak organiziranih grupa u jezgru, odlučilo je Gradsko vijeće.\n\n\
                 Naknada će iznositi pet eura po osobi i odnosit će se samo na veće grupe s brodova.\n";
    // Follow, Share, Save over the writer's name.
    let buttons = read_text(&format!(
        "Split uvodi naplatu ulaska u povijesnu jezgru\nSlijedite   Podijeli   Spremi\nAnte Bilić\n24. studenoga 2026. u 11:40{story}"
    ));
    assert_eq!(buttons.authors, ["Ante Bilić"]);
    // A Welsh reporter's role after the name.
    let role = read_text(&format!(
        "Cyngor yn cymeradwyo cynllun tai newydd\nGan Elin Haf Roberts, Gohebydd Democratiaeth Leol\n24 Tachwedd 2026{story}"
    ));
    assert_eq!(role.authors, ["Elin Haf Roberts"]);
}

#[test]
fn a_turkish_read_also_label_in_capitals_is_known_whatever_its_dotted_i() {
    assert_eq!(
        crate::extract::lexicon::lower("İlgili Haberler"),
        "ilgili haberler"
    );
    assert!(super::super::teasers::teaser("İlgili Haberler").is_some());
}

#[test]
fn an_outlet_under_the_byline_is_no_headline_and_a_reporting_service_no_writer() {
    let text = "r/hertfordshire\nPosted by u/stortfordlocal 5h\n\
                Golf course housing plan thrown out (text of the Echo article since it's behind a paywall)\n\
                Plans for 450 homes on Bishop's Stortford golf course refused by council\n\
                By Harriet Cole, Local Democracy Reporting Service\n\
                Herts & Essex Echo\n\
                24 November 2026, 5:55pm\n\
                Controversial plans to build 450 homes on part of a golf course have been refused by East Herts Council.\n\
                Members of the district council's committee voted 9-2 against the scheme on Tuesday evening.\n";
    let article = read_text(text);
    assert_eq!(
        article.title,
        "Plans for 450 homes on Bishop's Stortford golf course refused by council"
    );
    assert_eq!(article.authors, ["Harriet Cole"]);
    assert_eq!(article.publisher.as_deref(), Some("Herts & Essex Echo"));
}

#[test]
fn an_update_line_above_the_publication_line_and_a_label_run_into_its_time() {
    let story = "\n\nThe council approved the new bridge on Tuesday after a long debate in the chamber.\n\n\
                 Work will start next spring and last two years, the leader said.\n";
    let dutch = read_text(&format!(
        "Veerpont bij Oosterwolde vaart weer na maand stilstand\nAangepast 26 november 2025, 17:48\nGeplaatst 26 november 2025, 11:02{story}"
    ));
    assert_eq!(dutch.published.as_deref(), Some("2025-11-26T11:02"));
    let glued = read_text(&format!(
        "Council approves new bridge over the river Taff\n08:15, 3 NOV 2025Updated08:15, 3 NOV 2025\nPublished17:40, 2 NOV 2025{story}"
    ));
    assert_eq!(glued.published.as_deref(), Some("2025-11-02T17:40"));
}

#[test]
fn a_wires_initials_in_the_dateline_are_the_source_but_a_stations_call_sign_is_not() {
    let story = "Maine's lobster fishermen hauled in their smallest catch in 17 years, state regulators said Tuesday.\n\n\
                 Warming waters continue to push the species north and into deeper water, they said.\n";
    for (dateline, want) in [
        ("PORTLAND, Maine (CPN) — ", vec!["CPN"]),
        ("(CNN) — ", vec!["CNN"]),
        ("PORTLAND, Maine (KRVT) — ", vec![]),
    ] {
        let article = read_text(&format!(
            "Lobster catch falls to a 17-year low\n\n{dateline}{story}"
        ));
        assert_eq!(article.sources, want, "{dateline}");
    }
}
