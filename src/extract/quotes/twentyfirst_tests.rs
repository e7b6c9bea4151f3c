//! Unit tests of the twenty-first round of issue 14 (session 23): kinds of misses that recur
//! across the open parts, each on a small input that fails without its rule.

use super::extract_quotes;
use super::tests::speaker_of;

/// An interview whose narration between two turns quotes a body: the paragraph is the
/// writer's, not the answer going on.
#[test]
fn narration_between_turns_quoting_someone_is_no_answer() {
    let body = "MAKA: When did you start?\n\nTEVITA: In 1998, with my father.\n\nThe Reef \
                Fisheries Society said in a statement that Tevita had \"trained half the \
                fleet\".\n\nMAKA: And now?\n\nTEVITA: Now I rest.";
    let (speaker, _, _) = speaker_of(body, "trained half the fleet");
    assert_ne!(speaker.as_deref(), Some("TEVITA"));
    // A paragraph going on in the first person is still the answer.
    let body = "MAKA: When did you start?\n\nTEVITA: In 1998, with my father.\n\nWe sailed \
                every day. My father said the sea was \"a hard teacher\".\n\nMAKA: And \
                now?\n\nTEVITA: Now I rest.";
    let quotes = extract_quotes("", body);
    assert!(
        quotes
            .iter()
            .any(|q| q.text.starts_with("We sailed every day")),
        "{quotes:?}"
    );
}

/// A lead describing its speaker before anyone is named, and the next paragraph opening on
/// the person as the subject of a speech verb: that person spoke.
#[test]
fn a_lead_description_is_the_person_the_next_paragraph_opens_on() {
    let lead = "The Atoll Rowing Federation will ban carbon oars from next season, its \
                president announced on Tuesday, calling the decision \"long overdue\".";
    let body = "Mele Tapu, who has led the federation since 2020, told reporters that the \
                oars gave richer clubs an edge.";
    let quotes = extract_quotes(lead, body);
    let q = quotes.iter().find(|q| q.text == "long overdue");
    assert_eq!(
        q.and_then(|q| q.speaker.as_deref()),
        Some("Mele Tapu"),
        "{quotes:?}"
    );
    // One of a group stays unnamed: the next paragraph's person is someone else.
    let lead = "The talks ended without a statement. \"They had nothing to add,\" one \
                diplomat said.";
    let body = "Foreign Minister Sione Lolo said the talks would resume in March.";
    let quotes = extract_quotes(lead, body);
    assert_eq!(
        quotes[0].speaker.as_deref(),
        Some("one diplomat"),
        "{quotes:?}"
    );
}

/// `on` between a body's organisation word and its capitalised remit is inside its name.
#[test]
fn a_body_named_with_on_keeps_its_whole_name() {
    let body = "The Standing Committee on Reef Fisheries said in its report that stocks \
                \"remain fragile\".";
    let (speaker, _, _) = speaker_of(body, "remain fragile");
    assert_eq!(
        speaker.as_deref(),
        Some("Standing Committee on Reef Fisheries")
    );
    // A day after `on` is no part of it.
    let body = "The Reef Commission on Monday said stocks \"remain fragile\".";
    let (speaker, _, _) = speaker_of(body, "remain fragile");
    assert_eq!(speaker.as_deref(), Some("Reef Commission"));
}

/// A document's words are its issuer's, not its reader's: `from` and a clause after the
/// document name the issuer, and `read` after a document is a speech verb.
#[test]
fn a_document_read_out_speaks_for_its_issuer() {
    let body = "Kalo Vete denies the charges. Outside the court, a statement from Vete was read \
                by his lawyer, Sione Lolo. \"I have never taken a cent,\" it said.";
    let (speaker, _, _) = speaker_of(body, "I have never taken a cent");
    assert_eq!(speaker.as_deref(), Some("Kalo Vete"));
    let body = "Grace Tapu has pleaded not guilty. A statement she gave to police was read to \
                the court by Detective Sergeant Sione Lolo.\n\n\"I never took anything,\" the \
                statement read. \"The money was owed to me.\"";
    let (speaker, _, _) = speaker_of(body, "I never took anything");
    assert_eq!(speaker.as_deref(), Some("Grace Tapu"));
    let (speaker, _, _) = speaker_of(body, "The money was owed to me.");
    assert_eq!(speaker.as_deref(), Some("Grace Tapu"));
}

/// `the statement` with no issuer written goes on with the body quoted just before (a guard
/// for the rule above: with `read` a speech verb, it keeps such quotes with the body).
#[test]
fn a_statement_with_no_issuer_is_the_body_quoted_before() {
    let body = "The Ministry of Education, in a reply to the Atoll Lecturers' Union, termed \
                the strike \"unprocedural\".\n\n\"The arrears will be paid,\" the statement \
                said.";
    let (speaker, _, _) = speaker_of(body, "The arrears will be paid");
    assert_eq!(speaker.as_deref(), Some("Ministry of Education"));
}
