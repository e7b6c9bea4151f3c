//! Unit tests of naming speakers: titles, affiliations, places, organisations and the words
//! that are no part of a name, each on a small input.

use super::extract_quotes;
use super::tests::speaker_of;
use crate::model::{Attribution, SpeakerKind};

#[test]
fn titles_and_affiliations_leave_the_name() {
    let body = "Treasurer Paul Keating said: \"We will not move.\" U.S Agriculture \
                Undersecretary Daniel Amstutz said, \"No comment at all here.\"";
    assert_eq!(
        speaker_of(body, "We will not move.").0.as_deref(),
        Some("Paul Keating")
    );
    assert_eq!(
        speaker_of(body, "No comment at all here.").0.as_deref(),
        Some("Daniel Amstutz")
    );
    let body = "\"We will win,\" said Republican Donald Trump.";
    assert_eq!(
        speaker_of(body, "We will win").0.as_deref(),
        Some("Donald Trump")
    );
}

#[test]
fn initials_keep_their_full_stop() {
    let body =
        "C. Eugene Steuerle, an economist, said: \"It is big.\" Steuerle added: \"Very big.\"";
    assert_eq!(
        speaker_of(body, "Very big.").0.as_deref(),
        Some("C. Eugene Steuerle")
    );
}

#[test]
fn a_sentence_opening_word_is_no_part_of_the_name() {
    let body = "Enter Stuart R. Kaplan. \"I'm all yours,\" said Kaplan.";
    assert_eq!(
        speaker_of(body, "I'm all yours").0.as_deref(),
        Some("Stuart R. Kaplan")
    );
}

#[test]
fn surname_first_names_are_found_by_their_first_word() {
    let body = "President Yoon Suk Yeol spoke in Seoul on Wednesday.\n\n\"I deeply regret \
                this,\" Yoon said.\n\nOpposition leader Lee Jae-myung was unmoved. \"There is \
                no other way,\" Lee said.";
    assert_eq!(
        speaker_of(body, "I deeply regret this").0.as_deref(),
        Some("Yoon Suk Yeol")
    );
    assert_eq!(
        speaker_of(body, "There is no other way").0.as_deref(),
        Some("Lee Jae-myung")
    );
}

#[test]
fn places_are_not_people() {
    let body = "Officials in Seoul and New Jersey met on Monday.\n\n\"We are ready to talk \
                about everything,\" he said.";
    let (speaker, kind, _) = speaker_of(body, "We are ready to talk about everything");
    assert_eq!(speaker, None);
    assert_eq!(kind, SpeakerKind::Unresolved);
    let body = "\"The talks are over,\" Seoul said.";
    assert_eq!(
        speaker_of(body, "The talks are over").1,
        SpeakerKind::Organisation
    );
}

#[test]
fn organisations_are_organisations() {
    let body = "The gold mining industry had another \"exceptional year\" in 1986 with record \
                profits, the Chamber of Mines said.";
    assert_eq!(
        speaker_of(body, "exceptional year"),
        (
            Some("Chamber of Mines".to_string()),
            SpeakerKind::Organisation,
            Attribution::Cue
        )
    );
}

#[test]
fn a_name_after_an_of_role_and_a_quantifier_description() {
    let body = "\"Bread is a red line,\" said Minister of Supply Sherif Farouk.\n\n\"Like a \
                pub without beer,\" one fan wrote.";
    assert_eq!(
        speaker_of(body, "Bread is a red line").0.as_deref(),
        Some("Sherif Farouk")
    );
    let (speaker, kind, _) = speaker_of(body, "Like a pub without beer");
    assert_eq!(
        (speaker.as_deref(), kind),
        (Some("one fan"), SpeakerKind::Description)
    );
}

