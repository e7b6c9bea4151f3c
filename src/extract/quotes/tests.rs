//! Unit tests: the sample article exactly, then one focused test per pattern.

use super::extract_quotes;
use crate::model::{Attribution, Quote, QuoteKind, SpeakerKind, TextPart};

/// The sample's lead and body, built from the file the way the text reader would.
fn sample() -> (String, String) {
    let raw =
        include_str!("../../../tests/fixtures/quotes/sample-daily-wrap-north-korean-troops.txt")
            .replace('\u{00A0}', " ");
    let paras: Vec<&str> = raw.split("\n\n").map(str::trim).collect();
    let lead = paras
        .iter()
        .find(|p| p.starts_with("- Ukraine will be forced"))
        .map(|p| p.to_string())
        .unwrap_or_default();
    let first = paras
        .iter()
        .position(|p| p.starts_with("South Korean intelligence"))
        .unwrap_or(0);
    let last = paras
        .iter()
        .position(|p| p.ends_with("concluded the Ukrainian president."))
        .unwrap_or(0);
    (lead, paras[first..=last].join("\n\n"))
}

fn check_offsets(lead: &str, body: &str, quotes: &[Quote]) {
    for q in quotes {
        let text = if q.part == TextPart::Lead { lead } else { body };
        let slice: String = text.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(slice, q.text, "offsets of {q:?}");
    }
}

fn texts(quotes: &[Quote]) -> Vec<&str> {
    quotes.iter().map(|q| q.text.as_str()).collect()
}

#[test]
fn sample_has_exactly_six_quotes_by_zelensky() {
    let (lead, body) = sample();
    assert!(lead.ends_with("end the war.\""), "lead: {lead}");
    let quotes = extract_quotes(&lead, &body);
    check_offsets(&lead, &body, &quotes);
    let expected: [(TextPart, QuoteKind, &str, &str); 6] = [
        (
            TextPart::Lead,
            QuoteKind::Dash,
            "Ukraine will be forced to fight in Europe against soldiers from North Korea",
            "",
        ),
        (
            TextPart::Lead,
            QuoteKind::Partial,
            "very active work with partners to support Ukrainian soldiers on the front and develop a strategy to force Russia to end the war.",
            "",
        ),
        (
            TextPart::Body,
            QuoteKind::Dash,
            "Every day of the war shows",
            "allied with North Korea",
        ),
        (
            TextPart::Body,
            QuoteKind::Dash,
            "Within a few days, North Korean soldiers may find themselves on the battlefield. Ukraine will be forced to fight them in Europe",
            "",
        ),
        (
            TextPart::Body,
            QuoteKind::Partial,
            "encourage Putin to further invest in terror.",
            "",
        ),
        (
            TextPart::Body,
            QuoteKind::Unquoted,
            "The world can stop the development of the war.",
            "more support for Ukraine",
        ),
    ];
    assert_eq!(quotes.len(), 6, "{quotes:#?}");
    for (q, (part, kind, start, end)) in quotes.iter().zip(expected) {
        assert_eq!(q.part, part, "{q:?}");
        assert_eq!(q.kind, kind, "{q:?}");
        if end.is_empty() {
            assert_eq!(q.text, start);
        } else {
            assert!(q.text.starts_with(start) && q.text.ends_with(end), "{q:?}");
        }
        assert_eq!(q.speaker.as_deref(), Some("Volodymyr Zelensky"), "{q:?}");
    }
    assert!(
        quotes[5]
            .text
            .contains("\"victory plan\" (…). We expect more pressure")
    );
}

#[test]
fn straight_quote_with_trailing_attribution() {
    let body = "\"We will rebuild every school,\" Mayor Anna Kowalska said on Monday.";
    let q = extract_quotes("", body);
    assert_eq!(texts(&q), ["We will rebuild every school"]);
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(q[0].speaker.as_deref(), Some("Anna Kowalska"));
    check_offsets("", body, &q);
}

#[test]
fn a_quoted_title_inside_a_quote_does_not_end_it() {
    let body = "James Miller-Day, director of County Securities, said: \"I don't like the concept of \"B\" shares because it will create inequality.\"\n\n                “We back the “victory plan” fully,” said Anna Kowalska. \"Yes,\" she said, \"and soon.\"";
    let q = extract_quotes("", body);
    assert_eq!(
        texts(&q),
        [
            "I don't like the concept of \"B\" shares because it will create inequality.",
            "We back the “victory plan” fully",
            "Yes"
        ]
    );
    assert_eq!(q[0].speaker.as_deref(), Some("James Miller-Day"));
    check_offsets("", body, &q);
    // Quotes side by side are still separate pairs.
    let para = "\"Yes,\" she said, \"and soon.\" Then \"no\".";
    let inner: Vec<&str> = super::marks::spans(para)
        .iter()
        .map(|s| &para[s.inner_start..s.inner_end])
        .collect();
    assert_eq!(inner, ["Yes,", "and soon.", "no"]);
}

