//! Interviews and transcripts set out as turns, and words said through an interpreter (issue
//! 14, session 11). Each test fails without the rule it names.

use super::extract_quotes;
use crate::model::SpeakerKind;

/// Each quote's text and speaker, in order.
fn said(lead: &str, body: &str) -> Vec<(String, Option<String>)> {
    extract_quotes(lead, body)
        .into_iter()
        .map(|q| (q.text, q.speaker))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    expected
        .iter()
        .map(|(t, s)| (t.to_string(), Some(s.to_string())))
        .collect()
}

/// The four turns of the sailor interview the label tests share.
fn ship_turns() -> Vec<(String, Option<String>)> {
    pairs(&[
        ("Why a ship?", "the interviewer"),
        ("A friend is a sailor.", "Theo Marchetti"),
        ("And now?", "the interviewer"),
        ("A lighthouse.", "Theo Marchetti"),
    ])
}

#[test]
fn question_and_answer_labels_with_a_full_stop_or_as_words_are_turns() {
    let lead = "Theo Marchetti has written four books. He spoke to us from his home.";
    let body = "Q: Why a ship?\n\nA. A friend is a sailor.\n\nQ. And now?\n\nA: A lighthouse.";
    assert_eq!(said(lead, body), ship_turns());
    let body = "Question: Why a ship?\n\nAnswer: A friend is a sailor.\n\nQuestion: And \
                now?\n\nAnswer: A lighthouse.";
    let q = extract_quotes(lead, body);
    assert_eq!(q[1].speaker.as_deref(), Some("Theo Marchetti"));
    assert_eq!(q[2].speaker_kind, SpeakerKind::Description);
}

#[test]
fn the_interviewer_the_introduction_names_asks_the_questions() {
    // A journalist's role names the interviewer; `her` is the one interviewed.
    let lead = "Four years after she walked away from swimming, Jess Marlowe is back. Sport \
                reporter Liam Carter caught up with her.";
    let body = "Q: What changed?\n\nA: I got bored.\n\nQ: Was it hard?\n\nA: Brutal.";
    assert_eq!(
        said(lead, body),
        pairs(&[
            ("What changed?", "Liam Carter"),
            ("I got bored.", "Jess Marlowe"),
            ("Was it hard?", "Liam Carter"),
            ("Brutal.", "Jess Marlowe"),
        ])
    );
    // `answered questions from X`: X asks, whoever is named first.
    let lead = "Transport minister Aoife Brennan answered questions from Declan Moore on Tuesday.";
    let body = "Q: Why now?\n\nA: Because the trains are full.\n\nQ: And the buses?\n\nA: Soon.";
    let q = said(lead, body);
    assert_eq!(q[0].1.as_deref(), Some("Declan Moore"));
    assert_eq!(q[1].1.as_deref(), Some("Aoife Brennan"));
    // `X spoke to Y`: the interviewer named first is not the one answering.
    let lead = "Niall Breslin spoke to Gráinne Doherty, the new council chair, about housing.";
    let body = "Q: What can a chair do?\n\nA: Not as much as people think.\n\nQ: And the \
                tea?\n\nA: The tea is still terrible.";
    let q = said(lead, body);
    assert_eq!(q[0].1.as_deref(), Some("Niall Breslin"));
    assert_eq!(q[1].1.as_deref(), Some("Gráinne Doherty"));
}

#[test]
fn name_labels_in_capitals_or_with_an_honorific_are_the_fullest_name() {
    let lead = "Senator Ruth Alvarez and Governor Tom Becker debated on Thursday.";
    let body = "ALVAREZ: The plan is fully funded.\n\nBecker: It is not, and you know \
                it.\n\nAlvarez: Read page four.\n\nMr. Becker: I have.";
    assert_eq!(
        said(lead, body),
        pairs(&[
            ("The plan is fully funded.", "Ruth Alvarez"),
            ("It is not, and you know it.", "Tom Becker"),
            ("Read page four.", "Ruth Alvarez"),
            ("I have.", "Tom Becker"),
        ])
    );
}