#[test]
fn a_place_after_a_name_is_not_the_speaker_and_acronyms_leave_organisations() {
    let body = "Senator Bill Bradley (Democrat) of New Jersey said the administration would \
                \"remain under a cloud\" for months.\n\nThe Independent National Electoral \
                Commission (INEC) met on Tuesday.\n\n\"We are ready,\" the commission said.";
    assert_eq!(
        speaker_of(body, "remain under a cloud").0.as_deref(),
        Some("Bill Bradley")
    );
    assert_eq!(
        speaker_of(body, "We are ready").0.as_deref(),
        Some("Independent National Electoral Commission")
    );
}

#[test]
fn a_possessor_is_an_affiliation_and_acronyms_are_nobody() {
    let body = "Don Townson runs the mine for Cominco Ltd. The ruling PPP met.\n\n\"We are \
                hopeful,\" Cominco's Townson said.\n\n\"We deeply regret this,\" he said.";
    assert_eq!(
        speaker_of(body, "We are hopeful").0.as_deref(),
        Some("Don Townson")
    );
    assert_eq!(
        speaker_of(body, "We deeply regret this").0.as_deref(),
        Some("Don Townson")
    );
}

#[test]
fn a_shared_name_goes_to_the_one_named_last() {
    let body = "Interior minister Lee Sang-min resigned. Opposition leader Lee Jae-myung spoke \
                next.\n\n\"There is no other way,\" Lee said.\n\nHori Parata and his son Te \
                Kaurinui Robert Parata went to the beach. \"We are not foreigners here,\" Te \
                Kaurinui said.";
    assert_eq!(
        speaker_of(body, "There is no other way").0.as_deref(),
        Some("Lee Jae-myung")
    );
    assert_eq!(
        speaker_of(body, "We are not foreigners here").0.as_deref(),
        Some("Te Kaurinui Robert Parata")
    );
}

#[test]
fn a_name_after_a_role_in_apposition_or_after_a_lower_case_role() {
    let body = "\"This investment reflects our confidence,\" managing director Ravi Subramaniam \
                said.\n\nThe school's headteacher, Mrs Lorraine Fisher, said staff were \
                \"thrilled to bits\" for her.\n\nOne of them, retired teacher Brendan Walsh, said \
                they were not against a hotel, 'just against that hotel'.";
    for (quote, speaker) in [
        (
            "This investment reflects our confidence",
            "Ravi Subramaniam",
        ),
        ("thrilled to bits", "Lorraine Fisher"),
        ("just against that hotel", "Brendan Walsh"),
    ] {
        assert_eq!(speaker_of(body, quote).0.as_deref(), Some(speaker));
    }
}

#[test]
fn the_object_of_accused_or_told_is_not_the_speaker() {
    let body = "Speaking outside the Capitol, Senator Linda Farrow accused the White House of \
                \"governing by press release\" on Tuesday.";
    assert_eq!(
        speaker_of(body, "governing by press release").0.as_deref(),
        Some("Linda Farrow")
    );
}

#[test]
fn an_affiliation_in_apposition_and_a_content_clause_are_not_speakers() {
    let body = "“The issue has just disappeared,” said Senator Mark Warner, a Virginia Democrat. \
                “There’s collective amnesia.”\n\nCoach Stephen Larkham-Reid was less forgiving. \
                He said his players had \"invited pressure\".";
    assert_eq!(
        speaker_of(body, "There’s collective amnesia.").0.as_deref(),
        Some("Mark Warner")
    );
    assert_eq!(
        speaker_of(body, "invited pressure").0.as_deref(),
        Some("Stephen Larkham-Reid")
    );
}

#[test]
fn a_run_opening_with_a_word_the_article_writes_in_lower_case_is_no_person() {
    let body = "The chapter text ran on for pages, and nobody had control of the story.\n\n\
                Chapter Text Izuku said: \"I will be the greatest hero of them all, you will see.\"";
    let quotes = extract_quotes("", body);
    assert!(!quotes.is_empty());
    assert!(
        quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("Chapter Text Izuku")),
        "{quotes:?}"
    );
}

#[test]
fn lowercase_title_before_a_name() {
    let body =
        "\"Libraries are where people go,\" said councillor Ruth Adeyemi, who led the campaign.";
    let q = extract_quotes("", body);
    assert_eq!(q[0].speaker.as_deref(), Some("Ruth Adeyemi"));
}