#[test]
fn curly_quote_verb_first_attribution_and_surname_resolution() {
    let body = "Finance Minister Rachel Reeves defended the budget.\n\n“The numbers add up,” said Reeves. “Nobody should doubt it.”";
    let q = extract_quotes("", body);
    assert_eq!(texts(&q), ["The numbers add up", "Nobody should doubt it."]);
    assert!(
        q.iter()
            .all(|q| q.speaker.as_deref() == Some("Rachel Reeves")),
        "{q:?}"
    );
}

#[test]
fn colon_introduced_quote_and_told() {
    let body = "Dr Maria Lopez told Reuters: \"The outbreak is under control.\"";
    let q = extract_quotes("", body);
    assert_eq!(texts(&q), ["The outbreak is under control."]);
    assert_eq!(q[0].kind, QuoteKind::Direct);
    assert_eq!(q[0].speaker.as_deref(), Some("Maria Lopez"));
}

#[test]
fn according_to_and_organisation() {
    let body = "\"Supplies will run out within a week,\" according to the World Food Programme.";
    let q = extract_quotes("", body);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.as_deref(), Some("World Food Programme"));
}

#[test]
fn british_single_quotes_and_apostrophes() {
    let body = "‘We don’t accept Kim’s terms,’ the minister said. Prices in the '90s were lower, and the players’ union isn't happy.";
    let q = extract_quotes("", body);
    assert_eq!(texts(&q), ["We don’t accept Kim’s terms"]);
    assert_eq!(q[0].speaker.as_deref(), Some("the minister"));
}

#[test]
fn guillemets_and_low_quotes() {
    let body =
        "«Die Lage ist ernst», sagte er. Chancellor Olaf Scholz said: „We stand with Ukraine.“";
    let q = extract_quotes("", body);
    assert!(texts(&q).contains(&"We stand with Ukraine."), "{q:?}");
    assert_eq!(
        q.last().and_then(|q| q.speaker.as_deref()),
        Some("Olaf Scholz")
    );
}

#[test]
fn scare_quotes_nicknames_and_titles_are_not_quotes() {
    let body = "The government unveiled the \"victory plan\" on Monday. So-called \"experts\" disagreed. \
                The general, known as \"the Butcher\", read \"War and Peace\" in \"Ukrainian Pravda\".";
    assert!(extract_quotes("", body).is_empty());
}

#[test]
fn partial_quote_governed_by_a_speech_verb() {
    let body = "Senator Jane Doe said the bill was \"a historic betrayal of working families\" and vowed to fight it.";
    let q = extract_quotes("", body);
    assert_eq!(texts(&q), ["a historic betrayal of working families"]);
    assert_eq!(q[0].kind, QuoteKind::Partial);
    assert_eq!(q[0].speaker.as_deref(), Some("Jane Doe"));
}

#[test]
fn em_dash_speech() {
    let body = "— We are not afraid, — said Olena Petrenko, a teacher from Kharkiv.";
    let q = extract_quotes("", body);
    assert_eq!(texts(&q), ["We are not afraid"]);
    assert_eq!(q[0].kind, QuoteKind::Dash);
    assert_eq!(q[0].speaker.as_deref(), Some("Olena Petrenko"));
}

#[test]
fn unquoted_speech_needs_first_person_and_attribution() {
    let body = "Inflation fell to 3 percent in May, the central bank said.\n\nWe will keep rates where they are until we see more progress, Governor Andrew Bailey said.";
    let q = extract_quotes("", body);
    assert_eq!(
        texts(&q),
        ["We will keep rates where they are until we see more progress"]
    );
    assert_eq!(q[0].kind, QuoteKind::Unquoted);
    assert_eq!(q[0].speaker.as_deref(), Some("Andrew Bailey"));
}

