//! Unit tests of resolving references: pronouns, descriptions, `the company`, and speakers
//! carried from an earlier sentence, each on a small input.

use super::extract_quotes;
use super::tests::{speaker_of, texts};
use crate::model::{Attribution, SpeakerKind};

#[test]
fn pronoun_and_unattributed_paragraph_continue_the_last_speaker() {
    let body = "Prime Minister Keir Starmer spoke in Leeds.\n\n\"This is a turning point,\" he said.\n\n\"The country has waited too long for this moment and it will not wait any longer.\"";
    let q = extract_quotes("", body);
    assert_eq!(q.len(), 2);
    assert!(
        q.iter()
            .all(|q| q.speaker.as_deref() == Some("Keir Starmer")),
        "{q:?}"
    );
}

#[test]
fn unresolvable_description_stays_a_description() {
    let body = "\"The talks have stalled,\" a spokesman for the ministry said.";
    let q = extract_quotes("", body);
    assert_eq!(
        q[0].speaker.as_deref(),
        Some("a spokesman for the ministry")
    );
}

#[test]
fn pronoun_goes_to_a_newly_introduced_person() {
    let body = "The harbour master, Elena Brandt, said the basin held. \"We lost two pontoons,\" she said.\n\n\
                The council leader, Marcus Oyelaran, promised a grant. \"Nobody should lose their living,\" he said.";
    let q = extract_quotes("", body);
    assert_eq!(q[1].speaker.as_deref(), Some("Marcus Oyelaran"), "{q:?}");
}

#[test]
fn descriptions_of_someone_just_named() {
    let body = "Arsenal's Mikel Arteta was less happy. \"We gave away two cheap goals,\" the Spaniard said.\n\n\
                New Zealand seamer Will O'Rourke took five wickets. \"It's a dream come true,\" the 23-year-old said.\n\n\
                A shop assistant, who asked not to be named, said the robbers were \"calm and very fast.\"";
    let q = extract_quotes("", body);
    let speakers: Vec<_> = q.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("Mikel Arteta"),
            Some("Will O'Rourke"),
            Some("A shop assistant")
        ],
        "{q:?}"
    );
}

#[test]
fn a_pronoun_without_a_name_in_the_article_is_no_speaker() {
    let body = "\"We will rebuild the bridge before winter,\" he said on Tuesday.";
    let quotes = extract_quotes("", body);
    assert_eq!(texts(&quotes), ["We will rebuild the bridge before winter"]);
    assert_eq!(quotes[0].speaker, None, "{quotes:?}");
}

#[test]
fn pronouns_resolve_to_a_person_of_the_right_sex() {
    let body = "Maria Lopez met John Smith on Monday.\n\n\"It went well,\" she said.";
    assert_eq!(
        speaker_of(body, "It went well"),
        (
            Some("Maria Lopez".to_string()),
            SpeakerKind::Person,
            Attribution::Resolved
        )
    );
    let body = "Maria Lopez met John Smith on Monday.\n\n\"It went well,\" he said.";
    assert_eq!(
        speaker_of(body, "It went well").0.as_deref(),
        Some("John Smith")
    );
}

#[test]
fn descriptions_resolve_through_an_appositive_or_stay_descriptions() {
    let body = "John Smith, a spokesman for the ministry, confirmed the plan.\n\n\"It is \
                final,\" the spokesman said.";
    assert_eq!(
        speaker_of(body, "It is final"),
        (
            Some("John Smith".to_string()),
            SpeakerKind::Person,
            Attribution::Appositive
        )
    );
    let body = "\"Prices will fall,\" one trader said.";
    assert_eq!(
        speaker_of(body, "Prices will fall"),
        (
            Some("one trader".to_string()),
            SpeakerKind::Description,
            Attribution::Cue
        )
    );
}

#[test]
fn the_council_and_the_company_are_the_organisations_named_before() {
    let body = "Mayo County Council refused permission on Monday.\n\n\"The design is too \
                large,\" the council said.\n\nContel Corp rejected the offer. \"We will stay \
                independent,\" the company said.";
    assert_eq!(
        speaker_of(body, "The design is too large"),
        (
            Some("Mayo County Council".to_string()),
            SpeakerKind::Organisation,
            Attribution::Resolved
        )
    );
    assert_eq!(
        speaker_of(body, "We will stay independent").0.as_deref(),
        Some("Contel Corp")
    );
}

#[test]
fn the_official_is_the_description_that_introduced_them() {
    let body = "A senior official in the Ministry of Finance, who declined to be named, said \
                talks went on.\n\n\"The application is under consideration,\" the official said.";
    assert_eq!(
        speaker_of(body, "The application is under consideration"),
        (
            Some("a senior official in the Ministry of Finance".to_string()),
            SpeakerKind::Description,
            Attribution::Resolved
        )
    );
}

#[test]
fn it_is_the_organisation_last_named_and_a_participle_names_nobody() {
    let body = "ANZ Banking Group Ltd published its outlook on Monday.\n\n\"The revival of \
                investment will be postponed,\" it said.\n\nEarlier, President Yoon Suk Yeol apologized, \
                saying they \"stemmed from the urgency\" he felt.";
    assert_eq!(
        speaker_of(body, "The revival of investment will be postponed"),
        (
            Some("ANZ Banking Group Ltd".to_string()),
            SpeakerKind::Organisation,
            Attribution::Resolved
        )
    );
    assert_eq!(
        speaker_of(body, "stemmed from the urgency").0.as_deref(),
        Some("Yoon Suk Yeol")
    );
}

#[test]
fn a_reported_phrase_belongs_to_the_sentence_subject() {
    let body = "LOVE Villa bombshell Chantelle Okoro has slammed her ex Jordan Hayes as \"a \
                snake\" after the split.\n\n\"I wish him well,\" she said.";
    assert_eq!(
        speaker_of(body, "a snake").0.as_deref(),
        Some("Chantelle Okoro")
    );
    assert_eq!(
        speaker_of(body, "I wish him well").0.as_deref(),
        Some("Chantelle Okoro")
    );
}

#[test]
fn an_unnamed_speaker_introduced_by_a_description_speaks_on() {
    let body = "Deborah Klein owns the flat.\n\nA neighbor who did not want to be named said \
                she used to hear noise. \"I love cats. But eleven? Come on,\" she said.\n\nA \
                guy named Ray said it had changed. \"People stop now. Before they rode past.\"";
    assert_eq!(
        speaker_of(body, "I love cats. But eleven? Come on"),
        (
            Some("a neighbor who did not want to be named".to_string()),
            SpeakerKind::Description,
            Attribution::Resolved
        )
    );
    assert_eq!(
        speaker_of(body, "People stop now. Before they rode past.")
            .0
            .as_deref(),
        Some("Ray")
    );
}
