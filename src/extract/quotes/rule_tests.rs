//! Unit tests for the second round of speaker rules (issue 14): each pattern on a small input.

use super::extract_quotes;
use crate::model::SpeakerKind;

fn speaker_of(body: &str, quote: &str) -> (Option<String>, SpeakerKind) {
    let quotes = extract_quotes("", body);
    quotes
        .iter()
        .find(|q| q.text == quote)
        .map(|q| (q.speaker.clone(), q.speaker_kind))
        .unwrap_or_else(|| panic!("{quote:?} not found in {quotes:?}"))
}

#[test]
fn a_participle_opening_a_sentence_is_no_part_of_a_name() {
    let body = "Izuku walked out with All Might.\n\n\"It seems we share a hobby.\" Haunted \
                Izuku on the drive home.\n\nIzuku stared at the window.\n\n\"We will see,\" \
                said nobody in particular.";
    for q in extract_quotes("", body) {
        assert_ne!(q.speaker.as_deref(), Some("Haunted Izuku"), "{q:?}");
    }
}

#[test]
fn one_word_that_opens_place_names_is_no_person() {
    assert_eq!(
        super::kinds::kind_of("United", true),
        SpeakerKind::Organisation
    );
    assert_eq!(
        super::kinds::kind_of("South", true),
        SpeakerKind::Organisation
    );
    // A given name that also opens a place name (`Diego Garcia`) stays a person's.
    assert_eq!(super::kinds::kind_of("Diego", true), SpeakerKind::Person);
    let body = "United Airlines will add flights to Denver. \"We expect strong demand,\" \
                United said.";
    assert_ne!(
        speaker_of(body, "We expect strong demand").1,
        SpeakerKind::Person
    );
}
