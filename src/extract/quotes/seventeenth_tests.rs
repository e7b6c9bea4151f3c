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

#[test]
fn a_portfolio_of_several_words_after_minister_for_is_no_part_of_the_name() {
    let body = "Minister for Climate Change Ralph Kalsakau-Tari said on Radio Vanuatu: \
                \"Government has not forgotten Tanna.\"";
    let (speaker, _, _) = speaker_of(body, "Government has not forgotten Tanna.");
    assert_eq!(speaker.as_deref(), Some("Ralph Kalsakau-Tari"));
}

#[test]
fn a_verb_judging_a_later_quote_does_not_attribute_the_quote_before() {
    let body = "Minister Ralph Kalsakau said: \"Government has not forgotten Tanna.\" \
                Marie-Louise Iapson called the minister's words \"cheap talk\".";
    let (speaker, _, _) = speaker_of(body, "Government has not forgotten Tanna.");
    assert_eq!(speaker.as_deref(), Some("Ralph Kalsakau"));
}

#[test]
fn the_judge_is_the_person_titled_justice() {
    let body = "Justice Revati Deshpande of the Bombay High Court said on Tuesday that the \
                corporation could not \"hide behind the monsoon\".";
    let lead_quote = "This court is not a weather bureau";
    let body2 = format!("\"{lead_quote},\" the judge observed.");
    let found = super::extract_quotes(body, &body2);
    let q = found
        .iter()
        .find(|q| q.text == lead_quote)
        .expect("the quote");
    assert_eq!(q.speaker.as_deref(), Some("Revati Deshpande"));
}

#[test]
fn a_member_of_the_house_of_keys_between_constituency_and_name_is_a_title() {
    let body = "Michael MHK Alison Kermode said she had raised the matter \"more than once\".";
    let (speaker, _, _) = speaker_of(body, "more than once");
    assert_eq!(speaker.as_deref(), Some("Alison Kermode"));
}

#[test]
fn posting_introduces_the_quote_after_it() {
    let body = "Kareem Joseph laughed off the complaints.\n\nFans on social media were split, \
                with one posting: \"Scorcher had the crowd, Lil Kaiso had the judges.\"";
    let (speaker, _, _) = speaker_of(body, "Scorcher had the crowd, Lil Kaiso had the judges.");
    assert_eq!(speaker.as_deref(), Some("one fan"));
}

#[test]
fn one_word_cut_from_a_listed_body_name_is_the_body() {
    let body = "The Ministry of Tourism, Arts and Culture said last week that the law would \
                protect \"the livelihoods of thousands of weavers\".";
    let (speaker, _, _) = speaker_of(body, "the livelihoods of thousands of weavers");
    assert_eq!(
        speaker.as_deref(),
        Some("Ministry of Tourism, Arts and Culture")
    );
}

#[test]
fn a_nickname_after_a_title_and_an_unlisted_given_name_is_blanked() {
    let body = "Skipper Viliami \"Big Vili\" Lolohea admitted: \"That yellow card was on me.\"";
    let (speaker, _, _) = speaker_of(body, "That yellow card was on me.");
    assert_eq!(speaker.as_deref(), Some("Viliami Lolohea"));
}

#[test]
fn a_definite_description_with_a_modifier_after_the_verb_is_the_speaker() {
    let body = "According to an aid worker with a medical charity in Renk, cholera has been \
                confirmed. \"We have twenty-three patients,\" said the aid worker, who was not \
                authorised to speak to the press.";
    let (speaker, _, _) = speaker_of(body, "We have twenty-three patients");
    assert_eq!(
        speaker.as_deref(),
        Some("an aid worker with a medical charity in Renk")
    );
}

#[test]
fn a_description_whose_modifier_names_a_long_body_is_whole() {
    let body = "A senior official at the Bank of Sierra Leone, asked about the letter, said \
                only: \"The Bank does not comment on correspondence.\"";
    let (speaker, _, _) = speaker_of(body, "The Bank does not comment on correspondence.");
    assert_eq!(
        speaker.as_deref(),
        Some("A senior official at the Bank of Sierra Leone")
    );
}

#[test]
fn a_description_with_a_relative_clause_naming_a_place_is_whole() {
    let body = "A LandSAR volunteer who spent last night at Carrington Hut said conditions were \
                \"about as bad as it gets\".";
    let (speaker, _, _) = speaker_of(body, "about as bad as it gets");
    assert_eq!(
        speaker.as_deref(),
        Some("A LandSAR volunteer who spent last night at Carrington Hut")
    );
}

#[test]
fn what_someone_called_is_their_quote_and_what_is_called_is_a_name() {
    let body = "The meeting voted to invite the officials to the island in January for what one \
                crofter called \"a proper grilling\". Traders engage in what is called \
                \"front-running\".";
    let found = super::extract_quotes("", body);
    let q = found
        .iter()
        .find(|q| q.text == "a proper grilling")
        .expect("the quote");
    assert_eq!(q.speaker.as_deref(), Some("one crofter"));
    assert!(!found.iter().any(|q| q.text == "front-running"));
}

#[test]
fn blamed_and_stating_report_the_quoted_words() {
    let body = "Energy Cabinet Secretary Joseph Lagat on Monday blamed Saturday's blackout on \
                \"a single faulty insulator\" on the line.\n\nThe Ministry of Energy later issued \
                a press release stating that the adjustment \"will be reviewed in the next \
                quarterly determination\" by the regulator.";
    let (speaker, _, _) = speaker_of(body, "a single faulty insulator");
    assert_eq!(speaker.as_deref(), Some("Joseph Lagat"));
    let (speaker, _, _) = speaker_of(body, "will be reviewed in the next quarterly determination");
    assert_eq!(speaker.as_deref(), Some("Ministry of Energy"));
}
