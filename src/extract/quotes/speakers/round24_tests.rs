//! Unit tests of the twenty-fourth speakers round of issue 14 (session 23), on small inputs
//! that fail without the rule.

use super::test_support::speaker;

/// A document taken up by `the letter` whose writer is the subject right before the verb of
/// which the document was the object.
#[test]
fn a_document_taken_up_speaks_for_the_subject_who_wrote_it() {
    let body = "Kofi Mensah fished from Elmina for forty years. In 1998, after the storm, he \
                wrote a letter to this newspaper urging owners to buy radios. \"A life is worth \
                more than a catch,\" the letter said.";
    assert_eq!(
        speaker(body, "A life is worth more than a catch").as_deref(),
        Some("Kofi Mensah")
    );
}

/// `the post` with no document named before: the subject of the sentence before the quote's,
/// in its paragraph, posted it.
#[test]
fn a_definite_document_speaks_for_the_subject_of_the_sentence_before() {
    let body = "The queue reached the petrol station.\n\nKystferje posted an update on its page \
                at 07:15. \"One vessel will serve the crossing until further notice,\" the post \
                said.";
    assert_eq!(
        speaker(
            body,
            "One vessel will serve the crossing until further notice"
        )
        .as_deref(),
        Some("Kystferje")
    );
}
