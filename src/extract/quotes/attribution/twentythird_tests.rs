//! Unit tests of the twenty-third round of issue 14 (session 23), on small inputs that fail
//! without the rule.

use super::super::extract_quotes;

fn speaker(lead: &str, body: &str, quote: &str) -> Option<String> {
    extract_quotes(lead, body)
        .into_iter()
        .find(|q| q.text == quote)
        .and_then(|q| q.speaker)
}

/// `One of them, a retired teacher, said`: the pronoun's group tells nothing, the apposition
/// is the speaker.
#[test]
fn a_pronoun_partitive_gives_way_to_its_apposition() {
    let body = "About forty residents held a banner. One of them, a retired teacher from \
                Koningslo, said she had waited for years. \"Write that down,\" she said.";
    assert_eq!(
        speaker("", body, "Write that down").as_deref(),
        Some("a retired teacher from Koningslo")
    );
}
