//! Unit tests of the twenty-sixth speakers round of issue 14 (session 24), on small inputs
//! that fail without the rule.

use super::test_support::speaker;

/// A recurring turn label in mixed case that names no one in the article and is no given name
/// (`Pro:`, `Con:` in a list of arguments) is a word, not a person.
#[test]
fn a_mixed_case_label_naming_no_one_is_no_speaker() {
    let body = "He weighed the offer in the hallway.\n\nPro: doing homework with a friend was \
                in line with his plan.\n\nCon: the library closes early on Fridays.\n\nPro: \
                feeling good tomorrow instead of tired.\n\nCon: the bus home is slow.";
    for quote in [
        "doing homework with a friend was in line with his plan.",
        "feeling good tomorrow instead of tired.",
    ] {
        assert_ne!(speaker(body, quote).as_deref(), Some("Pro"));
    }
}

/// The same label in capitals, as transcripts write names, is still the name.
#[test]
fn a_capitals_label_naming_no_one_is_still_the_name() {
    let body = "HOST: Good morning.\n\nAMINA: The water is too dear.\n\nHOST: Thank you.\n\n\
                AMINA: We cannot pay.";
    assert_eq!(speaker(body, "We cannot pay.").as_deref(), Some("Amina"));
}

/// A name in a heading (a short paragraph with no sentence mark: a byline over an analysis, a
/// section title) is no one an unattributed quote under it carries; the speaker goes on.
#[test]
fn a_name_in_a_heading_is_not_carried_to_the_quote_under_it() {
    let body = "President Barack Obama said the lack of progress was \"distressing\".\n\n\
                Analysis: Jon Sopel, BBC News, Washington\n\nThere was a flicker across the \
                president's face as if to say \"You think you got me?\" before his smile \
                returned.";
    assert_eq!(
        speaker(body, "You think you got me?").as_deref(),
        Some("Barack Obama")
    );
}

/// A place's or a people's word joined to a lower-case word (`Atlanta-based`,
/// `French-controlled`, `Dutch-born`) qualifies the name after it and is no part of it.
#[test]
fn a_place_or_people_modifier_is_no_part_of_a_name() {
    for (body, quote, name) in [
        (
            "Analysts were wary.\n\nFrench-controlled Dumont said yesterday it was ending the \
             agreement because of \"mounting political controversy\" in the U.S.",
            "mounting political controversy",
            "Dumont",
        ),
        (
            "Analysts were wary.\n\nThe talks were \"extinguished\" last night, \
             Atlanta-based Delmont said.",
            "extinguished",
            "Delmont",
        ),
        (
            "Analysts were wary.\n\nDutch-born Marloes de Vries says the boats are \"slow, \
             heavy and unsinkable\".",
            "slow, heavy and unsinkable",
            "Marloes de Vries",
        ),
    ] {
        assert_eq!(speaker(body, quote).as_deref(), Some(name));
    }
}
