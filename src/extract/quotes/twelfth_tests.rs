//! Unit tests of the twelfth round of issue 14 (session 17): a speaker given a surname or part
//! of a name resolves to the full name the article gave. Each fails without its rule.

use super::tests::speaker_of;
use crate::model::SpeakerKind;

#[test]
fn a_filipino_name_particle_joins_the_surname() {
    let body = "Chief financial officer Ramon dela Cruz told analysts margins would narrow.\n\n\
                \"That's conservative,\" Cruz said.";
    let (speaker, kind, _) = speaker_of(body, "That's conservative");
    assert_eq!(speaker.as_deref(), Some("Ramon dela Cruz"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn an_abbreviated_given_name_with_a_full_stop_is_part_of_the_name() {
    let body = "Provincial engineer Ma. Luisa Castañeda said the dike was funded.\n\n\"We have \
                the budget,\" Castañeda said.";
    let (speaker, kind, _) = speaker_of(body, "We have the budget");
    assert_eq!(speaker.as_deref(), Some("Ma Luisa Castañeda"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_full_name_used_as_a_modifier_keeps_its_surname() {
    let body = "The lab hired a programmer: Margaret Hamilton.\n\nIn 2017 she garnered an \
                honour: a Margaret Hamilton Lego minifigure.\n\n\"He loved that computer,\" \
                Hamilton said.";
    let (speaker, kind, _) = speaker_of(body, "He loved that computer");
    assert_eq!(speaker.as_deref(), Some("Margaret Hamilton"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_given_name_with_a_letter_english_lacks_opens_the_name() {
    let body = "The village voted to close the cannery.\n\n\"We are not against anyone,\" Xosé \
                Manuel Iglesias told this newspaper.";
    let (speaker, _, _) = speaker_of(body, "We are not against anyone");
    assert_eq!(speaker.as_deref(), Some("Xosé Manuel Iglesias"));
}

#[test]
fn a_nickname_after_a_given_name_the_data_lacks_is_no_cut_in_the_name() {
    let body = "The premiere drew a crowd for director Kunle \"KayDee\" Adeyemi.\n\n\"Nobody \
                wanted to fund a sad film,\" Adeyemi told reporters.";
    let (speaker, kind, _) = speaker_of(body, "Nobody wanted to fund a sad film");
    assert_eq!(speaker.as_deref(), Some("Kunle Adeyemi"));
    assert_eq!(kind, SpeakerKind::Person);
}
