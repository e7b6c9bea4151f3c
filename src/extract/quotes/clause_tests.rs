//! Unit tests of the attribution's sentence structure (ninth session of issue 14): who the
//! subject of a speech verb is when names, adverbs and clauses stand around it.

use super::attribution::before;
use super::tests::speaker_of;
use crate::model::SpeakerKind;

/// The speaker phrase the attribution parser finds for a quotation opening after `s`.
fn speaker_before(s: &str) -> Option<&str> {
    before(s).map(|(a, _)| &s[a.speaker_start..a.speaker_end])
}

#[test]
fn a_lower_case_head_noun_ends_a_description_after_a_verb() {
    let body = "Neither Perelman nor his spokesmen returned calls.\n\n\"Perelman is trying to \
                put the company in play,\" said a Wall Street arbitrageur.";
    let (speaker, kind, _) = speaker_of(body, "Perelman is trying to put the company in play");
    assert_eq!(speaker.as_deref(), Some("a Wall Street arbitrageur"));
    assert_eq!(kind, SpeakerKind::Description);
}

#[test]
fn a_name_followed_by_a_finite_verb_is_what_was_said_not_who_said_it() {
    let body = "Gustavo Petricioli said there was a chance.\n\nPetricioli nevertheless said \
                Baker showed \"flexibility in being prepared to accommodate different \
                proposals\" and promised more.";
    assert_eq!(
        speaker_of(
            body,
            "flexibility in being prepared to accommodate different proposals"
        )
        .0
        .as_deref(),
        Some("Gustavo Petricioli")
    );
    let body = "A House staff member who asked not to be named said Congress did not mean to \
                extend the provisions, and that including hops was \"marginal.\"";
    assert_ne!(speaker_of(body, "marginal.").0.as_deref(), Some("Congress"));
}

#[test]
fn the_name_a_relative_clause_hangs_on_is_its_speaker() {
    let body = "Nakasone spoke first. His trade minister, Hajime Tamura, who earlier today said \
                Toyota was ready to take \"appropriate measures\" if the sanctions went ahead, \
                was not there.";
    assert_eq!(
        speaker_of(body, "appropriate measures").0.as_deref(),
        Some("Hajime Tamura")
    );
    assert_eq!(
        speaker_before(
            "His trade minister, Hajime Tamura, who earlier today said Toyota was ready to take "
        ),
        Some("Hajime Tamura")
    );
}

#[test]
fn an_initial_a_is_no_article() {
    let body = "A. William Reynolds, chairman of GenCorp Inc, told shareholders about the \
                plan.\n\nReynolds said the bidders had months while \"we have had only 10 days \
                to respond.\"";
    assert_eq!(
        speaker_of(body, "we have had only 10 days to respond.")
            .0
            .as_deref(),
        Some("A. William Reynolds")
    );
}

#[test]
fn an_adverb_in_ly_stands_between_a_subject_and_its_verb() {
    let body = "Tenneco holds large gas reserves, said Paul Feretti, an analyst.\n\nFeretti \
                conservatively estimated Tenneco's breakup value at 58 dlrs and said the company \
                generated cash \"which is probably very attractive to Pickens.\"";
    assert_eq!(
        speaker_of(body, "which is probably very attractive to Pickens.")
            .0
            .as_deref(),
        Some("Paul Feretti")
    );
    assert_eq!(
        speaker_before("Feretti conservatively estimated the value at "),
        Some("Feretti")
    );
}

#[test]
fn a_verb_reporting_a_clause_of_its_own_opens_new_speech_after_a_full_quote() {
    let body = "\"Perelman is trying to put the company in play,\" said a Wall Street \
                arbitrageur. \"He gets to share in the upside if the company is sold.\" Another \
                arbitrageur said he expects Gillette to resist.";
    assert_eq!(
        speaker_of(
            body,
            "He gets to share in the upside if the company is sold."
        )
        .0
        .as_deref(),
        Some("a Wall Street arbitrageur")
    );
    // Without a clause after it, the verb still closes the quote before it.
    let body = "\"We will appeal.\" Another arbitrageur said.";
    assert_eq!(
        speaker_of(body, "We will appeal.").0.as_deref(),
        Some("Another arbitrageur")
    );
}

#[test]
fn a_word_opening_an_organisation_named_in_full_is_that_organisation() {
    let body = "The plan was filed by Greyhound Lines Inc on Monday.\n\n\"We will go forward only \
                with control,\" Greyhound said in a filing.";
    let (speaker, kind, _) = speaker_of(body, "We will go forward only with control");
    assert_eq!(speaker.as_deref(), Some("Greyhound Lines Inc"));
    assert_eq!(kind, SpeakerKind::Organisation);
    // Two bodies open with the word: it stays as written.
    let body = "Jaguar PLC and its U.S. unit, Jaguar Cars Inc, reported sales.\n\n\"There is a \
                waiting list,\" Jaguar said.";
    assert_eq!(
        speaker_of(body, "There is a waiting list").0.as_deref(),
        Some("Jaguar")
    );
}
