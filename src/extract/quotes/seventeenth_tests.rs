//! Unit tests of the seventeenth round of issue 14 (session 20): kinds of misses that recur
//! across the open parts, each on a small input that fails without its rule.

use super::tests::speaker_of;

#[test]
fn a_description_with_a_place_before_a_clause_in_commas_is_the_speaker() {
    let body = "A farmer from Natova, who asked not to be named, said the gangs were \
                \"losing patience\".";
    let (speaker, _, _) = speaker_of(body, "losing patience");
    assert_eq!(speaker.as_deref(), Some("A farmer from Natova"));
}

#[test]
fn a_trade_noun_heads_a_description_with_a_place() {
    let body = "A marshal at Ballaugh Bridge said residents were \"mostly brilliant\" about \
                the closures.";
    let (speaker, _, _) = speaker_of(body, "mostly brilliant");
    assert_eq!(speaker.as_deref(), Some("A marshal at Ballaugh Bridge"));
}

#[test]
fn an_unlisted_given_name_right_after_a_title_stays_in_the_name() {
    let body = "Deputy Speaker Ghulam Mustafa Shah asked her to sit down.\n\n\"Madam, you will get \
                your turn,\" the deputy speaker said.";
    let (speaker, _, _) = speaker_of(body, "Madam, you will get your turn");
    assert_eq!(speaker.as_deref(), Some("Ghulam Mustafa Shah"));
}

#[test]
fn forms_of_address_of_fiji_lesotho_and_brunei_are_no_part_of_the_name() {
    let body = "Ntate Teboho Sello, a supervisor, said the company had promised severance pay.\n\n\
                \"But we have heard promises before,\" he said.\n\n\"The brand is now \
                recognised,\" the ministry's acting permanent secretary, Dayang Nurul Aini binti \
                Abdul Kassim, told a briefing.";
    let (speaker, _, _) = speaker_of(body, "But we have heard promises before");
    assert_eq!(speaker.as_deref(), Some("Teboho Sello"));
    let (speaker, _, _) = speaker_of(body, "The brand is now recognised");
    assert_eq!(speaker.as_deref(), Some("Nurul Aini binti Abdul Kassim"));
}

#[test]
fn a_portfolio_after_minister_for_is_no_given_name() {
    let body = "Australian Minister for Trade Negotiations Michael Duffy spoke in Bangkok.\n\n\
                \"There's no doubt that the group is a third force,\" he said.";
    let (speaker, _, _) = speaker_of(body, "There's no doubt that the group is a third force");
    assert_eq!(speaker.as_deref(), Some("Michael Duffy"));
}
