//! Unit tests of the eleventh round of issue 14 (session 16): pronoun chains, prefixed titles,
//! speakers named after the quote by where it came from, interviewers in apposition to their
//! role. Each fails without its rule.

use super::tests::speaker_of;
use crate::model::SpeakerKind;

#[test]
fn a_pronoun_after_a_sentence_with_the_same_pronoun_as_subject_goes_past_its_object() {
    let body = "Tomas Reyna scored 31 points as Eastbrook won.\n\nVisiting coach Pieter \
                Vandersloot said his side \"ran out of legs\" late on. He had no answer for Reyna \
                in the post. \"He is six foot nine and he can shoot,\" he said.";
    let (speaker, kind, _) = speaker_of(body, "He is six foot nine and he can shoot");
    assert_eq!(speaker.as_deref(), Some("Pieter Vandersloot"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_hyphen_prefixed_title_stands_before_a_name() {
    let body = "Vice-Premier Tian Jiyun said the plan had been postponed.\n\nTian said: \"We \
                have decided to wait.\"";
    let (speaker, kind, _) = speaker_of(body, "We have decided to wait.");
    assert_eq!(speaker.as_deref(), Some("Tian Jiyun"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn the_sentence_after_a_quote_may_say_whom_it_came_from() {
    let body = "\"We are asking for a level playing field.\" That was the message from Anouk \
                Verbeek, chair of the growers' council, to a committee on Tuesday.\n\n\"With respect, that is a false choice.\" The response \
                came from Joris Haverkamp, who represents the coast.";
    let (speaker, _, _) = speaker_of(body, "We are asking for a level playing field.");
    assert_eq!(speaker.as_deref(), Some("Anouk Verbeek"));
    let (speaker, _, _) = speaker_of(body, "With respect, that is a false choice.");
    assert_eq!(speaker.as_deref(), Some("Joris Haverkamp"));
}

#[test]
fn a_correspondent_in_apposition_is_the_interviewer() {
    let body = "Dr Ngozi Adebayo-Cole took office in March. She spoke to our correspondent, \
                Tobenna Obiora-Eze, about the floods.\n\nQ: What did you find?\n\nA: Too few \
                ambulances.";
    let (speaker, kind, _) = speaker_of(body, "What did you find?");
    assert_eq!(speaker.as_deref(), Some("Tobenna Obiora-Eze"));
    assert_eq!(kind, SpeakerKind::Person);
}

/// Guards the pronoun chain: a person the pronoun's sentence has speak is the next speaker.
#[test]
fn a_person_reporting_inside_a_pronoun_sentence_is_the_next_speaker() {
    let body = "Finance minister Oskar Brandvold said the talks had stalled.\n\nHe was echoed \
                by Norway's deputy trade minister, Lars Tveiten, who said the delay hurt \
                investors. \"It is a sad affair,\" he told the meeting.";
    let (speaker, _, _) = speaker_of(body, "It is a sad affair");
    assert_eq!(speaker.as_deref(), Some("Lars Tveiten"));
}

#[test]
fn a_description_with_a_modifier_opening_the_sentence_is_the_speaker() {
    let body = "The canal has stalled.\n\nA senior official in the Harbour Works ministry said \
                the money was \"ready\" and waiting.";
    let (speaker, kind, _) = speaker_of(body, "ready");
    assert_eq!(
        speaker.as_deref(),
        Some("A senior official in the Harbour Works ministry")
    );
    assert_eq!(kind, SpeakerKind::Description);
}

#[test]
fn a_participle_after_a_comma_reports_for_the_main_verbs_subject() {
    let body = "The inquiry goes on.\n\nA senior police official said on Sunday that nine \
                people had been held after the raid in Kelso Vale, adding that the suspects \
                were \"being questioned\".";
    let (speaker, kind, _) = speaker_of(body, "being questioned");
    assert_eq!(speaker.as_deref(), Some("A senior police official"));
    assert_eq!(kind, SpeakerKind::Description);
}

#[test]
fn the_office_a_who_clause_gives_is_whom_the_role_means_and_a_deputy_is_not() {
    let body = "The pool will stay open.\n\n\"I am not shutting it,\" the mayor told the \
                meeting.\n\nCr Wendy Aldous, who was elected mayor in May, wants savings. Deputy \
                mayor Cr Colin Prewett agreed.";
    let (speaker, kind, _) = speaker_of(body, "I am not shutting it");
    assert_eq!(speaker.as_deref(), Some("Wendy Aldous"));
    assert_eq!(kind, SpeakerKind::Person);
    // Without the clause, the deputy is still no one `the mayor` means.
    let body = "The pool will stay open.\n\nDeputy mayor Colin Prewett agreed.\n\n\"I am not \
                shutting it,\" the mayor told the meeting.";
    let (speaker, _, _) = speaker_of(body, "I am not shutting it");
    assert_ne!(speaker.as_deref(), Some("Colin Prewett"));
}

#[test]
fn where_a_person_is_from_in_apposition_is_no_speaker() {
    let body = "The restaurant opened.\n\nDiner Lisa Marsh, 29, from Oldcastle, said: 'Best chips \
                I have ever had.'";
    let (speaker, kind, _) = speaker_of(body, "Best chips I have ever had.");
    assert_eq!(speaker.as_deref(), Some("Lisa Marsh"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_pal_of_someone_opening_the_sentence_is_a_description() {
    let body = "His wife, Kerry Dunmore, 48, added: 'He reads every review.'\n\nA pal of the \
                couple said the chef had been 'gutted' by the review.";
    let (speaker, kind, _) = speaker_of(body, "gutted");
    assert_eq!(speaker.as_deref(), Some("A pal of the couple"));
    assert_eq!(kind, SpeakerKind::Description);
}

#[test]
fn a_bracketed_word_inside_a_body_name_does_not_cut_the_walk_back() {
    let body = "Banks like the warrants.\n\nAndrew Barlow of Glarus Investment Bank (Switzerland) \
                AG said: \"The warrants give smaller investors a chance.\"";
    let (speaker, kind, _) = speaker_of(body, "The warrants give smaller investors a chance.");
    assert_eq!(speaker.as_deref(), Some("Andrew Barlow"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn the_name_a_described_speaker_gave_is_the_speaker() {
    let body = "Residents said the area had been tense. \"Everyone knew something would \
                happen,\" said a shopkeeper near the market, who gave his name only as Rahim \
                Baig.";
    let (speaker, kind, _) = speaker_of(body, "Everyone knew something would happen");
    assert_eq!(speaker.as_deref(), Some("Rahim Baig"));
    assert_eq!(kind, SpeakerKind::Person);
}