#[test]
fn pronoun_and_unattributed_paragraph_continue_the_last_speaker() {
    let body = "Prime Minister Keir Starmer spoke in Leeds.\n\n\"This is a turning point,\" he said.\n\n\"The country has waited too long for this moment and it will not wait any longer.\"";
    let q = extract_quotes("", body);
    assert_eq!(q.len(), 2);
    assert!(
        q.iter()
            .all(|q| q.speaker.as_deref() == Some("Keir Starmer")),
        "{q:?}"
    );
}

#[test]
fn multi_paragraph_quote_gives_one_quote_per_paragraph() {
    let body = "Coach Tim Berg said: \"We trained hard all winter.\n\n\"Now we want the title.\"";
    let q = extract_quotes("", body);
    assert_eq!(
        texts(&q),
        ["We trained hard all winter.", "Now we want the title."]
    );
    assert!(
        q.iter().all(|q| q.speaker.as_deref() == Some("Tim Berg")),
        "{q:?}"
    );
}

#[test]
fn unresolvable_description_stays_a_description() {
    let body = "\"The talks have stalled,\" a spokesman for the ministry said.";
    let q = extract_quotes("", body);
    assert_eq!(
        q[0].speaker.as_deref(),
        Some("a spokesman for the ministry")
    );
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

#[test]
fn lowercase_title_before_a_name() {
    let body =
        "\"Libraries are where people go,\" said councillor Ruth Adeyemi, who led the campaign.";
    let q = extract_quotes("", body);
    assert_eq!(q[0].speaker.as_deref(), Some("Ruth Adeyemi"));
}

#[test]
fn pronoun_goes_to_a_newly_introduced_person() {
    let body = "The harbour master, Elena Brandt, said the basin held. \"We lost two pontoons,\" she said.\n\n\
                The council leader, Marcus Oyelaran, promised a grant. \"Nobody should lose their living,\" he said.";
    let q = extract_quotes("", body);
    assert_eq!(q[1].speaker.as_deref(), Some("Marcus Oyelaran"), "{q:?}");
}

#[test]
fn descriptions_of_someone_just_named() {
    let body = "Arsenal's Mikel Arteta was less happy. \"We gave away two cheap goals,\" the Spaniard said.\n\n\
                New Zealand seamer Will O'Rourke took five wickets. \"It's a dream come true,\" the 23-year-old said.\n\n\
                A shop assistant, who asked not to be named, said the robbers were \"calm and very fast.\"";
    let q = extract_quotes("", body);
    let speakers: Vec<_> = q.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("Mikel Arteta"),
            Some("Will O'Rourke"),
            Some("A shop assistant")
        ],
        "{q:?}"
    );
}

#[test]
fn never_panics_on_odd_input() {
    let inputs = [
        "\"".to_string(),
        "\"\"\"\"".to_string(),
        "- ".to_string(),
        "— ,".to_string(),
        "\u{0}\u{1}\"\u{7f}\"".to_string(),
        "‘’‘’'''\"“”„«»".to_string(),
        ", he said.".to_string(),
        "\"Hi,\" said".to_string(),
        "x\n\n\n\n\"".to_string(),
        "a\u{0301}\"éè 😀 ,\" 😀 said 😀.".to_string(),
        "\"unclosed ".repeat(2000),
        "'a ".repeat(3000),
    ];
    for input in &inputs {
        let q = extract_quotes(input, input);
        check_offsets(input, input, &q);
    }
}

#[test]
fn five_megabyte_paragraph_finishes() {
    let sentence =
        "We \"will\" go on, he said. Prices rose by 5 percent, the ministry's spokesman said. ";
    let big = sentence.repeat(5_000_000 / sentence.len());
    let t = std::time::Instant::now();
    let q = extract_quotes("", &big);
    assert!(!q.is_empty());
    // A guard against quadratic work (hours on this input), not a speed test: the speed of the
    // quote passes is `chronicle bench`'s. Linear work takes seconds even on a loaded machine.
    assert!(t.elapsed().as_secs() < 600, "took {:?}", t.elapsed());
}

#[test]
fn a_pronoun_without_a_name_in_the_article_is_no_speaker() {
    let body = "\"We will rebuild the bridge before winter,\" he said on Tuesday.";
    let quotes = extract_quotes("", body);
    assert_eq!(texts(&quotes), ["We will rebuild the bridge before winter"]);
    assert_eq!(quotes[0].speaker, None, "{quotes:?}");
}

/// The speaker, its kind and how it was found, for each quote of `body`.
fn speakers_of(body: &str) -> Vec<(String, Option<String>, SpeakerKind, Attribution)> {
    extract_quotes("", body)
        .into_iter()
        .map(|q| (q.text, q.speaker, q.speaker_kind, q.attribution))
        .collect()
}

