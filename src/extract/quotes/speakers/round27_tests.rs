//! Unit tests of the twenty-seventh speakers round of issue 14 (session 25), on small inputs
//! that fail without the rule.

use super::test_support::speaker;

/// A capitalised name in apposition right after `the` (`His boat, the Nang Ngam, carries …`: a
/// boat's, a band's) is no person a later `he` can mean: English writes no `the` before a
/// person's name that has no title.
#[test]
fn a_name_after_the_is_no_person_a_pronoun_means() {
    let body = "Captain Khamsai Vongsa has fished the lake for thirty years. \"The fish know me,\" he \
                says.\n\nHis boat, the Nang Ngam, carries sixty passengers. \"The nets pay for \
                themselves,\" he says.";
    assert_eq!(
        speaker(body, "The nets pay for themselves").as_deref(),
        Some("Khamsai Vongsa")
    );
}
/// `said one arbitrager.`: a doer's noun the role list lacks, right after an indefinite
/// article and closing the cue, is the speaker, not someone named earlier.
#[test]
fn an_agent_noun_after_an_indefinite_article_closes_the_cue() {
    let body = "Harold Finch, the chairman, said the board would meet on Monday.\n\n\"Nobody \
                knows the price yet,\" said one bondholder.";
    assert_eq!(
        speaker(body, "Nobody knows the price yet").as_deref(),
        Some("one bondholder")
    );
}
/// `His wife, Noy, runs …`: one word in apposition to a possessive and a noun of kin, opening
/// the sentence, is a person of that sex though the given-name data lacks the word.
#[test]
fn one_word_after_a_kin_noun_opening_the_sentence_is_a_person() {
    let body = "Captain Khamsai Vongsa has fished the lake for thirty years. \"The fish know \
                me,\" he says.\n\nHis wife, Phonsavanh, who mends the nets, is less patient. \
                \"The nets cost more every year,\" she says.";
    assert_eq!(
        speaker(body, "The nets cost more every year").as_deref(),
        Some("Phonsavanh")
    );
}
/// `Finance director Yao Konan`: after lower-case role words, a place's or a people's word
/// opening a name of two words is its given name, as after a capitalised title.
#[test]
fn a_place_word_opening_a_name_after_role_words_is_the_given_name() {
    let body = "Sales director Yao Mensah said the dividend would stay. \"We will not cut it,\" \
                Mensah said.";
    assert_eq!(
        speaker(body, "We will not cut it").as_deref(),
        Some("Yao Mensah")
    );
}
/// `Quispe told reporters` after `Edwin Quispe Huamán`: a name of two surnames is called by
/// the first of them.
#[test]
fn the_first_of_two_surnames_calls_the_person() {
    let body = "The mayor, Edwin Condori Huamán, said the town had asked for help. \"We had no \
                money for it,\" Condori told reporters.";
    assert_eq!(
        speaker(body, "We had no money for it").as_deref(),
        Some("Edwin Condori Huamán")
    );
}

/// `Outside, one fisher, a woman in her sixties, was unimpressed. "…," she said.`: a
/// description opening the sentence after a one-word scene, headed by a doer's noun the role
/// list lacks, is whom the next `she` means, with its apposition.
#[test]
fn a_description_after_a_one_word_scene_is_the_next_pronouns() {
    let body = "The mayor, Anna Berg, closed the meeting at nine.\n\nOutside, one netmaker, a \
                woman in her sixties, was unimpressed. \"They never listen,\" she said.";
    assert_eq!(
        speaker(body, "They never listen").as_deref(),
        Some("one netmaker, a woman in her sixties")
    );
}
