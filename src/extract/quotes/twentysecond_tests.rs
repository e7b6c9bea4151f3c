//! Unit tests of the twenty-second round of issue 14 (session 23): a definite body noun taking
//! up a body its own paragraph names, on small inputs that fail without the rule.

use super::extract_quotes;

fn speaker(lead: &str, body: &str, quote: &str) -> Option<String> {
    extract_quotes(lead, body)
        .into_iter()
        .find(|q| q.text == quote)
        .and_then(|q| q.speaker)
}

/// A body named with a clause before its verb, a body after its description, a body named
/// before its description's plural possessive: `the company` or `the union` in the same
/// paragraph is that body.
#[test]
fn a_body_noun_takes_up_the_body_its_paragraph_names() {
    let body = "Tombola Adriatika, which runs the draw in Croatia, said it offered winners \
                advice. \"Wait six months,\" the company said.";
    assert_eq!(
        speaker("", body, "Wait six months").as_deref(),
        Some("Tombola Adriatika")
    );
    let body = "Asked about the film, the publisher, Inkwell Pages, declined to comment. \"We \
                ask fans to wait,\" the company said.";
    assert_eq!(
        speaker("", body, "We ask fans to wait").as_deref(),
        Some("Inkwell Pages")
    );
    let body = "The Fietsclub, the national riders' union, welcomed the vote. In a letter the \
                union wrote that the bridge would \"save a detour\".";
    assert_eq!(
        speaker("", body, "save a detour").as_deref(),
        Some("Fietsclub")
    );
}

/// `"…," the office said …. The statement was issued by the … Health Office`: an
/// organisation holding the noun, named later in the paragraph.
#[test]
fn a_body_noun_takes_up_an_organisation_named_later_in_its_paragraph() {
    let body = "In a written statement, the office said it had sent \"forty thousand \
                packets\" to clinics. The statement was issued by the Tanna Provincial Health \
                Office on Monday.";
    assert_eq!(
        speaker("", body, "forty thousand packets").as_deref(),
        Some("Tanna Provincial Health Office")
    );
}

/// A capitalised word after a preposition or inside a clause is no body the noun takes up.
#[test]
fn a_body_noun_takes_no_name_out_of_a_subjects_place() {
    let body = "Users pay, not surprisingly, with Bitcoin. In its post, the group promised \
                that \"all profits go to the project\".";
    assert_ne!(
        speaker("", body, "all profits go to the project").as_deref(),
        Some("Bitcoin")
    );
}

/// `Yoon Seo-yeon` … `Yoon had been`: a name written surname first, its given name two
/// syllables joined in lower case, is a person's when the surname stands alone elsewhere; an
/// interview's introduction naming her before the reporter makes her the one who answers.
#[test]
fn a_surname_written_first_and_standing_alone_makes_a_person() {
    let lead = "Kang Min-seo painted the mural in a week. Our arts reporter Lee Do-hyun met \
                the 40-year-old in Busan.";
    let body = "Q: Why a whale?\n\nA: Because my father was a fisherman.\n\nThe gallery said \
                Kang had been \"closely involved\" in the opening.";
    let quotes = extract_quotes(lead, body);
    let answer = quotes
        .iter()
        .find(|q| q.text.starts_with("Because my father"))
        .and_then(|q| q.speaker.as_deref());
    assert_eq!(answer, Some("Kang Min-seo"), "{quotes:?}");
    let question = quotes
        .iter()
        .find(|q| q.text == "Why a whale?")
        .and_then(|q| q.speaker.as_deref());
    assert_eq!(question, Some("Lee Do-hyun"), "{quotes:?}");
}

/// `Asked whether closer Chen Yu-ting …, the manager paused. "…," he said.`: a person named
/// in the question a sentence opens with is not whom the next `he` means.
#[test]
fn a_person_asked_about_is_not_the_pronouns_speaker() {
    let body = "Manager Lin Chih-wei blamed nobody. \"We lost as a team,\" Lin said.\n\nAsked \
                by a reporter whether pitcher Tomas Brandt had been used too often, the manager \
                paused. \"Maybe. I will look at it,\" he said.";
    assert_eq!(
        speaker("", body, "Maybe. I will look at it").as_deref(),
        Some("Lin Chih-wei")
    );
}
