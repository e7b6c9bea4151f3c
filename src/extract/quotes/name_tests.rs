//! Unit tests of naming speakers: titles, affiliations, places, organisations and the words
//! that are no part of a name, each on a small input.

use super::extract_quotes;
use super::tests::speaker_of;
use crate::model::{Attribution, SpeakerKind};

#[test]
fn titles_and_affiliations_leave_the_name() {
    let body = "Treasurer Paul Keating said: \"We will not move.\" U.S Agriculture \
                Undersecretary Daniel Amstutz said, \"No comment at all here.\"";
    assert_eq!(
        speaker_of(body, "We will not move.").0.as_deref(),
        Some("Paul Keating")
    );
    assert_eq!(
        speaker_of(body, "No comment at all here.").0.as_deref(),
        Some("Daniel Amstutz")
    );
    let body = "\"We will win,\" said Republican Donald Trump.";
    assert_eq!(
        speaker_of(body, "We will win").0.as_deref(),
        Some("Donald Trump")
    );
}

#[test]
fn initials_keep_their_full_stop() {
    let body =
        "C. Eugene Steuerle, an economist, said: \"It is big.\" Steuerle added: \"Very big.\"";
    assert_eq!(
        speaker_of(body, "Very big.").0.as_deref(),
        Some("C. Eugene Steuerle")
    );
}

#[test]
fn a_sentence_opening_word_is_no_part_of_the_name() {
    let body = "Enter Stuart R. Kaplan. \"I'm all yours,\" said Kaplan.";
    assert_eq!(
        speaker_of(body, "I'm all yours").0.as_deref(),
        Some("Stuart R. Kaplan")
    );
}

#[test]
fn surname_first_names_are_found_by_their_first_word() {
    let body = "President Yoon Suk Yeol spoke in Seoul on Wednesday.\n\n\"I deeply regret \
                this,\" Yoon said.\n\nOpposition leader Lee Jae-myung was unmoved. \"There is \
                no other way,\" Lee said.";
    assert_eq!(
        speaker_of(body, "I deeply regret this").0.as_deref(),
        Some("Yoon Suk Yeol")
    );
    assert_eq!(
        speaker_of(body, "There is no other way").0.as_deref(),
        Some("Lee Jae-myung")
    );
}

#[test]
fn places_are_not_people() {
    let body = "Officials in Seoul and New Jersey met on Monday.\n\n\"We are ready to talk \
                about everything,\" he said.";
    let (speaker, kind, _) = speaker_of(body, "We are ready to talk about everything");
    assert_eq!(speaker, None);
    assert_eq!(kind, SpeakerKind::Unresolved);
    let body = "\"The talks are over,\" Seoul said.";
    assert_eq!(
        speaker_of(body, "The talks are over").1,
        SpeakerKind::Organisation
    );
}

#[test]
fn organisations_are_organisations() {
    let body = "The gold mining industry had another \"exceptional year\" in 1986 with record \
                profits, the Chamber of Mines said.";
    assert_eq!(
        speaker_of(body, "exceptional year"),
        (
            Some("Chamber of Mines".to_string()),
            SpeakerKind::Organisation,
            Attribution::Cue
        )
    );
}

#[test]
fn a_name_after_an_of_role_and_a_quantifier_description() {
    let body = "\"Bread is a red line,\" said Minister of Supply Sherif Farouk.\n\n\"Like a \
                pub without beer,\" one fan wrote.";
    assert_eq!(
        speaker_of(body, "Bread is a red line").0.as_deref(),
        Some("Sherif Farouk")
    );
    let (speaker, kind, _) = speaker_of(body, "Like a pub without beer");
    assert_eq!(
        (speaker.as_deref(), kind),
        (Some("one fan"), SpeakerKind::Description)
    );
}

#[test]
fn a_place_after_a_name_is_not_the_speaker_and_acronyms_leave_organisations() {
    let body = "Senator Bill Bradley (Democrat) of New Jersey said the administration would \
                \"remain under a cloud\" for months.\n\nThe Independent National Electoral \
                Commission (INEC) met on Tuesday.\n\n\"We are ready,\" the commission said.";
    assert_eq!(
        speaker_of(body, "remain under a cloud").0.as_deref(),
        Some("Bill Bradley")
    );
    assert_eq!(
        speaker_of(body, "We are ready").0.as_deref(),
        Some("Independent National Electoral Commission")
    );
}