fn speaker_of(body: &str, quote: &str) -> (Option<String>, SpeakerKind, Attribution) {
    speakers_of(body)
        .into_iter()
        .find(|(text, ..)| text == quote)
        .map(|(_, s, k, a)| (s, k, a))
        .unwrap_or_else(|| panic!("{quote:?} not found in {:?}", speakers_of(body)))
}

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
fn chinese_quotes_are_found() {
    let body = "他说：“我们一定会赢得这场比赛。”";
    assert_eq!(
        texts(&extract_quotes("", body)),
        ["我们一定会赢得这场比赛。"]
    );
}

#[test]
fn pronouns_resolve_to_a_person_of_the_right_sex() {
    let body = "Maria Lopez met John Smith on Monday.\n\n\"It went well,\" she said.";
    assert_eq!(
        speaker_of(body, "It went well"),
        (
            Some("Maria Lopez".to_string()),
            SpeakerKind::Person,
            Attribution::Resolved
        )
    );
    let body = "Maria Lopez met John Smith on Monday.\n\n\"It went well,\" he said.";
    assert_eq!(
        speaker_of(body, "It went well").0.as_deref(),
        Some("John Smith")
    );
}

#[test]
fn descriptions_resolve_through_an_appositive_or_stay_descriptions() {
    let body = "John Smith, a spokesman for the ministry, confirmed the plan.\n\n\"It is \
                final,\" the spokesman said.";
    assert_eq!(
        speaker_of(body, "It is final"),
        (
            Some("John Smith".to_string()),
            SpeakerKind::Person,
            Attribution::Appositive
        )
    );
    let body = "\"Prices will fall,\" one trader said.";
    assert_eq!(
        speaker_of(body, "Prices will fall"),
        (
            Some("one trader".to_string()),
            SpeakerKind::Description,
            Attribution::Cue
        )
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
fn short_phrases_in_reported_speech_count_and_scare_quotes_do_not() {
    let body = "Pakistan captain Shan Masood on Friday said his side would not make \
                \"knee-jerk changes\" after the defeat.";
    assert_eq!(
        speaker_of(body, "knee-jerk changes").0.as_deref(),
        Some("Shan Masood")
    );
    let body = "The so-called \"reforms\" passed. Harry \"The Cat\" Smith watched the film \
                \"Blue Moon\" on Friday.";
    assert!(extract_quotes("", body).is_empty());
}

#[test]
fn page_debris_yields_no_quote() {
    let body = "Contents Etymology Dutch English History Early period Modern period Geography \
                Climate Demographics Economy \"Culture\" See also References\n\nSmith, J. \
                (2010). \"The town and its people\". The Review. Retrieved 7 January 2011.";
    assert!(extract_quotes("", body).is_empty());
}

#[test]
fn the_council_and_the_company_are_the_organisations_named_before() {
    let body = "Mayo County Council refused permission on Monday.\n\n\"The design is too \
                large,\" the council said.\n\nContel Corp rejected the offer. \"We will stay \
                independent,\" the company said.";
    assert_eq!(
        speaker_of(body, "The design is too large"),
        (
            Some("Mayo County Council".to_string()),
            SpeakerKind::Organisation,
            Attribution::Resolved
        )
    );
    assert_eq!(
        speaker_of(body, "We will stay independent").0.as_deref(),
        Some("Contel Corp")
    );
}

#[test]
fn the_official_is_the_description_that_introduced_them() {
    let body = "A senior official in the Ministry of Finance, who declined to be named, said \
                talks went on.\n\n\"The application is under consideration,\" the official said.";
    assert_eq!(
        speaker_of(body, "The application is under consideration"),
        (
            Some("a senior official in the Ministry of Finance".to_string()),
            SpeakerKind::Description,
            Attribution::Resolved
        )
    );
}

#[test]
fn interview_turns_are_quotes_of_their_speakers() {
    let lead = "Cllr Gráinne Doherty chairs the council. She spoke to Niall Breslin.";
    let body = "NB: What can a chair do?\n\nGD: Not as much as people think.\n\nNB: And \
                the tea?\n\nGD: The tea is still \"terrible\".";
    let q = extract_quotes(lead, body);
    let got: Vec<(&str, Option<&str>)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.speaker.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("What can a chair do?", Some("Niall Breslin")),
            ("Not as much as people think.", Some("Gráinne Doherty")),
            ("And the tea?", Some("Niall Breslin")),
            ("The tea is still \"terrible\".", Some("Gráinne Doherty")),
        ]
    );
    let body = "Q: Why a ship?\n\nA: A friend is a sailor.\n\nQ: And now?\n\nA: A lighthouse.";
    let q = extract_quotes("Novelist Theo Marchetti talked to us.", body);
    assert_eq!(q[0].speaker.as_deref(), Some("the interviewer"));
    assert_eq!(q[0].speaker_kind, SpeakerKind::Description);
    assert_eq!(q[1].speaker.as_deref(), Some("Theo Marchetti"));
}

