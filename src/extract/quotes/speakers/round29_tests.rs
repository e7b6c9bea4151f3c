//! Unit tests of the twenty-ninth speakers round of issue 14 (session 27), on small inputs
//! that fail without the rule.

use super::test_support::speaker;

/// `Captain Farah said` after `Captain Idriss Farah Omar`: a man's inner name word that the
/// data holds as a woman's given name is no second given name of his but his father's name (or
/// first surname), and the word alone means him.
#[test]
fn an_inner_word_of_the_other_sex_is_a_surname() {
    let body = "The road was closed, said Captain Idriss Farah Omar of the gendarmerie.\n\n\
                Captain Farah said drivers had been warned \"again and again\".";
    assert_eq!(
        speaker(body, "again and again").as_deref(),
        Some("Idriss Farah Omar")
    );
}

/// The same word with a title (`Captain Farah`) joins that person, so that a later role noun
/// (`the captain said`) finds the full name, not the short one.
#[test]
fn the_role_of_a_first_surname_alone_finds_the_full_name() {
    let body = "The road was closed, said Captain Idriss Farah Omar of the gendarmerie.\n\n\
                Captain Farah said drivers had been warned. \"Speed kills,\" the captain said.";
    assert_eq!(
        speaker(body, "Speed kills").as_deref(),
        Some("Idriss Farah Omar")
    );
}

/// `Maître Awa Diallo` and `Maître Moussa Keita`: a word the article writes before two
/// different people's given names is a title they share, not a given name; the speaker is
/// shown without it.
#[test]
fn a_word_before_several_peoples_given_names_is_a_title() {
    let body = "Her lawyer, Maître Awa Diallo, said: \"My client is innocent.\"\n\n\
                The lawyer for the families, Maître Moussa Keita, said they would appeal.";
    assert_eq!(
        speaker(body, "My client is innocent.").as_deref(),
        Some("Awa Diallo")
    );
}

/// One such name alone, or a family's names, tell nothing: `Maître` stays where only one
/// person carries it.
#[test]
fn a_word_before_one_name_stays() {
    let body = "Her lawyer, Maître Awa Diallo, said: \"My client is innocent.\"";
    assert_eq!(
        speaker(body, "My client is innocent.").as_deref(),
        Some("Maître Awa Diallo")
    );
}

/// `The hospital said` after `Greenvale District Hospital`: a place's noun that also names an
/// institution, speaking with `the`, is the institution the article named with that noun.
#[test]
fn the_hospital_is_the_hospital_the_article_named() {
    let lead = "After 30 years, Ana Ruiz is retiring from Greenvale District Hospital.";
    let body = "Ruiz, 64, trained in the capital.\n\nThe hospital said in a statement that she \
                had been \"a pillar of care on the coast\" and would be missed.";
    let speaker = super::super::extract_quotes(lead, body)
        .into_iter()
        .find(|q| q.text == "a pillar of care on the coast")
        .and_then(|q| q.speaker);
    assert_eq!(speaker.as_deref(), Some("Greenvale District Hospital"));
}

/// `The telecoms regulator, ARTEL, said …. "…," the regulator said.`: the body noun speaking
/// with `the` is the body named in apposition to a description headed by that noun.
#[test]
fn the_regulator_is_the_body_named_beside_regulator() {
    let body = "Thousands lost their phone service.\n\nThe telecoms regulator, ARTEL, said it had \
                asked the operator for a report.\n\n\"Service is an obligation, not an option,\" \
                the regulator said.";
    assert_eq!(
        speaker(body, "Service is an obligation, not an option").as_deref(),
        Some("ARTEL")
    );
}

/// A name set beside a body noun (`the largest dairy cooperative, Cooperativa Lechera del
/// Norte,`) is a body's, whatever its words look like, when `the cooperative` speaks.
#[test]
fn a_name_beside_a_body_noun_speaks_as_a_body() {
    let body = "Ana Ruiz runs the largest dairy cooperative, Cooperativa Lechera del Norte, in the \
                north.\n\nIn its annual report, the cooperative described the year as \"the \
                hardest in memory\".";
    let quote = super::super::extract_quotes("", body)
        .into_iter()
        .find(|q| q.text == "the hardest in memory");
    let quote = quote.map(|q| (q.speaker, q.speaker_kind));
    assert_eq!(
        quote,
        Some((
            Some("Cooperativa Lechera del Norte".to_string()),
            crate::model::SpeakerKind::Organisation
        ))
    );
}

/// `Chairman C. J. "Pete" Walsh said`: a nickname in quotation marks after two initials is
/// blanked as after a given name, so the later `Walsh` is the full name.
#[test]
fn a_nickname_after_initials_is_no_cut_in_the_name() {
    let lead = "Acme Oil Co Chairman C. J. \"Pete\" Walsh said the stock rose.";
    let body = "Walsh told Reuters, \"part of this strength results from oil prices.\"";
    let speaker = super::super::extract_quotes(lead, body)
        .into_iter()
        .find(|q| q.text == "part of this strength results from oil prices.")
        .and_then(|q| q.speaker);
    assert_eq!(speaker.as_deref(), Some("C. J. Walsh"));
}

/// `"…," John Smith, president of the teachers' union, said`: a lower-case plural's possessive
/// apostrophe before an organisation word closes no quotation, so the attribution holds.
#[test]
fn a_lower_case_plural_possessive_does_not_cut_the_attribution() {
    let body = "\"This is not a school, it is a waiting room,\" John Smith, president of the \
                teachers' union, said on Monday.";
    assert_eq!(
        speaker(body, "This is not a school, it is a waiting room").as_deref(),
        Some("John Smith")
    );
}