#[test]
fn appositive_name_wins_over_its_description() {
    let body = "The museum's director, Clara Jensen, called the return \"the right ending to a long story\".\n\n\
                \"This project will power six hundred thousand homes,\" the company's chief executive, Karin Holm, said in a statement.\n\n\
                According to the finance committee chair, Daniel Hughes, the council had \"no honest alternative\".";
    let q = extract_quotes("", body);
    let speakers: Vec<_> = q.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("Clara Jensen"),
            Some("Karin Holm"),
            Some("Daniel Hughes")
        ],
        "{q:?}"
    );
}

/// The speaker's name and kind for `quote` in `body` (third round of issue 14).
fn named(body: &str, quote: &str) -> (Option<String>, SpeakerKind) {
    let (speaker, kind, _) = speaker_of(body, quote);
    (speaker, kind)
}

fn person(name: &str) -> (Option<String>, SpeakerKind) {
    (Some(name.to_string()), SpeakerKind::Person)
}

fn organisation(name: &str) -> (Option<String>, SpeakerKind) {
    (Some(name.to_string()), SpeakerKind::Organisation)
}

#[test]
fn a_capitalised_speech_verb_inside_a_sentence_is_part_of_a_name() {
    let body = "William Bywater, president of the union, called on Reagan to act.\n\nHe said in \
                a statement a program was needed to prevent the United States from becoming \
                \"one of the world's industrial lightweights.\"";
    assert_eq!(
        named(body, "one of the world's industrial lightweights."),
        person("William Bywater")
    );
}

#[test]
fn a_name_opening_a_chain_of_appositives_is_the_speaker() {
    let body = "Husband Keith, 61, a retired bus driver, admitted he \"didn't sleep a wink\".\n\n\
                William Brodsky, president of the Chicago Mercantile Exchange, CME, told Reuters \
                the plan would be a \"worthwhile exercise.\"\n\nEarlier, President Yoon Suk Yeol \
                apologized, saying they \"stemmed from the urgency\" he felt.";
    assert_eq!(named(body, "didn't sleep a wink"), person("Keith"));
    assert_eq!(
        named(body, "worthwhile exercise."),
        person("William Brodsky")
    );
    // A sentence adverb before the commas is no name.
    assert_eq!(
        named(body, "stemmed from the urgency"),
        person("Yoon Suk Yeol")
    );
}

#[test]
fn a_name_given_with_named_is_the_speaker() {
    let body = "The librarian at Belmont, a lovely woman named Priya, told the kids there was a \
                \"secret book\" hidden in the children's section.";
    assert_eq!(named(body, "secret book"), person("Priya"));
}

#[test]
fn capitalised_plurals_and_pronouns_are_nobody() {
    let body = "Tunisian Islamists and secular forces have worked together; Islamist parties \
                won seats.\n\n\"There is a consensus here,\" Ajmi Lourimi said. He said he did not \
                expect a campaign against Islamists.\n\n\"We have nothing to fear,\" he said.";
    assert_eq!(
        named(body, "We have nothing to fear"),
        person("Ajmi Lourimi")
    );
}

#[test]
fn a_place_is_no_surname_and_a_surname_joined_to_another_word_is_no_mention() {
    let body = "\"It was a mistake,\" Lee Jae-myung said.\n\nA Gallup Korea poll showed the \
                president's rating at 13%.\n\nLee also expressed concern about South Korea's \
                relations with the U.S.\n\n\"Our national credibility has been impacted,\" he said.";
    assert_eq!(
        named(body, "Our national credibility has been impacted"),
        person("Lee Jae-myung")
    );
}

#[test]
fn an_acronym_is_the_organisation_with_those_initials() {
    let body = "Talks were held with International Monetary Fund Managing Director Michel \
                Camdessus.\n\nThe IMF has said that a \"critical mass\" of commitments is \
                needed.\n\nThe NSW Rural Fire Service upgraded the warning.\n\n\"Seek shelter \
                now,\" the RFS said in an alert.";
    assert_eq!(
        named(body, "critical mass"),
        organisation("International Monetary Fund")
    );
    assert_eq!(
        named(body, "Seek shelter now"),
        organisation("NSW Rural Fire Service")
    );
}

