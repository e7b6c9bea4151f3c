//! Unit tests of the twenty-fifth speakers round of issue 14 (session 24), on small inputs
//! that fail without the rule.

use super::test_support::speaker;

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

/// A name in apposition to a possessive and a noun that tells a sex (`His wife, Nino,`) has
/// that sex, whatever the given-name data lists.
#[test]
fn a_kin_noun_gives_the_name_after_it_its_sex() {
    let body = "Levan Gelashvili accused his former partner of theft.\n\nA family friend who \
                has known both men for years told us: \"They fell out over money.\"\n\nHis \
                wife, Nino, tried to calm things. \"They will drink together again,\" she said.";
    assert_eq!(
        speaker(body, "They will drink together again").as_deref(),
        Some("Nino")
    );
}

/// A surname alone that two people share, after the other was named last, is the one the
/// pronoun agrees with.
#[test]
fn a_shared_surname_alone_is_the_namesake_the_pronoun_fits() {
    let body = "Torben Warren has steered the longboat for years. \"The swell does not \
                forgive,\" he says.\n\nHis wife, Merle Warren, who works at the shop, is less \
                patient. \"We have heard that before,\" she says.\n\nA British tourist who \
                arrived on the last ship called it \"better than a fair ride\".\n\nWarren hopes \
                one of his nephews will take over. He will not say which. \"They know who has \
                the hands for it,\" he says.";
    assert_eq!(
        speaker(body, "They know who has the hands for it").as_deref(),
        Some("Torben Warren")
    );
}

/// `the witness` is one person (a noun ending in `ss` is no plural): the subject of the
/// sentence naming someone last in the quote's paragraph, not the person that sentence
/// reports about.
#[test]
fn the_witness_is_the_subject_just_named_in_the_paragraph() {
    let body = "Judge Ith Samnang heard the case.\n\nA former apprentice at the shop, Pich Dara, \
                testified against his boss. Dara said Chea Sokha had told him it was \"normal \
                work\". \"I believed him. I was seventeen,\" the witness said.";
    assert_eq!(
        speaker(body, "I believed him. I was seventeen").as_deref(),
        Some("Pich Dara")
    );
}

/// A definite description that a `who` clause follows brings someone in anew: no one just
/// named.
#[test]
fn a_role_with_a_who_clause_is_no_one_just_named() {
    let body = "Our reporter Célia Macuácua is in Beira. The primary school has lost its roof. \
                The headmistress, who asked not to be named, told her the exam papers were \
                \"under the water now\".";
    assert_eq!(
        speaker(body, "under the water now").as_deref(),
        Some("The headmistress")
    );
}

/// A turn label may say who the speaker is in brackets after the name; a label naming no one
/// the article names more fully is the name itself.
#[test]
fn a_bracketed_turn_label_is_the_name_before_the_brackets() {
    let body = "The presenter is Khadar Abdi Farah; his guest is the deputy mayor, Hodan Ismail \
                Warsame.\n\nWARSAME: The wells are low. We are talking to the owners.\n\n\
                FARAH: Talking. Let's go to the phones.\n\nAMINA (caller, Jigjiga Yar): We \
                paid the tanker man twice.\n\nWARSAME: I understand her anger.\n\nFARAH: \
                Thank you, deputy mayor.";
    assert_eq!(
        speaker(body, "We paid the tanker man twice.").as_deref(),
        Some("Amina")
    );
}

/// A noun that tells a sex is a role before a name (`His nephew Musallam`): the one word the
/// given-name data lacks is a person, whom a later `he` means.
#[test]
fn a_kin_noun_before_one_unlisted_word_makes_it_a_person() {
    let body = "Salim bin Ali Al-Kathiri has cut the same trees for forty years. \"You wound \
                it, a little, and you wait,\" he says.\n\nHis nephew Musallam, who drives the \
                resin to the souq, is less romantic. \"My uncle talks about patience,\" he says.";
    assert_eq!(
        speaker(body, "My uncle talks about patience").as_deref(),
        Some("Musallam")
    );
}