#[test]
fn a_possessor_is_an_affiliation_and_acronyms_are_nobody() {
    let body = "Don Townson runs the mine for Cominco Ltd. The ruling PPP met.\n\n\"We are \
                hopeful,\" Cominco's Townson said.\n\n\"We deeply regret this,\" he said.";
    assert_eq!(
        speaker_of(body, "We are hopeful").0.as_deref(),
        Some("Don Townson")
    );
    assert_eq!(
        speaker_of(body, "We deeply regret this").0.as_deref(),
        Some("Don Townson")
    );
}

#[test]
fn a_shared_name_goes_to_the_one_named_last() {
    let body = "Interior minister Lee Sang-min resigned. Opposition leader Lee Jae-myung spoke \
                next.\n\n\"There is no other way,\" Lee said.\n\nHori Parata and his son Te \
                Kaurinui Robert Parata went to the beach. \"We are not foreigners here,\" Te \
                Kaurinui said.";
    assert_eq!(
        speaker_of(body, "There is no other way").0.as_deref(),
        Some("Lee Jae-myung")
    );
    assert_eq!(
        speaker_of(body, "We are not foreigners here").0.as_deref(),
        Some("Te Kaurinui Robert Parata")
    );
}

#[test]
fn a_name_after_a_role_in_apposition_or_after_a_lower_case_role() {
    let body = "\"This investment reflects our confidence,\" managing director Ravi Subramaniam \
                said.\n\nThe school's headteacher, Mrs Lorraine Fisher, said staff were \
                \"thrilled to bits\" for her.\n\nOne of them, retired teacher Brendan Walsh, said \
                they were not against a hotel, 'just against that hotel'.";
    for (quote, speaker) in [
        (
            "This investment reflects our confidence",
            "Ravi Subramaniam",
        ),
        ("thrilled to bits", "Lorraine Fisher"),
        ("just against that hotel", "Brendan Walsh"),
    ] {
        assert_eq!(speaker_of(body, quote).0.as_deref(), Some(speaker));
    }
}

#[test]
fn the_object_of_accused_or_told_is_not_the_speaker() {
    let body = "Speaking outside the Capitol, Senator Linda Farrow accused the White House of \
                \"governing by press release\" on Tuesday.";
    assert_eq!(
        speaker_of(body, "governing by press release").0.as_deref(),
        Some("Linda Farrow")
    );
}

#[test]
fn an_affiliation_in_apposition_and_a_content_clause_are_not_speakers() {
    let body = "“The issue has just disappeared,” said Senator Mark Warner, a Virginia Democrat. \
                “There’s collective amnesia.”\n\nCoach Stephen Larkham-Reid was less forgiving. \
                He said his players had \"invited pressure\".";
    assert_eq!(
        speaker_of(body, "There’s collective amnesia.").0.as_deref(),
        Some("Mark Warner")
    );
    assert_eq!(
        speaker_of(body, "invited pressure").0.as_deref(),
        Some("Stephen Larkham-Reid")
    );
}

#[test]
fn a_run_opening_with_a_word_the_article_writes_in_lower_case_is_no_person() {
    let body = "The chapter text ran on for pages, and nobody had control of the story.\n\n\
                Chapter Text Izuku said: \"I will be the greatest hero of them all, you will see.\"";
    let quotes = extract_quotes("", body);
    assert!(!quotes.is_empty());
    assert!(
        quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("Chapter Text Izuku")),
        "{quotes:?}"
    );
}

#[test]
fn lowercase_title_before_a_name() {
    let body =
        "\"Libraries are where people go,\" said councillor Ruth Adeyemi, who led the campaign.";
    let q = extract_quotes("", body);
    assert_eq!(q[0].speaker.as_deref(), Some("Ruth Adeyemi"));
}

#[test]
fn appositive_name_wins_over_its_description() {
    let body = "The museum's director, Clara Jensen, called the return \"the right ending to a long story\".\n\n\
                \"This project will power six hundred thousand homes,\" the company's chief executive, Karin Holm, said in a statement.\n\n\
                According to the finance committee chair, Daniel Hughes, the council had \"no honest alternative\".";
    let q = extract_quotes("", body);
    let speakers: Vec<_> = q.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("Clara Jensen"),
            Some("Karin Holm"),
            Some("Daniel Hughes")
        ],
        "{q:?}"
    );
}
