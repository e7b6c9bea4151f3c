//! Unit tests of the fifth round of issue 14 (tenth session): quotes whose closing mark was
//! lost, titles that are surnames, sentence openers that are no names, bodies referred to by a
//! description.

use super::extract_quotes;
use super::tests::speaker_of;
use crate::model::SpeakerKind;

#[test]
fn a_quote_that_lost_its_closing_mark_ends_where_its_attribution_starts() {
    let body = "\"If the sector can discipline itself, we have a chance to pull down inventories, \
                said Archie Dunham, executive vice president at Conoco Inc\n\n\"If not, the \
                industry will have a tough 1987,\" he added.";
    let quotes = extract_quotes("", body);
    assert_eq!(
        quotes[0].text,
        "If the sector can discipline itself, we have a chance to pull down inventories"
    );
    assert_eq!(quotes[0].speaker.as_deref(), Some("Archie Dunham"));
    assert_eq!(quotes[1].speaker.as_deref(), Some("Archie Dunham"));
    // A clause going on after its verb is the speech itself, not an attribution.
    let body = "\"Moreover, the conference stressed the necessity of the cooperation of the \
                countries outside OPEC as an essential prerequisite for stability.";
    let quotes = extract_quotes("", body);
    assert!(
        quotes[0].text.ends_with("for stability."),
        "{:?}",
        quotes[0].text
    );
}

#[test]
fn a_title_word_closing_a_name_after_a_given_name_is_the_surname() {
    let body = "Economist Peter Baron told Reuters, \"Agreements fail.\"\n\nBut Baron added, \"No \
                sanctions are available.\"";
    for quote in ["Agreements fail.", "No sanctions are available."] {
        let (speaker, kind, _) = speaker_of(body, quote);
        assert_eq!(speaker.as_deref(), Some("Peter Baron"), "{quote}");
        assert_eq!(kind, SpeakerKind::Person);
    }
}

#[test]
fn a_run_opening_with_a_word_the_article_writes_in_lower_case_names_no_one() {
    let body = "Wong Kum Choon, head of the Malaysian delegation, said he was cautiously \
                optimistic \"that together we should be able to save INRA.\"\n\nWithout INRA, he \
                added, prices would become more volatile without a deal.\n\nCalling on delegates \
                to show a sense of purpose, he said, \"There is no reason why we could not \
                agree.\"";
    assert_eq!(
        speaker_of(body, "There is no reason why we could not agree.")
            .0
            .as_deref(),
        Some("Wong Kum Choon")
    );
}

#[test]
fn a_description_of_a_body_is_the_body_the_article_named_without_an_organisation_word() {
    let body = "Statistics Canada reported that output grew 3.1 pct.\n\n\"It is a flat \
                performance,\" said Warren Jestin, an economist at Nesbitt Thomson Inc.\n\n\
                Statistics Canada also reported the deficit rose.\n\n\"The increase originated \
                from trade,\" the federal agency said in a statement.";
    let (speaker, kind, _) = speaker_of(body, "The increase originated from trade");
    assert_eq!(speaker.as_deref(), Some("Statistics Canada"));
    assert_eq!(kind, SpeakerKind::Organisation);
    // A group of people is no body: `the sources` stays a description.
    let body = "Statistics Canada reported that output grew.\n\n\"Nothing will change,\" the \
                sources said.";
    assert_ne!(
        speaker_of(body, "Nothing will change").0.as_deref(),
        Some("Statistics Canada")
    );
}

#[test]
fn the_company_is_the_owner_the_article_named_and_its_statement_goes_on_from_it() {
    let lead = "The National Union of Mineworkers said its members at Sibanye Platinum's \
                Rustenburg operations would down tools.";
    let body = "The company said in a statement it was \"disappointed\" by the decision.\n\n\
                \"We remain open to engagement,\" the statement said.";
    let quotes = extract_quotes(lead, body);
    for q in &quotes {
        assert_eq!(
            q.speaker.as_deref(),
            Some("Sibanye Platinum"),
            "{:?}",
            q.text
        );
        assert_eq!(q.speaker_kind, SpeakerKind::Organisation);
    }
    assert_eq!(quotes.len(), 2);
}

#[test]
fn a_name_of_either_sex_before_of_and_a_company_is_a_person_and_names_end_at_a_paragraph() {
    let body = "\"No-one doubts the Bank of Japan is serious,\" said Chris Bourdain of BankAmerica \
                Corp.\n\n\"I'm not convinced the intervention was concerted,\" said Tom Weiss.";
    let (speaker, kind, _) = speaker_of(body, "No-one doubts the Bank of Japan is serious");
    assert_eq!(speaker.as_deref(), Some("Chris Bourdain"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn a_body_named_in_the_last_attribution_does_not_take_the_next_quote() {
    let body = "\"I'm not convinced the intervention was concerted,\" said Earl Johnson of \
                Harris Trust and Savings Bank in Chicago. \"It's a yen problem more than anything \
                else.\"\n\n\"It may slow the pace,\" said Capel's Murtha. \"The Japanese will \
                shop for bargains.\"\n\nTom Murtha of James Capel agreed.";
    assert_eq!(
        speaker_of(body, "It's a yen problem more than anything else.")
            .0
            .as_deref(),
        Some("Johnson")
    );
}

#[test]
fn initials_written_before_one_surname_every_time_are_part_of_the_name() {
    let body = "BankAmerica Corp Chairman A.W. Clausen said the bank is back on track.\n\n\"We \
                do need to improve our capital,\" Clausen said.\n\nU.S. officials agreed, and \
                U.S. Treasury data showed it.";
    assert_eq!(
        speaker_of(body, "We do need to improve our capital")
            .0
            .as_deref(),
        Some("A.W. Clausen")
    );
    // `U.S.` stands before many words: an abbreviation, never a given name.
    let body = "The effect of U.S. Sanctions on trade was felt, U.S. Treasury data showed.\n\n\
                \"Sanctions hurt,\" Sanctions said.";
    assert_ne!(
        speaker_of(body, "Sanctions hurt").0.as_deref(),
        Some("U.S. Sanctions")
    );
}

#[test]
fn the_statement_is_whoever_issued_a_statement() {
    let body = "Renault President Raymond Levy said in a statement issued by the French state car \
                group the agreement was an important stage. \"It will allow Renault to continue \
                its exports,\" the statement said.";
    let (speaker, kind, _) = speaker_of(body, "It will allow Renault to continue its exports");
    assert_eq!(speaker.as_deref(), Some("Raymond Levy"));
    assert_eq!(kind, SpeakerKind::Person);
}

#[test]
fn the_employers_official_is_the_person_the_article_tied_to_that_employer() {
    let body = "Silver could reach 9.00 dlrs, Mike Boswell chairman of Sunshine Mining Co told \
                Reuters.\n\nGold lagged at 426.30 dlrs, said Tom Weiss of Acme Corp.\n\n\"Now we're \
                seeing a delayed reaction,\" the Sunshine Mining official said.\n\n\"We see no \
                change,\" a Sunshine Mining spokesman said.";
    assert_eq!(
        speaker_of(body, "Now we're seeing a delayed reaction")
            .0
            .as_deref(),
        Some("Mike Boswell")
    );
    // An indefinite description is someone new.
    assert_eq!(
        speaker_of(body, "We see no change").0.as_deref(),
        Some("a Sunshine Mining spokesman")
    );
}
