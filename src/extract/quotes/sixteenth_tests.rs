//! Unit tests of the sixteenth round of issue 14 (session 19): kinds of misses that recur
//! across the open parts, each on a small input that fails without its rule.

use super::tests::speaker_of;

#[test]
fn a_birth_name_after_nee_is_the_later_names() {
    let body = "Ellen Fetter joined the group in 1961. Later she married John Gille.\n\n\
                Rothman reached Ellen Gille, née Fetter, on the phone.\n\n\
                Once Fetter arrived, she learnt fast. \"He carried a lot in his head,\" \
                Fetter said.";
    let (speaker, _, _) = speaker_of(body, "He carried a lot in his head");
    assert_eq!(speaker.as_deref(), Some("Ellen Gille"));
}

#[test]
fn an_abbreviated_saint_in_a_place_name_ends_no_sentence() {
    let body = "\"Wala nang kuryente sa buong bayan,\" Mayor Roderick Dimaculangan of Sta. Lucia \
                de Baybay told local radio.";
    let (speaker, _, _) = speaker_of(body, "Wala nang kuryente sa buong bayan");
    assert_eq!(speaker.as_deref(), Some("Roderick Dimaculangan"));
}

#[test]
fn a_description_after_a_when_clause_is_the_next_pronouns_speaker() {
    let body = "Xosé Manuel Iglesias spoke first.\n\nIn the hall, the vote was 212 to 37. When \
                the result was read out, an old fisherman stood up.\n– Now we go back to work, \
                – he said, to applause.";
    let (speaker, _, _) = speaker_of(body, "Now we go back to work");
    assert_eq!(speaker.as_deref(), Some("an old fisherman"));
}

#[test]
fn as_someone_put_it_attributes_the_quote_after() {
    let body = "Martin Okafor wrote to me. The problem is a contract that, as the province's \
                auditor general put it in her 2025 report, \"transferred almost none of the \
                risk it claimed to transfer.\"";
    let quote = "transferred almost none of the risk it claimed to transfer.";
    let (speaker, _, _) = speaker_of(body, quote);
    assert_eq!(speaker.as_deref(), Some("the province's auditor general"));
}
