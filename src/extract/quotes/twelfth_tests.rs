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

#[test]
fn lower_case_modifiers_before_a_role_noun_belong_to_the_description() {
    let body = "Officials met on Sunday.\n\n\"That was no slip of the tongue,\" said one \
                western monetary official, who asked not to be identified.\n\n\"Acreage should \
                be up,\" said one commission house analyst, whose estimate was early.";
    let (speaker, kind, _) = speaker_of(body, "That was no slip of the tongue");
    assert_eq!(speaker.as_deref(), Some("one western monetary official"));
    assert_eq!(kind, SpeakerKind::Description);
    let (speaker, _, _) = speaker_of(body, "Acreage should be up");
    assert_eq!(speaker.as_deref(), Some("one commission house analyst"));
}

#[test]
fn the_employer_after_an_indefinite_description_is_part_of_it() {
    let body = "The dollar fell.\n\n\"The dollar was trendless today,\" said one dealer at a \
                top European bank.\n\n\"This is a correction,\" said a broker at Nomura \
                Securities Co.\n\n\"We will act,\" said a spokesman for the ministry on Tuesday.";
    let (speaker, kind, _) = speaker_of(body, "The dollar was trendless today");
    assert_eq!(
        speaker.as_deref(),
        Some("one dealer at a top European bank")
    );
    assert_eq!(kind, SpeakerKind::Description);
    let (speaker, _, _) = speaker_of(body, "This is a correction");
    assert_eq!(speaker.as_deref(), Some("a broker at Nomura Securities Co"));
    // A date after the employer keeps the employer out (the date is no part of it).
    let (speaker, _, _) = speaker_of(body, "We will act");
    assert_eq!(speaker.as_deref(), Some("a spokesman for the ministry"));
}

#[test]
fn a_place_inside_the_employer_goes_on_and_a_pronoun_follows_the_description() {
    let body = "Futures rose.\n\n\"People want to sell,\" said one trader for a large retail \
                firm on the floor of the IMM.\n\n\"They will sell,\" he said.";
    let whole = Some("one trader for a large retail firm on the floor of the IMM");
    assert_eq!(speaker_of(body, "People want to sell").0.as_deref(), whole);
    assert_eq!(speaker_of(body, "They will sell").0.as_deref(), whole);
}

#[test]
fn a_name_after_a_long_role_and_employer_is_the_speaker() {
    let body = "Shares fell.\n\n\"The market will stay low,\" said head of equities at Jardine \
                Fleming Securities Co, Mario Malt.";
    let (speaker, kind, _) = speaker_of(body, "The market will stay low");
    assert_eq!(speaker.as_deref(), Some("Mario Malt"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_name_written_surname_first_is_mentioned_by_its_first_word() {
    let body = "Vice-Premier Tian Jiyun said China would borrow more.\n\nUnder Chairman Mao \
                Tse-tung's rule, China borrowed very little abroad.\n\nTian took the opposite \
                view. \"We have to have the courage to borrow,\" he said.";
    let (speaker, kind, _) = speaker_of(body, "We have to have the courage to borrow");
    assert_eq!(speaker.as_deref(), Some("Tian Jiyun"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn roles_joined_by_and_or_a_numbered_district_before_the_subject_are_part_of_its_role() {
    let body = "The bank posted a rise in net income, the lender said.\n\n\"Our book grew,\" \
                president and chief executive Maria Villanueva said.\n\n\"The streets flood,\" \
                Ward 7 councillor Thandeka Mahlangu told the meeting.";
    let (speaker, kind, _) = speaker_of(body, "Our book grew");
    assert_eq!(speaker.as_deref(), Some("Maria Villanueva"));
    assert_eq!(kind, SpeakerKind::Person);
    let (speaker, _, _) = speaker_of(body, "The streets flood");
    assert_eq!(speaker.as_deref(), Some("Thandeka Mahlangu"));
}

#[test]
fn a_role_nobody_was_given_is_the_person_the_paragraph_before_ends_on() {
    let body = "Kingi has named an unchanged side, with captain Tane Whaanga fit after a calf \
                strain. Whaanga trained fully on Wednesday.\n\n\"It has been a frustrating \
                fortnight,\" the loose forward said.";
    let (speaker, kind, _) = speaker_of(body, "It has been a frustrating fortnight");
    assert_eq!(speaker.as_deref(), Some("Tane Whaanga"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn and_inside_a_body_name_joins_it_and_two_people_stay_apart() {
    let body = "Pipes burst.\n\nThe NSW Department of Planning and Environment said in a \
                statement it would \"seek a full report\" from the utility.\n\n\"We will look \
                into it,\" the Securities and Exchange Commission said.";
    let (speaker, kind, _) = speaker_of(body, "seek a full report");
    assert_eq!(
        speaker.as_deref(),
        Some("NSW Department of Planning and Environment")
    );
    assert_eq!(kind, SpeakerKind::Organisation);
    let (speaker, _, _) = speaker_of(body, "We will look into it");
    assert_eq!(
        speaker.as_deref(),
        Some("Securities and Exchange Commission")
    );
    let body = "Talks ended.\n\n\"We will look into it,\" Smith and Jones said.";
    let (speaker, _, _) = speaker_of(body, "We will look into it");
    assert_ne!(speaker.as_deref(), Some("Smith and Jones"));
    // A role after `and` makes a person's affiliation, no body's name.
    let body = "House Ways and Means Committee chairman Dan Rostenkowski, an Illinois \
                Democrat, said his committee would raise taxes.\n\n\"There is always a \
                question,\" he told reporters.";
    let (speaker, _, _) = speaker_of(body, "There is always a question");
    assert_eq!(speaker.as_deref(), Some("Dan Rostenkowski"));
}

#[test]
fn a_description_before_a_reporting_participle_ends_at_its_role_and_holds_its_employer() {
    let body = "Pipes burst.\n\nA Sydney Water spokeswoman rejected the claim, saying response \
                times had \"improved, not worsened\" over the period.";
    let (speaker, kind, _) = speaker_of(body, "improved, not worsened");
    assert_eq!(speaker.as_deref(), Some("a Sydney Water spokeswoman"));
    assert_eq!(kind, SpeakerKind::Description);
    // Role nouns in a row: the description ends at the last.
    let body = "Rates fell.\n\nA Savings Department spokesman refused to comment, saying the \
                issue was \"merely a reaction\" to the fall.";
    let (speaker, _, _) = speaker_of(body, "merely a reaction");
    assert_eq!(speaker.as_deref(), Some("a Savings Department spokesman"));
}
