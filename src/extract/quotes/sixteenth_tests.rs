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
