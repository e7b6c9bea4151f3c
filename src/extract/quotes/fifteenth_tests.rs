//! Unit tests of the fifteenth round of issue 14 (session 19): kinds of misses that recur
//! across the open parts, each on a small input that fails without its rule.

use super::tests::speaker_of;
use crate::model::SpeakerKind;

#[test]
fn a_description_whose_noun_tells_the_other_sex_is_no_one_the_pronoun_means() {
    let body = "Its research head, Alice Chow Wing-yan, was more cautious. Prices could fall \
                \"another 5 per cent\", she said.\n\nA government spokesman said the \
                administration would \"continue to monitor the market closely\". He declined \
                to say more.\n\nFor Chow, the numbers are only half of it. \"Sentiment is \
                everything in this city,\" she said.";
    let (speaker, kind, _) = speaker_of(body, "Sentiment is everything in this city");
    assert_eq!(speaker.as_deref(), Some("Alice Chow Wing-yan"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_description_opening_the_sentence_before_is_the_next_pronouns_speaker() {
    let body = "Paul Feretti, an analyst, said he was not surprised.\n\nAn analyst who asked \
                to remain unidentified, discouraged the Pickens rumor. \"Pickens has a \
                plateful already,\" he said.";
    let (speaker, kind, _) = speaker_of(body, "Pickens has a plateful already");
    assert_eq!(
        speaker.as_deref(),
        Some("an analyst who asked to remain unidentified")
    );
    assert_eq!(kind, SpeakerKind::Description);
}

#[test]
fn a_description_after_a_sentence_opening_conjunction_is_the_next_pronouns_speaker() {
    let body = "Haufiku says the market committee has \"no sense of humour\".\n\nBut a market \
                committee member, who asked not to be named, said the concerts had driven \
                customers away. \"Even the dogs are tired,\" she said.";
    let (speaker, kind, _) = speaker_of(body, "Even the dogs are tired");
    assert_eq!(speaker.as_deref(), Some("a market committee member"));
    assert_eq!(kind, SpeakerKind::Description);
}

#[test]
fn a_possessive_description_of_one_person_is_the_next_pronouns_speaker() {
    let body = "Councillor Boitumelo Kgari said she had raised the matter.\n\nThe clinic's \
                nurse in charge said staff were boiling water brought from home. 'We are \
                managing,' she said.";
    let (speaker, kind, _) = speaker_of(body, "We are managing");
    assert_eq!(speaker.as_deref(), Some("the clinic's nurse in charge"));
    assert_eq!(kind, SpeakerKind::Description);
}

#[test]
fn a_definite_description_taken_up_whole_in_an_apposition_is_that_person() {
    let body = "The Chief Minister, speaking on Monday, described the latest round as \
                \"constructive but slow\".\n\nThe Chief Minister, Nicholas Bossano-Vinet, has \
                staked much of his second term on the agreement.";
    let (speaker, kind, _) = speaker_of(body, "constructive but slow");
    assert_eq!(speaker.as_deref(), Some("Nicholas Bossano-Vinet"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_definite_description_whose_noun_is_written_later_before_a_name_is_that_person() {
    let body = "\"We are carrying water in buckets,\" the village's kgosi, a former teacher, \
                told a meeting on Saturday.\n\nKgosi Tshepo Motswagole said the village had \
                written to the corporation twice.";
    let (speaker, kind, _) = speaker_of(body, "We are carrying water in buckets");
    assert_eq!(speaker.as_deref(), Some("Tshepo Motswagole"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn an_office_of_a_place_named_later_in_an_apposition_is_that_person() {
    let body = "The mayor of Douala V, who toured the quarter on Tuesday, promised \"une aide \
                d'urgence\" for the families.\n\nThe mayor, Pauline Ngo Mbappè, later told our \
                correspondent that the drains had been blocked.";
    let (speaker, kind, _) = speaker_of(body, "une aide d'urgence");
    assert_eq!(speaker.as_deref(), Some("Pauline Ngo Mbappè"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn an_office_of_a_portfolio_written_later_as_a_title_is_that_person() {
    let body = "The Minister of Tourism, at a press conference on Thursday, promised that the \
                bridge would be open \"before the rains\".\n\nMinister Ana Sosa told reporters \
                the contractor had been given a final warning.";
    let (speaker, kind, _) = speaker_of(body, "before the rains");
    assert_eq!(speaker.as_deref(), Some("Ana Sosa"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_second_description_in_apposition_to_a_bare_one_is_part_of_the_speaker() {
    let body = "Magistrate Judy Latchman granted bail.\n\nOne of the complainants, a boat \
                operator from Anna Regina, said he had waited two years. 'I lost a whole \
                season of fishing,' he said.";
    let (speaker, _, _) = speaker_of(body, "I lost a whole season of fishing");
    assert_eq!(
        speaker.as_deref(),
        Some("one of the complainants, a boat operator from Anna Regina")
    );
    let body = "One customer, a pensioner from Peißenberg, said: \"I came for the principle.\"";
    let (speaker, kind, _) = speaker_of(body, "I came for the principle.");
    assert_eq!(
        speaker.as_deref(),
        Some("One customer, a pensioner from Peißenberg")
    );
    assert_eq!(kind, SpeakerKind::Description);
}

#[test]
fn a_judge_who_ruled_is_the_speaker() {
    let body = "Judge Barrington Parker threw out the suit challenging special prosecutor \
                Walsh.\n\n\"The nation demands an expeditious and complete disclosure,\" Parker \
                ruled.";
    let (speaker, _, _) = speaker_of(
        body,
        "The nation demands an expeditious and complete disclosure",
    );
    assert_eq!(speaker.as_deref(), Some("Barrington Parker"));
}

#[test]
fn words_said_again_right_after_the_quote_are_a_quote_of_the_one_repeating() {
    let body = "The MP said power \"will be restored by tomorrow evening\".\n\nElaine Bovell \
                was unconvinced. \"Tomorrow evening,\" she repeated. \"We hear that before.\"";
    let (speaker, _, _) = speaker_of(body, "Tomorrow evening");
    assert_eq!(speaker.as_deref(), Some("Elaine Bovell"));
}

#[test]
fn who_replies_to_a_question_is_not_who_asked_it() {
    let body = "Minister Ana Sosa told reporters the contractor had been given \"a final \
                warning\".\n\nAnother reporter asked: \"Minister, you said the same thing in \
                June. Why should anyone believe you now?\"\n\n\"Because in June I did not have \
                the report,\" she replied.";
    let (speaker, kind, _) = speaker_of(body, "Because in June I did not have the report");
    assert_eq!(speaker.as_deref(), Some("Ana Sosa"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn capitalised_words_joined_by_an_ampersand_name_a_firm() {
    let body = "The Barbados Light & Power Company Limited said on Wednesday that crews were \
                working \"around the clock\". \"We regret the inconvenience,\" the company \
                said.\n\nHer publisher, Harrow & Finch, describes the book in its catalog as \
                \"a love letter to the women who stayed.\"";
    let (speaker, kind, _) = speaker_of(body, "around the clock");
    assert_eq!(
        speaker.as_deref(),
        Some("Barbados Light & Power Company Limited")
    );
    assert_eq!(kind, SpeakerKind::Organisation);
    let (speaker, _, _) = speaker_of(body, "We regret the inconvenience");
    assert_eq!(
        speaker.as_deref(),
        Some("Barbados Light & Power Company Limited")
    );
    let (speaker, kind, _) = speaker_of(body, "a love letter to the women who stayed.");
    assert_eq!(speaker.as_deref(), Some("Harrow & Finch"));
    assert_eq!(kind, SpeakerKind::Organisation);
}

#[test]
fn a_body_named_with_a_list_of_words_is_whole() {
    let body = "The Ministry of Lands, Housing and Urban Development said in a letter to the \
                court that it was \"verifying the authenticity\" of the title.\n\nThe Kenya \
                Medical Practitioners, Pharmacists and Dentists Union (KMPDU) welcomed the \
                directive. \"Our members have watched children die,\" the union said.";
    let (speaker, kind, _) = speaker_of(body, "verifying the authenticity");
    assert_eq!(
        speaker.as_deref(),
        Some("Ministry of Lands, Housing and Urban Development")
    );
    assert_eq!(kind, SpeakerKind::Organisation);
    let (speaker, _, _) = speaker_of(body, "Our members have watched children die");
    assert_eq!(
        speaker.as_deref(),
        Some("Kenya Medical Practitioners, Pharmacists and Dentists Union")
    );
}

#[test]
fn questions_asked_by_our_reporter_are_our_reporters() {
    let body = "Chanda Mwape spent nineteen years underground. She spoke to our reporter about \
                dust and grief.\n\nQ: You left the mine in 2021. Why then?\n\nA: My lungs \
                decided for me.";
    let (speaker, kind, _) = speaker_of(body, "You left the mine in 2021. Why then?");
    assert_eq!(speaker.as_deref(), Some("our reporter"));
    assert_eq!(kind, SpeakerKind::Description);
    let (speaker, _, _) = speaker_of(body, "My lungs decided for me.");
    assert_eq!(speaker.as_deref(), Some("Chanda Mwape"));
}

#[test]
fn a_bodys_noun_takes_up_the_body_that_spoke_just_before() {
    let body = "Morrisons, whose Europort store employs two hundred workers, said in a \
                statement that delays were adding \"up to ninety minutes\" to journeys. \"We \
                continue to support colleagues,\" the supermarket said.";
    let (speaker, kind, _) = speaker_of(body, "We continue to support colleagues");
    assert_eq!(speaker.as_deref(), Some("Morrisons"));
    assert_eq!(kind, SpeakerKind::Organisation);
}

#[test]
fn a_single_quoted_quote_split_by_its_attribution_is_two_quotes() {
    let body = "The clinic's nurse said staff were boiling water. 'We are managing,' she said, \
                'but we should not have to manage.'";
    let (speaker, _, _) = speaker_of(body, "but we should not have to manage.");
    assert_eq!(speaker.as_deref(), Some("the clinic's nurse"));
}

#[test]
fn one_after_a_group_that_tells_is_one_of_that_group() {
    let body = "The ministry said it was engaging importers.\n\nImporters tell a different \
                story. One, who brings in rice through the port, \
                said the problem was the currency. \"The rice is not more expensive in \
                Bangkok,\" he said.";
    let (speaker, kind, _) = speaker_of(body, "The rice is not more expensive in Bangkok");
    assert_eq!(speaker.as_deref(), Some("one importer"));
    assert_eq!(kind, SpeakerKind::Description);
}

#[test]
fn a_bodys_outlook_speaks_for_the_body() {
    let body = "The Organization for Economic Cooperation and Development (OECD) forecast \
                growth of 3.3 pct.\n\nThe OECD outlook said, \"Continued large surpluses \
                could well lead to upward pressure on the yen.\"";
    let (speaker, kind, _) = speaker_of(
        body,
        "Continued large surpluses could well lead to upward pressure on the yen.",
    );
    assert_eq!(
        speaker.as_deref(),
        Some("Organization for Economic Cooperation and Development")
    );
    assert_eq!(kind, SpeakerKind::Organisation);
}

#[test]
fn one_capital_letter_alone_is_nobodys_name() {
    let body = "The mayor of Douala V, who toured the quarter on Tuesday, promised \"emergency \
                aid\" for the families.\n\n\"We will abandon nobody,\" the mayor told residents.\n\nThe mayor, Pauline \
                Ngo Mbappè, later told our correspondent that the drains had been blocked.";
    let (speaker, kind, _) = speaker_of(body, "We will abandon nobody");
    assert_eq!(speaker.as_deref(), Some("Pauline Ngo Mbappè"));
    assert_eq!(kind, SpeakerKind::Person);
}