#[test]
fn a_phrase_after_a_reporting_verb_and_an_article_is_a_quote() {
    let body = "LOVE Villa star Chantelle Okoro has slammed her ex as \"a snake\" after the \
                split.\n\nThe librarian told the kids there was a \"secret book\" hidden.";
    let q = extract_quotes("", body);
    assert_eq!(texts(&q), ["a snake", "secret book"]);
    assert!(extract_quotes("", "They watched a \"reality\" show.").is_empty());
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
fn it_is_the_organisation_last_named_and_a_participle_names_nobody() {
    let body = "ANZ Banking Group Ltd published its outlook on Monday.\n\n\"The revival of \
                investment will be postponed,\" it said.\n\nEarlier, President Yoon Suk Yeol apologized, \
                saying they \"stemmed from the urgency\" he felt.";
    assert_eq!(
        speaker_of(body, "The revival of investment will be postponed"),
        (
            Some("ANZ Banking Group Ltd".to_string()),
            SpeakerKind::Organisation,
            Attribution::Resolved
        )
    );
    assert_eq!(
        speaker_of(body, "stemmed from the urgency").0.as_deref(),
        Some("Yoon Suk Yeol")
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
fn a_reported_phrase_belongs_to_the_sentence_subject() {
    let body = "LOVE Villa bombshell Chantelle Okoro has slammed her ex Jordan Hayes as \"a \
                snake\" after the split.\n\n\"I wish him well,\" she said.";
    assert_eq!(
        speaker_of(body, "a snake").0.as_deref(),
        Some("Chantelle Okoro")
    );
    assert_eq!(
        speaker_of(body, "I wish him well").0.as_deref(),
        Some("Chantelle Okoro")
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
fn an_unnamed_speaker_introduced_by_a_description_speaks_on() {
    let body = "Deborah Klein owns the flat.\n\nA neighbor who did not want to be named said \
                she used to hear noise. \"I love cats. But eleven? Come on,\" she said.\n\nA \
                guy named Ray said it had changed. \"People stop now. Before they rode past.\"";
    assert_eq!(
        speaker_of(body, "I love cats. But eleven? Come on"),
        (
            Some("a neighbor who did not want to be named".to_string()),
            SpeakerKind::Description,
            Attribution::Resolved
        )
    );
    assert_eq!(
        speaker_of(body, "People stop now. Before they rode past.")
            .0
            .as_deref(),
        Some("Ray")
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
fn dash_speech_further_in_a_paragraph() {
    let body = "Umm Youssef, a mother of four, said other prices kept rising. — Bread, yes. But \
                oil, sugar, rice? Everything has doubled, — she said.\n\n– The children are used \
                to it, – Nadiia Bondar says. – A seven-year-old should not know that sound.";
    let q = extract_quotes("", body);
    assert_eq!(
        texts(&q),
        [
            "Bread, yes. But oil, sugar, rice? Everything has doubled",
            "The children are used to it",
            "A seven-year-old should not know that sound.",
        ]
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Umm Youssef"));
    assert_eq!(q[2].speaker.as_deref(), Some("Nadiia Bondar"));
}

#[test]
fn a_phrase_joined_to_the_last_one_and_a_paragraph_without_a_full_stop() {
    let body = "Farrow accused the White House of \"governing by press release\"\n\nHer comments \
                drew a response from Secretary Daniel Ocampo, who told reporters the plan was \
                \"fully funded.\" and \"ready to go\" if Congress acted.\n\nA landlord is suing \
                his tenant, claiming her 11 cats turned his brownstone apartment into a \"litter \
                box,\" according to court papers.";
    for (quote, speaker) in [
        ("fully funded.", "Daniel Ocampo"),
        ("ready to go", "Daniel Ocampo"),
    ] {
        assert_eq!(speaker_of(body, quote).0.as_deref(), Some(speaker));
    }
    assert!(texts(&extract_quotes("", body)).contains(&"litter box"));
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
