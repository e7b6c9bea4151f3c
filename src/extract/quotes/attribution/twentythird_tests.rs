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

/// A body's name written with a list: its last item may open with `the` and the name may run
/// past eight words; a speaker cut at the list's first comma is the whole body.
#[test]
fn a_body_named_with_a_list_is_read_whole() {
    let body = "In a statement, the Department of Infrastructure, Transport, Regional \
                Development, Communications and the Arts said it was \"aware of the jetty\".";
    assert_eq!(
        speaker("", body, "aware of the jetty").as_deref(),
        Some(
            "Department of Infrastructure, Transport, Regional Development, Communications and the Arts"
        )
    );
    let body = "The ministry acted on Tuesday.\n\nThe Kenya Medical Practitioners, Pharmacists \
                and Dentists Union (KMPDU) welcomed the directive but said it was \"long \
                overdue\". \"Our members have waited,\" the union said.\n\nTurkana County's \
                health department said it had recorded 63 cases.";
    assert_eq!(
        speaker("", body, "long overdue").as_deref(),
        Some("Kenya Medical Practitioners, Pharmacists and Dentists Union")
    );
}
