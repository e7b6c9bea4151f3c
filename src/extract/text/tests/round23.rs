//! Round 23 (session 27): rules from the opened halves (text-shapes-23's, until then frozen),
//! text-shapes-24's tuning half and the browser copies' tuning half, each on a small input of
//! the shape it reads (more beside the code: record/tests.rs, display_head.rs, wire_copy.rs,
//! email.rs).

use super::super::lines::ends_sentence_before_credit;
use super::super::read_text;

const STORY: &str = "Headline of the story stands here\n\n\
    The first paragraph of the story is long enough to be prose, with several clauses, and it ends.\n\n\
    The second paragraph of the story is long enough to be prose, with several clauses, and ends.\n\n";

#[test]
fn a_credit_lines_words_glued_to_the_last_paragraph_credit_the_agency() {
    let last =
        "Residents said many older societies lacked space for compost pits. (With inputs from PTI)";
    assert!(ends_sentence_before_credit(last));
    let a = read_text(&format!(
        "{STORY}{last}\n\nShare this article\n© 2020 Deccan Mirror Media Group Ltd\n"
    ));
    assert_eq!(a.sources, ["PTI"]);
    assert!(a.body.ends_with("(With inputs from PTI)"), "{}", a.body);
}

#[test]
fn an_agency_as_it_wrote_its_own_name_is_one() {
    // `Sapa` (not only `SAPA`), `Reuter` (the agency's name until the 1980s).
    let a = read_text(&format!(
        "{STORY}The case will be heard in Grahamstown on August 12. — Sapa\n\nShare\n© 2020 Cape Weekly\n"
    ));
    assert_eq!(a.sources, ["Sapa"]);
}

#[test]
fn a_wires_priority_mark_is_no_section_and_no_part_of_the_headline() {
    use super::super::wire_copy::{is_priority, without_priority};
    assert!(is_priority("URGENT") && is_priority("عاجل") && !is_priority("Business"));
    assert_eq!(
        without_priority("（急）浙江试点垃圾分类积分兑换公交出行".to_string()),
        "浙江试点垃圾分类积分兑换公交出行"
    );
    let a = read_text(
        "URGENTE\nUn incendio obliga a desalojar tres aldeas de Ourense\n\
         Ourense, 21 abr (EFE).- Un incendio forestal declarado esta madrugada ha obligado a desalojar a unos 90 vecinos.\n\
         En las tareas de extinción trabajan siete helicópteros y unas 150 personas, según la Xunta.\n",
    );
    assert_eq!(a.category, None);
    assert_eq!(
        a.title,
        "Un incendio obliga a desalojar tres aldeas de Ourense"
    );
}

#[test]
fn a_headline_label_before_the_chosen_headline_goes() {
    let a = read_text(
        "THIS IS A RUSH TRANSCRIPT.\n\nHEADLINE: Halifax shipyard wins navy frigate refit contract\n\
         GUESTS: Rick Doucette\n\n\
         LOUISE CARON, ANCHOR: Good evening. In Halifax tonight, 600 shipyard workers are going back to work.\n\
         CARON: Ottawa has awarded the city's shipyard a contract worth $350 million.\n",
    );
    assert_eq!(a.title, "Halifax shipyard wins navy frigate refit contract");
}
