//! Unit tests of the twenty-fifth speakers round of issue 14 (session 24), on small inputs
//! that fail without the rule.

use super::super::extract_quotes;

fn speaker(body: &str, quote: &str) -> Option<String> {
    extract_quotes("", body)
        .into_iter()
        .find(|q| q.text == quote)
        .and_then(|q| q.speaker)
}

/// A definite description opening the sentence before a `he` is whom it means, when the
/// article ties the description to a named person, over a person named before it.
#[test]
fn he_after_a_definite_description_subject_is_the_person_it_names() {
    let body = "Minister of Ports Anders Kivi came with a folder of maps. The first question \
                came from member Marten Sild. Sild asked why the harbour was still \"a line on \
                a map\".\n\nThe minister did not like the line. \"It is not a promise. It is \
                a plan,\" he said.";
    assert_eq!(
        speaker(body, "It is not a promise. It is a plan").as_deref(),
        Some("Anders Kivi")
    );
}