#[test]
fn a_label_opening_one_paragraph_between_turns_is_a_turn_and_a_role_is_described() {
    let lead = "The exchange between prosecutor Helen Okafor and the defendant, Mark Whitby, was \
                brief.";
    let body = "OKAFOR: Were you there?\n\nWHITBY: No.\n\nOKAFOR: Your phone says you \
                were.\n\nWHITBY: It was stolen.\n\nJUDGE: Move on, please.\n\nOKAFOR: Who \
                stole it?\n\nNote: The trial continues.";
    let q = said(lead, body);
    assert_eq!(q.len(), 6, "{q:?}");
    assert_eq!(
        q[4],
        (
            "Move on, please.".to_string(),
            Some("the judge".to_string())
        )
    );
    assert_eq!(q[5].1.as_deref(), Some("Helen Okafor"));
}

#[test]
fn an_answer_over_several_paragraphs_goes_on_with_its_speaker() {
    let lead = "Marcus Okafor won a Michelin star. He talked to us about failure.";
    let body = "Q: What happened?\n\nA: The kitchen flooded twice.\n\nWe lost all our stock, and \
                I had two weeks when I didn't know how I'd pay the staff.\n\nQ: What kept you \
                going?\n\nA: My mum.\n\nEmber is on Rye Lane; bookings open monthly.";
    let q = said(lead, body);
    assert_eq!(q.len(), 5, "{q:?}");
    assert!(q[2].0.starts_with("We lost all our stock"));
    assert_eq!(q[2].1.as_deref(), Some("Marcus Okafor"));
}

#[test]
fn labelled_lines_that_are_no_interview_quote_nobody() {
    let body = "Day one: the kids built a fort.\n\nDay two: it became a business.\n\nNOTE: \
                Figures are unaudited.\n\nNOTE: Prior year restated.\n\nNorth End: 13 hrs.";
    assert!(extract_quotes("The fort was built.", body).is_empty());
}

#[test]
fn words_said_through_an_interpreter_belong_to_the_speaker() {
    let lead = "Japan's prime minister Hiroshi Tanaka spoke in Tokyo on Monday.";
    let body = "\"Our position is firm,\" Tanaka's interpreter said.\n\n\"We are ready,\" his \
                interpreter said.\n\n\"We are willing,\" the interpreter said, translating for \
                Tanaka.\n\n\"There is no English word for it,\" said the interpreter, Yuki Sato.";
    assert_eq!(
        said(lead, body),
        pairs(&[
            ("Our position is firm", "Hiroshi Tanaka"),
            ("We are ready", "Hiroshi Tanaka"),
            ("We are willing", "Hiroshi Tanaka"),
            ("There is no English word for it", "Yuki Sato"),
        ])
    );
}

#[test]
fn turns_on_lines_of_one_paragraph_are_read_line_by_line() {
    let lead = "Novelist Theo Marchetti spoke to us.";
    let body = "Q: Why a ship?\nA: A friend is a sailor.\nQ: And now?\nA: A lighthouse.";
    assert_eq!(said(lead, body), ship_turns());
}

#[test]
fn a_publication_the_interviewee_spoke_to_asks_the_questions() {
    let lead = "Olympic champion Ana Ruiz, 24, talked to El País about her comeback.";
    let body = "Q: Was it hard?\n\nA: Brutal.\n\nQ: And now?\n\nA: Training.";
    let q = extract_quotes(lead, body);
    assert_eq!(q[0].speaker.as_deref(), Some("El País"));
    assert_eq!(q[0].speaker_kind, SpeakerKind::Organisation);
    assert_eq!(q[1].speaker.as_deref(), Some("Ana Ruiz"));
    let q = extract_quotes("Ana Ruiz talked to us about her comeback.", body);
    assert_eq!(q[0].speaker.as_deref(), Some("the interviewer"));
}
