//! Unit tests of the twenty-eighth speakers round of issue 14 (session 26), on small inputs
//! that fail without the rule.

use super::super::extract_quotes;
use super::test_support::speaker;

/// `The Hungarian Employers' Forum welcomed …`: a plural possessive inside a body's name keeps
/// its apostrophe, as the body writes its name.
#[test]
fn a_plural_possessive_inside_a_bodys_name_keeps_its_apostrophe() {
    let body = "The Lakeland Growers' Federation said in a statement that the plan was \"a step \
                backwards\".";
    assert_eq!(
        speaker(body, "a step backwards").as_deref(),
        Some("Lakeland Growers' Federation")
    );
}

/// The same when the body's name is found among the article's organisations and a later `it`
/// or a short form takes it up.
#[test]
fn a_body_found_by_its_name_keeps_its_plural_possessive() {
    let body = "Employers were pleased. The Lakeland Growers' Federation welcomed what it called \
                \"a long-overdue step\" and urged more cuts.";
    assert_eq!(
        speaker(body, "a long-overdue step").as_deref(),
        Some("Lakeland Growers' Federation")
    );
}

/// `Halmi said: "…." A government spokesman said later that …`: a speech verb followed by an
/// adverb such as `later` and then `that` reports a clause of its own; it does not take the
/// quote before it from the cue that introduced that quote.
#[test]
fn said_later_that_opens_its_own_clause() {
    let body = "Finance Minister Petra Lindqvist opened the debate.\n\nAsked about the strike, \
                Lindqvist said: \"Numbers do not bend.\" A government spokesman said later that \
                the minister would meet the unions.";
    assert_eq!(
        speaker(body, "Numbers do not bend.").as_deref(),
        Some("Petra Lindqvist")
    );
}

/// `… what one economist has called "the worst harvest in a decade".` in the opening, then the
/// whole sentence with the economist's name: the repeated words are that person's.
#[test]
fn words_repeated_in_a_named_quote_are_that_persons() {
    let lead = "Grain prices will rise in spring, the ministry said, after what one economist \
                has called \"the worst harvest in a decade\".";
    let body = "The ministry promised help for bakers.\n\nThe economist Maren Holt of the \
                Northern Institute said the harvest figures were clear. \"The worst harvest in a \
                decade is still not a famine,\" she said.";
    let speaker = extract_quotes(lead, body)
        .into_iter()
        .find(|q| q.text == "the worst harvest in a decade")
        .and_then(|q| q.speaker);
    assert_eq!(speaker.as_deref(), Some("Maren Holt"));
}

/// `Ajpop says` after `Rosalba Tzul Ajpop`, whom the article calls `Tzul`, and `Her mother,
/// Juana Ajpop,`: the mother, whose last name it is, speaks.
#[test]
fn a_second_surname_alone_is_not_the_person_called_by_the_first() {
    let body = "Rosalba Tzul Ajpop will run for mayor. \"I am promising the accounts,\" Tzul \
                says.\n\nHer mother, Juana Ajpop, sold tortillas for thirty years. \"Politics \
                eats people,\" Ajpop says.";
    assert_eq!(
        speaker(body, "Politics eats people").as_deref(),
        Some("Juana Ajpop")
    );
}

/// `Tzul does not hesitate. "…," she says.` after `Rosalba Tzul Ajpop`: the first of two
/// surnames alone is a mention of the person so called, whom the next pronoun means.
#[test]
fn the_first_of_two_surnames_alone_is_a_mention() {
    let body = "Rosalba Tzul Ajpop will run for mayor.\n\nHer mother, Juana Ajpop, sold \
                tortillas for thirty years. \"Politics eats people,\" Ajpop says.\n\nAsked \
                about her first day, Tzul does not hesitate. \"Publish the contracts,\" she says.";
    assert_eq!(
        speaker(body, "Publish the contracts").as_deref(),
        Some("Rosalba Tzul Ajpop")
    );
}

/// `The bill's rapporteur, Eszter Vámos of the governing Civic Union, said`: a name opening the
/// apposition, before where the person belongs, is the speaker, not the description.
#[test]
fn a_name_before_its_affiliation_in_apposition_speaks() {
    let body = "The bill's sponsor, Agnes Lindahl of the governing Green League, said the plan \
                would give farmers \"a fair share of the water\".";
    assert_eq!(
        speaker(body, "a fair share of the water").as_deref(),
        Some("Agnes Lindahl")
    );
}
