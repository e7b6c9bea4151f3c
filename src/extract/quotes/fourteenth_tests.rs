//! Unit tests of the fourteenth round of issue 14 (session 18): bodies told from the people
//! near them, and pronouns kept to persons. Each fails without its rule.

use super::tests::speaker_of;
use crate::model::SpeakerKind;

#[test]
fn a_name_described_as_a_company_is_no_one_a_pronoun_means() {
    let body = "\"The streets belong to the people who live on them,\" Mayor Luzia Cavalcanti \
                Ramos told the newspaper.\n\nMineração Serra Alta, the company, said in a \
                statement that the decree was \"illegal and disproportionate\".\n\nAsked \
                whether she feared the company's lawyers, the mayor laughed.\n\n\"I was a \
                teacher for 25 years,\" she told the paper.";
    let (speaker, kind, _) = speaker_of(body, "illegal and disproportionate");
    assert_eq!(speaker.as_deref(), Some("Mineração Serra Alta"));
    assert_eq!(kind, SpeakerKind::Organisation);
    let (speaker, kind, _) = speaker_of(body, "I was a teacher for 25 years");
    assert_eq!(speaker.as_deref(), Some("Luzia Cavalcanti Ramos"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_place_word_right_after_a_title_opens_the_name() {
    let body = "Vice Premier Yao Yilin told the news conference that some people said the debt \
                was too much.\n\n\"They proceed from their own perspectives,\" he said.";
    let (speaker, kind, _) = speaker_of(body, "They proceed from their own perspectives");
    assert_eq!(speaker.as_deref(), Some("Yao Yilin"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_pronoun_looks_no_higher_than_the_paragraph_naming_the_nearest_titled_person() {
    let body = "Vice-Premier Tian Jiyun told a news conference the debt was 20.6 billion \
                dlrs.\n\nUnder Chairman Mao Tse-tung's rule, China borrowed very little \
                abroad.\n\n\"We have to borrow a certain amount of foreign loans,\" Tian \
                said.\n\nVice Premier Yao Yilin, a former Commerce Minister, told the same news \
                conference some people said the debt was too much.\n\n\"They proceed from \
                their own perspectives,\" he said.";
    let (speaker, _, _) = speaker_of(body, "They proceed from their own perspectives");
    assert_eq!(speaker.as_deref(), Some("Yao Yilin"));
}

#[test]
fn a_name_right_after_a_lower_case_body_noun_is_no_person() {
    let body = "Over half of respondents said introducing AI is risky.\n\nRachel Stephens, \
                senior analyst at industry analyst firm RedMonk, shared her perspective on \
                these findings: \"There is a component of psychological safety and team \
                culture that impacts how people feel about AI.\"";
    let quote = "There is a component of psychological safety and team culture that impacts how \
                 people feel about AI.";
    let (speaker, kind, _) = speaker_of(body, quote);
    assert_eq!(speaker.as_deref(), Some("Rachel Stephens"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_name_closed_by_an_organisation_word_is_a_body_despite_given_names() {
    let body = "So the Maple Ridge Homeowners Association has decided that my tomato plants are \
                a nuisance.\n\nI emailed the board to ask which rule a tomato breaks. The \
                association replied by email on Thursday: \"No application was received.\"";
    let (speaker, kind, _) = speaker_of(body, "No application was received.");
    assert_eq!(
        speaker.as_deref(),
        Some("Maple Ridge Homeowners Association")
    );
    assert_eq!(kind, SpeakerKind::Organisation);
}
