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