#[test]
fn a_document_of_a_named_body_speaks_for_it() {
    let body = "The Treasury proposed allowing the imports.\n\n\"The industry could be seriously \
                injured,\" the Treasury brief said.";
    assert_eq!(
        named(body, "The industry could be seriously injured"),
        organisation("Treasury")
    );
}

#[test]
fn a_clause_opener_opens_no_name() {
    let body = "Foreign Minister Tadashi Kuranari spoke on Monday.\n\nKuranari said both the U.S. \
                And Japan should be calm.\n\nBut, he added, \"If the issue of rice is raised, I \
                would mention the feelings of the people.\"";
    assert_eq!(
        named(
            body,
            "If the issue of rice is raised, I would mention the feelings of the people."
        ),
        person("Tadashi Kuranari")
    );
}

#[test]
fn one_given_name_in_apposition_to_a_role_is_a_person_and_accents_are_folded() {
    let body = "Her husband, Manuel, carried their granddaughter to San Isidro.\n\n\"I didn't \
                think, you just move,\" he says.\n\nAmong them is Andrés Soler, 19, a student.\n\n\
                \"On television you don't see the smell,\" he says.";
    assert_eq!(
        named(body, "I didn't think, you just move"),
        person("Manuel")
    );
    assert_eq!(
        named(body, "On television you don't see the smell"),
        person("Andrés Soler")
    );
    assert_eq!(
        crate::extract::lexicon::given_name("andrés"),
        crate::extract::lexicon::given_name("andres")
    );
}

#[test]
fn a_person_named_inside_a_body_s_name_keeps_the_person() {
    let body = "\"The relationship was important,\" Waseda University Political Science \
                Professor Mitsuru Uchida told Reuters.\n\n\"We can pick up business,\" said Bank \
                of Tokyo's Haruo Kimura.";
    assert_eq!(
        named(body, "The relationship was important"),
        person("Mitsuru Uchida")
    );
    assert_eq!(
        named(body, "We can pick up business"),
        person("Haruo Kimura")
    );
}

#[test]
fn surnames_that_are_places_suffixes_and_body_words_stay_people() {
    let body = "In an interview, chairman G. Robert Durham said prices rose.\n\n\"All I know is, \
                fundamentals cannot be ignored,\" Durham said.\n\nPresident Louis Gerstner Jr. \
                spoke on Monday.\n\n\"We have a strategy,\" Gerstner told Reuters.\n\nAshland is \
                seeking an acquisition, Chairman John Hall said.\n\n\"We're looking,\" Hall said.";
    assert_eq!(
        named(body, "All I know is, fundamentals cannot be ignored"),
        person("G. Robert Durham")
    );
    assert_eq!(
        named(body, "We have a strategy"),
        person("Louis Gerstner Jr")
    );
    assert_eq!(named(body, "We're looking"), person("John Hall"));
}

#[test]
fn hyphenated_offices_are_titles() {
    let body = "BSA Secretary-General Mark Boleat noted that receipts were low.\n\n\"This was \
                obviously a disappointing performance,\" he said.";
    assert_eq!(
        named(body, "This was obviously a disappointing performance"),
        person("Mark Boleat")
    );
}

#[test]
fn a_newspaper_named_by_its_masthead_word_is_an_organisation() {
    let body = "The Indian Express, the country's biggest selling paper, said: \"The defence cow \
                has never been holier.\"";
    let (speaker, kind, _) = speaker_of(body, "The defence cow has never been holier.");
    assert_eq!(speaker.as_deref(), Some("Indian Express"));
    assert_eq!(kind, SpeakerKind::Organisation);
    assert_eq!(
        super::kinds::kind_of("Emily Post", false),
        SpeakerKind::Person
    );
}
