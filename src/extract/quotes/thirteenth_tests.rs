//! Unit tests of the thirteenth round of issue 14 (session 18): described speakers resolved
//! to the person the article names for them, and descriptions read whole. Each fails without
//! its rule.

use super::tests::speaker_of;
use crate::model::SpeakerKind;

#[test]
fn a_description_named_later_in_an_apposition_is_that_person() {
    let lead = "A top Iranian military official said the attack on an oil platform would be \
                avenged with a \"crushing blow.\"";
    let body = "\"The United States has entered a swamp,\" the news agency IRNA quoted the head \
                of the war information headquarters as saying.\n\nThe official, Kamal \
                Kharrazi, said Washington was now at war.";
    for q in super::extract_quotes(lead, body) {
        assert_eq!(q.speaker.as_deref(), Some("Kamal Kharrazi"), "{}", q.text);
        assert_eq!(q.speaker_kind, SpeakerKind::Person);
    }
}

#[test]
fn a_description_after_a_scene_setting_phrase_is_the_next_pronouns_speaker() {
    let body = "The Minister of Land Transport, Anil Goburdhun, spoke to reporters.\n\nAt the \
                bus station, a student waiting for a bus said she had been there for hours. \
                \"It is always us who pay,\" she said.";
    let (speaker, kind, _) = speaker_of(body, "It is always us who pay");
    assert_eq!(speaker.as_deref(), Some("a student waiting for a bus"));
    assert_eq!(kind, SpeakerKind::Description);
}

#[test]
fn the_name_a_description_gives_inside_itself_is_the_speaker() {
    let body = "The company's spokeswoman, Akua Boateng, said repairs had begun.\n\nOne trader, \
                who only gave his name as Musa, said he did not trust the promise. \"Last time \
                they also said temporary.\"";
    let (speaker, _, _) = speaker_of(body, "Last time they also said temporary.");
    assert_eq!(speaker.as_deref(), Some("Musa"));
}

#[test]
fn another_after_a_described_speaker_is_one_more_of_the_same() {
    let body = "The currency weakened again on Monday.\n\n\"Nobody wants it,\" one trader said, \
                declining to give his name.\n\nAnother said demand had jumped. \"January is \
                bad, April is worse.\"";
    let (speaker, kind, _) = speaker_of(body, "January is bad, April is worse.");
    assert_eq!(speaker.as_deref(), Some("another trader"));
    assert_eq!(kind, SpeakerKind::Description);
}

