//! Unit tests of the nineteenth round of issue 14 (session 21): kinds of misses that recur
//! across the open parts, each on a small input that fails without its rule.

use super::tests::speaker_of;

#[test]
fn a_place_in_a_speakers_description_is_no_person() {
    let body = "An official at the department in Thimphu said uptake had been \
                \"disappointing\".\n\nThe cooperative sells to hotels in Thimphu and Paro.\n\n\
                \"The hotels want hand-woven on the brochure,\" he says.";
    let (speaker, _, _) = speaker_of(body, "The hotels want hand-woven on the brochure");
    assert_ne!(speaker.as_deref(), Some("Thimphu"));
}

#[test]
fn a_company_called_by_the_last_word_of_its_name_is_named_in_full() {
    let body = "Eastman Kodak Co said it will build a plant in Colorado.\n\nKodak said demand \
                will \"offset the additional capacity.\"";
    let (speaker, _, _) = speaker_of(body, "offset the additional capacity.");
    assert_eq!(speaker.as_deref(), Some("Eastman Kodak Co"));
}

#[test]
fn the_articles_pronoun_outweighs_a_given_names_listed_sex() {
    let body = "The department said a pump had failed.\n\nIts director, Tala Teo Penitusi, said \
                the plant had been supplied by a donor. \"We have a very good machine and no \
                spanner for it,\" he said.";
    let (speaker, _, _) = speaker_of(body, "We have a very good machine and no spanner for it");
    assert_eq!(speaker.as_deref(), Some("Tala Teo Penitusi"));
}
