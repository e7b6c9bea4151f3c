//! Unit tests of the eighteenth round of issue 14 (session 21): kinds of misses that recur
//! across the open parts, each on a small input that fails without its rule.

use super::tests::speaker_of;

#[test]
fn a_description_whose_employer_is_in_a_place_is_the_speaker() {
    let body = "An official at the department in Thimphu said uptake had been \
                \"disappointing\".";
    let (speaker, _, _) = speaker_of(body, "disappointing");
    assert_eq!(
        speaker.as_deref(),
        Some("An official at the department in Thimphu")
    );
    let body = "A spokesman for the embassy in London, who asked not to be named, said the \
                talks were \"constructive\".";
    let (speaker, _, _) = speaker_of(body, "constructive");
    assert_eq!(
        speaker.as_deref(),
        Some("A spokesman for the embassy in London")
    );
}

#[test]
fn a_name_after_lower_case_roles_keeps_an_unlisted_first_word() {
    let body = "Growers Council chief executive Ravinesh Kumar Narayan said growers had been told \
                to wait. \"Cut cane loses sugar,\" Narayan said.";
    let (speaker, _, _) = speaker_of(body, "Cut cane loses sugar");
    assert_eq!(speaker.as_deref(), Some("Ravinesh Kumar Narayan"));
}

#[test]
fn islamic_forms_of_address_are_no_part_of_the_name() {
    let body = "Opposition members walked out. Maulana Abdul Wasay Qasmi said they would \
                \"sit through the night\".\n\nThe bakery's owner, Hajj Babiker Eltayeb Nour, said he \
                had no choice.\n\n\"I close in a week,\" he said.";
    let (speaker, _, _) = speaker_of(body, "sit through the night");
    assert_eq!(speaker.as_deref(), Some("Abdul Wasay Qasmi"));
    let (speaker, _, _) = speaker_of(body, "I close in a week");
    assert_eq!(speaker.as_deref(), Some("Babiker Eltayeb Nour"));
}

/// The speaker of the quote whose text is `quote`, the article having a lead.
fn speaker_with_lead(lead: &str, body: &str, quote: &str) -> Option<String> {
    super::extract_quotes(lead, body)
        .into_iter()
        .find(|q| q.text == quote)
        .and_then(|q| q.speaker)
}

#[test]
fn an_interview_label_means_the_fuller_name_or_the_first_bearer_of_a_surname() {
    let lead = "Tigist Haile Gebremariam chairs the growers' union. Our reporter, Dawit Alemu, \
                interviewed her.";
    let body = "Dawit Alemu: Where did the coffee go?\n\nTigist Haile: It passed through Addis, \
                of course.\n\nDawit Alemu: And the price?\n\nTigist Haile: Better than \
                before.";
    let speaker = speaker_with_lead(lead, body, "It passed through Addis, of course.");
    assert_eq!(speaker.as_deref(), Some("Tigist Haile Gebremariam"));
    let lead = "Timothy Maneniaru has built canoes for forty years. Our correspondent, Florence \
                Talasasa, spoke to him.";
    let body = "Talasasa: Who is learning from you?\n\nManeniaru: Two. One is my \
                grandson.\n\nJezreel Maneniaru, 19, laughed.\n\nTalasasa: What will happen \
                when you stop?\n\nManeniaru: Then they will buy fibreglass boats.";
    let speaker = speaker_with_lead(lead, body, "Then they will buy fibreglass boats.");
    assert_eq!(speaker.as_deref(), Some("Timothy Maneniaru"));
}

#[test]
fn a_description_is_named_by_the_next_paragraphs_relative_clause() {
    let body = "The council's acting chief executive was more cautious. \"The plant is at end of \
                life,\" he said.\n\nDarren Oakes, who stepped into the chief executive role in \
                August, said a decision would come in March.";
    let (speaker, _, _) = speaker_of(body, "The plant is at end of life");
    assert_eq!(speaker.as_deref(), Some("Darren Oakes"));
}

#[test]
fn a_possessive_description_is_named_by_the_next_paragraphs_relative_clause() {
    let lead = "Islanders on Colonsay have been left \"stranded and forgotten\" by ferry \
                cancellations, their community council chairwoman told a meeting.";
    let body = "Morag MacNeill, who has chaired the council for six years, said the island had \
                lost 23 sailings.";
    let speaker = speaker_with_lead(lead, body, "stranded and forgotten");
    assert_eq!(speaker.as_deref(), Some("Morag MacNeill"));
}

#[test]
fn i_outside_a_quote_is_the_writer_a_closing_line_names() {
    let body = "I said much the same on a radio panel. \u{201c}If this line were a house, we\u{2019}d \
                have walked away,\u{201d} I told the host.\n\nDana Kowalchuk is a columnist for \
                the Port Calder Ledger.";
    let (speaker, _, _) = speaker_of(
        body,
        "If this line were a house, we\u{2019}d have walked away",
    );
    assert_eq!(speaker.as_deref(), Some("Dana Kowalchuk"));
}

#[test]
fn a_pronoun_goes_on_with_the_person_the_paragraph_before_introduces() {
    let body = "Its regional officer, Gwenllian Hughes, said: \"We will look at every \
                option.\"\n\nOutside the gate, her colleague Agata Nowak was more blunt.\n\n\
                \"Everybody said Brexit would send us home,\" she said.";
    let (speaker, _, _) = speaker_of(body, "Everybody said Brexit would send us home");
    assert_eq!(speaker.as_deref(), Some("Agata Nowak"));
}

#[test]
fn a_name_in_apposition_to_a_description_with_a_place_is_the_speaker() {
    let body = "Its spokeswoman in Port Sudan, Rania Khoury, said the agency was \"scaling up\".";
    let (speaker, _, _) = speaker_of(body, "scaling up");
    assert_eq!(speaker.as_deref(), Some("Rania Khoury"));
}

#[test]
fn a_trade_noun_that_is_a_surname_heads_a_description_in_lower_case() {
    let body = "One elder from Natova said: \"Our people have no clinic.\"\n\nOne porter in \
                Ghandruk said: \"The porters got nothing.\"";
    let (speaker, _, _) = speaker_of(body, "Our people have no clinic.");
    assert_eq!(speaker.as_deref(), Some("One elder from Natova"));
    let (speaker, _, _) = speaker_of(body, "The porters got nothing.");
    assert_eq!(speaker.as_deref(), Some("One porter in Ghandruk"));
}