#[test]
fn a_name_given_inside_a_description_after_a_scene_drops_its_form_of_address() {
    let body = "In a statement signed by its head of communications, Akua Serwaa Boateng, the \
                company said the rationing was unavoidable.\n\nAt a tanker point near the \
                tollbooth, a kenkey seller who gave her name only as Auntie Esi said the price \
                had doubled. \"Is it fair?\" she said.";
    let (speaker, kind, _) = speaker_of(body, "Is it fair?");
    assert_eq!(speaker.as_deref(), Some("Esi"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_particle_glued_to_a_surname_keeps_the_name_whole() {
    let body = "Sheikh Ali al-Khalifa al-Sabah was quoted by the local daily as saying: \"None of \
                the members has asked for such a meeting.\"\n\nOil prices fell.\n\nSheikh Ali \
                also delivered \"a challenge to any oil company.\"";
    let (speaker, kind, _) = speaker_of(body, "None of the members has asked for such a meeting.");
    assert_eq!(speaker.as_deref(), Some("Ali al-Khalifa al-Sabah"));
    assert_eq!(kind, SpeakerKind::Person);
    let (speaker, _, _) = speaker_of(body, "a challenge to any oil company.");
    assert_eq!(speaker.as_deref(), Some("Ali al-Khalifa al-Sabah"));
}

#[test]
fn capitals_before_a_lower_case_organisation_word_are_no_person() {
    let body = "The issue was aired at a hearing of a House Government Operations subcommittee \
                whose chairman, Rep. Cardiss Collins, called it \"pathetic.\"\n\n\"It \
                strikes me odd,\" said the Illinois Democrat.";
    let (speaker, kind, _) = speaker_of(body, "It strikes me odd");
    assert_eq!(speaker.as_deref(), Some("Cardiss Collins"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn capitals_before_a_lower_case_group_of_people_are_a_description() {
    use super::kinds::kind_of;
    assert_eq!(
        kind_of("Argentine officials", true),
        SpeakerKind::Description
    );
    assert_eq!(kind_of("UAW officials", false), SpeakerKind::Description);
    assert_eq!(
        kind_of("Ali al-Khalifa al-Sabah", true),
        SpeakerKind::Person
    );
    assert_eq!(
        kind_of("Weilheim town council", false),
        SpeakerKind::Organisation
    );
}

#[test]
fn the_interviewer_named_in_an_earlier_paragraph_of_the_introduction_asks() {
    let body = "Former spinner Chaminda Wickramasinghe, now head coach of the under-19 side, \
                spoke to Nadeesha Perera ahead of the Youth World Cup.\n\nWickramasinghe, 44, \
                took over in March.\n\nQ: Why is this squad the best in a decade?\n\nA: \
                Because they are not afraid.";
    let (speaker, kind, _) = speaker_of(body, "Why is this squad the best in a decade?");
    assert_eq!(speaker.as_deref(), Some("Nadeesha Perera"));
    assert_eq!(kind, SpeakerKind::Person);
    let (speaker, _, _) = speaker_of(body, "Because they are not afraid.");
    assert_eq!(speaker.as_deref(), Some("Chaminda Wickramasinghe"));
}

#[test]
fn a_heading_run_into_the_next_sentence_is_no_speaker() {
    use super::kinds::kind_of;
    assert_eq!(
        kind_of("Acknowledgements The", true),
        SpeakerKind::Unresolved
    );
    assert_eq!(
        kind_of("Memo This Internet-Draft", false),
        SpeakerKind::Unresolved
    );
    assert_eq!(
        kind_of("Save the Children", false),
        SpeakerKind::Organisation
    );
}

#[test]
fn an_interjection_before_a_name_is_no_part_of_it() {
    let body = "Ah Bartleby! Ah humanity!\n\nThe next day Bartleby stood up.\n\n\"I would \
                prefer not to.\"";
    let (speaker, _, _) = speaker_of(body, "I would prefer not to.");
    assert_ne!(speaker.as_deref(), Some("Ah Bartleby"));
}

#[test]
fn the_management_of_a_body_named_by_its_acronym_speaks_for_the_body() {
    let body = "Drivers of the Compagnie Nationale de Transport (CNT) downed tools on \
                Wednesday.\n\nThe CNT management said in a communiqué that the strike was \
                \"illegal\".";
    let (speaker, kind, _) = speaker_of(body, "illegal");
    assert_eq!(speaker.as_deref(), Some("Compagnie Nationale de Transport"));
    assert_eq!(kind, SpeakerKind::Organisation);
}

#[test]
fn a_surname_a_described_speaker_gave_is_the_speaker() {
    let body = "\"Young people say we should sell bubble tea,\" he says.\n\nA regular, a retired \
                taxi driver who gave only his surname, Chan, said he had come every morning \
                since 1979. \"The tea is the same. The prices are not,\" he grumbles.";
    let (speaker, kind, _) = speaker_of(body, "The tea is the same. The prices are not");
    assert_eq!(speaker.as_deref(), Some("Chan"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_phrase_quoted_in_a_sentence_a_named_body_opens_is_the_bodys() {
    let body = "Director general Juma Mfinanga said congestion had cost importers dearly.\n\nThe \
                Tanzania Truck Owners Association welcomed the project but warned that the \
                roads out of the port were \"the real bottleneck\".";
    let (speaker, kind, _) = speaker_of(body, "the real bottleneck");
    assert_eq!(
        speaker.as_deref(),
        Some("Tanzania Truck Owners Association")
    );
    assert_eq!(kind, SpeakerKind::Organisation);
}
