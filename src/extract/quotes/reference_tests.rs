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

/// The speaker's name for `quote` in `body` (third round of issue 14).
fn who(body: &str, quote: &str) -> Option<String> {
    speaker_of(body, quote).0
}

#[test]
fn an_auxiliary_before_a_speech_verb_keeps_the_subject() {
    let body = "Treasury Secretary James Baker spoke on Monday.\n\nBut Baker did say Volcker has \
                \"done a tremendous job\" as chairman.";
    assert_eq!(
        who(body, "done a tremendous job").as_deref(),
        Some("James Baker")
    );
}

#[test]
fn a_later_phrase_in_the_sentence_of_a_partial_quote_is_reported_by_the_same_verb() {
    let body = "William Brodsky told Reuters the proposal would be a \"worthwhile exercise,\" but \
                that it posed \"major, philosophical, economic questions.\"";
    assert_eq!(
        who(body, "major, philosophical, economic questions.").as_deref(),
        Some("William Brodsky")
    );
}

#[test]
fn a_pronoun_goes_on_with_the_subject_of_the_sentence_that_names_the_person() {
    let body = "Treasury Secretary James Baker declined to say whether President Reagan would \
                reappoint Paul Volcker.\n\n\"I'm not going to change now,\" he said.\n\nThe \
                decision by Paul Volcker is a shock, Hans Mast, an adviser to the bank, said.\n\n\
                \"The markets will believe there will be pressure,\" he said.\n\nThe new store \
                will be run by Maria Delgado's daughter, Elena Ruiz-Delgado, 28.\n\n\"Nobody knew \
                anyone's name,\" she said.";
    assert_eq!(
        who(body, "I'm not going to change now").as_deref(),
        Some("James Baker")
    );
    assert_eq!(
        who(body, "The markets will believe there will be pressure").as_deref(),
        Some("Hans Mast")
    );
    assert_eq!(
        who(body, "Nobody knew anyone's name").as_deref(),
        Some("Elena Ruiz-Delgado")
    );
}

#[test]
fn a_given_name_alone_is_a_mention_of_the_full_name() {
    let body = "Maria Delgado and her brother Tomas took over the store.\n\nTomas Delgado, 52, \
                remembers it differently.\n\nErnesto Delgado, their father, opened it in 1978.\n\n\
                Asked about competition, Tomas said customers still wanted advice.\n\n\"You can't \
                ask a website,\" he said.";
    assert_eq!(
        who(body, "You can't ask a website").as_deref(),
        Some("Tomas Delgado")
    );
}

#[test]
fn an_unattributed_quote_belongs_to_the_subject_of_the_paragraph_speech_verb() {
    let body = "President Reagan spoke on television.\n\nSenate Majority Leader Robert Byrd \
                (Democrat) of West Virginia said he was heartened that Reagan had acknowledged \
                mistakes. \"But one speech is not enough to rebuild trust.\"\n\n\"I thought a lot \
                before writing this,\" developer Ammar Askar wrote, after reporting the bug to \
                Mojang. \"Mojang has failed to act on it.\"";
    assert_eq!(
        who(body, "But one speech is not enough to rebuild trust.").as_deref(),
        Some("Robert Byrd")
    );
    assert_eq!(
        who(body, "Mojang has failed to act on it.").as_deref(),
        Some("Ammar Askar")
    );
}

#[test]
fn the_company_that_spoke_goes_on_speaking_and_a_body_named_in_a_quote_does_not() {
    let body = "Oglethorpe Power Corp said it does not plan to raise its rates.\n\nEarlier today, \
                Southern Co's Georgia Power Co raised the estimated cost.\n\n\"We do not plan to \
                raise rates,\" the company said.\n\nDonors pledged funds, a statement issued after \
                a meeting of the Paris Club said.\n\n\"The Commission commended Indonesia,\" the \
                statement said.";
    assert_eq!(
        who(body, "We do not plan to raise rates").as_deref(),
        Some("Oglethorpe Power Corp")
    );
    assert_eq!(
        who(body, "The Commission commended Indonesia").as_deref(),
        Some("Paris Club")
    );
}

#[test]
fn coordinated_verbs_an_as_clause_and_denounced_as_name_the_speaker() {
    let body = "In the midst of the fear, Uber stepped in and tweeted this announcement: \"Fares \
                have increased to encourage more drivers.\"\n\nHe put up a flag - \"igniting,\" as \
                Reuters reported, \"fears of a jihadist attack.\"\n\nPresident Reagan denounced \
                press reports that his wife is running the government as \"despicable \
                fiction.\"";
    assert_eq!(
        who(body, "Fares have increased to encourage more drivers.").as_deref(),
        Some("Uber")
    );
    assert_eq!(who(body, "igniting").as_deref(), Some("Reuters"));
    assert_eq!(
        who(body, "fears of a jihadist attack.").as_deref(),
        Some("Reuters")
    );
    assert_eq!(who(body, "despicable fiction.").as_deref(), Some("Reagan"));
}

#[test]
fn a_phrase_far_after_its_verb_counts_and_an_agency_passing_it_on_is_no_speaker() {
    let body = "Mr. Reeves said he thought that the American government was being manipulated \
                and that the administration had made a \"deal with the devil.\"\n\nFormer \
                chairman Ernest Saunders dismissed allegations he ordered the shredding of \
                documents in the early stages of an investigation as \"completely untrue,\" the \
                Press Association news agency reported.";
    assert_eq!(who(body, "deal with the devil.").as_deref(), Some("Reeves"));
    assert_eq!(
        who(body, "completely untrue").as_deref(),
        Some("Ernest Saunders")
    );
}
