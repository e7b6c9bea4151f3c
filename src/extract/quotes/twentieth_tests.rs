//! Unit tests of the twentieth round of issue 14 (session 22): kinds of misses that recur
//! across the open parts, each on a small input that fails without its rule.

use super::extract_quotes;
use super::tests::speaker_of;

#[test]
fn a_document_with_a_possessor_speaks_for_it() {
    let body = "The Harbour Development Committee wants higher dues for visiting yachts.\n\nThe \
                committee's policy letter said income covered \"barely a third\" of the costs.";
    let (speaker, _, _) = speaker_of(body, "barely a third");
    assert_eq!(speaker.as_deref(), Some("Harbour Development Committee"));
}

#[test]
fn a_document_the_subject_speaks_with_is_the_subjects() {
    let body = "The player says he was dropped by the Atoll Rowing Federation.\n\nThe \
                federation hit back on Monday with a statement saying selection was \"based on \
                fitness\".";
    let (speaker, _, _) = speaker_of(body, "based on fitness");
    assert_eq!(speaker.as_deref(), Some("Atoll Rowing Federation"));
    let body = "The Reef Festival Foundation issued a statement saying the judging was \"fair \
                and audited\".";
    let (speaker, _, _) = speaker_of(body, "fair and audited");
    assert_eq!(speaker.as_deref(), Some("Reef Festival Foundation"));
}

#[test]
fn a_short_surname_label_in_capitals_is_the_name_when_no_initials_fit() {
    let lead = "Sela Tukuafu keeps bees above the harbour. She spoke to Pita Lui.";
    let body = "LUI: How did you start?\n\nTUKUAFU: My uncle gave me two hives.\n\nLUI: Why \
                here?\n\nTUKUAFU: Because the bees are healthy.";
    let quotes = extract_quotes(lead, body);
    let asked = quotes.iter().find(|q| q.text.starts_with("How did"));
    assert_eq!(
        asked.and_then(|q| q.speaker.as_deref()),
        Some("Pita Lui"),
        "{quotes:?}"
    );
}

#[test]
fn a_paragraph_pointing_back_at_a_quote_names_its_speaker() {
    let body = "About forty fishers came to the meeting.\n\n\"We are asking for a jetty that \
                does not move.\"\n\nThe speaker was Elroy Gumbs, who has fished here for forty \
                years.";
    let (speaker, _, _) = speaker_of(body, "We are asking for a jetty that does not move.");
    assert_eq!(speaker.as_deref(), Some("Elroy Gumbs"));
    let body = "\"I want her to come home to something.\"\n\nThose words came from Lorna \
                Richardson, who owns two boats.";
    let (speaker, _, _) = speaker_of(body, "I want her to come home to something.");
    assert_eq!(speaker.as_deref(), Some("Lorna Richardson"));
}

#[test]
fn a_speaker_named_by_the_opening_words_of_a_fuller_run_is_the_run() {
    let body = "The Ports Authority has given Harbourview Palms Resort until March to pay its \
                fees.\n\nHarbourview Palms said it \"disputes the amount claimed\".";
    let (speaker, _, _) = speaker_of(body, "disputes the amount claimed");
    assert_eq!(speaker.as_deref(), Some("Harbourview Palms Resort"));
    // Met alone first, the short form is a name of its own.
    let body = "Stack Overflow said developers \"ask more questions than ever\".\n\nStack \
                Overflow Jobs lists ten thousand posts.";
    let (speaker, _, _) = speaker_of(body, "ask more questions than ever");
    assert_eq!(speaker.as_deref(), Some("Stack Overflow"));
}

#[test]
fn a_pronoun_before_spoke_to_makes_the_name_after_it_the_interviewer() {
    let lead = "For eleven years Dr Roxanne Daley has watched the volcano. Now director of the \
                Montserrat Volcano Observatory, she spoke to Kerwin Greenaway about it.";
    let body = "Q: Is it over?\n\nA: No.\n\nQ: What does a normal day look like?\n\nA: Data.";
    let quotes = extract_quotes(lead, body);
    let asked = quotes.iter().find(|q| q.text.starts_with("Is it"));
    assert_eq!(
        asked.and_then(|q| q.speaker.as_deref()),
        Some("Kerwin Greenaway"),
        "{quotes:?}"
    );
}

#[test]
fn the_interviewer_named_is_not_the_one_who_answers() {
    let lead = "Dovilė Kazlauskienė has coached the team for three seasons. She spoke to \
                Róisín Daly in Lithuanian.";
    let body = "Q: How did you coach?\n\nA: With my hands, mostly.\n\nQ: Will you stay?\n\nA: \
                Maybe.";
    let quotes = extract_quotes(lead, body);
    let answered = quotes.iter().find(|q| q.text.starts_with("With my hands"));
    assert_eq!(
        answered.and_then(|q| q.speaker.as_deref()),
        Some("Dovilė Kazlauskienė"),
        "{quotes:?}"
    );
}

#[test]
fn a_body_named_by_the_closing_words_of_a_fuller_name_is_that_name() {
    let body = "BVI Ports Authority managing director Lionel Stoutt said the channel was too \
                shallow.\n\nThe Ports Authority later published a notice saying the work would \
                need \"an assessment of six months\".";
    let (speaker, _, _) = speaker_of(body, "an assessment of six months");
    assert_eq!(speaker.as_deref(), Some("BVI Ports Authority"));
}

#[test]
fn our_journalist_named_anywhere_in_the_introduction_asks() {
    let lead = "Losaline Kirifi teaches science on Nukunonu. She answered our reporter's \
                questions by email.";
    let body = "Q: How do you teach it?\n\nA: With the real thing.\n\nQ: And the elders?\n\nA: \
                They like it.";
    let quotes = extract_quotes(lead, body);
    let asked = quotes.iter().find(|q| q.text.starts_with("How do"));
    assert_eq!(
        asked.and_then(|q| q.speaker.as_deref()),
        Some("our reporter"),
        "{quotes:?}"
    );
}
